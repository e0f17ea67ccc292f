"""`python -m careercopilot users reset-2fa EMAIL` as a real subprocess on PostgreSQL: the lost factor and
its recovery codes are gone, the account is signed out everywhere (sessions and first-party refresh-token
families), another account is untouched, and the reset is written to the log (``account.two_factor_reset``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pyotp
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import OAuthRefreshToken
from careercopilot.models.identity import RecoveryCode
from careercopilot.services import first_party, totp, users

ROOT = Path(__file__).resolve().parents[3]


def _enrolled_account() -> tuple[int, str, str]:
    email = f"lost-{uuid.uuid4().hex[:8]}@example.com"
    with session_scope() as s:
        uid = users.create_user(session=s, email=email, password="a-Long-enough-passphrase-41").id
        enrolment = totp.begin_enrolment(session=s, user_id=uid)
    with session_scope() as s:
        totp.confirm_enrolment(session=s, user_id=uid, code=pyotp.TOTP(enrolment.secret).at(time.time(), -1))
    with session_scope() as s:
        session_token = users.start_session(session=s, user_id=uid, ip="127.0.0.1", user_agent="pytest")
        # a refresh-token family (as after the clipper's sign-in), made after the factor was turned on
        s.add(OAuthRefreshToken(user_id=uid, client_id="clipper", family_id=uuid.uuid4().hex,
                                token_hash=uuid.uuid4().hex, scopes=["postings:read"],
                                expires_at=datetime(2100, 1, 1, tzinfo=timezone.utc)))
    return uid, email, session_token


def _cli(pg_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": pg_url, "DATA_DIR": str(tmp_path), "APP_ENV": "test"}
    env.pop("REDIS_URL", None)
    return subprocess.run([sys.executable, "-m", "careercopilot", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_reset_2fa_removes_the_factor_signs_out_and_is_logged(use_pg, pg_url, tmp_path):
    uid, email, session_token = _enrolled_account()
    other_uid, _, other_session = _enrolled_account()
    result = _cli(pg_url, tmp_path, "users", "reset-2fa", email.upper(), "--yes")
    assert result.returncode == 0, result.stderr
    assert f"two-factor removed for {email}" in result.stdout
    log = result.stdout + result.stderr
    assert "account.two_factor_reset" in log and f"user_id={uid}" in log and "by=cli" in log
    with session_scope() as s:
        assert totp.status(session=s, user_id=uid) == "off"
        assert not s.exec(select(RecoveryCode).where(RecoveryCode.user_id == uid)).all()
        assert users.resolve_session(session=s, token=session_token) is None
        rows = s.exec(select(OAuthRefreshToken).where(OAuthRefreshToken.user_id == uid)).all()
        assert rows and all(r.revoked_at is not None for r in rows)
        assert not first_party.family_active(session=s, family_id=rows[0].family_id, user_id=uid)
        # the other account keeps everything
        assert totp.status(session=s, user_id=other_uid) == "on"
        assert users.resolve_session(session=s, token=other_session) is not None
        assert all(r.revoked_at is None for r in
                   s.exec(select(OAuthRefreshToken).where(OAuthRefreshToken.user_id == other_uid)))
    again = _cli(pg_url, tmp_path, "users", "reset-2fa", email, "--yes")
    assert again.returncode == 0 and "was not set up" in again.stdout
    missing = _cli(pg_url, tmp_path, "users", "reset-2fa", "nobody@example.com", "--yes")
    assert missing.returncode == 2 and "no account" in missing.stderr
