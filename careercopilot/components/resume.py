"""Pure pieces of the Resume and Preferences pages (no State, no services)."""

from __future__ import annotations

import reflex as rx


def skill_badges(skills, **props) -> rx.Component:
    """Skills as badges; a hint when the list is empty."""
    return rx.cond(
        skills.length() > 0,
        rx.flex(rx.foreach(skills, lambda s: rx.badge(s, variant="soft", radius="full")), wrap="wrap", spacing="2", **props),
        rx.text("No skills recognised yet — correct the text below if something is missing.", color_scheme="gray",
                size="2", **props),
    )


def labeled(label: str, value, **props) -> rx.Component:
    """A small label above a value (shows an em dash when empty)."""
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray"),
        # Long unbroken values (emails, URLs) wrap inside their own column instead of running
        # into the next one.
        rx.text(rx.cond(value != "", value, "—"), size="2", overflow_wrap="anywhere", **props),
        spacing="0",
        min_width="9em",
        max_width="100%",
    )


def text_list(label: str, items, **props) -> rx.Component:
    """A label above a comma-free list of short strings, one per line.

    Each line keeps its normal line height (no ``trim``: trimmed lines with no gap ran into
    each other) with a small gap between items, and long values wrap inside the column.
    """
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray"),
        rx.cond(
            items.length() > 0,
            rx.vstack(rx.foreach(items, lambda t: rx.text(t, size="2", overflow_wrap="anywhere")),
                      spacing="1", width="100%"),
            rx.text("—", size="2"),
        ),
        spacing="1",
        min_width="9em",
        max_width="100%",
        **props,
    )


def delete_confirm(row, on_delete) -> rx.Component:
    """"Delete" that opens a confirmation dialog; only its "Delete version" button calls ``on_delete``."""
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button("Delete", size="1", color_scheme="red", variant="ghost", id=f"resume-delete-{row.id}"),
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete this resume version?"),
            rx.alert_dialog.description(
                f"v{row.version} · ", row.filename, " and its extracted text will be removed. ",
                rx.cond(row.is_active, "It is your active resume: the newest remaining version becomes active. ", ""),
                "This cannot be undone.", size="2",
            ),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray",
                                                 id=f"resume-delete-cancel-{row.id}")),
                rx.alert_dialog.action(rx.button("Delete version", color_scheme="red", on_click=on_delete,
                                                 id=f"resume-delete-confirm-{row.id}")),
                spacing="3", justify="end", margin_top="var(--space-4)",
            ),
            max_width="28em",
        ),
    )


def version_item(row, *, on_view, on_activate, on_delete, download_href) -> rx.Component:
    """One resume version: name, date, active badge and its actions (``download_href``: the
    original file's URL, served with the session cookie)."""
    return rx.hstack(
        rx.vstack(
            rx.text(f"v{row.version} · ", row.filename, weight="medium", size="2"),
            rx.text(row.uploaded, " · ", row.size, size="1", color_scheme="gray"),
            spacing="0",
        ),
        rx.spacer(),
        rx.cond(row.is_active, rx.badge("active", color_scheme="green", id=f"resume-active-{row.id}"), rx.fragment()),
        rx.button("View", size="1", variant="soft", on_click=on_view, id=f"resume-view-{row.id}"),
        # a plain <a download> (not the router's link): the browser fetches the file with the cookie
        rx.el.a(rx.icon("download", size=14, aria_hidden="true"), "Download", href=download_href, download="",
                id=f"resume-download-{row.id}", aria_label=f"Download version {row.version}",
                custom_attrs={"reloadDocument": True},
                style={"display": "inline-flex", "align_items": "center", "gap": "var(--space-1)",
                       "font_size": "var(--font-size-1)", "color": "var(--accent-11)"}),
        rx.cond(
            row.is_active,
            rx.fragment(),
            rx.button("Make active", size="1", variant="outline", on_click=on_activate, id=f"resume-activate-{row.id}"),
        ),
        delete_confirm(row, on_delete),
        # wraps at 360 px: five actions pushed "Delete" 8 px past the screen
        align="center",
        width="100%",
        wrap="wrap",
        class_name="resume-version",
    )
