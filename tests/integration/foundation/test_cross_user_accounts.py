"""Cross-user isolation on PostgreSQL: B's session never resolves to A; B cannot read A's profile."""

from __future__ import annotations

import secrets

import pytest

from careercopilot.db import session_scope
from careercopilot.services import background, users


@pytest.fixture
def two_users(use_pg):
    tag = secrets.token_hex(4)
    with session_scope() as s:
        a = users.create_user(session=s, email=f"alice-{tag}@example.com", password="correct horse battery A")
        b = users.create_user(session=s, email=f"bob-{tag}@example.com", password="correct horse battery B")
        ta = users.start_session(session=s, user_id=a.id)
        tb = users.start_session(session=s, user_id=b.id)
        return (a.id, a.email, ta), (b.id, b.email, tb)


def test_session_tokens_resolve_to_their_own_user(two_users):
    (a_id, a_email, ta), (b_id, b_email, tb) = two_users
    with session_scope() as s:
        who_a = users.resolve_session(session=s, token=ta)
        who_b = users.resolve_session(session=s, token=tb)
    assert (who_a.user_id, who_a.email) == (a_id, a_email)
    assert (who_b.user_id, who_b.email) == (b_id, b_email)
    assert ta != tb


def test_revoking_b_does_not_touch_a(two_users):
    (a_id, _, ta), (b_id, _, tb) = two_users
    with session_scope() as s:
        users.revoke_session(session=s, token=tb)
    with session_scope() as s:
        assert users.resolve_session(session=s, token=tb) is None
        assert users.resolve_session(session=s, token=ta).user_id == a_id


def test_b_password_change_keeps_a_signed_in(two_users):
    (a_id, _, ta), (b_id, _, tb) = two_users
    with session_scope() as s:
        users.change_password(session=s, user_id=b_id, current_password="correct horse battery B",
                              new_password="another long secret B")
    with session_scope() as s:
        assert users.resolve_session(session=s, token=tb) is None
        assert users.resolve_session(session=s, token=ta).user_id == a_id


def test_b_reads_only_own_profile(two_users):
    """Services take the user id from the session, never from input: B's id yields B's row."""
    (a_id, a_email, _), (b_id, b_email, tb) = two_users
    with session_scope() as s:
        who = users.resolve_session(session=s, token=tb)
        profile = users.get_profile(session=s, user_id=who.user_id)
        assert profile.email == b_email != a_email
        users.update_profile(session=s, user_id=who.user_id, display_name="Bob", timezone_name="Europe/Berlin")
    with session_scope() as s:
        assert users.get_profile(session=s, user_id=a_id).display_name is None


def test_b_cannot_read_a_job_status(two_users):
    (a_id, _, _), (b_id, _, _) = two_users
    handle = background.enqueue("jobs.maintenance.purge_expired_sessions", user_id=a_id)
    background.wait_inline_jobs()
    assert background.job_status(handle.id, user_id=a_id) is not None
    assert background.job_status(handle.id, user_id=b_id) is None


def test_token_of_a_cannot_be_derived_from_the_stored_hash(two_users):
    """Only SHA-256 digests are stored: the raw token never appears in the table."""
    from sqlmodel import select

    from careercopilot.models import AuthSession

    (a_id, _, ta), _ = two_users
    with session_scope() as s:
        rows = s.exec(select(AuthSession).where(AuthSession.user_id == a_id)).all()
    assert rows and all(r.token_hash != ta and len(r.token_hash) == 64 for r in rows)
    assert users.hash_token(ta) in {r.token_hash for r in rows}
