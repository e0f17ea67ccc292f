"""First-party authorization server rules (services/first_party.py, services/access_tokens.py) on SQLite:
PKCE S256 only, codes single-use / 60 s / bound to client, redirect URI and challenge, JWT validation
(signature, alg, typ, iss, aud, exp), refresh rotation with replay detection, RFC 7009 revocation."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from datetime import datetime, timedelta, timezone

import pytest
from joserfc import jwt
from joserfc.jwk import OctKey
from sqlmodel import select

from careercopilot.config import FirstPartyClient, settings
from careercopilot.db import session_scope
from careercopilot.models import OAuthAuthorizationCode, OAuthRefreshToken
from careercopilot.services import access_tokens, first_party, totp, users
from careercopilot.services.first_party import GrantError

CLIPPER = FirstPartyClient(client_id="clipper", name="Career Copilot clipper",
                           redirect_uris=["https://abcdefghijklmnop.chromiumapp.org/", "http://127.0.0.1:8765/cb"],
                           scopes=["postings:read", "postings:write", "applications:write"])
OTHER = FirstPartyClient(client_id="other-app", name="Other", redirect_uris=["http://127.0.0.1:9999/cb"])
REDIRECT = "http://127.0.0.1:8765/cb"
T0 = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)


def s256(verifier: str) -> str:
    """RFC 7636 §4.2, written out independently of authlib."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@pytest.fixture(autouse=True)
def clients(monkeypatch):
    monkeypatch.setattr(settings, "oauth_clients", [CLIPPER, OTHER])
    monkeypatch.setattr(settings, "app_url", "https://cc.example.org")


@pytest.fixture
def user_id(sqlite_engine):
    with session_scope() as s:
        return users.create_user(session=s, email="pkce@example.org", password="correct horse battery 42").id


def _params(**over) -> dict[str, str]:
    verifier = over.pop("verifier", "v" * 43)
    base = {"response_type": "code", "client_id": "clipper", "redirect_uri": REDIRECT,
            "code_challenge": s256(verifier), "code_challenge_method": "S256", "state": "xyz"}
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def _code(uid: int, verifier: str = "v" * 43, at: datetime = T0, **over) -> str:
    req = first_party.parse_authorization_request(_params(verifier=verifier, **over))
    with session_scope() as s:
        return first_party.issue_code(session=s, user_id=uid, request=req, now=at)


def _exchange(code, verifier="v" * 43, *, client_id="clipper", redirect_uri=REDIRECT, at=T0 + timedelta(seconds=5)):
    with session_scope() as s:
        try:
            return first_party.exchange_code(session=s, client_id=client_id, code=code, redirect_uri=redirect_uri,
                                             code_verifier=verifier, now=at)
        except GrantError as exc:
            if exc.keep_changes:
                s.commit()
            raise


def _refresh(token, *, client_id="clipper", at=T0 + timedelta(minutes=1), scope=None):
    with session_scope() as s:
        try:
            return first_party.refresh(session=s, client_id=client_id, refresh_token=token, scope=scope, now=at)
        except GrantError as exc:
            if exc.keep_changes:
                s.commit()
            raise


# --- the authorization request -------------------------------------------------------------------

@pytest.mark.parametrize("over, error, redirectable", [
    ({"client_id": "nobody"}, "invalid_client", False),
    ({"client_id": None}, "invalid_client", False),
    ({"client_id": "clipper\u00e9"}, "invalid_client", False),
    ({"redirect_uri": "http://127.0.0.1:8765/cb/"}, "invalid_request", False),  # exact match: no trailing slash
    ({"redirect_uri": "http://127.0.0.1:8765/cb?x=1"}, "invalid_request", False),
    ({"redirect_uri": "http://127.0.0.1:9999/cb"}, "invalid_request", False),  # another client's URI
    ({"response_type": "token"}, "unsupported_response_type", True),
    ({"code_challenge_method": "plain"}, "invalid_request", True),
    ({"code_challenge_method": None}, "invalid_request", True),  # absent means plain (RFC 7636 §4.3)
    ({"code_challenge": "short"}, "invalid_request", True),
    ({"code_challenge": None}, "invalid_request", True),
    ({"scope": "analytics:read"}, "invalid_scope", True),  # not among the client's scopes
    ({"scope": "postings:admin"}, "invalid_scope", True),
    ({"state": "s" * 501}, "invalid_request", True),
])
def test_authorization_request_refusals(over, error, redirectable):
    with pytest.raises(GrantError) as err:
        first_party.parse_authorization_request(_params(**over))
    assert err.value.error == error and err.value.redirectable is redirectable


