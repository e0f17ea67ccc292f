"""Posting occupation family and level (issue 11, score-4): families follow the published
family definitions (``benchmarks/data/issue11/families.json``), generic one-word heads give way
to the segment that qualifies them, "A and B <head>" titles read as their first function, and
level cues of civil-service and non-tech ladders. Each row failed before (old reading in the
comment)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import (
    GENERIC_HEAD_FAMILIES,
    infer_occupation,
    infer_posting_level,
    resume_level,
)

FAMILIES = [
    # family definitions: what each family holds
    ("Database Administrator", "it_infrastructure"),                 # data_analysis
    ("Senior Cloud Engineer", "it_infrastructure"),                  # software_engineering
    ("Data Engineer", "software_engineering"),                       # data_analysis
    ("Landscape Architect", "engineering_architecture"),             # construction
    ("City Planner", "engineering_architecture"),                    # science_lab
    ("Stationary Engineer (Electric)", "skilled_trades"),            # manufacturing
    ("PLASTERER", "skilled_trades"),                                 # construction
    ("Plumber's Helper", "skilled_trades"),                          # construction
    ("Custodian I", "hospitality"),                                  # skilled_trades
    ("Caretaker (HA)", "hospitality"),                               # allied_health (Personal Care Aides)
    ("Swim Instructor", "hospitality"),                              # marketing_communications (Coaches)
    ("Health & Safety Specialist", "public_safety"),                 # engineering_architecture
    ("Public Health Inspector", "public_safety"),                    # science_lab
    ("Manufacturing Engineer", "manufacturing"),                     # engineering_architecture
    ("Senior Process Engineer", "manufacturing"),                    # engineering (Bioengineers)
    ("Production Planner", "manufacturing"),                         # logistics (Logisticians)
    ("Legal Secretary", "legal"),                                    # administrative
    ("Procurement Assistant", "logistics_supply_chain"),             # finance_accounting
    ("CONTRACT ADMINISTRATOR", "logistics_supply_chain"),            # administrative
    ("Professional Development Trainer", "education"),               # human_resources
    ("MAINTENANCE WORKER", "skilled_trades"),                        # construction (Highway Maintenance)
    ("Project Manager", "policy_program"),                           # engineering (A&E Managers)
    ("Policy Advisor", "policy_program"),                            # data_analysis (Operations Research)
    ("Accounting Manager", "finance_accounting"),                    # administrative
    # a generic one-word head gives way to the segment that qualifies it
    ("Senior Analyst, Data & Analytics", "data_analysis"),           # construction (Cost Estimators)
    ("Staff Engineer (Civil)", "engineering_architecture"),          # software_engineering
    ("Manager of Human Resources", "human_resources"),               # hospitality (Gambling Managers)
    ("Chief, Personnel Unit", "human_resources"),                    # public_safety (Fire chiefs)
    # "A and B head": the first-named function leads
    ("Marketing & Events Manager", "marketing_communications"),      # hospitality
    ("HR & Administrative Assistant", "human_resources"),            # administrative
    # unchanged readings
    ("Registered Nurse - ICU", "nursing"),
    ("Senior Software Engineer", "software_engineering"),
    ("Electrician", "skilled_trades"),
    ("Data Analyst", "data_analysis"),
]


@pytest.mark.parametrize(("title", "family"), FAMILIES)
def test_posting_family(title, family):
    assert infer_occupation(title).family == family


def test_generic_heads_are_found_from_the_titles_data():
    from careercopilot.normalize.occupations import _generic

    assert _generic("analyst") and _generic("manager") and _generic("technician") and _generic("chief")
    assert not _generic("nurse") and not _generic("electrician") and not _generic("data analyst")


POSTING_LEVELS = [
    ("Assistant Civil Engineer", "", "entry"),                       # mid
    ("Assistant Landscape Architect", "", "entry"),                  # lead (architect)
    ("Supervising Public Health Nurse", "", "lead"),                 # mid
    ("Software Architect", "", "senior"),                            # lead
    ("Staff Accountant", "", "mid"),                                 # lead (staff)
    ("Staff Software Engineer", "", "lead"),
    ("Senior Product Marketing Manager", "", "senior"),              # lead (manager)
    ("Executive Assistant to the Director of Personnel", "", "mid"),  # executive (director)
    ("Secretary to Division Chief", "Requires 3 years of experience.", "mid"),  # executive (chief)
    ("Assistant Director of Admissions", "", "lead"),                # a manager, not the rung below
    ("Data Analyst", "Requires 5 years of experience with SQL.", "mid"),        # senior (5 → < 6 mid)
    ("Data Analyst", "Requires 8+ years of experience with SQL.", "senior"),    # lead (8 → < 10 senior)
    ("Data Analyst", "Requires 1 year of experience.", "entry"),
]


@pytest.mark.parametrize(("title", "description", "level"), POSTING_LEVELS)
def test_posting_level(title, description, level):
    assert infer_posting_level(title, description) == level


RESUME_LEVELS = [
    # (current title, years, resume text, level)
    ("Line Cook", 4.4, "", "entry"),                                  # mid: job zone 1
    ("Customer Service Representative", 4.4, "", "entry"),            # mid: job zone 2
    ("Registered Nurse", 8.0, "CAREER CHANGE: 7 years as an ICU nurse, now moving into data analysis.", "entry"),
    ("Stock Associate", 6.0, "I want to start a career in construction as a laborer.", "entry"),
    ("Executive Assistant to the CEO", 13.0, "", "senior"),            # executive (CEO)
    ("Registered Nurse", 8.0, "Registered nurse on a cardiac unit.", "mid"),
    ("Journeyman Electrician", 11.0, "", "mid"),
    ("Senior Software Engineer", 3.0, "", "senior"),
    ("Data Analyst", 12.0, "", "senior"),
    ("Data Analyst", 1.0, "", "entry"),
]


@pytest.mark.parametrize(("title", "years", "text", "level"), RESUME_LEVELS)
def test_resume_level(title, years, text, level):
    assert resume_level(title, years, text) == level
