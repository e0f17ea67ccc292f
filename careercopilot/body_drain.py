"""Read a request's body to its end before an early answer goes out (attack notes, session 12, B1).

Several layers answer before they read the body: the 413 of :mod:`careercopilot.apiv1.body_limit`
(a declared ``Content-Length`` past the cap), the 403 of :mod:`careercopilot.origin_guard`, a 401
of a route that checks its token first. The server then closes a socket that still has unread
request bytes (the kernel answers further bytes with RST), and a proxy still writing the body —
nginx sends a buffered body after connecting — fails with ``writev() failed (32: Broken pipe)``.
nginx counts that as a failure of the app process (``max_fails``), so four anonymous 15 MB posts
made every process "down" and the site answered 502 "no live upstreams" for ``fail_timeout``.

:class:`BodyDrain` wraps the whole backend: when the application sends ``http.response.start``
while the request body is not yet fully received, it first receives the rest and drops it —
at most :data:`DRAIN_MAX_BYTES` bytes and :data:`DRAIN_SECONDS` seconds — then sends the answer.
The proxy finishes writing and reads the answer; the connection ends cleanly. Past either bound
(only a client talking to the process directly, past nginx's ``client_max_body_size``) the answer
goes out with ``Connection: close`` as before. Nothing is buffered: memory stays at one chunk.

A full-duplex application (answering while it still reads) would lose the rest of its body here;
nothing in this app does that (Reflex's uploads answer after their last part).
"""

from __future__ import annotations

import asyncio
import time

#: Most bytes read and dropped after an early answer: above the largest ``client_max_body_size`` of
#: deploy/nginx.conf (``body_limit.UPLOAD_MAX_BYTES``, ~50 MiB), so nothing nginx lets through is cut.
DRAIN_MAX_BYTES = 64 * 1024 * 1024
#: Longest time spent draining, seconds (a slow sender past it gets the answer and a closed socket).
DRAIN_SECONDS = 30.0


class BodyDrain:
    """ASGI middleware (see the module doc); ``max_bytes``/``seconds`` bound the drain."""

    def __init__(self, app, max_bytes: int = DRAIN_MAX_BYTES, seconds: float = DRAIN_SECONDS) -> None:
        self.app, self.max_bytes, self.seconds = app, max_bytes, seconds

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        done = False  # the last body message (more_body false) or a disconnect was received

        async def tracked_receive():
            nonlocal done
            message = await receive()
            if message["type"] == "http.disconnect" or not message.get("more_body", False):
                done = True
            return message

        async def drained_send(message):
            nonlocal done
            if message["type"] == "http.response.start" and not done:
                complete = await self._drain(receive)
                done = True
                if not complete:
                    headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"connection"]
                    message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        return await self.app(scope, tracked_receive, drained_send)

    async def _drain(self, receive) -> bool:
        """Receive and drop the rest of the body; True when it ended within the bounds."""
        seen, deadline = 0, time.monotonic() + self.seconds
        while seen <= self.max_bytes:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            try:
                message = await asyncio.wait_for(receive(), timeout=left)
            except asyncio.TimeoutError:
                return False
            if message["type"] == "http.disconnect":
                return True
            seen += len(message.get("body", b""))
            if not message.get("more_body", False):
                return True
        return False
