"""Queue names and the ``@job`` decorator that assigns a function to a queue and a policy.

The queue is read by :func:`careercopilot.services.background.enqueue`; workers
listen on :data:`QUEUES` (``python -m careercopilot worker``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

#: Queues in priority order (pattern from redash ``redash/worker.py``).
QUEUES = ("ingest", "match", "default")


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
