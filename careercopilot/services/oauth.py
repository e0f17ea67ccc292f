"""OAuth 2.0 / OpenID Connect sign-in with Google and GitHub (issue 14, "Sign-in"): the protocol half.

What the account half does with a provider's answer (sign in, link, create) is in
:mod:`careercopilot.services.identities`; the HTTP routes are in :mod:`careercopilot.api_oauth`.

Providers come from settings (careercopilot/config/); a provider is *configured* when its client
id and secret are both set, and only configured providers get a button:

* ``google`` — OpenID Connect via the discovery document ``GOOGLE_DISCOVERY_URL``; scope
  ``openid email profile``; the ID token (RS256, keys from the document's ``jwks_uri``) is
  verified with joserfc: signature, ``iss`` = the document's issuer, ``aud`` = our client id,
  ``exp``/``iat``, and ``nonce`` = the one this attempt sent (OIDC Core §3.1.3.7).
* ``github`` — OAuth app at ``GITHUB_URL`` (``/login/oauth/authorize``, ``/login/oauth/access_token``),
  scope ``read:user user:email``; the profile from ``GITHUB_API_URL`` ``GET /user`` (``id`` is the
  stable subject) and the address from ``GET /user/emails`` — only the entry that is
  ``primary`` AND ``verified`` counts (GitHub REST docs, "List email addresses for the
  authenticated user").

Every attempt carries its own ``state`` (32 random bytes), PKCE ``code_verifier`` (RFC 7636, S256)
and, for OIDC, ``nonce``. They travel to the callback in a cookie of their own, named after the
state (``cc_oauth_<state>``), signed and time-limited with itsdangerous (SECRET_KEY, max
:data:`ATTEMPT_MAX_AGE_SECONDS`): concurrent sign-ins in one browser never overwrite each other's
state. A state is accepted once: :func:`claim_state` counts it in the project's shared limiter
storage (Redis in production), so a replayed callback is refused even with the cookie.

Re-authentication (:mod:`careercopilot.services.reauth`, the ``provider`` proof before a sensitive
change): an attempt with ``reauth_user_id`` must make the user sign in at the provider again, not reuse
the provider's session silently:

* ``google`` (OIDC): the authorization request carries ``prompt=login`` and ``max_age=0`` (OIDC Core
  §3.1.2.1; both are mandatory for every OP, §15.1 — Google's own documentation lists only ``none``,
  ``consent`` and ``select_account`` for ``prompt``, which is why ``max_age`` is sent too). With
  ``max_age`` the ID token must carry ``auth_time`` (§2): when it does, :func:`fetch_profile` refuses a
  sign-in older than the attempt (``auth_time`` < attempt start − :data:`AUTH_TIME_LEEWAY_SECONDS`) with
  ``oauth_reauth_stale``; a provider that omits ``auth_time`` is taken at its word (logged).
* ``github``: GitHub has no ``max_age``, no ``prompt=login`` and no ``auth_time`` (it is not an OIDC
  provider). The strongest it offers is ``prompt=select_account`` (GitHub changelog 2024-06-07, "Account
  picker updates for OAuth and GitHub App sign-in"): the account picker always appears, so the user
  must act and choose the account, but GitHub asks for the password only when its own session has
  ended. A GitHub re-authentication therefore proves control of a live GitHub session in that browser,
  not knowledge of the password; users who want more should turn on two-factor here (then the
  ``totp`` proof is asked instead, :func:`careercopilot.services.reauth.method`).

Errors are :class:`OAuthError` whose ``code`` is a key of :mod:`careercopilot.services.auth_messages`.
HTTP calls use httpx's async client (authlib's ``AsyncOAuth2Client``), each client built on the
network pool (it reads the CA bundle): nothing blocks the event loop. Every URL the server calls
(discovery document, token endpoint, key set, GitHub API) is vetted first by the SSRF guard
(``netguard.vet_url`` with ``SSRF_ALLOW_HOSTS``, issue 9 finding 3): an identity provider on the
local network works only when an admin lists it there. The connection is not pinned to the vetted
address (authlib owns the client); the hosts come from admin settings, not from users.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import asdict, dataclass

import httpx
import itsdangerous
import structlog
from authlib.integrations.httpx_client import AsyncOAuth2Client
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from careercopilot import offload
from careercopilot.config import settings
from careercopilot.connectors.errors import BlockedURLError
from careercopilot.connectors.netguard import vet_url
from careercopilot.services import ratelimit

log = structlog.get_logger(__name__)

#: How long a started sign-in may take before its callback is refused, seconds (10 minutes).
ATTEMPT_MAX_AGE_SECONDS = 600
#: Name prefix of the per-attempt cookie (the state value follows).
ATTEMPT_COOKIE_PREFIX = "cc_oauth_"
#: Path the attempt cookies are scoped to (only the OAuth routes see them).
ATTEMPT_COOKIE_PATH = "/auth/oauth/"
#: Clock difference tolerated between the provider and this server when checking ``auth_time``, seconds.
AUTH_TIME_LEEWAY_SECONDS = 60
#: Extra authorization parameters of a re-authentication, by provider kind (module docstring).
REAUTH_PARAMS = {"oidc": {"prompt": "login", "max_age": "0"}, "github": {"prompt": "select_account"}}
#: Timeout of each call to a provider, seconds.
HTTP_TIMEOUT_SECONDS = 10.0
#: Discovery documents and key sets are cached this long, seconds.
METADATA_TTL_SECONDS = 3600
_SALT = "cc-oauth-attempt-v1"


class OAuthError(Exception):
    """A sign-in that cannot go on; ``code`` is an auth_messages key, ``str()`` a sentence for logs."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


