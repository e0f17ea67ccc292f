"""Flags cleared after :mod:`.cleared`: restatements a reader derives from one resume line — a count of months or
seasons from its date range, a school year "2025–26" (:mod:`.time_counts`); a partitive "one of five", a fraction
"two thirds" of two figures on a line, a change's percentage (:mod:`.line_ratios`); a degree being studied named
at its school (:mod:`.study_claims`) — ground143, set 28's false flags.

A flag is only removed by a rule that keeps its unsupported twin flagged (a count no range gives, a share no pair
of figures gives, a school the resume never names).
"""

from __future__ import annotations

from careercopilot.writing.grounding import line_ratios, study_claims, time_counts
from careercopilot.writing.grounding.facts import Flag, SourceFacts

#: The number check's messages (a figure absent from the resume; a figure the resume gives another value for).
_NUMBER = ("This number is not in your resume.", "Your resume gives another number for this.")
#: The scale check's message ("26 school" read as a count of schools).
_SCALE = "This overstates the scale your resume gives."


def _cleared(f: Flag, text: str, facts: SourceFacts) -> bool:
    raw = facts.text.splitlines()
    if f.kind in ("number", "scale") and (f.message in _NUMBER or f.message == _SCALE):
        if time_counts.school_year(text, f.start, f.end) or time_counts.range_count(text, f.start, f.end, raw):
            return True  # ("three harvests" read as a count of harvests beyond the resume's)
    if f.kind == "number" and f.message in _NUMBER:
        return (line_ratios.partitive(text, f.start, f.end)
                or line_ratios.line_ratio(text, f.start, f.end, raw))
    if f.kind in ("employer", "title", "degree"):
        return study_claims.studied(f, text, facts)
    return False


def keep(text: str, facts: SourceFacts, flags: list[Flag]) -> list[Flag]:
    """``flags`` without those the module doc clears."""
    return [f for f in flags if f.source != "rule" or not _cleared(f, text, facts)]
