"""Skills written the way postings and resumes write them (issue 11 skills precision/recall):
soft skills in their everyday phrasings, task skills as a verb and its object, names of two
skills, fields that name a group of people, and being supervised (not supervising)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.posting_sections import read_posting
from careercopilot.normalize.skills import extract_skills, is_fit_evidence, skill_ancestors

# --- soft skills as postings phrase them ------------------------------------------------------
SOFT = [
    ("Candidates must have excellent written and verbal skills.", {"Written Communication", "Verbal Communication"}),
    ("Strong oral and written communication skills required.", {"Written Communication", "Verbal Communication"}),
    ("Excellent verbal/written communication.", {"Written Communication", "Verbal Communication"}),
    ("Must have good writing skills.", {"Written Communication"}),
    ("Excellent verbal communication skills.", {"Verbal Communication"}),
    ("Ability to handle several tasks simultaneously.", {"Multitasking"}),
    ("Ability to work on multiple projects simultaneously.", {"Multitasking"}),
    ("Able to perform multiple tasks in a fast-paced office.", {"Multitasking"}),
    ("Must be well organized and reliable.", {"Organizational Skills"}),
    ("Strong organization skills.", {"Organizational Skills"}),
    ("A keen eye for detail.", {"Attention to Detail"}),
    ("Able to meet tight deadlines.", {"Deadline Management"}),
    ("Must be deadline-driven.", {"Deadline Management"}),
    ("Ability to manage competing priorities.", {"Prioritization"}),
    ("Ability to prioritize and follow through.", {"Prioritization"}),
    ("Ability to work independently with minimal supervision.", {"Independent Work"}),
    ("Works independently.", {"Independent Work"}),
    ("A strong sense of urgency.", {"Sense of Urgency"}),
    ("Thrives in a team-based environment.", {"Teamwork"}),
    ("Works well with others.", {"Teamwork"}),
]


@pytest.mark.parametrize("text,expected", SOFT)
def test_soft_skills_in_their_everyday_phrasings(text, expected):
    assert expected <= set(extract_skills(text))


# --- task skills written as a verb and its object ------------------------------------------
TASKS = [
    ("Track supplies and order supplies when stock runs low.", {"Inventory Management", "Supply Ordering"}),
    ("Schedule appointments and verify insurance for new patients.", {"Medical Scheduling", "Prior Authorization"}),
    ("Managed the inventory for three stores.", {"Inventory Management"}),
    ("Plan lessons aligned to state standards.", {"Lesson Planning"}),
    ("Assess patients on admission.", {"Patient Assessment"}),
    ("Operate forklifts and pallet jacks.", {"Forklift Operation"}),
    ("Reconciled bank accounts monthly.", {"Account Reconciliation"}),
    ("Developed curriculum for adult learners.", {"Curriculum Design"}),
    ("Prepare budgets for three departments.", {"Budget Preparation"}),
    ("Investigate accidents and near misses.", {"Incident Investigation"}),
    ("Draft pleadings and motions.", {"Legal Writing"}),
    ("Pulling wire and terminating panels.", {"Wire Pulling"}),
    ("Manage invasive and non-invasive ventilation.", {"Ventilator Management"}),
    ("Carry a caseload of 25 adults.", {"Case Management"}),
    ("Patching with WSUS and SCCM.", {"Patch Management", "WSUS"}),
    ("Doing documentation in PointClickCare.", {"Documentation"}),
]


@pytest.mark.parametrize("text,expected", TASKS)
def test_task_skills_as_verb_and_object(text, expected):
    assert expected <= set(extract_skills(text))


# --- what must not be read -----------------------------------------------------------------
NOT_SKILLS = [
    ("Manage change orders and RFIs on site.", "Change Management"),
    ("Works under the direct supervision of a physician.", "Supervision"),
    ("Performs duties under general supervision.", "Supervision"),
    ("Wrote documentation for the R&D team.", "Technical Documentation"),
    ("Written and verbal communication skills.", "Communication"),
]


@pytest.mark.parametrize("text,absent", NOT_SKILLS)
def test_phrases_that_name_no_such_skill(text, absent):
    assert absent not in extract_skills(text)


# --- coordinated modifiers share their head -------------------------------------------------
COORDINATED = [
    ("Knowledge of electrical and plumbing codes.", {"National Electrical Code", "Plumbing Codes"}),
    ("Release and stability testing of tablets.", {"Release Testing", "Stability Testing"}),
    ("Project, program and portfolio management.", {"Project Management", "Program Management", "Portfolio Management"}),
    ("Accounts payable and receivable.", {"Accounts Payable", "Accounts Receivable"}),
    ("Adobe Photoshop and Illustrator.", {"Adobe Photoshop", "Adobe Illustrator"}),
    ("Data analysis and visualization.", {"Data Analysis", "Data Visualization"}),
]


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_coordinated_modifiers_share_their_head(text, expected):
    assert expected <= set(extract_skills(text))


def test_a_name_of_two_skills_yields_both():
    assert {"Editing", "Proofreading"} <= set(extract_skills("Experience in editing and proofreading articles"))


def test_written_and_verbal_are_kinds_of_communication():
    assert "Communication" in skill_ancestors("Written Communication")
    assert "Communication" in skill_ancestors("Verbal Communication")
    assert "Documentation" in skill_ancestors("Clinical Documentation")


# --- postings: a field that names a group of people is not asked of the hire ---------------
UNITS = [
    ("Requirements: analytical skills to best support the accounting team.", "Accounting"),
    ("Requirements: prior leadership experience within a sales organization.", "Sales"),
    ("Requirements: partner with HR leaders across sites.", "Human Resources"),
    ("Requirements: coordinate with the nursing staff on each unit.", "Nursing"),
    ("Requirements: work with the marketing department on launches.", "Marketing"),
]


@pytest.mark.parametrize("text,absent", UNITS)
def test_a_field_naming_a_group_of_people_is_not_asked(text, absent):
    assert absent not in read_posting(text).asked


@pytest.mark.parametrize("text,present", [
    ("Requirements: 3 years of accounting experience.", "Accounting"),
    ("Requirements: join our Python team; 3 years of Python.", "Python"),
    ("Requirements: B2B sales experience.", "B2B Sales"),
])
def test_a_field_asked_of_the_hire_stays(text, present):
    assert present in read_posting(text).asked


@pytest.mark.parametrize("name,evidence", [
    ("Communication", False), ("Written Communication", False), ("Teamwork", False), ("Multitasking", False),
    ("Deadline Management", False), ("Independent Work", False), ("CPR", True), ("Python", True),
    ("Inventory Management", True), ("Unknown Skill Name", True),
])
def test_soft_skills_are_no_evidence_of_fit(name, evidence):
    assert is_fit_evidence(name) is evidence
