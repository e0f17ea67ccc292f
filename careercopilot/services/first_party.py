"""Authorization server for first-party clients — the clipper extension first (issue 14, "Auth").

OAuth 2.0 authorization code grant (RFC 6749 §4.1) for public clients, with PKCE required and
``S256`` the only method (RFC 7636; OAuth 2.0 Security BCP, RFC 9700 §2.1.1: ``plain`` is refused),
JWT access tokens (:mod:`careercopilot.services.access_tokens`) and rotating refresh tokens with
replay detection (RFC 9700 §4.14.2).

* Clients are declared in ``OAUTH_CLIENTS`` (:class:`careercopilot.config.FirstPartyClient`); a
  ``redirect_uri`` must equal a registered one character for character (RFC 9700 §4.1.3).
* :func:`parse_authorization_request` checks ``/oauth/authorize`` parameters; errors about the client
  or the redirect URI are never redirected (RFC 6749 §4.1.2.1).
* :func:`issue_code` — a code of 256 random bits, valid ``OAUTH_CODE_SECONDS`` (60 s), bound to the
  user, client, redirect URI, scopes and PKCE challenge; only its SHA-256 is stored.
* :func:`exchange_code` — ``grant_type=authorization_code``: the code is claimed once (a conditional
  UPDATE, so two concurrent exchanges yield one success); a second use revokes the family the first
  one started (RFC 6749 §4.1.2). Starts a refresh-token family.
* :func:`refresh` — ``grant_type=refresh_token``: the presented token is marked used and a successor
  issued (``OAUTH_REFRESH_TOKEN_DAYS``, default 7). A used token presented again is a replay — by an
  attacker or by the legitimate client, the server can't tell — so every token of the family is
  revoked, and with it the family's access tokens (:func:`authenticate`).
* :func:`revoke` — RFC 7009: a refresh token or an access token revokes its whole family.
* :func:`revoke_user_families` — password change/reset, account deletion, two-factor changes.
* :func:`authenticate` — a bearer JWT of ``/api/v1`` → :class:`ClientPrincipal`, refused once its
  family has no unrevoked token left (revoked, or the account's rows are gone).

Errors are :class:`GrantError` (``error`` code of RFC 6749 §4.1.2.1/§5.2). When ``keep_changes`` is
set (a replay revoked a family) the caller must COMMIT before answering with the error. Every function
takes a keyword-only ``session``; callers commit.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode, urlsplit

import structlog
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from sqlalchemy import exists, update
from sqlmodel import Session, col, delete, select

from careercopilot.config import FirstPartyClient, settings
from careercopilot.models import OAuthAuthorizationCode, OAuthRefreshToken, User
from careercopilot.services import access_tokens, api_tokens, credentials
from careercopilot.services.api_tokens import TokenPrincipal

log = structlog.get_logger(__name__)

#: Refresh tokens start with this (recognizable to secret scanners, like ``cc_pat_``).
REFRESH_PREFIX = "cc_rt_"
#: RFC 7636 §4.1: 43–128 characters of ``[A-Za-z0-9-._~]``.
CODE_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
#: An S256 challenge is BASE64URL(SHA-256(verifier)) without padding: exactly 43 characters.
S256_CHALLENGE = re.compile(r"[A-Za-z0-9\-_]{43}")
MAX_STATE_CHARS = 500


class GrantError(Exception):
    """An OAuth error response: ``error`` (RFC 6749 codes), ``description``, HTTP ``status``;
    ``redirectable``: may be sent to the client's redirect URI (authorization endpoint);
    ``keep_changes``: the caller commits before answering (a replay revoked a family)."""

    def __init__(self, error: str, description: str, *, status: int = 400, redirectable: bool = True,
                 keep_changes: bool = False) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status
        self.redirectable, self.keep_changes = redirectable, keep_changes


@dataclass(frozen=True)
class ClientPrincipal(TokenPrincipal):
    """Who a first-party access token acts for (``token_id`` is 0: the token has no row)."""

    client_id: str = ""
    family_id: str = ""


@dataclass(frozen=True)
class AuthorizationRequest:
    """A checked ``/oauth/authorize`` request."""

    client: FirstPartyClient
    redirect_uri: str
    code_challenge: str
    scopes: tuple[str, ...]
    state: str


@dataclass(frozen=True)
class TokenSet:
    """A token endpoint answer (RFC 6749 §5.1)."""

    access_token: str
    expires_in: int
    refresh_token: str
    scope: str

    def as_json(self) -> dict:
        return {"access_token": self.access_token, "token_type": "Bearer", "expires_in": self.expires_in,
                "refresh_token": self.refresh_token, "scope": self.scope}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# --- clients and the authorization request -------------------------------------------------------

def client(client_id: str | None) -> FirstPartyClient:
    """The registered client ``client_id``; GrantError ``invalid_client`` (401, not redirectable)."""
    for c in settings.oauth_clients:  # a client id is public: a plain comparison (any text may arrive)
        if client_id and c.client_id == client_id:
            return c
    raise GrantError("invalid_client", "Unknown client.", status=401, redirectable=False)


def client_scopes(c: FirstPartyClient) -> tuple[str, ...]:
    """The scopes ``c`` may ask for (every API scope when its entry names none)."""
    return tuple(api_tokens.clean_scopes(c.scopes)) if c.scopes else api_tokens.SCOPES


def _requested_scopes(raw: str | None, allowed: tuple[str, ...]) -> tuple[str, ...]:
    if not raw or not raw.strip():
        return allowed
    try:
        wanted = api_tokens.clean_scopes(raw)
    except api_tokens.TokenError as exc:
        raise GrantError("invalid_scope", str(exc)) from None
    if not set(wanted) <= set(allowed):
        raise GrantError("invalid_scope", "The client may not ask for " + ", ".join(sorted(set(wanted) - set(allowed))))
    return tuple(wanted)


def parse_authorization_request(params: Mapping[str, str]) -> AuthorizationRequest:
    """Check ``/oauth/authorize`` parameters (RFC 6749 §4.1.1 + RFC 7636 §4.3); GrantError otherwise.

    Order: the client and the exact redirect URI first (errors not redirectable), then
    ``response_type=code``, ``code_challenge_method=S256`` (a missing method means ``plain``, refused),
    a well-formed ``code_challenge``, ``scope`` within the client's and ``state`` (≤ 500 characters)."""
    c = client(params.get("client_id"))
    redirect_uri = params.get("redirect_uri") or ""
    if redirect_uri not in c.redirect_uris:
        raise GrantError("invalid_request", "The redirect_uri is not registered for this client.",
                         redirectable=False)
    if params.get("response_type") != "code":
        raise GrantError("unsupported_response_type", "Only response_type=code is supported.")
    if params.get("code_challenge_method") != "S256":
        raise GrantError("invalid_request", "PKCE with code_challenge_method=S256 is required (plain is refused).")
    challenge = params.get("code_challenge") or ""
    if not S256_CHALLENGE.fullmatch(challenge):
        raise GrantError("invalid_request", "code_challenge must be the 43-character BASE64URL SHA-256 of the verifier.")
    state = params.get("state") or ""
    if len(state) > MAX_STATE_CHARS:
        raise GrantError("invalid_request", f"state is longer than {MAX_STATE_CHARS} characters.")
    return AuthorizationRequest(client=c, redirect_uri=redirect_uri, code_challenge=challenge,
                                scopes=_requested_scopes(params.get("scope"), client_scopes(c)), state=state)


