"""JobDetailState: one posting, its explained match score, and saving it to the tracker."""

from __future__ import annotations

import asyncio

import reflex as rx
import structlog

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import job_views
from careercopilot.services.job_views import DetailView
from careercopilot.state.auth import current_user_id

log = structlog.get_logger(__name__)


def _route_id(state: rx.State) -> int | None:
    """The ``[posting_id]`` route argument (None when it is not a number).

    Read from ``router.url.path`` (``/jobs/<id>``), the API Reflex 0.10 recommends in place of
    the deprecated ``RouterData.page`` ("Use RouterData.url instead").
    """
    raw = str(state.router.url.path or "").rstrip("/").rsplit("/", 1)[-1]
    return int(raw) if raw.isdigit() and len(raw) < 18 else None


def _load(uid: int, pid: int) -> DetailView:
    with session_scope() as s:
        return job_views.job_detail_view(session=s, user_id=uid, posting_id=pid)


def _save(uid: int, pid: int) -> int:
    with session_scope() as s:
        return job_views.save_job(session=s, user_id=uid, posting_id=pid)


class JobDetailState(rx.State):
    """The loaded posting (``found`` False for unknown ids and other users' private postings)."""

    detail: DetailView = DetailView()
    found: bool = True
    loading: bool = False
    error: str = ""
    #: The tracker application of this posting (0 = not saved yet).
    saved_id: int = 0

    @rx.event
    async def load_detail(self):
        """Load the posting named by the route; its score is computed now when missing."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        pid = _route_id(self)
        self.error, self.detail, self.saved_id = "", DetailView(), 0
        self.found = self.loading = pid is not None
        if pid is None:
            return
        yield
        try:
            self.detail = await asyncio.to_thread(_load, uid, pid)
            self.saved_id = self.detail.application_id
        except LookupError:
            self.found = False
        except Exception:  # noqa: BLE001 - e.g. database busy while scoring: say so, no trace
            log.exception("job_detail.load_failed", user_id=uid, posting_id=pid)
            self.error = "The posting could not be loaded right now. Please reload in a moment."
        finally:
            self.loading = False

    @rx.event
    async def submit_save(self):
        """Save the posting to the tracker (stage "saved"; idempotent)."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        pid = self.detail.posting_id
        if not pid:
            return
        try:
            self.saved_id = await asyncio.to_thread(_save, uid, pid)
            self.error = ""
        except LookupError:
            self.error = "This posting is no longer available."
