"""Every credential that acts for an account, and the two rules they all follow (issue 14, attacker run).

:data:`KINDS` is the inventory (``grep -i 'token\\|secret\\|feed' careercopilot/models``): what each
credential is, where it lives, and what happens to it on a password reset, a password change and while
the account waits out its deletion grace period (``DELETION_GRACE_DAYS``).

Rule 1 — a password reset or change ends long-lived access (:func:`revoke_all`):

* **reset** (``account_mail.reset_password``): always everything — login sessions, first-party
  refresh-token families (and with them their JWT access tokens), unused authorization codes,
  personal access tokens, the calendar-feed secret. A reset means the old password may be known to
  someone else: nothing created with it survives.
* **change** (``users.change_password``): the same by default. The form's "keep my API tokens and
  calendar feed" box (unchecked by default: the safe default) keeps only the two credentials the user
  created deliberately and would have to reconfigure elsewhere — personal access tokens and the
  calendar feed. Sessions, refresh families and codes always go (the change itself opens a new session).

The calendar feed "rotation" is a revocation: its URL is a bearer secret shown once, so a new secret
nobody has seen is worth nothing until the user makes one (Settings → Calendar); the old URL answers 404.

Rule 2 — an account scheduled for deletion acts through no credential (:func:`account_usable`):
bearer tokens (``/api/v1``, ``/mcp``: ``api_tokens.authenticate``, ``first_party.authenticate``), new
grants (``first_party.exchange_code``/``refresh``), the iCal feed (``calendar_feed.feed_for_token``),
login sessions and so the clipper window (``users.resolve_session``), and the email links that act
without a session (address verification, one-click unsubscribe) all refuse it. The credentials are
not revoked: signing in (password or provider — the sign-in that undoes deletion) clears the request
and they work again, as before it. A password-reset link stays usable too: it is the way back to that
sign-in for someone who forgot the password, and it revokes everything anyway.
Signed links that need a session as well (export downloads) follow the session.

Rule 3 — a credential belongs to the account *instance* that existed when it was issued
(:func:`issued_to`, :func:`account_for_token`; attack145 findings 1–2): a signed token or stored file
names its account by id only, so it is honoured only when it was made no earlier than the account's
``created_at`` (whole seconds). Ids are never reused (revision 0020), so this matters for databases that
reused an id before that revision; and it costs nothing to living accounts: every token they hold was
signed after they were created, so it keeps working (no new field in old links). Credentials stored as
rows (sessions, API and first-party tokens, the calendar feed, identities) go with the account's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from careercopilot.models import (
    AlertSettings,
    ApiToken,
    AuthSession,
    OAuthAuthorizationCode,
    OAuthRefreshToken,
    User,
)


@dataclass(frozen=True)
class CredentialKind:
    """One kind of credential: ``name``, the ``table`` (and column) holding it, whether a password
    change with "keep" keeps it (``kept_on_change``) and what it is."""

    name: str
    table: str
    kept_on_change: bool
    what: str


#: The inventory. Email links signed with SECRET_KEY (reset: bound to the password hash, so a reset or
#: change ends them; verify; unsubscribe; export download) have no row: see the module docstring.
KINDS: tuple[CredentialKind, ...] = (
    CredentialKind("session", "authsession", False, "login session cookie (browser, clipper window)"),
    CredentialKind("personal_token", "apitoken", True, "personal access token cc_pat_… (/api/v1, /mcp)"),
    CredentialKind("refresh_token", "oauthrefreshtoken", False,
                   "first-party client refresh token cc_rt_… and the JWT access tokens of its family"),
    CredentialKind("authorization_code", "oauthauthorizationcode", False, "unused first-party authorization code"),
    CredentialKind("calendar_feed", "alertsettings.ical_token_hash", True, "private iCal feed URL /calendar/<secret>.ics"),
    # not revoked by revoke_all: a second factor, worth nothing without the password; two-factor stays on
    CredentialKind("recovery_code", "recoverycode", True, "two-factor recovery code (second factor only)"),
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def revoke_all(*, session: Session, user_id: int, keep_api_access: bool = False,
               now: datetime | None = None) -> dict[str, int]:
    """Revoke every credential of ``user_id`` (see :data:`KINDS`); with ``keep_api_access`` the kinds
    marked ``kept_on_change`` stay. Returns ``{kind name: rows changed}``; the caller commits."""
    at = now or _now()
    out = {
        "session": session.execute(update(AuthSession).where(
            AuthSession.user_id == user_id, col(AuthSession.revoked_at).is_(None)).values(revoked_at=at)).rowcount,
        "refresh_token": session.execute(update(OAuthRefreshToken).where(
            OAuthRefreshToken.user_id == user_id, col(OAuthRefreshToken.revoked_at).is_(None),
        ).values(revoked_at=at)).rowcount,
        "authorization_code": session.execute(delete(OAuthAuthorizationCode).where(
            OAuthAuthorizationCode.user_id == user_id, col(OAuthAuthorizationCode.used_at).is_(None))).rowcount,
    }
    if not keep_api_access:
        out["personal_token"] = session.execute(update(ApiToken).where(
            ApiToken.user_id == user_id, col(ApiToken.revoked_at).is_(None)).values(revoked_at=at)).rowcount
        out["calendar_feed"] = session.execute(update(AlertSettings).where(
            AlertSettings.user_id == user_id, col(AlertSettings.ical_token_hash).is_not(None),
        ).values(ical_token_hash=None, ical_token_created_at=None)).rowcount
    return {k: int(v or 0) for k, v in out.items()}


def usable_clause():
    """SQL condition on :class:`User`: the account is not scheduled for deletion (join it to the credential)."""
    return col(User.deletion_requested_at).is_(None)


def account_usable(*, session: Session, user_id: int) -> bool:
    """True when ``user_id`` exists and is not scheduled for deletion (its credentials may act)."""
    return session.exec(select(User.id).where(User.id == user_id, usable_clause())).first() is not None


def issued_to(created_at: datetime | None, issued_at: float | datetime) -> bool:
    """Whether something stamped at ``issued_at`` (epoch seconds, or a datetime) can belong to an account
    created at ``created_at``: not before its creation second (Rule 3; tokens carry whole seconds)."""
    if created_at is None:
        return False
    if isinstance(issued_at, datetime):
        issued_at = (issued_at if issued_at.tzinfo else issued_at.replace(tzinfo=timezone.utc)).timestamp()
    created = created_at if created_at.tzinfo else created_at.replace(tzinfo=timezone.utc)
    return int(issued_at) >= int(created.timestamp())


def account_for_token(*, session: Session, user_id, issued_at: float | datetime) -> User | None:
    """The account a token issued at ``issued_at`` names by ``user_id``, or None when there is no such
    account or it was created after the token (a purged account's id taken by a newer one: Rule 3)."""
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        return None
    user = session.get(User, user_id)
    return user if user is not None and issued_to(user.created_at, issued_at) else None


def account_exists(user_id: int) -> bool:
    """Whether ``user_id`` still exists (its own short transaction: a writer of user files asks after
    storing, so a purge that ran meanwhile is seen; ``account_deletion.purge_user``)."""
    from careercopilot.db import session_scope

    with session_scope() as s:
        return s.exec(select(User.id).where(User.id == user_id)).first() is not None
