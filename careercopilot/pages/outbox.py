"""Outbox: every message the app wrote to the user, newest first, and the one opened.

With no mail server configured (the embedded default) this is where mail is read — password
reset links, verification links, notices; with SMTP it is the user's copy of what was sent,
with its delivery status (services/mail/outbox.py). Only the plain-text part is shown; the
links in it are listed as links.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import reflex as rx

from careercopilot import offload, routes
from careercopilot.components.common import empty_state, section
from careercopilot.db import session_scope
from careercopilot.services.local_time import local_minute
from careercopilot.services.mail import outbox
from careercopilot.state.auth import session_user
from careercopilot.templates import template


def _list(uid: int, zone: str) -> list[dict[str, str]]:
    with session_scope() as s:
        items = outbox.list_messages(session=s, user_id=uid)
    tz = ZoneInfo(zone)
    return [{"id": str(i.id), "subject": i.subject, "when": local_minute(i.created_at, tz),
             "status": outbox.STATUS_LABELS.get(i.status, i.status), "state": i.status, "unread": "1" if i.unread else "",
             "copies": copies_label(i.count)}
            for i in items]


def copies_label(count: int) -> str:
    """What a list row says of a message written ``count`` times ("" once; "3 copies")."""
    return "" if count <= 1 else f"{count} copies"


def _open(uid: int, message_id: int, zone: str) -> tuple[outbox.OutboxMessage, list[dict[str, str]]]:
    with session_scope() as s:
        msg = outbox.open_message(session=s, user_id=uid, message_id=message_id)
    tz = ZoneInfo(zone)
    copies = [{"id": str(c.id), "when": local_minute(c.created_at, tz),
               "status": outbox.STATUS_LABELS.get(c.status, c.status)} for c in msg.copies]
    return msg, copies


class OutboxState(rx.State):
    """The user's message list and the opened message."""

    items: list[dict[str, str]] = []
    loaded: bool = False
    opened_id: str = ""
    #: the list row of the opened message (its newest copy's id; ``opened_id`` may be an older copy)
    opened_row: str = ""
    #: every copy of the opened message, newest first (``{"id", "when", "status"}``; one when written once)
    copies: list[dict[str, str]] = []
    subject: str = ""
    body: str = ""
    to_addr: str = ""
    status: str = ""
    links: list[str] = []

    @rx.event
    async def load_outbox(self):
        """List the messages (newest first) and open the newest one."""
        who = await session_user(self)
        if who is None:
            return
        self.items = await offload.db(_list, who.user_id, who.timezone)
        self.loaded = True
        if self.items:
            await self._show(who.user_id, int(self.items[0]["id"]), who.timezone)
        else:
            self.opened_id = self.opened_row = ""

    @rx.event
    async def open_message(self, message_id: str):
        """Show message ``message_id`` (marks it and its other copies read)."""
        who = await session_user(self)
        if who is None or not str(message_id).isdigit():
            return
        await self._show(who.user_id, int(message_id), who.timezone)

    async def _show(self, uid: int, message_id: int, zone: str) -> None:
        try:
            msg, copies = await offload.db(_open, uid, message_id, zone)
        except LookupError:
            self.opened_id = self.opened_row = ""
            return
        self.opened_id, self.subject, self.body = str(msg.id), msg.subject, msg.text
        self.to_addr, self.status, self.links = msg.to_addr, outbox.STATUS_LABELS.get(msg.status, msg.status), msg.links
        self.copies = copies if len(copies) > 1 else []
        ids = {c["id"] for c in copies} | {self.opened_id}
        self.opened_row = next((i["id"] for i in self.items if i["id"] in ids), self.opened_id)
        self.items = [{**i, "unread": "" if i["id"] == self.opened_row else i["unread"]} for i in self.items]


