"""CORS for ``/api/v1``: any origin, never credentials (the API reads no cookies).

Reflex wraps the whole backend in Starlette's ``CORSMiddleware`` limited to the app's own
origins (``rxconfig.cors_allowed_origins``) with credentials allowed: right for the cookie
routes, wrong for a bearer-token API that scripts and extensions call from anywhere — it
answers a foreign origin's preflight with 400. :class:`PublicApiCors` sits outside it
(``careercopilot.careercopilot.CareerApp``) and, for paths under :data:`PREFIX` only:

* answers preflights itself (204; ``Access-Control-Allow-Origin: *``, the methods and the
  request headers the API reads, ``Max-Age`` 600 s);
* on other responses sets ``Access-Control-Allow-Origin: *``, drops
  ``Access-Control-Allow-Credentials`` and exposes ``ETag``, ``Location``, ``Link`` and
  ``Retry-After`` to scripts.

Every other path passes through untouched.
"""

from __future__ import annotations

PREFIX = "/api/v1/"
ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOW_HEADERS = "Authorization, Content-Type, If-Match, Accept"
EXPOSE_HEADERS = "ETag, Location, Link, Retry-After"
MAX_AGE = "600"


def _is_api(path: str) -> bool:
    return path.startswith(PREFIX) or path == PREFIX.rstrip("/")


class PublicApiCors:
    """ASGI middleware; see the module doc."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not _is_api(scope.get("path", "")):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v for k, v in scope.get("headers") or ()}
        if scope.get("method") == "OPTIONS" and b"origin" in (k.lower() for k, _ in scope.get("headers") or ()) \
                and "access-control-request-method" in headers:
            await send({"type": "http.response.start", "status": 204, "headers": [
                (b"access-control-allow-origin", b"*"), (b"access-control-allow-methods", ALLOW_METHODS.encode()),
                (b"access-control-allow-headers", ALLOW_HEADERS.encode()), (b"access-control-max-age", MAX_AGE.encode()),
                (b"vary", b"Origin")]})
            await send({"type": "http.response.body", "body": b""})
            return None

        async def send_with_cors(message):
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", [])
                        if k.lower() not in (b"access-control-allow-origin", b"access-control-allow-credentials",
                                             b"access-control-expose-headers")]
                kept += [(b"access-control-allow-origin", b"*"), (b"access-control-expose-headers", EXPOSE_HEADERS.encode())]
                message = {**message, "headers": kept}
            await send(message)

        return await self.app(scope, receive, send_with_cors)
