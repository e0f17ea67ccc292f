"""Mail jobs: deliver the send-log's due messages (services/mail)."""

from __future__ import annotations

from careercopilot.config import settings
from careercopilot.services import mail
from careercopilot.services.background import report_progress
from jobs.queues import job


class MailServerUnavailable(RuntimeError):
    """The SMTP server could not be reached; the job is retried with backoff (transient)."""


@job("default", idempotent=True, coalesce=True)
def deliver_mail() -> dict:
    """Send every due pending message once (services/mail/sendlog.py); returns the counts.

    Idempotent: a message is claimed (``pending`` → ``sending``) before SMTP sees it, so a
    re-run or a second worker never sends it twice. Raises :class:`MailServerUnavailable` when
    the server is down (background retries the job with backoff; the periodic run continues
    after that)."""
    if not settings.smtp_configured:
        return {"skipped": "no SMTP_HOST"}
    report = mail.deliver_due()
    report_progress(100, f"{report.sent} sent, {report.retry} to retry, {report.unknown} unknown, {report.failed} failed")
    if report.server_down:
        raise MailServerUnavailable(report.errors[-1] if report.errors else "SMTP server unavailable")
    if report.more:
        mail.sendlog.enqueue_delivery()
    return report.as_dict()


@job("default", idempotent=True)
def send_password_reset(email: str) -> bool:
    """Queue the reset link for the account of ``email`` (nothing when there is none) and deliver it.

    Idempotent: the send-log key is this job's id, so a retried run queues nothing twice."""
    from careercopilot.db import session_scope
    from careercopilot.services import account_mail
    from careercopilot.services.background import current_job_id

    with session_scope() as s:
        return account_mail.request_reset(session=s, email=email, dedupe_key=f"job:{current_job_id() or 'direct'}")
