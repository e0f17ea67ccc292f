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
                   Labor" cut the prepared line): :mod:`.line_reads`; a national credential
                   named in English or by its code ("CACES forklift licence"):
                   :mod:`.national_credentials`
``number``         a time counted from an event the resume line states ("fifteen months after
                   completion"), a count of the states a line lists ("in three states" for "FL,
                   GA and TX"): :mod:`.line_reads`; a figure on a scale ("level 4",
                   "grade 3") a line writes on the same scale: :mod:`.level_figures`
=================  ================================================================================

A flag is only ever removed here, each by a rule that also keeps its unsupported twin flagged.
"""

from __future__ import annotations

from careercopilot.writing.grounding import (
    level_figures, line_reads, name_forms, national_credentials, place_claims, standing_claims,
)
from careercopilot.writing.grounding.facts import Flag, SourceFacts


#: The one detector's message each rule answers (a flag of the same kind from another check — a pending credential, a
#: credential code, work at the wrong employer — says something else and is never cleared here).
_MESSAGES = {"employer": "This name is not in your resume.", "scale": "Your resume does not describe work at this scope.",
             "certification": "Your resume lists no such certification.", "number": "This number is not in your resume."}
#: The number check's message for a figure the resume gives with another value on the same unit ("Level 4" read as
#: a count of levels).
_OTHER_NUMBER = "Your resume gives another number for this."


def _cleared(f: Flag, text: str, facts: SourceFacts, raw: list[str]) -> bool:
    if f.kind == "number" and f.message in (_MESSAGES["number"], _OTHER_NUMBER) and level_figures.level_on_line(
            text, f.start, f.end, raw):
        return True  # "MBO level 4" for "MBO-4", "at Level 4" for "(Level 4)": a scale's figure (:mod:`.level_figures`)
    if f.message != _MESSAGES.get(f.kind):
        return False
    if f.kind == "employer":
        return (place_claims.implied_country(text, f.start, f.end, facts.original)
                or place_claims.school_form(text, f.start, f.end, raw)
                or name_forms.same_city(f.text, facts.original) or name_forms.region_form(f.text, facts.original)
                or name_forms.glued_form(f.text, facts.original) or name_forms.national_initials(f.text, facts.original))
    if f.kind == "scale":
        return (standing_claims.own_practice(f.text, [e.header for e in facts.history], facts.text)
                or standing_claims.national_credential(text, f.start, f.end, raw))
    if f.kind == "certification":
        return line_reads.credential_on_line(f.text, raw) or national_credentials.named_on_line(
            f.text, facts.original, raw)
    if f.kind == "number":
        return (line_reads.time_after_event(text, f.start, facts.lines)
                or line_reads.listed_count(text, f.start, facts.text.splitlines()))
    return False


def keep(text: str, facts: SourceFacts, flags: list[Flag]) -> list[Flag]:
    """``flags`` without those the module doc clears."""
    raw = facts.text.splitlines()
    return [f for f in flags if f.source != "rule" or not _cleared(f, text, facts, raw)]
