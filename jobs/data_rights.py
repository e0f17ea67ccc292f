"""Data-rights jobs: account export and the purge of accounts whose deletion grace period ended."""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import data_export
from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default", idempotent=True)
def export_account(user_id: int) -> str:
    """Build and store the account export of ``user_id``; returns its storage key.

    Idempotent: a re-run stores a new, equal archive (the older one expires with its link)."""
    report_progress(1, "starting")
    with session_scope() as s:
        key = data_export.store_export(session=s, user_id=user_id, progress=report_progress)
    report_progress(100, "ready")
    return key


@job("default", idempotent=True)
def purge_deleted_accounts() -> int:
    """Purge every account whose deletion grace period ended; returns how many were purged.

    Idempotent: a retry purges what is left (services.account_deletion.purge_user)."""
    from careercopilot.services import account_deletion

    reports = account_deletion.purge_due()
    return sum(1 for r in reports if r.total)


@job("default", idempotent=True)
def purge_account(user_id: int) -> dict:
    """Purge one account now (admin deletion); returns rows per table, files and vectors removed."""
    from careercopilot.services import account_deletion

    report = account_deletion.purge_user(user_id=user_id)
    return {"rows": report.rows, "files": report.files, "vectors": report.vectors}
