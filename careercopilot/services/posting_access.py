"""Which postings a user may see: shared ones (``owner_id`` NULL) and their own private ones
(added from a URL)."""

from __future__ import annotations

from sqlmodel import Session, or_, select

from careercopilot.models import JobPosting


def visible_postings_clause(user_id: int | None):
    """SQL condition: shared postings, or private ones owned by ``user_id``."""
    if user_id is None:
        return JobPosting.owner_id.is_(None)
    return or_(JobPosting.owner_id.is_(None), JobPosting.owner_id == user_id)


def get_posting(*, session: Session, user_id: int, posting_id: int) -> JobPosting:
    """A posting the user may see; LookupError when missing or another user's private posting."""
    posting = session.exec(select(JobPosting).where(JobPosting.id == posting_id, visible_postings_clause(user_id))).first()
    if posting is None:
        raise LookupError(f"posting {posting_id} not found")
    return posting
