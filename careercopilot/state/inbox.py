"""InboxState: the unread count behind the navigation bell, kept live without polling.

Every protected page's load (``templates.template``) starts :meth:`InboxState.watch_inbox`, a
background event that lives as long as the tab shows that page:

1. it subscribes to the user's inbox messages on this app process
   (:func:`careercopilot.services.inbox_push.hub`; Redis pub/sub across processes in production,
   in-process on the embedded default), THEN reads the unread count (off the event loop), so a
   notification committed in between is never missed;
2. each message wakes it; it re-checks the tab's session (a revoked one ends the watcher: the tab
   hears nothing more), re-reads the count and sets ``unread`` inside ``async with self``,
   which Reflex pushes to the tab at once. On a page registered with :func:`register_live_page`
   (the Inbox) it also refreshes that page's state, so new items appear in the list too.

It ends — and its subscription with it — when Reflex cancels it: the next page load of the
tab (the handler ``supersedes`` older runs, and a navigation cancels the previous page-load
chain), the tab's disconnect (Reflex cancels an unfinished page-load chain of a disconnected
client) or server shutdown. As a backstop it also ends when, every :data:`LIVENESS_SECONDS`
without a message, the tab is no longer connected to this process. With Redis away the count
is still right after every navigation (degraded, not broken).

The log line ``inbox.watching`` names the process (``pid``) and the tab (``tab``: the first
12 hex digits of SHA-256 of Reflex's client token), which is how the production-stack e2e test
proves two tabs sit on different app workers.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from typing import Any

import reflex as rx
import structlog

from careercopilot import offload
from careercopilot.db import session_scope
from careercopilot.services import inbox_push, notifications, users
from careercopilot.state.auth import current_user_id, session_token
from careercopilot.state.changes import assign_changed

log = structlog.get_logger(__name__)

#: Seconds without a message after which the watcher checks that its tab is still connected here.
LIVENESS_SECONDS = 300.0


#: route key (route without slashes, as ``router.route_id``) → (state class, loader): while a tab
#: shows that page, each wake-up also sets the state's vars to ``loader(user_id)`` (blocking).
LIVE_PAGES: dict[str, tuple[type[rx.State], Callable[[int], dict[str, Any]]]] = {}


def register_live_page(route: str, state_cls: type[rx.State], loader: Callable[[int], dict[str, Any]]) -> None:
    """Refresh ``state_cls`` with ``loader(user_id)`` (var name → value) whenever the inbox of a
    tab showing ``route`` changes."""
    LIVE_PAGES[route.strip("/")] = (state_cls, loader)


def unread_count(user_id: int) -> int:
    """The user's unread count (blocking: run it with ``offload.db``)."""
    with session_scope() as s:
        return notifications.unread_count(session=s, user_id=user_id)


def _still_signed_in(cookie: str | None, user_id: int) -> bool:
    """Whether the session cookie the watcher started with still opens ``user_id``'s session
    (blocking: run it with ``offload.db``). Checked on every wake-up, so a revoked session's tab
    stops receiving the inbox (attack notes, session 6)."""
    if not cookie:
        return False
    with session_scope() as s:
        who = users.resolve_session(session=s, token=cookie)
    return who is not None and who.user_id == user_id


def tab_id(client_token: str) -> str:
    """A tab's name in logs: SHA-256 of Reflex's client token, first 12 hex digits."""
    return hashlib.sha256(client_token.encode()).hexdigest()[:12]


def _tab_connected_here(client_token: str) -> bool:
    """Whether the tab's websocket is still on this process (True when it cannot be told)."""
    try:
        from reflex.utils.prerequisites import get_app

        namespace = get_app().app.event_namespace
        return namespace is None or client_token in namespace.token_to_sid
    except Exception:  # no app in this process (tests): only Reflex's cancellation applies
        return True


class InboxState(rx.State):
    """``unread``: the signed-in user's unread inbox items, as this tab last heard."""

    unread: int = 0

    @rx.var
    def bell_label(self) -> str:
        """The bell's accessible name: "Notifications, 3 unread" / "Notifications, none unread"."""
        return f"Notifications, {self.unread} unread" if self.unread else "Notifications, none unread"

    @rx.var
    def unread_status(self) -> str:
        """What the polite live region says ("" at 0, so nothing is announced then)."""
        if not self.unread:
            return ""
        return "1 unread notification" if self.unread == 1 else f"{self.unread} unread notifications"

    @rx.event(background=True, supersedes=True)
    async def watch_inbox(self):
        """Keep ``unread`` current until Reflex cancels this run (module doc)."""
        # read without the state lock (a background event's proxy may be read outside `async with
        # self`; the router is the one this event started with): one lock less per page view
        cookie = session_token(self)
        uid = await current_user_id(self)
        token = self.router.session.client_token
        live = LIVE_PAGES.get((self.router.route_id or "").strip("/"))
        if uid is None:
            async with self:
                self.unread = 0
            return
        tab = tab_id(token)
        log.info("inbox.watching", tab=tab, pid=os.getpid(), user_id=uid)
        try:
            async with await inbox_push.hub().subscribe(uid) as sub:
                first = True
                while True:
                    if not first and not await offload.db(_still_signed_in, cookie, uid):
                        # the session ended (signed out elsewhere, password changed or reset, account
                        # deletion requested): this tab hears nothing more of the inbox
                        async with self:
                            self.unread = 0
                        return
                    count = await offload.db(unread_count, uid)
                    values = await offload.db(live[1], uid) if live is not None and not first else {}
                    async with self:
                        assign_changed(self, unread=count)  # an equal assignment would still be sent
                        if values:
                            page = await self.get_state(live[0])
                            for name, value in values.items():
                                setattr(page, name, value)
                    first = False  # the page's own on_load loaded it
                    while await sub.next(timeout=LIVENESS_SECONDS) is None:
                        if not _tab_connected_here(token):
                            return
                    sub.drain()  # one re-read covers every message that arrived meanwhile
        finally:
            log.info("inbox.watch_ended", tab=tab, pid=os.getpid())

    @rx.event
    async def refresh_unread(self):
        """Re-read the count now (after this tab marked items read)."""
        uid = await current_user_id(self)
        self.unread = 0 if uid is None else await offload.db(unread_count, uid)
