"""HTTP endpoints of the first-party authorization server (issue 14, "Auth"; rules in
:mod:`careercopilot.services.first_party`).

* ``GET /oauth/authorize?response_type=code&client_id&redirect_uri&code_challenge&code_challenge_method=S256
  [&scope][&state]`` — with a session cookie: a consent page naming the client and the scopes; without
  one: the login page, which comes back here (``next``). An unknown client or unregistered redirect
  URI gets an error page (never a redirect, RFC 6749 §4.1.2.1); other errors go back to the client as
  ``?error=…&state=…``.
* ``POST /oauth/authorize`` — the consent form (Origin-checked like every cookie form): ``approve``
  → 303 to ``redirect_uri?code=…&state=…&iss=…`` (RFC 9207 ``iss``); ``deny`` → ``error=access_denied``.
* ``POST /oauth/token`` — form-encoded (RFC 6749 §4.1.3, §6): ``grant_type=authorization_code`` with
  ``code``, ``redirect_uri``, ``client_id``, ``code_verifier``; ``grant_type=refresh_token`` with
  ``refresh_token``, ``client_id`` [, ``scope``]. JSON answers with ``Cache-Control: no-store``
  (§5.1); errors ``{"error", "error_description"}`` with 400/401 (§5.2), 429 past the limit.
* ``POST /oauth/revoke`` — RFC 7009: ``token`` [, ``token_type_hint``], ``client_id`` → 200 (also
  for an unknown token).

Token and revocation read no cookie and are exempt from the Origin check
(``routes.ORIGIN_EXEMPT_PREFIXES``). Every request of them, and every consent decision, counts against
``OAUTH_RATE_LIMIT`` per ``AUTH_RATE_WINDOW_SECONDS`` and client IP (:mod:`~careercopilot.services.ratelimit`).
Database and Redis work runs on :mod:`careercopilot.offload`'s pool.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode, urlsplit

import structlog
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response

from careercopilot import offload, routes
from careercopilot.api import CSP, _csrf_ok, client_ip_key
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import access_tokens, first_party, ratelimit, users
from careercopilot.services.first_party import GrantError

log = structlog.get_logger(__name__)

router = APIRouter()

#: RFC 6749 §5.1: token responses must not be cached.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
#: Longest form value read (an access token sent for revocation is ~600 characters).
MAX_VALUE_CHARS = 4096
#: The authorization request parameters carried through the consent form.
REQUEST_FIELDS = ("response_type", "client_id", "redirect_uri", "code_challenge", "code_challenge_method", "scope",
                  "state")
#: What each scope lets a client do, for the consent page.
SCOPE_WORDS = {"read": "see", "write": "change"}


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: str(v)[:MAX_VALUE_CHARS] for k, v in form.items() if isinstance(v, str)}


def _limit(request: Request, action: str) -> None:
    ratelimit.hit(f"oauth-{action}-ip", client_ip_key(request), limit=settings.oauth_rate_limit,
                  window_seconds=settings.auth_rate_window_seconds)


def _error_json(exc: GrantError) -> JSONResponse:
    return JSONResponse({"error": exc.error, "error_description": exc.description}, status_code=exc.status,
                        headers=NO_STORE)


def _rate_limited(exc: ratelimit.RateLimited) -> JSONResponse:
    return JSONResponse({"error": "invalid_request", "error_description": str(exc)}, status_code=429,
                        headers={**NO_STORE, "Retry-After": str(exc.retry_after)})


def _page(title: str, body: str, *, status: int = 200, form_origin: str = "") -> HTMLResponse:
    html = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head>"
            "<body style=\"font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem\">"
            f"<h1 style=\"font-size:1.4rem\">{escape(title)}</h1>{body}</body></html>")
    # form-action also governs the redirect after the consent POST (CSP 3 §6.4.1): allow the client's origin
    csp = CSP.format(script_hashes="")
    if form_origin:
        csp = csp.replace("form-action 'self'", f"form-action 'self' {form_origin}")
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": csp, **NO_STORE})


def _error_page(exc: GrantError) -> HTMLResponse:
    return _page("This sign-in request can't be used",
                 f"<p>{escape(exc.description)}</p><p>Return to the extension or app and try again.</p>",
                 status=exc.status if exc.status != 401 else 400)


def _to_client(params: dict[str, str], exc: GrantError) -> Response:
    """A redirectable error back to the (already checked) redirect URI."""
    return RedirectResponse(first_party.redirect_to(params["redirect_uri"], error=exc.error,
                                                    error_description=exc.description, state=params.get("state", ""),
                                                    iss=access_tokens.issuer()), status_code=303)


def _session_user(request: Request) -> users.SessionUser | None:
    with session_scope() as s:
        return users.resolve_session(session=s, token=request.cookies.get(settings.session_cookie_name))


def _login_redirect(params: dict[str, str]) -> RedirectResponse:
    back = routes.OAUTH_AUTHORIZE + "?" + urlencode({k: params[k] for k in REQUEST_FIELDS if params.get(k)})
    return RedirectResponse(routes.LOGIN + "?" + urlencode({"next": back}), status_code=303)


def _scope_lines(scopes: tuple[str, ...]) -> str:
    items = []
    for scope in scopes:
        resource, _, mode = scope.partition(":")
        items.append(f"<li>{escape(SCOPE_WORDS.get(mode, mode))} your {escape(resource)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _origin(uri: str) -> str:
    parts = urlsplit(uri)
    return f"{parts.scheme}://{parts.netloc}"


async def _checked_request(request: Request, params: dict[str, str]):
    """``(authorization request, signed-in user)`` of the page or its form post, or the response that
    ends it: the error page (or an error redirect to the client) for an invalid request, the login
    page for a signed-out user."""
    try:
        req = first_party.parse_authorization_request(params)
    except GrantError as exc:
        return _error_page(exc) if not exc.redirectable else _to_client(params, exc)
    who = await offload.db(_session_user, request)
    if who is None:
        return _login_redirect(params)
    return req, who


@router.get(routes.OAUTH_AUTHORIZE)
async def authorize(request: Request) -> Response:
    """The consent page (or the login page first); rules in the module docstring."""
    params = {k: v[:MAX_VALUE_CHARS] for k, v in request.query_params.items()}
    checked = await _checked_request(request, params)
    if isinstance(checked, Response):
        return checked
    req, who = checked
    hidden = "".join(f"<input type=\"hidden\" name=\"{k}\" value=\"{escape(params.get(k, ''))}\">"
                     for k in REQUEST_FIELDS)
    body = (f"<p><strong>{escape(req.client.name)}</strong> wants to use your Career Copilot account "
            f"({escape(who.email)}). It will be able to:</p>{_scope_lines(req.scopes)}"
            f"<p>It stays signed in until you sign out everywhere, change your password or revoke it.</p>"
            f"<form method=\"post\" action=\"{routes.OAUTH_AUTHORIZE}\">{hidden}"
            "<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"oauth-approve\">Allow</button> "
            "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"oauth-deny\">Cancel</button></form>")
    return _page(f"Allow {req.client.name}?", body, form_origin=_origin(req.redirect_uri))


@router.post(routes.OAUTH_AUTHORIZE)
async def authorize_decision(request: Request) -> Response:
    """The consent form: a code for ``approve``, ``access_denied`` otherwise."""
    if not _csrf_ok(request):
        return PlainTextResponse("Cross-site form post refused.", status_code=403)
    params = await _form(request)
    checked = await _checked_request(request, params)
    if isinstance(checked, Response):
        return checked
    req, who = checked
    if params.get("decision") != "approve":
        log.info("oauth.consent_denied", user_id=who.user_id, client_id=req.client.client_id)
        return _to_client(params, GrantError("access_denied", "The user cancelled the sign-in."))

    def approve() -> str:
        _limit(request, "approve")
        with session_scope() as s:
            return first_party.issue_code(session=s, user_id=who.user_id, request=req)

    try:
        code = await offload.db(approve)
    except ratelimit.RateLimited as exc:
        return _page("Too many sign-in attempts", f"<p>{escape(str(exc))}</p>", status=429)
    log.info("oauth.code_issued", user_id=who.user_id, client_id=req.client.client_id, scopes=list(req.scopes))
    return RedirectResponse(first_party.redirect_to(req.redirect_uri, code=code, state=req.state,
                                                    iss=access_tokens.issuer()), status_code=303)


@router.post(routes.OAUTH_TOKEN)
async def token(request: Request) -> Response:
    """The token endpoint (authorization_code with PKCE, refresh_token with rotation)."""
    form = await _form(request)
    grant = form.get("grant_type")

    def run() -> first_party.TokenSet:
        _limit(request, "token")
        with session_scope() as s:
            try:
                if grant == "authorization_code":
                    return first_party.exchange_code(session=s, client_id=form.get("client_id"), code=form.get("code"),
                                                     redirect_uri=form.get("redirect_uri"),
                                                     code_verifier=form.get("code_verifier"))
                if grant == "refresh_token":
                    return first_party.refresh(session=s, client_id=form.get("client_id"),
                                               refresh_token=form.get("refresh_token"), scope=form.get("scope"))
                raise GrantError("unsupported_grant_type", "grant_type must be authorization_code or refresh_token.")
            except GrantError as exc:
                if exc.keep_changes:  # a replay revoked a family: that must stick although the request fails
                    s.commit()
                raise

    try:
        tokens = await offload.db(run)
    except GrantError as exc:
        return _error_json(exc)
    except ratelimit.RateLimited as exc:
        return _rate_limited(exc)
    return JSONResponse(tokens.as_json(), headers=NO_STORE)


@router.post(routes.OAUTH_REVOKE)
async def revoke(request: Request) -> Response:
    """RFC 7009 revocation of a refresh or access token (and its whole family)."""
    form = await _form(request)

    def run() -> None:
        _limit(request, "revoke")
        with session_scope() as s:
            first_party.revoke(session=s, client_id=form.get("client_id"), token=form.get("token"))

    try:
        await offload.db(run)
    except GrantError as exc:
        return _error_json(exc)
    except ratelimit.RateLimited as exc:
        return _rate_limited(exc)
    return Response(status_code=200, headers=NO_STORE)
