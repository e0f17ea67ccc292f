"""Syncing one source: fetch, normalize, upsert, close (with the floor), record the run.

:func:`sync_source` ties :mod:`~careercopilot.services.ingest_fetch`,
:mod:`~careercopilot.services.ingest_normalize`, :mod:`~careercopilot.services.ingest`
(upsert and identity rules) and :mod:`~careercopilot.services.ingest_closing` together;
failures are recorded on the source (:func:`record_failure`) and old runs pruned
(``services.maintenance.prune_sync_history``). Times are timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

import structlog
from sqlalchemy import func
from sqlmodel import Session, select

from careercopilot.connectors import ConnectorError, HttpFetcher
from careercopilot.models import JobPosting, Source, SyncRun
from careercopilot.normalize.posting import NormalizedPosting
from careercopilot.services.ingest import _now, upsert_postings
from careercopilot.services.ingest_closing import close_postings, is_suspicious, missing_open_postings
from careercopilot.services.ingest_fetch import fetch_error_message, fetch_raw
from careercopilot.services.ingest_normalize import normalize_all

log = structlog.get_logger(__name__)


Progress = Callable[[int, str], None]


def record_failure(*, session: Session, source_id: int, error: str, run: SyncRun | None = None) -> None:
    """Mark ``source_id`` failing with ``error`` (and ``run`` failed); the source keeps its schedule."""
    now = _now()
    source = session.get(Source, source_id)
    if source is not None:
        if source.status != "paused":
            source.status = "failing"
        source.last_error = error[:4000]
        source.last_sync_at = now
        session.add(source)
    if run is None:
        run = SyncRun(source_id=source_id, started_at=now)
    run.status, run.error, run.finished_at = "failed", error[:4000], now
    session.add(run)


def demo_reference_time(source: Source, postings: Sequence[NormalizedPosting], *, now: datetime) -> datetime | None:
    """When a demo source's recording was made: the manifest's ``recorded_at`` (ISO 8601),
    else the newest ``posted_at`` among its postings (a recording is never older than its
    newest posting); ``None`` when neither is known or it is not in the past."""
    from careercopilot.services.sources import demo_recorded_at

    ref = demo_recorded_at(source.type, source.token)
    if ref is None:
        dates = [p.posted_at for p in postings if p.posted_at is not None]
        ref = max(dates) + timedelta(days=1) if dates else None
    return ref if ref is not None and ref < now else None


def sync_source(
    *, session: Session, source_id: int, fetcher: HttpFetcher | None = None, progress: Progress | None = None,
    now: datetime | None = None, payload: bytes | None = None,
) -> SyncRun:
    """Fetch, normalize, upsert and close postings of one source; returns its :class:`SyncRun`.

    Connector failures are recorded (source ``failing`` with ``last_error``, run ``failed``)
    and do not raise; database errors propagate. A fetch that would close too many open
    postings (:func:`is_suspicious`) stores what it saw but closes nothing: the run is
    ``suspicious`` until an admin confirms it (``services.sources.confirm_sync_run``).
    ``payload``: a recorded payload to sync instead of fetching (the whole source as of that
    recording: postings missing from it are closed as after a fetch).
    Runs beyond ``settings.sync_history_keep`` per source are pruned. ``progress(percent, message)`` gets live
    counts; it is only called before the first write (SQLite allows one writer, and the
job's progress row is written on another connection). Raises LookupError for an unknown source.
    """
    progress = progress or (lambda pct, msg: None)
    now = now or _now()
    source = session.get(Source, source_id)
    if source is None:
        raise LookupError(f"source {source_id} not found")
    run = SyncRun(source_id=source_id, started_at=now)
    session.add(run)
    progress(5, f"fetching {source.name}")
    try:
        raws = fetch_raw(source, fetcher=fetcher, payload=payload)
    except ConnectorError as exc:
        # the admin sees the neutral wording (no port/DNS oracle); the detail goes to the log
        reason = fetch_error_message(exc, url=exc.url or "", board=True)
        record_failure(session=session, source_id=source_id, error=reason, run=run)
        session.flush()
        from careercopilot.services.maintenance import prune_sync_history

        # a source that keeps failing keeps only its last runs too (issue 9 probe, session 9: failed
        # runs piled up until the daily prune, which only the cron process runs)
        prune_sync_history(session=session, source_id=source_id)
        return run
    progress(40, f"fetched {len(raws)} postings; normalizing")
    postings, skipped = normalize_all(raws, now=now)
    if source.is_demo:  # a recording is replayed as of when it was recorded (relative dates, staleness)
        recorded = demo_reference_time(source, postings, now=now)
        if recorded is not None:
            postings, skipped = normalize_all(raws, now=recorded)
        # … then dated like a live feed: moved forward to today, spacing kept (services.demo_dates)
        from careercopilot.services.demo_dates import demo_date_shift, shift_posting_dates
        from careercopilot.services.sources import demo_recorded_at

        shift = demo_date_shift(demo_recorded_at(source.type, source.token), postings, now=now)
        postings = shift_posting_dates(postings, shift)
        log.info("ingest.demo_dates_shifted", source_id=source_id, days=shift.days)
    progress(70, f"normalized {len(postings)} ({skipped} skipped); storing")
    P = JobPosting
    open_before = session.exec(select(func.count(P.id)).where(P.source_id == source_id, P.is_open)).one()
    stats = upsert_postings(session=session, source_id=source_id, postings=postings, now=now)
    gone = missing_open_postings(session=session, source_id=source_id, seen_ats_ids=stats.seen_ats_ids)
    run.open_before = open_before
    if is_suspicious(open_before=open_before, seen=len(stats.seen_ats_ids), closing=len(gone)):
        closed, run.status = 0, "suspicious"
        run.withheld_count, run.seen_ats_ids = len(gone), sorted(stats.seen_ats_ids)
        log.warning("ingest.sync_suspicious", source_id=source_id, fetched=len(raws), seen=len(stats.seen_ats_ids),
                    open_before=open_before, withheld=len(gone))
    else:
        closed, run.status = close_postings(session=session, posting_ids=gone, now=now), "succeeded"
    run.fetched_count, run.new_count, run.updated_count, run.closed_count = len(raws), stats.new, stats.updated, closed
    run.finished_at = _now()
    source.status = "active" if source.status != "paused" else "paused"
    source.last_error, source.last_sync_at, source.last_success_at = None, now, now
    session.add_all([run, source])
    session.flush()
    from careercopilot.services.maintenance import prune_sync_history

    prune_sync_history(session=session, source_id=source_id)
    log.info("ingest.synced", source_id=source_id, new=stats.new, updated=stats.updated, closed=closed)
    return run
