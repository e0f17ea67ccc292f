"""Account deletion: a request with a grace period, undone by signing in, then a purge.

* :func:`request_deletion` — the user re-enters the password (an account without one: its email
  address plus a two-factor code or a fresh provider sign-in, ``services.reauth``);
  ``user.deletion_requested_at`` is set and every session is revoked (signed out everywhere).
* :func:`is_last_admin` — whether the account is the instance's only admin (the confirmation warns;
  deletion is still allowed: ``python -m careercopilot users promote EMAIL`` makes another one).
* :func:`cancel_deletion` — signing in during the grace period clears the request (the login
  route tells the user).
* :func:`due_user_ids` / :func:`purge_due` — accounts whose request is older than
  ``settings.deletion_grace_days`` (periodic job ``jobs.data_rights.purge_deleted_accounts``).
* :func:`purge_user` — removes everything of one account, in this order: its live background jobs
  are ended (``failed``, "cancelled: account deleted": a queued or retrying job never starts, since
  ``background._claim`` runs only live rows and never recreates a missing one), the Chroma vectors of
  its private postings, every stored object (resume files named by its rows, plus everything
  under :func:`ownership.storage_prefixes`), then in one transaction the rows of every
  user-owned table (:mod:`careercopilot.services.ownership`, derived from ``SQLModel.metadata``;
  sessions and job records included) and the user row, and last the storage prefixes once more. References from shared rows
  (``source.created_by`` …) are cleared by their ``ON DELETE SET NULL``.
  The second sweep and the writers' own check (``ownership.keep_if_account``: a writer of user files
  asks after storing and deletes what it stored when the account is gone) leave no file behind a
  writer that was running during the purge (attack145 finding 1: an export job stored its zip after
  the first sweep, and the next account given the same id downloaded it).

Idempotent (RQ may retry it): every step deletes what is still there, so a second run — or a
re-run after a crash between steps — finds nothing more to do and reports zeros. A crash after
the files went but before the rows commit leaves rows whose files are gone; the retry removes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import structlog
from sqlalchemy import delete, select, update
from sqlmodel import Session

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.integrations.storage import Storage, get_storage
from careercopilot.models import User
from careercopilot.services import ownership, reauth, users
from careercopilot.services.passwords import verify_password

log = structlog.get_logger(__name__)


@dataclass
class PurgeReport:
    """What one purge removed: rows per table, stored objects, Chroma postings."""

    user_id: int
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    vectors: int = 0
    #: Live background jobs ended before anything else went (counted in ``rows`` again when deleted).
    jobs: int = 0

    @property
    def total(self) -> int:
        """Everything removed (0 when the account was already gone)."""
        return sum(self.rows.values()) + self.files + self.vectors


def _now() -> datetime:
    return datetime.now(timezone.utc)


def purge_after(requested_at: datetime) -> datetime:
    """When a request made at ``requested_at`` is purged (UTC)."""
    return requested_at + timedelta(days=settings.deletion_grace_days)


def request_deletion(*, session: Session, user_id: int, password: str = "", code: str = "", email: str = "",
                     session_id: int | None = None, now: datetime | None = None) -> datetime:
    """Schedule ``user_id``'s deletion after re-authentication; revokes every session.

    An account with a password re-enters it (AccountError ``current_password_wrong`` otherwise). An
    account without one (provider sign-in) gives the proof of ``services.reauth`` — a two-factor code,
    or a sign-in through its provider at most ``REAUTH_FRESH_SECONDS`` ago (``session_id``: the caller's
    session) — AND types its email address (AccountError ``delete_email_mismatch``): no password reset
    needed. Returns when the purge is due. A second request keeps the first request's time."""
    user = session.get(User, user_id)
    if user is None:
        raise users.AccountError("Your current password is incorrect.", "current_password_wrong")
    if user.password_hash or reauth.method(session=session, user_id=user_id) == "password":
        if not verify_password(password, user.password_hash):
            raise users.AccountError("Your current password is incorrect.", "current_password_wrong")
    else:
        try:
            typed = users.canonical_email(email)
        except users.AccountError:
            typed = ""
        if typed != user.email:
            raise users.AccountError("Type your account's email address to confirm.", "delete_email_mismatch")
        reauth.confirm(session=session, user_id=user_id, code=code, session_id=session_id, now=now)
    if user.deletion_requested_at is None:
        user.deletion_requested_at = now or _now()
        session.add(user)
    users.revoke_all_sessions(session=session, user_id=user_id)
    log.info("account.deletion_requested", user_id=user_id, purge_after=purge_after(user.deletion_requested_at))
    return purge_after(user.deletion_requested_at)


