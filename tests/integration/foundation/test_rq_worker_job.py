"""A real ``rq`` worker process executes a job enqueued through the app's queue helper."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from careercopilot.db import session_scope
from careercopilot.models import AuthSession, BackgroundJob, User
from careercopilot.services import background
from tests.support import services


def _wait_done(job_id: str, worker, timeout: float = 60):
    def done():
        handle = background.job_status(job_id)
        return handle if handle and handle.done else None

    try:
        return services.wait_until(done, timeout=timeout, what=f"job {job_id}")
    except TimeoutError:
        raise AssertionError(f"job {job_id} did not finish; worker log:\n{worker.log()}") from None


def test_purge_job_runs_on_the_rq_worker(rq_settings, rq_worker):
    assert not rq_settings.run_jobs_inline  # the RQ path, not a thread
    now = datetime.now(timezone.utc)
    with session_scope() as s:
        user = User(email=f"rq-{now.timestamp()}@example.com", password_hash=None)
        s.add(user)
        s.flush()
        expired = AuthSession(user_id=user.id, token_hash=f"expired-{now.timestamp()}"[:64],
                              created_at=now - timedelta(days=8), last_seen_at=now - timedelta(days=8),
                              expires_at=now - timedelta(days=1))
        live = AuthSession(user_id=user.id, token_hash=f"live-{now.timestamp()}"[:64],
                           created_at=now, last_seen_at=now, expires_at=now + timedelta(days=7))
        s.add(expired)
        s.add(live)
        s.flush()
        expired_id, live_id = expired.id, live.id

    handle = background.enqueue("jobs.maintenance.purge_expired_sessions")
    assert handle.status == "queued"
    final = _wait_done(handle.id, rq_worker)

    assert final.status == "finished", final.error
    assert final.progress == 100
    assert final.message and "purged" in final.message
    with session_scope() as s:
        row = s.get(BackgroundJob, handle.id)
        assert row.started_at is not None and row.finished_at is not None
        assert s.get(AuthSession, expired_id) is None  # the worker really ran against our DB
        assert s.get(AuthSession, live_id) is not None
    assert handle.id in rq_worker.log()  # executed by the separate process, not in here


def test_failing_job_is_recorded_as_failed(rq_settings, rq_worker):
    # a wrong argument count fails inside the worker, not in the enqueueing process
    handle = background.enqueue("jobs.maintenance.purge_expired_sessions", 12345)
    final = _wait_done(handle.id, rq_worker)
    assert final.status == "failed"
    assert "TypeError" in (final.error or "")
