"""Account email flows (issue 13): password reset, address verification and the neutral
sign-up notice, on top of :mod:`careercopilot.services.mail`.

* **Reset** — :func:`request_reset` queues a ``password_reset`` message with a signed link
  valid 30 minutes (``tokens.RESET_MAX_AGE``) for the account of an address, and nothing when
  there is none (callers answer the same either way); it runs in a background job so the
  request takes the same time whether or not the account exists. :func:`reset_password`
  checks the token (signature, age, and the password fingerprint: single use), sets the new
  password, marks the address verified (the mailbox was proven) and revokes every credential
  (:func:`careercopilot.services.credentials.revoke_all`).
* **Verification** — :func:`queue_verification` sends a ``verify_email`` link (7 days);
  :func:`verify_email` marks the account verified.
* **Neutral sign-up** — :func:`queue_signup_notice` tells an existing account that someone
  tried to sign up with its address (at most once per account and UTC day).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import update
from sqlmodel import Session, select

from careercopilot.config import settings
from careercopilot.models import User
from careercopilot.services import credentials, mail, users
from careercopilot.services.mail import tokens
from careercopilot.services.passwords import check_password_policy, hash_password

RESET_KIND = "password_reset"
VERIFY_KIND = "verify_email"
NOTICE_KIND = "signup_notice"


def _base() -> str:
    return settings.app_url.rstrip("/")


def _user_by_email(session: Session, email: str) -> User | None:
    try:
        canonical = users.canonical_email(email)
    except users.AccountError:
        return None
    return session.exec(select(User).where(User.email == canonical)).first()


def request_reset(*, session: Session, email: str, dedupe_key: str) -> bool:
    """Queue a reset link for the account of ``email``; False (and nothing sent) when there is
    none. ``dedupe_key`` names this request (the job's id), so a retried job sends once."""
    user = _user_by_email(session, email)
    if user is None:
        return False
    token = tokens.make("reset", {"u": user.id, "p": tokens.password_fingerprint(user.password_hash)})
    mail.queue(session=session, user_id=user.id, kind=RESET_KIND, dedupe_key=dedupe_key, to_addr=user.email,
               to_name=user.display_name, template="password_reset",
               context={"reset_url": f"{_base()}/reset?token={token}", "minutes": tokens.RESET_MAX_AGE // 60})
    return True


def reset_user(*, session: Session, token: str) -> User:
    """The account a reset token is for, if the token is valid and unused; raises
    ``tokens.InvalidToken`` (also when the password changed since the link was made)."""
    payload, issued = tokens.read_stamped("reset", token)
    user = credentials.account_for_token(session=session, user_id=payload.get("u"), issued_at=issued)
    if user is None or payload.get("p") != tokens.password_fingerprint(user.password_hash):
        raise tokens.InvalidToken("This link was already used or is no longer valid.")
    return user


def reset_password(*, session: Session, token: str, new_password: str) -> int:
    """Set a new password through a reset link; returns the user id. Revokes every credential of
    the account (sessions, personal and first-party tokens, the calendar feed:
    ``credentials.revoke_all``). Raises ``tokens.InvalidToken`` or ``PasswordPolicyError``."""
    user = reset_user(session=session, token=token)
    check_password_policy(new_password, email=user.email, names=(user.display_name,))
    now = datetime.now(timezone.utc)
    # compare-and-set on the hash the link was made for: of two requests racing with one link only
    # the first changes the password (session 25 probe: 4 parallel posts, 2 "password reset"
    # notices, the second password won); a new salt means this and older links stop working
    changed = session.execute(
        update(User).where(User.id == user.id, User.password_hash == user.password_hash)
        .values(password_hash=hash_password(new_password), password_changed_at=now,
                email_verified_at=user.email_verified_at or now)
        .execution_options(synchronize_session=False)).rowcount
    if changed != 1:
        raise tokens.InvalidToken("This link was already used or is no longer valid.")
    session.expire(user)
    credentials.revoke_all(session=session, user_id=user.id)
    return user.id


def queue_verification(*, session: Session, user: User, dedupe_key: str) -> None:
    """Queue the address-confirmation link of ``user`` (one per ``dedupe_key``)."""
    token = tokens.make("verify", {"u": user.id, "e": user.email})
    mail.queue(session=session, user_id=user.id, kind=VERIFY_KIND, dedupe_key=dedupe_key, to_addr=user.email,
               to_name=user.display_name, template="verify_email",
               context={"verify_url": f"{_base()}/auth/verify?token={token}",
                        "days": tokens.VERIFY_MAX_AGE // 86_400})


def verify_email(*, session: Session, token: str) -> int:
    """Mark the account of a verification link verified (idempotent); returns its id. Raises
    ``tokens.InvalidToken`` (also when the account's address changed since)."""
    payload, issued = tokens.read_stamped("verify", token)
    user = credentials.account_for_token(session=session, user_id=payload.get("u"), issued_at=issued)
    if user is None or user.email != payload.get("e") or user.deletion_requested_at is not None:
        raise tokens.InvalidToken("This link is not valid.")  # (scheduled for deletion: services/credentials.py)
    if user.email_verified_at is None:
        user.email_verified_at = datetime.now(timezone.utc)
        session.add(user)
    return user.id


def queue_signup_notice(*, session: Session, email: str) -> bool:
    """Tell the account of ``email`` that someone tried to sign up with it (once per UTC day);
    False when there is no such account."""
    user = _user_by_email(session, email)
    if user is None:
        return False
    mail.queue(session=session, user_id=user.id, kind=NOTICE_KIND,
               dedupe_key=datetime.now(timezone.utc).date().isoformat(), to_addr=user.email,
               to_name=user.display_name, template="signup_notice",
               context={"login_url": f"{_base()}/login", "forgot_url": f"{_base()}/forgot"})
    return True


def send_test(*, session: Session, to_addr: str, dedupe_key: str) -> int:
    """Queue an operator test message to ``to_addr`` (no account needed); returns its row id."""
    row, _ = mail.queue(session=session, user_id=None, kind="test", dedupe_key=dedupe_key, to_addr=to_addr,
                        template="test_email", context={}, deliver=False)
    return row.id
