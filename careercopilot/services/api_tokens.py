"""Personal access tokens for the REST API (issue 14, API section).

A token is ``cc_pat_`` + 43 URL-safe base64 characters (``secrets.token_urlsafe(32)``: 256
random bits). The recognizable prefix lets secret scanners and people spot one; the
database stores only its SHA-256 hex digest (like GitHub's fine-grained tokens: a
high-entropy secret needs no slow hash), plus the first :data:`SHOWN_PREFIX_CHARS`
characters so the owner can tell tokens apart. The secret is returned once, by
:func:`create_token`.

Scopes are ``<resource>:<mode>`` with resources :data:`RESOURCES` and modes ``read`` /
``write``; ``write`` implies ``read`` on the same resource (:func:`allows`). Every token
expires (at most ``API_TOKEN_MAX_DAYS`` days), can be revoked, and records when it was last
used — written at most once per ``API_TOKEN_TOUCH_SECONDS`` (a conditional UPDATE, so
concurrent requests write it once).

Every function takes a keyword-only ``session`` and, where a user acts, ``user_id``; a token
of another user raises :class:`LookupError` exactly like a missing one. Callers commit.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from collections.abc import Iterable

from sqlalchemy import update
from sqlmodel import Session, col, func, or_, select

from careercopilot.bidi import quote
from careercopilot.config import settings
from careercopilot.db import savepoint
from careercopilot.models import ApiToken, User
from careercopilot.services import credentials

#: Every token starts with this (GitHub-style recognizable prefix).
TOKEN_PREFIX = "cc_pat_"
#: Characters of the secret kept in clear to tell tokens apart (prefix + 4).
SHOWN_PREFIX_CHARS = len(TOKEN_PREFIX) + 4
#: Resources a scope may name (the API's tag names).
RESOURCES = ("postings", "resumes", "preferences", "applications", "analytics", "searches", "notifications",
             "documents", "export")
#: Resources that have no write operations.
READ_ONLY_RESOURCES = frozenset({"analytics"})
MODES = ("read", "write")
#: Every valid scope string.
SCOPES = tuple(f"{r}:{m}" for r in RESOURCES for m in MODES if not (m == "write" and r in READ_ONLY_RESOURCES))
MAX_NAME_CHARS = 100


class TokenError(ValueError):
    """Invalid token input (message is shown to the user)."""


class NameTaken(TokenError):
    """An active token of the user already has this name (a repeated create; message shown)."""


@dataclass(frozen=True)
class TokenPrincipal:
    """Who a valid token acts for: ``token_id``, ``user_id`` and its ``scopes``."""

    token_id: int
    user_id: int
    scopes: frozenset[str]

    def allows(self, resource: str, mode: str) -> bool:
        """True when the token may ``mode`` (read/write) ``resource``."""
        return allows(self.scopes, resource, mode)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def hash_secret(secret: str) -> str:
    """SHA-256 hex digest of a token secret (what the database stores)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def allows(scopes: Iterable[str], resource: str, mode: str) -> bool:
    """``resource:mode`` granted by ``scopes``; ``write`` implies ``read``."""
    granted = set(scopes)
    if f"{resource}:{mode}" in granted:
        return True
    return mode == "read" and f"{resource}:write" in granted


def clean_scopes(scopes: Iterable[str] | str) -> list[str]:
    """Validated, de-duplicated scopes in :data:`SCOPES` order; raises TokenError.

    Accepts a list or a comma/space-separated string (``"postings:read applications:write"``).
    At least one scope is required.
    """
    if isinstance(scopes, str):
        scopes = scopes.replace(",", " ").split()
    given = {str(s).strip().lower() for s in scopes if str(s).strip()}
    unknown = sorted(given - set(SCOPES))
    if unknown:
        raise TokenError(f"Unknown scope {quote(unknown[0][:40])}; valid scopes: {', '.join(SCOPES)}.")
    if not given:
        raise TokenError("Choose at least one scope.")
    return [s for s in SCOPES if s in given]


def _active(now: datetime):
    return (col(ApiToken.revoked_at).is_(None), ApiToken.expires_at > now)


