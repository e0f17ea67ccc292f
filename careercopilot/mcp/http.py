"""Streamable HTTP transport of the MCP server at ``/mcp`` on the app's backend (MCP spec
2025-06-18, "Transports → Streamable HTTP").

Every request passes three checks before the SDK sees it (:class:`McpHttpApp`):

1. ``Origin`` — the spec's DNS-rebinding guidance ("Servers MUST validate the Origin header on
   all incoming connections"): a request carrying an ``Origin`` that is not one of the app's own
   (APP_URL, ALLOWED_ORIGINS: ``origin_guard.trusted_origins``) is refused with 403. Desktop
   clients send none and pass.
2. ``Authorization: Bearer cc_pat_…`` — a valid personal access token (401 with
   ``WWW-Authenticate: Bearer realm="mcp"`` otherwise; past ``API_TOKEN_FAILURE_LIMIT`` failures
   from one client IP, 429 with ``Retry-After``, counted with /api/v1's: ``apiv1.auth.refuse_guessing``). Cookies are never read, so a browser
   session grants nothing here; that is why ``/mcp`` is exempt from the cookie Origin guard
   (``routes.ORIGIN_EXEMPT_PREFIXES``).
3. The token's rate limit (``API_RATE_LIMIT`` per ``API_RATE_WINDOW_SECONDS``, shared with
   ``/api/v1``): 429 with ``Retry-After``.

Each tool call then re-checks the token and its scope (:func:`careercopilot.mcp.server.principal`).
The SDK runs stateless with JSON responses: no MCP session outlives a request, so no session can
be picked up by another token. The SDK's session manager needs a running task group; one is
started lazily per event loop (the backend is not a Starlette app whose lifespan we own: Reflex
mounts it) and lives as long as that loop.
"""

from __future__ import annotations

import asyncio
import json

import anyio
from starlette.datastructures import Headers
from starlette.requests import Request

from careercopilot import origin_guard
from careercopilot.config import settings
from careercopilot.services import ratelimit

PATH = "/mcp"
_REALM = 'Bearer realm="mcp"'


async def _reply(send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"type": "about:blank", "status": status, "detail": detail}).encode()
    raw = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
           (b"cache-control", b"no-store")]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class McpHttpApp:
    """ASGI app serving MCP over streamable HTTP behind the Origin, token and rate-limit checks."""

    def __init__(self) -> None:
        self._managers: dict[asyncio.AbstractEventLoop, tuple[object, asyncio.Event, asyncio.Task]] = {}

    async def _manager(self):
        loop = asyncio.get_running_loop()
        entry = self._managers.get(loop)
        if entry is None:
            from mcp.server.transport_security import TransportSecuritySettings

            from careercopilot.mcp.server import build_server

            server = build_server()
            # Origin and Host are checked by this app (the app's own origins, any public Host).
            server.streamable_http_app(streamable_http_path=PATH, json_response=True, stateless_http=True,
                                       transport_security=TransportSecuritySettings(
                                           enable_dns_rebinding_protection=False))
            manager, ready = server.session_manager, asyncio.Event()

            async def hold() -> None:
                async with manager.run():
                    ready.set()
                    await asyncio.Event().wait()

            entry = (manager, ready, loop.create_task(hold(), name="mcp-session-manager"))
            self._managers[loop] = entry
        await entry[1].wait()
        return entry[0]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is not None and origin_guard.parse_origin(origin) not in origin_guard.trusted_origins(settings):
            await _reply(send, 403, "This Origin may not use the MCP endpoint.")
            return
        scheme, _, secret = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            await _reply(send, 401, "Send a personal access token: Authorization: Bearer cc_pat_….",
                         {"WWW-Authenticate": _REALM})
            return
        from careercopilot.apiv1.auth import count_failure, refuse_guessing
        from careercopilot.mcp.server import authenticate

        request = Request(scope)
        try:
            await anyio.to_thread.run_sync(refuse_guessing, request)
            who = await anyio.to_thread.run_sync(authenticate, secret.strip())
            if who is None:
                await anyio.to_thread.run_sync(count_failure, request)
        except ratelimit.RateLimited as exc:
            await _reply(send, 429, "Too many failed token authentications from this address; "
                         f"retry in {exc.retry_after} s.", {"Retry-After": str(exc.retry_after)})
            return
        if who is None:
            await _reply(send, 401, "The token is unknown, revoked or expired.",
                         {"WWW-Authenticate": f'{_REALM}, error="invalid_token"'})
            return
        try:
            await anyio.to_thread.run_sync(lambda: ratelimit.hit(
                "api-token", str(who.token_id), limit=settings.api_rate_limit,
                window_seconds=settings.api_rate_window_seconds))
        except ratelimit.RateLimited as exc:
            await _reply(send, 429, f"Too many requests with this token; retry in {exc.retry_after} s.",
                         {"Retry-After": str(exc.retry_after)})
            return
        manager = await self._manager()
        await manager.handle_request(scope, receive, send)


def mount(backend) -> None:
    """Serve :class:`McpHttpApp` at ``/mcp`` (exactly: no redirect to ``/mcp/``)."""
    from starlette.routing import Route

    backend.router.routes.append(Route(PATH, endpoint=McpHttpApp(), include_in_schema=False))
