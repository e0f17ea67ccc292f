"""Redirects to this site never name a host taken from the request (attack notes, session 12, W6).

Starlette builds a redirect back to the same site from the request: the trailing-slash redirect of
the compiled frontend (``StaticFiles(html=True)``: ``/login`` → ``/login/``) and of the routers
use the ``Host`` header, or — without a usable one — the address the server is bound to. So
``Host: evil.example`` gave ``307 Location: http://evil.example/login/`` (a poisoned cache or a
password-reset page on another host) and ``Host: localhost:P@evil.example`` leaked the internal
bind address ``http://0.0.0.0:57439/login/``.

:class:`SelfRedirects` wraps the whole backend: a ``Location`` whose authority is the request's
``Host`` header or the server's own address is made relative (path, query and fragment only —
RFC 9110 §10.2.2 allows a relative reference). The browser resolves it against the URL it asked
for, i.e. the site the user is on; nothing the request supplied ends up in an absolute URL.
Redirects to other sites (an OAuth provider) and ones the app builds from APP_URL are left alone.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def self_authorities(scope) -> set[str]:
    """The authorities (``host[:port]``, lower case) a Starlette URL for this request may carry."""
    out = set()
    for name, value in scope.get("headers") or ():
        if name == b"host":
            out.add(value.decode("latin-1").strip().lower())
    server = scope.get("server")
    if server:
        host, port = server[0], server[1]
        out.update({f"{host}:{port}".lower(), str(host).lower()})
    out.discard("")
    return out


def relative_location(location: str, authorities: set[str], scheme: str = "http") -> str:
    """``location`` made relative when its authority is one of ``authorities`` and its scheme the
    request's ``scheme`` (a switch to https is kept); else unchanged."""
    try:
        parts = urlsplit(location)
    except ValueError:
        return location
    if parts.scheme.lower() != scheme.lower() or not parts.netloc or parts.netloc.lower() not in authorities:
        return location
    path = parts.path or "/"
    if path.startswith("//"):  # "//x" would be read as another host
        path = "/" + path.lstrip("/")
    return urlunsplit(("", "", path, parts.query, parts.fragment))


class SelfRedirects:
    """ASGI middleware (see the module doc)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        authorities, scheme = self_authorities(scope), scope.get("scheme", "http")

        async def rewriting_send(message):
            if message["type"] == "http.response.start":
                headers = message.get("headers") or []
                if any(k.lower() == b"location" for k, _ in headers):
                    message = {**message, "headers": [
                        (k, relative_location(v.decode("latin-1"), authorities, scheme).encode("latin-1"))
                        if k.lower() == b"location" else (k, v) for k, v in headers]}
            await send(message)

        return await self.app(scope, receive, rewriting_send)