def is_last_admin(*, session: Session, user_id: int) -> bool:
    """Whether ``user_id`` is an admin and no other admin remains: accounts already waiting for
    their deletion do not count. Deleting it is allowed (the Settings confirmation says so and names
    ``users promote``): an instance without an admin keeps working, only the admin pages (job sources,
    writing models) have nobody to run them until one is promoted."""
    admin = session.execute(select(User.is_admin).where(User.id == user_id)).scalar_one_or_none()
    if not admin:
        return False
    others = select(User.id).where(User.is_admin.is_(True), User.id != user_id, User.deletion_requested_at.is_(None))
    return session.execute(others.limit(1)).first() is None


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


def _still_due(session: Session, user_id: int, due_at: datetime, *, lock: bool = False) -> bool:
    """Whether ``user_id``'s deletion request is still pending and due at ``due_at`` (a sign-in
    since cleared it: the purge must not run). ``lock``: hold the user row (FOR UPDATE) until commit."""
    stmt = select(User.deletion_requested_at).where(User.id == user_id)
    requested = session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if requested is None:
        return False
    requested = requested if requested.tzinfo else requested.replace(tzinfo=timezone.utc)
    return purge_after(requested) <= due_at


def _cancel_live_jobs(session: Session, user_id: int) -> int:
    """End ``user_id``'s queued and running jobs (``failed``, "cancelled: account deleted"); returns
    how many. A queued or retrying job then never starts; one already running finishes against rows
    that are going (its files: ``ownership.keep_if_account``)."""
    from careercopilot.models import BackgroundJob
    from careercopilot.models.background import LIVE_STATUSES
    from careercopilot.services.background import current_job_id

    stmt = update(BackgroundJob).where(BackgroundJob.user_id == user_id, BackgroundJob.status.in_(LIVE_STATUSES),
                                       BackgroundJob.id != (current_job_id() or ""))  # (never the purge itself)
    n = session.execute(stmt.values(status="failed", error="cancelled: account deleted", finished_at=_now())).rowcount
    return int(n or 0)


def _sweep(store: Storage, user_id: int) -> int:
    """Delete every object under :func:`ownership.storage_prefixes`; returns how many."""
    gone = 0
    for prefix in ownership.storage_prefixes(user_id):
        for obj in list(store.list_objects(prefix)):
            if obj.key.startswith(prefix):  # (a local listing may add other users' temporary files)
                store.delete_object(obj)
                gone += 1
    return gone


def purge_user(*, user_id: int, storage: Storage | None = None, index=None,
               due_at: datetime | None = None) -> PurgeReport:
    """Remove every row, file and vector of ``user_id`` (see module docstring); idempotent.

    ``due_at`` (the scheduled purge): only while the account's deletion request is still pending
    and due at that instant — checked before anything is removed and again, with the user row
    locked, before the rows go: a sign-in during the purge of earlier accounts (which cancels the
    request) keeps the account (attack notes, session 6). Without it (admin deletion) it always runs."""
    report = PurgeReport(user_id)
    store = storage or get_storage()
    with session_scope() as s:
        if due_at is not None and not _still_due(s, user_id, due_at):
            log.info("account.purge_skipped", user_id=user_id, reason="deletion no longer requested")
            return report
        report.jobs = _cancel_live_jobs(s, user_id)
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
    report.files += _sweep(store, user_id)
    with session_scope() as s:
        if due_at is not None and s.get(User, user_id) is not None and not _still_due(s, user_id, due_at, lock=True):
            log.warning("account.purge_skipped", user_id=user_id, reason="deletion cancelled during the purge")
            return report
        for table in _delete_order():
            n = s.execute(delete(table).where(ownership.owner_clause(table, user_id))).rowcount
            if n:
                report.rows[table.name] = n
    report.files += _sweep(store, user_id)  # what a writer running meanwhile stored after the first sweep
    if report.total:
        log.warning("account.purged", user_id=user_id, rows=sum(report.rows.values()), files=report.files,
                    vectors=report.vectors)
    return report


def purge_due(*, now: datetime | None = None, storage: Storage | None = None, index=None) -> list[PurgeReport]:
    """Purge every account whose grace period ended; returns one report per account."""
    with session_scope() as s:
        due = due_user_ids(session=s, now=now)
    at = now or _now()
    return [purge_user(user_id=uid, storage=storage, index=index, due_at=at) for uid in due]
