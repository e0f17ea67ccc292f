"""Periodic jobs declared as data, with deterministic ids (pattern: redash ``tasks/schedule.py``).

The embedded default runs them with :mod:`careercopilot.services.scheduler`; production
runs ``python -m careercopilot cron`` (RQ's cron scheduler, see ``jobs/cron_config.py``).
Later issues append entries (source syncs, digests, metric snapshots).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Periodic:
    """One periodic job: ``func`` (dotted path) every ``interval_seconds``."""

    id: str
    func: str
    interval_seconds: int


SCHEDULE: list[Periodic] = [
    Periodic("purge-expired-sessions", "jobs.maintenance.purge_expired_sessions", 3600),
    # Each source has its own interval (Source.interval_seconds); this only checks which are due.
    Periodic("sync-due-sources", "jobs.ingest.sync_due_sources", 300),
    # Daily per-user analytics snapshot (MetricSnapshot, idempotent per user and UTC day).
    Periodic("snapshot-metrics", "jobs.tracker.snapshot_metrics", 86400),
]
