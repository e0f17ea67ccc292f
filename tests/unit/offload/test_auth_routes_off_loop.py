"""The ``/auth/*`` routes hash, verify and query off the event loop (issue 9, finding 14).

The app runs under blockbuster scoped to ``careercopilot``: a blocking call made on the
event loop from the app's code (a SQLite query, a file read, a sleep) raises BlockingError,
which fails the request with a 500. Sign-up, log-in, password change and log-out must all
succeed under it. The first test proves the guard fires for a database call on the loop.
"""

from __future__ import annotations

import asyncio

import pytest
from blockbuster import BlockBuster, BlockingError
from fastapi.testclient import TestClient

from careercopilot import api, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import ratelimit

BASE = "http://testserver"
PASSWORD = "tangerine-bicycle-42"
NEW_PASSWORD = "marmalade-harbour-77"


@pytest.fixture
def blockbuster():
    bb = BlockBuster(scanned_modules=["careercopilot"])
    bb.activate()
    try:
        yield bb
    finally:
        bb.deactivate()


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "app_url", BASE)  # the Origin check trusts APP_URL's origin
    monkeypatch.setattr(settings, "trusted_proxies", [])
    monkeypatch.setattr(settings, "auth_rate_limit_ip", 1000)
    monkeypatch.setattr(settings, "auth_rate_limit_account", 1000)
    ratelimit.reset()
    with TestClient(api.app, base_url=BASE, follow_redirects=False, raise_server_exceptions=True) as c:
        yield c
    ratelimit.reset()


def test_the_guard_fires_for_a_database_call_on_the_loop(sqlite_engine, blockbuster):
    async def on_loop():
        with session_scope() as s:
            s.connection().exec_driver_sql("SELECT 1")

    with pytest.raises(BlockingError):
        asyncio.run(on_loop())


def _post(client, path, data):
    return client.post(path, data=data, headers={"origin": BASE})


def test_auth_routes_never_block_the_loop(client, blockbuster):
    r = _post(client, routes.AUTH_SIGNUP, {"email": "ada@example.com", "password": PASSWORD,
                                          "password_confirm": PASSWORD})
    assert r.status_code == 303 and r.headers["location"].endswith(routes.DASHBOARD), r.headers.get("location")
    r = _post(client, routes.AUTH_LOGIN, {"email": "ada@example.com", "password": "wrong-password-0"})
    assert r.status_code == 303 and routes.LOGIN in r.headers["location"]
    r = _post(client, routes.AUTH_LOGIN, {"email": "ada@example.com", "password": PASSWORD})
    assert r.status_code == 303 and r.headers["location"].endswith(routes.DASHBOARD)
    r = _post(client, routes.AUTH_PASSWORD, {"current_password": PASSWORD, "new_password": NEW_PASSWORD,
                                            "new_password_confirm": NEW_PASSWORD})
    assert r.status_code == 303 and "notice=" in r.headers["location"], r.headers["location"]
    r = _post(client, routes.AUTH_LOGOUT, {})
    assert r.status_code == 303 and routes.LOGIN in r.headers["location"]
    r = _post(client, routes.AUTH_LOGIN, {"email": "ada@example.com", "password": NEW_PASSWORD})
    assert r.status_code == 303 and r.headers["location"].endswith(routes.DASHBOARD)
