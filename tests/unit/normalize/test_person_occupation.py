"""The profession a resume's owner is looking for (issue 11, profession awareness; the blind2
resumes' kinds): career changers who state their target in an objective or summary, generic
current titles ("Specialist II", "Technician") beside credentials that name the work, and
stated target titles that outweigh the current title. Snippets are written for these tests
(none is a benchmark resume); the comment says what the old code read (the current title's
family, or the family most titles shared)."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.normalize.person_occupation import credential_titles, stated_titles
from careercopilot.services import matching
from careercopilot.services.matching.profile import read_person
from careercopilot.services.matching.scoring import occupation_relation

# (resume text, current title, preference titles, expected family)  # old reading
PEOPLE = [
    # career changers who say what they want in their own words
    ("OBJECTIVE\nTo obtain a position of Certified Nursing Assistant in hospital or nursing home where I can grow.",
     "Home Health Aide", [], "nursing"),                                                   # allied_health
    ("SUMMARY\nNewly certified medical assistant moving from 8 years in restaurant kitchens into patient care. "
     "Seeking a medical assistant role in primary care.", "Line Cook", [], "allied_health"),  # hospitality
    ("Profile: six years in pharmaceutical QC, most of it spent on the data. Now moving into a full-time "
     "Data Analyst role.", "QC Laboratory Analyst II", [], "data_analysis"),                # science_lab
    ("I want to start a career in construction as general laborer or apprentice. I am hard worker.",
     "Stock Associate", [], "construction"),                                                # design_ux
    ("Retiring police sergeant seeking a security management or investigations role in the private sector.",
     "Patrol Supervisor", [], "public_safety"),                                              # manufacturing
    ("Elementary teacher of 8 years, now transitioning to instructional designer roles in corporate learning.",
     "3rd Grade Teacher", [], "education"),                                                  # unchanged
    ("Career change: 5 years as a bookkeeper. Looking for an entry-level web developer position.",
     "Bookkeeper", [], "software_engineering"),                                              # finance_accounting
    ("Interested in paralegal positions at litigation firms after a 6-year caregiving break.",
     "Office Assistant", [], "legal"),                                                       # administrative
    # a generic current title: the credentials say the work
    ("TAMARA REYES, CCS, CPC\nNewark, NJ\nEXPERIENCE\nSpecialist II — Health Information Management",
     "Specialist II", [], "allied_health"),                                                  # logistics_supply_chain
    ("MARK LEE, LCSW\nBronx, NY\nEXPERIENCE\nSpecialist — Behavioral Health", "Specialist", [], "social_work"),
    ("JORDAN PATEL, CPA\nEXPERIENCE\nAssociate, Assurance", "Associate", [], "finance_accounting"),
    # stated target titles outweigh the current title (and one of another family)
    ("Teacher moving into UX design.", "4th Grade Teacher", ["UX Designer", "Junior Product Designer"], "design_ux"),
    ("", "Client Success Manager", ["Customer Success Manager", "Client Success Manager",
                                    "Customer Support Team Lead"], "customer_support"),      # administrative
    ("", "Sergeant, NYPD", ["Corporate Security Manager", "Security Supervisor", "Investigator"],
     "public_safety"),                                                                        # administrative
    ("", "General Foreman", ["Electrical Supervisor", "Chief Electrician", "Master Electrician",
                             "Electrical Foreman"], "skilled_trades"),                        # construction
    ("", "Specialist II", ["Medical Coder", "Inpatient Coding Specialist", "Coding Specialist"],
     "allied_health"),                                                                        # administrative
    ("", "Senior Vice President, Programs", ["Executive Director", "Chief Program Officer", "Deputy Commissioner"],
     "policy_program"),
    ("", "Vice President, People", ["Chief People Officer", "Vice President, People", "Head of Human Resources"],
     "human_resources"),
]


@pytest.mark.parametrize(("text", "current", "targets", "family"), PEOPLE)
def test_the_persons_profession(text, current, targets, family):
    _, got, _ = read_person(targets, [current], text, None)
    assert got == family


STATED = [
    ("To obtain a position of Certified Nursing Assistant in hospital.", ["Certified Nursing Assistant"]),
    ("Seeking a medical assistant role in primary care.", ["medical assistant"]),
    ("Now moving into a full-time Data Analyst role.", ["Data Analyst"]),  # the work arrangement is no part of the title (trial18 finding 5)
    ("I want to start a career in construction as general laborer or apprentice.", ["construction", "general laborer", "apprentice"]),
    ("Looking for a position as a Purchasing Agent, ideally in healthcare.", ["Purchasing Agent"]),
    ("Pursuing an RN position in a Level I trauma center.", ["RN"]),
    # prose without a title after the cue, and no cue at all: nothing
    ("Looking for a team where I can learn and grow.", []),
    ("Registered nurse with 7 years in the ICU.", []),
]


@pytest.mark.parametrize(("text", "titles"), STATED)
def test_titles_the_resume_asks_for(text, titles):
    assert stated_titles(text) == titles


@pytest.mark.parametrize(("text", "certs", "titles"), [
    ("TAMARA REYES, CCS, CPC\nNewark, NJ", "", ["medical coder"]),
    ("Keisha Williams, LCSW\nHarlem, NY", "New York State LCSW (2019) · LMSW (2016)", ["clinical social worker"]),
    ("MALIK JOHNSON\nJersey City", "CCNA (2024) · CompTIA Network+ (2021)", ["network administrator"]),
    ("PATRICK BRENNAN\nSTATEN ISLAND", "NYC MASTER ELECTRICIAN LICENSE (DOB), 2016 · OSHA 30", ["electrician"]),
    ("Angela Brown, RN\nRaleigh, NC", "", ["registered nurse"]),
    # letters inside words, or in the body, are not credentials
    ("CNA Holdings Intern\nNYC", "", []),
    ("Dana Smith\nBoston", "Forklift certified; CPR", []),
])
def test_credentials(text, certs, titles):
    assert credential_titles(text, certs) == titles


def _posting(title: str) -> JobPosting:
    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x/1", title=title, company="Acme",
                      company_key="acme", dedupe_key="k", description_text="", content_hash=title)


@pytest.mark.parametrize(("text", "current", "posting", "relation"), [
    # the career changer's target field is the profession; the current title's field is adjacent at most
    ("Seeking a medical assistant role in primary care.", "Line Cook", "Certified Medical Assistant", "code"),
    ("Seeking a medical assistant role in primary care.", "Line Cook", "Line Cook", "adjacent"),
    # a generic current title gives way to the credentials
    ("TAMARA REYES, CCS, CPC\nEXPERIENCE\nSpecialist II", "Specialist II", "Medical Coder", "code"),
    ("TAMARA REYES, CCS, CPC\nEXPERIENCE\nSpecialist II", "Specialist II", "Purchasing Specialist", "adjacent"),
])
def test_relation_follows_the_profession(text, current, posting, relation):
    occs, family, level = read_person([], [current], text, None)
    prof = matching.Profile(text=text, skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), occupations=occs, family=family, level=level)
    assert occupation_relation(prof, _posting(posting)) == relation


@pytest.mark.parametrize(("targets", "level"), [
    (["Program Manager", "Senior Program Officer", "Program Analyst"], "senior"),   # lead (the first title)
    (["Senior Software Engineer", "Senior Backend Engineer", "Staff Software Engineer"], "senior"),
    (["Executive Director", "Chief Program Officer", "Deputy Commissioner"], "executive"),
    (["Junior Accountant", "Accountant I"], "entry"),                                # unchanged
    # most targets name no level: the resume decides (its years), not the one "Lead" title
    (["Respiratory Therapist", "Respiratory Care Practitioner", "Lead Respiratory Therapist"], None),
])
def test_level_is_the_middle_rung_the_targets_name(targets, level):
    assert read_person(targets, [], "", None)[2] == level


def test_one_soc_occupation_in_two_families_is_two_occupations():
    from careercopilot.normalize.occupations import same_occupation

    assert not same_occupation("11-3013.01", "11-3013.00")   # Security Managers vs Facilities Managers
    assert same_occupation("29-1141.03", "29-1141.00")       # Critical Care Nurses are Registered Nurses


# A person moving into a field next to their current title's keeps the old work but not its
# rung (issue-11 blind3 c10: a restaurant general manager "now moving into human resources as an
# HR Generalist" read executive; the curator: mid). A move into an unrelated field is entry;
# staying in the field keeps the title's level.
@pytest.mark.parametrize(("current", "summary", "targets", "level"), [
    ("General Manager", "Restaurant general manager, now moving into human resources as an HR Generalist.",
     ["HR Generalist"], "mid"),                                             # executive
    ("Operations Director", "Operations director transitioning into human resources as an HR Generalist.",
     ["HR Generalist", "Human Resources Generalist"], "mid"),               # executive
    ("Executive Chef", "Executive chef now moving into a Registered Nurse role after my BSN.",
     ["Registered Nurse"], "entry"),                                        # unchanged: another field
    ("HR Director", "HR director seeking an HR Director role.", ["HR Director"], "executive"),
])
def test_level_of_a_move_into_a_next_door_field(current, summary, targets, level):
    from careercopilot.services.matching.profile import read_person

    text = f"JANE DOE\n{current}\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n{current}, Acme Co, 2012 – Present\n"
    _, _, got = read_person(targets, [current], text, None)
    assert got == level
