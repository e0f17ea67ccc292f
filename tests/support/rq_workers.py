"""Real ``python -m careercopilot worker`` processes that fault tests start and kill.

Used through the ``rq_workers`` factory fixture of ``tests/integration/conftest.py``
(and by later work: two workers, kill one mid-job)::

    w = rq_workers.start(env)             # waits until the worker registered with RQ
    w.horse_pid()                         # pid of the work-horse running a job, or None
    w.descendants()                       # every live process below the worker (horse, pools, scheduler)
    orphans = w.kill9()                   # kill -9 of the worker process only; returns its descendants
    w.kill9_horse()                       # kill -9 of the work-horse only (the worker lives on)
    w.stop()                              # SIGTERM to its group, then SIGKILL to anything left below it

The worker environment comes from :func:`worker_env` (DATABASE_URL/REDIS_URL of the
test, DATA_DIR in a temp folder, APP_ENV=test) plus per-test extras (short leases,
retry backoff, normalizer thresholds).
"""

from __future__ import annotations

import os
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import redis

from careercopilot.services import process_guard
from tests.support import services

ROOT = Path(__file__).resolve().parents[2]


def worker_env(*, database_url: str, redis_url: str, redis_db: int, data_dir: Path,
               extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a worker process on the given PostgreSQL/Redis."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url, REDIS_URL=redis_url, REDIS_STATE_DB=str(redis_db),
        REDIS_RQ_DB=str(redis_db), REDIS_CACHE_DB=str(redis_db), DATA_DIR=str(data_dir), APP_ENV="test",
        PYTHONUNBUFFERED="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
    )
    env.pop("JOBS_INLINE", None)
    env.update(extra or {})
    return env


def alive(pid: int) -> bool:
    """True when ``pid`` runs (zombies count as dead)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return False


@dataclass
class WorkerProcess:
    """A running worker subprocess (its own session/process group)."""

    proc: subprocess.Popen
    log_path: Path
    env: dict[str, str] = field(repr=False)
    redis_url: str = ""

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self, lines: int = 400) -> str:
        """The worker's output so far."""
        return services.tail(self.log_path, lines)

    def descendants(self) -> list[int]:
        """Live pids below the worker: work-horse, RQ scheduler, pools a job forked."""
        return [p for p in process_guard.descendants(self.pid) if alive(p)]

    def horse_pid(self) -> int | None:
        """The work-horse running a job right now, or None. RQ's horse is the worker's
        child that leads its own process group (``os.setpgrp()`` after the fork); RQ's
        scheduler process stays in the worker's group."""
        for pid in process_guard.descendants(self.pid):
            if alive(pid) and _parent(pid) == self.pid and _pgrp(pid) == pid:
                return pid
        return None

    def kill9(self) -> list[int]:
        """kill -9 of the worker process alone (as the probe did); returns the pids that were below it."""
        below = self.descendants()
        os.kill(self.pid, signal.SIGKILL)
        self.proc.wait(timeout=15)
        return below

    def kill9_horse(self) -> int:
        """kill -9 of the work-horse only; returns its pid. Raises LookupError without one."""
        horse = self.horse_pid()
        if horse is None:
            raise LookupError("the worker has no work-horse right now")
        os.kill(horse, signal.SIGKILL)
        return horse

    def stop(self) -> None:
        """Stop the worker and anything still running below it."""
        below = self.descendants() if self.proc.poll() is None else []
        services.stop_process_group(self.proc)
        for pid in below:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _stat_field(pid: int, index: int) -> int | None:
    """Field ``index`` (0-based after the command name) of ``/proc/<pid>/stat``, proc(5)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return int(fh.read().rsplit(")", 1)[-1].split()[index])
    except (OSError, ValueError, IndexError):
        return None


def _parent(pid: int) -> int | None:
    return _stat_field(pid, 1)


def _pgrp(pid: int) -> int | None:
    return _stat_field(pid, 2)


def start_worker(env: dict[str, str], *, log_path: Path, redis_url: str, queues: list[str] | None = None,
                 timeout: float = 90.0) -> WorkerProcess:
    """Start ``python -m careercopilot worker [queues]`` and wait until RQ lists it."""
    from rq import Worker

    with open(log_path, "ab") as log:
        proc = subprocess.Popen([services.python(), "-m", "careercopilot", "worker", *(queues or [])], cwd=ROOT,
                                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    worker = WorkerProcess(proc, log_path, env, redis_url)
    conn = redis.Redis.from_url(redis_url)

    def registered() -> bool:
        if proc.poll() is not None:
            raise services.Fatal(f"rq worker exited with {proc.returncode}:\n{services.tail(log_path)}")
        return any(w.pid == proc.pid for w in Worker.all(connection=conn))

    try:
        services.wait_until(registered, timeout=timeout, what="the rq worker to register")
    except BaseException:
        worker.stop()
        raise
    return worker
