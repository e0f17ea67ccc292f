"""Matching jobs (queue "match"): index postings, rescore users, re-index after a model change.

Contracts: ingestion enqueues ``jobs.matching.index_postings``, which ends by enqueueing
``jobs.alerts.match_alerts`` (through ``rescore_postings`` when scores changed); the resume/preferences
service enqueues ``jobs.matching.rescore_user`` with a user id. All jobs are idempotent.
"""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import matching
from careercopilot.services.background import enqueue, report_progress
from jobs.queues import job

#: Saved-search alerts for the new postings (jobs/alerts.py), once they are indexed and scored.
ALERTS_JOB = "jobs.alerts.match_alerts"


@job("match", idempotent=True, coalesce=True)
def index_postings() -> dict:
    """Index the postings a sync flagged (new/changed/closed, see ``index_open_postings``), then
    enqueue :func:`rescore_postings` for the ones whose index entry changed. Returns the counts."""
    report_progress(1, "indexing postings")
    with session_scope() as s:
        counts = matching.index_open_postings(session=s, progress=report_progress)
    if counts["embedded"] or counts["metadata"] or counts["removed"]:
        enqueue(rescore_postings)
    else:
        enqueue(ALERTS_JOB)
    report_progress(100, f"embedded {counts['embedded']}, removed {counts['removed']}, unchanged {counts['unchanged']}")
    return counts


@job("match", idempotent=True, coalesce=True)
def rescore_postings() -> dict:
    """Re-score the queued changed postings for every user they concern (``MatchRefresh``,
    see ``services.matching.refresh``); returns ``{"postings", "scored", "dropped"}``."""
    report_progress(5, "re-scoring changed postings")
    with session_scope() as s:
        counts = matching.rescore_changed_postings(session=s, progress=report_progress)
    enqueue(ALERTS_JOB)
    report_progress(100, f"re-scored {counts['postings']} changed postings ({counts['scored']} scores)")
    return counts


@job("match", idempotent=True, coalesce=True)
def rescore_user(user_id: int) -> int:
    """Re-score the user's candidate postings for the active resume; returns how many."""
    report_progress(5, "loading resume")
    with session_scope() as s:
        n = matching.refresh_user_matches(session=s, user_id=int(user_id), progress=report_progress)
    report_progress(100, f"scored {n} postings")
    return n


@job("match", idempotent=True)
def reindex_all() -> dict:
    """Model change: build a new index of every open posting beside the live one, swap it in
    (dropping the old one and older versions'), then rescore every user with an active resume."""
    report_progress(1, "re-indexing all postings")
    with session_scope() as s:
        counts = matching.reindex_everything(session=s, progress=report_progress)
    with session_scope() as s:
        users = matching.users_with_active_resume(session=s)
    for uid in users:
        enqueue(rescore_user, uid, user_id=uid)
    report_progress(100, f"re-indexed {counts['embedded']} postings")
    return counts


@job("match", idempotent=True)
def prune_index() -> int:
    """Daily: drop index entries of postings whose rows were deleted; returns how many."""
    with session_scope() as s:
        n = matching.drop_deleted_postings(session=s)
    report_progress(100, f"dropped {n} deleted postings from the index")
    return n
