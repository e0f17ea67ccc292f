"""Page layouts and page registration (pattern: reflex-dev/templates ``dashboard/templates/template.py``).

``@template(route=..., title=...)`` registers a page that requires a session: on load
only the session check runs (:meth:`AuthState.check_session`); it sends a signed-out
visitor to ``/login?next=<page>`` and, for a signed-in user, queues the page's own
``on_load`` handlers — first :meth:`InboxState.watch_inbox`, which keeps the navigation bell's
unread count live while the tab stays on the page. ``@public_page`` registers a page anyone can open.

Every layout has the same skeleton (see README "How to add a page"): a skip link, the
navigation (sidebar ≥ 768 px, top bar + drawer below), ``<main id="main">`` with one
``<h1 id="page-title">`` and the page body, and the focus manager
(:func:`careercopilot.components.a11y.route_focus`).

Registration: the decorators record a :class:`PageSpec`; ``careercopilot.careercopilot``
adds them to the app ONCE with :func:`add_pages` (``app.add_page``). They do not use
``@rx.page``: Reflex re-applies ``@rx.page`` pages on every compile, and the production
server compiles again in each forked worker, which logged "Page … is being redefined"
for every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import reflex as rx

from careercopilot import routes, styles
from careercopilot.components.a11y import MAIN_ID, TITLE_ID, route_focus, skip_link
from careercopilot.components.nav import inbox_status, sidebar, theme_toggle, topbar
from careercopilot.state.auth import AuthState, register_protected_page
from careercopilot.state.inbox import InboxState
from careercopilot.state.event_errors import event_error_toast
from careercopilot.state.url_messages import url_message_strip

SOURCES_NAV = ("Sources", routes.SOURCES, "rss")
ANALYTICS_NAV = ("Analytics", routes.ANALYTICS, "chart-bar")
APP_NAME = "Career Copilot"


@dataclass
class PageSpec:
    """A page to add to the app: ``route`` (Reflex route, e.g. ``/jobs/[posting_id]`` or
    ``404``), its layout function, document ``title`` (str or Var) and ``on_load`` handlers."""

    route: str
    component: Callable[[], rx.Component]
    title: Any
    on_load: list = field(default_factory=list)


#: route → spec, filled by the decorators when the page modules are imported.
REGISTERED: dict[str, PageSpec] = {}


def _register(spec: PageSpec) -> None:
    if spec.route in REGISTERED and REGISTERED[spec.route].component is not spec.component:
        raise ValueError(f"two pages claim the route {spec.route!r}")
    REGISTERED[spec.route] = spec


def add_pages(app: rx.App) -> None:
    """Add every registered page to ``app`` (once, right after the app is created)."""
    for spec in REGISTERED.values():
        app.add_page(spec.component, route=spec.route, title=spec.title, on_load=spec.on_load or None)


def _as_list(on_load) -> list:
    if on_load is None:
        return []
    return list(on_load) if isinstance(on_load, (list, tuple)) else [on_load]


def doc_title(name) -> Any:
    """``"<name> · Career Copilot"`` for a str or a string Var (e.g. the posting's title)."""
    if isinstance(name, str):
        return f"{name} · {APP_NAME}"
    return rx.cond(name != "", name.to(str) + f" · {APP_NAME}", APP_NAME)


def page_title(text, **props) -> rx.Component:
    """The page's one ``<h1>`` (focus target after navigation)."""
    props.setdefault("size", styles.TYPE["page_title"])
    return rx.heading(text, as_="h1", id=TITLE_ID, tab_index=-1, class_name="cc-page-title cc-heading-target",
                      **props)


def template(*, route: str, title: str, on_load=None, nav_extra: tuple = (SOURCES_NAV, ANALYTICS_NAV),
             heading=None, document_title=None) -> Callable:
    """Register ``page_fn`` at ``route`` inside the signed-in layout.

    ``title`` names the page (nav, ``<h1>``, document title). ``heading`` (str or Var)
    replaces the ``<h1>`` text and ``document_title`` the ``<title>`` name — e.g. the
    posting's title on a job page.
    """

    def decorator(page_fn: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def layout() -> rx.Component:
            return rx.fragment(
                skip_link(),
                rx.el.div(
                    topbar(AuthState.user_email, AuthState.is_admin, extra_items=nav_extra, current=route,
                           unread=InboxState.unread, bell_label=InboxState.bell_label),
                    sidebar(AuthState.user_email, AuthState.is_admin, extra_items=nav_extra, current=route,
                            unread=InboxState.unread, bell_label=InboxState.bell_label),
                    rx.el.main(
                        inbox_status(InboxState.unread_status, id="inbox-status"),
                        rx.vstack(page_title(heading if heading is not None else title), page_fn(),
                                  spacing=styles.GAP_SECTION, width="100%", min_width="0"),
                        id=MAIN_ID,
                        tab_index=-1,
                        class_name="cc-main",
                    ),
                    class_name="cc-shell",
                ),
                route_focus(),
                url_message_strip(),
                event_error_toast(),
            )

        register_protected_page(route, [InboxState.watch_inbox, *_as_list(on_load)])
        _register(PageSpec(route, layout, doc_title(document_title if document_title is not None else title),
                           [AuthState.check_session]))
        return page_fn

    return decorator


def public_page(*, route: str, title: str, on_load=None, wide: bool = False) -> Callable:
    """Register a page reachable without a session (login, sign-up, landing, 404).

    ``wide=False`` centres a narrow form column; ``wide=True`` gives the body the full width
    (the body then brings its own ``<h1 id="page-title">`` via :func:`page_title`).
    """

    def decorator(page_fn: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def layout() -> rx.Component:
            corner = rx.el.header(theme_toggle(id="theme-toggle"), style={"position": "absolute", "top": "var(--space-3)",
                                                                          "right": "var(--space-3)", "z_index": "5"})
            body = page_fn() if wide else rx.box(page_fn(), class_name="cc-public-box")
            return rx.fragment(
                skip_link(),
                corner,
                rx.el.main(body, id=MAIN_ID, tab_index=-1, class_name="" if wide else "cc-public-main",
                           style={"position": "relative"}),
                route_focus(),
                url_message_strip(),
                event_error_toast(),
            )

        _register(PageSpec(route, layout, doc_title(title), _as_list(on_load)))
        return page_fn

    return decorator
