"""Every credential kind of an account (``services.credentials.KINDS``) against the events that must end or
freeze it (issue 14, attacker run): a password reset, a password change (default and "keep"), and the
deletion grace period — probed through the real routes of the backend served by uvicorn on loopback, on
PostgreSQL: ``/api/v1`` (personal and first-party JWT tokens), ``/mcp``, ``/oauth/token`` (refresh token,
authorization code), ``/calendar/<secret>.ics``, the session cookie (a cookie route and the clipper
window) and the email links that act without a session (verify, one-click unsubscribe)."""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import pytest
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import account_deletion, api_tokens, calendar_feed, credentials, first_party, users
from careercopilot.services.mail import tokens
from tests.integration.api.conftest import TEST_CLIENT

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
#: A loaded machine may take seconds to start the MCP session manager: no short client timeout.
_get = functools.partial(httpx.get, timeout=60)
_post = functools.partial(httpx.post, timeout=60)
CLIP_BODY = {"url": "https://example.org/jobs/1", "html": "<html><body></body></html>"}


@dataclass
class Creds:
    """One of each credential of one account."""

    user_id: int
    email: str
    password: str
    session: str
    pat: str
    access: str
    refresh: str
    code: str
    verifier: str
    feed_path: str
    verify_link: str
    unsubscribe_token: str


def _grant(user_id: int) -> tuple[str, str, str, str]:
    """A first-party sign-in (access, refresh) plus a second, unused authorization code and its verifier."""
    def code() -> tuple[str, str]:
        verifier = secrets.token_urlsafe(48)
        request = first_party.parse_authorization_request({
            "response_type": "code", "client_id": TEST_CLIENT.client_id,
            "redirect_uri": TEST_CLIENT.redirect_uris[0], "code_challenge_method": "S256",
            "scope": "preferences:read", "code_challenge": create_s256_code_challenge(verifier)})
        with session_scope() as s:
            return first_party.issue_code(session=s, user_id=user_id, request=request), verifier

    first, verifier = code()
    with session_scope() as s:
        tokens_ = first_party.exchange_code(session=s, client_id=TEST_CLIENT.client_id, code=first,
                                            redirect_uri=TEST_CLIENT.redirect_uris[0], code_verifier=verifier)
    spare, spare_verifier = code()
    return tokens_.access_token, tokens_.refresh_token, spare, spare_verifier


@pytest.fixture
def creds(backend_server_url, override_settings):
    override_settings(oauth_clients=[TEST_CLIENT])

    def make() -> Creds:
        tag = secrets.token_hex(4)
        password = f"correct horse {tag} 9"
        with session_scope() as s:
            user = users.create_user(session=s, email=f"cred-{tag}@example.com", password=password)
            user.email_verified_at = user.created_at  # an account in use (sign-in may require it)
            uid, email = user.id, user.email
            session_token = users.start_session(session=s, user_id=uid)
            _, pat = api_tokens.create_token(session=s, user_id=uid, name="t", scopes=list(api_tokens.SCOPES),
                                             expires_in_days=30)
            feed = calendar_feed.rotate_token(session=s, user_id=uid)
        access, refresh, code, verifier = _grant(uid)
        return Creds(uid, email, password, session_token, pat, access, refresh, code, verifier,
                     urlsplit(feed).path, tokens.make("verify", {"u": uid, "e": email}),
                     tokens.make("unsubscribe", {"u": uid, "t": "digest"}))

    return make


def _bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def probe(base: str, c: Creds) -> dict[str, bool]:
    """Which credentials still act: ``{kind: works}`` (each probe is a real request)."""
    origin = {"Origin": settings.app_url.rstrip("/")}
    cookie = {settings.session_cookie_name: c.session}
    token_url = f"{base}/oauth/token"
    out = {
        "personal_token": _get(f"{base}/api/v1/preferences", headers=_bearer(c.pat)).status_code == 200,
        "personal_token_mcp": _post(f"{base}/mcp", json=INIT,
                                         headers={**MCP_HEADERS, **_bearer(c.pat)}).status_code == 200,
        "first_party_access": _get(f"{base}/api/v1/preferences", headers=_bearer(c.access)).status_code == 200,
        "calendar_feed": _get(f"{base}{c.feed_path}").status_code == 200,
        # a valid session gets 404 for an application that does not exist, no session 401
        "session": _get(f"{base}/api/applications/2147483647/calendar.ics", cookies=cookie).status_code == 404,
        # the clipper window: a signed-in user's empty page is "no posting" (422), a signed-out one 401
        "clipper": _post(f"{base}/clip/parse", json=CLIP_BODY, headers=origin, cookies=cookie).status_code == 422,
    }
    out["refresh_token"] = _post(token_url, data={
        "client_id": TEST_CLIENT.client_id, "grant_type": "refresh_token", "refresh_token": c.refresh}).status_code == 200
    out["authorization_code"] = _post(token_url, data={
        "client_id": TEST_CLIENT.client_id, "grant_type": "authorization_code", "code": c.code,
        "redirect_uri": TEST_CLIENT.redirect_uris[0], "code_verifier": c.verifier}).status_code == 200
    return out


