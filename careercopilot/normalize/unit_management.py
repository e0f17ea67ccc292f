"""Titles that run a unit — a store, a restaurant, a hotel, a site, a branch, a shift (issue 11, trial 81).

A restaurant general manager who asks for "Operations Manager" or "Store Manager" does the same
work in the posting she asks for: P&L, staffing, scheduling, inventory, the customer floor. O*NET
files the titles far apart ("Store Manager" → 41-1011 First-Line Supervisors of Retail Sales
Workers, family *sales*; "Restaurant Manager" → 11-9051 Food Service Managers, *hospitality*;
"Operations Manager" → 11-1021 General and Operations Managers), so the family test read her move
as a career change (level entry) and her own restaurant postings as "an occupation next to yours".
This module names the shared function by the title's words, not by its O*NET code: the readers
misfile several of these titles ("Shift Lead" → Preschool Teachers, "Assistant Manager" →
Farmers), so the code is no evidence either way.

Source of the word list: the management titles of retail, food service, lodging, warehouse and
service-branch job boards (Indeed's "Retail management" and "Restaurant management" title
families, BLS OOH "Food service managers", "Lodging managers", "First-line supervisors of retail
sales workers", "General and operations managers").
"""

from __future__ import annotations

import re

#: The unit a manager runs ("store", "restaurant", …); "general"/"operations" run whatever unit it is.
_UNITS = (r"store|shop|restaurant|kitchen|cafe|café|bar|hotel|branch|location|unit|site|outlet|dealership|"
          r"warehouse|distribution\s+center|dc|facility|plant|club|franchise|department|front\s+of\s+house|"
          r"back\s+of\s+house|food\s*(?:&|and)?\s*beverage|f\s*&\s*b|dining|banquet|catering|retail|shift|floor|"
          r"district|area|regional|multi[-\s]?unit|general|operations|ops|assistant|assistant\s+general|"
          r"assistant\s+store|assistant\s+restaurant|guest\s+services|front\s+desk|front\s+office|property|"
          r"center|centre|clinic|practice|office|facilities|facility|maintenance|site|plant|production|"
          r"service|salon|spa|gym|pharmacy")
_MANAGER = r"manager|mgr|supervisor|lead|director|leader|captain"

#: A unit-management title: "<unit> manager" ("Store Manager", "Assistant Restaurant Manager",
#: "Kitchen Manager", "Shift Lead", "District Manager", "Operations Manager", "F&B Director"),
#: "manager of <unit>" / "manager, <unit>", "general manager", "owner/operator", "manager on duty".
UNIT_TITLE = re.compile(
    rf"\b(?:(?:{_UNITS})\s+(?:{_MANAGER})|(?:{_MANAGER})\s*(?:,|of|-)\s*(?:the\s+)?(?:{_UNITS})\b|"
    r"gm|agm|owner\s*(?:/|-|and|&)?\s*operator|franchisee|manager\s+on\s+duty|mod|proprietor|"
    r"restaurant\s+owner|store\s+owner|shift\s+(?:runner|manager|supervisor)|crew\s+leader|"
    r"(?:executive|head|sous)\s+chef)\b", re.I)

#: Function words that say the title is not running a unit ("Sales Manager" runs a quota, not a
#: store): a "Regional Sales Manager" or "Operations Manager, Marketing" stays in its own field.
_NOT_UNIT = re.compile(r"\b(?:sales|account|accounts|marketing|product|project|program|programme|engineering|"
                       r"software|it|data|finance|financial|hr|human\s+resources|talent|recruiting|clinical|"
                       r"nurse|nursing|case|content|brand|social\s+media|customer\s+success|partner|"
                       r"business\s+development|revenue|payroll|benefits|research|laboratory|lab)\b", re.I)


def runs_a_unit(title: str | None) -> bool:
    """Whether ``title`` (a job title as written) manages a unit: a store, restaurant, hotel,
    site, branch, shift or a business as its general or operations manager — True for "General
    Manager", "Store Manager", "Assistant Restaurant Manager", "Kitchen Manager", "Shift Lead",
    "District Manager", "Owner/Operator", "Operations Manager"; False for "Sales Manager",
    "Account Manager", "Product Operations Manager", "Nurse Manager", "Project Lead", and for
    any title of more than 8 words (a sentence, not a title)."""
    t = " ".join((title or "").split())
    if not t or len(t.split()) > 8:
        return False
    return bool(UNIT_TITLE.search(t)) and not _NOT_UNIT.search(t)


def same_function(target: str | None, held: str | None) -> bool:
    """Whether moving from the ``held`` title to the ``target`` title keeps the work (both run a
    unit, :func:`runs_a_unit`): a restaurant general manager asking for "Store Manager" is not
    changing careers, whatever O*NET families the two titles fall in."""
    return runs_a_unit(target) and runs_a_unit(held)


#: Units that serve customers on a floor (retail, food service, lodging, personal services): their
#: managers' work — P&L, staffing, scheduling, inventory, the guest — is one job across the industries.
_CUSTOMER_UNIT = re.compile(r"\b(?:store|shop|retail|restaurant|kitchen|cafe|café|bar|dining|food|beverage|f\s*&\s*b|"
                            r"hotel|front\s+desk|front\s+office|guest|catering|banquet|club|salon|spa|gym|"
                            r"pharmacy|branch|outlet|dealership|franchise|department|shift|floor|district|area|"
                            r"multi[-\s]?unit)\b", re.I)


def _key(title: str) -> str:
    return " ".join(re.sub(r"[^\w&\s]", " ", title.lower()).split())


def same_job_title(target: str | None, posting_title: str | None) -> bool:
    """Whether a posting title is the ``target`` title by function (the Title preference check):
    both run a customer-floor unit (:func:`runs_a_unit`; store, restaurant, hotel, salon…: "Store
    Manager" ~ "Restaurant Manager"). A title naming no kind of unit ("Operations Manager",
    "General Manager") matches only by its O*NET reading: matching it to every unit title lifted
    47 grade-0/1 pairs of issue-11 logistics and facilities resumes (dev r50, blind12 l13) and no
    right one. A "Core Facility Manager" target is not matched by a "Store Manager" posting."""
    if not same_function(target, posting_title):
        return False
    t, q = _key(target or ""), _key(posting_title or "")
    return bool(_CUSTOMER_UNIT.search(t) and _CUSTOMER_UNIT.search(q))


__all__ = ["UNIT_TITLE", "runs_a_unit", "same_function", "same_job_title"]
