"""Housekeeping jobs: sessions, the job reaper, orphan uploads, sync history."""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import job_reaper, maintenance
from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default", idempotent=True)
def purge_expired_sessions() -> int:
    """Delete login sessions past their absolute expiry or revoked > 1 day ago; returns count."""
    report_progress(10, "purging expired sessions")
    with session_scope() as s:
        n = maintenance.purge_expired_sessions(session=s)
    report_progress(100, f"purged {n} sessions")
    return n


@job("default", idempotent=True)
def reap_jobs() -> dict:
    """Reconcile job rows whose job was lost (dead worker or app, restarted Redis); returns counts."""
    report = job_reaper.reap()
    counts = report.as_dict()
    report_progress(100, ", ".join(f"{v} {k}" for k, v in counts.items()))
    return counts


@job("default", idempotent=True)
def sweep_orphan_uploads() -> int:
    """Delete uploaded files/objects that no row refers to, older than the grace period; returns count."""
    removed = maintenance.sweep_orphan_uploads()
    report_progress(100, f"removed {len(removed)} orphan files")
    return len(removed)


@job("default", idempotent=True)
def prune_sync_history() -> int:
    """Keep the newest ``settings.sync_history_keep`` sync runs per source; returns runs deleted."""
    with session_scope() as s:
        n = maintenance.prune_sync_history(session=s)
    report_progress(100, f"pruned {n} sync runs")
    return n
