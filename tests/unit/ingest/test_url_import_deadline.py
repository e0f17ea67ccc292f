"""A URL import's deadline stops the fetch itself, not only the caller's wait (security probe
attack80, session 26): ``asyncio.wait_for`` cannot stop a thread, so before the fetcher had a
deadline of its own a page dripping one byte every few seconds kept a network-pool thread for as
long as it dripped — 16 such imports blocked every URL import and provider sign-in of the
instance. Real loopback HTTP server; each drip shape is one way a body can arrive slower than the
per-read timeout while never tripping it."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from werkzeug import Response

from careercopilot.config import settings
from careercopilot.connectors import HttpFetcher
from careercopilot.connectors.errors import FetchTimeoutError
from careercopilot.services import url_import

HEAD = b'<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", '

#: (name, bytes per write, seconds between writes, status) — each under the 2 s read timeout
DRIPS = [
    ("one byte every 0.3 s", 1, 0.3, 200),
    ("a kilobyte every 0.5 s", 1024, 0.5, 200),
    ("a newline every 0.2 s", 1, 0.2, 200),
    ("a hundred bytes every 1.5 s", 100, 1.5, 200),
]


def _drip_server(httpserver, path: str, size: int, pause: float, status: int = 200):
    """Serve ``path`` as an endless drip; returns an Event set when the server stops writing
    (the client closed the connection, or 40 s passed)."""
    stopped = threading.Event()

    def body():
        try:
            yield HEAD
            for _ in range(int(40 / pause)):
                time.sleep(pause)
                yield b"\n" if size == 1 and "newline" in path else b" " * size
        finally:
            stopped.set()

    httpserver.expect_request(path).respond_with_handler(
        lambda _req: Response(body(), status=status, content_type="text/html", direct_passthrough=True))
    return stopped


@pytest.mark.parametrize("name,size,pause,status", DRIPS, ids=[d[0] for d in DRIPS])
def test_the_fetcher_stops_at_its_deadline_however_the_body_drips(httpserver, name, size, pause, status):
    path = "/" + name.replace(" ", "-")
    _drip_server(httpserver, path, size, pause, status)
    fetcher = HttpFetcher(per_host_interval_s=0, max_retries=3, backoff_base_s=0.1, timeout_s=2,
                          allow_hosts=frozenset({"localhost", "127.0.0.1"}), deadline_s=1.5)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError):
        fetcher.get_text(httpserver.url_for(path))
    assert time.monotonic() - started < 3.5  # deadline 1.5 s + one read or pause, never 40 s of drip


def test_retries_and_backoff_stop_at_the_deadline(httpserver):
    calls = []

    def busy(_req):
        calls.append(time.monotonic())
        return Response("busy", status=503, headers={"Retry-After": "1"})

    httpserver.expect_request("/busy").respond_with_handler(busy)
    fetcher = HttpFetcher(per_host_interval_s=0, max_retries=10, timeout_s=2,
                          allow_hosts=frozenset({"localhost", "127.0.0.1"}), deadline_s=1.5)
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        fetcher.get_text(httpserver.url_for("/busy"))
    assert "503" in str(info.value) or isinstance(info.value, FetchTimeoutError)
    assert time.monotonic() - started < 2.5 and len(calls) <= 2


def test_a_timed_out_import_frees_its_network_thread(engine, users, httpserver, monkeypatch):
    admin, _, _ = users  # an admin's import may reach the allow-listed loopback server
    monkeypatch.setattr(settings, "ssrf_allow_hosts", ["127.0.0.1", "localhost"])
    stopped = _drip_server(httpserver, "/drip", 1, 0.3)
    out = None
    try:
        asyncio.run(url_import.import_posting_async(user_id=admin.id, url=httpserver.url_for("/drip"), timeout=1.0))
    except FetchTimeoutError as exc:
        out = exc
    assert isinstance(out, FetchTimeoutError)
    # the server sees the client go within a few drips of the deadline, not after its 40 s of body
    assert stopped.wait(5), "the network thread kept reading after the import's deadline"
