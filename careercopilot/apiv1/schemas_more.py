"""Bodies of the ``/api/v1`` routes added for the UI's other operations (issue 14): saved
searches and their hits, hidden postings, notes, follow-ups and reminders, notifications,
writing documents and the account export. Same conventions as :mod:`.schemas`: times ISO 8601
UTC, scores 0–100, lists ``{"items": [...], "next_cursor": …}``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from careercopilot.routes import MAX_ROW_ID

Delivery = Literal["instant", "daily", "weekly", "in_app"]
SnoozeChoice = Literal["1d", "3d", "1w"]
DocumentKind = Literal["cover_letter", "follow_up", "thank_you"]


def _examples(*items: dict) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(items)})


# ------------------------------------------------------------------------------ saved searches
class SearchFilters(BaseModel):
    """The Jobs page's filter form (every key optional; values as the form sends them)."""

    model_config = ConfigDict(extra="forbid")
    work_mode: Literal["remote", "hybrid", "onsite"] | None = None
    country: str | None = Field(None, pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2.")
    salary_floor: str | None = Field(None, max_length=40, description="Annual: a number or text as the Jobs page "
                                                                      "takes it (\"150000\", \"$120k+\", \"€60k\").")
    visa_only: Literal["true", "false"] | None = None
    posted_within: str | None = Field(None, pattern=r"^\d{1,4}$", description="Days, as the Jobs page offers them.")
    source: str | None = Field(None, max_length=40, pattern="^[a-z0-9_]+$", description="Source type, e.g. greenhouse.")


class SavedSearchIn(BaseModel):
    """A new saved search: its name, the search text and filters, how new matches reach you."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"name": "Remote Python", "query": "python", "filters": {"work_mode": "remote"}, "delivery": "daily"}]})
    name: str = Field(..., min_length=1, max_length=120)
    query: str = Field("", max_length=200, description="Search text (empty: every new posting matching the filters).")
    filters: SearchFilters = Field(default_factory=SearchFilters)
    delivery: Delivery = "daily"


class SavedSearchUpdate(BaseModel):
    """Rename, change delivery, pause (``active`` false) or resume. Absent fields stay."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"active": False},
                                                                             {"delivery": "weekly"}]})
    name: str | None = Field(None, min_length=1, max_length=120)
    delivery: Delivery | None = None
    active: bool | None = None


class SavedSearchOut(BaseModel):
    """A saved search (its ``ETag`` header guards ``PATCH``)."""

    id: int
    name: str
    query: str
    filters: dict[str, str]
    delivery: str
    active: bool
    created_at: datetime
    updated_at: datetime
    jobs_url: str = Field(description="The Jobs page showing this search (app path).")
    model_config = _examples({"id": 4, "name": "Remote Python", "query": "python", "filters": {"work_mode": "remote"},
                              "delivery": "daily", "active": True, "created_at": "2026-12-01T09:00:00Z",
                              "updated_at": "2026-12-01T09:00:00Z", "jobs_url": "/jobs?q=python&work_mode=remote"})


class SavedSearchPage(BaseModel):
    items: list[SavedSearchOut]
    next_cursor: str | None = None


class SearchHitOut(BaseModel):
    """A new posting found for a saved search (``delivered_via`` null while waiting for delivery)."""

    id: int
    saved_search_id: int
    posting_id: int
    title: str
    company: str
    score: float | None = Field(description="Your match score (0–100) when it was found.")
    found_at: datetime
    delivered_via: str | None
    model_config = _examples({"id": 11, "saved_search_id": 4, "posting_id": 42, "title": "Backend Engineer",
                              "company": "Acme", "score": 81.0, "found_at": "2026-12-02T07:00:00Z",
                              "delivered_via": "digest"})


class SearchHitPage(BaseModel):
    items: list[SearchHitOut]
    next_cursor: str | None = None


class HideIn(BaseModel):
    """"Not interested": an optional reason (kept from the first hide)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"reason": "Too far"}]})
    reason: str | None = Field(None, max_length=200)


class HiddenOut(BaseModel):
    """Whether the posting is hidden for you now, and whether this call changed it."""

    posting_id: int
    hidden: bool
    changed: bool


class HiddenPostingOut(BaseModel):
    posting_id: int
    title: str
    company: str
    reason: str
    hidden_at: datetime


class HiddenPostingPage(BaseModel):
    """Postings you hid, newest hide first."""

    items: list[HiddenPostingOut]
    next_cursor: str | None = None


# ------------------------------------------------------------------------------ notes, follow-ups
class NotesOut(BaseModel):
    """An application's notes: the Markdown as stored and rendered to safe HTML."""

    application_id: int
    notes: str = Field(description="Markdown.")
    html: str = Field(description="Sanitized HTML rendering of the notes.")


