"""Deferred bookkeeping writes: a session's last-seen time and a user's last dashboard visit
(issue 9, finding 15 — no writes on plain page views).

Every page view checks the session (sliding idle window) and the dashboard records the
visit for "new since your last visit". Written inline, each view would take SQLite's write
lock and wait behind a background job's write transaction (busy timeout 30 s). Instead
the times are noted in this process's memory and written by :func:`flush` in ONE short
transaction every ``settings.touch_flush_seconds`` (the app's lifespan task) and at shutdown.

Readers merge the pending value with the stored one (:func:`session_seen`,
:func:`last_visit`), so this process never sees a stale time. Another backend process
sees the stored time, at most ``touch_flush_seconds`` old — negligible against the
1 h idle window (``SESSION_IDLE_SECONDS``). A crash loses at most that much bookkeeping.
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import bindparam, update

from careercopilot.db import session_scope
from careercopilot.models import AuthSession, User

_lock = threading.Lock()
_session_seen: dict[int, datetime] = {}  # AuthSession.id → last seen (UTC)
_user_visit: dict[int, datetime] = {}  # User.id → last dashboard visit (UTC)


def note_session_seen(session_id: int, when: datetime) -> None:
    """Remember that session ``session_id`` was used at ``when`` (written by :func:`flush`)."""
    with _lock:
        if session_id not in _session_seen or _session_seen[session_id] < when:
            _session_seen[session_id] = when


def session_seen(session_id: int, stored: datetime) -> datetime:
    """The later of the stored last-seen time and a pending one."""
    with _lock:
        pending = _session_seen.get(session_id)
    return pending if pending is not None and pending > stored else stored


def note_visit(user_id: int, when: datetime) -> None:
    """Remember a dashboard visit of ``user_id`` at ``when`` (written by :func:`flush`)."""
    with _lock:
        _user_visit[user_id] = when


def last_visit(user_id: int, stored: datetime | None) -> datetime | None:
    """The user's last dashboard visit: a pending one, else the stored one."""
    with _lock:
        return _user_visit.get(user_id, stored)


def pending() -> int:
    """How many times wait to be written."""
    with _lock:
        return len(_session_seen) + len(_user_visit)


def flush() -> int:
    """Write every pending time in one transaction; returns how many rows were given.

    A last-seen time only moves forward (a stale value never overwrites a newer one written
    by another process). On a database error the values are put back for the next flush
    and the error is raised.
    """
    with _lock:
        seen, visits = dict(_session_seen), dict(_user_visit)
        _session_seen.clear()
        _user_visit.clear()
    if not seen and not visits:
        return 0
    try:
        with session_scope() as s:
            if seen:
                s.connection().execute(
                    update(AuthSession.__table__)
                    .where(AuthSession.__table__.c.id == bindparam("sid"),
                           AuthSession.__table__.c.last_seen_at < bindparam("seen"))
                    .values(last_seen_at=bindparam("seen")),
                    [{"sid": k, "seen": v} for k, v in seen.items()],
                )
            if visits:
                s.connection().execute(
                    update(User.__table__).where(User.__table__.c.id == bindparam("uid"))
                    .values(last_visit_at=bindparam("visit")),
                    [{"uid": k, "visit": v} for k, v in visits.items()],
                )
    except BaseException:
        for k, v in seen.items():
            note_session_seen(k, v)
        with _lock:
            for k, v in visits.items():
                _user_visit.setdefault(k, v)
        raise
    return len(seen) + len(visits)


def reset() -> None:
    """Forget every pending time (tests)."""
    with _lock:
        _session_seen.clear()
        _user_visit.clear()
