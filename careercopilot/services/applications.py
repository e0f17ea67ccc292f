"""Application tracker: saving postings and reading them back, with the tracker's shared rules
(input checks, the user's time zone, follow-up status). Stage moves, edits, notes, follow-ups and
archiving: :mod:`~careercopilot.services.application_changes`; notes HTML:
:mod:`~careercopilot.services.application_notes`; contacts:
:mod:`~careercopilot.services.application_contacts`; display rows:
:mod:`~careercopilot.services.application_rows`.

Every function takes a keyword-only ``session`` and the acting ``user_id``; every query
filters by that user, and a row of another user raises :class:`LookupError` exactly like
a missing row (no existence oracle). Stage history (:class:`StageEvent`) is append-only:
rows are only ever inserted. Timestamps are timezone-aware UTC; salary amounts are
currency units (not cents) per year. User-facing validation errors are
:class:`TrackerError` (a ``ValueError``). Callers commit (``session_scope``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, or_, select

from careercopilot.bidi import strip_invisible
from careercopilot.models import Application, JobPosting, PipelineStage, Resume, Source, StageEvent, User
from careercopilot.normalize.urls import complete_url
from careercopilot.normalize.salary import salary_text
from careercopilot.services import posting_access
from careercopilot.services.local_time import due_status
from careercopilot.normalize.urls import http_url
from careercopilot.schemas import named_employer
from careercopilot.writing.display import title_at

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


def room_left(session: Session, user_id: int, *, lock: bool = False) -> int:
    """How many more applications the user's tracker may hold (``settings.max_applications_per_user``
    minus the rows the user has; may be negative after a race the caller then undoes).

    ``lock``: first lock the user's row until the transaction ends (``SELECT … FOR UPDATE`` on
    PostgreSQL), so concurrent additions for one account count one after another (session 13
    attacker: 30 parallel API calls at a bound of 5 stored 15). SQLite ignores the lock; there
    :func:`_check_bound` after the insert decides, because the insert holds SQLite's one write lock."""
    from careercopilot.config import settings

    if lock:
        session.exec(select(User.id).where(User.id == user_id).with_for_update()).first()
    held = session.exec(select(func.count()).select_from(Application).where(Application.user_id == user_id)).one()
    return settings.max_applications_per_user - int(held)


def tracker_full_message() -> str:
    """The user-facing reason an application was not added because the tracker is full."""
    from careercopilot.config import settings

    return (f"Your tracker already holds {settings.max_applications_per_user:,} applications, the most an account "
            "may have. Delete some you no longer need first.")


def _ensure_room(session: Session, user_id: int) -> None:
    """Before an insert: TrackerError when the tracker is full (the user's row locked, see :func:`room_left`)."""
    if room_left(session, user_id, lock=True) < 1:
        raise TrackerError(tracker_full_message())


def _insert_saved(session: Session, app: Application) -> None:
    """Insert ``app`` (stage ``saved``, ``id`` set after) with its first StageEvent (None → saved at
    ``app.created_at``) in a savepoint, then :func:`_check_bound` there, so a full tracker undoes only
    this insert. IntegrityError (a unique guard) and TrackerError propagate."""
    with session.begin_nested():
        session.add(app)
        session.flush()
        session.add(StageEvent(application_id=app.id, user_id=app.user_id, from_stage=None,
                               to_stage=PipelineStage.saved.value, at=app.created_at))
        session.flush()
        _check_bound(session, app.user_id)


def _check_bound(session: Session, user_id: int) -> None:
    """After an insert (flushed, inside a savepoint the error rolls back): TrackerError when a
    concurrent addition that counted before this one took the last place."""
    if room_left(session, user_id) < 0:
        raise TrackerError(tracker_full_message())


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
    """A typed one-line field stripped, without invisible format characters (bidi overrides,
    zero-width characters: :func:`careercopilot.bidi.strip_invisible`, attack a12 W2)."""
    value = strip_invisible(value or "").strip()
    if not value:
        if required:
            raise TrackerError(f"{field} is required.")
        return None
    if len(value) > max_len:
        raise TrackerError(f"{field} has at most {max_len} characters.")
    return value


def _amount(value: float | int | str | None, *, field: str) -> float | None:
    """A salary typed as people write it ("150k", "150,000", "150.000", "€60k", "1.5L",
    "$150k+", "$60/hr": ``normalize.salary_input``; a range gives its lower end) → the amount a
    year (an hourly/monthly amount is annualized, the stored figures are yearly); a currency
    typed with it is not kept here (the Currency field is)."""
    from careercopilot.normalize.salary_input import parse_salary_input

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = float(value) if isinstance(value, (int, float)) else parse_salary_input(str(value), what=field).per_year()
    except ValueError as exc:
        raise TrackerError(str(exc).replace("The " + field, field, 1)) from None
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
    """``"overdue"``, ``"due_today"``, ``"upcoming"`` (:func:`local_time.due_status`, the one rule
    of every surface) or ``""`` (no date / closed stage). "Today" is the calendar date of ``now``
    (default: current UTC time) in ``zone``.
    """
    if follow_up_on is None or stage in {s.value for s in CLOSED_STAGES}:
        return ""
    return due_status(follow_up_on, zone, now=now or _now())


