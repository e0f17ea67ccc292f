"""A resume's level read the way people write it (issue 11, session 22): numbered rungs on
manager-type titles, a qualifier that applies to one of two alternatives, returners, and training
entries that are not years at a rung. Wording from the issue-11 resumes (blind2–9) and public
titles; each table has its counter-examples. Entry points that exist before and after the change
(``resume_level``, ``infer_level``, ``parse_resume_fields``, ``read_person``), so the tables run on
the old code too (old-code failures are counted in the session report)."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.normalize.occupations import infer_level, resume_level
from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.services.matching.profile import read_person

TODAY = date(2026, 12, 6)

# --- 1. numbered rungs on manager-type titles -------------------------------------------------

NUMBERED_MANAGERS = [
    # a manager of a thing with a step numeral, supervising no one: the step (II senior from 8 years)
    ("Program Manager II (Technical)", 9.5, "Drove the migration of 140 services across 9 teams; "
     "weekly exec status, risk register, dependency maps.", "senior"),  # blind9 i20
    ("Program Manager II", 5.0, "Run cross-team launch programs for the payments platform.", "mid"),
    ("Project Manager III", 12.0, "Capital projects for the county: budgets, schedules, contractor claims.", "senior"),
    ("Product Manager I", 1.5, "Own the onboarding flow; write PRDs with two engineers and a designer.", "entry"),
    ("IT Project Manager 2", 4.0, "ERP upgrade and network refresh projects; vendor SOWs.", "mid"),
    ("Grants Manager, Level 3", 7.0, "Federal and state grant portfolio of $14M; post-award compliance.", "senior"),
    ("Technical Program Manager III", 6.0, "Reliability programs; incident review cadence.", "senior"),
    ("Clinical Research Project Manager I", 2.0, "Phase II oncology trials; site start-up and TMF.", "entry"),
    ("Release Manager III", 11.0, "Quarterly release trains for 40 services.", "senior"),
    ("Project Manager II - Construction", 3.0, "Tenant improvements up to $2M; RFIs and submittals.", "mid"),
    ("Product Manager V", 14.0, "Platform strategy for the data products group.", "senior"),
    # counter-examples: a numbered manager who supervises people, a manager named by whom they run
    ("Program Manager II", 6.0, "Manage a team of 6 program coordinators and 2 analysts.", "lead"),
    ("Manager II", 8.0, "Supervise 6 claims examiners; hiring and performance reviews.", "lead"),
    ("Nurse Manager II", 10.0, "24-bed cardiac step-down unit.", "lead"),
    ("Store Manager 3", 9.0, "Run a $12M store; schedules and hiring.", "lead"),
    ("Project Manager", 6.0, "Lead a project team of 5 engineers on water main replacement.", "lead"),
]


@pytest.mark.parametrize("title,years,text,level", NUMBERED_MANAGERS)
def test_a_numbered_manager_of_a_thing_is_a_step_not_a_people_lead(title, years, text, level):
    assert resume_level(title, years, text) == level


NUMERAL_TITLES = [  # the step numerals themselves, as the title rules read them (unchanged)
    ("Engineer III", "senior"), ("Analyst I", "entry"), ("Level 2 Support", "mid"),
    ("Civil Engineer II", "mid"), ("Budget Analyst III", "senior"), ("Software Engineer I", "entry"),
    ("Staff Nurse (Band 5)", "mid"), ("Senior Physiotherapist, Band 6", "senior"),
    ("Ward Sister - Band 7", "lead"), ("Healthcare Assistant (Band 2)", "entry"),
    ("Grade 3 Teacher", None), ("Band 6 Software Engineer", None),
]


@pytest.mark.parametrize("title,level", NUMERAL_TITLES)
def test_numerals_and_bands_after_a_title(title, level):
    assert infer_level(title, None, default=None) == level


# --- 2. a qualifier that applies to one of two alternatives / a range -------------------------

RANGES = [
    ("Credit Analyst II", 4.0, "Commercial Credit Analyst with 4 years at a $3B community bank. RMA-trained. "
     "Looking for a credit analyst or junior underwriter role at a bank.", "mid"),  # blind9 i17
    ("Data Analyst", 3.0, "Data analyst, 3 years of SQL and Tableau. Seeking a junior or mid-level data analyst "
     "position.", "mid"),
    ("Marketing Coordinator", 3.0, "Marketing coordinator. Seeking entry-level to mid-level marketing roles.", "mid"),
    ("Staff Accountant", 3.0, "Staff accountant, 3 years. Seeking an entry- or mid-level accounting position.", "mid"),
    ("Front-End Developer", 3.0, "Seeking a junior/mid front-end developer role.", "mid"),
    ("Litigation Paralegal", 4.0, "Litigation paralegal. Looking for a paralegal or junior associate position.",
     "mid"),
    ("Software Engineer", 12.0, "Software engineer. Seeking a junior or mid-level role closer to home.", "mid"),
    ("Software Engineer", 9.0, "Backend engineer. Open to Senior or Staff Engineer roles.", "senior"),
    ("Junior Accountant", 1.0, "Seeking an entry-level to mid-level accounting role.", "entry"),
    ("Research Associate II", 3.0, "Seeking a research associate II or junior scientist role.", "mid"),
    # counter-examples: the entry word qualifies every title, or the earlier alternative is a new field's
    ("Data Analytics Intern", 0.3, "Seeking: entry-level Data Analyst / BI Analyst. B.S. Statistics, May 2026.",
     "entry"),  # blind9 i05
    ("Line Cook", 3.0, "Finished a paralegal certificate. Seeking an entry-level paralegal role.", "entry"),
    ("Wheeled Vehicle Mechanic (91B)", 6.0, "U.S. Army Sergeant (E-5) separating March 2025. Just finished a CNC "
     "course and want a CNC operator or machinist trainee job in aerospace.", "entry"),  # blind5 e06
    ("UX Design Intern", 0.3, "New HCI graduate. Looking for a junior UX or UX/UI role where I can learn from a "
     "senior designer.", "entry"),  # blind9 i02
    ("Cashier", 2.0, "Seeking an entry-level or junior bookkeeping role.", "entry"),
    ("Data Analyst", 6.0, "Mentored analysts from junior to senior. Looking for a data analyst role.", "mid"),
]


@pytest.mark.parametrize("title,years,text,level", RANGES)
def test_an_asked_range_is_the_range_not_its_first_word(title, years, text, level):
    assert resume_level(title, years, text) == level


# --- 3. returners -----------------------------------------------------------------------------

RETURNERS = [
    ("Senior Business Intelligence Analyst", 10.4, "RETURNING TO WORK after a planned career break (2022-2026, "
     "caring for my twins and my father). Before the break: 10 years in healthcare BI.", "senior"),  # blind9 i06
    ("Senior Accountant", 12.0, "Returning to work after a 4-year career break caring for my children.", "senior"),
    ("Nurse Manager", 15.0, "Returning to nursing after a career break (2020-2024). Managed a 32-bed unit.", "lead"),
    ("Senior Paralegal", 11.0, "Re-entering the workforce after relocating with my spouse.", "senior"),
    ("Lead Software Engineer", 12.0, "Platform engineer.\n\nCareer break 2021 - 2024\nHealth leave, fully "
     "recovered.", "lead"),
    ("Senior Graphic Designer", 9.0, "Returning to the field after a career pause to raise twins.", "senior"),
    ("Senior Dispatcher", 10.0, "Returning to the workforce after five years caring for my mother.", "senior"),
    # counter-examples: a rung read from years alone stays at most mid (the tenure is stale)
    ("Content Marketing Specialist", 10.4, "Content writer.\n\nCareer break | 2021 – 2023\nMedical leave.", "mid"),
    ("Paralegal (Immigration)", 12.5, "Total 10 years of legal experience.\n\nCareer gap 2019 - 2021 (relocation "
     "to USA with spouse).", "mid"),
    ("Budget Analyst", 14.0, "Returning to work after a 5-year career break.", "mid"),
]


@pytest.mark.parametrize("title,years,text,level", RETURNERS)
def test_a_returner_keeps_the_rung_they_left_at(title, years, text, level):
    assert resume_level(title, years, text) == level


_PT_TEXT = """{summary}

