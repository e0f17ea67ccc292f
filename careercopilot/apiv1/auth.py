"""Bearer-token authentication, scopes and per-token rate limits of ``/api/v1``.

``Authorization: Bearer cc_pat_…`` (a personal access token) or ``Authorization: Bearer <JWT>`` (an
access token of a first-party client, :mod:`careercopilot.services.first_party`: scopes are enforced
the same way; refused at once when its refresh-token family is revoked) is the only credential: cookies are never read, so a
page of another origin cannot act with a visitor's session (the Origin/CORS rules of the
cookie routes don't apply: ``routes.ORIGIN_EXEMPT_PREFIXES``). Answers (RFC 6750 §3):

* no or malformed header → 401, ``WWW-Authenticate: Bearer realm="api"``;
* unknown, revoked or expired token → 401, ``error="invalid_token"``; past
  ``API_TOKEN_FAILURE_LIMIT`` such failures from one client IP per ``AUTH_RATE_WINDOW_SECONDS``
  → 429 with ``Retry-After`` for every bearer request of that IP (:func:`refuse_guessing`);
* more than ``API_RATE_LIMIT`` requests in ``API_RATE_WINDOW_SECONDS`` by one token (for JWTs: one
  sign-in, i.e. refresh-token family) → 429
  with ``Retry-After`` (``services.ratelimit``, Redis in production);
* a token without the operation's scope → 403, ``error="insufficient_scope"``.

The dependency is a plain ``def``: FastAPI runs it on its thread pool, never on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from careercopilot.apiv1.problems import Problem
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import api_tokens, first_party, ratelimit
from careercopilot.services.api_tokens import TokenPrincipal

#: The OpenAPI security scheme (``components.securitySchemes.PersonalAccessToken``).
bearer = HTTPBearer(auto_error=False, scheme_name="PersonalAccessToken", bearerFormat="cc_pat_… or JWT",
                    description="A personal access token from Settings → API tokens "
                                "(or `python -m careercopilot token create`), or the JWT access token a "
                                "first-party client (the clipper) obtained at /oauth/token.")
_REALM = 'Bearer realm="api"'


def _authenticate(secret: str) -> TokenPrincipal | None:
    with session_scope() as s:
        if secret.startswith(api_tokens.TOKEN_PREFIX):
            return api_tokens.authenticate(session=s, secret=secret)
        return first_party.authenticate(session=s, token=secret)


#: ``services.ratelimit`` scope of failed token authentications, per client IP key.
FAILURES_SCOPE = "api-token-failures-ip"


def refuse_guessing(request) -> None:
    """Raise ``ratelimit.RateLimited`` when the request's client IP (``api.client_ip_key``: an IPv6
    client's /64) has failed ``API_TOKEN_FAILURE_LIMIT`` token authentications this window. Checked
    before any token is looked at, so a right token is refused too and a 429 tells nothing about a guess."""
    from careercopilot.api import client_ip_key

    ratelimit.check(FAILURES_SCOPE, client_ip_key(request), limit=settings.api_token_failure_limit,
                    window_seconds=settings.auth_rate_window_seconds)


def count_failure(request) -> None:
    """Count one failed token authentication of the request's client IP; raises
    ``ratelimit.RateLimited`` when it goes past ``API_TOKEN_FAILURE_LIMIT``."""
    from careercopilot.api import client_ip_key

    ratelimit.hit(FAILURES_SCOPE, client_ip_key(request), limit=settings.api_token_failure_limit,
                  window_seconds=settings.auth_rate_window_seconds)


def _guessing(exc: ratelimit.RateLimited) -> Problem:
    return Problem(429, f"Too many failed token authentications from this address; retry in {exc.retry_after} s.",
                   headers={"Retry-After": str(exc.retry_after)})


def _rate_key(who: TokenPrincipal) -> str:
    """Personal tokens count per token; first-party access tokens per sign-in (family)."""
    return f"oauth-{who.family_id}" if isinstance(who, first_party.ClientPrincipal) else str(who.token_id)


def requires(resource: str, mode: str) -> Callable[..., TokenPrincipal]:
    """A dependency giving the :class:`TokenPrincipal` of a token holding ``resource:mode``."""
    scope = f"{resource}:{mode}"

    def dependency(request: Request,
                   credentials: HTTPAuthorizationCredentials | None = Security(bearer, scopes=[scope])) -> TokenPrincipal:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise Problem(401, "Send a personal access token: Authorization: Bearer cc_pat_….",
                          headers={"WWW-Authenticate": _REALM})
        try:
            refuse_guessing(request)
        except ratelimit.RateLimited as exc:
            raise _guessing(exc) from None
        who = _authenticate(credentials.credentials.strip())
        if who is None:
            try:
                count_failure(request)
            except ratelimit.RateLimited as exc:
                raise _guessing(exc) from None
            raise Problem(401, "The token is unknown, revoked or expired.",
                          headers={"WWW-Authenticate": f'{_REALM}, error="invalid_token"'})
        try:
            ratelimit.hit("api-token", _rate_key(who), limit=settings.api_rate_limit,
                          window_seconds=settings.api_rate_window_seconds)
        except ratelimit.RateLimited as exc:
            raise Problem(429, f"Too many requests with this token; retry in {exc.retry_after} s.",
                          headers={"Retry-After": str(exc.retry_after)}) from None
        if not who.allows(resource, mode):
            raise Problem(403, f"This token lacks the {scope} scope.",
                          headers={"WWW-Authenticate": f'{_REALM}, error="insufficient_scope", scope="{scope}"'})
        request.state.principal = who
        return who

    dependency.__name__ = f"requires_{resource}_{mode}"
    return dependency
