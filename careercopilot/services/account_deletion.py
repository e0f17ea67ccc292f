"""Account deletion: a request with a grace period, undone by signing in, then a purge.

* :func:`request_deletion` — the user re-enters the password; ``user.deletion_requested_at`` is
  set and every session is revoked (signed out everywhere).
* :func:`cancel_deletion` — signing in during the grace period clears the request (the login
  route tells the user).
* :func:`due_user_ids` / :func:`purge_due` — accounts whose request is older than
  ``settings.deletion_grace_days`` (periodic job ``jobs.data_rights.purge_deleted_accounts``).
* :func:`purge_user` — removes everything of one account, in this order: the Chroma vectors of
  its private postings, every stored object (resume files named by its rows, plus everything
  under :func:`ownership.storage_prefixes`), then in one transaction the rows of every
  user-owned table (:mod:`careercopilot.services.ownership`, derived from ``SQLModel.metadata``;
  sessions and job records included) and the user row. References from shared rows
  (``source.created_by`` …) are cleared by their ``ON DELETE SET NULL``.

Idempotent (RQ may retry it): every step deletes what is still there, so a second run — or a
re-run after a crash between steps — finds nothing more to do and reports zeros. A crash after
the files went but before the rows commit leaves rows whose files are gone; the retry removes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import structlog
from sqlalchemy import delete, select
from sqlmodel import Session

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.integrations.storage import Storage, get_storage
from careercopilot.models import User
from careercopilot.services import ownership, users
from careercopilot.services.passwords import verify_password

log = structlog.get_logger(__name__)


@dataclass
class PurgeReport:
    """What one purge removed: rows per table, stored objects, Chroma postings."""

    user_id: int
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    vectors: int = 0

    @property
    def total(self) -> int:
        """Everything removed (0 when the account was already gone)."""
        return sum(self.rows.values()) + self.files + self.vectors


def _now() -> datetime:
    return datetime.now(timezone.utc)


def purge_after(requested_at: datetime) -> datetime:
    """When a request made at ``requested_at`` is purged (UTC)."""
    return requested_at + timedelta(days=settings.deletion_grace_days)


def request_deletion(*, session: Session, user_id: int, password: str, now: datetime | None = None) -> datetime:
    """Schedule ``user_id``'s deletion after re-checking the password; revokes every session.

    Returns when the purge is due. Raises AccountError(``current_password_wrong``) for a wrong
    password. A second request keeps the first request's time."""
    user = session.get(User, user_id)
    if user is None or not verify_password(password, user.password_hash):
        raise users.AccountError("Your current password is incorrect.", "current_password_wrong")
    if user.deletion_requested_at is None:
        user.deletion_requested_at = now or _now()
        session.add(user)
    users.revoke_all_sessions(session=session, user_id=user_id)
    log.info("account.deletion_requested", user_id=user_id, purge_after=purge_after(user.deletion_requested_at))
    return purge_after(user.deletion_requested_at)


def cancel_deletion(*, session: Session, user_id: int) -> bool:
    """Clear a pending deletion request (the user signed in); True when one was pending."""
    user = session.get(User, user_id)
    if user is None or user.deletion_requested_at is None:
        return False
    user.deletion_requested_at = None
    session.add(user)
    log.info("account.deletion_cancelled", user_id=user_id)
    return True


def due_user_ids(*, session: Session, now: datetime | None = None) -> list[int]:
    """Accounts whose deletion request is older than the grace period."""
    cutoff = (now or _now()) - timedelta(days=settings.deletion_grace_days)
    stmt = select(User.id).where(User.deletion_requested_at.is_not(None), User.deletion_requested_at <= cutoff)
    return list(session.execute(stmt.order_by(User.id)).scalars())


def _delete_order() -> list:
    """Owned tables in a safe deletion order: tables whose ownership is read through another row
    (via a parent, polymorphic) while those rows still exist, then the rest children-first, the
    user row last."""
    kinds = ownership.classify()
    tables = list(reversed(ownership.owned_tables()))
    indirect = [t for t in tables if kinds[t.name].kind in ("parent", "polymorphic")]
    direct = [t for t in tables if kinds[t.name].kind == "column"]
    return indirect + direct + [t for t in tables if kinds[t.name].kind == "self"]


def _stored_keys(session: Session, user_id: int) -> list[str]:
    from careercopilot.models import Resume

    return list(session.execute(select(Resume.storage_key).where(Resume.user_id == user_id)).scalars())


def purge_user(*, user_id: int, storage: Storage | None = None, index=None) -> PurgeReport:
    """Remove every row, file and vector of ``user_id`` (see module docstring); idempotent."""
    report = PurgeReport(user_id)
    store = storage or get_storage()
    with session_scope() as s:
        posting_ids = ownership.private_posting_ids(s, user_id)
        keys = _stored_keys(s, user_id)
    if posting_ids:
        if index is None:
            from careercopilot.integrations.vectors import get_index

            index = get_index()
        report.vectors = index.delete(posting_ids)
    for key in keys:
        if store.exists(key):
            store.delete(key)
            report.files += 1
    for prefix in ownership.storage_prefixes(user_id):
        for obj in list(store.list_objects(prefix)):
            if obj.key.startswith(prefix):  # (a local listing may add other users' temporary files)
                store.delete_object(obj)
                report.files += 1
    with session_scope() as s:
        for table in _delete_order():
            n = s.execute(delete(table).where(ownership.owner_clause(table, user_id))).rowcount
            if n:
                report.rows[table.name] = n
    if report.total:
        log.warning("account.purged", user_id=user_id, rows=sum(report.rows.values()), files=report.files,
                    vectors=report.vectors)
    return report


def purge_due(*, now: datetime | None = None, storage: Storage | None = None, index=None) -> list[PurgeReport]:
    """Purge every account whose grace period ended; returns one report per account."""
    with session_scope() as s:
        due = due_user_ids(session=s, now=now)
    return [purge_user(user_id=uid, storage=storage, index=index) for uid in due]
