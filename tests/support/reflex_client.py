"""A headless Reflex 0.10 client: one browser tab's websocket session, without a browser.

Speaks the protocol of Reflex's ``state.js``: a Socket.IO connection on ``/_event``
(websocket transport, ``?token=<tab token>``, the page's cookies and ``Origin`` in the
handshake), ``emit("event", {name, payload, router_data})`` to run a handler, and
``"event"`` messages back carrying ``{"delta": {state: {var_rx_state_: value}}, "events": [...]}``.
Like the browser, the client merges every delta into :attr:`ReflexSession.state` and sends
back the chained events a handler returns (an on_load gate returning the page's loaders);
client-side events (names starting with ``_``: redirects, scripts) are recorded only.

Used by ``benchmarks/ui_load.py`` (the project's load client) and the integration tests
that need many real sessions (event loop responsiveness, writes per page view).

Timing an event: :meth:`ReflexSession.call` sends it and waits until ``until(session)``
holds for the merged state (checked after every message), returning the seconds elapsed.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
import socketio

FIELD_MARKER = "_rx_state_"  # reflex_base.constants.state.FIELD_MARKER
#: Socket.IO path AND namespace of Reflex's event endpoint (``config.get_event_namespace()``).
EVENT_NAMESPACE = "/_event"


def state_key(full_name: str) -> str:
    """The delta key of a state class named ``full_name``: ``State.get_full_name()`` itself
    (``"reflex___state____state.careercopilot___state___jobs____jobs_state"``)."""
    return full_name


class ReflexSession:
    """One tab: ``await s.connect()``, ``await s.call(handler, payload, until=...)``, ``await s.close()``.

    ``state`` maps a state's delta key to its vars (names without the field marker);
    ``client_events`` lists client-side events received (``_redirect``, toasts …) as ``(name, payload)``;
    ``messages`` counts the updates received.
    """

    def __init__(self, base_url: str, *, cookies: dict[str, str] | None = None, origin: str | None = None,
                 path: str = "/") -> None:
        self.base_url = base_url.rstrip("/")
        self.cookies = dict(cookies or {})
        self.origin = origin or self.base_url
        self.path = path
        self.token = str(uuid.uuid4())
        self.state: dict[str, dict[str, Any]] = {}
        self.client_events: list[tuple[str, Any]] = []
        self.messages = 0
        self._changed = asyncio.Condition()
        self._sio = socketio.AsyncClient(reconnection=False)
        self._sio.on("event", self._on_update, namespace=EVENT_NAMESPACE)

    # ------------------------------------------------------------------ connection
    async def connect(self, timeout: float = 30.0) -> None:
        """Open the websocket (cookies and Origin in the handshake, like a browser tab)."""
        headers = {"Origin": self.origin}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        await self._sio.connect(f"{self.base_url}?token={self.token}", socketio_path=EVENT_NAMESPACE,
                                namespaces=[EVENT_NAMESPACE], transports=["websocket"], headers=headers,
                                wait_timeout=timeout)

    async def close(self) -> None:
        """Disconnect (idempotent)."""
        if self._sio.connected:
            await self._sio.disconnect()

    @property
    def connected(self) -> bool:
        return self._sio.connected

    # ------------------------------------------------------------------ events
    def router_data(self) -> dict[str, Any]:
        parts = urlsplit(self.path)
        query = dict(p.split("=", 1) if "=" in p else (p, "") for p in parts.query.split("&") if p)
        data: dict[str, Any] = {"pathname": parts.path or "/", "asPath": self.path}
        if query:
            data["query"] = query
        return data

    async def emit(self, name: str, payload: dict[str, Any] | None = None) -> None:
        """Send one event for handler ``name`` (``"<state full name>.<handler>"``)."""
        await self._sio.emit("event", {"name": name, "payload": payload or {}, "router_data": self.router_data()},
                             namespace=EVENT_NAMESPACE)

    async def _on_update(self, update: dict[str, Any]) -> None:
        for key, values in (update.get("delta") or {}).items():
            merged = self.state.setdefault(key, {})
            for var, value in values.items():
                merged[var.removesuffix(FIELD_MARKER)] = value
        chained = []
        for event in update.get("events") or []:
            name = event.get("name", "")
            if name.startswith("_") or "." not in name:
                self.client_events.append((name, event.get("payload")))
            else:
                chained.append(event)
        async with self._changed:
            self.messages += 1
            self._changed.notify_all()
        for event in chained:  # like state.js: queue the handler's follow-up events
            await self.emit(event["name"], event.get("payload") or {})

    async def upload(self, handler: str, files: list[tuple[str, bytes, str]], *, timeout: float = 300.0) -> None:
        """Call an upload handler like ``rx.upload_files``: ``POST /_upload`` (multipart field
        ``files``: ``(filename, data, mime)`` each) with this tab's token and cookies; the
        handler's updates come back in the response body (NDJSON) and are merged like
        websocket updates. Raises httpx.HTTPStatusError for a refused upload."""
        import json

        async with httpx.AsyncClient(base_url=self.base_url, cookies=self.cookies, timeout=timeout) as client:
            r = await client.post("/_upload", files=[("files", f) for f in files],
                                  headers={"reflex-client-token": self.token, "reflex-event-handler": handler,
                                           "origin": self.origin})
            r.raise_for_status()
        for line in r.text.splitlines():
            if line.strip():
                await self._on_update(json.loads(line))

    def var(self, state_full_name: str, name: str, default: Any = None) -> Any:
        """The last value of ``name`` on the state named ``state_full_name``."""
        return self.state.get(state_key(state_full_name), {}).get(name, default)

    async def wait_for(self, until: Callable[[ReflexSession], bool], timeout: float) -> None:
        """Wait until ``until(self)`` holds (checked on every message); TimeoutError after ``timeout`` s."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: until(self)), timeout)

    async def call(self, name: str, payload: dict[str, Any] | None = None, *,
                   until: Callable[[ReflexSession], bool], timeout: float = 60.0,
                   before: Callable[[ReflexSession], None] | None = None) -> float:
        """Send ``name`` and wait until ``until(self)``; the seconds from sending to that moment.

        ``before`` runs just before sending (e.g. clear the var ``until`` looks at).
        Raises TimeoutError when ``until`` never holds within ``timeout`` s.
        """
        if before is not None:
            before(self)
        started = time.perf_counter()
        await self.emit(name, payload)
        await self.wait_for(until, timeout)
        return time.perf_counter() - started

    def forget(self, state_full_name: str, *names: str) -> None:
        """Drop vars from the merged state (so a later ``until`` sees only fresh values)."""
        vars_ = self.state.get(state_key(state_full_name), {})
        for n in names:
            vars_.pop(n, None)


