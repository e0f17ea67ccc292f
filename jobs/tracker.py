"""Tracker jobs: CSV import of applications and the daily per-user metrics snapshot."""

from __future__ import annotations

from datetime import datetime, timezone

from careercopilot.db import session_scope
from careercopilot.services import analytics, exchange_uploads
from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default", idempotent=True)
def import_applications(upload_id: str) -> dict:
    """Import a stored CSV upload (streamed, batched; progress reported); returns the report dict.

    Idempotent: re-running imports nothing twice (dedupe by company+title+url / our id).
    """
    report_progress(1, "reading file")
    with session_scope() as s:
        report = exchange_uploads.run_import_upload(session=s, upload_id=upload_id, progress=report_progress)
    return report.to_dict()


@job("default", idempotent=True)
def snapshot_metrics() -> int:
    """Store today's (UTC) analytics snapshot for every user with applications; returns users done."""
    day = datetime.now(timezone.utc).date()
    with session_scope() as s:
        user_ids = analytics.users_with_applications(session=s)
    for n, uid in enumerate(user_ids, start=1):
        with session_scope() as s:
            analytics.snapshot_user(session=s, user_id=uid, day=day)
        report_progress(int(n * 100 / len(user_ids)), f"{n}/{len(user_ids)} users")
    return len(user_ids)
