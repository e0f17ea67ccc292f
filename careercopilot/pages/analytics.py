"""Analytics: funnel, weekly activity, rates, breakdowns and missing skills."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.analytics import AnalyticsState
from careercopilot.templates import template
from careercopilot.views.analytics import analytics_body


@template(route=routes.ANALYTICS, title="Analytics", on_load=AnalyticsState.load_analytics)
def analytics_page() -> rx.Component:
    """Charts of the user's pipeline."""
    return analytics_body()
