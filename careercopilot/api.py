"""Backend HTTP routes mounted in front of Reflex (``rx.App(api_transformer=api.app)``).

* ``POST /auth/signup|login|logout|password`` — native form posts; they set or clear
  the HttpOnly, SameSite=Lax session cookie (page scripts never see the token) and
  redirect back to a page, carrying a short error code on failure.
* ``GET /auth/oauth/<provider>/start|callback`` (Google, GitHub) and ``POST /auth/two-factor`` (the
  TOTP step of any sign-in): :mod:`careercopilot.api_oauth`.
* ``POST /auth/forgot|reset``, ``GET /auth/verify``, ``GET|POST /unsubscribe/<token>`` — the
  email flows, in :mod:`careercopilot.api_mail`.
* ``/api/v1`` (REST API, personal access tokens), ``/api/openapi.json``, ``/api/docs``:
  :mod:`careercopilot.apiv1`.
* ``GET /healthz`` (process up), ``/readyz`` (database; Redis, Chroma server, S3 when configured),
  ``/metrics`` (Prometheus text format).
* Middleware adds security headers to every response and records request metrics.

Async routes never block the event loop: password hashing and the database work of the
``/auth/*`` routes run on :mod:`careercopilot.offload`'s pools (argon2 takes ~0.1–0.5 s).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import ipaddress
import re
import time
import zlib
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import structlog
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.middleware.base import BaseHTTPMiddleware

from careercopilot import api_mail, api_validation, metrics, offload, origin_guard, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.services import account_deletion, account_mail, auth_messages, form_return, ratelimit, totp, users
from careercopilot.services.passwords import PasswordPolicyError, hash_password

log = structlog.get_logger(__name__)

#: Content-Security-Policy for the compiled React app. Reflex's frontend needs inline
#: styles (Radix/emotion) and a websocket to the backend. Its HTML carries a few inline
#: bootstrap scripts: they are allowed by their SHA-256 hashes (computed per page,
#: see :func:`csp_for_html`), never by 'unsafe-inline'; nothing is eval'd.
CSP = (
    "default-src 'self'; "
    "script-src 'self'{script_hashes}; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; "
    "font-src 'self' data:; "
    "connect-src 'self' ws: wss:; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


@lru_cache(maxsize=256)
def csp_for_html(body: bytes) -> str:
    """The CSP header for an HTML body: inline ``<script>`` blocks allowed by SHA-256 hash."""
    hashes = sorted(
        {"'sha256-" + base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode() + "'"
         for m in _INLINE_SCRIPT.finditer(body) if m.group(1).strip()}
    )
    return CSP.format(script_hashes="".join(" " + h for h in hashes))

def _decoded(body: bytes, encoding: str) -> bytes:
    """The HTML behind a (pre)compressed body: Reflex serves ``page.html.gz`` to gzip clients.

    Only gzip/deflate are decoded (Reflex's default ``frontend_compression_formats`` is gzip);
    other encodings yield no script hashes, which the e2e CSP check would report.
    """
    encoding = encoding.strip().lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            return gzip.decompress(body)
        if encoding == "deflate":
            return zlib.decompress(body)
    except (OSError, zlib.error, EOFError):
        return b""
    return body


@lru_cache(maxsize=256)
def _csp_for_body(body: bytes, encoding: str) -> str:
    """CSP for a served (possibly compressed) HTML body; cached so the same static page is
    decompressed and hashed once, not on every request."""
    return csp_for_html(_decoded(body, encoding))


#: Form fields are capped before any processing (bytes of UTF-8).
MAX_FIELD_CHARS = 512

app = FastAPI(title="Career Copilot backend", docs_url=None, redoc_url=None, openapi_url=None)
api_validation.install(app)  # 422 without echoing the input (a non-UTF-8 body was a 500)


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    """Adds CSP, X-Frame-Options, nosniff, Referrer-Policy (and HSTS over https)."""

    async def dispatch(self, request: Request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        label = getattr(route, "path", None) or _path_label(request.url.path)
        metrics.HTTP_REQUESTS.labels(request.method, label, str(response.status_code)).inc()
        metrics.HTTP_LATENCY.labels(request.method, label).observe(time.perf_counter() - start)
        if response.headers.get("content-type", "").startswith("text/html"):
            chunks = []
            async for chunk in response.body_iterator:
                if isinstance(chunk, dict):  # granian zero-copy file send: {"type": "http.response.pathsend", "path"}
                    chunk = await offload.db(Path(chunk["path"]).read_bytes)
                chunks.append(chunk)
            body = b"".join(chunks)
            headers = dict(response.headers)
            if "content-security-policy" not in headers:  # a route's own, stricter/wider policy stays
                headers["Content-Security-Policy"] = _csp_for_body(body, headers.get("content-encoding", ""))
            response = Response(body, status_code=response.status_code, headers=headers)
        h = response.headers
        if response.status_code != 304:
            # a 304 would replace the cached page's hashed CSP with a hash-less one (RFC 9111 §4.3.4)
            h.setdefault("Content-Security-Policy", CSP.format(script_hashes=""))
        h["X-Frame-Options"] = "DENY"
        h["X-Content-Type-Options"] = "nosniff"
        h["Referrer-Policy"] = "strict-origin-when-cross-origin"
        forwarded_proto = request.headers.get("x-forwarded-proto") if _from_trusted_proxy(request) else None
        if request.url.scheme == "https" or forwarded_proto == "https":
            h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        return response


def _path_label(path: str) -> str:
    """Bounded metric label for paths not matched by a FastAPI route."""
    if path.startswith("/_event"):
        return "/_event"
    if path.startswith("/_upload"):
        return "/_upload"
    if path.startswith(("/assets/", "/_next/", "/static/")):
        return "/assets"
    return "/(page)"


app.include_router(api_mail.router)  # /unsubscribe/<token> (RFC 8058)
app.add_middleware(SecurityHeadersMiddleware)
# Outside the headers middleware: a refused request costs nothing. Reflex mounts its own app
# (``/_event``, ``/_upload``, pages) inside this one, so the guard sees every request.
app.add_middleware(origin_guard.OriginGuard)


@lru_cache(maxsize=8)
def _proxy_networks(entries: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(e, strict=False) for e in entries)


def is_trusted_proxy(address: str) -> bool:
    """True when ``address`` (an IP in text form; an IPv4-mapped IPv6 address counts as its IPv4
    one) lies in one of ``settings.trusted_proxies``' addresses or networks; False for anything
    that is not an IP address."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in _proxy_networks(tuple(settings.trusted_proxies)) if net.version == ip.version)


def _from_trusted_proxy(request: Request) -> bool:
    peer = request.client.host if request.client else ""
    return bool(peer) and is_trusted_proxy(peer)


def _hop_address(hop: str) -> str | None:
    """The IP of one X-Forwarded-For element in its canonical text, or None when it is not one:
    ``"203.0.113.7"``, ``"203.0.113.7:5555"`` and ``"[2001:db8::1]:443"`` (a port some proxies
    append, RFC 7239 §6 node syntax) → the address; an IPv4-mapped IPv6 address → its IPv4 form,
    so one client is one rate-limit key whichever way a proxy writes it."""
    hop = hop.strip().strip('"')
    if hop.startswith("["):
        hop = hop[1:hop.find("]")] if "]" in hop else hop
    elif hop.count(":") == 1:
        hop = hop.split(":", 1)[0]
    try:
        ip = ipaddress.ip_address(hop)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return str(ip)


def client_ip(request: Request) -> str:
    """Client IP: the peer address, or the nearest untrusted X-Forwarded-For hop when the
    peer is one of ``settings.trusted_proxies`` (never trust the header otherwise).

    Every X-Forwarded-For header line counts, in order (RFC 9110 §5.3: repeated field lines are
    one comma-separated list) — a proxy that appends its own line instead of merging would
    otherwise leave the client's line deciding the key (session 13 attacker: a victim locked out
    by a forged first line)."""
    peer = request.client.host if request.client else "0.0.0.0"
    if not is_trusted_proxy(peer):
        return peer
    hops = [h for line in request.headers.getlist("x-forwarded-for") for h in line.split(",") if h.strip()]
    for hop in reversed(hops):
        address = _hop_address(hop)
        if address is None:
            return peer
        if not is_trusted_proxy(address):
            return address
    return peer


#: Prefix length that one IPv6 client holds: a /64 is one subnet, the smallest block ISPs assign
#: (RFC 6177; RFC 7421 §1), and its 2^64 addresses are free to rotate through.
IPV6_CLIENT_PREFIX = 64


def client_ip_key(request: Request) -> str:
    """The per-client rate-limit key: :func:`client_ip`, an IPv6 address as its /64 network
    (``2001:db8:1:2::27`` → ``2001:db8:1:2::/64``; session 13 attacker: 40 failed logins from one
    /64, one address each, met no limit)."""
    ip = client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)  # a dual-stack listener's IPv4 client: its own address, not ::/64
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_CLIENT_PREFIX}", strict=False))
    return ip


