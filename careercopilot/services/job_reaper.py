"""The reaper: every live job row (queued/running) is brought in line with reality.

Run on a schedule (``jobs.maintenance.reap_jobs`` in ``jobs/schedule.py``), at start-up
(app lifespan on the embedded default, ``python -m careercopilot worker``), and by the
RQ worker when its work-horse dies (:func:`after_horse_death`).

A row needs attention when nothing vouches for it any more:

* **In-process rows** (``owner`` ``inline:<process identity>``): the owning process no
  longer exists (``process_guard.identity_alive``), or it is this process and no thread
  of it holds the job (``background.is_local``). A row of another host is judged by age
  (``started_at``/``queued_at`` older than the RQ job timeout).
* **RQ rows**: a running row whose ``heartbeat_at`` *and* RQ's own job heartbeat are
  older than ``settings.job_lease_seconds``, or a queued row older than the lease whose
  RQ job is gone. The RQ job is then looked up: *gone* (Redis restarted without
  persistence, or the job expired) → lost; *started* but silent → abandoned (its
  work-horse died with the worker: removed from ``StartedJobRegistry`` and queued again
  at once when it has RQ retries left, else failed); *queued/scheduled/
  deferred* → the row says queued; *finished/failed/stopped/canceled* → the row takes
  that final state.

Recovering a lost job: idempotent jobs with attempts left are dispatched again with a
message saying why; every other one is failed with a clear reason (a non-idempotent job
is never run twice blindly). The RQ side is changed under RQ's per-queue maintenance
lock, so a worker's registry cleanup never retries the same job a second time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import structlog
from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob
from careercopilot.models.background import LIVE_STATUSES
from careercopilot.services import background, process_guard
from careercopilot.services.background import INLINE_PREFIX, RQ_JOB_TIMEOUT
from careercopilot.services.index_handoff import HANDOFF_PREFIX

log = structlog.get_logger(__name__)

LOST_IN_QUEUE = ("The job queue lost this job (Redis restarted without persistence, or the job expired)")
APP_STOPPED = "The app process running this job stopped"
WORKER_STOPPED = "The worker running this job stopped (no heartbeat for {seconds:.0f} s)"
NOT_RETRIED = "; it is not safe to run twice automatically — start it again if needed."


@dataclass
class ReapReport:
    """What one :func:`reap` pass did: row ids per outcome."""

    requeued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)

    def total(self) -> int:
        """Rows changed."""
        return len(self.requeued) + len(self.failed) + len(self.finished) + len(self.corrected)

    def as_dict(self) -> dict[str, int]:
        """Counts per outcome."""
        return {k: len(v) for k, v in self.__dict__.items()}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _older(ts: datetime | None, seconds: float, now: datetime) -> bool:
    return ts is None or ts < now - timedelta(seconds=seconds)


def reap(*, now: datetime | None = None) -> ReapReport:
    """Reconcile every live job row (see module doc); returns what changed."""
    now = now or _now()
    report = ReapReport()
    with session_scope() as s:
        rows = s.exec(select(BackgroundJob).where(BackgroundJob.status.in_(LIVE_STATUSES))
                      .order_by(BackgroundJob.created_at)).all()
    for row in rows:
        try:
            if (row.owner or "").startswith(HANDOFF_PREFIX):
                _reap_handed(row, now, report)
            elif (row.owner or "").startswith(INLINE_PREFIX):
                _reap_inline(row, now, report)
            elif settings.rq_redis_url:
                _reap_rq(row, now, report)
        except Exception as exc:  # one broken row must not stop the pass
            log.error("reaper.row_failed", job_id=row.id, error=f"{type(exc).__name__}: {exc}")
    if report.total():
        log.warning("reaper.reconciled", **report.as_dict())
    return report


# ----------------------------------------------------------------------------- in-process rows


def _reap_inline(row: BackgroundJob, now: datetime, report: ReapReport) -> None:
    identity = (row.owner or "")[len(INLINE_PREFIX):]
    if identity == process_guard.process_identity():
        if background.is_local(row.id):
            return
        reason = f"{APP_STOPPED} (its thread ended without recording a result)"
    else:
        alive = process_guard.identity_alive(identity)
        if alive is None:  # another host: only its age can tell
            alive = not _older(row.started_at or row.queued_at or row.created_at, RQ_JOB_TIMEOUT, now)
        if alive:
            return
        pid = identity.rsplit(":", 2)[-2] if identity.count(":") >= 3 else "?"
        reason = f"{APP_STOPPED} (process {pid} no longer runs)"
    _recover(row, reason, report)


def _reap_handed(row: BackgroundJob, now: datetime, report: ReapReport) -> None:
    """A row a CLI process handed to the process holding the embedded index
    (``services.index_handoff``): left alone while that process runs (it claims the row);
    recovered here when it is gone."""
    identity = (row.owner or "")[len(HANDOFF_PREFIX):]
    alive = process_guard.identity_alive(identity) if identity else None
    if alive is None:
        alive = not _older(row.queued_at or row.created_at, RQ_JOB_TIMEOUT, now)
    if alive:
        return
    _recover(row, f"{APP_STOPPED} (process {identity.rsplit(':', 2)[-2] if identity.count(':') >= 3 else '?'} "
                  "ended before running the job handed to it)", report)


# ----------------------------------------------------------------------------- RQ rows


def _reap_rq(row: BackgroundJob, now: datetime, report: ReapReport) -> None:
    lease = float(settings.job_lease_seconds)
    if row.status == "queued" and not _older(row.queued_at or row.created_at, lease, now):
        return  # just put on the queue (or being put there)
    if row.status == "running" and not _older(row.heartbeat_at or row.started_at, lease, now):
        return
    from rq.exceptions import NoSuchJobError
    from rq.job import Job, JobStatus

    conn = background._redis()
    try:
        job = Job.fetch(row.id, connection=conn)
    except NoSuchJobError:
        _recover(row, LOST_IN_QUEUE, report)
        return
    status = job.get_status(refresh=False)
    if status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED):
        if row.status == "running":
            _set(row.id, report.corrected, status="queued", message="Waiting on the queue for a retry")
        return
    if status == JobStatus.STARTED:
        rq_beat = job.last_heartbeat
        if rq_beat is not None and rq_beat.tzinfo is None:
            rq_beat = rq_beat.replace(tzinfo=timezone.utc)
        if not _older(rq_beat, lease, now):
            return  # its worker still vouches for it
        _abandon(row, job, lease, report)
        return
    if status == JobStatus.FINISHED:
        _set(row.id, report.finished, status="finished", progress=100, finished_at=now, error=None)
        return
    if status == JobStatus.FAILED:
        _set(row.id, report.failed, status="failed", finished_at=now, error=(row.error or _rq_error(job))[:4000])
        return
    # stopped / canceled (by an operator with rq's CLI or API)
    _set(row.id, report.failed, status="failed", finished_at=now,
         error=f"The job was {getattr(status, 'value', status)} on the queue.")


def _rq_error(job) -> str:
    try:
        result = job.latest_result()
    except Exception:  # pragma: no cover - old records without results
        result = None
    text = (getattr(result, "exc_string", None) or "").strip()
    last = text.splitlines()[-1] if text else ""
    return f"The job failed on the worker: {last}" if last else "The job failed on the worker."


def _abandon(row: BackgroundJob, job, lease: float, report: ReapReport) -> None:
    """A started RQ job whose worker is gone: retry it through RQ, or fail it."""
    from rq import Queue
    from rq.job import JobStatus
    from rq.job_lifecycle import record_job_failure

    queue = Queue(job.origin, connection=job.connection)
    if not queue.acquire_maintenance_lock():
        return  # a worker is cleaning this queue right now (it handles abandoned jobs too)
    try:
        if job.get_status(refresh=True) != JobStatus.STARTED:
            return
        reason = WORKER_STOPPED.format(seconds=lease)
        retry = background.job_policy(row.func).idempotent and bool(job.retries_left)
        with job.connection.pipeline() as pipe:
            job.started_job_registry.remove_executions(job, pipeline=pipe)
            if not retry:
                record_job_failure(job, reason, pipe)
            pipe.execute()
        if retry:  # at once: the backoff is for flaky services, and the worker died a lease ago
            job.retries_left -= 1
            job.started_at = job.ended_at = None
            queue.enqueue_job(job)
    finally:
        queue.release_maintenance_lock()
    if retry:
        _set(row.id, report.requeued, status="queued", queued_at=_now(), progress=0,
             message=f"{reason}; retrying ({job.retries_left} retries left)"[:500])
    else:
        _fail(row, reason, report)


def after_horse_death(job_id: str, exc_string: str) -> None:
    """Called by the RQ worker after its work-horse died mid-job (killed, out of memory):
    the row follows RQ's decision at once (queued for a retry, or failed)."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job, JobStatus

    try:
        job = Job.fetch(job_id, connection=background._redis())
        status = job.get_status(refresh=True)
    except NoSuchJobError:
        return
    reason = (exc_string or "The worker process running this job was killed").strip().rstrip(";")
    with session_scope() as s:
        row = s.get(BackgroundJob, job_id)
        if row is None or row.status not in LIVE_STATUSES:
            return
        if status in (JobStatus.QUEUED, JobStatus.SCHEDULED):
            row.status, row.queued_at, row.progress = "queued", _now(), 0
            row.message = f"{reason}; retrying ({job.retries_left} retries left)"[:500]
        elif status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED):
            row.status, row.finished_at = "failed", _now()
            row.error = reason + ("" if background.job_policy(row.func).idempotent else NOT_RETRIED)
        s.add(row)


