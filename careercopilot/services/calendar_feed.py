"""Calendar export of reminders and interviews (issue 13): ``.ics`` files and a private per-user iCal feed.

Calendar content (RFC 5545, built with the ``icalendar`` library, which escapes commas,
semicolons, backslashes and newlines in text and folds long lines): one ``VEVENT`` per open
reminder — ``UID`` ``reminder-<id>@<APP_URL host>`` (stable across downloads, so a calendar
updates the event instead of duplicating it), ``DTSTAMP`` (now, UTC), ``DTSTART`` (the effective
due time: ``due_at`` or the snooze end, UTC), :data:`EVENT_MINUTES` long, ``SUMMARY``
``<label>: <company> — <title>``, ``DESCRIPTION`` and ``URL`` linking to the application.
Interviews: one more ``VEVENT`` per application with ``interview_at`` — ``UID``
``interview-<application id>@<host>`` (distinct from reminder UIDs; stable while the date moves,
so a rescheduled interview updates the event), ``DTSTART`` ``interview_at`` (UTC),
:data:`INTERVIEW_MINUTES` long, ``SUMMARY`` ``Interview: <company> — <title>``, same ``URL``.

Feed token: ``secrets.token_urlsafe(32)`` (256 bits); only its SHA-256 hex is stored
(``AlertSettings.ical_token_hash``). The full feed URL is therefore shown ONCE, when the token is
created or rotated (it cannot be shown again: rotate to get a new one, which also cuts off the old
URL); revoke removes it. :func:`feed_for_token` answers None for an unknown or revoked token, so
the route answers a bare 404 that says nothing about any user.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from icalendar import Calendar, Event
from sqlmodel import Session, col, select

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.models import AlertSettings, Application, Reminder, User
from careercopilot.services import credentials, reminders

#: Length of a reminder's calendar event, minutes.
EVENT_MINUTES = 30
#: Length of an interview's calendar event, minutes (the product stores only its start).
INTERVIEW_MINUTES = 60
#: Path prefix of the feed route (``/calendar/<token>.ics``).
FEED_PREFIX = "/calendar/"
PRODID = "-//Career Copilot//Follow-ups//EN"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _host() -> str:
    return urlsplit(settings.app_url).hostname or "localhost"


def _base_event(uid: str, app: Application, stamp: datetime, start: datetime, minutes: int, label: str) -> Event:
    link = f"{settings.app_url.rstrip('/')}{routes.application_detail(app.id)}"
    ev = Event()
    ev.add("uid", f"{uid}@{_host()}")
    ev.add("dtstamp", stamp)
    ev.add("dtstart", start)
    ev.add("dtend", start + timedelta(minutes=minutes))
    ev.add("summary", f"{label}: {app.company} — {app.title}")
    ev.add("description", f"{app.company} — {app.title}\n{link}")
    ev.add("url", link)
    return ev


def _event(r: Reminder, app: Application, stamp: datetime) -> Event:
    return _base_event(f"reminder-{r.id}", app, stamp, reminders.effective_due(r), EVENT_MINUTES,
                       reminders.label(r.kind, r.sequence))


def _interview_event(app: Application, stamp: datetime) -> Event:
    start = app.interview_at
    start = start.replace(tzinfo=timezone.utc) if start.tzinfo is None else start.astimezone(timezone.utc)
    return _base_event(f"interview-{app.id}", app, stamp, start, INTERVIEW_MINUTES, "Interview")


def interviews(*, session: Session, user_id: int, application_id: int | None = None) -> list[Application]:
    """The user's applications with an interview date (one, with ``application_id``), by date."""
    q = select(Application).where(Application.user_id == user_id, col(Application.interview_at).is_not(None))
    if application_id is not None:
        q = q.where(Application.id == application_id)
    return list(session.exec(q.order_by(Application.interview_at, Application.id)).all())


