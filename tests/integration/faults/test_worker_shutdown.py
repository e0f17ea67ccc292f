"""SIGTERM/SIGINT stop ``python -m careercopilot worker`` and ``cron`` (ops15, finding 1).

The stranger's run: RQ logged "warm shut down requested", then the restart loop of
``jobs/worker.py`` (meant for a work loop that quit on a Redis outage) logged
``worker.restarting`` "the work loop quit" and started a fresh worker; only SIGKILL stopped
it. RQ marks a shutdown requested mid-job (``_stop_requested``) but an idle worker stops by
raising ``StopRequested`` with that flag unset. Expected, and tested on real processes (a
redis-server and a PostgreSQL database of the test's own): warm shutdown — an idle worker
exits 0 within seconds, a busy one finishes its job (row ``finished``) and then exits 0.
The Redis-outage restart stays covered by ``test_redis_restart.py``.
"""

from __future__ import annotations

import signal
import time

import pytest

from careercopilot.services import background
from tests.support import jobs as test_jobs
from tests.support import services
from tests.support.faults import LOOPBACK, wait_row
from tests.support.rq_workers import ROOT, alive

pytestmark = pytest.mark.slow

#: Seconds an idle process may take to exit after the signal (RQ's teardown: scheduler join,
#: register_death) — on 2 busy shared cores.
IDLE_EXIT_SECONDS = 10.0


def _exit_code(proc, timeout: float) -> int | None:
    try:
        return proc.wait(timeout=timeout)
    except Exception:
        return None


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_an_idle_worker_stops_on_a_signal(job_stack, signum):
    stack = job_stack(**LOOPBACK)
    worker = stack.worker()
    below = worker.descendants()  # RQ's scheduler process
    worker.proc.send_signal(signum)
    code = _exit_code(worker.proc, IDLE_EXIT_SECONDS)
    assert code == 0, f"exit code {code} (None: still running)\n{worker.log(60)}"
    assert "worker.restarting" not in worker.log(200)
    time.sleep(0.5)
    assert not [p for p in below if alive(p)], "a process of the worker outlived it"


def test_a_busy_worker_finishes_its_job_then_stops(job_stack, tmp_path):
    stack = job_stack(**LOOPBACK)
    worker = stack.worker()
    handle = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "runs"), 6)
    wait_row(handle.id, lambda r: r.status == "running", timeout=120, what="the job to start", workers=[worker])
    worker.proc.send_signal(signal.SIGTERM)
    time.sleep(1)
    assert worker.proc.poll() is None, "the worker quit before its job finished (warm shutdown waits)"
    code = _exit_code(worker.proc, 60)
    assert code == 0, f"exit code {code} (None: still running)\n{worker.log(80)}"
    final = wait_row(handle.id, lambda r: r.status in ("finished", "failed"), timeout=30, what="the job's row",
                     workers=[worker])
    assert final.status == "finished" and final.attempts == 1, (final.status, final.error)
    assert "worker.restarting" not in worker.log(200)


def test_a_second_signal_is_a_cold_shutdown(job_stack, tmp_path):
    stack = job_stack(**LOOPBACK)
    worker = stack.worker()
    handle = background.enqueue(test_jobs.sleepy_job, str(tmp_path / "runs"), 120)
    wait_row(handle.id, lambda r: r.status == "running", timeout=120, what="the job to start", workers=[worker])
    worker.proc.send_signal(signal.SIGTERM)
    time.sleep(1.5)  # RQ ignores a second signal within 1 s (duplicate delivery by a pool)
    worker.proc.send_signal(signal.SIGTERM)
    assert _exit_code(worker.proc, 30) is not None, worker.log(80)
    assert "worker.restarting" not in worker.log(200)


def test_cron_stops_on_sigterm(job_stack):
    stack = job_stack(**LOOPBACK)
    log_path = stack.data_dir / "cron.log"
    env = {**stack.worker_env(), "METRICS_PORT": str(services.free_port())}
    import subprocess

    with open(log_path, "ab") as log:
        proc = subprocess.Popen([services.python(), "-m", "careercopilot", "cron"], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        services.wait_until(lambda: "starting" in services.tail(log_path) or proc.poll() is not None, timeout=90,
                            interval=0.2, what="cron to start")
        time.sleep(1)
        assert proc.poll() is None, services.tail(log_path)
        proc.send_signal(signal.SIGTERM)
        code = _exit_code(proc, IDLE_EXIT_SECONDS)
        assert code == 0, f"exit code {code}\n{services.tail(log_path)}"
    finally:
        services.stop_process_group(proc)