def _allowed_origin(request: Request) -> str | None:
    """The submitting page's origin (``Origin``, else ``Referer``) when it is one of the app's own
    (scheme, host and port: :func:`origin_guard.trusted_origins`); else None."""
    origin = request.headers.get("origin") or ""
    if not origin or origin == "null":
        referer = request.headers.get("referer") or ""
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
    parsed = origin_guard.parse_origin(origin)
    if parsed is None or parsed not in origin_guard.trusted_origins(settings):
        return None
    return origin_guard.origin_strings([parsed])[0]


#: Query parameters a redirect may never carry: personal data (``services.form_return``).
PERSONAL_PARAMS = frozenset({"email", "address", "name", "phone"})


def _redirect(request: Request, path: str, **params: str) -> RedirectResponse:
    """303 to ``path`` on the app's origin with ``params`` (empty ones dropped) as the query: codes
    and same-site paths only. ValueError for a :data:`PERSONAL_PARAMS` key — an address goes back
    to its page in the form-return cookie (:func:`_back`)."""
    if PERSONAL_PARAMS & params.keys():
        raise ValueError(f"personal data in a redirect URL: {sorted(PERSONAL_PARAMS & params.keys())}")
    origin = _allowed_origin(request) or ""
    query = f"?{urlencode({k: v for k, v in params.items() if v})}" if any(params.values()) else ""
    return RedirectResponse(f"{origin}{path}{query}", status_code=303)


