"""Linked provider accounts (Google, GitHub): which user a provider sign-in opens, linking and unlinking.

The protocol half (state, PKCE, tokens, ID token checks) is :mod:`careercopilot.services.oauth`;
this module decides on the account, in one database transaction:

:func:`sign_in` — a provider :class:`~careercopilot.services.oauth.Profile` →

1. ``(provider, subject)`` already linked → that user (the email is not consulted: addresses
   change hands, subjects don't).
2. Otherwise the provider must assert a verified address (Google: ``email_verified`` true in the
   ID token; GitHub: the primary AND verified entry of ``/user/emails``); without one the sign-in is
   refused (``oauth_email_unverified``), nothing is created or linked.
   The address must be the same mailbox as its canonical form (:func:`users.exact_email`: only case and
   the domain's IDNA form may differ): a local part that compatibility folding changes ("ａlice@" →
   "alice@") is refused (``oauth_email_lookalike``; sec125 finding 5) — a provider-verified look-alike
   would otherwise open the plain address's account.
3. No account has that address (canonical form, :func:`users.canonical_email`) → a new account:
   ``email_verified_at`` = now (the provider proved the mailbox), no password, this identity linked.
4. An account has it **and its address is verified** (``email_verified_at`` set) → the identity is
   linked to it and it signs in: both sides proved the same mailbox.
5. An account has it **but unverified** → refused (``oauth_link_unverified``): nothing linked, no
   session. Why: anyone can sign up with someone else's address and a password they chose (the
   pre-registered-address attack). Auto-linking would give that attacker a password into the
   victim's provider-backed account, or give the victim an account the attacker prepared and can
   still open. The owner of the mailbox takes the address back with "Forgot password" (the reset
   link proves the mailbox, sets ``email_verified_at`` and revokes every session), or — when it is
   their own account — signs in with the password and links the provider from Settings.

:func:`link` — a signed-in user links a provider from Settings (any address: they proved both
sides in this browser). Refused when that provider account belongs to another user
(``identity_taken``) or the user already has an account of that provider (``identity_exists``).

:func:`unlink` — refused when it would leave no way to sign in (no password and no other
identity: ``identity_last``). Every function filters by ``user_id``: another user's identity is
"not found" (LookupError), never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from careercopilot.bidi import strip_invisible
from careercopilot.config import settings
from careercopilot.db import savepoint
from careercopilot.models import User
from careercopilot.models.identity import UserIdentity
from careercopilot.services import users
from careercopilot.services.oauth import OAuthError, Profile


@dataclass(frozen=True)
class Outcome:
    """The user a provider sign-in opens; ``created``: a new account; ``linked``: the identity was
    linked just now."""

    user_id: int
    created: bool = False
    linked: bool = False


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _add_identity(session: Session, user_id: int, profile: Profile) -> None:
    try:
        with savepoint(session):  # the unique keys decide between concurrent callbacks
            session.add(UserIdentity(user_id=user_id, provider=profile.provider, subject=profile.subject,
                                     email=profile.email if profile.email_verified else None, last_used_at=_now()))
            session.flush()
    except IntegrityError:
        owner = _owner(session, profile)
        if owner is not None and owner.user_id != user_id:
            raise OAuthError("identity_taken") from None
        if owner is None:
            raise OAuthError("identity_exists") from None


def _owner(session: Session, profile: Profile) -> UserIdentity | None:
    return session.exec(select(UserIdentity).where(UserIdentity.provider == profile.provider,
                                                   UserIdentity.subject == profile.subject)).first()


def sign_in(*, session: Session, profile: Profile) -> Outcome:
    """The account a provider sign-in opens (rules in the module docstring). Raises OAuthError
    ``oauth_email_unverified`` / ``oauth_email_lookalike`` / ``oauth_link_unverified`` / ``identity_exists``."""
    known = _owner(session, profile)
    if known is not None:
        known.last_used_at = _now()
        session.add(known)
        return Outcome(known.user_id)
    if not profile.email_verified or not profile.email:
        raise OAuthError("oauth_email_unverified")
    try:
        email = users.canonical_email(profile.email)
        exact = users.exact_email(profile.email)
    except users.AccountError:
        raise OAuthError("oauth_email_unverified", "the provider's address is not a valid address") from None
    if exact != email:  # "ａlice@" folds to "alice@" but may be another mailbox: never linked or created by it
        raise OAuthError("oauth_email_lookalike", f"the provider's address {exact!r} is a look-alike of {email!r}")
    user = session.exec(select(User).where(User.email == email)).first()
    if user is None:
        user = User(email=email, password_hash=None, email_verified_at=_now(),
                    display_name=" ".join(strip_invisible(profile.name or "").split())[:120] or None,
                    timezone=users.validate_timezone(settings.default_timezone))
        if settings.first_account_is_admin:
            user.is_admin = session.exec(select(User.id).limit(1)).first() is None
        try:
            with savepoint(session):
                session.add(user)
                session.flush()
        except IntegrityError:  # a concurrent sign-up took the address: decide again on that account
            user = session.exec(select(User).where(User.email == email)).one()
        else:
            _add_identity(session, user.id, profile)
            return Outcome(user.id, created=True, linked=True)
    if user.email_verified_at is None:
        raise OAuthError("oauth_link_unverified")
    if session.exec(select(UserIdentity.id).where(UserIdentity.user_id == user.id,
                                                  UserIdentity.provider == profile.provider)).first():
        # the account already has another account of this provider: a second one is linked from Settings
        raise OAuthError("identity_exists")
    _add_identity(session, user.id, profile)
    return Outcome(user.id, linked=True)


def confirm_reauth(*, session: Session, user_id: int, profile: Profile) -> None:
    """A re-authentication of ``user_id`` (``services.reauth``, ``provider`` proof): ``profile`` must be an
    identity already linked to that user. OAuthError ``reauth_other_account`` otherwise — nothing is
    created or linked, so signing in again with another provider account can't switch accounts."""
    owner = _owner(session, profile)
    if owner is None or owner.user_id != user_id:
        raise OAuthError("reauth_other_account", f"{profile.provider} subject is not linked to user {user_id}")
    owner.last_used_at = _now()
    session.add(owner)


