"""Public-sector titles that put the role first and the unit it serves after ("Analyst FIRE", "Unit Head
CORRECTION", "Analyst DEPARTMENT OF ENVIRONMENTAL PROTECTION", "Supervising Analyst / Unit Head Accounting
Services") — read by their role word, not the unit's (issue 11, session 49).

Source of the shape: the New York City Office of Management and Budget posts every analyst vacancy as
"<civil-service role> <unit>", the unit being the OMB unit that reviews one agency's budget, and its
descriptions open with the header ``TASK FORCE: … UNIT: <unit> JOB TITLE: <role> …``. Read word by word, the
unit's words voted the family: "CORRECTION" read as a corrections supervisor (33-1011), "DEPARTMENT OF
ENVIRONMENTAL PROTECTION" as a loss-prevention specialist (33-9099.02), "MONITORING AND COMPLIANCE" as an
environmental-science technician (19-4042) — a budget analyst ranked for a correction officer (blind10 j29).

:func:`unit_title` splits such a title into (roles, unit) when it starts with a role of :data:`ROLE_FIRST`
("Analyst", "Assistant/Senior/Supervising/Principal Analyst", "Budget Analyst", "Budget Examiner", "Unit
Head", "Unit Chief", "Section Chief"; several joined by "/") followed by a unit that is either named as the
posting's unit by its description ("UNIT: Correction", "OMB's Fire Unit", "The Correction Unit") or is a
public agency's name (:data:`AGENCIES`: correction, police, fire, sanitation, education, health, …, with an
optional "Department of"). A level ("Analyst II"), a second role ("Analyst Programmer", "Analyst Intern")
or a unit the text never names is not this shape.

:func:`unit_title_reading` then reads the posting (``Occupation`` fields as ``occupations.Occupation``):

* the unit names a function (the unit followed by "Analyst" reads by an exact or suffix title: "Accounting
  Services" → 13-2031 budget analysts, "Monitoring and Compliance" → 13-1199 business operations
  specialists, policy/program) → that function's code, method ``"unit_function"``;
* else the description says budget work (:data:`BUDGET_WORK` at least :data:`BUDGET_MIN` times: "budget",
  "budgets", "budgetary", "Office of Management and Budget") → 13-2031 Budget Analysts, method
  ``"unit_budget"`` (families.md: finance holds budget analysts);
* else None (the caller reads the rest of the title's words as before).

The level is always the caller's (the whole title's). Counts on the issue-11 postings before this module:
6 titles of the shape (all OMB), 4 misread (3 public safety, 1 science; 1,143 → 1,147 of
1,345 read in their labeled family); the test table (tests/unit/normalize/test_occupation_unit_titles.py) 10 of 11. Pure; no I/O; never raises.
"""
from __future__ import annotations

import re

__all__ = ["AGENCIES", "BUDGET_MIN", "BUDGET_WORK", "ROLE_FIRST", "unit_title", "unit_title_reading"]

_ROLE = (r"(?:(?:assistant|associate|senior|supervising|principal|lead)\s+)?(?:budget\s+)?(?:analyst|examiner)"
         r"|unit\s+(?:head|chief)|section\s+(?:head|chief)")
#: The role-first head: one role or several joined by "/" ("Supervising Analyst / Unit Head").
ROLE_FIRST = re.compile(rf"^\s*(?P<roles>(?:{_ROLE})(?:\s*/\s*(?:{_ROLE}))*)\s*[-,:–]?\s+(?P<unit>\S.*?)\s*$",
                        re.I)

#: Public agencies (city, county, state) a budget or policy unit reviews; matched whole, lower-cased, after an
#: optional "department of"/"dept of"/"office of"/"nyc" and with "&" read as "and".
AGENCIES = frozenset({
    "correction", "corrections", "probation", "police", "fire", "sanitation", "education", "health",
    "health and hospitals", "health and mental hygiene", "mental hygiene", "housing", "housing authority",
    "homeless services", "social services", "human resources administration", "children's services",
    "childrens services", "administration for children's services", "transportation", "environmental protection",
    "parks", "parks and recreation", "buildings", "finance", "cultural affairs", "culturals", "libraries",
    "youth and community development", "aging", "small business services", "city planning",
    "emergency management", "economic development", "design and construction", "information technology",
    "citywide administrative services", "courts", "district attorneys", "public safety", "criminal justice",
    "housing preservation and development", "public health", "human services", "juvenile justice",
})
_AGENCY_PREFIX = re.compile(r"^(?:the\s+)?(?:nyc\s+|new york city\s+)?(?:(?:department|dept\.?|office|bureau)\s+(?:of|for)\s+"
                            r"(?:the\s+)?)?", re.I)

#: Budget work named by the description (a posting of a budget office says it in its header and duties).
BUDGET_WORK = re.compile(r"\bbudget(?:s|ary|ing)?\b", re.I)
BUDGET_MIN = 3


def _agency(unit: str) -> bool:
    key = re.sub(r"\s+", " ", unit.lower().replace("&", " and ")).strip(" .,")
    key = _AGENCY_PREFIX.sub("", key).strip()
    return key in AGENCIES


def _named_unit(unit: str, description: str) -> bool:
    u = re.escape(re.sub(r"\s+", " ", unit.strip()))
    u = u.replace(r"\ ", r"\s+")
    return bool(re.search(rf"\bUNIT:\s*{u}\b", description, re.I) or re.search(rf"\b{u}\s+Unit\b", description, re.I))


def unit_title(title: str, description: str = "") -> tuple[str, str] | None:
    """(roles, unit) of a role-first unit title (module doc), else None. ``title`` as posted."""
    m = ROLE_FIRST.match(title or "")
    if m is None:
        return None
    unit = m.group("unit")
    if not re.search(r"[A-Za-z]{3,}", unit) or re.match(r"(?i)(?:level\b|[ivx]+\b|\d)", unit):
        return None
    if _agency(unit) or _named_unit(unit, description or ""):
        return m.group("roles"), unit
    return None


def unit_title_reading(title: str, description: str, level: str):
    """The ``Occupation`` of a role-first unit title (module doc) at ``level``, or None when the title is not
    that shape or neither the unit nor the description names the work."""
    from careercopilot.normalize.occupations import Occupation, family_of, infer_occupation

    hit = unit_title(title, description)
    if hit is None:
        return None
    roles, unit = hit
    own = infer_occupation(f"{unit} Analyst")
    if own.method in ("exact", "suffix") and own.code and own.family and not _agency(unit):
        return Occupation(own.code, own.title, own.family, level, "unit_function", roles.lower())
    if len(BUDGET_WORK.findall(description or "")) >= BUDGET_MIN:
        return Occupation("13-2031.00", "Budget Analysts", family_of("13-2031.00"), level, "unit_budget",
                          roles.lower())
    return None
