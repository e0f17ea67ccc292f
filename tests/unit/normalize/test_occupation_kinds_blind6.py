"""Occupation kinds the issue-11 blind6 run showed (session 16), each a table of real variants
(issue-11 postings, O*NET/ESCO titles, NHS/ANZSCO/Indian titles, APCO/NENA dispatch titles) with
neighbouring titles that must keep their reading:

1. executive and department-head titles are read by the function they head (f20 "Head of
   Engineering" read as an engineering teacher, "VP Engineering" as a general manager);
2. titles of one family read as another through a shared word (f15 "Emergency Communications
   Specialist III" read as marketing; "Laboratory Coordinator" as fitness, "Records Specialist"
   as IT, "Quality Assurance Specialist" as a government inspector);
3. British, Irish, Indian and Australian title forms ("Solicitor" read as a fund-raiser's
   counselor, "Theatre Practitioner" as a nurse practitioner, "Joiner" as an assembler);
4. a generic current title ("Senior Associate", "Team Member", "Vice President") names no field:
   it makes no career change and gives way to the resume's earlier titles.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupation_tables import COMMONWEALTH_TITLES, SHARED_WORD_TITLES
from careercopilot.normalize.occupations import infer_occupation, normalize_title
from careercopilot.normalize.person_occupation import changes_field, person_family, person_readings

EXECUTIVE = [
    ("Head of Engineering", "software_engineering"),                     # education (engineering teachers)
    ("VP Engineering", "software_engineering"),                          # policy_program
    ("VP of Engineering", "software_engineering"),                       # policy_program
    ("Vice President of Engineering", "software_engineering"),           # policy_program
    ("SVP, Engineering", "software_engineering"),                        # education
    ("Director of Engineering", "software_engineering"),                 # education
    ("VP Platform Engineering", "software_engineering"),                 # policy_program
    ("Director of Systems Engineering", "it_infrastructure"),            # education
    ("Assistant Vice President, Network Engineering", "it_infrastructure"),  # policy_program
    ("Engineering Manager, Mechanical", "engineering_architecture"),     # software_engineering
    ("Mechanical Design Engineering Manager", "engineering_architecture"),  # software_engineering
    ("Manufacturing Engineering Manager", "manufacturing"),              # software_engineering
    ("Director, Nursing Services", "nursing"),                           # administrative
    ("Head of Year", "education"),                                       # hospitality (head cooks)
    ("Director of Admissions", "education"),                             # administrative
    ("Head of Design", "design_ux"),                                     # engineering_architecture
    ("Director of Product Design", "design_ux"),                         # engineering_architecture
    ("Head of Product", "policy_program"),                               # public_safety
    ("Senior Director, Epidemiology (REMOTE 100%)", "science_lab"),      # policy_program
    ("Division Chief of Construction Management", "construction"),       # education
    ("Division Chief, Premises Liability Claims", "finance_accounting"),  # education
    ("Recruitment business development VP", "sales"),                    # policy_program
    ("Chief Information Officer", "it_infrastructure"),                  # None (military officers)
    ("Deputy Director of GIS & Analytics", "data_analysis"),             # policy_program
    # already right, must stay
    ("Head of People", "human_resources"),
    ("VP, Finance", "finance_accounting"),
    ("Chief Nursing Officer", "nursing"),
    ("Head Chef", "hospitality"),
    ("Engineering Manager", "software_engineering"),
    ("Director of Learning and Development", "human_resources"),
    ("Director of Security", "public_safety"),
    ("Chief Information Security Officer", "it_infrastructure"),
    ("Vice President", "policy_program"),
    ("Dean of Students", "education"),
]

DISPATCH_AND_SHARED_WORDS = [
    ("Emergency Communications Specialist III", "public_safety"),        # marketing_communications
    ("Emergency Medical Dispatcher", "public_safety"),                   # logistics_supply_chain
    ("911 Call Taker", "public_safety"),                                 # administrative
    ("9-1-1 Call Taker", "public_safety"),                               # administrative
    ("Emergency Call Handler", "public_safety"),                         # logistics_supply_chain
    ("Communications Training Officer", "public_safety"),                # education
    ("EMS Dispatcher", "public_safety"),                                 # logistics_supply_chain
    ("Sheriff's Dispatcher", "public_safety"),                           # logistics_supply_chain
    ("Quality Assurance Specialist - DRUG (Pharma/Biotech/Medical Devices)", "manufacturing"),  # policy_program
    ("Quality Assurance Coordinator", "manufacturing"),                  # science_lab
    ("Quality Control Coordinator", "manufacturing"),                    # policy_program
    ("QC Technician", "manufacturing"),                                  # science_lab
    ("QA Technician", "manufacturing"),                                  # science_lab
    ("Laboratory Coordinator", "science_lab"),                           # hospitality
    ("Lab Coordinator", "science_lab"),                                  # hospitality
    ("Lab Supervisor", "science_lab"),                                   # manufacturing
    ("Laboratory Aide", "science_lab"),                                  # social_work
    ("Records Specialist", "administrative"),                            # software_engineering
    ("Records Coordinator", "administrative"),                           # allied_health
    ("Records Management Specialist", "administrative"),                 # allied_health
    ("Records Manager", "administrative"),                               # software_engineering
    ("Front Desk Administrator", "administrative"),                      # it_infrastructure
    # already right, must stay
    ("Emergency Services Dispatcher", "public_safety"),
    ("Law Enforcement Communications Officer", "public_safety"),
    ("Public Safety Telecommunicator", "public_safety"),
    ("911 Dispatcher", "public_safety"),
    ("Dispatcher", "logistics_supply_chain"),
    ("Truck Dispatcher", "logistics_supply_chain"),
    ("Dispatcher - Emergency Plumbing Service", "logistics_supply_chain"),
    ("Quality Assurance Analyst", "software_engineering"),
    ("QA Engineer", "software_engineering"),
    ("Laboratory Manager", "science_lab"),
    ("Records Clerk", "administrative"),
]

COMMONWEALTH = [
    ("Solicitor", "legal"),                                              # social_work
    ("Trainee Solicitor", "legal"),                                      # social_work
    ("Legal Executive", "legal"),                                        # policy_program
    ("Theatre Practitioner", "allied_health"),                           # nursing (nurse practitioners)
    ("Operating Department Practitioner", "allied_health"),              # nursing
    ("Anaesthetic Practitioner", "allied_health"),                       # nursing
    ("Healthcare Assistant", "nursing"),                                 # allied_health
    ("Ward Sister", "nursing"),                                          # social_work
    ("Senior House Officer", "allied_health"),                           # public_safety (detectives)
    ("Nursery Nurse", "education"),                                      # nursing
    ("Learning Support Assistant", "education"),                         # it_infrastructure
    ("Fitter and Turner", "skilled_trades"),                             # manufacturing
    ("Maintenance Fitter", "skilled_trades"),                            # manufacturing (tailors)
    ("Joiner", "skilled_trades"),                                        # manufacturing
    ("General Labourer", "construction"),                                # None
    ("Labourer", "construction"),                                        # None
    ("Site Manager", "construction"),                                    # policy_program
    ("Gas Engineer", "skilled_trades"),                                  # engineering_architecture
    ("Heating Engineer", "skilled_trades"),                              # engineering_architecture
    ("Sparky", "skilled_trades"),                                        # None
    ("Book-keeper", "finance_accounting"),                               # logistics_supply_chain
    ("Finance Officer", "finance_accounting"),                           # policy_program
    ("Warder", "public_safety"),                                         # None
    ("Office Boy", "administrative"),                                    # hospitality
    ("Executive Personal Assistant", "administrative"),                  # hospitality
    ("Personal Assistant to Controller", "administrative"),              # hospitality
    # already right, must stay
    ("Production Operative", "manufacturing"),
    ("Sub-Inspector", "public_safety"),
    ("Draughtsman", "engineering_architecture"),
    ("Paediatric Staff Nurse", "nursing"),
    ("Staff Nurse", "nursing"),
    ("Chartered Accountant", "finance_accounting"),
    ("Lecturer", "education"),
    ("Registrar", "education"),          # a records/academic registrar stays
    ("Surgical Registrar", "allied_health"),
    ("Barrister", "legal"),
    ("Police Constable", "public_safety"),
    ("Plumbing Engineer", "engineering_architecture"),
    ("Student Legal Specialist", "legal"),
]


@pytest.mark.parametrize(("title", "family"), EXECUTIVE)
def test_executive_titles_read_by_the_function_they_head(title: str, family: str) -> None:
    assert infer_occupation(title).family == family


@pytest.mark.parametrize(("title", "level"), [
    ("Head of Engineering", "executive"), ("VP of Engineering", "executive"), ("Director, Nursing Services", "executive"),
    ("Chief Information Officer", "executive"), ("Engineering Manager, Mechanical", "lead"),
    ("Manufacturing Engineering Manager", "lead"),
])
def test_executive_titles_keep_their_rung(title: str, level: str) -> None:
    assert infer_occupation(title).level == level


@pytest.mark.parametrize(("title", "family"), DISPATCH_AND_SHARED_WORDS)
def test_titles_read_past_a_shared_word(title: str, family: str) -> None:
    assert infer_occupation(title).family == family


@pytest.mark.parametrize(("title", "family"), COMMONWEALTH)
def test_commonwealth_title_forms(title: str, family: str) -> None:
    assert infer_occupation(title).family == family


def test_exact_title_tables_are_keyed_by_lookup_forms() -> None:
    """Every key is what ``normalize_title`` makes of some title (a key with a level word —
    "senior solicitor" — could never be looked up and would hide a mistake)."""
    for key in list(COMMONWEALTH_TITLES) + list(SHARED_WORD_TITLES):
        written = key.replace("cnc machinist", "cnc")  # "CNC Setter": "cnc" expands to "cnc machinist"
        assert normalize_title(written) == key, key


@pytest.mark.parametrize(("family", "current"), [
    ("legal", "Senior Associate"),                 # True: logistics (shipping clerks)
    ("finance_accounting", "Associate III"),       # True: logistics
    ("data_analysis", "Team Member"),              # True: hospitality (fast food)
    ("data_analysis", "Consultant"),               # True: hospitality (travel guides)
    ("marketing_communications", "Specialist II"),  # True: logistics (purchasing agents)
    ("policy_program", "Coordinator"),             # True: education
    ("logistics_supply_chain", "Crew Member"),     # True: hospitality
    ("nursing", "Assistant Vice President"),       # True: policy_program
    ("skilled_trades", "Vice President"),          # True: policy_program
    ("data_analysis", "Staff Member"),             # True: hospitality
])
def test_a_generic_current_title_is_no_career_change(family: str, current: str) -> None:
    assert changes_field(family, current) is False


@pytest.mark.parametrize(("family", "current"), [
    ("design_ux", "4th Grade Teacher"), ("nursing", "Flight Attendant"), ("software_engineering", "Mathematics Teacher"),
    ("construction", "Retail Stock Associate"),
])
def test_a_specific_current_title_in_another_field_is_a_change(family: str, current: str) -> None:
    assert changes_field(family, current) is True


@pytest.mark.parametrize(("current", "earlier", "family"), [
    ("Vice President", ["Assistant Vice President", "Credit Analyst I"], "finance_accounting"),   # blind6 f18
    ("Assistant Vice President", ["Network Engineer II", "Network Administrator"], "it_infrastructure"),  # f21
    ("Senior Associate", ["Associate", "Law Clerk"], "legal"),                                   # f12
    ("Team Member", ["Pharmacy Technician"], "allied_health"),
    ("Consultant", ["Data Analyst", "Reporting Analyst"], "data_analysis"),
    ("Associate III", ["Staff Accountant"], "finance_accounting"),
    ("Specialist", ["Paralegal"], "legal"),
    ("Coordinator", ["Medical Assistant"], "allied_health"),
    # a generic head that still names work keeps a tie with one earlier title (blind4 d10)
    ("Drill Sergeant / Senior Instructor", ["Instructor / Writer", "Signal Support Systems Specialist"], "education"),
    # a specific current title is the reading; earlier titles are not read
    ("Registered Nurse", ["Line Cook", "Server"], "nursing"),
])
def test_a_generic_current_title_gives_way_to_earlier_titles(current: str, earlier: list[str], family: str) -> None:
    assert person_family(person_readings([], current, "", earlier=earlier)) == family
