"""Dashboard: the signed-in user's real numbers with next-step empty states."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.components.common import card, empty_state, stat
from careercopilot.db import read_session_scope
from careercopilot.services import dashboard, users
from careercopilot.state.auth import current_user_id
from careercopilot.state.reminders import RemindersState
from careercopilot.templates import template
from careercopilot.views.reminders import dashboard_followups


def _summary(uid: int):
    with read_session_scope(user_id=uid) as s:  # the replica when one is configured (issue 15)
        previous = users.mark_visit(session=s, user_id=uid)  # noted in memory: the view never writes
        return dashboard.summary_with_activity(session=s, user_id=uid, since=previous)


class DashboardState(rx.State):
    """Numbers for the dashboard cards."""

    open_postings: int = 0
    has_resume: bool = False
    applications: int = 0
    stage_counts: dict[str, int] = {}
    last_sync: str = ""
    new_matches: list[dashboard.NewMatch] = []
    #: load_dashboard has run: until then the figures are skeletons and no empty state is shown (the
    #: defaults — 0 postings, synced "never", no resume — are not the user's)
    loaded: bool = False

    @rx.event
    async def load_dashboard(self):
        """Load the summary for the signed-in user."""
        uid = await current_user_id(self)
        if uid is None:
            return
        data = await offload.db(_summary, uid)
        self.new_matches = data.new_matches
        self.open_postings = data.open_postings
        self.has_resume = data.has_resume
        self.applications = data.applications
        self.stage_counts = data.stage_counts
        self.last_sync = data.last_sync_local  # in the user's time zone, like every time on the site
        self.loaded = True


@template(route=routes.DASHBOARD, title="Dashboard", on_load=[DashboardState.load_dashboard, RemindersState.load_due])
def dashboard_page() -> rx.Component:
    """Cards for postings, applications and the next step."""
    return rx.vstack(
        rx.grid(
            stat("Open postings", DashboardState.open_postings, loaded=DashboardState.loaded, id="stat-open-postings"),
            stat("Applications", DashboardState.applications, loaded=DashboardState.loaded, id="stat-applications"),
            stat("Job feed last synced", rx.cond(DashboardState.last_sync != "", DashboardState.last_sync, "never"),
                 loaded=DashboardState.loaded, id="stat-last-sync"),
            # two tiles a row on a phone: three made each ~80 px inside its padding and broke
            # "Applications" into "Application/s" at 390 px (session-23 trial finding 8)
            columns=rx.breakpoints(initial="2", sm="3"),
            spacing="3",
            width="100%",
        ),
        rx.cond(
            DashboardState.has_resume | ~DashboardState.loaded,
            rx.fragment(),
            empty_state("Upload your resume", "Upload a PDF, DOCX or text resume so we can rank postings for you.",
                        "Upload resume", routes.RESUME, id="empty-resume"),
        ),
        rx.grid(
            card(
                rx.heading("New matches since your last visit", as_="h2", size="4"),
                rx.cond(
                    DashboardState.new_matches.length() > 0,
                    # the company under the title: beside it, a phone squeezed it into a column a few
                    # letters wide ("KoboToolbox" broke mid-word at 390 px, session-23 trial)
                    rx.vstack(rx.foreach(DashboardState.new_matches, lambda m: rx.hstack(
                        rx.badge(m.score.to_string()),
                        rx.vstack(
                            rx.link(m.title, href=routes.JOBS + "/" + m.posting_id.to_string(), id=f"new-match-{m.posting_id}"),
                            rx.text(m.company, color_scheme="gray", size="2"), spacing="0"),
                        spacing="2", align="start")),
                        spacing="2", id="new-matches"),
                    rx.text("Nothing new since your last visit. ",
                            rx.cond(DashboardState.has_resume,  # trial finding 17: no "upload a resume" to a user who has one
                                    rx.fragment("New postings from your sources appear here once they are ranked; ",
                                                rx.link("browse Jobs", href=routes.JOBS), " meanwhile."),
                                    "Upload a resume or add sources to get fresh matches."),
                            size="2", color_scheme="gray", id="empty-new-matches"),
                ),
            ),
            dashboard_followups(),
            columns=rx.breakpoints(initial="1", md="2"), spacing="3", width="100%",
        ),
        rx.cond(
            (DashboardState.applications > 0) | ~DashboardState.loaded,
            card(
                rx.heading("Pipeline", as_="h2", size="4"),
                rx.hstack(
                    rx.foreach(DashboardState.stage_counts, lambda kv: rx.badge(kv[0], ": ", kv[1], size="2")),
                    wrap="wrap",
                    id="pipeline-counts",
                ),
                rx.link("Open the board →", href=routes.APPLICATIONS, size="2"),
                width="100%",
            ),
            empty_state("No applications yet", "Save a job from the Jobs page to start tracking it.",
                        "Browse jobs", routes.JOBS, id="empty-applications"),
        ),
        spacing="4",
        width="100%",
    )
