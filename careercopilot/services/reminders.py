"""Stage-driven follow-up reminders (issue 13, "Follow-ups"): rules, snooze/done and reads.

Rules — applied by :func:`on_stage_change`, which :func:`services.application_changes.move_stage`
calls, so the application page, the board's drag-and-drop and ``PATCH/POST /api/v1`` stage moves
all create the same reminders (``reminder`` rows, ``models.alerts.Reminder``):

* ``applied`` → ``follow_up`` #1 due :data:`FOLLOW_UP_AFTER` (7 days) after ``applied_at``;
  once #1 is done or has been delivered and the application is still ``applied`` (no response),
  ``follow_up`` #2 is due 7 days after that (:data:`MAX_FOLLOW_UPS` = 2, the issue's "at most
  twice"). Like every stage-driven reminder it lands at a working-hours time in the user's zone
  (:func:`follow_up_due`: 09:00 local on the 7th calendar day after the local day of the move —
  moved 07:31 UTC by a Chicago user was due 01:31 local, issue 10 trial finding).
* ``interviewing`` → ``thank_you`` due the next local morning (:data:`MORNING_HOUR` = 09:00 in the
  user's zone, ``alert_timing.local_instant``) after the interview (``application.interview_at``).
  With no interview date there is no thank-you yet: a seeker moves the card when invited, usually
  days before the interview, so "the morning after the move" asked for a thank-you note before the
  interview (session-23 trial finding 8); the pages say that setting the date schedules it
  (:func:`stage_move_notice`). Setting the date creates thank-you #1 and changing it moves it
  (:func:`sync_interview`: re-opened and announced again only when its due time actually changes,
  so re-saving the same date is a no-op); clearing it leaves the reminder as is.
* ``offer`` → ``offer_deadline`` due 09:00 local on ``application.offer_deadline`` (none until a
  date is set; changing the date moves the reminder, clearing it dismisses it).
* A move to a stage where a kind no longer applies (:data:`APPLIES_IN`), and any move to
  ``accepted`` / ``rejected`` / ``withdrawn``, sets that kind's open reminders to ``dismissed``.

The manual follow-up date (``application.follow_up_on``) IS a reminder: ``follow_up`` with
``sequence`` :data:`MANUAL_SEQUENCE` (0), due 09:00 local on that date. One concept reaches the
user: the dashboard's "Follow-ups due" lists due reminders of every kind (manual ones included),
each with snooze and done, and delivery (``services.reminder_delivery``) announces them alike.
Marking the manual reminder done clears ``follow_up_on``; snoozing it moves ``follow_up_on`` to
the snoozed day, so the board's follow-up badge and the reminder never disagree. A manual date on the
day a stage-driven follow-up is due is that follow-up (:func:`one_follow_up_a_day`: one reminder, not two).

Idempotency: every reminder is inserted with ``INSERT … ON CONFLICT DO NOTHING`` on the unique
``(application_id, kind, sequence)``, so a retried or concurrent stage move (two tabs, an API
retry) creates each reminder once. :func:`backfill` gives applications created before this
feature (or imported from CSV, which sets stages directly) their reminders; it is idempotent
and run by the periodic job ``jobs.reminders.deliver_reminders``.

Snooze: ``snoozed_until`` = 1 day / 3 days / 1 week (:data:`SNOOZE_CHOICES`) after the
reminder's current due time (``effective_due``), or after now when that time has passed — a
reminder due Friday snoozed "1 day" is due Saturday, an overdue one is due a day from now
(trial finding 4: counting from now moved a not-yet-due reminder nowhere) — and
``notified_at`` cleared, so the reminder is announced again when the snooze ends (a new
"generation": :func:`generation_key`). Every function filters by ``user_id``; another user's
reminder raises :class:`LookupError` exactly like a missing one. Callers commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, and_, col, or_, select

from careercopilot.models import Application, PipelineStage, Reminder, StageEvent, User, WritingDocument
from careercopilot.services import alert_timing
from careercopilot.services.local_time import due_status, local_minute

#: Days after applying (or after follow-up #1) before the next follow-up is due (issue 13).
FOLLOW_UP_AFTER = timedelta(days=7)
#: Stage-driven follow-ups per application at most (issue 13: "at most twice").
MAX_FOLLOW_UPS = 2
#: ``sequence`` of the reminder that mirrors the manual ``application.follow_up_on`` date.
MANUAL_SEQUENCE = 0
#: Local hour (user's zone) at which day-based reminders are due: thank-you, offer deadline, manual.
MORNING_HOUR = 9
#: Snooze choices offered in the UI → duration.
SNOOZE_CHOICES: dict[str, timedelta] = {"1d": timedelta(days=1), "3d": timedelta(days=3), "1w": timedelta(weeks=1)}
#: Snooze choice → button label.
SNOOZE_LABELS = {"1d": "1 day", "3d": "3 days", "1w": "1 week"}
#: Stages in which a stage-driven reminder kind still applies (manual follow-ups: any open stage).
APPLIES_IN: dict[str, frozenset[str]] = {
    "follow_up": frozenset({PipelineStage.applied.value}),
    "thank_you": frozenset({PipelineStage.interviewing.value}),
    "offer_deadline": frozenset({PipelineStage.offer.value}),
}
CLOSED = frozenset({PipelineStage.accepted.value, PipelineStage.rejected.value, PipelineStage.withdrawn.value})
#: Backfilled reminders due longer ago than this are stored already ``dismissed`` (an upgrade
#: must not announce months-old follow-ups at once).
BACKFILL_HORIZON = timedelta(days=30)
#: Writing-copilot document kind attached to a reminder kind (``services.writing_documents.KINDS``).
DRAFT_KIND = {"follow_up": "follow_up", "thank_you": "thank_you"}
#: Draft statuses worth attaching (a streaming or failed text is not a draft yet).
DRAFT_STATUSES = ("ready", "stopped")


class ReminderError(ValueError):
    """Invalid request on a reminder (message shown to the user)."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def user_zone(session: Session, user_id: int):
    """The user's IANA zone (``User.timezone``; UTC for an unknown name)."""
    return alert_timing.zone(session.exec(select(User.timezone).where(User.id == user_id)).first())


