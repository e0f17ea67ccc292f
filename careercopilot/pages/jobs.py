"""Jobs page: ranked recommendations for the active resume, filters, paging, semantic search."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.jobs import JobsState
from careercopilot.templates import template
from careercopilot.views.jobs import jobs_body


@template(route=routes.JOBS, title="Jobs", on_load=JobsState.load_jobs)
def jobs_page() -> rx.Component:
    """Empty states, or search + filters + ranked cards + pager."""
    return jobs_body()
