"""Admin: instance-wide settings (admins only). A shell of sections later features fill:
LLM providers (writing copilot), outgoing email (SMTP) status, job sources."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import empty_state, link_button, section
from careercopilot.state.auth import AuthState
from careercopilot.state.writing_settings import LLMSettingsState
from careercopilot.templates import template
from careercopilot.state.mail_status import MailStatusState
from careercopilot.views.mail_status import smtp_section
from careercopilot.views.writing_settings import admin_section


def _admin_sections() -> rx.Component:
    return rx.vstack(
        admin_section(),
        smtp_section(),
        section("Job sources", rx.box(link_button("Manage sources", routes.SOURCES, variant="soft", id="admin-sources-link")),
                description="Boards and careers pages every user's feed is built from.", id="admin-sources"),
        spacing="4",
        width="100%",
    )


@template(route=routes.ADMIN, title="Admin", on_load=[LLMSettingsState.load_llm, MailStatusState.load_mail_status])
def admin_page() -> rx.Component:
    """The admin sections, or a notice for non-admins."""
    return rx.cond(
        AuthState.is_admin,
        _admin_sections(),
        empty_state("Admins only", "This page manages the whole instance. Ask an admin of this instance for access.",
                    "Back to the dashboard", routes.DASHBOARD, id="admin-forbidden"),
    )
