"""JWT access tokens of first-party clients (issue 14, "Auth"; profile of RFC 9068).

Signed with HS256 (RFC 7518 §3.2) by joserfc — the JOSE library authlib builds on — with a 256-bit
key derived from ``SECRET_KEY`` by HKDF-SHA256 (RFC 5869; info :data:`INFO`), so rotating the
secret ends every access token at once. Header ``{"alg": "HS256", "typ": "at+jwt"}`` (RFC 9068
§2.1; the ``typ`` keeps an ID token or another JWT of this key from passing as an access token).

Claims (RFC 7519 §4.1, RFC 9068 §2.2): ``iss`` = :func:`issuer` (``APP_URL``), ``aud`` =
:func:`audience` (``APP_URL`` + ``/api/v1``), ``sub`` = the user id (decimal string), ``exp`` /
``iat`` (seconds since the epoch; lifetime ``OAUTH_ACCESS_TOKEN_SECONDS``, default 3600), ``jti``
(128 random bits), ``scope`` (space-separated API scopes, ``services.api_tokens.SCOPES``),
``client_id`` and ``fid`` — the refresh-token family the token was issued under
(``services.first_party``: the API refuses the token once that family is revoked).

:func:`decode` verifies signature, algorithm, type and every claim (no leeway: issuer and API are the
same deployment) and raises :class:`InvalidAccessToken`; it does not look at the database.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey

from careercopilot.config import settings

ALGORITHM = "HS256"
#: JWT ``typ`` header of an access token (RFC 9068 §2.1).
TOKEN_TYPE = "at+jwt"
#: HKDF info string: this key signs nothing else.
INFO = b"career-copilot oauth access tokens v1"
#: Longest token text looked at (a real one is ~450 characters).
MAX_TOKEN_CHARS = 4096


class InvalidAccessToken(ValueError):
    """Not a valid, unexpired access token of this deployment (the message says why; never shown verbatim)."""


@dataclass(frozen=True)
class AccessClaims:
    """The checked claims of an access token."""

    user_id: int
    client_id: str
    scopes: frozenset[str]
    family_id: str
    jti: str
    expires_at: int


def issuer() -> str:
    """``iss``: the public URL of the app (``APP_URL`` without a trailing slash)."""
    return settings.app_url.rstrip("/")


def audience() -> str:
    """``aud``: the REST API the tokens are for."""
    return issuer() + "/api/v1"


@lru_cache(maxsize=4)
def _derived(secret: str) -> OctKey:
    return OctKey.import_key(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO).derive(secret.encode()))


def _key(secret: str | None = None) -> OctKey:
    """The signing key of ``secret`` (default: the current ``SECRET_KEY``; derived once per secret)."""
    return _derived(secret if secret is not None else settings.secret_key)


def issue(*, user_id: int, client_id: str, scopes: Iterable[str], family_id: str,
          now: float | None = None) -> tuple[str, int]:
    """A signed access token and its lifetime in seconds (``expires_in`` of RFC 6749 §5.1)."""
    iat = int(time.time() if now is None else now)
    lifetime = settings.oauth_access_token_seconds
    claims = {
        "iss": issuer(), "aud": audience(), "sub": str(user_id), "iat": iat, "exp": iat + lifetime,
        "jti": secrets.token_urlsafe(16), "scope": " ".join(scopes), "client_id": client_id, "fid": family_id,
    }
    return jwt.encode({"alg": ALGORITHM, "typ": TOKEN_TYPE}, claims, _key(), algorithms=[ALGORITHM]), lifetime


def decode(token: str, *, now: float | None = None, verify_exp: bool = True) -> AccessClaims:
    """Verify ``token`` and return its claims; :class:`InvalidAccessToken` for anything else
    (malformed, another algorithm or ``alg: none``, wrong key or type, wrong ``iss``/``aud``, expired,
    a missing claim). ``verify_exp=False`` is for revocation (RFC 7009 §2.2: an expired token may be sent)."""
    if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 2:
        raise InvalidAccessToken("not a compact JWS")
    try:
        decoded = jwt.decode(token, _key(), algorithms=[ALGORITHM])
    except (JoseError, ValueError, TypeError) as exc:
        raise InvalidAccessToken(f"signature or format: {exc}") from None
    if decoded.header.get("typ") != TOKEN_TYPE:
        raise InvalidAccessToken("not an access token (typ)")
    essential = {"essential": True}
    registry = jwt.JWTClaimsRegistry(
        now=int(time.time() if now is None else now), leeway=0,
        iss={"essential": True, "value": issuer()}, aud={"essential": True, "value": audience()},
        sub=essential, iat=essential, jti=essential, scope=essential, client_id=essential, fid=essential,
        exp=essential if verify_exp else {"essential": False},
    )
    claims = decoded.claims
    if not verify_exp:
        claims = {k: v for k, v in claims.items() if k != "exp"}
    try:
        registry.validate(claims)
    except (JoseError, ValueError, TypeError) as exc:
        raise InvalidAccessToken(f"claims: {exc}") from None
    sub, scope, fid = claims["sub"], claims["scope"], claims["fid"]
    if not (isinstance(sub, str) and sub.isdigit() and isinstance(scope, str) and isinstance(fid, str)
            and isinstance(claims["client_id"], str)):
        raise InvalidAccessToken("claims: wrong types")
    return AccessClaims(user_id=int(sub), client_id=claims["client_id"], scopes=frozenset(scope.split()),
                        family_id=fid, jti=str(claims["jti"]), expires_at=int(decoded.claims.get("exp", 0)))