def morning_of(day: date, session: Session, user_id: int) -> datetime:
    """UTC instant of :data:`MORNING_HOUR` local on ``day`` in the user's zone (DST-correct)."""
    return alert_timing.local_instant(day, MORNING_HOUR, user_zone(session, user_id))


def next_morning(after: datetime, session: Session, user_id: int) -> datetime:
    """UTC instant of :data:`MORNING_HOUR` local on the calendar day after ``after`` (user's zone)."""
    tz = user_zone(session, user_id)
    return alert_timing.local_instant(_utc(after).astimezone(tz).date() + timedelta(days=1), MORNING_HOUR, tz)


def follow_up_due(after: datetime, zone) -> datetime:
    """UTC instant a stage-driven follow-up is due: :data:`MORNING_HOUR` (09:00) local in ``zone``
    on the calendar day :data:`FOLLOW_UP_AFTER` (7 days) after the local day of ``after`` (the
    day is computed in the user's zone, so a move at 23:30 local counts from that day, not from
    the UTC day). Weekends are not skipped: the product has no business-day notion (no working
    days or holidays per user), and 7 days after a weekday is the same weekday anyway. DST: the
    hour is 09:00 wall time on the due day whatever the offset was at ``after``."""
    day = _utc(after).astimezone(zone).date() + timedelta(days=FOLLOW_UP_AFTER.days)
    return alert_timing.local_instant(day, MORNING_HOUR, zone)


def generation_key(reminder: Reminder) -> str:
    """Inbox/send-log dedupe key of one announcement: ``reminder:<id>:<snooze generation>``
    (the snooze end as a Unix timestamp, 0 before any snooze): one item per reminder and snooze."""
    gen = int(_utc(reminder.snoozed_until).timestamp()) if reminder.snoozed_until else 0
    return f"reminder:{reminder.id}:{gen}"


# ----------------------------------------------------------------------------- writes (rules)


