"""Waiting for background jobs (split from :mod:`careercopilot.services.background`, which
re-exports every name here): a UI's poll of one job's handle until it ends or a deadline passes
(:func:`poll_job`, :func:`poll_timeout_message`), and the CLI's and tests' wait for this process's
in-process runs (:func:`wait_inline_jobs`, :func:`discard_pending_inline`).

``background`` is imported inside each function: it imports this module at its end, so either may
be imported first; its names (``job_status``, the timers) are read at call time, as before the split
(a test that replaces ``background.job_status`` still replaces what :func:`poll_job` reads).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import TYPE_CHECKING

from careercopilot.config import settings
from careercopilot.services import inline_pools

if TYPE_CHECKING:
    from careercopilot.services.background import JobHandle

__all__ = ["discard_pending_inline", "poll_job", "poll_timeout_message", "wait_inline_jobs"]


def poll_timeout_message(handle: JobHandle, what: str = "The job") -> str:
    """What a poll that hit its deadline tells the user (the job itself keeps its state)."""
    minutes = max(1, round(settings.job_poll_timeout_seconds / 60))
    return (f"{what} is still {handle.status} after {minutes} min; it continues in the background — "
            "reload this page later to see the result.")


async def poll_job(job_id: str, *, user_id: int | None = None, interval: float = 0.5,
                   timeout: float | None = None) -> AsyncIterator[JobHandle]:
    """Yield the job's handle every ``interval`` s until it is done, unknown, or the deadline
    (``timeout``, default ``settings.job_poll_timeout_seconds``) passes; the last handle
    then has ``timed_out=True``. Database reads run off the event loop."""
    from careercopilot.services import background

    deadline = time.monotonic() + (settings.job_poll_timeout_seconds if timeout is None else timeout)
    while True:
        handle = await asyncio.to_thread(background.job_status, job_id, user_id=user_id)
        if handle is None:
            return
        if not handle.done and time.monotonic() >= deadline:
            yield replace(handle, timed_out=True)
            return
        yield handle
        if handle.done:
            return
        await asyncio.sleep(interval)


def discard_pending_inline() -> int:
    """Cancel this process's delayed in-process runs and retries that have not fired yet (their
    rows stay ``queued``; the job reaper re-dispatches them, as after a restart). Returns how many
    were cancelled. Used where a process hands its database over (tests: one test's retry must not
    fire inside the next test's database)."""
    from careercopilot.services import background

    cancelled = 0
    with background._timers_lock:  # every timer listed has been started
        pending = list(background._timers)
    for timer in pending:
        timer.cancel()
        background._timers.discard(timer)
        background._release_local(timer.job_id)  # no thread holds it now: the reaper may re-dispatch its row
        cancelled += 1
    return cancelled


def wait_inline_jobs(*, run_pending: bool = True) -> None:
    """Block until queued in-process jobs are done (CLI, tests); no-op on RQ.

    ``run_pending=True`` (the CLI) also waits for delayed runs and retries to fire and finish.
    ``run_pending=False`` (a process handing its database over, e.g. between tests) awaits only the
    runs already executing and cancels every delayed run or retry, including those the running ones
    schedule while they end (:func:`discard_pending_inline`): a retry of a job whose database is
    gone would otherwise back off and fail again for as long as its retry budget lasts."""
    from careercopilot.services import background

    while True:
        if run_pending:
            with background._timers_lock:  # every timer listed has been started (join needs that)
                pending = list(background._timers)
            for timer in pending:
                timer.join()
        else:
            discard_pending_inline()
        for executor in inline_pools.take_all():
            executor.shutdown(wait=True)
        if run_pending:  # jobs handed to the running app (services.index_handoff): wait for them too
            from careercopilot.services import index_handoff

            index_handoff.wait_handed()
        if not background._timers and not inline_pools.any_live():
            return
