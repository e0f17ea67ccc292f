"""Re-authentication before sensitive changes (issue 14, attacker run; ``services.reauth``), on PostgreSQL:
a signed-in session alone no longer turns two-factor on or off, creates an API token or deletes the
account. A table of (account kind × action × proof) through the Settings helpers the page calls
(``state.security``, ``state.api_tokens``) and the deletion form's route; and an account without a
password (provider sign-in) can delete itself — its email typed plus a two-factor code or a fresh
provider sign-in — without a password reset first."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pyotp
import pytest
from sqlmodel import select

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.models import ApiToken, AuthSession, User, UserIdentity
from careercopilot.services import account_deletion, ratelimit, reauth, totp, users
from careercopilot.state import api_tokens as token_state
from careercopilot.state import security

PASSWORD = "a-Long-enough-passphrase-41"
TOKEN_FORM = {"name": "script", "scope_postings": "read", "expires_days": "30"}


@pytest.fixture
def pg(use_pg):
    """PostgreSQL; afterwards no account of the test stays scheduled for deletion (the session database
    is shared: the purge tests count the accounts due)."""
    ratelimit.reset()
    yield
    with session_scope() as s:
        for user in s.exec(select(User).where(User.deletion_requested_at.is_not(None),
                                              User.email.like("%@example.com"),
                                              User.email.startswith("pw-") | User.email.startswith("oa-"))):
            user.deletion_requested_at = None
            s.add(user)


def _account(kind: str) -> dict:
    """``password`` / ``oauth_totp`` (no password, two-factor on) / ``oauth_fresh`` / ``oauth_stale`` (no
    password, no two-factor; session opened just now / 11 minutes ago). Returns ids, session, codes."""
    tag = secrets.token_hex(4)
    with session_scope() as s:
        if kind == "password":
            user = users.create_user(session=s, email=f"pw-{tag}@example.com", password=PASSWORD)
        else:
            user = User(email=f"oa-{tag}@example.com", password_hash=None, email_verified_at=None)
            s.add(user)
            s.flush()
            s.add(UserIdentity(user_id=user.id, provider="google", subject=f"sub-{tag}", email=user.email))
        users.start_session(session=s, user_id=user.id)
        row = s.exec(select(AuthSession).where(AuthSession.user_id == user.id)).one()
        if kind == "oauth_stale":
            row.created_at = row.created_at - timedelta(minutes=11)
            s.add(row)
        out = {"uid": user.id, "email": user.email, "sid": row.id, "codes": []}
    if kind in ("oauth_totp", "password_totp"):
        with session_scope() as s:
            secret = totp.begin_enrolment(session=s, user_id=out["uid"]).secret
        with session_scope() as s:
            out["codes"] = totp.confirm_enrolment(session=s, user_id=out["uid"], code=pyotp.TOTP(secret).now())
    return out


def _tokens(uid: int) -> int:
    with session_scope() as s:
        return len(s.exec(select(ApiToken.id).where(ApiToken.user_id == uid)).all())


def _status(uid: int) -> str:
    with session_scope() as s:
        return totp.status(session=s, user_id=uid)


# ------------------------------------------------------------------------------------------ API tokens

@pytest.mark.parametrize("kind, proof, ok", [
    ("password", {}, False),
    ("password", {"reauth_password": "wrong-passphrase-000"}, False),
    ("password", {"reauth_code": "123456"}, False),
    ("password", {"reauth_password": PASSWORD}, True),
    ("oauth_totp", {}, False),
    ("oauth_totp", {"reauth_code": "recovery"}, True),
    ("oauth_stale", {}, False),
    ("oauth_fresh", {}, True),
])
def test_creating_a_token_asks_for_reauthentication(pg, kind, proof, ok):
    acct = _account(kind)
    form = {**TOKEN_FORM, **proof}
    if form.get("reauth_code") == "recovery":
        form["reauth_code"] = acct["codes"][0]
    if ok:
        assert token_state._create(acct["uid"], form, acct["sid"]).startswith("cc_pat_")
        assert _tokens(acct["uid"]) == 1
    else:
        with pytest.raises(reauth.ReauthError):
            token_state._create(acct["uid"], form, acct["sid"])
        assert _tokens(acct["uid"]) == 0


# ------------------------------------------------------------------------------------------ two-factor

@pytest.mark.parametrize("password, ok", [("", False), ("wrong-passphrase-000", False), (PASSWORD, True)])
def test_turning_two_factor_on_asks_for_the_password(pg, password, ok):
    acct = _account("password")
    with session_scope() as s:
        secret = totp.begin_enrolment(session=s, user_id=acct["uid"]).secret
    code = pyotp.TOTP(secret).now()
    if ok:
        assert len(security._confirm(acct["uid"], code, password, acct["sid"])) == 10
        assert _status(acct["uid"]) == "on"
    else:
        with pytest.raises(reauth.ReauthError):
            security._confirm(acct["uid"], code, password, acct["sid"])
        assert _status(acct["uid"]) == "pending"


@pytest.mark.parametrize("kind, use_code, password, ok", [
    ("password_totp", True, "", False),                   # a code alone: proves the phone, not the person
    ("password_totp", False, "wrong-passphrase-000", False),
    ("password_totp", False, PASSWORD, True),
    ("oauth_totp", False, "", False),
    ("oauth_totp", True, "", True),                       # no password: the factor itself is the proof
])
def test_turning_two_factor_off_asks_for_reauthentication(pg, kind, use_code, password, ok):
    acct = _account(kind if kind != "password_totp" else "password")
    if kind == "password_totp":
        with session_scope() as s:
            secret = totp.begin_enrolment(session=s, user_id=acct["uid"]).secret
        acct["codes"] = security._confirm(acct["uid"], pyotp.TOTP(secret).now(), PASSWORD, acct["sid"])
    code = acct["codes"][0] if use_code else ""
    if ok:
        security._disable(acct["uid"], code, password, acct["sid"])
        assert _status(acct["uid"]) == "off"
    else:
        with pytest.raises((reauth.ReauthError, totp.TotpError)):
            security._disable(acct["uid"], code, password, acct["sid"])
        assert _status(acct["uid"]) == "on"


# ------------------------------------------------------------------------------------------ deletion

@pytest.mark.parametrize("kind, fields, ok", [
    ("password", {"password": PASSWORD}, True),
    ("password", {"password": "wrong-passphrase-000"}, False),
    ("oauth_fresh", {"email": "{email}"}, True),
    ("oauth_fresh", {"email": "someone-else@example.com"}, False),
    ("oauth_fresh", {}, False),
    ("oauth_stale", {"email": "{email}"}, False),
    ("oauth_totp", {"email": "{email}", "code": "recovery"}, True),
    ("oauth_totp", {"email": "{email}"}, False),
    ("oauth_totp", {"email": "{email}", "code": "000000"}, False),
])
def test_deletion_form_reauthenticates_every_kind_of_account(pg, kind, fields, ok):
    from starlette.testclient import TestClient

    from careercopilot import api
    from careercopilot.config import settings

    acct = _account(kind)
    with session_scope() as s:
        token = users.start_session(session=s, user_id=acct["uid"])
        fresh = s.exec(select(AuthSession).where(AuthSession.token_hash == users.hash_token(token))).one()
        fresh.created_at = s.get(AuthSession, acct["sid"]).created_at  # the browser's session: as old as the case says
        s.add(fresh)
    form = {k: (acct["codes"][0] if v == "recovery" else v.format(email=acct["email"].upper()))
            for k, v in fields.items()}
    origin = settings.app_url.rstrip("/")
    with TestClient(api.app, base_url=origin, follow_redirects=False) as c:
        c.cookies.set(settings.session_cookie_name, token)
        r = c.post(routes.AUTH_DELETE_ACCOUNT, data=form, headers={"Origin": origin})
    assert r.status_code == 303
    with session_scope() as s:
        scheduled = s.get(User, acct["uid"]).deletion_requested_at is not None
    assert scheduled is ok, r.headers["location"]
    assert ("notice=deletion_scheduled" in r.headers["location"]) is ok
    if not ok:
        assert "delete_error=" in r.headers["location"]


def test_provider_account_deletes_without_a_password_reset(pg):
    """The old dead end: no password, so "enter your password to delete" could never succeed."""
    acct = _account("oauth_fresh")
    with session_scope() as s:
        account_deletion.request_deletion(session=s, user_id=acct["uid"], email=acct["email"], session_id=acct["sid"])
    with session_scope() as s:
        assert s.get(User, acct["uid"]).password_hash is None
        assert s.get(User, acct["uid"]).deletion_requested_at is not None
