"""Provider sign-in routes and the second sign-in step (issue 14, "Sign-in").

* ``GET /auth/oauth/<provider>/start[?next=/path | ?link=1 | ?reauth=1&next=/path]`` — start an attempt
  (:mod:`careercopilot.services.oauth`): its state, PKCE verifier and nonce go into a signed cookie
  of its own (``cc_oauth_<state>``, HttpOnly, SameSite=Lax, path ``/auth/oauth/``, 10 minutes), then
  303 to the provider. ``link=1`` needs a session: the provider is linked to that account
  (Settings) — if the same user is still signed in when the browser comes back. ``reauth=1`` needs a
  session too: the signed-in user confirms a sensitive change by signing in again (``services.reauth``);
  the provider is asked for a fresh login (``services.oauth`` docstring: OIDC ``prompt=login`` +
  ``max_age=0`` and ``auth_time`` checked; GitHub ``prompt=select_account``), the answer must be an
  identity linked to that same user (``reauth_other_account`` otherwise, nothing created), and it opens
  a new session, which is the fresh proof ``services.reauth`` accepts. An unconfigured provider → the login page with ``oauth_unavailable``.
* ``GET /auth/oauth/<provider>/callback?code&state`` (or ``?error``) — the provider sends the
  browser back. Exempt from the Origin check (routes.ORIGIN_EXEMPT_PREFIXES: a cross-site
  navigation carries no Origin of ours); the attempt cookie matching ``state``, the single use of
  ``state`` and PKCE protect it. ``error=access_denied`` (the user cancelled) → the login page
  (Settings for a link) with the neutral ``oauth_cancelled``; a missing, forged, expired or reused
  state → ``oauth_state``. Success lands in the same place as a password login
  (:func:`careercopilot.api.open_session`): the HttpOnly session cookie, or the second step when
  two-factor is on. Account rules: :mod:`careercopilot.services.identities`.
* ``POST /auth/two-factor`` — the code (or recovery code) for a sign-in waiting on its second step
  (the signed ``cc_2fa`` cookie, :mod:`careercopilot.services.totp`); Origin-checked like every form.

Provider calls are async (httpx); database work runs on :mod:`careercopilot.offload`'s pool.
"""

from __future__ import annotations

from urllib.parse import urlencode

import structlog
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from careercopilot import metrics, offload, routes
from careercopilot.api import (
    _csrf_ok, _error_params, _form, _redirect, client_ip, client_ip_key, open_session, signed_in_response,
)
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import account_deletion, identities, oauth, ratelimit, totp, users

log = structlog.get_logger(__name__)

router = APIRouter()


def _plain_redirect(path: str, **params: str) -> RedirectResponse:
    """A same-origin relative redirect (the callback has no Origin/Referer of ours to build on)."""
    query = {k: v for k, v in params.items() if v}
    return RedirectResponse(path + (f"?{urlencode(query)}" if query else ""), status_code=303)


def _session_user(request: Request) -> users.SessionUser | None:
    with session_scope() as s:
        return users.resolve_session(session=s, token=request.cookies.get(settings.session_cookie_name))


@router.get(routes.AUTH_OAUTH + "/{name}/start")
async def oauth_start(name: str, request: Request) -> Response:
    """Begin a provider sign-in (or a link from Settings with ``link=1``, a re-authentication with ``reauth=1``)."""
    link = request.query_params.get("link") == "1"
    reauth = not link and request.query_params.get("reauth") == "1"
    link_user_id = reauth_user_id = None
    if link or reauth:
        who = await offload.db(_session_user, request)
        if who is None:
            return _plain_redirect(routes.LOGIN, error="session_expired")
        link_user_id, reauth_user_id = (who.user_id, None) if link else (None, who.user_id)
    next_path = routes.safe_next(request.query_params.get("next")) or ""
    try:
        oauth.provider(name)
        attempt = oauth.new_attempt(name, next_path=next_path, link_user_id=link_user_id,
                                    reauth_user_id=reauth_user_id)
        url = await oauth.authorization_url(attempt)
    except oauth.OAuthError as exc:
        log.warning("oauth_start_failed", provider=name, reason=str(exc))
        return _plain_redirect(routes.SETTINGS if link or reauth else routes.LOGIN, error=exc.code)
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(oauth.cookie_name(attempt.state), oauth.seal(attempt), max_age=oauth.ATTEMPT_MAX_AGE_SECONDS,
                        httponly=True, samesite="lax", secure=settings.cookie_secure, path=oauth.ATTEMPT_COOKIE_PATH)
    return response


def _sign_in(request: Request, profile: oauth.Profile) -> tuple[str | None, bool, int]:
    with session_scope() as s:
        outcome = identities.sign_in(session=s, profile=profile)
        token, kept = open_session(s, request, outcome.user_id)
        return token, kept, outcome.user_id


