"""Accounts: sign-up, authentication, login sessions and profile.

Session tokens are opaque (``secrets.token_urlsafe(32)``), stored only as SHA-256
hex digests, expire after ``settings.session_idle_seconds`` of inactivity (sliding)
and ``settings.session_absolute_seconds`` after creation, and are revoked on logout
and password change. Tokens are handed to the browser only as an HttpOnly cookie
set by the backend routes in :mod:`careercopilot.api`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

from email_validator import EmailNotValidError, validate_email
from sqlmodel import Session, select

from careercopilot.config import settings
from careercopilot.models import AuthSession, User
from careercopilot.services.passwords import (
    check_password_policy,
    hash_password,
    verify_password,
)

#: Maximum email length (RFC 5321 path limit).
MAX_EMAIL_LENGTH = 254
#: A session's last-seen time is written at most this often, seconds.
TOUCH_INTERVAL_SECONDS = 60


class AccountError(ValueError):
    """A user-facing account error (invalid email, taken address, bad password…)."""


class InvalidCredentials(AccountError):
    """Login failed; deliberately does not say whether the email exists."""

    def __init__(self) -> None:
        super().__init__("Incorrect email or password.")


@dataclass(frozen=True)
class SessionUser:
    """The user behind a valid session token."""

    user_id: int
    email: str
    is_admin: bool
    timezone: str
    session_id: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


def hash_token(token: str) -> str:
    """SHA-256 hex digest of a session token (what the database stores)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalize_email(email: str) -> str:
    """Validate syntax (email-validator, no DNS) and return the case-folded address.

    Raises AccountError with a user-facing message.
    """
    email = (email or "").strip()
    if not email:
        raise AccountError("Enter your email address.")
    if len(email) > MAX_EMAIL_LENGTH:
        raise AccountError(f"Email addresses have at most {MAX_EMAIL_LENGTH} characters.")
    try:
        info = validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise AccountError(f"That email address is not valid: {exc}") from None
    return info.normalized.lower()


def create_user(
    *, session: Session, email: str, password: str, is_admin: bool = False, timezone_name: str | None = None,
    first_is_admin: bool = False,
) -> User:
    """Create an account. Raises AccountError (invalid/taken email) or PasswordPolicyError.

    ``first_is_admin``: make the account an admin when the instance has no account yet
    (sign-up on a personal install, ``settings.first_account_is_admin``)."""
    email_n = normalize_email(email)
    check_password_policy(password, email=email_n)
    if session.exec(select(User).where(User.email == email_n)).first():
        raise AccountError("An account with this email already exists. Log in instead.")
    if first_is_admin and not is_admin:
        is_admin = session.exec(select(User.id).limit(1)).first() is None
    user = User(
        email=email_n,
        password_hash=hash_password(password),
        is_admin=is_admin,
        timezone=validate_timezone(timezone_name or settings.default_timezone),
    )
    session.add(user)
    session.flush()
    return user


def authenticate(*, session: Session, email: str, password: str) -> User:
    """Return the user for valid credentials; raise InvalidCredentials otherwise."""
    try:
        email_n = normalize_email(email)
    except AccountError:
        verify_password(password, None)
        raise InvalidCredentials() from None
    user = session.exec(select(User).where(User.email == email_n)).first()
    if not verify_password(password, user.password_hash if user else None) or user is None:
        raise InvalidCredentials()
    return user


def start_session(*, session: Session, user_id: int, ip: str | None = None, user_agent: str | None = None) -> str:
    """Create a login session and return its opaque token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    session.add(
        AuthSession(
            user_id=user_id,
            token_hash=hash_token(token),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(seconds=settings.session_absolute_seconds),
            ip=(ip or "")[:64] or None,
            user_agent=(user_agent or "")[:255] or None,
        )
    )
    session.flush()
    return token


def resolve_session(*, session: Session, token: str | None, now: datetime | None = None) -> SessionUser | None:
    """The user of a live session token, or None (unknown, revoked, idle or expired).

    Slides the idle window forward (writes at most every TOUCH_INTERVAL_SECONDS).
    """
    if not token or len(token) > 200:
        return None
    now = now or _now()
    row = session.exec(select(AuthSession).where(AuthSession.token_hash == hash_token(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    if now >= row.expires_at or now - row.last_seen_at > timedelta(seconds=settings.session_idle_seconds):
        return None
    user = session.get(User, row.user_id)
    if user is None:
        return None
    if (now - row.last_seen_at).total_seconds() >= TOUCH_INTERVAL_SECONDS:
        row.last_seen_at = now
        session.add(row)
        session.flush()
    return SessionUser(user.id, user.email, user.is_admin, user.timezone, row.id)


def revoke_session(*, session: Session, token: str | None) -> None:
    """Revoke one session token (logout); unknown tokens are ignored."""
    if not token:
        return
    row = session.exec(select(AuthSession).where(AuthSession.token_hash == hash_token(token))).first()
    if row and row.revoked_at is None:
        row.revoked_at = _now()
        session.add(row)


def revoke_all_sessions(*, session: Session, user_id: int) -> int:
    """Revoke every live session of a user; returns how many were revoked."""
    rows = session.exec(
        select(AuthSession).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
    ).all()
    now = _now()
    for row in rows:
        row.revoked_at = now
        session.add(row)
    return len(rows)


def change_password(*, session: Session, user_id: int, current_password: str, new_password: str) -> None:
    """Change a password after re-checking the current one; revokes all sessions.

    Raises InvalidCredentials (wrong current password) or PasswordPolicyError.
    """
    user = session.get(User, user_id)
    if user is None or not verify_password(current_password, user.password_hash):
        raise AccountError("Your current password is incorrect.")
    check_password_policy(new_password, email=user.email)
    if verify_password(new_password, user.password_hash):
        raise AccountError("Choose a password different from your current one.")
    user.password_hash = hash_password(new_password)
    user.password_changed_at = _now()
    session.add(user)
    revoke_all_sessions(session=session, user_id=user_id)


def validate_timezone(name: str) -> str:
    """Return ``name`` if it is an IANA time zone; raise AccountError otherwise."""
    if name not in available_timezones():
        raise AccountError(f"Unknown time zone {name!r}; use an IANA name like Europe/Berlin.")
    ZoneInfo(name)
    return name


def get_profile(*, session: Session, user_id: int) -> User:
    """The user's own profile row; raises LookupError when it does not exist."""
    user = session.get(User, user_id)
    if user is None:
        raise LookupError("user not found")
    return user


def update_profile(*, session: Session, user_id: int, display_name: str | None, timezone_name: str) -> User:
    """Update display name (≤120 chars) and time zone; raises AccountError on bad input."""
    user = get_profile(session=session, user_id=user_id)
    name = (display_name or "").strip()
    if len(name) > 120:
        raise AccountError("Display names have at most 120 characters.")
    user.display_name = name or None
    user.timezone = validate_timezone(timezone_name)
    session.add(user)
    return user


def mark_visit(*, session: Session, user_id: int) -> datetime | None:
    """Record a dashboard visit; returns the previous visit time (UTC) or None."""
    user = get_profile(session=session, user_id=user_id)
    previous = user.last_visit_at
    user.last_visit_at = _now()
    session.add(user)
    return previous