def _insert(session: Session, *, user_id: int, application_id: int, kind: str, sequence: int, due_at: datetime,
            status: str = "open") -> bool:
    """Insert one reminder unless ``(application_id, kind, sequence)`` exists; True if created."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    table = Reminder.__table__
    values = dict(user_id=user_id, application_id=application_id, kind=kind, sequence=sequence, due_at=_utc(due_at),
                  status=status, created_at=_now())
    stmt = (insert(table).values(**values)
            .on_conflict_do_nothing(index_elements=["application_id", "kind", "sequence"]).returning(table.c.id))
    return session.execute(stmt).first() is not None


def _dismiss(session: Session, app: Application, kinds: list[str], *, keep_manual: bool = True) -> int:
    q = update(Reminder).where(Reminder.application_id == app.id, Reminder.user_id == app.user_id,
                               Reminder.status == "open", col(Reminder.kind).in_(kinds))
    if keep_manual:
        q = q.where(Reminder.sequence != MANUAL_SEQUENCE)
    return session.execute(q.values(status="dismissed", completed_at=_now())).rowcount or 0


def _open(session: Session, app: Application, kind: str, sequence: int) -> Reminder | None:
    return session.exec(select(Reminder).where(Reminder.application_id == app.id, Reminder.kind == kind,
                                               Reminder.sequence == sequence)).first()


def on_stage_change(*, session: Session, app: Application, at: datetime | None = None) -> None:
    """Apply the module rules to ``app`` now in ``app.stage`` (moved at ``at``, default now)."""
    when = _utc(at or _now())
    stage = app.stage
    if stage in CLOSED:
        _dismiss(session, app, list(APPLIES_IN), keep_manual=False)
        return
    _dismiss(session, app, [k for k, stages in APPLIES_IN.items() if stage not in stages])
    if stage == PipelineStage.applied.value:
        base = app.applied_at or when
        _insert(session, user_id=app.user_id, application_id=app.id, kind="follow_up", sequence=1,
                due_at=follow_up_due(base, user_zone(session, app.user_id)))
        one_follow_up_a_day(session=session, app=app)
    elif stage == PipelineStage.interviewing.value:
        sync_interview(session=session, app=app)  # none until the interview date is set (module doc)
    elif stage == PipelineStage.offer.value:
        sync_offer_deadline(session=session, app=app)


def _set_date_reminder(session: Session, app: Application, kind: str, sequence: int, day: date | None) -> None:
    """Create, move (re-opened, un-notified) or dismiss the day-based reminder of ``day``; re-saving
    the same day leaves a done reminder done."""
    row = _open(session, app, kind, sequence)
    if day is None:
        if row is not None and row.status == "open":
            row.status, row.completed_at = "dismissed", _now()
            session.add(row)
        return
    due = morning_of(day, session, app.user_id)
    if row is None:
        _insert(session, user_id=app.user_id, application_id=app.id, kind=kind, sequence=sequence, due_at=due)
        return
    # Re-opened when the date changes, or when it comes back after being cleared (dismissed); a
    # reminder the user marked done stays done when the details form re-saves the same date.
    if _utc(row.due_at) != due or row.status == "dismissed":
        row.due_at, row.status, row.snoozed_until, row.notified_at, row.completed_at = due, "open", None, None, None
        session.add(row)


def sync_offer_deadline(*, session: Session, app: Application) -> None:
    """The ``offer_deadline`` reminder follows ``app.offer_deadline`` while the stage is ``offer``."""
    if app.stage != PipelineStage.offer.value:
        return
    _set_date_reminder(session, app, "offer_deadline", 1, app.offer_deadline)


def sync_interview(*, session: Session, app: Application) -> None:
    """Thank-you #1 follows ``app.interview_at`` (09:00 local the day after) while the stage is
    ``interviewing``: created if missing (ON CONFLICT DO NOTHING), else moved, re-opened and
    un-notified when its due time changes. A cleared date changes nothing."""
    if app.stage != PipelineStage.interviewing.value or app.interview_at is None:
        return
    due = next_morning(app.interview_at, session, app.user_id)
    row = _open(session, app, "thank_you", 1)
    if row is None:
        _insert(session, user_id=app.user_id, application_id=app.id, kind="thank_you", sequence=1, due_at=due)
    elif _utc(row.due_at) != due:
        row.due_at, row.status, row.snoozed_until, row.notified_at, row.completed_at = due, "open", None, None, None
        session.add(row)


#: Added to a move's "Moved to interviewing." notice while the application has no interview date.
NO_INTERVIEW_DATE_HINT = ("Set the interview date on the application page to schedule the thank-you "
                          "reminder (9:00 the morning after).")


def stage_move_notice(app: Application) -> str:
    """The pages' message after moving ``app`` (board and application page alike): ``"Moved to
    <stage>."``, plus :data:`NO_INTERVIEW_DATE_HINT` when it is now Interviewing without an
    interview date (no thank-you reminder until there is one: module doc)."""
    text = f"Moved to {app.stage}."
    if app.stage == PipelineStage.interviewing.value and app.interview_at is None:
        text += " " + NO_INTERVIEW_DATE_HINT
    return text


def sync_manual_follow_up(*, session: Session, app: Application) -> None:
    """The manual reminder (sequence 0) follows ``app.follow_up_on`` (cleared → dismissed), unless a
    stage-driven follow-up is due that day (:func:`one_follow_up_a_day`)."""
    day = app.follow_up_on if app.stage not in CLOSED else None
    _set_date_reminder(session, app, "follow_up", MANUAL_SEQUENCE, day)
    one_follow_up_a_day(session=session, app=app)


def _stage_twin(session: Session, app: Application, day: date | None) -> Reminder | None:
    """The open stage-driven follow-up (#1 or #2) of ``app`` due on local ``day``, if any."""
    if day is None:
        return None
    zone = user_zone(session, app.user_id)
    rows = session.exec(select(Reminder).where(Reminder.application_id == app.id, Reminder.kind == "follow_up",
                                               Reminder.sequence != MANUAL_SEQUENCE, Reminder.status == "open")).all()
    return next((r for r in rows if effective_due(r).astimezone(zone).date() == day), None)


def one_follow_up_a_day(*, session: Session, app: Application) -> bool:
    """One follow-up per day: when the manual date (``follow_up_on``) falls on the day a stage-driven
    follow-up is due, the manual reminder is dismissed and the stage-driven one stands for both (done
    clears the date, snooze moves it: :func:`complete`, :func:`snooze`). The user saw "Follow up (your
    date)" and "Follow up (1 of 2)" for the same day after moving to Applied (trial101 finding 3). True when
    one was dismissed now."""
    if _stage_twin(session, app, app.follow_up_on) is None:
        return False
    manual = _open(session, app, "follow_up", MANUAL_SEQUENCE)
    if manual is None or manual.status != "open":
        return False
    manual.status, manual.completed_at = "dismissed", _now()
    session.add(manual)
    return True


def on_applied_at_change(*, session: Session, app: Application) -> None:
    """A corrected ``applied_at`` moves follow-up #1 while it is open and not yet delivered."""
    row = _open(session, app, "follow_up", 1)
    if row is not None and app.applied_at is not None and row.status == "open" and row.notified_at is None:
        row.due_at = follow_up_due(app.applied_at, user_zone(session, app.user_id))
        session.add(row)


def schedule_second_follow_up(*, session: Session, first: Reminder, at: datetime) -> bool:
    """Follow-up #2, due :data:`FOLLOW_UP_AFTER` after ``at`` (when #1 was done or delivered),
    while the application is still ``applied``; True if it was created now."""
    if first.kind != "follow_up" or first.sequence != 1 or MAX_FOLLOW_UPS < 2:
        return False
    stage = session.exec(select(Application.stage).where(Application.id == first.application_id)).first()
    if stage != PipelineStage.applied.value:
        return False
    made = _insert(session, user_id=first.user_id, application_id=first.application_id, kind="follow_up", sequence=2,
                   due_at=follow_up_due(at, user_zone(session, first.user_id)))
    app = session.get(Application, first.application_id)
    if made and app is not None:
        one_follow_up_a_day(session=session, app=app)
    return made


def backfill(*, session: Session, user_id: int | None = None, now: datetime | None = None) -> int:
    """Reminders for applications that have none yet (created before this feature, or imported):
    the stage rules from the latest move into the current stage (an Interviewing application
    without an interview date gets none, as in :func:`on_stage_change`), and the manual date. Reminders
    due more than :data:`BACKFILL_HORIZON` ago are stored ``dismissed``. Idempotent (unique key);
    returns how many rows were created."""
    now = _utc(now or _now())
    has_any = select(Reminder.id).where(Reminder.application_id == Application.id).exists()
    # only applications that get at least one reminder below, so none is re-read on every run
    needs = or_(Application.stage == PipelineStage.applied.value,
                and_(Application.stage == PipelineStage.interviewing.value, col(Application.interview_at).is_not(None)),
                and_(Application.stage == PipelineStage.offer.value, col(Application.offer_deadline).is_not(None)),
                and_(col(Application.follow_up_on).is_not(None), col(Application.stage).not_in(list(CLOSED))))
    q = select(Application).where(~has_any, Application.archived.is_(False), needs)
    if user_id is not None:
        q = q.where(Application.user_id == user_id)
    created = 0
    for app in session.exec(q.limit(2000)).all():
        moved = session.exec(select(StageEvent.at).where(StageEvent.application_id == app.id,
                                                         StageEvent.to_stage == app.stage)
                             .order_by(StageEvent.at.desc())).first()
        at = _utc(moved or app.updated_at)
        if app.stage == PipelineStage.applied.value:
            due, kind = follow_up_due(app.applied_at or at, user_zone(session, app.user_id)), "follow_up"
        elif app.stage == PipelineStage.interviewing.value and app.interview_at is not None:
            due, kind = next_morning(app.interview_at, session, app.user_id), "thank_you"
        elif app.stage == PipelineStage.offer.value and app.offer_deadline is not None:
            due, kind = morning_of(app.offer_deadline, session, app.user_id), "offer_deadline"
        else:
            kind = ""
        if kind:
            created += _insert(session, user_id=app.user_id, application_id=app.id, kind=kind, sequence=1, due_at=due,
                               status="dismissed" if due < now - BACKFILL_HORIZON else "open")
        if app.follow_up_on is not None and app.stage not in CLOSED:
            created += _insert(session, user_id=app.user_id, application_id=app.id, kind="follow_up",
                               sequence=MANUAL_SEQUENCE, due_at=morning_of(app.follow_up_on, session, app.user_id))
    session.flush()
    return created


# ----------------------------------------------------------------------------- snooze / done


def _owned(session: Session, user_id: int, reminder_id: int) -> Reminder:
    row = session.exec(select(Reminder).where(Reminder.id == reminder_id, Reminder.user_id == user_id)
                       .with_for_update()).first()
    if row is None:
        raise LookupError(f"reminder {reminder_id} not found")
    return row


def snooze(*, session: Session, user_id: int, reminder_id: int, choice: str, now: datetime | None = None) -> Reminder:
    """Snooze an open reminder for :data:`SNOOZE_CHOICES` ``choice`` from its due time, or from
    now when it is already due (module doc); it is announced again when the snooze ends and
    shows "Snoozed until" that time. ReminderError for an unknown choice or a closed reminder;
    LookupError when it is not the user's."""
    if choice not in SNOOZE_CHOICES:
        raise ReminderError(f"Snooze for {', '.join(SNOOZE_LABELS.values())}.")
    row = _owned(session, user_id, reminder_id)
    if row.status != "open":
        raise ReminderError("This reminder is already closed.")
    until = snooze_until(row, choice, _utc(now or _now()))
    was_day = effective_due(row).astimezone(user_zone(session, user_id)).date()
    row.snoozed_until, row.notified_at = until, None
    session.add(row)
    if row.kind == "follow_up" and (row.sequence == MANUAL_SEQUENCE or _stands_for_date(session, row, was_day)):
        app = session.get(Application, row.application_id)
        if app is not None:
            app.follow_up_on = until.astimezone(user_zone(session, user_id)).date()
            session.add(app)
    session.flush()
    return row


def _stands_for_date(session: Session, row: Reminder, day: date) -> bool:
    """Whether the stage-driven follow-up ``row`` (due on local ``day``) also stands for the manual date
    (:func:`one_follow_up_a_day`): done clears that date, snooze moves it."""
    app = session.get(Application, row.application_id)
    return row.sequence != MANUAL_SEQUENCE and app is not None and app.follow_up_on == day


def snooze_until(row: Reminder, choice: str, now: datetime) -> datetime:
    """The end of a ``choice`` snooze (module doc): ``max(now, effective due) + duration``."""
    return max(now, effective_due(row)) + SNOOZE_CHOICES[choice]


def snoozed_text(*, session: Session, user_id: int, row: Reminder) -> str:
    """The snooze's end as the pages show times: ``"2026-12-12 12:10"`` in the user's zone."""
    return local_minute(_utc(row.snoozed_until), user_zone(session, user_id))


def complete(*, session: Session, user_id: int, reminder_id: int, now: datetime | None = None) -> Reminder:
    """Mark a reminder done (idempotent for one already done). Done follow-up #1 schedules #2;
    the manual one clears ``follow_up_on``. ReminderError for a dismissed reminder; LookupError
    when it is not the user's."""
    row = _owned(session, user_id, reminder_id)
    if row.status == "done":
        return row
    if row.status != "open":
        raise ReminderError("This reminder no longer applies.")
    at = _utc(now or _now())
    was_day = effective_due(row).astimezone(user_zone(session, user_id)).date()
    row.status, row.completed_at = "done", at
    session.add(row)
    if row.kind == "follow_up" and (row.sequence == MANUAL_SEQUENCE or _stands_for_date(session, row, was_day)):
        app = session.get(Application, row.application_id)
        if app is not None and app.follow_up_on is not None:
            app.follow_up_on = None
            session.add(app)
    schedule_second_follow_up(session=session, first=row, at=at)
    session.flush()
    return row


# ----------------------------------------------------------------------------- reads


@dataclass
class ReminderRow:
    """One reminder for display: times are ``YYYY-MM-DD HH:MM`` in the user's zone; ``state`` is
    ``overdue`` | ``due_today`` | ``upcoming`` (``local_time.due_status``, the rule of every
    surface) | ``snoozed`` | ``done`` | ``dismissed``; ``draft_id`` is the writing
    copilot's matching draft (0 = none)."""

    id: int = 0
    application_id: int = 0
    company: str = ""
    title: str = ""
    kind: str = ""
    sequence: int = 1
    label: str = ""
    due: str = ""
    state: str = ""
    draft_id: int = 0


def label(kind: str, sequence: int) -> str:
    """Human name of a reminder (``Follow up (2 of 2)``, ``Send a thank-you note`` …)."""
    if kind == "follow_up":
        return "Follow up (your date)" if sequence == MANUAL_SEQUENCE else f"Follow up ({sequence} of {MAX_FOLLOW_UPS})"
    return {"thank_you": "Send a thank-you note", "offer_deadline": "Answer the offer"}.get(kind, kind)


def effective_due(row: Reminder) -> datetime:
    """When the reminder is (again) due: the later of ``due_at`` and ``snoozed_until``."""
    due = _utc(row.due_at)
    return max(due, _utc(row.snoozed_until)) if row.snoozed_until else due


def _state(row: Reminder, now: datetime, zone) -> str:
    if row.status != "open":
        return row.status
    if row.snoozed_until is not None and _utc(row.snoozed_until) > now:
        return "snoozed"
    return due_status(effective_due(row), zone, now=now)


def draft_for(session: Session, *, user_id: int, application_id: int, kind: str,
              cleared_only: bool = True) -> WritingDocument | None:
    """The newest finished writing-copilot draft of the reminder ``kind`` for the application.

    With ``cleared_only`` (the default: e-mails quote and link it) None when that draft has open
    grounding flags (``writing_documents.usable``; issue 12 finding 10) — an older clean draft is not
    offered instead, as it is not the user's current text. The dashboard passes False: its link
    leads to the draft's page, where the flags are shown."""
    doc_kind = DRAFT_KIND.get(kind)
    if doc_kind is None:
        return None
    doc = session.exec(select(WritingDocument).where(
        WritingDocument.user_id == user_id, WritingDocument.application_id == application_id,
        WritingDocument.kind == doc_kind, col(WritingDocument.status).in_(DRAFT_STATUSES))
        .order_by(WritingDocument.id.desc())).first()
    if doc is not None and cleared_only:
        from careercopilot.services.writing_documents import usable

        return doc if usable(session, doc) else None
    return doc


def _rows(session: Session, user_id: int, pairs, now: datetime) -> list[ReminderRow]:
    tz = user_zone(session, user_id)
    out = []
    for r, company, title in pairs:
        draft = draft_for(session, user_id=user_id, application_id=r.application_id, kind=r.kind, cleared_only=False)
        out.append(ReminderRow(
            id=r.id or 0, application_id=r.application_id, company=company, title=title, kind=r.kind,
            sequence=r.sequence, label=label(r.kind, r.sequence),
            due=local_minute(effective_due(r), tz), state=_state(r, now, tz),
            draft_id=(draft.id or 0) if draft else 0))
    return out


def due_rows(*, session: Session, user_id: int, now: datetime | None = None, limit: int = 20) -> list[ReminderRow]:
    """The dashboard's "Follow-ups due": the user's open reminders on active applications that
    are due today (any time before the next local midnight in the user's zone) or overdue and not
    snoozed past now, oldest first; ``state`` is ``overdue`` or ``due_today`` (``local_time.due_status``)."""
    now = _utc(now or _now())
    tz = user_zone(session, user_id)
    horizon = alert_timing.local_instant(now.astimezone(tz).date() + timedelta(days=1), 0, tz)
    q = (select(Reminder, Application.company, Application.title)
         .join(Application, Application.id == Reminder.application_id)
         .where(Reminder.user_id == user_id, Application.user_id == user_id, Application.archived.is_(False),
                Reminder.status == "open", Reminder.due_at < horizon,
                or_(col(Reminder.snoozed_until).is_(None), Reminder.snoozed_until <= now))
         .order_by(Reminder.due_at, Reminder.id).limit(limit))
    return _rows(session, user_id, session.exec(q).all(), now)


def application_rows(*, session: Session, user_id: int, application_id: int,
                     now: datetime | None = None) -> list[ReminderRow]:
    """Every reminder of the user's application (open first, then by due time); LookupError if
    the application is not theirs."""
    now = _utc(now or _now())
    if session.exec(select(Application.id).where(Application.id == application_id,
                                                 Application.user_id == user_id)).first() is None:
        raise LookupError(f"application {application_id} not found")
    q = (select(Reminder, Application.company, Application.title)
         .join(Application, Application.id == Reminder.application_id)
         .where(Reminder.user_id == user_id, Reminder.application_id == application_id)
         .order_by((Reminder.status != "open"), Reminder.due_at, Reminder.id))
    pairs = session.exec(q).all()
    app = session.get(Application, application_id)
    twin = _stage_twin(session, app, app.follow_up_on) if app is not None else None
    if twin is None:
        return _rows(session, user_id, pairs, now)
    # The user's date is that stage follow-up's (one_follow_up_a_day): the manual reminder it dismissed is
    # not a separate "No longer applies" row beside it, and the stage row says it carries the user's date
    # (trial123 finding 9: "Follow up (your date) — No longer applies" beside "Follow up (1 of 2) Due …").
    merged = [(r, c, t) for r, c, t in pairs
              if not (r.kind == "follow_up" and r.sequence == MANUAL_SEQUENCE and r.status == "dismissed")]
    rows = _rows(session, user_id, merged, now)
    for row in rows:
        if row.id == twin.id:
            row.label += " · your date"
    return rows


def open_reminders(*, session: Session, user_id: int, application_id: int | None = None) -> list[tuple[Reminder, Application]]:
    """The user's open reminders with their applications (calendar exports), by due time."""
    q = (select(Reminder, Application).join(Application, Application.id == Reminder.application_id)
         .where(Reminder.user_id == user_id, Application.user_id == user_id, Reminder.status == "open"))
    if application_id is not None:
        q = q.where(Reminder.application_id == application_id)
    return list(session.exec(q.order_by(Reminder.due_at, Reminder.id)).all())
