"""Fixtures for /api/v1 on PostgreSQL: the backend ASGI app through httpx (Starlette's
TestClient is an ``httpx.Client``), and accounts with personal access tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from careercopilot.db import session_scope
from careercopilot.services import api_tokens, ratelimit, users


@dataclass
class Account:
    """A user and one token of theirs (``headers`` carries it)."""

    user_id: int
    email: str
    secret: str
    token_id: int

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secret}"}


@pytest.fixture
def client(use_pg):
    """httpx client on the backend app (``careercopilot.api.app``: middleware, /api/v1, docs)."""
    from careercopilot.api import app

    ratelimit.reset()
    with TestClient(app, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def make_account(use_pg):
    """``make_account(scopes=api_tokens.SCOPES, days=30)`` → a new :class:`Account`."""

    def make(scopes=api_tokens.SCOPES, days: int = 30, name: str = "test") -> Account:
        tag = secrets.token_hex(4)
        with session_scope() as s:
            user = users.create_user(session=s, email=f"api-{tag}@example.com", password=f"correct horse {tag} 9")
            row, secret = api_tokens.create_token(session=s, user_id=user.id, name=name, scopes=list(scopes),
                                                  expires_in_days=days)
            return Account(user.id, user.email, secret, row.id)

    return make
