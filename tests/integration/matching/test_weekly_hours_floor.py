"""The Jobs salary floor in SQL with the posting's stated weekly hours (issue 11, newcomer trial F7),
on PostgreSQL and SQLite: "Part-time, 24–32 hours/week, $25–30/hr" pays USD 31,200–49,920 a year
and is dropped by a USD 62k floor (2,080 h made it 52,000–62,400: kept). The database keeps exactly
the postings whose top in annual USD (``matching.posting_annual_usd``) reaches the floor, and the
cards show the hours beside the rate."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from careercopilot.models import JobPosting, User
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views, matching
from tests.support import services

#: (key, salary_min, salary_max, currency, period, weekly_hours_min, weekly_hours)
ROWS = [
    ("trial-f7", 25, 30, "USD", "hour", 24, 32),        # 31,200–49,920
    ("no-hours", 25, 30, "USD", "hour", None, None),    # 52,000–62,400 (2,080 h)
    ("up-to-29", 40, 45, "USD", "hour", None, 29),      # top 45 × 29 × 52 = 67,860
    ("at-least-20", 30, None, "USD", "hour", 20, None),  # top 30 × 40 × 52 = 62,400
    ("shifts-36", 50, 60, "USD", "hour", 36, 36),       # top 112,320
    ("long-week", 30, 30, "USD", "hour", 50, 50),       # 78,000 (more than 40 h stated)
    ("teilzeit-eur", 20, 24, "EUR", "hour", 20, 20),    # 24,960 EUR at the top: dropped
    ("yearly-part-time", 40_000, 50_000, "USD", "year", 20, 20),  # a year's pay: hours change nothing
    ("daily", 300, 300, "USD", "day", 24, 24),          # a day's rate: × 260 (days a week unknown)
]
FLOORS = [40_000, 50_000, 62_000, 62_400, 70_000]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    with services.migrated_engine(request.param, tmp_path, "cc_hoursq") as eng:
        yield eng


@pytest.fixture
def data(engine):
    ids = {}
    with Session(engine) as s:
        user = User(email="hours@example.org")
        s.add(user)
        s.flush()
        for key, lo, hi, cur, period, hmin, hmax in ROWS:
            p = JobPosting(source_type="greenhouse", ats_id=key, url=f"https://jobs.example.org/{key}",
                           title=f"Role {key}", company="Acme", company_key="acme", dedupe_key=key, salary_min=lo,
                           salary_max=hi, salary_currency=cur, pay_period=period, weekly_hours_min=hmin,
                           weekly_hours=hmax, content_hash=key)
            s.add(p)
            s.flush()
            ids[key] = p.id
        s.commit()
        ids["user"] = user.id
    return ids


def _python_rule(floor: float) -> set[str]:
    out = set()
    for key, lo, hi, cur, period, hmin, hmax in ROWS:
        ylo, yhi, _ = matching.annual_usd(lo, hi, cur, period, weekly_hours_min=hmin, weekly_hours=hmax)
        top = yhi if yhi is not None else ylo
        if top is not None and top >= floor:
            out.add(key)
    return out


@pytest.mark.parametrize("floor", FLOORS)
def test_floor_in_sql_uses_the_stated_hours_as_python_does(engine, data, floor):
    expected = {data[k] for k in _python_rule(floor)}
    with Session(engine) as s:
        cards, total = job_views.browse_postings(session=s, user_id=data["user"], page_size=50,
                                                 filters=JobFilters(salary_floor=floor, salary_currency="USD"))
    assert {c.posting_id for c in cards} == expected and total == len(expected)


def test_the_trial_posting_is_below_a_62k_floor(engine, data):
    assert "trial-f7" not in _python_rule(62_000) and "no-hours" in _python_rule(62_000)
    with Session(engine) as s:
        cards, _ = job_views.browse_postings(session=s, user_id=data["user"], page_size=50,
                                             filters=JobFilters(salary_floor=62_000, salary_currency="USD"))
    kept = {c.posting_id for c in cards}
    assert data["trial-f7"] not in kept and data["no-hours"] in kept and data["up-to-29"] in kept


def test_cards_show_the_hours_beside_the_rate(engine, data):
    with Session(engine) as s:
        cards, _ = job_views.browse_postings(session=s, user_id=data["user"], page_size=50)
    by_id = {c.posting_id: c.salary for c in cards}
    assert by_id[data["trial-f7"]] == "USD 25–30 / hour · 24–32 h/week"
    assert by_id[data["no-hours"]] == "USD 25–30 / hour"
    assert by_id[data["up-to-29"]] == "USD 40–45 / hour · up to 29 h/week"
