"""Account export as a background job for the API and MCP clients (issue 14, "Data rights").

:func:`start` enqueues ``jobs.data_rights.export_account`` (the Settings page's job; a second
start while one is queued or running returns that one; new starts are rate limited per user); :func:`status` reads it back for its
owner only — a job id of another user, or of another kind of job, raises LookupError like an
unknown one — with the newest live export's key once it finished (``services.data_export``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob
from careercopilot.models.background import LIVE_STATUSES
from careercopilot.services import background, data_export, ratelimit

EXPORT_JOB = "jobs.data_rights.export_account"


@dataclass(frozen=True)
class ExportStatus:
    """The job's handle and, once it finished, the storage key of the export (None before)."""

    handle: background.JobHandle
    key: str | None


def running(*, user_id: int) -> background.JobHandle | None:
    """The user's export job that is queued or running, or None."""
    with session_scope() as s:
        row = s.exec(select(BackgroundJob.id).where(BackgroundJob.user_id == user_id, BackgroundJob.func == EXPORT_JOB,
                                                   BackgroundJob.status.in_(LIVE_STATUSES))).first()
    return background.job_status(row, user_id=user_id) if row else None


def start(*, user_id: int) -> background.JobHandle:
    """Enqueue the user's export, or return the one already queued or running (not counted).

    At most ``settings.export_starts_per_hour`` new exports per user and hour
    (:class:`~careercopilot.services.ratelimit.RateLimited` past it); each new export replaces the
    user's previous zip (``data_export.store_export``), so one user keeps at most one ready export and
    one being built (attack80 finding 4). JobQueueUnavailable when the queue is down."""
    live = running(user_id=user_id)
    if live is not None:
        return live
    ratelimit.hit("export", str(int(user_id)), limit=settings.export_starts_per_hour, window_seconds=3600)
    return background.enqueue(EXPORT_JOB, user_id, user_id=user_id)


def status(*, user_id: int, job_id: str) -> ExportStatus:
    """The user's export job ``job_id``; LookupError unless it is an export job of this user."""
    with session_scope() as s:
        row = s.get(BackgroundJob, job_id)
        if row is None or row.user_id != user_id or row.func != EXPORT_JOB:
            raise LookupError(f"export {job_id} not found")
    handle = background.job_status(job_id, user_id=user_id)
    if handle is None:  # pragma: no cover - removed between the two reads
        raise LookupError(f"export {job_id} not found")
    key = data_export.latest_export(user_id=user_id) if handle.status == "finished" else None
    return ExportStatus(handle, key)