def calendar_bytes(pairs: list[tuple[Reminder, Application]], *, name: str, now: datetime | None = None,
                   interview_apps: list[Application] = ()) -> bytes:
    """An ``VCALENDAR`` (bytes, CRLF lines) with one event per ``(reminder, application)`` and
    one per application of ``interview_apps`` (its interview)."""
    stamp = now or _now()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for app in interview_apps:
        cal.add_component(_interview_event(app, stamp))
    for r, app in pairs:
        cal.add_component(_event(r, app, stamp))
    return cal.to_ical()


def application_ics(*, session: Session, user_id: int, application_id: int, now: datetime | None = None) -> bytes:
    """The ``.ics`` of one application's interview and open reminders; LookupError if it is not the user's."""
    if session.exec(select(Application.id).where(Application.id == application_id,
                                                 Application.user_id == user_id)).first() is None:
        raise LookupError(f"application {application_id} not found")
    pairs = reminders.open_reminders(session=session, user_id=user_id, application_id=application_id)
    return calendar_bytes(pairs, name="Career Copilot follow-ups", now=now,
                          interview_apps=interviews(session=session, user_id=user_id, application_id=application_id))


# ----------------------------------------------------------------------------- feed token


def token_hash(token: str) -> str:
    """SHA-256 hex of a feed token (what is stored)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def feed_url(token: str) -> str:
    """The feed's absolute URL (``APP_URL`` + ``/calendar/<token>.ics``)."""
    return f"{settings.app_url.rstrip('/')}{FEED_PREFIX}{token}.ics"


def _settings_row(session: Session, user_id: int) -> AlertSettings:
    """The user's settings row, created if missing, locked. ``INSERT … ON CONFLICT DO NOTHING``
    first: two tabs creating the feed at once both find the row instead of one of them failing
    on the unique ``user_id`` (as ``alert_settings.save_timing`` does)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(AlertSettings.__table__).values(user_id=user_id).on_conflict_do_nothing(
        index_elements=["user_id"]))
    return session.exec(select(AlertSettings).where(AlertSettings.user_id == user_id).with_for_update()
                        .execution_options(populate_existing=True)).one()


def rotate_token(*, session: Session, user_id: int, now: datetime | None = None) -> str:
    """Create (or replace) the user's feed token; returns the full feed URL — shown once."""
    token = secrets.token_urlsafe(32)
    row = _settings_row(session, user_id)
    row.ical_token_hash, row.ical_token_created_at = token_hash(token), now or _now()
    session.add(row)
    session.flush()
    return feed_url(token)


def revoke_token(*, session: Session, user_id: int) -> bool:
    """Remove the user's feed token (the URL answers 404 from now on); True if there was one."""
    row = session.exec(select(AlertSettings).where(AlertSettings.user_id == user_id)).first()
    if row is None or row.ical_token_hash is None:
        return False
    row.ical_token_hash, row.ical_token_created_at = None, None
    session.add(row)
    session.flush()
    return True


def token_created_at(*, session: Session, user_id: int) -> datetime | None:
    """When the user's live feed token was made (None: no feed)."""
    row = session.exec(select(AlertSettings).where(AlertSettings.user_id == user_id)).first()
    return row.ical_token_created_at if row is not None and row.ical_token_hash else None


def feed_for_token(*, session: Session, token: str, now: datetime | None = None) -> bytes | None:
    """The feed of the user owning ``token`` (their interviews and open reminders), or None for a token that
    matches no live feed (wrong, rotated or revoked) or whose account is scheduled for deletion."""
    if not token or len(token) > 200:
        return None
    user_id = session.exec(select(AlertSettings.user_id).join(User, User.id == AlertSettings.user_id).where(
        AlertSettings.ical_token_hash == token_hash(token), credentials.usable_clause())).first()
    if user_id is None:
        return None
    pairs = reminders.open_reminders(session=session, user_id=user_id)
    return calendar_bytes(pairs, name="Career Copilot", now=now,
                          interview_apps=interviews(session=session, user_id=user_id))
