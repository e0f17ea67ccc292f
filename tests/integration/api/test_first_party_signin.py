"""First-party sign-in through the real backend routes on PostgreSQL with the Redis limiter (issue 14,
"Auth"): a loopback "client" (pytest-httpserver, the registered redirect URI) receives the code the
consent page hands out; the client side is httpx with no cookie and an extension Origin. Covered: the
full code flow with PKCE, the JWT on /api/v1 (scopes enforced), refresh rotation, replay detection
revoking the family, RFC 7009 revocation, a password reset revoking, consent refusal, the login
detour, unregistered redirect URIs, cross-site consent posts, concurrent code exchange and rate limits."""

from __future__ import annotations

import secrets
import threading
import uuid
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from sqlmodel import select
from starlette.testclient import TestClient

from careercopilot import api
from careercopilot.config import FirstPartyClient
from careercopilot.db import session_scope
from careercopilot.models import OAuthRefreshToken, User
from careercopilot.services import applications, ratelimit, users
from careercopilot.services.mail import tokens as mail_tokens

APP = "http://localhost:3000"
ORIGIN = {"Origin": APP}
EXTENSION = {"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"}
PASSWORD = "a-Long-enough-passphrase-41"


@pytest.fixture
def loopback(httpserver):
    """The client's redirect endpoint: answers 200 and keeps the query it got."""
    httpserver.expect_request("/cb").respond_with_data("signed in, you can close this tab")
    return httpserver


@pytest.fixture
def fp(rq_settings, override_settings, loopback):
    """Settings: the loopback client registered (exact redirect URI), limits in the real Redis."""
    clipper = FirstPartyClient(client_id="clipper", name="Career Copilot clipper",
                               redirect_uris=[loopback.url_for("/cb"), "https://abcdefghijklmnop.chromiumapp.org/"],
                               scopes=["postings:read", "applications:read", "applications:write"])
    s = override_settings(app_url=APP, jobs_inline=True, oauth_clients=[clipper])
    ratelimit.reset()
    return s


@pytest.fixture
def browser(fp):
    """The user's browser on the app (it gets the session cookie)."""
    with TestClient(api.app, base_url=APP) as c:
        yield c


@pytest.fixture
def extension(fp):
    """The client's own HTTP calls: no cookie jar shared with the browser."""
    with TestClient(api.app, base_url=APP, cookies=None) as c:
        yield c


def _account(browser=None) -> tuple[int, str]:
    email = f"fp-{uuid.uuid4().hex[:10]}@example.com"
    with session_scope() as s:
        user = users.create_user(session=s, email=email, password=PASSWORD)
        user.email_verified_at = datetime.now(timezone.utc)
        s.add(user)
        s.flush()
        uid = user.id
    if browser is not None:
        r = browser.post("/auth/login", data={"email": email, "password": PASSWORD}, headers=ORIGIN,
                         follow_redirects=False)
        assert r.status_code == 303 and browser.cookies, r.text
    return uid, email


class Client:
    """What the extension does: PKCE pair, authorize URL, code exchange, refresh, revoke."""

    def __init__(self, http: TestClient, redirect_uri: str, scope: str | None = None) -> None:
        self.http, self.redirect_uri = http, redirect_uri
        self.verifier = secrets.token_urlsafe(64)[:96]
        self.state = secrets.token_urlsafe(16)
        self.scope = scope

    def authorize_params(self, **over) -> dict[str, str]:
        params = {"response_type": "code", "client_id": "clipper", "redirect_uri": self.redirect_uri,
                  "code_challenge": create_s256_code_challenge(self.verifier), "code_challenge_method": "S256",
                  "state": self.state}
        if self.scope:
            params["scope"] = self.scope
        return {**params, **over}

    def token(self, **form) -> httpx.Response:
        return self.http.post("/oauth/token", data={"client_id": "clipper", **form}, headers=EXTENSION)

    def exchange(self, code: str, **over) -> httpx.Response:
        return self.token(grant_type="authorization_code", code=code, redirect_uri=self.redirect_uri,
                          code_verifier=self.verifier, **over)

    def refresh(self, refresh_token: str) -> httpx.Response:
        return self.token(grant_type="refresh_token", refresh_token=refresh_token)

    def revoke(self, token: str) -> httpx.Response:
        return self.http.post("/oauth/revoke", data={"client_id": "clipper", "token": token}, headers=EXTENSION)

    def api(self, access_token: str, path: str = "/api/v1/applications") -> httpx.Response:
        return self.http.get(path, headers={"Authorization": f"Bearer {access_token}", **EXTENSION})


