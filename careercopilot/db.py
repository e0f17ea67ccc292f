"""Database engine and sessions built from :data:`careercopilot.config.settings`.

One engine per process, created lazily. SQLite (embedded default) gets WAL mode,
foreign keys and a busy timeout so the app process and in-process job threads can
share the file. PostgreSQL is reached through psycopg 3.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from careercopilot import db_routing  # noqa: F401  (registers the read-your-writes hooks)
from careercopilot import text_guard  # noqa: F401  (registers the no-control-characters flush hook)
from careercopilot.config import settings

_engine: Engine | None = None

#: Connections an engine keeps open once a process needed them at the same time: the database
#: threads of a backend (``offload.DB_THREADS`` = 8) plus the Reflex handlers' ``asyncio.to_thread``
#: reads and in-process jobs. With SQLAlchemy's default of 5, every query past the fifth concurrent
#: one opened an overflow connection and closed it again on return — under 50 sessions most page
#: loads paid a connect (SQLite's three PRAGMAs; on PostgreSQL a TCP connection, authentication and
#: a pre-ping) — issue 9 profile. The total (``POOL_SIZE + MAX_OVERFLOW``) stays 15 per process.
POOL_SIZE = 10
MAX_OVERFLOW = 5

#: Bytes of the SQLite database file each connection reads through a memory map (``PRAGMA
#: mmap_size``; https://sqlite.org/mmap.html): pages come straight from the OS page cache, shared by
#: every connection and process, instead of being copied by a read() into each connection's private
#: 2 MB page cache. Posting and score rows are large (descriptions, explanations: one or two rows a
#: 4 KB page), so a Jobs page view visited more pages than that cache holds and re-read them on every
#: view: SQLite's share of a Jobs view's CPU fell about 3 × with the map (issue 9, session 12:
#: the stored-scores read 4.8 → 1.7 ms, the open-postings count 2.3 → 1.1 ms, benchmark database of
#: ``benchmarks/ui_load.py``). Address space, not memory: the kernel pages the file in and out.
SQLITE_MMAP_BYTES = 256 * 1024 * 1024

#: Database objects of the full-text search index (Alembic revision 0008_search_fts) that are
#: not SQLModel metadata: autogenerate/``alembic check`` leave them alone (``alembic/env.py``).
SEARCH_INDEX_OBJECTS = frozenset({"search_vector", "ix_jobposting_search_vector", "jobposting_fts",
                                  "jobposting_fts_data", "jobposting_fts_idx", "jobposting_fts_docsize",
                                  "jobposting_fts_config", "jobposting_fts_content"})


def make_engine(url: str) -> Engine:
    """Create an engine for ``url`` (SQLite file or PostgreSQL); no I/O until first use."""
    if url.startswith("sqlite"):
        path = url.split("sqlite:///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        eng = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=POOL_SIZE,
                            max_overflow=MAX_OVERFLOW)

        @event.listens_for(eng, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
            cur.close()

        event.listen(eng, "before_execute", _for_update_takes_write_lock)
        return _observed(eng)
    return _observed(create_engine(url, pool_pre_ping=True, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW))


def _for_update_takes_write_lock(conn, clauseelement, multiparams, params, execution_options) -> None:
    """SQLite engines: a ``SELECT … FOR UPDATE`` (``.with_for_update()``, any ``read``/``nowait``
    variant) first takes the database's write lock (:func:`begin_write`, ``BEGIN IMMEDIATE``).

    SQLite has no row locks and SQLAlchemy's SQLite compiler drops the clause, so every service
    that locks the rows a write depends on (``applications._locked``, contacts, reminders, saved
    searches, tokens, resume versions …) locked nothing on the embedded default: 30 concurrent
    note appends to one application kept 21–22, concurrent stage moves broke the history's chain
    (attack106 item 2). With the write lock taken at the locking read, the read-modify-write of
    one transaction ends before the next one reads. Other statements are left alone."""
    if getattr(clauseelement, "_for_update_arg", None) is None:
        return
    if not conn.connection.dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _observed(engine: Engine) -> Engine:
    """``engine`` with pool/statement metrics, SQLite write-lock hold logging (:mod:`careercopilot.db_write_locks`),
    the session-check invalidation and, when tracing is on, SQL spans."""
    from careercopilot import db_metrics, db_write_locks, tracing
    from careercopilot.services import session_checks

    db_metrics.instrument(engine)
    db_write_locks.instrument(engine)
    session_checks.instrument(engine)  # writes to users/sessions end reused session validations
    tracing.instrument_engine(engine)
    return engine


def get_engine() -> Engine:
    """The process-wide engine for ``settings.sqlalchemy_url`` (created on first call)."""
    global _engine
    if _engine is None:
        _engine = make_engine(settings.sqlalchemy_url)
    return _engine


def reset_after_fork() -> None:
    """In a forked child: forget the parent's pooled connections without closing them
    (they belong to the parent; SQLAlchemy "Using Connection Pools with Multiprocessing")."""
    if _engine is not None:
        _engine.dispose(close=False)
    db_routing.reset()


def set_engine(engine: Engine | None) -> None:
    """Replace the process-wide engine (tests point it at a throwaway database)."""
    global _engine
    _engine = engine


@contextmanager
def session_scope() -> Iterator[Session]:
    """A session committed on success and rolled back on any exception."""
    with Session(get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session_scope(*, user_id: int | None = None) -> Iterator[Session]:
    """A read-only session for analytics and list reads: on the streaming replica
    (DATABASE_REPLICA_URL) when it is up, within REPLICA_MAX_LAG_SECONDS and has ``user_id``'s
    own latest write; otherwise on the primary (rules: :mod:`careercopilot.db_routing`).

    ``session.info["db_role"]`` is ``"replica"`` or ``"primary"`` (``"db_route"`` says why).
    Nothing is committed: the transaction is rolled back at the end, so a write here is lost —
    write through :func:`session_scope`. A replica failing mid-read (e.g. stopped) raises like
    any database error; the next read falls back."""
    on_replica, why = db_routing.use_replica(user_id)
    engine = db_routing.replica_engine() if on_replica else get_engine()
    with Session(engine, expire_on_commit=False) as session:
        session.info["db_role"] = "replica" if on_replica else "primary"
        session.info["db_route"] = why
        try:
            yield session
        finally:
            session.rollback()


def savepoint(session):
    """A SAVEPOINT around a step whose unique-constraint conflict the caller handles (PostgreSQL),
    or nothing on SQLite: pysqlite starts no transaction before ``SAVEPOINT``, so releasing one
    there would commit the caller's work early. On SQLite a conflict then fails the whole
    transaction (writers are serialized there, so it takes two processes to get one)."""
    from contextlib import nullcontext

    bind = session.get_bind()
    return nullcontext() if bind.dialect.name == "sqlite" else session.begin_nested()


def begin_write(session) -> None:
    """Take SQLite's write lock now, before the reads a write depends on (``BEGIN IMMEDIATE``,
    https://sqlite.org/lang_transaction.html): other writers then wait (``busy_timeout``) until
    this transaction ends, so a count check or a "next number" read stays true until the commit.

    pysqlite opens a transaction only at the first ``INSERT``/``UPDATE``/``DELETE``: reads before
    it run outside any transaction, and two connections could both read "highest version 2" and
    both write version 3 (issue 11, attack102 item 3). A connection already in a transaction has
    written in it (pysqlite starts none for reads), so it holds the lock already and nothing is
    done. On PostgreSQL nothing is done either: lock the rows the write depends on there
    (``SELECT … FOR UPDATE``)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    if not conn.connection.dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
