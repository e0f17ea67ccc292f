"""The send-log: queueing messages exactly once and delivering them (issue 13, "Email").

Queueing (:func:`queue`) renders the message and writes ONE ``MailMessage`` row per
``(user_id, kind, dedupe_key)`` — ``INSERT … ON CONFLICT DO NOTHING`` on PostgreSQL and SQLite,
so queueing the same triple again (a job re-run, two workers) is a no-op that returns the
existing row. The row's status decides what happens next:

* no SMTP configured (SMTP_HOST unset, the embedded default) → ``outbox``: the user reads it
  on the Outbox page, nothing is sent;
* the user unsubscribed from the message's topic → ``suppressed``;
* otherwise ``pending``; once the caller's transaction commits, the ``jobs.mail.deliver_mail``
  job is enqueued (and a periodic run picks up anything left).

Delivery (:func:`deliver_due`) claims one pending row at a time with a conditional UPDATE
(``pending`` → ``sending``, committed BEFORE the message is handed to SMTP), so two workers
never send one row, then records the outcome: ``sent``; ``unknown`` (the server may have it —
timeout after DATA, or a ``sending`` row left by a crash for :data:`SENDING_LEASE_SECONDS`):
never resent automatically; ``pending`` again with ``next_attempt_at`` = now + backoff
(SMTP down or 4xx; ``settings.job_retry_backoff_seconds``, the last step repeating) until
:data:`MAX_ATTEMPTS`, then ``failed``; ``failed`` for a 5xx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import structlog
from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import MailMessage, MailOptOut
from careercopilot.services.mail import compose, transport

log = structlog.get_logger(__name__)

#: Attempts (connections that did not hand the message over) before a message is ``failed``.
MAX_ATTEMPTS = 10
#: A row still ``sending`` after this many seconds was left by a crashed sender → ``unknown``.
SENDING_LEASE_SECONDS = 600
#: Rows one :func:`deliver_due` call handles at most (the job is re-enqueued for the rest).
BATCH_LIMIT = 500
DELIVER_JOB = "jobs.mail.deliver_mail"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def backoff(attempts: int) -> timedelta:
    """Wait before attempt ``attempts + 1``: ``settings.job_retry_backoff_seconds[attempts-1]``
    (the last value repeats; at least 1 s)."""
    steps = settings.job_retry_backoff_seconds or [60]
    return timedelta(seconds=max(1, int(steps[min(max(attempts, 1), len(steps)) - 1])))


def is_opted_out(*, session: Session, user_id: int, topic: str) -> bool:
    """Whether ``user_id`` unsubscribed from ``topic``."""
    return session.exec(select(MailOptOut.id).where(MailOptOut.user_id == user_id, MailOptOut.topic == topic)
                        ).first() is not None


def queue(*, session: Session, user_id: int | None, kind: str, dedupe_key: str, to_addr: str,
          template: str, context: dict[str, Any], to_name: str | None = None, topic: str | None = None,
          deliver: bool = True) -> tuple[MailMessage, bool]:
    """Write the send-log row of one message (see the module doc); returns ``(row, created)``.

    ``template`` names the templates (:func:`compose.render`); ``context`` gets ``app_url`` and,
    with a ``topic``, ``unsubscribe_url``. ``deliver``: enqueue the delivery job after the
    caller's commit (False in tests that drive :func:`deliver_due` themselves). Raises
    ValueError for an invalid address, jinja2 errors for a bad template/context.
    """
    key = dedupe_key[:200]
    existing = _find(session, user_id, kind, key)
    if existing is not None:
        return existing, False
    unsubscribe = unsubscribe_url(user_id, topic) if topic and user_id is not None else None
    rendered = compose.render(template, {"app_url": settings.app_url.rstrip("/"), "unsubscribe_url": unsubscribe,
                                         **context})
    compose.ascii_address(to_addr)  # ValueError now, not at delivery
    if topic and user_id is not None and is_opted_out(session=session, user_id=user_id, topic=topic):
        status = "suppressed"
    else:
        status = "pending" if settings.smtp_configured else "outbox"
    now = _now()
    values = dict(user_id=user_id, kind=kind[:40], dedupe_key=key, topic=topic, to_addr=to_addr,
                  to_name=compose.clean_line(to_name, compose.MAX_NAME) or None, subject=rendered.subject,
                  body_text=rendered.text, body_html=rendered.html, message_id=compose.new_message_id(settings.smtp_from),
                  status=status, attempts=0, created_at=now, next_attempt_at=now if status == "pending" else None,
                  sent_at=now if status == "outbox" else None)
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = MailMessage.__table__
    stmt = (insert(table).values(**values).on_conflict_do_nothing(index_elements=["user_id", "kind", "dedupe_key"])
            .returning(table.c.id))
    created = session.execute(stmt).first() is not None  # (rowcount is -1 here on psycopg 3)
    row = _find(session, user_id, kind, key)
    assert row is not None
    if created and status == "pending" and deliver:
        from careercopilot.services import tx_hooks

        tx_hooks.on_commit(session, enqueue_delivery)
    log.info("mail.queued", kind=kind, user_id=user_id, status=row.status, created=created)
    return row, created


def _find(session: Session, user_id: int | None, kind: str, key: str) -> MailMessage | None:
    if user_id is None:
        cond = MailMessage.user_id.is_(None)
    else:
        cond = MailMessage.user_id == user_id
    return session.exec(select(MailMessage).where(cond, MailMessage.kind == kind, MailMessage.dedupe_key == key)
                        ).first()


def enqueue_delivery() -> None:
    """Enqueue the delivery job (one live run; a running one is asked for a follow-up run)."""
    from careercopilot.services.background import enqueue

    enqueue(DELIVER_JOB)


def unsubscribe_url(user_id: int | None, topic: str | None) -> str | None:
    """The signed one-click unsubscribe URL of ``(user_id, topic)`` (None without either)."""
    if user_id is None or not topic:
        return None
    from careercopilot.services.mail import tokens

    return f"{settings.app_url.rstrip('/')}/unsubscribe/{tokens.make('unsubscribe', {'u': user_id, 't': topic})}"


@dataclass
class DeliveryReport:
    """What one :func:`deliver_due` call did (counts by outcome) and whether the server was down."""

    sent: int = 0
    retry: int = 0
    unknown: int = 0
    failed: int = 0
    stale: int = 0
    server_down: bool = False
    more: bool = False
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain dict (the job's result)."""
        return {"sent": self.sent, "retry": self.retry, "unknown": self.unknown, "failed": self.failed,
                "stale": self.stale, "server_down": self.server_down, "more": self.more}