def _consent(browser: TestClient, client: Client, decision: str = "approve") -> str:
    """The user opens the authorize URL, sees the consent page and decides; → the Location sent to the client."""
    page = browser.get("/oauth/authorize", params=client.authorize_params(), follow_redirects=False)
    assert page.status_code == 200, page.text
    assert "Career Copilot clipper" in page.text and page.headers["cache-control"] == "no-store"
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(client.redirect_uri))
    assert f"form-action 'self' {origin};" in page.headers["content-security-policy"]
    r = browser.post("/oauth/authorize", data={**client.authorize_params(), "decision": decision}, headers=ORIGIN,
                     follow_redirects=False)
    assert r.status_code == 303, r.text
    return r.headers["location"]


def _deliver(loopback, location: str) -> dict[str, str]:
    """Follow the redirect to the loopback client with httpx; → the query it received."""
    assert location.startswith(loopback.url_for("/cb") + "?")
    assert httpx.get(location, timeout=5).status_code == 200
    request, _ = loopback.log[-1]
    return {k: v[0] for k, v in parse_qs(urlsplit(request.url).query).items()}


def _sign_in(browser, extension, loopback, scope: str | None = None) -> tuple[Client, dict]:
    client = Client(extension, loopback.url_for("/cb"), scope)
    got = _deliver(loopback, _consent(browser, client))
    assert got["state"] == client.state and got["iss"] == APP and "error" not in got
    r = client.exchange(got["code"])
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    client.code = got["code"]
    return client, r.json()


def test_full_code_flow_gives_a_jwt_that_reads_the_users_rows(browser, extension, loopback):
    uid, _ = _account(browser)
    with session_scope() as s:
        applications.add_manual(session=s, user_id=uid, company="Clipped Co", title="Engineer")
    client, tokens = _sign_in(browser, extension, loopback)
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 3600
    assert tokens["scope"] == "postings:read applications:read applications:write"
    assert tokens["refresh_token"].startswith("cc_rt_") and tokens["access_token"].count(".") == 2
    assert not extension.cookies  # the client side never had the session cookie
    r = client.api(tokens["access_token"])
    assert r.status_code == 200 and [a["company"] for a in r.json()["items"]] == ["Clipped Co"]
    assert client.api(tokens["access_token"], "/api/v1/analytics").status_code == 403  # not granted
    # the code was single use: a second exchange fails and takes the sign-in it started down with it
    code_again = client.exchange(client.code)
    assert code_again.status_code == 400 and code_again.json()["error"] == "invalid_grant"
    assert client.api(tokens["access_token"]).status_code == 401


def test_narrower_scope_is_enforced_on_the_api(browser, extension, loopback):
    _account(browser)
    client, tokens = _sign_in(browser, extension, loopback, scope="postings:read")
    assert tokens["scope"] == "postings:read"
    assert client.api(tokens["access_token"], "/api/v1/postings").status_code == 200
    r = client.api(tokens["access_token"])
    assert r.status_code == 403 and 'error="insufficient_scope"' in r.headers["www-authenticate"]


def test_refresh_rotation_and_reuse_revoking_the_family(browser, extension, loopback):
    uid, _ = _account(browser)
    client, first = _sign_in(browser, extension, loopback)
    r = client.refresh(first["refresh_token"])
    assert r.status_code == 200, r.text
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"] and client.api(second["access_token"]).status_code == 200
    third = client.refresh(second["refresh_token"]).json()
    assert client.api(third["access_token"]).status_code == 200
    other_client, other = _sign_in(browser, extension, loopback)  # a second sign-in (another device) of the same user

    replay = client.refresh(first["refresh_token"])  # an attacker replays the first, stolen token
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    assert client.refresh(third["refresh_token"]).json()["error"] == "invalid_grant"  # the family is gone
    for t in (first, second, third):
        assert client.api(t["access_token"]).status_code == 401
    assert other_client.api(other["access_token"]).status_code == 200  # other families are untouched
    with session_scope() as s:
        rows = s.exec(select(OAuthRefreshToken).where(OAuthRefreshToken.user_id == uid)).all()
        assert len({r.family_id for r in rows}) == 2 and sum(r.revoked_at is not None for r in rows) == 3


def test_revocation_endpoint(browser, extension, loopback):
    _account(browser)
    client, tokens = _sign_in(browser, extension, loopback)
    assert client.revoke("cc_rt_not-a-real-token").status_code == 200  # RFC 7009 §2.2: unknown is fine
    r = client.revoke(tokens["refresh_token"])
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    assert client.api(tokens["access_token"]).status_code == 401
    assert client.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"
    client2, tokens2 = _sign_in(browser, extension, loopback)  # revoking by the access token works too
    assert client2.revoke(tokens2["access_token"]).status_code == 200
    assert client2.refresh(tokens2["refresh_token"]).json()["error"] == "invalid_grant"
    unknown = extension.post("/oauth/revoke", data={"client_id": "nobody", "token": tokens2["refresh_token"]})
    assert unknown.status_code == 401 and unknown.json()["error"] == "invalid_client"


