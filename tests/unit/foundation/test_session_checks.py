"""Reused session validations of the websocket handlers (services/session_checks.py, issue 9):
a handler within SESSION_CHECK_SECONDS of another reuses its answer, but any write to the
users/sessions tables in this process — logout, "sign out everywhere" (a bulk UPDATE), account
changes — ends the reuse at once, so a revoked session stops working on the next handler."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from sqlalchemy import event

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import credentials, session_checks, users
from careercopilot.state import auth

PASSWORD = "tangerine-bicycle-42"


@pytest.mark.parametrize(("statement", "watched"), [
    ("UPDATE user SET email=? WHERE user.id = ?", True),                 # SQLite writes user bare
    ('UPDATE "user" SET is_admin=%(is_admin)s WHERE "user".id = 1', True),  # PostgreSQL quotes it
    ("DELETE FROM user", True),
    ('delete from "user" where id = 1', True),
    ("INSERT INTO authsession (user_id, token_hash) VALUES (?, ?)", True),
    ("  UPDATE authsession SET revoked_at=? WHERE authsession.user_id = ?", True),
    ("INSERT OR REPLACE INTO user (id) VALUES (1)", True),
    ("REPLACE INTO authsession (id) VALUES (1)", True),
    ("SELECT * FROM user", False),
    ("SELECT authsession.id FROM authsession", False),
    ("UPDATE userprofile SET a=1", False),
    ("INSERT INTO notification (user_id) VALUES (1)", False),
    ("UPDATE jobposting SET user=1", False),
    ("UPDATE apitoken SET revoked_at=?", False),
])
def test_which_writes_end_the_reuse(statement, watched):
    assert session_checks.writes_watched_table(statement) is watched


def _tab(token: str) -> SimpleNamespace:
    cookie = f"{settings.session_cookie_name}={token}"
    return SimpleNamespace(router=SimpleNamespace(headers=SimpleNamespace(cookie=cookie)))


@pytest.fixture
def signed_in(sqlite_engine):
    with session_scope() as s:
        user = users.create_user(session=s, email="reuse@example.com", password=PASSWORD)
        token = users.start_session(session=s, user_id=user.id)
        return user.id, token


@pytest.fixture
def lookups(sqlite_engine):
    """Session lookups that reached the database (SELECTs on authsession)."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM authsession" in statement:
            seen.append(statement)

    event.listen(sqlite_engine, "before_cursor_execute", record)
    yield seen
    event.remove(sqlite_engine, "before_cursor_execute", record)


def _who(token: str):
    return asyncio.run(auth.session_user(_tab(token)))


def test_handlers_within_the_window_reuse_one_lookup(signed_in, lookups, monkeypatch):
    monkeypatch.setattr(settings, "session_check_seconds", 2.0)
    uid, token = signed_in
    assert [_who(token).user_id for _ in range(5)] == [uid] * 5
    assert len(lookups) == 1


def test_off_validates_every_time(signed_in, lookups, monkeypatch):
    monkeypatch.setattr(settings, "session_check_seconds", 0)
    uid, token = signed_in
    assert [_who(token).user_id for _ in range(3)] == [uid] * 3
    assert len(lookups) == 3


def test_an_expired_answer_is_checked_again(signed_in, lookups, monkeypatch):
    monkeypatch.setattr(settings, "session_check_seconds", 2.0)
    uid, token = signed_in
    clock = [1000.0]
    monkeypatch.setattr(session_checks.time, "monotonic", lambda: clock[0])
    assert _who(token).user_id == uid
    clock[0] += 1.9
    assert _who(token).user_id == uid and len(lookups) == 1
    clock[0] += 0.2
    assert _who(token).user_id == uid and len(lookups) == 2


@pytest.mark.parametrize("revoke", ["logout", "password_change_bulk_update", "account_change"])
def test_a_write_in_this_process_ends_the_reuse_at_once(signed_in, lookups, monkeypatch, revoke):
    monkeypatch.setattr(settings, "session_check_seconds", 5.0)
    uid, token = signed_in
    assert _who(token).user_id == uid
    with session_scope() as s:
        if revoke == "logout":  # an ORM flush of the session row
            users.revoke_session(session=s, token=token)
        elif revoke == "password_change_bulk_update":  # UPDATE authsession … WHERE user_id (no ORM objects)
            credentials.revoke_all(session=s, user_id=uid)
        else:  # the user row changes (e.g. promoted): the next handler sees the new row
            from careercopilot.models import User

            s.get(User, uid).is_admin = True
    before = len(lookups)
    who = _who(token)
    if revoke == "account_change":
        assert who is not None and who.is_admin
    else:
        assert who is None
    assert len(lookups) == before + 1  # validated against the database again


def test_a_lookup_overtaken_by_a_write_is_not_kept(signed_in, monkeypatch):
    """A lookup that started before a revocation may have read the old rows: not reused."""
    monkeypatch.setattr(settings, "session_check_seconds", 5.0)
    uid, token = signed_in
    started = session_checks.generation()
    with session_scope() as s:
        users.revoke_session(session=s, token=token)
    session_checks.put(token, users.SessionUser(uid, "reuse@example.com", False, "UTC", 1), started)
    assert session_checks.get(token) == (False, None)