def _back(request: Request, path: str, *, email: str, **params: str) -> RedirectResponse:
    """:func:`_redirect` to the auth page ``path`` with the address the user typed in the
    form-return cookie (``services.form_return``: signed, HttpOnly, 10 minutes, for that page only)."""
    response = _redirect(request, path, **params)
    form_return.set_on(response, page=path, email=email)
    return response


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: str(v)[:MAX_FIELD_CHARS] for k, v in form.items() if isinstance(v, str)}


def _csrf_ok(request: Request) -> bool:
    """Form posts must come from this app's own pages (Origin/Referer check)."""
    return _allowed_origin(request) is not None


def _error_params(exc: BaseException) -> dict[str, str]:
    """Query parameters naming a failure by code (the pages show :func:`auth_messages.text`)."""
    if isinstance(exc, ratelimit.RateLimited):
        return {"error": "rate_limited", "retry": str(exc.retry_after)}
    return {"error": auth_messages.code_of(exc)}


def _set_cookie(response: Response, token: str) -> None:
    response.set_cookie(
        settings.session_cookie_name,
        token,
        max_age=settings.session_absolute_seconds,
        httponly=True,
        samesite="lax",
        secure=settings.cookie_secure,
        path="/",
    )


def _rate_limit(request: Request, action: str, account: str) -> None:
    window = settings.auth_rate_window_seconds
    ratelimit.hit(f"{action}-ip", client_ip_key(request), limit=settings.auth_rate_limit_ip, window_seconds=window)
    if account:  # keyed by the canonical address: every spelling of one account shares one counter
        ratelimit.hit(f"{action}-acct", users.limit_key(account), limit=settings.auth_rate_limit_account,
                      window_seconds=window)


