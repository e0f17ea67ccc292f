"""TOTP two-factor on PostgreSQL with the Redis limiter: enrolment and confirmation, the second step of a
password sign-in through the real routes, ±1 step, replay refused (also under concurrency), single-use
recovery codes, rate limiting, disabling, and isolation between users."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone

import pyotp
import pytest
from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models.identity import RecoveryCode, TotpFactor
from careercopilot.services import llm_keys, ratelimit, totp, users
from tests.integration.signin.conftest import PASSWORD, new_email

ORIGIN = {"Origin": "http://localhost:3000"}


def _account(override_settings=None) -> tuple[int, str]:
    email = new_email("totp")
    with session_scope() as s:
        user = users.create_user(session=s, email=email, password=PASSWORD)
        user.email_verified_at = datetime.now(timezone.utc)
        s.add(user)
        s.flush()
        return user.id, email


def _enrol(uid: int) -> tuple[pyotp.TOTP, list[str]]:
    with session_scope() as s:
        enrolment = totp.begin_enrolment(session=s, user_id=uid)
    assert enrolment.uri.startswith("otpauth://totp/Career%20Copilot:") and "issuer=Career%20Copilot" in enrolment.uri
    assert enrolment.qr_svg.lstrip().startswith("<svg") and enrolment.secret in enrolment.uri
    assert 'xmlns="http://www.w3.org/2000/svg"' in enrolment.qr_svg  # drawn as an <img> data: URI only with it
    otp = pyotp.TOTP(enrolment.secret)
    with session_scope() as s:
        codes = totp.confirm_enrolment(session=s, user_id=uid, code=otp.at(time.time(), -1))
    return otp, codes


def _login(client, email: str):
    return client.post("/auth/login", data={"email": email, "password": PASSWORD}, headers=ORIGIN,
                       follow_redirects=False)


def _second_step(client, code: str):
    return client.post("/auth/two-factor", data={"code": code}, headers=ORIGIN, follow_redirects=False)


def test_enrolment_takes_effect_only_after_a_valid_code(oauth_settings):
    uid, _ = _account()
    with session_scope() as s:
        enrolment = totp.begin_enrolment(session=s, user_id=uid)
        assert totp.status(session=s, user_id=uid) == "pending" and not totp.is_enabled(session=s, user_id=uid)
    with session_scope() as s:  # the secret is stored encrypted
        row = s.exec(select(TotpFactor).where(TotpFactor.user_id == uid)).one()
        assert enrolment.secret not in row.secret_enc and llm_keys.decrypt(row.secret_enc) == enrolment.secret
    with pytest.raises(totp.TotpError) as exc, session_scope() as s:
        totp.confirm_enrolment(session=s, user_id=uid, code="000000" if pyotp.TOTP(enrolment.secret).now() != "000000"
                               else "111111")
    assert exc.value.code == "totp_invalid"
    with session_scope() as s:
        codes = totp.confirm_enrolment(session=s, user_id=uid, code=pyotp.TOTP(enrolment.secret).now())
    assert len(codes) == 10 and len(set(codes)) == 10
    with session_scope() as s:
        assert totp.is_enabled(session=s, user_id=uid)
        hashes = s.exec(select(RecoveryCode.code_hash).where(RecoveryCode.user_id == uid)).all()
    assert len(hashes) == 10 and not any(c in h for c in codes for h in hashes)  # only hashes stored
    with pytest.raises(totp.TotpError) as exc, session_scope() as s:
        totp.begin_enrolment(session=s, user_id=uid)
    assert exc.value.code == "totp_already_on"


def test_password_sign_in_needs_the_second_step_and_a_code_is_never_accepted_twice(client):
    uid, email = _account()
    otp, _ = _enrol(uid)
    r = _login(client, email)
    assert r.status_code == 303 and r.headers["location"].endswith("/login?step=two-factor")
    assert settings.session_cookie_name not in r.cookies
    wrong = _second_step(client, "12345x")
    assert wrong.headers["location"].endswith("/login?step=two-factor&error=totp_invalid")
    code = otp.now()
    ok = _second_step(client, code)
    assert ok.headers["location"].endswith("/dashboard")
    with session_scope() as s:
        assert users.resolve_session(session=s, token=ok.cookies.get(settings.session_cookie_name)).user_id == uid
    # the same code in a new sign-in: refused (its step was used)
    _login(client, email)
    replay = _second_step(client, code)
    assert replay.headers["location"].endswith("error=totp_invalid")
    assert settings.session_cookie_name not in replay.cookies


def test_codes_within_one_step_are_accepted_older_ones_and_reused_steps_are_not(oauth_settings):
    uid, _ = _account()
    otp, _ = _enrol(uid)  # confirmed with the previous step's code
    now = time.time() + 120  # 4 steps later: a fresh step range
    with session_scope() as s:
        with pytest.raises(totp.TotpError):  # two steps behind
            totp.verify(session=s, user_id=uid, code=otp.at(now - 60), at=now)
    with session_scope() as s:
        assert totp.verify(session=s, user_id=uid, code=otp.at(now - 30), at=now) == "totp"  # one step behind
    with session_scope() as s:
        assert totp.verify(session=s, user_id=uid, code=otp.at(now + 30), at=now) == "totp"  # one step ahead
    with session_scope() as s:  # the current step is older than the last accepted one: refused
        with pytest.raises(totp.TotpError):
            totp.verify(session=s, user_id=uid, code=otp.at(now), at=now)


def test_one_code_used_concurrently_succeeds_once(oauth_settings):
    uid, _ = _account()
    otp, _ = _enrol(uid)
    now = time.time() + 300
    code = otp.at(now)
    results: list[str] = []
    barrier = threading.Barrier(4)

    def attempt():
        barrier.wait()
        try:
            with session_scope() as s:
                results.append(totp.verify(session=s, user_id=uid, code=code, at=now))
        except totp.TotpError:
            results.append("refused")

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["refused", "refused", "refused", "totp"]


def test_recovery_codes_work_once(client):
    uid, email = _account()
    _, codes = _enrol(uid)
    _login(client, email)
    first = _second_step(client, codes[3].upper().replace("-", " "))  # spacing and case are forgiven
    assert first.headers["location"].endswith("/dashboard")
    with session_scope() as s:
        assert totp.recovery_codes_left(session=s, user_id=uid) == 9
    _login(client, email)
    again = _second_step(client, codes[3])
    assert again.headers["location"].endswith("error=totp_invalid")


def test_second_step_attempts_are_rate_limited(client, override_settings):
    override_settings(totp_rate_limit=3)
    uid, email = _account()
    otp, _ = _enrol(uid)
    _login(client, email)
    for _ in range(3):
        assert _second_step(client, "999999" if otp.now() != "999999" else "888888").headers["location"].endswith(
            "error=totp_invalid")
    limited = _second_step(client, otp.now())  # even the right code waits for the window
    assert "error=rate_limited" in limited.headers["location"]
    assert settings.session_cookie_name not in limited.cookies
    with pytest.raises(ratelimit.RateLimited), session_scope() as s:
        totp.verify(session=s, user_id=uid, code=otp.now())


def test_second_step_without_a_pending_sign_in_is_refused(client):
    r = _second_step(client, "123456")
    assert r.headers["location"].endswith("/login?error=two_factor_expired")
    client.cookies.set(totp.PENDING_COOKIE, "forged.value.here")
    assert _second_step(client, "123456").headers["location"].endswith("error=two_factor_expired")


def test_disable_needs_a_code_or_the_password(oauth_settings):
    uid, _ = _account()
    otp, codes = _enrol(uid)
    with pytest.raises(totp.TotpError) as exc, session_scope() as s:
        totp.disable(session=s, user_id=uid, code="", password="wrong-password-123")
    assert exc.value.code == "totp_disable_refused"
    with session_scope() as s:
        totp.disable(session=s, user_id=uid, password=PASSWORD)
    with session_scope() as s:
        assert totp.status(session=s, user_id=uid) == "off" and totp.recovery_codes_left(session=s, user_id=uid) == 0
    otp, codes = _enrol(uid)
    with session_scope() as s:
        totp.disable(session=s, user_id=uid, code=codes[0])
    with session_scope() as s:
        assert totp.status(session=s, user_id=uid) == "off"


def test_user_b_cannot_see_use_or_remove_user_a_factor(oauth_settings):
    a_uid, _ = _account()
    b_uid, _ = _account()
    otp_a, codes_a = _enrol(a_uid)
    with session_scope() as s:
        assert totp.status(session=s, user_id=b_uid) == "off"
        assert totp.recovery_codes_left(session=s, user_id=b_uid) == 0
    with pytest.raises(totp.TotpError), session_scope() as s:
        totp.verify(session=s, user_id=b_uid, code=codes_a[0])
    with pytest.raises(totp.TotpError), session_scope() as s:
        totp.disable(session=s, user_id=b_uid, code=otp_a.now())
    with session_scope() as s:  # B starting a factor leaves A's alone
        totp.begin_enrolment(session=s, user_id=b_uid)
    with session_scope() as s:
        assert totp.status(session=s, user_id=a_uid) == "on" and totp.recovery_codes_left(session=s, user_id=a_uid) == 10
        assert totp.verify(session=s, user_id=a_uid, code=codes_a[0]) == "recovery"
