"""Places and requirement clauses in a posting's title are not its role (``normalize.title_places``).

Rows of ``OCCUPATION_ROWS``: (title, family of the role, failed on b4ed0e1). The newcomer trial92 saw the
first two: a sales job "… Pittsburgh, PA" read as Physician Assistants (92, "strong fit" for a pharmacy
technician) and "Growth Consultants with OD/OCM experience" as Optometrists. 4 of the 14 rows failed before (the state code or
requirement read as the role); the others guard what must stay."""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation
from careercopilot.normalize.title_places import role_part

OCCUPATION_ROWS = [
    ("Associate Sales Representative - Chicago, IL, Columbus, Ohio or Pittsburgh, PA", "sales", True),
    ("Associate Sales Representative - Pittsburgh, PA", "sales", True),
    ("Experienced Growth Consultants with OD/OCM experience", "marketing_communications", True),
    ("Inside Sales Associate - Baltimore, MD", "sales", True),
    ("Customer Care Specialist - Towson, MD", "customer_support", False),
    ("Warehouse Associate (Allentown, PA)", "logistics_supply_chain", False),
    ("Office Coordinator | Bethesda, MD", "administrative", False),
    ("Event Planner with PA experience", "hospitality", False),
    # kept: the role itself is the abbreviation, or the place is none
    ("PA-C, Urgent Care", "allied_health", False),
    ("Physician Assistant - Pittsburgh, PA", "allied_health", False),
    ("Medical Assistant, Harrisburg PA", "allied_health", False),
    ("Registered Nurse - Portland, OR", "nursing", False),
    ("Software Engineer (Remote - US)", "software_engineering", False),
    ("Director, Nursing Services", "nursing", False),
]


@pytest.mark.parametrize("title,family,failed_before", OCCUPATION_ROWS)
def test_a_title_is_read_by_its_role_not_its_places(title, family, failed_before):
    assert infer_occupation(title).family == family


ROLE_PART_ROWS = [
    ("Associate Sales Representative - Chicago, IL, Columbus, Ohio or Pittsburgh, PA", "Associate Sales Representative"),
    ("Account Executive (Hartford, CT)", "Account Executive"),
    ("Data Analyst - Remote", "Data Analyst"),
    ("Software Engineer (Remote - US)", "Software Engineer"),
    ("Retail Pharmacy Manager - Canada", "Retail Pharmacy Manager"),
    ("Nurse with ICU experience", "Nurse"),
    ("Growth Consultants with OD/OCM experience", "Growth Consultants"),
    # kept as they are
    ("PA-C, Urgent Care", "PA-C, Urgent Care"),
    ("Inspector, Boilers", "Inspector, Boilers"),
    ("Chief, Personnel Unit", "Chief, Personnel Unit"),
    ("Engineer (Civil)", "Engineer (Civil)"),
    ("Teacher - Math, Grades 6-8", "Teacher - Math, Grades 6-8"),
    ("Sales Associate - Mobile", "Sales Associate - Mobile"),  # a city without a state: also a word
    ("Operator / Driver", "Operator / Driver"),
    ("", ""),
]


@pytest.mark.parametrize("title,role", ROLE_PART_ROWS)
def test_role_part(title, role):
    assert role_part(title) == role
