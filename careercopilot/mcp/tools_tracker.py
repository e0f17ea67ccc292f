"""MCP tools over the application tracker: list, read, create, update, stage moves, notes,
follow-ups and reminders — the REST routes of ``apiv1.routes_applications`` and
``routes_tracker`` called with the token's principal (see :mod:`careercopilot.mcp.server`).

``update_application`` and ``move_stage`` take the application's ``etag`` (from get_application)
as the REST API's ``If-Match``: a stale one is refused with 412, so an assistant cannot silently
overwrite a change the user made meanwhile."""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from careercopilot.apiv1 import routes_applications as apps
from careercopilot.apiv1 import routes_tracker
from careercopilot.apiv1.schemas import ApplicationCreate, ApplicationUpdate, StageMove
from careercopilot.apiv1.schemas_more import FollowUpIn, NoteIn, SnoozeIn
from careercopilot.mcp.server import Context, Response, ToolRefused, current_etag, dump, fake_request, principal, tool
from careercopilot.routes import MAX_ROW_ID

AppId = Annotated[int, Field(ge=1, le=MAX_ROW_ID, description="Application id (from list_applications).")]
ReminderId = Annotated[int, Field(ge=1, le=MAX_ROW_ID, description="Reminder id (from list_reminders).")]
Stage = Literal["saved", "applied", "interviewing", "offer", "accepted", "rejected", "withdrawn"]
ETag = Annotated[str | None, Field(max_length=200, description="The etag from get_application; refused (412) "
                                                               "when the application changed since.")]


def _with_etag(response: Response, body) -> dict[str, Any]:
    out = dump(body)
    out["etag"] = response.headers.get("etag")
    return out


