"""Boundary professions, international CV layouts and ships' ranks (fam139; blind19 u05, u06, u11, u23).

Three variant tables of real titles and headings: the family and rung of boundary professions and licensed ranks
(``normalize.occupation_settings``, ``industry_ranks._ship_rank``), and the section, title and tenure readings of
Europass and South Asian CVs (``resume_sections``, ``resume_fields``)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.industry_ranks import ladder_level, plain_title
from careercopilot.normalize.occupations import infer_occupation, resume_level
from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.normalize.resume_sections import heading_key

# (title, family) — "-" = O*NET's own reading is kept (no setting word)
BOUNDARY = [
    ("Court Interpreter", "legal"),
    ("Certified Court Interpreter (Spanish)", "legal"),
    ("Arizona Certified Court Interpreter (Spanish)", "legal"),
    ("Staff Court Interpreter", "legal"),
    ("Legal Interpreter", "legal"),
    ("Judiciary Interpreter", "legal"),
    ("Federally Certified Court Interpreter", "legal"),
    ("Freelance Certified Court Interpreter", "legal"),
    ("Registered Court Interpreter (provisional)", "legal"),
    ("Legal Translator", "legal"),
    ("Deposition Interpreter", "legal"),
    ("Spanish Interpreter (Court)", "legal"),
    ("Court Reporter", "legal"),
    ("Official Court Reporter", "legal"),
    ("Freelance Deposition Reporter", "legal"),
    ("Medical Interpreter", "allied_health"),
    ("Healthcare Interpreter", "allied_health"),
    ("Certified Medical Interpreter (Spanish)", "allied_health"),
    ("Hospital Interpreter", "allied_health"),
    ("Educational Interpreter", "education"),
    ("School Sign Language Interpreter", "education"),
    ("Sign Language Interpreter", "marketing_communications"),
    ("Conference Interpreter", "marketing_communications"),
    ("Medical Coder", "allied_health"),
    ("Coding Specialist II", "allied_health"),
    ("Certified Professional Coder", "allied_health"),
    ("Inpatient Coder", "allied_health"),
    ("Risk Adjustment Coder", "allied_health"),
    ("HIM Coding Specialist", "allied_health"),
    ("Medical Billing and Coding Specialist", "allied_health"),
    ("GIS Technician", "data_analysis"),
    ("GIS Specialist", "data_analysis"),
    ("Geospatial Analyst", "data_analysis"),
    ("Geospatial Technician", "data_analysis"),
    ("Pharmacy Technician", "allied_health"),
    ("Certified Pharmacy Technician", "allied_health"),
    ("Surgical Technologist", "allied_health"),
    ("Certified Surgical Tech", "allied_health"),
]


@pytest.mark.parametrize(("title", "family"), BOUNDARY)
def test_boundary_profession_family(title: str, family: str) -> None:
    assert infer_occupation(title, 5).family == family


# (title, family, rung) of licensed ranks: a ship's or a building's "chief" is the trade's lead, not an executive
RANKS = [
    ("Chief Engineer", "skilled_trades", "lead"),
    ("Chief Engineer (Unlimited Horsepower), ATB Fleet", "skilled_trades", "lead"),
    ("Chief Engineer, Motor Vessels", "skilled_trades", "lead"),
    ("Building Chief Engineer", "skilled_trades", "lead"),
    ("Chief Building Engineer", "skilled_trades", "lead"),
    ("Hospital Chief Engineer", "skilled_trades", "lead"),
    ("Chief Stationary Engineer", "skilled_trades", "lead"),
    ("First Assistant Engineer", "skilled_trades", "senior"),
    ("1st Asst. Engineer", "skilled_trades", "senior"),
    ("Second Assistant Engineer", "skilled_trades", "mid"),
    ("Third Assistant Engineer", "skilled_trades", "mid"),
    ("Third Engineer", "skilled_trades", "mid"),
    ("Engineering Officer of the Watch", "skilled_trades", "mid"),
    ("Designated Duty Engineer", "skilled_trades", "mid"),
    ("QMED Oiler", "skilled_trades", "entry"),
    ("Chief Mate", "logistics_supply_chain", "lead"),
    ("Second Mate", "logistics_supply_chain", "mid"),
    ("Third Officer", "logistics_supply_chain", "mid"),
    ("Master Mariner", "logistics_supply_chain", "lead"),
    ("Master (Unlimited Tonnage)", "logistics_supply_chain", "lead"),
    ("Ship's Master", "logistics_supply_chain", "lead"),
    ("Tugboat Captain", "logistics_supply_chain", "lead"),
    ("Ferry Captain", "logistics_supply_chain", "lead"),
    ("Chief Steward", "hospitality", "lead"),
    ("Chief Cook", "hospitality", "lead"),
    ("Chief Executive Officer", "policy_program", "executive"),
]


@pytest.mark.parametrize(("title", "family", "rung"), RANKS)
def test_licensed_rank(title: str, family: str, rung: str) -> None:
    assert infer_occupation(title, 8).family == family
    assert resume_level(title, 8) == rung


_MARINER = "USCG Master 1600 GRT and STCW endorsements; 12 years on tugs and offshore supply vessels."


@pytest.mark.parametrize(("title", "plain", "rung"), [
    ("Chief Officer", "Chief Mate", "lead"), ("Master", "Vessel Master", "lead"), ("Captain", "Vessel Master", "lead"),
])
def test_ship_rank_in_a_mariners_resume(title: str, plain: str, rung: str) -> None:
    assert plain_title(title, _MARINER) == plain
    assert ladder_level(title, _MARINER) == rung


def test_company_chief_officer_is_no_ship_rank() -> None:
    assert plain_title("Chief Officer", "Chief Officer of a regional bank; 40 direct reports.") is None


# (heading, section key) of international CV layouts
HEADINGS = [
    ("WORK EXPERIENCE", "experience"),
    ("EDUCATION AND TRAINING", "education"),
    ("PERSONAL SKILLS", "skills"),
    ("Job-related skills", "skills"),
    ("Digital skills", "skills"),
    ("ANNEXES", "additional"),
    ("CAREER OBJECTIVE", "summary"),
    ("PROFESSIONAL SUMMARY", "summary"),
    ("EDUCATIONAL QUALIFICATIONS", "education"),
    ("Educational Qualification", "education"),
    ("ACADEMIC QUALIFICATION", "education"),
    ("ACADEMIC PROFILE", "education"),
    ("Academic Credentials", "education"),
    ("WORK PROFILE", "experience"),
    ("EMPLOYMENT DETAILS", "experience"),
    ("PERSONAL DETAILS", "personal"),
    ("Personal Information", "personal"),
    ("PERSONAL DATA", "personal"),
    ("DECLARATION", "personal"),
    ("BIO DATA", "personal"),
]


@pytest.mark.parametrize(("heading", "key"), HEADINGS)
def test_international_cv_heading(heading: str, key: str) -> None:
    assert heading_key(heading) == key


_EUROPASS = """EUROPASS CURRICULUM VITAE

