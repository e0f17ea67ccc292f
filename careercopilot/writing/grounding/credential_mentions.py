"""Certifications and tools a generated sentence names, checked against the resume (kinds ``certification``
and ``tool``): moved out of :mod:`careercopilot.writing.grounding` (session 25 — "session 28") when that
module passed 600 lines; :func:`check_certifications` and :func:`check_tools` are its ``_certifications`` and
``_tools``."""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import locale_data, posting_mentions, practice_acronyms, product_lines
from careercopilot.writing.grounding.facts import Flag, SourceFacts
from careercopilot.writing.grounding.names import state_in
from careercopilot.writing.grounding.text import compound_covers, norm_words, squash


#: Words that end the sentence's part before a credential's name ("… since 2017 and became board
#: certified": the credential is "board certified"; English, and the Spanish
#: and French the offline writer also writes: "como", "entre ellas", "comme", "notamment").
_CERT_LEFT_EDGE = re.compile(
    r"(?i)\b(?:as|at|for|with|from|including|include|includes|lists|list|like|such as|and|became|become|earned"
    r"|obtained|received|whom|who|which|completed|complete|\d{4}"
    # a gerund of getting after a name ("… at Washington State University before earning a certificate in …":
    # session 31, ground134)
    r"|earning|obtaining|receiving|gaining|completing|before|after"
    r"|como|en(?! tant)|para|con|entre ellas|entre ellos|entre otras|incluye|incluyen|menciona|pide"
    r"|en tant que|comme|pour|avec|dont|notamment|parmi|comprend|inclut|mentionne|y compris|demandez)\s+")


