"""Application tracker: saving postings, pipeline-stage moves, notes, follow-ups (contacts:
:mod:`~careercopilot.services.application_contacts`; display rows:
:mod:`~careercopilot.services.application_rows`).

Every function takes a keyword-only ``session`` and the acting ``user_id``; every query
filters by that user, and a row of another user raises :class:`LookupError` exactly like
a missing row (no existence oracle). Stage history (:class:`StageEvent`) is append-only:
rows are only ever inserted. Timestamps are timezone-aware UTC; salary amounts are
currency units (not cents) per year. User-facing validation errors are
:class:`TrackerError` (a ``ValueError``). Callers commit (``session_scope``).

Concurrency (two tabs): field updates are plain UPDATEs — the last write wins. A stage
move locks the application row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite serializes
writers) before reading the current stage, so concurrent moves are applied one after the
other and every move gets its own StageEvent with the right ``from_stage``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import nh3
from email_validator import EmailNotValidError, validate_email
from markdown_it import MarkdownIt
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, or_, select

from careercopilot.models import Application, JobPosting, PipelineStage, Resume, Source, StageEvent, User
from careercopilot.normalize.urls import complete_url
from careercopilot.services import ingest
from careercopilot.services.local_time import parse_local_minute
from careercopilot.normalize.urls import http_url

#: Stages counted as "the user has applied" (a skip straight to one of them implies applying).
APPLIED_OR_LATER = (PipelineStage.applied, PipelineStage.interviewing, PipelineStage.offer, PipelineStage.accepted)
#: Terminal stages: no follow-up badge is shown for them.
CLOSED_STAGES = (PipelineStage.accepted, PipelineStage.rejected, PipelineStage.withdrawn)
#: Longest notes text accepted, characters.
MAX_NOTES = 20_000
#: Sort keys accepted by :func:`list_applications`.
SORT_KEYS = ("updated", "created", "company", "title", "stage", "applied", "follow_up", "id")


class TrackerError(ValueError):
    """Invalid user input for the tracker (message is shown to the user)."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


# --------------------------------------------------------------------------- helpers


def parse_stage(value: str | PipelineStage) -> PipelineStage:
    """The :class:`PipelineStage` for ``value`` (enum or its string); raises TrackerError."""
    if isinstance(value, PipelineStage):
        return value
    try:
        return PipelineStage((value or "").strip().lower())
    except ValueError:
        raise TrackerError(
            f"Unknown pipeline stage {value!r}; expected one of {', '.join(s.value for s in PipelineStage)}."
        ) from None


def dedupe_key(company: str | None, title: str | None, url: str | None) -> str:
    """SHA-1 hex of case/space-normalized ``company|title|url`` (import dedupe key, 40 chars)."""
    def norm(v: str | None) -> str:
        return re.sub(r"\s+", " ", (v or "").strip().casefold())

    u = norm(url).rstrip("/")
    return hashlib.sha1(f"{norm(company)}|{norm(title)}|{u}".encode("utf-8")).hexdigest()


def clean_url(url: str | None, *, field: str = "URL") -> str | None:
    """Validate an http(s) URL (≤ 2000 chars, with a host); empty → None; raises TrackerError.
    A bare host (``acme.example/jobs/1``) gets ``https://`` (:func:`normalize.urls.complete_url`)."""
    url = complete_url(url)
    if not url:
        return None
    if len(url) > 2000:
        raise TrackerError(f"The {field} is longer than 2000 characters.")
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise TrackerError(f"The {field} must start with http:// or https:// and name a host.")
    return url


def clean_email(email: str | None) -> str | None:
    """Validate an email address (syntax only, no DNS); empty → None; raises TrackerError."""
    email = (email or "").strip()
    if not email:
        return None
    if len(email) > 254:
        raise TrackerError("Email addresses have at most 254 characters.")
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise TrackerError(f"That email address is not valid: {exc}") from None


