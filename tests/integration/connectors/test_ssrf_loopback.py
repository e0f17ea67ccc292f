"""Issue 9 finding 3 against a REAL loopback server (pytest-httpserver) and the machine's own
resolver: spellings of the loopback address, user-info tricks, every connector's base URL,
hostile board tokens and a redirect to another local port — the server must receive ZERO
requests. The allowlist admits exactly the listed ``host:port``.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from careercopilot.connectors import REGISTRY, BlockedURLError, ConnectorError, HttpFetcher, get_source
from careercopilot.connectors.netguard import NEUTRAL_MESSAGE
from careercopilot.services import ingest_fetch

ATTACKS = [
    "http://127.0.0.1:{port}/x", "http://localhost:{port}/x", "http://localhost.:{port}/x", "http://LocalHost:{port}/x",
    "http://2130706433:{port}/x", "http://0x7f.1:{port}/x", "http://0x7f000001:{port}/x", "http://127.1:{port}/x",
    "http://0:{port}/x", "http://0.0.0.0:{port}/x", "http://[::ffff:127.0.0.1]:{port}/x", "http://[::1]:{port}/x",
    "http://example.com@127.0.0.1:{port}/x", "http://127.0.0.1:{port}\\@example.com/x",
    "https://127.0.0.1:{port}/x",
]


def fetcher(**kw: Any) -> HttpFetcher:
    """The default fetcher as the app builds it: guarded, no allowlist unless given."""
    return HttpFetcher(timeout_s=2.0, max_retries=0, per_host_interval_s=0, **kw)


@pytest.mark.parametrize("template", ATTACKS)
def test_loopback_spellings_reach_nothing(httpserver: HTTPServer, template: str) -> None:
    httpserver.expect_request("/x").respond_with_data("secret")
    url = template.format(port=httpserver.port)
    with pytest.raises(BlockedURLError) as info:
        fetcher().get_text(url)
    assert httpserver.log == []
    if "@" not in url:  # user-info / backslash: "not a web address"; every other case: the neutral text
        assert info.value.message == NEUTRAL_MESSAGE
        assert ingest_fetch.fetch_error_message(info.value, url=url) == ingest_fetch.UNREACHABLE


@pytest.mark.parametrize("key", sorted(set(REGISTRY) - {"jobspy", "jsonld"}))
def test_every_connector_base_url_goes_through_the_guard(httpserver: HTTPServer, key: str) -> None:
    httpserver.expect_request("/").respond_with_data("{}")
    token = {"workday": "acme/Site", "hackernews": "1"}.get(key, "acme" if REGISTRY[key].token_label else None)
    source = get_source(key, token=token, base_url=f"http://127.0.0.1:{httpserver.port}", fetcher=fetcher())
    with pytest.raises(BlockedURLError):
        source.fetch()
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("key", "token"),
    [("workday", "http://127.0.0.1:{port}/en-US/Site"), ("breezy", "127.0.0.1:{port}/x?"),
     ("recruitee", "127.0.0.1:{port}/x?"), ("jsonld", "http://127.0.0.1:{port}/careers"),
     ("jsonld", "http://localhost:{port}/careers"), ("workable", "127.0.0.1:{port}"),
     ("greenhouse", "../../..:{port}")],
)
def test_hostile_tokens_reach_nothing(httpserver: HTTPServer, key: str, token: str) -> None:
    httpserver.expect_request("/careers").respond_with_data("<html></html>", content_type="text/html")
    with pytest.raises(ConnectorError):
        get_source(key, token=token.format(port=httpserver.port), fetcher=fetcher()).fetch()
    assert httpserver.log == []


def test_allowlisted_port_works_and_its_redirect_to_another_local_port_is_refused(httpserver: HTTPServer) -> None:
    other = HTTPServer(host="127.0.0.1", port=0)
    other.start()
    try:
        other.expect_request("/admin").respond_with_data("other service")
        httpserver.expect_request("/ok").respond_with_data("hello")
        httpserver.expect_request("/jump").respond_with_data(
            "", status=302, headers={"Location": f"http://127.0.0.1:{other.port}/admin"})
        f = fetcher(allow_hosts=[f"127.0.0.1:{httpserver.port}"])
        assert f.get_text(f"http://127.0.0.1:{httpserver.port}/ok") == "hello"
        with pytest.raises(BlockedURLError):
            f.get_text(f"http://127.0.0.1:{httpserver.port}/jump")
        with pytest.raises(BlockedURLError):
            f.get_text(f"http://127.0.0.1:{other.port}/admin")
        assert other.log == []
        assert [r.path for r, _ in httpserver.log] == ["/ok", "/jump"]
    finally:
        other.clear()
        if other.is_running():
            other.stop()
