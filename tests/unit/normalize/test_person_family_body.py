"""A person's profession when the current title is generic or borrowed from another field
("Specialist II", "Coordinator", "Analyst", "Associate", "Clinical Supervisor"): the resume's
body decides — the summary's opening self-description, licences and certificates beside the
degrees, and a clinical manager's licence (issue 11, ``normalize.person_occupation``). One
variant per family of ``benchmarks/data/issue11/families.json``, written from how resumes put
it, not from the held-back sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careercopilot.normalize.person_occupation import person_family, person_readings, summary_titles

FAMILIES = Path(__file__).resolve().parents[3] / "benchmarks/data/issue11/families.json"

#: (family, generic current title, summary line)
VARIANTS = [
    ("nursing", "Coordinator", "Registered nurse with 9 years on a cardiac step-down unit."),
    ("allied_health", "Technician II", "Certified pharmacy technician with 6 years in retail and hospital pharmacy."),
    ("skilled_trades", "Technician", "Licensed HVAC technician with EPA 608 universal certification."),
    ("construction", "Coordinator", "Construction superintendent with 12 years on mid-rise residential projects."),
    ("engineering_architecture", "Associate", "Civil engineer (E.I.T.) designing stormwater and grading plans."),
    ("manufacturing", "Operator", "CNC machinist who sets up and runs 4-axis Haas mills."),
    ("education", "Specialist II", "Special education teacher with 8 years in inclusive middle-school classrooms."),
    ("hospitality", "Associate", "Sous chef with 7 years in high-volume hotel kitchens."),
    ("legal", "Specialist II", "Litigation support specialist at a 200-lawyer firm."),
    ("finance_accounting", "Analyst", "Staff accountant handling month-end close and reconciliations."),
    ("logistics_supply_chain", "Associate", "Warehouse associate with forklift certification and 4 years of picking."),
    ("software_engineering", "Consultant", "Backend developer building Python and Go services."),
    ("it_infrastructure", "Specialist II", "Systems administrator for 400 Windows and Linux servers."),
    ("data_analysis", "Analyst II", "Data analyst who builds Tableau dashboards and SQL pipelines."),
    ("design_ux", "Consultant", "UX designer with 6 years of research-led product work."),
    ("sales", "Associate", "Account executive selling SaaS to mid-market companies."),
    ("marketing_communications", "Specialist II", "Content marketing manager who grew organic traffic 3x."),
    ("human_resources", "Generalist", "HR generalist supporting 600 employees across two sites."),
    ("customer_support", "Representative II", "Customer service representative in a 200-seat call center."),
    ("administrative", "Coordinator", "Administrative assistant supporting three executives."),
    ("public_safety", "Specialist II", "Police officer with 10 years of patrol and investigations."),
    ("social_work", "Clinical Supervisor", "Licensed clinical social worker with 11 years in community mental health."),
    ("science_lab", "Analyst II", "Environmental chemist running GC-MS and ICP-MS analyses."),
    ("policy_program", "Coordinator", "Policy analyst with 5 years in state housing programs."),
]


def test_every_family_has_a_variant():
    assert {f for f, _, _ in VARIANTS} == set(json.loads(FAMILIES.read_text())["families"])


@pytest.mark.parametrize(("family", "title", "summary"), VARIANTS)
def test_generic_title_family_from_the_summary(family, title, summary):
    text = f"JORDAN EXAMPLE\nSpringfield, IL · 555-0100\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n{title}\nAcme Co 2019 - present\n"
    assert summary_titles(text), summary
    assert person_family(person_readings([], title, text)) == family


@pytest.mark.parametrize(("title", "licence", "family"), [
    ("Clinical Supervisor", "LCSW, State of Ohio, 2017", "social_work"),
    ("Clinical Manager", "RN license, Missouri (compact)\nBSN, 2011", "nursing"),
    ("Clinical Coordinator", "Registered Nurse (RN), Texas", "nursing"),
    ("Nurse Manager", "MSN, 2015; RN", "nursing"),
    ("Clinical Director", "DPT, 2012; licensed physical therapist", "allied_health"),
])
def test_a_clinical_manager_is_of_the_practice_of_their_licence(title, licence, family):
    text = f"ALEX EXAMPLE\n\nEXPERIENCE\n{title}\nRiver Health 2020 - present\n"
    readings = person_readings([title], title, text, certifications=licence)
    assert person_family(readings) == family


def test_a_clinical_manager_without_a_licence_stays_administrative():
    text = "ALEX EXAMPLE\n\nEXPERIENCE\nClinical Manager\nRiver Health 2020 - present\n"
    assert person_family(person_readings(["Clinical Manager"], "Clinical Manager", text)) == "administrative"


@pytest.mark.parametrize("certificate", ["Paralegal Certificate, Temple University, 2020",
                                         "Certified Paralegal (NALA), 2019", "Registered Paralegal, 2021"])
def test_a_paralegal_certificate_is_legal(certificate):
    text = "SAM EXAMPLE\n\nEXPERIENCE\nSpecialist II\nHarrow LLP 2021 - present\n"
    assert person_family(person_readings([], "Specialist II", text, certifications=certificate)) == "legal"


@pytest.mark.parametrize("title", ["Litigation Support Specialist", "eDiscovery Specialist", "E-Discovery Analyst",
                                   "Practice Support Analyst", "Litigation Support Analyst",
                                   "Trial Technology Specialist"])
def test_litigation_support_titles_are_legal(title):
    from careercopilot.normalize.occupations import infer_occupation

    assert infer_occupation(title).family == "legal"


@pytest.mark.parametrize(("title", "description", "family"), [
    ("Clinical Supervisor", "Provide weekly clinical supervision to outpatient therapists. LCSW or LPC required.",
     "social_work"),
    ("Clinical Manager", "Home health agency seeks a Clinical Manager. Current RN license in good standing.", "nursing"),
    ("Nurse Manager", "Lead a 32-bed med/surg unit. BSN required; RN license.", "nursing"),
    ("Clinical Director", "Outpatient rehab clinic; licensed PT (DPT preferred).", "allied_health"),
    # no licence named: the title's own reading stays
    ("Clinical Manager", "Oversee scheduling and budgets of our clinics.", "administrative"),
    # not a practice manager: untouched
    ("Registered Nurse", "LCSW on staff; RN license required.", "nursing"),
])
def test_a_practice_manager_posting_is_of_the_licence_it_asks_for(title, description, family):
    from careercopilot.normalize.occupations import infer_occupation
    from careercopilot.normalize.person_occupation import practice_of_posting

    got = practice_of_posting(infer_occupation(title), description)
    assert got.family == family
    assert got.level == infer_occupation(title).level
