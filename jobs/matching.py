"""Matching jobs (queue "match"): index postings, rescore users, re-index after a model change.

Contracts: ingestion enqueues ``jobs.matching.index_postings``; the resume/preferences
service enqueues ``jobs.matching.rescore_user`` with a user id. All jobs are idempotent.
"""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import matching
from careercopilot.services.background import enqueue, report_progress
from jobs.queues import job


@job("match")
def index_postings() -> dict:
    """Embed new/changed open postings (by content hash), drop closed ones, then enqueue
    ``rescore_user`` for every user with an active resume. Returns the counts."""
    report_progress(1, "indexing postings")
    with session_scope() as s:
        counts = matching.index_open_postings(session=s, progress=report_progress)
    with session_scope() as s:
        users = matching.users_with_active_resume(session=s)
    if counts["embedded"] or counts["metadata"] or counts["removed"]:
        for uid in users:
            enqueue(rescore_user, uid, user_id=uid)
    report_progress(100, f"embedded {counts['embedded']}, removed {counts['removed']}, unchanged {counts['unchanged']}")
    return counts


@job("match")
def rescore_user(user_id: int) -> int:
    """Re-score the user's candidate postings for the active resume; returns how many."""
    report_progress(5, "loading resume")
    with session_scope() as s:
        n = matching.refresh_user_matches(session=s, user_id=int(user_id), progress=report_progress)
    report_progress(100, f"scored {n} postings")
    return n


@job("match")
def reindex_all() -> dict:
    """Model change: drop the index of this model version (and older versions), embed every
    open posting again, then rescore every user with an active resume."""
    report_progress(1, "re-indexing all postings")
    with session_scope() as s:
        counts = matching.reindex_everything(session=s, progress=report_progress)
    with session_scope() as s:
        users = matching.users_with_active_resume(session=s)
    for uid in users:
        enqueue(rescore_user, uid, user_id=uid)
    report_progress(100, f"re-indexed {counts['embedded']} postings")
    return counts