def test_authorization_request_scopes_default_to_the_clients():
    req = first_party.parse_authorization_request(_params())
    assert req.client.client_id == "clipper" and req.state == "xyz"
    assert req.scopes == ("postings:read", "postings:write", "applications:write")
    narrowed = first_party.parse_authorization_request(_params(scope="postings:read"))
    assert narrowed.scopes == ("postings:read",)
    assert first_party.parse_authorization_request(_params(client_id="other-app", redirect_uri="http://127.0.0.1:9999/cb",
                                                           scope=None)).scopes[0] == "postings:read"


def test_redirect_keeps_the_registered_query():
    assert first_party.redirect_to("https://x.example/cb?a=1", code="c d", state="") == "https://x.example/cb?a=1&code=c+d"
    assert first_party.redirect_to("https://x.example/cb", error="access_denied", state="s") == \
        "https://x.example/cb?error=access_denied&state=s"


# --- codes ---------------------------------------------------------------------------------------

def test_code_flow_issues_tokens_and_stores_only_hashes(user_id, sqlite_engine):
    verifier = secrets.token_urlsafe(48)
    code = _code(user_id, verifier)
    tokens = _exchange(code, verifier)
    assert tokens.refresh_token.startswith("cc_rt_") and tokens.expires_in == 3600
    assert tokens.scope == "postings:read postings:write applications:write"
    claims = access_tokens.decode(tokens.access_token, now=(T0 + timedelta(seconds=10)).timestamp())
    assert claims.user_id == user_id and claims.client_id == "clipper"
    assert claims.scopes == {"postings:read", "postings:write", "applications:write"}
    with sqlite_engine.connect() as conn:
        dump = "\n".join(str(r) for t in ("oauthauthorizationcode", "oauthrefreshtoken")
                         for r in conn.exec_driver_sql(f"SELECT * FROM {t}"))
    assert code not in dump and tokens.refresh_token not in dump and tokens.refresh_token[6:] not in dump


def test_wrong_verifier_is_refused_and_the_code_stays_usable(user_id):
    verifier = "a" * 43 + "-._~"
    code = _code(user_id, verifier)
    for bad in ("b" * 43, verifier[:-1], verifier + "x", s256(verifier), "short"):
        with pytest.raises(GrantError) as err:
            _exchange(code, bad)
        assert err.value.error == "invalid_grant"
    with pytest.raises(GrantError) as err:
        _exchange(code, "")
    assert err.value.error == "invalid_request"
    assert _exchange(code, verifier).access_token  # the right client still finishes


def test_expired_code_is_refused(user_id):
    code = _code(user_id)
    with pytest.raises(GrantError) as err:
        _exchange(code, at=T0 + timedelta(seconds=settings.oauth_code_seconds))
    assert err.value.error == "invalid_grant" and "expired" in err.value.description
    assert _exchange(_code(user_id), at=T0 + timedelta(seconds=settings.oauth_code_seconds - 1)).access_token


def test_redirect_mismatch_and_wrong_client_are_refused(user_id):
    code = _code(user_id)
    for kw in ({"redirect_uri": "https://abcdefghijklmnop.chromiumapp.org/"}, {"redirect_uri": None},
               {"redirect_uri": REDIRECT + "/"}):
        with pytest.raises(GrantError) as err:
            _exchange(code, **kw)
        assert err.value.error == "invalid_grant"
    with pytest.raises(GrantError) as err:
        _exchange(code, client_id="other-app")
    assert err.value.error == "invalid_grant"
    with pytest.raises(GrantError) as err:
        _exchange(code, client_id="unknown")
    assert err.value.error == "invalid_client" and err.value.status == 401
    assert _exchange(code).access_token


def test_code_reuse_is_refused_and_revokes_what_the_first_use_issued(user_id):
    code = _code(user_id)
    first = _exchange(code)
    with pytest.raises(GrantError) as err:
        _exchange(code)
    assert err.value.error == "invalid_grant" and err.value.keep_changes
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=first.access_token,
                                        now=(T0 + timedelta(seconds=30)).timestamp()) is None
    with pytest.raises(GrantError):
        _refresh(first.refresh_token)


# --- access tokens -------------------------------------------------------------------------------

