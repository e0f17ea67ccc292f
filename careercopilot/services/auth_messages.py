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
    "email_mixed_script": ("That email address mixes letters of different alphabets (for example a Cyrillic “а” "
                           "among Latin letters). Type it with one keyboard layout."),
    "email_taken": "An account with this email already exists. Log in instead.",
    "bad_credentials": "Incorrect email or password.",
    "current_password_wrong": "Your current password is incorrect.",
    # re-authentication (services/reauth.py, services/account_deletion.py)
    "reauth_failed": "Confirm it is you: enter your password, a two-factor code, or sign in again with your provider.",
    "delete_email_mismatch": "Type your account's email address to confirm.",
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
    "password_has_email_name": "Your password must not contain the name of your email address (the part before the @).",
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
    # provider sign-in (services/oauth.py, services/identities.py)
    "oauth_cancelled": "Sign-in was cancelled. You can try again or log in with your email and password.",
    "oauth_failed": "Sign-in with that provider did not work. Try again in a moment.",
    "oauth_state": "That sign-in link has expired or was already used. Start again.",
    "oauth_unavailable": "Sign-in with that provider is not set up on this site.",
    "oauth_email_unverified": "The provider did not confirm an email address for your account "
                              "(GitHub: set a verified primary address). Sign-in refused.",
    "oauth_email_lookalike": "The provider's address uses look-alike characters (for example full-width "
                             "letters), so it is not taken for a plain address. Sign-in refused: log in with "
                             "your email and password and link the provider from Settings.",
    "oauth_link_unverified": "An account with that address exists but its address is not confirmed. "
                             "Log in with your password and link the provider from Settings, "
                             "or use “Forgot password?” to confirm the address.",
    "oauth_reauth_stale": "The provider did not ask you to sign in again (it reused an earlier sign-in). "
                          "Sign out at the provider, then use “Sign in again” once more.",
    "reauth_other_account": "That provider account is not the one linked to your account. Sign in again "
                            "with the account you linked.",
    "identity_taken": "That provider account is already linked to another account.",
    "identity_exists": "Your account is already linked to another account at that provider; unlink it first.",
    "identity_last": "This is your only way to sign in. Link another provider first.",
    "identity_not_found": "That linked account was not found.",
    # two-factor (services/totp.py)
    "totp_invalid": "That code is not valid. Enter the current code from your app or an unused recovery code.",
    "totp_not_started": "Two-factor sign-in is not set up.",
    "totp_already_on": "Two-factor sign-in is already on.",
    "totp_disable_refused": "Enter a current code, a recovery code or your password to turn two-factor off.",
    "two_factor_expired": "The sign-in took too long. Log in again.",
    # notices
    "identity_linked": "Linked. You can now sign in with that provider.",
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

#: Notices that say "check your email", as worded when the instance sends no email (SMTP_HOST
#: unset: ``settings.smtp_configured`` false) and the message goes to the account's Outbox
#: instead (stranger10 finding 11). Neutral like the emailed wording: they never say whether an
#: account uses the address.
OUTBOX_MESSAGES = {
    "check_email": "This instance sends no email: if an account uses that address, the message to continue is "
                   "in its Outbox (open the Outbox where you are signed in), or ask whoever runs the server to "
                   "print it with “python -m careercopilot show-outbox --to {address}”.",
    "reset_requested": "This instance sends no email: if an account uses that address, the link to reset the "
                       "password (valid 30 minutes) is in its Outbox — open the Outbox where you are still signed "
                       "in, or ask whoever runs the server to print it with "
                       "“python -m careercopilot show-outbox --to {address}”.",
}

#: Longest wait shown for ``rate_limited`` (a day); larger or non-numeric values show "a while".
MAX_RETRY_SECONDS = 86_400


def code_of(exc: BaseException) -> str:
    """The message code an exception carries (``.code``), or ``account_error``."""
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) and code in MESSAGES else "account_error"


#: Longest address put into the operator's command (``users.MAX_EMAIL_LENGTH``).
MAX_ADDRESS_LENGTH = 254


def _command_address(address: str | None) -> str:
    """The typed address for the ``show-outbox --to`` command, or ``<address>`` when there is
    none or it holds anything but the characters of an address (no quotes, spaces or shell
    metacharacters reach a command the operator copies)."""
    import re

    address = (address or "").strip()
    if 0 < len(address) <= MAX_ADDRESS_LENGTH and re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+", address):
        return address
    return "<address>"


def text(code: str | None, *, retry: str | None = None, address: str | None = None) -> str:
    """The sentence for ``code`` ("" for a missing or unknown code — never the code itself);
    "check your email" notices say where the message is without SMTP (:data:`OUTBOX_MESSAGES`).

    ``retry``: seconds for ``rate_limited``, digits only, at most :data:`MAX_RETRY_SECONDS`.
    ``address``: the address the user typed, named in the operator's ``show-outbox --to``
    command of the no-SMTP wording (``<address>`` when missing or odd)."""
    message = MESSAGES.get(code or "")
    if message is None:
        return ""
    if code in OUTBOX_MESSAGES:
        from careercopilot.config import settings

        if not settings.smtp_configured:
            return OUTBOX_MESSAGES[code].format(address=_command_address(address))
    if "{days}" in message:
        from careercopilot.config import settings

        return message.format(days=settings.deletion_grace_days)
    if "{retry}" in message:
        seconds = retry if retry and retry.isascii() and retry.isdigit() and int(retry) <= MAX_RETRY_SECONDS else None
        return message.format(retry=seconds) if seconds else "Too many attempts. Try again in a few minutes."
    return message
