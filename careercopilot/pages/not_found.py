"""The "page not found" page (Reflex serves it for any unknown path), with a way back."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import link_button
from careercopilot.templates import page_title, public_page


@public_page(route=routes.NOT_FOUND, title="Page not found")
def not_found_page() -> rx.Component:
    """Heading, explanation and links to the main pages."""
    return rx.vstack(
        rx.icon("compass", size=40, color="var(--accent-9)", aria_hidden="true"),
        page_title("Page not found", size="6"),
        rx.text("There is no page at this address. It may have moved, or the link may be mistyped.",
                color_scheme="gray"),
        rx.el.nav(
            rx.flex(
                link_button("Go to your dashboard", routes.DASHBOARD, id="not-found-dashboard"),
                link_button("Browse jobs", routes.JOBS, variant="soft", id="not-found-jobs"),
                link_button("Home", routes.INDEX, variant="soft", id="not-found-home"),
                wrap="wrap", spacing="3",
            ),
            aria_label="Pages",
        ),
        spacing="4",
        align="start",
        id="not-found",
    )
