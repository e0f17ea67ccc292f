"""A target title whose head noun names the occupation its reading chose is that occupation, not its whole
field (``explanations._names_its_occupation``; session 25 — "session 28", trial101 #2: a CDL-A driver moving
into dispatch, targets "Fleet Dispatcher", saw a "Driver" posting ✓ "matches your target 'Fleet Dispatcher': the
same occupation (Dispatchers)" and ranked #3 at 94). On the code before, 4 of the 6 "other occupation" rows failed
(✓ through the family; the other two targets read by an exact title were right); the "same" rows passed and still do."""

import pytest

from careercopilot.services.matching.explanations import occupation_title_fit

# (target, posting title, ✓?)
ROWS = [
    ("Fleet Dispatcher", "Driver", False),
    ("Fleet Dispatcher", "CDL-A Truck Driver", False),
    ("Fleet Dispatcher", "Freight Broker", False),
    ("Fleet Dispatcher", "Warehouse Associate", False),
    ("Logistics Dispatcher", "Delivery Driver", False),
    ("Night Dispatcher", "Forklift Operator", False),
    ("Fleet Dispatcher", "Truck Dispatcher", True),
    ("Fleet Dispatcher", "Dispatcher", True),
    ("Fleet Dispatcher", "Senior Dispatcher", True),
    ("Charge Nurse", "Registered Nurse", True),
]


@pytest.mark.parametrize("target,posting,ok", ROWS)
def test_a_target_naming_its_occupation_is_not_its_field(target, posting, ok):
    assert occupation_title_fit(target, posting)[0] is ok
