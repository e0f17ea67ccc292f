"""Words that name whom a person served or whose credential they worked under, not a skill they have
(trial127 finding 3: an HVAC technician's "Service 40+ light-commercial accounts (strip retail, dental
offices, two churches)" read as the skill Retail; "Arizona ROC CR-39 Dual Fuel HVAC — working under
license; Journeyman level" read as a Journeyman License she does not hold).

:func:`served_sector` ``(text, start, end, name) -> bool`` is True when the mention of a sector skill
(:data:`SECTOR_SKILLS`: Retail, Hospitality, Grocery, Food Service, Real Estate, Manufacturing, Banking,
Property Management) names the kind of customer or site served:

* a commercial-property compound: the retail *space* of a strip center ("strip retail", "strip-mall retail",
  "retail strip centers", "retail plazas");
* a customer/site noun after it (:data:`_SERVED_AFTER`: "retail accounts", "retail clients", "hospitality
  customers", "banking clients", "retail tenants", "manufacturing sites", "retail properties"; not "industry" or
  "sector": "experience in the hospitality industry" is the person's own sector);
* inside a list that a customer/site noun opens in the same clause (:data:`_SERVED_LIST`: "accounts
  (strip retail, dental offices …)", "clients in retail, hospitality and healthcare", "customers such as
  banking and retail", "serving restaurants, retail and offices").

Not served (the skill stays): "10 years in retail", "retail sales associate", "retail management", "Retail
| Customer service" in a skills list, "managed three retail stores".

:func:`licence_not_held` ``(text, start, end, name) -> bool`` is True when a licence skill (category
"Certifications and licenses") is mentioned on a line that says the person works under another's licence
or does not hold one yet, within :data:`_NEAR` characters (:data:`NOT_HELD`: "working under license", "under my employer's license",
"license pending", "not yet licensed", "pursuing", "eligible for": "working under license; Journeyman level").

Sources: commercial real-estate property types (ICSC: strip center, neighborhood center, power center);
trade licence boards' wording for unlicensed workers (Arizona ROC "working under the license of a
licensed contractor"); the trial127 resume.
"""

from __future__ import annotations

import re

__all__ = ["SECTOR_SKILLS", "licence_not_held", "served_sector"]

SECTOR_SKILLS = frozenset({"Retail", "Hospitality", "Grocery", "Food Service", "Real Estate", "Manufacturing",
                           "Banking", "Property Management"})
_CUSTOMER = (r"accounts?|clients?|customers?|tenants?|sites?|properties|buildings|facilities|locations|"
             r"centers?|centres?|plazas?|spaces?|portfolios?")
_SERVED_AFTER = re.compile(rf"^[\s-]*(?:and\s+\w+\s+)?(?:{_CUSTOMER})\b", re.IGNORECASE)
_STRIP_BEFORE = re.compile(r"\b(?:strip|strip[- ]mall|mall|shopping[- ]center)\s*$", re.IGNORECASE)
_STRIP_AFTER = re.compile(r"^\s+(?:strips?|strip centers?|plazas?|pads?)\b", re.IGNORECASE)
#: a customer/site noun, then up to 60 characters without a clause break, then the mention
_SERVED_LIST = re.compile(rf"\b(?:{_CUSTOMER}|serv(?:e|es|ed|ing|icing)|restaurants|offices)\b"
                          rf"(?:\s+(?:in|such as|including|like|across|from|of)\b|\s*\(|\s*:)[^.;\n)]{{0,60}}$",
                          re.IGNORECASE)

NOT_HELD = re.compile(r"\bunder\s+(?:(?:a|an|the|my|our|his|her|their|employer'?s|company'?s|owner'?s|"
                      r"contractor'?s|supervisor'?s|another)\s+){0,3}(?:\w+\s+){0,2}licen[cs]e|"
                      r"\blicen[cs](?:e|ure)\s+(?:pending|in progress|eligible|track)|\bnot\s+(?:yet\s+)?licensed\b|"
                      r"\bno\s+licen[cs]e\b|\bpursuing\b|\bworking\s+toward|\beligible\s+for\b", re.IGNORECASE)
_LICENCE_CATEGORY = "Certifications and licenses"
#: characters either side of a licence mention, on its line, where a :data:`NOT_HELD` cue counts (a NYC Jobs
#: posting is one long line: a cue 300 characters away is about another licence)
_NEAR = 60


def served_sector(text: str, start: int, end: int, name: str) -> bool:
    """Whether a sector skill's mention names the customers or sites served (module rules)."""
    if name not in SECTOR_SKILLS:
        return False
    left, right = text[max(0, start - 80):start], text[end:end + 40]
    if _STRIP_BEFORE.search(left) or _STRIP_AFTER.match(right) or _SERVED_AFTER.match(right):
        return True
    return bool(_SERVED_LIST.search(left))


def licence_not_held(text: str, start: int, end: int, name: str, category: str | None) -> bool:
    """Whether a licence skill's mention sits on a line saying it is not the person's own (module rules)."""
    if category != _LICENCE_CATEGORY:
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - _NEAR)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _NEAR)
    return bool(NOT_HELD.search(text[line_start:line_end]))
