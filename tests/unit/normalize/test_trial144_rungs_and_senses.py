"""Trial144 (store manager → HR): a function's rungs read as their own occupations; a stated move into a
field reads its staff rung; credential names kept apart; a store's "front end" is no web development.

Findings 3, 4 and 6 of /work/team/evidence/trial144.md. Each table lists real-world title or text variants.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation
from careercopilot.normalize.skills import extract_skills

# (title, SOC detailed occupation expected) — SOC 2018 / O*NET 29.2 (module doc of occupation_rungs)
RUNGS = [
    ("HR Coordinator", "13-1071"),
    ("Human Resources Coordinator", "13-1071"),
    ("Human Resource Coordinator", "13-1071"),
    ("Sr. HR Coordinator", "13-1071"),
    ("HR & Administrative Coordinator", "13-1071"),
    ("People Operations Coordinator", "13-1071"),
    ("People Ops Coordinator", "13-1071"),
    ("HR Assistant", "43-4161"),
    ("Human Resources Clerk", "43-4161"),
    ("HR Generalist", "13-1071"),
    ("HR Business Partner", "13-1071"),
    ("Senior HR Business Partner", "13-1071"),
    ("Talent Acquisition Coordinator", "13-1071"),
    ("Recruiting Coordinator", "13-1071"),
    ("HR Manager", "11-3121"),
    ("Director of Human Resources", "11-3121"),
    ("Vice President, HR", "11-3121"),
    ("Benefits Coordinator", "13-1141"),
    ("Employee Benefits Coordinator", "13-1141"),
    ("Benefits Specialist", "13-1141"),
    ("Benefits Manager", "11-3111"),
    ("Compensation Analyst", "13-1141"),
    ("Payroll Coordinator", "43-3051"),
    ("Finance Coordinator", "43-3031"),
    ("Finance Manager", "11-3031"),
    ("Marketing Assistant", "13-1161"),
    ("Marketing Coordinator", "13-1161"),
    ("Digital Marketing Coordinator", "13-1161"),
    ("Marketing Manager", "11-2021"),
    ("IT Coordinator", "15-1232"),
    ("Administrative Coordinator", "43-6014"),
    ("Training Manager", "11-3131"),
]


@pytest.mark.parametrize("title, code", RUNGS)
def test_function_rung_occupation(title: str, code: str) -> None:
    assert (infer_occupation(title).code or "")[:7] == code


def test_hris_posting_is_no_hr_manager() -> None:
    """The trial's "HRIS Specialist Level III" posting title: HR staff (families.md puts HRIS in HR), not managers."""
    occ = infer_occupation("Human Resources Information System Specialist")
    assert occ.code[:7] != "11-3121" and occ.family == "human_resources"


DANA = """Dana Whitfield
Columbus, OH 43215
Summary
Retail store manager with 12 years of people leadership in big-box retail, moving into Human Resources. Hired,
scheduled and coached teams of up to 45 associates. aPHR certified (2025).
Experience
Store Manager — BrightMart Stores, Columbus, OH
2019 – Present
Own full-cycle hiring: write postings, screen applicants, run structured interviews.
"""

# a stated move into a bare field: (field as the resume says it, SOC code of the reading)
STATED = [
    ("Human Resources", "13-1071"),
    ("HR", "13-1071"),
    ("Marketing", "13-1161"),
]


@pytest.mark.parametrize("field, code", STATED)
def test_stated_field_reads_its_staff(field: str, code: str) -> None:
    from careercopilot.normalize.person_occupation import person_readings

    text = DANA.replace("moving into Human Resources", f"moving into {field}")
    stated = [r for r in person_readings([], "Store Manager", text) if r.source == "stated"]
    assert stated and all((r.occupation.code or "")[:7] == code for r in stated)


# (text, skills that must be found, skills that must not be)
CREDENTIALS = [
    ("aPHR certified (2025).", {"aPHR"}, {"PHR"}),
    ("Associate Professional in Human Resources (aPHR), HRCI, 2025", {"aPHR"}, {"PHR"}),
    ("Certified by HRCI", set(), {"PHR"}),
    ("aPHRi, 2024", {"aPHR"}, {"PHR"}),
    ("SPHR", {"SPHR"}, {"PHR"}),
    ("PHR or SPHR preferred", {"PHR", "SPHR"}, set()),
    ("Professional in Human Resources (PHR)", {"PHR"}, set()),
    ("Senior Professional in Human Resources", {"SPHR"}, {"PHR"}),
    ("GPHR", {"GPHR"}, {"PHR"}),
    ("SHRM-SCP", {"SHRM-SCP"}, {"SHRM-CP"}),
    ("SHRM-CP or SHRM-SCP", {"SHRM-CP", "SHRM-SCP"}, set()),
    ("SHRM Certified Professional", {"SHRM-CP"}, set()),
    ("CAPM certified", {"CAPM"}, {"PMP"}),
    ("LPN", {"Licensed Practical Nurse"}, {"Registered Nurse"}),
    ("CPhT", {"Pharmacy Technician"}, set()),
]


