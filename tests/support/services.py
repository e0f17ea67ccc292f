"""Throwaway PostgreSQL databases and dedicated Redis logical databases for tests.

Used by ``tests/integration/conftest.py`` and the e2e production-stack test. Every
helper talks to the services on loopback only (PLATFORM.md): PostgreSQL on
127.0.0.1:5432 (trust auth, user ``postgres``), Redis on 127.0.0.1:6379.
"""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import psycopg
import redis

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS_HOST_URL = "redis://127.0.0.1:6379"
#: Logical Redis databases tests may claim (0–2 are the app's defaults; leave them alone).
REDIS_TEST_DBS = range(15, 3, -1)
_CLAIM_KEY = "cc-test:claimed"


def create_pg_database(prefix: str = "cc_test") -> str:
    """Create ``<prefix>_<random>`` and return its SQLAlchemy URL (psycopg 3 driver)."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def drop_pg_database(url: str) -> None:
    """Drop the database named by ``url`` (terminating leftover connections first)."""
    name = url.rsplit("/", 1)[-1]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def throwaway_pg_database(prefix: str = "cc_test", *, migrate: bool = True) -> Iterator[str]:
    """Context manager: a fresh PostgreSQL database (migrated to head), dropped on exit."""
    url = create_pg_database(prefix)
    try:
        if migrate:
            from careercopilot.services import migrations

            migrations.upgrade(url)
        yield url
    finally:
        drop_pg_database(url)


@contextmanager
def migrated_engine(backend: str, tmp_path: Path, name: str):
    """Context manager: an engine on a fresh database migrated to head, ``backend`` "sqlite"
    (a file ``<tmp_path>/<name>.db``) or "postgresql" (database ``<name>_<random>``, dropped on exit)."""
    from careercopilot import db
    from careercopilot.services import migrations

    url = f"sqlite:///{tmp_path / (name + '.db')}" if backend == "sqlite" else create_pg_database(name)
    try:
        migrations.upgrade(url)
        engine = db.make_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        if backend == "postgresql":
            drop_pg_database(url)


def claim_redis_db(ttl_seconds: int = 3 * 3600) -> int:
    """Claim an empty logical Redis DB (15 down to 4) for this run; returns its number.

    A claim marker (with a TTL, so crashed runs free it) keeps concurrent runs apart.
    Raises RuntimeError when every candidate DB is in use.
    """
    for db in REDIS_TEST_DBS:
        r = redis.Redis.from_url(f"{REDIS_HOST_URL}/{db}")
        if r.dbsize() == 0 and r.set(_CLAIM_KEY, "1", nx=True, ex=ttl_seconds):
            return db
    raise RuntimeError("no free Redis logical database in 4..15; flush stale ones (redis-cli -n N flushdb)")


def flush_redis_db(db: int, *, keep_claim: bool = True) -> None:
    """Empty logical DB ``db``; keeps this run's claim marker unless ``keep_claim`` is False."""
    r = redis.Redis.from_url(f"{REDIS_HOST_URL}/{db}")
    r.flushdb()
    if keep_claim:
        r.set(_CLAIM_KEY, "1", ex=3 * 3600)


@contextmanager
def dedicated_redis_db() -> Iterator[int]:
    """Context manager: a claimed, empty logical Redis DB, flushed and released on exit."""
    db = claim_redis_db()
    try:
        yield db
    finally:
        flush_redis_db(db, keep_claim=False)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def closed_port() -> int:
    """A loopback port nothing listens on (for 'service unreachable' tests)."""
    return free_port()


class Fatal(RuntimeError):
    """Raised by a :func:`wait_until` predicate to stop waiting at once (e.g. the process died)."""


def wait_until(predicate, *, timeout: float, interval: float = 0.2, what: str = "condition"):
    """Poll ``predicate()`` until it returns a truthy value; raise TimeoutError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    last_exc: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Fatal:
            raise
        except Exception as exc:  # keep polling; report the last error on timeout
            last_exc = exc
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}" + (f" (last error: {last_exc!r})" if last_exc else ""))


def tail(path: Path, lines: int = 80) -> str:
    """The last ``lines`` lines of a log file (empty string when missing)."""
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def python() -> str:
    """The interpreter running the tests (the repo's .venv in CI)."""
    return sys.executable


def stop_process_group(proc: subprocess.Popen, timeout: float = 15.0) -> None:
    """Terminate a process started with ``start_new_session=True`` and its children (by pgid)."""
    import os
    import signal

    if proc.poll() is not None:
        return
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    # children that outlived the leader (e.g. granian workers) share the group
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