def create_token(*, session: Session, user_id: int, name: str, scopes: Iterable[str] | str,
                 expires_in_days: int, now: datetime | None = None) -> tuple[ApiToken, str]:
    """Create a token; returns ``(row, secret)`` — the secret is never retrievable again.

    ``name``: 1–:data:`MAX_NAME_CHARS` characters; ``scopes``: see :func:`clean_scopes`;
    ``expires_in_days``: 1–``API_TOKEN_MAX_DAYS``. Raises TokenError for invalid input, when
    the user already holds ``API_TOKENS_PER_USER`` active tokens, or when one of them has this
    name (case-insensitive; :class:`NameTaken`): a double-clicked or twice-sent form then makes
    one token, and the second submit says the name exists instead of minting a second secret
    nobody sees. The user's row is locked first (``FOR UPDATE`` on PostgreSQL) so concurrent
    creates of one account check one after another; on SQLite, which ignores the lock, the
    check is repeated after the insert (the insert holds SQLite's one write lock; a lost race is
    undone in a savepoint on PostgreSQL, by the caller's rollback on SQLite). The row is flushed.
    """
    label = " ".join(str(name or "").split())
    if not label:
        raise TokenError("Give the token a name, e.g. “laptop script”.")
    if len(label) > MAX_NAME_CHARS:
        raise TokenError(f"Token names have at most {MAX_NAME_CHARS} characters.")
    clean = clean_scopes(scopes)
    try:
        days = int(expires_in_days)
    except (TypeError, ValueError):
        raise TokenError("The expiry must be a whole number of days.") from None
    if not 1 <= days <= settings.api_token_max_days:
        raise TokenError(f"Tokens expire after 1 to {settings.api_token_max_days} days.")
    at = now or _now()
    session.exec(select(User.id).where(User.id == user_id).with_for_update()).first()
    _check_room(session, user_id, label, at, allowed=0)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user_id, name=label, prefix=secret[:SHOWN_PREFIX_CHARS], token_hash=hash_secret(secret),
                   scopes=clean, created_at=at, expires_at=at + timedelta(days=days))
    with savepoint(session):
        session.add(row)
        session.flush()
        _check_room(session, user_id, label, at, allowed=1)
    return row, secret


def _check_room(session: Session, user_id: int, label: str, at: datetime, *, allowed: int) -> None:
    """TokenError when the user holds more than ``allowed`` active tokens named ``label``
    (:class:`NameTaken`) or more than ``allowed`` + ``API_TOKENS_PER_USER`` - 1 active ones
    (``allowed``: 0 before the insert, 1 after it)."""
    named = session.exec(select(func.count()).select_from(ApiToken).where(
        ApiToken.user_id == user_id, func.lower(ApiToken.name) == label.lower(), *_active(at))).one()
    if named > allowed:
        raise NameTaken(f"You already have an active token named {quote(label)}; "
                        "give this one another name, or revoke that one first.")
    held = session.exec(select(func.count()).select_from(ApiToken)
                        .where(ApiToken.user_id == user_id, *_active(at))).one()
    if held - allowed >= settings.api_tokens_per_user:
        raise TokenError(f"You already have {held - allowed} active tokens; revoke one first.")


def list_tokens(*, session: Session, user_id: int) -> list[ApiToken]:
    """All of the user's tokens (revoked and expired too), newest first."""
    return list(session.exec(select(ApiToken).where(ApiToken.user_id == user_id)
                             .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def revoke_token(*, session: Session, user_id: int, token_id: int, now: datetime | None = None) -> ApiToken:
    """Revoke one of the user's tokens (idempotent); raises LookupError if not theirs."""
    row = session.exec(select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id)).first()
    if row is None:
        raise LookupError(f"token {token_id} not found")
    if row.revoked_at is None:
        row.revoked_at = now or _now()
        session.add(row)
        session.flush()
    return row


def status(row: ApiToken, now: datetime | None = None) -> str:
    """``active`` / ``expired`` / ``revoked``."""
    if row.revoked_at is not None:
        return "revoked"
    return "expired" if row.expires_at <= (now or _now()) else "active"


def authenticate(*, session: Session, secret: str | None, now: datetime | None = None) -> TokenPrincipal | None:
    """The principal of a valid (known, unrevoked, unexpired) token secret of an account not scheduled
    for deletion (``services.credentials``), else None.

    Looks the token up by the SHA-256 of the secret (an index probe; a guess reveals nothing
    about stored hashes). Writes ``last_used_at`` when it is older than
    ``API_TOKEN_TOUCH_SECONDS`` (one conditional UPDATE; the caller commits).
    """
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    at = now or _now()
    row = session.exec(select(ApiToken).join(User, User.id == ApiToken.user_id).where(
        ApiToken.token_hash == hash_secret(secret), *_active(at), credentials.usable_clause())).first()
    if row is None:
        return None
    stale = at - timedelta(seconds=settings.api_token_touch_seconds)
    if row.last_used_at is None or row.last_used_at <= stale:
        session.execute(update(ApiToken).where(
            ApiToken.id == row.id, or_(col(ApiToken.last_used_at).is_(None), ApiToken.last_used_at <= stale),
        ).values(last_used_at=at))
    return TokenPrincipal(token_id=int(row.id), user_id=int(row.user_id), scopes=frozenset(row.scopes or ()))
