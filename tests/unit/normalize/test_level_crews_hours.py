"""Level kinds of issue 11's blind7 set (``normalize.level_reading``): the crew rungs of the
trades (foremen, sub-foremen, lead and charge hands, crew chiefs) and of schools (assistant and
vice principals, deans of students); a lead rung held casual, part-time, per diem or relief;
the ways a service member says they are leaving the military; a doctoral clinician's years;
targets that name the title the person holds. Phrasings written from how real resumes and
postings put them (US, Canadian, British and Australian forms), not copied from the held-back
sets' texts."""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_reading import (
    ASKS_LEAD,
    LEAVING_MILITARY,
    PART_TIME,
    doctoral_clinician,
    held_part_time,
    names_title_held,
    resume_level,
)
from careercopilot.normalize.occupations import infer_level


@pytest.mark.parametrize("title", [
    # crew rungs of the trades across the English-speaking world (level guide: supervisor of ICs = lead)
    "General Foreman", "Electrical Foreman", "Sub-Foreman", "Subforeman", "Sub Foreman (Carpentry)",
    "Leadhand", "Lead Hand - Millwright", "Lead-hand", "Chargehand", "Charge Hand Electrician", "Charge-hand",
    "Crew Leader", "Crew Leader, Landscape Maintenance", "Crew Chief", "Crew Chief (Line Crew)",
    "Gang Boss", "Superintendent", "Chief Estimator",
    # school leadership below the principal (level guide: assistant/deputy director = lead)
    "Assistant Principal", "Assistant Principal - High School", "Vice Principal", "Deputy Principal",
    "Associate Principal, Upper School", "Dean of Students", "Dean of Students (K-8)", "Dean of Academics",
    "Assistant Dean of Students", "Associate Dean",
])
def test_crew_and_school_rungs_are_lead(title):
    assert infer_level(title, None, default=None) == "lead"


@pytest.mark.parametrize("title", [
    # a bar's or restaurant's station lead works the station (O*NET: Lead Bartender → Bartenders,
    # Lead Server → Waiters and Waitresses, Lead Line Cook → Cooks, Lead Barista → Baristas)
    "Head Bartender", "Lead Bartender", "Bar Lead", "Lead Server", "Head Waiter", "Head Waitress",
    "Lead Line Cook", "Grill Lead", "Lead Barista", "Barista Lead", "Host Lead", "Lead Host",
])
def test_a_station_lead_of_a_bar_or_restaurant_is_the_working_rung(title):
    assert infer_level(title, None, default=None) == "mid"


@pytest.mark.parametrize(("title", "level"), [
    # the kitchen's head and a restaurant's supervisors stay lead
    ("Head Chef", "lead"),
    ("Restaurant Shift Supervisor", "lead"),
    ("Bar Manager", "lead"),
    # the school's head and a college's dean are not the assistant's rung
    ("High School Principal", "executive"),
    ("Principal, Lincoln Elementary School", "executive"),
    ("Dean of the College of Engineering", "executive"),
    ("Foreman", "lead"),
    ("Lead Carpenter", "lead"),
])
def test_neighbouring_titles_keep_their_rungs(title, level):
    assert infer_level(title, None, default=None) == level


@pytest.mark.parametrize("line", [
    "Bar Supervisor (casual, ~25 hrs/wk) - Harbour Hotel, Sydney NSW          2024 - now",
    "Shift Supervisor - part time | Corner Coffee Co. | 2023 - Present",
    "Nursing Supervisor (PRN), Med-Surg | Valley Regional | 2022 - present",  # was "Charge Nurse": senior since session 23
    "Relief Supervisor, Distribution Centre                      2021 - present",
    "Seasonal Crew Lead - Parks & Recreation Dept.               2025 - present",
    "Floor Supervisor (weekends) - Cineplex                      2024 - present",
    "Team Leader - 20 hours a week, Retail                       2023 - present",
    "Front of House Supervisor (Per Diem), Banquets              2022 - present",
    "Kitchen Supervisor, casual                                  2024 - present",
])
def test_a_lead_rung_held_by_the_hour_reads_mid(line):
    title = line.split(" - ")[0].split(" | ")[0].split(",")[0].split("(")[0].strip()
    text = f"SUMMARY\nFive years in the trade.\n\nEXPERIENCE\n{line}\n- Run the floor on my shifts.\n"
    assert infer_level(title, None, default=None) == "lead"
    assert held_part_time(title, text)
    assert resume_level(title, 5.0, text) == "mid"


@pytest.mark.parametrize(("title", "line"), [
    ("Bar Supervisor", "Bar Supervisor - Harbour Hotel, Sydney NSW (full-time)        2024 - now"),
    ("Shift Supervisor", "Shift Supervisor | Corner Coffee Co. | 2023 - Present (40 hrs/wk)"),
    ("Nursing Supervisor", "Nursing Supervisor, Med-Surg | Valley Regional | 2022 - present"),
    ("Production Supervisor", "Production Supervisor, 2nd shift, Acme Plastics   2021 - present"),
])
def test_a_full_time_lead_rung_stays_lead(title, line):
    text = f"SUMMARY\nFive years in the trade.\n\nEXPERIENCE\n{line}\n- Run the floor.\n"
    assert not held_part_time(title, text)
    assert resume_level(title, 5.0, text) == "lead"


