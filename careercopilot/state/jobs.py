"""JobsState: ranked recommendations (unranked newest postings without a resume) / search, filters, paging,
re-score progress."""

from __future__ import annotations

import asyncio

import reflex as rx
import structlog

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views
from careercopilot.services.job_views import JobsView
from careercopilot.state.auth import current_user_id

log = structlog.get_logger(__name__)
#: Seconds between re-score progress polls.
POLL_SECONDS = 1.0
#: Longest search text accepted (characters); the input caps typing at this too.
MAX_QUERY = 200
_EMPTY_FORM = {"work_mode": job_views.ANY, "country": "", "salary_floor": "", "visa_only": "",
               "posted_within": job_views.ANY, "source": job_views.ANY}


def _fetch(uid: int, filters: dict, query: str, page: int) -> JobsView:
    with session_scope() as s:
        return job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(**filters), query=query, page=page)


def _progress(uid: int):
    with session_scope() as s:
        return job_views.rescore_progress(session=s, user_id=uid)


class JobsState(rx.State):
    """The current page of cards plus the filter/search inputs that produced it."""

    view: JobsView = JobsView()
    query: str = ""
    form: dict[str, str] = dict(_EMPTY_FORM)
    error: str = ""
    loading: bool = False
    progress: int = 0
    progress_msg: str = ""
    _filters: dict = {}
    _page: int = 1
    _polling: bool = False

    async def _reload(self, uid: int):
        """Fetch the current page off the event loop; start polling when a re-score runs."""
        self.loading = True
        yield
        try:
            self.view = await asyncio.to_thread(_fetch, uid, self._filters, self.query, self._page)
            self._page = self.view.page
        except ValueError as exc:
            self.error = str(exc)
        except Exception:  # noqa: BLE001 - e.g. database busy: keep the page usable
            log.exception("jobs.load_failed", user_id=uid)
            self.error = "The rankings could not be loaded right now. Please try again in a moment."
        finally:
            self.loading = False
        if self.view.scoring and not self._polling:
            yield JobsState.poll_scoring

    @rx.event
    async def load_jobs(self):
        """Load page 1 of the recommendations (or of the current search) for the active resume."""
        uid = current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error = ""
        self._page = 1
        async for update in self._reload(uid):
            yield update

    @rx.event
    async def submit_filters(self, form: dict):
        """Apply the filter form (bad values → a message, the previous filters stay)."""
        uid = current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        values = {k: str(form.get(k, "") or "")[:40] for k in _EMPTY_FORM}
        try:
            filters = job_views.parse_filters(values)
        except ValueError as exc:
            self.error = str(exc)
            return
        self.error, self.form, self._filters = "", values, filters.model_dump(exclude={"query"})
        self._page = 1
        async for update in self._reload(uid):
            yield update

    @rx.event
    async def submit_search(self, form: dict):
        """Run a semantic search over postings (empty text → back to recommendations)."""
        uid = current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error, self.query = "", str(form.get("query", "") or "").strip()[:MAX_QUERY]
        self._page = 1
        async for update in self._reload(uid):
            yield update

    @rx.event
    async def set_page(self, page: int):
        """Go to another page of the current list."""
        uid = current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error = ""
        self._page = max(1, min(int(page), self.view.pages))
        async for update in self._reload(uid):
            yield update

    @rx.event(background=True)
    async def poll_scoring(self):
        """Show the re-score job's live progress; reload the list when it ends."""
        async with self:
            uid = current_user_id(self)
            if uid is None or self._polling:
                return
            self._polling, args = True, (uid, dict(self._filters), self.query, self._page)
        try:
            for _round in range(3):  # a finished job may schedule one follow-up (stale scores)
                while (handle := await asyncio.to_thread(_progress, uid)) is not None:
                    async with self:
                        self.progress, self.progress_msg = handle.progress, handle.message or handle.status
                    await asyncio.sleep(POLL_SECONDS)
                view = await asyncio.to_thread(_fetch, *args)
                async with self:
                    self.view, self.progress, self.progress_msg = view, 100, ""
                if not view.scoring:
                    break
        finally:
            async with self:
                self._polling = False
