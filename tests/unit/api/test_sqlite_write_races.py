"""Concurrent writes to one user's rows on SQLite (the embedded default) lose nothing (attack106
item 2: 30 parallel note POSTs stored 21–22 while all answered 200; 20 parallel stage moves left
a history that did not chain). ``SELECT … FOR UPDATE`` is not SQL SQLite knows — SQLAlchemy drops
the clause there — so on SQLite such a select now takes the database's write lock first
(``BEGIN IMMEDIATE``, :func:`careercopilot.db.begin_write`), for every service that locks rows."""

from __future__ import annotations

import sqlite3

import pytest
from sqlmodel import Session, select

from careercopilot.models import Application, User
from tests.support import write_races as wr

N = 24


def test_for_update_takes_the_sqlite_write_lock(sqlite_engine, backend):
    """While a session holds a ``FOR UPDATE`` read, no other connection can start writing."""
    path = sqlite_engine.url.database
    uid = backend.user_id
    for read in (lambda s: s.exec(select(User.id).where(User.id == uid).with_for_update()).all(),
                 lambda s: s.exec(select(Application).where(Application.user_id == uid).with_for_update(nowait=True)).all(),
                 lambda s: s.exec(select(Application.id).with_for_update(read=True)).all(),
                 lambda s: s.get(User, uid, with_for_update=True)):  # saved_searches' form
        with Session(sqlite_engine) as s:
            read(s)
            other = sqlite3.connect(path, timeout=0.2)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        other = sqlite3.connect(path, timeout=0.2)
        other.execute("BEGIN IMMEDIATE")  # released with the session
        other.rollback()
        other.close()


def test_plain_reads_take_no_write_lock(sqlite_engine, backend):
    with Session(sqlite_engine) as s:
        s.exec(select(Application.id)).all()
        other = sqlite3.connect(sqlite_engine.url.database, timeout=0.2)
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        other.close()


def test_concurrent_note_appends_through_the_service(backend):
    aid = wr.new_application(backend.user_id)
    assert wr.append_notes_through_service(backend.user_id, aid, N) == N


def test_concurrent_note_posts_through_the_api(backend):
    aid = wr.new_application(backend.user_id)
    codes, notes = wr.append_notes_through_api(backend.client, backend.bearer, aid, N)
    assert codes == [200] * N
    assert wr.stored_markers(notes, N) == N


def test_concurrent_stage_moves_through_the_service_chain(backend):
    aid = wr.new_application(backend.user_id)
    wr.move_stages_through_service(backend.user_id, aid, N)
    assert wr.chain_breaks(backend.user_id, aid) == []


def test_concurrent_stage_moves_through_the_api_chain(backend):
    aid = wr.new_application(backend.user_id)
    assert set(wr.move_stages_through_api(backend.client, backend.bearer, aid, N)) == {200}
    assert wr.chain_breaks(backend.user_id, aid) == []
