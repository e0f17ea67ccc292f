"""HttpFetcher against a loopback server: retries, Retry-After, size cap, rate limit, SSRF guard."""

from __future__ import annotations

import email.utils
import json
import socket
import threading
import time
from typing import Any

import httpx
import pytest
from werkzeug import Request, Response

from careercopilot.connectors import (
    BlockedURLError,
    ConnectorError,
    HttpFetcher,
    HttpStatusError,
    ResponseTooLargeError,
    fetch_url_posting,
)
from careercopilot.connectors.http import DEFAULT_USER_AGENT, parse_retry_after


#: the loopback test server is reachable only through the allowlist (the guard is always on)
LOOPBACK = frozenset({"127.0.0.1", "localhost"})


def make(sleeps: list[float] | None = None, **kw: Any) -> HttpFetcher:
    options: dict[str, Any] = {"user_agent": DEFAULT_USER_AGENT, "timeout_s": 2.0, "max_retries": 2, "per_host_interval_s": 0,
                               "allow_hosts": LOOPBACK}
    options["sleep"] = sleeps.append if sleeps is not None else (lambda s: None)
    options.update(kw)
    return HttpFetcher(**options)


def test_user_agent_and_json(httpserver: Any) -> None:
    httpserver.expect_request("/j", headers={"User-Agent": DEFAULT_USER_AGENT}).respond_with_json({"ok": 1})
    assert make().get_json(httpserver.url_for("/j")) == {"ok": 1}
    assert DEFAULT_USER_AGENT == "CareerCopilot/0.1 (+self-hosted job-search copilot)"


def test_post_json_sends_body(httpserver: Any) -> None:
    httpserver.expect_request("/search", method="POST", json={"limit": 20, "offset": 0}).respond_with_json({"jobPostings": []})
    assert make().post_json(httpserver.url_for("/search"), json={"limit": 20, "offset": 0}) == {"jobPostings": []}


def test_retry_after_http_date(httpserver: Any) -> None:
    sleeps: list[float] = []
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    httpserver.expect_oneshot_request("/r").respond_with_data("", status=503, headers={"Retry-After": when})
    httpserver.expect_request("/r").respond_with_data("ok")
    assert make(sleeps).get_text(httpserver.url_for("/r")) == "ok"
    assert len(sleeps) == 1 and 3.0 <= sleeps[0] <= 5.0


def test_retry_after_is_capped(httpserver: Any) -> None:
    sleeps: list[float] = []
    httpserver.expect_oneshot_request("/r").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    httpserver.expect_request("/r").respond_with_data("ok")
    make(sleeps, max_backoff_s=60).get_text(httpserver.url_for("/r"))
    assert sleeps == [60]


def test_exponential_backoff_then_give_up(httpserver: Any) -> None:
    sleeps: list[float] = []
    httpserver.expect_request("/r").respond_with_data("busy", status=503)
    with pytest.raises(HttpStatusError) as info:
        make(sleeps, max_retries=3, backoff_base_s=0.5, max_backoff_s=1.5).get_text(httpserver.url_for("/r"))
    assert info.value.status == 503
    assert sleeps == [0.5, 1.0, 1.5]


def test_client_errors_are_not_retried(httpserver: Any) -> None:
    sleeps: list[float] = []
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    with pytest.raises(HttpStatusError, match="HTTP 404"):
        make(sleeps).get_text(httpserver.url_for("/gone"))
    assert sleeps == []


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=time.time()) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_content_length_over_cap(httpserver: Any) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 2000)
    with pytest.raises(ResponseTooLargeError, match="declares 2000 bytes"):
        make(max_bytes=1000).get_text(httpserver.url_for("/big"))


def test_streamed_body_over_cap_without_content_length(httpserver: Any) -> None:
    def chunked(request: Request) -> Response:
        return Response((b"y" * 500 for _ in range(10)), content_type="text/plain")  # no Content-Length

    httpserver.expect_request("/stream").respond_with_handler(chunked)
    with pytest.raises(ResponseTooLargeError, match="while streaming"):
        make(max_bytes=1000).get_text(httpserver.url_for("/stream"))