def redirect_to(redirect_uri: str, **params: str) -> str:
    """``redirect_uri`` with ``params`` added to its query (RFC 6749 §4.1.2: its own query is kept)."""
    query = urlencode({k: v for k, v in params.items() if v})
    return redirect_uri + ("&" if urlsplit(redirect_uri).query else "?") + query


def issue_code(*, session: Session, user_id: int, request: AuthorizationRequest, now: datetime | None = None) -> str:
    """A new authorization code for ``user_id`` (the approved ``request``); returns it (stored hashed)."""
    at = now or _now()
    code = secrets.token_urlsafe(32)
    session.add(OAuthAuthorizationCode(
        user_id=user_id, client_id=request.client.client_id, code_hash=_hash(code), redirect_uri=request.redirect_uri,
        code_challenge=request.code_challenge, scopes=list(request.scopes), created_at=at,
        expires_at=at + timedelta(seconds=settings.oauth_code_seconds)))
    session.flush()
    return code


# --- families --------------------------------------------------------------------------------------

def _new_refresh(session: Session, *, user_id: int, client_id: str, family_id: str, scopes: list[str],
                 parent_id: int | None, at: datetime) -> str:
    secret = REFRESH_PREFIX + secrets.token_urlsafe(32)
    session.add(OAuthRefreshToken(user_id=user_id, client_id=client_id, family_id=family_id, parent_id=parent_id,
                                  token_hash=_hash(secret), scopes=scopes, created_at=at,
                                  expires_at=at + timedelta(days=settings.oauth_refresh_token_days)))
    session.flush()
    return secret


def _tokens(session: Session, *, user_id: int, client_id: str, family_id: str, scopes: list[str],
            access_scopes: tuple[str, ...] | list[str], parent_id: int | None, at: datetime) -> TokenSet:
    refresh_token = _new_refresh(session, user_id=user_id, client_id=client_id, family_id=family_id, scopes=scopes,
                                 parent_id=parent_id, at=at)
    access, lifetime = access_tokens.issue(user_id=user_id, client_id=client_id, scopes=access_scopes,
                                           family_id=family_id, now=at.timestamp())
    return TokenSet(access, lifetime, refresh_token, " ".join(access_scopes))


