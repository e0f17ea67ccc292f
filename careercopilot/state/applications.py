"""ApplicationsState: the board/list of the signed-in user's applications and the add forms."""

from __future__ import annotations

import dataclasses

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import read_session_scope, session_scope
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_rows as rows_svc
from careercopilot.services import reminders, submissions, url_import
from careercopilot.services.edit_conflicts import EditConflict
from careercopilot.state.auth import current_user_id
from careercopilot.state.submit_guard import mark_created, replay_of_cleared

#: The list search box's limit (the view says when a search reached it: text_limits).
SEARCH_LIMIT = 200
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
    _submitted: dict[str, float] = {}  # create form → when it was last saved (``state.submit_guard``)
    #: the shown tab, one of ``routes.APPLICATION_VIEWS``, kept in the URL (``?view=list``)
    view: str = routes.APPLICATION_VIEWS[0]

    async def _reload(self, uid: int) -> None:
        flt = svc.ApplicationFilter(stage=self.stage_filter, search=self.search, archived=self.show_archived)
        self.cards = await offload.db(_cards, uid, flt, self.sort_key, self.sort_desc)
        self.selected_ids = [i for i in self.selected_ids if i in {c.id for c in self.cards}]
        self.loaded = True

    async def _run(self, action, done, slot: str = "error", *, in_transaction: bool = True) -> bool:
        """One service call ``action(session)`` in a transaction (off the event loop; with
        ``in_transaction`` False ``action(None)`` commits itself); its user-facing error goes to
        ``slot``, else ``done`` (a text, or a function of what the action returned)."""
        self.error = self.notice = self.manual_error = self.from_url_error = ""
        try:
            result = await (offload.db(_in_transaction, action) if in_transaction else offload.db(action, None))
            self.notice = done(result) if callable(done) else done
            return True
        except (svc.TrackerError, EditConflict) as exc:
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
        self.view = routes.applications_view(self.router.url.query_parameters)
        await self._reload(uid)

    @rx.event
    def set_view(self, view: str):
        """Show the Board or List tab and put it in the URL (replacing the entry: a tab is not a page)."""
        self.view = routes.applications_view({"view": view})
        return rx.redirect(routes.applications_url(self.view), replace=True)

    @rx.event
    async def set_filter(self, name: str, value):
        """Change a list filter or sort: stage_filter | search | show_archived | sort_key | sort_desc."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if name == "stage_filter":
            self.stage_filter = str(value) if str(value) in svc.PipelineStage.__members__ else ""
        elif name == "search":
            self.search = str(value)[:SEARCH_LIMIT]
        elif name in ("show_archived", "sort_desc"):
            setattr(self, name, bool(value))
        elif name == "sort_key" and value in svc.SORT_KEYS:
            self.sort_key = str(value)
        await self._reload(uid)

    @rx.event
    async def submit_move(self, application_id: int, stage: str):
        """Move a card to ``stage`` (recorded in the stage history); refused (EditConflict, the
        board reloads) when the card changed in another tab since this board loaded it."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        aid = int(application_id)
        seen = next((c.version for c in self.cards if c.id == aid), None)
        # the notice is read in the transaction: "Moved to interviewing." says when no thank-you was set
        await self._run(lambda s: reminders.stage_move_notice(application_changes.move_stage(
            session=s, user_id=uid, application_id=aid, to_stage=stage, expected_version=seen)), str)
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
        await self._run(lambda s: application_changes.bulk_archive(session=s, user_id=uid, application_ids=ids, archived=not restore),
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
        duplicate submit makes no second application: the same values sent again within seconds
        (another tab, a retried event) are skipped by :func:`add_manual_once`, and the queued
        second event of a double click finds the form cleared and does nothing."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if self.adding:
            return None
        vals = {k: self.drafts.get(k, "") for k in ("company", "title", "url", "notes")}
        if replay_of_cleared(self._submitted, "manual", vals):
            return None  # the second of a double submit, after the first saved and cleared the form
        if not vals["company"].strip() or not vals["title"].strip():
            self.error = self.notice = self.from_url_error = ""
            self.manual_error = "Enter the company and the job title."
            return None
        from careercopilot.text_limits import saved_message

        added = saved_message("Application added.", vals["notes"], svc.MAX_NOTES, "Notes")  # trial101 finding 5
        if await self._run(lambda _s: add_manual_once(uid, vals), added, slot="manual_error",
                           in_transaction=False):
            self.drafts = {"from_url": self.drafts.get("from_url", "")}
            mark_created(self._submitted, "manual")
        await self._reload(uid)

    @rx.event(background=True)
    async def submit_from_url(self):
        """Import a posting page by URL (SSRF-guarded fetch) and save it; the URL stays on error.

        A background event: the fetch (seconds, up to the import's time limit) runs without the
        state lock, taken only to read the URL, mark the form busy and show the result."""
        async with self:
            uid = await current_user_id(self)
            if uid is None:
                return rx.redirect(routes.LOGIN)
            url = self.drafts.get("from_url", "").strip()
            if self.adding:
                return None
            self.error = self.notice = self.manual_error = self.from_url_error = ""
            self.adding = True
        error = ""
        try:
            if svc.clean_url(url) is None:
                raise svc.TrackerError("Enter the URL of a job posting.")
            await url_import.import_posting_async(user_id=uid, url=url, to_tracker=True)
        except (svc.TrackerError, LookupError) as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - fetch/parse errors of the ingest service are user-facing
            error = f"Could not import that page: {exc}"[:300]
        finally:
            async with self:
                self.adding = False
                self.from_url_error = error
                if not error:
                    self.notice = "Posting imported and saved."
                    self.drafts = {k: v for k, v in self.drafts.items() if k != "from_url"}
                await self._reload(uid)  # one short query (the card list), under the lock as before
        return None


def _cards(uid: int, flt: svc.ApplicationFilter, sort: str, descending: bool) -> list[rows_svc.CardRow]:
    with read_session_scope(user_id=uid) as s:  # the replica when one is configured (issue 15)
        return rows_svc.card_rows(session=s, user_id=uid, filters=flt, sort=sort, descending=descending)


def _in_transaction(action):
    with session_scope() as s:
        return action(s)


def add_manual_once(uid: int, vals: dict[str, str]) -> bool:
    """Add (and commit) an application typed in by hand (``vals``: company, title, url, notes)
    unless the same values were just sent (``services.submissions``); True when added."""
    def create() -> None:
        with session_scope() as s:
            svc.add_manual(session=s, user_id=uid, company=vals["company"], title=vals["title"], url=vals["url"],
                           notes=vals["notes"])

    return submissions.once(uid, "manual-application", vals, create)[0]
