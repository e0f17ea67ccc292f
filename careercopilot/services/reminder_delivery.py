"""Delivering due reminders: an inbox item now, an email outside the user's quiet hours.

One run (:func:`deliver_due`, called by the periodic job ``jobs.reminders.deliver_reminders``
and the ``reminders due --deliver`` CLI command):

1. **Announce** each open reminder whose effective due time (``due_at``, or ``snoozed_until``
   after a snooze) has passed and whose ``notified_at`` is NULL: a conditional
   ``UPDATE … SET notified_at = now WHERE id = ? AND notified_at IS NULL`` claims it (one winner
   among concurrent runs; on PostgreSQL the row lock makes the loser wait and see it claimed),
   then in the SAME transaction ``notifications.notify(kind="reminder_due",
   dedupe_key=reminders.generation_key(r))`` adds the inbox item (linking to the application).
   All-or-nothing per reminder: a crash before the commit leaves nothing half-done, a re-run
   after it finds nothing to claim — run twice, one effect (RQ retries).
2. **Email** each announced reminder (still open, announced within :data:`EMAIL_WINDOW`) whose
   message is not in the send-log yet, when ``notifications.wants(channel="email")`` and the
   user is outside quiet hours (``AlertSettings`` via ``alert_timing.in_quiet_hours``): queued
   with ``sendlog.queue(kind="reminder_due", dedupe_key=generation_key, topic="reminder_due",
   template="reminder_due")`` — idempotent on its own unique key. A reminder announced during
   quiet hours is emailed by the first run after they end; one done or snoozed meanwhile is not.

Follow-up #1, once announced, schedules follow-up #2 (``reminders.schedule_second_follow_up``).
The writing copilot's matching draft (``reminders.draft_for``) is attached: its link in the inbox
item, its text and link in the email. Blocking (SQL): call from a job or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import structlog
from sqlalchemy import update
from sqlmodel import Session, col, or_, select

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import AlertSettings, Application, MailMessage, Reminder, User
from careercopilot.services import alert_timing, notifications, reminders
from careercopilot.services.mail import sendlog
from careercopilot.services.local_time import DUE_WORDS, due_status, local_minute

log = structlog.get_logger(__name__)

KIND = "reminder_due"
#: An announced reminder whose email could not go out within this long (quiet hours, email
#: turned off then on) is not emailed any more: quiet hours last under a day.
EMAIL_WINDOW = timedelta(hours=24)
#: Reminders handled per run at most (the next run continues).
BATCH_LIMIT = 500
#: Longest draft text copied into an email, characters (the link carries the rest).
MAX_DRAFT_CHARS = 4000


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class DeliveryReport:
    """What one run did: inbox items ``announced``, mails ``emailed``, mails ``deferred`` (quiet
    hours) and the ids announced."""

    announced: int = 0
    emailed: int = 0
    deferred: int = 0
    ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Plain dict (the job's result)."""
        return {"announced": self.announced, "emailed": self.emailed, "deferred": self.deferred}


def due_query(now: datetime, user_id: int | None = None):
    """SELECT of the open, due, un-announced reminders (snoozes honoured), oldest first."""
    q = select(Reminder).join(Application, Application.id == Reminder.application_id).where(
        Reminder.status == "open", col(Reminder.notified_at).is_(None), Reminder.due_at <= now,
        or_(col(Reminder.snoozed_until).is_(None), Reminder.snoozed_until <= now),
        Application.archived.is_(False), Application.user_id == Reminder.user_id)
    if user_id is not None:
        q = q.where(Reminder.user_id == user_id)
    return q.order_by(Reminder.due_at, Reminder.id)


