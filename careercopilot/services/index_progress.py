"""How far the vector index is behind the postings: the Jobs page's first-run progress line.

On a fresh machine the first sync stores thousands of postings at once and the index job
(``jobs.matching.index_postings``) embeds them for minutes; until then ranking finds nothing. The
page shows "Indexing 1,240 of 5,000 postings…" instead of an empty list, counted from the posting
rows themselves: ``JobPosting.index_pending`` is set by every write that changes what is indexed and
cleared by the index job (``services.matching.candidates.index_open_postings``).

Counted postings are the ones a user's lists can show (:func:`_visible`): open, not a duplicate,
not flagged, shared or the user's own — never another user's private postings.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from careercopilot.models import JobPosting


@dataclass(frozen=True)
class IndexProgress:
    """``done`` of ``total`` visible postings are indexed (counts of posting rows, ``done < total``)."""

    done: int
    total: int

    @property
    def percent(self) -> int:
        """0–99 (100 is never shown: the line disappears when indexing ends)."""
        return min(99, int(100 * self.done / self.total)) if self.total else 0

    @property
    def text(self) -> str:
        """``"Indexing 1,240 of 5,000 postings…"``."""
        return f"Indexing {self.done:,} of {self.total:,} postings…"


def _visible(user_id: int) -> tuple:
    return (JobPosting.is_open, JobPosting.duplicate_of_id.is_(None), JobPosting.is_flagged.is_(False),
            JobPosting.owner_id.is_(None) | (JobPosting.owner_id == user_id))


def index_progress(*, session: Session, user_id: int) -> IndexProgress | None:
    """The index's progress over the postings ``user_id`` can see, or None when none is pending.

    Two counts (the pending one on the ``index_pending`` index first; the total only while some
    are pending)."""
    where = _visible(user_id)
    pending = session.exec(select(func.count()).select_from(JobPosting).where(JobPosting.index_pending, *where)).one()
    if not pending:
        return None
    total = session.exec(select(func.count()).select_from(JobPosting).where(*where)).one()
    return IndexProgress(done=max(0, int(total) - int(pending)), total=int(total))
