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
    # Job rows whose job was lost (worker or app killed, Redis restarted) reach a final state.
    Periodic("reap-jobs", "jobs.maintenance.reap_jobs", 60),
    # Uploaded files without a row (a crash between storing the file and the commit).
    Periodic("sweep-orphan-uploads", "jobs.maintenance.sweep_orphan_uploads", 3600),
    # Sync history bounded per source (also pruned after each sync).
    Periodic("prune-sync-history", "jobs.maintenance.prune_sync_history", 86400),
    # Index entries of deleted postings (deleted accounts' private postings; syncs only close).
    Periodic("prune-index", "jobs.matching.prune_index", 86400),
    # Mail left pending (SMTP was down past the job's retries); a no-op without SMTP_HOST.
    Periodic("deliver-mail", "jobs.mail.deliver_mail", 300),
    # Saved-search alerts: due daily/weekly digests (users' local hours), instant alerts held by
    # quiet hours or caps, and matching missed by a lost job (services/alerts).
    Periodic("run-alerts", "jobs.alerts.run_alerts", 900),
    # Due follow-up reminders → inbox item + email outside quiet hours (and backfill of missing ones).
    Periodic("deliver-reminders", "jobs.reminders.deliver_reminders", 600),
    # Accounts whose deletion grace period (DELETION_GRACE_DAYS) ended: rows, files, vectors.
    Periodic("purge-deleted-accounts", "jobs.data_rights.purge_deleted_accounts", 3600),
    # Database + uploaded files to BACKUP_S3_BUCKET/BACKUP_DIR, then retention; a no-op without
    # a destination, and skipped when the newest set is < 23 h old (jobs/backup.py).
    Periodic("backup", "jobs.backup.run_backup", 86400),
]
