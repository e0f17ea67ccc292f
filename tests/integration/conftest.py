"""Integration fixtures: real PostgreSQL, real Redis and a real ``rq`` worker process.

Session-scoped (created once per pytest run, removed at the end):

* ``pg_url`` — SQLAlchemy URL of a throwaway database ``cc_test_<random>`` on
  127.0.0.1:5432, migrated to head; dropped at the end of the run.
* ``pg_engine`` — an ``Engine`` on ``pg_url``.
* ``redis_db`` / ``redis_url`` — a dedicated, empty logical Redis DB (claimed among
  4..15, flushed at start and end) and its URL ``redis://127.0.0.1:6379/<db>``.
* ``rq_worker`` — a real ``python -m careercopilot worker`` subprocess whose
  environment points at ``pg_url``/``redis_url`` (DATA_DIR in a temp dir,
  APP_ENV=test). ``rq_worker.log_path`` holds its output; stopped at the end.

Per test (settings are module-level in :mod:`careercopilot.config`, read at import,
so tests change the live object's attributes; everything is restored afterwards):

* ``override_settings(**fields)`` — set attributes of ``careercopilot.config.settings``
  and reset the cached Redis clients (RQ connection, rate-limit backend).
* ``use_pg`` — the process engine (``careercopilot.db``) points at ``pg_engine`` and
  settings carry ``DATABASE_URL``; jobs run in-process.
* ``rq_settings`` — ``use_pg`` plus ``REDIS_URL`` on ``redis_db``: ``enqueue`` takes the
  RQ path, rate limits use Redis. Combine with ``rq_worker`` to execute jobs.

Fault tests (kill and restart things; reusable by later work, e.g. several workers):

* ``redis_server(appendonly=True)`` — a redis-server of the test's own on a free port
  (``tests/support/redis_server.py``: ``.restart()``, ``.restart(hard=True)``, ``.kill()``).
* ``rq_workers(env, redis_url=...)`` — real worker processes (``tests/support/rq_workers.py``:
  ``.kill9()``, ``.kill9_horse()``, ``.horse_pid()``, ``.descendants()``).
* ``job_stack(appendonly=True, **settings)`` — both of the above plus a throwaway
  PostgreSQL database, with this process's settings pointing at them and short lease/
  retry timings (:data:`FAULT_TIMINGS`); ``stack.worker()`` starts a worker.

``sqlite_engine`` comes from ``tests/conftest.py``.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis as redis_lib

from tests.support import services

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pg_url():
    """URL (``postgresql+psycopg://…/cc_test_<hex>``) of a migrated throwaway database."""
    with services.throwaway_pg_database("cc_test") as url:
        yield url


@pytest.fixture(scope="session")
def pg_engine(pg_url):
    """SQLAlchemy engine on :func:`pg_url` (disposed at the end of the run)."""
    from careercopilot.db import make_engine

    engine = make_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def redis_db():
    """Number of a dedicated, empty logical Redis DB (flushed at start and end)."""
    with services.dedicated_redis_db() as db:
        yield db


@pytest.fixture(scope="session")
def redis_url(redis_db):
    """``redis://127.0.0.1:6379/<redis_db>``."""
    return f"{services.REDIS_HOST_URL}/{redis_db}"


def _reset_cached_clients() -> None:
    from careercopilot.services import background, ratelimit

    background._redis.cache_clear()
    ratelimit.backend.cache_clear()


@pytest.fixture
def override_settings(monkeypatch):
    """Return ``apply(**fields)`` that sets ``careercopilot.config.settings`` attributes for this test.

    Unknown field names raise AttributeError (typos fail loudly). Cached Redis clients
    are reset on apply and on teardown.
    """
    from careercopilot.config import Settings, settings

    def apply(**fields):
        for name, value in fields.items():
            if name not in Settings.model_fields:
                raise AttributeError(f"Settings has no field {name!r}")
            monkeypatch.setattr(settings, name, value)
        _reset_cached_clients()
        return settings

    yield apply
    monkeypatch.undo()
    _reset_cached_clients()


@pytest.fixture
def use_pg(pg_url, pg_engine, override_settings, tmp_path):
    """Point settings and the process engine at the throwaway PostgreSQL DB (jobs in-process)."""
    from careercopilot import db

    s = override_settings(database_url=pg_url, redis_url=None, jobs_inline=True, data_dir=tmp_path)
    previous = db._engine
    db.set_engine(pg_engine)
    _close_earlier_tests_jobs(pg_engine)
    yield s
    db.set_engine(previous)


def _close_earlier_tests_jobs(engine) -> None:
    """Job rows an earlier test on this worker's shared database left live (its in-process runs
    were awaited and its retries cancelled between tests: tests/conftest.py) end as failed, so
    they never deduplicate this test's jobs of the same (kind, target): one failing mail test left
    ``deliver_mail`` "queued" and every later mail test's delivery was skipped (session 12)."""
    from sqlalchemy import update

    from careercopilot.models import BackgroundJob
    from careercopilot.models.background import LIVE_STATUSES

    with engine.begin() as conn:
        conn.execute(update(BackgroundJob).where(BackgroundJob.status.in_(LIVE_STATUSES))
                     .values(status="failed", error="left live by an earlier test"))


@pytest.fixture
def rq_settings(use_pg, override_settings, redis_url, redis_db):
    """``use_pg`` plus REDIS_URL on the dedicated DB: ``enqueue`` goes to RQ, limits to Redis."""
    return override_settings(
        redis_url=redis_url, redis_state_db=redis_db, redis_rq_db=redis_db, redis_cache_db=redis_db,
        jobs_inline=None,
    )


@dataclass
class RQWorkerProcess:
    """A running ``python -m careercopilot worker`` subprocess."""

    proc: subprocess.Popen
    log_path: Path
    env: dict[str, str]

    def log(self) -> str:
        """The worker's output so far."""
        return services.tail(self.log_path, 400)


def worker_env(*, database_url: str, redis_url: str, redis_db: int, data_dir: Path) -> dict[str, str]:
    """Environment for a worker process on the given PostgreSQL/Redis (reused by e2e tests)."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url, REDIS_URL=redis_url, REDIS_STATE_DB=str(redis_db),
        REDIS_RQ_DB=str(redis_db), REDIS_CACHE_DB=str(redis_db), DATA_DIR=str(data_dir), APP_ENV="test",
        PYTHONUNBUFFERED="1",
    )
    env.pop("JOBS_INLINE", None)
    return env


@pytest.fixture(scope="session")
def rq_worker(pg_url, redis_url, redis_db, tmp_path_factory):
    """A real ``rq`` worker process on ``pg_url``/``redis_db`` (all queues, the writing one too), stopped at the end."""
    from jobs.queues import QUEUES

    data_dir = tmp_path_factory.mktemp("worker-data")
    log_path = data_dir / "worker.log"
    env = worker_env(database_url=pg_url, redis_url=redis_url, redis_db=redis_db, data_dir=data_dir)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [services.python(), "-m", "careercopilot", "worker", *QUEUES], cwd=ROOT, env=env,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    from rq import Worker

    conn = redis_lib.Redis.from_url(redis_url)

    def registered():
        if proc.poll() is not None:
            raise services.Fatal(f"rq worker exited with {proc.returncode}:\n{services.tail(log_path)}")
        return any(w.pid == proc.pid for w in Worker.all(connection=conn))

    try:
        services.wait_until(registered, timeout=60, what="the rq worker to register")
    except Exception:
        services.stop_process_group(proc)
        raise RuntimeError(f"rq worker did not start:\n{services.tail(log_path)}") from None
    yield RQWorkerProcess(proc, log_path, env)
    services.stop_process_group(proc)


# ----------------------------------------------------------------------------- fault-test fixtures
# Reusable pieces for tests that kill and restart things (issue 9; later the topology issue).
# They never touch the machine's Redis (6379) or PostgreSQL server process: each test gets
# its own redis-server (tests/support/redis_server.py), its own throwaway database, and
# worker processes it may kill (tests/support/rq_workers.py).


@pytest.fixture
def redis_server(tmp_path_factory):
    """Factory ``redis_server(appendonly=True, persistence_args=None)`` → a started
    :class:`tests.support.redis_server.RedisServer` on a free port in a temp folder
    (``.url``, ``.client()``, ``.restart(hard=False)``, ``.kill()``, ``.start()``); every
    server is killed at teardown."""
    from tests.support.redis_server import start_redis_server

    servers = []

    def make(*, appendonly: bool = True, persistence_args: list[str] | None = None):
        server = start_redis_server(tmp_path_factory.mktemp("redis"), appendonly=appendonly,
                                    persistence_args=persistence_args)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def rq_workers(tmp_path_factory):
    """Factory ``rq_workers(env, redis_url=..., queues=None)`` → a registered
    :class:`tests.support.rq_workers.WorkerProcess` (``.kill9()``, ``.kill9_horse()``,
    ``.horse_pid()``, ``.descendants()``, ``.log()``); all are stopped at teardown, with
    anything still running below them."""
    from tests.support.rq_workers import start_worker

    started = []

    def make(env: dict[str, str], *, redis_url: str, queues: list[str] | None = None):
        log_path = tmp_path_factory.mktemp("worker") / "worker.log"
        worker = start_worker(env, log_path=log_path, redis_url=redis_url, queues=queues)
        started.append(worker)
        return worker

    yield make
    for worker in started:
        worker.stop()


@dataclass
class JobStack:
    """This test's production job stack: a migrated throwaway PostgreSQL database, its own
    redis-server, the test process's settings pointing at both (``enqueue`` takes the RQ
    path), and :meth:`worker` to start real worker processes with the same configuration."""

    pg_url: str
    redis: object  # tests.support.redis_server.RedisServer
    data_dir: Path
    env_extra: dict[str, str]
    _start: object
    workers: list = field(default_factory=list)

    def worker_env(self, **extra: str) -> dict[str, str]:
        """The environment a worker of this stack runs with (plus ``extra``)."""
        from tests.support.rq_workers import worker_env as make_env

        return make_env(database_url=self.pg_url, redis_url=self.redis.url, redis_db=0, data_dir=self.data_dir,
                        extra={**self.env_extra, **extra})

    def worker(self, **extra: str):
        """Start a worker on every queue (``extra``: more environment variables)."""
        worker = self._start(self.worker_env(**extra), redis_url=self.redis.url)
        self.workers.append(worker)
        return worker


#: Short timings so fault tests see leases expire and retries fire within seconds.
FAULT_TIMINGS = {
    "job_lease_seconds": 4.0, "job_heartbeat_seconds": 0.5, "worker_monitoring_seconds": 1,
    "job_retry_backoff_seconds": [1, 1, 1], "job_retry_max": 3,
}


@pytest.fixture
def job_stack(override_settings, redis_server, rq_workers, tmp_path):
    """Factory ``job_stack(appendonly=True, redis_args=None, **settings)`` → a :class:`JobStack`
    (see there); ``redis_args`` replaces the redis-server persistence options.

    Timings default to :data:`FAULT_TIMINGS` (lease 4 s, heartbeat 0.5 s, worker check
    1 s, retries after 1 s); ``settings`` override them and any other field, in this
    process and in the workers it starts. The database is dropped at teardown.
    """
    import json

    from careercopilot import db

    contexts = []
    stacks: list[JobStack] = []
    previous = db._engine

    def make(*, appendonly: bool = True, redis_args: list[str] | None = None, **fields):
        ctx = services.throwaway_pg_database("cc_fault")
        pg_url = ctx.__enter__()
        contexts.append(ctx)
        server = redis_server(appendonly=appendonly, persistence_args=redis_args)
        data_dir = tmp_path / f"worker-data-{len(contexts)}"
        data_dir.mkdir()
        values = {**FAULT_TIMINGS, **fields}
        override_settings(database_url=pg_url, redis_url=server.url, redis_state_db=0, redis_rq_db=0,
                          redis_cache_db=0, jobs_inline=None, data_dir=tmp_path / "app-data", **values)
        engine = db.make_engine(pg_url)
        db.set_engine(engine)
        contexts.append(engine)
        env_extra = {name.upper(): json.dumps(v) if isinstance(v, list) else str(v) for name, v in values.items()}
        stacks.append(JobStack(pg_url, server, data_dir, env_extra, rq_workers))
        return stacks[-1]

    yield make
    for stack in stacks:  # workers first: the database is dropped below
        for worker in stack.workers:
            worker.stop()
    db.set_engine(previous)
    for ctx in reversed(contexts):
        if hasattr(ctx, "dispose"):
            ctx.dispose()
        else:
            ctx.__exit__(None, None, None)
