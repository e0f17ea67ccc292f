"""Dashboard: the signed-in user's real numbers with next-step empty states."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import empty_state, stat
from careercopilot.db import session_scope
from careercopilot.services import dashboard
from careercopilot.state.auth import current_user_id
from careercopilot.templates import template


class DashboardState(rx.State):
    """Numbers for the dashboard cards."""

    open_postings: int = 0
    has_resume: bool = False
    applications: int = 0
    stage_counts: dict[str, int] = {}
    last_sync: str = ""

    @rx.event
    def load_dashboard(self):
        """Load the summary for the signed-in user."""
        uid = current_user_id(self)
        if uid is None:
            return
        with session_scope() as s:
            data = dashboard.summary(session=s, user_id=uid)
        self.open_postings = data.open_postings
        self.has_resume = data.has_resume
        self.applications = data.applications
        self.stage_counts = data.stage_counts
        self.last_sync = data.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if data.last_sync_at else ""


@template(route=routes.DASHBOARD, title="Dashboard", on_load=DashboardState.load_dashboard)
def dashboard_page() -> rx.Component:
    """Cards for postings, applications and the next step."""
    return rx.vstack(
        rx.grid(
            stat("Open postings", DashboardState.open_postings, id="stat-open-postings"),
            stat("Applications", DashboardState.applications, id="stat-applications"),
            stat("Job feed last synced", rx.cond(DashboardState.last_sync != "", DashboardState.last_sync, "never"),
                 id="stat-last-sync"),
            columns="3",
            spacing="3",
            width="100%",
        ),
        rx.cond(
            DashboardState.has_resume,
            rx.fragment(),
            empty_state("Upload your resume", "Upload a PDF, DOCX or text resume so we can rank postings for you.",
                        "Upload resume", routes.RESUME, id="empty-resume"),
        ),
        rx.cond(
            DashboardState.applications > 0,
            rx.hstack(
                rx.foreach(DashboardState.stage_counts, lambda kv: rx.badge(kv[0], ": ", kv[1], size="2")),
                wrap="wrap",
                id="pipeline-counts",
            ),
            empty_state("No applications yet", "Save a job from the Jobs page to start tracking it.",
                        "Browse jobs", routes.JOBS, id="empty-applications"),
        ),
        spacing="4",
        width="100%",
    )
