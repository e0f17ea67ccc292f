"""Optional TOTP two-factor sign-in with recovery codes (issue 14, "Sign-in").

TOTP per RFC 6238 with pyotp: SHA-1, 6 digits, 30-second steps (what authenticator apps use). The
base32 secret (160 bits, RFC 4226 §4 recommends ≥ 128) is stored Fernet-encrypted with the
SECRET_KEY-derived key of :mod:`careercopilot.services.llm_keys`.

* :func:`begin_enrolment` — a new unconfirmed factor (replacing an earlier unconfirmed one): the
  secret, its ``otpauth://`` URI and that URI as a QR code in SVG (segno). It guards nothing yet.
* :func:`confirm_enrolment` — a valid code turns it on and returns :data:`RECOVERY_CODE_COUNT`
  recovery codes, shown once; only their SHA-256 is stored.
* :func:`verify` — the second sign-in step: a code from the current step ± :data:`VALID_WINDOW`
  (clock drift, RFC 6238 §5.2) and newer than the last accepted step (a code, or an older one, is
  never accepted twice: the compare-and-set ``UPDATE … WHERE last_step < step`` makes two
  concurrent uses of one code yield one success), or an unused recovery code (marked used in the
  same way). Every attempt (sign-in, confirmation, turning off) counts against ``TOTP_RATE_LIMIT``
  per ``AUTH_RATE_WINDOW_SECONDS`` and account (:mod:`careercopilot.services.ratelimit`); a right
  code clears the count.
* :func:`disable` — needs a current code, a recovery code or the account password.
* :func:`admin_reset` — an admin's reset for a user who lost the factor (``python -m careercopilot users
  reset-2fa EMAIL``): factor and recovery codes deleted, every session signed out.

Turning two-factor on or off (and the admin reset) revokes the user's first-party refresh-token families
(:func:`careercopilot.services.first_party.revoke_user_families`): a client signed in under the old
rules signs in again.

Errors are :class:`TotpError` (``code`` = an auth_messages key) or ``ratelimit.RateLimited``.
Every function takes the ``user_id`` and touches only that user's rows.

The pending second step between the password (or provider) and the session is a signed,
5-minute cookie value (:func:`seal_pending` / :func:`unseal_pending`); no session exists until
:func:`verify` succeeds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import itsdangerous
import pyotp
import segno
from sqlalchemy import or_, update
from sqlmodel import Session, delete, select

from careercopilot.config import settings
from careercopilot.models import User
from careercopilot.models.identity import RecoveryCode, TotpFactor
from careercopilot.services import first_party, llm_keys, ratelimit
from careercopilot.services.passwords import verify_password

#: Seconds per TOTP step (RFC 6238 §4.1 default; authenticator apps assume it).
INTERVAL = 30
DIGITS = 6
#: Steps accepted either side of now (RFC 6238 §5.2 recommends at most one).
VALID_WINDOW = 1
RECOVERY_CODE_COUNT = 10
#: Issuer shown in authenticator apps (otpauth URI ``issuer``).
ISSUER = "Career Copilot"
#: Cookie that carries the pending second step, and its lifetime in seconds.
PENDING_COOKIE = "cc_2fa"
PENDING_MAX_AGE_SECONDS = 300
_PENDING_SALT = "cc-2fa-pending-v1"


class TotpError(ValueError):
    """A user-facing two-factor error; ``code`` is its key in auth_messages."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Enrolment:
    """A factor being set up: the base32 ``secret`` (for typing in), ``uri`` (otpauth://) and
    ``qr_svg`` (the URI as an SVG document, UTF-8 text)."""

    secret: str
    uri: str
    qr_svg: str


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _factor(session: Session, user_id: int) -> TotpFactor | None:
    return session.exec(select(TotpFactor).where(TotpFactor.user_id == user_id)).first()


def status(*, session: Session, user_id: int) -> str:
    """``"off"`` (no factor), ``"pending"`` (set up, not confirmed) or ``"on"``."""
    row = _factor(session, user_id)
    return "off" if row is None else ("on" if row.confirmed_at else "pending")


def is_enabled(*, session: Session, user_id: int) -> bool:
    """True when sign-in needs the second step (a confirmed factor)."""
    return status(session=session, user_id=user_id) == "on"


