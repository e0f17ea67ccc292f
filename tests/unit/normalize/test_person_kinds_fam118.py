"""fam118 kinds (issue 11, blind17): hospitality's service words as other fields' titles, read by whom the work
serves; their titles found in a resume's dated entries; a compressed executive CV's "<rank>, <function>" lines and
board seats; a two-track resume's "CURRENT JOB" section and "What I want next:" ask. Real-world variants of each
kind; the module docstrings say where each rule comes from."""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_cues import new_entrant
from careercopilot.normalize.occupations import infer_occupation
from careercopilot.normalize.person_occupation import stated_titles
from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.normalize.resume_sections import heading_key

# ---- service words used as titles in other families (``occupation_service_words``)
SERVICE_WORD_TITLES = [
    ("Member Concierge II", "customer_support"),
    ("Patient Concierge", "customer_support"),
    ("Health Concierge", "customer_support"),
    ("Care Concierge", "customer_support"),
    ("Customer Concierge", "customer_support"),
    ("Client Concierge", "customer_support"),
    ("Member Services Concierge", "customer_support"),
    ("Patient Experience Concierge", "customer_support"),
    ("Customer Care Ambassador", "customer_support"),
    ("Customer Ambassador", "customer_support"),
    ("Member Ambassador", "customer_support"),
    ("Customer Support Champion", "customer_support"),
    ("Sr Customer Support Champion", "customer_support"),
    ("Customer Success Hero", "customer_support"),
    ("Care Guide", "customer_support"),
    ("Member Guide", "customer_support"),
    ("Member Services Representative", "customer_support"),
    ("Member Service Representative", "customer_support"),
    ("Member Services Specialist", "customer_support"),
    ("Tech Concierge", "it_infrastructure"),
    ("IT Concierge", "it_infrastructure"),
    ("Technology Concierge", "it_infrastructure"),
    ("Technical Concierge", "it_infrastructure"),
    ("Tech Ambassador", "it_infrastructure"),
    ("IT Champion", "it_infrastructure"),
    ("Desktop Concierge", "it_infrastructure"),
    ("Tech Genius", "it_infrastructure"),
    ("Store Experience Guide – Part Time – Carlsbad", "sales"),
    ("Retail Guide", "sales"),
    ("Showroom Guide", "sales"),
    ("Store Ambassador", "sales"),
    ("HR Concierge", "human_resources"),
    ("People Concierge", "human_resources"),
    ("Data Steward", "data_analysis"),
    ("Au Pair", "education"),
    ("Podcast Host", "marketing_communications"),
    ("Montessori Guide", "education"),
]
#: The service word in its own field: the O*NET reading stands.
OWN_FIELD_TITLES = [
    ("Concierge", "hospitality"), ("Hotel Concierge", "hospitality"), ("Guest Experience Concierge", "hospitality"),
    ("Chef Concierge", "hospitality"), ("Residential Concierge", "hospitality"), ("Front Desk Concierge", "hospitality"),
    ("Tour Guide", "hospitality"), ("Fishing Guide", "hospitality"), ("Restaurant Host", "hospitality"),
    ("Guest Ambassador", "hospitality"), ("Butler", "hospitality"), ("Wine Steward", "hospitality"),
    ("Brand Ambassador", "sales"), ("Union Steward", "human_resources"), ("Security Ambassador", "public_safety"),
    ("Patient Navigator", "allied_health"), ("Health Navigator", "social_work"), ("Nanny", "education"),
]


@pytest.mark.parametrize(("title", "family"), SERVICE_WORD_TITLES)
def test_service_word_title_is_the_field_served(title: str, family: str) -> None:
    assert infer_occupation(title).family == family


@pytest.mark.parametrize(("title", "family"), OWN_FIELD_TITLES)
def test_service_word_in_its_own_field_stays(title: str, family: str) -> None:
    assert infer_occupation(title).family == family


