"""Ingestion jobs: sync one source, and enqueue the sources whose interval elapsed.

``sync_source`` is idempotent (re-running it with an unchanged feed changes nothing).
HTTP retries with backoff happen inside the connector's ``HttpFetcher`` (tenacity,
``Retry-After``); at job level a failed sync is recorded on the Source (``failing``,
``last_error``) and its SyncRun (``failed``) and the job ends failed, so the UI shows the
error; other sources are unaffected.

The user who started a sync (``BackgroundJob.user_id``: "Sync now" on the Sources page) gets a
"sync finished" (or "failed") inbox item, keyed by the job id so retries add no second one
(``services.job_notices``); scheduled syncs announce nothing.
"""

from __future__ import annotations

import structlog

from careercopilot import metrics
from careercopilot.db import session_scope
from careercopilot.services import ingest_sync, job_notices, sources
from careercopilot.services.background import current_job_id, enqueue, report_progress
from jobs.queues import job

log = structlog.get_logger(__name__)

#: Dotted path of the matching re-index job enqueued after a sync that changed postings.
INDEX_JOB = "jobs.matching.index_postings"


class SyncFailed(RuntimeError):
    """The source could not be fetched; its error is recorded on the Source and SyncRun.

    Not retried at job level: the connector's fetcher already retried the request with
    backoff, and the source's next scheduled sync tries again."""

    retryable = False


def _announce(source_id: int, summary: str, *, failed: bool) -> None:
    """The starter's inbox item; a failure here never fails the sync (logged)."""
    try:
        with session_scope() as s:
            job_notices.sync_finished(session=s, job_id=current_job_id(), source_id=source_id, summary=summary,
                                      failed=failed)
    except Exception as exc:
        log.warning("ingest.notice_failed", source_id=source_id, error=f"{type(exc).__name__}: {exc}")


def _source_type(session, source_id: int) -> str:
    """The connector type of the source (the bounded label of ``cc_sync_runs_total``)."""
    from careercopilot.models import Source

    source = session.get(Source, source_id)
    return source.type if source is not None else "unknown"


def _enqueue_index() -> None:
    try:
        enqueue(INDEX_JOB)
    except (ImportError, AttributeError) as exc:
        log.warning("ingest.index_job_unavailable", job=INDEX_JOB, error=str(exc))


@job("ingest", idempotent=True)
def sync_source(source_id: int) -> dict:
    """Sync source ``source_id``; returns ``{"new", "updated", "closed", "fetched", "withheld",
    "open_before", "status"}`` (status ``succeeded`` or ``suspicious``: closing held back).

    Raises:
        SyncFailed: the connector failed (already recorded on Source/SyncRun).
        LookupError: unknown source.
    """
    source_id = int(source_id)
    source_type = "unknown"
    try:
        with session_scope() as s:
            run = ingest_sync.sync_source(session=s, source_id=source_id, progress=report_progress)
            status, error = run.status, run.error
            source_type = _source_type(s, source_id)
            counts = {"fetched": run.fetched_count, "new": run.new_count, "updated": run.updated_count,
                      "closed": run.closed_count, "withheld": run.withheld_count, "open_before": run.open_before or 0,
                      "status": run.status}
    except LookupError:
        raise
    except Exception as exc:  # database or unexpected failure: rolled back, recorded separately
        with session_scope() as s:
            ingest_sync.record_failure(session=s, source_id=source_id, error=f"{type(exc).__name__}: {exc}")
            metrics.SYNC_RUNS.labels(_source_type(s, source_id), "failed").inc()
        raise
    metrics.SYNC_RUNS.labels(source_type, status if status in ("succeeded", "suspicious") else "failed").inc()
    if status not in ("succeeded", "suspicious"):
        report_progress(100, f"failed: {error}")
        _announce(source_id, error or "sync failed", failed=True)
        raise SyncFailed(error or "sync failed")
    summary = (f"{counts['new']} new, {counts['updated']} updated, {counts['closed']} closed "
               f"of {counts['fetched']} fetched")
    if status == "suspicious":
        summary += (f"; closing held back: {counts['withheld']} of {counts['open_before']} open postings were "
                    "missing (suspicious fetch) — an admin can confirm it on the Sources page")
    report_progress(100, summary)
    _announce(source_id, summary, failed=False)
    if counts["new"] or counts["updated"] or counts["closed"]:
        _enqueue_index()
    return counts


@job("ingest", idempotent=True)
def sync_due_sources() -> int:
    """Enqueue :func:`sync_source` for every non-paused source whose interval elapsed; returns count."""
    with session_scope() as s:
        due = sources.due_source_ids(session=s)
    for source_id in due:
        enqueue(sync_source, source_id)
    report_progress(100, f"enqueued {len(due)} source syncs")
    return len(due)
