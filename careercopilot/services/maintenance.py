"""Housekeeping services (expired sessions, old job records)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlmodel import Session, delete, or_

from careercopilot.models import AuthSession, BackgroundJob

#: Revoked sessions are kept this long for audit, seconds.
REVOKED_RETENTION_SECONDS = 86_400
#: Finished background-job records are kept this long, seconds.
JOB_RETENTION_SECONDS = 7 * 86_400


def purge_expired_sessions(*, session: Session, now: datetime | None = None) -> int:
    """Delete sessions past their absolute expiry or revoked over a day ago; returns count."""
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(seconds=REVOKED_RETENTION_SECONDS)
    result = session.exec(
        delete(AuthSession).where(or_(AuthSession.expires_at < now, AuthSession.revoked_at < cutoff))
    )
    jobs_cutoff = now - timedelta(seconds=JOB_RETENTION_SECONDS)
    session.exec(delete(BackgroundJob).where(BackgroundJob.finished_at < jobs_cutoff))
    return result.rowcount or 0
