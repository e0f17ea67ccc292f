"""``/api/v1`` tracker extras: an application's notes (read, append), its follow-up date (set,
clear) and reminders (list, snooze, done) — ``services.applications`` and
``services.reminders``, the same rules as the application page and the dashboard.

Scopes: ``applications:read|write``. Writes take the application's row lock
(``applications.lock_application``); appending a note honours ``If-Match`` (the application's
ETag, as ``PATCH /applications/{id}``) when sent.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.routes_applications import _check_if_match, _respond
from careercopilot.apiv1.schemas import ApplicationOut
from careercopilot.apiv1.schemas_more import FollowUpIn, NoteIn, NotesOut, ReminderOut, ReminderPage, SnoozeIn
from careercopilot.db import session_scope
from careercopilot.models import Application
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_notes
from careercopilot.services import reminders
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(tags=["applications"])
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Application id.")]
REMINDER_ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Reminder id.")]
IF_MATCH = Annotated[str | None, Header(alias="If-Match", max_length=200,
                                        description="The ETag of the application as last read, exactly as received "
                                                    "(strong comparison: W/\"…\" never matches).")]
READ = Depends(requires("applications", "read"))
WRITE = Depends(requires("applications", "write"))


def append_note(existing: str | None, text: str) -> str:
    """The notes with ``text`` appended after a blank line; TrackerError past the notes' limit."""
    base = (existing or "").rstrip()
    notes = f"{base}\n\n{text.strip()}" if base else text.strip()
    if len(notes) > svc.MAX_NOTES:
        raise svc.TrackerError(f"Notes have at most {svc.MAX_NOTES} characters; this note does not fit.")
    return notes


def notes_out(app: Application) -> NotesOut:
    return NotesOut(application_id=app.id, notes=app.notes or "", html=application_notes.render_notes_html(app.notes))


@router.get("/applications/{application_id}/notes", response_model=NotesOut,
            responses=responses(401, 403, 404, 422, 429), summary="An application's notes")
def get_notes(application_id: ID, who: TokenPrincipal = READ) -> NotesOut:
    with session_scope() as s:
        return notes_out(svc.get_application(session=s, user_id=who.user_id, application_id=application_id))


@router.post("/applications/{application_id}/notes", response_model=NotesOut,
             responses=responses(401, 403, 404, 412, 422, 429), summary="Append a note")
def add_note(application_id: ID, body: NoteIn, if_match: IF_MATCH = None, who: TokenPrincipal = WRITE) -> NotesOut:
    """The text is appended to the notes (Markdown) after a blank line; nothing is overwritten.
    `If-Match` is checked when sent."""
    with session_scope() as s:
        app = svc.lock_application(session=s, user_id=who.user_id, application_id=application_id)
        _check_if_match(app, if_match, required=False)
        app = application_changes.set_notes(session=s, user_id=who.user_id, application_id=application_id,
                            notes=append_note(app.notes, body.text))
        return notes_out(app)


@router.put("/applications/{application_id}/follow-up", response_model=ApplicationOut,
            responses=responses(401, 403, 404, 422, 429), summary="Set the follow-up day")
def set_follow_up(application_id: ID, body: FollowUpIn, response: Response, who: TokenPrincipal = WRITE) -> ApplicationOut:
    """A reminder is due at 09:00 your time that day (re-setting the same day keeps a done one done)."""
    with session_scope() as s:
        svc.lock_application(session=s, user_id=who.user_id, application_id=application_id)
        return _respond(response, application_changes.set_follow_up(session=s, user_id=who.user_id, application_id=application_id,
                                                    follow_up_on=body.follow_up_on))


@router.delete("/applications/{application_id}/follow-up", response_model=ApplicationOut,
               responses=responses(401, 403, 404, 422, 429), summary="Clear the follow-up day")
def clear_follow_up(application_id: ID, response: Response, who: TokenPrincipal = WRITE) -> ApplicationOut:
    with session_scope() as s:
        svc.lock_application(session=s, user_id=who.user_id, application_id=application_id)
        return _respond(response, application_changes.set_follow_up(session=s, user_id=who.user_id, application_id=application_id,
                                                    follow_up_on=None))


def reminder_out(r: reminders.ReminderRow) -> ReminderOut:
    return ReminderOut(id=r.id, application_id=r.application_id, company=r.company, title=r.title, kind=r.kind,
                       sequence=r.sequence, label=r.label, due=r.due, state=r.state, draft_id=r.draft_id)


@router.get("/reminders", response_model=ReminderPage, responses=responses(401, 403, 422, 429),
            summary="Reminders due")
def list_reminders(request: Request, response: Response, who: TokenPrincipal = READ,
                   limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
                   cursor: Annotated[str | None, Query(max_length=500)] = None) -> ReminderPage:
    """The dashboard's "Follow-ups due": open reminders of active applications due today (your
    time zone) or overdue and not snoozed, oldest first — follow-ups, thank-you notes, offer
    deadlines and your own follow-up dates."""
    key = pagination.digest("reminders", who.user_id, limit)
    state = pagination.decode(cursor, key)
    start = pagination.int_field(state, "o", minimum=0) if state else 0
    with session_scope() as s:
        rows = reminders.due_rows(session=s, user_id=who.user_id, limit=start + limit + 1)
    items = [reminder_out(r) for r in rows[start:start + limit]]
    next_cursor = pagination.encode({"o": start + limit, "q": key}) if len(rows) > start + limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return ReminderPage(items=items, next_cursor=next_cursor)


@router.get("/applications/{application_id}/reminders", response_model=list[ReminderOut],
            responses=responses(401, 403, 404, 422, 429), summary="Every reminder of an application")
def application_reminders(application_id: ID, who: TokenPrincipal = READ) -> list[ReminderOut]:
    """Open ones first, then by due time."""
    with session_scope() as s:
        return [reminder_out(r) for r in reminders.application_rows(session=s, user_id=who.user_id,
                                                                    application_id=application_id)]


def _reminder_row(s, user_id: int, reminder_id: int, application_id: int) -> ReminderOut:
    rows = reminders.application_rows(session=s, user_id=user_id, application_id=application_id)
    found = next((r for r in rows if r.id == reminder_id), None)
    if found is None:  # pragma: no cover - the reminder was just read under its lock
        raise Problem(404, f"reminder {reminder_id} not found")
    return reminder_out(found)


@router.post("/reminders/{reminder_id}/snooze", response_model=ReminderOut,
             responses=responses(401, 403, 404, 422, 429), summary="Snooze a reminder")
def snooze_reminder(reminder_id: REMINDER_ID, body: SnoozeIn, who: TokenPrincipal = WRITE) -> ReminderOut:
    """It is announced again when the snooze ends; snoozing your own follow-up date moves it."""
    with session_scope() as s:
        row = reminders.snooze(session=s, user_id=who.user_id, reminder_id=reminder_id, choice=body.choice)
        return _reminder_row(s, who.user_id, reminder_id, row.application_id)


@router.post("/reminders/{reminder_id}/done", response_model=ReminderOut,
             responses=responses(401, 403, 404, 422, 429), summary="Mark a reminder done")
def complete_reminder(reminder_id: REMINDER_ID, who: TokenPrincipal = WRITE) -> ReminderOut:
    """Idempotent. Done follow-up #1 schedules #2 a week later (while no response came); done on
    your own follow-up date clears it."""
    with session_scope() as s:
        row = reminders.complete(session=s, user_id=who.user_id, reminder_id=reminder_id)
        return _reminder_row(s, who.user_id, reminder_id, row.application_id)
