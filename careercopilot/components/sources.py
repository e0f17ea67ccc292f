"""Pure pieces of the Sources page: row formatting and status badges."""

from __future__ import annotations

from typing import Any

import reflex as rx

DEMO_LABEL = "demo"
UNVERIFIED_LABEL = "not verified against live sites"
_STATUS_COLORS = {"active": "green", "paused": "gray", "failing": "red"}


def source_row_data(view: Any) -> dict:
    """A ``services.sources.SourceView`` as a dict of display strings/ints/bools (UTC times)."""
    when = view.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if view.last_sync_at else "never"
    return {
        "id": view.id, "name": view.name, "label": view.label, "token": view.token or "—", "status": view.status,
        "is_demo": view.is_demo, "verified": view.verified, "last_sync": when, "error": view.last_error,
        "counts": f"{view.new_count} new · {view.updated_count} updated · {view.closed_count} closed",
        "open": view.open_postings, "paused": view.status == "paused",
    }


def status_badge(status) -> rx.Component:
    """Colored badge for active | paused | failing."""
    return rx.match(
        status,
        *[(k, rx.badge(k, color_scheme=c)) for k, c in _STATUS_COLORS.items()],
        rx.badge(status),
    )


def source_labels(row) -> rx.Component:
    """Type label plus the demo-feed / unverified markers."""
    return rx.hstack(
        rx.text(row["label"], size="2"),
        rx.cond(row["is_demo"], rx.badge(DEMO_LABEL, color_scheme="amber"), rx.fragment()),
        rx.cond(row["verified"], rx.fragment(), rx.badge(UNVERIFIED_LABEL, color_scheme="orange")),
        spacing="1",
        wrap="wrap",
    )
