"""Page layout decorator (pattern: reflex-dev/templates ``dashboard/templates/template.py``).

``@template(route=..., title=...)`` registers a page that requires a session: on load
only the session check runs (:meth:`AuthState.check_session`); it sends a signed-out
visitor to ``/login?next=<page>`` and, for a signed-in user, queues the page's own
``on_load`` handlers.
"""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from careercopilot import routes, styles
from careercopilot.components.nav import sidebar
from careercopilot.state.auth import AuthState, register_protected_page

SOURCES_NAV = ("Sources", routes.SOURCES, "rss")
ANALYTICS_NAV = ("Analytics", routes.ANALYTICS, "chart-bar")


def _as_list(on_load) -> list:
    if on_load is None:
        return []
    return list(on_load) if isinstance(on_load, (list, tuple)) else [on_load]


def template(*, route: str, title: str, on_load=None, nav_extra: tuple = (SOURCES_NAV, ANALYTICS_NAV)) -> Callable:
    """Register ``page_fn`` at ``route`` inside the signed-in layout."""

    def decorator(page_fn: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def layout() -> rx.Component:
            return rx.hstack(
                sidebar(AuthState.user_email, extra_items=nav_extra),
                rx.box(
                    rx.vstack(rx.heading(title, size="7", id="page-title"), page_fn(), spacing="4", width="100%"),
                    padding="1.5em",
                    width="100%",
                    max_width=styles.CONTENT_MAX_WIDTH,
                ),
                align="start",
                spacing="0",
                width="100%",
            )

        register_protected_page(route, _as_list(on_load))
        rx.page(route=route, title=f"{title} · Career Copilot", on_load=AuthState.check_session)(layout)
        return page_fn

    return decorator


def public_page(*, route: str, title: str, on_load=None) -> Callable:
    """Register a page reachable without a session (login, sign-up)."""

    def decorator(page_fn: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def layout() -> rx.Component:
            return rx.center(
                rx.box(page_fn(), width="100%", max_width="420px", padding="2em"),
                min_height="100vh",
            )

        rx.page(route=route, title=f"{title} · Career Copilot", on_load=_as_list(on_load))(layout)
        return page_fn

    return decorator
