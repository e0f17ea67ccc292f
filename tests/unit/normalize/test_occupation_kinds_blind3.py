"""Occupation kinds the issue-11 blind3 resumes showed read into the wrong family or level
(session 13), each as a table of variants of its kind, with the titles of neighbouring kinds
that must keep their reading. The reading before the fix in the comment.

* a building's engineers are stationary engineers (skilled trades; c14 "Chief Engineer" read
  civil engineering, executive);
* environmental-health, food-safety and restaurant inspection is public safety (c16
  "Environmental Health Specialist II" read science);
* planners of places are engineering/architecture (c24 "Transportation Planner II" read science);
* leaders of a call or contact center are customer support (c27 "Call Center Supervisor" read
  policy/program management); mortgage loan officers sell (c03's top ten held three, read finance);
* "II" is the middle rung (c02, c06, blind2 b03 "Specialist II" read senior); the chief of a
  building's engineers or of a trade is lead (level guide: "chief/master trades");
* a generic current title has no job zone (c03 "Associate" of 7 years read entry)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation, resume_level

FAMILIES = [
    # stationary engineers
    ("Chief Engineer", "skilled_trades"),                          # engineering_architecture
    ("Chief Building Engineer", "skilled_trades"),                 # engineering_architecture
    ("Building Engineer", "skilled_trades"),                       # engineering_architecture
    ("Assistant Chief Engineer", "skilled_trades"),                # engineering_architecture
    ("Chief Operating Engineer", "skilled_trades"),                # construction
    ("Building Operating Engineer", "skilled_trades"),             # construction
    ("Stationary Engineer", "skilled_trades"),
    ("Operating Engineer", "construction"),                        # unchanged: heavy equipment
    ("Civil Engineer", "engineering_architecture"),
    # health inspection
    ("Environmental Health Specialist II", "public_safety"),       # science_lab
    ("Registered Environmental Health Specialist", "public_safety"),  # science_lab
    ("Food Safety Inspector", "public_safety"),                    # science_lab (agricultural inspectors)
    ("Sanitarian", "public_safety"),                               # science_lab
    ("Health Inspector", "public_safety"),                         # policy_program
    ("Environmental Health & Safety Officer", "public_safety"),    # logistics_supply_chain
    ("Food Safety Officer", "public_safety"),
    ("Public Health Inspector", "public_safety"),
    ("Instructor, Division of Environmental Health", "education"),  # unchanged: teaches
    ("Environmental Scientist", "science_lab"),
    ("Mental Health Specialist", "social_work"),
    # planners of places
    ("Transportation Planner II", "engineering_architecture"),     # science_lab
    ("Senior Transit Planner", "engineering_architecture"),        # science_lab
    ("Land Use Planner", "engineering_architecture"),              # science_lab (conservation scientists)
    ("Multimodal Planner", "engineering_architecture"),
    ("City Planner", "engineering_architecture"),
    ("Event Planner", "hospitality"),                              # unchanged: other planners
    ("Production Planner", "manufacturing"),
    ("Financial Planner", "finance_accounting"),
    ("Demand Planner", "logistics_supply_chain"),
    ("Discharge Planner", "social_work"),
    # call and contact centers
    ("Call Center Supervisor", "customer_support"),                # policy_program
    ("311 Call Center Manager", "customer_support"),               # policy_program
    ("Contact Center Manager", "customer_support"),                # policy_program
    ("Contact Center Supervisor", "customer_support"),             # manufacturing (vote)
    ("Call Centre Team Leader", "customer_support"),
    ("Help Desk Supervisor", "it_infrastructure"),                 # manufacturing (vote)
    ("Customer Service Supervisor", "customer_support"),
    # mortgage sales (families.md: "real-estate/insurance/mortgage sales")
    ("Mortgage Loan Officer - Texas/Remote", "sales"),            # finance_accounting (loan officers)
    ("External Mortgage Loan Officer", "sales"),                  # finance_accounting
    ("Mortgage Loan Originator", "sales"),
    ("Home Loan Officer", "sales"),
    ("Loan Officer", "finance_accounting"),                        # unchanged: a bank's lending
    # postings in c26's and c29's top tens: an executive's function in the first words of the
    # other segment, service-desk agents, Montessori guides, direct care
    ("EXECUTIVE DIRECTOR, CONSTRUCTION INDUSTRY PARTNERSHIP", "construction"),  # policy_program
    ("Executive Director, Construction Safety Training", "construction"),       # policy_program
    ("Executive Director, Finance and Administration", "finance_accounting"),
    ("Executive Director", "policy_program"),
    ("Senior Service Desk Agent", "it_infrastructure"),            # hospitality (hotel desk clerks)
    ("Help Desk Agent", "it_infrastructure"),
    ("Montessori Lead Guide, Primary", "education"),               # hospitality (tour guides)
    ("Tour Guide", "hospitality"),
    ("Direct Care Supervisor", "social_work"),                     # hospitality
    ("Direct Support Professional", "social_work"),
]


@pytest.mark.parametrize(("title", "family"), FAMILIES)
def test_family_of_kinds_read_elsewhere(title, family):
    assert infer_occupation(title).family == family


@pytest.mark.parametrize(("title", "level"), [
    ("Specialist II", "mid"),                     # senior
    ("Customer Support Specialist II", "mid"),    # senior
    ("Eligibility Specialist II", "mid"),         # senior
    ("Specialist III", "senior"),
    ("Chief Engineer", "lead"),                   # executive
    ("Chief Building Engineer", "lead"),          # executive
    ("Assistant Chief Engineer", "lead"),         # executive
    ("Chief Electrician", "lead"),                # executive
    ("Chief Financial Officer", "executive"),     # unchanged
    ("Chief of Staff", "executive"),
])
def test_level_of_ranked_and_chief_titles(title, level):
    assert infer_occupation(title).level == level


@pytest.mark.parametrize(("title", "years", "level"), [
    ("Associate", 7.5, "mid"),          # entry: "Associate" voted a zone-2 occupation
    ("Associate", 3.0, "mid"),          # entry
    ("Team Member", 1.0, "entry"),      # under 2 years
    ("Specialist", 12.0, "senior"),
    ("Line Cook", 8.0, "entry"),        # unchanged: a real zone-2 occupation
    ("Cashier", 5.0, "entry"),
])
def test_generic_current_title_has_no_job_zone(title, years, level):
    assert resume_level(title, years, "") == level
