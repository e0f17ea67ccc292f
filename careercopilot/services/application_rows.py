"""Tracked applications as the board, list and detail page show them: display rows with dates in
the user's time zone (strings ready to render), built from :mod:`careercopilot.services.applications`.

Keyword-only ``session`` and acting ``user_id``; another user's application raises
:class:`LookupError` like a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, func, select

from careercopilot.models import Application, Resume, StageEvent
from careercopilot.normalize.urls import http_url
from careercopilot.services.application_contacts import list_contacts
from careercopilot.services.application_notes import render_notes_html
from careercopilot.services.applications import (
    APPLIED_OR_LATER,
    ApplicationFilter,
    _now,
    follow_up_status,
    get_application,
    list_applications,
    stage_history,
    user_zone,
)
from careercopilot.services.edit_conflicts import version_of
from careercopilot.services.local_time import local_day, local_input_value, local_minute


@dataclass
class CardRow:
    """One application as the board/list shows it (strings ready to display)."""

    id: int = 0
    company: str = ""
    title: str = ""
    stage: str = ""
    url: str = ""
    applied_on: str = ""  # YYYY-MM-DD in the user's time zone, "" if never applied or not recorded
    #: when no applied date was recorded but one is implied (moved straight from Saved to a later
    #: stage): "Not recorded (moved to Interviewing on 2026-12-05)"; else ""
    applied_note: str = ""
    follow_up_on: str = ""  # YYYY-MM-DD or ""
    follow_up: str = ""  # overdue | due_today | upcoming | ""
    source: str = ""
    work_mode: str = ""
    archived: bool = False
    updated: str = ""  # YYYY-MM-DD HH:MM in the user's time zone
    days_in_stage: int = 0  # whole days since the card entered its current stage (user's calendar days)
    #: the application's version as read (``edit_conflicts.version_of``): sent back with a change
    #: so a stale tab's change is refused instead of overwriting a newer one
    version: str = ""
    #: the accessible name of the card's "Move to…" control (:func:`move_label`)
    move_label: str = ""


#: Characters of a title or company in :func:`move_label` (longer ones end with "…").
MOVE_LABEL_PART_CHARS = 80


def move_label(title: str, company: str) -> str:
    """The accessible name of an application's "Move to…" control: which application it moves —
    "Move to another stage: Dental Hygienist at Bright Smiles Dental" (ux122 finding 4: a screen
    reader heard "Move to…" on every card, and a title alone is shared by the cards of one job
    applied for at several practices). It starts with the visible words "Move to" (WCAG 2.5.3
    Label in Name: a voice user says what is shown); each part is cut to
    :data:`MOVE_LABEL_PART_CHARS`; an unnamed part is left out."""
    def cut(text: str) -> str:
        text = " ".join((text or "").split())
        return text if len(text) <= MOVE_LABEL_PART_CHARS else text[:MOVE_LABEL_PART_CHARS - 1] + "…"

    title, company = cut(title), cut(company)
    which = " at ".join(x for x in (title, company) if x) or "this application"
    return f"Move to another stage: {which}"


def card_row(app: Application, *, zone: ZoneInfo, now: datetime | None = None,
             stage_since: datetime | None = None, skipped_to: tuple[str, datetime] | None = None) -> CardRow:
    """:class:`CardRow` of ``app`` with dates in ``zone``.

    ``stage_since`` is when the card entered its current stage (UTC; the latest
    :class:`StageEvent`, else ``created_at``); ``days_in_stage`` counts calendar days in ``zone``.
    ``skipped_to``: (stage, UTC time) of the first move past Applied when the card never was in
    Applied (:func:`applied_skips`). An ``applied_at`` equal to that time was implied by the
    move, not given (a newcomer's trial: "Applied on 12/05/2026" for a card moved from Saved to
    Interviewing): it is shown as ``applied_note``, never as an applied date.
    """
    since = (stage_since or app.created_at).astimezone(zone).date()
    today = (now or _now()).astimezone(zone).date()
    implied = bool(skipped_to and app.applied_at is not None and _same_instant(app.applied_at, skipped_to[1]))
    return CardRow(
        id=app.id or 0, company=app.company, title=app.title, stage=app.stage, url=http_url(app.url) or "",
        applied_on="" if implied else local_day(app.applied_at, zone),
        applied_note=(f"Not recorded (moved to {skipped_to[0].capitalize()} on {local_day(skipped_to[1], zone)})"
                      if implied and skipped_to else ""),
        follow_up_on=app.follow_up_on.isoformat() if app.follow_up_on else "",
        follow_up=follow_up_status(app.follow_up_on, app.stage, zone=zone, now=now),
        source=app.source_label or "", work_mode=app.work_mode or "", archived=app.archived,
        updated=local_minute(app.updated_at, zone),
        days_in_stage=max(0, (today - since).days),
        version=version_of(app.updated_at),
        move_label=move_label(app.title, app.company),
    )


def _same_instant(a: datetime, b: datetime) -> bool:
    aware = [x if x.tzinfo else x.replace(tzinfo=timezone.utc) for x in (a, b)]
    return aware[0] == aware[1]


def applied_skips(*, session: Session, user_id: int, application_ids: list[int]) -> dict[int, tuple[str, datetime]]:
    """application id → (stage, UTC time) of its first move into a stage past Applied, for the
    applications never moved into Applied itself (their ``applied_at``, if it equals that time,
    was implied by ``move_stage``). One query over the user's own events."""
    if not application_ids:
        return {}
    later = [s.value for s in APPLIED_OR_LATER]
    q = (select(StageEvent.application_id, StageEvent.to_stage, StageEvent.at)
         .where(StageEvent.user_id == user_id, col(StageEvent.application_id).in_(application_ids),
                col(StageEvent.to_stage).in_(later))
         .order_by(StageEvent.application_id, StageEvent.at, StageEvent.id))
    first: dict[int, tuple[str, datetime]] = {}
    applied: set[int] = set()
    for app_id, to_stage, at in session.exec(q).all():
        if to_stage == "applied":
            applied.add(int(app_id))
        first.setdefault(int(app_id), (to_stage, at if at.tzinfo else at.replace(tzinfo=timezone.utc)))
    return {k: v for k, v in first.items() if k not in applied}


