"""Phantom and missed resume skills of issue 11 trial 55 finding 5, as tables of real resume lines.

Each row: (line, skill, expected). ``True``: the resume's skills (``extract_resume_skills``) include
``skill``; ``False``: they do not. Kinds: a product named by a common noun, a word of another field
("energy conservation", "chest physiotherapy"), a hospital unit named as a non-nurse's place of work,
verb forms of precepting / onboarding / training, a QI project.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.normalize.skills import extract_skills, skill_ancestors

RT = "Registered Respiratory Therapist (RRT)\n"

PRODUCTS = [
    ("Built bilingual inhaler-technique teach-back sheets adopted house-wide.", "Google Sheets", False),
    ("Changed bed sheets and restocked linen carts on 3 floors.", "Google Sheets", False),
    ("Completed daily time sheets and mileage logs for 12 drivers.", "Google Sheets", False),
    ("Wrote patient-facing tip sheets on wound care.", "Google Sheets", False),
    ("Tracked inventory in Google Sheets and Excel.", "Google Sheets", True),
    ("Tools: Excel, Sheets, Airtable", "Google Sheets", True),
    ("tools: slack, jira, zoom", "Slack", True),
    ("Tech-savvy, comfortable utilizing slack, project management software.", "Slack", True),
    ("Picked up the slack during peak season staffing gaps.", "Slack", False),
    ("Answered the intercom and paged providers overhead.", "Intercom", False),
    ("Resolved 60 chats a day in Intercom and Zendesk.", "Intercom", True),
    ("Wrote daily objectives on the blackboard for 28 students.", "Blackboard", False),
    ("Posted grades and modules on Blackboard and Canvas.", "Blackboard", True),
    ("Excel at de-escalation with agitated patients.", "Microsoft Excel", False),
    ("Excel in fast-paced, high-volume settings.", "Microsoft Excel", False),
    ("Built pivot tables in Excel for weekly census.", "Microsoft Excel", True),
    ("Coordinated care teams across three units.", "Microsoft Teams", False),
    ("Ran huddles over Microsoft Teams.", "Microsoft Teams", True),
]

FIELDS = [
    ("Teach breathing retraining, energy conservation and action plans.", "Land Management", False),
    ("Taught energy conservation techniques to COPD and CHF patients (OT).", "Land Management", False),
    ("Blood conservation protocols in cardiac surgery.", "Land Management", False),
    ("Wrote soil conservation plans for 40 farms with NRCS.", "Land Management", True),
    ("Managed conservation easements on 12,000 acres.", "Land Management", True),
    ("Provided nebulizers, CPAP/BiPAP, ABGs, chest physiotherapy.", "Physical Therapy", False),
    ("Provided nebulizers, CPAP/BiPAP, ABGs, chest physiotherapy.", "Airway Clearance", True),
    ("Licensed physical therapist; outpatient orthopedic physical therapy.", "Physical Therapy", True),
]

UNITS = [
    (RT + "Provided respiratory care on med-surg, telemetry and ED.", "Medical-Surgical Nursing", False),
    (RT + "Provided respiratory care on med-surg, telemetry and ED.", "Telemetry", False),
    ("Pharmacy Technician\nDelivered medications to the med-surg and oncology floors.", "Medical-Surgical Nursing", False),
    ("Physical Therapist Assistant\nTreated patients on the med-surg unit and in pediatrics.", "Pediatric Nursing", False),
    ("Registered Nurse (RN), BSN\nMed-surg RN, 32-bed unit; floated to telemetry.", "Medical-Surgical Nursing", True),
    ("Registered Nurse (RN), BSN\nMed-surg RN, 32-bed unit; floated to telemetry.", "Telemetry", True),
    ("Staff Nurse, Medical-Surgical Nursing, 5 years", "Medical-Surgical Nursing", True),
]

VERBS = [
    (RT + "Precept 14 new graduate RTs and students from CNM.", "Precepting", True),
    ("Precepted 6 new nurses through orientation.", "Precepting", True),
    ("Precepting nursing students each semester.", "Precepting", True),
    ("Served as preceptor for new hires.", "Precepting", True),
    ("Onboarded new hires to the Epic build team.", "Onboarding", True),
    ("Oriented new staff to unit policies.", "Onboarding", True),
    ("Trained new hires on POS and cash handling.", "Employee Training", True),
    ("Mentored two junior analysts.", "Mentoring", True),
    ("Lead spontaneous breathing trials; cut vent days from 5.8 to 4.9 (2022 QI project).", "Clinical Quality Improvement", True),
    ("Led a performance improvement project on CLABSI.", "Clinical Quality Improvement", True),
    ("Read the precept and the rule.", "Employee Training", False),
]

TABLE = PRODUCTS + FIELDS + UNITS + VERBS


@pytest.mark.parametrize(("line", "skill", "expected"), TABLE)
def test_resume_line(line: str, skill: str, expected: bool) -> None:
    assert (skill in extract_resume_skills(line)) is expected


def test_posting_side_reads_products_too() -> None:
    """The product rule sits in the shared matcher: postings lose "time sheets" as Google Sheets."""
    assert "Google Sheets" not in extract_skills("Submit weekly time sheets to payroll.")
    assert "Google Sheets" in extract_skills("Experience with Google Sheets required.")


def test_qi_counts_toward_quality_assurance() -> None:
    """A QI project is evidence for a posting's Quality Assurance (skill_hierarchy broader)."""
    assert "Quality Assurance" in skill_ancestors("Clinical Quality Improvement")


def test_marisol_resume_lines() -> None:
    """The trial-55 resume's lines read together (an RRT, no nurse credential)."""
    text = (RT + "Member of the COPD readmission committee; built bilingual inhaler-technique teach-back sheets.\n"
            "Teach breathing retraining, energy conservation and action plans.\n"
            "Provided respiratory care on med-surg, telemetry and ED: nebulizers, chest physiotherapy.\n"
            "Precept 14 new graduate RTs and students from CNM.\n")
    got = set(extract_resume_skills(text))
    assert not got & {"Google Sheets", "Land Management", "Medical-Surgical Nursing", "Physical Therapy"}
    assert "Precepting" in got