@pytest.mark.parametrize("text, found, absent", CREDENTIALS)
def test_credential_names_kept_apart(text: str, found: set[str], absent: set[str]) -> None:
    skills = set(extract_skills(text))
    assert found <= skills and not (absent & skills)


def test_senior_credential_meets_the_junior() -> None:
    """An SPHR or SHRM-SCP holder meets a posting asking for PHR / SHRM-CP (``skill_hierarchy.json``)."""
    from careercopilot.normalize.skills import _broader

    assert "PHR" in _broader()["SPHR"] and "SHRM-CP" in _broader()["SHRM-SCP"]
    assert "PHR" not in _broader().get("aPHR", ())


# (text, whether Frontend Development is found)
FRONT_END = [
    ("Supervised 25 associates across front end and receiving", False),
    ("Front End Supervisor", False),
    ("front-end cashier and bagger", False),
    ("ran the front end of the store on weekends", False),
    ("Front End Manager, 12 checkout lanes and self-checkout", False),
    ("covered the front end and customer service desk", False),
    ("operated a front end loader on the job site", False),
    ("front-end alignment, brakes and tires", False),
    ("grocery front end lead", False),
    ("Frontend developer", True),
    ("front-end development with React", True),
    ("Front End: React, Vue, CSS", True),
    ("Skills: Frontend, Backend, DevOps", True),
    ("Front-end engineer building UI components", True),
    ("built the front end in TypeScript", True),
]


@pytest.mark.parametrize("text, web", FRONT_END)
def test_front_end_sense(text: str, web: bool) -> None:
    assert ("Frontend Development" in extract_skills(text)) is web


def _changer(summary: str, family: str, titles: list[str]):
    import numpy as np

    from careercopilot.services import matching

    return matching.Profile(text=summary, skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), family=family,
                            occupations=[o for o in map(infer_occupation, titles) if o.family])


def _posting(title: str):
    from careercopilot.models import JobPosting

    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x/1", title=title, company="Acme",
                      company_key="acme", dedupe_key="k", description_text="", content_hash=title)


MOVING = "Retail store manager with 12 years of people leadership, moving into Human Resources."
STAYING = "Retail store manager with 12 years of people leadership who hires and trains staff."
# (summary, profession, person's titles, posting, relation) — issue-11 grades: 0 for a family neither the
# person's nor adjacent, 1 for an adjacent one (benchmarks/data/issue11/SOURCES.md, families.json)
CHANGERS = [
    (MOVING, "human_resources", ["HR Coordinator", "Store Manager"], "Inside Sales Representative", "other"),
    (MOVING, "human_resources", ["HR Coordinator", "Store Manager"], "Account Executive", "other"),
    (MOVING, "human_resources", ["HR Coordinator", "Store Manager"], "Retail Store Manager", "other"),
    (MOVING, "human_resources", ["HR Coordinator", "Store Manager"], "HR Generalist", "code"),
    (MOVING, "human_resources", ["HR Coordinator", "Store Manager"], "Administrative Assistant", "adjacent"),
    ("Registered nurse transitioning into healthcare data analysis.", "data_analysis",
     ["Data Analyst", "Registered Nurse"], "Registered Nurse - ICU", "other"),
    ("Teacher pivoting into instructional design and corporate training.", "human_resources",
     ["Training Specialist", "Teacher"], "Elementary School Teacher", "adjacent"),   # education is next to HR
    # no stated move: the old field stays next to the person's (the rule before trial144)
    (STAYING, "human_resources", ["HR Coordinator", "Store Manager"], "Inside Sales Representative", "adjacent"),
]


@pytest.mark.parametrize("summary, family, titles, posting, relation", CHANGERS)
def test_stated_move_leaves_the_old_field(summary, family, titles, posting, relation) -> None:
    from careercopilot.services.matching.scoring import occupation_relation

    assert occupation_relation(_changer(summary, family, titles), _posting(posting)) == relation