def email_links(base: str, c: Creds) -> dict[str, bool]:
    """The links that act without a session: do they still act? (They change state: probe once.)"""
    verify = _get(f"{base}{routes.AUTH_VERIFY}", params={"token": c.verify_link}, follow_redirects=False)
    unsub = _post(f"{base}{routes.UNSUBSCRIBE}/{c.unsubscribe_token}", data={"List-Unsubscribe": "One-Click"})
    return {"verify_link": "notice=email_verified" in verify.headers.get("location", ""),
            "unsubscribe_link": unsub.status_code == 200}


ALL = ("personal_token", "personal_token_mcp", "first_party_access", "calendar_feed", "session", "clipper",
       "refresh_token", "authorization_code")
#: Probes of the kinds a password change with "keep" leaves alone.
KEPT = ("personal_token", "personal_token_mcp", "calendar_feed")


def test_inventory_names_every_credential_table():
    """Every table with a token/secret/feed column is a kind of the inventory (a new one must be added)."""
    from sqlmodel import SQLModel

    secretive = {t.name for t in SQLModel.metadata.sorted_tables
                 if any(k in c.name for c in t.c for k in ("token_hash", "code_hash", "ical_token"))}
    listed = {k.table.split(".")[0] for k in credentials.KINDS}
    assert secretive <= listed, secretive - listed


def test_every_credential_works_before(creds, backend_server_url):
    c = creds()
    assert probe(backend_server_url, c) == dict.fromkeys(ALL, True)


def _reset(base: str, c: Creds) -> None:
    with session_scope() as s:
        user = s.get(User, c.user_id)
        link = tokens.make("reset", {"u": c.user_id, "p": tokens.password_fingerprint(user.password_hash)})
    new = f"brand new passphrase {secrets.token_hex(3)}"
    r = _post(f"{base}{routes.AUTH_RESET}", data={"token": link, "new_password": new,
                                                       "new_password_confirm": new},
                   headers={"Origin": settings.app_url.rstrip("/")}, follow_redirects=False)
    assert "notice=password_reset" in r.headers["location"], r.headers


def _change(keep: bool):
    def run(base: str, c: Creds) -> None:
        new = f"brand new passphrase {secrets.token_hex(3)}"
        form = {"current_password": c.password, "new_password": new, "new_password_confirm": new}
        if keep:
            form["keep_api_access"] = "on"
        r = _post(f"{base}{routes.AUTH_PASSWORD}", data=form, headers={"Origin": settings.app_url.rstrip("/")},
                       cookies={settings.session_cookie_name: c.session}, follow_redirects=False)
        assert "notice=password_changed" in r.headers["location"], r.headers
    return run


@pytest.mark.parametrize("event, survivors", [
    pytest.param(_reset, (), id="password-reset"),
    pytest.param(_change(False), (), id="password-change-default"),
    pytest.param(_change(True), KEPT, id="password-change-keep-tokens"),
])
def test_password_events_end_credentials(creds, backend_server_url, event, survivors):
    c, bystander = creds(), creds()
    event(backend_server_url, c)
    assert probe(backend_server_url, c) == {k: k in survivors for k in ALL}
    assert probe(backend_server_url, bystander) == dict.fromkeys(ALL, True)  # another account is untouched


def test_deletion_grace_period_freezes_every_credential_until_sign_in(creds, backend_server_url):
    c = creds()
    with session_scope() as s:  # scheduled, without the sessions revoked that request_deletion also ends
        s.get(User, c.user_id).deletion_requested_at = account_deletion._now()
    assert probe(backend_server_url, c) == dict.fromkeys(ALL, False)
    assert email_links(backend_server_url, c) == {"verify_link": False, "unsubscribe_link": False}
    # the sign-in that undoes deletion still works, and with it the frozen credentials come back
    r = _post(f"{backend_server_url}{routes.AUTH_LOGIN}", data={"email": c.email, "password": c.password},
                   headers={"Origin": settings.app_url.rstrip("/")}, follow_redirects=False)
    assert "notice=deletion_cancelled" in r.headers["location"], r.headers
    assert probe(backend_server_url, c) == dict.fromkeys(ALL, True)
    assert email_links(backend_server_url, c) == {"verify_link": True, "unsubscribe_link": True}
