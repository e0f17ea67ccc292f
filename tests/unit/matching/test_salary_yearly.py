"""The yearly equivalent of a pay range in the salary check (issue 11 trial finding 3: an
hourly range's yearly figure was its top end only). Each end converts on its own; the floor is
compared with the range's top (max, else min) in annual USD — the jobs filter's rule."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.services import matching


def _posting(**kw) -> JobPosting:
    base = dict(id=1, source_type="x", ats_id="1", url="https://x/1", title="Registered Nurse", company="Acme",
                company_key="acme", dedupe_key="k", description_text="Nursing", content_hash="h")
    base.update(kw)
    return JobPosting(**base)


def _profile(floor: float, currency: str = "USD", period: str = "year") -> matching.Profile:
    return matching.Profile(text="", skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), salary_floor=floor, salary_currency=currency,
                            salary_period=period)


@pytest.mark.parametrize("lo,hi,period,floor,shown,ok", [
    # hourly ×2,080: both ends, and the top end decides against the floor
    (20, 30, "hour", 50_000, "≈ USD 41,600–62,400/year", True),
    (20, 30, "hour", 70_000, "≈ USD 41,600–62,400/year", False),
    (38.5, 52.25, "hour", 100_000, "≈ USD 80,080–108,680/year", True),
    # daily ×260, weekly ×52, monthly ×12
    (200, 300, "day", 60_000, "≈ USD 52,000–78,000/year", True),
    (1_000, 1_400, "week", 75_000, "≈ USD 52,000–72,800/year", False),
    (4_000, 5_000, "month", 55_000, "≈ USD 48,000–60,000/year", True),
    # a lone bound converts alone; equal ends show one figure
    (25, None, "hour", 50_000, "≈ USD 52,000/year", True),
    (None, 25, "hour", 60_000, "≈ USD 52,000/year", False),
    (30, 30, "hour", 60_000, "≈ USD 62,400/year", True),
])
def test_yearly_equivalent_converts_each_end(lo, hi, period, floor, shown, ok):
    check, _ = matching._salary_check(_profile(floor), _posting(salary_min=lo, salary_max=hi, salary_currency="USD",
                                                                  pay_period=period))
    assert shown in check.reason and check.ok is ok


def test_yearly_range_not_shown_for_a_yearly_range_in_the_floor_currency():
    check, _ = matching._salary_check(_profile(50_000), _posting(salary_min=45_000, salary_max=60_000,
                                                                  salary_currency="USD", pay_period="year"))
    assert "≈" not in check.reason and check.ok is True


def test_yearly_range_in_an_hourly_floor_speaks_the_floor_period_currency():
    # A floor given per hour is compared in annual USD too; the posting's range still shows both ends.
    check, _ = matching._salary_check(_profile(25, period="hour"), _posting(salary_min=20, salary_max=30,
                                                                             salary_currency="USD", pay_period="hour"))
    assert check.ok is True and "≈ USD 41,600–62,400/year" in check.reason and "floor of USD 25/hour" in check.reason
