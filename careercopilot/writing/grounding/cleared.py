"""Flags cleared after every check ran: supported restatements the detectors read as claims (session 24, ground53;
set 20's false flags, one kind each — variants in ``tests/unit/writing/test_grounding_set20_forms.py``).

=================  ================================================================================
kind               cleared when (module)
=================  ================================================================================
``employer``       a country the resume implies, named as a place ("a licensed land surveyor in
                   Poland"), or a school of a resume line in English/exonym form ("Cracow University
                   of Economics"): :mod:`.place_claims`
``scale``          one's own practice of a self-employed resume ("run my own surveying practice"),
                   "nationally certified" for a national credential: :mod:`.standing_claims`
``certification``  every word of the credential on one raw resume line ("U.S. Department of
                   Labor" cut the prepared line): :mod:`.line_reads`
``number``         a time counted from an event the resume line states ("fifteen months after
                   completion"), a count of the states a line lists ("in three states" for "FL,
                   GA and TX"): :mod:`.line_reads`
=================  ================================================================================

A flag is only ever removed here, each by a rule that also keeps its unsupported twin flagged.
"""

from __future__ import annotations

from careercopilot.writing.grounding import line_reads, place_claims, standing_claims
from careercopilot.writing.grounding.facts import Flag, SourceFacts


#: The one detector's message each rule answers (a flag of the same kind from another check — a pending credential, a
#: credential code, work at the wrong employer — says something else and is never cleared here).
_MESSAGES = {"employer": "This name is not in your resume.", "scale": "Your resume does not describe work at this scope.",
             "certification": "Your resume lists no such certification.", "number": "This number is not in your resume."}


def _cleared(f: Flag, text: str, facts: SourceFacts, raw: list[str]) -> bool:
    if f.message != _MESSAGES.get(f.kind):
        return False
    if f.kind == "employer":
        return (place_claims.implied_country(text, f.start, f.end, facts.original)
                or place_claims.school_form(text, f.start, f.end, raw))
    if f.kind == "scale":
        return (standing_claims.own_practice(f.text, [e.header for e in facts.history], facts.text)
                or standing_claims.national_credential(text, f.start, f.end, raw))
    if f.kind == "certification":
        return line_reads.credential_on_line(f.text, raw)
    if f.kind == "number":
        return (line_reads.time_after_event(text, f.start, facts.lines)
                or line_reads.listed_count(text, f.start, facts.text.splitlines()))
    return False


def keep(text: str, facts: SourceFacts, flags: list[Flag]) -> list[Flag]:
    """``flags`` without those the module doc clears."""
    raw = facts.text.splitlines()
    return [f for f in flags if f.source != "rule" or not _cleared(f, text, facts, raw)]
