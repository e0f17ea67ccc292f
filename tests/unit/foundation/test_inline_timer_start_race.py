"""A waiter never joins a delayed in-process run's timer before it has started (ux122's job tests failed once in
72 with "RuntimeError: cannot join thread before it is started": ``_submit_inline`` added the timer to
``background._timers`` and started it after, and ``job_waits.wait_inline_jobs`` could list and join it in
between). A timer whose start is slow stands for that window; on the old code the waiter raised in each row."""

from __future__ import annotations

import threading
import time

import pytest

from careercopilot.services import background, job_waits


class _SlowStart(threading.Timer):
    """A timer that is listed before its thread starts (the window the race needs), by ``pause`` seconds."""

    pause = 0.3

    def start(self) -> None:
        time.sleep(self.pause)
        super().start()


@pytest.mark.parametrize("pause", [0.1, 0.3])
def test_a_waiter_joins_only_started_timers(monkeypatch, pause):
    ran: list[str] = []
    monkeypatch.setattr(background.threading, "Timer", type("T", (_SlowStart,), {"pause": pause}))
    monkeypatch.setattr(background, "run_job", lambda job_id, path, args: ran.append(job_id))
    submitter = threading.Thread(target=background._submit_inline, args=("race-1", "jobs.demo:noop", [], 0.05))
    submitter.start()
    time.sleep(pause / 3)  # the timer is being started now
    errors: list[BaseException] = []
    try:
        job_waits.wait_inline_jobs(run_pending=True)
    except BaseException as exc:  # noqa: BLE001 - the old code's RuntimeError is the finding
        errors.append(exc)
    submitter.join()
    job_waits.wait_inline_jobs(run_pending=True)
    background._release_local("race-1")
    assert not errors, errors
    assert ran == ["race-1"]
