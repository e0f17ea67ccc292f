"""A signed-in backend on a throwaway SQLite database: the ASGI app (``careercopilot.api.app``,
with /api/v1 mounted) through Starlette's TestClient, server errors answered as 500s (not raised)
so a table can count them, plus the account's session cookie and a personal access token."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import api_tokens, ratelimit, users

PASSWORD = "orange-Kettle-4812"


@dataclass
class Backend:
    """``client`` (cookie set), ``user_id``, ``token`` (a write-scoped ``cc_pat_…``) and ``bearer`` headers."""

    client: TestClient
    user_id: int
    token: str

    @property
    def bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture
def backend(sqlite_engine, monkeypatch):
    from careercopilot import api

    monkeypatch.setattr(settings, "jobs_inline", True)
    monkeypatch.setattr(settings, "trusted_proxies", [])
    ratelimit.reset()
    with session_scope() as s:
        user = users.create_user(session=s, email="owner@example.com", password=PASSWORD)
        cookie = users.start_session(session=s, user_id=user.id)
        _row, secret = api_tokens.create_token(session=s, user_id=user.id, name="tests", scopes=api_tokens.SCOPES,
                                               expires_in_days=30)
    with TestClient(api.app, base_url="http://testserver", raise_server_exceptions=False,
                    follow_redirects=False, client=("127.0.0.1", 50000)) as c:
        c.cookies.set(settings.session_cookie_name, cookie)
        yield Backend(client=c, user_id=user.id, token=secret)
    ratelimit.reset()