def _due_ids(now: datetime, limit: int) -> tuple[list[int], int]:
    """Ids of due pending rows (up to ``limit + 1``) and how many stale ``sending`` rows became unknown."""
    with session_scope() as s:
        lease = now - timedelta(seconds=SENDING_LEASE_SECONDS)
        stale = s.execute(update(MailMessage).where(MailMessage.status == "sending", MailMessage.last_attempt_at < lease)
                          .values(status="unknown", last_error="the sender stopped after handing the message over"))
        if stale.rowcount:
            log.warning("mail.stale_sending", rows=stale.rowcount)
        ids = list(s.exec(select(MailMessage.id).where(MailMessage.status == "pending",
                                                         MailMessage.next_attempt_at <= now)
                          .order_by(MailMessage.id).limit(limit + 1)).all())
        return ids, max(0, stale.rowcount or 0)


def _claim(message_id: int, now: datetime) -> MailMessage | None:
    """``pending`` → ``sending`` (committed before SMTP sees the message); None if someone else has it."""
    with session_scope() as s:
        claimed = s.execute(update(MailMessage).where(MailMessage.id == message_id, MailMessage.status == "pending")
                            .values(status="sending", attempts=MailMessage.attempts + 1, last_attempt_at=now))
        if claimed.rowcount != 1:
            return None
        return s.get(MailMessage, message_id)


