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

``sqlite_engine`` comes from ``tests/conftest.py``.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
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
    yield s
    db.set_engine(previous)


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
    """A real ``rq`` worker process on ``pg_url``/``redis_db`` (all queues), stopped at the end."""
    data_dir = tmp_path_factory.mktemp("worker-data")
    log_path = data_dir / "worker.log"
    env = worker_env(database_url=pg_url, redis_url=redis_url, redis_db=redis_db, data_dir=data_dir)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [services.python(), "-m", "careercopilot", "worker"], cwd=ROOT, env=env,
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