def recovery_codes_left(*, session: Session, user_id: int) -> int:
    """How many unused recovery codes the user has."""
    return len(session.exec(select(RecoveryCode.id).where(RecoveryCode.user_id == user_id,
                                                          RecoveryCode.used_at.is_(None))).all())


def begin_enrolment(*, session: Session, user_id: int) -> Enrolment:
    """Start (or restart) setting up a factor. TotpError ``totp_already_on`` when one is on."""
    row = _factor(session, user_id)
    if row is not None and row.confirmed_at is not None:
        raise TotpError("Two-factor sign-in is already on.", "totp_already_on")
    user = session.get(User, user_id)
    secret = pyotp.random_base32(32)
    if row is None:
        row = TotpFactor(user_id=user_id, secret_enc=llm_keys.encrypt(secret))
    else:
        row.secret_enc, row.last_step, row.created_at = llm_keys.encrypt(secret), None, _now()
    session.add(row)
    session.flush()
    uri = pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL).provisioning_uri(
        name=user.email if user else str(user_id), issuer_name=ISSUER)
    return Enrolment(secret, uri, qr_svg(uri))


def qr_svg(uri: str) -> str:
    """A standalone SVG document of ``uri`` as a QR code (error level M). It declares the SVG
    namespace: shown through a ``data:`` URI in an ``<img>``, an SVG without ``xmlns`` is not
    drawn at all (segno's ``svg_inline`` leaves it out, for SVG inside HTML)."""
    buf = io.BytesIO()
    segno.make(uri, error="M").save(buf, kind="svg", scale=4, border=2, xmldecl=False, svgns=True)
    return buf.getvalue().decode("utf-8")


def qr_data_uri(svg: str) -> str:
    """``data:image/svg+xml;base64,…`` of an SVG (an ``<img>`` source the CSP allows)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _normalize(code: str) -> str:
    return "".join(ch for ch in (code or "").lower() if ch.isalnum())[:64]


def _hash_recovery(code: str) -> str:
    return hashlib.sha256(_normalize(code).encode()).hexdigest()


def _new_recovery_codes(session: Session, user_id: int) -> list[str]:
    session.exec(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = base64.b32encode(secrets.token_bytes(10)).decode().lower()  # 80 bits, 16 chars
        code = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
        codes.append(code)
        session.add(RecoveryCode(user_id=user_id, code_hash=_hash_recovery(code)))
    session.flush()
    return codes


def _limit(user_id: int) -> None:
    ratelimit.hit("totp", str(user_id), limit=settings.totp_rate_limit,
                  window_seconds=settings.auth_rate_window_seconds)


def _clear_limit(user_id: int) -> None:
    """A right code clears the account's failures (only the owner has it; guessing stays limited)."""
    ratelimit.forget("totp", str(user_id), limit=settings.totp_rate_limit,
                     window_seconds=settings.auth_rate_window_seconds)


