"""Sign-in rules on the embedded default (SQLite): attempt cookies (signature, age, state and provider
binding), the account decisions of services/identities.py, and TOTP steps and recovery codes."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import itsdangerous
import pyotp
import pytest

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import identities, oauth, ratelimit, totp, users
from careercopilot.services.oauth import OAuthError, Profile

PASSWORD = "a-Long-enough-passphrase-41"


@pytest.fixture(autouse=True)
def _memory_limiter(monkeypatch):
    monkeypatch.setattr(settings, "redis_url", None)
    ratelimit.backend.cache_clear()
    yield
    ratelimit.backend.cache_clear()


def test_attempt_cookie_is_bound_to_its_state_provider_and_age(monkeypatch):
    attempt = oauth.new_attempt("google", next_path="/jobs")
    value = oauth.seal(attempt)
    assert oauth.unseal(value, state=attempt.state, name="google") == attempt
    assert len(attempt.code_verifier) >= 43 and attempt.state != attempt.nonce
    for bad in (
        lambda: oauth.unseal(value, state=oauth.new_attempt("google").state, name="google"),  # other state
        lambda: oauth.unseal(value, state=attempt.state, name="github"),  # other provider
        lambda: oauth.unseal(value[:-2] + "xx", state=attempt.state, name="google"),  # forged
        lambda: oauth.unseal(None, state=attempt.state, name="google"),  # missing
    ):
        with pytest.raises(OAuthError) as exc:
            bad()
        assert exc.value.code == "oauth_state"
    monkeypatch.setattr(itsdangerous.timed.TimestampSigner, "get_timestamp",
                        lambda self: int(time.time()) + oauth.ATTEMPT_MAX_AGE_SECONDS + 5)
    with pytest.raises(OAuthError):  # older than 10 minutes
        oauth.unseal(value, state=attempt.state, name="google")


def test_a_state_is_claimed_once():
    state = oauth.new_attempt("github").state
    oauth.claim_state(state)
    with pytest.raises(OAuthError):
        oauth.claim_state(state)
    oauth.claim_state(oauth.new_attempt("github").state)  # another attempt is unaffected


def _user(email: str, *, verified: bool, password: bool = True) -> int:
    with session_scope() as s:
        if password:
            user = users.create_user(session=s, email=email, password=PASSWORD)
        else:
            user = User(email=email)
            s.add(user)
        user.email_verified_at = datetime.now(timezone.utc) if verified else None
        s.add(user)
        s.flush()
        return user.id


def test_identity_rules_on_sqlite(sqlite_engine):
    verified_uid = _user("kim@example.com", verified=True)
    _user("lee@example.com", verified=False)
    with session_scope() as s:
        out = identities.sign_in(session=s, profile=Profile("google", "g-1", "Kim@Example.com", True))
    assert out.user_id == verified_uid and out.linked and not out.created
    with session_scope() as s:  # same subject, new address: same user
        assert identities.sign_in(session=s, profile=Profile("google", "g-1", "new@example.com", True)).user_id == verified_uid
    with pytest.raises(OAuthError) as exc, session_scope() as s:
        identities.sign_in(session=s, profile=Profile("google", "g-2", "lee@example.com", True))
    assert exc.value.code == "oauth_link_unverified"
    with pytest.raises(OAuthError) as exc, session_scope() as s:
        identities.sign_in(session=s, profile=Profile("github", "7", "someone@example.com", False))
    assert exc.value.code == "oauth_email_unverified"
    with pytest.raises(OAuthError) as exc, session_scope() as s:  # kim already has a Google account linked
        identities.sign_in(session=s, profile=Profile("google", "g-3", "kim@example.com", True))
    assert exc.value.code == "identity_exists"
    with session_scope() as s:
        created = identities.sign_in(session=s, profile=Profile("github", "8", "new-person@example.com", True, "N P"))
        user = s.get(User, created.user_id)
        assert created.created and user.password_hash is None and user.email_verified_at is not None
        assert user.display_name == "N P"
        # a provider's name loses bidi overrides and zero-width characters (attack a12 W2)
        spoof = identities.sign_in(session=s, profile=Profile("github", "9", "rlo@example.com", True,
                                                              "Admin \u202enimda\u200b\u2066"))
        assert s.get(User, spoof.user_id).display_name == "Admin nimda"


def test_totp_steps_and_recovery_codes_on_sqlite(sqlite_engine):
    uid = _user("otp@example.com", verified=True)
    with session_scope() as s:
        secret = totp.begin_enrolment(session=s, user_id=uid).secret
    otp = pyotp.TOTP(secret)
    t0 = time.time()
    with session_scope() as s:
        codes = totp.confirm_enrolment(session=s, user_id=uid, code=otp.at(t0), at=t0)
    with pytest.raises(totp.TotpError), session_scope() as s:  # same step again
        totp.verify(session=s, user_id=uid, code=otp.at(t0), at=t0)
    with session_scope() as s:
        assert totp.verify(session=s, user_id=uid, code=otp.at(t0 + 30), at=t0 + 30) == "totp"
    with session_scope() as s:
        assert totp.verify(session=s, user_id=uid, code=codes[0], at=t0 + 30) == "recovery"
    with pytest.raises(totp.TotpError), session_scope() as s:
        totp.verify(session=s, user_id=uid, code=codes[0], at=t0 + 30)
    with pytest.raises(totp.TotpError), session_scope() as s:  # too far ahead (2 steps)
        totp.verify(session=s, user_id=uid, code=otp.at(t0 + 120), at=t0 + 60)


def test_pending_second_step_value_is_signed_and_expires(monkeypatch):
    value = totp.seal_pending(user_id=5, next_path="/jobs")
    assert totp.unseal_pending(value) == {"uid": 5, "next": "/jobs"}
    assert totp.unseal_pending(value + "x") is None and totp.unseal_pending("") is None
    monkeypatch.setattr(itsdangerous.timed.TimestampSigner, "get_timestamp",
                        lambda self: int(time.time()) + totp.PENDING_MAX_AGE_SECONDS + 5)
    assert totp.unseal_pending(value) is None
