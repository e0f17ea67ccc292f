"""careercopilot.db_write_locks: each SQLite write transaction's lock hold is measured (lock70)."""

from __future__ import annotations

import structlog
from sqlalchemy import create_engine, text

from careercopilot import db, db_write_locks


def _engine(tmp_path):
    eng = db.make_engine(f"sqlite:///{tmp_path / 'locks.db'}")
    with eng.begin() as c:
        c.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
    return eng


def test_a_write_transaction_is_one_hold_with_its_rows(tmp_path):
    eng = _engine(tmp_path)
    with db_write_locks.record_write_holds() as holds:
        with eng.connect() as c:
            c.execute(text("SELECT count(*) FROM t")).all()  # reads before the first write: no lock yet
            c.execute(text("INSERT INTO t (v) VALUES (:v)"), [{"v": str(i)} for i in range(30)])
            c.execute(text("UPDATE t SET v = 'x' WHERE id <= 10"))
            c.commit()
    assert [(h.rows, h.statements, h.ended) for h in holds] == [(40, 2, "commit")]
    assert holds[0].statement.startswith("INSERT INTO t")


def test_reads_only_hold_nothing_and_rollback_or_close_end_a_hold(tmp_path):
    eng = _engine(tmp_path)
    with db_write_locks.record_write_holds() as holds:
        with eng.connect() as c:
            c.execute(text("SELECT * FROM t")).all()
            c.commit()
        with eng.connect() as c:
            c.execute(text("DELETE FROM t"))
            c.rollback()
        c = eng.connect()
        c.execute(text("INSERT INTO t (v) VALUES ('a')"))
        c.close()  # closed uncommitted: rolled back
    assert [(h.ended, h.rows) for h in holds] == [("rollback", 0), ("rollback", 1)]


def test_a_long_hold_is_logged(tmp_path, monkeypatch):
    monkeypatch.setattr(db_write_locks, "WRITE_LOCK_WARN_SECONDS", 0.0)
    eng = _engine(tmp_path)
    with structlog.testing.capture_logs() as logs:
        with eng.begin() as c:
            c.execute(text("INSERT INTO t (v) VALUES ('a')"))
    held = [e for e in logs if e["event"] == "db.write_lock_held"]
    assert [(e["rows"], e["statements"], e["ended"]) for e in held] == [(1, 1, "commit")]


def test_only_sqlite_engines_are_instrumented():
    pg = create_engine("postgresql+psycopg://u:p@127.0.0.1:1/x")
    db_write_locks.instrument(pg)
    assert not getattr(pg, "_cc_write_locks", False)


def test_a_session_that_reads_then_writes_waits_for_the_lock_instead_of_failing(tmp_path):
    """SQLite's deferred ``BEGIN`` fails a read transaction's upgrade to a write at once with
    SQLITE_BUSY when another writer committed meanwhile, whatever ``busy_timeout`` says
    (https://sqlite.org/lang_transaction.html, "read transaction … upgraded to a write").
    pysqlite's legacy transaction control (what ``db.make_engine`` uses) opens no transaction for a
    SELECT — the ``BEGIN`` comes right before the first write — so a save's read-then-write waits
    for a job's lock (busy timeout) and succeeds; no ``BEGIN IMMEDIATE`` is needed."""
    import sqlite3
    import threading
    import time

    from sqlmodel import Session

    eng = _engine(tmp_path)
    with eng.begin() as c:
        c.execute(text("INSERT INTO t (v) VALUES ('a')"))
    job = sqlite3.connect(eng.url.database, isolation_level=None, check_same_thread=False)
    job.execute("BEGIN IMMEDIATE")
    job.execute("UPDATE t SET v = 'job'")
    released = threading.Timer(0.5, lambda: job.execute("COMMIT"))
    with Session(eng) as s:
        assert s.execute(text("SELECT v FROM t")).scalar_one() == "a"  # the save's read, while the job writes
        released.start()
        t0 = time.perf_counter()
        s.execute(text("UPDATE t SET v = 'user'"))
        s.commit()
        waited = time.perf_counter() - t0
    released.join()
    job.close()
    with eng.connect() as c:
        assert c.execute(text("SELECT v FROM t")).scalar_one() == "user"
    assert 0.3 < waited < 5
