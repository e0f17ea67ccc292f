"""Pure pieces of the Sources page: row formatting and status badges."""

from __future__ import annotations

from typing import Any

import reflex as rx

DEMO_LABEL = "demo"
UNVERIFIED_LABEL = "not verified against live sites"
_STATUS_COLORS = {"active": "green", "paused": "gray", "failing": "red"}


def source_row_data(view: Any, last_sync: str) -> dict:
    """A ``services.sources.SourceView`` as a dict of display strings/ints/bools; ``last_sync`` is
    the last sync already formatted in the signed-in user's zone ("" → "never"; it was shown in
    UTC — issue 10 trial finding)."""
    when = last_sync or "never"
    return {
        "id": view.id, "name": view.name, "label": view.label, "token": view.token or "—", "status": view.status,
        "is_demo": view.is_demo, "verified": view.verified, "last_sync": when, "error": view.last_error,
        "counts": f"{view.new_count} new · {view.updated_count} updated · {view.closed_count} closed",
        "open": view.open_postings, "paused": view.status == "paused",
        "run_id": view.run_id or 0, "suspicious": view.run_status == "suspicious",
        "suspicious_text": suspicious_text(view) if view.run_status == "suspicious" else "",
    }


def suspicious_text(view: Any) -> str:
    """Why the latest sync closed nothing: ``services.ingest_closing.is_suspicious`` held it back."""
    return (f"Suspicious sync: it fetched {view.fetched_count} postings while {view.open_before} were open, so "
            f"closing {view.withheld_count} was held back.")


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
