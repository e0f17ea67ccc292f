"""Years and month-years of a generated sentence checked against the resume line that dates *what the
sentence is about* (kind ``date``): moved out of :mod:`careercopilot.writing.grounding` (session 25 — "session 28")
when that module passed 600 lines; :func:`check_dates` is its ``_dates``."""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding import (
    attribution, career_starts, changes, credential_starts, lead_starts, registers, role_starts,
)
from careercopilot.writing.grounding.facts import CERT_WORDS, EDU_WORDS, Flag, SourceFacts, overlaps, sentence_at
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.numbers import derived_quantities
from careercopilot.writing.grounding import titles
from careercopilot.writing.grounding.text import MONTH_YEAR_RE, MONTHS, YEAR_RE, quantities, squash


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
    sentence = sentence_at(text, start)
    offset = text.find(sentence, max(0, start - len(sentence)))
    own = credential_starts.verdict(sentence, start - offset, year, month, facts.text.splitlines()) if offset >= 0 else None
    if own is not None:
        return own  # "held my ATP certificate since May 2009": the ATP's own part of the line (session 28, ground97)
    started = role_starts.contradicted(text, start, year, month, facts)
    if started:
        return False  # "became head brewer in 2014" when the head brewer's line starts in 2018 (:mod:`.role_starts`)
    led = lead_starts.contradicted(text, start, year, month, facts)
    if led:
        return False  # "led the cartography team since September 2013" when the lead's line starts in 2020 (ground120)
    if (started is False or led is False) and re.search(r"(?i)\bsince\s+(?:\w+\.?\s+)?$", text[max(0, start - 16):start]):
        return True  # "I have been a dietitian since March 2010": the start of the role's first line (its title in the
        #              CV's language: "Nutricionista | 03/2010 – …"; ground98)
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


check_dates = _dates
