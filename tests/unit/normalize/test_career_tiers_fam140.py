"""fam140 kinds (issue 11, blind19 session 28): which dated role is the career — a concurrent role (reserve
or Guard service, a board seat, adjunct teaching, a second part-time job) beside the main job; a resume split
into "Relevant Experience" and "Other Experience"; a boomerang's return to an employer; and a seeker's aim one
rung up ("ready for my first management role") that is no new entrant's ask. Real-world layouts of each kind;
``normalize.experience_tiers`` and ``level_cues._NOT_RUNG_UP`` say where each rule comes from."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.normalize.experience_tiers import CONCURRENT, PRIMARY, SECONDARY, heading_tier
from careercopilot.normalize.level_cues import new_entrant
from careercopilot.normalize.resume_fields import read_resume_fields

TODAY = date(2026, 12, 1)
HEAD = "JORDAN AVERY\nSpringfield, IL | 217-555-0100 | jordan@example.com\n\n"


def _current(body: str) -> str | None:
    return read_resume_fields(HEAD + body, today=TODAY).recent_titles[0]


# ---- 1. concurrent roles: (resume body, the main job's title)
CONCURRENT_LAYOUTS = [
    ("CIVILIAN EXPERIENCE\nDirector of Emergency Management - Cole County OEM | 2020 - present\n- Runs the EOC\n\n"
     "MILITARY SERVICE (concurrent, drilling Guard member)\nMissouri Army National Guard | 2004 - present\n"
     "- Sergeant Major, Operations NCO, 35th Engineer Brigade (2022 - present)\n", "Director of Emergency Management"),
    ("EXPERIENCE\nProject Engineer III - Ouachita Civil Partners | 2021 - present\n- Design lead\n\n"
     "MILITARY SERVICE\nCaptain, Engineer - 489th Engineer Battalion | 2023 - present\n", "Project Engineer III"),
    ("EXPERIENCE\nOperations Manager - Prairie Foods | 2019 - present\n- 40 staff\n\n"
     "MILITARY EXPERIENCE\nSergeant First Class, Army National Guard | 2022 - present\n", "Operations Manager"),
    ("EXPERIENCE\nRegistered Nurse - Memorial Hospital | 2018 - present\n\n"
     "NATIONAL GUARD:\nFlight Nurse, Air National Guard | 2021 - present\n", "Registered Nurse"),
    ("EXPERIENCE\nSenior Accountant - Lakeview CPAs | 2017 - present\n\n"
     "RESERVE SERVICE\nLogistics Officer - U.S. Army Reserve | 2020 - present\n", "Senior Accountant"),
    ("EXPERIENCE\nPolice Officer - City of Springfield | 2016 - present\n\n"
     "U.S. NAVY RESERVE (DRILLING)\nMaster-at-Arms Second Class | 2019 - present\n", "Police Officer"),
    ("PROFESSIONAL EXPERIENCE\nSoftware Engineer - Initech | 2018 - present\n\n"
     "Navy Reserve - Information Systems Technician (drilling reservist) | 2021 - present\n", "Software Engineer"),
    ("EXPERIENCE\nChief Financial Officer - Heartland Credit Union | 2015 - present\n\n"
     "BOARD SERVICE\nTreasurer and Board Member - Springfield Food Bank | 2023 - present\n", "Chief Financial Officer"),
    ("EXPERIENCE\nVP of Marketing - Brightline Co | 2019 - present\n\n"
     "BOARDS & GOVERNANCE\nDirector, Springfield Arts Council | 2024 - present\n", "VP of Marketing"),
    ("EXPERIENCE\nSenior Data Scientist - Acme Analytics | 2018 - present\n\n"
     "ADJUNCT TEACHING\nAdjunct Lecturer, Statistics - Lincoln Land CC | 2022 - present\n", "Senior Data Scientist"),
    ("EXPERIENCE\nStaff Attorney - Legal Aid of Central IL | 2017 - present\n"
     "Adjunct Instructor - Springfield College | 2023 - present\n", "Staff Attorney"),
    ("EXPERIENCE\nHR Manager - Capitol Manufacturing | 2016 - present\n\n"
     "COMMUNITY LEADERSHIP\nPresident, Westside PTA | 2024 - present\n", "HR Manager"),
    ("EXPERIENCE\nCity Planner - City of Peoria | 2018 - present\n\n"
     "CIVIC SERVICE\nTrustee, Village Board of Chatham | 2023 - present\n", "City Planner"),
    ("EXPERIENCE\nElectrician - IBEW Local 193 | 2012 - present\n\n"
     "CONCURRENT ROLES:\nInstructor - JATC Apprenticeship School | 2020 - present\n", "Electrician"),
    ("EXPERIENCE\nParamedic - Sangamon County EMS | 2015 - present\n\n"
     "MILITARY SERVICE\nStaff Sergeant, Combat Medic - Illinois Army National Guard (M-day) | 2019 - present\n",
     "Paramedic"),
    ("EXPERIENCE\nCivil Engineer - IDOT District 6 | 2014 - present\n"
     "Engineer Officer - Air National Guard, 183rd Wing | 2018 - present\n", "Civil Engineer"),
    ("EXPERIENCE\nPharmacist - Walgreens | 2016 - present\n"
     "Pharmacy Officer - U.S. Army Reserve (one weekend a month) | 2021 - present\n", "Pharmacist"),
]

# a service that is the career: the only current work, or over before the civilian job began
SERVICE_IS_CAREER = [
    ("EXPERIENCE\nCashier - County Market | 2012 - 2015\n\n"
     "MILITARY EXPERIENCE\nStaff Sergeant, Logistics - U.S. Army | 2016 - present\n", "Staff Sergeant"),
    ("MILITARY SERVICE\nPetty Officer First Class - U.S. Navy | 2014 - present\n", "Petty Officer First Class"),
    ("EXPERIENCE\nWarehouse Associate - Amazon | 2010 - 2013\n\n"
     "MILITARY SERVICE (active duty)\nSergeant, Motor Transport Operator - USMC | 2013 - present\n", "Sergeant"),
]


@pytest.mark.parametrize("body,main", CONCURRENT_LAYOUTS + SERVICE_IS_CAREER)
def test_concurrent_role_is_not_the_career(body: str, main: str) -> None:
    assert _current(body).startswith(main)


# ---- 2. section-split experience: (relevant heading, other heading)
RELEVANT_HEADINGS = ["RELEVANT EXPERIENCE", "Related Experience", "GIS EXPERIENCE", "Professional Experience",
                     "EXPERIENCE", "Other Relevant Experience", "Career Experience", "Relevant Work History"]
OTHER_HEADINGS = ["OTHER EXPERIENCE", "Additional Experience", "ADDITIONAL EMPLOYMENT", "Other Employment:",
                  "Other Work Experience", "PART-TIME EMPLOYMENT", "Non-Relevant Experience",
                  "Supplemental Experience", "OTHER WORK HISTORY", "Unrelated Experience", "Bridge Employment",
                  "Other Positions Held", "Additional Work Experience"]


@pytest.mark.parametrize("relevant", RELEVANT_HEADINGS)
@pytest.mark.parametrize("other", OTHER_HEADINGS)
def test_relevant_section_outranks_a_current_other_job(relevant: str, other: str) -> None:
    body = (f"{relevant}\nGIS Technician - Ingham County Equalization | 2022 - 2024\n- Parcel fabric in ArcGIS Pro\n"
            f"GIS Intern - Capital Region Planning | Summer 2021\n\n"
            f"{other}\nWarehouse Associate (2nd shift) - Great Lakes Parts | 2024 - present\n- Picking, RF scanning\n")
    assert _current(body) == "GIS Technician"


@pytest.mark.parametrize("heading,tier", [
    ("RELEVANT EXPERIENCE", PRIMARY), ("Civilian Experience", PRIMARY), ("Teaching Experience", PRIMARY),
    ("Clinical Experience", PRIMARY), ("Other Relevant Experience", PRIMARY), ("EARLIER CAREER", SECONDARY),
    ("Other Experience", SECONDARY), ("Prior Experience", SECONDARY), ("MILITARY SERVICE", CONCURRENT),
    ("Board Service", CONCURRENT), ("Volunteer Experience", CONCURRENT), ("Army Reserve", CONCURRENT),
])
def test_heading_tier(heading: str, tier: int) -> None:
    assert heading_tier(heading) == tier


def test_an_all_caps_employer_line_is_no_heading() -> None:
    body = ("OTHER EXPERIENCE\nCOMMUNITY HOSPITAL\nTransport Aide | 2024 - present\n\n"
            "RELEVANT EXPERIENCE\nMedical Coding Specialist - Springfield Clinic | 2019 - 2023\n")
    assert _current(body) == "Medical Coding Specialist"


# ---- 3. boomerangs: the return is the current title
BOOMERANGS = [
    ("EXPERIENCE\nDirector of Curriculum and Instruction - Linn Prairie CSD | 2021 - present (returned to district)\n"
     "Principal - Marion Community Schools | 2018 - 2021\nMath Teacher - Linn Prairie CSD | 2006 - 2015\n",
     "Director of Curriculum and Instruction"),
    ("EXPERIENCE\nACME CORP\nSenior Analyst | 2022 - present (rejoined)\nAnalyst | 2016 - 2019\n\n"
     "GLOBEX\nManager | 2019 - 2022\n", "Senior Analyst"),
    ("EXPERIENCE\nStaff Nurse - Mercy Hospital | Mar 2023 - present (rehired)\n"
     "Travel Nurse - Aya Healthcare | 2021 - 2023\nStaff Nurse - Mercy Hospital | 2016 - 2021\n", "Staff Nurse"),
    ("EXPERIENCE\nProduct Manager - Initech | 2024 - present (boomerang hire)\n"
     "Senior Product Manager - Globex | 2021 - 2024\nProduct Analyst - Initech | 2017 - 2021\n", "Product Manager"),
    ("EXPERIENCE\nSenior Engineer - Acme | 2016 - 2019; rejoined 2022 - present\n"
     "Engineer - Globex | 2019 - 2022\n", "Senior Engineer"),
    ("EXPERIENCE\nReturned as Controller - Hilltop Foods | 2023 - present\n"
     "Accounting Manager - Baxter Co | 2019 - 2023\nStaff Accountant - Hilltop Foods | 2014 - 2019\n", "Controller"),
]


@pytest.mark.parametrize("body,title", BOOMERANGS)
def test_boomerang_current_title(body: str, title: str) -> None:
    assert title in _current(body)


# ---- 4. an aim one rung up is no new entrant's (the level is the rung held): (summary, new entrant?)
ASKS = [
    ("B2B content marketer, 7 years - ready for my first management role.", False),
    ("Senior accountant looking for my first management position.", False),
    ("Charge-ready RN with 6 years on med-surg, looking for my first nurse manager role.", False),
    ("Looking for a first supervisory role after 5 years on the line.", False),
    ("Ready for my first people-leader job in customer success.", False),
    ("Seeking my first leadership role in operations.", False),
    ("Eight years as an engineer; ready for my first engineering manager position.", False),
    ("Assistant principal ready for my first principalship role.", False),
    ("Teacher of 10 years looking for my first administrator role.", False),
    ("Looking for my first administrative assistant job.", True),
    ("Sous chef ready for my first head chef job.", False),
    ("Carpenter of 12 years ready for my first foreman role.", False),
    ("Ready for my first director role after 9 years in development.", False),
    ("Staff engineer looking for my first team lead role.", False),
    ("Newly certified pharmacy technician looking for my first pharmacy tech job.", True),
    ("Career changer looking for my first data analyst role.", True),
    ("Recent graduate ready for my first full-time role.", True),
    ("Looking for my first nursing job after passing the NCLEX.", True),
    ("Looking for my first executive assistant role.", True),
]


@pytest.mark.parametrize("summary,entrant", ASKS)
def test_first_rung_up_is_not_a_new_entrant(summary: str, entrant: bool) -> None:
    assert new_entrant("SUMMARY\n" + summary) is entrant


# ---- 4b. a rung held acting or interim, and an aim one rung up, read from the resume: (summary, entries, level)
_LEVEL_RESUME = "JORDAN AVERY\nSpringfield, IL | jordan@example.com\n\nSUMMARY\n{s}\n\nEXPERIENCE\n{e}\n"
LEVELS_HELD = [
    ("B2B content marketer, 7 years - ready for my first management role. No direct reports yet.",
     "Senior Content Marketing Specialist - PeopleWorks | 2019 - present\n- Editorial calendar", "senior"),
    ("Staff accountant of 6 years seeking a supervisor position.",
     "Senior Staff Accountant - Lakeview CPAs | 2019 - present\nStaff Accountant - Lakeview CPAs | 2017 - 2019", "senior"),
    ("Looking for my first supervisory position in the warehouse.", "Warehouse Associate - Amazon | 2020 - present",
     "entry"),
    ("LICSW; acting supervisor of our outpatient team for 9 months.",
     "Senior Clinician / Acting Clinical Supervisor - Family Behavioral Health | 2019 - present\n"
     "- Weekly supervision for 6 clinicians", "lead"),
    ("Eight years in the plant; acting production supervisor since January.",
     "Production Technician III / Acting Production Supervisor - Midwest Foods | 2018 - present", "lead"),
    ("Interim director of nursing since March; 12 years as an RN.",
     "Interim Director of Nursing - Oak Manor | 2026 - present\nRN Unit Manager - Oak Manor | 2020 - 2026\n- 30 staff",
     "executive"),
    ("Seven years as a paralegal; ready for my first management role.",
     "Senior Paralegal - Hart & Co | 2019 - present\nParalegal - Hart & Co | 2018 - 2019", "senior"),
]


@pytest.mark.parametrize("summary,entries,level", LEVELS_HELD)
def test_level_read_from_the_rung_held(summary: str, entries: str, level: str) -> None:
    from careercopilot.services.matching.profile import read_person
    from careercopilot.services.matching.signals import _resume_titles

    text = _LEVEL_RESUME.format(s=summary, e=entries)
    assert read_person([], _resume_titles(text), text, None)[2] == level


def test_acting_as_a_backup_is_no_rung_held() -> None:
    from careercopilot.normalize.level_cues import ACTING

    assert ACTING.search("acting as a backup supervisor on weekends") is None
    assert ACTING.search("Acting Clinical Supervisor, Feb 2026 - present") is not None
