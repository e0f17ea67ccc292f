"""Fixtures for /api/v1 on PostgreSQL: the backend ASGI app through httpx (Starlette's
TestClient is an ``httpx.Client``), and accounts with personal access tokens — or with the JWT access
token of a first-party client (``kind="first_party"``: a code issued and exchanged with PKCE through
``services.first_party``, like the clipper extension's sign-in)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi.testclient import TestClient

from careercopilot.db import session_scope
from careercopilot.config import FirstPartyClient
from careercopilot.services import api_tokens, first_party, ratelimit, users

#: The first-party client of these tests (a loopback redirect URI, never contacted here).
TEST_CLIENT = FirstPartyClient(client_id="test-clipper", name="Test clipper", redirect_uris=["http://127.0.0.1:8765/cb"])


def first_party_token(user_id: int, scopes=api_tokens.SCOPES) -> str:
    """A JWT access token of :data:`TEST_CLIENT` for ``user_id`` (settings must list the client)."""
    verifier = secrets.token_urlsafe(48)
    request = first_party.parse_authorization_request({
        "response_type": "code", "client_id": TEST_CLIENT.client_id, "redirect_uri": TEST_CLIENT.redirect_uris[0],
        "code_challenge_method": "S256", "scope": " ".join(scopes),
        "code_challenge": create_s256_code_challenge(verifier)})
    with session_scope() as s:
        code = first_party.issue_code(session=s, user_id=user_id, request=request)
    with session_scope() as s:
        return first_party.exchange_code(session=s, client_id=TEST_CLIENT.client_id, code=code,
                                         redirect_uri=TEST_CLIENT.redirect_uris[0], code_verifier=verifier).access_token


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
def make_account(use_pg, override_settings):
    """``make_account(scopes=api_tokens.SCOPES, days=30, kind="personal")`` → a new :class:`Account`;
    ``kind="first_party"``: its ``secret`` is a first-party JWT access token (``token_id`` 0)."""

    def make(scopes=api_tokens.SCOPES, days: int = 30, name: str = "test", kind: str = "personal") -> Account:
        tag = secrets.token_hex(4)
        with session_scope() as s:
            user = users.create_user(session=s, email=f"api-{tag}@example.com", password=f"correct horse {tag} 9")
            if kind == "personal":
                row, secret = api_tokens.create_token(session=s, user_id=user.id, name=name, scopes=list(scopes),
                                                      expires_in_days=days)
                return Account(user.id, user.email, secret, row.id)
        override_settings(oauth_clients=[TEST_CLIENT])
        return Account(user.id, user.email, first_party_token(user.id, scopes), 0)

    return make


@pytest.fixture
def backend_server_url(use_pg):
    """The backend app (``careercopilot.api.app``: /api/v1, /mcp …) served by uvicorn on a free
    loopback port, on the throwaway PostgreSQL database; stopped afterwards."""
    from careercopilot.api import app
    from tests.support.uvicorn_server import serve

    ratelimit.reset()
    with serve(app) as url:
        yield url
