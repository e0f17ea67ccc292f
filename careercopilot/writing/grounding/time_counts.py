"""Counts of time a resume line's own date range gives, and school years written "2025–26" (ground143, set 28's
false flags; variants in ``tests/unit/writing/test_grounding_time_counts.py``).

* **months** — "six months on secondment" for «Seconded to the Virginia Fusion Center, March – August 2024»: the
  months of a range counted inclusively (March … August = 6), month names or numeric months ("03/2022 – 06/2022").
* **seasons** — "three summer seasons as sous-chef" for «04/2015 – 10/2017 Sous-chef (seasonal …)», "two winter
  seasons" for «Saisons d'hiver 2011–2013 (déc. – avril)»: a season falls in one calendar year (summer: 2015, 2016,
  2017 → 3) or straddles two (winter: 2011–12, 2012–13 → 2), so a range from year a to year b holds b − a or
  b − a + 1 seasons. Units: season(s), summer(s), winter(s), harvest(s), campaign(s), tour(s) of duty.
* **school years** — "for the 2025–26 school year", "the 2017/18 season": the second figure is the year after the
  first written short (ISO 8601 leaves it to usage; the form is the US/UK school- and fiscal-year habit), a date,
  never a count (the number check read "26 school" as 26 schools).

The line must share a content word with the sentence (a stem of five letters — "seconded"/"secondment" — or a
name), so a count no line's range gives ("eight months on secondment") stays flagged.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import MONTHS, STOP, WORD_NUMBERS, fold_accents

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: "March 2019 – August 2024", "March – August 2024", "09/2013 – 08/2016", "2011–2013", "2015 - present".
_RANGE = re.compile(
    rf"(?i)(?:(?P<m1>{_MONTH})\s+(?P<y1>(?:19|20)\d\d)|(?P<n1>0?[1-9]|1[0-2])/(?P<ny1>(?:19|20)\d\d)|(?P<om>{_MONTH})"
    rf"|(?P<py1>(?:19|20)\d\d))\s*(?:[–—-]|to|until)\s*"
    rf"(?:(?P<m2>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)|(?P<n2>0?[1-9]|1[0-2])/(?P<ny2>(?:19|20)\d\d)|(?P<py2>(?:19|20)\d\d))")
_UNIT = re.compile(r"(?i)^[\s-]+(?:(?:full|whole|consecutive|straight|separate|summer|winter|ski|harvest|"
                   r"seasonal|school|academic|calendar|[a-z]+-long)\s+){0,2}?"
                   r"(?P<unit>months?|seasons?|summers?|winters?|harvests?|campaigns?)\b")
_SHORT_YEAR = re.compile(r"(?<![\d])((?:19|20)\d\d)\s*[–—/-]\s*(\d\d)(?![\d])")
_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _count(token: str) -> int | None:
    token = token.lower().strip()
    if token.isdigit():
        return int(token)
    return WORD_NUMBERS.get(token)


def _month(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTHS.get(w[:3])


def ranges(line: str) -> list[tuple[int, int | None, int, int | None]]:
    """``(start year, start month | None, end year, end month | None)`` of each date range on ``line``."""
    out = []
    for m in _RANGE.finditer(line):
        if m.group("m2") or m.group("n2"):
            y2, mo2 = int(m.group("y2") or m.group("ny2")), _month(m.group("m2")) or int(m.group("n2") or 0)
        else:
            y2, mo2 = int(m.group("py2")), None
        if m.group("om"):
            if mo2 is None:
                continue
            y1, mo1 = y2, _month(m.group("om"))
        elif m.group("m1") or m.group("n1"):
            y1, mo1 = int(m.group("y1") or m.group("ny1")), _month(m.group("m1")) or int(m.group("n1"))
        else:
            y1, mo1 = int(m.group("py1")), None
        if (y1, mo1 or 0) <= (y2, mo2 or 12):
            out.append((y1, mo1, y2, mo2))
    return out


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD_RE.findall(fold_accents(text).lower()) if w not in STOP}


_TIME_WORDS = {w[:5] for w in ("months", "seasons", "summer", "winter", "years", "spent", "worked", "working",
                               "present", "seasonal")} | set(MONTHS) | {m[:5] for m in MONTHS}


def range_count(text: str, start: int, end: int, lines: list[str]) -> bool:
    """True when ``text[start:end]`` is a count of months or seasons ("six", "3") that a date range on a resume
    line sharing a content word with the sentence gives (module doc)."""
    n = _count(text[start:end])
    unit = _UNIT.match(text[end:])
    if n is None or not unit:
        return False
    unit_word = unit.group("unit").lower()
    s0 = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    s1 = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
    words = _stems(text[s0:s1]) - _TIME_WORDS
    for line in lines:
        if not words & (_stems(line) - _TIME_WORDS):
            continue
        for y1, m1, y2, m2 in ranges(line):
            if unit_word.startswith("month"):
                if m1 and m2 and n == (y2 * 12 + m2) - (y1 * 12 + m1) + 1:
                    return True
            elif n in (y2 - y1, y2 - y1 + 1) and n > 0:
                return True
    return False


def school_year(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the short second year of "2025–26" / "2017/18" (module doc)."""
    for m in _SHORT_YEAR.finditer(text):
        if m.start(2) <= start and end <= m.end(2) and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
            return True
    return False
