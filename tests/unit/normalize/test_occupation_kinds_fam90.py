"""fam90 kinds (issue 11): academic CVs leaving academia, school-based lab staff, facilities directors who run
trades, military occupational codes, inventory/supply titles. Real-world variants of each kind; the module
docstrings say where each rule comes from."""

from __future__ import annotations

import pytest

from careercopilot.normalize.academic_titles import academic_discipline
from careercopilot.normalize.military_codes import military_title
from careercopilot.normalize.occupations import infer_level, infer_occupation
from careercopilot.normalize.person_occupation import changes_field, own_title_occupation, stated_titles
from careercopilot.services.matching.profile import read_person

# ---- military occupational codes: the code names the work whatever the rank beside it
MILITARY = [
    ("Unit Supply Sergeant (92Y20)", "logistics_supply_chain"),
    ("Unit Supply Specialist (92Y10), E-4", "logistics_supply_chain"),
    ("Sergeant, 68W Combat Medic", "allied_health"),
    ("Staff Sergeant (E-6), 91B Wheeled Vehicle Mechanic", "skilled_trades"),
    ("Specialist (E-4) - 25B Information Technology Specialist", "it_infrastructure"),
    ("Machinist's Mate (MM3), USS Saratoga", "skilled_trades"),
    ("Hospital Corpsman Second Class (HM2)", "allied_health"),
    ("Logistics Specialist First Class (LS1), USN", "logistics_supply_chain"),
    ("Senior Airman, 2S0X1 Materiel Management", "logistics_supply_chain"),
    ("Staff Sergeant, 3E1X1 HVAC/R", "skilled_trades"),
    ("Sergeant (E-5), 88M Motor Transport Operator", "logistics_supply_chain"),
    ("Corporal, 42A Human Resources Specialist", "human_resources"),
]


@pytest.mark.parametrize(("title", "family"), MILITARY)
def test_military_code_names_the_work(title: str, family: str) -> None:
    assert own_title_occupation(title).family == family


@pytest.mark.parametrize("text", ["Salary $68K-72K", "Sergeant, Patrol Division", "MAC address filtering", "etc.", ""])
def test_no_military_code_in_ordinary_text(text: str) -> None:
    assert military_title(text) is None


# ---- inventory and supply titles are logistics (families.md: warehouse/stock/inventory)
STOCK = ["Inventory Control Specialist", "Inventory Coordinator", "Materials Coordinator", "Inventory Controller",
         "Materials Clerk", "Inventory Management Specialist", "Automated Logistical Specialist"]


@pytest.mark.parametrize("title", STOCK)
def test_inventory_titles_are_logistics(title: str) -> None:
    assert infer_occupation(title).family == "logistics_supply_chain"


@pytest.mark.parametrize("title", ["Production Scheduler", "Materials Planner", "Production Control Planner"])
def test_production_planning_stays_manufacturing(title: str) -> None:
    assert infer_occupation(title).family == "manufacturing"


# ---- academic CVs: economists are data analysis; leaving academia states a target; the discipline keeps the rung
@pytest.mark.parametrize("title", ["Economist", "Senior Economist", "Labor Economist", "Economist II"])
def test_economists_are_data_analysis(title: str) -> None:
    assert infer_occupation(title).family == "data_analysis"


STATED = [
    ("Leaving academia for applied economist / data scientist work. Kansas City.", "data scientist"),
    ("Transitioning from academia to industry Research Scientist roles.", "Research Scientist"),
    ("Leaving higher education for a Data Analyst role in health care.", "Data Analyst"),
    ("Exiting academia to work as a Statistician.", "Statistician"),
    ("Moving out of academia into a Data Scientist position.", "Data Scientist"),
    ("Leaving the university for a Chemist role in biotech.", "Chemist"),
]


@pytest.mark.parametrize(("text", "title"), STATED)
def test_leaving_academia_states_a_target(text: str, title: str) -> None:
    assert title.lower() in [t.lower() for t in stated_titles(text)]


DISCIPLINE = [
    ("Assistant Professor of Economics, University of Kansas", "data_analysis"),
    ("Postdoctoral Fellow, Department of Statistics", "data_analysis"),
    ("Lecturer in Chemistry", "science_lab"),
    ("Visiting Scholar, Economics Department", "data_analysis"),
    ("Graduate Research Assistant, Department of Biochemistry", "science_lab"),
    ("Research Associate in Molecular Biology", "science_lab"),
    ("Associate Professor of Computer Science", "software_engineering"),
]


@pytest.mark.parametrize(("title", "family"), DISCIPLINE)
def test_academic_discipline(title: str, family: str) -> None:
    occ = academic_discipline(title)
    assert occ is not None and occ.family == family
    assert not changes_field(family, title)  # leaving academia for one's discipline is no career change


@pytest.mark.parametrize("title", ["Associate Professor of English", "Economics Teacher", "Senior Economist"])
def test_no_discipline_outside_academic_posts(title: str) -> None:
    assert academic_discipline(title) is None