def _text(value: str | None, *, field: str, max_len: int, required: bool = False) -> str | None:
    value = (value or "").strip()
    if not value:
        if required:
            raise TrackerError(f"{field} is required.")
        return None
    if len(value) > max_len:
        raise TrackerError(f"{field} has at most {max_len} characters.")
    return value


def _amount(value: float | int | str | None, *, field: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = float(str(value).replace(",", "").strip())
    except ValueError:
        raise TrackerError(f"{field} must be a number.") from None
    if amount < 0 or amount > 1e9 or amount != amount:
        raise TrackerError(f"{field} must be between 0 and 1,000,000,000.")
    return amount


def user_zone(session: Session, user_id: int) -> ZoneInfo:
    """The user's IANA time zone (``User.timezone``); unknown names fall back to UTC."""
    name = session.exec(select(User.timezone).where(User.id == user_id)).first() or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_midnight_utc(day: date, zone: ZoneInfo) -> datetime:
    """00:00 of ``day`` in ``zone``, as aware UTC."""
    return datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(timezone.utc)


def follow_up_status(follow_up_on: date | None, stage: str, *, zone: ZoneInfo, now: datetime | None = None) -> str:
    """``"overdue"``, ``"due_today"``, ``"upcoming"`` or ``""`` (no date / closed stage).

    "Today" is the calendar date of ``now`` (default: current UTC time) in ``zone``.
    """
    if follow_up_on is None or stage in {s.value for s in CLOSED_STAGES}:
        return ""
    today = (now or _now()).astimezone(zone).date()
    if follow_up_on < today:
        return "overdue"
    if follow_up_on == today:
        return "due_today"
    return "upcoming"


_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
_ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "del",
}


def render_notes_html(markdown: str | None) -> str:
    """Notes markdown → sanitized HTML safe to inject (``rx.html``).

    Why not ``rx.markdown``: Reflex 0.10 enables the rehype-raw plugin by default, so raw
    HTML in the markdown is rendered. Here markdown-it renders with raw HTML disabled
    (it is escaped as text) and nh3 (ammonia) then keeps only :data:`_ALLOWED_TAGS`,
    http/https/mailto links (``rel="noopener noreferrer nofollow"``), no attributes that run code.
    """
    html = _md.render(markdown or "")
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


# --------------------------------------------------------------------------- create


def posting_snapshot_text(posting: JobPosting) -> str:
    """Frozen plain-text copy of a posting: a short header, then its description text."""
    lines = [f"{posting.title} — {posting.company}"]
    if posting.location_text:
        lines.append(f"Location: {posting.location_text}")
    if posting.work_mode:
        lines.append(f"Work mode: {posting.work_mode}")
    if posting.salary_min or posting.salary_max:
        lo = f"{posting.salary_min:,.0f}" if posting.salary_min else "?"
        hi = f"{posting.salary_max:,.0f}" if posting.salary_max else "?"
        lines.append(f"Compensation: {lo}–{hi} {posting.salary_currency or ''} per {posting.pay_period or 'year'}")
    lines.append(f"Source URL: {posting.url}")
    lines.append("")
    lines.append(posting.description_text or "")
    return "\n".join(lines).strip() + "\n"


def _source_label(session: Session, posting: JobPosting) -> str:
    if posting.source_id is not None:
        src = session.get(Source, posting.source_id)
        if src is not None and src.name:
            return src.name[:60]
    return (posting.source_type or "manual")[:60]


def _check_resume(session: Session, user_id: int, resume_id: int | None) -> None:
    if resume_id is None:
        return
    owner = session.exec(select(Resume.user_id).where(Resume.id == resume_id)).first()
    if owner != user_id:
        raise LookupError(f"resume {resume_id} not found")


def _existing_for_posting(session: Session, user_id: int, posting_id: int) -> Application | None:
    return session.exec(
        select(Application).where(Application.user_id == user_id, Application.posting_id == posting_id)
    ).first()


