"""Housekeeping services: expired sessions, old job records, sync history, orphan uploads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone

import structlog
from sqlalchemy import func
from sqlmodel import Session, col, delete, or_, select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.integrations.storage import Storage, StoredObject, get_storage
from careercopilot.models import AuthSession, BackgroundJob, Resume, SyncRun

log = structlog.get_logger(__name__)

#: Revoked sessions are kept this long for audit, seconds.
REVOKED_RETENTION_SECONDS = 86_400
#: Finished background-job records are kept this long, seconds.
JOB_RETENTION_SECONDS = 7 * 86_400
#: Keys looked up per query by the sweep.
_SWEEP_CHUNK = 500


def purge_expired_sessions(*, session: Session, now: datetime | None = None) -> int:
    """Delete sessions past their absolute expiry or revoked over a day ago (and expired first-party
    codes and refresh tokens, ``first_party.purge_expired``; API idempotency keys past their day,
    ``idempotency.purge_expired``); returns the sessions count."""
    from careercopilot.services import first_party, idempotency
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(seconds=REVOKED_RETENTION_SECONDS)
    result = session.exec(
        delete(AuthSession).where(or_(AuthSession.expires_at < now, AuthSession.revoked_at < cutoff))
    )
    jobs_cutoff = now - timedelta(seconds=JOB_RETENTION_SECONDS)
    session.exec(delete(BackgroundJob).where(BackgroundJob.finished_at < jobs_cutoff))
    first_party.purge_expired(session=session, now=now)
    idempotency.purge_expired(session=session, now=now)
    return result.rowcount or 0


# ----------------------------------------------------------------------------- sync history


def prune_sync_history(*, session: Session, source_id: int | None = None, keep: int | None = None) -> int:
    """Delete all but the newest ``keep`` (default ``settings.sync_history_keep``, at least 1)
    sync runs of ``source_id`` (default: every source); returns runs deleted.

    The newest suspicious run awaiting confirmation is always kept (an admin may still
    apply it). Cost: one ranked ``DELETE`` per call.
    """
    keep = max(1, int(keep if keep is not None else settings.sync_history_keep))
    rank = func.row_number().over(partition_by=SyncRun.source_id, order_by=col(SyncRun.id).desc()).label("rank")
    ranked = select(SyncRun.id, rank)
    if source_id is not None:
        ranked = ranked.where(SyncRun.source_id == source_id)
    ranked = ranked.subquery()
    old_ids = select(ranked.c.id).where(ranked.c.rank > keep)
    pending = select(func.max(SyncRun.id)).where(SyncRun.status == "suspicious").group_by(SyncRun.source_id)
    result = session.exec(delete(SyncRun).where(col(SyncRun.id).in_(old_ids), col(SyncRun.id).not_in(pending)))
    return result.rowcount or 0


# ----------------------------------------------------------------------------- orphan uploads

#: Which rows own the files under each storage prefix: ``prefix -> referenced(session, keys)``
#: returning the subset of ``keys`` some row still refers to. Features that store files
#: under a new prefix register it here (its files are otherwise never swept).
UploadOwners = Callable[[Session, list[str]], set[str]]
UPLOAD_OWNERS: dict[str, UploadOwners] = {}

_IMPORT_KEY = re.compile(r"^imports/(u\d+-[0-9a-f]{32})\.(?:csv|report\.json|progress\.json)$")


def _resume_files(session: Session, keys: list[str]) -> set[str]:
    return set(session.exec(select(Resume.storage_key).where(col(Resume.storage_key).in_(keys))).all())


def _import_files(session: Session, keys: list[str]) -> set[str]:
    """An import's CSV and report belong to its ``jobs.tracker.import_applications`` row
    (kept ``JOB_RETENTION_SECONDS`` after it ends; the report is shown until then). The row is found
    by its arguments: since attack129 finding 2 it holds the user's slot key, not its dedupe key."""
    import json

    wanted: dict[str, list[str]] = {}
    for key in keys:
        m = _IMPORT_KEY.match(key)
        if m:
            wanted.setdefault(json.dumps([m.group(1)]), []).append(key)
    if not wanted:
        return set()
    found = session.exec(select(BackgroundJob.args).where(BackgroundJob.func == "jobs.tracker.import_applications",
                                                          col(BackgroundJob.args).in_(list(wanted)))).all()
    return {k for args in found for k in wanted.get(args, [])}


UPLOAD_OWNERS["resumes/"] = _resume_files
UPLOAD_OWNERS["imports/"] = _import_files


def _export_files(_session: Session, keys: list[str]) -> set[str]:
    """An account export is kept while its link is live (``settings.export_link_ttl_seconds``)."""
    from careercopilot.services.data_export import live_export_keys

    return live_export_keys(keys)


UPLOAD_OWNERS["exports/"] = _export_files


def _chunks(items: list[StoredObject], size: int) -> Iterable[list[StoredObject]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def sweep_orphan_uploads(*, storage: Storage | None = None, grace_seconds: float | None = None,
                         now: datetime | None = None) -> list[str]:
    """Delete stored files that no row refers to and that are older than the grace period
    (default ``settings.upload_orphan_grace_seconds``), under every prefix of
    :data:`UPLOAD_OWNERS`, plus leftover temporary files of interrupted local writes and
    stale multipart uploads on S3. Returns the keys removed.

    The grace period protects uploads in flight: a file is stored just before its row is
    committed, so a young unreferenced file may simply not be committed yet. A file whose
    key appears in the arguments of a queued or running job is kept too.
    """
    storage = storage or get_storage()
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(seconds=settings.upload_orphan_grace_seconds if grace_seconds is None else grace_seconds)
    removed: list[str] = []
    with session_scope() as s:  # a queued or running job may be about to use a file (e.g. parse it)
        live_args = s.exec(select(BackgroundJob.args).where(col(BackgroundJob.status).in_(("queued", "running")))).all()
    for prefix, owners in UPLOAD_OWNERS.items():
        old = [o for o in storage.list_objects(prefix) if o.modified < cutoff]
        for chunk in _chunks(old, _SWEEP_CHUNK):
            with session_scope() as s:
                referenced = owners(s, [o.key for o in chunk if not o.temporary])
            for obj in chunk:
                if not obj.temporary and any(obj.key in args for args in live_args):
                    continue
                if obj.temporary or obj.key not in referenced:
                    storage.delete_object(obj)
                    removed.append(obj.key)
        abort = getattr(storage, "abort_stale_uploads", None)
        if abort is not None:
            abort(prefix, cutoff)
    if removed:
        log.warning("storage.orphans_removed", count=len(removed), keys=removed[:20])
    return removed