Marta Example
Date of birth: 02/05/1999 | Nationality: Spanish

WORK EXPERIENCE
09/2024 - 07/2025
Occupation or position held: {title}
Employer: Centro de Investigacion, Santiago de Compostela, Spain
Main activities and responsibilities: Cell culture, qPCR, Western blot.

02/2023 - 06/2023
Occupation or position held: Laboratory intern
Employer: Galician agri-food laboratory (public)

EDUCATION AND TRAINING
2023 - 2025 Master in Molecular Biology, Universidade de Santiago de Compostela
"""


@pytest.mark.parametrize(("written", "title"), [
    ("Research Assistant (Master's thesis)", "Research Assistant (Master's thesis)"),
    ("Quality Control Analyst", "Quality Control Analyst"),
    ("Staff Accountant", "Staff Accountant"),
])
def test_europass_title_without_its_label(written: str, title: str) -> None:
    fields = parse_resume_fields(_EUROPASS.format(title=written))
    assert fields.current_title == title


def test_europass_thesis_and_internship_are_no_tenure() -> None:
    fields = parse_resume_fields(_EUROPASS.format(title="Research Assistant (Master's thesis)"))
    assert fields.years_experience is None or fields.years_experience < 1
    assert resume_level("Research Assistant (Master's thesis)", 1.0) == "entry"


@pytest.mark.parametrize("label", ["Designation", "Position held", "Job title", "Role"])
def test_form_label_before_a_title(label: str) -> None:
    text = f"EXPERIENCE\nJan 2020 - Present\n{label}: Senior Software Engineer\nEmployer: Example Infotech Ltd\n"
    assert parse_resume_fields(text).current_title == "Senior Software Engineer"


def test_south_asian_cv_blocks() -> None:
    text = ("CURRICULUM VITAE\n\nVENKATA EXAMPLE\n\nWORK EXPERIENCE\n"
            "Senior Software Engineer - Example Bank, Jersey City, NJ | Jan 2022 - Till Date\n"
            "Software Engineer - Example Infotech Ltd, Hyderabad | Jul 2016 - Dec 2021\n\n"
            "EDUCATIONAL QUALIFICATIONS\nB.Tech (Computer Science), JNTU Hyderabad, 2016 - 78.4%\n\n"
            "PERSONAL DETAILS\nFather's Name: Sri V. Example\nDate of Birth: 14-08-1994\n\n"
            "DECLARATION\nI hereby declare that the above information is true.\nPlace: Edison, NJ\n")
    fields = parse_resume_fields(text)
    assert fields.current_title == "Senior Software Engineer"
    assert "B.Tech" in fields.sections.get("education", "")
    assert "Date of Birth" not in fields.sections.get("education", "")
    assert 9.5 < (fields.years_experience or 0) < 12
