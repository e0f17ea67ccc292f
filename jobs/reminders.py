"""Reminder jobs: announce due follow-up reminders (services/reminder_delivery.py)."""

from __future__ import annotations

from careercopilot.services import reminder_delivery
from careercopilot.services.background import report_progress
from jobs.queues import job


@job("default", idempotent=True, coalesce=True)
def deliver_reminders() -> dict:
    """Backfill missing reminders, then announce every due one once (inbox item, and an email
    outside quiet hours); returns the counts.

    Idempotent under RQ retry: each reminder is claimed by a conditional UPDATE of
    ``notified_at`` in the same transaction as its inbox item, and mail is keyed in the send-log,
    so a second run finds nothing left to do (run twice → one effect)."""
    report = reminder_delivery.deliver_due()
    report_progress(100, f"{report.announced} announced, {report.emailed} emailed, {report.deferred} deferred")
    return report.as_dict()
