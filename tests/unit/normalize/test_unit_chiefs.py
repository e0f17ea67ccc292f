"""A government unit chief is the head of the unit's work (``occupation_heads.unit_chief_reading``).

Why (session 24): federal, state and city organization charts title a unit's head "Chief, <X> Division/Branch/
Section/Bureau/Unit/Office", "<Unit> Chief, <X>" or "Chief, Bureau of <X>" (the issue-11 NYC Jobs postings: the
NYC DEP's "Chief, System Operations Division", a water-supply manager labeled policy/program work, was read as a
fire chief — "operations chief" is an O*NET fire officer). The unit's words name the work, read like "Director of
<X>"; a unit whose words name no known function is a public manager (O*NET 11-9199 Managers, All Other, which
lists "Branch Chief" and "Division Chief"), never a fire officer or school administrator ("division chief" alone
is O*NET's education administrator). Titles of a fire or police department that name their own work ("Chief,
EMS Division", "Division Chief, Fire Prevention", "Chief of Police", "Battalion Chief") keep it.

On the code before this change 20 of the 24 ``CHIEFS`` rows read another family (every "Chief, <X> Branch" read
"branch chief", O*NET's catch-all manager; the "operations" units a fire officer; "Division Chief, <X>" a school
administrator); the ``KEEP`` rows pass on both.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupations import infer_occupation

CHIEFS = [
    ("Chief, System Operations Division", "policy_program"),
    ("Chief of the System Operations Division", "policy_program"),
    ("Division Chief, Water Operations", "policy_program"),
    ("Chief, Field Operations Branch", "policy_program"),
    ("Chief, Permits Section", "policy_program"),
    ("Chief, Budget Branch", "finance_accounting"),
    ("Chief, Budget Division", "finance_accounting"),
    ("Section Chief, Accounts Payable", "finance_accounting"),
    ("Chief, Accounts Payable Section", "finance_accounting"),
    ("Chief, Financial Management Branch", "finance_accounting"),
    ("Chief, Payroll Section", "finance_accounting"),
    ("Branch Chief, Contracting", "logistics_supply_chain"),
    ("Chief, Procurement Branch", "logistics_supply_chain"),
    ("Chief, Human Resources Branch", "human_resources"),
    ("Chief, Labor Relations Branch", "human_resources"),
    ("Chief, Information Technology Branch", "it_infrastructure"),
    ("Chief, Data Analytics Branch", "data_analysis"),
    ("Chief, Audit Branch", "finance_accounting"),
    ("Chief, Claims Branch", "finance_accounting"),
    ("Chief, Investigations Branch", "public_safety"),
    ("Chief, Legal Affairs Branch", "legal"),
    ("Chief, Construction Management Branch", "construction"),
    ("Chief, Training Branch", "human_resources"),
    ("Chief, Child Welfare Branch", "social_work"),
]

KEEP = [
    ("Chief, EMS Division", "public_safety"),
    ("Division Chief, Fire Prevention", "public_safety"),
    ("Chief, Emergency Management Branch", "public_safety"),
    ("Chief of Police", "public_safety"),
    ("Battalion Chief", "public_safety"),
    ("Fire Chief", "public_safety"),
    ("Chief, Personnel Unit", "human_resources"),
    ("Division Chief of Construction Management", "construction"),
    ("Chief, Environmental Compliance Section", "policy_program"),
    ("Chief Financial Officer", "finance_accounting"),
]


@pytest.mark.parametrize(("title", "family"), CHIEFS + KEEP, ids=[t for t, _ in CHIEFS + KEEP])
def test_unit_chief_reads_the_units_work(title: str, family: str) -> None:
    occ = infer_occupation(title)
    assert occ.family == family
    assert occ.level == "executive"
