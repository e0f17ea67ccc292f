"""Re-authentication with the provider forces a fresh login (issue 14; ``services.oauth`` docstring):
a user without password or two-factor confirms a sensitive change with "Sign in again with <provider>"
(``/auth/oauth/<provider>/start?reauth=1``). Through the app's routes, the loopback Google-shaped OIDC
provider (which keeps a provider session and honours — or, as a faulty provider, ignores — ``prompt``
and ``max_age``) and the GitHub-shaped API, on PostgreSQL and Redis:

* Google is asked for ``prompt=login`` and ``max_age=0``; the user logs in at the provider again; the
  new session is the fresh proof ``services.reauth`` accepts (a token can be created with it);
* an ``auth_time`` older than the attempt (a provider that reused its session) is refused; an ID token
  without ``auth_time`` is accepted (documented);
* GitHub is asked for ``prompt=select_account`` (it has no ``max_age``);
* a different provider account is refused and creates nothing; no session → log in first;
* an ordinary sign-in still reuses the provider session (nothing forced there).
"""

from __future__ import annotations

import secrets
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import select

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import AuthSession, User, UserIdentity
from careercopilot.services import reauth, users
from careercopilot.state import api_tokens as token_state
from careercopilot.state.security import _overview
from tests.integration.signin.conftest import APP, Flow, new_email

TOKEN_FORM = {"name": "script", "scope_postings": "read", "expires_days": "30"}
AN_HOUR_AGO = 3600


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def _account_at(provider: str) -> tuple[dict, str, str]:
    """A new account at the loopback ``provider`` (its ``account`` dict), its subject and verified email."""
    tag = secrets.token_hex(4)
    email = f"oa-{tag}@example.com"
    if provider == "google":
        return {"sub": f"sub-{tag}", "email": email, "email_verified": True, "name": "Ada"}, f"sub-{tag}", email
    gid = secrets.randbelow(10**8) + 1
    return ({"id": gid, "login": f"octo{tag}", "name": "Octo",
             "emails": [{"email": email, "primary": True, "verified": True, "visibility": None}]}, str(gid), email)


def _provider_account(provider: str) -> tuple[int, dict, int]:
    """A password-less account linked to ``provider``, with a login session opened a year ago (too old
    for ``services.reauth``) → (user id, the provider's account dict, that session's id)."""
    account, subject, email = _account_at(provider)
    with session_scope() as s:
        user = User(email=email, password_hash=None)
        s.add(user)
        s.flush()
        s.add(UserIdentity(user_id=user.id, provider=provider, subject=subject, email=email))
        users.start_session(session=s, user_id=user.id)
        row = s.exec(select(AuthSession).where(AuthSession.user_id == user.id)).one()
        row.created_at = row.created_at.replace(year=row.created_at.year - 1)
        s.add(row)
        return user.id, account, row.id


def _session_row(response) -> AuthSession | None:
    with session_scope() as s:
        who = users.resolve_session(session=s, token=response.cookies.get(settings.session_cookie_name))
        return s.get(AuthSession, who.session_id) if who else None


@pytest.fixture
def signed_in(oauth_settings):
    """``make(uid)``: a TestClient carrying a new session of ``uid``, back-dated a year (no proof either)."""
    from starlette.testclient import TestClient

    from careercopilot import api

    clients = []

    def make(uid: int) -> TestClient:
        with session_scope() as s:
            token = users.start_session(session=s, user_id=uid)
            row = s.exec(select(AuthSession).where(AuthSession.user_id == uid).order_by(AuthSession.id.desc())).first()
            row.created_at = row.created_at.replace(year=row.created_at.year - 1)
            s.add(row)
        c = TestClient(api.app, base_url=APP)
        c.cookies.set(settings.session_cookie_name, token)
        clients.append(c.__enter__())
        return c

    yield make
    for c in clients:
        c.__exit__(None, None, None)


def _token_created(uid: int, session_id: int) -> bool:
    try:
        return token_state._create(uid, TOKEN_FORM, session_id).startswith("cc_pat_")
    except reauth.ReauthError:
        return False


def test_the_security_section_links_to_a_forced_reauthentication(oauth_settings):
    uid, _, _ = _provider_account("google")
    [link] = _overview(uid)["reauth_links"]
    assert link["label"] == "Sign in again with Google"
    assert link["href"] == routes.oauth_start("google", reauth=True, next_path=routes.SETTINGS)
    assert _query(link["href"]) == {"reauth": "1", "next": routes.SETTINGS}