def stage_entered_at(*, session: Session, user_id: int, application_ids: list[int]) -> dict[int, datetime]:
    """application id → UTC time of its latest stage move (the move into its current stage);
    applications never moved are absent. One grouped query over the user's own events."""
    if not application_ids:
        return {}
    q = (select(StageEvent.application_id, func.max(StageEvent.at))
         .where(StageEvent.user_id == user_id, col(StageEvent.application_id).in_(application_ids))
         .group_by(StageEvent.application_id))
    out: dict[int, datetime] = {}
    for app_id, at in session.exec(q).all():
        if at is not None:
            out[int(app_id)] = at if at.tzinfo else at.replace(tzinfo=timezone.utc)
    return out


def card_rows(
    *, session: Session, user_id: int, filters: ApplicationFilter | None = None, sort: str = "updated",
    descending: bool = True, limit: int = 500, now: datetime | None = None,
) -> list[CardRow]:
    """:func:`list_applications` as display rows (dates in the user's time zone)."""
    zone = user_zone(session, user_id)
    apps = list_applications(session=session, user_id=user_id, filters=filters, sort=sort, descending=descending,
                             limit=limit, now=now)
    ids = [a.id for a in apps if a.id]
    since = stage_entered_at(session=session, user_id=user_id, application_ids=ids)
    skips = applied_skips(session=session, user_id=user_id, application_ids=ids)
    return [card_row(a, zone=zone, now=now, stage_since=since.get(a.id or 0), skipped_to=skips.get(a.id or 0))
            for a in apps]


@dataclass
class HistoryRow:
    """One stage move for display (``at`` in the user's time zone)."""

    from_stage: str = ""
    to_stage: str = ""
    at: str = ""


