"""DataRightsState: the Settings page's "Your data" section — full export with live progress and
its signed download link (``services.data_export``; job ``jobs.data_rights.export_account``), and
the messages of account deletion (the request itself is a native form post, ``api_data``)."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.integrations.storage import StorageError
from careercopilot.services import auth_messages, background, data_export
from careercopilot.services.background import JobQueueUnavailable
from careercopilot.state.auth import current_user_id

EXPORT_JOB = "jobs.data_rights.export_account"
#: ``?notice=`` codes this section shows (the Settings password form shows the others).
DATA_NOTICES = frozenset({"deletion_cancelled"})


def _latest_link(uid: int) -> tuple[str, str]:
    """(url, "expires …" text) of the user's newest live export, or ("", "")."""
    key = data_export.latest_export(user_id=uid)
    if key is None:
        return "", ""
    link = data_export.export_link(user_id=uid, key=key)
    return link.url, link.expires_at.strftime("%Y-%m-%d %H:%M UTC")


class DataRightsState(rx.State):
    """Export busy/progress state and the download link of the newest export."""

    exporting: bool = False
    export_progress: int = 0
    export_message: str = ""
    export_url: str = ""
    export_expires: str = ""
    export_error: str = ""
    #: "Your account is no longer scheduled for deletion" after signing in during the grace period
    data_notice: str = ""
    #: a failed deletion request (wrong password, rate limited), from ``?delete_error=``
    delete_error: str = ""

    @rx.event
    async def load_data_rights(self):
        """Messages from the sign-in/deletion redirects, and the link of a live export made earlier
        (it survives page loads until it expires)."""
        q = self.router.url.query_parameters
        self.data_notice = auth_messages.text(q.get("notice")) if q.get("notice") in DATA_NOTICES else ""
        self.delete_error = auth_messages.text(q.get("delete_error"), retry=q.get("retry"))
        uid = await current_user_id(self)
        if uid is None or self.exporting:
            return
        try:
            self.export_url, self.export_expires = await asyncio.to_thread(_latest_link, uid)
        except StorageError:
            self.export_url = self.export_expires = ""

    @rx.event
    async def submit_export(self):
        """Enqueue the export job, then follow its progress."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        if self.exporting:
            return
        self.export_error, self.export_url, self.export_progress = "", "", 0
        try:
            handle = await asyncio.to_thread(background.enqueue, EXPORT_JOB, uid, user_id=uid)
        except JobQueueUnavailable:
            self.export_error = "The export could not be started right now. Please try again in a minute."
            return
        self.exporting, self.export_message = True, "Queued"
        yield DataRightsState.poll_export(handle.id)

    @rx.event(background=True)
    async def poll_export(self, job_id: str):
        """Poll the export job until it ends; then show the download link (or the error)."""
        async with self:
            uid = await current_user_id(self)
        if uid is None:
            return
        status = None
        async for status in background.poll_job(job_id, user_id=uid):
            async with self:
                self.export_progress, self.export_message = status.progress, status.message or ""
        url, expires, error = "", "", ""
        if status is not None and status.status == "finished":
            try:
                url, expires = await asyncio.to_thread(_latest_link, uid)
            except StorageError:
                error = "The export was made but cannot be reached right now. Reload the page in a minute."
        elif status is not None and status.timed_out:
            error = background.poll_timeout_message(status, "The export")
        else:
            error = "The export failed. Please try again."
        async with self:
            self.exporting = False
            self.export_url, self.export_expires, self.export_error = url, expires, error
            self.export_message = "Ready" if url else ""
