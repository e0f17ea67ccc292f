"""Background jobs with one interface for RQ (production) and in-process threads.

``enqueue(fn, *ids)`` records a :class:`~careercopilot.models.BackgroundJob` row and
either pushes the call onto the RQ queue named by the function's ``queue`` attribute
(see :func:`jobs.queues.job`) or runs it on a worker thread of this process (the
embedded default) — never inside a Reflex event handler. Job functions report
progress with :func:`report_progress`; the UI reads it with :func:`job_status`.
"""

from __future__ import annotations

import contextvars
import importlib
import json
import threading
import traceback
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

import structlog

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob

log = structlog.get_logger(__name__)

_current_job_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("cc_job_id", default=None)
_executor_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
#: Progress of in-process jobs, kept in memory: a job may hold the (SQLite) write
#: lock for its whole run, so progress must not need a second writer. Status changes
#: (running/finished/failed) are written before and after the job body.
_inline_progress: dict[str, tuple[int, str | None]] = {}
#: In-process worker threads (embedded default); 2 matches the 2-core target machine.
INPROCESS_WORKERS = 2
#: RQ job timeout, seconds.
RQ_JOB_TIMEOUT = 1800


@dataclass(frozen=True)
class JobHandle:
    """Status of a background job as the UI shows it."""

    id: str
    status: str  # queued | running | finished | failed
    progress: int  # 0–100
    message: str | None
    error: str | None

    @property
    def done(self) -> bool:
        """True once the job finished or failed."""
        return self.status in {"finished", "failed"}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def func_path(fn: Callable[..., Any] | str) -> str:
    """Dotted import path of a job function (``jobs.ingest.sync_source``)."""
    if isinstance(fn, str):
        return fn
    return f"{fn.__module__}.{fn.__qualname__}"


def resolve_func(path: str) -> Callable[..., Any]:
    """Import a job function from its dotted path; raises ImportError/AttributeError."""
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


@lru_cache(maxsize=1)
def _redis():
    import redis

    return redis.Redis.from_url(settings.rq_redis_url)


def rq_queue(name: str):
    """The RQ queue ``name`` on ``settings.rq_redis_url``."""
    from rq import Queue

    return Queue(name, connection=_redis())


def _get_executor() -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=INPROCESS_WORKERS, thread_name_prefix="cc-job")
        return _executor


def enqueue(fn: Callable[..., Any] | str, *ids: int | str, user_id: int | None = None) -> JobHandle:
    """Run ``fn(*ids)`` in the background and return its handle.

    ``ids`` must be primitives (ints/strings). On RQ the job goes to the queue named by
    ``fn.queue`` (default ``"default"``); in-process it runs on a worker thread.
    """
    for value in ids:
        if not isinstance(value, (int, str)):
            raise TypeError(f"job arguments must be primitive ids, got {type(value).__name__}")
    path = func_path(fn)
    func = resolve_func(path) if isinstance(fn, str) else fn
    job_id = uuid.uuid4().hex
    with session_scope() as s:
        s.add(BackgroundJob(id=job_id, func=path, args=json.dumps(list(ids)), user_id=user_id))
    if settings.run_jobs_inline:
        ctx = contextvars.copy_context()
        _get_executor().submit(ctx.run, run_job, job_id, path, list(ids))
    else:
        queue = rq_queue(getattr(func, "queue", "default"))
        queue.enqueue(run_job, job_id, path, list(ids), job_id=job_id, job_timeout=RQ_JOB_TIMEOUT)
    log.info("job.enqueued", job_id=job_id, func=path, inline=settings.run_jobs_inline)
    return JobHandle(job_id, "queued", 0, None, None)


def run_job(job_id: str, path: str, args: list[Any]) -> Any:
    """Execute one job (in an RQ worker or a thread), recording status and errors."""
    token = _current_job_id.set(job_id)
    _update(job_id, status="running", started_at=_now())
    try:
        result = resolve_func(path)(*args)
    except Exception as exc:
        _update(job_id, status="failed", error=f"{type(exc).__name__}: {exc}", finished_at=_now())
        log.error("job.failed", job_id=job_id, func=path, error=str(exc), tb=traceback.format_exc())
        if not settings.run_jobs_inline:
            raise
        return None
    finally:
        _current_job_id.reset(token)
        _inline_progress.pop(job_id, None)
    _update(job_id, status="finished", progress=100, finished_at=_now())
    return result


def run_scheduled(path: str) -> Any:
    """Entry point for RQ's cron scheduler: record and run the periodic job ``path``.

    ``rq cron`` enqueues functions directly; going through this keeps a BackgroundJob
    row (status, progress, errors) for scheduled runs too.
    """
    job_id = uuid.uuid4().hex
    with session_scope() as s:
        s.add(BackgroundJob(id=job_id, func=path, args="[]"))
    return run_job(job_id, path, [])


def _update(job_id: str, **fields: Any) -> None:
    with session_scope() as s:
        row = s.get(BackgroundJob, job_id)
        if row is None:  # enqueued outside enqueue() (e.g. rq cron): create the record
            row = BackgroundJob(id=job_id, func="unknown")
        for key, value in fields.items():
            setattr(row, key, value)
        s.add(row)


def report_progress(percent: int, message: str | None = None) -> None:
    """Record progress 0–100 (clamped) of the job running in this context; no-op outside jobs."""
    job_id = _current_job_id.get()
    if job_id is None:
        return
    pct, msg = max(0, min(100, int(percent))), (message or None) and message[:500]
    if settings.run_jobs_inline:
        _inline_progress[job_id] = (pct, msg)
        return
    _update(job_id, progress=pct, message=msg)


def job_status(job_id: str, *, user_id: int | None = None) -> JobHandle | None:
    """The handle of ``job_id``, or None when unknown (or owned by another user)."""
    with session_scope() as s:
        row = s.get(BackgroundJob, job_id)
        if row is None or (user_id is not None and row.user_id not in (None, user_id)):
            return None
        progress, message = _inline_progress.get(row.id, (row.progress, row.message))
        return JobHandle(row.id, row.status, progress, message, row.error)


def wait_inline_jobs() -> None:
    """Block until queued in-process jobs are done (CLI and tests); no-op on RQ."""
    global _executor
    with _executor_lock:
        executor, _executor = _executor, None
    if executor is not None:
        executor.shutdown(wait=True)
