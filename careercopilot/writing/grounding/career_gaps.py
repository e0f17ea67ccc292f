"""Claims of time away from work, read as claims about the resume's dates (trial126: interview prep asked
"Your resume shows time away from paid work since your last role" of a woman whose current job runs
"March 2019 – Present", and the checker passed it).

Claims (English; case-insensitive):

* a return — "time away from (paid) work", "time off from work", "returning to work / the workforce",
  "out of work since": supported when the resume's roles end more than a year before today
  (:func:`careercopilot.writing.interview_path.history_breaks`, ``return``);
* a gap — "a gap between two roles", "a gap in your work history", "employment gap", "career break":
  supported by a return or by two roles more than a calendar year apart (``gap``).

Either is supported when the resume writes a break in words ("Career break — 2021–2023", "Sabbatical",
"Family leave", "full-time caregiver"). Spans: ``(start, end)`` of the claim phrase in the document.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import SourceFacts

_RETURN = re.compile(r"(?i)\btime (?:away|off) from (?:paid )?work\b|\b(?:return(?:ing)?|coming back) to "
                     r"(?:paid )?(?:work|the workforce)\b|\bout of (?:paid )?work since\b")
_GAP = re.compile(r"(?i)\bgaps? (?:between|in) (?:(?:two|your|my|the|these) )?(?:roles|jobs|positions|employment|"
                  r"(?:work |employment |career )?history|career)\b|\b(?:employment|career|resume|résumé|work) gaps?\b|"
                  r"\bcareer break\b")
#: A break the resume itself writes (as :data:`careercopilot.writing.resume_facts._NOT_A_JOB` reads one).
_WRITTEN_BREAK = re.compile(r"(?i)\b(?:career|employment|planned)\s+(?:break|gap|pause)|\bsabbatical\b|"
                            r"\b(?:medical|family|parental|maternity|paternity|caregiving)\s+leave\b|\bcaregiver\b|"
                            r"\btime away\b|\breturn(?:ing)? to (?:work|the workforce)\b|\breturnship\b")


def _claims(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "return") for m in _RETURN.finditer(text)] + [
        (m.start(), m.end(), "gap") for m in _GAP.finditer(text)]


def claim_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every return or gap claim: read whole here, so their words are no figure ("a gap between
    two roles": "two" is no count of the resume's)."""
    return [(s, e) for s, e, _ in _claims(text)]


def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of ``text`` claiming a return or a gap the resume's dates do not show (module doc)."""
    claims = _claims(text)
    if not claims or _WRITTEN_BREAK.search(facts.original):
        return []
    from careercopilot.writing.interview_path import history_breaks
    from careercopilot.writing.resume_facts import roles

    back, gap = history_breaks(roles(facts.original), facts.today.year)
    return [(s, e) for s, e, kind in claims if not (back or (kind == "gap" and gap))]
