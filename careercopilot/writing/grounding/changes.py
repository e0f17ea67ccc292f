"""Changes stated as a pair: "from 31% to 12%", "from 9 days to 6", "from 6 hours to 45 minutes".

The numbers check (:mod:`.numbers`) asks whether each number occurs in the resume; a writer who
alters one end of a before/after pair usually lands on a number the resume has elsewhere ("from 9
days to 2" when the resume says "from 9 days to 4" and "2 recruiters" on another line). A change
is one claim, so its two ends are checked together:

* a **change** is "from A [unit] to B [unit]" (also "down/up from A to B"), A and B numbers with an
  optional "%" or a unit of time or quantity; B's missing unit is A's ("from 9 days to 6");
* when a resume line about the same thing (a shared content word) states a change from the same A
  (same value, same unit), some such line must
  end at the same B — values compared in one unit for times (minutes, hours, days, weeks, months,
  years: "45 minutes" is not "1.5 hours"); otherwise B is flagged (kind ``number``);
* a change from an A no resume line starts a change from is left to the numbers check.

Rule written for session 10 from before/after phrasing of resumes ("reduced X from A to B",
"cut X from A to B", "X fell from A to B"); variants in ``tests/unit/writing/test_grounding_changes.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = (r"(%|\s*percent\b|\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
         r"business\s+days|working\s+days))?")
CHANGE_RE = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£₹]?" + _NUM + _UNIT
                       + r"\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|roughly\s+|under\s+|just\s+)?[$€£₹]?"
                       + _NUM + _UNIT)
#: Minutes per unit of time.
_MINUTES = {"second": 1 / 60, "sec": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440,
            "business day": 1440, "working day": 1440, "week": 10080, "month": 43800, "year": 525600}


@dataclass(frozen=True)
class Change:
    """A change ``text[start:end]`` from ``a`` to ``b`` (values in ``unit``); ``b_start``/``b_end``
    locate B's number."""

    start: int
    end: int
    a: float
    b: float
    unit: str
    b_start: int
    b_end: int


def _unit(raw: str | None) -> str:
    u = re.sub(r"\s+", " ", (raw or "").strip().lower())
    if u in ("%", "percent"):
        return "%"
    u = re.sub(r"s$", "", u)
    return u


def _value(num: str, unit: str) -> tuple[float, str]:
    v = float(num.replace(",", ""))
    if unit in _MINUTES:
        return v * _MINUTES[unit], "time"
    return v, unit


def changes(text: str) -> list[Change]:
    """The changes of ``text`` (see the module doc)."""
    out = []
    for m in CHANGE_RE.finditer(text):
        ua, ub = _unit(m.group(2)), _unit(m.group(4))
        ua, ub = ua or ub, ub or ua
        a, unit_a = _value(m.group(1), ua)
        b, unit_b = _value(m.group(3), ub)
        if unit_a != unit_b:
            continue  # "from 40 stores to 120 SKUs": not one quantity
        out.append(Change(m.start(), m.end(), a, b, unit_a, m.start(3), m.end(3)))
    return out


def unsupported_ends(text: str, lines: list[str]) -> list[Change]:
    """Changes of ``text`` whose start a resume line states with another end."""
    from careercopilot.writing.grounding.context import content_words

    have = [(c, content_words(line)) for line in lines for c in changes(line)]
    out = []
    for c in changes(text):
        topic = content_words(text)
        same_start = [h for h, words in have if h.unit == c.unit and abs(h.a - c.a) < 1e-9 and words & topic]
        if same_start and not any(abs(h.b - c.b) < 1e-9 for h in same_start):
            out.append(c)
    return out
