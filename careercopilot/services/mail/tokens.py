"""Signed, expiring tokens carried in emailed links (itsdangerous ``URLSafeTimedSerializer``).

Each purpose has its own salt, so a token made for one purpose never verifies for another.
The key is ``settings.secret_key``: rotating SECRET_KEY invalidates every outstanding link.

* ``unsubscribe`` — ``{"u": user_id, "t": topic}``, valid :data:`UNSUBSCRIBE_MAX_AGE` seconds;
* ``reset`` — ``{"u": user_id, "p": password fingerprint}``, valid :data:`RESET_MAX_AGE`
  (30 minutes). Single use: the fingerprint is of the password hash at issue time, and a reset
  replaces the hash (new salt), so a used — or any older — reset link no longer verifies;
* ``verify`` — ``{"u": user_id, "e": address}``, valid :data:`VERIFY_MAX_AGE`.

Every token is also bound to the account instance by its signing time (:func:`read_stamped`;
``credentials.issued_to``: not signed before the account was created), so a link of a purged account
never acts on a newer account that holds its id.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from careercopilot.config import settings

RESET_MAX_AGE = 30 * 60
VERIFY_MAX_AGE = 7 * 86_400
UNSUBSCRIBE_MAX_AGE = 365 * 86_400
MAX_AGE = {"reset": RESET_MAX_AGE, "verify": VERIFY_MAX_AGE, "unsubscribe": UNSUBSCRIBE_MAX_AGE}
#: Longest token accepted (longer input is refused before any parsing).
MAX_TOKEN_LENGTH = 600


class InvalidToken(ValueError):
    """The token is malformed, forged, made for another purpose, expired (``expired`` True) or used."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    if purpose not in MAX_AGE:
        raise KeyError(purpose)
    return URLSafeTimedSerializer(settings.secret_key, salt=f"careercopilot.mail.{purpose}")


def make(purpose: str, payload: dict[str, Any]) -> str:
    """A URL-safe signed token of ``payload`` (JSON-able) for ``purpose``, stamped now."""
    return _serializer(purpose).dumps(payload)


def read(purpose: str, token: str | None, *, now: float | None = None) -> dict[str, Any]:
    """The payload of a valid ``purpose`` token signed at most ``MAX_AGE[purpose]`` seconds before
    ``now`` (epoch seconds, default the clock). Raises :class:`InvalidToken`."""
    return read_stamped(purpose, token, now=now)[0]


def read_stamped(purpose: str, token: str | None, *, now: float | None = None) -> tuple[dict[str, Any], float]:
    """:func:`read`, with the token's signing time (epoch seconds, whole)."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidToken("This link is not valid.")
    try:
        payload, stamped = _serializer(purpose).loads(token, return_timestamp=True)
    except BadSignature:
        raise InvalidToken("This link is not valid.") from None
    age = (time.time() if now is None else now) - stamped.timestamp()
    if age > MAX_AGE[purpose] or age < -300:
        raise InvalidToken("This link has expired.", expired=True)
    if not isinstance(payload, dict):
        raise InvalidToken("This link is not valid.")
    return payload, stamped.timestamp()


def password_fingerprint(password_hash: str | None) -> str:
    """A short digest of the stored password hash (changes whenever the password is set)."""
    return hashlib.sha256((password_hash or "").encode()).hexdigest()[:20]
