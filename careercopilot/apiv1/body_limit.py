"""Caps on request bodies of ``/api/v1`` (attack notes, session 6; issue 14 attacker run).

FastAPI reads and parses a whole body before any dependency runs — the bearer-token check
included — so without a cap an anonymous client could make the process buffer hundreds of
megabytes per request (200 MB took 4.7 s and was answered 401 only afterwards).

Every route gets :data:`MAX_BODY_BYTES` (the largest legitimate body: a resume upload,
``normalize.documents.MAX_RESUME_BYTES``, plus multipart framing); the upload routes of
:data:`UPLOAD_LIMITS` get their own figure (``POST /clips``: ``CLIP_MAX_BYTES``). The figure is
applied the same way whatever the framing:

* a declared ``Content-Length`` above it (or not a number) is refused before anything is read;
* a chunked body (no ``Content-Length``) is counted as it streams; once past the cap the request is
  over, whatever the application does with the error (FastAPI turns an exception raised while it
  parses a form or JSON into its own 400/422): its answer is dropped and replaced by ours.

Both answer 413 as an RFC 9457 ``application/problem+json`` problem naming the limit (bytes and MB;
``max_bytes`` member). The request body is read to its end (and dropped) before the 413 goes out
(:mod:`careercopilot.body_drain`, around the whole backend): a proxy still sending it would otherwise
meet a closed socket and count the app process as failed (attack notes, session 12, B1).

The cookie backend's caps (:data:`BACKEND_UPLOAD_LIMITS`) and these are the figures the edge enforces
first: ``deploy/nginx.conf`` gives each such location a ``client_max_body_size`` of the same bytes
(:data:`EDGE_LIMITS`; tests/unit/foundation/test_topology_nginx.py holds them equal and
tests/integration/foundation/test_edge_nginx.py sends a body of each limit, and one byte more,
through a real nginx).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from careercopilot.normalize.documents import MAX_RESUME_BYTES

#: Multipart framing allowed on top of a file's own limit, bytes (boundaries, part headers, fields).
FRAMING_BYTES = 256 * 1024
#: Largest request body accepted by a route without its own limit, bytes (a resume upload and its
#: multipart framing).
MAX_BODY_BYTES = MAX_RESUME_BYTES + FRAMING_BYTES
#: Largest body of a cookie-backend form post (``/auth/*`` sign-in, sign-up, reset, two-factor,
#: ``/oauth/*``, ``/unsubscribe/*``, ``/clip/save``), bytes: a few short fields (each cut to
#: ``api.MAX_FIELD_CHARS``); 64 KiB leaves room for any honest form.
FORM_MAX_BYTES = 64 * 1024
#: Largest Reflex upload (``/_upload``: a resume, 10 MB, or the tracker's CSV import,
#: ``services.exchange_uploads.MAX_IMPORT_BYTES`` = 50 MiB) with its multipart framing, bytes.
UPLOAD_MAX_BYTES = 50 * 1024 * 1024 + FRAMING_BYTES


def _clip_limit() -> int:
    from careercopilot.config import settings

    return settings.clip_max_bytes


Limits = dict[tuple[str, str], Callable[[], int]]
#: Upload routes of ``/api/v1`` with a limit of their own: ``(method, path below /api/v1)`` → bytes (read
#: per request: a setting may change in tests). A path ending in ``*`` is a prefix and method ``*`` any
#: method (:func:`limit_for`).
UPLOAD_LIMITS: Limits = {
    ("POST", "/resumes"): lambda: MAX_BODY_BYTES,
    ("POST", "/clips"): _clip_limit,
}
#: Capped routes of the cookie backend (``careercopilot.api``): the clipper window, Reflex's uploads
#: and the form posts. Every other body there is left to Reflex and the routes (and to nginx's
#: server-wide ``client_max_body_size``).
BACKEND_UPLOAD_LIMITS: Limits = {
    ("POST", "/clip/parse"): _clip_limit,
    ("POST", "/clip/save"): lambda: FORM_MAX_BYTES,
    ("*", "/_upload*"): lambda: UPLOAD_MAX_BYTES,
    ("*", "/auth/*"): lambda: FORM_MAX_BYTES,
    ("*", "/oauth/*"): lambda: FORM_MAX_BYTES,
    ("*", "/unsubscribe/*"): lambda: FORM_MAX_BYTES,
}
#: The same caps as the edge applies them: deploy/nginx.conf's ``location`` → a path it covers. nginx's
#: ``client_max_body_size`` there equals :func:`app_limit` of that path under the default settings.
EDGE_LIMITS: dict[str, str] = {
    "/api/v1/": "/api/v1/applications",
    "~ ^/api/v1/clips/?$": "/api/v1/clips",
    "~ ^/clip/parse/?$": "/clip/parse",
    "/clip/save": "/clip/save",
    "/_upload": "/_upload",
    "/auth/": "/auth/login",
    "/oauth/": "/oauth/token",
    "/unsubscribe/": "/unsubscribe/x",
}


def app_limit(path: str, method: str = "POST") -> int | None:
    """The app's body cap of ``method path`` (full path, as a client sends it), bytes; None: no cap."""
    if path.startswith("/api/v1/") or path == "/api/v1":
        return limit_for(method, path.removeprefix("/api/v1"))
    return limit_for(method, path, None, BACKEND_UPLOAD_LIMITS)


