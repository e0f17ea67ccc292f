"""Alert jobs (queue "default"): saved-search matching after a sync, and periodic delivery.

``match_alerts`` is enqueued by ``jobs.matching`` once a sync's new postings are indexed and
re-scored (so hits carry the user's match score); ``run_alerts`` runs periodically
(``jobs/schedule.py``) for due digests and for instant alerts that waited out quiet hours or a
cap. Both are idempotent (services/alerts: unique hits, claimed hits, keyed send-log rows): a
retry, a re-run or two workers at once give one hit and one message.
"""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import alerts
from careercopilot.services.alerts import digest
from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default", idempotent=True, coalesce=True)
def match_alerts() -> dict:
    """Match the postings first seen since the last run against saved searches, then deliver
    instant and in-app alerts; returns the counts (``services.alerts.run_after_sync``)."""
    report_progress(5, "matching new postings against saved searches")
    with session_scope() as s:
        counts = alerts.run_after_sync(session=s)
    report_progress(100, f"{counts['hits']} new hits for {counts['searches']} saved searches, "
                         f"{counts['mails']} alert emails")
    return counts


@job("default", idempotent=True, coalesce=True)
def run_alerts() -> dict:
    """Periodic: match anything not matched yet, deliver waiting instant/in-app alerts, then
    build the digests that are due; returns the counts."""
    with session_scope() as s:
        counts = alerts.run_after_sync(session=s)
    with session_scope() as s:
        built = digest.build_due_digests(session=s)
    counts["digests"] = len(built)
    report_progress(100, f"{counts['hits']} new hits, {counts['mails']} alert emails, {len(built)} digests")
    return counts
