"""IndexingState: the Jobs page's "Indexing N of M postings…" line while the index catches up
(:mod:`careercopilot.services.index_progress`); the ranked list reloads once it has."""

from __future__ import annotations

import asyncio
import time

import reflex as rx

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services.index_progress import IndexProgress, index_progress
from careercopilot.state.auth import current_user_id
from careercopilot.state.changes import assign_changed
from careercopilot.state.jobs import JobsState

#: Seconds between two counts while postings are being indexed.
POLL_SECONDS = 2.0


def _read(user_id: int) -> IndexProgress | None:
    with session_scope() as s:
        return index_progress(session=s, user_id=user_id)


def show_progress(state, progress: IndexProgress | None) -> None:
    """Set the line of ``state`` (an :class:`IndexingState` or its background proxy) to ``progress``
    (None: nothing pending, no line); only what changed is assigned (``state/changes.py``)."""
    assign_changed(state, text=progress.text if progress else "", percent=progress.percent if progress else 0)


class IndexingState(rx.State):
    """``text`` is "" when nothing is pending; ``percent`` 0–99 while indexing."""

    text: str = ""
    percent: int = 0
    _watching: bool = False

    @rx.event(background=True)
    async def watch_indexing(self):
        """Count the pending postings (off the event loop) every :data:`POLL_SECONDS` until none
        is left or ``settings.job_poll_timeout_seconds`` passed; then reload the Jobs list.

        A Jobs page view starts it only while postings are pending (``JobsState.load_page`` reads
        the count with the list: with nothing pending, the usual case, no event at all); it assigns
        the shown vars only when they change (an equal assignment is still sent to the browser)."""
        async with self:
            uid = await current_user_id(self)
            if uid is None or self._watching:
                return
            self._watching = True
        deadline, waited, released = time.monotonic() + settings.job_poll_timeout_seconds, False, False
        try:
            while True:
                progress = await asyncio.to_thread(_read, uid)
                done = progress is None or time.monotonic() >= deadline
                async with self:
                    show_progress(self, progress)
                    if done:
                        self._watching, released = False, True
                if done:
                    break
                waited = True
                await asyncio.sleep(POLL_SECONDS)
        finally:
            if not released:
                async with self:
                    self._watching = False
        if waited:
            yield JobsState.load_jobs  # the postings are ranked now: show them
