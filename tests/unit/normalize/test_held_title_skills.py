"""A held title shows the core skill of its workplace (skills91, trial 81 MED 4: a restaurant general
manager was told Restaurant Management and Food Service were missing)."""

import pytest

from careercopilot.normalize.held_title_skills import held_title_skills

# (resume excerpt, skill, shown?) — titles across professions; negatives: a title in a sentence, a
# title whose workplace is another kind, a title word that names another kind of work
ROWS = [
    ("General Manager, Saguaro Grill (casual dining, 140 seats) — Phoenix, AZ  03/2019 – Present",
     "Restaurant Management", True),
    ("General Manager, Saguaro Grill (casual dining, 140 seats) — Phoenix, AZ  03/2019 – Present", "Food Service", True),
    ("Assistant General Manager | Copper Kettle Cafe | 2015 – 2019", "Restaurant Management", True),
    ("Copper Kettle Cafe, Tempe AZ\nKitchen Manager    2015 – 2019", "Restaurant Management", True),
    ("Store Manager | Panda Express | 2018 - 2022", "Restaurant Management", True),
    ("Assistant Manager, Walgreens #1234 — Mesa, AZ  2019–2022", "Store Management", True),
    ("Assistant Store Manager, Dollar General  2017 - 2020", "Store Management", True),
    ("Key Holder — Ulta Beauty — 2016-2018", "Retail", True),
    ("Charge Nurse, Banner Health  2020 - Present", "Nurse Leadership", True),
    ("Charge Nurse, Banner Health  2020 - Present", "Patient Care", True),
    ("Shift Supervisor\nStarbucks, Tempe AZ  2014 - 2016", "Supervision", True),
    ("Operations Manager — Amazon Fulfillment Center PHX7   2018-2021", "Warehouse Management", True),
    ("Superintendent, Sundt Construction  2016 – 2021", "Construction Management", True),
    ("Front Office Manager, Hilton Garden Inn  2012 – 2016", "Hotel Management", True),
    ("Community Manager, Mesa Ridge Apartments  2019 - 2023", "Property Management", True),
    # negatives
    ("- Reported to the General Manager of a 200-seat restaurant", "Restaurant Management", False),
    ("Restaurant general manager with 9 years running dining rooms", "Restaurant Management", False),
    ("General Manager, Lexus of Scottsdale  2015 - 2020", "Restaurant Management", False),
    ("General Manager, Lexus of Scottsdale  2015 - 2020", "Store Management", False),
    ("Project Manager, Target Corporation  2019 - 2021", "Store Management", False),
    ("Marketing Manager, The Home Depot  2019 - 2022", "Store Management", False),
    ("Software Engineer, Toast  2020 - Present", "Restaurant Management", False),
    ("Account Manager, Sysco Foods  2018 - 2022", "Restaurant Management", False),
]


@pytest.mark.parametrize("text,skill,shown", ROWS)
def test_held_titles_show_their_workplace_skill(text, skill, shown):
    assert (skill in {t.skill for t in held_title_skills(text)}) is shown


def test_the_reason_says_the_title_and_workplace_in_words():
    (t,) = [t for t in held_title_skills("General Manager, Saguaro Grill (casual dining, 140 seats)  2019 – Present")
            if t.skill == "Restaurant Management"]
    assert t.reason == "your title General Manager at Saguaro Grill (a restaurant)"
