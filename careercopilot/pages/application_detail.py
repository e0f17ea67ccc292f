"""One application: notes, contacts, follow-up, stage history, salary and the saved posting."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.application_detail import ApplicationDetailState
from careercopilot.templates import template
from careercopilot.views.application_detail import detail_body


@template(route=routes.APPLICATIONS + "/[application_id]", title="Application", on_load=ApplicationDetailState.load_detail)
def application_detail_page() -> rx.Component:
    """Detail page body."""
    return detail_body()
