"""Jobs page: ranked recommendations for the active resume, filters, paging, semantic search."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.jobs import JobsState
from careercopilot.templates import template
from careercopilot.views.jobs import jobs_body


# one handler: the list, the indexing line and the resets of the last visit's "Saved …" line and
# "Hidden … Undo" toast (JobsState.load_page) — each on_load handler is an event of its own
@template(route=routes.JOBS, title="Jobs", on_load=JobsState.load_page)
def jobs_page() -> rx.Component:
    """Empty states, or search + filters + ranked cards + pager."""
    return jobs_body()