@pytest.mark.parametrize("text", ["casual", "part-time", "Part Time", "per diem", "PRN", "relief", "seasonal",
                                  "weekends only", "~25 hrs/wk", "24 hours per week", "as-needed"])
def test_part_time_qualifiers(text):
    assert PART_TIME.search(text)


@pytest.mark.parametrize("text", ["Casualty claims adjuster", "full-time", "Relieved of duty", "40 hrs/wk overtime",
                                  "reliefs"])
def test_not_part_time(text):
    # "40 hrs/wk" is full time; words that merely begin like the qualifiers are not them
    assert not PART_TIME.search(text)


@pytest.mark.parametrize("summary", [
    "Separating from U.S. Air Force, terminal leave begins July 2026",
    "Separating from the U.S. Navy in March 2026 after 8 years.",
    "Separated from the USMC in 2025.",
    "Army Staff Sergeant separating in August 2026.",
    "Retiring from the Coast Guard after 20 years of service.",
    "Transitioning Marine with 6 years as a field radio operator.",
    "ETS date: 08/2026. Active Secret clearance.",
    "EAS: Sept 2026 | DoD SkillBridge eligible",
    "DD-214 in hand; available immediately.",
    "Currently on terminal leave from the Army.",
])
def test_leaving_the_military_caps_a_ranks_supervision_at_mid(summary):
    text = (f"{summary}\nNetwork technician looking for a systems administrator role.\n\n"
            "EXPERIENCE\nStaff Sergeant (E-5), Network Operations        2022 - present\n"
            "Supervised 5 Airmen on the operations shift.\n")
    assert LEAVING_MILITARY.search(summary)
    assert resume_level("Staff Sergeant (E-5)", 7.0, text) == "mid"


@pytest.mark.parametrize("summary", [
    "Retired from the Army in 2012; since then I have run distribution centers.",
    "Worked 20 years in army logistics software as a contractor.",
    "Terminal operations lead at a container port.",
    "Retired from teaching in 2020.",
])
def test_not_leaving_the_military(summary):
    assert not LEAVING_MILITARY.search(summary)


def test_a_service_member_asking_for_the_supervisors_job_is_not_capped():
    text = ("Transitioning U.S. Army NCO - DoD SkillBridge eligible from November\n"
            "Logistics supervisor with 15 years in Army supply. Seeking a warehouse or distribution supervisor role.\n\n"
            "EXPERIENCE\nSupply Sergeant (92Y)        2021 - present\nSupervise 8 supply specialists.\n")
    assert ASKS_LEAD.search(text)
    assert resume_level("Supply Sergeant (92Y)", 15.0, text) == "lead"


@pytest.mark.parametrize(("code", "doctoral"), [
    ("29-1051.00", True),   # pharmacists
    ("29-1123.00", True),   # physical therapists
    ("29-1141.00", False),  # registered nurses: the practitioner's working rung
    ("29-2052.00", False),  # pharmacy technicians
    ("51-4041.00", False),  # machinists
    (None, False),
])
def test_doctoral_clinicians(code, doctoral):
    assert doctoral_clinician(code) is doctoral


@pytest.mark.parametrize(("title", "text", "level"), [
    ("Staff Pharmacist", "Hospital pharmacist with 9 years of practice (BCPS).", "senior"),
    ("Physical Therapist", "Outpatient physical therapist, 10 years, OCS board certified.", "senior"),
    ("Registered Nurse", "Med-surg nurse with 12 years on the same unit.", "mid"),
    ("Staff Pharmacist", "Pharmacist with 4 years in retail and hospital practice.", "mid"),
])
def test_a_doctoral_clinicians_years_make_a_senior(title, text, level):
    assert resume_level(title, 12.0, "SUMMARY\n" + text, family="allied_health" if "harm" in title or "Thera" in title
                        else "nursing") == level


@pytest.mark.parametrize(("targets", "held", "same"), [
    (["Senior Estimator", "Preconstruction Manager", "Chief Estimator"], ["Senior Estimator"], True),
    (["Staff Pharmacist - Inpatient", "Clinical Pharmacist"], ["Staff Pharmacist"], True),
    (["Dean of Students", "Assistant Principal"], ["Dean of Students (K-12)"], True),
    (["Preconstruction Manager", "Chief Estimator"], ["Senior Estimator"], False),
    (["Bar Lead", "Head Bartender"], ["Bar Supervisor"], False),
    (["Analyst"], [""], False),
])
def test_targets_naming_the_title_held(targets, held, same):
    assert names_title_held(targets, held) is same
