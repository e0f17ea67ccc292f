"""Applications: board (one column per pipeline stage), list view, add forms, export/import."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.applications import ApplicationsState
from careercopilot.templates import template
from careercopilot.views.applications import add_forms, board, exchange_panel, list_view, messages


@template(route=routes.APPLICATIONS, title="Applications", on_load=ApplicationsState.load_applications)
def applications_page() -> rx.Component:
    """Board and list tabs, then the add forms and the export/import panel."""
    return rx.cond(
        ApplicationsState.loaded,
        _body(),
        rx.center(rx.spinner(size="3"), width="100%", min_height="12rem", id="applications-loading", role="status",
                  aria_label="Loading applications"),
    )


def _body() -> rx.Component:
    return rx.vstack(
        messages(),
        rx.tabs.root(
            rx.tabs.list(rx.tabs.trigger("Board", value="board", id="tab-board"),
                         rx.tabs.trigger("List", value="list", id="tab-list")),
            rx.tabs.content(board(), value="board", padding_top="var(--space-3)"),
            rx.tabs.content(list_view(), value="list", padding_top="var(--space-3)"),
            value=ApplicationsState.view, on_change=ApplicationsState.set_view,  # the tab is in the URL
            width="100%",
        ),
        add_forms(),
        exchange_panel(),
        spacing="4",
        width="100%",
    )