def _record(message_id: int, **values: Any) -> None:
    with session_scope() as s:
        s.execute(update(MailMessage).where(MailMessage.id == message_id).values(**values))


def deliver_due(*, now: datetime | None = None, limit: int = BATCH_LIMIT,
                connection: transport.Connection | None = None) -> DeliveryReport:
    """Send the due ``pending`` messages over one SMTP connection (module doc for the outcomes).

    Stops at the first connection-level failure (``server_down``): the message that met it is
    rescheduled with backoff, the others stay due for the next run. ``more`` is True when rows
    beyond ``limit`` were left. Blocking (SQL + SMTP): call from a job, never the event loop."""
    report = DeliveryReport()
    now = now or _now()
    ids, report.stale = _due_ids(now, limit)
    report.more = len(ids) > limit
    with (connection or transport.Connection()) as conn:
        for message_id in ids[:limit]:
            row = _claim(message_id, now)
            if row is None:
                continue
            try:
                msg = compose.build_message(
                    from_addr=settings.smtp_from, from_name=settings.smtp_from_name, to_addr=row.to_addr,
                    to_name=row.to_name, subject=row.subject, text=row.body_text, html=row.body_html,
                    message_id=row.message_id, unsubscribe_url=unsubscribe_url(row.user_id, row.topic))
                conn.send(msg, sender=settings.smtp_from, recipient=row.to_addr)
            except transport.SmtpUnknown as exc:
                report.unknown += 1
                _record(message_id, status="unknown", last_error=str(exc)[:1000])
                log.warning("mail.unknown", message_id=message_id, error=str(exc))
            except transport.SmtpRetry as exc:
                out_of_attempts = row.attempts >= MAX_ATTEMPTS
                report.failed += out_of_attempts
                report.retry += not out_of_attempts
                _record(message_id, status="failed" if out_of_attempts else "pending", last_error=str(exc)[:1000],
                        next_attempt_at=_now() + backoff(row.attempts))
                report.errors.append(str(exc))
                if exc.server_down:
                    report.server_down = True
                    log.warning("mail.server_down", message_id=message_id, error=str(exc))
                    break
            except (transport.SmtpRejected, ValueError) as exc:
                report.failed += 1
                _record(message_id, status="failed", last_error=str(exc)[:1000])
                log.warning("mail.rejected", message_id=message_id, error=str(exc))
            else:
                report.sent += 1
                _record(message_id, status="sent", sent_at=_now(), last_error=None)
    log.info("mail.delivered", **report.as_dict())
    return report


# ----------------------------------------------------------------------------- reads


def smtp_status(*, session: Session) -> dict[str, Any]:
    """Delivery health for the admin page: ``configured``, ``server`` (host:port), ``last_success_at``
    (last ``sent``), ``last_failure_at`` / ``last_error`` (last attempt that did not deliver) and
    counts ``pending`` / ``unknown`` / ``failed``."""
    last_ok = session.exec(select(func.max(MailMessage.sent_at)).where(MailMessage.status == "sent")).first()
    bad = session.exec(select(MailMessage).where(MailMessage.last_error.is_not(None),
                                                 MailMessage.last_attempt_at.is_not(None))
                       .order_by(MailMessage.last_attempt_at.desc()).limit(1)).first()
    counts = dict(session.exec(select(MailMessage.status, func.count()).group_by(MailMessage.status)).all())
    return {"configured": settings.smtp_configured,
            "server": f"{settings.smtp_host}:{settings.smtp_port}" if settings.smtp_configured else "",
            "last_success_at": last_ok, "last_failure_at": bad.last_attempt_at if bad else None,
            "last_error": bad.last_error if bad else None, "pending": counts.get("pending", 0),
            "unknown": counts.get("unknown", 0), "failed": counts.get("failed", 0)}