@pytest.mark.parametrize("title", ["Assistant Professor", "Assistant Professor of Economics",
                                   "Assistant Professor of Nursing", "Associate Professor of Biology",
                                   "Adjunct Professor", "Visiting Assistant Professor of Chemistry"])
def test_academic_rank_is_no_assistant_rung(title: str) -> None:
    assert infer_level(title, 6.0) != "entry"


# ---- whole resumes: school lab staff, facilities directors, an academic and a 92Y without/with targets
_SCHOOL_LAB = """HAROLD B
WHAT I DO
Science Laboratory Technician for a suburban high school. I prep labs for 14 science teachers, run the chemical
stockroom and keep the Regents lab minutes for students; help substitute teachers run labs.

EXPERIENCE
Science Laboratory Technician - Mohawk Hills Central School District (2021-present)
- Prepare solutions for lab periods; supervise students during make-up labs; support teachers and classroom instruction
Teaching Assistant - same district (2018-2021)
- Special education inclusion classes; students, lesson support, classroom management
"""
_FACILITIES = """RAY S
Director of facilities for a 9-school district. Started as an HVAC helper.

CAREER (most recent first)
2016-now   Director of Facilities & Maintenance, Ridge School District - 9 buildings, 74 staff
2009-2016  Maintenance Supervisor, same district - 16 tradespeople (HVAC, electricians, plumbers)
2002-2009  HVAC Lead Technician, Keystone Mechanical Services - chillers, boilers, BAS
1996-2002  HVAC Service Technician, Keystone Mechanical Services
"""
_ACADEMIC = """SAM O
Assistant Professor of Economics, University of Kansas
Leaving academia for applied economist / data scientist work.

PUBLICATIONS
- "Minimum Wage Spillovers." Journal of Labor Economics, 2025.

APPOINTMENTS
Assistant Professor, Department of Economics, University of Kansas, 2020–present
- Teach Econometrics; built a weekly nowcast in Python for the state labor department
Ph.D. Economics, University of Michigan, 2020
"""
_SUPPLY = """MARCUS W
SUMMARY
Sergeant (E-5), 92Y Unit Supply Specialist with 6 years of property accountability.

MILITARY EXPERIENCE
Unit Supply Sergeant (92Y20), E-5 - 1st Cavalry Division, Fort Cavazos, TX - 06/2023 - present
- Accountable for $14.2M of equipment; request, receive, store and issue supplies
Unit Supply Specialist (92Y10), E-4 - 2nd Battalion, JBLM, WA - 01/2021 - 05/2023
"""
RESUMES = [
    (_SCHOOL_LAB, ["Science Laboratory Coordinator", "Chemistry Lab Assistant - high school"], "education"),
    (_FACILITIES, [], "skilled_trades"),
    (_FACILITIES, ["Director of Facilities", "Director of Buildings and Grounds"], "skilled_trades"),
    (_ACADEMIC, [], "data_analysis"),
    (_ACADEMIC, ["Senior Economist", "Senior Data Scientist", "Economist"], "data_analysis"),
    (_SUPPLY, [], "logistics_supply_chain"),
    (_SUPPLY, ["Inventory Control Specialist", "Materials Coordinator"], "logistics_supply_chain"),
]


@pytest.mark.parametrize(("text", "targets", "family"), RESUMES)
def test_resume_family(text: str, targets: list[str], family: str) -> None:
    from careercopilot.services.matching.signals import _resume_titles

    assert read_person(targets, _resume_titles(text), text, None)[1] == family


def test_academic_leaving_is_no_career_changer_entry() -> None:
    from careercopilot.services.matching.signals import _resume_titles

    assert read_person([], _resume_titles(_ACADEMIC), _ACADEMIC, None)[2] != "entry"


# an academic CV that says it leaves academia but names no title: the discipline, not education
LEAVING = [
    ("Postdoctoral Fellow, Department of Statistics", "Seeking industry roles in Boston.", "data_analysis"),
    ("Assistant Professor of Economics", "Leaving academia; open to applied research work.", "data_analysis"),
    ("Lecturer in Chemistry", "Transitioning out of higher education after 8 years.", "science_lab"),
    ("Research Associate in Molecular Biology", "Looking for non-academic positions near Boston.", "science_lab"),
    ("Visiting Scholar, Economics Department", "Interested in careers outside academia.", "data_analysis"),
    ("Graduate Research Assistant, Department of Biochemistry", "Seeking industry positions after my PhD.",
     "science_lab"),
]


@pytest.mark.parametrize(("title", "summary", "family"), LEAVING)
def test_leaving_academia_reads_the_discipline(title: str, summary: str, family: str) -> None:
    text = f"PAT Q\n{title}\n{summary}\n\nPUBLICATIONS\n- A paper. Journal, 2024.\n"
    assert read_person([], [title], text, None)[1] == family


@pytest.mark.parametrize("title", ["Assistant Professor of Economics", "Lecturer in Chemistry"])
def test_staying_in_academia_is_education(title: str) -> None:
    text = f"PAT Q\n{title}\nTeaching and research; seeking a tenured post.\n\nPUBLICATIONS\n- A paper. J, 2024.\n"
    assert read_person([], [title], text, None)[1] == "education"
