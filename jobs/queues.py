"""Queue names and the ``@job`` decorator that assigns a function to a queue.

The queue is read by :func:`careercopilot.services.background.enqueue`; workers
listen on :data:`QUEUES` (``python -m careercopilot worker``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

#: Queues in priority order (pattern from redash ``redash/worker.py``).
QUEUES = ("ingest", "match", "default")


def job(queue: str) -> Callable[[F], F]:
    """Mark a job function as belonging to ``queue`` (one of :data:`QUEUES`)."""
    if queue not in QUEUES:
        raise ValueError(f"unknown queue {queue!r}; expected one of {QUEUES}")

    def deco(fn: F) -> F:
        fn.queue = queue  # type: ignore[attr-defined]
        return fn

    return deco
