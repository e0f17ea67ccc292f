"""Origin checks for everything that carries the session cookie (issue 9, findings 1–2).

The session cookie is ``SameSite=Lax``: a browser sends it on requests from any page of the
same *site* — another port on the same host, a sibling subdomain — so SameSite alone does not
stop such a page from opening ``/_event`` (cross-site websocket hijacking) or posting a form.
Every request is checked against the app's own origins (:func:`trusted_origins`: APP_URL plus
ALLOWED_ORIGINS, compared as scheme + host + port — RFC 6454 §4 "same origin"):

* the websocket handshake (``/_event``, any transport) must carry a trusted ``Origin``: browsers
  always send one on websocket handshakes (RFC 6455 §4.1, §10.2), so a missing or ``null``
  Origin is refused too;
* a state-changing request (any method but GET/HEAD/OPTIONS) must carry a trusted ``Origin``,
  or, without one, a ``Referer`` on a trusted origin (the OWASP CSRF cheat sheet's
  "verifying origin with standard headers");
* any request that carries a foreign ``Origin`` is refused (a GET ``fetch`` from a sibling page
  with the cookie; CORS would hide the answer, this stops the request itself);
* paths in :data:`careercopilot.routes.ORIGIN_EXEMPT_PREFIXES` carry no cookie authority and
  are exempt by design (bearer-token API, RFC 8058 one-click unsubscribe, OAuth callbacks).

Refusals: HTTP 403 ``text/plain``; a websocket handshake is closed before it is accepted
(servers answer it with HTTP 403).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from careercopilot import routes
from careercopilot.config import Settings

#: Host names that all mean this machine: when APP_URL names one, the others on the same scheme and
#: port are the same app (``make run`` prints localhost; people type 127.0.0.1).
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
_DEFAULT_PORTS = {"http": 80, "https": 443}
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Reflex's event endpoint (socket.io); every event handler runs through it.
EVENT_PATH = "/_event"

Origin = tuple[str, str, int]


def parse_origin(value: str | None) -> Origin | None:
    """``"https://App.example.com"`` → ``("https", "app.example.com", 443)``; None for anything that
    is not a serialized origin (``null``, empty, a path/query/credentials, a bad port, no host)."""
    if not value or value.strip() != value or value == "null":
        return None
    try:
        parts = urlsplit(value.rstrip("/") if value.count("/") == 3 else value)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname or parts.path or parts.query or parts.fragment:
        return None
    if parts.username is not None or parts.password is not None:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    return scheme, host, port or _DEFAULT_PORTS[scheme]


def trusted_origins(s: Settings) -> frozenset[Origin]:
    """:func:`origins_of` the settings' APP_URL and ALLOWED_ORIGINS (cached per value)."""
    return origins_of(s.app_url, tuple(s.allowed_origins))


@lru_cache(maxsize=8)
def origins_of(app_url: str, allowed_origins: tuple[str, ...]) -> frozenset[Origin]:
    """APP_URL's origin, ALLOWED_ORIGINS, and loopback aliases of a loopback APP_URL.

    Raises ValueError for an APP_URL or ALLOWED_ORIGINS entry that is no origin (a path after the
    host is allowed in APP_URL and ignored)."""
    app = urlsplit(app_url)
    app_origin = parse_origin(f"{app.scheme}://{app.netloc}")
    if app_origin is None:
        raise ValueError(f"APP_URL {app_url!r} has no scheme://host[:port] origin.")
    found = {app_origin}
    for entry in allowed_origins:
        origin = parse_origin(entry)
        if origin is None:
            raise ValueError(f"ALLOWED_ORIGINS entry {entry!r} is not an origin like https://app.example.com")
        found.add(origin)
    for scheme, host, port in list(found):
        if host in LOOPBACK_NAMES:
            found.update((scheme, alias, port) for alias in LOOPBACK_NAMES)
    return frozenset(found)


def origin_strings(origins: Iterable[Origin]) -> list[str]:
    """Serialized origins (``https://host`` without a default port) — CORS' allow list."""
    out = []
    for scheme, host, port in sorted(origins):
        out.append(f"{scheme}://{host}" if _DEFAULT_PORTS[scheme] == port else f"{scheme}://{host}:{port}")
    return out


def is_exempt(path: str) -> bool:
    """True for the declared routes that carry no cookie authority."""
    return any(path == p.rstrip("/") or path.startswith(p) for p in routes.ORIGIN_EXEMPT_PREFIXES)


def verdict(*, kind: str, method: str, path: str, origin: str | None, referer: str | None,
            trusted: frozenset[Origin]) -> str | None:
    """None when the request may proceed, else the reason it is refused (for the log).

    ``kind`` is the ASGI scope type (``http``/``websocket``)."""
    if is_exempt(path):
        return None
    event = kind == "websocket" or path == EVENT_PATH or path.startswith(EVENT_PATH + "/")
    if origin is not None:
        return None if parse_origin(origin) in trusted else "foreign Origin"
    if event:
        return "websocket handshake without Origin"
    if method.upper() in SAFE_METHODS:
        return None
    if referer:
        ref = urlsplit(referer)
        if parse_origin(f"{ref.scheme}://{ref.netloc}") in trusted:
            return None
        return "foreign Referer"
    return "state-changing request without Origin or Referer"


class OriginGuard:
    """ASGI middleware applying :func:`verdict` to every http and websocket request."""

    def __init__(self, app, settings: Settings | None = None) -> None:
        self.app = app
        self._settings = settings

    def _trusted(self) -> frozenset[Origin]:
        from careercopilot.config import settings as live

        return trusted_origins(self._settings or live)

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {}
        for name, value in scope.get("headers") or ():
            headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        reason = verdict(kind=scope["type"], method=scope.get("method", "GET"), path=scope.get("path", ""),
                         origin=headers.get("origin"), referer=headers.get("referer"), trusted=self._trusted())
        if reason is None:
            return await self.app(scope, receive, send)
        import structlog

        structlog.get_logger(__name__).warning("origin.refused", path=scope.get("path", ""), reason=reason,
                                               origin=(headers.get("origin") or "")[:200])
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return None
        await send({"type": "http.response.start", "status": 403,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"vary", b"Origin")]})
        await send({"type": "http.response.body", "body": b"Cross-origin request refused."})
        return None
