"""Demo-feed postings are dated like a live feed (issue 10 trial finding: on a fresh `make run`
every demo posting showed its recorded 2024 date)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from careercopilot.models import JobPosting, Source
from careercopilot.services import ingest_fetch, ingest_normalize, ingest_sync, sources
from careercopilot.services.demo_dates import demo_date_shift

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)


def _recorded_dates(source: Source) -> list[datetime]:
    """The posted dates of the source's recording as normalized before any shift."""
    raws = ingest_fetch.fetch_raw(source)
    postings, _ = ingest_normalize.normalize_all(raws, now=NOW, quiet=True)
    ref = ingest_sync.demo_reference_time(source, postings, now=NOW)
    if ref is not None:
        postings, _ = ingest_normalize.normalize_all(raws, now=ref, quiet=True)
    return sorted(p.posted_at for p in postings if p.posted_at is not None)


def _stored_dates(session, source_id: int) -> list[datetime]:
    rows = session.exec(select(JobPosting.posted_at).where(JobPosting.source_id == source_id)).all()
    return sorted(d.replace(tzinfo=timezone.utc) if d.tzinfo is None else d for d in rows if d is not None)


@pytest.mark.parametrize(("type_", "token"), [("remoteok", None), ("greenhouse", "vercel"), ("arbeitnow", None)])
def test_newest_demo_posting_is_dated_today_with_spacing_kept(session, make_source, type_, token):
    src = make_source(type_, token, is_demo=True)
    recorded = _recorded_dates(src)
    assert recorded and recorded[-1] < NOW - timedelta(days=30)  # the recording really is old
    run = ingest_sync.sync_source(session=session, source_id=src.id, now=NOW)
    session.commit()
    assert run.status == "succeeded", run.error
    stored = _stored_dates(session, src.id)
    assert stored[-1].date() == NOW.date()
    shift = stored[-1] - recorded[-1]
    assert [d - shift for d in stored] == recorded  # relative spacing kept
    # a re-sync the same day changes nothing
    again = ingest_sync.sync_source(session=session, source_id=src.id, now=NOW + timedelta(hours=3))
    assert (again.new_count, again.updated_count, again.closed_count) == (0, 0, 0)


def test_manifest_recorded_at_is_the_anchor():
    anchor = datetime(2024, 4, 20, tzinfo=timezone.utc)
    assert demo_date_shift(anchor, [], now=NOW) == timedelta(days=(NOW.date() - anchor.date()).days)
    assert demo_date_shift(None, [], now=NOW) == timedelta(0)
    assert demo_date_shift(NOW + timedelta(days=1), [], now=NOW) == timedelta(0)


def test_a_source_that_is_not_a_demo_keeps_its_dates(session, make_source):
    src = make_source("remoteok", None, is_demo=True)
    payload = next(iter(sources.demo_payloads("remoteok", None)))
    live = make_source("remoteok", "live-copy")
    ingest_sync.sync_source(session=session, source_id=live.id, now=NOW, payload=payload)
    session.commit()
    stored = _stored_dates(session, live.id)
    assert stored and stored[-1] < NOW - timedelta(days=30)
    assert src.is_demo and not live.is_demo


def test_the_whole_demo_feed_is_listed_not_hidden_as_stale(session):
    ids = sources.ensure_demo_sources(session=session)
    for sid in ids:
        assert ingest_sync.sync_source(session=session, source_id=sid, now=NOW).status == "succeeded"
    session.commit()
    rows = session.exec(select(JobPosting).where(JobPosting.is_open)).all()
    dated = [r for r in rows if r.posted_at is not None]
    visible = [r for r in rows if not r.is_flagged]
    assert len(visible) >= 0.8 * len(rows), (len(visible), len(rows))
    newest = max((r.posted_at.replace(tzinfo=timezone.utc) if r.posted_at.tzinfo is None else r.posted_at)
                 for r in dated)
    assert newest.date() == NOW.date()
    recent = [r for r in dated if (NOW - (r.posted_at.replace(tzinfo=timezone.utc) if r.posted_at.tzinfo is None
                                          else r.posted_at)).days <= 30]
    assert len(recent) >= len(dated) / 2, (len(recent), len(dated))
