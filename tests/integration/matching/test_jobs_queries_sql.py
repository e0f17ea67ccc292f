"""Jobs page queries in SQL (issue 9, finding 16), on PostgreSQL and SQLite: the salary floor
filtered by the database with the Python rule's result on a table of salary variants, source
choices without a scan, and list queries that never read description text or HTML."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from careercopilot.models import JobPosting, Source, User
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views, matching
from tests.support import scale_corpus, services

#: (key, salary_min, salary_max, currency, period)
SALARIES = [
    ("year-usd", 90_000, 120_000, "USD", "year"),
    ("year-usd-low", 50_000, 70_000, "USD", "year"),
    ("hour-usd", 45, 60, "USD", "hour"),            # 124,800 a year at the max
    ("hour-low", 20, 25, "USD", "hour"),
    ("day-eur", 400, None, "EUR", "day"),           # min only: 104,000 EUR
    ("week-gbp", 1500, 2000, "GBP", "week"),
    ("month-chf", 9000, 11000, "CHF", "month"),
    ("no-period", 100_000, None, "USD", None),      # unknown period = year
    ("lower-cur", 95_000, 110_000, "usd", "year"),
    ("unknown-cur", 200_000, 250_000, "XXX", "year"),  # not quoted by the ECB: dropped
    ("bad-period", 200_000, 250_000, "USD", "semester"),
    ("none", None, None, None, None),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    with services.migrated_engine(request.param, tmp_path, "cc_jobsq") as eng:
        yield eng


@pytest.fixture
def data(engine):
    ids = {}
    with Session(engine) as s:
        a, b = User(email="a@example.org"), User(email="b@example.org")
        gh, lv, idle = Source(type="greenhouse", name="GH"), Source(type="lever", name="LV"), \
            Source(type="ashby", name="closed only")
        s.add_all([a, b, gh, lv, idle])
        s.flush()
        for i, (key, lo, hi, cur, period) in enumerate(SALARIES):
            p = JobPosting(source_id=gh.id if i % 2 else lv.id, source_type="greenhouse" if i % 2 else "lever",
                           ats_id=key, url=f"https://jobs.example.org/{key}", title=f"Role {key}", company="Acme",
                           company_key="acme", dedupe_key=key, salary_min=lo, salary_max=hi, salary_currency=cur,
                           pay_period=period, description_text="long text", description_html="<p>long</p>",
                           content_hash=key)
            s.add(p)
            s.flush()
            ids[key] = p.id
        s.add(JobPosting(source_id=idle.id, source_type="ashby", ats_id="c", url="https://x.example/c", title="Closed",
                         company="Z", company_key="z", dedupe_key="c", content_hash="c", is_open=False))
        s.add(JobPosting(source_type="url", ats_id="priv", url="https://x.example/p", title="Private", company="Q",
                         company_key="q", dedupe_key="p", content_hash="p", owner_id=a.id))
        s.commit()
        ids.update(a=a.id, b=b.id)
    return ids


@pytest.mark.parametrize("floor", [60_000, 100_000, 105_000, 130_000])
def test_salary_floor_in_sql_matches_the_python_rule(engine, data, floor):
    expected = set()
    for key, lo, hi, cur, period in SALARIES:
        ylo, yhi, _ = matching.annual_usd(lo, hi, cur, period)
        top = yhi if yhi is not None else ylo
        if top is not None and top >= floor:
            expected.add(data[key])
    with Session(engine) as s, scale_corpus.count_statements(engine) as c:
        cards, total = job_views.browse_postings(session=s, user_id=data["b"], page_size=50,
                                                 filters=JobFilters(salary_floor=floor, salary_currency="USD"))
    assert {card.posting_id for card in cards} == expected and total == len(expected)
    assert expected, "the table must keep something at every floor tried"
    assert len(c.statements) == 2  # count + page
    assert not any("description_html" in st or "description_text" in st for st in c.statements)


def test_source_choices_without_a_scan(engine, data):
    with Session(engine) as s, scale_corpus.count_statements(engine) as c:
        assert job_views.source_choices(session=s, user_id=data["b"]) == ["greenhouse", "lever"]
        assert job_views.source_choices(session=s, user_id=data["a"]) == ["greenhouse", "lever", "url"]
    assert not any("DISTINCT jobposting.source_type" in st and "source_id IS NULL" not in st for st in c.statements)
