"""HideState: "Not interested" on a posting (Jobs cards, Job detail) and its undo.

After a hide on the Jobs page the list reloads (the posting is gone) and an undo toast names
it; Undo deletes the hide and reloads again. On the Job-detail page the same state holds the
hidden flag and the optional reason.
"""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.state.auth import current_user_id
from careercopilot.state.changes import assign_changed
from careercopilot.state.form_feedback import clear_fields
from careercopilot.state.jobs import JobsState


def _hide(uid: int, pid: int, reason: str) -> None:
    with session_scope() as s:
        ss.hide(session=s, user_id=uid, posting_id=pid, reason=reason)


def _unhide(uid: int, pid: int) -> None:
    with session_scope() as s:
        ss.unhide(session=s, user_id=uid, posting_id=pid)


def _is_hidden(uid: int, pid: int) -> bool:
    with session_scope() as s:
        return ss.is_hidden(session=s, user_id=uid, posting_id=pid)


class HideState(rx.State):
    """The last hidden posting (for Undo) and the Job-detail page's hidden flag."""

    last_id: int = 0
    last_title: str = ""
    hidden: bool = False
    error: str = ""

    async def _do(self, pid: int, reason: str = "") -> bool:
        uid = await current_user_id(self)
        if uid is None:
            return False
        try:
            await offload.db(_hide, uid, int(pid), str(reason or "")[:ss.MAX_REASON])
        except (LookupError, ValueError):
            self.error = "This posting is no longer available."
            return False
        self.error, self.hidden = "", True
        return True

    @rx.event
    async def hide_card(self, posting_id: int, title: str):
        """Hide a posting from the Jobs list (no reason) and reload the list."""
        if await self._do(posting_id):
            self.last_id, self.last_title = int(posting_id), str(title)[:200]
            yield JobsState.load_jobs

    @rx.event
    async def undo(self):
        """Undo the last hide on the Jobs page and reload the list."""
        uid = await current_user_id(self)
        if uid is None or not self.last_id:
            return
        await offload.db(_unhide, uid, self.last_id)
        self.last_id, self.last_title = 0, ""
        yield JobsState.load_jobs

    @rx.event
    def dismiss(self):
        """Close the undo toast (assigns nothing when none is open: no delta to send)."""
        self._clear_for_visit()

    def _clear_for_visit(self) -> None:
        """The undo toast closed: the "Close" button, and each Jobs page load (``JobsState.load_page``:
        the last visit's toast does not outlive it, trial finding 21)."""
        assign_changed(self, last_id=0, last_title="")

    @rx.event
    async def load_detail_flag(self):
        """Whether the Job-detail page's posting is hidden (route ``/jobs/<id>``)."""
        from careercopilot.state.job_detail import _route_id

        uid = await current_user_id(self)
        pid = _route_id(self)
        self.error = ""
        self.hidden = bool(uid and pid and await offload.db(_is_hidden, uid, pid))

    @rx.event
    async def submit_detail_hide(self, form: dict):
        """Hide the Job-detail page's posting with the optional reason of the form."""
        from careercopilot.state.job_detail import _route_id

        pid = _route_id(self)
        if pid is not None:
            await self._do(pid, str(form.get("reason", "")))
            if not self.error:
                return clear_fields("detail-hide-reason")

    @rx.event
    async def undo_detail(self):
        """Show the Job-detail page's posting in lists again."""
        from careercopilot.state.job_detail import _route_id

        uid, pid = await current_user_id(self), _route_id(self)
        if uid is None or pid is None:
            return rx.redirect(routes.LOGIN)
        await offload.db(_unhide, uid, pid)
        self.hidden = False
