"""Applications page sections: board, list (sort/filter/bulk archive), add forms, export/import."""

from __future__ import annotations

import reflex as rx
from reflex_components_core.el.elements.inline import A as PlainAnchor

from careercopilot import routes
from careercopilot.components.a11y import upload_label
from careercopilot.components.common import busy_button, card, notice, stack_cell, stack_row, stack_table, upload_notice
from careercopilot.components.tracker import (
    STAGES,
    application_card,
    floating_message,
    follow_up_badge,
    move_menu,
    stage_badge,
)
from careercopilot.components.dnd import dnd_board, dnd_card, dnd_column
from careercopilot.state.applications import SEARCH_LIMIT, ApplicationsState as S
from careercopilot.text_limits import cut_sentence
from careercopilot.state.tracker_exchange import IMPORT_UPLOAD_ID
from careercopilot.state.tracker_exchange import TrackerExchangeState as X


def _move(row) -> rx.Component:
    return move_menu(row.stage, lambda stage: S.submit_move(row.id, stage), menu_id=f"move-{row.id}",
                     aria_label=row.move_label)  # which application it moves (application_rows.move_label)


def board() -> rx.Component:
    """One column per pipeline stage (15 rem wide, titles on 1–2 lines) in a row that scrolls
    sideways inside the board (snapping by column on phones) — the page itself never scrolls
    sideways. Cards are dragged between columns (dnd-kit, :mod:`careercopilot.components.dnd`)
    or moved with their "Move to…" menu."""
    def column(stage: str) -> rx.Component:
        return dnd_column(
            rx.hstack(stage_badge(stage, size="2"),
                      rx.text(S.stage_counts.get(stage, 0), size="1", color_scheme="gray",
                              id=f"stage-count-{stage}"),
                      spacing="2", align="center"),
            rx.foreach(
                S.cards,
                lambda row: rx.cond(
                    row.stage == stage,
                    dnd_card(
                        application_card(row, routes.APPLICATIONS + "/" + row.id.to_string(), _move(row)),
                        card_id=row.id.to_string(), stage=row.stage, id=f"app-card-{row.id}", class_name="cc-dnd-card",
                    ),
                    rx.fragment(),
                ),
            ),
            stage=stage,
            id=f"stage-column-{stage}",
            # a stage link moves focus here; the custom component passes declared props only, so
            # tabIndex/role go as attributes (as props they were dropped: the link's focus went nowhere)
            custom_attrs={"tabIndex": -1, "role": "group"},
            class_name="cc-board-column",
            aria_label=f"{stage.capitalize()} column",
        )

    return rx.vstack(
        _stage_links(),
        rx.box(
            rx.box(
                dnd_board(*[column(s) for s in STAGES], on_move=S.submit_drop, class_name="cc-board-track"),
                id="board", class_name="cc-board", tab_index=0, role="region",
                aria_label="Application board: drag cards between columns, or use a card's Move to menu",
            ),
            class_name="cc-board-wrap",  # the fading right edge on phones (assets/app.css)
        ),
        spacing="2", width="100%", min_width="0",
    )


def _stage_links() -> rx.Component:
    """The board's stages with their counts, as links that bring a column into view (and focus it):
    on a phone the board shows one column at a time, so this row and the hint say there are more
    (``data-scroll-to``: :data:`careercopilot.components.a11y._IN_PAGE_LINKS`)."""
    links = [PlainAnchor.create(s.capitalize(), " ", rx.el.span(S.stage_counts.get(s, 0), class_name="cc-stage-count"),
                                href=f"#stage-column-{s}", id=f"board-stage-link-{s}", class_name="cc-stage-link",
                                custom_attrs={"data-scroll-to": f"stage-column-{s}"})
             for s in STAGES]
    return rx.el.nav(
        rx.text(f"The board has {len(STAGES)} stage columns and scrolls sideways: swipe it, or pick a stage.",
                size="1", color_scheme="gray", id="board-scroll-hint", class_name="cc-board-hint"),
        rx.flex(*links, wrap="wrap", spacing="1"),
        id="board-stages", aria_label="Board stages", width="100%",
    )


