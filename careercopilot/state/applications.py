"""ApplicationsState: the board/list of the signed-in user's applications and the add forms."""

from __future__ import annotations

import dataclasses

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import read_session_scope, session_scope
from careercopilot.services import applications as svc
from careercopilot.services import application_rows as rows_svc
from careercopilot.services import url_import
from careercopilot.state.auth import current_user_id

_DRAFT_LIMITS = {"company": 300, "title": 500, "url": 2000, "notes": svc.MAX_NOTES, "from_url": 2000}


class ApplicationsState(rx.State):
    """Cards, list filters/sort, the bulk selection and form messages."""

    cards: list[rows_svc.CardRow] = []
    stage_filter: str = ""
    search: str = ""
    show_archived: bool = False
    sort_key: str = "updated"
    sort_desc: bool = True
    selected_ids: list[int] = []
    error: str = ""
    notice: str = ""
    drafts: dict[str, str] = {}  # typed add-form values (company/title/url/notes/from_url), kept on error
    manual_error: str = ""
    from_url_error: str = ""
    #: False until the cards first arrive: the page body waits (cards arriving under a drawn
    #: empty board pushed the forms down — a layout shift, Lighthouse CLS).
    loaded: bool = False
    #: an add form's handler is running (its button is disabled and shows busy)
    adding: bool = False

    async def _reload(self, uid: int) -> None:
        flt = svc.ApplicationFilter(stage=self.stage_filter, search=self.search, archived=self.show_archived)
        self.cards = await offload.db(_cards, uid, flt, self.sort_key, self.sort_desc)
        self.selected_ids = [i for i in self.selected_ids if i in {c.id for c in self.cards}]
        self.loaded = True

    async def _run(self, action, done: str, slot: str = "error") -> bool:
        """One service call in a transaction (off the event loop); its user-facing error goes to
        ``slot``, else ``done``."""
        self.error = self.notice = self.manual_error = self.from_url_error = ""
        try:
            await offload.db(_in_transaction, action)
            self.notice = done
            return True
        except svc.TrackerError as exc:
            setattr(self, slot, str(exc))
        except LookupError:
            setattr(self, slot, "That application no longer exists.")
        return False

    @rx.event
    async def load_applications(self):
        """Load the board and list."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = self.manual_error = self.from_url_error = ""
        await self._reload(uid)

    @rx.event
    async def set_filter(self, name: str, value):
        """Change a list filter or sort: stage_filter | search | show_archived | sort_key | sort_desc."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if name == "stage_filter":
            self.stage_filter = str(value) if str(value) in svc.PipelineStage.__members__ else ""
        elif name == "search":
            self.search = str(value)[:200]
        elif name in ("show_archived", "sort_desc"):
            setattr(self, name, bool(value))
        elif name == "sort_key" and value in svc.SORT_KEYS:
            self.sort_key = str(value)
        await self._reload(uid)

    @rx.event
    async def submit_move(self, application_id: int, stage: str):
        """Move a card to ``stage`` (recorded in the stage history)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        await self._run(lambda s: svc.move_stage(session=s, user_id=uid, application_id=int(application_id), to_stage=stage),
                  f"Moved to {stage}.")
        await self._reload(uid)

    @rx.event
    def submit_drop(self, card_id: str, stage: str):
        """A card dropped on another column (drag and drop): shown there at once, then moved
        through :meth:`submit_move` (which reloads the board, undoing the optimistic move if
        it was refused). ``card_id`` is the application id as a string; unknown stages are ignored."""
        try:
            aid = int(card_id)
        except (TypeError, ValueError):
            return None
        if stage not in svc.PipelineStage.__members__ or not any(c.id == aid for c in self.cards):
            return None
        self.cards = [dataclasses.replace(c, stage=stage) if c.id == aid else c for c in self.cards]
        return ApplicationsState.submit_move(aid, stage)

    @rx.var(cache=True)
    def stage_counts(self) -> dict[str, int]:
        """Number of shown cards per stage (column headers)."""
        counts: dict[str, int] = {}
        for c in self.cards:
            counts[c.stage] = counts.get(c.stage, 0) + 1
        return counts

    @rx.event
    def toggle_selected(self, application_id: int):
        """Add/remove a row from the bulk selection."""
        aid, ids = int(application_id), self.selected_ids
        self.selected_ids = [i for i in ids if i != aid] if aid in ids else [*ids, aid]

    @rx.event
    async def submit_archive(self):
        """Archive (or, in the archived view, restore) the selected applications."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        ids, restore = list(self.selected_ids), self.show_archived
        await self._run(lambda s: svc.bulk_archive(session=s, user_id=uid, application_ids=ids, archived=not restore),
                  f"{len(ids)} application(s) {'restored' if restore else 'archived'}.")
        self.selected_ids = []
        await self._reload(uid)

    @rx.event
    def set_draft(self, name: str, value: str):
        """Keep what the user types into an add form (company | title | url | notes | from_url)."""
        if name in _DRAFT_LIMITS:
            self.drafts = {**self.drafts, name: str(value)[: _DRAFT_LIMITS[name]]}

    @rx.event
    async def submit_manual(self):
        """Create an application from the Add manually form (the typed values stay on error). A
        second submit while adding is ignored (the button is busy meanwhile)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if self.adding:
            return None
        d = self.drafts
        if not d.get("company", "").strip() or not d.get("title", "").strip():
            self.error = self.notice = self.from_url_error = ""
            self.manual_error = "Enter the company and the job title."
            return None
        if await self._run(lambda s: svc.add_manual(session=s, user_id=uid, company=d.get("company", ""),
                                              title=d.get("title", ""), url=d.get("url", ""), notes=d.get("notes", "")),
                     "Application added.", slot="manual_error"):
            self.drafts = {"from_url": d.get("from_url", "")}
        await self._reload(uid)

    @rx.event
    async def submit_from_url(self):
        """Import a posting page by URL (SSRF-guarded fetch) and save it; the URL stays on error."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        url = self.drafts.get("from_url", "").strip()
        if self.adding:
            return
        self.error = self.notice = self.manual_error = self.from_url_error = ""
        self.adding = True
        yield
        try:
            if svc.clean_url(url) is None:
                raise svc.TrackerError("Enter the URL of a job posting.")
            await url_import.import_posting_async(user_id=uid, url=url, to_tracker=True)
            self.notice = "Posting imported and saved."
            self.drafts = {k: v for k, v in self.drafts.items() if k != "from_url"}
        except (svc.TrackerError, LookupError) as exc:
            self.from_url_error = str(exc)
        except Exception as exc:  # noqa: BLE001 - fetch/parse errors of the ingest service are user-facing
            self.from_url_error = f"Could not import that page: {exc}"[:300]
        finally:
            self.adding = False
        await self._reload(uid)


def _cards(uid: int, flt: svc.ApplicationFilter, sort: str, descending: bool) -> list[rows_svc.CardRow]:
    with read_session_scope(user_id=uid) as s:  # the replica when one is configured (issue 15)
        return rows_svc.card_rows(session=s, user_id=uid, filters=flt, sort=sort, descending=descending)


def _in_transaction(action) -> None:
    with session_scope() as s:
        action(s)
