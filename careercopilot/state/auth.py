"""AuthState and the session check every data-reading handler performs.

The session token lives only in an HttpOnly cookie; Reflex passes the websocket's
handshake headers (including ``Cookie``) to the backend as ``router.headers``, never
to the browser. :func:`session_user` re-validates that token against the database, reusing
a validation of the last ``SESSION_CHECK_SECONDS`` (2 s) only while nothing wrote to the
users/sessions tables (:mod:`careercopilot.services.session_checks`), so a logout or password
change in this process takes effect on the next event, and one made elsewhere within 2 s. The lookup
runs on the database pool (:mod:`careercopilot.offload`), never on the event loop, so
every caller awaits it: ``who = await session_user(self)``.

Protected pages (``templates.template``) load with :meth:`AuthState.check_session`
only: without a session it sends the browser to ``/login?next=<this page>``; with one
it queues the page's own on_load handlers (registered by
:func:`register_protected_page`), so they never run, nor redirect again, for a
signed-out visitor.
"""

from __future__ import annotations

from collections.abc import Sequence
from http.cookies import CookieError, SimpleCookie
from typing import Any

import reflex as rx

from careercopilot import offload, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import session_checks, users
from careercopilot.state.changes import assign_changed


def session_token(state: rx.State) -> str | None:
    """The session cookie value from the connection's headers, or None."""
    return cookie_value(state, settings.session_cookie_name)


def cookie_value(state: rx.State, name: str) -> str | None:
    """Cookie ``name`` from the connection's headers (HttpOnly ones included), or None."""
    raw = state.router.headers.cookie or ""
    if not raw:
        return None
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def _resolve(token: str) -> users.SessionUser | None:
    with session_scope() as s:
        return users.resolve_session(session=s, token=token)


async def session_user(state: rx.State) -> users.SessionUser | None:
    """The signed-in user of this connection, or None: validated off the event loop, or the
    validation this process made less than ``SESSION_CHECK_SECONDS`` ago with no write to the
    users/sessions tables since (:mod:`careercopilot.services.session_checks`)."""
    token = session_token(state)
    if not token:
        return None
    hit, who = session_checks.get(token)
    if hit:
        return who
    started = session_checks.generation()
    who = await offload.db(_resolve, token)
    session_checks.put(token, who, started)
    return who


async def current_user_id(state: rx.State) -> int | None:
    """Shortcut: the signed-in user's id, or None."""
    who = await session_user(state)
    return who.user_id if who else None


#: route key (route without surrounding slashes, e.g. ``"applications/[application_id]"``)
#: → the on_load handlers of that protected page, queued by :meth:`AuthState.check_session`.
_PAGE_LOADS: dict[str, tuple[Any, ...]] = {}


def _route_key(route: str) -> str:
    return (route or "").strip("/")


def register_protected_page(route: str, on_load: Sequence[Any]) -> None:
    """Remember the on_load handlers of the protected page at ``route`` (the route as
    given to ``rx.page``, dynamic segments included: ``"/jobs/[posting_id]"``);
    :meth:`AuthState.check_session` queues them once the session is valid."""
    _PAGE_LOADS[_route_key(route)] = tuple(on_load)


def return_path(state: rx.State) -> str:
    """The page the browser is on, as a relative path with its query string
    (``"/jobs?q=python"``): the ``next`` target after logging in."""
    url = state.router.url
    path = str(url.path or "").rstrip("/") or "/"  # the static host adds a trailing slash
    return f"{path}?{url.query}" if url.query else path


class AuthState(rx.State):
    """Who is signed in (for the layout); protected pages run :meth:`check_session` on load."""

    user_email: str = ""
    is_admin: bool = False

    @rx.event
    async def check_session(self):
        """Gate of every protected page.

        Without a live session: redirect to ``/login?next=<current path and query>``
        (see :func:`careercopilot.routes.login_url`; an unsafe path gives plain
        ``/login``). With one: fill ``user_email``/``is_admin`` and return the page's
        own on_load handlers (:func:`register_protected_page`), or None — with the page's form
        errors of the last visit reset in the same reply (``state.page_messages``).
        """
        who = await session_user(self)
        # assigned only when changed: every protected page view runs the gate (state/changes.py)
        assign_changed(self, user_email=who.email if who else "", is_admin=bool(who and who.is_admin))
        if who is None:
            return rx.redirect(routes.login_url(return_path(self)), replace=True)
        from careercopilot.state import page_messages

        # the last visit's form errors go with this reply, before the page's own loads run
        # (state.page_messages, ux100)
        await page_messages.clear(self, _route_key(self.router.route_id))
        return list(_PAGE_LOADS.get(_route_key(self.router.route_id), ())) or None

    @rx.event
    async def redirect_if_signed_in(self):
        """On the login/sign-up pages: when already signed in, go to the safe ``next``
        path of the URL (:func:`careercopilot.routes.safe_next`) or to the dashboard."""
        if await session_user(self) is not None:
            target = routes.safe_next(self.router.url.query_parameters.get("next")) or routes.DASHBOARD
            return rx.redirect(target, replace=True)
        return None
