"""A sync through a REAL `rq` worker process into PostgreSQL, the source served by a loopback
pytest-httpserver with the recorded Greenhouse payload: twice (no duplicates, 0 new the
second time), then with one posting removed (closed, not deleted)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob, JobPosting, PostingSighting, Source, SyncRun, User
from careercopilot.services import background, posting_access, sources, url_import
from jobs.ingest import sync_source

FIXTURES = Path(__file__).parents[2] / "fixtures" / "job-boards"


def _sync_via_worker(run_worker, source_id: int) -> tuple[SyncRun, BackgroundJob]:
    handle = background.enqueue(sync_source, source_id)
    proc = run_worker()
    assert proc.returncode == 0, proc.stderr[-2000:]
    with session_scope() as s:
        job = s.get(BackgroundJob, handle.id)
        run = s.exec(select(SyncRun).where(SyncRun.source_id == source_id).order_by(SyncRun.id.desc())).first()
        return run, job


def test_sync_twice_then_closed_through_rq_worker(stack, httpserver):
    data = json.loads((FIXTURES / "greenhouse.json").read_text())
    httpserver.expect_request("/v1/boards/vercel/jobs").respond_with_json(data)
    with session_scope() as s:
        src = Source(type="greenhouse", token="vercel", name="Vercel", base_url=httpserver.url_for("").rstrip("/"))
        s.add(src)
        s.flush()
        sid = src.id

    run, job = _sync_via_worker(stack, sid)
    assert job.status == "finished" and job.progress == 100 and "2 new" in job.message
    assert (run.status, run.fetched_count, run.new_count, run.updated_count, run.closed_count) == ("succeeded", 2, 2, 0, 0)

    run, job = _sync_via_worker(stack, sid)
    assert job.status == "finished"
    assert (run.new_count, run.updated_count, run.closed_count) == (0, 0, 0)
    with session_scope() as s:
        assert s.exec(select(func.count(JobPosting.id))).one() == 2
        assert s.exec(select(func.count(PostingSighting.id))).one() == 2

    removed = data["jobs"].pop(0)
    httpserver.clear()
    httpserver.expect_request("/v1/boards/vercel/jobs").respond_with_json(data)
    run, _job = _sync_via_worker(stack, sid)
    assert (run.new_count, run.updated_count, run.closed_count) == (0, 0, 1)
    with session_scope() as s:
        rows = {r.ats_id: r for r in s.exec(select(JobPosting)).all()}
        assert len(rows) == 2
        assert rows[str(removed["id"])].is_open is False and rows[str(removed["id"])].closed_at is not None
        assert s.get(Source, sid).last_success_at is not None


def test_failing_source_recorded_by_worker(stack, httpserver):
    httpserver.expect_request("/v1/boards/gone/jobs").respond_with_data("nope", status=404)
    with session_scope() as s:
        src = Source(type="greenhouse", token="gone", name="Gone", base_url=httpserver.url_for("").rstrip("/"))
        s.add(src)
        s.flush()
        sid = src.id
    run, job = _sync_via_worker(stack, sid)
    assert job.status == "failed" and "HTTP 404" in job.error
    assert run.status == "failed" and "HTTP 404" in run.error
    with session_scope() as s:
        src = s.get(Source, sid)
        assert src.status == "failing" and "HTTP 404" in src.last_error


def test_private_url_posting_and_admin_rule_on_postgres(stack, httpserver, monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "ssrf_allow_hosts", ["127.0.0.1", "localhost"])
    page = json.loads((FIXTURES / "jsonld_pages.json").read_text())["pages"]
    first = next(iter(page.values()))
    httpserver.expect_request("/careers/job-1").respond_with_data(first["page"], content_type="text/html")
    with session_scope() as s:
        # A is an admin: only an admin's pasted URL may reach an allow-listed local host (issue 9 finding 3)
        a, b = User(email="a@example.com", is_admin=True), User(email="b@example.com")
        s.add_all([a, b])
        s.flush()
        aid, bid = a.id, b.id
    with session_scope() as s:
        p = url_import.add_posting_from_url(session=s, user_id=aid, url=httpserver.url_for("/careers/job-1"))
        pid, title = p.id, p.title
    assert title
    with session_scope() as s:
        assert posting_access.get_posting(session=s, user_id=aid, posting_id=pid).owner_id == aid
        try:
            posting_access.get_posting(session=s, user_id=bid, posting_id=pid)
            raise AssertionError("user B saw user A's private posting")
        except LookupError:
            pass
    with session_scope() as s:
        for call in (
            lambda: sources.create_source(session=s, user_id=bid, source_type="remoteok", validate=False),
            lambda: sources.set_paused(session=s, user_id=bid, source_id=1, paused=True),
            lambda: sources.delete_source(session=s, user_id=bid, source_id=1),
        ):
            try:
                call()
                raise AssertionError("non-admin managed a source")
            except PermissionError:
                pass