def revoke_family(*, session: Session, family_id: str, now: datetime | None = None) -> int:
    """Revoke every token of a family; returns how many rows changed."""
    result = session.execute(update(OAuthRefreshToken).where(
        OAuthRefreshToken.family_id == family_id, col(OAuthRefreshToken.revoked_at).is_(None),
    ).values(revoked_at=now or _now()))
    return result.rowcount or 0


def revoke_user_families(*, session: Session, user_id: int, now: datetime | None = None) -> int:
    """Revoke every refresh-token family of a user (and so their clients' access tokens); returns rows changed."""
    result = session.execute(update(OAuthRefreshToken).where(
        OAuthRefreshToken.user_id == user_id, col(OAuthRefreshToken.revoked_at).is_(None),
    ).values(revoked_at=now or _now()))
    return result.rowcount or 0


def _replayed(session: Session, *, family_id: str | None, what: str, user_id: int, client_id: str,
              at: datetime) -> GrantError:
    revoked = revoke_family(session=session, family_id=family_id, now=at) if family_id else 0
    log.warning("oauth.replay_detected", what=what, user_id=user_id, client_id=client_id, family_id=family_id,
                revoked=revoked)
    return GrantError("invalid_grant", f"This {what} was already used; its sign-in has been revoked.",
                      keep_changes=True)


# --- token endpoint --------------------------------------------------------------------------------

def exchange_code(*, session: Session, client_id: str | None, code: str | None, redirect_uri: str | None,
                  code_verifier: str | None, now: datetime | None = None) -> TokenSet:
    """``grant_type=authorization_code`` (RFC 6749 §4.1.3, RFC 7636 §4.5–4.6) → a new family's tokens.

    GrantError: ``invalid_client`` (unknown client), ``invalid_request`` (missing code or verifier),
    ``invalid_grant`` (unknown, expired or reused code; another client's; another redirect URI; the
    verifier does not match the challenge)."""
    at = now or _now()
    c = client(client_id)
    if not code or not code_verifier:
        raise GrantError("invalid_request", "code and code_verifier are required.")
    row = session.exec(select(OAuthAuthorizationCode).where(OAuthAuthorizationCode.code_hash == _hash(code))).first()
    if row is None or not hmac.compare_digest(row.client_id, c.client_id):
        raise GrantError("invalid_grant", "Unknown authorization code.")
    if not credentials.account_usable(session=session, user_id=row.user_id):
        raise GrantError("invalid_grant", "The account is scheduled for deletion; sign in to keep it.")
    if row.used_at is not None:
        raise _replayed(session, family_id=row.family_id, what="authorization code", user_id=row.user_id,
                        client_id=row.client_id, at=at)
    if row.expires_at <= at:
        raise GrantError("invalid_grant", "The authorization code has expired.")
    if redirect_uri != row.redirect_uri:
        raise GrantError("invalid_grant", "redirect_uri differs from the authorization request.")
    if not CODE_VERIFIER.fullmatch(code_verifier) or not hmac.compare_digest(
            create_s256_code_challenge(code_verifier), row.code_challenge):
        raise GrantError("invalid_grant", "code_verifier does not match the code_challenge.")
    family_id = secrets.token_hex(16)
    claimed = session.execute(update(OAuthAuthorizationCode).where(
        OAuthAuthorizationCode.id == row.id, col(OAuthAuthorizationCode.used_at).is_(None),
    ).values(used_at=at, family_id=family_id))
    if claimed.rowcount != 1:  # a concurrent exchange won
        raise GrantError("invalid_grant", "The authorization code was already used.")
    log.info("oauth.code_exchanged", user_id=row.user_id, client_id=row.client_id, family_id=family_id)
    scopes = list(row.scopes or ())
    return _tokens(session, user_id=row.user_id, client_id=row.client_id, family_id=family_id, scopes=scopes,
                   access_scopes=scopes, parent_id=None, at=at)


