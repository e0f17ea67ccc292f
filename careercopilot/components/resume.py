"""Pure pieces of the Resume and Preferences pages (no State, no services)."""

from __future__ import annotations

import reflex as rx


def skill_badges(skills, **props) -> rx.Component:
    """Skills as badges; a hint when the list is empty."""
    return rx.cond(
        skills.length() > 0,
        rx.flex(rx.foreach(skills, lambda s: rx.badge(s, variant="soft", radius="full")), wrap="wrap", gap="2", **props),
        rx.text("No skills recognised yet — correct the text below if something is missing.", color_scheme="gray",
                size="2", **props),
    )


def labeled(label: str, value, **props) -> rx.Component:
    """A small label above a value (shows an em dash when empty)."""
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray"),
        rx.text(rx.cond(value != "", value, "—"), size="2", **props),
        spacing="0",
        min_width="9em",
    )


def text_list(label: str, items, **props) -> rx.Component:
    """A label above a comma-free list of short strings."""
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray"),
        rx.cond(
            items.length() > 0,
            rx.vstack(rx.foreach(items, lambda t: rx.text(t, size="2", trim="both")), spacing="0"),
            rx.text("—", size="2"),
        ),
        spacing="0",
        **props,
    )


def version_item(row, *, on_view, on_activate, on_delete) -> rx.Component:
    """One resume version: name, date, active badge and its actions."""
    return rx.hstack(
        rx.vstack(
            rx.text(f"v{row.version} · ", row.filename, weight="medium", size="2"),
            rx.text(row.uploaded, " · ", row.size, size="1", color_scheme="gray"),
            spacing="0",
        ),
        rx.spacer(),
        rx.cond(row.is_active, rx.badge("active", color_scheme="green", id=f"resume-active-{row.id}"), rx.fragment()),
        rx.button("View", size="1", variant="soft", on_click=on_view, id=f"resume-view-{row.id}"),
        rx.cond(
            row.is_active,
            rx.fragment(),
            rx.button("Make active", size="1", variant="outline", on_click=on_activate, id=f"resume-activate-{row.id}"),
        ),
        rx.button("Delete", size="1", color_scheme="red", variant="ghost", on_click=on_delete,
                  id=f"resume-delete-{row.id}"),
        align="center",
        width="100%",
        class_name="resume-version",
    )
