"""Personal access tokens (services/api_tokens.py) on SQLite: hashed at rest, shown once,
scoped, expiring, revocable, last use written at most once per throttle window."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import ApiToken
from careercopilot.services import api_tokens, users


@pytest.fixture
def user_id(sqlite_engine):
    with session_scope() as s:
        return users.create_user(session=s, email="tokens@example.org", password="correct horse battery 42").id


_names = itertools.count(1)


def _create(uid, **kw):
    """A token with a name not used before (one active token per name: test_create_table)."""
    args = {"name": f"script {next(_names)}", "scopes": ["postings:read"], "expires_in_days": 30, **kw}
    with session_scope() as s:
        row, secret = api_tokens.create_token(session=s, user_id=uid, **args)
        return row, secret


def test_secret_is_prefixed_high_entropy_and_only_its_hash_is_stored(user_id, sqlite_engine):
    row, secret = _create(user_id)
    assert secret.startswith("cc_pat_") and len(secret) == len("cc_pat_") + 43
    assert row.prefix == secret[:11] and row.token_hash == api_tokens.hash_secret(secret)
    with sqlite_engine.connect() as conn:
        dump = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM apitoken"))
    assert secret not in dump and secret[11:] not in dump
    assert _create(user_id)[1] != secret


def test_authenticate_gives_user_and_scopes_and_refuses_others(user_id):
    row, secret = _create(user_id, scopes="applications:write, analytics:read")
    with session_scope() as s:
        who = api_tokens.authenticate(session=s, secret=secret)
        assert who.user_id == user_id and who.token_id == row.id
        assert who.allows("applications", "read") and who.allows("applications", "write")  # write implies read
        assert who.allows("analytics", "read") and not who.allows("postings", "read")
        assert not who.allows("analytics", "write")
        for bad in (None, "", secret + "x", secret[:-1], "cc_pat_" + "A" * 43, secret.replace("cc_pat_", "xx_pat_")):
            assert api_tokens.authenticate(session=s, secret=bad) is None


def test_expired_and_revoked_tokens_authenticate_nothing(user_id):
    row, secret = _create(user_id, expires_in_days=1)
    with session_scope() as s:
        later = datetime.now(timezone.utc) + timedelta(days=1, seconds=1)
        assert api_tokens.authenticate(session=s, secret=secret, now=later) is None
        assert api_tokens.status(s.get(ApiToken, row.id), later) == "expired"
    with session_scope() as s:
        api_tokens.revoke_token(session=s, user_id=user_id, token_id=row.id)
        api_tokens.revoke_token(session=s, user_id=user_id, token_id=row.id)  # idempotent
    with session_scope() as s:
        assert api_tokens.authenticate(session=s, secret=secret) is None
        assert api_tokens.status(s.get(ApiToken, row.id)) == "revoked"


def test_revoke_of_another_users_token_is_not_found(user_id):
    row, _ = _create(user_id)
    with session_scope() as s:
        other = users.create_user(session=s, email="other@example.org", password="correct horse battery 43").id
    with session_scope() as s, pytest.raises(LookupError):
        api_tokens.revoke_token(session=s, user_id=other, token_id=row.id)
    with session_scope() as s:
        assert api_tokens.list_tokens(session=s, user_id=other) == []


@pytest.mark.parametrize("kw, message", [
    ({"name": "  "}, "name"), ({"name": "x" * 101}, "at most"), ({"scopes": []}, "at least one"),
    ({"scopes": ["postings:admin"]}, "Unknown scope"), ({"scopes": ["analytics:write"]}, "Unknown scope"),
    ({"expires_in_days": 0}, "expire"), ({"expires_in_days": 10_000}, "expire"), ({"expires_in_days": "soon"}, "days"),
])
def test_invalid_input_is_refused(user_id, kw, message):
    with pytest.raises(api_tokens.TokenError, match=message):
        _create(user_id, **kw)


def test_active_tokens_per_user_are_capped(user_id, monkeypatch):
    monkeypatch.setattr(settings, "api_tokens_per_user", 2)
    first, _ = _create(user_id)
    _create(user_id)
    with pytest.raises(api_tokens.TokenError, match="revoke one"):
        _create(user_id)
    with session_scope() as s:
        api_tokens.revoke_token(session=s, user_id=user_id, token_id=first.id)
    _create(user_id)  # a revoked token frees its place


def test_last_used_is_written_once_per_throttle_window(user_id, monkeypatch):
    monkeypatch.setattr(settings, "api_token_touch_seconds", 60)
    row, secret = _create(user_id)
    t0 = datetime(2030, 1, 1, tzinfo=timezone.utc)
    row_expiry = t0 + timedelta(days=1)
    with session_scope() as s:
        s.get(ApiToken, row.id).expires_at = row_expiry

    def used_at(now):
        with session_scope() as s:
            assert api_tokens.authenticate(session=s, secret=secret, now=now) is not None
        with session_scope() as s:
            return s.exec(select(ApiToken.last_used_at).where(ApiToken.id == row.id)).one()

    assert used_at(t0) == t0
    assert used_at(t0 + timedelta(seconds=59)) == t0          # within the window: not written
    assert used_at(t0 + timedelta(seconds=61)) == t0 + timedelta(seconds=61)


def test_scope_strings_and_listing_order(user_id):
    assert "analytics:write" not in api_tokens.SCOPES and "applications:write" in api_tokens.SCOPES
    assert api_tokens.clean_scopes("applications:write postings:read,postings:read") == [
        "postings:read", "applications:write"]
    a, _ = _create(user_id, name="first")
    b, _ = _create(user_id, name="second")
    with session_scope() as s:
        assert [t.id for t in api_tokens.list_tokens(session=s, user_id=user_id)][:2] in ([b.id, a.id], [a.id, b.id])