def refresh(*, session: Session, client_id: str | None, refresh_token: str | None, scope: str | None = None,
            now: datetime | None = None) -> TokenSet:
    """``grant_type=refresh_token`` (RFC 6749 §6) with rotation: the successor of ``refresh_token``.

    ``scope`` may narrow the access token's scopes (never widen them). GrantError: ``invalid_client``,
    ``invalid_request`` (no token), ``invalid_grant`` (unknown, another client's, revoked, expired, or
    replayed — the last revokes the family, ``keep_changes``), ``invalid_scope``."""
    at = now or _now()
    c = client(client_id)
    if not refresh_token:
        raise GrantError("invalid_request", "refresh_token is required.")
    row = session.exec(select(OAuthRefreshToken).where(OAuthRefreshToken.token_hash == _hash(refresh_token))).first()
    if row is None or not hmac.compare_digest(row.client_id, c.client_id):
        raise GrantError("invalid_grant", "Unknown refresh token.")
    if not credentials.account_usable(session=session, user_id=row.user_id):
        raise GrantError("invalid_grant", "The account is scheduled for deletion; sign in to keep it.")
    if row.revoked_at is not None:
        raise GrantError("invalid_grant", "The refresh token was revoked.")
    if row.used_at is not None:
        raise _replayed(session, family_id=row.family_id, what="refresh token", user_id=row.user_id,
                        client_id=row.client_id, at=at)
    if row.expires_at <= at:
        raise GrantError("invalid_grant", "The refresh token has expired; sign in again.")
    scopes = list(row.scopes or ())
    access_scopes = _requested_scopes(scope, tuple(scopes))
    claimed = session.execute(update(OAuthRefreshToken).where(
        OAuthRefreshToken.id == row.id, col(OAuthRefreshToken.used_at).is_(None),
        col(OAuthRefreshToken.revoked_at).is_(None),
    ).values(used_at=at))
    if claimed.rowcount != 1:  # a concurrent refresh with the same token: a replay as well
        raise _replayed(session, family_id=row.family_id, what="refresh token", user_id=row.user_id,
                        client_id=row.client_id, at=at)
    return _tokens(session, user_id=row.user_id, client_id=row.client_id, family_id=row.family_id, scopes=scopes,
                   access_scopes=access_scopes, parent_id=row.id, at=at)


def revoke(*, session: Session, client_id: str | None, token: str | None, now: datetime | None = None) -> bool:
    """RFC 7009 revocation: a refresh or access token of ``client_id`` revokes its family.

    Returns True when a family was found. An unknown or malformed token is not an error (§2.2).
    GrantError ``invalid_client`` (unknown client); ``unauthorized_client`` when the token was
    issued to another client (§2.1)."""
    c = client(client_id)
    if not token:
        raise GrantError("invalid_request", "token is required.")
    family_id = owner = None
    if token.startswith(REFRESH_PREFIX):
        row = session.exec(select(OAuthRefreshToken).where(OAuthRefreshToken.token_hash == _hash(token))).first()
        if row is not None:
            family_id, owner = row.family_id, row.client_id
    else:
        try:
            claims = access_tokens.decode(token, verify_exp=False)
            family_id, owner = claims.family_id, claims.client_id
        except access_tokens.InvalidAccessToken:
            pass
    if family_id is None:
        return False
    if not hmac.compare_digest(owner, c.client_id):
        raise GrantError("unauthorized_client", "The token was issued to another client.")
    revoke_family(session=session, family_id=family_id, now=now)
    log.info("oauth.family_revoked", client_id=owner, family_id=family_id, by="revocation_endpoint")
    return True


# --- resource server side ----------------------------------------------------------------------------

def family_active(*, session: Session, family_id: str, user_id: int) -> bool:
    """True while ``user_id``'s family has an unrevoked token row and the account is not scheduled for
    deletion (``services.credentials``; one indexed probe)."""
    return bool(session.scalar(select(exists().where(
        OAuthRefreshToken.family_id == family_id, OAuthRefreshToken.user_id == user_id,
        col(OAuthRefreshToken.revoked_at).is_(None), User.id == OAuthRefreshToken.user_id,
        credentials.usable_clause()))))


def authenticate(*, session: Session, token: str, now: float | None = None) -> ClientPrincipal | None:
    """The principal of a valid access token whose family is still live, else None."""
    try:
        claims = access_tokens.decode(token, now=now)
    except access_tokens.InvalidAccessToken:
        return None
    if not family_active(session=session, family_id=claims.family_id, user_id=claims.user_id):
        return None
    return ClientPrincipal(token_id=0, user_id=claims.user_id, scopes=claims.scopes,
                           client_id=claims.client_id, family_id=claims.family_id)


def purge_expired(*, session: Session, now: datetime | None = None) -> int:
    """Delete expired codes and refresh tokens (an expired token can't be used, so its replay needn't be
    detected); returns rows deleted. A live family keeps its newest token."""
    at = now or _now()
    n = session.exec(delete(OAuthAuthorizationCode).where(OAuthAuthorizationCode.expires_at < at)).rowcount or 0
    return n + (session.exec(delete(OAuthRefreshToken).where(OAuthRefreshToken.expires_at < at)).rowcount or 0)