def _token(user_id) -> str:
    return _exchange(_code(user_id)).access_token


def _forge(claims_over: dict | None = None, header_over: dict | None = None, key=None, drop=()) -> str:
    now = int(T0.timestamp())
    claims = {"iss": "https://cc.example.org", "aud": "https://cc.example.org/api/v1", "sub": "1", "iat": now,
              "exp": now + 3600, "jti": "j", "scope": "postings:read", "client_id": "clipper", "fid": "f" * 32,
              **(claims_over or {})}
    for k in drop:
        claims.pop(k)
    header = {"alg": "HS256", "typ": "at+jwt", **(header_over or {})}
    return jwt.encode(header, claims, key or access_tokens._key(), algorithms=[header["alg"]])


AT = (T0 + timedelta(minutes=5)).timestamp()


def test_forged_tokens_with_the_right_key_pass_only_with_every_claim_right():
    assert access_tokens.decode(_forge(), now=AT).user_id == 1
    bad = [
        _forge({"iss": "https://evil.example"}), _forge({"aud": "https://cc.example.org"}),
        _forge({"aud": "https://other.example/api/v1"}), _forge({"sub": "one"}),
        _forge(header_over={"typ": "JWT"}), _forge(drop=("fid",)), _forge(drop=("exp",)), _forge(drop=("aud",)),
        _forge(drop=("jti",)), _forge(key=OctKey.import_key(b"k" * 32)),
        _forge(key=access_tokens._key("another secret key")),
    ]
    for token in bad:
        with pytest.raises(access_tokens.InvalidAccessToken):
            access_tokens.decode(token, now=AT)


def test_tampered_and_unsigned_tokens_are_refused(user_id):
    token = _token(user_id)
    head, body, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["scope"] += " analytics:read"
    tampered = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    none_head = base64.urlsafe_b64encode(b'{"alg":"none","typ":"at+jwt"}').rstrip(b"=").decode()
    for bad in (f"{head}.{tampered}.{sig}", f"{none_head}.{body}.", f"{head}.{body}.{sig[:-2]}AA", f"{head}.{body}",
                "", "x" * 5000, "cc_pat_" + "a" * 43):
        with pytest.raises(access_tokens.InvalidAccessToken):
            access_tokens.decode(bad, now=AT)
        with session_scope() as s:
            assert first_party.authenticate(session=s, token=bad, now=AT) is None


def test_wrong_issuer_or_audience_after_app_url_changes(user_id, monkeypatch):
    token = _token(user_id)
    assert access_tokens.decode(token, now=AT)
    monkeypatch.setattr(settings, "app_url", "https://other.example.org")
    with pytest.raises(access_tokens.InvalidAccessToken, match="iss|aud"):
        access_tokens.decode(token, now=AT)


def test_access_token_expires_after_its_lifetime(user_id):
    token = _token(user_id)
    issued = T0 + timedelta(seconds=5)
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=token, now=issued.timestamp() + 3599) is not None
        assert first_party.authenticate(session=s, token=token, now=issued.timestamp() + 3600) is None
    with pytest.raises(access_tokens.InvalidAccessToken, match="exp"):
        access_tokens.decode(token, now=issued.timestamp() + 3601)


# --- refresh rotation ----------------------------------------------------------------------------

def test_refresh_rotates_and_a_replay_revokes_the_whole_family(user_id):
    first = _exchange(_code(user_id))
    second = _refresh(first.refresh_token, at=T0 + timedelta(hours=1))
    third = _refresh(second.refresh_token, at=T0 + timedelta(hours=2))
    assert len({first.refresh_token, second.refresh_token, third.refresh_token}) == 3
    later = (T0 + timedelta(hours=2, minutes=1)).timestamp()
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=third.access_token, now=later) is not None
        rows = s.exec(select(OAuthRefreshToken).order_by(OAuthRefreshToken.id)).all()
        assert [r.parent_id for r in rows] == [None, rows[0].id, rows[1].id] and len({r.family_id for r in rows}) == 1
    with pytest.raises(GrantError) as err:  # the stolen first token comes back
        _refresh(first.refresh_token, at=T0 + timedelta(hours=3))
    assert err.value.error == "invalid_grant" and err.value.keep_changes
    with session_scope() as s:
        assert all(r.revoked_at is not None for r in s.exec(select(OAuthRefreshToken)))
        assert first_party.authenticate(session=s, token=third.access_token, now=later) is None
    with pytest.raises(GrantError) as err:  # the newest token died with its family
        _refresh(third.refresh_token, at=T0 + timedelta(hours=3))
    assert err.value.error == "invalid_grant"


