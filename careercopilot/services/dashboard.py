"""Dashboard summary for one user: real counts, never placeholders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, func, or_, select

from careercopilot.models import Application, JobPosting, MatchScore, PipelineStage, Resume, Source
from careercopilot.services import applications
from careercopilot.services.local_time import local_minute


@dataclass
class NewMatch:
    """A match computed after the user's last visit: posting id, title, company, and the match
    score 0–100 rounded to a whole number (as the Jobs page shows it: ``f"{score:.0f}"``)."""

    posting_id: int = 0
    title: str = ""
    company: str = ""
    score: int = 0


def new_matches(*, session: Session, user_id: int, since: datetime | None, limit: int = 5) -> list[NewMatch]:
    """Top ``limit`` open postings by match score among MatchScore rows computed after
    ``since`` (all when None), one row per posting, visible to the user.

    Only scores of the user's ACTIVE resume version under the current embedding model count:
    the same scores the Jobs page shows (older versions' rows stay stored for history).
    Postings already on the user's board (an :class:`Application` in any stage, archived
    too — saved, applied or later) are not "new" and are left out (issue 10 trial finding).
    """
    from careercopilot.services.matching.common import SCORE_MODEL_VERSION as MODEL_VERSION

    best = func.max(MatchScore.score).label("best")
    q = (
        select(JobPosting.id, JobPosting.title, JobPosting.company, best)
        .join(JobPosting, JobPosting.id == MatchScore.posting_id)
        .join(Resume, Resume.id == MatchScore.resume_id)
        .where(MatchScore.user_id == user_id, Resume.user_id == user_id, Resume.is_active,
               MatchScore.model_version == MODEL_VERSION, JobPosting.is_open,
               or_(col(JobPosting.owner_id).is_(None), JobPosting.owner_id == user_id),
               ~select(Application.id).where(Application.user_id == user_id,
                                             Application.posting_id == JobPosting.id).exists())
        .group_by(JobPosting.id, JobPosting.title, JobPosting.company)
        .order_by(best.desc(), JobPosting.id)
        .limit(limit)
    )
    if since is not None:
        q = q.where(MatchScore.computed_at > since)
    return [NewMatch(pid, title, company, int(f"{float(score):.0f}")) for pid, title, company, score in session.exec(q).all()]


@dataclass
class DashboardSummary:
    """Counts shown on the dashboard; ``stage_counts`` maps pipeline stage → count."""

    open_postings: int = 0
    has_resume: bool = False
    applications: int = 0
    stage_counts: dict[str, int] = field(default_factory=dict)
    last_sync_at: datetime | None = None
    #: ``last_sync_at`` as ``YYYY-MM-DD HH:MM`` in the user's time zone ("" when never synced).
    last_sync_local: str = ""
    sources: int = 0
    #: Top matches computed since the previous visit (see :func:`new_matches`).
    new_matches: list[NewMatch] = field(default_factory=list)


def summary(*, session: Session, user_id: int) -> DashboardSummary:
    """Aggregate the user's own rows (and the shared feed) with SQL counts."""
    out = DashboardSummary()
    out.open_postings = session.exec(
        select(func.count(JobPosting.id)).where(
            JobPosting.is_open, JobPosting.duplicate_of_id.is_(None), JobPosting.is_flagged.is_(False),
            or_(JobPosting.owner_id.is_(None), JobPosting.owner_id == user_id),
        )
    ).one()
    out.has_resume = session.exec(select(func.count(Resume.id)).where(Resume.user_id == user_id)).one() > 0
    rows = session.exec(
        select(Application.stage, func.count(Application.id))
        .where(Application.user_id == user_id, Application.archived.is_(False))
        .group_by(Application.stage)
    ).all()
    order = {stage.value: i for i, stage in enumerate(PipelineStage)}
    out.stage_counts = {stage: n for stage, n in sorted(rows, key=lambda r: order.get(r[0], len(order)))}
    out.applications = sum(out.stage_counts.values())
    out.last_sync_at = session.exec(select(func.max(Source.last_success_at))).one()
    out.last_sync_local = local_minute(out.last_sync_at, applications.user_zone(session, user_id))
    out.sources = session.exec(select(func.count(Source.id))).one()
    return out


def summary_with_activity(*, session: Session, user_id: int, since: datetime | None,
                          now: datetime | None = None) -> DashboardSummary:
    """:func:`summary` plus new matches since ``since`` (the previous visit). The dashboard's
    "Follow-ups due" are reminders (``services.reminders.due_rows``, loaded by
    ``state.reminders.RemindersState``): one concept for manual dates and stage-driven follow-ups."""
    out = summary(session=session, user_id=user_id)
    out.new_matches = new_matches(session=session, user_id=user_id, since=since)
    return out