Experience
{now} - Keystone Clinic, Harrisburg - 2025 to present
  * Front desk two afternoons a week

{gap}{before} - Valley Rehab - 2011 to 2019
  * Caseload of 14 patients a day
"""
PART_TIME_NOW = [
    (["Receptionist (part-time)", "Senior Physical Therapist"], "Physical therapist returning to practice after six "
     "years caring for my father.", "senior"),
    (["Barista (part-time)", "Senior Financial Analyst"], "Financial analyst returning to work after a career break.",
     "senior"),
    (["Tutor (part-time)", "Assistant Principal"], "Returning to the school after a planned career break.", "lead"),
    # ("Lead Teacher" was this row: a childcare classroom's teacher reads mid since session 23, level_lookalikes)
    (["Rehab Scheduling Coordinator (part-time)", "COTA/L"], "Certified Occupational Therapy Assistant returning to "
     "treatment after six years out of the field caring for my mother.", "mid"),  # blind9 i08
    # counter-examples: no break — the current part-time job is the person's rung
    (["Receptionist (part-time)", "Senior Physical Therapist"], "Front desk receptionist at a busy clinic.", "entry"),
    (["Barista (part-time)", "Senior Financial Analyst"], "Barista.", "entry"),
]


@pytest.mark.parametrize("recent,summary,level", PART_TIME_NOW)
def test_a_part_time_job_since_the_break_does_not_reset_the_rung(recent, summary, level):
    back = any(w in summary.lower() for w in ("returning", "break"))
    gap = "Career break - family caregiver - 2019 to 2025\n\n" if back else ""
    text = _PT_TEXT.format(summary=summary, now=recent[0], before=recent[1], gap=gap)
    assert read_person([], recent, text, None)[2] == level


# --- 4. internships, co-ops, rotations, practicums, apprenticeships, capstones, assistantships ---

NOT_YEARS = [
    # (experience text, years expected) — training and time away are not years at a rung
    ("Experience\nBuckeye Mutual Insurance\nUX Design Intern\nMay 2025 - August 2025 (4 months)\n\n"
     "Lakeshore State University Libraries\nStudent Web Assistant\nSeptember 2023 - May 2026 (2 years 9 months)\n",
     0.0),  # blind9 i02
    ("INTERNSHIP\nData Analytics Intern, Peachline Grocers - Summer 2025\n- Wrote SQL\n\n"
     "Research Assistant, Dept. of Statistics - 2024-2026, 10 hrs/wk\n", 0.0),  # blind9 i05
    ("Experience\nCo-op Engineering Student — Acme Robotics — Jan 2024 – Aug 2024\n"
     "Co-op Engineering Student — Acme Robotics — Jan 2025 – Aug 2025\n", 0.0),
    ("Clinical Experience\nMedical-surgical clinical rotation, St. Mary's Hospital — Jan 2025 – Apr 2025\n"
     "Pediatric clinical rotation, Children's Hospital — May 2025 – Jul 2025\n", 0.0),
    ("Experience\nCounseling Practicum — Lakeview Community Mental Health — Aug 2024 – May 2025\n", 0.0),
    ("Experience\nCapstone project, Regional Transit Agency — Sep 2025 – May 2026\n", 0.0),
    ("Experience\nMedical Assistant Extern — Hudson Family Medicine — Jan 2025 – Mar 2025\n", 0.0),
    ("Experience\nGraduate Teaching Assistant, Prairie Lakes University 2019 - 2021\n", 0.0),
    ("Experience\nStudent Accounts Assistant (work-study) — Baruch College Bursar's Office — 2023 – 2024\n", 0.0),
    ("Experience\nResearch Associate II — Immunology Discovery — Jan 2024 – Dec 2025\n\n"
     "Graduate Research Assistant - Lab of Cellular Immunology,\nCommonwealth Harbor University 2021 - 2023\n", 2.0),
    ("Experience\nJourneyman Electrician — Sound Electric — Jan 2021 – Dec 2025\n\n"
     "Apprentice Electrician — IBEW Local 46 — Jan 2016 – Dec 2020\n", 5.0),
    ("Experience\nAdministrative Assistant — Oak Dental — Jan 2016 – Jun 2021\n\nCAREER BREAK — Jul 2021 – Jun 2026\n",
     5.5),
    # counter-examples: the programme's staff and an adult's job are years
    ("Experience\nInternship Coordinator — Career Services, Lakeshore State University — Jan 2020 – Dec 2025\n", 6.0),
    ("Experience\nIntern Supervisor — County Planning Department — Jan 2022 – Dec 2025\n", 4.0),
    ("Experience\nClinical Research Assistant — Mercy Research Institute — Jan 2021 – Dec 2024\n", 4.0),
    ("Experience\nEvening instructor, 3rd-year apprentice class\nJATC training center, Jan 2020 - Dec 2025\n", 6.0),
    ("Experience\nMedical Assistant Extern — Hudson Family Medicine | Jan 2025 – Mar 2025\n"
     "Line Cook / Grill Lead — The Harborside Tavern | Jan 2019 – Dec 2024\n", 6.0),
]


@pytest.mark.parametrize("text,years", NOT_YEARS)
def test_training_entries_and_breaks_are_not_years_at_a_rung(text, years):
    assert parse_resume_fields(text, today=TODAY).years_experience == pytest.approx(years, abs=0.15)


TRAINEE_WORDS = [
    # the holder is the trainee: entry
    ("UX Design Intern", "entry"), ("Graduate Assistant", "entry"), ("Student Nurse", "entry"),
    ("Apprentice Electrician", "entry"), ("Co-op Engineering Student", "entry"),
    # the holder runs or serves the trainees: not an intern
    ("Internship Coordinator", None), ("Student Services Coordinator", None), ("Graduate Admissions Counselor", None),
    ("Coordinator of Student Activities", None), ("Graduate Medical Education Coordinator", None),
    ("Intern Supervisor", "lead"), ("Supervisor of Interns", "lead"), ("Dean of Students", "lead"),
]


@pytest.mark.parametrize("title,level", TRAINEE_WORDS)
def test_an_intern_supervisor_is_not_an_intern(title, level):
    assert infer_level(title, None, default=None) == level


def test_a_new_graduate_whose_only_entries_are_internships_is_entry():
    text = ("Aaliyah Brooks\nUX Designer\n\nSummary\nTwo design internships and a year-long capstone.\n\n"
            "Experience\nBuckeye Mutual Insurance\nUX Design Intern\nMay 2025 - August 2025 (4 months)\n\n"
            "Lakeshore State University Libraries\nWeb Content Assistant (work-study)\n"
            "September 2023 - May 2026 (2 years 9 months)\n")
    years = parse_resume_fields(text, today=TODAY).years_experience
    assert years == 0.0
    assert resume_level("Web Content Assistant", years, text) == "entry"
