"""Navigation sidebar."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes, styles
from careercopilot.components.common import native_form

NAV_ITEMS = (
    ("Dashboard", routes.DASHBOARD, "layout-dashboard"),
    ("Jobs", routes.JOBS, "briefcase"),
    ("Applications", routes.APPLICATIONS, "kanban"),
    ("Resume", routes.RESUME, "file-text"),
    ("Preferences", routes.PREFERENCES, "sliders-horizontal"),
    ("Settings", routes.SETTINGS, "settings"),
)


def nav_link(label: str, href: str, icon: str) -> rx.Component:
    """One sidebar entry."""
    return rx.link(
        rx.hstack(rx.icon(icon, size=18), rx.text(label), spacing="2", align="center"),
        href=href,
        id=f"nav-{label.lower()}",
        underline="none",
        padding="0.4em 0.6em",
        border_radius="6px",
        _hover={"background": "var(--accent-3)"},
        width="100%",
    )


def sidebar(user_email, extra_items=()) -> rx.Component:
    """Sidebar with the app name, navigation, the signed-in email and a logout button."""
    return rx.vstack(
        rx.heading("Career Copilot", size="5", padding_bottom="0.5em"),
        *[nav_link(*item) for item in (*NAV_ITEMS, *extra_items)],
        rx.spacer(),
        rx.text(user_email, size="1", color_scheme="gray", id="nav-user-email"),
        native_form(
            rx.button("Log out", type="submit", variant="soft", id="logout-button", width="100%"),
            action=routes.AUTH_LOGOUT,
            width="100%",
        ),
        width=styles.SIDEBAR_WIDTH,
        min_width=styles.SIDEBAR_WIDTH,
        height="100vh",
        position="sticky",
        top="0",
        padding="1em",
        border_right="1px solid var(--gray-5)",
        spacing="1",
    )