class BodyTooLarge(Exception):
    """The streamed body passed the cap."""


def _megabytes(n: int) -> str:
    mb = n / 1_048_576
    return f"{mb:.0f}" if mb >= 10 or mb == int(mb) else f"{mb:.1f}"


def _problem(path: str, max_bytes: int) -> tuple[dict, bytes]:
    body = json.dumps({"type": "about:blank", "title": "Content Too Large", "status": 413,
                       "detail": f"The request body is larger than {max_bytes} bytes ({_megabytes(max_bytes)} MB), "
                                 "the most this route accepts.",
                       "max_bytes": max_bytes, "instance": path}).encode()
    return {"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]}, body


def limit_for(method: str, path: str, default: int | None = MAX_BODY_BYTES,
              limits: Limits | None = None) -> int | None:
    """The body cap of ``method path`` (``path`` below the mount point, trailing slash ignored), bytes;
    ``limits`` defaults to :data:`UPLOAD_LIMITS`; None = no cap (a route not listed, ``default`` None).
    An exact ``(method, path)`` rule wins; else the longest prefix rule (``path*``; method ``*`` = any)."""
    table = UPLOAD_LIMITS if limits is None else limits
    method, bare = method.upper(), path.rstrip("/") or "/"
    rule = table.get((method, bare))
    if rule is None:
        prefixes = sorted(((p[:-1], r) for (m, p), r in table.items() if p.endswith("*") and m in ("*", method)),
                          key=lambda pr: -len(pr[0]))
        rule = next((r for p, r in prefixes if path.startswith(p) or bare == p.rstrip("/")), None)
    if rule is None:
        return default
    return rule() if default is None else min(default, rule())


class BodyLimit:
    """ASGI middleware applying :func:`limit_for` (see the module doc). ``max_bytes`` None: only the
    routes of ``limits`` are capped (the cookie backend, whose other bodies Reflex and the routes bound)."""

    def __init__(self, app, max_bytes: int | None = MAX_BODY_BYTES, limits: Limits | None = None) -> None:
        self.app, self.max_bytes, self.limits = app, max_bytes, limits

    async def _refuse(self, scope, send, limit: int) -> None:
        start, body = _problem(scope.get("root_path", "") + self._relative(scope), limit)
        await send(start)
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _relative(scope) -> str:
        """The path below the mount point (Starlette keeps the full path in ``path`` since 0.33)."""
        path, root = scope.get("path", ""), scope.get("root_path", "")
        return path[len(root):] if root and path.startswith(root) else path

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = limit_for(scope.get("method", "GET"), self._relative(scope), self.max_bytes, self.limits)
        if limit is None:
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await self._refuse(scope, send, limit)
        seen, started, over = 0, False, False

        async def counted_receive():
            nonlocal seen, over
            if over:
                raise BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    raise BodyTooLarge
            return message

        async def tracked_send(message):
            nonlocal started
            if over:  # the application's answer to a body we cut off (its 400/422) is replaced by our 413
                if not started and message["type"] == "http.response.start":
                    started = True
                    await self._refuse(scope, send, limit)
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            return await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                started = True
                await self._refuse(scope, send, limit)
            return None
