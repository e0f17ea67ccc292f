"""Why the Jobs page ranks fewer postings than are open, in plain words (issue 10 trial
finding: "Ranked for your active resume · 414 postings" next to the dashboard's 909 open
postings, with no word about the rest).

The ranked list holds the open postings that (a) are scored for the user's active resume —
the :data:`~careercopilot.services.matching.candidates.REFRESH_CANDIDATES` nearest to it plus
the postings of the user's occupation (``matching.candidates``), topped up when a filter needs
more — (b) the user has not hidden ("Not interested") and (c) pass the page's filters. "Open"
is the dashboard's count: open, not a duplicate, not flagged by the quality checks, shared or
the user's own. :func:`ranked_count_note` splits the difference into those three reasons with
the same SQL conditions the lists use (``job_views.browse_postings``), so the numbers add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from careercopilot.models import JobPosting, PostingHide
from careercopilot.schemas import JobFilters

__all__ = ["RankedCount", "ranked_count_note"]


@dataclass(frozen=True)
class RankedCount:
    """``open_total``: open postings the user can see; ``hidden``: of those, hidden by the
    user; ``filtered_out``: not hidden but outside the filters; ``unscored``: not hidden, in
    the filters, not (yet) scored for the resume; ``listable``: not hidden and in the filters
    (what the newest-first list shows); ``note``: the sentence the page shows and ``see_all``
    the words of its link to the newest-first list (both "" when every open posting is ranked)."""

    open_total: int
    hidden: int
    filtered_out: int
    unscored: int
    listable: int
    note: str
    see_all: str = ""


def _n(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def ranked_count_note(*, session: Session, user_id: int, filters: JobFilters | None, ranked_total: int,
                      now: datetime | None = None) -> RankedCount:
    """Counts and the explanation of ``ranked_total`` (the ranked list's length) against the
    open postings (module docstring)."""
    from careercopilot.services import matching
    from careercopilot.services.matching.candidates import REFRESH_CANDIDATES
    from careercopilot.services.job_views import _listable_where, filter_where

    where = [*_listable_where(user_id)]
    hidden_ids = select(PostingHide.posting_id).where(PostingHide.user_id == user_id)
    open_total, hidden = session.exec(select(func.count(), func.count(JobPosting.id).filter(JobPosting.id.in_(hidden_ids)))
                                      .select_from(JobPosting).where(*where)).one()
    open_total, hidden = int(open_total), int(hidden or 0)
    # the newest-first list's length (job_views.browse_postings' conditions), counted only when
    # a filter is set: without one it is every open posting not hidden (session 11: this count
    # used to load a page of that list, a third of the note's cost)
    where.append(matching.not_hidden_where(user_id))
    extra = filter_where(session=session, where=where, filters=filters, now=now)
    passing = (int(session.exec(select(func.count()).select_from(JobPosting).where(*where, *extra)).one()) if extra
               else open_total - hidden)
    filtered_out = max(0, open_total - hidden - passing)
    unscored = max(0, passing - ranked_total)
    reasons = []
    if unscored:
        reasons.append(f"{unscored:,} not scored for your resume (only the {REFRESH_CANDIDATES:,} closest to it "
                       "and those in your occupation are)")
    if filtered_out:
        reasons.append(f"{filtered_out:,} outside your filters")
    if hidden:
        reasons.append(f"{hidden:,} hidden by you")
    note = see_all = ""
    if reasons:
        see_all = f"See all {passing:,}{' in these filters' if filtered_out else ''}, newest first"
        verb = "is" if ranked_total == 1 else "are"
        note = (f"{ranked_total:,} of {_n(open_total, 'open posting', 'open postings')} {verb} ranked. "
                f"Not ranked: {', '.join(reasons)}.")
    return RankedCount(open_total, hidden, filtered_out, unscored, passing, note, see_all)
