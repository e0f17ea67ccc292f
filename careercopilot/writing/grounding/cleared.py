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
                   "grade 3", "Type 4") a line writes on the same scale: :mod:`.level_figures`; a
                   figure inside a glossary credential ("six-pack licence"): :mod:`.credential_glossary`
``certification``  (also) an English name of a credential the resume writes in its language or short
                   form ("master craftsman's certificate" / "Meisterbrief", "PGCert"):
                   :mod:`.credential_glossary`
``date``           a date of such a credential's line ("since March 2016" / "seit 03/2016"):
                   :mod:`.credential_glossary`
``title``          the trade after such a credential ("a trade certificate as an automation
                   technician"): :mod:`.credential_glossary`
``employer``       (also) "US"/"UK" naming a unit ("US gallons"): :mod:`.unit_conversions`
=================  ================================================================================

A flag is only ever removed here, each by a rule that also keeps its unsupported twin flagged.
"""

from __future__ import annotations

from careercopilot.writing.grounding import (
    credential_glossary, level_figures, line_reads, name_forms, national_credentials, place_claims, standing_claims, unit_conversions,
)
from careercopilot.writing.grounding.facts import Flag, SourceFacts


#: The one detector's message each rule answers (a flag of the same kind from another check — a pending credential, a
#: credential code, work at the wrong employer — says something else and is never cleared here).
_MESSAGES = {"employer": "This name is not in your resume.", "scale": "Your resume does not describe work at this scope.",
             "certification": "Your resume lists no such certification.", "number": "This number is not in your resume."}
#: The number check's message for a figure the resume gives with another value on the same unit ("Level 4" read as
#: a count of levels).
_OTHER_NUMBER = "Your resume gives another number for this."
#: The date check's message for a month-year no line gives what the sentence is about.
_NO_SUCH_DATE = "Your resume gives no such date for this."
#: The title check's message for a title no history entry holds.
_NEVER_HELD = "You never held this title according to your resume."


def _cleared(f: Flag, text: str, facts: SourceFacts, raw: list[str]) -> bool:
    if f.kind == "number" and f.message in (_MESSAGES["number"], _OTHER_NUMBER) and level_figures.level_on_line(
            text, f.start, f.end, raw):
        return True  # "MBO level 4" for "MBO-4", "at Level 4" for "(Level 4)": a scale's figure (:mod:`.level_figures`)
    if f.kind == "date" and (f.message == _NO_SUCH_DATE or f.message.startswith("Your resume does not give ")):
        # "my master craftsman's certificate … since March 2016" for "Meisterbrief … — seit 03/2016" (ground98)
        return credential_glossary.dated(text, f.start, f.end, raw, facts.original)
    if f.kind == "title" and f.message == _NEVER_HELD:  # "a trade certificate as an automation technician" (ground98)
        return credential_glossary.trade_of_credential(text, f.start, raw, facts.original)
    if f.message != _MESSAGES.get(f.kind):
        return False
    if f.kind == "employer":
        return (place_claims.implied_country(text, f.start, f.end, facts.original)
                or place_claims.school_form(text, f.start, f.end, raw)
                or name_forms.same_city(f.text, facts.original) or name_forms.region_form(f.text, facts.original)
                or name_forms.glued_form(f.text, facts.original) or name_forms.national_initials(f.text, facts.original)
                or unit_conversions.unit_qualifier(text, f.start, f.end))  # "US gallons" (ground98)
    if f.kind == "scale":
        return (standing_claims.own_practice(f.text, [e.header for e in facts.history], facts.text)
                or standing_claims.national_credential(text, f.start, f.end, raw))
    if f.kind == "certification":
        return line_reads.credential_on_line(f.text, raw) or national_credentials.named_on_line(
            f.text, facts.original, raw) or credential_glossary.named(text, f.start, f.end, raw, facts.original)
    if f.kind == "number":
        return (line_reads.time_after_event(text, f.start, facts.lines)
                or line_reads.listed_count(text, f.start, facts.text.splitlines())
                or credential_glossary.named(text, f.start, f.end, raw, facts.original))  # "six-pack licence" (ground98)
    return False


def keep(text: str, facts: SourceFacts, flags: list[Flag]) -> list[Flag]:
    """``flags`` without those the module doc clears."""
    raw = facts.text.splitlines()
    return [f for f in flags if f.source != "rule" or not _cleared(f, text, facts, raw)]
