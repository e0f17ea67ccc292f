"""Login sessions: 1 h sliding idle expiry, 7 d absolute lifetime, revocation (``now=`` injected)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import AuthSession
from careercopilot.services import users

PASSWORD = "tangerine-bicycle-42"


@pytest.fixture
def account(sqlite_engine):
    """(user_id, token, created_at) of a fresh user with one session."""
    with session_scope() as s:
        user = users.create_user(session=s, email="Token.User@Example.com", password=PASSWORD)
        token = users.start_session(session=s, user_id=user.id, ip="198.51.100.7", user_agent="pytest")
        created = s.exec(select(AuthSession).where(AuthSession.user_id == user.id)).one().created_at
        return user.id, token, created


def _resolve(token, now):
    with session_scope() as s:
        return users.resolve_session(session=s, token=token, now=now)


def test_token_is_opaque_and_stored_hashed(account):
    user_id, token, _ = account
    assert len(token) >= 40
    with session_scope() as s:
        row = s.exec(select(AuthSession).where(AuthSession.user_id == user_id)).one()
    assert row.token_hash == users.hash_token(token) != token


def test_email_is_case_folded(account):
    user_id, token, created = account
    assert _resolve(token, created).email == "token.user@example.com"


def test_idle_expiry_slides(account):
    _, token, t0 = account
    assert _resolve(token, t0 + timedelta(minutes=50)) is not None  # touches last_seen
    assert _resolve(token, t0 + timedelta(minutes=100)) is not None  # 50 min idle: still live
    assert _resolve(token, t0 + timedelta(minutes=100 + 61)) is None  # > 1 h idle


def test_idle_expiry_without_activity(account):
    _, token, t0 = account
    assert _resolve(token, t0 + timedelta(minutes=59)) is not None
    # the 59-minute visit slid the window; 61 minutes after *it* the session is dead
    assert _resolve(token, t0 + timedelta(minutes=59 + 61)) is None


def test_absolute_lifetime_of_seven_days(account):
    _, token, t0 = account
    t = t0
    while t < t0 + timedelta(days=7) - timedelta(minutes=45):
        t += timedelta(minutes=45)
        assert _resolve(token, t) is not None, t - t0
    assert _resolve(token, t0 + timedelta(days=7)) is None
    assert _resolve(token, t0 + timedelta(days=7, minutes=1)) is None


def test_logout_revokes(account):
    _, token, t0 = account
    with session_scope() as s:
        users.revoke_session(session=s, token=token)
    assert _resolve(token, datetime.now(timezone.utc)) is None


def test_password_change_revokes_every_session(account):
    user_id, token, _ = account
    with session_scope() as s:
        other = users.start_session(session=s, user_id=user_id)
        users.change_password(session=s, user_id=user_id, current_password=PASSWORD,
                              new_password="a-brand-new-passphrase")
    now = datetime.now(timezone.utc)
    assert _resolve(token, now) is None and _resolve(other, now) is None
    with session_scope() as s:
        with pytest.raises(users.InvalidCredentials):
            users.authenticate(session=s, email="token.user@example.com", password=PASSWORD)
        assert users.authenticate(session=s, email="TOKEN.USER@example.com", password="a-brand-new-passphrase")


def test_wrong_current_password_changes_nothing(account):
    user_id, token, _ = account
    with session_scope() as s:
        with pytest.raises(users.AccountError, match="current password is incorrect"):
            users.change_password(session=s, user_id=user_id, current_password="wrong-password-1",
                                  new_password="a-brand-new-passphrase")
    assert _resolve(token, datetime.now(timezone.utc)) is not None


@pytest.mark.parametrize("token", [None, "", "x" * 201, "not-a-token"])
def test_unknown_tokens_resolve_to_nobody(sqlite_engine, token):
    assert _resolve(token, datetime.now(timezone.utc)) is None


def test_login_errors_do_not_reveal_whether_the_email_exists(account):
    with session_scope() as s:
        with pytest.raises(users.InvalidCredentials) as known:
            users.authenticate(session=s, email="token.user@example.com", password="wrong-password-1")
        with pytest.raises(users.InvalidCredentials) as unknown:
            users.authenticate(session=s, email="nobody@example.com", password="wrong-password-1")
        with pytest.raises(users.InvalidCredentials) as malformed:
            users.authenticate(session=s, email="not an email", password="wrong-password-1")
    assert str(known.value) == str(unknown.value) == str(malformed.value) == "Incorrect email or password."


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("", "Enter your email"),
        ("no-at-sign", "not valid"),
        ("a@b@example.com", "not valid"),
        ("<script>@example.com", "not valid"),
        ("x" * 250 + "@example.com", "at most 254"),
        ("robert'); DROP TABLE user;--@example.com", "not valid"),
    ],
)
def test_bad_emails_get_clear_messages_and_store_nothing(sqlite_engine, email, message):
    from sqlmodel import func

    from careercopilot.models import User

    with session_scope() as s:
        with pytest.raises(users.AccountError, match=message):
            users.create_user(session=s, email=email, password="tangerine-bicycle-42")
    with session_scope() as s:
        assert s.exec(select(func.count(User.id))).one() == 0


def test_duplicate_email_refused_case_insensitively(account):
    with session_scope() as s:
        with pytest.raises(users.AccountError, match="already exists"):
            users.create_user(session=s, email="TOKEN.user@example.COM", password="another-long-pass")


def test_unknown_timezone_refused(sqlite_engine):
    with session_scope() as s:
        with pytest.raises(users.AccountError, match="time zone"):
            users.create_user(session=s, email="tz@example.com", password="tangerine-bicycle-42",
                              timezone_name="Mars/Olympus")
