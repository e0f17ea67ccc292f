"""The messages the login, sign-up and settings pages show after a form post, by code.

The backend redirects with ``?error=<code>`` / ``?notice=<code>`` (and ``retry=<seconds>`` for
``rate_limited``); the pages show :func:`text` of the code. A code not in the table shows
nothing, so a crafted link (``/login?error=Your+account+is+locked,+call+…``) can no longer put
words on the page (issue 9, finding 7). Exceptions carry their code in ``.code``
(:class:`careercopilot.services.users.AccountError`, :class:`~careercopilot.services.passwords.PasswordPolicyError`).
"""

from __future__ import annotations

from careercopilot.services.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH

#: code → the sentence shown. Codes are short ASCII identifiers (they travel in URLs).
MESSAGES: dict[str, str] = {
    # accounts (services/users.py)
    "email_missing": "Enter your email address.",
    "email_too_long": "Email addresses have at most 254 characters.",
    "email_invalid": "That email address is not valid.",
    "email_taken": "An account with this email already exists. Log in instead.",
    "bad_credentials": "Incorrect email or password.",
    "current_password_wrong": "Your current password is incorrect.",
    "password_unchanged": "Choose a password different from your current one.",
    "passwords_differ": "The two passwords do not match.",
    "new_passwords_differ": "The two new passwords do not match.",
    "timezone_unknown": "Unknown time zone; use an IANA name like Europe/Berlin.",
    "session_expired": "Your session has expired. Log in again.",
    "account_error": "That did not work; check what you entered.",
    # password policy (services/passwords.py)
    "password_too_short": f"Use at least {MIN_PASSWORD_LENGTH} characters.",
    "password_too_long": f"Use at most {MAX_PASSWORD_LENGTH} characters.",
    "password_is_email": "Your password must not be your email address.",
    "password_common": "That password is too common; choose another.",
    "password_weak": "That password is too easy to guess; use a few unrelated words or a longer mix of characters.",
    # limits (services/ratelimit.py); "{retry}" is filled from the integer ``retry`` parameter
    "rate_limited": "Too many attempts. Try again in {retry} seconds.",
    # email flows (services/account_mail.py, api_mail.py)
    "email_unverified": "Confirm your email address first: we sent you a link.",
    "reset_invalid": "That reset link is not valid or was already used. Ask for a new one.",
    "reset_expired": "That reset link has expired (links work for 30 minutes). Ask for a new one.",
    "verify_invalid": "That confirmation link is not valid.",
    "verify_expired": "That confirmation link has expired. Log in to get a new one.",
    # notices
    "logged_out": "You are logged out.",
    "check_email": "Check your email: we sent you a message to continue.",
    "reset_requested": "If an account uses that address, we sent it a link to reset the password "
                       "(valid 30 minutes). Check your email.",
    "password_reset": "Password changed. Log in with your new password; every other session was logged out.",
    "email_verified": "Email address confirmed. You can log in.",
    "password_changed": "Password changed. Other sessions were logged out.",
    "deletion_scheduled": "Your account will be deleted in {days} days. Sign in before then to keep it.",
    "deletion_cancelled": "Welcome back — your account is no longer scheduled for deletion.",
}

#: Longest wait shown for ``rate_limited`` (a day); larger or non-numeric values show "a while".
MAX_RETRY_SECONDS = 86_400


def code_of(exc: BaseException) -> str:
    """The message code an exception carries (``.code``), or ``account_error``."""
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) and code in MESSAGES else "account_error"


def text(code: str | None, *, retry: str | None = None) -> str:
    """The sentence for ``code`` ("" for a missing or unknown code — never the code itself).

    ``retry``: seconds for ``rate_limited``, digits only, at most :data:`MAX_RETRY_SECONDS`."""
    message = MESSAGES.get(code or "")
    if message is None:
        return ""
    if "{days}" in message:
        from careercopilot.config import settings

        return message.format(days=settings.deletion_grace_days)
    if "{retry}" in message:
        seconds = retry if retry and retry.isascii() and retry.isdigit() and int(retry) <= MAX_RETRY_SECONDS else None
        return message.format(retry=seconds) if seconds else "Too many attempts. Try again in a few minutes."
    return message
