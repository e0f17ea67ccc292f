"""SourcesState: the job-source list, admin actions, "Sync now" progress, "Add posting from URL"."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.components.sources import source_row_data
from careercopilot.connectors import ConnectorError
from careercopilot.db import session_scope
from careercopilot.services import ingest, sources
from careercopilot.services.background import enqueue, job_status
from careercopilot.state.auth import current_user_id, session_user

MAX_URL = 2000


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
    _job_id: str = ""

    def _refresh(self) -> None:
        with session_scope() as s:
            self.rows = [source_row_data(v) for v in sources.list_sources(session=s)]

    @rx.event
    def load_sources(self):
        """Load the list (any signed-in user) and the connector choices."""
        who = session_user(self)
        if who is None:
            return rx.redirect(routes.LOGIN)
        self.is_admin = who.is_admin
        self.choices = [
            {"key": c.key, "label": c.label + ("" if c.verified else " (not verified against live sites)")}
            for c in sources.connector_choices()
        ]
        self._refresh()
        return None

    @rx.event
    def submit_source(self, form: dict):
        """Admins: validate with a live test fetch, then save."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            with session_scope() as s:
                src = sources.create_source(
                    session=s, user_id=uid, source_type=str(form.get("type", ""))[:40],
                    token=str(form.get("token", ""))[:500], company=str(form.get("company", ""))[:300],
                )
                name = src.name
            self.form_error, self.form_notice = "", f"Added {name}."
        except (PermissionError, sources.SourceError) as exc:
            self.form_error, self.form_notice = str(exc), ""
        self._refresh()
        return None

    @rx.event
    def toggle_pause(self, source_id: int, paused: bool):
        """Admins: pause or resume a source."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            with session_scope() as s:
                sources.set_paused(session=s, user_id=uid, source_id=int(source_id), paused=bool(paused))
        except (PermissionError, LookupError) as exc:
            self.form_error = str(exc)
        self._refresh()
        return None

    @rx.event
    def submit_delete(self, source_id: int):
        """Admins: delete a source (its postings are closed, not deleted)."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            with session_scope() as s:
                sources.delete_source(session=s, user_id=uid, source_id=int(source_id))
        except (PermissionError, LookupError) as exc:
            self.form_error = str(exc)
        self._refresh()
        return None

    @rx.event
    def submit_sync(self, source_id: int):
        """Admins: enqueue a sync now; progress is polled by :meth:`poll_sync`."""
        who = session_user(self)
        if who is None:
            return rx.redirect(routes.LOGIN)
        if not who.is_admin:
            self.form_error = "only admins can sync sources"
            return None
        from jobs.ingest import sync_source

        self._job_id = enqueue(sync_source, int(source_id), user_id=who.user_id).id
        self.syncing, self.sync_progress, self.sync_message = True, 0, "queued"
        return SourcesState.poll_sync

    @rx.event(background=True)
    async def poll_sync(self):
        """Poll the sync job until it ends; live progress and counts."""
        while True:
            async with self:
                job_id, uid = self._job_id, current_user_id(self)
            handle = job_status(job_id, user_id=uid) if job_id and uid else None
            async with self:
                if handle is None:
                    self.syncing = False
                    return
                self.sync_progress, self.sync_message = handle.progress, handle.error or handle.message or handle.status
                if handle.done:
                    self.syncing = False
                    self._refresh()
                    return
            await asyncio.sleep(0.5)

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
            uid = current_user_id(self)
            url = str(form.get("url", self.url_value))[:MAX_URL]
            self.url_value, self.url_error, self.url_notice = url, "", "Fetching…"
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            with session_scope() as s:
                p = ingest.add_posting_from_url(session=s, user_id=uid, url=url)
                notice, error = f"Added (only you can see it): {p.title} — {p.company}", ""
        except (ConnectorError, ValueError) as exc:
            notice, error = "", str(exc)
        async with self:
            self.url_notice, self.url_error = notice, error
            if not error:
                self.url_value = ""
        return None