class NoteIn(BaseModel):
    """A note to append (a blank line separates it from the notes already there)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"text": "Recruiter called back."}]})
    text: str = Field(..., min_length=1, max_length=5000)


class FollowUpIn(BaseModel):
    """The follow-up day (a reminder is due 09:00 your time that day)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"follow_up_on": "2026-12-12"}]})
    follow_up_on: date


class ReminderOut(BaseModel):
    """A reminder: ``due`` is ``YYYY-MM-DD HH:MM`` in your time zone; ``state`` is ``overdue``
    (due day before today), ``due_today``, ``upcoming`` (the rule of every surface, days in your
    time zone), ``snoozed``, ``done`` or ``dismissed``; ``draft_id`` names a
    finished writing draft for it (0 = none)."""

    id: int
    application_id: int
    company: str
    title: str
    kind: str
    sequence: int
    label: str
    due: str
    state: str
    draft_id: int
    model_config = _examples({"id": 5, "application_id": 7, "company": "Acme", "title": "Backend Engineer",
                              "kind": "follow_up", "sequence": 1, "label": "Follow up (1 of 2)",
                              "due": "2026-12-09 09:00", "state": "overdue", "draft_id": 0})


class ReminderPage(BaseModel):
    items: list[ReminderOut]
    next_cursor: str | None = None


class SnoozeIn(BaseModel):
    """Snooze for 1 day, 3 days or 1 week from now."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"choice": "3d"}]})
    choice: SnoozeChoice


# ------------------------------------------------------------------------------ notifications
class NotificationOut(BaseModel):
    """An inbox item; ``link`` is an app path (``/jobs/42``) or empty."""

    id: int
    kind: str
    title: str
    body: str
    link: str
    created_at: datetime
    read_at: datetime | None
    model_config = _examples({"id": 9, "kind": "search_alert", "title": "3 new jobs for Remote Python", "body": "",
                              "link": "/jobs?q=python", "created_at": "2026-12-02T07:00:00Z", "read_at": None})


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    unread: int = Field(description="Unread items in all.")
    next_cursor: str | None = None


class MarkedRead(BaseModel):
    changed: int = Field(description="Items newly marked read.")
    unread: int


# ------------------------------------------------------------------------------ documents
class DocumentIn(BaseModel):
    """Draft a document for one of your applications; it is written in the background
    (``status`` ``streaming`` until ``ready``). ``options`` (cover letters): ``tone``,
    ``length``, ``language``."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"kind": "cover_letter", "application_id": 7}, {"kind": "follow_up", "application_id": 7}]})
    kind: DocumentKind
    application_id: int = Field(..., ge=1, le=MAX_ROW_ID)
    options: dict[str, str] | None = Field(None, description='e.g. {"tone": "warm", "length": "short"}.')


class DocumentOut(BaseModel):
    """A writing document; ``text`` is partial while ``status`` is ``streaming``; ``flags`` are
    grounding flags (claims not found in your resume or the posting) still open."""

    id: int
    kind: str
    title: str
    application_id: int | None
    posting_id: int | None
    status: str = Field(description="streaming | ready | stopped | failed")
    mode: str = Field(description="offline | llm")
    text: str
    flags: list[dict]
    error: str | None
    created_at: datetime
    updated_at: datetime
    model_config = _examples({"id": 3, "kind": "cover_letter", "title": "Backend Engineer — Acme", "application_id": 7,
                              "posting_id": 42, "status": "ready", "mode": "offline", "text": "Dear hiring team, …",
                              "flags": [], "error": None, "created_at": "2026-12-02T10:00:00Z",
                              "updated_at": "2026-12-02T10:00:05Z"})


class DocumentSummary(BaseModel):
    id: int
    kind: str
    title: str
    application_id: int | None
    status: str
    updated_at: datetime


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    next_cursor: str | None = None


# ------------------------------------------------------------------------------ export
class ExportOut(BaseModel):
    """An account export job. Once ``status`` is ``finished``: ``download_url`` (this API,
    bearer token) and ``link`` (the browser link: an S3 presigned URL, or the app route that
    needs your session) work until ``expires_at``."""

    job_id: str
    status: str = Field(description="queued | running | finished | failed")
    progress: int = Field(description="0–100.")
    message: str | None
    download_url: str | None = None
    link: str | None = None
    expires_at: datetime | None = None
    model_config = _examples({"job_id": "5f0c…", "status": "finished", "progress": 100, "message": "ready",
                              "download_url": "/api/v1/exports/5f0c…/file", "link": "/api/exports/eyJ1Ijo…",
                              "expires_at": "2026-12-03T10:00:00Z"})
