"""Background jobs with one interface for RQ (production) and in-process threads.

``enqueue(fn, *ids)`` records a :class:`~careercopilot.models.BackgroundJob` row and
either pushes the call onto the RQ queue named by the function's ``queue`` attribute
(see :func:`jobs.queues.job`) or runs it on a worker thread of this process (the
embedded default) — never inside a Reflex event handler. Job functions report
progress with :func:`report_progress`; the UI reads it with :func:`job_status` or
:func:`poll_job` (which ends at ``settings.job_poll_timeout_seconds``).

Lifecycle guarantees (issue 9, fault findings):

* **One live job per kind and target.** The row's ``dedupe_key`` is the function path
  plus its arguments; a partial unique index allows one queued-or-running row per key,
  so ``enqueue`` of a sync that is already queued or running returns that job (race-safe:
  the database decides). Jobs marked ``coalesce`` (index, rescore) instead ask a running
  one for a follow-up run, started when it ends, so no change is missed.
* **Retries with backoff** for jobs marked ``idempotent``: up to ``settings.job_retry_max``
  more runs after a transient failure (a dropped database connection, a dead worker…),
  waiting ``settings.job_retry_backoff_seconds``. On RQ this is RQ's ``Retry`` (RQ also
  retries jobs abandoned by a dead worker); in-process the same policy runs on timers.
  Errors that a new run cannot fix (:func:`is_transient` is False) and jobs not marked
  idempotent are not retried.
* **Rows reach a final state**: running RQ jobs refresh ``heartbeat_at`` every
  ``settings.job_heartbeat_seconds``; ``services.job_reaper`` reconciles rows whose job
  vanished (worker killed, Redis restarted, app process gone) with RQ's registries.
"""

from __future__ import annotations

import contextvars
import json
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

import structlog
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from careercopilot import metrics, tracing
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob
from careercopilot.models.background import LIVE_STATUSES
from careercopilot.services import inline_pools, process_guard
from careercopilot.services.job_policy import (  # noqa: F401  (re-exported: callers use background.<name>)
    MAX_KEY_LENGTH,
    JobPolicy,
    SlotsTaken,
    backoff_seconds,
    dedupe_key,
    failure_words,
    func_path,
    is_transient,
    job_policy,
    resolve_func,
    slot_key,
)

log = structlog.get_logger(__name__)

_current_job_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("cc_job_id", default=None)
_timers: set[threading.Timer] = set()
#: Held while a timer is added to :data:`_timers` and started, and while waiters take their list of
#: it: a waiter joining a timer added but not yet started got "RuntimeError: cannot join thread before
#: it is started" (ux122's job tests, once in 72).
_timers_lock = threading.Lock()
#: Ids of rows this process will run or is running in-process (count of pending runs);
#: the reaper recovers rows owned by this process that are not here (a lost thread).
_local_jobs: dict[str, int] = {}
_local_lock = threading.Lock()
#: Progress of in-process jobs, kept in memory: a job may hold the (SQLite) write
#: lock for its whole run, so progress must not need a second writer. Status changes
#: (running/finished/failed) are written before and after the job body. The entry belongs to
#: the run the row calls ``running``: readers take it before the row and use it only when the
#: row says ``running`` (:func:`_handle`), so a handle never pairs a status with a progress of
#: another moment (tidy68: "queued 50 %" when a poll read the row just before the claim's
#: commit and this entry just after the job's first report).
_inline_progress: dict[str, tuple[int, str | None]] = {}
#: In-process worker threads of the general pool (embedded default); the writing copilot's jobs
#: run on a pool of their own (:mod:`careercopilot.services.inline_pools`, attack93 item 1).
INPROCESS_WORKERS = inline_pools.GENERAL_WORKERS
#: RQ job timeout, seconds.
RQ_JOB_TIMEOUT = 1800
#: RQ keeps a finished job's record this long (s); failures for 7 days (maintenance.JOB_RETENTION_SECONDS).
RQ_RESULT_TTL = 3600
RQ_FAILURE_TTL = 7 * 86_400
#: Owner of a row waiting on the RQ queue (``rq:<worker name>`` once a worker runs it).
RQ_OWNER = "rq"
INLINE_PREFIX = "inline:"


