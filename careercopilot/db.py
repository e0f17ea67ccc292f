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
        eng = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(eng, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return _observed(eng)
    return _observed(create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10))


def _observed(engine: Engine) -> Engine:
    """``engine`` with pool/statement metrics and, when tracing is on, SQL spans."""
    from careercopilot import db_metrics, tracing

    db_metrics.instrument(engine)
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
