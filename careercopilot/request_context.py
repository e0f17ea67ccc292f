"""Request ids and the access log line, as an ASGI middleware around the whole backend.

Every HTTP request and websocket gets a request id: the ``X-Request-ID`` header when it is a
plausible id (1–128 characters of ``A-Za-z0-9._:-``, e.g. nginx's ``$request_id``), else a new
UUID4 (hex). It is bound to structlog's context variables for the request's lifetime (every
log line of the request carries ``request_id``) and returned in the response's ``X-Request-ID``
header. One ``http.request`` line per HTTP request (method, route template, status, duration_ms)
goes to the log — the figures Loki queries need; query strings and path parameters are never
logged (tokens travel in them).
"""

from __future__ import annotations

import re
import time
import uuid

import structlog

log = structlog.get_logger("careercopilot.access")

#: Request ids accepted from the client or proxy (anything else is replaced by a fresh one).
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
HEADER = b"x-request-id"


def request_id_from(headers: list[tuple[bytes, bytes]]) -> str:
    """The client's X-Request-ID when acceptable (see :data:`REQUEST_ID`), else a new UUID4 hex."""
    for name, value in headers:
        if name.lower() == HEADER:
            given = value.decode("latin-1").strip()
            if REQUEST_ID.match(given):
                return given
            break
    return uuid.uuid4().hex


def _route(scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path:
        return path
    from careercopilot.api import _path_label  # imported by the app long before the first request

    return _path_label(scope.get("path", ""))


class RequestContext:
    """ASGI middleware: request id in the log context and the response, plus the access line."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        rid = request_id_from(scope.get("headers") or [])
        scope.setdefault("state", {})["request_id"] = rid
        if scope["type"] == "websocket":
            with structlog.contextvars.bound_contextvars(request_id=rid):
                return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = [500]

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != HEADER]
                message = {**message, "headers": [*headers, (HEADER, rid.encode())]}
            await send(message)

        with structlog.contextvars.bound_contextvars(request_id=rid):
            try:
                await self.app(scope, receive, send_with_id)
            finally:
                log.info("http.request", method=scope.get("method"), route=_route(scope), status=status[0],
                         duration_ms=round((time.perf_counter() - start) * 1000, 1))


def wrap(app):
    """The backend ASGI app with request ids and, when configured, tracing (outermost)."""
    from careercopilot import tracing

    return tracing.wrap_asgi(RequestContext(app))
