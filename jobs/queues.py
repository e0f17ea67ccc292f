"""Queue names and the ``@job`` decorator that assigns a function to a queue and a policy.

The queue is read by :func:`careercopilot.services.background.enqueue`. A worker started with no
queue names (``python -m careercopilot worker``) listens on :data:`GENERAL_QUEUES`; the writing
copilot's generations have a queue of their own, :data:`WRITING_QUEUE`, served by its own worker
(``python -m careercopilot worker writing``) — attack93 item 1: a generation waiting on a model
that never answers holds its worker for up to ``attempts × LLM_TIMEOUT_SECONDS``, and on a shared
queue that was every other user's resume parsing, imports and digests waiting behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

#: The writing copilot's queue (generations, the LLM pass of tailoring and interview prep).
WRITING_QUEUE = "writing"
#: What ``worker`` listens on without queue names, in priority order (pattern from redash ``redash/worker.py``).
GENERAL_QUEUES = ("ingest", "match", "default")
#: Every queue (metrics, validation): the general ones and the writing queue.
QUEUES = (*GENERAL_QUEUES, WRITING_QUEUE)


def job(queue: str, *, idempotent: bool = False, coalesce: bool = False) -> Callable[[F], F]:
    """Mark a job function as belonging to ``queue`` (one of :data:`QUEUES`).

    ``idempotent``: running it again (after a crash mid-run, or twice) gives the same
    result, so it is retried with backoff after transient failures and re-run when its
    worker or queue lost it; leave False for anything that must not happen twice (e.g.
    sending an email) — such jobs fail with a clear reason instead.
    ``coalesce``: an ``enqueue`` while one run is in progress asks for one follow-up run
    after it (for jobs that pick up "everything changed so far": index, rescore) instead
    of returning the running job only.
    """
    if queue not in QUEUES:
        raise ValueError(f"unknown queue {queue!r}; expected one of {QUEUES}")
    if coalesce and not idempotent:
        raise ValueError("a coalescing job must be idempotent")

    def deco(fn: F) -> F:
        fn.queue = queue  # type: ignore[attr-defined]
        fn.idempotent = idempotent  # type: ignore[attr-defined]
        fn.coalesce = coalesce  # type: ignore[attr-defined]
        return fn

    return deco
