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
from careercopilot.state.jobs import JobsState

#: Seconds between two counts while postings are being indexed.
POLL_SECONDS = 2.0


def _read(user_id: int) -> IndexProgress | None:
    with session_scope() as s:
        return index_progress(session=s, user_id=user_id)


class IndexingState(rx.State):
    """``text`` is "" when nothing is pending; ``percent`` 0–99 while indexing."""

    text: str = ""
    percent: int = 0
    _watching: bool = False

    @rx.event(background=True)
    async def watch_indexing(self):
        """Count the pending postings (off the event loop) every :data:`POLL_SECONDS` until none
        is left or ``settings.job_poll_timeout_seconds`` passed; then reload the Jobs list."""
        async with self:
            uid = await current_user_id(self)
            if uid is None or self._watching:
                return
            self._watching = True
        deadline, waited = time.monotonic() + settings.job_poll_timeout_seconds, False
        try:
            while True:
                progress = await asyncio.to_thread(_read, uid)
                async with self:
                    self.text, self.percent = (progress.text, progress.percent) if progress else ("", 0)
                if progress is None or time.monotonic() >= deadline:
                    break
                waited = True
                await asyncio.sleep(POLL_SECONDS)
        finally:
            async with self:
                self._watching = False
        if waited:
            yield JobsState.load_jobs  # the postings are ranked now: show them
