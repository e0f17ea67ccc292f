"""Re-authentication before sensitive account changes (issue 14, attacker run).

A stolen session cookie alone must not be enough to turn two-factor on or off, mint a personal access
token or delete the account. Each of those asks again, in the same request, for a proof that depends on
how the account signs in (:func:`method`):

* ``password`` — the account has a password: the password (argon2 check; ``AUTH_RATE_LIMIT_ACCOUNT``
  attempts per ``AUTH_RATE_WINDOW_SECONDS`` per account, like sign-in).
* ``totp`` — no password (signed up with Google/GitHub) but two-factor on: a current authenticator
  code or an unused recovery code (``services.totp.verify``: single use, rate-limited).
* ``provider`` — no password and no two-factor: a fresh sign-in through the provider — the current
  session must have been opened at most ``REAUTH_FRESH_SECONDS`` (default 600) ago. The page offers
  "sign in again with <provider>" (it opens a new session and comes back).

Every form asks for the proof of :func:`method`; none is stored: there is no "sudo window" beyond the
provider case. Errors are :class:`ReauthError` (``reauth_failed``; the message says what to enter).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import Session

from careercopilot.config import settings
from careercopilot.models import AuthSession, User
from careercopilot.services import ratelimit, totp
from careercopilot.services.passwords import verify_password
from careercopilot.services.users import AccountError

METHODS = ("password", "totp", "provider")
_ASK = {
    "password": "Enter your password to confirm.",
    "totp": "Enter a current code from your authenticator app (or a recovery code) to confirm.",
    "provider": "Sign in again with your provider to confirm (then retry within {minutes} minutes).",
}


class ReauthError(AccountError):
    """The re-authentication proof is missing or wrong (``code`` ``reauth_failed``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "reauth_failed")


def method(*, session: Session, user_id: int) -> str:
    """How ``user_id`` re-authenticates: ``password`` / ``totp`` / ``provider`` (see the module doc)."""
    user = session.get(User, user_id)
    if user is None:
        raise LookupError(f"no user {user_id}")
    if user.password_hash:
        return "password"
    return "totp" if totp.is_enabled(session=session, user_id=user_id) else "provider"


def prompt(kind: str) -> str:
    """What the form asks for the proof of ``kind``."""
    return _ASK[kind].format(minutes=settings.reauth_fresh_seconds // 60)


def _fresh(session: Session, user_id: int, session_id: int | None, now: datetime) -> bool:
    row = session.get(AuthSession, session_id) if session_id else None
    if row is None or row.user_id != user_id or row.revoked_at is not None:
        return False
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=timezone.utc)
    return 0 <= (now - created).total_seconds() <= settings.reauth_fresh_seconds


def confirm(*, session: Session, user_id: int, password: str = "", code: str = "", session_id: int | None = None,
            now: datetime | None = None) -> str:
    """Check the proof of :func:`method` for ``user_id``; returns the method. ``session_id``: the
    caller's login session (the ``provider`` case). Raises ReauthError, or RateLimited (too many tries)."""
    kind = method(session=session, user_id=user_id)
    if kind == "password":
        ratelimit.hit("reauth", str(user_id), limit=settings.auth_rate_limit_account,
                      window_seconds=settings.auth_rate_window_seconds)
        user = session.get(User, user_id)
        ok = bool(password) and verify_password(password, user.password_hash)
    elif kind == "totp":
        try:
            ok = bool(code.strip()) and bool(totp.verify(session=session, user_id=user_id, code=code))
        except totp.TotpError:
            ok = False
    else:
        ok = _fresh(session, user_id, session_id, now or datetime.now(timezone.utc))
    if not ok:
        raise ReauthError(("That is not right. " if kind != "provider" else "") + prompt(kind))
    return kind
