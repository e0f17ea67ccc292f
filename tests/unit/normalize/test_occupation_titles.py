"""Occupation of generic and compound titles (issue 11, profession awareness): titles that
O*NET's reported-titles file puts under one narrow occupation, or that the word vote misread,
and "X to the Y" assistant titles. Each row failed before (the wrong occupation in the comment).
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation

TITLES = [
    # (title, expected family, what it was before)
    ("Senior Scientist", "science_lab"),                              # Chemical Engineers
    ("Principal Scientist", "science_lab"),                           # Chemical Engineers
    ("Senior Research Scientist, Microbiology", "science_lab"),       # Computer and Information Research Scientists
    ("City Research Scientist II", "science_lab"),                    # Computer and Information Research Scientists
    ("Lab Manager", "science_lab"),                                   # Biofuels Product Development Managers
    ("Deputy Director", "policy_program"),                            # Police and Sheriff's Patrol Officers
    ("Executive Assistant to the CEO", "administrative"),             # Chief Executives
    ("Assistant to the Commissioner", "administrative"),
    ("Respiratory Care Practitioner", "allied_health"),               # Nurse Practitioners
    # a generic management head gives way to the function it names
    ("DEPUTY DIRECTOR, HUMAN RESOURCES", "human_resources"),           # General and Operations Managers
    ("Deputy Director of Payroll and Timekeeping", "finance_accounting"),
    ("DEPUTY DIRECTOR, PARTNERSHIPS AND COMMUNICATIONS", "marketing_communications"),
    ("Director of Finance", "finance_accounting"),                      # Chief Executives (vote)
    ("VP of Finance", "finance_accounting"),                            # Education Administrators (vote)
    ("Chief Financial Officer", "finance_accounting"),                  # Chief Executives
    ("Director of Nursing", "nursing"),                                 # Nursing Assistants (vote)
    ("Director, Software Engineering", "software_engineering"),
    ("Deputy Director", "policy_program"),                              # no function named: stays general
    ("Executive Director", "policy_program"),
    # unchanged readings
    ("Research Scientist, Machine Learning", "data_analysis"),
    ("Data Scientist", "data_analysis"),
    ("Microbiologist", "science_lab"),
    ("Registered Nurse - ICU", "nursing"),
]


@pytest.mark.parametrize(("title", "family"), TITLES)
def test_generic_titles_get_their_profession(title, family):
    assert infer_occupation(title).family == family


def test_assistant_to_someone_is_the_assistant_not_the_someone():
    occ = infer_occupation("Executive Assistant to the CEO")
    assert occ.code == "43-6011.00" and occ.matched == "executive assistant"


@pytest.mark.parametrize(("title", "years", "level"), [
    ("Registered Nurse", 6.4, "mid"),          # was senior: nursing has no "senior" rung
    ("CNC Machinist", 9.4, "mid"),             # was senior
    ("Litigation Paralegal", 7.4, "mid"),      # was senior
    ("Data Analyst", 1.0, "entry"),
    ("Police Officer", 14.4, "senior"),
    ("Senior Software Engineer", 3.0, "senior"),  # title words win over years
    ("Journeyman Electrician", 11.4, "mid"),
])
def test_resume_level_from_years_needs_a_decade_for_senior(title, years, level):
    from careercopilot.normalize.occupations import RESUME_SENIOR_YEARS, infer_level

    assert RESUME_SENIOR_YEARS == 10
    assert infer_level(title, years) == level


def test_function_reading_keeps_the_title_level():
    assert infer_occupation("DEPUTY DIRECTOR, HUMAN RESOURCES").level == "lead"
    assert infer_occupation("Director of Finance").level == "executive"
