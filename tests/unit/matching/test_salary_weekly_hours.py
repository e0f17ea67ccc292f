"""The salary check with the posting's stated weekly hours (issue 11, newcomer trial F7): an
hourly rate is annualised at those hours (each end on its own), the reason says the hours, and a
part-time posting that states none keeps full-time hours and says so (none are invented)."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.services import matching


def _posting(**kw) -> JobPosting:
    base = dict(id=1, source_type="x", ats_id="1", url="https://x/1", title="Barista", company="Acme",
                company_key="acme", dedupe_key="k", description_text="Coffee", content_hash="h",
                salary_currency="USD", pay_period="hour")
    base.update(kw)
    return JobPosting(**base)


def _profile(floor: float, currency: str = "USD") -> matching.Profile:
    return matching.Profile(text="", skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), salary_floor=floor, salary_currency=currency,
                            salary_period="year")


def test_the_trial_posting_is_below_a_62k_floor():
    p = _posting(salary_min=25, salary_max=30, weekly_hours_min=24, weekly_hours=32, employment_type="part_time")
    check, _ = matching._salary_check(_profile(62_000), p)
    assert check.ok is False
    assert check.reason == ("Pays USD 25–30 / hour × 24–32 h/week ≈ USD 31,200–49,920/year, "
                            "below your floor of USD 62,000/year")


def test_the_same_rate_without_hours_keeps_2080_hours():
    check, _ = matching._salary_check(_profile(62_000), _posting(salary_min=25, salary_max=30))
    assert check.ok is True and check.reason == ("Pays USD 25–30 / hour ≈ USD 52,000–62,400/year, "
                                                 "meets your floor of USD 62,000/year")


def test_part_time_without_hours_says_so():
    check, _ = matching._salary_check(_profile(62_000), _posting(salary_min=25, salary_max=30,
                                                                  employment_type="part_time"))
    assert check.ok is True
    assert check.reason == ("Pays USD 25–30 / hour ≈ USD 52,000–62,400/year (part-time, hours not stated: "
                            "counted as full time), meets your floor of USD 62,000/year")


@pytest.mark.parametrize("kw,floor,shown,ok", [
    (dict(salary_min=40, salary_max=45, weekly_hours=29), 60_000, "× up to 29 h/week ≈ USD 60,320–67,860/year", True),
    (dict(salary_min=30, weekly_hours_min=20), 50_000, "× at least 20 h/week ≈ USD 31,200–62,400/year", True),
    (dict(salary_min=50, salary_max=60, weekly_hours_min=36, weekly_hours=36), 115_000,
     "× 36 h/week ≈ USD 93,600–112,320/year", False),
    (dict(salary_min=19.5, salary_max=19.5, weekly_hours_min=19.5, weekly_hours=19.5), 20_000,
     "× 19.5 h/week ≈ USD 19,773/year", False),
])
def test_hours_variants(kw, floor, shown, ok):
    check, _ = matching._salary_check(_profile(floor), _posting(**kw))
    assert shown in check.reason and check.ok is ok


def test_hours_do_not_rescale_a_yearly_or_daily_pay():
    year, _ = matching._salary_check(_profile(45_000), _posting(salary_min=40_000, salary_max=50_000, pay_period="year",
                                                                 weekly_hours_min=20, weekly_hours=20))
    assert year.ok is True and "h/week" not in year.reason
    day, _ = matching._salary_check(_profile(70_000), _posting(salary_min=300, salary_max=300, pay_period="day",
                                                                weekly_hours_min=24, weekly_hours=24))
    assert day.ok is True and "≈ USD 78,000/year" in day.reason


def test_other_currency_converts_the_hours_figure():
    p = _posting(salary_min=20, salary_max=24, salary_currency="EUR", weekly_hours_min=20, weekly_hours=20)
    check, date = matching._salary_check(_profile(30_000), p)
    assert "× 20 h/week ≈ USD " in check.reason and "ECB rate of" in check.reason and date
    lo, hi, _ = matching.posting_annual_usd(p)
    assert check.ok is (hi >= 30_000)


def test_posting_annual_usd_matches_annual_usd():
    p = _posting(salary_min=25, salary_max=30, weekly_hours_min=24, weekly_hours=32)
    assert matching.posting_annual_usd(p)[:2] == (31_200, 49_920)
    assert matching.annual_usd(25, 30, "USD", "hour")[:2] == (52_000, 62_400)


def test_detail_label_adds_the_year_at_those_hours():
    p = _posting(salary_min=25, salary_max=30, weekly_hours_min=24, weekly_hours=32)
    assert matching.posting_salary_label(p) == "USD 25–30 / hour · 24–32 h/week"
    assert matching.posting_salary_label(p, yearly=True) == "USD 25–30 / hour · 24–32 h/week ≈ USD 31,200–49,920 / year"
    assert matching.posting_salary_label(_posting(salary_min=25, salary_max=30), yearly=True) == "USD 25–30 / hour"
