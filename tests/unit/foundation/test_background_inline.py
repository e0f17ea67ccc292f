"""enqueue() in-process (embedded default): status, live progress, failures, ownership."""

from __future__ import annotations

import pytest

from careercopilot.config import settings
from careercopilot.services import background
from tests.support import jobs as test_jobs
from tests.support.services import wait_until


@pytest.fixture
def inline(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "jobs_inline", True)
    test_jobs.GATE.clear()
    yield
    test_jobs.GATE.set()
    background.wait_inline_jobs()


def test_progress_and_status_are_visible_while_running(inline):
    handle = background.enqueue(test_jobs.gated_progress_job, 21, user_id=7)
    assert handle.status == "queued" and handle.progress == 0
    running = wait_until(
        lambda: (h := background.job_status(handle.id)) and h.progress == 50 and h,
        timeout=10, interval=0.05, what="50 % progress",
    )
    assert running.status == "running" and running.message == "half of item 21" and not running.done
    test_jobs.GATE.set()
    background.wait_inline_jobs()
    final = background.job_status(handle.id, user_id=7)
    assert (final.status, final.progress, final.error) == ("finished", 100, None)
    assert final.done


def test_failure_is_recorded(inline):
    handle = background.enqueue("tests.support.jobs.failing_job", 3)
    background.wait_inline_jobs()
    final = background.job_status(handle.id)
    assert final.status == "failed"
    assert final.error == "ValueError: item 3 is broken"


def test_job_status_is_private_to_its_user(inline):
    test_jobs.GATE.set()
    handle = background.enqueue(test_jobs.gated_progress_job, 1, user_id=7)
    background.wait_inline_jobs()
    assert background.job_status(handle.id, user_id=7) is not None
    assert background.job_status(handle.id, user_id=8) is None
    assert background.job_status("no-such-job") is None


@pytest.mark.parametrize("bad", [1.5, None, {"id": 1}, [1]])
def test_only_primitive_ids_are_accepted(inline, bad):
    with pytest.raises(TypeError, match="primitive ids"):
        background.enqueue(test_jobs.failing_job, bad)


def test_report_progress_outside_a_job_is_a_noop(inline):
    background.report_progress(50, "nobody listens")


def test_func_path_round_trip():
    path = background.func_path(test_jobs.failing_job)
    assert path == "tests.support.jobs.failing_job"
    assert background.resolve_func(path) is test_jobs.failing_job
    assert test_jobs.failing_job.queue == "match"


def test_unknown_queue_rejected():
    from jobs.queues import job

    with pytest.raises(ValueError, match="unknown queue"):
        job("nope")
