"""The in-process worker pools of the embedded default (``run_jobs_inline``): one per kind of work.

attack93 item 1: with one pool of :data:`GENERAL_WORKERS` threads, two generations waiting on a
model that accepts the connection and never answers held both threads, and every other user's
jobs (resume parsing, imports, digests) waited ``attempts × LLM_TIMEOUT_SECONDS`` behind them.
The writing copilot's jobs (queue ``writing``, :data:`jobs.queues.WRITING_QUEUE`) now run on a
pool of their own, ``settings.writing_workers`` threads (bounded: more generations wait in that
pool's queue, never in the general one); every other queue runs on the general pool. Production
mirrors this with an RQ queue of its own served by its own worker (``worker writing``).

Shapes: :func:`pool_for` maps a queue name to ``"general"`` | ``"writing"``; :func:`executor`
returns that pool's ``ThreadPoolExecutor`` (created on first use); :func:`take_all` hands every
live pool to the caller (to shut down) and forgets it.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from careercopilot.config import settings

#: Threads of the general pool; 2 matches the 2-core target machine.
GENERAL_WORKERS = 2
GENERAL, WRITING = "general", "writing"

_lock = threading.Lock()
_pools: dict[str, ThreadPoolExecutor] = {}


def pool_for(queue: str) -> str:
    """``"writing"`` for the writing copilot's queue, else ``"general"``."""
    from jobs.queues import WRITING_QUEUE

    return WRITING if queue == WRITING_QUEUE else GENERAL


def size(pool: str) -> int:
    """Threads of ``pool``: :data:`GENERAL_WORKERS`, or ``settings.writing_workers`` (at least 1)."""
    return max(1, int(settings.writing_workers)) if pool == WRITING else GENERAL_WORKERS


def executor(pool: str) -> ThreadPoolExecutor:
    """The live executor of ``pool`` (``"general"`` | ``"writing"``), created on first use."""
    with _lock:
        ex = _pools.get(pool)
        if ex is None:
            ex = _pools[pool] = ThreadPoolExecutor(max_workers=size(pool), thread_name_prefix=f"cc-job-{pool}")
        return ex


def take_all() -> list[ThreadPoolExecutor]:
    """Every live executor, forgotten here (the next :func:`executor` call starts a new one)."""
    with _lock:
        out = list(_pools.values())
        _pools.clear()
        return out


def any_live() -> bool:
    """True while some pool exists (jobs were submitted since the last :func:`take_all`)."""
    with _lock:
        return bool(_pools)
