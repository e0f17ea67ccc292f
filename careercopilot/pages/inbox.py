"""Inbox: the user's notifications, newest first (issue 13, "In-app").

Alerts, digests, due reminders, finished syncs and finished writing land here
(``services.notifications.notify``). Times are in the user's zone; items link into the app;
"Mark read" / "Mark all read" also lower the bell in the user's other tabs (the service
publishes the change after the commit); new items and reads elsewhere refresh an open list
(``state.inbox.register_live_page``). Only the signed-in user's own items are ever read or
changed: every query filters on their id.
"""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.components.common import empty_state, notice, section
from careercopilot.db import session_scope
from careercopilot.services import notifications
from careercopilot.services.applications import user_zone
from careercopilot.services.local_time import local_minute
from careercopilot.state.auth import current_user_id
from careercopilot.state.inbox import InboxState, register_live_page
from careercopilot.templates import template


def _items(uid: int) -> tuple[list[dict[str, str]], int]:
    """The newest items as display dicts (all values str) and the unread count."""
    with session_scope() as s:
        zone = user_zone(s, uid)
        rows = notifications.collapse_repeats(notifications.list_items(session=s, user_id=uid))
        unread = notifications.unread_count(session=s, user_id=uid)
    # an item announced again (a snoozed reminder, another sync of one source) is one line: "· 3 times"
    return [{"id": str(r.item.id), "title": r.item.title, "body": r.item.body, "link": r.item.link,
             "kind": notifications.KIND_LABELS.get(r.item.kind, r.item.kind),
             "when": local_minute(r.item.created_at, zone) + (f" · {len(r.ids)} times" if len(r.ids) > 1 else ""),
             "also": ",".join(str(i) for i in r.ids[1:]), "unread": "1" if r.unread else ""} for r in rows], unread


def _live_values(uid: int) -> dict:
    """What the bell's watcher sets on :class:`InboxPageState` when the inbox changes."""
    return {"items": _items(uid)[0], "loaded": True}


def _mark(uid: int, notification_id: int | None, also: tuple[int, ...] = ()) -> int:
    with session_scope() as s:
        return notifications.mark_read(session=s, user_id=uid, notification_id=notification_id, also=also)


def _also(items: list[dict[str, str]], notification_id: str) -> tuple[int, ...]:
    """The folded repeats of the listed line ``notification_id`` (its ``also`` ids)."""
    line = next((i for i in items if i["id"] == notification_id), None)
    return tuple(int(x) for x in (line or {}).get("also", "").split(",") if x.isdigit())


class InboxPageState(rx.State):
    """The listed items (``_items`` dicts) and the outcome of the last action."""

    items: list[dict[str, str]] = []
    loaded: bool = False
    message: str = ""

    async def _reload(self, uid: int) -> None:
        self.items, unread = await offload.db(_items, uid)
        (await self.get_state(InboxState)).unread = unread
        self.loaded = True

    @rx.event
    async def load_inbox(self):
        """List the newest items."""
        uid = await current_user_id(self)
        if uid is None:
            return
        self.message = ""
        await self._reload(uid)

    @rx.event
    async def mark_read(self, notification_id: str):
        """Mark one of the user's items read (another user's id changes nothing)."""
        uid = await current_user_id(self)
        if uid is None or not str(notification_id).isdigit():
            return
        await offload.db(_mark, uid, int(notification_id), _also(self.items, str(notification_id)))
        self.message = ""
        await self._reload(uid)

    @rx.event
    async def mark_all_read(self):
        """Mark every item of the user read."""
        uid = await current_user_id(self)
        if uid is None:
            return
        changed = await offload.db(_mark, uid, None)
        self.message = f"Marked {changed} read." if changed else "Nothing was unread."
        await self._reload(uid)


register_live_page(routes.INBOX, InboxPageState, _live_values)


def _item(item) -> rx.Component:
    unread = item["unread"] != ""
    # opening an item reads it (trial finding 11): the click marks it read as the link navigates
    title = rx.cond(item["link"] != "", rx.link(item["title"], href=item["link"], weight="medium",
                                                on_click=InboxPageState.mark_read(item["id"]),
                                                id="inbox-open-" + item["id"]),
                    rx.text(item["title"], weight="medium"))
    return rx.el.li(
        rx.flex(
            rx.vstack(
                rx.hstack(rx.cond(unread, rx.badge("Unread", color_scheme="red", variant="soft"), rx.fragment()),
                          rx.badge(item["kind"], color_scheme="gray", variant="soft"),
                          rx.text(item["when"], size="1", color_scheme="gray"), spacing="2", wrap="wrap",
                          align="center"),
                title,
                rx.cond(item["body"] != "", rx.text(item["body"], size="2", color_scheme="gray",
                                                    style={"overflow_wrap": "anywhere"}), rx.fragment()),
                spacing="1", min_width="0", flex="1",
            ),
            rx.cond(unread, rx.button("Mark read", size="1", variant="soft", on_click=InboxPageState.mark_read(item["id"]),
                                      id="mark-read-" + item["id"], aria_label="Mark read: " + item["title"],
                                      # the button goes once read: focus stays on the item, not <body>
                                      custom_attrs={"data-refocus": "inbox-item-" + item["id"]}),
                    rx.fragment()),
            spacing="3", align="start", justify="between", wrap="wrap", width="100%",
        ),
        id="inbox-item-" + item["id"], tab_index=-1,
        class_name=rx.cond(unread, "cc-inbox-item cc-inbox-unread", "cc-inbox-item"),
        style={"padding": "var(--space-3) 0", "border_bottom": "1px solid var(--gray-a4)", "list_style": "none"},
    )


@template(route=routes.INBOX, title="Inbox", on_load=InboxPageState.load_inbox)
def inbox_page() -> rx.Component:
    """The list, newest first, with "Mark all read"."""
    listing = section(
        "Notifications",
        notice(InboxPageState.message, color="green", id="inbox-message"),
        rx.el.ul(rx.foreach(InboxPageState.items, _item), id="inbox-list",
                 style={"margin": "0", "padding": "0", "width": "100%"}),
        description="Alerts, digests, reminders and finished background work, newest first. "
                    "Choose what reaches you under Settings → Notifications.",
        actions=rx.button("Mark all read", variant="soft", on_click=InboxPageState.mark_all_read, id="inbox-mark-all",
                          disabled=InboxState.unread == 0),
        id="inbox-section",
    )
    return rx.cond(
        InboxPageState.loaded & (InboxPageState.items.length() == 0),
        empty_state("Nothing here yet", "New matches for your saved searches, digests, due follow-ups and finished "
                    "syncs or writing will show up here.", "Go to Jobs", routes.JOBS, id="inbox-empty"),
        listing,
    )