class JobQueueUnavailable(RuntimeError):
    """The job could not be put on the queue (Redis unreachable); its row is marked failed."""


@dataclass(frozen=True)
class JobHandle:
    """Status of a background job as the UI shows it."""

    id: str
    status: str  # queued | running | finished | failed
    progress: int  # 0–100
    message: str | None
    error: str | None
    #: Set by :func:`poll_job` on its last handle when the deadline passed first.
    timed_out: bool = False

    @property
    def done(self) -> bool:
        """True once the job finished or failed."""
        return self.status in {"finished", "failed"}


def _now() -> datetime:
    return datetime.now(timezone.utc)


@lru_cache(maxsize=1)
def _redis():
    import redis

    return redis.Redis.from_url(settings.rq_redis_url)


def rq_queue(name: str):
    """The RQ queue ``name`` on ``settings.rq_redis_url``."""
    from rq import Queue

    return Queue(name, connection=_redis())


def _get_executor(path: str) -> ThreadPoolExecutor:
    """The in-process pool that runs job ``path``: the writing pool for the ``writing`` queue, else the general one."""
    return inline_pools.executor(inline_pools.pool_for(queue_of(path)))


def dispatch_owner() -> str:
    """``owner`` of a row dispatched by this process: ``rq`` or ``inline:<process identity>``."""
    return INLINE_PREFIX + process_guard.process_identity() if settings.run_jobs_inline else RQ_OWNER


# ----------------------------------------------------------------------------- enqueue


def enqueue(fn: Callable[..., Any] | str, *ids: int | str, user_id: int | None = None,
            periodic: bool = False, user_slots: int | None = None) -> JobHandle:
    """Run ``fn(*ids)`` in the background and return its handle.

    ``ids`` must be primitives (ints/strings). On RQ the job goes to the queue named by
    ``fn.queue`` (default ``"default"``); in-process it runs on a worker thread. When a
    job with the same function and arguments is queued or running, its handle is
    returned instead (a ``coalesce`` job that is running gets a follow-up run).
    ``periodic`` (the in-process scheduler's runs) logs "job.enqueued" at debug: a job every
    minute filled the ``make run`` console (issue 10, set-up noise).
    ``user_slots`` (with ``user_id``): at most this many live jobs of the function's queue for the
    user — the row takes one of the user's slot keys (:func:`job_policy.slot_key`), so the database's
    one-live-row-per-key index decides even between racing enqueues (attack93 item 1).

    Raises:
        TypeError: a non-primitive argument.
        SlotsTaken: every slot of the user holds another live job (``user_slots`` only).
        JobQueueUnavailable: Redis could not be reached (the row is recorded as failed).
    """
    for value in ids:
        if not isinstance(value, (int, str)):
            raise TypeError(f"job arguments must be primitive ids, got {type(value).__name__}")
    path = func_path(fn)
    if isinstance(fn, str):
        resolve_func(path)  # unknown job: ImportError/AttributeError now, not in the worker
    policy = job_policy(path)
    args_json = json.dumps(list(ids))
    key = dedupe_key(path, args_json)
    keys = [key]
    if user_slots is not None:
        if user_id is None:
            raise ValueError("user_slots needs the user_id")
        keys = [slot_key(queue_of(path), user_id, n) for n in range(max(1, int(user_slots)))]
    for _ in range(20):
        taken: list[str] = []
        for slot in keys:
            job_id = uuid.uuid4().hex
            row = BackgroundJob(id=job_id, func=path, args=args_json, user_id=user_id, dedupe_key=slot,
                                max_attempts=policy.max_attempts, queued_at=_now(), owner=dispatch_owner())
            if user_slots is not None and (same := _live_same(path, args_json, user_id)) is not None:
                return same  # this very job is live already (a double click, a second tab)
            try:
                with session_scope() as s:
                    s.add(row)
            except IntegrityError:
                live = _join_live(slot, coalesce=policy.coalesce)
                if live is None:
                    break  # the live one ended in between: insert again
                if user_slots is None:
                    log.info("job.deduplicated", job_id=live.id, func=path, status=live.status)
                    return live
                taken.append(live.id)
                continue  # another job of the user holds this slot: the next one
            dispatch(job_id, path, list(ids), retries=policy.max_attempts - 1)
            (log.debug if periodic else log.info)("job.enqueued", job_id=job_id, func=path,
                                                   inline=settings.run_jobs_inline)
            return JobHandle(job_id, "queued", 0, None, None)
        if len(taken) == len(keys):
            raise SlotsTaken(taken)
    raise RuntimeError(f"could not enqueue {key}: the live job kept changing")  # pragma: no cover


