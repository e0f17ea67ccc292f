"""DataRightsState: the Settings page's "Your data" section — full export with live progress and
its signed download link (``services.data_export``; job ``jobs.data_rights.export_account``), and
the confirmation step of account deletion: whether it is open, its error, the last-admin warning
(the request itself is a native form post, ``api_data``)."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.integrations.storage import StorageError
from careercopilot.services import account_deletion, auth_messages, background, data_export, export_jobs
from careercopilot.services.applications import user_zone
from careercopilot.services.background import JobQueueUnavailable
from careercopilot.services.local_time import local_minute
from careercopilot.services.ratelimit import RateLimited
from careercopilot.state.auth import current_user_id

EXPORT_JOB = "jobs.data_rights.export_account"
#: ``?notice=`` codes this section shows (the Settings password form shows the others).
DATA_NOTICES = frozenset({"deletion_cancelled"})


def _latest_link(uid: int) -> tuple[str, str]:
    """(url, expiry "YYYY-MM-DD HH:MM" in the user's time zone) of the user's newest live
    export, or ("", "")."""
    key = data_export.latest_export(user_id=uid)
    if key is None:
        return "", ""
    link = data_export.export_link(user_id=uid, key=key)
    with session_scope() as s:
        zone = user_zone(s, uid)
    return link.url, local_minute(link.expires_at, zone)


def delete_step(query: dict[str, str]) -> tuple[str, bool]:
    """(error sentence, confirmation open) for the Settings URL's query: ``delete_error=<code>``
    (``services.auth_messages``; ``retry=<s>`` for ``rate_limited``) reopens the confirmation with
    that sentence; no or an unknown code leaves it closed."""
    error = auth_messages.text(query.get("delete_error"), retry=query.get("retry"))
    return error, error != ""


def _last_admin(uid: int) -> bool:
    with session_scope() as s:
        return account_deletion.is_last_admin(session=s, user_id=uid)


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
    #: a failed deletion request (wrong password, rate limited), from ``?delete_error=``; shown under
    #: the confirmation's submit button, the confirmation reopened
    delete_error: str = ""
    #: the deletion confirmation (an alert dialog) is open
    delete_open: bool = False
    #: the user is the instance's only admin (``account_deletion.is_last_admin``): the confirmation warns
    delete_last_admin: bool = False

    @rx.event
    async def load_data_rights(self):
        """Messages from the sign-in/deletion redirects, and the link of a live export made earlier
        (it survives page loads until it expires)."""
        q = self.router.url.query_parameters
        self.data_notice = auth_messages.text(q.get("notice")) if q.get("notice") in DATA_NOTICES else ""
        self.delete_error, self.delete_open = delete_step(q)  # back from a failed request: the step again
        uid = await current_user_id(self)
        if uid is None:
            return
        self.delete_last_admin = await offload.db(_last_admin, uid)
        if self.exporting:
            return
        try:
            self.export_url, self.export_expires = await asyncio.to_thread(_latest_link, uid)
        except StorageError:
            self.export_url = self.export_expires = ""

    @rx.event
    def set_delete_step(self, is_open: bool):
        """Open or close the deletion confirmation (its button, Cancel, Escape); closing forgets the
        error of the previous attempt."""
        self.delete_open = is_open
        if not is_open:
            self.delete_error = ""

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
            handle = await asyncio.to_thread(export_jobs.start, user_id=uid)
        except JobQueueUnavailable:
            self.export_error = "The export could not be started right now. Please try again in a minute."
            return
        except RateLimited as exc:
            self.export_error = f"You started several exports in the last hour. Try again in {exc.retry_after} seconds."
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