def open_session(s, request: Request, user_id: int) -> tuple[str | None, bool]:
    """After the first factor (password or provider) of ``user_id``: ``(token, kept)`` of a new session
    — ``kept`` when signing in cancelled a scheduled deletion — or ``(None, False)`` when two-factor
    is on (no session yet: :func:`signed_in_response` sends the browser to the second step)."""
    if totp.is_enabled(session=s, user_id=user_id):
        return None, False
    kept = account_deletion.cancel_deletion(session=s, user_id=user_id)  # signing in keeps the account (issue 14)
    return users.start_session(session=s, user_id=user_id, ip=client_ip(request),
                               user_agent=request.headers.get("user-agent")), kept


def signed_in_response(request: Request, *, user_id: int, token: str | None, kept: bool, next_path: str,
                       relative: bool = False) -> Response:
    """The redirect that ends a sign-in: with a session ``token``, its cookie and ``next_path`` (or the
    dashboard; Settings with ``deletion_cancelled`` when ``kept``); without one, the second step
    (``/login?step=two-factor``) with the signed pending cookie (5 minutes, :mod:`~careercopilot.services.totp`).
    ``relative``: a path-only Location (the OAuth callback arrives without an Origin of ours)."""
    def go(path: str, **params: str) -> RedirectResponse:
        if not relative:
            return _redirect(request, path, **params)
        query = {k: v for k, v in params.items() if v}
        return RedirectResponse(path + (f"?{urlencode(query)}" if query else ""), status_code=303)

    if token is None:
        response = go(routes.LOGIN, step="two-factor")
        response.set_cookie(totp.PENDING_COOKIE, totp.seal_pending(user_id=user_id, next_path=next_path),
                            max_age=totp.PENDING_MAX_AGE_SECONDS, httponly=True, samesite="lax",
                            secure=settings.cookie_secure, path="/")
        return response
    response = go(routes.SETTINGS, notice="deletion_cancelled") if kept else go(next_path or routes.DASHBOARD)
    form_return.clear(response)
    _set_cookie(response, token)
    return response


@app.post(routes.AUTH_SIGNUP)
async def signup(request: Request) -> Response:
    """Create an account and log in; errors redirect to the sign-up page with ``error``."""
    if not _csrf_ok(request):
        return PlainTextResponse("Cross-site form post refused.", status_code=403)
    form = await _form(request)
    email = form.get("email", "")

    def create() -> str | None:  # argon2 hashing + database: on the CPU pool, never on the event loop
        # None = "check your email": verification required, or the address already has an account
        # (neutral sign-up: that account gets a notice instead; the password is hashed anyway so
        # both answers take the same time).
        _rate_limit(request, "signup", email)
        if form.get("password", "") != form.get("password_confirm", ""):
            raise users.AccountError("The two passwords do not match.", "passwords_differ")
        try:
            with session_scope() as s:
                user = users.create_user(
                    session=s, email=email, password=form.get("password", ""),
                    timezone_name=form.get("timezone") or None, first_is_admin=settings.first_account_is_admin,
                )
                if settings.email_verification_required:
                    account_mail.queue_verification(session=s, user=user, dedupe_key="signup")
                    return None
                return users.start_session(
                    session=s, user_id=user.id, ip=client_ip(request), user_agent=request.headers.get("user-agent")
                )
        except users.AccountError as exc:
            if exc.code != "email_taken":
                raise
        hash_password(form.get("password", ""))
        with session_scope() as s:
            account_mail.queue_signup_notice(session=s, email=email)
        return None

    try:
        token = await offload.cpu(create)
    except (users.AccountError, PasswordPolicyError, ratelimit.RateLimited) as exc:
        metrics.AUTH_EVENTS.labels("signup", "refused").inc()
        return _back(request, routes.SIGNUP, email=email, **_error_params(exc))
    metrics.AUTH_EVENTS.labels("signup", "ok").inc()
    if token is None:  # the notice names the address in the operator's show-outbox command
        return _back(request, routes.LOGIN, email=email, notice="check_email")
    response = _redirect(request, routes.DASHBOARD)
    form_return.clear(response)
    _set_cookie(response, token)
    return response


