"""Scrape-time gauges: figures read from Redis, the database or the backup destination when
Prometheus scrapes, the same whichever process answers (dashboards take ``max`` over instances).

Each collector caches its reading for :data:`CACHE_SECONDS` (backup age: 60 s, its own cache) so
frequent scrapes of several processes cost one query each per window, and never fails a scrape:
a source that cannot be read is reported by an ``…_up`` gauge of 0 and its figures are absent.

* ``cc_backup_age_seconds`` / ``cc_backup_last_success_timestamp_seconds`` /
  ``cc_backup_destination_up`` — :class:`BackupAgeCollector`.
* ``cc_rq_queue_depth{queue}`` (jobs waiting), ``cc_rq_jobs_started{queue}`` (running),
  ``cc_rq_jobs_failed{queue}`` (RQ's failed registry), ``cc_rq_workers`` (workers whose last
  heartbeat is within ``jobs.worker.worker_ttl_seconds()``), ``cc_rq_workers_registered`` (RQ's
  registry, which keeps a killed worker until its key expires) — with RQ only.
* ``cc_db_replication_lag_seconds`` / ``cc_db_replica_up`` — with DATABASE_REPLICA_URL only.
* ``cc_db_connections{state}`` — PostgreSQL's ``pg_stat_activity`` for our database.
* ``cc_users_total``, ``cc_signups_last_24h``, ``cc_applications_total``,
  ``cc_applications_created_last_24h``, ``cc_sources{status}`` (active, paused, failing).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

import structlog
from prometheus_client.core import GaugeMetricFamily

log = structlog.get_logger(__name__)

#: Seconds a reading is reused by later scrapes (Prometheus' default scrape interval is 15–60 s).
CACHE_SECONDS = 10.0

_cache: dict[str, tuple[float, list]] = {}
_lock = threading.Lock()


def _cached(key: str, read: Callable[[], list]) -> list:
    """``read()``'s families, reused for CACHE_SECONDS."""
    now = time.monotonic()
    with _lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            return hit[1]
    families = read()
    with _lock:
        _cache[key] = (now, families)
    return families


def forget() -> None:
    """Drop cached readings (tests)."""
    with _lock:
        _cache.clear()


def _gauge(name: str, doc: str, value: float | None = None, labels: list[str] | None = None,
           samples: Iterable[tuple[list[str], float]] = ()) -> GaugeMetricFamily:
    if labels is None:
        return GaugeMetricFamily(name, doc, value=value)
    fam = GaugeMetricFamily(name, doc, labels=labels)
    for label_values, v in samples:
        fam.add_metric(label_values, v)
    return fam


class _Collector:
    """Base: ``describe`` yields nothing (registering must not do I/O)."""

    def describe(self):
        return []


class BackupAgeCollector(_Collector):
    """``cc_backup_age_seconds`` (seconds since the newest complete backup set was created) and
    ``cc_backup_last_success_timestamp_seconds``, read from the backup destination at scrape
    time (cached 60 s, ``services.backup.AGE_CACHE_SECONDS``) — the same figure in every process,
    whichever process made the backup. With no destination configured, or one without a set yet,
    the age is +Inf — no backup is as old as it gets, and the README's alert
    (``cc_backup_age_seconds > 26 * 3600``) must fire for it (it had no series to fire on before:
    ops12 finding 10). ``cc_backup_destination_up`` is 0 when a configured destination cannot be
    read (the age is then absent) and is not exported without one."""

    def collect(self):
        from careercopilot.config import settings
        from careercopilot.services import backup

        if not settings.backup_configured:
            yield _gauge("cc_backup_age_seconds", "Seconds since the last successful backup", float("inf"))
            return
        try:
            last = backup.last_success_time()
        except Exception:  # noqa: BLE001 - a scrape must not fail; the up gauge says it
            yield _gauge("cc_backup_destination_up", "1 when the backup destination is readable", 0)
            return
        yield _gauge("cc_backup_destination_up", "1 when the backup destination is readable", 1)
        yield _gauge("cc_backup_age_seconds", "Seconds since the last successful backup",
                     float("inf") if last is None else max(0.0, time.time() - last))
        if last is not None:
            yield _gauge("cc_backup_last_success_timestamp_seconds", "Unix time of the last successful backup", last)


class QueueCollector(_Collector):
    """RQ queue depth per queue (the worker autoscaler's metric), running and failed jobs, workers."""

    def collect(self):
        from careercopilot.config import settings

        if settings.run_jobs_inline or not settings.rq_redis_url:
            return
        yield from _cached("queues", self._read)

    @staticmethod
    def _read() -> list:
        from rq import Queue, Worker

        from careercopilot.services.background import _redis
        from jobs.queues import QUEUES

        try:
            conn = _redis()
            depth, started, failed = [], [], []
            for name in QUEUES:
                q = Queue(name, connection=conn)
                depth.append(([name], float(q.count)))
                started.append(([name], float(q.started_job_registry.count)))
                failed.append(([name], float(q.failed_job_registry.count)))
            registered = Worker.all(connection=conn)
            workers = float(len(live_workers(registered)))
        except Exception as exc:  # noqa: BLE001 - Redis away: report, don't fail the scrape
            log.debug("metrics.queues_unreadable", error=f"{type(exc).__name__}: {exc}")
            return [_gauge("cc_rq_up", "1 when RQ's Redis answers", 0)]
        return [
            _gauge("cc_rq_up", "1 when RQ's Redis answers", 1),
            _gauge("cc_rq_queue_depth", "Jobs waiting in the RQ queue", labels=["queue"], samples=depth),
            _gauge("cc_rq_jobs_started", "Jobs running (RQ's started registry)", labels=["queue"], samples=started),
            _gauge("cc_rq_jobs_failed", "Jobs in RQ's failed registry", labels=["queue"], samples=failed),
            _gauge("cc_rq_workers", "RQ workers alive (heartbeat within the worker TTL)", workers),
            _gauge("cc_rq_workers_registered", "RQ workers in RQ's registry, a killed one included until "
                   "its key expires", float(len(registered))),
        ]