def _live_same(path: str, args_json: str, user_id: int) -> JobHandle | None:
    """The user's live job ``path(args)``, whatever key it holds, or None."""
    live = dict(_inline_progress)  # before the row: see _handle
    with session_scope() as s:
        row = s.exec(select(BackgroundJob).where(BackgroundJob.func == path, BackgroundJob.args == args_json,
                                                 BackgroundJob.user_id == user_id,
                                                 BackgroundJob.status.in_(LIVE_STATUSES))).first()
        return None if row is None else _handle(row, live.get(row.id))


def _join_live(key: str, *, coalesce: bool) -> JobHandle | None:
    """The live job with ``key`` (asking a running coalesce job for a follow-up), or None."""
    live = dict(_inline_progress)  # before the row: see _handle
    with session_scope() as s:
        row = s.exec(select(BackgroundJob).where(BackgroundJob.dedupe_key == key,
                                                 BackgroundJob.status.in_(LIVE_STATUSES))).first()
        if row is None:
            return None
        if coalesce and row.status == "running":
            marked = s.execute(update(BackgroundJob).where(BackgroundJob.id == row.id, BackgroundJob.status == "running")
                               .values(rerun_requested=True))
            if marked.rowcount == 0:  # it just ended: look again
                s.rollback()
                return _join_live(key, coalesce=coalesce)
        return _handle(row, live.get(row.id))


def dispatch(job_id: str, path: str, args: list[Any], *, retries: int, delay: float = 0.0) -> None:
    """Put an existing row's job on the queue (RQ) or on this process's threads.

    ``retries``: further runs RQ may start after failures (RQ ``Retry``); ``delay``
    seconds before it may start. Raises :class:`JobQueueUnavailable` when Redis fails
    (the row is then marked failed with that reason).
    """
    if settings.run_jobs_inline:
        from careercopilot.services import index_handoff

        holder = index_handoff.index_holder()
        if holder is not None:  # the running app keeps the embedded index: it runs the job (trial55 F1)
            index_handoff.hand_over(job_id, holder)
            return
        _submit_inline(job_id, path, args, delay)
        return
    from rq import Retry

    queue = rq_queue(getattr(resolve_func(path), "queue", "default"))
    options: dict[str, Any] = dict(job_id=job_id, job_timeout=RQ_JOB_TIMEOUT, result_ttl=RQ_RESULT_TTL,
                                   failure_ttl=RQ_FAILURE_TTL, description=f"{path}{tuple(args)}")
    if retries > 0:
        steps = settings.job_retry_backoff_seconds or [0]
        options["retry"] = Retry(max=retries, interval=[max(0, int(x)) for x in steps])
    try:
        if delay > 0:
            queue.enqueue_in(timedelta(seconds=delay), run_job, job_id, path, args, **options)
        else:
            queue.enqueue(run_job, job_id, path, args, **options)
    except Exception as exc:  # redis.ConnectionError and friends
        reason = f"The job queue (Redis) could not be reached: {type(exc).__name__}: {exc}"
        update_row(job_id, status="failed", error=reason[:4000], finished_at=_now())
        raise JobQueueUnavailable(reason) from exc