def test_refresh_expiry_client_binding_and_scope_narrowing(user_id):
    first = _exchange(_code(user_id))
    with pytest.raises(GrantError) as err:
        _refresh(first.refresh_token, client_id="other-app")
    assert err.value.error == "invalid_grant"
    with pytest.raises(GrantError) as err:
        _refresh(first.refresh_token, scope="analytics:read")
    assert err.value.error == "invalid_scope"
    with pytest.raises(GrantError) as err:
        _refresh(first.refresh_token, at=T0 + timedelta(days=settings.oauth_refresh_token_days, seconds=5))
    assert err.value.error == "invalid_grant" and "expired" in err.value.description
    narrow = _refresh(first.refresh_token, scope="postings:read")
    assert narrow.scope == "postings:read"
    assert access_tokens.decode(narrow.access_token, now=AT).scopes == {"postings:read"}
    wide = _refresh(narrow.refresh_token)  # the family keeps its grant: the next refresh may ask for all of it
    assert wide.scope == "postings:read postings:write applications:write"


def test_revocation_endpoint_rules(user_id):
    one = _exchange(_code(user_id))
    two = _exchange(_code(user_id))
    with session_scope() as s:
        with pytest.raises(GrantError) as err:
            first_party.revoke(session=s, client_id="other-app", token=one.refresh_token)
        assert err.value.error == "unauthorized_client"
        assert first_party.revoke(session=s, client_id="clipper", token="cc_rt_unknown") is False
        assert first_party.revoke(session=s, client_id="clipper", token="garbage") is False
        assert first_party.revoke(session=s, client_id="clipper", token=one.refresh_token) is True
        assert first_party.revoke(session=s, client_id="clipper", token=two.access_token) is True
    with session_scope() as s:
        for t in (one, two):
            assert first_party.authenticate(session=s, token=t.access_token, now=AT) is None
    for t in (one, two):
        with pytest.raises(GrantError):
            _refresh(t.refresh_token)


def test_password_change_and_two_factor_changes_revoke_families(user_id):
    one = _exchange(_code(user_id))
    with session_scope() as s:
        users.change_password(session=s, user_id=user_id, current_password="correct horse battery 42",
                              new_password="another horse battery 43")
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=one.access_token, now=AT) is None
    two = _exchange(_code(user_id))
    with session_scope() as s:
        enrolment = totp.begin_enrolment(session=s, user_id=user_id)
    import pyotp

    with session_scope() as s:
        totp.confirm_enrolment(session=s, user_id=user_id, code=pyotp.TOTP(enrolment.secret).now())
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=two.access_token, now=AT) is None
    three = _exchange(_code(user_id))
    with session_scope() as s:
        assert totp.admin_reset(session=s, user_id=user_id) is True
        assert first_party.authenticate(session=s, token=three.access_token, now=AT) is None
        assert totp.status(session=s, user_id=user_id) == "off"


def test_purge_removes_expired_codes_and_tokens(user_id):
    code = _code(user_id)
    _exchange(code)
    with session_scope() as s:
        assert first_party.purge_expired(session=s, now=T0 + timedelta(days=30)) == 2
        assert not s.exec(select(OAuthAuthorizationCode)).all() and not s.exec(select(OAuthRefreshToken)).all()


def test_deletion_request_and_sign_out_everywhere_revoke_families(user_id):
    from careercopilot.services import account_deletion

    one = _exchange(_code(user_id))
    with session_scope() as s:
        account_deletion.request_deletion(session=s, user_id=user_id, password="correct horse battery 42")
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=one.access_token, now=AT) is None
    with pytest.raises(GrantError):
        _refresh(one.refresh_token)
    with pytest.raises(GrantError):  # no new grant while the deletion is pending (services/credentials.py)
        _exchange(_code(user_id))
    with session_scope() as s:  # the sign-in that keeps the account cancels the deletion …
        account_deletion.cancel_deletion(session=s, user_id=user_id)
    two = _exchange(_code(user_id))  # … and a grant after it is live again
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=two.access_token, now=AT) is not None
        users.revoke_all_sessions(session=s, user_id=user_id)
    with session_scope() as s:
        assert first_party.authenticate(session=s, token=two.access_token, now=AT) is None
