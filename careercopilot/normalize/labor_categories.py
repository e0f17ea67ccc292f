"""Rungs of government-contractor labor categories (issue 11, fam95: blind15 p16 "Analyst 3", p17 "SME II").

Why: a federal contractor's title is its contract labor category (LCAT), a billing level rather
than a ladder rung: "Analyst 1/2/3", "Engineer 2", "SME I/II/III", "Subject Matter Expert II".
The Arabic numeral after the head was read as no rung at all ("Analyst 3" fell to the years), and
"SME II" read "II" = mid — but a subject-matter expert is the senior category by definition.

Rules (:data:`LCAT_RUNGS`, ``(pattern, level)``, first match wins; read by
``level_reading.TITLE_RUNGS`` for postings and resumes alike):

* **SME / Subject Matter Expert** (GSA MAS and OASIS LCAT descriptions: "SME I — 3+ years of
  specialty experience", "SME II — 7+", "SME III — 10+"; all individual contributors; the blind15
  curator's note: SME II = 7+ years, not a manager) → senior through level III; level IV and up,
  or "Lead SME" / "Principal SME", → lead.
* **"<head> <digit>"** ("Analyst 3", "Engineer 2", "Consultant 1", "Program Analyst 4"): the digit
  is the category's level on the usual four-step contract ladder (junior, journeyman, senior,
  lead/expert — GSA Professional Services Schedule LCAT templates: level 1 = 0–2 years, 2 = 3–5,
  3 = 5–8+ and may lead a task, 4 = 10+ and leads staff) → entry, mid, senior, lead. Only after an
  individual contributor's head and at the end of the title or before a qualifier (" - ", ",", "(",
  "/"), so "Analyst 3 (LCAT: …)" is read and "Engineer 2nd Class", "Building 3 Manager" are not.
Shapes: lower-case title in, level string out through ``TITLE_RUNGS``.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Heads of contract labor categories that take a level digit.
_LCAT_HEAD = (r"(?:analyst|engineer|consultant|specialist|developer|administrator|scientist|architect|"
              r"planner|writer|technician|programmer|designer|tester|auditor|accountant|economist|statistician|"
              r"researcher|trainer|instructor|editor|coordinator|associate)")
#: Where the level digit may end: the title's end or a qualifier.
_END = r"(?=\s*(?:$|[-–—,(/|:;]|\bat\b|\bfor\b))"
_SME = r"(?:sme|subject[- ]matter[- ]expert)"

LCAT_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"\b(?:lead|principal|chief|senior lead)\s+" + _SME + r"\b|\b" + _SME + r"\s*(?:iv|v|4|5|lead)\b"), "lead"),
    (_rx(r"\b(?:senior\s+|sr\s+|junior\s+|jr\s+)?" + _SME + r"(?:\s*(?:i|ii|iii|1|2|3)\b|" + _END + r"|\s*[-–—(,])"),
     "senior"),
    (_rx(r"\b" + _LCAT_HEAD + r"\s+1" + _END), "entry"),
    (_rx(r"\b" + _LCAT_HEAD + r"\s+2" + _END), "mid"),
    (_rx(r"\b" + _LCAT_HEAD + r"\s+3" + _END), "senior"),
    (_rx(r"\b" + _LCAT_HEAD + r"\s+[45]" + _END), "lead"),
)

__all__ = ["LCAT_RUNGS"]