def _submit_inline(job_id: str, path: str, args: list[Any], delay: float) -> None:
    with _local_lock:
        _local_jobs[job_id] = _local_jobs.get(job_id, 0) + 1
    ctx = contextvars.copy_context()
    if delay <= 0:
        _get_executor(path).submit(ctx.run, run_job, job_id, path, args)
        return

    def fire() -> None:
        _timers.discard(timer)
        _get_executor(path).submit(ctx.run, run_job, job_id, path, args)

    timer = threading.Timer(delay, fire)
    timer.daemon = True
    timer.job_id = job_id  # discard_pending_inline releases its hold in _local_jobs
    with _timers_lock:
        _timers.add(timer)
        timer.start()


def enqueue_scheduled(path: str) -> str:
    """Entry point for RQ's cron scheduler: :func:`enqueue` the periodic job ``path``.

    ``rq cron`` pushes this small call; the periodic job itself then gets a row, a
    dedupe key (a run still live is not queued again) and its retry policy.
    Returns the job id.
    """
    return enqueue(path).id


#: The cron entry point of earlier releases (RQ jobs already queued under this name still run).
run_scheduled = enqueue_scheduled


# ----------------------------------------------------------------------------- running


def _rq_current_job():
    if settings.run_jobs_inline:
        return None
    try:
        from rq import get_current_job
    except ImportError:  # pragma: no cover
        return None
    return get_current_job()


def _claim(job_id: str, path: str, args: list[Any], owner: str) -> tuple[int, int] | None:
    """Mark the row running (attempts + 1); returns ``(attempts, max_attempts)``, or None
    when the row already ended or is gone (nothing to run).

    A missing row is never recreated: every job gets its row from :func:`enqueue` (cron pushes go
    through :func:`enqueue_scheduled`), so a missing one was deleted — by an account's purge, whose
    queued or retrying job would otherwise run against the next holder of its ids (attack145 finding 3)."""
    now = _now()
    with session_scope() as s:
        row = s.get(BackgroundJob, job_id)
        if row is None:
            log.warning("job.row_missing", job_id=job_id, func=path, reason="deleted (cancelled); not run")
            return None
        if row.status not in LIVE_STATUSES:
            return None
        row.status, row.started_at, row.heartbeat_at, row.owner = "running", now, now, owner
        row.attempts, row.finished_at = row.attempts + 1, None
        s.add(row)
        return row.attempts, row.max_attempts


class _Heartbeat:
    """Refresh ``heartbeat_at`` of a running row every ``settings.job_heartbeat_seconds``."""

    def __init__(self, job_id: str) -> None:
        self.job_id = job_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"cc-heartbeat-{job_id[:8]}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        interval = max(0.2, float(settings.job_heartbeat_seconds))
        while not self._stop.wait(interval):
            try:
                with session_scope() as s:
                    s.execute(update(BackgroundJob).where(BackgroundJob.id == self.job_id,
                                                          BackgroundJob.status == "running")
                              .values(heartbeat_at=_now()))
            except Exception as exc:  # the database is away: the next beat tries again
                log.warning("job.heartbeat_failed", job_id=self.job_id, error=f"{type(exc).__name__}: {exc}")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def current_job_id() -> str | None:
    """Id of the background job running on this thread (None outside a job): a stable key for
    effects that must happen once per job even when it is retried (e.g. a send-log row)."""
    return _current_job_id.get()


def is_local(job_id: str) -> bool:
    """True while this process runs ``job_id`` in-process or will run it (a pending retry)."""
    with _local_lock:
        return job_id in _local_jobs


def queue_of(path: str) -> str:
    """The RQ queue name of the job function at dotted ``path`` (its ``queue`` attribute, else
    ``"default"``; ``"unknown"`` when the path does not resolve) — the queue that slot keys and
    inline pools are named by."""
    try:
        return str(getattr(resolve_func(path), "queue", "default"))
    except (ImportError, AttributeError, ValueError):
        return "unknown"


