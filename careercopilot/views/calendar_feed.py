"""Settings section of the private calendar feed, bound to CalendarFeedState."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import notice, section
from careercopilot.state.calendar_feed import CalendarFeedState as C


def calendar_feed_section() -> rx.Component:
    """Create / rotate / revoke the feed; its URL is shown once, right after it is made."""
    return section(
        "Calendar feed",
        rx.cond(
            C.created != "",
            rx.text("Your private feed is on (created ", C.created, ").", size="2", id="calendar-feed-status"),
            rx.text("No calendar feed yet.", size="2", color_scheme="gray", id="calendar-feed-status"),
        ),
        rx.cond(
            C.new_url != "",
            rx.vstack(
                rx.el.label("Your feed URL — copy it now, it is shown only once", html_for="calendar-feed-url",
                            style={"font_size": "var(--font-size-2)", "font_weight": "500"}),
                rx.flex(
                    rx.input(value=C.new_url, read_only=True, id="calendar-feed-url", min_width="0", flex="1 1 16em"),
                    rx.button("Copy", type="button", size="2", on_click=rx.set_clipboard(C.new_url),
                              id="calendar-feed-copy", aria_label="Copy the feed URL"),
                    spacing="2", wrap="wrap", width="100%", align="center",
                ),
                rx.text("Paste it into your calendar app (\"subscribe to calendar\" / \"from URL\"). Anyone with "
                        "this URL can read your reminders: rotate it if it leaks.", size="1", color_scheme="gray"),
                spacing="1", width="100%",
            ),
            rx.fragment(),
        ),
        rx.hstack(
            rx.button(rx.cond(C.created != "", "Rotate URL", "Create feed URL"), type="button",
                      on_click=C.submit_rotate, id="calendar-feed-rotate"),
            rx.cond(C.created != "",
                    rx.button("Turn off", type="button", variant="soft", color_scheme="red",
                              on_click=C.submit_revoke, id="calendar-feed-revoke"),
                    rx.fragment()),
            spacing="2", wrap="wrap",
        ),
        notice(C.message, color="green", id="calendar-feed-message"),
        description="Your open reminders (follow-ups, thank-you notes, offer deadlines) in any calendar app "
                    "that subscribes to an iCal URL. The URL is secret; only a hash of it is stored.",
        id="calendar-feed",
    )
