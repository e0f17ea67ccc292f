"""Weekly working hours a posting states, and what they make of an hourly rate in a year.

Issue 11 (newcomer trial F7): "Part-time, 24–32 hours/week, $25–30/hr" met a USD 62k floor because
every hourly rate was annualised at 2,080 h (40 h × 52 weeks, ``normalize.salary.HOURS_PER_YEAR``).
At 24–32 h a week that posting pays USD 31,200–49,920 a year.

:func:`weekly_hours` reads the hours from the structured field a board publishes (schema.org
``workHours`` text, a numeric ``hoursPerWeek``) and else from the title and description. It returns
**each end** of a stated range, ``(low, high)`` hours a week, not the midpoint: a salary range is
compared with the user's floor by its top ("a range that reaches the floor can pay it",
``matching.explanations._salary_check``), so the top rate goes with the most hours the posting
offers and the lowest rate with the fewest — "$25–30/hr × 24–32 h/week ≈ USD 31,200–49,920" keeps
both numbers the posting gave instead of a midpoint it never stated. A single figure is
``(n, n)``; "up to 29 hours" is ``(None, 29)``; "at least 20 hours" is ``(20, None)`` (a lone lower
bound of 40 h or more is also the top: ``(45, 45)``).

What is read (first rule that matches, in this order; each rule's earliest mention wins):

1. Stated weekly hours: "24–32 hours per week", "20 hrs/wk", "19.5 hours per week", "35-40 hours
   weekly", "Expected hours: 24 – 32 per week" (Indeed), "Hours per week: 16", "part-time (30
   hours)", "Teilzeit 20 Std./Woche", "20 Stunden pro Woche", "30 Wochenstunden", "24h/semaine".
   "More than / over / in excess of 40 hours" (overtime rules) are not a schedule and are skipped.
2. Shift patterns: "3 x 12-hour shifts", "three 12-hour shifts per week", "4x10s", "four 10s".
3. Hours a day × days a week: "8 hours per day, 3 days a week".
4. A weekday window: "Mon–Fri 9–1" (5 × 4 h = 20), "Monday through Friday, 8am-5pm" (a day of 8 h
   or more counts as 8: the window holds a meal break; 5 × 8 = 40).
5. FTE: "0.6 FTE", ".5 FTE", "FTE: 0.75" × 40 h.
6. A workload percentage next to a workload word: "Pensum 60–80%", "Teilzeit (50 %)", "80% workload"
   ("part-time" is not one: "Part-time role, 20% travel").
7. "half-time" / "halbtags" / "mi-temps" = 20 h; "three-quarter time" = 30 h.

Not read, on purpose (no hours are invented): "per diem", "PRN", "on call", "as needed" (no fixed
hours), "seasonal (May–September)" (fewer weeks, not fewer hours a week — weeks are not stored),
schema.org ``workHours`` such as "1st shift", "8am-5pm" (a day, not a week) and a bare
``employmentType: PART_TIME`` (the explanation says "part-time, hours not stated" instead).
Readings outside 1–80 h a week are dropped (a "24 hours a day, 7 days a week" service is not a
168-hour job). FTE and percentages use 40 h as full time, the convention of
``normalize.salary.HOURS_PER_YEAR`` (US OPM: 2,080 h = 40 h × 52 weeks).

Only an hourly rate is rescaled (:func:`yearly_hours`): a daily rate's days a week are not known
from the hours ("3 x 12-hour shifts" is 3 days, "0.6 FTE" may be 3 or 5), and weekly, monthly and
yearly amounts are already the pay of their period. Never raises; junk gives ``None``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FULL_TIME_WEEKLY_HOURS", "WEEKS_PER_YEAR", "weekly_hours", "yearly_hours", "hours_text",
           "with_hours", "yearly_pay", "salary_label"]

#: Full-time hours a week: ``normalize.salary.HOURS_PER_YEAR`` (2,080) / 52.
FULL_TIME_WEEKLY_HOURS = 40.0
WEEKS_PER_YEAR = 52.0
_MIN_H, _MAX_H = 1.0, 80.0
#: Longest text read (characters).
_MAX_TEXT = 100_000

_NUM = r"(\d{1,2}(?:[.,]\d{1,2})?)"
_SEP = r"\s*(?:-|–|—|to|bis|à)\s*"
_HOUR = r"(?:hours?|hrs?\.?|h\b|std\.?|stunden|heures)"
_PER_WEEK = (r"(?:(?:per|a|an|each|every|pro|par|in\s+der|la)\s*|/\s*|\s)(?:calendar\s+)?"
             r"(?:week|wk|woche|semaine)s?\b")
_QUAL = (r"(?:(up\s+to|max(?:imum)?\.?(?:\s+of)?|no\s+more\s+than|at\s+most|bis\s+zu|"
         r"at\s+least|min(?:imum)?\.?(?:\s+of)?|no\s+less\s+than|mindestens|"
         r"more\s+than|over|in\s+excess\s+of|exceed(?:ing|s)?|beyond|above)\s+)?")
_SKIP_QUAL = ("more", "over", "in excess", "exceed", "beyond", "above")
_UPPER_QUAL = ("up to", "max", "no more", "at most", "bis zu")
_LOWER_QUAL = ("at least", "min", "no less", "mindestens")

#: "24–32 hours per week", "20 hrs/wk", "20 Std./Woche", "24h/semaine", "35-40 hours weekly",
#: "30 Wochenstunden" (starts at the number: a qualifier before it is read by ``_QUAL_BEFORE``,
#: which keeps the scan cheap — a leading optional qualifier cost 0.35 ms a posting per pattern).
_WEEKLY_NUM = re.compile(r"(?<![\d.,])" + _NUM + r"(?:" + _SEP + _NUM + r")?\s*[-‐]?\s*(?:" + _HOUR + r"\s*"
                         + _PER_WEEK + r"|" + _HOUR + r"\s+weekly\b|wochenstunden\b|h/woche\b)", re.I)
_QUAL_BEFORE = re.compile(r"\b" + _QUAL.removesuffix("?") + r"$", re.I)
_WEEKLY_RES = [
    # "Expected hours: 24 – 32 per week", "Hours per week: 16", "Weekly hours: 30", "Arbeitszeit: 30 Std."
    re.compile(r"\b(?:(?:expected|scheduled|working|work|weekly|contracted|average)\s+)?"
               r"(?:hours|hrs)(?:\s+(?:per|a|/)\s*week|/wk)?\s*:\s*" + _QUAL + _NUM + r"(?:" + _SEP + _NUM
               + r")?\s*(?:" + _HOUR + r"\s*)?(?:" + _PER_WEEK + r"|(?=\s*$|\s*[\n;.,|]))", re.I | re.M),
    # "part-time (30 hours)", "Teilzeit (20 Std.)", "Full-time, 40 hours"
    re.compile(r"\b(?:part[-\s]?time|full[-\s]?time|teilzeit|vollzeit)\W{1,4}" + _QUAL + _NUM + r"(?:" + _SEP
               + _NUM + r")?\s*" + _HOUR, re.I),
]
#: Labels that only make sense per week ("Hours per week: 16"): the label regex's tail is optional.
_WEEK_LABEL = re.compile(r"week|/wk|weekly", re.I)
_PER_WEEK_RE = re.compile(_PER_WEEK, re.I)

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT = r"([1-7]|one|two|three|four|five|six|seven)"
_SHIFT_RES = [
    # "3 x 12-hour shifts", "three 12-hour shifts per week", "two 12 hr shifts"
    re.compile(r"\b" + _COUNT + r"\s*(?:x|×)?\s*\(?(\d{1,2}(?:\.\d)?)\)?\s*[-‐]?\s*(?:hours?|hrs?|h)\s+shifts?\b", re.I),
    # "4x10s", "four 10s", "3x12s", "4/10s", "4x10 schedule"
    re.compile(r"\b" + _COUNT + r"\s*(?:x|×|/)?\s*(8|9|10|12)'?s\b", re.I),
    re.compile(r"\b([2-6])\s*(?:x|×)\s*(8|9|10|12)\b(?!\s*%)", re.I),
]
_DAY_HOURS = re.compile(r"\b(\d{1,2}(?:[.,]\d)?)\s*(?:hours?|hrs?|h)\s*(?:per|a|/|each)\s*(?:day|shift)\b"
                        r"[^.\n]{0,60}?\b" + _COUNT + r"\s*days?\s*(?:per|a|/|each)\s*week\b", re.I)
_DAYS_HOURS = re.compile(r"\b" + _COUNT + r"\s*days?\s*(?:per|a|/|each)\s*week\b[^.\n]{0,60}?\b(\d{1,2}(?:[.,]\d)?)"
                         r"\s*(?:hours?|hrs?|h)\s*(?:per|a|/|each)\s*(?:day|shift)\b", re.I)

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_DAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_TIME = r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?"
_WINDOW = re.compile(r"\b" + _DAY + r"\s*(?:-|–|—|to|through|thru)\s*" + _DAY + r"[\s,:]*(?:from\s+)?" + _TIME
                     + r"\s*(?:-|–|—|to|until)\s*" + _TIME, re.I)

_FTE_RES = [
    re.compile(r"(?<![\d.])(0?\.\d{1,2}|1(?:\.0{1,2})?)\s*FTE\b"),
    re.compile(r"\bFTE\s*(?:of|:|=)?\s*(0?\.\d{1,2}|1(?:\.0{1,2})?)(?![\d.])"),
]
#: Not "part-time": "Part-time role, 20% travel" is no 8-hour week.
_LOAD_WORD = r"(?:pensum|arbeitspensum|workload|beschäftigungsgrad|stellenumfang|teilzeit|taux\s+d'activité)"
_PCT = r"(\d{2,3})\s*%?(?:\s*(?:-|–|—|bis|to)\s*(\d{2,3}))?\s*%"
_PCT_RES = [
    re.compile(_LOAD_WORD + r"[^\d\n]{0,20}" + _PCT, re.I),
    re.compile(_PCT + r"\s*[-(]?\s*" + _LOAD_WORD, re.I),
]
_HALF_RES = [
    (re.compile(r"\bhalf[-\s]?time\b|\bhalbtags\w*|\bmi[-\s]temps\b", re.I), 20.0),
    (re.compile(r"\bthree[-\s]quarters?[-\s]time\b", re.I), 30.0),
]


def _num(s: str | None) -> float | None:
    if not s:
        return None
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def _count(s: str) -> float:
    return float(_WORDS.get(s.lower(), 0) or int(s))


def _ok(h: float | None) -> bool:
    return h is not None and _MIN_H <= h <= _MAX_H


def _pair(lo: float | None, hi: float | None, qual: str | None) -> tuple[float | None, float | None] | None:
    """``(low, high)`` of a reading with its qualifier ("up to" → high only, "at least" → low only),
    None when out of 1–80 h or an overtime phrase ("more than 40 hours")."""
    q = " ".join((qual or "").lower().split())
    if q.startswith(_SKIP_QUAL):
        return None
    if hi is not None and lo is not None and hi < lo:
        lo, hi = hi, lo
    if hi is None:
        hi = lo
    if not _ok(lo) or not _ok(hi):
        return None
    if q.startswith(_UPPER_QUAL):
        return (None, hi) if lo == hi else (lo, hi)
    if q.startswith(_LOWER_QUAL):
        return (lo, None) if lo < FULL_TIME_WEEKLY_HOURS else (lo, lo)
    return lo, hi


def _weekly_stated(text: str) -> tuple[float | None, float | None] | None:
    """The earliest stated weekly figure of ``text`` (rule 1 of the module doc)."""
    found: list[tuple[int, tuple[float | None, float | None]]] = []
    for m in _WEEKLY_NUM.finditer(text):
        q = _QUAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        got = _pair(_num(m.group(1)), _num(m.group(2)), q.group(1) if q else None)
        if got is not None:
            found.append((m.start() - (len(q.group(0)) if q else 0), got))
            break
    for i, rx in enumerate(_WEEKLY_RES):
        for m in rx.finditer(text):
            if i == 0 and not (_WEEK_LABEL.search(m.group(0).split(":")[0]) or _PER_WEEK_RE.search(m.group(0))):
                continue
            got = _pair(_num(m.group(2)), _num(m.group(3)), m.group(1))
            if got is not None:
                found.append((m.start(), got))
                break
    return min(found, key=lambda f: f[0])[1] if found else None


#: Words without which each of ``_SHIFT_RES`` cannot match (a substring test before the regex).
_SHIFT_GATES = (("shift",), ("8s", "9s", "10s", "12s", "8's", "9's", "10's", "12's"), ("x", "×"))


def _shifts(text: str) -> tuple[float, float] | None:
    low = text.lower()
    for rx, gate in zip(_SHIFT_RES, _SHIFT_GATES):
        m = rx.search(text) if any(g in low for g in gate) else None
        if m:
            h = _count(m.group(1)) * float(m.group(2))
            if _ok(h):
                return h, h
    return None


def _days_times_hours(text: str) -> tuple[float, float] | None:
    m = _DAY_HOURS.search(text)
    if m:
        h = _num(m.group(1)) * _count(m.group(2))
    else:
        m = _DAYS_HOURS.search(text)
        if not m:
            return None
        h = _count(m.group(1)) * _num(m.group(2))
    return (h, h) if _ok(h) else None


def _clock(hour: str, minute: str | None, ampm: str | None) -> float:
    h = float(hour) % 12 if ampm else float(hour)
    if ampm and ampm.lower().startswith("p"):
        h += 12
    return h + (float(minute) / 60 if minute else 0.0)


def _window(text: str) -> tuple[float, float] | None:
    m = _WINDOW.search(text)
    if not m:
        return None
    d1, d2 = _DAYS.index(m.group(1).lower()), _DAYS.index(m.group(2).lower())
    days = (d2 - d1) % 7 + 1
    start = _clock(m.group(3), m.group(4), m.group(5))
    end = _clock(m.group(6), m.group(7), m.group(8))
    if end <= start and not m.group(8):
        end += 12  # "9–1": one in the afternoon
    span = end - start
    if not 1 <= span <= 12:
        return None
    h = days * min(span, 8.0)  # a full-day window ("8:00 – 17:00") holds a meal break: 8 h
    return (h, h) if _ok(h) else None


def _fte(text: str) -> tuple[float, float] | None:
    for rx in _FTE_RES:
        m = rx.search(text)
        if m:
            f = float(m.group(1))
            if 0 < f <= 1:
                h = round(f * FULL_TIME_WEEKLY_HOURS, 2)
                return h, h
    return None


def _percent(text: str) -> tuple[float | None, float | None] | None:
    for rx in _PCT_RES:
        m = rx.search(text)
        if m:
            lo, hi = float(m.group(1)), float(m.group(2) or m.group(1))
            if 10 <= lo <= 100 and 10 <= hi <= 100:
                return _pair(lo * FULL_TIME_WEEKLY_HOURS / 100, hi * FULL_TIME_WEEKLY_HOURS / 100, None)
    return None


def _half(text: str) -> tuple[float, float] | None:
    for rx, h in _HALF_RES:
        if rx.search(text):
            return h, h
    return None


#: The rules in order, each with the words (lower case) without which it cannot match: a plain
#: substring test skips a rule's regexes on most descriptions (0.2 ms instead of 1 ms a posting).
_RULES = (
    (_weekly_stated, ("week", "woche", "wk", "semaine", "hours", "hrs", "time", "zeit")),
    (_shifts, ("shift", "8s", "9s", "10s", "12s", "8's", "9's", "10's", "12's", "x", "×")),
    (_days_times_hours, ("day",)),
    (_window, ("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    (_fte, ("fte",)),
    (_percent, ("%",)),
    (_half, ("half", "halb", "temps", "quarter")),
)


def _from_text(text: str) -> tuple[float | None, float | None] | None:
    low = text.lower()
    for rule, words in _RULES:
        if any(w in low for w in words):
            got = rule(text)
            if got is not None:
                return got
    return None


def _structured(value: Any) -> tuple[float | None, float | None] | None:
    """A board's hours field: a number (``hoursPerWeek`` 40), a text (schema.org ``workHours``
    "20-30 hours per week"; "8am-5pm" and "1st shift" give None) or a list of either."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _pair(float(value), None, None)
    if isinstance(value, (list, tuple)):
        for v in value:
            got = _structured(v)
            if got is not None:
                return got
        return None
    if isinstance(value, str):
        s = value[:2000]
        return _weekly_stated(s) or _shifts(s) or _fte(s) or _percent(s) or _half(s)
    return None


