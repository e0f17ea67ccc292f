"""Grounding: every fact in a generated document must come from the user's own sources.

:func:`check` flags, deterministically, each span of a document that states something the
sources (resume text, profile, and — for addressing only — the posting's company and
title) do not contain:

=================  ==============================================================
kind               flagged when
=================  ==============================================================
``number``         a count, amount or percentage absent from the sources, or tied to
                   a different unit there ("3 business days" when the resume says 5)
``scale``          an inflated size: "thousands of users" when the sources' largest
                   number of users is 300; team sizes and budgets beyond the sources
``date``           a year (or month + year) the sources never mention
``employer``       a capitalised name (employer, school, place) not in the sources
``title``          a job title the user never held (seniority words may be dropped,
                   never added: "Software Engineer" ⊂ "Senior Software Engineer")
``degree``         a degree level, type or field the sources don't list
``certification``  a certification or licence not in the sources
``tool``           a named tool/technology (skills taxonomy) the sources don't list
``url``/``email``/``phone``  contact data not in the sources
=================  ==============================================================

Supported paraphrases pass: number words and digits ("five"/"5"), magnitudes ("$5M" /
"$5 million", "40K"/"40,000"), ordinals ("2nd"/"second"), skill aliases ("Postgres" /
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

Modules: :mod:`.facts` (the sources prepared once), :mod:`.numbers` (counts, amounts, rates),
:mod:`.durations` (lengths of time),
:mod:`.names` (organisations and employment claims), :mod:`.context` (what a sentence is about),
:mod:`.scope` (reach without a number), :mod:`.titles` (job titles),
:mod:`.entities` (detectors), :mod:`.text` (tokens). Measured on
``tests/fixtures/writing/grounding_planted.jsonl`` (written by the checker's author) and on six
blind sets ``tests/fixtures/writing/grounding_blind*/`` (written by curators who never saw the
checker; each run once before its misses were used — figures in the README's writing section).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import scope
from careercopilot.writing.grounding.facts import (
    CERT_WORDS, EDU_WORDS, Flag, SourceFacts, norm_title, norm_url, overlaps, sentence_at,
)
from careercopilot.writing.grounding.durations import check_durations
from careercopilot.writing.grounding.names import check_employers, check_names, name_pieces, split_name, state_in
from careercopilot.writing.grounding.numbers import check_numbers
from careercopilot.writing.grounding.titles import check_titles
from careercopilot.writing.grounding.text import (
    EMAIL_RE, MONTH_YEAR_RE, MONTHS, PHONE_RE, YEAR_RE, find_urls, norm_words, squash,
)

__all__ = ["Flag", "SourceFacts", "check"]


def _contacts(text: str, facts: SourceFacts, flags: list[Flag], taken: list[tuple[int, int]]) -> None:
    for m in EMAIL_RE.finditer(text):
        taken.append((m.start(), m.end()))
        if m.group(0).lower() not in facts.emails:
            flags.append(Flag("email", m.start(), m.end(), m.group(0), "This e-mail address is not in your resume."))
    for us, ue, raw in find_urls(text):
        if overlaps((us, ue), taken):
            continue
        url = raw.rstrip(".,;:!?)]}'\"")
        taken.append((us, us + len(url)))
        n = norm_url(url)
        truncated = any(u != n and u.startswith(n) and not u[len(n)].isalnum() for u in facts.urls)
        if n not in facts.urls and (truncated or f" {squash(n).strip()} " not in facts.squashed):
            # a cut-off link ("…/in/angelak" for "…/in/angelak-retail") is another address
            flags.append(Flag("url", us, us + len(url), url, "This link is not in your resume."))
    for m in PHONE_RE.finditer(text):
        if overlaps((m.start(), m.end()), taken):
            continue
        taken.append((m.start(), m.end()))
        if re.sub(r"\D", "", m.group(0))[-7:] not in facts.phones:
            flags.append(Flag("phone", m.start(), m.end(), m.group(0), "This phone number is not in your resume."))




def _names_in_source(sentence: str, facts: SourceFacts) -> list[str]:
    """Capitalised names of ``sentence`` (split at "and"/"&" and possessives) that the sources contain."""
    return [p for _, _, p in name_pieces(sentence) if ctx.name_in(p, facts.squashed)]


def _entries_named(names: list[str], facts: SourceFacts) -> list[ctx.Entry]:
    return [e for e in facts.history if any(ctx.name_in(n, squash(e.header)) for n in names)]



def _year_bound(text: str, start: int, year: int, month: int | None, facts: SourceFacts) -> bool:
    sentence = sentence_at(text, start)
    names = _names_in_source(sentence, facts)
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
    often spans two lines."""
    raw = facts.text.splitlines()
    out = []
    for i, line in enumerate(raw):
        if line.strip() and any(ctx.name_in(n, squash(line)) for n in names):
            if ctx.line_years(line)[0]:
                out.append(line)  # the line states its own year: its neighbours' years are other entries'
                continue
            lo, hi = i, i
            if lo > 0 and raw[lo - 1].strip():
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


