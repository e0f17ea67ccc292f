"""Application tracker changes: pipeline-stage moves, the applied date, field edits, notes,
follow-ups and archiving (creating and reading are in :mod:`careercopilot.services.applications`,
whose rules apply here too: keyword-only ``session`` and acting ``user_id``, another user's row
is a :class:`LookupError`, input errors are ``TrackerError``, callers commit).

Concurrency (two tabs): every change locks the application row (``SELECT … FOR UPDATE`` on
PostgreSQL; SQLite serializes writers) and re-reads it before writing, so concurrent moves are
applied one after the other and every move gets its own StageEvent with the right
``from_stage``. A page passes ``expected_version`` — the application's version it loaded
(``edit_conflicts.version_of(updated_at)``) — and a change to a row that moved on since is
refused with :class:`~careercopilot.services.edit_conflicts.EditConflict` (nothing written);
without it the last write wins (the API checks ``If-Match`` itself).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from careercopilot.models import Application, PipelineStage, StageEvent
from careercopilot.services.applications import (
    APPLIED_OR_LATER,
    MAX_NOTES,
    TrackerError,
    _amount,
    _check_resume,
    _locked,
    _now,
    _text,
    clean_url,
    dedupe_key,
    get_application,
    local_midnight_utc,
    parse_stage,
    user_zone,
)
from careercopilot.services.edit_conflicts import check_unchanged, next_stamp
from careercopilot.services.local_time import parse_local_minute

#: The application in words, for :class:`~careercopilot.services.edit_conflicts.EditConflict`.
WHAT = "application"


def _for_change(session: Session, user_id: int, application_id: int, expected_version: str | None) -> Application:
    """The user's application row-locked and re-read for a change; EditConflict when it is not
    at ``expected_version`` any more, LookupError when missing or not theirs."""
    app = _locked(session, user_id, application_id)
    check_unchanged(app.updated_at, expected_version, what=WHAT)
    return app


# --------------------------------------------------------------------------- change


def move_stage(
    *, session: Session, user_id: int, application_id: int, to_stage: str | PipelineStage, at: datetime | None = None,
    expected_version: str | None = None,
) -> Application:
    """Move the application to ``to_stage`` and append a StageEvent (from, to, ``at`` UTC).

    Any move is allowed (skips and reversals too); moving to the current stage is a no-op
    without an event. ``applied_at`` is set (to ``at``) on the first move to ``applied`` —
    or straight to a later funnel stage (interviewing/offer/accepted), which implies the
    user applied — and is never overwritten afterwards (use :func:`set_applied_at`).
    Raises LookupError (not the user's), TrackerError (unknown stage) or EditConflict (not at
    ``expected_version`` any more: a stale tab's move is refused, even one to the current stage).
    """
    stage = parse_stage(to_stage)
    when = (at or _now())
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    app = _for_change(session, user_id, application_id, expected_version)
    if app.stage == stage.value:
        return app
    session.add(StageEvent(application_id=app.id, user_id=user_id, from_stage=app.stage, to_stage=stage.value, at=when))
    app.stage = stage.value
    if app.applied_at is None and stage in APPLIED_OR_LATER:
        app.applied_at = when
        # the "as sent" copies of the documents written for this application
        from careercopilot.services.writing_documents import snapshot_documents

        snapshot_documents(session=session, user_id=user_id, application_id=app.id)
    app.updated_at = next_stamp(app.updated_at)
    session.add(app)
    session.flush()
    from careercopilot.services import reminders  # reminders → models only; imported here like writing_documents

    reminders.on_stage_change(session=session, app=app, at=when)
    session.flush()
    return app


def set_applied_at(
    *, session: Session, user_id: int, application_id: int, applied: datetime | date | None,
    expected_version: str | None = None,
) -> Application:
    """Correct the applied date. A ``date`` means 00:00 of that day in the user's time zone;
    a naive datetime is taken as UTC; None clears it. Future dates are refused (TrackerError);
    EditConflict when not at ``expected_version`` any more."""
    app = _for_change(session, user_id, application_id, expected_version)
    if applied is None:
        value = None
    elif isinstance(applied, datetime):
        value = applied if applied.tzinfo else applied.replace(tzinfo=timezone.utc)
    else:
        value = local_midnight_utc(applied, user_zone(session, user_id))
    if value is not None and value > _now() + timedelta(days=1):
        raise TrackerError("The applied date cannot be in the future.")
    app.applied_at = value
    app.updated_at = next_stamp(app.updated_at)
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


def update_application(*, session: Session, user_id: int, application_id: int, expected_version: str | None = None,
                       **changes) -> Application:
    """Validate and write the given fields (last write wins); returns the application.

    ``follow_up_on`` / ``offer_deadline`` accept a date, an ISO ``YYYY-MM-DD`` string or None/""
    (clear) and keep their reminders in step (``services.reminders``: the manual follow-up and the
    offer-deadline reminder); ``interview_at`` accepts a datetime or ``YYYY-MM-DDTHH:MM`` string
    (naive = the user's time zone, ``local_time.parse_local_minute``) or None/"" (clear), stored
    UTC, and moves the thank-you reminder (``reminders.sync_interview``);
    salaries are numbers ≥ 0 (currency units per year); ``salary_currency`` is an ISO 4217
    code; ``resume_id`` must be one of the user's resumes (LookupError otherwise).
    Raises TrackerError for invalid values or unknown fields (all or nothing: the API's PATCH),
    EditConflict when not at ``expected_version`` any more;
    the application page's form uses :func:`update_application_form`.
    """
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TrackerError(f"Cannot edit {', '.join(sorted(unknown))}.")
    app = _for_change(session, user_id, application_id, expected_version)
    values, errors = _checked(session, user_id, changes)
    if errors:
        raise TrackerError(next(iter(errors.values())))
    return _write(session, app, values)


def update_application_form(*, session: Session, user_id: int, application_id: int, expected_version: str | None = None,
                            **changes) -> tuple[Application, dict[str, str]]:
    """The application page's details save (a newcomer's trial: an invalid salary threw away
    the valid follow-up date of the same save): every valid field is written, each invalid one
    keeps its stored value and is reported → ``(application, {field: message})``. Same fields
    as :func:`update_application`; an unknown field is a TrackerError (a programming error);
    EditConflict (nothing written) when not at ``expected_version`` any more."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TrackerError(f"Cannot edit {', '.join(sorted(unknown))}.")
    app = _for_change(session, user_id, application_id, expected_version)
    values, errors = _checked(session, user_id, changes)
    return _write(session, app, values), errors


def _checked(session: Session, user_id: int, changes: dict) -> tuple[dict, dict[str, str]]:
    """Each change validated on its own → ``(clean values, {field: TrackerError message})``;
    LookupError (a resume that is not the user's) propagates."""
    values: dict = {}
    errors: dict[str, str] = {}
    for name, raw in changes.items():
        try:
            values[name] = _clean_value(session, user_id, name, raw)
        except TrackerError as exc:
            errors[name] = str(exc)
    return values, errors


def _clean_value(session: Session, user_id: int, name: str, raw):
    """One editable field's value, validated (TrackerError otherwise)."""
    if name == "company":
        return _text(raw, field="Company", max_len=300, required=True)
    elif name == "title":
        return _text(raw, field="Title", max_len=500, required=True)
    elif name == "url":
        return clean_url(raw)
    elif name == "notes":
        raw = raw or ""
        if len(raw) > MAX_NOTES:
            raise TrackerError(f"Notes have at most {MAX_NOTES} characters.")
        return raw
    elif name in {"follow_up_on", "offer_deadline"}:
        return parse_day(raw)
    elif name == "interview_at":
        try:
            return parse_local_minute(raw, user_zone(session, user_id))
        except ValueError as exc:
            raise TrackerError(f"Interview: {exc}") from None
    elif name == "resume_id":
        rid = int(raw) if raw not in (None, "") else None
        _check_resume(session, user_id, rid)
        return rid
    elif name in {"salary_expectation", "salary_offer"}:
        return _amount(raw, field=name.replace("_", " ").capitalize())
    elif name == "salary_currency":
        cur = (raw or "").strip().upper() or None
        if cur is not None and not re.fullmatch(r"[A-Z]{3}", cur):
            raise TrackerError("Currency must be a 3-letter ISO 4217 code such as USD or EUR.")
        return cur
    elif name == "source_label":
        return _text(raw, field="Source", max_len=60)
    elif name == "work_mode":
        if raw not in (None, "", "remote", "hybrid", "onsite"):
            raise TrackerError("Work mode must be remote, hybrid or onsite.")
        return raw or None
    raise TrackerError(f"Cannot edit {name}.")


def _write(session: Session, app: Application, values: dict) -> Application:
    """Write validated ``values`` to ``app`` (dedupe key and reminders kept in step)."""
    for name, value in values.items():
        setattr(app, name, value)
    if {"company", "title", "url"} & set(values):
        app.dedupe_key = dedupe_key(app.company, app.title, app.url)
    app.updated_at = next_stamp(app.updated_at)
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


def set_notes(*, session: Session, user_id: int, application_id: int, notes: str,
              expected_version: str | None = None) -> Application:
    """Replace the notes (markdown, ≤ :data:`MAX_NOTES` chars); EditConflict when the application
    is not at ``expected_version`` any more (without one the last write wins)."""
    return update_application(session=session, user_id=user_id, application_id=application_id, notes=notes,
                              expected_version=expected_version)


def set_follow_up(*, session: Session, user_id: int, application_id: int, follow_up_on,
                  expected_version: str | None = None) -> Application:
    """Set (date / ISO string) or clear (None/"") the follow-up date (EditConflict as
    :func:`set_notes`)."""
    return update_application(session=session, user_id=user_id, application_id=application_id,
                              follow_up_on=follow_up_on, expected_version=expected_version)


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
