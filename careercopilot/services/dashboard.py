"""Dashboard summary for one user: real counts, never placeholders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, func, or_, select

from careercopilot.models import Application, JobPosting, Resume, Source


@dataclass
class DashboardSummary:
    """Counts shown on the dashboard; ``stage_counts`` maps pipeline stage → count."""

    open_postings: int = 0
    has_resume: bool = False
    applications: int = 0
    stage_counts: dict[str, int] = field(default_factory=dict)
    last_sync_at: datetime | None = None
    sources: int = 0


def summary(*, session: Session, user_id: int) -> DashboardSummary:
    """Aggregate the user's own rows (and the shared feed) with SQL counts."""
    out = DashboardSummary()
    out.open_postings = session.exec(
        select(func.count(JobPosting.id)).where(
            JobPosting.is_open, JobPosting.duplicate_of_id.is_(None),
            or_(JobPosting.owner_id.is_(None), JobPosting.owner_id == user_id),
        )
    ).one()
    out.has_resume = session.exec(select(func.count(Resume.id)).where(Resume.user_id == user_id)).one() > 0
    rows = session.exec(
        select(Application.stage, func.count(Application.id))
        .where(Application.user_id == user_id, Application.archived.is_(False))
        .group_by(Application.stage)
    ).all()
    out.stage_counts = {stage: n for stage, n in rows}
    out.applications = sum(out.stage_counts.values())
    out.last_sync_at = session.exec(select(func.max(Source.last_success_at))).one()
    out.sources = session.exec(select(func.count(Source.id))).one()
    return out