def live_workers(workers: list, now: float | None = None) -> list:
    """The RQ ``workers`` whose ``last_heartbeat`` (a UTC datetime) is within
    ``jobs.worker.worker_ttl_seconds()`` of ``now`` (Unix seconds; default: the current time).
    A worker that never beat (``None``) is not counted."""
    from jobs.worker import worker_ttl_seconds

    cutoff = (time.time() if now is None else now) - worker_ttl_seconds()
    return [w for w in workers if w.last_heartbeat is not None and w.last_heartbeat.timestamp() >= cutoff]


#: Replication lag, seconds: 0 when the server is not in recovery (a primary, e.g. a promoted
#: replica) or has replayed everything it received; else the age of the last replayed transaction
#: (PostgreSQL manual, "Monitoring" §28.2 / pg_last_xact_replay_timestamp).
REPLICATION_LAG_SQL = """
SELECT CASE
  WHEN NOT pg_is_in_recovery() THEN 0
  WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
  ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)
END, pg_is_in_recovery()
"""


class ReplicationCollector(_Collector):
    """``cc_db_replication_lag_seconds`` of DATABASE_REPLICA_URL and ``cc_db_replica_up``."""

    def collect(self):
        from careercopilot.config import settings

        if not settings.database_replica_url:
            return
        yield from _cached("replica", lambda: self._read(settings.database_replica_url))

    @staticmethod
    def _read(url: str) -> list:
        import psycopg

        dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
        try:
            with psycopg.connect(dsn, connect_timeout=2, autocommit=True) as conn:
                lag, in_recovery = conn.execute(REPLICATION_LAG_SQL).fetchone()
        except Exception as exc:  # noqa: BLE001 - replica down: up=0, no lag
            log.debug("metrics.replica_unreadable", error=f"{type(exc).__name__}: {exc}")
            return [_gauge("cc_db_replica_up", "1 when the replica answers", 0)]
        return [
            _gauge("cc_db_replica_up", "1 when the replica answers", 1),
            _gauge("cc_db_replica_in_recovery", "1 while the replica replays the primary's WAL", float(in_recovery)),
            _gauge("cc_db_replication_lag_seconds", "Seconds the replica is behind the primary", float(lag)),
        ]


class DatabaseCollector(_Collector):
    """Server-side connections of our database by state, and the business figures."""

    def collect(self):
        yield from _cached("database", self._read)

    @staticmethod
    def _read() -> list:
        from datetime import datetime, timedelta, timezone

        from sqlalchemy import func, text
        from sqlmodel import select

        from careercopilot.db import session_scope
        from careercopilot.models import Application, Source, User

        since = datetime.now(timezone.utc) - timedelta(days=1)
        out: list = []
        try:
            with session_scope() as s:
                if s.get_bind().dialect.name == "postgresql":
                    rows = s.execute(text("SELECT COALESCE(state, 'unknown'), count(*) FROM pg_stat_activity "
                                          "WHERE datname = current_database() GROUP BY 1")).all()
                    out.append(_gauge("cc_db_connections", "Connections to our database by state (pg_stat_activity)",
                                      labels=["state"], samples=[([st], float(n)) for st, n in rows]))
                users = s.exec(select(func.count(User.id))).one()
                new_users = s.exec(select(func.count(User.id)).where(User.created_at >= since)).one()
                apps = s.exec(select(func.count(Application.id))).one()
                new_apps = s.exec(select(func.count(Application.id)).where(Application.created_at >= since)).one()
                sources = s.exec(select(Source.status, func.count(Source.id)).group_by(Source.status)).all()
        except Exception as exc:  # noqa: BLE001 - database away: up=0
            log.debug("metrics.database_unreadable", error=f"{type(exc).__name__}: {exc}")
            return [_gauge("cc_db_up", "1 when the database answers", 0)]
        by_status = {"active": 0.0, "paused": 0.0, "failing": 0.0} | {st: float(n) for st, n in sources}
        return out + [
            _gauge("cc_db_up", "1 when the database answers", 1),
            _gauge("cc_users_total", "Accounts", float(users)),
            _gauge("cc_signups_last_24h", "Accounts created in the last 24 hours", float(new_users)),
            _gauge("cc_applications_total", "Tracked applications", float(apps)),
            _gauge("cc_applications_created_last_24h", "Applications created in the last 24 hours", float(new_apps)),
            _gauge("cc_sources", "Job sources by status", labels=["status"],
                   samples=[([st], n) for st, n in sorted(by_status.items())]),
        ]


COLLECTORS = (BackupAgeCollector(), QueueCollector(), ReplicationCollector(), DatabaseCollector())
_default_registered = False


def register(registry) -> None:
    """Add :data:`COLLECTORS` to ``registry`` (a fresh multiprocess registry per scrape)."""
    for collector in COLLECTORS:
        registry.register(collector)


def register_default() -> None:
    """Add :data:`COLLECTORS` to prometheus-client's default registry, once per process."""
    global _default_registered
    from prometheus_client import REGISTRY

    if not _default_registered:
        register(REGISTRY)
        _default_registered = True
