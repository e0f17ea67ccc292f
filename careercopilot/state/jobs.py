"""JobsState: ranked recommendations (unranked newest postings without a resume) / search, filters, paging,
re-score progress."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlencode

import reflex as rx
import structlog

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views
from careercopilot.services.background import poll_timeout_message
from careercopilot.services.index_progress import IndexProgress, index_progress
from careercopilot.services.job_views import JobsView
from careercopilot.state.auth import current_user_id
from careercopilot.state.changes import assign_changed

log = structlog.get_logger(__name__)
#: Seconds between re-score progress polls.
POLL_SECONDS = 1.0
#: Longest search text accepted (characters); the input caps typing at this too.
MAX_QUERY = 200
_EMPTY_FORM = dict(routes.JOBS_EMPTY_FORM)
#: Query-string names of the Jobs page's search, filters and page (``routes.JOBS_URL_PARAMS``).
URL_PARAMS = routes.JOBS_URL_PARAMS


def jobs_url(query: str, form: dict, page: int = 1, *, newest: bool = False) -> str:
    """``/jobs`` with the non-default search/filter values (and page > 1): ``routes.jobs_search``."""
    return routes.jobs_search(query, form, page, newest=newest)


def form_from_url(params) -> tuple[str, dict[str, str], int]:
    """(query, filter form values, page) read from the URL's query parameters (unknown names ignored,
    values capped as the inputs cap them)."""
    query = str(params.get(URL_PARAMS["query"], "") or "").strip()[:MAX_QUERY]
    form = dict(_EMPTY_FORM)
    for key, name in URL_PARAMS.items():
        if key != "query" and params.get(name):
            form[key] = str(params.get(name))[:40]
    try:
        page = max(1, min(int(params.get("page", 1) or 1), 10_000))
    except (TypeError, ValueError):
        page = 1
    return query, form, page


def _from_url(params) -> tuple[dict, dict, int]:
    """The URL's search, filters and page → (the vars shown: ``error``, ``query``, ``form``,
    ``newest``; the parsed filters as a dict; the page). A hand-edited URL with a bad filter:
    its message, and the unfiltered list."""
    query, values, page = form_from_url(params)
    error = ""
    try:
        filters = job_views.parse_filters(values)
    except ValueError as exc:
        error, values, filters = str(exc), dict(_EMPTY_FORM), job_views.parse_filters(dict(_EMPTY_FORM))
    newest = str(params.get(routes.JOBS_NEWEST[0], "")) == routes.JOBS_NEWEST[1]
    return dict(error=error, query=query, form=values, newest=newest), filters.model_dump(exclude={"query"}), page


def _fetch(uid: int, filters: dict, query: str, page: int, newest: bool = False,
           progress: bool = False) -> tuple[JobsView, IndexProgress | None]:
    """The list and, with ``progress``, the indexing line's count (``index_progress``) in one session."""
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(**filters), query=query, page=page,
                                   newest=newest)
        return view, index_progress(session=s, user_id=uid) if progress else None


#: The indexing count of a page view whose list could not be read.
UNKNOWN = object()


async def _clear_last_visit(state: rx.State) -> None:
    """A new Jobs visit starts without the last one's "Saved …" line or "Hidden … Undo" toast (trial
    finding 21); nothing is assigned when there is nothing to clear."""
    from careercopilot.state.hides import HideState
    from careercopilot.state.save_search import SaveSearchState

    for cls in (SaveSearchState, HideState):
        (await state.get_state(cls))._clear_for_visit()


async def _indexing_line(state: rx.State, progress):
    """A Jobs page view's indexing line: shown from ``progress`` (the count read with the list,
    None: nothing pending; :data:`UNKNOWN` when the read failed) and its watcher returned, to be
    yielded, only while postings are pending or the count is unknown."""
    from careercopilot.state.indexing import IndexingState, show_progress

    if progress is not UNKNOWN:
        show_progress(await state.get_state(IndexingState), progress)
    return IndexingState.watch_indexing if progress is not None else None


def _progress(uid: int):
    with session_scope() as s:
        return job_views.rescore_progress(session=s, user_id=uid)