def sign_up(base_url: str, email: str, password: str, *, timeout: float = 60.0) -> dict[str, str]:
    """Create an account through ``POST /auth/signup`` (same-origin form post); its cookies.

    Raises RuntimeError when the app answers with anything but a redirect to the dashboard.
    """
    with httpx.Client(base_url=base_url, timeout=timeout, follow_redirects=False) as c:
        r = c.post("/auth/signup", data={"email": email, "password": password, "password_confirm": password},
                   headers={"origin": base_url})
        if r.status_code != 303 or "error=" in r.headers.get("location", ""):
            raise RuntimeError(f"sign-up of {email} failed: {r.status_code} {r.headers.get('location')}")
        return dict(c.cookies)


def log_in(base_url: str, email: str, password: str, *, timeout: float = 60.0) -> dict[str, str]:
    """Log in through ``POST /auth/login``; the session cookies. RuntimeError when refused."""
    with httpx.Client(base_url=base_url, timeout=timeout, follow_redirects=False) as c:
        r = c.post("/auth/login", data={"email": email, "password": password}, headers={"origin": base_url})
        if r.status_code != 303 or "error=" in r.headers.get("location", ""):
            raise RuntimeError(f"log-in of {email} failed: {r.status_code} {r.headers.get('location')}")
        return dict(c.cookies)