def weekly_hours(text: str | None = None, *, title: str | None = None,
                 work_hours: Any = None) -> tuple[float | None, float | None] | None:
    """The weekly hours a posting states: ``(low, high)`` hours a week (either may be None, not
    both), or ``None`` when it states none (module doc: which phrases, why each end of a range).

    ``work_hours`` (a board's structured field) wins; else the title, then ``text`` (the plain
    description). Never raises."""
    try:
        got = _structured(work_hours)
        if got is None and title:
            got = _from_text(str(title)[:2000])
        if got is None and text:
            got = _from_text(str(text)[:_MAX_TEXT])
    except (ValueError, TypeError, IndexError):  # pragma: no cover - defensive: junk is None
        return None
    if got is None:
        return None
    lo, hi = got
    return (None if lo is None else round(lo, 2), None if hi is None else round(hi, 2))


def yearly_hours(low: float | None, high: float | None) -> tuple[float, float] | None:
    """Hours a year for the low end and the top of an hourly pay range at ``low``–``high`` hours a
    week (each × 52); an unknown end is full time (40 h) unless the known end says otherwise
    ("up to 29": 29 for both; "at least 20": 20 and 40). None when neither is known (callers keep
    ``normalize.salary.HOURS_PER_YEAR``)."""
    if low is None and high is None:
        return None
    lo = low if low is not None else min(high, FULL_TIME_WEEKLY_HOURS)
    hi = high if high is not None else max(low, FULL_TIME_WEEKLY_HOURS)
    return lo * WEEKS_PER_YEAR, hi * WEEKS_PER_YEAR


