"""Unbroken service claimed across a gap (ground142; set 28's boomerang employees: "I have worked for Cascadia Wildland
Services without a break since June 2013" for «Firefighter Type 2 | June 2013 – September 2016» and «Engine Captain |
May 2019 – Present» at the same employer, a ditch-rider job elsewhere in between).

A **continuity claim** is a sentence with a cue that the time had no break (:data:`CONTINUOUS`: "continuously",
"without a break", "uninterrupted", "unbroken", "non-stop", "straight", "consecutive", "in a row", "every year since",
"never left"). Its **stays** are the history entries of the employer the sentence names (:func:`.durations._employer_entries`,
the organisation part of a header), else — when the sentence names no employer the resume has — all dated entries
(a career "without a break"). Its **start** is the sentence's "since <month> <year>" (:data:`.durations._SINCE_RE`) or
"for N consecutive/straight years" counted back from today; else the stays' first start.

Flagged (kind ``date``) when the stays, merged, leave a gap of more than :data:`GAP_MONTHS` months after the start and
before today: the person left and came back (a boomerang), so the time was not unbroken. Leave inside one job
(parental, medical) is no history entry and breaks nothing; seasonal roles are one range and break nothing; two
entries that overlap or meet within the allowance (a promotion written as two lines) are one stay.

Variants in ``tests/unit/writing/test_grounding_continuity.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import durations
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts

#: A cue that the time claimed had no break.
CONTINUOUS = re.compile(
    r"(?i)\b(?:continuous(?:ly)?|without\s+(?:(?:a|any)\s+(?:single\s+)?)?(?:break|gap|interruption|pause)s?|"
    r"with\s+no\s+(?:break|gap|interruption)s?|uninterrupted(?:ly)?|unbroken|non-?stop|"
    r"(?:consecutive|straight|successive)\s+(?:years?|seasons?|months?)|in\s+a\s+row|every\s+(?:single\s+)?(?:year|season)\s+since|"
    r"never\s+(?:left|having\s+left)|all\s+the\s+way\s+through)\b")
#: A gap between two stays longer than this (months) breaks the claim: a month between a contract's end and the next's
#: start is a change of paperwork, not time away.
GAP_MONTHS = 2
_SINCE = re.compile(rf"(?i)\bsince\s+(?:(?P<m>{ctx._MONTH})\s+)?(?P<y>{ctx._YEAR})\b")
_FOR_N = re.compile(r"(?i)\bfor\s+(?:the\s+(?:past|last)\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve|thirteen|fourteen|fifteen)\s+(?:consecutive|straight|successive|unbroken|"
                    r"uninterrupted)\s+years\b|\b(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\s+in\s+a\s+row\b")
_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                     "fifteen".split(), 1)}
#: A sentence that names the break itself ("left and came back", "with a break", "rejoined"): it claims no unbroken time.
_NAMES_BREAK = re.compile(r"(?i)\b(?:left|rejoined|returned|came\s+back|re-?hired|boomerang|apart\s+from|except|"
                          r"(?:with|after)\s+(?:a|one)\s+(?:\w+\s+)?(?:break|gap))\b")
#: A sentence about working time, read against the whole history when it names no employer of the resume.
_WORK = re.compile(r"(?i)\b(?:worked|working|employed|employment|career|served|serving|been\s+(?:in|an?|with)|in\s+work)\b")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]|$)")


def _month_index(year: int, month: int | None, *, end: bool = False) -> int:
    return year * 12 + ((month or (12 if end else 1)) - 1)


def _stays(sentence: str, facts: SourceFacts) -> list[ctx.Entry]:
    """The employer's entries when the sentence names one the history has (after "at/for/with/by"), else all the job
    entries when it is about working time (:data:`_WORK`), else none."""
    for m in re.finditer(r"\b(?:at|for|with|by)\s+(?:the\s+)?(?=[A-Z])", sentence):
        entries = durations._employer_entries(sentence[m.end():], facts)
        if entries:
            return entries
    if not _WORK.search(sentence):
        return []  # ("three years in a row" of an award is no claim about the career)
    return [e for e, study in zip(facts.history, facts.study_entries, strict=True) if not study]


def _start(sentence: str, facts: SourceFacts) -> int | None:
    """The month index the claim runs from (see the module doc), None when the sentence gives none."""
    if m := _SINCE.search(sentence):
        month = ctx._month(m.group("m"), None) if m.group("m") else None
        return _month_index(int(m.group("y")), month)
    if m := _FOR_N.search(sentence):
        raw = (m.group("n") or m.group("n2")).lower()
        n = int(raw) if raw.isdigit() else _WORDS.get(raw, 0)
        return _month_index(facts.today.year, facts.today.month) - 12 * n if n else None
    return None


def gaps(entries: list[ctx.Entry], facts: SourceFacts, start: int | None) -> list[tuple[int, int]]:
    """``(last month of a stay, first month of the next)`` pairs more than :data:`GAP_MONTHS` apart, after ``start``
    (a month index; None = from the first stay) and before today."""
    now = _month_index(facts.today.year, facts.today.month)
    spans = sorted((_month_index(e.start, e.start_month),
                    now if e.present else _month_index(e.end, e.end_month, end=True)) for e in entries)
    out, reach = [], None
    for lo, hi in spans:
        if reach is not None and lo - reach > GAP_MONTHS + 1 and (start is None or lo > start):
            out.append((reach, lo))
        reach = hi if reach is None else max(reach, hi)
    return out


def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of the continuity cues of ``text`` whose sentence's stays have a gap after its start (module doc)."""
    if len(facts.history) < 2:
        return []
    out = []
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0)
        cue = CONTINUOUS.search(sentence)
        if cue is None or _NAMES_BREAK.search(sentence):
            continue
        stays = _stays(sentence, facts)
        start = _start(sentence, facts)
        if start is not None:  # (a stay that ended before the claim's start is no part of it)
            stays = [e for e in stays if e.present or _month_index(e.end, e.end_month, end=True) >= start]
        if len(stays) >= 2 and gaps(stays, facts, start):
            out.append((s.start() + cue.start(), s.start() + cue.end()))
    return out
