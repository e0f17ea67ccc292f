"""Sources page sections bound to :class:`~careercopilot.state.sources.SourcesState`."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import busy_button, card, notice, stack_cell, stack_row, stack_table
from careercopilot.components.sources import UNVERIFIED_LABEL, source_labels, status_badge
from careercopilot.state.sources import MAX_URL, SourcesState


def _admin_actions(row) -> rx.Component:
    # wraps onto a second line in a narrow cell instead of pushing "Delete" past the card
    return rx.flex(
        rx.button("Sync now", size="1", on_click=SourcesState.submit_sync(row["id"]), disabled=SourcesState.syncing,
                  id=f"sync-{row['id']}"),
        rx.cond(
            row["paused"],
            rx.button("Resume", size="1", variant="soft", on_click=SourcesState.toggle_pause(row["id"], False),
                      id=f"resume-{row['id']}"),
            rx.button("Pause", size="1", variant="soft", on_click=SourcesState.toggle_pause(row["id"], True),
                      id=f"pause-{row['id']}"),
        ),
        rx.button("Delete", size="1", color_scheme="red", variant="soft",
                  on_click=SourcesState.submit_delete(row["id"]), id=f"delete-{row['id']}"),
        wrap="wrap",
        spacing="1",
    )


def _suspicious(row) -> rx.Component:
    """The held-back closing of a suspicious sync; admins may apply it."""
    return rx.vstack(
        rx.text(row["suspicious_text"], size="1", color_scheme="amber", id=f"suspicious-{row['id']}"),
        rx.cond(
            SourcesState.is_admin,
            rx.button("Close them anyway", size="1", variant="soft", color_scheme="amber",
                      on_click=SourcesState.submit_confirm_run(row["run_id"]), id=f"confirm-run-{row['id']}"),
            rx.fragment(),
        ),
        spacing="1",
    )


def _row(row) -> rx.Component:
    return stack_row(
        stack_cell("Source", rx.vstack(rx.text(row["name"], weight="medium"), source_labels(row),
                                # what `python -m careercopilot sync --source ID` takes (trial finding 14)
                                rx.text("Source id ", row["id"].to(str), size="1", color_scheme="gray",
                                        id="source-id-" + row["id"].to(str)),
                                spacing="1")),
        # long board tokens and careers URLs break anywhere rather than widening the table
        stack_cell("Token", rx.code(row["token"], word_break="break-all"), class_name="cc-token-cell"),
        stack_cell("Status", status_badge(row["status"])),
        stack_cell("Last sync", rx.vstack(
            rx.text(row["last_sync"], size="2", class_name="source-last-sync"), rx.text(row["counts"], size="1", color_scheme="gray"),
            rx.cond(row["error"] != "", rx.text(row["error"], size="1", color_scheme="red"), rx.fragment()),
            rx.cond(row["suspicious"], _suspicious(row), rx.fragment()),
            spacing="1",
        )),
        stack_cell("Open postings", row["open"]),
        rx.cond(SourcesState.is_admin, stack_cell("Actions", _admin_actions(row)), rx.fragment()),
        id=f"source-{row['id']}",
    )


def source_list() -> rx.Component:
    """The table of sources (actions for admins only) and the sync progress bar."""
    return card(
        rx.cond(
            SourcesState.syncing | (SourcesState.sync_message != ""),
            rx.vstack(rx.progress(value=SourcesState.sync_progress, width="100%"),
                      rx.text(SourcesState.sync_message, size="2", id="sync-message"), width="100%"),
            rx.fragment(),
        ),
        stack_table(  # one card per source on a phone
            ["Source", "Token", "Status", "Last sync", "Open postings", ("Actions", SourcesState.is_admin)],
            SourcesState.rows, _row, id="sources-table",
        ),
        rx.cond(SourcesState.rows.length() == 0, rx.text("No sources yet.", color_scheme="gray"), rx.fragment()),
        width="100%",
        # anything still wider than the card scrolls inside it (never clipped, never widening the page)
        overflow_x="auto",
        max_width="100%",
    )


def add_source_form() -> rx.Component:
    """Admins: connector type + board token/company/URL, validated by a live test fetch."""
    return rx.cond(
        SourcesState.is_admin,
        card(
            rx.heading("Add a source", as_="h2", size="4"),
            rx.text(f"LinkedIn/Indeed/Glassdoor (jobspy) scrape sites that may block it; {UNVERIFIED_LABEL}.",
                    size="1", color_scheme="gray"),
            rx.form(
                rx.hstack(
                    rx.el.select(
                        rx.foreach(SourcesState.choices, lambda c: rx.el.option(c["label"], value=c["key"])),
                        name="type", id="source-type", aria_label="Source type", class_name="cc-native-select",
                        style={"width": "auto", "max_width": "100%"},
                    ),
                    rx.input(name="token", placeholder="Board token, company id or careers URL", max_length=500,
                             id="source-token", width="22em", max_width="100%",
                             aria_label="Board token, company id or careers URL"),
                    rx.input(name="company", placeholder="Company name (optional)", max_length=300, id="source-company",
                             width="16em", max_width="100%", aria_label="Company name (optional)"),
                    busy_button("Test and add", busy=SourcesState.testing_source, busy_label="Testing the source…",
                                type="submit", id="source-submit"),
                    wrap="wrap", spacing="2",
                ),
                on_submit=SourcesState.submit_source,
                reset_on_submit=False,
            ),
            notice(SourcesState.form_error, id="source-error"),
            notice(SourcesState.form_notice, color="green", id="source-notice"),
            width="100%",
        ),
        notice(SourcesState.form_error, id="source-error"),
    )


def add_url_form() -> rx.Component:
    """Any signed-in user: import one posting page (private to them)."""
    return card(
        rx.heading("Add posting from URL", as_="h2", size="4"),
        rx.text("Paste a job posting page. Only you will see it.", size="2", color_scheme="gray"),
        rx.form(
            rx.hstack(
                # type=text (input_mode=url for mobile keyboards): the server explains a bad
                # address in words instead of the browser's bare "Please enter a URL".
                rx.input(name="url", type="text", input_mode="url", placeholder="https://…", max_length=MAX_URL,
                         required=True, auto_complete="off", spell_check=False, id="posting-url",
                         aria_label="Posting page URL",  # named, not by its "https://…" placeholder (issue 10)
                         value=SourcesState.url_value, on_change=SourcesState.set_url_value,
                         width="100%", max_width="36em", min_width="0"),
                rx.button("Add posting", type="submit", id="posting-url-submit"),
                spacing="2",
                width="100%",
            ),
            on_submit=SourcesState.submit_url,
            reset_on_submit=False,
        ),
        notice(SourcesState.url_error, id="posting-url-error"),
        notice(SourcesState.url_notice, color="green", id="posting-url-notice"),
        width="100%",
    )
