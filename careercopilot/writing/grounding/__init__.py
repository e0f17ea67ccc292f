"""Grounding: every fact in a generated document must come from the user's own sources.

:func:`check` flags, deterministically, each span of a document that states something the
sources (resume text, profile, and — for addressing only — the posting's company and
title) do not contain:

=================  ==============================================================
kind               flagged when
=================  ==============================================================
``number``         a count, amount or percentage absent from the sources, tied to
                   a different unit there ("3 business days" when the resume says 5), or
                   an amount in another currency ("€84 million" for "CAD 84 million")
``scale``          an inflated size: "thousands of users" when the sources' largest
                   number of users is 300; team sizes and budgets beyond the sources
``date``           a year (or month + year) the sources never mention
``employer``       a capitalised name (employer, school, place) not in the sources
``title``          a job title the user never held (seniority words may be dropped,
                   never added: "Software Engineer" ⊂ "Senior Software Engineer")
``degree``         a degree level, type or field the sources don't list
``certification``  a certification or licence not in the sources
``tool``           a named tool/technology (skills taxonomy) the sources don't list, or
                   people listed as a skill ("I used RNs and CNAs", :mod:`.people`)
``url``/``email``/``phone``  contact data not in the sources
=================  ==============================================================

Supported paraphrases pass: number words and digits ("five"/"5"), magnitudes ("$5M" /
"$5 million", "40K"/"40,000"), ordinals ("2nd"/"second"), ratios ("nine in ten" for 87.5 %), true bounds and
rounding ("under 30%" for 29 %, "almost five points" for 4.7), credentials spelled out from their initials
("Airline Transport Pilot Licence" / "ATPL"), schools named in English ("University of Porto" / "Universidade
do Porto", "UoN"), skill aliases ("Postgres" /
"PostgreSQL", via the skills taxonomy), degree spellings ("B.S."/"Bachelor of Science"),
tenure ("more than ten years" when the dated history spans eleven). Durations tied to an employer
("four years at X") must fit that employer's dates, and a field's length the one the resume states
for it (:mod:`.durations`).

An optional LLM ``judge`` may ADD flags (``source="judge"``); it can never remove one.
Context (:mod:`.context`): a year or a title must hold for the history entry the sentence
is about ("Senior Software Engineer at Northwind" when that title was held elsewhere is
flagged; "since 2020" when 2020 is only a certificate's year is flagged). Scope claims without
a number (:mod:`.scope`: "company-wide", "adopted across all product teams", "led the whole team",
"a global rollout") need a resume line claiming that reach for the same thing. Titles
(:mod:`.titles`) must be the user's own — not a manager's the resume names — with seniority never
added; common synonyms pass ("Software Engineer" / "Software Developer"). Simple arithmetic on one resume line ("by 23 percentage points" for 54 % → 77 %)
and rounding that stays true ("more than 20%" for 22 %) pass.

Modules: :mod:`.facts` (the sources prepared once), :mod:`.locale_forms` (the resume's locale figures,
dates and language names in English form; its words of any language from :mod:`.locale_data`: dateparser and
babel CLDR data), :mod:`.numbers` (counts, amounts, rates),
:mod:`.durations` (lengths of time),
:mod:`.names` (organisations and employment claims), :mod:`.context` (what a sentence is about),
:mod:`.scope` (reach without a number), :mod:`.totality` (all/every/entire over any object),
:mod:`.changes` (before/after pairs), :mod:`.degrees` (degree level, field and school), :mod:`.honours` (degree grades), :mod:`.status` (credentials the
resume names as pending claimed as held), :mod:`.achievements`
(launched, won, first author, into production; kind ``claim``), :mod:`.upgrades` (a part in a result raised a
step: sole inventor, principal investigator, led, ranked first), :mod:`.attribution` (work placed
at the wrong employer), :mod:`.career_starts` (a career measured from a start the sentence names),
:mod:`.abbreviations` (courts and agencies in citation form: "S.D.N.Y.", "D. Minn."), :mod:`.titles` (job titles),
:mod:`.credential_durations` (durations of a title by its initials, a credential held, a unit led; a lower
credential's or title's years), :mod:`.tool_scopes` (a tool the resume scopes to a past job claimed for the current work), :mod:`.credential_codes`
("SHRM-SCP" for "SHRM-CP"), :mod:`.recognitions` (awards, keynotes, incidents; kind ``claim``), :mod:`.owned_work` (work on
an object the employer owns that the resume never names),
:mod:`.unit_forms` (units in one form, a change's unit across its ends), :mod:`.field_careers` (a career in a field from
the first role of that line of work), :mod:`.degree_initials` ("M.S.C.E. (Structural)", "MURP"), :mod:`.title_gaps`
("lead technician" for "Lead Pharmacy Technician"), :mod:`.demonyms` ("the Dutch ir. title"), :mod:`.consulting` ("as a
consultant" at "… Engineers, LLC"), :mod:`.name_forms` ("Gothenburg" for "Göteborg", "UofL", "USCG"),
:mod:`.national_credentials` ("a CACES forklift licence"), :mod:`.level_figures` ("MBO level 4" for "MBO-4"),
:mod:`.occupation_titles` ("deck officer" for a mate; the last three through :mod:`.cleared`, :mod:`.titles`), :mod:`.entities` (detectors), :mod:`.text` (tokens). Measured on
``tests/fixtures/writing/grounding_planted.jsonl`` (written by the checker's author) and on ten
blind sets ``tests/fixtures/writing/grounding_blind*/`` (written by curators who never saw the
checker; each run once before its misses were used — figures in the README's writing section).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import amount_pairs
from careercopilot.writing.grounding import (
    achievements, attribution, career_starts, changes, cleared, credential_codes, credential_roles, degrees, demonyms, honours, locale_data,
    plural_reach, product_names,
    owned_work, recall_hooks, recognitions, registers, role_starts, scope, status, totality, upgrades,
)
from careercopilot.writing.grounding.facts import (
    CERT_WORDS, EDU_WORDS, Flag, SourceFacts, norm_title, norm_url, overlaps, sentence_at,
)
from careercopilot.writing.grounding.contact_forms import check_contacts
from careercopilot.writing.grounding.durations import check_durations
from careercopilot.writing.grounding.names import (
    check_employers, check_names, name_pieces, state_in,
)
from careercopilot.writing.grounding.numbers import check_numbers, derived_quantities
from careercopilot.writing.grounding.people import check_people_as_skills
from careercopilot.writing.grounding import titles
from careercopilot.writing.grounding import quoted_lines
from careercopilot.writing.grounding.titles import check_titles
from careercopilot.writing.grounding.text import (
    EMAIL_RE, MONTH_YEAR_RE, MONTHS, PHONE_RE, YEAR_RE, compound_covers, find_urls, norm_words, quantities, squash,
)

__all__ = ["Flag", "SourceFacts", "check"]


def _names_in_source(sentence: str, facts: SourceFacts) -> list[str]:
    """Capitalised names of ``sentence`` (split at "and"/"&" and possessives) that the sources contain."""
    found = [p for _, _, p in name_pieces(sentence) if ctx.name_in(p, facts.squashed)]
    # a register named by the resume's postnominal ("Royal Institution of Chartered Surveyors" → "MRICS, 06/2015"):
    # its year is that line's (session 27, ground88: :mod:`.registers`)
    return found + [t for _, _, p in name_pieces(sentence) if p not in found and (t := registers.postnominal(p, facts.text))]


def _entries_named(names: list[str], facts: SourceFacts) -> list[ctx.Entry]:
    return [e for e in facts.history if any(ctx.name_in(n, squash(e.header)) for n in names)]



def _about(stated: float, value: float) -> bool:
    """``stated`` is ``value`` as a sentence may round it: within 5 % (0.05 for small decimals), or its whole
    part ("more than 12" for 12.7)."""
    return abs(stated - value) <= max(0.05 * value, 0.05) or (stated == int(stated) and stated <= value < stated + 1)


def _figure_dated(sentence: str, year: int, facts: SourceFacts) -> bool:
    """A resume line states one of the sentence's figures (:func:`attribution.figures`) with ``year`` the
    year nearest to it ("Chiffre d'affaires : 640 000 € (2024), 710 000 € (2025)" dates €710,000 to 2025,
    not €640,000): the figure ties the year to the sentence when the line's words, in the CV's language,
    share none with it."""
    stated = attribution.figures(sentence)
    masked = [(m.start(), m.end()) for m in YEAR_RE.finditer(sentence)]
    changes = [q.value for q in quantities(sentence, masked=masked) if q.value > 0]
    if not stated and not changes:
        return False
    for line in facts.lines:
        years = [(m.start(), int(m.group(0))) for m in YEAR_RE.finditer(line)]
        if not any(y == year for _, y in years):
            continue
        # the change between the line's two figures ("von 3,8 % auf 1,4 % gesenkt (2019–2024)": 2.4 points; "78,5
        # t/ha (safra 2020/21) para 91,2 t/ha (safra 2024/25)": more than 12 t/ha) dates the sentence by the line's years
        if any(_about(v, d) for v in changes for tag, d, _ in derived_quantities([line])
               if tag in ("points", "difference", "difference*", "change")):
            return True
        for q in quantities(line, masked=[(p, p + 4) for p, _ in years]):
            if q.value not in stated:
                continue
            nearest = min(years, key=lambda py: max(py[0] - q.end, q.start - py[0] - 4))[1]
            # a range nearest to the figure dates it by both ends: "1,240 holes … (2021–2025)"
            if nearest == year or re.search(rf"\b{min(nearest, year)}\s*[–—-]\s*{max(nearest, year)}\b", line):
                return True
    return False


def _clause_of(sentence: str, at: int) -> str:
    """The part of ``sentence`` holding position ``at`` when a clause about another time splits it ("I've been a senior
    coordinator since 2022, and before that … at X": X's dates are not 2022's; session 22), else the sentence."""
    cuts = [0] + [m.start() for m in titles.OTHER_CLAUSE.finditer(sentence)] + [len(sentence)]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return sentence[a:b]
    return sentence


def _year_bound(text: str, start: int, year: int, month: int | None, facts: SourceFacts) -> bool:
    if role_starts.contradicted(text, start, year, month, facts):
        return False  # "became head brewer in 2014" when the head brewer's line starts in 2018 (:mod:`.role_starts`)
    if career_starts.year_is_start(text, start, year, month, facts):
        return True  # "…, starting as a paralegal in 2013": the start of the career's named first entry (session 22)
    sentence = sentence_at(text, start)
    if month is None and _figure_dated(sentence, year, facts):
        return True
    names = _names_in_source(_clause_of(sentence, start - text.find(sentence, max(0, start - len(sentence)))), facts)
    tags: set[str] = set()
    if not names:  # "I finished my degree in 2010": no name to tie the year to, only its topic
        if ent.find_degrees(sentence) or EDU_WORDS.search(sentence):
            tags.add("edu")
        if CERT_WORDS.search(sentence):
            tags.add("cert")

    def anchored(line: str) -> bool:
        return any(ctx.name_in(n, squash(line)) for n in names) or bool(tags & facts.line_tags.get(line, set()))

    named = _entries_named(names, facts)
    # a name outside the history headers ("Analyst of the Year", "CSCP") whose every resume line states
    # its own years, none of them this one: the year belongs to something else ("… of the Year in 2020")
    others = [n for n in names if not any(ctx.name_in(n, org) for org in facts.entry_orgs)
              and not any(ctx.name_in(n, squash(e.header)) for e in facts.history)]
    named_lines = [ln for ln in facts.text.splitlines() if any(ctx.name_in(n, squash(ln)) for n in others)]
    if named_lines and all(ctx.line_years(ln)[0] for ln in named_lines) and not any(
            year in ctx.line_years(ln)[0] for ln in facts.text.splitlines() if any(
                ctx.name_in(n, squash(ln)) for n in names)):
        return False  # (no line naming any of the sentence's names states the year)
    windows = _name_windows(names, facts) if names and not named else []
    if windows:
        # The sentence names a school, credential or programme the resume states outside its dated
        # history ("Chaffey College", "NALA Certified Paralegal"): the year must be written there
        # (the line or its neighbours in the same block), or the history entry holding that line
        # must cover it — a year of another job sharing a word with the sentence does not count.
        if any(_window_has(w, year, month) for w in windows):
            return True
        holding = [e for e in facts.history if any(w in e.text for w in windows)]
        return bool(holding) and ctx.year_supported(
            year, month, ctx.year_claim(text, start), ctx.content_words(sentence), holding, [], facts.history,
            anchored)
    return ctx.year_supported(
        year, month, ctx.year_claim(text, start), ctx.content_words(sentence),
        named, facts.line_info, facts.history, anchored, {int(y) for y in YEAR_RE.findall(sentence)})


def _name_windows(names: list[str], facts: SourceFacts) -> list[str]:
    """Physical resume lines naming one of ``names``; a line without a year of its own with its
    neighbour lines of the same block (no blank line between): an education or certification entry
    often spans two lines — an indented line with the lines above it up to the entry's first line."""
    raw = facts.text.splitlines()
    out = []
    for i, line in enumerate(raw):
        if line.strip() and any(ctx.name_in(n, squash(line)) for n in names):
            if ctx.line_years(line)[0]:
                out.append(line)  # the line states its own year: its neighbours' years are other entries'
                continue
            lo, hi = i, i
            while lo > 0 and raw[lo][:1].isspace() and raw[lo - 1].strip():
                lo -= 1  # indented continuation lines up to the entry's first line ("พ.ศ. 2564  ประกาศนียบัตร…")
            if lo == i and lo > 0 and raw[lo - 1].strip():
                lo -= 1
            if hi + 1 < len(raw) and raw[hi + 1].strip():
                hi += 1
            out.append("\n".join(raw[lo:hi + 1]))
    return out


def _window_has(window: str, year: int, month: int | None) -> bool:
    if year not in ctx.line_years(window)[0]:
        return False
    if month is None:
        return True
    months = {MONTHS.get(m.group("m").lower()[:4] if m.group("m").lower().startswith("sept")
                         else m.group("m").lower()[:3]) for m in MONTH_YEAR_RE.finditer(window) if int(m.group("y")) == year}
    months |= {int(n) for n, y in re.findall(r"\b(\d{1,2})/(\d{4})\b", window) if int(y) == year}
    months |= {int(n) for y, n in re.findall(r"\b(\d{4})-(0[1-9]|1[0-2])\b", window) if int(y) == year}  # ISO
    return not months or month in months


def _dates(text: str, facts: SourceFacts, flags: list[Flag], taken: list[tuple[int, int]]) -> None:
    """Years and month-years: stated in the sources *for what the sentence is about* (see
    :mod:`careercopilot.writing.grounding.context`) — a year of another job or credential is flagged."""
    for m in MONTH_YEAR_RE.finditer(text):
        if overlaps((m.start(), m.end()), taken):
            continue
        taken.append((m.start(), m.end()))
        year = int(m.group("y"))
        key = m.group("m").lower()
        month = MONTHS.get(key[:4] if key.startswith("sept") else key[:3])
        same_year = {mo for mo, y in facts.month_years if y == year}
        if (year in facts.years and same_year and month not in same_year) or not _year_bound(
                text, m.start("y"), year, month, facts):
            flags.append(Flag("date", m.start(), m.end(), m.group(0), "Your resume gives no such date for this."))
    for m in YEAR_RE.finditer(text):
        if overlaps((m.start(), m.end()), taken):
            continue
        taken.append((m.start(), m.end()))
        if not _year_bound(text, m.start(), int(m.group(0)), None, facts):
            flags.append(Flag("date", m.start(), m.end(), m.group(0),
                              f"Your resume does not give {m.group(0)} for this."))




def _scope(text: str, facts: SourceFacts, flags: list[Flag]) -> None:
    """Scope claims without a number ("company-wide", "adopted across all product teams", "led the
    whole engineering team", "a global rollout") that no resume line backs (:mod:`.scope`): kind
    ``scale`` (unit-level work inflated to the organisation)."""
    for c in scope.check_scope(text, lambda pos: sentence_at(text, pos), facts.lines):
        if any(f.start <= c.start and c.end <= f.end for f in flags):
            continue  # already inside a flagged span ("across all 40 clinics" keeps its own scope flag)
        flags.append(Flag("scale", c.start, c.end, c.phrase, "Your resume does not describe work at this scope."))
    headers = {e.header for e in facts.history}
    judged = [(c.start, c.end) for c in scope.claims(text)]
    for t in totality.check_totality(text, lambda pos: sentence_at(text, pos), facts.lines, headers):
        if overlaps((t.start, t.end), judged) or any(f.start < t.end and t.start < f.end for f in flags):
            continue  # a scope claim (judged by :mod:`.scope`), or already flagged there (a number, a name)
        flags.append(Flag("scale", t.start, t.end, t.phrase, "Your resume does not describe work at this reach."))
    for p in plural_reach.unsupported(text, facts.lines, headers):  # "a portfolio of Nevada resorts" for one resort
        if not any(f.start < p.end and p.start < f.end for f in flags):
            flags.append(Flag("scale", p.start, p.end, p.phrase, "Your resume describes one of these, not several."))


def _attribution(text: str, facts: SourceFacts, flags: list[Flag]) -> None:
    """Work the resume lists under another employer than the one the sentence names (:mod:`.attribution`)."""
    pos = 0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        base = text.find(sentence, pos)
        pos = base + len(sentence)
        hit = attribution.misattributed(sentence, facts) or attribution.related_only(sentence, facts)
        if hit and not overlaps((base + hit[0], base + hit[1]), [(f.start, f.end) for f in flags]):
            flags.append(Flag("employer", base + hit[0], base + hit[1], hit[2],
                              "Your resume lists this work under another employer."))


#: Words that end the sentence's part before a credential's name ("… since 2017 and became board
#: certified": the credential is "board certified"; English, and the Spanish
#: and French the offline writer also writes: "como", "entre ellas", "comme", "notamment").
_CERT_LEFT_EDGE = re.compile(
    r"(?i)\b(?:as|at|for|with|from|including|include|includes|lists|list|like|such as|and|became|become|earned"
    r"|obtained|received|whom|who|which|completed|complete|\d{4}"
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
        if not ok:
            flags.append(Flag("certification", s, e, phrase.strip(), "Your resume lists no such certification."))


#: Words after a posting's title that make the mention the posting's, not the user's ("the CPA position").
_POSTING_NOUN = re.compile(r"\s+(?:position|role|opening|job|vacancy|posting|opportunity|interview)\b", re.I)


def _posting_name_at(text: str, s: int, e: int, allowed: list[str]) -> bool:
    """Whether ``text[s:e]`` (a credential's initials) is part of the posting's company or title written
    out ("at Barton CPA", an employer's name), or is the posting's whole title named as the posting ("the
    CPA position"); session 22, issue 12 finding 6: the offline letter for the "CPA" posting of "barton CPA"
    was flagged three times. "As a CPA, I …" with the same allowance is still a claim."""
    for name in allowed:
        if not name or text[s:e] not in name:
            continue
        if name.strip() == text[s:e]:
            if _POSTING_NOUN.match(text, e):
                return True
            continue
        for m in re.finditer(re.escape(name), text, re.I):
            if m.start() <= s and e <= m.end():
                return True
    return False


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
        if name in facts.allowed_skills or f" {key} " in facts.squashed or (
                re.fullmatch(r"[A-Z&]{2,}s", surface) and f" {key[:-1]} " in facts.squashed):
            continue  # written in the resume as such ("POS" of "Toast POS"; "MSAs" for "MSA")
        if ctx.initialism_in(surface, facts.text) or spelled_initials(surface, facts.lines, text[e:e + 30]):
            continue  # the resume spells it out: "ABGs" for "arterial blood gas analyses", or abbreviates it
        if locale_data.names_language(surface, facts.original) and (not _NOUN_AFTER.match(text, e) or (
                _CREDENTIAL_AFTER.match(text, e) or locale_data.english_currency_name(text[s:e + 24]))):
            continue  # a language the resume names in its own words ("finska", "українська" for Finnish, Ukrainian),
            #           or its adjective before a credential or a currency ("Polish design licence", "Turkish lira")
        if name in facts.skills:
            mention = ent.surface_key(text[s:e])
            have = facts.tool_surfaces.get(name, set())
            if (ent.names_category(mention, ent.surface_key(name)) or not have
                    or any(ent.same_product(mention, h) for h in have)):
                continue
            flags.append(Flag("tool", s, e, text[s:e], f"Your resume names {name} differently, not as {text[s:e]}."))
            continue
        flags.append(Flag("tool", s, e, text[s:e], f"Your resume does not mention {name}."))




def check(
    text: str,
    facts: SourceFacts,
    *,
    judge: Callable[[str, SourceFacts], list[Flag]] | None = None,
) -> list[Flag]:
    """Unsupported spans of ``text`` (sorted by position). ``judge`` may add flags only."""
    flags: list[Flag] = []
    taken: list[tuple[int, int]] = []
    known: list[tuple[int, int]] = []
    check_contacts(text, facts, flags, taken)  # plain and disguised (:mod:`.contact_forms`)
    _dates(text, facts, flags, taken)
    check_durations(text, facts, flags, taken)
    check_titles(text, facts, flags, known)
    degrees.check_degrees(text, facts, flags, known)
    for hs, he, _ in honours.unsupported(text, facts.text):
        flags.append(Flag("degree", hs, he, text[hs:he], "Your resume gives your degree another grade."))
    _certifications(text, facts, flags, known)
    for ss, se, kind in status.unsupported(text, facts.text.splitlines()):
        flags.append(Flag(kind, ss, se, text[ss:se], "Your resume gives this as not yet held."))
    for cs, ce in credential_codes.unsupported(text, facts.text):  # "SHRM-SCP" for "SHRM-CP" (session 22)
        if not any(f.start < ce and cs < f.end for f in flags):
            flags.append(Flag("certification", cs, ce, text[cs:ce], "Your resume does not write this credential."))
    for cs, ce in credential_roles.unsupported(text, facts.text.splitlines()):
        if not any(f.start < ce and cs < f.end for f in flags):
            flags.append(Flag("certification", cs, ce, text[cs:ce], "Your resume does not give you this credential."))
    _tools(text, facts, flags, known)
    for ps, pe, written in product_names.products(text, facts):  # "hyperMILL": a product's spelling, no taxonomy skill
        if not written and not overlaps((ps, pe), [(f.start, f.end) for f in flags]):
            flags.append(Flag("tool", ps, pe, text[ps:pe], f"Your resume does not mention {text[ps:pe]}."))
        known.append((ps, pe))  # (its version number is the product's: "vSphere 8")
    for c in changes.unsupported_ends(text, facts.lines):
        if not overlaps((c.b_start, c.b_end), [(f.start, f.end) for f in flags]):
            flags.append(Flag("number", c.b_start, c.b_end, text[c.b_start:c.b_end],
                              "Your resume states this change with another result."))
    contradicted, stated = amount_pairs.judged(text, facts.lines)  # "from $1.3 million to $4.4 million" (session 23)
    for ps, pe in contradicted:
        if not overlaps((ps, pe), [(f.start, f.end) for f in flags]):
            flags.append(Flag("number", ps, pe, text[ps:pe], "Your resume states this change with other amounts."))
    taken += stated + contradicted  # (a pair's ends read as one claim: "$2.7" of "from $2.7 to $4.1 million")
    check_people_as_skills(text, flags, known)
    check_numbers(text, facts, flags, taken + [k for k in known if _is_named_number(text, k)]
                  + _allowed_with_figures(text, facts.allowed))
    check_employers(text, facts, flags, known + taken)
    check_names(text, facts, flags, known + taken)
    _scope(text, facts, flags)
    _attribution(text, facts, flags)
    for c in achievements.unsupported(text, facts.lines):
        if not any(f.start < c.end and c.start < f.end for f in flags):
            flags.append(Flag("claim", c.start, c.end, text[c.start:c.end],
                              "Your resume does not state this achievement."))
    for r in recognitions.unsupported(text, facts.text.splitlines()):  # awards, keynotes, incidents no line backs (session 22)
        if not any(f.start < r.end and r.start < f.end for f in flags):
            flags.append(Flag("claim", r.start, r.end, text[r.start:r.end],
                              "Your resume does not state this recognition." if r.kind == "recognition"
                              else "Your resume does not mention this event."))
    for ws, we in owned_work.unsupported(text, facts.text):  # "designed the bank's early-warning system" (session 22)
        if not any(f.start < we and ws < f.end for f in flags):
            flags.append(Flag("claim", ws, we, text[ws:we], "Your resume does not describe this work."))
    for u in upgrades.unsupported(text, facts.text.splitlines()):
        if not any(f.start < u.end and u.start < f.end for f in flags):
            flags.append(Flag("claim", u.start, u.end, text[u.start:u.end],
                              "Your resume gives you a smaller part in this."))
    recall_hooks.add_flags(text, facts, flags)  # unheard tools, licence titles, authorship (session 24)
    # "the Dutch ir. title", "the Chilean professional title" on a Dutch or Chilean CV: where it is from (session 23)
    flags = [f for f in flags if f.kind not in ("tool", "employer") or not demonyms.country_award(
        text, f.start, f.end, facts.original)]
    # a clause the resume writes word for word ("…: Building test coordinator for Ohio end-of-course exams.")
    flags = [f for f in flags if f.kind not in quoted_lines.KINDS or not quoted_lines.quoted(
        text, f.start, f.end, facts.lines + facts.text.splitlines())]
    flags = [f for f in flags if f.kind != "title" or not quoted_lines.degree_field(
        text, f.start, f.end, facts.text.splitlines())]  # "A.A.S. Physical Therapist Assistant": a degree's field
    greetings = _greeting_lines(text)
    flags = cleared.keep(text, facts, [f for f in flags if f.kind not in _ADDRESS_KINDS or not any(
        a <= f.start and f.end <= b for a, b in greetings)])  # supported restatements (session 24: :mod:`.cleared`)
    if judge is not None:
        have = {(f.start, f.end) for f in flags}
        extra = [f for f in judge(text, facts) if 0 <= f.start < f.end <= len(text) and (f.start, f.end) not in have]
        flags.extend(Flag(f.kind, f.start, f.end, f.text, f.message, "judge") for f in extra)
    return sorted(flags, key=lambda f: (f.start, f.end))


#: A greeting line of a letter or e-mail: "Dear Hiring Manager,", "Dear Dr. Reeves,", "Hello Acme team,",
#: "To the Hiring Committee:", "Estimado equipo de selección:", "Madame, Monsieur," — a line of its own,
#: ≤ 10 words, no sentence inside, ending in a comma or colon (session 22, issue 12 finding 6: "Dear Hiring
#: Manager," flagged as a title the user never held).
_GREETING = re.compile(
    r"(?im)^[ \t]*(?:Dear|Hello|Hi|Greetings|To|Attn\.?|Attention|Hola|Estimad[oa]s?|Bonjour|Madame|Monsieur|"
    r"Docteur|Sehr geehrte[rn]?)\b(?:[^.!?\n\d]|(?:Dr|Mr|Ms|Mrs|Mx|Prof|Jr|Sr|[A-Z])\.){0,80}[,:][ \t]*$")
#: Kinds a greeting may name without claiming anything: the addressee's title, team or organisation
#: ("Dear Dr. Reeves,": "Dr" read as a name; "Dear Recruiting Team,": "Recruiting" read as a skill).
_ADDRESS_KINDS = frozenset({"title", "employer", "degree", "certification", "tool"})


def _greeting_lines(text: str) -> list[tuple[int, int]]:
    """Spans of greeting lines (:data:`_GREETING`) of ≤ 10 words."""
    return [(m.start(), m.end()) for m in _GREETING.finditer(text) if len(m.group(0).split()) <= 10]


def _allowed_with_figures(text: str, allowed: list[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes an allowed name that has a figure in it — the posting's title or company
    ("Certified IT Administrator (LAN/WAN), Level 4", "Local 32BJ"): its figure names the posting, it
    claims nothing (session 22, issue 12 finding 6: "the … Level 4 position" flagged "4")."""
    spans = []
    for name in allowed:
        if name and len(name) >= 6 and re.search(r"\d", name) and re.search(r"[A-Za-z]{3}", name):
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return spans


def _is_named_number(text: str, span: tuple[int, int]) -> bool:
    """Numbers inside a recognised name ("OSHA 30", "Electrician II") are checked with it."""
    return bool(re.search(r"\d", text[span[0]:span[1]]))

