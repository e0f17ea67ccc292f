"""The Jobs pay floor takes a yearly amount or an hourly rate and says back which it read (ux100,
issue 12 newcomer trial: a CPhT thinking "$25 an hour" could not tell the filter's unit, and a
typed "25" was taken as 25 dollars a year — a floor that filtered nothing).

Rows: (typed, annual floor the filter compares in its currency, reading shown under the field).
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.pay_floor import floor_reading
from careercopilot.services.job_views import parse_filters

ROWS = [
    ("52k", 52_000, "At least USD 52,000 a year (≈ USD 25 an hour)"),
    ("$52,000", 52_000, "At least USD 52,000 a year (≈ USD 25 an hour)"),
    ("52000", 52_000, "At least USD 52,000 a year (≈ USD 25 an hour)"),
    ("$25/hr", 52_000, "At least USD 25 an hour (≈ USD 52,000 a year)"),
    ("25 an hour", 52_000, "At least USD 25 an hour (≈ USD 52,000 a year)"),
    ("$25 hourly", 52_000, "At least USD 25 an hour (≈ USD 52,000 a year)"),
    ("25/hour", 52_000, "At least USD 25 an hour (≈ USD 52,000 a year)"),
    ("25", 52_000, "Read as USD 25 an hour (≈ USD 52,000 a year); for a yearly amount type 25k"),
    ("$18.50", 38_480, "Read as USD 18.50 an hour (≈ USD 38,480 a year); for a yearly amount type 18.5k"),
    ("20 USD", 41_600, "Read as USD 20 an hour (≈ USD 41,600 a year); for a yearly amount type 20k"),
    ("$4,300/month", 51_600, "At least USD 4,300 a month (≈ USD 51,600 a year)"),
    ("€60k", 60_000, "At least EUR 60,000 a year (≈ EUR 28.85 an hour)"),
    ("$120k+", 120_000, "At least USD 120,000 a year (≈ USD 57.69 an hour)"),
]


@pytest.mark.parametrize("typed,yearly,reading", ROWS)
def test_filter_floor_is_annual_and_its_unit_is_said(typed, yearly, reading):
    filters = parse_filters({"salary_floor": typed})
    assert filters.salary_floor == pytest.approx(yearly)
    assert floor_reading(typed) == reading


@pytest.mark.parametrize("typed", ["", "  ", "lots", "negotiable"])
def test_no_reading_without_a_floor(typed):
    assert floor_reading(typed) == ""


def test_the_field_is_labelled_with_both_units():
    """The label names both forms and the reading is the field's description (read by a screen reader)."""
    import inspect

    from careercopilot.views import jobs

    src = inspect.getsource(jobs.filters_section)
    assert "Minimum pay (a year or an hour)" in src and 'aria_describedby="filter-salary-reading"' in src
    assert "e.g. 52k or $25/hr" in src


def test_a_saved_search_says_the_floor_with_its_unit():
    """The saved search's description (its card, the save form) says the unit too."""
    from careercopilot.services.alerts.saved_searches import describe

    assert describe("pharmacy technician", {"salary_floor": "25"}) == (
        "“pharmacy technician” · minimum pay: USD 25 an hour (≈ USD 52,000 a year)")
    assert describe("", {"salary_floor": "52k"}).endswith("minimum pay: USD 52,000 a year (≈ USD 25 an hour)")