@dataclass(frozen=True)
class IdentityProvider:
    """A configured identity provider. ``kind`` is ``"oidc"`` (Google) or ``"github"``."""

    name: str
    label: str
    kind: str
    client_id: str
    client_secret: str
    scope: str


@dataclass(frozen=True)
class Profile:
    """What a provider asserted: ``subject`` (stable id), ``email`` (None when it gave none) and
    whether the provider says that address is verified."""

    provider: str
    subject: str
    email: str | None
    email_verified: bool
    name: str | None = None


@dataclass(frozen=True)
class Attempt:
    """One sign-in in flight. ``link_user_id`` is set when a signed-in user links this provider
    from Settings; ``reauth_user_id`` when a signed-in user confirms a sensitive change by signing in
    again (fresh login forced, module docstring); ``next_path`` is the safe page to open afterwards
    ("" = default); ``started_at``: when the attempt began, Unix seconds."""

    provider: str
    state: str
    code_verifier: str
    nonce: str
    next_path: str = ""
    link_user_id: int | None = None
    reauth_user_id: int | None = None
    started_at: int = 0


def providers() -> list[IdentityProvider]:
    """The configured providers, Google first."""
    out = []
    if settings.google_client_id and settings.google_client_secret:
        out.append(IdentityProvider("google", "Google", "oidc", settings.google_client_id, settings.google_client_secret,
                            "openid email profile"))
    if settings.github_client_id and settings.github_client_secret:
        out.append(IdentityProvider("github", "GitHub", "github", settings.github_client_id, settings.github_client_secret,
                            "read:user user:email"))
    return out


def provider(name: str) -> IdentityProvider:
    """The configured provider ``name``; OAuthError ``oauth_unavailable`` otherwise."""
    for p in providers():
        if p.name == name:
            return p
    raise OAuthError("oauth_unavailable", f"provider {name!r} is not configured")


def redirect_uri(name: str) -> str:
    """The callback URL registered at the provider: ``<APP_URL>/auth/oauth/<name>/callback``."""
    return f"{settings.app_url.rstrip('/')}/auth/oauth/{name}/callback"


# --- attempts ---------------------------------------------------------------------------------

def new_attempt(name: str, *, next_path: str = "", link_user_id: int | None = None,
                reauth_user_id: int | None = None) -> Attempt:
    """A fresh attempt: random state (43 chars), PKCE verifier (RFC 7636 §4.1: 43–128 chars), nonce."""
    return Attempt(provider=name, state=secrets.token_urlsafe(32), code_verifier=secrets.token_urlsafe(48),
                   nonce=secrets.token_urlsafe(24), next_path=next_path, link_user_id=link_user_id,
                   reauth_user_id=reauth_user_id, started_at=int(time.time()))


def _serializer() -> itsdangerous.URLSafeTimedSerializer:
    return itsdangerous.URLSafeTimedSerializer(settings.secret_key, salt=_SALT)


def cookie_name(state: str) -> str:
    """The attempt cookie's name for ``state`` (state values are URL-safe base64: cookie-safe)."""
    return ATTEMPT_COOKIE_PREFIX + state


