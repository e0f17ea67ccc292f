"""Closing postings and the floor on closing: postings missing from their source's latest
*successful* sync are closed (``is_open=False``, ``closed_at``), never deleted, unless the
fetch looks like a glitch (:func:`is_suspicious`, thresholds from settings).

Storing and identity rules are in :mod:`careercopilot.services.ingest`; the sync that calls
these is :func:`careercopilot.services.ingest_sync.sync_source`. Times are timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, select

from careercopilot.config import settings
from careercopilot.models import JobPosting
from careercopilot.services import shared_cache
from careercopilot.services.ingest import _in, _lookup_chunks, _now


def missing_open_postings(*, session: Session, source_id: int, seen_ats_ids: set[str]) -> list[int]:
    """Ids of the open postings of ``source_id`` whose ATS id is not in ``seen_ats_ids``."""
    P = JobPosting
    open_rows = session.exec(select(P.id, P.ats_id).where(P.source_id == source_id, P.is_open)).all()
    return [pid for pid, ats_id in open_rows if ats_id not in seen_ats_ids]


def close_postings(*, session: Session, posting_ids: Sequence[int], now: datetime | None = None) -> int:
    """Close postings (``is_open=False``, ``closed_at=now``; rows are kept); returns how many."""
    now = now or _now()
    table = JobPosting.__table__
    for chunk in _lookup_chunks(session, list(posting_ids)):
        session.execute(update(table).where(_in(session, table.c.id, chunk)).values(
            is_open=False, closed_at=now, index_pending=True))
    if posting_ids:
        shared_cache.invalidate_on_commit(session)
    return len(posting_ids)


def close_missing(*, session: Session, source_id: int, seen_ats_ids: set[str], now: datetime | None = None) -> int:
    """Close the open postings of ``source_id`` whose ATS id is not in ``seen_ats_ids``.

    Call only after a SUCCESSFUL sync that passed the floor (:func:`is_suspicious`).
    Rows are kept (``is_open=False``, ``closed_at=now``). Returns the number closed.
    """
    gone = missing_open_postings(session=session, source_id=source_id, seen_ats_ids=seen_ats_ids)
    return close_postings(session=session, posting_ids=gone, now=now)


def is_suspicious(*, open_before: int, seen: int, closing: int) -> bool:
    """The floor on closing postings: would this successful fetch close too much?

    ``open_before`` open postings of the source before the sync, ``seen`` postings the
    fetch yielded (after normalization), ``closing`` open postings it did not see.
    Suspicious when the fetch saw nothing while postings were open (an empty answer is
    the classic API glitch: a maintenance page, a filtered board, a normalizer failure),
    or when the source had at least ``settings.sync_close_floor_min_open`` open postings
    and fewer than ``settings.sync_close_floor_ratio`` of them would stay open.
    """
    if open_before <= 0 or closing <= 0:
        return False
    if seen == 0:
        return True
    kept = open_before - closing
    return open_before >= settings.sync_close_floor_min_open and kept < settings.sync_close_floor_ratio * open_before
