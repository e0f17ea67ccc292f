"""Housekeeping jobs."""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import maintenance
from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default")
def purge_expired_sessions() -> int:
    """Delete login sessions past their absolute expiry or revoked > 1 day ago; returns count."""
    report_progress(10, "purging expired sessions")
    with session_scope() as s:
        n = maintenance.purge_expired_sessions(session=s)
    report_progress(100, f"purged {n} sessions")
    return n