def _certifications(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Certification mentions; overlapping detector spans are merged ("a Google Certified" +
    "Google Certified Educator Level 2") so the level or qualifier is checked with the name."""
    merged: list[list[int]] = []
    for s, e, _ in sorted(ent.find_certifications(text)):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts: list[list[int]] = []
    for s, e in merged:  # "NALA Certified Paralegal and a Relativity Certified User": two credentials
        cut = s
        for m in re.finditer(r"\s+(?:and|&)\s+(?:(?:a|an|the|my)\s+)?(?=[A-Z])", text[s:e]):
            if re.search(r"[A-Z]", text[cut:s + m.start()]):
                parts.append([cut, s + m.start()])
                cut = s + m.end()
        parts.append([cut, e])
    for s, e in parts:
        lead = re.match(r"(?:(?:[a-z][\w'’-]*|I)[ \t]+)+(?=[A-Z0-9])", text[s:e])
        if lead and re.search(r"[A-Z]", text[s + lead.end():e]):
            s += lead.end()  # "I became a Certified …": the sentence's words are not the credential's
        cue = re.search(rf"(?i)\b(?:{ent.CERT_CUE}|certified)\b", text[s:e])
        cut = list(_CERT_LEFT_EDGE.finditer(text[s: s + cue.start()])) if cue else []
        if cut:
            s += cut[-1].end()  # "Hoyer lift as Certified Nursing Assistant", "lists driver license"
        phrase = text[s:e]
        # "CAIIB-qualified", "ISO-accredited": the holder's adjective glued to the credential is no word of its name
        bare = re.sub(r"(?<=[A-Za-z0-9])-(?:certified|qualified|accredited|licensed|registered|chartered|trained)\b",
                      "", phrase)
        words = [w for w in ent.cert_words(bare) if not _language_adjective(w, phrase, facts)]
        if not words:
            continue
        known.append((s, e))
        if phrase in ent.CERT_ACRONYMS:
            placed = _ACRONYM_AS_BODY.search(text[:s]) or _BODY_AFTER.match(text, e)
            ok = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", facts.text) is not None or bool(
                placed and ctx.initialism_in(phrase, facts.text))
            # ("at the CIA" for "The Culinary Institute of America", "joined CISA", "a CSM graduate": the resume spells
            #  the initials out as a school or employer, and the sentence places the user there, session 21)
            ok = ok or _posting_name_at(text, s, e, facts.allowed)
        else:
            stems = set(norm_words(" ".join(words))) | set(words)
            ok = any(set(norm_words(" ".join(words))) <= lw or set(words) <= lw
                     or {w[:6] for w in words} <= {x[:6] for x in lw} for lw in facts.line_words)
            ok = ok or _cert_in_a_line(phrase, words, facts)
            ok = ok or any(compound_covers(words, lw) for lw in facts.line_words)  # "Projectmanagement"
            ok = ok or stems <= set(norm_words(" ".join(facts.allowed)))
            ok = ok or _levels_by_initials(text, s, e, facts.lines)
        if not ok:
            flags.append(Flag("certification", s, e, phrase.strip(), "Your resume lists no such certification."))


#: "certified in (both) <level> and <level> <head>" after a credential span (session 31, ground134).
_TWO_LEVELS = re.compile(r"(?i)(?:\s+in)?\s+(?P<q>(?:both\s+)?[a-z]+\s+(?:and|&)\s+[a-z]+\s)")


def _levels_by_initials(text: str, s: int, e: int, lines: list[str]) -> bool:
    """The credential span ``text[s:e]`` runs into two levels with one head that a resume line writes as initials
    (:func:`.credential_specialties.levels_written`: "certified in both basic and advanced life support" for «BLS and
    ALS»)."""
    from careercopilot.writing.grounding.credential_specialties import levels_written

    start = s + re.match(r"(?i).*?\bcertified\b|", text[s:e]).end()
    m = _TWO_LEVELS.match(text, start)
    return bool(m and m.start("q") <= e + 1 and levels_written(text[m.start("q"):], lines))


#: Words after a posting's title that make the mention the posting's, not the user's ("the CPA position").
_POSTING_NOUN = re.compile(r"\s+(?:position|role|opening|job|vacancy|posting|opportunity|interview)\b", re.I)


def _posting_name_at(text: str, s: int, e: int, allowed: list[str]) -> bool:
    """Whether ``text[s:e]`` (a credential's initials) is part of the posting's company or title written
    out ("at Barton CPA", an employer's name; :func:`.posting_mentions.inside_allowed_name` in the name's case), or is
    the posting's whole title named as the posting ("the CPA position"); session 22, issue 12 finding 6: the offline
    letter for the "CPA" posting of "barton CPA" was flagged three times. "As a CPA, I …" with the same allowance is
    still a claim."""
    if _POSTING_NOUN.match(text, e) and any((name or "").strip() == text[s:e] for name in allowed):
        return True
    return posting_mentions.inside_allowed_name(text, s, e, allowed, cased=True)


#: Words before an acronym that make it a place of study or work, not a credential held ("trained at the CIA", "joined
#: CISA", "graduated from CSM").
_ACRONYM_AS_BODY = re.compile(r"(?i)\b(?:at|from|with|for|joined|join|joining|attended|attend|attending|left|leaving|"
                              r"by|of)\s+(?:the\s+)?$")
#: Words after an acronym that make it a school or employer: "a CSM graduate", "CIA's Hyde Park campus", "a CIA alum".
_BODY_AFTER = re.compile(r"(?:['’]s\b|\s+(?:graduates?|grads?|alum\w*|campus|programs?|programmes?|courses?|classes|"
                         r"degrees?|diplomas?|faculty|staff|employees?|colleagues)\b)")


def _language_adjective(word: str, phrase: str, facts: SourceFacts) -> bool:
    """``word`` (a credential's word, lower case) is written capitalised in ``phrase`` as the adjective of a language
    the resume names in its own words (:func:`.locale_data.names_language`): "Polish" of "an unrestricted Polish design
    licence" in a Polish CV says where the credential is from, which the resume's own-language name of it does not
    repeat (session 20, set 16)."""
    return re.search(rf"(?<![\w-]){word.capitalize()}(?![\w-])", phrase) is not None and (
        locale_data.names_language(word.capitalize(), facts.original))


def _cert_in_a_line(phrase: str, words: list[str], facts: SourceFacts) -> bool:
    """Every word of a credential phrase in one resume line, where a capitals token may stand for
    the initials of the line's words ("AWS ML Specialty" ← "AWS Certified Machine Learning –
    Specialty"; a longer acronym only for consecutive words of that line: "ACF" ← "American Culinary
    Federation", :func:`context.initialism_in`) and a US state name for its code or name anywhere in the resume ("New Mexico SLP")."""
    from careercopilot.normalize.location import us_state_code

    state = next((st for st in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", phrase) if us_state_code(st)), None)
    rest = [w for w in words if not (state and w in state.lower().split())]
    if state and not state_in(state, facts) and not ctx.name_in(state, facts.squashed):
        return False
    tokens = [t for t in re.findall(r"[A-Za-z0-9+]+", phrase) if t.lower() in rest]
    if spelled_initials(phrase, facts.lines):
        return True
    for line in facts.lines:
        sq = squash(line)
        if tokens and all(ctx.name_in(t, sq) if t.isupper() and len(t) == 2 else f" {t.lower()}" in sq
                          or (t.isupper() and ctx.initialism_in(t, line)) for t in tokens):
            return True
    return False


def spelled_initials(phrase: str, lines: list[str], after: str = "") -> bool:
    """A credential or tool the sentence spells out that a resume line writes as its initials: every run of
    three or more capitalised words of ``phrase`` stands as its initials at the start of a capitals token of one
    line, with every all-capitals word of ``phrase`` in that line too ("EASA Airline Transport Pilot Licence" ←
    "EASA ATPL(A)", "Basic Life Support" ← "BLS"; not "CKA" in "CKAD"): the reverse of
    :func:`context.initialism_in`. ``after``: the sentence's text after a tool's name, whose capitalised word
    may close the initials ("Airline Transport Pilot" before "Licence" ← "ATPL")."""
    following = re.match(r"\s+([A-Z][a-z]+)", after)
    phrase = phrase + (" " + following.group(1) if following else "")
    runs = re.findall(r"(?:\b[A-Z][a-z]+(?:\s+(?:of|and|&|in|for)\s+|\s+)?){3,}", phrase)
    caps = re.findall(r"\b[A-Z]{2,}\b", phrase)
    if not runs:
        return False
    initials = ["".join(w[0] for w in re.findall(r"[A-Z][a-z]+", run)) for run in runs]
    return any(all(re.search(rf"(?<![A-Za-z]){i}(?![A-Za-z])", line) for i in initials)
               and all(re.search(rf"(?<![A-Za-z]){c}(?![a-z])", line) for c in caps) for line in lines)


#: A word after a language name that makes it an adjective of something named ("the Hungarian rehabilitation
#: society's award", "the Indonesian Association of …"): not the language — every word but a joiner, a
#: preposition or an adverb ("Ukrainian natively", "English at B2", "Polish and …").
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:and|or|at|as|is|was|to|with|in|on|from|for|but|since|when|while|plus|"
                         r"language|languages|speaker|speakers)\b|\w+ly\b)[A-Za-z]")


#: A credential's noun within four words after an adjective ("Polish design licence", "Japanese QC certificate").
_CREDENTIAL_AFTER = re.compile(r"(?i)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:licen[cs]es?|certificat\w*|qualifications?|"
                               r"registrations?|diplomas?|permits?|accreditations?)\b")


#: The name of a body: capitalised words around an organisation noun, with "of/for/and …" parts after it ("Israeli
#: Ministry of Health", "Indonesian Association of Geologists", "Estoril Higher School of Hotel and Tourism
#: Studies"); a taxonomy skill inside it ("Ministry", "Tourism", "Czech") names the body, not a tool the user used.
_BODY_NAME = re.compile(
    r"(?:\b[A-Z][\w'’.-]*\s+)*\b(?:Ministry|Ministries|Association|Chamber|School|Council|Institute|University|"
    r"Society|Federation|Agency|Authority|Board|Department|Academy|College|Union|Commission|Bureau|Foundation|"
    r"Guild|Tribunal|Inspectorate|Directorate)\b"
    r"(?:\s+(?:of|for|and|&|on|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*")


def _tools(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Named tools. The skills taxonomy files products under one canonical skill both as
    spellings of one product ("Postgres" → PostgreSQL) and as members of a category
    ("Westlaw", "LexisNexis" → Legal Research; "Manhattan WMS", "Oracle WMS" → Logistics
    Software), so the canonical skill alone can't tell them apart: a mention is backed when
    the resume has the skill *and* writes it the same way, as the canonical name itself (a
    generalisation of what the resume names), or as a spelling of the same product
    (:func:`entities.same_product`)."""
    bodies = [(m.start(), m.end()) for m in _BODY_NAME.finditer(text)]
    for s, e, name in ent.find_tools(text):
        surface = text[s:e]
        if any(bs <= s and e <= be and (bs, be) != (s, e) for bs, be in bodies):
            known.append((s, e))  # a word of a body's name ("the Ministry of Health", "Czech Chamber of Tax
            continue  # Advisers"): no tool; the rest of the name is the names check's
        if not re.search(r"[A-Z]", surface[1:]) and re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[:s]):
            continue  # "Patient safety and …": the capital is the sentence's, not a product name
        known.append((s, e))
        key = ent.surface_key(surface)
        if (name in facts.allowed_skills and (posting_mentions.names_the_posting(text, s, e) or posting_mentions.names_the_company(
                text, s, e, facts.allowed))) or f" {key} " in facts.squashed or (
                re.fullmatch(r"[A-Z&]{2,}s", surface) and f" {key[:-1]} " in facts.squashed):
            continue  # written in the resume as such ("POS" of "Toast POS"; "MSAs" for "MSA")
        if practice_acronyms.work_in_named_tool(text, s, e, name, lambda n: f" {ent.surface_key(n)} " in facts.squashed
                                                or ctx.name_in(n, facts.squashed)) or (
                practice_acronyms.tax_in_cv_language(surface, facts.original)):
            continue  # "QA checks in Xbench", "GIS work in QGIS"; "VAT" for the CV's "IVA" (session 31, ground134)
        if ctx.initialism_in(surface, facts.text) or spelled_initials(surface, facts.lines, text[e:e + 30]):
            continue  # the resume spells it out: "ABGs" for "arterial blood gas analyses", or abbreviates it
        if locale_data.names_language(surface, facts.original) and (not _NOUN_AFTER.match(text, e) or (
                _CREDENTIAL_AFTER.match(text, e) or locale_data.english_currency_name(text[s:e + 24]))):
            continue  # a language the resume names in its own words ("finska", "українська" for Finnish, Ukrainian),
            #           or its adjective before a credential or a currency ("Polish design licence", "Turkish lira")
        if name in facts.skills:
            mention = ent.surface_key(text[s:e])
            have = facts.tool_surfaces.get(name, set())
            category = ent.names_category(mention, ent.surface_key(name)) and not (
                product_lines.names_one_product(name) and have)  # "Power BI" names no «Power Query» (ground120)
            if (category or not have
                    or any(ent.same_product(mention, h) for h in have)):
                continue
            flags.append(Flag("tool", s, e, text[s:e], f"Your resume names {name} differently, not as {text[s:e]}."))
            continue
        flags.append(Flag("tool", s, e, text[s:e], f"Your resume does not mention {name}."))


check_certifications = _certifications
check_tools = _tools
