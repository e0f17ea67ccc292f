"""``jobs.worker._StopBetweenWorkers``: a stop between RQ workers is recorded in the worker
process, and ends a process forked while the handler was installed (RQ's scheduler is forked
after the worker registers and before RQ installs its handlers; RQ's teardown then sends it
SIGTERM — the inherited handler must not swallow it, or the worker joins its scheduler forever).
"""

from __future__ import annotations

import os
import signal
import time

import pytest

from jobs.worker import _StopBetweenWorkers


@pytest.fixture
def restore_handlers():
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    yield
    for s, h in saved.items():
        signal.signal(s, h)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_worker_process_records_the_stop(restore_handlers, signum):
    stop = _StopBetweenWorkers()
    stop.install()
    os.kill(os.getpid(), signum)
    assert stop.wait(2.0) is True and stop.requested


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_child_forked_with_the_handler_installed_ends_on_the_signal(restore_handlers, signum):
    stop = _StopBetweenWorkers()
    stop.install()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: like RQ's scheduler before it installs its own handlers
        try:
            os.close(read_end)
            os.write(write_end, b"ready")
            time.sleep(5)
        finally:
            os._exit(7)  # reached only when the signal was swallowed
    os.close(write_end)
    assert os.read(read_end, 5) == b"ready"
    os.kill(pid, signum)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signum, status
    assert not stop.requested  # the parent's record is untouched


def test_a_stop_requested_while_the_reaper_runs_is_not_swallowed(monkeypatch):
    """RQ's handler raises ``StopRequested`` in an idle worker; arriving during the start-up or
    periodic reaper pass, the reaper's own error handling must let it through (integration run,
    session 17: the worker logged ``worker.reap_failed error='StopRequested: '`` and ran on)."""
    from rq.exceptions import StopRequested

    from careercopilot.services import job_reaper
    from jobs import worker

    def stopped():
        raise StopRequested()

    monkeypatch.setattr(job_reaper, "reap", stopped)
    with pytest.raises(StopRequested):
        worker._reap()


def test_an_ordinary_reaper_error_is_logged_and_the_worker_goes_on(monkeypatch):
    from careercopilot.services import job_reaper
    from jobs import worker

    def broken():
        raise ConnectionError("database starting")

    monkeypatch.setattr(job_reaper, "reap", broken)
    worker._reap()  # no exception: the next maintenance retries
