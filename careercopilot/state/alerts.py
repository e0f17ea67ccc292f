"""AlertsState: the Saved searches page (list, rename, delivery, pause/resume, delete) and the
user's hidden postings (show again). Rows are plain dicts of strings for ``rx.foreach``."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.bidi import quote
from careercopilot.db import session_scope
from careercopilot.services.edit_conflicts import EditConflict, version_of
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.state.auth import current_user_id


#: The delivery menus' choices: (stored value, what the user reads).
DELIVERY_CHOICES = tuple((d, ss.DELIVERY_LABELS[d]) for d in ss.SAVED_SEARCH_DELIVERIES)


def _rows(uid: int) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    with session_scope() as s:
        searches = [{"id": str(r.id), "name": r.name, "what": ss.describe(r.query, r.filters),
                     "delivery": r.delivery, "delivery_label": ss.DELIVERY_LABELS.get(r.delivery, r.delivery),
                     "active": "1" if r.active else "", "href": ss.jobs_url(r), "deleted": "",
                     "version": version_of(r.updated_at)}
                    for r in ss.list_searches(session=s, user_id=uid)]
        hidden = [{"id": str(h.posting_id), "title": h.title, "company": h.company, "reason": h.reason,
                   "href": routes.job_detail(h.posting_id)} for h in ss.list_hidden(session=s, user_id=uid)]
    return searches, hidden


def _update(uid: int, sid: int, **changes) -> None:
    with session_scope() as s:
        ss.update(session=s, user_id=uid, search_id=sid, **changes)


def _delete(uid: int, sid: int) -> dict:
    with session_scope() as s:
        return ss.delete_search(session=s, user_id=uid, search_id=sid)


def _restore(uid: int, saved: dict) -> str:
    with session_scope() as s:
        return str(ss.restore(session=s, user_id=uid, saved=saved).id)


def _unhide(uid: int, pid: int) -> None:
    with session_scope() as s:
        ss.unhide(session=s, user_id=uid, posting_id=pid)


class AlertsState(rx.State):
    """The user's saved searches and hidden postings, and the last action's outcome, shown next
    to what it acted on: ``acted`` is the card's search id, ``"hidden"`` (the hidden list) or
    ``""`` (the top of the page). A deleted search stays in the list as a "Deleted · Undo" card
    (``deleted`` = "1") until the page is left (``_deleted``: id → (position, row, snapshot))."""

    searches: list[dict[str, str]] = []
    hidden: list[dict[str, str]] = []
    loaded: bool = False
    error: str = ""
    message: str = ""
    acted: str = ""
    _deleted: dict[str, list] = {}

    async def _refresh(self, uid: int) -> None:
        searches, self.hidden = await offload.db(_rows, uid)
        for index, row, _ in sorted(self._deleted.values(), key=lambda d: d[0]):
            searches.insert(min(index, len(searches)), row)
        self.searches = searches
        self.loaded = True

    @rx.event
    async def load_alerts(self):
        """Load both lists."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.message = self.acted = ""
        self._deleted = {}
        await self._refresh(uid)

    async def _change(self, sid: str, done: str, fn, *, where: str | None = None, **changes):
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.message = ""
        self.acted = sid if where is None else where
        if fn is _update:  # the version this page loaded: a change made meanwhile in another tab is not overwritten
            changes["expected_version"] = next((r.get("version", "") for r in self.searches if r["id"] == sid), "")
        try:
            await offload.db(fn, uid, int(sid), **changes)
            self.message = done
        except EditConflict as exc:  # nothing reloaded: the typed name stays in its input
            self.error = str(exc)
            return None
        except (LookupError, TypeError, ValueError) as exc:  # a form's error, else the card is gone
            mine = isinstance(exc, ValueError) and sid.isdigit() and bool(str(exc))
            self.error, self.acted = (str(exc), self.acted) if mine else ("That saved search is gone.", "")
        await self._refresh(uid)

    @rx.event
    async def submit_rename(self, form: dict):
        """Rename a search (``form``: ``id``, ``name``); a duplicate name → a message, nothing lost."""
        return await self._change(str(form.get("id", "")), "Renamed.", _update, name=str(form.get("name", ""))[:200])

    @rx.event
    async def set_delivery(self, sid: str, delivery: str):
        """Change how the search's new postings reach the user."""
        label = ss.DELIVERY_LABELS.get(str(delivery), str(delivery))
        return await self._change(sid, f"Delivery: {label}.", _update, delivery=str(delivery))

    @rx.event
    async def toggle_active(self, sid: str, active: bool):
        """Pause (``active`` False) or resume a search."""
        return await self._change(sid, "Resumed." if active else "Paused.", _update, active=bool(active))

    @rx.event
    async def delete_search(self, sid: str):
        """Delete a search and its found postings; its card stays as "Deleted · Undo"."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.message = ""
        index = next((i for i, r in enumerate(self.searches) if r["id"] == sid), None)
        try:
            saved = await offload.db(_delete, uid, int(sid))
        except (LookupError, TypeError, ValueError):
            self.error, self.acted = "That saved search is gone.", ""
        else:
            row = {**self.searches[index], "deleted": "1"} if index is not None else {
                "id": sid, "name": saved["name"], "what": "", "delivery": saved["delivery"], "active": "",
                "href": routes.ALERTS, "deleted": "1"}
            self._deleted = {**self._deleted, sid: [index or 0, row, saved]}
            self.message, self.acted = f"Deleted {quote(saved['name'])}.", sid
        await self._refresh(uid)

    @rx.event
    async def undo_delete(self, sid: str):
        """Bring a deleted search back (name, text, filters, delivery, paused or not)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.message = ""
        entry = self._deleted.get(sid)
        if entry is None:
            return None
        try:
            new_id = await offload.db(_restore, uid, entry[2])
        except ValueError as exc:
            self.error, self.acted = str(exc), sid
        else:
            self._deleted = {k: v for k, v in self._deleted.items() if k != sid}
            self.message, self.acted = f"{quote(entry[2]['name'])} is back.", new_id
        await self._refresh(uid)

    @rx.event
    async def unhide(self, pid: str):
        """Show a hidden posting again."""
        return await self._change(pid, "The posting shows again in your lists.", _unhide, where="hidden")
