"""Posting title kinds of issue 11's half-A confusions (session 21): a title's family from its words alone."""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupation_postings import read_posting_occupation
from careercopilot.normalize.occupations import infer_occupation

#: Plural role nouns (postings for several openings) and plural abbreviations.
PLURALS = [
    ("Registered Nurses", "nursing"), ("Electricians", "skilled_trades"), ("RNs - Med Surg", "nursing"),
    ("CNAs", "nursing"), ("LPNs Needed", "nursing"), ("Line Cooks", "hospitality"), ("Truck Drivers", "logistics_supply_chain"),
    ("Commercial Construction Project Managers/Superintendents", "construction"), ("Staff Accountants", "finance_accounting"),
    ("Paralegals", "legal"), ("Carpenters", "skilled_trades"), ("Dental Hygienists", "allied_health"),
]

#: Numbers, requisition codes and lettered rungs appended to a title.
CODES = [
    ("Creative Content Developer (323565)", "marketing_communications"), ("Project Manager #2, Capital Implementation",
                                                                          "construction"),
    ("Business Support Specialist IIIa", None), ("Data Analyst IIb", "data_analysis"),
    ("Registered Nurse - Req 204511", "nursing"), ("Software Engineer 2A", "software_engineering"),
    ("Paralegal #3", "legal"), ("Electrician (Req. #88123)", "skilled_trades"),
]

#: The owner's side of construction, plant maintenance technicians, E&I technicians, client relationship
#: service (families.md).
ROLE_TABLES = [
    ("Resident Engineer", "construction"), ("Assistant Resident Engineer", "construction"),
    ("Owner's Representative", "construction"), ("Capital Projects Manager", "construction"),
    ("Industrial Maintenance Technician", "skilled_trades"), ("Injection Molding Maintenance Technician", "skilled_trades"),
    ("Multi-Craft Maintenance Technician", "skilled_trades"), ("Facilities Maintenance Technician", "skilled_trades"),
    ("Electrical and Instrumentation Technician", "skilled_trades"), ("E&I Technician", "skilled_trades"),
    ("Instrumentation and Controls Technician", "skilled_trades"),
    ("Client Relationship Manager", "customer_support"), ("Client Relationship Specialist", "customer_support"),
    ("Client Relations Specialist", "customer_support"),
]


@pytest.mark.parametrize("title, family", PLURALS + ROLE_TABLES)
def test_title_family(title, family):
    assert infer_occupation(title).family == family


@pytest.mark.parametrize("title, family", CODES)
def test_codes_appended_to_a_title(title, family):
    if family is None:  # the code is gone: the title reads as its words do without it
        assert infer_occupation(title) == infer_occupation("Business Support Specialist III")
    else:
        assert read_posting_occupation(title, "").family == family


#: "Infrastructure" of civil works is civil engineering; a domain role's other segment names its function.
CIVIL_AND_QUALIFIED = [
    ("Green Infrastructure Project Manager", "engineering_architecture"),
    ("Civil Infrastructure Engineer", "engineering_architecture"),
    ("Stormwater Infrastructure Specialist", "engineering_architecture"),
    ("Water Infrastructure Program Manager", "engineering_architecture"),
    ("Infrastructure Project Manager - Roadway and Bridges", "engineering_architecture"),
    ("Managing Director of Green Infrastructure Design and Construction", "engineering_architecture"),
    ("Cloud Infrastructure Engineer", "it_infrastructure"),
    ("Project Manager (GIS)", "data_analysis"),
    ("Project Manager, Capital Projects", "construction"),
    ("Program Manager - Human Resources", "human_resources"),
    ("Operations Manager - Warehouse", "logistics_supply_chain"),
    ("Project Manager, New York, NY", "policy_program"),
]


@pytest.mark.parametrize("title, family", CIVIL_AND_QUALIFIED)
def test_civil_infrastructure_and_qualified_roles(title, family):
    assert read_posting_occupation(title, "").family == family


#: Two roles joined by " / ": the first-named role leads, by its head noun, over the second's exact title.
TWO_ROLES = [
    ("Primary Care Nurse Practitioner / Physician Assistant", "nursing"),
    ("Mid-Level Project Electrical Engineer / Lighting Designer", "engineering_architecture"),
    ("Pediatric Registered Nurse / Medical Assistant", "nursing"),
    ("Commercial Truck Driver / Warehouse Associate", "logistics_supply_chain"),
    ("Senior Staff Accountant / Bookkeeper", "finance_accounting"),
    ("Licensed Physical Therapist Assistant / Rehab Aide", "allied_health"),
]


@pytest.mark.parametrize("title, family", TWO_ROLES)
def test_the_first_named_of_two_roles_leads(title, family):
    assert infer_occupation(title).family == family