def run_job(job_id: str, path: str, args: list[Any]) -> Any:
    """Execute one job (in an RQ work-horse or a thread), recording status, retries and errors.

    Observability: log lines carry ``job_id``/``func``/``queue``; the run is a ``job <func>``
    span (tracing on); ``cc_job_runs_total{queue,func,outcome}`` (finished, failed, retrying,
    skipped), ``cc_job_seconds`` and ``cc_jobs_running`` (careercopilot/metrics.py)."""
    queue = queue_of(path)
    try:
        with structlog.contextvars.bound_contextvars(job_id=job_id, func=path, queue=queue), \
                tracing.job_span(path, job_id, queue):
            return _run_job(job_id, path, args, queue)
    finally:
        if not settings.run_jobs_inline:
            tracing.flush()  # the work-horse ends with os._exit: no exit hook exports its (ended) spans


def _count(queue: str, path: str, outcome: str) -> None:
    metrics.JOB_RUNS.labels(queue, path, outcome).inc()
    metrics.JOBS.labels(path, outcome).inc()


def _run_job(job_id: str, path: str, args: list[Any], queue: str) -> Any:
    token = _current_job_id.set(job_id)
    rq_job = _rq_current_job()
    owner = f"rq:{rq_job.worker_name}"[:200] if rq_job is not None and rq_job.worker_name else dispatch_owner()
    resubmitted = False  # a next in-process run is queued: its progress entry is not this run's to drop
    try:
        try:
            claimed = _claim(job_id, path, args, owner)
        except Exception as exc:
            if not settings.run_jobs_inline:
                raise  # RQ retries (or the reaper reconciles) the job
            delay = backoff_seconds(1)
            log.warning("job.claim_failed", job_id=job_id, func=path, error=f"{type(exc).__name__}: {exc}", delay=delay)
            resubmitted = True
            _submit_inline(job_id, path, args, delay)
            return None
        if claimed is None:
            log.info("job.skipped_final", job_id=job_id, func=path)
            _count(queue, path, "skipped")
            return None
        attempts, max_attempts = claimed
        heartbeat = None if settings.run_jobs_inline else _Heartbeat(job_id)
        started = time.perf_counter()
        metrics.JOBS_RUNNING.labels(queue).inc()
        try:
            result = resolve_func(path)(*args)
        except Exception as exc:
            retrying = _record_failure(job_id, path, args, exc, attempts, max_attempts, rq_job)
            resubmitted = retrying and rq_job is None  # _record_failure dropped this run's progress
            _count(queue, path, "retrying" if retrying else "failed")
            if not settings.run_jobs_inline:
                raise
            return None
        finally:
            metrics.JOBS_RUNNING.labels(queue).dec()
            metrics.JOB_LATENCY.labels(queue, path).observe(time.perf_counter() - started)
            if heartbeat is not None:
                heartbeat.stop()
        _finish(job_id, path, args)
        _count(queue, path, "finished")
        return result
    finally:
        _current_job_id.reset(token)
        if not resubmitted:
            _inline_progress.pop(job_id, None)
        if settings.run_jobs_inline:
            _release_local(job_id)


def _release_local(job_id: str) -> None:
    """One hold of ``job_id`` by this process ends (a run finished or a pending one was cancelled)."""
    with _local_lock:
        left = _local_jobs.get(job_id, 1) - 1
        if left > 0:
            _local_jobs[job_id] = left
        else:
            _local_jobs.pop(job_id, None)


