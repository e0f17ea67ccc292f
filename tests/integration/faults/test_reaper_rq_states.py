"""The reaper follows RQ's registries for every state a job can be left in (issue 9, finding 9):
canceled, failed, finished, queued again, started by a dead worker, and gone — on the test's
own redis-server and PostgreSQL, looked at after the lease (``reap(now=…)``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from rq.job import Job, JobStatus
from rq.job_lifecycle import record_job_failure

from careercopilot.services import background, job_reaper
from tests.support import jobs as test_jobs
from tests.support.faults import row


def _later() -> datetime:
    return datetime.now(timezone.utc) + timedelta(seconds=60)


def _running(job_id: str) -> None:
    """The row as a worker left it: running, last heartbeat long ago."""
    old = datetime.now(timezone.utc) - timedelta(seconds=3600)
    background.update_row(job_id, status="running", started_at=old, heartbeat_at=old, attempts=1, owner="rq:w1")


@pytest.fixture
def stack(job_stack):
    return job_stack()


def _rq(job_id: str, stack) -> Job:
    return Job.fetch(job_id, connection=stack.redis.client())


def test_canceled_on_the_queue(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    _rq(h.id, stack).cancel()
    assert job_reaper.reap(now=_later()).failed == [h.id]
    assert row(h.id).error == "The job was canceled on the queue."


def test_failed_on_the_worker(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    _running(h.id)
    job = _rq(h.id, stack)
    with job.connection.pipeline() as pipe:
        record_job_failure(job, "Traceback …\nMemoryError: out of memory", pipe)
        pipe.execute()
    assert job_reaper.reap(now=_later()).failed == [h.id]
    assert row(h.id).error == "The job failed on the worker: MemoryError: out of memory"


def test_finished_but_the_row_was_not_updated(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    _running(h.id)
    _rq(h.id, stack).set_status(JobStatus.FINISHED)
    assert job_reaper.reap(now=_later()).finished == [h.id]
    assert (row(h.id).status, row(h.id).progress) == ("finished", 100)


def test_queued_again_by_rq(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    _running(h.id)  # RQ's own cleanup retried it: queued there, "running" here
    assert job_reaper.reap(now=_later()).corrected == [h.id]
    assert row(h.id).status == "queued"


def test_started_by_a_worker_that_died(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    u = background.enqueue(test_jobs.sleepy_unsafe_job, str(tmp_path / "b"), 1)
    for job_id in (h.id, u.id):
        _running(job_id)
        job = _rq(job_id, stack)
        job.set_status(JobStatus.STARTED)
        job.heartbeat(datetime.now(timezone.utc) - timedelta(seconds=3600), 90)
    report = job_reaper.reap(now=_later())
    assert report.requeued == [h.id] and report.failed == [u.id]
    assert _rq(h.id, stack).get_status() == JobStatus.QUEUED and _rq(h.id, stack).retries_left == 2
    assert _rq(u.id, stack).get_status() == JobStatus.FAILED
    assert "no heartbeat" in row(u.id).error


def test_a_live_worker_vouches_for_its_job(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    _running(h.id)
    job = _rq(h.id, stack)
    job.set_status(JobStatus.STARTED)
    job.heartbeat(datetime.now(timezone.utc) + timedelta(seconds=60), 90)  # RQ's heartbeat is fresh
    assert job_reaper.reap(now=_later()).total() == 0


def test_gone_from_the_queue(stack, tmp_path):
    h = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "a"), 1)
    _rq(h.id, stack).delete()
    assert job_reaper.reap().total() == 0  # within the lease: maybe still being queued
    assert job_reaper.reap(now=_later()).requeued == [h.id]
    assert _rq(h.id, stack).get_status() == JobStatus.QUEUED
    assert "The job queue lost this job" in row(h.id).message