def test_per_host_interval_is_enforced_and_thread_safe(httpserver: Any) -> None:
    httpserver.expect_request("/p").respond_with_data("ok")
    sleeps: list[float] = []
    lock = threading.Lock()

    def record(seconds: float) -> None:
        with lock:
            sleeps.append(seconds)

    fetcher = make(per_host_interval_s=1.0, clock=lambda: 100.0)
    fetcher.sleep = record
    threads = [threading.Thread(target=fetcher.get_text, args=(httpserver.url_for("/p"),)) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(sleeps) == [1.0, 2.0, 3.0, 4.0]


def test_redirects_followed_and_capped(httpserver: Any) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("final")
    assert make().get_text(httpserver.url_for("/a")) == "final"
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(ConnectorError, match="too many redirects"):
        make().get_text(httpserver.url_for("/loop"))


# --------------------------------------------------------------------------- SSRF guard


def test_guard_blocks_loopback_without_allow_list(httpserver: Any) -> None:
    httpserver.expect_request("/secret").respond_with_data("secret")
    with pytest.raises(BlockedURLError, match="not reachable as a public web server") as info:
        make(allow_hosts=()).get_text(httpserver.url_for("/secret"))
    assert "non-public" in (info.value.detail or "")
    assert httpserver.log == []


def test_allow_list_reaches_loopback_server(httpserver: Any) -> None:
    httpserver.expect_request("/ok").respond_with_data("hello")
    fetcher = make(allow_hosts=frozenset({"127.0.0.1", "localhost"}))
    assert fetcher.get_text(httpserver.url_for("/ok")) == "hello"


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:{port}/secret", "file:///etc/passwd"])
def test_redirect_from_allowed_host_to_blocked_one(httpserver: Any, target: str) -> None:
    location = target.format(port=httpserver.port)
    httpserver.expect_request("/jump").respond_with_data("", status=302, headers={"Location": location})
    httpserver.expect_request("/secret").respond_with_data("secret")
    fetcher = make(allow_hosts=frozenset({"localhost"}))
    with pytest.raises(BlockedURLError):
        fetcher.get_text(httpserver.url_for("/jump"))
    assert [r.path for r, _ in httpserver.log] == ["/jump"]


def test_connects_to_vetted_ip_with_host_header_and_sni(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS is asked once; the request goes to the vetted IP with the original Host and SNI."""
    calls: list[str] = []

    def fake_getaddrinfo(host: str, port: Any, *args: Any, **kw: Any) -> list[Any]:
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    seen: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(host=request.url.host, header=request.headers["host"], sni=request.extensions.get("sni_hostname"))
        return httpx.Response(200, json={"jobs": []})

    fetcher = make(allow_hosts=(), transport=httpx.MockTransport(handler))
    assert fetcher.get_json("https://jobs.example.com/careers") == {"jobs": []}
    assert seen == {"host": "93.184.216.34", "header": "jobs.example.com", "sni": "jobs.example.com"}
    assert calls == ["jobs.example.com"]


# --------------------------------------------------------------------------- add posting from URL


def test_fetch_url_posting_prefers_json_ld(httpserver: Any) -> None:
    node = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Platform Engineer",
            "hiringOrganization": {"@type": "Organization", "name": "Globex"}, "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": [{"@type": "Country", "name": "Germany"}],
            "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": {"minValue": 70000, "maxValue": 90000, "unitText": "YEAR"}}}
    page = f'<html><head><title>x</title></head><body><script type="application/ld+json">{json.dumps(node)}</script></body></html>'
    httpserver.expect_request("/job/1").respond_with_data(page, content_type="text/html")
    url = httpserver.url_for("/job/1")
    posting = fetch_url_posting(url, fetcher=make(allow_hosts=frozenset({"localhost"})))
    assert (posting.title, posting.company, posting.url, posting.work_mode_hint) == ("Platform Engineer", "Globex", url, "remote")
    assert posting.allowed_regions_hint == ["Germany"] and posting.salary_currency_hint == "EUR"


def test_fetch_url_posting_falls_back_to_readable_text(httpserver: Any) -> None:
    body = " ".join(["We build reliable payment rails for small businesses across Europe."] * 8)
    page = (
        '<html><head><meta property="og:title" content="Backend Engineer (Go)">'
        '<meta property="og:site_name" content="Initech Careers"><title>Jobs</title></head>'
        f"<body><nav>Home</nav><article><h1>Backend Engineer (Go)</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    httpserver.expect_request("/job/2").respond_with_data(page, content_type="text/html")
    posting = fetch_url_posting(httpserver.url_for("/job/2"), fetcher=make(allow_hosts=frozenset({"localhost"})))
    assert posting.title == "Backend Engineer (Go)" and posting.company == "Initech"  # og:site_name "Initech Careers"
    assert "payment rails" in (posting.description_text or "")
    assert posting.source == "jsonld"


def test_fetch_url_posting_always_guarded(httpserver: Any) -> None:
    httpserver.expect_request("/job/3").respond_with_data("<html></html>", content_type="text/html")
    with pytest.raises(BlockedURLError):
        fetch_url_posting(httpserver.url_for("/job/3"), fetcher=make(allow_hosts=()))  # no allow-list
    assert httpserver.log == []