def list_view() -> rx.Component:
    """Sortable, filterable table with bulk archive."""
    header = rx.hstack(
        rx.input(placeholder="Search company or title", value=S.search, max_length=SEARCH_LIMIT, id="list-search",
                 aria_label="Search applications by company or title",
                 on_change=lambda v: S.set_filter("search", v), width="16em"),
        rx.el.select(rx.el.option("All stages", value=""), *[rx.el.option(s.capitalize(), value=s) for s in STAGES],
                     value=S.stage_filter, on_change=lambda v: S.set_filter("stage_filter", v), id="list-stage-filter",
                     aria_label="Show stage"),
        rx.el.select(*[rx.el.option(f"Sort: {k.replace('_', ' ')}", value=k) for k in
                       ("updated", "created", "company", "title", "stage", "applied", "follow_up")],
                     value=S.sort_key, on_change=lambda v: S.set_filter("sort_key", v), id="list-sort",
                     aria_label="Sort by"),
        rx.button(rx.cond(S.sort_desc, "Descending", "Ascending"), variant="soft", size="1", id="list-sort-dir",
                  on_click=S.set_filter("sort_desc", ~S.sort_desc)),
        rx.checkbox("Archived", checked=S.show_archived, on_change=lambda v: S.set_filter("show_archived", v),
                    id="list-show-archived"),
        rx.button(rx.cond(S.show_archived, "Restore selected", "Archive selected"), on_click=S.submit_archive,
                  disabled=S.selected_ids.length() == 0, color_scheme="gray", id="bulk-archive"),
        # a search that fills the box was cut by it: said here, not only while typing (trial101 finding 5)
        rx.cond(S.search.length() >= SEARCH_LIMIT,
                rx.text(cut_sentence("Searches", SEARCH_LIMIT), role="status", size="1", id="list-search-cut")),
        wrap="wrap", spacing="2", align="center",
    )
    row = lambda r: stack_row(  # noqa: E731
        stack_cell("Select", rx.checkbox(checked=S.selected_ids.contains(r.id),
                                         on_change=lambda _v: S.toggle_selected(r.id), id=f"select-{r.id}",
                                         aria_label="Select " + r.company + " – " + r.title)),
        stack_cell("Company", rx.link(r.company, href=routes.APPLICATIONS + "/" + r.id.to_string())),
        stack_cell("Title", r.title),
        stack_cell("Stage", stage_badge(r.stage)),
        # dates never wrap (issue 10 trial finding); an implied date is "not recorded", never a fact
        stack_cell("Applied", rx.cond(r.applied_note != "", rx.text("not recorded", color_scheme="gray", title=r.applied_note),
                                      r.applied_on), class_name="cc-nowrap"),
        stack_cell("Follow-up", follow_up_badge(r.follow_up, r.follow_up_on), class_name="cc-nowrap"),
        stack_cell("Source", r.source),
        id=f"list-row-{r.id}",
    )
    return card(
        header,
        stack_table(["Select", "Company", "Title", "Stage", "Applied", "Follow-up", "Source"], S.cards, row,
                    id="applications-table"),  # one card per row on a phone
        width="100%",
    )


def _draft_input(key: str, placeholder: str, max_length: int, *, label: str = "", **props) -> rx.Component:
    """A kept-on-error add-form field; ``label`` names it when the placeholder is an example value
    (a URL is no name: issue 10 trial, "Add from URL" was named "https://company.example/jobs/123")."""
    props.setdefault("width", "100%")  # full width of the card (was a narrow fixed width: issue 10)
    return rx.input(placeholder=placeholder, max_length=max_length, value=S.drafts.get(key, ""),
                    aria_label=label or placeholder, on_change=lambda v: S.set_draft(key, v), **props)


