"""Level readings of issue 11's "person's level read wrong" kinds (level112, session 29).

Each table is a kind of title or ask read two+ rungs off; the right value follows the issue-11 level guide
(``benchmarks/data/issue11/families.md``) and the curator's labels named beside each table.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_level
from careercopilot.normalize.person_occupation import stated_titles

# A worker a company calls "partner" (gig apps: "Delivery Partner", blind16 q11 read executive; coffee chains:
# "Barista (Partner)", blind11 k21; hospitals: "Patient Care Partner") holds no firm partner's rung. A partner of a
# firm (law, CPA, consulting, venture; blind14 n17) is executive.
PARTNERS = [
    ("Delivery Partner", None),
    ("DELIVERY PARTNER / DRIVER", None),
    ("Driver Partner", None),
    ("Delivery Partner (self-employed)", None),
    ("Patient Care Partner", None),
    ("Care Partner", None),
    ("Team Partner", None),
    ("Barista Partner", None),
    ("Barista (\"Partner\")", None),
    ("Shift Partner", None),
    ("Crew Partner", None),
    ("Store Partner", None),
    ("Retail Partner", None),
    ("Service Partner", None),
    ("Conversation Partner", None),
    ("Lead Delivery Partner", "lead"),
    ("Partner", "executive"),
    ("Managing Partner", "executive"),
    ("Equity Partner", "executive"),
    ("Audit Partner", "executive"),
    ("Tax Partner", "executive"),
    ("Founding Partner", "executive"),
    ("Partner, Litigation", "executive"),
    ("General Partner", "executive"),
    ("HR Business Partner", None),
]


@pytest.mark.parametrize(("title", "level"), PARTNERS)
def test_partner_rung(title, level):
    assert infer_level(title, None, default=None) == level


# The assistant of a manager is the rung below the manager's (level guide: "deputy/assistant director" = lead, the
# director executive); an Assistant General Manager was read executive (blind3 c10's held title), an Assistant Store
# / Project Manager lead (blind16 q13, blind10 j14 labeled mid). A charge role of nursing keeps its lead.
ASSISTANT_MANAGERS = [
    ("Assistant General Manager", "lead"),
    ("Asst. General Manager", "lead"),
    ("Assistant Store Manager", "senior"),
    ("Assistant Manager", "senior"),
    ("Assistant Project Manager", "senior"),
    ("Assistant Restaurant Manager", "senior"),
    ("Assistant Office Manager", "senior"),
    ("Assistant Branch Manager", "senior"),
    ("Assistant Front Office Manager", "senior"),
    ("Assistant Manager, Accounts", "senior"),
    ("Assistant Nurse Manager", "lead"),
    ("Assistant Town Manager", "lead"),
    ("Assistant City Manager", "lead"),
    ("Assistant Property Manager", "entry"),
    ("Assistant Director", "lead"),
    ("Deputy Director", "lead"),
    ("Store Manager", "lead"),
    ("General Manager", "executive"),
]


@pytest.mark.parametrize(("title", "level"), ASSISTANT_MANAGERS)
def test_assistant_manager_rung(title, level):
    assert infer_level(title, None, default=None) == level


# What a resume says it does NOT want is no ask (blind16 q22: "Not interested in a clinical director role yet" read
# executive); "TARGET:" and "looking to move into" name asks (blind16 q13's "TARGET: Help Desk / IT Support Tier 1",
# the newcomer trial's CDL-A driver "looking to move into a dispatcher role").
ASKS = [
    ("Want: BCBA roles. Not interested in a clinical director role yet.", "clinical director", False),
    ("I am not looking for a management position.", "management", False),
    ("Not seeking a supervisor role at this time.", "supervisor", False),
    ("No longer pursuing nurse manager roles; I want to be back at the bedside.", "nurse manager", False),
    ("I'm not interested in sales manager work.", "sales manager", False),
    ("Never applying for director jobs again.", "director", False),
    ("Seeking a Staff Accountant role.", "Staff Accountant", True),
    ("Interested in a dispatcher role.", "dispatcher", True),
    ("TARGET: Help Desk / IT Support Tier 1", "Help Desk", True),
    ("Target role: Dispatcher", "Dispatcher", True),
    ("CDL-A driver with 10 years, looking to move into a dispatcher role.", "dispatcher", True),
    ("Warehouse lead looking to get into a buyer position.", "buyer", True),
    ("Teacher hoping to move into a training specialist role.", "training specialist", True),
]


@pytest.mark.parametrize(("text", "title", "asked"), ASKS)
def test_asks_and_refusals(text, title, asked):
    got = [t.lower() for t in stated_titles(text, generic=True)]
    assert (title.lower() in got) is asked, got