def test_google_reauthentication_forces_a_fresh_login_and_unlocks_the_change(signed_in, google):
    uid, google.account, old_sid = _provider_account("google")
    google.session_auth_time = int(time.time()) - AN_HOUR_AGO  # signed in at Google an hour ago
    assert not _token_created(uid, old_sid)  # the old session is no proof
    client = signed_in(uid)
    flow = Flow(client)
    authorize = flow.start("google", reauth="1", next=routes.SETTINGS)
    asked = _query(authorize)
    assert asked["prompt"] == "login" and asked["max_age"] == "0" and asked["nonce"]
    started = int(time.time())
    r = flow.callback(flow.authorize(authorize))
    assert google.logins and google.logins[-1] >= started  # Google showed its login page
    assert r.status_code == 303 and r.headers["location"] == routes.SETTINGS
    session = _session_row(r)
    assert session is not None and session.user_id == uid and session.id != old_sid
    assert _token_created(uid, session.id)


def test_a_provider_that_reuses_its_session_is_refused(signed_in, google):
    uid, google.account, _ = _provider_account("google")
    google.session_auth_time = int(time.time()) - AN_HOUR_AGO
    google.honor_reauth = False  # ignores prompt=login and max_age: its ID token says auth_time = an hour ago
    flow = Flow(signed_in(uid))
    r = flow.callback(flow.authorize(flow.start("google", reauth="1", next=routes.SETTINGS)))
    assert r.status_code == 303 and r.headers["location"] == "/settings?error=oauth_reauth_stale"
    assert settings.session_cookie_name not in r.cookies and google.logins == []


def test_an_id_token_without_auth_time_is_taken_at_its_word(signed_in, google):
    uid, google.account, _ = _provider_account("google")
    google.session_auth_time = int(time.time()) - AN_HOUR_AGO
    google.omit_auth_time = True
    flow = Flow(signed_in(uid))
    r = flow.callback(flow.authorize(flow.start("google", reauth="1", next=routes.SETTINGS)))
    assert r.headers["location"] == routes.SETTINGS
    assert _session_row(r).user_id == uid


def test_github_reauthentication_asks_for_the_account_picker(signed_in, github):
    uid, github.account, _ = _provider_account("github")
    flow = Flow(signed_in(uid))
    authorize = flow.start("github", reauth="1", next=routes.SETTINGS)
    asked = _query(authorize)
    assert asked["prompt"] == "select_account" and "max_age" not in asked
    r = flow.callback(flow.authorize(authorize))
    assert r.headers["location"] == routes.SETTINGS
    session = _session_row(r)
    assert session.user_id == uid and _token_created(uid, session.id)


@pytest.mark.parametrize("provider", ["google", "github"])
def test_another_provider_account_is_refused_and_creates_nothing(signed_in, google, github, provider):
    uid, _, _ = _provider_account(provider)
    _, stranger, _ = _provider_account(provider)  # linked to someone else
    unknown, unknown_subject, unknown_email = _account_at(provider)  # linked to nobody
    server = google if provider == "google" else github
    for other in (stranger, unknown):
        server.account = other
        flow = Flow(signed_in(uid))
        r = flow.callback(flow.authorize(flow.start(provider, reauth="1", next=routes.SETTINGS)))
        assert r.headers["location"] == "/settings?error=reauth_other_account"
        assert settings.session_cookie_name not in r.cookies
    with session_scope() as s:  # a sign-in would have created an account for it: a re-authentication did not
        assert s.exec(select(User).where(User.email == unknown_email)).first() is None
        assert s.exec(select(UserIdentity).where(UserIdentity.subject == unknown_subject)).first() is None


def test_reauthentication_needs_a_session(client):
    r = client.get("/auth/oauth/google/start", params={"reauth": "1"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?error=session_expired"


def test_an_ordinary_sign_in_still_reuses_the_provider_session(client, google):
    google.account = {"sub": secrets.token_hex(8), "email": new_email("plain"), "email_verified": True}
    google.session_auth_time = int(time.time()) - AN_HOUR_AGO
    flow = Flow(client)
    authorize = flow.start("google")
    assert not {"prompt", "max_age"} & set(_query(authorize))
    r = flow.callback(flow.authorize(authorize))
    assert r.headers["location"] == "/dashboard" and google.logins == []
