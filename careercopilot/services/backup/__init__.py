"""Backups of the database and the uploaded files, retention, restore and the backup-age figure.

Modules: :mod:`.destinations` (local folder or S3 bucket/prefix), :mod:`.database` (pg_dump /
sqlite3 backup API, row counts, restore), :mod:`.manifest` (``manifest.json``), :mod:`.retention`
(grandfather-father-son rule), :mod:`.runner` (make, list, prune, restore, verify).
README "Backups and restore" is the operator's guide.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone

from careercopilot.services.backup.destinations import DestinationError, get_destination
from careercopilot.services.backup.manifest import Manifest, ManifestError
from careercopilot.services.backup.retention import Policy
from careercopilot.services.backup.runner import (
    BackupCorrupt,
    BackupError,
    BackupResult,
    Comparison,
    RestoreResult,
    SetInfo,
    create_backup,
    last_success,
    list_sets,
    prune,
    restore_backup,
    verify,
)

__all__ = [
    "BackupCorrupt", "BackupError", "BackupResult", "Comparison", "DestinationError", "Manifest", "ManifestError",
    "Policy", "RestoreResult", "SetInfo", "backup_age_seconds", "forget_age", "create_backup", "get_destination",
    "last_success", "list_sets", "prune", "restore_backup", "verify",
]

#: The backup-age figure is read from the destination at most this often per process, seconds
#: (a Prometheus scrape every 15 s must not list S3 every time).
AGE_CACHE_SECONDS = 60.0
_age_lock = threading.Lock()
_age_cache: tuple[float, float | None] | None = None  # (monotonic time read, created_at epoch or None)


def last_success_time(*, max_age: float = AGE_CACHE_SECONDS) -> float | None:
    """Epoch seconds of the newest complete backup set (None: no destination or no set yet);
    cached ``max_age`` seconds. Raises DestinationError when the destination cannot be read."""
    from careercopilot.config import settings

    global _age_cache
    if not settings.backup_configured:
        return None
    with _age_lock:
        if _age_cache is not None and time.monotonic() - _age_cache[0] < max_age:
            return _age_cache[1]
    found = last_success(settings)
    value = found.created_at.timestamp() if found else None
    with _age_lock:
        _age_cache = (time.monotonic(), value)
    return value


def forget_age() -> None:
    """Drop this process's cached backup time (after a backup made here, or a changed destination)."""
    global _age_cache
    with _age_lock:
        _age_cache = None


def backup_age_seconds(*, now: datetime | None = None, max_age: float = AGE_CACHE_SECONDS) -> float | None:
    """Seconds since the newest complete backup set was created (None: no destination configured
    or no set yet)."""
    last = last_success_time(max_age=max_age)
    if last is None:
        return None
    return max(0.0, (now or datetime.now(timezone.utc)).timestamp() - last)