def seal(attempt: Attempt) -> str:
    """The signed cookie value of ``attempt``."""
    return _serializer().dumps(asdict(attempt))


def unseal(value: str | None, *, state: str, name: str) -> Attempt:
    """The attempt in a cookie value, checked: signature, age ≤ ATTEMPT_MAX_AGE_SECONDS, same state
    and provider. Raises OAuthError ``oauth_state`` otherwise (missing, forged, expired, mixed up)."""
    if not value or not state:
        raise OAuthError("oauth_state", "no attempt cookie for this state")
    try:
        data = _serializer().loads(value, max_age=ATTEMPT_MAX_AGE_SECONDS)
        attempt = Attempt(**data)
    except (itsdangerous.BadData, TypeError) as exc:
        raise OAuthError("oauth_state", f"attempt cookie refused: {type(exc).__name__}") from None
    if not secrets.compare_digest(attempt.state, state) or attempt.provider != name:
        raise OAuthError("oauth_state", "state or provider differs from the attempt")
    return attempt


def claim_state(state: str) -> None:
    """Mark ``state`` used; OAuthError ``oauth_state`` when it was used before (a replayed callback).
    Counted in the shared limiter storage for ATTEMPT_MAX_AGE_SECONDS (the cookie's lifetime)."""
    if ratelimit.consume("oauth-state", state, amount=1, window_seconds=ATTEMPT_MAX_AGE_SECONDS) > 1:
        raise OAuthError("oauth_state", "state already used")


# --- provider calls -----------------------------------------------------------------------------

_metadata: dict[str, tuple[float, dict]] = {}


async def _http() -> httpx.AsyncClient:
    """A plain async client, built on the network pool (see :func:`_client`)."""
    return await offload.net(httpx.AsyncClient, timeout=HTTP_TIMEOUT_SECONDS)


async def _vetted(url: str) -> str:
    """``url`` when the SSRF guard allows it (DNS lookups on the network pool), else OAuthError
    ``oauth_failed`` (the cause is logged, not shown)."""
    try:
        await offload.net(vet_url, url, allow_hosts=settings.ssrf_allow_hosts)
    except BlockedURLError as exc:
        log.warning("oauth.blocked", url=url, detail=exc.detail or exc.message)
        raise OAuthError("oauth_failed", f"{url}: blocked by the SSRF guard") from None
    return url


async def _cached_json(http: httpx.AsyncClient, url: str) -> dict:
    hit = _metadata.get(url)
    if hit and hit[0] > time.monotonic():
        return hit[1]
    await _vetted(url)
    try:
        resp = await http.get(url)
        resp.raise_for_status()
        data = resp.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise OAuthError("oauth_failed", f"{url}: {type(exc).__name__}") from None
    _metadata[url] = (time.monotonic() + METADATA_TTL_SECONDS, data)
    return data


async def _client(p: IdentityProvider) -> AsyncOAuth2Client:
    """authlib's async client for ``p``, built on the network pool: creating an httpx client loads
    the CA bundle and (first time) imports its transport — file reads that must not run on the loop."""
    return await offload.net(
        AsyncOAuth2Client, client_id=p.client_id, client_secret=p.client_secret, scope=p.scope,
        redirect_uri=redirect_uri(p.name), code_challenge_method="S256", timeout=HTTP_TIMEOUT_SECONDS,
        token_endpoint_auth_method="client_secret_post")


