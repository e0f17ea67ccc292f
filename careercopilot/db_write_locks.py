"""How long each write transaction holds SQLite's one write lock (``careercopilot.db.make_engine``).

SQLite lets one connection write at a time: a write transaction takes the lock at its first
``INSERT``/``UPDATE``/``DELETE`` and keeps it until ``COMMIT``/``ROLLBACK``
(https://sqlite.org/lang_transaction.html, https://sqlite.org/wal.html "Concurrency"). Every other
writer — a user's save — waits up to ``busy_timeout`` (30 s, :mod:`careercopilot.db`) and then
fails with "database is locked". So a background job must compute (embed, score, parse, fetch)
OUTSIDE its write transactions and write in short batches.

This module measures that, per connection, from the first write statement of a transaction to
its end (SQLAlchemy ``before_cursor_execute`` / ``commit`` / ``rollback`` and the pool's
``reset`` events):

* a hold of :data:`WRITE_LOCK_WARN_SECONDS` or more is logged (``db.write_lock_held`` with
  ``seconds``, ``statements``, ``rows`` and the first write statement's first 120 characters —
  never its parameters), so a job that starves user writes names itself in the log;
* :func:`record_write_holds` collects every hold (:class:`WriteHold`) while it is open — tests and
  ``benchmarks/write_lock_holds.py`` read rows per commit and the longest hold of a job.

``rows`` is the connection's ``total_changes`` delta (https://sqlite.org/c3ref/total_changes.html):
rows inserted, updated or deleted by the transaction, counted by SQLite itself.
PostgreSQL has row locks, not one database lock: the listeners are attached to SQLite engines only.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import structlog
from sqlalchemy import event

log = structlog.get_logger(__name__)

#: A write transaction holding the lock this long (seconds) or longer is logged: users' saves
#: should never queue behind more than about a second of a background job's writing (lock70 brief).
WRITE_LOCK_WARN_SECONDS = 1.0
#: Statements that take SQLite's write lock (first keywords, upper case; ``BEGIN IMMEDIATE``:
#: :func:`careercopilot.db.begin_write`).
_WRITE_KEYWORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN IMMEDIATE")
_INFO_KEY = "cc_write_hold"


@dataclass(frozen=True)
class WriteHold:
    """One write transaction: ``seconds`` from its first write statement to its end, ``rows``
    changed (SQLite ``total_changes`` delta), ``statements`` of it that wrote, ``statement``
    (the first write's first 120 characters), ``thread`` (the thread's name), ``ended``
    ("commit", "rollback" or "reset": returned to the pool uncommitted)."""

    seconds: float
    rows: int
    statements: int
    statement: str
    thread: str
    ended: str


_recorders: list[list[WriteHold]] = []
_recorders_lock = threading.Lock()


@contextmanager
def record_write_holds() -> Iterator[list[WriteHold]]:
    """``with record_write_holds() as holds: …`` → every :class:`WriteHold` ended meanwhile (any
    instrumented engine, any thread), in the order they ended."""
    holds: list[WriteHold] = []
    with _recorders_lock:
        _recorders.append(holds)
    try:
        yield holds
    finally:
        with _recorders_lock:
            _recorders.remove(holds)


def _changes(dbapi_conn) -> int:
    try:
        return int(dbapi_conn.total_changes)
    except Exception:  # noqa: BLE001 - closed or not a sqlite3 connection: rows unknown
        return 0


def _start(info: dict, dbapi_conn, statement: str) -> None:
    info[_INFO_KEY] = [time.perf_counter(), _changes(dbapi_conn), 0, " ".join(statement.split())[:120]]


def _end(info: dict, dbapi_conn, ended: str) -> None:
    hold = info.pop(_INFO_KEY, None)
    if hold is None:
        return
    t0, changes0, statements, first = hold
    got = WriteHold(seconds=time.perf_counter() - t0, rows=max(0, _changes(dbapi_conn) - changes0),
                    statements=statements, statement=first, thread=threading.current_thread().name, ended=ended)
    with _recorders_lock:
        for holds in _recorders:
            holds.append(got)
    if got.seconds >= WRITE_LOCK_WARN_SECONDS:
        log.warning("db.write_lock_held", seconds=round(got.seconds, 3), rows=got.rows, statements=got.statements,
                    statement=got.statement, thread=got.thread, ended=ended)


def instrument(engine) -> None:
    """Attach the hold listeners to a SQLite ``engine`` (once; other dialects are left alone)."""
    if engine.dialect.name != "sqlite" or getattr(engine, "_cc_write_locks", False):
        return
    engine._cc_write_locks = True

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip()[:15].upper().startswith(_WRITE_KEYWORDS):
            info = conn.info
            if _INFO_KEY not in info:
                _start(info, conn.connection.dbapi_connection, statement)
            info[_INFO_KEY][2] += 1

    @event.listens_for(engine, "commit")
    def _commit(conn):
        _end(conn.info, conn.connection.dbapi_connection, "commit")

    @event.listens_for(engine, "rollback")
    def _rollback(conn):
        _end(conn.info, conn.connection.dbapi_connection, "rollback")

    @event.listens_for(engine.pool, "reset")
    def _reset(dbapi_conn, record, *args):
        _end(record.info, dbapi_conn, "reset")
