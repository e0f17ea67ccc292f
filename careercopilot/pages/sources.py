"""Sources: shared job sources (admins manage them) and "Add posting from URL"."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.sources import SourcesState
from careercopilot.templates import template
from careercopilot.views.sources import add_source_form, add_url_form, source_list


@template(route=routes.SOURCES, title="Sources", on_load=SourcesState.load_sources)
def sources_page() -> rx.Component:
    """Source list, admin form and the URL import form."""
    return rx.vstack(
        rx.text("Postings from these sources are shared by every user. Sources marked "
                "\"Demo feed (recorded payloads)\" replay real recorded API responses (no network).",
                size="2", color_scheme="gray"),
        add_url_form(),
        add_source_form(),
        source_list(),
        spacing="4",
        width="100%",
    )
