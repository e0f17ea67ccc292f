"""Posting lifecycle safety (issue 9, finding 13): the floor on closing postings after a
suspicious fetch, the admin's confirmation, bounded sync history and the Sources page's
bounded run query."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlalchemy import event
from sqlmodel import func, select

from careercopilot.config import settings
from careercopilot.connectors import HttpFetcher
from careercopilot.models import JobPosting, SyncRun
from careercopilot.services import ingest_closing, ingest_sync, maintenance, sources
from tests.support.netstub import public_dns

FIXTURES = Path(__file__).parents[2] / "fixtures" / "job-boards"
GREENHOUSE = json.loads((FIXTURES / "greenhouse.json").read_text())


def board(n: int, *, start: int = 0) -> bytes:
    """A Greenhouse board answer with ``n`` postings (the recorded posting, ids start..start+n)."""
    template = GREENHOUSE["jobs"][0]
    jobs = []
    for i in range(start, start + n):
        job = dict(template, id=900000 + i, title=f"{template['title']} {i}",
                   absolute_url=f"https://boards.greenhouse.io/acme/jobs/{900000 + i}")
        jobs.append(job)
    return json.dumps({"jobs": jobs, "meta": {"total": n}}).encode()


def fetcher_for(body: bytes) -> HttpFetcher:
    return HttpFetcher(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)),
                       per_host_interval_s=0, max_retries=0, resolver=public_dns())


def open_count(session, source_id: int) -> int:
    return session.exec(select(func.count(JobPosting.id)).where(JobPosting.source_id == source_id,
                                                                 JobPosting.is_open)).one()


@pytest.mark.parametrize("open_before, seen, closing, suspicious", [
    (0, 0, 0, False),     # a new, empty board
    (3, 0, 3, True),      # an empty answer while postings were open: never trusted
    (20, 0, 20, True),
    (20, 9, 11, True),    # 9 of 20 would stay: below half
    (20, 10, 10, False),  # exactly half stays
    (20, 25, 2, False),   # a normal churn
    (9, 2, 7, False),     # small boards (< 10 open) close normally unless the answer is empty
    (10, 4, 6, True),
    (100, 400, 0, False),
])
def test_floor_rule(open_before, seen, closing, suspicious):
    assert ingest_closing.is_suspicious(open_before=open_before, seen=seen, closing=closing) is suspicious


@pytest.mark.parametrize("body", [board(0), board(3, start=100)], ids=["empty", "small"])
def test_suspicious_fetch_closes_nothing_until_confirmed(session, users, make_source, body):
    admin, alice, _ = users
    src = make_source("greenhouse", "acme", base_url="http://feeds.example.com")
    first = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(board(30)))
    session.commit()
    assert first.status == "succeeded" and open_count(session, src.id) == 30

    run = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(body))
    session.commit()
    assert run.status == "suspicious" and run.closed_count == 0
    assert (run.open_before, run.withheld_count) == (30, 30)
    assert open_count(session, src.id) == 30 + run.new_count  # nothing closed; new ones stored

    view = next(v for v in sources.list_sources(session=session) if v.id == src.id)
    assert (view.run_status, view.withheld_count, view.open_before, view.run_id) == ("suspicious", 30, 30, run.id)

    with pytest.raises(PermissionError):
        sources.confirm_sync_run(session=session, user_id=alice.id, run_id=run.id)
    session.rollback()
    confirmed = sources.confirm_sync_run(session=session, user_id=admin.id, run_id=run.id)
    session.commit()
    assert (confirmed.status, confirmed.closed_count, confirmed.confirmed_by) == ("succeeded", 30, admin.id)
    assert open_count(session, src.id) == run.new_count
    with pytest.raises(sources.SourceError, match="only a suspicious sync"):
        sources.confirm_sync_run(session=session, user_id=admin.id, run_id=run.id)


def test_a_newer_sync_supersedes_a_suspicious_one(session, users, make_source):
    src = make_source("greenhouse", "acme", base_url="http://feeds.example.com")
    ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(board(30)))
    bad = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(board(0)))
    good = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(board(29)))
    session.commit()
    assert (bad.status, good.status, good.closed_count) == ("suspicious", "succeeded", 1)
    with pytest.raises(sources.SourceError, match="newer sync"):
        sources.confirm_sync_run(session=session, user_id=users[0].id, run_id=bad.id)


def test_normal_churn_still_closes(session, make_source):
    src = make_source("greenhouse", "acme", base_url="http://feeds.example.com")
    ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(board(30)))
    run = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=fetcher_for(board(25, start=3)))
    session.commit()
    assert (run.status, run.closed_count, run.withheld_count) == ("succeeded", 5, 0)  # ids 0-2 and 28-29 left the board


def test_sync_history_is_pruned_per_source(session, make_source, monkeypatch):
    monkeypatch.setattr(settings, "sync_history_keep", 3)
    a = make_source("greenhouse", "a", base_url="http://feeds.example.com")
    b = make_source("greenhouse", "b", base_url="http://feeds.example.com")
    for _ in range(5):
        ingest_sync.sync_source(session=session, source_id=a.id, fetcher=fetcher_for(board(2)))
    ingest_sync.sync_source(session=session, source_id=b.id, fetcher=fetcher_for(board(2)))
    session.commit()
    runs = session.exec(select(SyncRun).order_by(SyncRun.id)).all()
    assert [r.source_id for r in runs].count(a.id) == 3 and [r.source_id for r in runs].count(b.id) == 1
    kept = [r.id for r in runs if r.source_id == a.id]
    assert kept == sorted(kept) and kept[-1] == max(r.id for r in runs if r.source_id == a.id)
    # the scheduled prune covers every source; the newest suspicious run survives it
    monkeypatch.setattr(settings, "sync_history_keep", 1)
    bad = ingest_sync.sync_source(session=session, source_id=b.id, fetcher=fetcher_for(board(0)))
    ingest_sync.sync_source(session=session, source_id=a.id, fetcher=fetcher_for(board(2)))
    session.commit()
    assert maintenance.prune_sync_history(session=session) >= 0
    session.commit()
    left = {(r.source_id, r.status) for r in session.exec(select(SyncRun)).all()}
    assert (b.id, "suspicious") in left and len([x for x in left if x[0] == a.id]) == 1
    assert bad.id in {r.id for r in session.exec(select(SyncRun)).all()}


def test_sources_page_reads_only_the_latest_runs(session, engine, make_source):
    src = make_source("greenhouse", "acme", base_url="http://feeds.example.com")
    for _ in range(12):
        session.add(SyncRun(source_id=src.id, status="succeeded", new_count=1))
    session.commit()
    session.add(SyncRun(source_id=src.id, status="succeeded", new_count=7))
    session.commit()
    fetched_runs: list[int] = []

    @event.listens_for(engine, "after_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):
        if "FROM syncrun" in statement:
            fetched_runs.append(1)

    try:
        views = sources.list_sources(session=session)
    finally:
        event.remove(engine, "after_cursor_execute", count)
    assert [v.new_count for v in views] == [7]
    assert len(fetched_runs) == 1  # one bounded query (newest run per source), whatever the history
    rows = session.exec(select(SyncRun).where(SyncRun.id.in_(
        select(func.max(SyncRun.id)).group_by(SyncRun.source_id)))).all()
    assert len(rows) == 1


def test_failing_syncs_are_pruned_too(session, make_source, monkeypatch):
    """A source that keeps failing (a connector error returns before storing anything) keeps only its
    last runs (issue 9 probe, session 9: 7 runs kept with SYNC_HISTORY_KEEP=3)."""
    monkeypatch.setattr(settings, "sync_history_keep", 3)
    src = make_source("greenhouse", "down", base_url="http://feeds.example.com")
    down = HttpFetcher(transport=httpx.MockTransport(lambda r: httpx.Response(503, content=b"down")),
                       per_host_interval_s=0, max_retries=0, resolver=public_dns())
    for _ in range(6):
        run = ingest_sync.sync_source(session=session, source_id=src.id, fetcher=down)
        assert run.status == "failed"
    session.commit()
    assert session.exec(select(func.count()).select_from(SyncRun).where(SyncRun.source_id == src.id)).one() == 3