def _record_failure(job_id: str, path: str, args: list[Any], exc: Exception, attempts: int, max_attempts: int,
                    rq_job) -> bool:
    """Record a failed run; returns True when it will be retried."""
    error = f"{type(exc).__name__}: {exc}"
    retry = job_policy(path).idempotent and is_transient(exc) and attempts < max_attempts
    if rq_job is not None:
        if not retry:
            rq_job.retries_left = 0  # RQ must not retry it either
        retry = retry and bool(rq_job.retries_left)
    if not retry:
        last = _inline_progress.get(job_id)  # in-process: keep the last progress on the row, as RQ runs do
        shown = {} if last is None else dict(progress=last[0], message=last[1])
        update_row(job_id, status="failed", error=error[:4000], finished_at=_now(), **shown)
        log.error("job.failed", job_id=job_id, func=path, error=error, attempts=attempts, tb=traceback.format_exc())
        return False
    delay = backoff_seconds(attempts)
    update_row(job_id, status="queued", queued_at=_now(), progress=0,
               message=f"Retrying in {delay} s (attempt {attempts + 1} of {max_attempts}): {failure_words(exc)}"[:500])
    log.warning("job.retrying", job_id=job_id, func=path, error=error, attempt=attempts, delay=delay)
    if rq_job is None:
        _inline_progress.pop(job_id, None)  # this run's progress; the retry (maybe with no delay) reports its own
        _submit_inline(job_id, path, args, delay)
    return True


def _finish(job_id: str, path: str, args: list[Any]) -> None:
    """Mark the row finished; start the follow-up run a coalescing enqueue asked for."""
    pct, message = _inline_progress.get(job_id, (100, None))
    values: dict[str, Any] = dict(status="finished", progress=100, finished_at=_now(), error=None)
    if message:
        values["message"] = message
    with session_scope() as s:
        rerun = s.execute(update(BackgroundJob).where(BackgroundJob.id == job_id).values(**values)
                          .returning(BackgroundJob.rerun_requested, BackgroundJob.user_id)).first()
    if rerun is not None and rerun[0]:
        log.info("job.follow_up", job_id=job_id, func=path)
        enqueue(path, *args, user_id=rerun[1])


def update_row(job_id: str, **fields: Any) -> None:
    """Set fields of the job row ``job_id`` (no-op when it does not exist)."""
    with session_scope() as s:
        s.execute(update(BackgroundJob).where(BackgroundJob.id == job_id).values(**fields))


def report_progress(percent: int, message: str | None = None) -> None:
    """Record progress 0–100 (clamped) of the job running in this context; no-op outside jobs."""
    job_id = _current_job_id.get()
    if job_id is None:
        return
    pct, msg = max(0, min(100, int(percent))), (message or None) and message[:500]
    if settings.run_jobs_inline:
        _inline_progress[job_id] = (pct, msg)
        return
    update_row(job_id, progress=pct, message=msg, heartbeat_at=_now())


# ----------------------------------------------------------------------------- reading


def _handle(row: BackgroundJob, live: tuple[int, str | None] | None) -> JobHandle:
    """The handle of ``row``; ``live`` is this process's in-memory progress of the job, read BEFORE the row.

    The row and the memory are two sources written at different moments (claim commit → reports
    in memory → final commit → memory dropped), so ``live`` is used only while the row says
    ``running``: a row read just before the claim's commit stays "queued 0 %" (not "queued 50 %"),
    a row read just after the final commit shows its own 100 % (not the run's last 90 %), and a
    retry's "queued" row shows its "Retrying in …" message. Reading the memory first means a
    ``running`` row is never paired with a memory already dropped (progress going back to 0)."""
    progress, message = live if live is not None and row.status == "running" else (row.progress, row.message)
    return JobHandle(row.id, row.status, progress, message, row.error)


def job_status(job_id: str, *, user_id: int | None = None) -> JobHandle | None:
    """The handle of ``job_id``, or None when unknown (or owned by another user)."""
    live = _inline_progress.get(job_id)  # before the row: see _handle
    with session_scope() as s:
        row = s.get(BackgroundJob, job_id)
        if row is None or (user_id is not None and row.user_id not in (None, user_id)):
            return None
        return _handle(row, live)


# The waiting side (a UI poll, the CLI and tests waiting for in-process runs): services.job_waits.
from careercopilot.services.job_waits import (  # noqa: E402,F401  (re-exported: callers use background.<name>)
    discard_pending_inline,
    poll_job,
    poll_timeout_message,
    wait_inline_jobs,
)
