"""Account export as a background job for the API and MCP clients (issue 14, "Data rights").

:func:`start` enqueues ``jobs.data_rights.export_account`` (the Settings page's job; a second
start while one is queued or running returns that one); :func:`status` reads it back for its
owner only — a job id of another user, or of another kind of job, raises LookupError like an
unknown one — with the newest live export's key once it finished (``services.data_export``).
"""

from __future__ import annotations

from dataclasses import dataclass

from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob
from careercopilot.services import background, data_export

EXPORT_JOB = "jobs.data_rights.export_account"


@dataclass(frozen=True)
class ExportStatus:
    """The job's handle and, once it finished, the storage key of the export (None before)."""

    handle: background.JobHandle
    key: str | None


def start(*, user_id: int) -> background.JobHandle:
    """Enqueue the user's export; JobQueueUnavailable when the queue is down."""
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
