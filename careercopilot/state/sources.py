"""SourcesState: the job-source list, admin actions, "Sync now" progress, "Add posting from URL"."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.components.sources import source_row_data
from careercopilot.connectors import ConnectorError
from careercopilot.db import session_scope
from careercopilot.services import sources, url_import
from careercopilot.services.applications import user_zone
from careercopilot.services.job_views import plural
from careercopilot.services.local_time import local_minute
from careercopilot.services.background import enqueue, poll_job, poll_timeout_message
from careercopilot.state.auth import current_user_id, session_user

MAX_URL = url_import.MAX_URL


def _rows(uid: int | None) -> list[dict]:
    """The source rows, times in the user's zone (UTC when signed out)."""
    with session_scope() as s:
        zone = user_zone(s, uid)
        return [source_row_data(v, local_minute(v.last_sync_at, zone)) for v in sources.list_sources(session=s)]


def _in_transaction(action, **kwargs) -> None:
    with session_scope() as s:
        action(session=s, **kwargs)


def _create(uid: int, source_type: str, token: str, company: str) -> str:
    """Test-fetch and save a source; its name. PermissionError/SourceError for the user."""
    with session_scope() as s:
        return sources.create_source(session=s, user_id=uid, source_type=source_type, token=token,
                                     company=company).name


def _confirm(uid: int, run_id: int) -> int:
    with session_scope() as s:
        return sources.confirm_sync_run(session=s, user_id=uid, run_id=run_id).closed_count


class SourcesState(rx.State):
    """Rows are plain dicts (see ``components.sources.source_row_data``)."""


    rows: list[dict] = []
    choices: list[dict] = []
    is_admin: bool = False
    form_error: str = ""
    form_notice: str = ""
    url_error: str = ""
    url_notice: str = ""
    #: the "Add posting from URL" input (controlled: kept after an error, cleared on success)
    url_value: str = ""
    sync_message: str = ""
    sync_progress: int = 0
    syncing: bool = False
    #: True while "Test and add" runs its live test fetch (seconds): the button shows a spinner.
    testing_source: bool = False
    _job_id: str = ""

    async def _refresh(self) -> None:
        self.rows = await offload.db(_rows, await current_user_id(self))

    @rx.event
    async def load_sources(self):
        """Load the list (any signed-in user) and the connector choices."""
        who = await session_user(self)
        if who is None:
            return rx.redirect(routes.LOGIN)
        self.is_admin = who.is_admin
        # a reload or a return to the page starts clean: no error from an earlier attempt stays
        self.form_error = self.form_notice = self.url_error = self.url_notice = ""
        self.choices = [
            {"key": c.key, "label": c.label + ("" if c.verified else " (not verified against live sites)")}
            for c in sources.connector_choices()
        ]
        await self._refresh()
        return None

    @rx.event(background=True)
    async def submit_source(self, form: dict):
        """Admins: validate with a live test fetch (on the network pool), then save.

        A background event: the test fetch (seconds, up to the connector's timeout × retries)
        runs without the state lock, taken only to mark the button busy and to show the result."""
        async with self:
            uid = await current_user_id(self)
            if uid is None:
                return rx.redirect(routes.LOGIN)
            # a second click while the test fetch runs adds nothing twice
            if self.testing_source:
                return None
            # the previous attempt's message goes away as the new attempt starts; the button is busy
            self.form_error, self.form_notice, self.testing_source = "", "", True
        error, done = "", ""
        try:
            name = await offload.net(
                _create, uid, str(form.get("type", ""))[:40], str(form.get("token", ""))[:500],
                str(form.get("company", ""))[:300],
            )
            done = f"Added {name}."
        except (PermissionError, sources.SourceError) as exc:
            error = str(exc)
        finally:
            rows = await offload.db(_rows, uid)
            async with self:
                self.form_error, self.form_notice, self.testing_source, self.rows = error, done, False, rows
        return None

    @rx.event
    async def toggle_pause(self, source_id: int, paused: bool):
        """Admins: pause or resume a source."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.form_error = self.form_notice = ""  # an earlier attempt's message goes as this one starts
        try:
            await offload.db(_in_transaction, sources.set_paused, user_id=uid, source_id=int(source_id),
                             paused=bool(paused))
        except (PermissionError, LookupError) as exc:
            self.form_error = str(exc)
        await self._refresh()
        return None

    @rx.event
    async def submit_delete(self, source_id: int):
        """Admins: delete a source (its postings are closed, not deleted)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.form_error = self.form_notice = ""
        try:
            await offload.db(_in_transaction, sources.delete_source, user_id=uid, source_id=int(source_id))
        except (PermissionError, LookupError) as exc:
            self.form_error = str(exc)
        await self._refresh()
        return None

    @rx.event
    async def submit_confirm_run(self, run_id: int):
        """Admins: apply a suspicious sync's closing after all."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            closed = await offload.db(_confirm, uid, int(run_id))
            self.form_error, self.form_notice = "", f"Closed {plural(closed, 'posting')}."
        except (PermissionError, LookupError, sources.SourceError) as exc:
            self.form_error, self.form_notice = str(exc), ""
        await self._refresh()
        return None

    @rx.event
    async def submit_sync(self, source_id: int):
        """Admins: enqueue a sync now; progress is polled by :meth:`poll_sync`."""
        who = await session_user(self)
        if who is None:
            return rx.redirect(routes.LOGIN)
        self.form_error = self.form_notice = ""
        if not who.is_admin:
            self.form_error = "only admins can sync sources"
            return None
        from jobs.ingest import sync_source

        self._job_id = (await offload.db(enqueue, sync_source, int(source_id), user_id=who.user_id)).id
        self.syncing, self.sync_progress, self.sync_message = True, 0, "queued"
        return SourcesState.poll_sync

    @rx.event(background=True)
    async def poll_sync(self):
        """Poll the sync job until it ends (or the poll deadline passes); live progress and counts."""
        async with self:
            job_id, uid = self._job_id, await current_user_id(self)
        if not job_id or uid is None:
            async with self:
                self.syncing = False
            return
        # the sync may have been started by another admin (one live sync per source): any admin may follow it
        async for handle in poll_job(job_id):
            async with self:
                self.sync_progress, self.sync_message = handle.progress, handle.error or handle.message or handle.status
                if handle.timed_out:
                    self.sync_message = poll_timeout_message(handle, "The sync")
        rows = await offload.db(_rows, uid)
        async with self:
            self.syncing, self.rows = False, rows

    @rx.event
    def set_url_value(self, value: str):
        """Keep what the user types in the URL box (capped at ``MAX_URL`` characters)."""
        self.url_value = str(value)[:MAX_URL]

    @rx.event(background=True)
    async def submit_url(self, form: dict):
        """Any signed-in user: import one posting page (private to them).

        ``form["url"]`` is the typed address. On success the box is emptied; on an
        error it keeps the address so the user can correct it.
        """
        async with self:
            uid = await current_user_id(self)
            url = str(form.get("url", self.url_value))[:MAX_URL]
            self.url_value, self.url_error, self.url_notice = url, "", "Fetching…"
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            p = await url_import.import_posting_async(user_id=uid, url=url)
            notice, error = f"Added (only you can see it): {p.title} — {p.company}", ""
        except (ConnectorError, ValueError) as exc:
            notice, error = "", str(exc)
        async with self:
            self.url_notice, self.url_error = notice, error
            if not error:
                self.url_value = ""
        return None