def register(server) -> None:
    @tool(server, "applications", "read", title="List applications")
    def list_applications(
        ctx: Context, stage: Stage | None = None,
        search: Annotated[str | None, Field(max_length=200, description="Text in company or title.")] = None,
        archived: Annotated[bool, Field(description="true: archived ones only.")] = False,
        limit: Annotated[int, Field(ge=1, le=100)] = 20,
        cursor: Annotated[str | None, Field(max_length=500)] = None,
    ) -> dict[str, Any]:
        """The user's tracked applications, newest first. Returns {items, next_cursor}."""
        who = principal(ctx, "applications", "read")
        return dump(apps.list_applications(fake_request("/api/v1/applications"), Response(), who=who, stage=stage,
                                           search=search, archived=archived, limit=limit, cursor=cursor))

    @tool(server, "applications", "read", title="Get an application")
    def get_application(ctx: Context, application_id: AppId) -> dict[str, Any]:
        """One application (stage, dates, notes, salaries …) with its `etag` for updates."""
        who = principal(ctx, "applications", "read")
        response = Response()
        return _with_etag(response, apps.get_application(application_id, response, who=who))

    @tool(server, "applications", "write", title="Track a posting or a job")
    def create_application(
        ctx: Context,
        posting_id: Annotated[int | None, Field(ge=1, le=MAX_ROW_ID, description="Track this posting "
                                                                                "(idempotent).")] = None,
        company: Annotated[str | None, Field(max_length=300, description="Without posting_id: required.")] = None,
        title: Annotated[str | None, Field(max_length=500, description="Without posting_id: required.")] = None,
        url: Annotated[str | None, Field(max_length=2000)] = None,
        notes: Annotated[str, Field(max_length=20_000, description="Markdown.")] = "",
    ) -> dict[str, Any]:
        """Start tracking a posting (posting_id) or a job typed in (company + title); stage `saved`."""
        who = principal(ctx, "applications", "write")
        if posting_id is None and not (company and title):
            raise ToolRefused(422, "Give posting_id, or company and title.")
        response = Response()
        body = ApplicationCreate(posting_id=posting_id, company=company, title=title, url=url, notes=notes)
        return _with_etag(response, apps.create_application(body, response, who=who))

    @tool(server, "applications", "write", title="Update an application")
    def update_application(
        ctx: Context, application_id: AppId, etag: ETag = None,
        company: Annotated[str | None, Field(min_length=1, max_length=300)] = None,
        title: Annotated[str | None, Field(min_length=1, max_length=500)] = None,
        url: Annotated[str | None, Field(max_length=2000)] = None,
        notes: Annotated[str | None, Field(max_length=20_000, description="Replaces the notes; to add one, "
                                                                          "use add_note.")] = None,
        salary_expectation: Annotated[float | None, Field(ge=0, le=1e9)] = None,
        salary_offer: Annotated[float | None, Field(ge=0, le=1e9)] = None,
        salary_currency: Annotated[str | None, Field(pattern="^[A-Za-z]{3}$")] = None,
        offer_deadline: Annotated[date | None, Field(description="Answer-by day of an offer.")] = None,
        interview_at: Annotated[datetime | None, Field(description="Next interview (no offset: the user's "
                                                                   "time zone).")] = None,
        archived: bool | None = None,
    ) -> dict[str, Any]:
        """Change the fields given (others stay). Send `etag` from get_application to be refused
        (412) instead of overwriting a change made since; without it the last write wins."""
        who = principal(ctx, "applications", "write")
        given = {"company": company, "title": title, "url": url, "notes": notes,
                 "salary_expectation": salary_expectation, "salary_offer": salary_offer,
                 "salary_currency": salary_currency, "offer_deadline": offer_deadline, "interview_at": interview_at,
                 "archived": archived}
        response = Response()
        body = ApplicationUpdate(**{k: v for k, v in given.items() if v is not None})
        return _with_etag(response, apps.update_application(application_id, body, response, if_match=etag or current_etag(
            lambda r: apps.get_application(application_id, r, who=who)),
                                                            who=who))

    @tool(server, "applications", "write", title="Move to a pipeline stage")
    def move_stage(ctx: Context, application_id: AppId, stage: Stage, etag: ETag = None) -> dict[str, Any]:
        """Move the application (history is kept; the first move to applied or later sets applied_at;
        reminders follow the stage)."""
        who = principal(ctx, "applications", "write")
        response = Response()
        return _with_etag(response, apps.move_stage(application_id, StageMove(stage=stage), response, if_match=etag,
                                                    who=who))

    @tool(server, "applications", "write", title="Add a note to an application")
    def add_note(ctx: Context, application_id: AppId,
                 text: Annotated[str, Field(min_length=1, max_length=5000, description="Markdown.")]) -> dict[str, Any]:
        """Append a note to the application's notes (nothing is overwritten). Returns the notes."""
        who = principal(ctx, "applications", "write")
        return dump(routes_tracker.add_note(application_id, NoteIn(text=text), who=who))

    @tool(server, "applications", "write", title="Set or clear the follow-up day")
    def set_follow_up(ctx: Context, application_id: AppId,
                      follow_up_on: Annotated[date | None, Field(description="The day (YYYY-MM-DD); null clears "
                                                                             "it.")]) -> dict[str, Any]:
        """A reminder is due at 09:00 the user's time on that day."""
        who = principal(ctx, "applications", "write")
        response = Response()
        if follow_up_on is None:
            return _with_etag(response, routes_tracker.clear_follow_up(application_id, response, who=who))
        return _with_etag(response, routes_tracker.set_follow_up(application_id, FollowUpIn(follow_up_on=follow_up_on),
                                                                 response, who=who))

    @tool(server, "applications", "read", title="Reminders due")
    def list_reminders(ctx: Context, application_id: Annotated[int | None, Field(
            ge=1, le=MAX_ROW_ID, description="Every reminder of this application instead of what is due.")] = None,
                       ) -> dict[str, Any]:
        """Follow-ups, thank-you notes and offer deadlines due today or overdue (or all of one
        application's), each with id, label, due time (user's zone), state and draft_id."""
        who = principal(ctx, "applications", "read")
        if application_id is not None:
            return {"items": dump(routes_tracker.application_reminders(application_id, who=who))}
        return dump(routes_tracker.list_reminders(fake_request("/api/v1/reminders"), Response(), who=who, limit=100))

    @tool(server, "applications", "write", title="Snooze a reminder")
    def snooze_reminder(ctx: Context, reminder_id: ReminderId,
                        choice: Annotated[Literal["1d", "3d", "1w"], Field(description="1 day, 3 days or 1 week.")],
                        ) -> dict[str, Any]:
        """Snooze an open reminder; it is announced again when the snooze ends."""
        who = principal(ctx, "applications", "write")
        return dump(routes_tracker.snooze_reminder(reminder_id, SnoozeIn(choice=choice), who=who))

    @tool(server, "applications", "write", title="Mark a reminder done")
    def complete_reminder(ctx: Context, reminder_id: ReminderId) -> dict[str, Any]:
        """Mark a reminder done (idempotent)."""
        who = principal(ctx, "applications", "write")
        return dump(routes_tracker.complete_reminder(reminder_id, who=who))
