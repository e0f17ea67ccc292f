"""Commit callbacks run after the transaction's connection is back in the pool
(careercopilot/services/tx_hooks.py): a callback that opens its own session — enqueueing a job
writes a ``BackgroundJob`` row — never needs a second connection while holding the first.

Before, with as many concurrent requests as pooled connections, every request held one connection
and waited in its commit callback for another: 32 concurrent resume uploads stalled the embedded
app for minutes (attack notes, session 7). Here the pool has ONE connection, so a callback that
needs a connection while the first is still checked out times out at once."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from careercopilot.services import tx_hooks


@pytest.fixture
def one_connection_engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'pool.db'}", poolclass=QueuePool, pool_size=1, max_overflow=0,
                           pool_timeout=1)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE job (id INTEGER PRIMARY KEY, name TEXT)"))
    yield engine
    engine.dispose()


def test_commit_callback_gets_a_connection_when_the_pool_has_one(one_connection_engine):
    engine, ran = one_connection_engine, []

    def enqueue_like() -> None:  # what background.enqueue does: its own session, its own row
        with Session(engine) as other:
            other.execute(text("INSERT INTO job (name) VALUES ('rescore')"))
            other.commit()
        ran.append("enqueued")

    with Session(engine) as session:
        session.execute(text("INSERT INTO job (name) VALUES ('upload')"))
        tx_hooks.on_commit(session, enqueue_like)
        session.commit()
    assert ran == ["enqueued"]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM job ORDER BY id")).scalars().all() == ["upload", "rescore"]


@pytest.mark.parametrize("outcome", ["rollback", "close"])
def test_abort_callbacks_still_run_without_a_commit_and_commit_ones_do_not(one_connection_engine, outcome):
    engine, ran = one_connection_engine, []
    with Session(engine) as session:
        session.execute(text("INSERT INTO job (name) VALUES ('upload')"))
        tx_hooks.on_commit(session, lambda: ran.append("commit"))
        tx_hooks.on_abort(session, lambda: ran.append("abort"))
        if outcome == "rollback":
            session.rollback()
    assert ran == ["abort"]


def test_each_commit_runs_its_own_callbacks_once(one_connection_engine):
    engine, ran = one_connection_engine, []
    with Session(engine) as session:
        tx_hooks.on_commit(session, lambda: ran.append(1))
        tx_hooks.on_abort(session, lambda: ran.append("abort-1"))
        session.execute(text("INSERT INTO job (name) VALUES ('a')"))
        session.commit()
        tx_hooks.on_commit(session, lambda: ran.append(2))
        session.execute(text("INSERT INTO job (name) VALUES ('b')"))
        session.commit()
    assert ran == [1, 2]
