"""`python -m careercopilot users promote EMAIL` (cli/users.py) on a migrated SQLite file, and the
"only admin" rule the deletion confirmation warns with (services.account_deletion.is_last_admin)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from careercopilot.cli import app
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import account_deletion, users

PASSWORD = "tangerine-bicycle-42"


@pytest.fixture
def accounts(sqlite_engine, monkeypatch, tmp_path):
    """{email: user id} of a few accounts; the CLI records no app URL of another test run."""
    monkeypatch.setattr(settings, "app_url", settings.app_url)  # the CLI's startup may adopt a recorded one
    monkeypatch.setattr(settings, "data_dir", tmp_path)
    ids = {}
    with session_scope() as s:
        for email, admin in (("owner@example.com", True), ("robin@example.com", False), ("dana@example.com", False)):
            ids[email] = users.create_user(session=s, email=email, password=PASSWORD, is_admin=admin).id
    return ids


def _admins() -> dict[str, bool]:
    with session_scope() as s:
        return {u.email: u.is_admin for u in s.exec(select(User))}


def _promote(email: str):
    return CliRunner().invoke(app, ["users", "promote", email])


def test_promote_makes_an_admin_and_leaves_the_others(accounts):
    result = _promote("Robin@Example.COM")  # the address as typed, folded like at sign-in
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "robin@example.com is now an admin"
    assert "account.admin_promoted" in result.stdout and "by=cli" in result.stdout  # the log line
    assert _admins() == {"owner@example.com": True, "robin@example.com": True, "dana@example.com": False}


@pytest.mark.parametrize("email", ["owner@example.com", "robin@example.com"])
def test_promote_is_idempotent(accounts, email):
    first, second = _promote(email), _promote(email)
    assert first.exit_code == second.exit_code == 0, (first.output, second.output)
    assert second.stdout.strip().splitlines()[-1] == f"{email} is already an admin"
    assert "account.admin_promoted" not in second.stdout
    assert _admins()[email] is True and _admins()["dana@example.com"] is False


@pytest.mark.parametrize("email", ["nobody@example.com", "not-an-address", ""])
def test_an_unknown_address_is_a_clear_error(accounts, email):
    result = _promote(email)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: no account {email}") and "Traceback" not in result.output
    assert _admins() == {"owner@example.com": True, "robin@example.com": False, "dana@example.com": False}


def test_promoting_an_account_waiting_for_deletion_says_so(accounts):
    with session_scope() as s:
        s.get(User, accounts["dana@example.com"]).deletion_requested_at = datetime.now(timezone.utc)
    result = _promote("dana@example.com")
    assert result.exit_code == 0 and "is now an admin" in result.stdout
    assert "asked to delete the account" in result.stderr


def _set(ids, email, *, admin=None, pending=None):
    with session_scope() as s:
        user = s.get(User, ids[email])
        if admin is not None:
            user.is_admin = admin
        if pending is not None:
            user.deletion_requested_at = datetime.now(timezone.utc) if pending else None


@pytest.mark.parametrize("robin_admin,robin_pending,expected", [
    (False, False, {"owner": True, "robin": False}),   # the one admin
    (True, False, {"owner": False, "robin": False}),   # two admins: neither is the last
    (True, True, {"owner": True, "robin": False}),     # the other admin is already leaving
])
def test_is_last_admin(accounts, robin_admin, robin_pending, expected):
    _set(accounts, "robin@example.com", admin=robin_admin, pending=robin_pending)
    with session_scope() as s:
        got = {name: account_deletion.is_last_admin(session=s, user_id=accounts[f"{name}@example.com"])
               for name in expected}
        assert got == expected
        assert account_deletion.is_last_admin(session=s, user_id=accounts["dana@example.com"]) is False
        assert account_deletion.is_last_admin(session=s, user_id=10_000) is False


def test_the_last_admin_can_still_ask_for_deletion(accounts):
    """Allowed with the warning (README "Your data"): the admin can be recreated with `users promote`."""
    with session_scope() as s:
        account_deletion.request_deletion(session=s, user_id=accounts["owner@example.com"], password=PASSWORD)
    assert _promote("robin@example.com").exit_code == 0
    with session_scope() as s:
        assert account_deletion.is_last_admin(session=s, user_id=accounts["robin@example.com"]) is True


@pytest.mark.parametrize("admin", [True, False], ids=["admin", "plain"])
def test_create_user_admin_is_verified(accounts, admin):
    """ops15, finding 7: the first admin, made with `create-user --admin` on a PostgreSQL install
    (e-mail verification on) before mail works, could not sign in. An operator-made admin is
    verified; a plain account still proves its mailbox."""
    args = ["create-user", "new@example.com", "--password", PASSWORD] + (["--admin"] if admin else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    with session_scope() as s:
        user = s.exec(select(User).where(User.email == "new@example.com")).one()
        assert user.is_admin is admin
        assert (user.email_verified_at is not None) is admin
