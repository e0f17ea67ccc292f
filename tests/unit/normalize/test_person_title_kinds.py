"""A person's own titles that name something other than their work (issue 11, blind8 kinds):
owners and founders of a business, military ranks, students/externs of clinical programmes —
``normalize.person_occupation.own_title_occupation`` — and the extern's rung
(``level_reading.TITLE_RUNGS``). On the score-14 code 27 of the 51 family rows and 10 of the 15
level rows failed."""

import pytest

from careercopilot.normalize.occupations import infer_level
from careercopilot.normalize.person_occupation import own_title_occupation, person_family, person_readings
from careercopilot.services.matching.profile import read_person

FAMILY_ROWS = [
    # owners, founders, the self-employed: the work beside the ownership word, else none
    ("Owner / Master HVAC Technician", "skilled_trades"), ("Owner / Master Plumber", "skilled_trades"),
    ("Owner, Reyes Plumbing LLC", None), ("Owner/Operator, Truck Driver", "logistics_supply_chain"),
    ("Owner-Operator Truck Driver", "logistics_supply_chain"), ("Self-Employed Electrician", "skilled_trades"),
    ("Owner / Head Chef", "hospitality"), ("Co-Owner / General Contractor", "construction"),
    ("Owner and Lead Carpenter", "skilled_trades"), ("Founder & Owner, Bright Smile Dental Lab", None),
    ("Owner, Second Act Consignment (closed 2026)", None), ("Founder and CEO", "policy_program"),
    ("Sole Proprietor, Bookkeeping Services", None), ("Owner & Principal Architect", "engineering_architecture"),
    ("Owner", None), ("Proprietor", None), ("Freelance Designer (self-employed)", "design_ux"),
    ("Owner / Manager", None),
    # a rank alone names no civilian work; a rank with a function or a police/fire rank keeps it
    ("Retired Colonel", None), ("Command Sergeant Major, U.S. Army", None), ("Chief Petty Officer (E-7), USN", None),
    ("Sergeant First Class", None), ("Lieutenant Colonel, Louisiana Army National Guard", None),
    ("Captain, USMC", None), ("Master Sergeant (E-8), U.S. Air Force", None),
    ("Chief Warrant Officer 3, U.S. Army", None),
    ("Military Police Officer", "public_safety"), ("Police Captain", "public_safety"),
    ("Police Sergeant", "public_safety"), ("Fire Captain", "public_safety"),
    ("Sergeant", "public_safety"), ("Lieutenant", "public_safety"), ("Staff Sergeant (E-5)", None),
    # students, externs, interns: the field they train in, not a school
    ("Nurse Extern", "nursing"), ("Student Nurse Extern", "nursing"), ("Nursing Student", "nursing"),
    ("Social Work Intern", "social_work"), ("MSW Intern", "social_work"),
    ("Radiologic Technology Student", "allied_health"), ("Respiratory Therapy Student", "allied_health"),
    ("Counseling Practicum Student", "social_work"), ("Medical Assisting Student", "allied_health"),
    ("Dental Hygiene Student", "allied_health"), ("Phlebotomy Extern", "allied_health"),
    ("Medical Assistant Extern", "allied_health"), ("Pharmacy Technician Extern", "allied_health"),
    ("Surgical Technology Student", "allied_health"), ("Software Engineering Intern", "software_engineering"),
    # a school counselor is school staff (calib119: 21-1012 is education, as the issue-11 postings are labeled)
    ("Accounting Intern", "finance_accounting"), ("School Counseling Intern", "education"),
    ("Student Assistant", "education"),
]


@pytest.mark.parametrize(("title", "family"), FAMILY_ROWS)
def test_own_title_family(title, family):
    assert own_title_occupation(title).family == family


LEVEL_ROWS = [
    ("Medical Assistant Extern", "entry"), ("Nurse Extern", "entry"), ("Phlebotomy Extern", "entry"),
    ("Dental Assistant Externship", "entry"), ("Surgical Technologist Extern", "entry"),
    ("Counseling Practicum Student", "entry"),
    ("Externship Coordinator", None), ("Clinical Externship Manager", "lead"),
    # a trainee of a head whose own word names a higher rung (blind8 h08's "Practicante (Intern Architect)")
    ("Intern Architect", "entry"), ("Practicante (Intern Architect)", "entry"), ("Architect in Training", "entry"),
    ("Engineer-in-Training (EIT)", "entry"), ("Manager in Training", "entry"),
    ("Senior Architect", "senior"), ("Solutions Architect II", "senior"),
]


@pytest.mark.parametrize(("title", "level"), LEVEL_ROWS)
def test_extern_rung(title, level):
    assert infer_level(title, None, default=None) == level


def test_owner_title_does_not_vote_for_another_field():
    # "Owner" is an O*NET reported title of Urologists: an owner of a plumbing business is a plumber
    readings = person_readings([], "Owner / Master Plumber", "Master plumber, 18 years.",
                               earlier=["Journeyman Plumber"])
    assert {r.occupation.family for r in readings} == {"skilled_trades"}
    assert person_family(person_readings([], "Owner", "", earlier=["Journeyman Plumber", "Plumber Apprentice"])) \
        == "skilled_trades"


def test_rank_alone_reads_the_earlier_work():
    readings = person_readings([], "Command Sergeant Major, U.S. Army", "",
                               earlier=["Logistics Manager", "Warehouse Supervisor"])
    assert person_family(readings) == "logistics_supply_chain"


NEW_ENTRANT = """TAVITA LEAVASA
Sacramento, CA 95823

Certified Clinical Medical Assistant, finished my program in October 2026. Ready for my first
full-time job in a clinic.

CLINICAL SKILLS
- Vital signs, venipuncture, 12-lead EKG

EXTERNSHIP
River City Dermatology, Sacramento, CA - 160 hours, Aug - Sep 2026
Roomed 18-25 patients a day.
"""


def test_new_entrant_without_a_dated_title_is_entry():
    # blind8 h03: the only work is an externship under its own heading; "my first\\nfull-time job"
    _, family, level = read_person(["Medical Assistant"], [], NEW_ENTRANT, None)
    assert (family, level) == ("allied_health", "entry")


@pytest.mark.parametrize("summary, titles", [
    # trial18 finding 5: the work arrangement is no part of the asked-for title (the Preferences page was
    # pre-filled with "full-time Dental Hygienist")
    ("Seeking a full-time Dental Hygienist position in Austin.", ["Dental Hygienist"]),
    ("Looking for a part-time or per diem RN role.", ["RN"]),
    ("Seeking a PRN Physical Therapist Assistant job.", ["Physical Therapist Assistant"]),
    ("Seeking a remote Data Analyst role.", ["Data Analyst"]),
    ("Seeking a full-time remote Data Analyst role.", ["Data Analyst"]),
    ("Seeking a temporary or contract paralegal role.", ["paralegal"]),
    ("Seeking a night-shift CNA position.", ["CNA"]),
    # a qualifier that is the title's own word stays
    ("Seeking a Contract Specialist position with a federal agency.", ["Contract Specialist"]),
    ("Seeking a Travel Nurse role.", ["Travel Nurse"]),
])
def test_an_asked_for_title_without_the_work_arrangement(summary, titles):
    from careercopilot.normalize.person_occupation import stated_titles

    assert stated_titles(summary) == titles
