"""Side effects tied to the caller's database transaction.

Services never commit; the caller's :func:`careercopilot.db.session_scope` does. Work
outside the database — enqueueing a job, deleting a file — must follow the transaction's
outcome: :func:`on_commit` callbacks run after the outermost transaction commits,
:func:`on_abort` callbacks run when it ends without a commit (rollback or close). Each
callback runs at most once; its exceptions are logged, never raised (the commit already
happened). Implemented with SQLAlchemy session events ``after_commit`` and
``after_transaction_end`` (which fires after ``after_commit`` on a commit).

Commit callbacks run in ``after_transaction_end``, not in ``after_commit``: SQLAlchemy emits
``after_commit`` while the transaction still holds its pooled connection and returns it to the pool
just before ``after_transaction_end`` (``SessionTransaction.close``). A callback that opens its own
session (enqueue a job: a ``BackgroundJob`` row) would otherwise check out a second connection while
holding the first; with as many requests at once as the pool has connections (32 concurrent resume
uploads on the embedded default: pool 5 + overflow 10) every thread waits for a connection that only
another waiting thread can give back, and the app stalls until the pool timeouts fire one by one
(attack notes, session 7).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

import structlog
from sqlalchemy import event
from sqlmodel import Session

from careercopilot.services.background import enqueue

log = structlog.get_logger(__name__)

#: Dotted path of the job that recomputes a user's match scores.
RESCORE_JOB = "jobs.matching.rescore_user"


def run_safely(fn: Callable[[], None]) -> None:
    """Call ``fn()``, logging (not raising) any exception."""
    try:
        fn()
    except Exception as exc:
        log.error("tx_hook.failed", hook=getattr(fn, "__name__", repr(fn)), error=f"{type(exc).__name__}: {exc}")


def _hooks(session: Session) -> dict[str, list[Callable[[], None]]]:
    info = session.info
    if "cc_hooks" not in info:
        info["cc_hooks"] = {"commit": [], "abort": []}

        @event.listens_for(session, "after_commit")
        def _after_commit(sess) -> None:
            # committed: the commit callbacks wait for the connection to go back to the pool
            hooks = sess.info["cc_hooks"]
            hooks["committed"] = hooks.get("committed", []) + hooks["commit"]
            hooks["commit"], hooks["abort"] = [], []

        @event.listens_for(session, "after_transaction_end")
        def _after_end(sess, transaction) -> None:
            if transaction.parent is not None:  # a savepoint or subtransaction, not the outcome
                return
            hooks = sess.info["cc_hooks"]
            todo = hooks.pop("committed", []) or hooks["abort"]
            hooks["commit"], hooks["abort"] = [], []
            for fn in todo:
                run_safely(fn)

    return info["cc_hooks"]


def on_commit(session: Session, fn: Callable[[], None]) -> None:
    """Run ``fn()`` after ``session``'s current transaction commits (dropped if it doesn't)."""
    _hooks(session)["commit"].append(fn)


def on_abort(session: Session, fn: Callable[[], None]) -> None:
    """Run ``fn()`` if ``session``'s current transaction ends without a commit."""
    _hooks(session)["abort"].append(fn)


def enqueue_rescore(user_id: int) -> None:
    """Enqueue :data:`RESCORE_JOB` for ``user_id``; logged and skipped while it is not importable."""
    module, _, name = RESCORE_JOB.rpartition(".")
    try:
        available = importlib.util.find_spec(module) is not None and hasattr(importlib.import_module(module), name)
    except ImportError:
        available = False
    if not available:
        log.warning("rescore.unavailable", job=RESCORE_JOB, user_id=user_id)
        return
    enqueue(RESCORE_JOB, user_id, user_id=user_id)


def schedule_rescore(session: Session, user_id: int) -> None:
    """Refresh ``user_id``'s match scores once the transaction commits (once per transaction)."""
    hooks = _hooks(session)
    if any(getattr(fn, "cc_rescore_user", None) == user_id for fn in hooks["commit"]):
        return

    def _rescore() -> None:
        enqueue_rescore(user_id)

    _rescore.cc_rescore_user = user_id  # type: ignore[attr-defined]
    hooks["commit"].append(_rescore)