# ----------------------------------------------------------------------------- outcomes


def _set(job_id: str, bucket: list[str], **fields: Any) -> None:
    background.update_row(job_id, **fields)
    bucket.append(job_id)


def _fail(row: BackgroundJob, reason: str, report: ReapReport) -> None:
    error = reason + (NOT_RETRIED if not background.job_policy(row.func).idempotent else ".")
    _set(row.id, report.failed, status="failed", finished_at=_now(), error=error[:4000])


def _recover(row: BackgroundJob, reason: str, report: ReapReport) -> None:
    """Dispatch a lost job again when that is safe (idempotent, attempts left), else fail it."""
    policy = background.job_policy(row.func)
    attempts_left = row.max_attempts - row.attempts
    if not policy.idempotent or attempts_left <= 0:
        if policy.idempotent:
            reason += f"; it already ran {row.attempts} times"
        _fail(row, reason, report)
        return
    try:
        args = json.loads(row.args or "[]")
    except ValueError:
        _fail(row, reason + "; its arguments could not be read", report)
        return
    _set(row.id, report.requeued, status="queued", queued_at=_now(), progress=0,
         owner=background.dispatch_owner(), message=f"{reason}; queued again"[:500])
    try:
        background.dispatch(row.id, row.func, args, retries=max(0, attempts_left - 1))
    except background.JobQueueUnavailable:
        report.requeued.remove(row.id)
        report.failed.append(row.id)
