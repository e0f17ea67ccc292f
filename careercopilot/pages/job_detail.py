"""Job detail page: the posting, where it was seen, its match score explained, Apply, Save and
"Not interested"."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.hides import HideState
from careercopilot.state.job_detail import JobDetailState
from careercopilot.templates import template
from careercopilot.views.job_detail import job_detail_body, title_heading


@template(route=routes.JOBS + "/[posting_id]", title="Job", heading=title_heading(), on_load=[JobDetailState.load_detail, HideState.load_detail_flag],
          document_title=JobDetailState.detail.title)
def job_detail_page() -> rx.Component:
    """Detail body (or the not-found message)."""
    return job_detail_body()
