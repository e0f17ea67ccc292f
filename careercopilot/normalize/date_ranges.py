"""Date ranges of resume history lines, one pattern for every reader of a resume: the resume parser
(:mod:`careercopilot.normalize.resume_fields`: experience years, titles) and the grounding checker
(:mod:`careercopilot.writing.grounding.context`: history entries). Stdlib only.

:data:`RANGE_RE` matches "March 2019 – Present", "Mar. 2019 - Jun 2021", "March, 2019 to June, 2021",
"06/2017 - 02/2019", "06 / 2017 – now", "2012 to 2016", "2017-01 → 2018-05" (ISO 8601 months, an arrow),
"Summer 2017 – Winter 2020", "01.03.2021 - present" and "15/03/2018 – 31/05/2019" (the day first, as outside
North America), "1 April 2022 – 31 May 2023", "2022.07 ~ present" and "2016/09 - 2019/02" (East Asian
resumes), "Aug 2021 to date", "01/2020 - till date", "Jan 2015 through Dec 2018", "(Mar 2019 - ongoing)",
"2019 – currently", "2023 - presant" (the open end misspelled); or an open start alone at the end of a header after a dash, pipe, comma or colon:
"Section Commander - since 1 April 2022" (group ``since``; the end is today).

Groups per point (prefix ``s`` start, ``e`` end): ``{p}m`` a month name or season, ``{p}n`` a month number
before the year, ``{p}y`` the year, ``{p}i`` a month number after the year; ``present`` an open end.
:func:`point_month` reads the month (1–12) of a point, ``None`` for a year or a season alone.
"""

from __future__ import annotations

import re

__all__ = ["RANGE_RE", "MONTH", "YEAR", "point_month", "runs_to_present"]

#: A month name or its abbreviation (English; the grounding checker reads other languages' months in
#: English form first: :mod:`careercopilot.writing.grounding.locale_forms`).
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
#: A year of a working life: 1950–2039.
YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
#: Seasons before a year in academic and seasonal histories ("Spring 2015 – Fall 2016"): no month.
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
#: A point of a range: a month name (after an optional day: "1 April 2022"; a comma may follow it: "March,
#: 2019"), a month number before the year ("06/2017", "06 / 2017", "09.2017", or day.month.year "01.03.2021"
#: / "15/03/2018") or after it ("2017-01" ISO, "2016/09", "2012.04").
_POINT = (r"(?:(?:\d{{1,2}}\.?\s+)?(?P<{p}m>{mo}),?\s+|(?:\d{{1,2}}[./])?(?P<{p}n>\d{{1,2}})[ ]?[/.][ ]?)?(?P<{p}y>{y})"
          r"(?:[-/.](?P<{p}i>0[1-9]|1[0-2])(?![\d/.]))?")
RANGE_RE = re.compile(
    r"(?i)(?:(?<=[-–—|,:] )(?P<since>since)\s+)?\b"
    + _POINT.format(p="s", mo=f"(?:{MONTH}|{_SEASON})", y=YEAR)
    + r"(?:\s*(?:–|—|-|→|->|~|to|until|till|through|thru)\s*(?:"
    + _POINT.format(p="e", mo=f"(?:{MONTH}|{_SEASON})", y=YEAR)
    # (the open end misspelled as resumes write it: "presant", "presnt", "pressent", "curent"; session 31, blind18 t06)
    + r"|(?P<present>present|pres[ae]?n?t(?<!\bprest)|pressent|presnet|prsent|presen|current(?:ly)?|cur+ent|currnet|"
    r"now|today|ongoing|(?:to\s+|till\s+)?date)\b)"
    # (an open start may carry a gloss in parentheses before the line ends: "sinds maart 2020 (since March 2020)")
    + r"|(?(since)(?=[ \t]*\)?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:\n|$))|(?!)))"
)

_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def point_month(match: re.Match[str], p: str) -> int | None:
    """The month (1–12) of the start (``p="s"``) or end (``p="e"``) point of a :data:`RANGE_RE` match, or
    ``None`` when the point gives a year (or a season) only."""
    number = match.group(f"{p}n") or match.group(f"{p}i")
    if number:
        return int(number) if 1 <= int(number) <= 12 else None
    name = match.group(f"{p}m")
    return _MONTH_NUMBERS.get(name.lower()[:3]) if name else None


#: An end that is today, past :data:`RANGE_RE`'s reach: "Pres." abbreviated, an open range ("March 2019 –",
#: "2019–", "(2019 – )": the dash then nothing but a separator or the line's end) and "Since 2019" opening a
#: line (trial126: a current job whose dates read as ended in 2019 gave a "time away from paid work" question).
_OPEN_END = re.compile(
    r"(?i)\bpres\.|" + YEAR + r"(?:[-/.](?:0[1-9]|1[0-2]))?\s*[-–—]\s*(?:$|[)|\t•·]|\s{2,})|"
    r"(?:^|[(|\t•·]\s*)since\s+(?:" + MONTH + r",?\s+)?" + YEAR + r"\b")


def runs_to_present(line: str) -> bool:
    """Whether a history line's dates run to today: a range ending "Present"/"Current"/"Now"/"today"/
    "ongoing"/"to date" or an open "since" start (:data:`RANGE_RE` groups ``present``/``since``), "Pres.",
    an open range ("2019 –", "(2019 – )") or "Since 2019" at the line's start or after a separator."""
    if any(m.group("present") or m.group("since") for m in RANGE_RE.finditer(line)):
        return True
    return bool(_OPEN_END.search(line))
