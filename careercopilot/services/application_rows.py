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
from careercopilot.services.applications import (
    ApplicationFilter,
    _now,
    follow_up_status,
    get_application,
    list_applications,
    render_notes_html,
    stage_history,
    user_zone,
)
from careercopilot.services.local_time import local_input_value


@dataclass
class CardRow:
    """One application as the board/list shows it (strings ready to display)."""

    id: int = 0
    company: str = ""
    title: str = ""
    stage: str = ""
    url: str = ""
    applied_on: str = ""  # YYYY-MM-DD in the user's time zone, "" if never applied
    follow_up_on: str = ""  # YYYY-MM-DD or ""
    follow_up: str = ""  # overdue | due_today | upcoming | ""
    source: str = ""
    work_mode: str = ""
    archived: bool = False
    updated: str = ""  # YYYY-MM-DD HH:MM in the user's time zone
    days_in_stage: int = 0  # whole days since the card entered its current stage (user's calendar days)


def card_row(app: Application, *, zone: ZoneInfo, now: datetime | None = None,
             stage_since: datetime | None = None) -> CardRow:
    """:class:`CardRow` of ``app`` with dates in ``zone``.

    ``stage_since`` is when the card entered its current stage (UTC; the latest
    :class:`StageEvent`, else ``created_at``); ``days_in_stage`` counts calendar days in ``zone``.
    """
    since = (stage_since or app.created_at).astimezone(zone).date()
    today = (now or _now()).astimezone(zone).date()
    return CardRow(
        id=app.id or 0, company=app.company, title=app.title, stage=app.stage, url=http_url(app.url) or "",
        applied_on=app.applied_at.astimezone(zone).date().isoformat() if app.applied_at else "",
        follow_up_on=app.follow_up_on.isoformat() if app.follow_up_on else "",
        follow_up=follow_up_status(app.follow_up_on, app.stage, zone=zone, now=now),
        source=app.source_label or "", work_mode=app.work_mode or "", archived=app.archived,
        updated=app.updated_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        days_in_stage=max(0, (today - since).days),
    )


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
    since = stage_entered_at(session=session, user_id=user_id, application_ids=[a.id for a in apps if a.id])
    return [card_row(a, zone=zone, now=now, stage_since=since.get(a.id or 0)) for a in apps]


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


@dataclass
class ApplicationDetail:
    """Everything the application detail page shows."""

    card: CardRow = field(default_factory=CardRow)
    notes: str = ""
    notes_html: str = ""
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


def _amount_text(v: float | None) -> str:
    return "" if v is None else f"{v:.2f}".rstrip("0").rstrip(".")


def detail(*, session: Session, user_id: int, application_id: int, now: datetime | None = None) -> ApplicationDetail:
    """The detail view of one application; raises LookupError if it is not the user's."""
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    zone = user_zone(session, user_id)
    return ApplicationDetail(
        card=card_row(app, zone=zone, now=now), notes=app.notes, notes_html=render_notes_html(app.notes),
        posting_snapshot=app.posting_snapshot, posting_id=app.posting_id or 0,
        resume_id=app.resume_id or 0, salary_expectation=_amount_text(app.salary_expectation),
        salary_offer=_amount_text(app.salary_offer), salary_currency=app.salary_currency or "",
        offer_deadline=app.offer_deadline.isoformat() if app.offer_deadline else "",
        interview_at=local_input_value(app.interview_at, zone),
        history=[HistoryRow(e.from_stage or "", e.to_stage, e.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
                 for e in stage_history(session=session, user_id=user_id, application_id=application_id)],
        contacts=[ContactRow(c.id or 0, c.name, c.role or "", c.email or "", http_url(c.profile_url) or "")
                  for c in list_contacts(session=session, user_id=user_id, application_id=application_id)],
        timezone=zone.key,
    )


def resume_choices(*, session: Session, user_id: int) -> list[tuple[int, str]]:
    """The user's resume versions as (id, label), newest first, for the "resume used" select."""
    rows = session.exec(
        select(Resume.id, Resume.filename, Resume.created_at).where(Resume.user_id == user_id)
        .order_by(Resume.created_at.desc())
    ).all()
    return [(rid, f"{name} ({created:%Y-%m-%d})") for rid, name, created in rows]
