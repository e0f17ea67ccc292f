"""Issue 9, finding 7: the login/sign-up/settings pages show messages by code, never text from the URL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careercopilot.services import auth_messages
from careercopilot.services.passwords import PasswordPolicyError, check_password_policy
from careercopilot.services.users import AccountError, InvalidCredentials, normalize_email

ROOT = Path(__file__).resolve().parents[3]

CRAFTED = [
    "Your account is locked. Call +1 555 0100 to unlock it.",
    "<script>alert(1)</script>",
    "Incorrect email or password.",  # even a real sentence is not a code
    "email_taken ",
    "EMAIL_TAKEN",
    "__class__",
    "rate_limited{retry}",
    "",
    None,
]


@pytest.mark.parametrize("value", CRAFTED)
def test_free_text_in_the_url_shows_nothing(value):
    assert auth_messages.text(value) == ""


@pytest.mark.parametrize(("retry", "shown"), [
    ("120", "Try again in 120 seconds."), ("86400", "Try again in 86400 seconds."),
    ("86401", "Try again in a few minutes."), ("12 seconds. Call us", "Try again in a few minutes."),
    ("١٢", "Try again in a few minutes."), (None, "Try again in a few minutes."), ("-5", "Try again in a few minutes."),
])
def test_rate_limit_message_takes_only_a_bounded_number(retry, shown):
    assert auth_messages.text("rate_limited", retry=retry).endswith(shown)


def test_every_code_the_code_raises_or_redirects_with_is_in_the_table():
    used = set()
    for path in (ROOT / "careercopilot").rglob("*.py"):
        if {"apiv1", "mcp"} & set(path.relative_to(ROOT).parts):
            continue  # /api/v1 and /mcp speak RFC 6750 (WWW-Authenticate error="invalid_token"), not page codes
        src = path.read_text()
        used |= set(re.findall(r'(?:AccountError|PasswordPolicyError)\([^)]*?"([a-z_]+)",?\s*\)', src, re.S))
        used |= set(re.findall(r'(?:error|notice)="([a-z_]+)"', src))
        used |= set(re.findall(r'OAuthError\("([a-z_]+)"', src))  # provider sign-in (services/oauth.py)
        used |= set(re.findall(r'TotpError\([^)]*?"([a-z_]+)"\)', src, re.S))  # two-factor (services/totp.py)
    assert {"email_taken", "passwords_differ", "logged_out", "password_weak", "session_expired"} <= used
    assert {"oauth_state", "oauth_link_unverified", "totp_invalid", "totp_disable_refused"} <= used
    assert used - set(auth_messages.MESSAGES) == set()


@pytest.mark.parametrize(("call", "code"), [
    (lambda: normalize_email(""), "email_missing"),
    (lambda: normalize_email("not-an-email"), "email_invalid"),
    (lambda: normalize_email("a" * 300 + "@example.com"), "email_too_long"),
    (lambda: check_password_policy("short"), "password_too_short"),
    (lambda: check_password_policy("password123"), "password_common"),
    (lambda: check_password_policy("Password1!"), "password_weak"),
    (lambda: check_password_policy("alice.smith@example.com", email="alice.smith@example.com"), "password_is_email"),
    (lambda: check_password_policy("Nurse-pass-2026", email="nurse@example.com"), "password_has_email_name"),
])
def test_exceptions_carry_their_code(call, code):
    with pytest.raises((AccountError, PasswordPolicyError)) as info:
        call()
    assert auth_messages.code_of(info.value) == code
    assert auth_messages.text(code)


def test_static_messages_match_the_exception_text():
    assert str(InvalidCredentials()) == auth_messages.text("bad_credentials")
    with pytest.raises(PasswordPolicyError) as info:
        check_password_policy("short")
    assert str(info.value) == auth_messages.text("password_too_short")


@pytest.mark.parametrize("code", sorted(auth_messages.OUTBOX_MESSAGES))
@pytest.mark.parametrize("smtp_host", ["", "smtp.example.org"])
def test_check_your_email_notices_say_where_the_message_is(monkeypatch, code, smtp_host):
    """stranger10 finding 11: without SMTP the login page said "Check your email" after a reset
    request, although the link was in the Outbox. Both wordings stay neutral about the account."""
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "smtp_host", smtp_host)
    shown = auth_messages.text(code)
    if smtp_host:
        assert shown == auth_messages.MESSAGES[code] and "Check your email" in shown
    else:
        assert "Outbox" in shown and "show-outbox" in shown and "Check your email" not in shown
        assert "if an account uses that address" in shown



@pytest.mark.parametrize(("address", "shown"), [
    ("ana@example.org", "python -m careercopilot show-outbox --to ana@example.org"),
    ("  Ana.B+jobs@Example.org ", "show-outbox --to Ana.B+jobs@Example.org"),
    (None, "show-outbox --to <address>"),
    ("", "show-outbox --to <address>"),
    ("ana@example.org; rm -rf /", "show-outbox --to <address>"),  # nothing but an address reaches the command
    ("$(reboot)@x.org", "show-outbox --to <address>"),
    ("a" * 250 + "@x.org", "show-outbox --to <address>"),
])
def test_no_smtp_notice_names_the_operators_command(monkeypatch, address, shown):
    """Issue 10 trial finding: a signed-out user is told exactly what the admin runs."""
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "smtp_host", "")
    assert shown in auth_messages.text("reset_requested", address=address)