def save_posting(*, session: Session, user_id: int, posting_id: int, resume_id: int | None = None) -> Application:
    """Save a posting to the user's tracker (stage ``saved``) and return the application.

    Idempotent: when the user already has an application for ``posting_id`` it is
    returned unchanged (a unique constraint on (user_id, posting_id) also settles races
    between two tabs). Copies company/title/URL/work mode/currency/source label and a
    frozen text snapshot of the posting, and records the initial StageEvent (None → saved).
    The row is flushed so ``id`` is set; the caller commits.

    Raises LookupError when the posting does not exist or is another user's private
    posting, or when ``resume_id`` is not one of the user's resumes.
    """
    posting = ingest.get_posting(session=session, user_id=user_id, posting_id=posting_id)
    existing = _existing_for_posting(session, user_id, posting_id)
    if existing is not None:
        return existing
    _check_resume(session, user_id, resume_id)
    now = _now()
    url = http_url(posting.url) or http_url(posting.apply_url)
    app = Application(
        user_id=user_id, posting_id=posting.id, resume_id=resume_id,
        company=(posting.company or "Unknown company")[:300], title=(posting.title or "Untitled posting")[:500],
        url=url, stage=PipelineStage.saved.value, posting_snapshot=posting_snapshot_text(posting),
        source_label=_source_label(session, posting), work_mode=posting.work_mode,
        salary_currency=posting.salary_currency, dedupe_key=dedupe_key(posting.company, posting.title, url),
        created_at=now, updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(app)
            session.flush()
            session.add(StageEvent(application_id=app.id, user_id=user_id, from_stage=None,
                                   to_stage=PipelineStage.saved.value, at=now))
            session.flush()
    except IntegrityError:  # another tab saved it between our check and insert
        existing = _existing_for_posting(session, user_id, posting_id)
        if existing is None:
            raise
        return existing
    return app


def add_manual(
    *, session: Session, user_id: int, company: str, title: str, url: str | None = None, notes: str = "",
    source_label: str | None = "manual", work_mode: str | None = None,
) -> Application:
    """Create an application typed in by the user (stage ``saved``, StageEvent None → saved).

    Raises TrackerError for a missing company/title, over-long fields or a non-http(s) URL.
    """
    company_v = _text(company, field="Company", max_len=300, required=True)
    title_v = _text(title, field="Title", max_len=500, required=True)
    url_v = clean_url(url)
    notes_v = notes or ""
    if len(notes_v) > MAX_NOTES:
        raise TrackerError(f"Notes have at most {MAX_NOTES} characters.")
    if work_mode not in (None, "", "remote", "hybrid", "onsite"):
        raise TrackerError("Work mode must be remote, hybrid or onsite.")
    now = _now()
    app = Application(
        user_id=user_id, company=company_v, title=title_v, url=url_v, notes=notes_v,
        stage=PipelineStage.saved.value, source_label=(source_label or None) and source_label[:60],
        work_mode=work_mode or None, dedupe_key=dedupe_key(company_v, title_v, url_v), created_at=now, updated_at=now,
    )
    session.add(app)
    session.flush()
    session.add(StageEvent(application_id=app.id, user_id=user_id, from_stage=None,
                           to_stage=PipelineStage.saved.value, at=now))
    session.flush()
    return app


def add_from_url(*, session: Session, user_id: int, url: str) -> Application:
    """Import a posting page (JSON-LD / readable text, behind the SSRF guard) and save it.

    Delegates fetching to :func:`careercopilot.services.url_import.add_posting_from_url`
    (private posting owned by the user), then :func:`save_posting`. Raises TrackerError
    for a malformed URL; errors of the import (blocked address, fetch failure, no
    posting found) propagate from the import service unchanged. The Applications page
    uses the same path without a session held open during the fetch:
    ``url_import.import_posting_async(..., to_tracker=True)``.
    """
    from careercopilot.services import url_import  # url_import → applications; avoid an import cycle

    clean = clean_url(url)
    if clean is None:
        raise TrackerError("Enter the URL of a job posting.")
    posting = url_import.add_posting_from_url(session=session, user_id=user_id, url=clean)
    posting_id = posting if isinstance(posting, int) else posting.id
    return save_posting(session=session, user_id=user_id, posting_id=posting_id)


# --------------------------------------------------------------------------- read


def get_application(*, session: Session, user_id: int, application_id: int) -> Application:
    """The user's application ``application_id``; raises LookupError if missing or not theirs."""
    app = session.exec(
        select(Application).where(Application.id == application_id, Application.user_id == user_id)
    ).first()
    if app is None:
        raise LookupError(f"application {application_id} not found")
    return app


def application_for_posting(*, session: Session, user_id: int, posting_id: int) -> Application | None:
    """The user's application tracking ``posting_id``, or None."""
    return _existing_for_posting(session, user_id, posting_id)


def lock_application(*, session: Session, user_id: int, application_id: int) -> Application:
    """The user's application, row-locked for the rest of the transaction (``FOR UPDATE`` on
    PostgreSQL) and re-read: a check-then-write (the API's ``If-Match``) sees the row as it is
    and no concurrent writer slips in between. Raises LookupError if missing or not theirs."""
    return _locked(session, user_id, application_id)


def stage_history(*, session: Session, user_id: int, application_id: int) -> list[StageEvent]:
    """All stage moves of the application in the order they were made (append-only log); raises LookupError if not the user's."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    return list(session.exec(
        select(StageEvent).where(StageEvent.user_id == user_id, StageEvent.application_id == application_id)
        .order_by(StageEvent.id)
    ).all())


@dataclass(frozen=True)
class ApplicationFilter:
    """List filters: ``stage`` (value or ""), free-text ``search`` over company/title,
    ``archived`` (False = active only, True = archived only, None = both), ``follow_up``
    ("" | "due" = due today or overdue)."""

    stage: str = ""
    search: str = ""
    archived: bool | None = False
    follow_up: str = ""


def list_applications(
    *, session: Session, user_id: int, filters: ApplicationFilter | None = None, sort: str = "updated",
    descending: bool = True, limit: int = 500, offset: int = 0, now: datetime | None = None,
    before_id: int | None = None,
) -> list[Application]:
    """The user's applications filtered and sorted in SQL (``sort`` ∈ :data:`SORT_KEYS`).

    ``before_id`` keeps only rows with a smaller id (keyset paging with ``sort="id"``).

    Raises TrackerError for an unknown sort key or stage filter.
    """
    f = filters or ApplicationFilter()
    columns = {
        "updated": Application.updated_at, "created": Application.created_at,
        "company": func.lower(Application.company), "title": func.lower(Application.title),
        "stage": Application.stage, "applied": Application.applied_at, "follow_up": Application.follow_up_on,
        "id": Application.id,
    }
    if sort not in columns:
        raise TrackerError(f"Unknown sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}.")
    q = select(Application).where(Application.user_id == user_id)
    if before_id is not None:
        q = q.where(Application.id < before_id)
    if f.archived is not None:
        q = q.where(Application.archived == f.archived)
    if f.stage:
        q = q.where(Application.stage == parse_stage(f.stage).value)
    if f.search.strip():
        term = f"%{f.search.strip().lower()[:200]}%"
        q = q.where(or_(func.lower(Application.company).like(term), func.lower(Application.title).like(term)))
    if f.follow_up == "due":
        today = (now or _now()).astimezone(user_zone(session, user_id)).date()
        q = q.where(col(Application.follow_up_on).is_not(None), Application.follow_up_on <= today,
                    col(Application.stage).not_in([s.value for s in CLOSED_STAGES]))
    key = columns[sort]
    order = key.desc() if descending else key.asc()
    q = q.order_by(key.is_(None), order, Application.id.desc()).offset(max(0, offset)).limit(max(1, min(limit, 5000)))
    return list(session.exec(q).all())


def followups_due(*, session: Session, user_id: int, now: datetime | None = None, limit: int = 20) -> list[Application]:
    """Active applications whose follow-up date is today or earlier in the user's time zone
    (closed stages excluded), oldest date first."""
    apps = list_applications(session=session, user_id=user_id, filters=ApplicationFilter(follow_up="due"),
                             sort="follow_up", descending=False, limit=limit, now=now)
    return apps


# --------------------------------------------------------------------------- change


def _locked(session: Session, user_id: int, application_id: int) -> Application:
    app = session.exec(
        select(Application).where(Application.id == application_id, Application.user_id == user_id)
        .with_for_update().execution_options(populate_existing=True)
    ).first()
    if app is None:
        raise LookupError(f"application {application_id} not found")
    return app


def move_stage(
    *, session: Session, user_id: int, application_id: int, to_stage: str | PipelineStage, at: datetime | None = None,
) -> Application:
    """Move the application to ``to_stage`` and append a StageEvent (from, to, ``at`` UTC).

    Any move is allowed (skips and reversals too); moving to the current stage is a no-op
    without an event. ``applied_at`` is set (to ``at``) on the first move to ``applied`` —
    or straight to a later funnel stage (interviewing/offer/accepted), which implies the
    user applied — and is never overwritten afterwards (use :func:`set_applied_at`).
    Raises LookupError (not the user's) or TrackerError (unknown stage).
    """
    stage = parse_stage(to_stage)
    when = (at or _now())
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    app = _locked(session, user_id, application_id)
    if app.stage == stage.value:
        return app
    session.add(StageEvent(application_id=app.id, user_id=user_id, from_stage=app.stage, to_stage=stage.value, at=when))
    app.stage = stage.value
    if app.applied_at is None and stage in APPLIED_OR_LATER:
        app.applied_at = when
        # the "as sent" copies of the documents written for this application
        from careercopilot.services.writing_documents import snapshot_documents

        snapshot_documents(session=session, user_id=user_id, application_id=app.id)
    app.updated_at = _now()
    session.add(app)
    session.flush()
    from careercopilot.services import reminders  # reminders → models only; imported here like writing_documents

    reminders.on_stage_change(session=session, app=app, at=when)
    session.flush()
    return app


def set_applied_at(
    *, session: Session, user_id: int, application_id: int, applied: datetime | date | None,
) -> Application:
    """Correct the applied date. A ``date`` means 00:00 of that day in the user's time zone;
    a naive datetime is taken as UTC; None clears it. Future dates are refused (TrackerError)."""
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    if applied is None:
        value = None
    elif isinstance(applied, datetime):
        value = applied if applied.tzinfo else applied.replace(tzinfo=timezone.utc)
    else:
        value = local_midnight_utc(applied, user_zone(session, user_id))
    if value is not None and value > _now() + timedelta(days=1):
        raise TrackerError("The applied date cannot be in the future.")
    app.applied_at = value
    app.updated_at = _now()
    session.add(app)
    session.flush()
    from careercopilot.services import reminders

    reminders.on_applied_at_change(session=session, app=app)
    session.flush()
    return app


#: Fields :func:`update_application` accepts (others raise TrackerError).
EDITABLE_FIELDS = frozenset({
    "company", "title", "url", "notes", "follow_up_on", "offer_deadline", "interview_at", "resume_id", "salary_expectation",
    "salary_offer", "salary_currency", "source_label", "work_mode",
})


def update_application(*, session: Session, user_id: int, application_id: int, **changes) -> Application:
    """Validate and write the given fields (last write wins); returns the application.

    ``follow_up_on`` / ``offer_deadline`` accept a date, an ISO ``YYYY-MM-DD`` string or None/""
    (clear) and keep their reminders in step (``services.reminders``: the manual follow-up and the
    offer-deadline reminder); ``interview_at`` accepts a datetime or ``YYYY-MM-DDTHH:MM`` string
    (naive = the user's time zone, ``local_time.parse_local_minute``) or None/"" (clear), stored
    UTC, and moves the thank-you reminder (``reminders.sync_interview``);
    salaries are numbers ≥ 0 (currency units per year); ``salary_currency`` is an ISO 4217
    code; ``resume_id`` must be one of the user's resumes (LookupError otherwise).
    Raises TrackerError for invalid values or unknown fields.
    """
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TrackerError(f"Cannot edit {', '.join(sorted(unknown))}.")
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    values: dict = {}
    for name, raw in changes.items():
        if name == "company":
            values[name] = _text(raw, field="Company", max_len=300, required=True)
        elif name == "title":
            values[name] = _text(raw, field="Title", max_len=500, required=True)
        elif name == "url":
            values[name] = clean_url(raw)
        elif name == "notes":
            raw = raw or ""
            if len(raw) > MAX_NOTES:
                raise TrackerError(f"Notes have at most {MAX_NOTES} characters.")
            values[name] = raw
        elif name in {"follow_up_on", "offer_deadline"}:
            values[name] = parse_day(raw)
        elif name == "interview_at":
            try:
                values[name] = parse_local_minute(raw, user_zone(session, user_id))
            except ValueError as exc:
                raise TrackerError(f"Interview: {exc}") from None
        elif name == "resume_id":
            rid = int(raw) if raw not in (None, "") else None
            _check_resume(session, user_id, rid)
            values[name] = rid
        elif name in {"salary_expectation", "salary_offer"}:
            values[name] = _amount(raw, field=name.replace("_", " ").capitalize())
        elif name == "salary_currency":
            cur = (raw or "").strip().upper() or None
            if cur is not None and not re.fullmatch(r"[A-Z]{3}", cur):
                raise TrackerError("Currency must be a 3-letter ISO 4217 code such as USD or EUR.")
            values[name] = cur
        elif name == "source_label":
            values[name] = _text(raw, field="Source", max_len=60)
        elif name == "work_mode":
            if raw not in (None, "", "remote", "hybrid", "onsite"):
                raise TrackerError("Work mode must be remote, hybrid or onsite.")
            values[name] = raw or None
    for name, value in values.items():
        setattr(app, name, value)
    if {"company", "title", "url"} & set(values):
        app.dedupe_key = dedupe_key(app.company, app.title, app.url)
    app.updated_at = _now()
    session.add(app)
    session.flush()
    if {"follow_up_on", "offer_deadline", "interview_at"} & set(values):
        from careercopilot.services import reminders

        if "follow_up_on" in values:
            reminders.sync_manual_follow_up(session=session, app=app)
        if "offer_deadline" in values:
            reminders.sync_offer_deadline(session=session, app=app)
        if "interview_at" in values:
            reminders.sync_interview(session=session, app=app)
        session.flush()
    return app


def parse_day(raw) -> date | None:
    """A date, ISO ``YYYY-MM-DD`` string or None/"" → date or None; raises TrackerError."""
    if raw in (None, ""):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError:
        raise TrackerError("Dates must look like 2026-01-31.") from None


def set_notes(*, session: Session, user_id: int, application_id: int, notes: str) -> Application:
    """Replace the notes (markdown, ≤ :data:`MAX_NOTES` chars; last write wins)."""
    return update_application(session=session, user_id=user_id, application_id=application_id, notes=notes)


def set_follow_up(*, session: Session, user_id: int, application_id: int, follow_up_on) -> Application:
    """Set (date / ISO string) or clear (None/"") the follow-up date."""
    return update_application(session=session, user_id=user_id, application_id=application_id,
                              follow_up_on=follow_up_on)


def bulk_archive(*, session: Session, user_id: int, application_ids: list[int], archived: bool = True) -> int:
    """Archive (or unarchive) several applications at once; returns the number changed.

    All-or-nothing: raises LookupError when any id is not one of the user's applications.
    """
    ids = sorted({int(i) for i in application_ids})
    if not ids:
        return 0
    owned = session.exec(
        select(func.count(Application.id)).where(Application.user_id == user_id, col(Application.id).in_(ids))
    ).one()
    if owned != len(ids):
        raise LookupError("some applications were not found")
    result = session.execute(
        update(Application).where(Application.user_id == user_id, col(Application.id).in_(ids))
        .values(archived=archived, updated_at=_now())
    )
    session.expire_all()
    return int(result.rowcount or 0)
