"""Return to the page that asked for a login: ``routes.safe_next``/``login_url`` and the
``next`` field of ``POST /auth/login``. Only same-site relative paths are followed; every
open-redirect form lands on the dashboard."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from careercopilot import api, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import ratelimit, users

PASSWORD = "orange-Kettle-4812"
EMAIL = "returning@example.com"
BASE = "http://testserver"

#: every way we know to point a "relative" return path at another site (or at script)
OPEN_REDIRECTS = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example/x",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%2f/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)//",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "https:evil.example",
    "/jobs\x00",
    "/ｅvil",
]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/applications/1", "/applications/1"),
        ("/jobs?q=python&remote=1", "/jobs?q=python&remote=1"),
        ("/jobs/42#apply", "/jobs/42#apply"),
        ("/settings/", "/settings/"),
        ("/", None),
        ("", None),
        (None, None),
        ("/login", None),
        ("/login/?next=/jobs", None),
        ("/signup", None),
        ("/auth/logout", None),
        ("/" + "a" * 2000, None),  # over MAX_NEXT_LENGTH: dropped, not cut
    ],
)
def test_safe_next_keeps_same_site_paths(value, expected):
    assert routes.safe_next(value) == expected


@pytest.mark.parametrize("value", OPEN_REDIRECTS)
def test_safe_next_refuses_every_open_redirect_form(value):
    assert routes.safe_next(value) is None
    assert routes.login_url(value) == "/login"


def test_login_url_carries_the_path():
    assert routes.login_url("/applications/1") == "/login?next=/applications/1"
    assert routes.login_url("/jobs?q=a&b=1") == "/login?next=/jobs%3Fq%3Da%26b%3D1"
    assert routes.login_url(None) == "/login"


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "app_url", BASE)  # the Origin check trusts APP_URL's origin
    monkeypatch.setattr(settings, "trusted_proxies", [])
    monkeypatch.setattr(settings, "auth_rate_limit_ip", 1000)
    monkeypatch.setattr(settings, "auth_rate_limit_account", 1000)
    ratelimit.reset()
    with session_scope() as s:
        users.create_user(session=s, email=EMAIL, password=PASSWORD)
    with TestClient(api.app, base_url=BASE, follow_redirects=False) as c:
        yield c
    ratelimit.reset()


def _login(client: TestClient, password: str = PASSWORD, **extra: str):
    return client.post(routes.AUTH_LOGIN, data={"email": EMAIL, "password": password, **extra},
                       headers={"origin": BASE})


def test_login_returns_to_next(client):
    r = _login(client, next="/applications/1?tab=notes")
    assert r.status_code == 303
    assert r.headers["location"] == "/applications/1?tab=notes"
    assert settings.session_cookie_name in r.headers.get("set-cookie", "")


def test_login_without_next_goes_to_the_dashboard(client):
    assert _login(client).headers["location"] == "/dashboard"


def test_failed_login_keeps_next_for_the_second_try(client):
    r = _login(client, password="not-the-password-1", next="/applications/1")
    assert r.status_code == 303 and f"{settings.session_cookie_name}=" not in r.headers.get("set-cookie", "")
    location = r.headers["location"]
    assert location.startswith("/login?") and "error=" in location
    assert "next=%2Fapplications%2F1" in location


@pytest.mark.parametrize("value", OPEN_REDIRECTS)
def test_login_never_redirects_off_site(client, value):
    r = _login(client, next=value)
    assert r.status_code == 303
    assert r.headers["location"] == "/dashboard"


def test_failed_login_drops_an_unsafe_next(client):
    r = _login(client, password="not-the-password-1", next="//evil.example")
    assert "next=" not in r.headers["location"] and "evil" not in r.headers["location"]


def test_signing_in_repeatedly_never_locks_the_owner_out(client, monkeypatch):
    monkeypatch.setattr(settings, "auth_rate_limit_account", 3)
    for _ in range(6):  # more successful logins than the per-account limit
        assert _login(client).headers["location"] == "/dashboard"
    for _ in range(3):  # failures still count...
        assert "error=" in _login(client, password="wrong-password-9").headers["location"]
    locked = _login(client)  # ...and lock the account, even for the right password
    assert "error=rate_limited" in locked.headers["location"]  # the page shows it by code
