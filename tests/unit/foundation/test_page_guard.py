"""The session gate of protected pages (``AuthState.check_session``): a signed-out visitor
is sent to ``/login?next=<the page>``; a signed-in user gets the page's own on_load
handlers, which never run (nor redirect to a bare ``/login``) for a visitor."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from reflex.istate.data import ReflexURL

from careercopilot import routes
from careercopilot.services.users import SessionUser
from careercopilot.state import auth
from careercopilot.state.auth import AuthState


def _fake_state(url: str, route_id: str, query: str = "") -> SimpleNamespace:
    full = f"http://app.example{url}" + (f"?{query}" if query else "")
    return SimpleNamespace(router=SimpleNamespace(url=ReflexURL(full), route_id=route_id), user_email="x", is_admin=True)


def _redirect_path(spec) -> str:
    return dict((str(k), v._var_value) for k, v in spec.args)["path"]


def _signed_in(monkeypatch, who):
    async def session_user(state):
        return who

    monkeypatch.setattr(auth, "session_user", session_user)


def _run(handler, state):
    """Run an async handler's function to completion (handlers await the session lookup)."""
    return asyncio.run(handler.fn(state))


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/applications/1", "", "/login?next=/applications/1"),
        ("/applications/1/", "", "/login?next=/applications/1"),
        ("/jobs", "q=python&remote=1", "/login?next=/jobs%3Fq%3Dpython%26remote%3D1"),
        ("/", "", "/login"),
    ],
)
def test_signed_out_visitor_goes_to_login_with_next(monkeypatch, path, query, expected):
    _signed_in(monkeypatch, None)
    state = _fake_state(path, "/applications/[application_id]", query)
    spec = _run(AuthState.check_session, state)
    assert _redirect_path(spec) == expected
    assert (state.user_email, state.is_admin) == ("", False)


def test_signed_in_user_gets_the_page_handlers(monkeypatch):
    _signed_in(monkeypatch, SessionUser(user_id=7, email="a@example.com", is_admin=False, timezone="UTC", session_id=1))
    marker = object()
    monkeypatch.setitem(auth._PAGE_LOADS, "things/[thing_id]", (marker,))
    state = _fake_state("/things/3", "/things/[thing_id]")
    assert _run(AuthState.check_session, state) == [marker]
    assert (state.user_email, state.is_admin) == ("a@example.com", False)
    assert _run(AuthState.check_session, _fake_state("/other", "/other")) is None


def test_every_protected_page_routes_to_its_handlers():
    """The keys :func:`register_protected_page` stores are the route ids Reflex reports."""
    from careercopilot.careercopilot import app

    app._apply_decorated_pages()  # what `reflex run` does before serving
    samples = {routes.DASHBOARD: "dashboard", routes.JOBS: "jobs", "/jobs/5": "jobs/[posting_id]",
               routes.APPLICATIONS: "applications", "/applications/7": "applications/[application_id]",
               routes.RESUME: "resume", routes.PREFERENCES: "preferences", routes.SETTINGS: "settings",
               routes.SOURCES: "sources", routes.ANALYTICS: "analytics"}
    for path, key in samples.items():
        route_id = "/" + app.router(path)
        assert route_id.strip("/") == key
        assert auth._PAGE_LOADS[key], path  # the page's own loader is registered
        assert app.get_load_events(path) == [AuthState.check_session]  # and runs only through the gate


def test_signed_in_user_on_login_goes_to_safe_next(monkeypatch):
    _signed_in(monkeypatch, SessionUser(user_id=7, email="a@example.com", is_admin=False, timezone="UTC", session_id=1))
    def go(state):
        return _run(AuthState.redirect_if_signed_in, state)

    assert _redirect_path(go(_fake_state("/login", "/login", "next=/applications/1"))) == "/applications/1"
    assert _redirect_path(go(_fake_state("/login", "/login", "next=//evil.example"))) == routes.DASHBOARD
    assert _redirect_path(go(_fake_state("/login", "/login"))) == routes.DASHBOARD
