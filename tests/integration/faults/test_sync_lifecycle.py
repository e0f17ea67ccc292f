"""Posting lifecycle through a real worker on PostgreSQL (issue 9, finding 13): an empty
successful fetch closes nothing (recorded as suspicious, shown on the Sources page, applied
only when an admin confirms), and sync history stays bounded."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import JobPosting, SyncRun, User
from careercopilot.services import background, sources
from jobs.ingest import sync_source
from tests.support.faults import LOOPBACK, greenhouse_board, wait_row

pytestmark = pytest.mark.slow


def _open(sid: int) -> int:
    with session_scope() as s:
        return s.exec(select(func.count(JobPosting.id)).where(JobPosting.source_id == sid, JobPosting.is_open)).one()


def test_empty_fetch_closes_nothing_until_an_admin_confirms(job_stack, board_source, httpserver):
    stack = job_stack(sync_history_keep=2, **LOOPBACK)
    sid = board_source(25)
    worker = stack.worker()

    def sync():
        h = background.enqueue(sync_source, sid)
        return wait_row(h.id, lambda r: r.status in ("finished", "failed"), timeout=300, what="the sync",
                        workers=[worker])

    assert sync().status == "finished" and _open(sid) == 25
    httpserver.clear()
    httpserver.expect_request("/v1/boards/acme/jobs").respond_with_json({"jobs": [], "meta": {"total": 0}})
    held = sync()
    assert held.status == "finished"
    assert "closing held back: 25 of 25 open postings were missing" in held.message
    assert _open(sid) == 25
    with session_scope() as s:
        view = next(v for v in sources.list_sources(session=s) if v.id == sid)
        admin = User(email="admin@example.com", is_admin=True)
        s.add(admin)
        s.flush()
        admin_id = admin.id
    assert (view.run_status, view.withheld_count, view.open_before, view.fetched_count) == ("suspicious", 25, 25, 0)
    with session_scope() as s:
        run = sources.confirm_sync_run(session=s, user_id=admin_id, run_id=view.run_id)
        assert run.closed_count == 25
    assert _open(sid) == 0

    # history: at most SYNC_HISTORY_KEEP runs per source, pruned by the worker's syncs
    httpserver.clear()
    httpserver.expect_request("/v1/boards/acme/jobs").respond_with_json(greenhouse_board(25))
    for _ in range(3):
        assert sync().status == "finished"
    with session_scope() as s:
        runs = s.exec(select(SyncRun).where(SyncRun.source_id == sid).order_by(SyncRun.id)).all()
    assert len(runs) == 2 and all(r.status == "succeeded" for r in runs)
    assert _open(sid) == 25  # reopened
