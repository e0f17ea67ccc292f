"""Preferences page: what the job seeker is looking for (feeds the match score)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.preferences import PreferencesState
from careercopilot.templates import template
from careercopilot.views.preferences import preferences_form


@template(route=routes.PREFERENCES, title="Preferences", on_load=PreferencesState.load_preferences)
def preferences_page() -> rx.Component:
    """The preferences form."""
    return rx.vstack(preferences_form(), spacing="4", width="100%")
