"""The first account of a personal (embedded) instance administers it; later ones do not."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from careercopilot import api, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import ratelimit

BASE = "http://testserver"
PASSWORD = "tangerine-bicycle-42"


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "app_url", BASE)  # the Origin check trusts APP_URL's origin
    monkeypatch.setattr(settings, "trusted_proxies", [])
    monkeypatch.setattr(settings, "auth_rate_limit_ip", 1000)
    monkeypatch.setattr(settings, "auth_rate_limit_account", 1000)
    ratelimit.reset()
    with TestClient(api.app, base_url=BASE, follow_redirects=False) as c:
        yield c
    ratelimit.reset()


def _signup(client: TestClient, email: str):
    r = client.post(routes.AUTH_SIGNUP, data={"email": email, "password": PASSWORD, "password_confirm": PASSWORD},
                    headers={"origin": BASE})
    assert r.status_code == 303 and r.headers["location"].endswith(routes.DASHBOARD), r.headers.get("location")


def _admins() -> dict[str, bool]:
    with session_scope() as s:
        return {u.email: u.is_admin for u in s.exec(select(User))}


def test_embedded_default_first_signup_is_admin(client, monkeypatch):
    monkeypatch.setattr(settings, "first_account_admin", None)
    monkeypatch.setattr(settings, "database_url", None)
    assert settings.first_account_is_admin
    _signup(client, "owner@example.com")
    _signup(client, "guest@example.com")
    assert _admins() == {"owner@example.com": True, "guest@example.com": False}


def test_production_default_never_promotes(client, monkeypatch):
    monkeypatch.setattr(settings, "first_account_admin", None)
    monkeypatch.setattr(settings, "database_url", "postgresql+psycopg://u@db/x")
    assert not settings.first_account_is_admin
    monkeypatch.setattr(settings, "database_url", None)  # the test database stays SQLite
    monkeypatch.setattr(settings, "first_account_admin", False)
    _signup(client, "first@example.com")
    assert _admins() == {"first@example.com": False}