def _context(session: Session, r: Reminder, app: Application) -> dict:
    base = settings.app_url.rstrip("/")
    draft = reminders.draft_for(session, user_id=r.user_id, application_id=r.application_id, kind=r.kind)
    tz = reminders.user_zone(session, r.user_id)
    return {
        "label": reminders.label(r.kind, r.sequence), "company": app.company, "title": app.title,
        "due": local_minute(reminders.effective_due(r), tz), "zone": tz.key,
        # the one rule of every surface: "Overdue" / "Due today" / "Due" (local_time.due_status)
        "status": DUE_WORDS[due_status(reminders.effective_due(r), tz)],
        "application_url": f"{base}{routes.application_detail(app.id)}",
        "draft_url": f"{base}{routes.writing_document(draft.id)}" if draft else "",
        "draft_text": (draft.text or "")[:MAX_DRAFT_CHARS] if draft else "",
        "offer_deadline": app.offer_deadline.isoformat() if app.offer_deadline else "",
    }


def _announce(reminder_id: int, now: datetime) -> bool:
    """Claim and announce one reminder in its own transaction; False if another run has it."""
    with session_scope() as s:
        claimed = s.execute(update(Reminder).where(Reminder.id == reminder_id, col(Reminder.notified_at).is_(None),
                                                   Reminder.status == "open").values(notified_at=now))
        if claimed.rowcount != 1:
            return False
        r = s.get(Reminder, reminder_id)
        app = s.get(Application, r.application_id)
        ctx = _context(s, r, app)
        body = f"{app.company} — {app.title}. {ctx['status']} · {ctx['due']}."
        if ctx["draft_url"]:
            body += f" Your draft is ready: {ctx['draft_url']}"
        notifications.notify(session=s, user_id=r.user_id, kind=KIND, dedupe_key=reminders.generation_key(r),
                             title=f"{ctx['label']}: {app.company}", body=body,
                             link=routes.application_detail(app.id))
        reminders.schedule_second_follow_up(session=s, first=r, at=now)
    return True


def _quiet(session: Session, user_id: int, now: datetime) -> bool:
    row = session.exec(select(AlertSettings).where(AlertSettings.user_id == user_id)).first()
    if row is None:
        return False
    tz = reminders.user_zone(session, user_id)
    return alert_timing.in_quiet_hours(now, tz, row.quiet_start_hour, row.quiet_end_hour)


def _email_pending(now: datetime, user_id: int | None, report: DeliveryReport) -> None:
    with session_scope() as s:
        q = select(Reminder).where(Reminder.status == "open", col(Reminder.notified_at).is_not(None),
                                   Reminder.notified_at > now - EMAIL_WINDOW)
        if user_id is not None:
            q = q.where(Reminder.user_id == user_id)
        candidates = list(s.exec(q.order_by(Reminder.id).limit(BATCH_LIMIT)).all())
        if not candidates:
            return
        keys = {reminders.generation_key(r): r for r in candidates}
        queued = set(s.exec(select(MailMessage.dedupe_key).where(
            MailMessage.kind == KIND, col(MailMessage.dedupe_key).in_(list(keys)))).all())
        todo = [(k, r.id, r.user_id) for k, r in keys.items() if k not in queued]
    for key, rid, uid in todo:
        with session_scope() as s:
            if not notifications.wants(session=s, user_id=uid, kind=KIND, channel="email"):
                continue
            if _quiet(s, uid, now):
                report.deferred += 1
                continue
            r, user = s.get(Reminder, rid), s.get(User, uid)
            app = s.get(Application, r.application_id)
            _, created = sendlog.queue(session=s, user_id=uid, kind=KIND, dedupe_key=key, to_addr=user.email,
                                       to_name=user.display_name, template=KIND, context=_context(s, r, app),
                                       topic=KIND)
            report.emailed += int(created)


def deliver_due(*, now: datetime | None = None, user_id: int | None = None) -> DeliveryReport:
    """Announce due reminders and email them (module doc); ``user_id`` limits the run to one user."""
    now = now or _now()
    report = DeliveryReport()
    with session_scope() as s:
        reminders.backfill(session=s, user_id=user_id, now=now)
    with session_scope() as s:
        ids = [r.id for r in s.exec(due_query(now, user_id).limit(BATCH_LIMIT)).all()]
    for rid in ids:
        if _announce(rid, now):
            report.announced += 1
            report.ids.append(rid)
    _email_pending(now, user_id, report)
    log.info("reminders.delivered", **report.as_dict())
    return report