# ---- the dated entry's title is found when a service word is its head
ENTRY_TITLES = [
    ("Member Concierge II - Saguaro Health Plan (Medicare Advantage), Phoenix, AZ | 2024 - present",
     "Member Concierge II"),
    ("Tech Concierge - Foundry Commons Coworking (4 Denver locations) | 2023 - present", "Tech Concierge"),
    ("Au Pair - Brennan family (through Cultural Bridges Au Pair program), Naperville, IL | 2023 - 2025", "Au Pair"),
    ("Banquet Captain - Palm Lagoon Resort & Conference Center, Orlando | 2021 - present", "Banquet Captain"),
    ("Maintenance Porter (work release) - Riverside Suites, Columbus | 2025 - present",
     "Maintenance Porter (work release)"),
    ("Guest Services Ambassador, Lakeview Medical Center | 2022 - present", "Guest Services Ambassador"),
    ("Room Attendant - Hilltop Inn | 2019 - 2022", "Room Attendant"),
    ("2021-now SVP, Engineering - Trellis Health Cloud (PE-backed) | 880 eng/QA/SRE, 9 VPs", "SVP, Engineering"),
    ("2019 - present | VP, Finance - Northwind Logistics", "VP, Finance"),
]


@pytest.mark.parametrize(("line", "title"), ENTRY_TITLES)
def test_entry_title_found(line: str, title: str) -> None:
    text = f"JANE DOE\nDenver, CO | jane@example.com\n\nEXPERIENCE\n{line}\n- Did the work\n"
    assert parse_resume_fields(text).recent_titles[0] == title


@pytest.mark.parametrize("line", ["Butler County Schools, Hamilton, OH | 2019 - 2022",
                                  "Porter Industries, Akron, OH | 2018 - 2020"])
def test_employer_with_a_service_word_is_no_title(line: str) -> None:
    text = f"JANE DOE\nDenver, CO | jane@example.com\n\nEXPERIENCE\nTeacher\n{line}\n- Did the work\n"
    assert parse_resume_fields(text).recent_titles[:1] == ["Teacher"]


@pytest.mark.parametrize("surname", ["Porter", "Butler", "Steward", "Guide"])
def test_surname_is_still_a_name(surname: str) -> None:
    text = f"Jane {surname}\nDenver, CO | jane@example.com\n\nEXPERIENCE\nTeacher - Denver Public Schools | 2019 - present\n"
    assert parse_resume_fields(text).name == f"Jane {surname}"


@pytest.mark.parametrize(("rank", "function"), [("Chief", "Response Division"), ("Managing Director", "East")])
def test_rank_without_a_headed_function_stays_the_rank(rank: str, function: str) -> None:
    text = f"JANE DOE\nDenver, CO\n\nEXPERIENCE\n2020-now {rank}, {function} - Acme Corp\n"
    assert parse_resume_fields(text).recent_titles[0] == rank


def test_board_seat_is_a_side_job() -> None:
    text = ("JANE DOE\nAustin, TX\n\nCAREER\n2021-now SVP, Engineering - Trellis Health Cloud | 880 engineers\n"
            "2017-21 VP Engineering - Quillmark Payments | 410 engineers\n\nBOARD / ADVISORY\n"
            "Technical advisor, 2 seed-stage startups (2022-now)\n")
    assert parse_resume_fields(text).current_title == "SVP, Engineering"


# ---- a two-track resume: the current job's heading; the ask under a "next" label
@pytest.mark.parametrize("heading", ["CURRENT JOB (MACHINING)", "CURRENT JOB", "Previous Positions", "Positions Held",
                                     "PRIOR ROLES"])
def test_job_headings_are_experience(heading: str) -> None:
    assert heading_key(heading) == "experience"


@pytest.mark.parametrize(("text", "title"), [
    ("NEXT STEP: Data Analyst. My current job is office administration.", "Data Analyst"),
    ("What I want next: Mechanical design engineer, entry level - I finished my BSME.", "Mechanical design engineer"),
    ("Next role: Desktop Support Technician.", "Desktop Support Technician"),
    ("Next job: Medical Assistant in a family practice.", "Medical Assistant"),
])
def test_next_label_states_the_ask(text: str, title: str) -> None:
    assert title in stated_titles(text)


@pytest.mark.parametrize("text", [
    "What I want next: Mechanical design engineer, entry level - I finished my BSME at night.",
    "Next job: data analyst, entry-level, in the Triangle.",
    "Seeking a paralegal position, entry level.",
])
def test_entry_level_after_the_asked_title(text: str) -> None:
    assert new_entrant(text)


@pytest.mark.parametrize("text", ["I train entry-level analysts, 12 years as a senior analyst.",
                                  "Looking for a senior data analyst role."])
def test_no_entry_cue(text: str) -> None:
    assert not new_entrant(text)


