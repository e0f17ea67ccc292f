"""RemindersState: due follow-ups on the dashboard and an application's reminders, with snooze
and done (services/reminders.py)."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services import reminders as svc
from careercopilot.state.auth import current_user_id
from careercopilot.state.route_ids import route_id


def _route_application_id(state: rx.State) -> int | None:
    return route_id(state, "application_id")


def _load(uid: int, aid: int | None) -> tuple[list[svc.ReminderRow], list[svc.ReminderRow]]:
    """(due rows for the dashboard, rows of application ``aid`` — [] when None or not theirs)."""
    with session_scope() as s:
        svc.backfill(session=s, user_id=uid)  # applications from before this feature get theirs on first read
    with session_scope() as s:
        due = svc.due_rows(session=s, user_id=uid)
        try:
            mine = svc.application_rows(session=s, user_id=uid, application_id=aid) if aid else []
        except LookupError:
            mine = []
        return due, mine


def _act(uid: int, action: str, reminder_id: int, choice: str) -> str:
    """Snooze or complete; returns the snooze's end (``2026-12-12 12:10``, user's zone), else ""."""
    with session_scope() as s:
        if action == "snooze":
            row = svc.snooze(session=s, user_id=uid, reminder_id=reminder_id, choice=choice)
            return svc.snoozed_text(session=s, user_id=uid, row=row)
        svc.complete(session=s, user_id=uid, reminder_id=reminder_id)
        return ""


class RemindersState(rx.State):
    """Due reminders (dashboard) and the open page's application reminders."""

    due: list[svc.ReminderRow] = []
    for_application: list[svc.ReminderRow] = []
    message: str = ""
    error: str = ""
    _application_id: int = 0

    async def _reload(self, uid: int) -> None:
        self.due, self.for_application = await offload.db(_load, uid, self._application_id or None)

    @rx.event
    async def load_due(self):
        """Dashboard: the due follow-ups."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self._application_id, self.message, self.error = 0, "", ""
        await self._reload(uid)
        return None

    @rx.event
    async def load_application(self):
        """Application page: that application's reminders (none for another user's id)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self._application_id, self.message, self.error = _route_application_id(self) or 0, "", ""
        await self._reload(uid)
        return None

    async def _change(self, action: str, reminder_id: int, choice: str, done: str):
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.message = self.error = ""
        try:
            until = await offload.db(_act, uid, action, int(reminder_id), choice)
            self.message = f"{done[:-1]}, until {until}." if until else done
        except svc.ReminderError as exc:
            self.error = str(exc)
        except (LookupError, ValueError):
            self.error = "Reminder not found."
        await self._reload(uid)
        return None

    @rx.event
    async def snooze(self, reminder_id: int, choice: str):
        """Snooze a reminder for 1 day / 3 days / 1 week (``choice`` 1d | 3d | 1w)."""
        text = svc.SNOOZE_LABELS.get(choice, choice)
        return await self._change("snooze", reminder_id, choice, f"Snoozed for {text}.")

    @rx.event
    async def complete(self, reminder_id: int):
        """Mark a reminder done."""
        return await self._change("done", reminder_id, "", "Marked done.")
