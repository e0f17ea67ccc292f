"""Read/write splitting: which database serves a read (issue 15).

Writes always go to the primary (``DATABASE_URL``). Reads that tolerate a few seconds of
staleness — analytics and list pages — go through :func:`careercopilot.db.read_session_scope`,
which picks the streaming replica (``DATABASE_REPLICA_URL``) when all of these hold, else the
primary:

* a replica is configured and answered its last health probe (a refused or timed-out
  connection marks it down for :data:`DOWN_RETRY_SECONDS`, then it is probed again — a
  restarted replica is used again without restarting the app);
* it mirrors the primary: the same database name and, where both servers let the app read it,
  the same cluster ``system_identifier`` (a streaming replica, promoted or not, keeps its
  primary's; ``pg_control_system()``). A replica setting left over from another deployment —
  a restore drill that points ``DATABASE_URL`` at a scratch database and inherits the live
  replica — would otherwise serve another database's rows;
* its replication lag is at most ``REPLICA_MAX_LAG_SECONDS`` (default 5). Lag is measured on the
  replica as 0 when everything it received is replayed
  (``pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()``), else ``now() -
  pg_last_xact_replay_timestamp()`` — the PostgreSQL manual's recipe ("Hot Standby",
  §27.4/§28.2 monitoring). The probe result is cached per process for :data:`PROBE_SECONDS`;
* read-your-writes: when the acting user committed a write at time *W* (epoch seconds, taken at
  the flush before COMMIT, so W ≤ the commit's timestamp on a shared clock), the replica serves
  that user only once its last replayed commit timestamp is ≥ *W*. Write times are kept in the
  cache Redis (``cc:rw:<user id>``, shared by every app process and worker, expiring after
  :func:`mark_ttl_seconds`) or, without Redis, in this process.

Writes are noticed automatically: a SQLAlchemy ``after_flush`` hook collects the ``user_id`` of
every inserted/updated/deleted row (and the id of a changed ``User``) and ``after_commit``
records them. Code that writes through bulk ``UPDATE``/``DELETE`` statements calls
:func:`note_user_write` itself.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from careercopilot.config import settings

log = logging.getLogger(__name__)

#: Seconds a replica health/lag probe is reused in one process (one probe query per second at most).
PROBE_SECONDS = 1.0
#: Seconds a replica that refused a connection is skipped before it is probed again.
DOWN_RETRY_SECONDS = 2.0
#: Connect timeout (s) for the replica: a dead host must not stall a page load for long.
CONNECT_TIMEOUT_SECONDS = 2

LAG_SQL = text(
    "SELECT pg_is_in_recovery(), "
    "CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
    "ELSE EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END, "
    "EXTRACT(EPOCH FROM pg_last_xact_replay_timestamp())"
)


NAME_SQL = text("SELECT current_database()")
SYSTEM_ID_SQL = text("SELECT system_identifier FROM pg_control_system()")


def server_identity(conn) -> tuple[str, int | None]:
    """``(database name, cluster system_identifier or None when the role may not read it)``."""
    name = conn.execute(NAME_SQL).scalar_one()
    try:
        system_id = conn.execute(SYSTEM_ID_SQL).scalar_one()
    except Exception:  # noqa: BLE001 - pg_control_system() not granted: compare names only
        conn.rollback()
        system_id = None
    return name, (int(system_id) if system_id is not None else None)


def mirrors(primary: tuple[str, int | None], replica: tuple[str, int | None]) -> bool:
    """Whether ``replica``'s identity can be a streaming copy of ``primary``'s."""
    same_cluster = primary[1] is None or replica[1] is None or primary[1] == replica[1]
    return primary[0] == replica[0] and same_cluster


@dataclass
class Probe:
    """One replica health probe: ``up``; ``lag_seconds`` (None when down or unknown);
    ``replayed_at`` (epoch seconds of the last replayed commit, None when unknown); ``at``
    (monotonic time of the probe)."""

    up: bool
    lag_seconds: float | None
    replayed_at: float | None
    at: float


_lock = threading.Lock()
_replica_engine: Engine | None = None
#: The primary's :func:`server_identity`, read once per process (cleared by :func:`reset`).
_primary_identity: tuple[str, int | None] | None = None
_probe: Probe | None = None
_local_marks: dict[int, float] = {}


def replica_configured() -> bool:
    """True when DATABASE_REPLICA_URL is set (and DATABASE_URL, the primary, too)."""
    return bool(settings.database_replica_url and settings.database_url)


def replica_engine() -> Engine:
    """The process-wide replica engine (created on first call; short connect timeout)."""
    global _replica_engine
    with _lock:
        if _replica_engine is None:
            from sqlmodel import create_engine

            from careercopilot.db import MAX_OVERFLOW, POOL_SIZE

            _replica_engine = create_engine(settings.database_replica_url, pool_pre_ping=True, pool_size=POOL_SIZE,
                                            max_overflow=MAX_OVERFLOW,
                                            connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
        return _replica_engine


def reset() -> None:
    """Forget the replica engine, the cached probe and local write marks (tests, after fork)."""
    global _replica_engine, _probe, _primary_identity
    with _lock:
        if _replica_engine is not None:
            _replica_engine.dispose(close=False)
        _replica_engine, _probe, _primary_identity = None, None, None
        _local_marks.clear()


def probe(*, fresh: bool = False) -> Probe:
    """The replica's health and lag, cached for :data:`PROBE_SECONDS` (``DOWN_RETRY_SECONDS``
    when it was down); ``fresh`` probes now. Never raises: a failure is ``Probe(up=False)``."""
    global _probe
    now = time.monotonic()
    cached = _probe
    if cached is not None and not fresh:
        ttl = PROBE_SECONDS if cached.up else DOWN_RETRY_SECONDS
        if now - cached.at < ttl:
            return cached
    global _primary_identity
    try:
        with replica_engine().connect() as conn:
            _in_recovery, lag, replayed = conn.execute(LAG_SQL).one()
            replica = server_identity(conn)
        if _primary_identity is None:
            from careercopilot.db import get_engine

            with get_engine().connect() as conn:
                _primary_identity = server_identity(conn)
        if mirrors(_primary_identity, replica):
            result = Probe(True, float(lag or 0.0), float(replayed) if replayed is not None else None, now)
        else:
            if cached is None or cached.up:  # once per change, not on every re-probe
                log.warning("replica.not_a_mirror", extra={"primary": str(_primary_identity),
                                                           "replica": str(replica)})
            result = Probe(False, None, None, now)
    except Exception as exc:  # noqa: BLE001 - any failure means "not usable now"
        log.warning("replica.down", extra={"error": str(exc)[:200]})
        result = Probe(False, None, None, now)
        if _replica_engine is not None:
            _replica_engine.dispose()  # drop connections to the old server (restart, failover)
    _probe = result
    return result


def mark_ttl_seconds() -> int:
    """How long a user's write time is remembered (s): past it a replica within
    REPLICA_MAX_LAG_SECONDS has the write anyway (its replayed commits are at most that old)."""
    return int(settings.replica_max_lag_seconds) + 30


def _redis():
    import redis

    return redis.Redis.from_url(settings.cache_redis_url, socket_timeout=1, socket_connect_timeout=1)


def note_user_write(user_id: int, at: float | None = None) -> None:
    """Remember that ``user_id`` committed a write at ``at`` (epoch seconds; now by default).

    No-op without a replica. Redis down → kept in this process only (logged)."""
    if not replica_configured():
        return
    at = time.time() if at is None else at
    _local_marks[int(user_id)] = max(at, _local_marks.get(int(user_id), 0.0))
    if settings.cache_redis_url:
        try:
            _redis().set(f"cc:rw:{int(user_id)}", repr(at), ex=mark_ttl_seconds())
        except Exception as exc:  # noqa: BLE001
            log.warning("replica.write_mark_failed", extra={"user_id": user_id, "error": str(exc)[:200]})


def last_write(user_id: int) -> float | None:
    """Epoch seconds of ``user_id``'s last recorded write within :func:`mark_ttl_seconds`, or
    None. Redis unreachable → ``inf`` (the caller then reads from the primary)."""
    local = _local_marks.get(int(user_id))
    if local is not None and time.time() - local > mark_ttl_seconds():
        _local_marks.pop(int(user_id), None)
        local = None
    if not settings.cache_redis_url:
        return local
    try:
        raw = _redis().get(f"cc:rw:{int(user_id)}")
    except Exception:  # noqa: BLE001
        return float("inf")
    shared = float(raw) if raw else None
    return max(filter(None, (local, shared)), default=None)


def use_replica(user_id: int | None = None) -> tuple[bool, str]:
    """(True, "replica") when a read for ``user_id`` may go to the replica; else (False, why):
    ``"not configured"``, ``"down"``, ``"lag 7.2 s > 5 s"`` or ``"read-your-writes"``."""
    if not replica_configured():
        return False, "not configured"
    p = probe()
    if not p.up:
        return False, "down"
    if p.lag_seconds is not None and p.lag_seconds > settings.replica_max_lag_seconds:
        return False, f"lag {p.lag_seconds:.1f} s > {settings.replica_max_lag_seconds:g} s"
    if user_id is not None:
        wrote = last_write(user_id)
        if wrote is not None and (p.replayed_at is None or p.replayed_at < wrote):
            # the cached probe may predate the replay of the write: look again before giving up
            p = probe(fresh=True)
            if not p.up or p.replayed_at is None or p.replayed_at < wrote:
                return False, "read-your-writes"
    return True, "replica"


# --- automatic write marks -------------------------------------------------------------

def _owner_ids(session: Session) -> set[int]:
    from careercopilot.models import User

    ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        uid = obj.id if isinstance(obj, User) else getattr(obj, "user_id", None)
        if isinstance(uid, int):
            ids.add(uid)
    return ids


@event.listens_for(Session, "after_flush")
def _collect_writers(session: Session, _flush_context) -> None:
    if replica_configured():
        owners = _owner_ids(session)
        if owners:
            session.info.setdefault("cc_writers", set()).update(owners)
            session.info["cc_write_at"] = time.time()  # before COMMIT: ≤ the commit's timestamp


@event.listens_for(Session, "after_commit")
def _record_writers(session: Session) -> None:
    writers = session.info.pop("cc_writers", None)
    at = session.info.pop("cc_write_at", None)
    for uid in writers or ():
        note_user_write(uid, at)


@event.listens_for(Session, "after_rollback")
def _forget_writers(session: Session) -> None:
    session.info.pop("cc_writers", None)
    session.info.pop("cc_write_at", None)