def _degrees(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    for s, e, mention in ent.find_degrees(text):
        known.append((s, e))
        later = _LATER_FIELD.match(text, e) if not ent.degree_fields(mention) else None
        if later:  # "my bachelor's degree from UW–Milwaukee is in Accounting"
            mention = f"{mention} in {later.group('f')}"
        key = ent.degree_key(mention)
        if key is None:
            continue
        level, words = key
        fields = ent.degree_fields(mention)
        if not any(lvl == level and all(w == "degree" or _field_match(w, have) for w in words)
                   and (not fields or not written or all(_field_match(w, written) for w in fields))
                   for lvl, have, written in facts.degrees):
            flags.append(Flag("degree", s, e, mention, "Your resume lists no such degree."))
            continue
        school = re.match(r"\s*(?:\([^)]*\)\s*)?(?:from|at)\s+(?:[Tt]he\s+)?", text[e:])
        if school:  # "a Doctor of Pharmacy from The Ohio State University": the school of *that* degree
            names = [n for ns, _, n in ent.find_names(text[e + school.end():]) if ns == 0]
            if names:
                name = split_name(names[0])[0][2]
                if ctx.name_in(name, facts.squashed) and not any(
                        ctx.name_in(name, squash(w)) for w in _degree_windows(level, facts)):
                    flags.append(Flag("degree", s, e + school.end() + len(name), text[s:e + school.end() + len(name)],
                                      "Your resume gives this degree from another school."))


#: A degree's field stated after its school: "my degree (from <school>) is/was in <field>".
_LATER_FIELD = re.compile(r"(?:\s+(?:from|at)\s+[^,.;]{1,60}?)?\s+(?:is|was)\s+in\s+(?P<f>[A-Za-z][\w&' -]*?)(?=[.,;]|$)")


def _degree_windows(level: str, facts: SourceFacts) -> list[str]:
    """The user's degree entries of ``level``: resume lines naming such a degree that are not
    bullets (a bullet's degree is other people's: "precept 6 PharmD students from …") and not
    followed by a plural noun of people ("MSW interns"); a line that names no school is taken with its
    neighbour lines of the same block (the school on the next line)."""
    raw = facts.text.splitlines()
    out = []
    for i, line in enumerate(raw):
        if ctx.BULLET_RE.match(line):
            continue
        if any((k := ent.degree_key(d)) and k[0] == level and not _PEOPLE_AFTER.match(line, e)
               for _, e, d in ent.find_degrees(line)):
            if _EDU_SCHOOL.search(line):
                out.append(line)
                continue
            lo = i - 1 if i > 0 and raw[i - 1].strip() else i
            hi = i + 1 if i + 1 < len(raw) and raw[i + 1].strip() else i
            out.append("\n".join(raw[lo:hi + 1]))
    return out


_PEOPLE_AFTER = re.compile(r"(?i)\s*(?:\([^)]*\)\s*)?(?:students|interns|residents|candidates|graduates|trainees|"
                           r"program|programs|rotations?)\b")
_EDU_SCHOOL = re.compile(r"\b(?:University|College|School|Institute|Academy|Polytechnic|Conservatory)\b")


def _word_match(word: str, have: str) -> bool:
    """Equal, or one a clipped form of the other ("math" / "mathematics", "vet" / "veterinary"; 3+ letters)."""
    return word == have or (len(word) >= 3 and have.startswith(word)) or (len(have) >= 4 and word.startswith(have))


def _field_match(word: str, have: set[str]) -> bool:
    """A degree's field word matches the resume's field words: equal or clipped, or an
    initialism of them ("CS" for "Computer Science")."""
    if any(_word_match(word, h) for h in have):
        return True
    initials = {h[0] for h in have}
    return 2 <= len(word) <= 3 and word.isalpha() and len(set(word)) == len(word) and set(word) <= initials


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
        words = ent.cert_words(phrase)
        if not words:
            continue
        known.append((s, e))
        if phrase in ent.CERT_ACRONYMS:
            ok = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", facts.text) is not None
        else:
            stems = set(norm_words(" ".join(words))) | set(words)
            ok = any(set(norm_words(" ".join(words))) <= lw or set(words) <= lw
                     or {w[:6] for w in words} <= {x[:6] for x in lw} for lw in facts.line_words)
            ok = ok or _cert_in_a_line(phrase, words, facts)
            ok = ok or stems <= set(norm_words(" ".join(facts.allowed)))
        if not ok:
            flags.append(Flag("certification", s, e, phrase.strip(), "Your resume lists no such certification."))


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
    for line in facts.lines:
        sq = squash(line)
        if tokens and all(ctx.name_in(t, sq) if t.isupper() and len(t) == 2 else f" {t.lower()}" in sq
                          or (t.isupper() and ctx.initialism_in(t, line)) for t in tokens):
            return True
    return False


def _tools(text: str, facts: SourceFacts, flags: list[Flag], known: list[tuple[int, int]]) -> None:
    """Named tools. The skills taxonomy files products under one canonical skill both as
    spellings of one product ("Postgres" → PostgreSQL) and as members of a category
    ("Westlaw", "LexisNexis" → Legal Research; "Manhattan WMS", "Oracle WMS" → Logistics
    Software), so the canonical skill alone can't tell them apart: a mention is backed when
    the resume has the skill *and* writes it the same way, as the canonical name itself (a
    generalisation of what the resume names), or as a spelling of the same product
    (:func:`entities.same_product`)."""
    for s, e, name in ent.find_tools(text):
        surface = text[s:e]
        if not re.search(r"[A-Z]", surface[1:]) and re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[:s]):
            continue  # "Patient safety and …": the capital is the sentence's, not a product name
        known.append((s, e))
        key = ent.surface_key(surface)
        if name in facts.allowed_skills or f" {key} " in facts.squashed or (
                re.fullmatch(r"[A-Z&]{2,}s", surface) and f" {key[:-1]} " in facts.squashed):
            continue  # written in the resume as such ("POS" of "Toast POS"; "MSAs" for "MSA")
        if ctx.initialism_in(surface, facts.text):
            continue  # the resume spells it out: "ABGs" for "arterial blood gas analyses"
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
    _contacts(text, facts, flags, taken)
    _dates(text, facts, flags, taken)
    check_durations(text, facts, flags, taken)
    check_titles(text, facts, flags, known)
    _degrees(text, facts, flags, known)
    _certifications(text, facts, flags, known)
    _tools(text, facts, flags, known)
    check_numbers(text, facts, flags, taken + [k for k in known if _is_named_number(text, k)])
    check_employers(text, facts, flags, known + taken)
    check_names(text, facts, flags, known + taken)
    _scope(text, facts, flags)
    if judge is not None:
        have = {(f.start, f.end) for f in flags}
        extra = [f for f in judge(text, facts) if 0 <= f.start < f.end <= len(text) and (f.start, f.end) not in have]
        flags.extend(Flag(f.kind, f.start, f.end, f.text, f.message, "judge") for f in extra)
    return sorted(flags, key=lambda f: (f.start, f.end))


def _is_named_number(text: str, span: tuple[int, int]) -> bool:
    """Numbers inside a recognised name ("OSHA 30", "Electrician II") are checked with it."""
    return bool(re.search(r"\d", text[span[0]:span[1]]))