def link(*, session: Session, user_id: int, profile: Profile) -> None:
    """Link ``profile`` to the signed-in ``user_id``. OAuthError ``identity_taken`` (another
    user's) or ``identity_exists`` (already one of this provider); linking the same one again is a no-op."""
    owner = _owner(session, profile)
    if owner is not None:
        if owner.user_id != user_id:
            raise OAuthError("identity_taken")
        return
    if session.exec(select(UserIdentity.id).where(UserIdentity.user_id == user_id,
                                                  UserIdentity.provider == profile.provider)).first():
        raise OAuthError("identity_exists")
    _add_identity(session, user_id, profile)


def list_identities(*, session: Session, user_id: int) -> list[UserIdentity]:
    """The user's linked identities, oldest first."""
    return list(session.exec(select(UserIdentity).where(UserIdentity.user_id == user_id)
                             .order_by(UserIdentity.created_at, UserIdentity.id)).all())


def unlink(*, session: Session, user_id: int, identity_id: int) -> None:
    """Remove one of the user's identities. LookupError when it is not theirs (or gone); OAuthError
    ``identity_last`` when it is the last way to sign in (no password, no other identity)."""
    row = session.exec(select(UserIdentity).where(UserIdentity.id == identity_id,
                                                  UserIdentity.user_id == user_id)).first()
    if row is None:
        raise LookupError("identity not found")
    user = session.get(User, user_id)
    others = session.exec(select(UserIdentity.id).where(UserIdentity.user_id == user_id,
                                                        UserIdentity.id != identity_id)).first()
    if not (user and user.password_hash) and others is None:
        raise OAuthError("identity_last")
    session.delete(row)
    session.flush()
