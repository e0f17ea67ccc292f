"""Throwaway PostgreSQL database + a claimed Redis logical DB for RQ, per test module.

The Redis DB is claimed through ``tests/support/services.claim_redis_db`` like every other
integration fixture: a fixed number collided under pytest-xdist with another worker's
long-running ``rq`` workers, which took this module's sync jobs (CI: rows stayed "queued").
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
import pytest  # noqa: E402
import redis  # noqa: E402

from careercopilot import db  # noqa: E402
from careercopilot.config import settings  # noqa: E402
from careercopilot.services import background, migrations  # noqa: E402
from tests.support.services import dedicated_redis_db  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379"


@pytest.fixture(scope="module")
def pg_url():
    name = f"cc_ingest_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    migrations.upgrade(url=url)
    yield url
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def rq_db():
    """A claimed, empty logical Redis DB for this module's RQ queues."""
    with dedicated_redis_db() as number:
        yield number


@pytest.fixture()
def stack(pg_url, rq_db, monkeypatch):
    """Point this process at PostgreSQL + RQ (Redis DB ``rq_db``); yields a worker runner."""
    RQ_DB = rq_db
    r = redis.Redis.from_url(f"{REDIS}/{RQ_DB}")
    monkeypatch.setattr(settings, "database_url", pg_url)
    monkeypatch.setattr(settings, "redis_url", REDIS)
    monkeypatch.setattr(settings, "redis_rq_db", RQ_DB)
    monkeypatch.setattr(settings, "jobs_inline", False)
    background._redis.cache_clear()
    engine = db.make_engine(pg_url)
    db.set_engine(engine)

    def run_worker(**extra_env: str) -> subprocess.CompletedProcess:
        """One burst worker; the loopback test server is reachable through the allowlist only
        (``SSRF_ALLOW_HOSTS``, overridable by ``extra_env``: the guard is always on)."""
        env = {**os.environ, "DATABASE_URL": pg_url, "REDIS_URL": REDIS, "REDIS_RQ_DB": str(RQ_DB),
               "JOBS_INLINE": "false", "DEMO_FEED": "on", "PYTHONPATH": str(ROOT),
               "SSRF_ALLOW_HOSTS": '["127.0.0.1", "localhost"]', **extra_env}
        rq = str(Path(sys.executable).with_name("rq"))
        return subprocess.run([rq, "worker", "ingest", "match", "default", "--url", f"{REDIS}/{RQ_DB}", "--burst"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)

    yield run_worker
    db.set_engine(None)
    engine.dispose()
    background._redis.cache_clear()
    for key in r.scan_iter():
        if key != b"cc-test:claimed":
            r.delete(key)
