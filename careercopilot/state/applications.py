"""ApplicationsState: the board/list of the signed-in user's applications and the add forms."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import applications as svc
from careercopilot.state.auth import current_user_id


def _rows(uid: int, stage: str, search: str, archived: bool, sort: str, desc: bool) -> list[svc.CardRow]:
    flt = svc.ApplicationFilter(stage=stage, search=search, archived=archived)
    with session_scope() as s:
        return svc.card_rows(session=s, user_id=uid, filters=flt, sort=sort, descending=desc)


class ApplicationsState(rx.State):
    """Cards, list filters/sort, the bulk selection and form messages."""

    cards: list[svc.CardRow] = []
    stage_filter: str = ""
    search: str = ""
    show_archived: bool = False
    sort_key: str = "updated"
    sort_desc: bool = True
    selected_ids: list[int] = []
    error: str = ""
    notice: str = ""

    def _reload(self, uid: int) -> None:
        self.cards = _rows(uid, self.stage_filter, self.search, self.show_archived, self.sort_key, self.sort_desc)
        visible = {c.id for c in self.cards}
        self.selected_ids = [i for i in self.selected_ids if i in visible]

    def _run(self, action, done: str) -> None:
        """One service call in a transaction with a user-facing error or ``done`` notice."""
        self.error = self.notice = ""
        try:
            with session_scope() as s:
                action(s)
            self.notice = done
        except svc.TrackerError as exc:
            self.error = str(exc)
        except LookupError:
            self.error = "That application no longer exists."

    @rx.event
    def load_applications(self):
        """Load the board and list."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = ""
        self._reload(uid)

    @rx.event
    def set_filter(self, name: str, value):
        """Change a list filter or sort: stage_filter | search | show_archived | sort_key | sort_desc."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if name == "stage_filter":
            self.stage_filter = str(value) if str(value) in svc.PipelineStage.__members__ else ""
        elif name == "search":
            self.search = str(value)[:200]
        elif name == "show_archived":
            self.show_archived = bool(value)
        elif name == "sort_key" and value in svc.SORT_KEYS:
            self.sort_key = str(value)
        elif name == "sort_desc":
            self.sort_desc = bool(value)
        self._reload(uid)

    @rx.event
    def submit_move(self, application_id: int, stage: str):
        """Move a card to ``stage`` (recorded in the stage history)."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self._run(lambda s: svc.move_stage(session=s, user_id=uid, application_id=int(application_id), to_stage=stage),
                  f"Moved to {stage}.")
        self._reload(uid)

    @rx.event
    def toggle_selected(self, application_id: int):
        """Add/remove a row from the bulk selection."""
        aid = int(application_id)
        self.selected_ids = [i for i in self.selected_ids if i != aid] if aid in self.selected_ids else [*self.selected_ids, aid]

    @rx.event
    def submit_archive(self):
        """Archive (or, in the archived view, restore) the selected applications."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        ids, restore = list(self.selected_ids), self.show_archived
        self._run(lambda s: svc.bulk_archive(session=s, user_id=uid, application_ids=ids, archived=not restore),
                  f"{len(ids)} application(s) {'restored' if restore else 'archived'}.")
        self.selected_ids = []
        self._reload(uid)

    @rx.event
    def submit_manual(self, form: dict):
        """Create an application from the Add manually form."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self._run(lambda s: svc.add_manual(
            session=s, user_id=uid, company=str(form.get("company", "")), title=str(form.get("title", "")),
            url=str(form.get("url", "")), notes=str(form.get("notes", ""))[: svc.MAX_NOTES],
        ), "Application added.")
        self._reload(uid)
        if not self.error:
            return rx.set_value("manual-company", "")

    @rx.event
    async def submit_from_url(self, form: dict):
        """Import a posting page by URL (SSRF-guarded fetch) and save it."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        url = str(form.get("url", "")).strip()[:2000]
        self.error = self.notice = ""
        try:
            await asyncio.to_thread(_add_from_url, uid, url)
            self.notice = "Posting imported and saved."
        except (svc.TrackerError, LookupError) as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - fetch/parse errors of the ingest service are user-facing
            self.error = f"Could not import that page: {exc}"[:300]
        self._reload(uid)


def _add_from_url(uid: int, url: str) -> None:
    with session_scope() as s:
        svc.add_from_url(session=s, user_id=uid, url=url)