def _h(v: float) -> str:
    return f"{v:g}"


def hours_text(low: float | None, high: float | None) -> str:
    """``"24–32 h/week"``, ``"20 h/week"``, ``"up to 29 h/week"``, ``"at least 20 h/week"``;
    ``""`` when neither is known."""
    if low is None and high is None:
        return ""
    if low is None:
        return f"up to {_h(high)} h/week"
    if high is None:
        return f"at least {_h(low)} h/week"
    return f"{_h(low)} h/week" if low == high else f"{_h(low)}–{_h(high)} h/week"


def with_hours(salary_label: str, low: float | None, high: float | None) -> str:
    """A salary label with the posting's hours after it: ``"USD 25–30 / hour · 24–32 h/week"``
    (the label unchanged when no salary or no hours)."""
    h = hours_text(low, high)
    return f"{salary_label} · {h}" if salary_label and h else salary_label


def yearly_pay(lo: float | None, hi: float | None, period: str | None, hours_min: float | None,
               hours_max: float | None) -> tuple[float, float] | None:
    """An hourly range a year at the stated hours, in its own currency, each end on its own
    (:func:`yearly_hours`; a lone rate gives both ends): ``(25, 30, "hour", 24, 32)`` →
    ``(31200.0, 49920.0)``. None when the pay is not hourly, unknown, or no hours are stated."""
    hours = yearly_hours(hours_min, hours_max) if period == "hour" else None
    if hours is None or (lo is None and hi is None):
        return None
    return (lo if lo is not None else hi) * hours[0], (hi if hi is not None else lo) * hours[1]


def salary_label(lo: float | None, hi: float | None, currency: str | None, period: str | None,
                 hours_min: float | None, hours_max: float | None, *, yearly: bool = False) -> str:
    """The salary a Jobs card or detail shows (``normalize.salary.salary_text``) with the posting's
    hours: ``"USD 25–30 / hour · 24–32 h/week"``; with ``yearly`` (the detail page) an hourly rate
    adds its year at those hours: ``"… · 24–32 h/week ≈ USD 31,200–49,920 / year"``. ``""`` when
    the posting states no salary."""
    from .salary import salary_text

    label = with_hours(salary_text(lo, hi, currency, period), hours_min, hours_max)
    year = yearly_pay(lo, hi, period, hours_min, hours_max) if yearly and label else None
    if year is not None:
        label += " ≈ " + salary_text(year[0], year[1], currency, "year")
    return label
