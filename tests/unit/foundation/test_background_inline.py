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



def test_a_discarded_delayed_run_is_no_longer_held_by_this_process(inline):
    """A cancelled timer releases its hold (``is_local``), so the job reaper may recover the row."""
    background._submit_inline("discard-me", "tests.support.jobs.failing_job", [5], 30.0)
    assert background.is_local("discard-me") and len(background._timers) == 1
    assert background.discard_pending_inline() == 1
    assert not background.is_local("discard-me") and not background._timers


def test_handing_the_database_over_cancels_the_retries_of_runs_that_end_meanwhile(inline, monkeypatch, tmp_path):
    """``wait_inline_jobs(run_pending=False)`` awaits the run that is executing and cancels the retry
    it schedules as it fails; joining that retry's 30 s timer (and its failing runs after it) is what
    hung a test's teardown past pytest-timeout's 300 s on a loaded machine."""
    monkeypatch.setattr(settings, "job_retry_backoff_seconds", [30])
    monkeypatch.setattr(settings, "job_retry_max", 3)
    counter = tmp_path / "runs"
    handle = background.enqueue(test_jobs.flaky_job, str(counter), 5)
    background.wait_inline_jobs(run_pending=False)
    assert counter.read_text() == "1"  # the first run ended; its retry never fired
    assert not background._timers and not background.is_local(handle.id)
    assert background.job_status(handle.id).status in ("queued", "retrying", "failed")