@dataclass
class ContactRow:
    """One contact for display."""

    id: int = 0
    name: str = ""
    role: str = ""
    email: str = ""
    profile_url: str = ""
    #: last add or edit, ``YYYY-MM-DD HH:MM`` in the user's zone
    updated: str = ""


@dataclass
class ApplicationDetail:
    """Everything the application detail page shows."""

    card: CardRow = field(default_factory=CardRow)
    notes: str = ""
    notes_html: str = ""
    #: the notes are longer than ``COLLAPSE_LINES`` estimated lines: shown cut with "Show more"
    notes_long: bool = False
    posting_snapshot: str = ""
    posting_id: int = 0  # live posting (routes.job_detail), 0 for manual entries
    resume_id: int = 0  # 0 = none
    salary_expectation: str = ""
    salary_offer: str = ""
    salary_currency: str = ""
    offer_deadline: str = ""  # YYYY-MM-DD or "" (the offer_deadline reminder's day)
    interview_at: str = ""  # YYYY-MM-DDTHH:MM in the user's zone, or "" (datetime-local value)
    history: list[HistoryRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    timezone: str = "UTC"


#: A user text block longer than this many lines is collapsed with "Show more" (the page's
#: ``components.common.COLLAPSED_LINES``).
COLLAPSE_LINES = 12
#: Characters per rendered line assumed when estimating lines (a phone's narrow column shows
#: ~40, a desktop card ~100; 60 keeps "Show more" from appearing under a block that fits).
CHARS_PER_LINE = 60


def long_text(text: str | None, *, lines: int = COLLAPSE_LINES, chars_per_line: int = CHARS_PER_LINE) -> bool:
    """Whether ``text`` (plain or markdown) renders as more than ``lines`` lines: each source
    line counts ``ceil(len / chars_per_line)`` lines (at least 1)."""
    if not text:
        return False
    return sum(max(1, -(-len(line) // chars_per_line)) for line in text.splitlines()) > lines


def _amount_text(v: float | None) -> str:
    return "" if v is None else f"{v:.2f}".rstrip("0").rstrip(".")


def detail(*, session: Session, user_id: int, application_id: int, now: datetime | None = None) -> ApplicationDetail:
    """The detail view of one application; raises LookupError if it is not the user's."""
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    zone = user_zone(session, user_id)
    ids = [application_id]
    return ApplicationDetail(  # days in stage from the last move, as on the board (not from creation)
        card=card_row(app, zone=zone, now=now,
                      stage_since=stage_entered_at(session=session, user_id=user_id, application_ids=ids).get(app.id or 0),
                      skipped_to=applied_skips(session=session, user_id=user_id, application_ids=ids).get(app.id or 0)),
        notes=app.notes, notes_html=render_notes_html(app.notes),
        notes_long=long_text(app.notes),
        posting_snapshot=app.posting_snapshot, posting_id=app.posting_id or 0,
        resume_id=app.resume_id or 0, salary_expectation=_amount_text(app.salary_expectation),
        salary_offer=_amount_text(app.salary_offer), salary_currency=app.salary_currency or "",
        offer_deadline=app.offer_deadline.isoformat() if app.offer_deadline else "",
        interview_at=local_input_value(app.interview_at, zone),
        history=[HistoryRow(e.from_stage or "", e.to_stage, local_minute(e.at, zone))
                 for e in stage_history(session=session, user_id=user_id, application_id=application_id)],
        contacts=[ContactRow(c.id or 0, c.name, c.role or "", c.email or "", http_url(c.profile_url) or "",
                             local_minute(c.updated_at, zone))
                  for c in list_contacts(session=session, user_id=user_id, application_id=application_id)],
        timezone=zone.key,
    )


def resume_choices(*, session: Session, user_id: int) -> list[tuple[int, str]]:
    """The user's resume versions as (id, label), newest first, for the "resume used" select."""
    rows = session.exec(
        select(Resume.id, Resume.filename, Resume.created_at).where(Resume.user_id == user_id)
        .order_by(Resume.created_at.desc())
    ).all()
    zone = user_zone(session, user_id)
    return [(rid, f"{name} ({local_day(created, zone)})") for rid, name, created in rows]