def _reauth(request: Request, user_id: int, profile: oauth.Profile) -> tuple[str | None, bool]:
    with session_scope() as s:
        identities.confirm_reauth(session=s, user_id=user_id, profile=profile)
        return open_session(s, request, user_id)


def _link(user_id: int, profile: oauth.Profile) -> None:
    with session_scope() as s:
        identities.link(session=s, user_id=user_id, profile=profile)


@router.get(routes.AUTH_OAUTH + "/{name}/callback")
async def oauth_callback(name: str, request: Request) -> Response:
    """Finish a provider sign-in (rules in the module docstring)."""
    q = request.query_params
    state = q.get("state") or ""
    well_formed = len(state) <= 100 and state.isascii() and state.replace("-", "").replace("_", "").isalnum()
    cookie = oauth.cookie_name(state) if well_formed else ""
    attempt = None
    try:
        attempt = oauth.unseal(request.cookies.get(cookie) if cookie else None, state=state, name=name)
    except oauth.OAuthError:
        pass
    back = routes.SETTINGS if attempt and (attempt.link_user_id or attempt.reauth_user_id) else routes.LOGIN

    def done(response: Response) -> Response:
        if cookie:
            response.delete_cookie(cookie, path=oauth.ATTEMPT_COOKIE_PATH)
        return response

    if q.get("error"):
        metrics.AUTH_EVENTS.labels("oauth", "cancelled").inc()
        code = "oauth_cancelled" if q.get("error") == "access_denied" else "oauth_failed"
        return done(_plain_redirect(back, error=code))
    try:
        if attempt is None:
            raise oauth.OAuthError("oauth_state", "no valid attempt for this state")
        await offload.db(oauth.claim_state, state)
        profile = await oauth.fetch_profile(attempt, q.get("code") or "")
        if attempt.link_user_id is not None:
            who = await offload.db(_session_user, request)
            if who is None or who.user_id != attempt.link_user_id:  # signed out (or someone else) meanwhile
                return done(_plain_redirect(routes.LOGIN, error="session_expired"))
            await offload.db(_link, attempt.link_user_id, profile)
            return done(_plain_redirect(routes.SETTINGS, notice="identity_linked"))
        if attempt.reauth_user_id is not None:
            user_id = attempt.reauth_user_id
            token, kept = await offload.db(_reauth, request, user_id, profile)
        else:
            token, kept, user_id = await offload.db(_sign_in, request, profile)
    except oauth.OAuthError as exc:
        metrics.AUTH_EVENTS.labels("oauth", "refused").inc()
        log.info("oauth_refused", provider=name, code=exc.code, reason=str(exc))
        return done(_plain_redirect(back, error=exc.code))
    metrics.AUTH_EVENTS.labels("oauth", "ok").inc()
    return done(signed_in_response(request, user_id=user_id, token=token, kept=kept, next_path=attempt.next_path,
                                   relative=True))


@router.post(routes.AUTH_TWO_FACTOR)
async def two_factor(request: Request) -> Response:
    """Check the second-step code and open the session; a wrong code returns to the step."""
    if not _csrf_ok(request):
        return PlainTextResponse("Cross-site form post refused.", status_code=403)
    pending = totp.unseal_pending(request.cookies.get(totp.PENDING_COOKIE))
    if pending is None:
        return _redirect(request, routes.LOGIN, error="two_factor_expired")
    form = await _form(request)
    user_id, next_path = pending["uid"], routes.safe_next(pending.get("next")) or ""

    def check() -> tuple[str, bool]:
        ratelimit.hit("two-factor-ip", client_ip_key(request), limit=settings.auth_rate_limit_ip,
                      window_seconds=settings.auth_rate_window_seconds)
        with session_scope() as s:
            totp.verify(session=s, user_id=user_id, code=form.get("code", ""))
            kept = account_deletion.cancel_deletion(session=s, user_id=user_id)
            return users.start_session(session=s, user_id=user_id, ip=client_ip(request),
                                       user_agent=request.headers.get("user-agent")), kept

    try:
        token, kept = await offload.db(check)
    except (totp.TotpError, ratelimit.RateLimited) as exc:
        metrics.AUTH_EVENTS.labels("two_factor", "refused").inc()
        return _redirect(request, routes.LOGIN, step="two-factor", **_error_params(exc))
    metrics.AUTH_EVENTS.labels("two_factor", "ok").inc()
    response = signed_in_response(request, user_id=user_id, token=token, kept=kept, next_path=next_path)
    response.delete_cookie(totp.PENDING_COOKIE, path="/")
    return response