async def _endpoints(p: IdentityProvider) -> dict:
    """``authorization_endpoint``, ``token_endpoint`` and (OIDC) ``issuer``, ``jwks_uri``, ``userinfo_endpoint``."""
    if p.kind == "github":
        base = settings.github_url.rstrip("/")
        return {"authorization_endpoint": f"{base}/login/oauth/authorize",
                "token_endpoint": f"{base}/login/oauth/access_token"}
    async with await _http() as http:
        doc = await _cached_json(http, settings.google_discovery_url)
    if not all(doc.get(k) for k in ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")):
        raise OAuthError("oauth_failed", "discovery document lacks endpoints")
    return doc


async def authorization_url(attempt: Attempt) -> str:
    """The provider's authorize URL for ``attempt`` (state, S256 code challenge, nonce for OIDC; for a
    re-authentication also :data:`REAUTH_PARAMS` of the provider's kind)."""
    p = provider(attempt.provider)
    meta = await _endpoints(p)
    extra = {"nonce": attempt.nonce} if p.kind == "oidc" else {}
    if attempt.reauth_user_id is not None:
        extra.update(REAUTH_PARAMS[p.kind])
    async with await _client(p) as client:
        url, _ = client.create_authorization_url(meta["authorization_endpoint"], state=attempt.state,
                                                 code_verifier=attempt.code_verifier, **extra)
    return url


async def fetch_profile(attempt: Attempt, code: str) -> Profile:
    """Exchange ``code`` (with the attempt's PKCE verifier) and read who signed in.

    Raises OAuthError ``oauth_failed`` (provider unreachable, token refused, ID token invalid)."""
    p = provider(attempt.provider)
    meta = await _endpoints(p)
    await _vetted(meta["token_endpoint"])
    async with await _client(p) as client:
        try:
            token = await client.fetch_token(meta["token_endpoint"], code=code, code_verifier=attempt.code_verifier,
                                             headers={"Accept": "application/json"})
        except Exception as exc:  # authlib raises OAuthError subclasses or httpx errors
            raise OAuthError("oauth_failed", f"token exchange: {type(exc).__name__}: {exc}") from None
        if p.kind == "oidc":
            return await _oidc_profile(p, meta, token, attempt)
        return await _github_profile(client, token)


async def _oidc_profile(p: IdentityProvider, meta: dict, token: dict, attempt: Attempt) -> Profile:
    id_token = token.get("id_token")
    if not id_token:
        raise OAuthError("oauth_failed", "no id_token in the token response")
    async with await _http() as http:
        jwks = await _cached_json(http, meta["jwks_uri"])
    try:
        decoded = jwt.decode(id_token, KeySet.import_key_set(jwks), algorithms=["RS256", "ES256"])
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": meta["issuer"]}, aud={"essential": True, "value": p.client_id},
            sub={"essential": True}, exp={"essential": True}, nonce={"essential": True, "value": attempt.nonce},
        ).validate(decoded.claims)
    except (JoseError, ValueError) as exc:
        _metadata.pop(meta["jwks_uri"], None)  # a rotated key set is fetched again next time
        raise OAuthError("oauth_failed", f"id_token refused: {type(exc).__name__}: {exc}") from None
    claims = decoded.claims
    if attempt.reauth_user_id is not None:
        _check_auth_time(claims, attempt)
    verified = claims.get("email_verified") is True or claims.get("email_verified") == "true"
    return Profile(p.name, str(claims["sub"]), claims.get("email"), verified, claims.get("name"))


def _check_auth_time(claims: dict, attempt: Attempt) -> None:
    """A re-authentication's ID token: ``auth_time`` (Unix seconds, OIDC Core §2), when present, must not
    be older than the attempt (less :data:`AUTH_TIME_LEEWAY_SECONDS`); else OAuthError ``oauth_reauth_stale``
    (the provider reused an earlier sign-in despite ``prompt=login``/``max_age=0``)."""
    auth_time = claims.get("auth_time")
    if auth_time is None:
        log.info("oauth.reauth_without_auth_time", provider=attempt.provider)
        return
    if isinstance(auth_time, bool) or not isinstance(auth_time, (int, float)):
        raise OAuthError("oauth_failed", f"id_token auth_time is not a number: {auth_time!r}")
    if auth_time < attempt.started_at - AUTH_TIME_LEEWAY_SECONDS:
        raise OAuthError("oauth_reauth_stale", f"auth_time {auth_time} precedes the attempt ({attempt.started_at})")


async def _github_profile(client: AsyncOAuth2Client, token: dict) -> Profile:
    api = settings.github_api_url.rstrip("/")
    headers = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}
    await _vetted(f"{api}/user")
    try:
        user = (await client.get(f"{api}/user", headers=headers)).raise_for_status().json()
        emails = (await client.get(f"{api}/user/emails", headers=headers)).raise_for_status().json()
    except (httpx.HTTPError, ValueError) as exc:
        raise OAuthError("oauth_failed", f"GitHub API: {type(exc).__name__}") from None
    if not isinstance(user, dict) or user.get("id") is None or not isinstance(emails, list):
        raise OAuthError("oauth_failed", "GitHub API answered an unexpected shape")
    primary = next((e for e in emails if isinstance(e, dict) and e.get("primary") is True
                    and e.get("verified") is True and e.get("email")), None)
    return Profile("github", str(user["id"]), primary["email"] if primary else None, primary is not None,
                   user.get("name") or user.get("login"))
