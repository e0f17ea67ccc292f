"""A title ending in a short O*NET alternate title of a *specialised* occupation is not that occupation when the
title names another specialisation (``normalize.occupation_truncations``; session 25 — "session 28"; trial101:
"IT Operations Specialist" read as Airfield Operations Specialists, a dispatcher's #1 "strong fit"). And the
armed forces' occupations do not win the vote of a civilian title (``occupation_votes.MILITARY_WORDS``).

On the code before, 19 of the 22 "another specialty" rows failed (read as the truncated or an armed-forces
occupation; the other three are guards whose family was right either way) and the 8 "kept" rows passed."""

import pytest

from careercopilot.normalize.occupations import infer_occupation

# (title, the occupation it must NOT be read as, the family it should be in — None: only "not that one")
ANOTHER_SPECIALTY = [
    ("IT Operations Specialist", "Airfield Operations Specialists", "it_infrastructure"),
    ("HR Operations Specialist", "Airfield Operations Specialists", "human_resources"),
    ("Marketing Operations Specialist", "Airfield Operations Specialists", "marketing_communications"),
    ("Sales Operations Specialist", "Airfield Operations Specialists", "sales"),
    ("Revenue Operations Specialist", "Airfield Operations Specialists", None),
    ("Payroll Operations Specialist", "Airfield Operations Specialists", "finance_accounting"),
    ("Data Operations Specialist", "Airfield Operations Specialists", "data_analysis"),
    ("Legal Operations Specialist", "Airfield Operations Specialists", "legal"),
    ("Clinical Operations Specialist", "Airfield Operations Specialists", None),
    ("Technical Operations Specialist", "Airfield Operations Specialists", "it_infrastructure"),
    ("Store Operations Specialist", "Airfield Operations Specialists", None),
    ("Pharmacy Operations Specialist", "Airfield Operations Specialists", None),
    ("Restaurant Operations Specialist", "Airfield Operations Specialists", None),
    ("Warehouse Operations Specialist", "Airfield Operations Specialists", "logistics_supply_chain"),
    ("UX Research Coordinator", "Clinical Research Coordinators", "design_ux"),
    ("Human Resource Specialist", "Water Resource Specialists", "human_resources"),
    ("Film Production Manager", "Industrial Production Managers", None),
    ("Plant Production Manager", "Industrial Production Managers", "manufacturing"),
    ("Cardiac Medical Sonographer", None, "allied_health"),
    ("Wireless Network Architect", None, "it_infrastructure"),
    ("Licensed Financial Advisor", None, "finance_accounting"),
    ("Director of Operations", "Command and Control Center Officers", None),
]

# the bare short title and titles naming the specialisation keep the occupation
KEPT = [
    ("Operations Specialist", "Airfield Operations Specialists"),
    ("Airfield Operations Specialist", "Airfield Operations Specialists"),
    ("Clinical Research Coordinator", "Clinical Research Coordinators"),
    ("Senior Clinical Research Coordinator", "Clinical Research Coordinators"),
    ("Oncology Clinical Research Coordinator", "Clinical Research Coordinators"),
    ("Diagnostic Medical Sonographer", "Diagnostic Medical Sonographers"),
    ("Heavy Truck Driver", "Heavy and Tractor-Trailer Truck Drivers"),
    ("Civil Drafter", "Architectural and Civil Drafters"),
]


@pytest.mark.parametrize("title,wrong,family", ANOTHER_SPECIALTY)
def test_another_specialty_is_not_the_truncated_occupation(title, wrong, family):
    occ = infer_occupation(title)
    if wrong:
        assert occ.title != wrong
    assert occ.code is None or not occ.code.startswith("55-")  # no armed-forces occupation for a civilian title
    if family:
        assert occ.family == family


@pytest.mark.parametrize("title,occupation", KEPT)
def test_the_specialty_or_the_bare_title_keeps_the_occupation(title, occupation):
    assert infer_occupation(title).title == occupation
