"""Accounts: sign-up, authentication, login sessions and profile.

Session tokens are opaque (``secrets.token_urlsafe(32)``), stored only as SHA-256
hex digests, expire after ``settings.session_idle_seconds`` of inactivity (sliding)
and ``settings.session_absolute_seconds`` after creation, and are revoked on logout
and password change; a session of an account scheduled for deletion resolves to nobody. Tokens are handed to the browser only as an HttpOnly cookie
set by the backend routes in :mod:`careercopilot.api`.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from careercopilot.bidi import strip_invisible
from careercopilot.config import settings
from careercopilot.db import savepoint
from careercopilot.models import AuthSession, User
from careercopilot.services import touches
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
    """A user-facing account error (invalid email, taken address, bad password…).

    ``str(error)`` is the sentence; ``code`` its key in :mod:`careercopilot.services.auth_messages`
    (what the pages show after a redirect)."""

    def __init__(self, message: str, code: str = "account_error") -> None:
        super().__init__(message)
        self.code = code


class InvalidCredentials(AccountError):
    """Login failed; deliberately does not say whether the email exists."""

    def __init__(self) -> None:
        super().__init__("Incorrect email or password.", "bad_credentials")


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


#: Full stops that IDNA (UTS #46 §2.3, RFC 3490 §3.1) treats as label separators: ideographic
#: U+3002, full-width U+FF0E, half-width ideographic U+FF61.
_IDNA_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


def _fold(email: str) -> str:
    """NFKC (full-width and other compatibility forms → their plain letters), IDNA dots → ``.``."""
    return unicodedata.normalize("NFKC", email.strip()).translate(_IDNA_DOTS)


def normalize_email(email: str) -> str:
    """The canonical form of an address: the ONE key of accounts, uniqueness and rate limits.

    Steps: strip; NFKC (``ａｌｉｃｅ@ｅｘａｍｐｌｅ．ｃｏｍ`` → ``alice@example.com``); IDNA dots
    (U+3002, U+FF0E, U+FF61) → ``.``; syntax check and domain normalization by email-validator
    (no DNS; IDNA 2008/UTS #46: ``xn--bcher-kva.de`` and ``BÜCHER.de`` → ``bücher.de``); lower
    case. Raises AccountError (``email_missing``/``email_too_long``/``email_invalid``) with a
    user-facing message.
    """
    email = (email or "").strip()
    if not email:
        raise AccountError("Enter your email address.", "email_missing")
    if len(email) > MAX_EMAIL_LENGTH:
        raise AccountError(f"Email addresses have at most {MAX_EMAIL_LENGTH} characters.", "email_too_long")
    try:
        info = validate_email(_fold(email), check_deliverability=False)
    except EmailNotValidError as exc:
        raise AccountError(f"That email address is not valid: {exc}", "email_invalid") from None
    return info.normalized.lower()


#: Scripts a sign-up address may use, each part (local part, every domain label) in ONE of them
#: plus Common/Inherited characters (digits, "-", "."); Japanese and Korean mixes are one script
#: here. Unicode UTS #39 §5.2 "Highly Restrictive" level (https://www.unicode.org/reports/tr39/),
#: the rule browsers apply to IDN display: "rаce1@example.com" with a Cyrillic "а" mixes Latin and
#: Cyrillic and is refused (session 25 probe: it made an account that looks like race1's).
_SCRIPTS = ("Latin", "Cyrillic", "Greek", "Armenian", "Georgian", "Hebrew", "Arabic", "Devanagari", "Bengali",
            "Tamil", "Thai", "Han", "Hiragana", "Katakana", "Hangul", "Bopomofo", "Ethiopic")
_SCRIPT_SETS = {"Han": "CJK", "Hiragana": "CJK", "Katakana": "CJK", "Hangul": "CJK", "Bopomofo": "CJK"}


def _scripts_of(part: str) -> set[str]:
    """Scripts of ``part``'s letters (Common/Inherited skipped; an unlisted script is its own)."""
    import regex

    out: set[str] = set()
    for ch in part:
        if regex.match(r"[\p{Script=Common}\p{Script=Inherited}]", ch):
            continue
        script = next((sc for sc in _SCRIPTS if regex.match(rf"\p{{Script={sc}}}", ch)), f"U+{ord(ch):04X}")
        out.add(_SCRIPT_SETS.get(script, script))
    return out


def check_single_script(email_n: str) -> None:
    """Raise AccountError (``email_mixed_script``) when a part of the canonical address mixes
    scripts (see :data:`_SCRIPTS`). Applied where an address is chosen (sign-up), not at login:
    an account made before this rule can still sign in."""
    local, _, domain = email_n.rpartition("@")
    for part in (local, *domain.split(".")):
        if len(_scripts_of(part)) > 1:
            raise AccountError("That email address mixes letters of different alphabets (for example a Cyrillic "
                               "“а” among Latin letters). Type it with one keyboard layout.", "email_mixed_script")


#: Same meaning as :func:`normalize_email`, by its field's name.
canonical_email = normalize_email


def exact_email(email: str) -> str:
    """A provider's address as the mailbox it names: strip, syntax check, domain IDNA-normalized (UTS #46
    maps full-width and other forms of DOMAIN characters and dots: that is the same host), lower case —
    but the local part is NOT compatibility-folded (no NFKC): ``ａlice@`` stays ``ａlice@``, which a mail
    server may deliver to another mailbox than ``alice@``. Sign-in with a provider links only when this
    equals :func:`canonical_email` (sec125 finding 5). AccountError like :func:`normalize_email`."""
    email = (email or "").strip()
    try:
        return validate_email(email, check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise AccountError(f"That email address is not valid: {exc}", "email_invalid") from None


def limit_key(email: str) -> str:
    """The rate-limit key of an address as typed: :func:`canonical_email`, or — for text that is
    no valid address — its folded, lower-cased form (so its spellings still share one counter)."""
    try:
        return canonical_email(email)
    except AccountError:
        return _fold(email or "").lower()[:MAX_EMAIL_LENGTH]


def email_collisions(*, session: Session) -> list[tuple[str, list[tuple[int, str]]]]:
    """Accounts whose stored addresses share one canonical form: ``[(canonical, [(id, email)…])]``.

    Revision 0006_unique_guards canonicalized stored addresses but left such groups unmerged
    (merging accounts is the owners' decision); an admin resolves them by hand."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for uid, email in session.exec(select(User.id, User.email).order_by(User.id)).all():
        groups.setdefault(limit_key(email), []).append((uid, email))
    return sorted((c, members) for c, members in groups.items() if len(members) > 1)


def create_user(
    *, session: Session, email: str, password: str, is_admin: bool = False, timezone_name: str | None = None,
    first_is_admin: bool = False,
) -> User:
    """Create an account. Raises AccountError (invalid/taken email) or PasswordPolicyError.

    ``first_is_admin``: make the account an admin when the instance has no account yet
    (sign-up on a personal install, ``settings.first_account_is_admin``)."""
    email_n = normalize_email(email)
    check_single_script(email_n)
    check_password_policy(password, email=email_n)
    # Every input is checked BEFORE the address is looked up: an error that only a new address
    # could reach (e.g. an unknown time zone) would tell a taken address from a free one through
    # the neutral sign-up (attack notes, session 6).
    zone = validate_timezone(timezone_name or settings.default_timezone)
    if session.exec(select(User).where(User.email == email_n)).first():
        raise AccountError("An account with this email already exists. Log in instead.", "email_taken")
    user = User(
        email=email_n,
        password_hash=hash_password(password),
        is_admin=is_admin,
        timezone=zone,
    )
    try:
        with savepoint(session):  # the unique index on email decides between concurrent sign-ups
            session.add(user)
            session.flush()
    except IntegrityError:
        raise AccountError("An account with this email already exists. Log in instead.", "email_taken") from None
    if first_is_admin and not is_admin:
        _grant_if_first(session, user)
    return user


#: Key of the PostgreSQL advisory lock that serializes "is this the first account?" (any constant
#: unique to this use; ``pg_advisory_xact_lock(bigint)``).
FIRST_ACCOUNT_LOCK = 0x43435F41444D494E  # "CC_ADMIN"


def _grant_if_first(session: Session, user: User) -> None:
    """Make ``user`` (inserted, not committed) an admin when no other account exists, decided under
    a lock held to commit so two concurrent sign-ups on a fresh instance never both become admin
    (session 25 probe: 8 parallel sign-ups made 2 admins — the check ran before the insert).
    PostgreSQL: a transaction-scoped advisory lock, then other accounts are counted (one committed
    by a racing sign-up is visible once its lock is released, i.e. after its commit). SQLite: the
    insert already holds the database's write lock to commit (pysqlite begins the transaction at
    the INSERT), so every other account counted is committed and none can be added meanwhile."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIRST_ACCOUNT_LOCK})
    if session.exec(select(User.id).where(User.id != user.id).limit(1)).first() is None:
        user.is_admin = True
        session.add(user)
        session.flush()


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

    Slides the idle window forward without writing: the new last-seen time (at most one per
    TOUCH_INTERVAL_SECONDS) is noted in :mod:`careercopilot.services.touches`, which writes
    it in a batch later — a page view never writes (issue 9, finding 15).
    """
    if not token or len(token) > 200:
        return None
    now = now or _now()
    row = session.exec(select(AuthSession).where(AuthSession.token_hash == hash_token(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    last_seen = touches.session_seen(row.id, row.last_seen_at)
    if now >= row.expires_at or now - last_seen > timedelta(seconds=settings.session_idle_seconds):
        return None
    user = session.get(User, row.user_id)
    if user is None or user.deletion_requested_at is not None:  # scheduled for deletion: services/credentials.py
        return None
    if (now - last_seen).total_seconds() >= TOUCH_INTERVAL_SECONDS:
        touches.note_session_seen(row.id, now)
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
    """Revoke every live session of a user — and every refresh-token family of their first-party
    clients (``services.first_party``: their access tokens stop working too); returns how many
    sessions were revoked."""
    from careercopilot.services import first_party  # first_party → api_tokens; keep users importable alone

    first_party.revoke_user_families(session=session, user_id=user_id)
    rows = session.exec(
        select(AuthSession).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
    ).all()
    now = _now()
    for row in rows:
        row.revoked_at = now
        session.add(row)
    return len(rows)


def change_password(*, session: Session, user_id: int, current_password: str, new_password: str,
                    keep_api_access: bool = False) -> None:
    """Change a password after re-checking the current one; revokes every credential of the account
    (``credentials.revoke_all``): sessions, first-party refresh tokens and codes always, personal access
    tokens and the calendar feed too unless ``keep_api_access`` (the user ticked "keep"; off by default).

    Raises AccountError (``current_password_wrong``, ``password_unchanged``) or PasswordPolicyError.
    """
    user = session.get(User, user_id)
    if user is None or not verify_password(current_password, user.password_hash):
        raise AccountError("Your current password is incorrect.", "current_password_wrong")
    check_password_policy(new_password, email=user.email, names=(user.display_name,))
    if verify_password(new_password, user.password_hash):
        raise AccountError("Choose a password different from your current one.", "password_unchanged")
    user.password_hash = hash_password(new_password)
    user.password_changed_at = _now()
    session.add(user)
    from careercopilot.services import credentials  # (models only; keeps this module's imports light)

    credentials.revoke_all(session=session, user_id=user_id, keep_api_access=keep_api_access)


def validate_timezone(name: str) -> str:
    """Return ``name`` if it is an IANA time zone; raise AccountError otherwise."""
    if name not in available_timezones():
        raise AccountError(f"Unknown time zone {name!r}; use an IANA name like Europe/Berlin.", "timezone_unknown")
    ZoneInfo(name)
    return name


def get_profile(*, session: Session, user_id: int) -> User:
    """The user's own profile row; raises LookupError when it does not exist."""
    user = session.get(User, user_id)
    if user is None:
        raise LookupError("user not found")
    return user


def update_profile(*, session: Session, user_id: int, display_name: str | None, timezone_name: str) -> User:
    """Update display name (≤120 chars) and time zone; raises AccountError on bad input (and
    saves nothing). The Settings form uses :func:`update_profile_form`."""
    user, errors = update_profile_form(session=session, user_id=user_id, display_name=display_name,
                                       timezone_name=timezone_name, write=False)
    if errors:
        raise AccountError(next(iter(errors.values())))
    return update_profile_form(session=session, user_id=user_id, display_name=display_name,
                               timezone_name=timezone_name)[0]


def update_profile_form(*, session: Session, user_id: int, display_name: str | None, timezone_name: str,
                        write: bool = True) -> tuple[User, dict[str, str]]:
    """The Settings profile form's save: each valid field is stored, an invalid one keeps its
    stored value and is reported → ``(user, {"display_name" | "timezone": message})`` (an
    unknown time zone must not throw away the new display name). ``write=False``: check only."""
    user = get_profile(session=session, user_id=user_id)
    errors: dict[str, str] = {}
    name = " ".join(strip_invisible(display_name or "").split())  # no bidi overrides (attack a12 W2)
    if len(name) > 120:
        errors["display_name"] = "Display names have at most 120 characters."
    elif write:
        user.display_name = name or None
    try:
        zone = validate_timezone(timezone_name)
        if write:
            user.timezone = zone
    except AccountError as exc:
        errors["timezone"] = str(exc)
    if write:
        session.add(user)
    return user, errors


def previous_visit(*, session: Session, user_id: int) -> datetime | None:
    """The user's last dashboard visit (UTC; a pending one included) or None."""
    return touches.last_visit(user_id, get_profile(session=session, user_id=user_id).last_visit_at)


def mark_visit(*, session: Session, user_id: int) -> datetime | None:
    """Record a dashboard visit (written later in a batch: :mod:`careercopilot.services.touches`);
    returns the previous visit time (UTC) or None."""
    previous = previous_visit(session=session, user_id=user_id)
    touches.note_visit(user_id, _now())
    return previous
