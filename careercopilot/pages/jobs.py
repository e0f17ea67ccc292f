"""Jobs page: ranked recommendations for the active resume, filters, paging, semantic search."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.hides import HideState
from careercopilot.state.indexing import IndexingState
from careercopilot.state.jobs import JobsState
from careercopilot.state.save_search import SaveSearchState
from careercopilot.templates import template
from careercopilot.views.jobs import jobs_body


# a new visit (or search) starts without the last one's "Saved …" line or "Hidden … Undo" toast
@template(route=routes.JOBS, title="Jobs", on_load=[JobsState.load_jobs, SaveSearchState.clear_saved, HideState.dismiss,
                                                    IndexingState.watch_indexing])
def jobs_page() -> rx.Component:
    """Empty states, or search + filters + ranked cards + pager."""
    return jobs_body()
