"""Scheduled backup (``jobs.schedule`` entry "backup", daily).

A no-op unless a backup destination is configured (BACKUP_S3_BUCKET or BACKUP_DIR). The entry
is checked every day, and also when a process starts (the in-process scheduler runs each entry
once at start): a run finds the newest complete set and skips when it is younger than
:data:`MIN_SPACING_SECONDS`, so restarts and several schedulers still make one set a day.
"""

from __future__ import annotations

from careercopilot.config import settings
from careercopilot.metrics import BACKUP_RUNS
from careercopilot.services import backup
from careercopilot.services.background import report_progress
from jobs.queues import job

#: A scheduled backup is skipped when the newest set is younger than this, seconds (a day less
#: one hour, so the daily tick, which drifts by seconds, is never skipped).
MIN_SPACING_SECONDS = 23 * 3600


@job("default", idempotent=True)
def run_backup() -> dict:
    """Make a backup set when one is due; returns ``{"skipped": reason}`` or the set's summary.

    Retried like other idempotent jobs after a failure (a failed run leaves no set behind)."""
    if not settings.backup_configured:
        return {"skipped": "no backup destination configured"}
    age = backup.backup_age_seconds(max_age=0)
    if age is not None and age < MIN_SPACING_SECONDS:
        BACKUP_RUNS.labels("skipped").inc()
        reason = f"last backup {int(age)} s ago"
        report_progress(100, f"skipped: {reason}")
        return {"skipped": reason}
    report_progress(5, "backing up the database and files")
    try:
        result = backup.create_backup(settings)
    except Exception:
        BACKUP_RUNS.labels("failed").inc()
        raise
    BACKUP_RUNS.labels("ok").inc()
    backup.forget_age()
    m = result.manifest
    report_progress(100, f"backup {m.id}: {m.total_rows} rows, {len(m.files)} files; pruned {len(result.pruned)}")
    return {"id": m.id, "rows": m.total_rows, "files": len(m.files), "pruned": result.pruned}
