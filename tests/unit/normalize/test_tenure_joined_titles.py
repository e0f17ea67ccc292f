"""A job title joined to a training word is a job held: its months count (trial127 finding 3: an HVAC
technician's "HVAC Installer / Apprentice … January 2016 – May 2017" was no tenure, and her years read 9.6
for Jan 2016 – present). Old code: 5 of the 9 rows failed."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.normalize.resume_fields import read_resume_fields

TODAY = date(2026, 12, 7)
LATER = "Senior Technician — Acme\nPhoenix, AZ | March 2019 – Present\n- Ran service calls.\n"

# (the earlier entry, its months counted?)
ROWS = [
    ("HVAC Installer / Apprentice  —  Valley Breeze Heating & Cooling\nMesa, AZ  |  January 2016 – February 2019\n", True),
    ("Carpenter/Apprentice, Local 1506 | January 2016 – February 2019\n", True),
    ("Intern / Junior Developer — Initech\nJanuary 2016 – February 2019\n", True),
    ("Apprentice and Installer — Desert Solar | January 2016 – February 2019\n", True),
    ("Welder / Apprentice — Gulf Fabrication\nJanuary 2016 – February 2019\n", True),
    ("Apprentice Electrician — Sparks Co.\nJanuary 2016 – February 2019\n", False),
    ("Summer Intern — Initech\nJanuary 2016 – February 2019\n", False),
    ("Marketing Intern | January 2016 – February 2019\n", False),
    ("Pre-Apprentice — YouthBuild | January 2016 – February 2019\n", False),
]


@pytest.mark.parametrize(("entry", "counted"), ROWS)
def test_joined_title_counts(entry, counted):
    years = read_resume_fields("EXPERIENCE\n" + LATER + entry, today=TODAY).years_experience
    # later job alone: Mar 2019 – Dec 2026 = 94 months = 7.8; with the earlier one: Jan 2016 – Dec 2026 = 11.0
    assert years == (11.0 if counted else 7.8)
