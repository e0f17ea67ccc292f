"""``/``: sends signed-in users to the dashboard and everyone else to the login page."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.auth import AuthState


@rx.page(route=routes.INDEX, title="Career Copilot", on_load=[AuthState.check_session, rx.redirect(routes.DASHBOARD, replace=True)])
def index() -> rx.Component:
    """A blank page; its on_load redirects."""
    return rx.center(rx.spinner(), min_height="100vh")