@app.post(routes.AUTH_LOGIN)
async def login(request: Request) -> Response:
    """Verify credentials and set the session cookie; failures never reveal if the email exists.

    Success redirects to the form's ``next`` field when :func:`routes.safe_next` accepts it
    (a same-site relative path; absolute, ``//host``, backslash and scheme forms are
    ignored), else to the dashboard — or, when the account was scheduled for deletion, to Settings
    with ``notice=deletion_cancelled`` (signing in keeps it). A failure returns to the login page with ``error``,
    ``email`` and the same safe ``next``. With two-factor on, the right password opens no session
    yet: the browser goes to the second step (:func:`signed_in_response`, ``POST /auth/two-factor``).
    """
    if not _csrf_ok(request):
        return PlainTextResponse("Cross-site form post refused.", status_code=403)
    form = await _form(request)
    email = form.get("email", "")
    next_path = routes.safe_next(form.get("next"))

    def verify() -> tuple[str | None, bool, int]:  # argon2 + database: on the CPU pool, never on the event loop
        _rate_limit(request, "login", email)
        with session_scope() as s:
            user = users.authenticate(session=s, email=email, password=form.get("password", ""))
            unverified = settings.email_verification_required and user.email_verified_at is None
            if unverified:  # the password was right: saying so reveals nothing new; a fresh link goes out
                account_mail.queue_verification(session=s, user=user, dedupe_key=f"login:{date.today().isoformat()}")
            else:
                return (*open_session(s, request, user.id), user.id)
        raise users.AccountError("Confirm your email address first: we sent you a link.", "email_unverified")

    try:
        token, kept, user_id = await offload.cpu(verify)
    except (users.AccountError, ratelimit.RateLimited) as exc:
        metrics.AUTH_EVENTS.labels("login", "refused").inc()
        return _back(request, routes.LOGIN, email=email, next=next_path or "", **_error_params(exc))
    metrics.AUTH_EVENTS.labels("login", "ok").inc()
    # The per-account limit is against password guessing: a success clears it (the per-IP
    # limit still counts every attempt).
    await offload.db(ratelimit.forget, "login-acct", users.limit_key(email), limit=settings.auth_rate_limit_account,
                     window_seconds=settings.auth_rate_window_seconds)
    return signed_in_response(request, user_id=user_id, token=token, kept=kept, next_path=next_path or "")


def _revoke(token: str | None) -> None:
    with session_scope() as s:
        users.revoke_session(session=s, token=token)


@app.post(routes.AUTH_LOGOUT)
async def logout(request: Request) -> Response:
    """Revoke the session server-side and clear the cookie."""
    if not _csrf_ok(request):
        return PlainTextResponse("Cross-site form post refused.", status_code=403)
    await offload.db(_revoke, request.cookies.get(settings.session_cookie_name))
    response = _redirect(request, routes.LOGIN, notice="logged_out")
    response.delete_cookie(settings.session_cookie_name, path="/")
    form_return.clear(response)
    return response


@app.post(routes.AUTH_PASSWORD)
async def change_password(request: Request) -> Response:
    """Change the password (current one re-checked); revokes every credential and issues a new session.
    Personal access tokens and the calendar feed survive only when the form's ``keep_api_access``
    checkbox is ticked (``on``; unticked by default: ``services.credentials``)."""
    if not _csrf_ok(request):
        return PlainTextResponse("Cross-site form post refused.", status_code=403)
    form = await _form(request)
    token = request.cookies.get(settings.session_cookie_name)

    def change() -> str | None:  # argon2 verify + hash + database: on the CPU pool; None = no session
        with session_scope() as s:
            who = users.resolve_session(session=s, token=token)
            if who is None:
                return None
            _rate_limit(request, "password", who.email)
            if form.get("new_password", "") != form.get("new_password_confirm", ""):
                raise users.AccountError("The two new passwords do not match.", "new_passwords_differ")
            users.change_password(
                session=s, user_id=who.user_id, current_password=form.get("current_password", ""),
                new_password=form.get("new_password", ""), keep_api_access=form.get("keep_api_access") == "on",
            )
            return users.start_session(
                session=s, user_id=who.user_id, ip=client_ip(request), user_agent=request.headers.get("user-agent")
            )

    try:
        new_token = await offload.cpu(change)
        if new_token is None:
            return _redirect(request, routes.LOGIN, error="session_expired")
    except (users.AccountError, PasswordPolicyError, ratelimit.RateLimited) as exc:
        return _redirect(request, routes.SETTINGS, **_error_params(exc))
    response = _redirect(request, routes.SETTINGS, notice="password_changed")
    _set_cookie(response, new_token)
    return response


