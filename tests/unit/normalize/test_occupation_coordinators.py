"""Coordinator titles read by what they coordinate, not by the employer's industry or an alternate
title's vote (trial127 finding 1). Old code: 9 of the 11 rows failed."""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupation_postings import read_posting_occupation
from careercopilot.normalize.occupations import family_of

TRADE = ("Schedule and dispatch our HVAC and plumbing technicians, take service calls from customers, enter "
         "work orders and billing.")
CONTACT = ("Monitor incoming calls, emails and chats to ensure contact center agents follow policy; coach agents "
           "on customer interactions.")
PLANT = "Review batch records and GMP documentation on the production line; release finished goods."
HOUSING = "Connect residents with benefits and referrals; help families keep their housing; track eligibility."

ROWS = [
    ("Service Coordinator", TRADE, "customer_support"),
    ("Field Service Coordinator", TRADE, "customer_support"),
    ("HVAC Service Coordinator", TRADE, "customer_support"),
    ("Service & Dispatch Coordinator", TRADE, "customer_support"),
    ("Service Coordinator", HOUSING, "social_work"),
    ("Resident Services Coordinator", HOUSING, "social_work"),
    ("Customer Facing Quality Assurance Coordinator (Customer Contact Center - Remote)", CONTACT, "customer_support"),
    ("Customer Care Quality Coordinator", CONTACT, "customer_support"),
    ("Quality Assurance Coordinator", CONTACT, "customer_support"),
    ("Quality Assurance Coordinator", PLANT, "manufacturing"),
    ("Dispatch Coordinator", TRADE, "logistics_supply_chain"),
]


@pytest.mark.parametrize(("title", "text", "family"), ROWS)
def test_coordinator_family(title, text, family):
    assert read_posting_occupation(title, text, "Grunwald Mechanical Contractors").family == family