# ---- a rural generalist's one job, several hats: the whole title, not the summary sentence above the employer
MULTI_HAT = [
    ("PRAIRIE BUTTE COUNTY, MT | 2014 - present\n"
     "Deputy Sheriff / Emergency Management Coordinator / Code Enforcement Officer (2017 - present); Deputy Sheriff "
     "(2014 - 2017)", "Deputy Sheriff / Emergency Management Coordinator / Code Enforcement Officer"),
    ("Town of Ekalaka | 2016 - present\nTown Clerk / Treasurer / Zoning Administrator", "Town Clerk / Treasurer / Zoning Administrator"),
    ("Cherry County Hospital | 2015 - present\nLab Manager / Radiologic Technologist / Phlebotomist",
     "Lab Manager / Radiologic Technologist / Phlebotomist"),
]


@pytest.mark.parametrize(("entry", "title"), MULTI_HAT)
def test_multi_hat_title_whole(entry: str, title: str) -> None:
    text = ("WADE LINDGREN\nMiles City, MT | wade@example.com\n\nOne county job, three hats. The county has 14 employees, "
            "so I have been a deputy, the emergency manager and the code enforcement officer at the same time.\n\n"
            f"{entry}\n- Wrote the county Emergency Operations Plan\n")
    assert parse_resume_fields(text).current_title == title


def test_duty_bullet_with_dates_is_no_title() -> None:
    text = ("JANE DOE\nLansing, MI\n\nEXPERIENCE\nCorrectional Officer - Ionia Ridge Correctional Facility   2018 - present\n"
            "- Supervise housing units of 120 prisoners.\n"
            "- De-escalation trainer for new officers (2022 - present); Crisis Intervention Team trained.\n")
    assert parse_resume_fields(text).current_title == "Correctional Officer"


# ---- hospitality supervisors moving into healthcare support: the target and credential over the current title
HOSPITALITY_TO_HEALTHCARE = [
    ("Banquet Captain", "Pharmacy Technician", "CPhT (PTCB), 2026", "pharmacy technician", "allied_health"),
    ("Housekeeping Supervisor", "Certified Nursing Assistant", "CNA, Tennessee Nurse Aide Registry, 2026",
     "certified nursing assistant", "nursing"),
    ("Front Desk Supervisor", "Medical Assistant", "CCMA (NHA), 2026", "medical assistant", "allied_health"),
    ("Kitchen Manager", "Phlebotomist", "Certified Phlebotomy Technician (CPT), NHA, 2026", "phlebotomist",
     "allied_health"),
    ("Executive Housekeeper", "Sterile Processing Technician", "CRCST (HSPA), 2026", "sterile processing technician",
     "allied_health"),
    ("Restaurant Shift Leader", "Dental Assistant", "Registered Dental Assistant (RDA), 2026", "dental assistant",
     "allied_health"),
    ("Bar Manager", "EKG Technician", "Certified EKG Technician (CET), 2026", "EKG technician", "allied_health"),
]


@pytest.mark.parametrize("with_targets", [True, False])
@pytest.mark.parametrize(("current", "target", "credential", "ask", "family"), HOSPITALITY_TO_HEALTHCARE)
def test_hospitality_supervisor_enters_healthcare_support(current: str, target: str, credential: str, ask: str,
                                                          family: str, with_targets: bool) -> None:
    from careercopilot.services.matching.profile import read_person
    from careercopilot.services.matching.signals import _resume_titles

    text = (f"JANE DOE\nOrlando, FL | jane@example.com\n\nMoving from hospitality to healthcare. I finished a {ask} "
            f"program this fall and am looking for my first {ask} job.\n\nCERTIFICATIONS\n{credential}\n\nEXPERIENCE\n"
            f"{current} - Palm Lagoon Resort, Orlando | 2019 - present\n- Ran the floor for events of 80-900 guests; "
            "supervised 6-20 staff per shift\nServer - Sunny Griddle, Kissimmee | 2015 - 2019\n")
    _, got_family, level = read_person([target] if with_targets else [], _resume_titles(text), text, None)
    assert (got_family, level) == (family, "entry")


@pytest.mark.parametrize(("text", "asked"), [
    ("Moving from hospitality to healthcare.", []),
    ("Transitioning from retail management into a medical assistant role.", ["medical assistant"]),
])
def test_a_moves_origin_is_no_ask(text: str, asked: list[str]) -> None:
    assert [t for t in stated_titles(text) if "hospitality" in t or "retail" in t] == [] and \
        all(a in stated_titles(text) for a in asked)