def _accept_code(session: Session, row: TotpFactor, code: str, at: float | None) -> bool:
    """Accept a 6-digit code of step now ± VALID_WINDOW newer than ``row.last_step`` (compare-and-set)."""
    digits = _normalize(code)
    if len(digits) != DIGITS or not digits.isdigit():
        return False
    totp = pyotp.TOTP(llm_keys.decrypt(row.secret_enc), digits=DIGITS, interval=INTERVAL)
    now_step = int((time.time() if at is None else at) // INTERVAL)
    for step in range(now_step - VALID_WINDOW, now_step + VALID_WINDOW + 1):
        if not hmac.compare_digest(totp.at(step * INTERVAL), digits):
            continue
        result = session.exec(update(TotpFactor).where(
            TotpFactor.id == row.id, or_(TotpFactor.last_step.is_(None), TotpFactor.last_step < step),
        ).values(last_step=step))
        return result.rowcount == 1
    return False


def _accept_recovery(session: Session, user_id: int, code: str) -> bool:
    if len(_normalize(code)) != 16:
        return False
    result = session.exec(update(RecoveryCode).where(
        RecoveryCode.user_id == user_id, RecoveryCode.code_hash == _hash_recovery(code),
        RecoveryCode.used_at.is_(None)).values(used_at=_now()))
    return result.rowcount == 1


def confirm_enrolment(*, session: Session, user_id: int, code: str, at: float | None = None) -> list[str]:
    """Turn the pending factor on with a valid code; returns the recovery codes (shown once).
    TotpError ``totp_not_started`` / ``totp_already_on`` / ``totp_invalid``; RateLimited."""
    row = _factor(session, user_id)
    if row is None:
        raise TotpError("Start setting up two-factor sign-in first.", "totp_not_started")
    if row.confirmed_at is not None:
        raise TotpError("Two-factor sign-in is already on.", "totp_already_on")
    _limit(user_id)
    if not _accept_code(session, row, code, at):
        raise TotpError("That code is not valid. Enter the current 6-digit code from your app.", "totp_invalid")
    _clear_limit(user_id)
    session.refresh(row)
    row.confirmed_at = _now()
    session.add(row)
    first_party.revoke_user_families(session=session, user_id=user_id)
    return _new_recovery_codes(session, user_id)


def verify(*, session: Session, user_id: int, code: str, at: float | None = None) -> str:
    """The second sign-in step: ``"totp"`` or ``"recovery"`` for an accepted code. TotpError
    ``totp_invalid`` (wrong, reused or expired code; used recovery code); RateLimited."""
    row = _factor(session, user_id)
    if row is None or row.confirmed_at is None:
        raise TotpError("Two-factor sign-in is not on for this account.", "totp_not_started")
    _limit(user_id)
    kind = "totp" if _accept_code(session, row, code, at) else (
        "recovery" if _accept_recovery(session, user_id, code) else None)
    if kind:
        _clear_limit(user_id)
        return kind
    raise TotpError("That code is not valid. Enter the current code from your app or an unused recovery code.",
                    "totp_invalid")


def disable(*, session: Session, user_id: int, code: str = "", password: str = "", at: float | None = None) -> None:
    """Turn two-factor off (factor and recovery codes deleted) after a current code, a recovery code
    or the account password. TotpError ``totp_not_started`` / ``totp_disable_refused``; RateLimited."""
    row = _factor(session, user_id)
    if row is None:
        raise TotpError("Two-factor sign-in is not on.", "totp_not_started")
    ok = row.confirmed_at is None  # a factor that never guarded anything can be dropped freely
    if not ok:
        _limit(user_id)
        ok = bool(code.strip()) and (_accept_code(session, row, code, at) or _accept_recovery(session, user_id, code))
    if not ok and password:
        user = session.get(User, user_id)
        ok = bool(user and user.password_hash) and verify_password(password, user.password_hash)
    if not ok:
        raise TotpError("Enter a current code, a recovery code or your password to turn two-factor off.",
                        "totp_disable_refused")
    session.exec(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    session.exec(delete(TotpFactor).where(TotpFactor.id == row.id))
    if row.confirmed_at is not None:
        first_party.revoke_user_families(session=session, user_id=user_id)
    session.flush()


def admin_reset(*, session: Session, user_id: int) -> bool:
    """Remove ``user_id``'s factor and recovery codes for an admin (the user lost their device) and sign
    the account out everywhere (sessions and first-party clients), so only a new sign-in — with the
    password alone until they enrol again — gets in. Returns whether a factor existed. The caller logs
    who asked (an audit line)."""
    from careercopilot.services import users  # users → first_party; totp stays importable alone

    had = session.exec(delete(TotpFactor).where(TotpFactor.user_id == user_id)).rowcount or 0
    session.exec(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    users.revoke_all_sessions(session=session, user_id=user_id)
    session.flush()
    return bool(had)


# --- the pending second step -------------------------------------------------------------------

def _pending_serializer() -> itsdangerous.URLSafeTimedSerializer:
    return itsdangerous.URLSafeTimedSerializer(settings.secret_key, salt=_PENDING_SALT)


def seal_pending(*, user_id: int, next_path: str = "") -> str:
    """The signed cookie value of a sign-in waiting for its second step (``next_path``: the safe page
    to open afterwards). A scheduled deletion is cancelled only once the second step succeeds."""
    return _pending_serializer().dumps({"uid": user_id, "next": next_path})


def unseal_pending(value: str | None) -> dict | None:
    """``{"uid", "next"}`` of a valid pending value (≤ PENDING_MAX_AGE_SECONDS old), or None."""
    if not value:
        return None
    try:
        data = _pending_serializer().loads(value, max_age=PENDING_MAX_AGE_SECONDS)
    except itsdangerous.BadData:
        return None
    return data if isinstance(data, dict) and isinstance(data.get("uid"), int) else None
