"""Session last-seen and dashboard last-visit times are noted in memory by page views and
written in one batch by ``touches.flush`` (issue 9, finding 15): resolving a session or
visiting the dashboard issues no INSERT/UPDATE; the flush writes them; a later flush never
moves a last-seen time backwards."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import AuthSession, User
from careercopilot.services import touches, users

PASSWORD = "tangerine-bicycle-42"


@pytest.fixture
def account(sqlite_engine):
    with session_scope() as s:
        user = users.create_user(session=s, email="touch@example.com", password=PASSWORD)
        token = users.start_session(session=s, user_id=user.id)
        row = s.exec(select(AuthSession).where(AuthSession.user_id == user.id)).one()
        return user.id, token, row.id, row.last_seen_at


@pytest.fixture
def writes(sqlite_engine):
    """Statements that change data, as executed on the engine."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}:
            seen.append(statement)

    event.listen(sqlite_engine, "before_cursor_execute", record)
    yield seen
    event.remove(sqlite_engine, "before_cursor_execute", record)


def test_resolving_and_visiting_write_nothing_until_the_flush(account, writes):
    user_id, token, session_id, t0 = account
    later = t0 + timedelta(minutes=30)
    with session_scope() as s:
        assert users.resolve_session(session=s, token=token, now=later) is not None
        assert users.mark_visit(session=s, user_id=user_id) is None
        assert users.previous_visit(session=s, user_id=user_id) is not None  # this process sees it at once
    assert writes == []
    assert touches.pending() == 2
    assert touches.flush() == 2
    assert len(writes) == 2 and touches.pending() == 0
    with session_scope() as s:
        assert s.get(AuthSession, session_id).last_seen_at == later
        assert s.get(User, user_id).last_visit_at is not None


def test_the_idle_window_slides_on_the_pending_time(account):
    _, token, _, t0 = account
    with session_scope() as s:
        assert users.resolve_session(session=s, token=token, now=t0 + timedelta(minutes=50)) is not None
        # not flushed: the pending time still keeps the session alive 50 min later
        assert users.resolve_session(session=s, token=token, now=t0 + timedelta(minutes=100)) is not None
        assert users.resolve_session(session=s, token=token, now=t0 + timedelta(minutes=161)) is None


def test_a_flush_never_moves_last_seen_backwards(account):
    _, _, session_id, t0 = account
    newer = t0 + timedelta(minutes=20)
    with session_scope() as s:
        s.get(AuthSession, session_id).last_seen_at = newer  # written by another process meanwhile
    touches.note_session_seen(session_id, t0 + timedelta(minutes=5))
    touches.flush()
    with session_scope() as s:
        assert s.get(AuthSession, session_id).last_seen_at == newer


def test_a_failed_flush_keeps_the_times(account, monkeypatch):
    _, _, session_id, t0 = account
    touches.note_session_seen(session_id, t0 + timedelta(minutes=5))

    def broken():
        raise RuntimeError("database is down")

    monkeypatch.setattr(touches, "session_scope", broken)
    with pytest.raises(RuntimeError):
        touches.flush()
    assert touches.pending() == 1
