"""Short per-process reuse of a session cookie's validation by the websocket handlers (issue 9).

Every Reflex handler that reads user data re-validates its tab's session cookie
(:func:`careercopilot.state.auth.session_user`: two queries on the database pool). One Jobs page
view runs three of them (the page gate, the inbox watcher, the list; five before session 12), so
under load most of those lookups answer the same question twice within a second. :func:`get` returns a validation made less than ``SESSION_CHECK_SECONDS`` ago (default 2,
at most 5; 0 turns the reuse off) in this process.

What keeps a revoked session from living on:

* **writes in this process** — any INSERT/UPDATE/DELETE on the ``authsession`` or ``user`` table
  (logout, password change or reset, "sign out everywhere", two-factor reset, account deletion,
  an admin change, a bulk ``UPDATE`` as well as an ORM flush) drops every reused answer, at the
  statement and again when its transaction commits (:func:`instrument`: SQLAlchemy engine events
  ``before_cursor_execute``, ``commit`` and, after the commit, the pool's ``checkin``). The next
  handler validates against the database;
* **writes in another process** (a CLI command, another app process behind nginx, a worker) —
  seen at most ``SESSION_CHECK_SECONDS`` later, when the reused answer expires.

HTTP routes (``/auth/*``, ``/api``) never use this: they call
:func:`careercopilot.services.users.resolve_session` themselves.
"""

from __future__ import annotations

import re
import threading
import time

from careercopilot.config import settings
from careercopilot.services.users import SessionUser

#: A write to a table whose rows decide ``users.resolve_session``'s answer (``authsession``,
#: ``user``; SQLite writes ``user`` bare, PostgreSQL quotes it).
_WATCHED_WRITE = re.compile(r'^\s*(?:UPDATE|(?:INSERT(?:\s+OR\s+\w+)?|REPLACE)\s+INTO|DELETE\s+FROM)\s+"?(?:authsession|user)"?(?:\s|\(|$)',
                            re.IGNORECASE)
#: Reused answers kept at most (oldest dropped first beyond it): one per live tab cookie.
MAX_ENTRIES = 10_000

_lock = threading.Lock()
#: token → (monotonic expiry, generation when the lookup started, the answer)
_entries: dict[str, tuple[float, int, SessionUser | None]] = {}
_generation = 0


def generation() -> int:
    """The current invalidation generation (read before a lookup starts; pass it to :func:`put`)."""
    return _generation


def get(token: str) -> tuple[bool, SessionUser | None]:
    """``(True, answer)`` when ``token`` was validated less than ``SESSION_CHECK_SECONDS`` ago and
    nothing relevant was written since; else ``(False, None)``."""
    if settings.session_check_seconds <= 0:
        return False, None
    entry = _entries.get(token)
    if entry is None:
        return False, None
    expires, gen, who = entry
    if gen != _generation or time.monotonic() >= expires:
        return False, None
    return True, who


def put(token: str, who: SessionUser | None, started_generation: int) -> None:
    """Remember ``who`` (None = not a live session) for ``token``, unless an invalidation happened
    since ``started_generation`` (the lookup may have read the old rows).

    Lock-free (it runs on the event loop; the invalidations run on database threads): the entry
    carries the generation it was read under, and :func:`get` ignores it once that is stale — also
    when an invalidation slips in between the check here and the store."""
    ttl = settings.session_check_seconds
    if ttl <= 0 or started_generation != _generation:
        return
    if len(_entries) >= MAX_ENTRIES:
        now = time.monotonic()
        stale = [k for k, (exp, _, _) in list(_entries.items()) if exp <= now]
        for key in stale or list(_entries)[:MAX_ENTRIES // 10]:
            _entries.pop(key, None)
    _entries[token] = (time.monotonic() + ttl, started_generation, who)


def invalidate() -> None:
    """Forget every reused answer (the next handler of every tab validates against the database).
    Called from database threads (the engine events) and tests."""
    global _generation
    with _lock:
        _generation += 1
        _entries.clear()


def writes_watched_table(statement: str) -> bool:
    """True for an INSERT/UPDATE/DELETE statement on the ``authsession`` or ``user`` table."""
    return _WATCHED_WRITE.match(statement) is not None


def instrument(engine) -> None:
    """Attach the invalidation listeners to ``engine`` (once; module doc)."""
    from sqlalchemy import event

    if getattr(engine, "_cc_session_checks", False):
        return
    engine._cc_session_checks = True

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        if writes_watched_table(statement):
            conn.info["cc_auth_write"] = True
            invalidate()

    @event.listens_for(engine, "commit")
    def _commit(conn):  # fires just before the DBAPI commit …
        if conn.info.pop("cc_auth_write", False):
            invalidate()
            conn.info["cc_auth_committed"] = True

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_conn, record):  # … so once more when the connection is back in the pool
        if record.info.pop("cc_auth_committed", False):
            invalidate()

    @event.listens_for(engine, "rollback")
    def _rollback(conn):
        conn.info.pop("cc_auth_write", None)
