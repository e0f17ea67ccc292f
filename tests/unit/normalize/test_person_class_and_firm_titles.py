"""Civil-service class titles and a firm's ranks (fam89, issue 11; blind14 n07, n08, n22, n25).

``normalize.occupation_classes``: code-enforcement, public-benefits eligibility and California analyst classes
read by their class noun whatever the grade ("Code Enforcement Officer II" public safety, "Eligibility
Specialist III" social work, "Staff Services Analyst" policy/program); a building code's or an insurer's
eligibility title stays. ``normalize.person_employer``: a rank alone ("Principal", "Partner", "Owner, … LLC")
is read as the trade the employer's name names; a school's principal stays a principal.
On the old code (main f1e1e5f): 17 of the 18 CLASS rows, 6 of the 6 FIRM rows and 3 of the 3 PERSON rows fail;
the STAYS rows pass on both.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation
from careercopilot.normalize.person_employer import firm_reading
from careercopilot.normalize.person_occupation import own_title_occupation
from careercopilot.services.matching.profile import read_person

CLASS = [
    ("Code Enforcement Officer II", "public_safety"),
    ("Code Enforcement Officer", "public_safety"),
    ("Code Compliance Officer", "public_safety"),
    ("Zoning Enforcement Officer", "public_safety"),
    ("Neighborhood Preservation Officer", "public_safety"),
    ("Code Enforcement Technician", "public_safety"),
    ("Nuisance Abatement Officer", "public_safety"),
    ("Eligibility Specialist III", "social_work"),
    ("Eligibility Worker II", "social_work"),
    ("Economic Support Specialist", "social_work"),
    ("Economic Support Lead Worker", "social_work"),
    ("Family Independence Specialist", "social_work"),
    ("Texas Works Advisor III", "social_work"),
    ("Eligibility Technician III", "social_work"),
    ("Social Welfare Examiner", "social_work"),
    ("Staff Services Analyst (General)", "policy_program"),
    ("Associate Governmental Program Analyst", "policy_program"),
    ("Combination Inspector II", "construction"),
]
STAYS = [
    ("Building Inspector I", "construction"),
    ("Building Code Enforcement Officer", "construction"),
    ("Insurance Eligibility Specialist", "administrative"),
    ("Patient Eligibility Specialist", "administrative"),
    ("Public Health Inspector", "public_safety"),
    ("Income Maintenance Caseworker II", "social_work"),
    ("Social Services Worker IV", "social_work"),
]


@pytest.mark.parametrize(("title", "family"), CLASS + STAYS)
def test_class_title_family(title: str, family: str) -> None:
    assert infer_occupation(title).family == family


def _line(title: str, employer: str) -> str:
    return f"JANE DOE\nCity, ST\n\n{title} — {employer}\n2015 – Present\n- Led the work\n"


FIRM = [
    ("PRINCIPAL (co-owner)", "Kowalczyk Marino Architects, Pittsburgh", "engineering_architecture"),
    ("Principal", "Hollis Structural Engineers LLC", "engineering_architecture"),
    ("Partner", "Whitfield & Lund CPAs, Omaha", "finance_accounting"),
    ("Managing Partner", "Reyes Law Group", "legal"),
    ("Owner, Ramírez Plumbing LLC", "", "skilled_trades"),
    ("Owner", "Bright Spark Electric LLC", "skilled_trades"),
]
SCHOOL_PRINCIPALS = [
    ("Principal", "Lincoln Elementary School, Dayton"),
    ("Principal", "Dayton Public Schools"),
    ("Principal", ""),
]


@pytest.mark.parametrize(("title", "employer", "family"), FIRM)
def test_firm_rank_is_the_firms_trade(title: str, employer: str, family: str) -> None:
    text = _line(title, employer) if employer else f"JANE DOE\n\n{title}\n2015 – Present\n"
    occ = firm_reading(title, own_title_occupation(title), text) or own_title_occupation(title)
    assert occ.family == family


@pytest.mark.parametrize(("title", "employer"), SCHOOL_PRINCIPALS)
def test_school_principal_stays(title: str, employer: str) -> None:
    text = _line(title, employer) if employer else f"JANE DOE\n\n{title}\n2015 – Present\n"
    occ = firm_reading(title, own_title_occupation(title), text) or own_title_occupation(title)
    assert occ.family == "education"


ARCHITECT = ("THERESA K, AIA\nPittsburgh, PA\n\nPRINCIPAL (co-owner) — Kowalczyk Marino Architects, Pittsburgh\n"
             "2012 – Present\n- Principal-in-charge on K-12 schools and higher-ed labs; design standards\n\n"
             "Project Architect — Strada Rivers Design\n2004 – 2012\n")
CODE = ("D W\nJacksonville, FL\n\nCode Enforcement Officer II — City of Jacksonville\nNov 2022 – Present\n"
        "- Patrol a district for property maintenance violations, write notices of violation\n")
ELIG = ("R K\nMilwaukee, WI\n\nEligibility Specialist III — Milwaukee County DHHS, Economic Support Division\n"
        "Jan 2019 – Present\n- FoodShare, BadgerCare Plus and Medicaid caseload of 500 households\n")


@pytest.mark.parametrize(("text", "current", "family"), [
    (ARCHITECT, "PRINCIPAL (co-owner)", "engineering_architecture"),
    (CODE, "Code Enforcement Officer II", "public_safety"),
    (ELIG, "Eligibility Specialist III", "social_work"),
])
def test_person_family_without_targets(text: str, current: str, family: str) -> None:
    assert read_person([], [current], text, None)[1] == family
