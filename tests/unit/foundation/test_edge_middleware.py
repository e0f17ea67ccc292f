"""The two ASGI wrappers behind the edge fixes of session 12 (attack notes B1, W6), on their own;
tests/integration/foundation/test_edge_nginx.py runs them behind a real nginx.

* :class:`careercopilot.body_drain.BodyDrain`: an early answer goes out only after the rest of the
  body is read (bounded);
* :func:`careercopilot.self_redirects.relative_location`: a redirect built from the request's Host
  (or the bind address) becomes relative; other redirects are left alone.
"""

from __future__ import annotations

import asyncio

import pytest

from careercopilot.body_drain import BodyDrain
from careercopilot.self_redirects import SelfRedirects, relative_location


def _run(app, chunks: list[bytes], *, stall: bool = False):
    """Drive ``app`` with a body of ``chunks``; returns (events in order, chunks left unread)."""
    events: list[str] = []
    queue = list(chunks)

    async def receive():
        if not queue:
            if stall:
                await asyncio.sleep(3600)
            return {"type": "http.disconnect"}
        body = queue.pop(0)
        events.append(f"recv {len(body)}")
        return {"type": "http.request", "body": body, "more_body": bool(queue) or stall}

    async def send(message):
        events.append(message["type"] + (f" {message['status']}" if "status" in message else ""))
        if message["type"] == "http.response.start":
            events.append(f"headers {dict(message['headers']).get(b'connection', b'').decode()}")

    scope = {"type": "http", "method": "POST", "path": "/x", "headers": [], "server": ("0.0.0.0", 3000),
             "scheme": "http"}
    asyncio.run(app(scope, receive, send))
    return events, queue


async def early_413(scope, receive, send):
    """Answers before reading anything (the body cap, the Origin guard)."""
    await send({"type": "http.response.start", "status": 413, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"too large"})


async def reads_all(scope, receive, send):
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def test_early_answer_waits_until_the_body_is_read():
    events, left = _run(BodyDrain(early_413), [b"x" * 1000] * 5)
    assert left == []
    assert events.index("http.response.start 413") > max(i for i, e in enumerate(events) if e.startswith("recv"))
    assert "headers " in events  # no Connection: close — the connection ends cleanly


def test_body_past_the_drain_cap_is_answered_and_closed():
    events, left = _run(BodyDrain(early_413, max_bytes=2500), [b"x" * 1000] * 10)
    assert left and len(left) < 10  # read up to the cap, not further
    assert "headers close" in events


def test_stalled_sender_is_answered_after_the_drain_time():
    events, _ = _run(BodyDrain(early_413, seconds=0.2), [b"x" * 10], stall=True)
    assert "http.response.start 413" in events and "headers close" in events


def test_an_app_that_reads_its_body_is_untouched():
    events, left = _run(BodyDrain(reads_all), [b"a", b"b", b"c"])
    assert left == [] and events == ["recv 1", "recv 1", "recv 1", "http.response.start 200", "headers ",
                                     "http.response.body"]


#: (Location, the request's Host, scheme, expected). Built from Host or the bind address → relative.
LOCATIONS = [
    ("http://evil.example/login/", "evil.example", "http", "/login/"),
    ("http://EVIL.example:8080/login/?next=/jobs#x", "evil.example:8080", "http", "/login/?next=/jobs#x"),
    ("http://localhost:1@evil.example/login/", "localhost:1@evil.example", "http", "/login/"),
    ("http://0.0.0.0:3000/login/", "localhost:1@evil.example", "http", "/login/"),
    ("http://0.0.0.0:3000//evil.example/x", "evil.example", "http", "/evil.example/x"),  # never "//host"
    # left alone: another site (an OAuth provider), a switch to https, already relative, garbage
    ("https://accounts.google.com/o/oauth2/auth?x=1", "evil.example", "http", "https://accounts.google.com/o/oauth2/auth?x=1"),
    ("https://cc.example.com/login/", "cc.example.com", "http", "https://cc.example.com/login/"),
    ("/login/", "evil.example", "http", "/login/"),
    ("http://[::1/x", "evil.example", "http", "http://[::1/x"),
]


@pytest.mark.parametrize("location, host, scheme, want", LOCATIONS)
def test_self_redirects_become_relative(location, host, scheme, want):
    from careercopilot.self_redirects import self_authorities

    scope = {"headers": [(b"host", host.encode())], "server": ("0.0.0.0", 3000)}
    assert relative_location(location, self_authorities(scope), scheme) == want


def test_self_redirects_middleware_rewrites_location_headers():
    async def redirect(scope, receive, send):
        await send({"type": "http.response.start", "status": 307,
                    "headers": [(b"location", b"http://evil.example/login/"), (b"x", b"y")]})
        await send({"type": "http.response.body", "body": b""})

    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b""}

    scope = {"type": "http", "headers": [(b"host", b"evil.example")], "server": ("0.0.0.0", 3000), "scheme": "http"}
    asyncio.run(SelfRedirects(redirect)(scope, receive, send))
    assert sent[0]["headers"] == [(b"location", b"/login/"), (b"x", b"y")]
