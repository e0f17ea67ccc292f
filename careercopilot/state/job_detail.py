"""JobDetailState: one posting, its explained match score, and saving it to the tracker."""

from __future__ import annotations

import asyncio

import reflex as rx
import structlog

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services.applications import TrackerError
from careercopilot.services import job_detail_views
from careercopilot.services.job_detail_views import DetailView
from careercopilot.state.auth import current_user_id
from careercopilot.state.route_ids import route_id

log = structlog.get_logger(__name__)


def _route_id(state: rx.State) -> int | None:
    """The ``[posting_id]`` route argument (None when it is not a number).

    Read from ``router.url.path`` (``/jobs/<id>``), the API Reflex 0.10 recommends in place of
    the deprecated ``RouterData.page`` ("Use RouterData.url instead").
    """
    return route_id(state)


def _load(uid: int, pid: int) -> DetailView:
    with session_scope() as s:
        return job_detail_views.job_detail_view(session=s, user_id=uid, posting_id=pid)


def _documents(uid: int, pid: int) -> list[dict[str, str]]:
    from careercopilot.services import writing_targets

    with session_scope() as s:
        return writing_targets.posting_documents(session=s, user_id=uid, posting_id=pid)


def _save(uid: int, pid: int) -> int:
    with session_scope() as s:
        return job_detail_views.save_job(session=s, user_id=uid, posting_id=pid)


def _mark_applied(uid: int, pid: int) -> tuple[int, str, bool]:
    """Record that the user applied to posting ``pid``: its application (created at "saved" when there
    is none, :func:`job_detail_views.save_job`) moves to "applied" through the tracker's
    :func:`application_changes.move_stage` (stage history, ``applied_at``, "as sent" copies). Idempotent: an
    application already past "saved" (applied, interviewing, … rejected) is left as it is.
    Returns ``(application id, its stage, whether this call moved it)``; LookupError for an unknown posting."""
    from careercopilot.services import application_changes, applications

    with session_scope() as s:
        app_id = job_detail_views.save_job(session=s, user_id=uid, posting_id=pid)
        app = applications.get_application(session=s, user_id=uid, application_id=app_id)
        moved = app.stage == applications.PipelineStage.saved.value
        if moved:
            app = application_changes.move_stage(session=s, user_id=uid, application_id=app_id,
                                          to_stage=applications.PipelineStage.applied)
        return int(app.id), str(app.stage), moved


class JobDetailState(rx.State):
    """The loaded posting (``found`` False for unknown ids and other users' private postings)."""

    detail: DetailView = DetailView()
    found: bool = True
    loading: bool = False
    error: str = ""
    #: The tracker application of this posting (0 = not saved yet).
    saved_id: int = 0
    #: The user followed "Apply" (the posting opened in a new tab): ask "Did you apply?".
    apply_followed: bool = False
    #: What "Mark as applied" did ("" until it was used): "Marked as applied." or where it already is.
    marked_note: str = ""
    #: The user's documents written for this posting (``{"id", "label"}``, newest first): writing
    #: does not save the job (services.writing_targets), so the job page is where they are found.
    documents: list[dict[str, str]] = []

    @rx.event
    async def load_detail(self):
        """Load the posting named by the route; its score is computed now when missing."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        pid = _route_id(self)
        self.error, self.detail, self.saved_id, self.documents = "", DetailView(), 0, []
        self.apply_followed, self.marked_note = False, ""
        self.found = self.loading = pid is not None
        if pid is None:
            return
        yield
        try:
            self.detail = await asyncio.to_thread(_load, uid, pid)
            self.saved_id = self.detail.application_id
            self.documents = await asyncio.to_thread(_documents, uid, pid)
        except LookupError:
            self.found = False
        except Exception:  # noqa: BLE001 - e.g. database busy while scoring: say so, no trace
            log.exception("job_detail.load_failed", user_id=uid, posting_id=pid)
            self.error = "The posting could not be loaded right now. Please reload in a moment."
        finally:
            self.loading = False

    async def _tracked(self, work, uid: int, pid: int):
        """``work(uid, pid)`` off the event loop: its result, or None with the page's error set (the
        posting is gone, or the tracker is full: ``applications.room_left``); "" on success."""
        try:
            result = await asyncio.to_thread(work, uid, pid)
        except LookupError:
            self.error = "This posting is no longer available."
            return None
        except TrackerError as exc:
            self.error = str(exc)
            return None
        self.error = ""
        return result

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
        saved = await self._tracked(_save, uid, pid)
        if saved is not None:
            self.saved_id = saved

    @rx.event
    def followed_apply(self):
        """The Apply link was used (the posting opens in a new tab): offer "Mark as applied"."""
        self.apply_followed = True

    @rx.event
    async def submit_mark_applied(self):
        """Record the application at stage "applied" (idempotent: a second click changes nothing)."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        pid = self.detail.posting_id
        if not pid:
            return
        marked = await self._tracked(_mark_applied, uid, pid)
        if marked is not None:
            self.saved_id, stage, moved = marked
            self.marked_note = ("Marked as applied." if moved
                                else f"Already in your applications at stage {stage}: nothing changed.")