def add_forms() -> rx.Component:
    """Add manually and Add from URL (controlled inputs: typed values stay when the add fails)."""
    return rx.grid(
        card(
            rx.heading("Add manually", as_="h2", size="4"),
            rx.form(
                rx.vstack(
                    _draft_input("company", "Company", 300, id="manual-company", name="company"),
                    _draft_input("title", "Job title", 500, id="manual-title", name="title"),
                    _draft_input("url", "Posting URL (optional)", 2000, id="manual-url", name="url"),
                    rx.text_area(name="notes", placeholder="Notes (markdown)", max_length=20000, id="manual-notes",
                                 value=S.drafts.get("notes", ""), on_change=lambda v: S.set_draft("notes", v),
                                 width="100%", aria_label="Notes"),
                    busy_button("Add application", busy=S.adding, type="submit", id="manual-submit"),
                    notice(S.manual_error, id="manual-error"),
                    spacing="2",
                    width="100%",
                ),
                on_submit=lambda _form: S.submit_manual(), id="manual-form",
            ),
        ),
        card(
            rx.heading("Add from URL", as_="h2", size="4"),
            rx.text("Paste a posting page; we read its JSON-LD or text and save it.", size="2", color_scheme="gray"),
            rx.form(
                rx.vstack(
                    rx.hstack(
                        _draft_input("from_url", "https://company.example/jobs/123", 2000, label="Posting URL", id="from-url-input",
                                     name="url", width="100%"),
                        busy_button("Import", busy=S.adding, type="submit", id="from-url-submit"),
                        width="100%",
                    ),
                    notice(S.from_url_error, id="from-url-error"),
                    width="100%",
                ),
                on_submit=lambda _form: S.submit_from_url(), id="from-url-form",
            ),
        ),
        columns=rx.breakpoints(initial="1", md="2"), spacing="3", width="100%",
    )


def exchange_panel() -> rx.Component:
    """Export buttons and the CSV import with progress and per-line errors."""
    return card(
        rx.heading("Export and import", as_="h2", size="4"),
        rx.hstack(
            rx.button("Export CSV", on_click=X.submit_export("csv"), variant="soft", id="export-csv"),
            rx.button("Stage history CSV", on_click=X.submit_export("events"), variant="soft", id="export-events"),
            rx.button("Proof of applications", on_click=X.submit_export("proof"), variant="soft", id="export-proof"),
            rx.button("Export JSON", on_click=X.submit_export("json"), variant="soft", id="export-json"),
            wrap="wrap", spacing="2",
        ),
        rx.upload(
            rx.text("Drop a CSV (our export, Huntr, Teal… with Company and Job Title columns) or click to choose."),
            rx.foreach(rx.selected_files(IMPORT_UPLOAD_ID), lambda f: rx.text(f, weight="medium", id="import-selected")),
            # No ``accept`` filter: a refused file would vanish silently client-side; the server
            # checks name and content and says "Only .csv files can be imported (got …)".
            id=IMPORT_UPLOAD_ID, multiple=False, max_files=1, custom_attrs=upload_label("CSV file to import"),
            border="1px dashed var(--gray-7)", padding="var(--space-4)", border_radius="var(--radius-4)", margin_top="var(--space-3)",
        ),
        rx.button("Import CSV", on_click=[X.submit_import(rx.upload_files(upload_id=IMPORT_UPLOAD_ID)),
                            rx.clear_selected_files(IMPORT_UPLOAD_ID)],
                  loading=X.importing, margin_top="var(--space-2)", id="import-submit"),
        rx.cond(X.importing, rx.vstack(rx.progress(value=X.progress, max=100, id="import-progress"),
                                       rx.text(X.progress_message, size="1"), width="100%"), rx.fragment()),
        upload_notice(X.error, IMPORT_UPLOAD_ID, id="import-error"),
        notice(X.summary, color="green", id="import-summary"),
        rx.cond((X.line_errors.length() > 0) & (rx.selected_files(IMPORT_UPLOAD_ID).length() == 0),
                rx.vstack(rx.foreach(X.line_errors, lambda e: rx.text(e, size="1", color_scheme="red")),
                          id="import-line-errors", max_height="12em", overflow_y="auto", spacing="0"),
                rx.fragment()),
        width="100%",
    )


def messages() -> rx.Component:
    """Errors and notices of the board/list actions."""
    return rx.fragment(floating_message(S.error, id="applications-error"),
                       floating_message(S.notice, color="green", id="applications-notice"))