from careercopilot import apiv1  # noqa: E402 - after the middleware; /api/v1 sees the same stack

apiv1.mount(app)

from careercopilot.mcp import http as mcp_http  # noqa: E402 - MCP over streamable HTTP at /mcp (bearer tokens)

mcp_http.mount(app)

from careercopilot import api_data  # noqa: E402  (data-rights routes: resume files, exports, deletion)

app.include_router(api_data.router)

from careercopilot import api_oauth  # noqa: E402  (provider sign-in and the two-factor step)

app.include_router(api_oauth.router)

from careercopilot import api_calendar  # noqa: E402  (/calendar/<token>.ics feed, application .ics downloads)

app.include_router(api_calendar.router)

from careercopilot import api_first_party  # noqa: E402  (/oauth/authorize, /oauth/token, /oauth/revoke)

app.include_router(api_first_party.router)

from careercopilot import api_clip  # noqa: E402  (/clip: the job clipper's bookmarklet window)

app.include_router(api_clip.router)

from careercopilot.apiv1.body_limit import BACKEND_UPLOAD_LIMITS, BodyLimit  # noqa: E402

# the clipper window, Reflex's uploads and the form posts: 413 past their cap whether the body declares
# its length or is chunked (the same figures as deploy/nginx.conf's client_max_body_size)
app.add_middleware(BodyLimit, max_bytes=None, limits=BACKEND_UPLOAD_LIMITS)

from careercopilot.body_drain import BodyDrain  # noqa: E402

# outermost: any early answer (413, the Origin guard's 403, a 401) waits until the body is read, so
# nginx never meets a closed socket mid-body and never counts the process as failed
app.add_middleware(BodyDrain)

from careercopilot.self_redirects import SelfRedirects  # noqa: E402

# a redirect back to this site (the frontend's and the routers' trailing-slash redirects) never names
# a host the request supplied (Host header) or the server's bind address: it is made relative
app.add_middleware(SelfRedirects)


@app.get("/healthz")
async def healthz() -> JSONResponse:
    """Liveness: the process answers."""
    return JSONResponse({"status": "ok"})


@app.get("/readyz")
def readyz() -> JSONResponse:
    """Readiness: every configured dependency answers (database; Redis, the Chroma server and the
    S3 bucket when configured; :mod:`careercopilot.readiness`) within READY_CHECK_TIMEOUT_SECONDS.
    200 ``{"status": "ok", "checks": {name: "ok"}}``; else 503 ``"unavailable"`` with the failing
    checks as ``"error: <reason>"``. A sync route: the checks block a threadpool thread, never the loop."""
    from careercopilot import readiness

    checks = readiness.run_checks()
    ok = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, status_code=200 if ok else 503)


@app.get("/metrics")
def metrics_endpoint(request: Request) -> Response:
    """Prometheus text exposition of this process's metrics, for ``Authorization: Bearer
    $METRICS_TOKEN`` only (issue 9, finding 7): 404 while METRICS_TOKEN is unset (the endpoint
    does not exist), 401 with ``WWW-Authenticate: Bearer`` for a missing or wrong token
    (compared in constant time, RFC 6750 §3)."""
    if not settings.metrics_token:
        return PlainTextResponse("Not Found", status_code=404)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.metrics_token.encode()):
        return PlainTextResponse("Unauthorized", status_code=401, headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
    body, content_type = metrics.render()
    return Response(body, media_type=content_type)
