"""``renormalize`` (issue 11 trial finding 5): stored postings keep an old location/pay/employer
reading until their source re-syncs; the command re-reads their raw fields through the current
normalizers, updates only what changed, flags them for indexing and queues them for re-scoring."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from careercopilot.models import JobPosting, MatchRefresh
from careercopilot.services import ingest_normalize
from careercopilot.services.ingest import posting_row
from careercopilot.services.renormalize import renormalize_postings

NOW = datetime(2026, 12, 6, tzinfo=timezone.utc)
RN_TEXT = "Registered Nurse for our med-surg unit. Pay: $38.50 - $52.25 per hour. BLS required."


def _current(source_type: str, **kw) -> dict:
    """A row as today's ingest stores it."""
    from careercopilot.connectors.base import RawPosting

    base = dict(source=source_type, ats_id=kw.pop("ats_id", "1"), url=kw.pop("url", "https://example.org/jobs/1"),
                title=kw.pop("title", "Registered Nurse"), company=kw.pop("company", "Riverside Health"),
                location=kw.pop("location", "Columbus, OH"), description_text=kw.pop("text", RN_TEXT),
                posted_at="2026-12-01T00:00:00Z")
    base.update(kw)
    (n,), _ = ingest_normalize.normalize_all([RawPosting(**base)], now=NOW, quiet=True, workers=1)
    return posting_row(n, source_id=None)


def _store(session, source_id, row: dict, **old) -> JobPosting:
    p = JobPosting(**{**row, "source_id": source_id, **old}, first_seen_at=NOW, last_seen_at=NOW, index_pending=False)
    session.add(p)
    session.commit()
    return p


# Old readings a stored row may carry (what an older normalizer or connector stored).
STALE = [
    ("place not read", dict(city=None, region=None, country=None, places=[]),
     dict(country="US", region="OH", city="Columbus")),
    ("hourly pay read as yearly", dict(pay_period="year"), dict(pay_period="hour", salary_min=38.5, salary_max=52.25)),
    ("pay not read", dict(salary_min=None, salary_max=None, salary_currency=None, pay_period=None),
     dict(pay_period="hour", salary_min=38.5, salary_max=52.25, salary_currency="USD")),
    ("wrong country", dict(country="CA", places=[]), dict(country="US")),
]


@pytest.mark.parametrize("what,old,expected", STALE, ids=[s[0] for s in STALE])
def test_a_stale_reading_is_re_read(session, make_source, what, old, expected):
    src = make_source("greenhouse", "riverside")
    p = _store(session, src.id, _current("greenhouse"), **old)
    stats = renormalize_postings(session=session, now=NOW)
    session.commit()
    session.refresh(p)
    assert stats.read == 1 and stats.changed == 1 and stats.changed_ids == [p.id]
    assert {k: getattr(p, k) for k in expected} == expected
    assert p.index_pending is True  # the indexing run re-describes it …
    assert session.exec(select(MatchRefresh.posting_id)).all() == [p.id]  # … and it is re-scored


def test_a_current_reading_is_left_alone(session, make_source):
    src = make_source("greenhouse", "riverside")
    p = _store(session, src.id, _current("greenhouse"))
    stats = renormalize_postings(session=session, now=NOW)
    session.commit()
    session.refresh(p)
    assert (stats.read, stats.changed) == (1, 0) and p.index_pending is False
    assert session.exec(select(MatchRefresh.posting_id)).all() == []


def test_a_dataset_label_stored_as_company_is_re_read(session, make_source):
    src = make_source("linkedin_dataset", None)
    text = "Mindfull Nutrition is looking for an Admin Assistant to join our team in Buda, TX."
    named = _store(session, src.id, _current("linkedin_dataset", ats_id="1", title="Admin Assistant", text=text,
                                             company="Mindfull Nutrition"),
                   company="LinkedIn Job Postings dataset (recorded)")
    unnamed = _store(session, src.id, _current("linkedin_dataset", ats_id="2", url="https://example.org/jobs/2",
                                               title="Timekeeper", text="Tracks hours.", company="x"),
                     company="LinkedIn Job Postings dataset (recorded)")
    renormalize_postings(session=session, now=NOW)
    session.commit()
    for p in (named, unnamed):
        session.refresh(p)
    assert named.company == "Mindfull Nutrition" and named.company_key == "mindfull nutrition"
    assert unnamed.company == "" and unnamed.company_key == ""


def test_source_filter_batches_and_work_mode_hint(session, make_source):
    a, b = make_source("greenhouse", "a"), make_source("greenhouse", "b")
    rows = [_store(session, a.id, _current("greenhouse", ats_id=str(i), url=f"https://example.org/a/{i}"),
                   pay_period="year") for i in range(5)]
    other = _store(session, b.id, _current("greenhouse", ats_id="9", url="https://example.org/b/9"), pay_period="year")
    # the source said "remote" in a field the row does not keep: the stored work mode stays a hint
    remote = _store(session, a.id, _current("greenhouse", ats_id="r", url="https://example.org/a/r", location="USA",
                                            work_mode_hint="remote"))
    assert remote.work_mode == "remote"
    stats = renormalize_postings(session=session, source_id=a.id, batch=2, now=NOW)
    session.commit()
    assert (stats.read, stats.changed) == (6, 5) and stats.columns == {"pay_period": 5}
    for p in (*rows, other, remote):
        session.refresh(p)
    assert all(p.pay_period == "hour" for p in rows) and other.pay_period == "year" and remote.work_mode == "remote"
    with pytest.raises(LookupError):
        renormalize_postings(session=session, source_id=999)


def test_cli_renormalize_dry_run_and_run(engine, session, make_source, monkeypatch):
    from careercopilot.cli import app
    from jobs import ingest as ingest_jobs

    indexed: list[int] = []
    monkeypatch.setattr(ingest_jobs, "_enqueue_index", lambda: indexed.append(1))  # the model-loading job
    src = make_source("greenhouse", "riverside")
    p = _store(session, src.id, _current("greenhouse"), pay_period="year")
    runner = CliRunner()
    out = runner.invoke(app, ["renormalize", "--dry-run"])
    assert out.exit_code == 0 and "re-read 1 postings: 1 would change (pay_period 1)" in out.output, out.output
    session.refresh(p)
    assert p.pay_period == "year" and indexed == []
    out = runner.invoke(app, ["renormalize", "--source", str(src.id)])
    assert out.exit_code == 0 and "1 changed (pay_period 1)" in out.output, out.output
    session.expire_all()
    assert session.get(JobPosting, p.id).pay_period == "hour" and indexed == [1]
    assert runner.invoke(app, ["renormalize", "--source", "999"]).exit_code == 2
    assert runner.invoke(app, ["renormalize", "--help"]).exit_code == 0