# --------------------------------------------------------------------------- create


def posting_snapshot_text(posting: JobPosting) -> str:
    """Frozen plain-text copy of a posting: a short header, then its description text."""
    lines = [title_at(posting.title, posting.company, joiner=" — ") or "Untitled posting"]  # no "Title — " (trial126)
    if posting.location_text:
        lines.append(f"Location: {posting.location_text}")
    if posting.work_mode:
        lines.append(f"Work mode: {posting.work_mode}")
    if posting.salary_min or posting.salary_max:
        lines.append("Compensation: " + salary_text(posting.salary_min or None, posting.salary_max or None,
                                                    posting.salary_currency, posting.pay_period))
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

    ``resume_id`` None means the user's active resume (the one the posting was scored against and
    the writing copilot reads; None when they have none): "Resume used" is then filled in, not
    "—" (session-24 trial: she applied with her only resume and the application said "—").

    Idempotent: when the user already has an application for ``posting_id`` it is
    returned unchanged (a unique constraint on (user_id, posting_id) also settles races
    between two tabs). Copies company/title/URL/work mode/currency/source label and a
    frozen text snapshot of the posting, and records the initial StageEvent (None → saved).
    The row is flushed so ``id`` is set; the caller commits.

    Raises LookupError when the posting does not exist or is another user's private
    posting, or when ``resume_id`` is not one of the user's resumes; TrackerError when the
    tracker is full (:func:`room_left`).
    """
    posting = posting_access.get_posting(session=session, user_id=user_id, posting_id=posting_id)
    existing = _existing_for_posting(session, user_id, posting_id)
    if existing is not None:
        return existing
    _check_resume(session, user_id, resume_id)
    if resume_id is None:
        from careercopilot.services.resumes import get_active_resume  # resumes → storage, parsing: only here

        active = get_active_resume(session=session, user_id=user_id)
        resume_id = active.id if active is not None else None
    _ensure_room(session, user_id)
    now = _now()
    url = http_url(posting.url) or http_url(posting.apply_url)
    app = Application(
        user_id=user_id, posting_id=posting.id, resume_id=resume_id,
        company=named_employer(posting.company)[:300], title=(posting.title or "Untitled posting")[:500],
        url=url, stage=PipelineStage.saved.value, posting_snapshot=posting_snapshot_text(posting),
        source_label=_source_label(session, posting), work_mode=posting.work_mode,
        salary_currency=posting.salary_currency, dedupe_key=dedupe_key(posting.company, posting.title, url),
        created_at=now, updated_at=now,
    )
    try:
        _insert_saved(session, app)
    except IntegrityError:  # another tab saved it between our check and insert
        existing = _existing_for_posting(session, user_id, posting_id)
        if existing is None:
            raise
        return existing
    from careercopilot.services.writing_targets import adopt_posting_documents

    # letters, tailoring, prep written for the posting before it was saved join the application
    adopt_posting_documents(session=session, user_id=user_id, posting_id=posting.id, application_id=app.id)
    return app


def add_manual(
    *, session: Session, user_id: int, company: str, title: str, url: str | None = None, notes: str = "",
    source_label: str | None = "manual", work_mode: str | None = None,
) -> Application:
    """Create an application typed in by the user (stage ``saved``, StageEvent None → saved).

    Raises TrackerError for a missing company/title, over-long fields, a non-http(s) URL or a
    full tracker (:func:`room_left`).
    """
    company_v = _text(company, field="Company", max_len=300, required=True)
    title_v = _text(title, field="Title", max_len=500, required=True)
    url_v = clean_url(url)
    notes_v = notes or ""
    if len(notes_v) > MAX_NOTES:
        raise TrackerError(f"Notes have at most {MAX_NOTES} characters.")
    if work_mode not in (None, "", "remote", "hybrid", "onsite"):
        raise TrackerError("Work mode must be remote, hybrid or onsite.")
    _ensure_room(session, user_id)
    now = _now()
    app = Application(
        user_id=user_id, company=company_v, title=title_v, url=url_v, notes=notes_v,
        stage=PipelineStage.saved.value, source_label=(source_label or None) and source_label[:60],
        work_mode=work_mode or None, dedupe_key=dedupe_key(company_v, title_v, url_v), created_at=now, updated_at=now,
    )
    _insert_saved(session, app)
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


def _locked(session: Session, user_id: int, application_id: int) -> Application:
    app = session.exec(
        select(Application).where(Application.id == application_id, Application.user_id == user_id)
        .with_for_update().execution_options(populate_existing=True)
    ).first()
    if app is None:
        raise LookupError(f"application {application_id} not found")
    return app