def test_password_reset_revokes_every_family(browser, extension, loopback):
    uid, _ = _account(browser)
    client, tokens = _sign_in(browser, extension, loopback)
    with session_scope() as s:
        user = s.get(User, uid)
        link_token = mail_tokens.make("reset", {"u": uid, "p": mail_tokens.password_fingerprint(user.password_hash)})
    new = "another-Long-passphrase-97"
    r = browser.post("/auth/reset", data={"token": link_token, "new_password": new, "new_password_confirm": new},
                     headers=ORIGIN, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/login?notice=password_reset")
    assert client.api(tokens["access_token"]).status_code == 401
    assert client.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"


def test_denied_consent_and_signed_out_user(browser, extension, loopback):
    client = Client(extension, loopback.url_for("/cb"))
    r = browser.get("/oauth/authorize", params=client.authorize_params(), follow_redirects=False)
    assert r.status_code == 303  # not signed in: the login page first, which comes back here
    login = urlsplit(r.headers["location"])
    back = parse_qs(login.query)["next"][0]
    assert login.path == "/login" and back.startswith("/oauth/authorize?") and "code_challenge=" in back
    from careercopilot import routes

    assert routes.safe_next(back) == back
    _account(browser)
    got = _deliver(loopback, _consent(browser, client, decision="deny"))
    assert got["error"] == "access_denied" and got["state"] == client.state and "code" not in got


def test_bad_requests_never_reach_an_unregistered_uri(browser, extension, loopback):
    _account(browser)
    client = Client(extension, loopback.url_for("/cb"))
    for over in ({"redirect_uri": "https://evil.example/cb"}, {"redirect_uri": loopback.url_for("/cb") + "/x"},
                 {"client_id": "nobody"}):
        r = browser.get("/oauth/authorize", params=client.authorize_params(**over), follow_redirects=False)
        assert r.status_code == 400 and "location" not in r.headers and "evil" not in r.text
    r = browser.get("/oauth/authorize", params=client.authorize_params(code_challenge_method="plain"),
                    follow_redirects=False)
    assert r.status_code == 303
    got = _deliver(loopback, r.headers["location"])
    assert got["error"] == "invalid_request" and "S256" in got["error_description"]
    # a page of another origin can't post the consent form with the user's cookie
    r = browser.post("/oauth/authorize", data={**client.authorize_params(), "decision": "approve"},
                     headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert r.status_code == 403
    # the token endpoint refuses what it doesn't know
    assert client.token(grant_type="password", username="x", password="y").json()["error"] == "unsupported_grant_type"
    assert client.exchange("not-a-code").json()["error"] == "invalid_grant"


def test_concurrent_exchanges_of_one_code_succeed_once(browser, extension, loopback):
    _account(browser)
    client = Client(extension, loopback.url_for("/cb"))
    code = _deliver(loopback, _consent(browser, client))["code"]
    results, barrier = [], threading.Barrier(4)

    def attempt():
        barrier.wait()
        results.append(client.exchange(code).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [200, 400, 400, 400]


def test_token_endpoint_is_rate_limited_per_ip(fp, override_settings, extension, loopback):
    override_settings(oauth_rate_limit=3)
    client = Client(extension, loopback.url_for("/cb"))
    codes = [client.exchange(f"guess-{i}").status_code for i in range(3)]
    assert codes == [400, 400, 400]
    r = client.exchange("guess-4")
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


def test_concurrent_refreshes_with_one_token_win_once_and_end_the_sign_in(browser, extension, loopback):
    """Two uses of one refresh token can't be told apart from a replay (RFC 9700 §4.14.2): one request
    wins, and the others revoke the family — including the token the winner just got."""
    _account(browser)
    client, tokens = _sign_in(browser, extension, loopback)
    results, barrier = [], threading.Barrier(3)

    def attempt():
        barrier.wait()
        results.append(client.refresh(tokens["refresh_token"]))

    threads = [threading.Thread(target=attempt) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in results) == [200, 400, 400]
    winner = next(r.json() for r in results if r.status_code == 200)
    assert client.refresh(winner["refresh_token"]).json()["error"] == "invalid_grant"
    assert client.api(winner["access_token"]).status_code == 401
