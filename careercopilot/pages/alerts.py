"""Saved searches page: the user's saved searches (open, rename, delivery, pause/resume, delete)
and hidden postings (show again)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.alerts import AlertsState
from careercopilot.templates import template
from careercopilot.views.alerts import alerts_body


@template(route=routes.ALERTS, title="Saved searches", on_load=AlertsState.load_alerts)
def alerts_page() -> rx.Component:
    """Saved searches, then hidden postings."""
    return alerts_body()