def _item(item: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.el.button(
            rx.vstack(
                rx.text(item["subject"], weight=rx.cond(item["unread"] != "", "bold", "regular"), size="2"),
                # "In the app only" is said once, above the list, not on every message (stranger10 finding 23)
                rx.text(item["when"], rx.cond(item["state"] == "outbox", "", " · " + item["status"]),
                        rx.cond(item["copies"] != "", " · " + item["copies"], ""),
                        size="1", color_scheme="gray"),
                spacing="1", align="start",
            ),
            on_click=OutboxState.open_message(item["id"]),
            id="outbox-item-" + item["id"],
            class_name="cc-outbox-item",
            custom_attrs={"aria-current": rx.cond(item["id"] == OutboxState.opened_row, "true", "false")},
            style={"text_align": "left", "width": "100%", "padding": "var(--space-2)", "border_radius": "var(--radius-2)",
                   "background": rx.cond(item["id"] == OutboxState.opened_row, "var(--accent-a3)", "transparent"),
                   "cursor": "pointer"},
        ),
        style={"list_style": "none"},
    )


def _copy(copy: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.button(copy["when"], " · ", copy["status"], variant="ghost", size="1",
                  on_click=OutboxState.open_message(copy["id"]), id="outbox-copy-" + copy["id"],
                  custom_attrs={"aria-current": rx.cond(copy["id"] == OutboxState.opened_id, "true", "false")},
                  style={"font_weight": rx.cond(copy["id"] == OutboxState.opened_id, "bold", "normal")}),
        style={"list_style": "none"},
    )


def _copies() -> rx.Component:
    """The times this message was written (a reset asked for three times is one message with three
    copies: ``outbox.thread_key``); each opens that copy."""
    return rx.vstack(
        rx.text("This message was written ", OutboxState.copies.length().to_string(),
                " times (newest first):", size="1", color_scheme="gray"),
        rx.el.ul(rx.foreach(OutboxState.copies, _copy), id="outbox-copies",
                 style={"padding": "0", "margin": "0", "display": "flex", "flex_wrap": "wrap",
                        "gap": "var(--space-2)"}),
        spacing="1", width="100%",
    )


def _opened() -> rx.Component:
    return section(
        OutboxState.subject,
        rx.text("To ", rx.code(OutboxState.to_addr), " · ", OutboxState.status, size="1", color_scheme="gray"),
        rx.cond(OutboxState.copies.length() > 1, _copies(), rx.fragment()),
        rx.el.pre(OutboxState.body, id="outbox-body",
                  style={"white_space": "pre-wrap", "overflow_wrap": "anywhere", "font_family": "inherit", "margin": "0"}),
        rx.cond(
            OutboxState.links.length() > 0,
            rx.vstack(
                rx.text("Links in this message", weight="bold", size="2"),
                rx.foreach(OutboxState.links, lambda link, i: rx.link(link, href=link, id="outbox-link-" + i.to_string(),
                                                                      style={"overflow_wrap": "anywhere"})),
                spacing="1", width="100%",
            ),
            rx.fragment(),
        ),
        id="outbox-message",
    )


@template(route=routes.OUTBOX, title="Outbox", on_load=OutboxState.load_outbox)
def outbox_page() -> rx.Component:
    """Message list and the opened message."""
    return rx.cond(
        OutboxState.loaded & (OutboxState.items.length() == 0),
        empty_state("No messages yet", "Emails the app sends you (password resets, alerts, reminders) appear here.",
                    id="outbox-empty"),
        rx.vstack(
            rx.text("Emails the app sent you. Without a mail server configured, this is the only place they arrive.",
                    size="2", color_scheme="gray"),
            rx.flex(
                rx.el.ul(rx.foreach(OutboxState.items, _item), id="outbox-list",
                         style={"padding": "0", "margin": "0", "min_width": "0", "flex": "1 1 16rem"}),
                rx.box(rx.cond(OutboxState.opened_id != "", _opened(), rx.fragment()),
                       style={"flex": "2 1 22rem", "min_width": "0"}),
                spacing="4", wrap="wrap", width="100%", align="start",
            ),
            width="100%", spacing="3",
        ),
    )
