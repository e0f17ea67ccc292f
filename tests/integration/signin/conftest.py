"""Sign-in fixtures (issue 14): the loopback Google-shaped OIDC provider and GitHub-shaped API
(tests/support/oauth_providers.py), settings pointing the app at them on the throwaway PostgreSQL
database with rate limits and OAuth state claims in the real Redis, and an HTTP client on the backend
app (the same routes the browser uses)."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import httpx
import pytest
from starlette.testclient import TestClient

from tests.support.oauth_providers import GitHubApi, OidcProvider

APP = "http://localhost:3000"
PASSWORD = "a-Long-enough-passphrase-41"


@pytest.fixture
def google():
    with OidcProvider() as server:
        yield server


@pytest.fixture
def github():
    with GitHubApi() as server:
        yield server


@pytest.fixture
def oauth_settings(rq_settings, override_settings, google, github):
    """rq_settings (PostgreSQL, Redis limiter) + both providers configured on the loopback servers."""
    from careercopilot.services import oauth

    oauth._metadata.clear()
    return override_settings(
        app_url=APP, jobs_inline=True,
        google_client_id=google.client_id, google_client_secret=google.client_secret,
        google_discovery_url=google.discovery_url,
        github_client_id=github.client_id, github_client_secret=github.client_secret,
        github_url=github.url, github_api_url=github.url,
        # the loopback providers are on the local network: allowed only when listed (SSRF guard)
        ssrf_allow_hosts=[urlsplit(google.discovery_url).netloc, urlsplit(github.url).netloc],
    )


@pytest.fixture
def client(oauth_settings):
    with TestClient(api_app(), base_url=APP) as c:
        yield c


def api_app():
    from careercopilot import api

    return api.app


def new_email(tag: str = "u") -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.com"


class Flow:
    """Browser-like hops of a provider sign-in through the app's routes and the loopback provider."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def start(self, provider: str, **params: str) -> str:
        """GET …/start → the provider's authorize URL (asserts the 303)."""
        r = self.client.get(f"/auth/oauth/{provider}/start", params=params, follow_redirects=False)
        assert r.status_code == 303, r.text
        return r.headers["location"]

    @staticmethod
    def authorize(url: str) -> str:
        """The provider's authorize step (consent) → the callback URL it redirects to."""
        r = httpx.get(url, follow_redirects=False)
        assert r.status_code == 302, r.text
        return r.headers["location"]

    def callback(self, url: str) -> httpx.Response:
        return self.client.get(url, follow_redirects=False)

    def sign_in(self, provider: str, **params: str) -> httpx.Response:
        return self.callback(self.authorize(self.start(provider, **params)))