class JobsState(rx.State):
    """The current page of cards plus the filter/search inputs that produced it."""

    view: JobsView = JobsView()
    query: str = ""
    #: The search the shown ``view`` was built for: while a new search loads, the list on screen is
    #: still the old one, so the heading says "Searching for …" and hides the old count (session 25
    #: trial: "Results for “chemist” · 427 postings" stood above the unfiltered list for 3 s).
    shown_query: str = ""
    form: dict[str, str] = dict(_EMPTY_FORM)
    error: str = ""
    loading: bool = False
    #: False until the first page of results has arrived: the body is not drawn before (the
    #: prerendered defaults — no resume banner, empty list — then jumped: Lighthouse CLS 0.7).
    loaded: bool = False
    progress: int = 0
    progress_msg: str = ""
    #: True on ``?order=newest``: every open posting newest first, even with a resume.
    newest: bool = False
    _filters: dict = {}
    _page: int = 1
    _polling: bool = False

    async def _reload(self, uid: int, *, page_view: bool = False):
        """Fetch the page off the event loop (on a page view with the indexing line); poll a re-score."""
        self.loading = True
        yield
        progress = UNKNOWN
        try:
            query = self.query
            self.view, progress = await asyncio.to_thread(_fetch, uid, self._filters, query, self._page,
                                                          self.newest, page_view)
            self._page = self.view.page
            assign_changed(self, shown_query=query)
        except ValueError as exc:
            self.error = str(exc)
        except Exception:  # noqa: BLE001 - e.g. database busy: keep the page usable
            log.exception("jobs.load_failed", user_id=uid)
            self.error = "The rankings could not be loaded right now. Please try again in a moment."
        finally:
            assign_changed(self, loading=False, loaded=True)
        if page_view and (watch := await _indexing_line(self, progress)) is not None:
            yield watch
        if self.view.scoring and not self._polling:
            yield JobsState.poll_scoring

    @rx.event
    async def load_page(self):
        """On_load of /jobs, one event for four (session 12): :func:`_clear_last_visit`, the list, its indexing line."""
        await _clear_last_visit(self)
        async for update in JobsState.load_jobs.fn(self, page_view=True):
            yield update

    @rx.event
    async def load_jobs(self, page_view: bool = False):
        """Load page 1 of the recommendations (or of the current search) for the active resume."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        shown, self._filters, self._page = _from_url(self.router.url.query_parameters)
        assign_changed(self, **shown)  # only what changed is sent (and recomputes form_key, all_url…)
        async for update in self._reload(uid, page_view=page_view):
            yield update

    @rx.var(cache=True)
    def form_key(self) -> str:
        """Changes whenever the applied search or filters change: remounts the (uncontrolled)
        search-and-filter form so its fields show the URL's values after Back/Forward."""
        return urlencode(sorted({**self.form, "q": self.query}.items()))

    @rx.var(cache=True)
    def all_url(self) -> str:
        """The same filters, every open posting newest first (the count note's "see all" link)."""
        return jobs_url("", self.form, newest=True)

    @rx.var(cache=True)
    def ranked_url(self) -> str:
        """The same filters, ranked for the active resume (back from the newest-first list)."""
        return jobs_url("", self.form)

    @rx.var(cache=True)
    def salary_reading(self) -> str:
        """The applied pay floor with its unit in words, under the field (``pay_floor.floor_reading``:
        "At least USD 25 an hour (≈ USD 52,000 a year)"); "" without one."""
        from careercopilot.normalize.pay_floor import floor_reading

        return floor_reading(self.form.get("salary_floor", ""))

    @rx.var(cache=True)
    def applied_search(self) -> str:
        """The applied search and filters in words (what "Save this search" saves)."""
        from careercopilot.services.alerts.saved_searches import describe

        return describe(self.query, self.form)

    @rx.event
    async def submit_filters(self, form: dict):
        """Search and/or apply the filters: one form holds the search box and the filters, so
        Search and Apply both send what is in the box — an emptied box clears the search (issue
        10 trial finding). Bad values → a message, the previous filters stay; else the URL changes
        and :meth:`load_jobs` reads it."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        values = {k: str(form.get(k, "") or "")[:40] for k in _EMPTY_FORM}
        try:
            filters = job_views.parse_filters(values)
        except ValueError as exc:
            self.error = str(exc)
            return
        self.error = ""
        query = str(form.get("query", "") or "").strip()[:MAX_QUERY]
        yield rx.redirect(jobs_url(query, values, newest=self.newest), replace=False)  # load_jobs reads the URL

    @rx.event
    async def submit_search(self, form: dict):
        """Run a semantic search over postings (empty text → back to recommendations)."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error = ""
        query = str(form.get("query", "") or "").strip()[:MAX_QUERY]
        yield rx.redirect(jobs_url(query, self.form), replace=False)  # load_jobs reads the URL

    @rx.event
    async def set_page(self, page: int):
        """Go to another page of the current list."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error = ""
        yield rx.redirect(jobs_url(self.query, self.form, max(1, min(int(page), self.view.pages)), newest=self.newest),
                          replace=False)

    @rx.event(background=True)
    async def poll_scoring(self):
        """Show the re-score job's live progress; reload the list when it ends."""
        async with self:
            uid = await current_user_id(self)
            if uid is None or self._polling:
                return
            self._polling, args = True, (uid, dict(self._filters), self.query, self._page, self.newest)
        deadline = time.monotonic() + settings.job_poll_timeout_seconds
        try:
            for _round in range(3):  # a finished job may schedule one follow-up (stale scores)
                while (handle := await asyncio.to_thread(_progress, uid)) is not None:
                    async with self:
                        self.progress, self.progress_msg = handle.progress, handle.message or handle.status
                        if time.monotonic() >= deadline:
                            self.progress_msg = poll_timeout_message(handle, "Ranking")
                            return
                    await asyncio.sleep(POLL_SECONDS)
                view, _ = await asyncio.to_thread(_fetch, *args)
                async with self:
                    self.view, self.progress, self.progress_msg = view, 100, ""
                if not view.scoring:
                    break
        finally:
            async with self:
                self._polling = False
