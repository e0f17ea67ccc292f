"""Posting titles of public employers and generic management heads (issue 11, profession and
level awareness): the function an organizational unit or a leading head's modifier names ("Deputy Commissioner,
Bureau of Customer Services", "Payroll Supervisor"), civil-service titles whose words are elsewhere level words ("Staff
Analyst", "Community Coordinator"), commissioner/deputy-chief/art-director levels, and trades
without level words. Real titles of the issue-11 postings (half A, where the rules were
developed, and half B); each row failed before (the wrong reading in the comment) except those marked unchanged.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation, infer_posting_level

FAMILIES = [
    # (title, family) — the function a unit or "X and Y" segment names
    ("Deputy Commissioner, Bureau of Customer Services", "customer_support"),           # policy_program
    ("Head of Client Relations", "customer_support"),                                   # human_resources
    ("Assistant Commissioner, Division of New Construction Finance", "finance_accounting"),  # policy_program
    ("Deputy Director, Audits and Accounts", "finance_accounting"),                     # policy_program
    ("Director of Communications and Digital Diplomacy", "marketing_communications"),   # policy_program
    ("Director of Marketing & Affordability Oversight Program", "marketing_communications"),  # policy_program
    ("Director of Facilities Maintenance", "skilled_trades"),                           # administrative
    ("EXECUTIVE DIRECTOR, SERVER INFRASTRUCTURE - BUILD", "it_infrastructure"),         # construction
    # a leading head whose modifier names the function
    ("Payroll Supervisor", "finance_accounting"),
    ("Global Payroll Manager", "finance_accounting"),
    ("AVP, Underwriting Team Leader | Hybrid", "finance_accounting"),
    ("Deputy Budget Director", "finance_accounting"),
    ("Claim Manager", "finance_accounting"),
    ("Member Services Manager", "customer_support"),
    ("Fitness Sales General Manager", "sales"),
    # a liaison's modifier names the function; outreach is marketing and communications
    ("Constituent Services Liaison", "customer_support"),                              # engineering_architecture
    ("EEO Investigations & Training Liaison", "human_resources"),                      # public_safety
    ("Assistant Procurement Liaison", "logistics_supply_chain"),                       # engineering_architecture
    ("Customer Outreach Liaison", "marketing_communications"),                         # social_work
    ("Outreach Coordinator", "marketing_communications"),                              # social_work
    ("OUTREACH AND RETENTION SPECIALIST", "marketing_communications"),                 # social_work
    # information-technology managers and administrators run systems, not software development
    ("Information Technology Manager", "it_infrastructure"),                           # software_engineering
    ("CERTIFIED IT ADMINISTRATOR (LAN/WAN)", "it_infrastructure"),                     # software_engineering
    ("Certified IT Developer (Applications) Level 3", "software_engineering"),         # unchanged
    # civil-service titles whose words include level words
    ("Staff Analyst Level 2", "policy_program"),                                        # construction (cost estimators)
    ("ASSOCIATE STAFF ANALYST", "policy_program"),                                      # data_analysis
    ("Community Coordinator", "policy_program"),                                        # social_work
    ("Clerical Associate- Appeals", "administrative"),                                  # legal
    ("City Laborer", "construction"),                                                   # logistics_supply_chain
    ("Associate Public Health Sanitarian 2", "public_safety"),                          # science_lab
    # unchanged: the computing kinds of "infrastructure" stay IT
    ("Director of Infrastructure and Support", "it_infrastructure"),
]


@pytest.mark.parametrize(("title", "family"), FAMILIES)
def test_unit_functions_and_civil_service_titles(title, family):
    assert infer_occupation(title).family == family


LEVELS = [
    # (title, description, level)
    ("Deputy Commissioner, Bureau of Customer Services", "", "executive"),         # lead
    ("Assistant Commissioner, Division of New Construction Finance", "", "executive"),  # lead
    ("Assistant Commissioner, Internal Communications", "", "executive"),          # lead
    ("Deputy Chief of Recreation", "", "lead"),                                    # executive (chief)
    ("Deputy Chief Inspector of the High Rise Unit", "", "lead"),                  # executive (chief)
    ("Senior Art Director", "", "lead"),                                           # executive (director)
    ("MultiMedia Art Director", "", "lead"),                                       # executive (director)
    # a trade's bare title is the journeyman's (level guide: journeyman = mid)
    ("CARPENTER", "", "mid"),                                                      # entry (job zone 2)
    ("LOCKSMITH", "", "mid"),                                                      # entry
    ("PLASTERER", "", "mid"),                                                      # entry
    ("Temporary Painter", "", "mid"),                                              # entry
    ("Commissioner", "", "executive"),                                             # mid
    ("Deputy Inspector General", "", "lead"),                                      # mid
    # a posting whose head noun is "assistant" asks for an entry-level applicant
    ("Administrative Assistant", "", "entry"),                                     # mid
    ("ADMINISTRATIVE ASSISTANT, LABOR SERVICES", "", "entry"),                     # mid
    ("Wholesale Sales Assistant", "", "entry"),                                    # mid
    ("Commercial Auto Underwriter Assistant", "", "entry"),                        # mid
    ("Executive Assistant", "", "mid"),                                            # unchanged
    ("Physical Therapist Assistant", "", "mid"),                                   # unchanged
    # unchanged
    ("DEPUTY DIRECTOR, HUMAN RESOURCES", "", "lead"),
    ("Apprentice Electrician", "", "entry"),
]


@pytest.mark.parametrize(("title", "description", "level"), LEVELS)
def test_posting_levels_of_public_ladders_and_trades(title, description, level):
    assert infer_posting_level(title, description) == level
