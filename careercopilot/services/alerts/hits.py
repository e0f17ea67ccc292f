"""Reading a saved search's hits (issue 14: the API and MCP list what alerts found).

Only the owner's hits are ever read: the search must be the user's (LookupError otherwise, like
an unknown id) and every row is filtered by ``user_id`` as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from careercopilot.models import JobPosting, SavedSearchHit
from careercopilot.services.alerts.saved_searches import get


@dataclass
class Hit:
    """One hit: ids, the posting's title/company, score (0–100 or None), when found, delivery."""

    id: int
    saved_search_id: int
    posting_id: int
    title: str
    company: str
    score: float | None
    found_at: datetime
    delivered_via: str | None


def list_hits(*, session: Session, user_id: int, search_id: int, limit: int = 20,
              before_id: int | None = None) -> list[Hit]:
    """The search's hits, newest first (``id`` descending), at most ``limit``, only those with
    ``id < before_id`` when given. LookupError when the search is not the user's."""
    get(session=session, user_id=user_id, search_id=search_id)
    q = (select(SavedSearchHit, JobPosting.title, JobPosting.company)
         .join(JobPosting, JobPosting.id == SavedSearchHit.posting_id)
         .where(SavedSearchHit.saved_search_id == search_id, SavedSearchHit.user_id == user_id))
    if before_id is not None:
        q = q.where(SavedSearchHit.id < before_id)
    rows = session.exec(q.order_by(SavedSearchHit.id.desc()).limit(limit)).all()
    return [Hit(h.id, h.saved_search_id, h.posting_id, title, company, h.score, h.created_at, h.delivered_via)
            for h, title, company in rows]
