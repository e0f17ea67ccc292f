"""AuthState and the session check every data-reading handler performs.

The session token lives only in an HttpOnly cookie; Reflex passes the websocket's
handshake headers (including ``Cookie``) to the backend as ``router.headers``, never
to the browser. :func:`session_user` re-validates that token against the database on
each call, so a logout or password change takes effect on the next event.
"""

from __future__ import annotations

from http.cookies import CookieError, SimpleCookie

import reflex as rx

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import users


def session_token(state: rx.State) -> str | None:
    """The session cookie value from the connection's headers, or None."""
    raw = state.router.headers.cookie or ""
    if not raw:
        return None
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:
        return None
    morsel = jar.get(settings.session_cookie_name)
    return morsel.value if morsel else None


def session_user(state: rx.State) -> users.SessionUser | None:
    """The signed-in user of this connection (validated now), or None."""
    token = session_token(state)
    if not token:
        return None
    with session_scope() as s:
        return users.resolve_session(session=s, token=token)


def current_user_id(state: rx.State) -> int | None:
    """Shortcut: the signed-in user's id, or None."""
    who = session_user(state)
    return who.user_id if who else None


class AuthState(rx.State):
    """Who is signed in (for the layout); pages call :meth:`check_session` on load."""

    user_email: str = ""
    is_admin: bool = False

    @rx.event
    def check_session(self):
        """Redirect to the login page unless the connection carries a live session."""
        who = session_user(self)
        if who is None:
            self.user_email = ""
            self.is_admin = False
            return rx.redirect(routes.LOGIN, replace=True)
        self.user_email = who.email
        self.is_admin = who.is_admin
        return None

    @rx.event
    def redirect_if_signed_in(self):
        """On the login/sign-up pages: go to the dashboard when already signed in."""
        if session_user(self) is not None:
            return rx.redirect(routes.DASHBOARD, replace=True)
        return None
