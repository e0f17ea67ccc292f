"""Resume page: upload versions, pick the active one, read and correct the extracted text."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.state.resume import ResumeState
from careercopilot.templates import template
from careercopilot.views.resume import (
    selected_sections,
    upload_section,
    versions_section,
)


@template(route=routes.RESUME, title="Resume", on_load=ResumeState.load_resume)
def resume_page() -> rx.Component:
    """Upload card, versions list, parsed fields/skills and the text editor."""
    return rx.vstack(upload_section(), versions_section(), selected_sections(), spacing="4", width="100%")
