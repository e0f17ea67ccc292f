"""client_ip() with and without trusted proxies; CSP hashing of inline scripts; security headers."""

from __future__ import annotations

import base64
import hashlib

import pytest
from starlette.requests import Request
from starlette.testclient import TestClient

from careercopilot import api
from careercopilot.config import settings


def _request(peer: str, xff: str | None = None, proto: str | None = None) -> Request:
    headers = []
    if xff is not None:
        headers.append((b"x-forwarded-for", xff.encode()))
    if proto:
        headers.append((b"x-forwarded-proto", proto.encode()))
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers, "client": (peer, 5555),
                    "query_string": b"", "scheme": "http", "server": ("testserver", 80)})


def test_without_trusted_proxies_the_header_is_ignored(monkeypatch):
    monkeypatch.setattr(settings, "trusted_proxies", [])
    assert api.client_ip(_request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


def test_untrusted_peer_cannot_spoof(monkeypatch):
    monkeypatch.setattr(settings, "trusted_proxies", ["10.0.0.2"])
    assert api.client_ip(_request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@pytest.mark.parametrize(
    ("xff", "expected"),
    [
        ("198.51.100.1", "198.51.100.1"),
        ("1.2.3.4, 198.51.100.1", "198.51.100.1"),  # rightmost untrusted hop; the left one is client-supplied
        ("198.51.100.1, 10.0.0.2", "198.51.100.1"),  # chained trusted proxies are skipped
        ("", "10.0.0.2"),
        ("not-an-ip", "10.0.0.2"),
        ("2001:db8::1", "2001:db8::1"),
    ],
)
def test_trusted_proxy_forwards_the_client(monkeypatch, xff, expected):
    monkeypatch.setattr(settings, "trusted_proxies", ["10.0.0.2"])
    assert api.client_ip(_request("10.0.0.2", xff)) == expected


@pytest.mark.parametrize(
    ("proxies", "peer", "trusted"),
    [
        (["10.0.0.0/8"], "10.42.7.9", True),  # the k8s manifest's range (session 13 attacker: never matched)
        (["10.0.0.0/8"], "11.0.0.1", False),
        (["172.18.0.0/16"], "172.18.255.254", True),
        (["172.18.0.10"], "172.18.0.10", True),
        (["172.18.0.10"], "172.18.0.11", False),
        (["127.0.0.0/8"], "127.0.0.1", True),
        (["10.0.0.0/8"], "::ffff:10.1.2.3", True),  # IPv4-mapped peer of a dual-stack listener
        (["fd00::/8"], "fd12:3456::1", True),
        (["fd00::/8"], "fe80::1", False),
        (["10.0.0.0/8"], "2001:db8::1", False),  # other family
        (["10.0.0.0/8"], "unix:/run/app.sock", False),
        (["10.0.0.0/8"], "", False),
    ],
)
def test_trusted_proxy_entries_are_addresses_or_networks(monkeypatch, proxies, peer, trusted):
    monkeypatch.setattr(settings, "trusted_proxies", proxies)
    assert api.is_trusted_proxy(peer) is trusted
    forwarded = api.client_ip(_request(peer or "203.0.113.9", "198.51.100.22"))
    assert (forwarded == "198.51.100.22") is (trusted and bool(peer))


def _request_lines(peer: str, *lines: str) -> Request:
    headers = [(b"x-forwarded-for", line.encode()) for line in lines]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers, "client": (peer, 5555),
                    "query_string": b"", "scheme": "http", "server": ("testserver", 80)})


@pytest.mark.parametrize(("lines", "expected"), [
    # a proxy that appends its own line: the last line's hop is the client, whatever the first says
    (("198.51.100.50", "203.0.113.2"), "203.0.113.2"),
    (("198.51.100.50, 10.0.0.9", "203.0.113.2"), "203.0.113.2"),
    (("203.0.113.2", "10.0.0.9"), "203.0.113.2"),  # the proxy's own hop is skipped
    # ports and spellings of one client (RFC 7239 node syntax)
    (("203.0.113.7:5555",), "203.0.113.7"),
    (("[2001:db8::1]:443",), "2001:db8::1"),
    (("[2001:db8::1]",), "2001:db8::1"),
    (("::ffff:203.0.113.7",), "203.0.113.7"),
    (('"203.0.113.7"',), "203.0.113.7"),
    (("unknown",), "10.0.0.2"),  # not an address: the proxy's own
])
def test_every_forwarded_line_and_spelling_counts(monkeypatch, lines, expected):
    monkeypatch.setattr(settings, "trusted_proxies", ["10.0.0.0/8"])
    assert api.client_ip(_request_lines("10.0.0.2", *lines)) == expected


def test_a_proxy_network_keeps_clients_in_their_own_rate_limit_buckets(monkeypatch):
    """Behind a proxy in a trusted range, two clients are two IPs, not the proxy's one."""
    monkeypatch.setattr(settings, "trusted_proxies", ["10.0.0.0/8"])
    a = api.client_ip(_request("10.3.0.5", "203.0.113.7"))
    b = api.client_ip(_request("10.3.0.5", "198.51.100.22"))
    assert (a, b) == ("203.0.113.7", "198.51.100.22")


@pytest.mark.parametrize("entry", ["nginx", "10.0.0.0/33", "10.0.0.300", "*", "10.0.0.0/8,10.1.0.0/16"])
def test_a_trusted_proxy_that_is_not_an_ip_or_network_stops_start_up(entry):
    from pydantic import ValidationError

    from careercopilot.config import Settings

    with pytest.raises(ValidationError, match="TRUSTED_PROXIES"):
        Settings(trusted_proxies=[entry])


def test_trusted_proxy_entries_are_kept_canonical():
    from careercopilot.config import Settings

    assert Settings(trusted_proxies=[" 10.1.2.3/8", "172.18.0.10", "FD00::/8"]).trusted_proxies == [
        "10.0.0.0/8", "172.18.0.10", "fd00::/8"]


def _sha(script: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"


def test_csp_hashes_inline_scripts_only():
    body = (b"<html><head><script>window.a=1</script><script src=\"/x.js\"></script>"
            b"<script type=\"module\">\nimport('/y')\n</script><script>  </script></head></html>")
    csp = api.csp_for_html(body)
    assert _sha(b"window.a=1") in csp
    assert _sha(b"\nimport('/y')\n") in csp
    assert csp.count("'sha256-") == 2  # external and blank scripts are not hashed
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp


def test_csp_without_scripts_has_no_hashes():
    assert "'sha256-" not in api.csp_for_html(b"<html><body>hi</body></html>")


def test_security_headers_on_every_response(monkeypatch):
    monkeypatch.setattr(settings, "trusted_proxies", [])
    client = TestClient(api.app)
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert r.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "Strict-Transport-Security" not in r.headers
    assert client.get("/nothing-here").headers["X-Frame-Options"] == "DENY"


def test_hsts_only_over_https_or_trusted_proxy(monkeypatch):
    monkeypatch.setattr(settings, "trusted_proxies", ["10.1.0.0/16"])
    client = TestClient(api.app, client=("10.1.2.3", 50000))
    assert "Strict-Transport-Security" in client.get("/healthz", headers={"X-Forwarded-Proto": "https"}).headers
    monkeypatch.setattr(settings, "trusted_proxies", [])
    assert "Strict-Transport-Security" not in client.get("/healthz", headers={"X-Forwarded-Proto": "https"}).headers
    assert "Strict-Transport-Security" in TestClient(api.app, base_url="https://testserver").get("/healthz").headers


def test_metrics_endpoint_speaks_prometheus(monkeypatch):
    monkeypatch.setattr(settings, "metrics_token", "scrape-token-1234567890")
    client = TestClient(api.app)
    client.get("/healthz")
    r = client.get("/metrics", headers={"Authorization": "Bearer scrape-token-1234567890"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert 'cc_http_requests_total{method="GET",route="/healthz",status="200"}' in r.text


def test_metrics_do_not_exist_without_a_token(monkeypatch):
    """Issue 9, finding 7: /metrics was public."""
    monkeypatch.setattr(settings, "metrics_token", None)
    client = TestClient(api.app)
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer anything"}):
        r = client.get("/metrics", headers=headers)
        assert r.status_code == 404 and "cc_http" not in r.text


@pytest.mark.parametrize("authorization", [
    None, "", "Bearer", "Bearer ", "Bearer wrong-token", "Basic c2NyYXBlOnNjcmFwZS10b2tlbi0xMjM0NTY3ODkw",
    "scrape-token-1234567890", "Bearer scrape-token-123456789", "Bearer scrape-token-12345678900",
    "Bearer SCRAPE-TOKEN-1234567890", "Token scrape-token-1234567890",
])
def test_metrics_refuse_missing_or_wrong_bearer_tokens(monkeypatch, authorization):
    monkeypatch.setattr(settings, "metrics_token", "scrape-token-1234567890")
    headers = {} if authorization is None else {"Authorization": authorization}
    r = TestClient(api.app).get("/metrics", headers=headers)
    assert r.status_code == 401 and "cc_http" not in r.text
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


def test_cross_site_form_posts_are_refused():
    client = TestClient(api.app)
    r = client.post("/auth/login", data={"email": "a@example.com", "password": "x"},
                    headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert r.status_code == 403
    r = client.post("/auth/login", data={"email": "a@example.com", "password": "x"}, follow_redirects=False)
    assert r.status_code == 403  # no Origin/Referer at all


def test_csp_hashes_precompressed_html():
    """Reflex serves page.html.gz to gzip clients: the hashes must come from the decoded HTML."""
    import gzip

    from fastapi import FastAPI
    from fastapi.responses import Response

    html = b"<html><script>boot()</script></html>"
    mini = FastAPI()
    mini.add_middleware(api.SecurityHeadersMiddleware)

    @mini.get("/page")
    def page():
        return Response(gzip.compress(html), media_type="text/html", headers={"Content-Encoding": "gzip"})

    r = TestClient(mini).get("/page")
    assert r.text == html.decode()
    assert _sha(b"boot()") in r.headers["Content-Security-Policy"]


@pytest.mark.parametrize(("peer", "key"), [
    ("2001:db8:1:2::27", "2001:db8:1:2::/64"),       # one /64, any address: one key
    ("2001:db8:1:2:ffff:1:2:3", "2001:db8:1:2::/64"),
    ("2001:db8:1:3::1", "2001:db8:1:3::/64"),          # the next subnet: its own
    ("203.0.113.7", "203.0.113.7"),
    ("::ffff:203.0.113.7", "203.0.113.7"),             # a dual-stack listener's IPv4 client, not ::/64
])
def test_rate_limit_keys_hold_an_ipv6_client_by_its_subnet(monkeypatch, peer, key):
    """Session 13 attacker, third round: 40 failed logins from one /64, one address each, met no limit."""
    monkeypatch.setattr(settings, "trusted_proxies", [])
    assert api.client_ip_key(_request(peer)) == key


def test_rotating_ipv6_addresses_share_one_login_limit(monkeypatch):
    monkeypatch.setattr(settings, "trusted_proxies", ["127.0.0.1"])
    keys = {api.client_ip_key(_request("127.0.0.1", f"2001:db8:1:2::{i:x}")) for i in range(40)}
    assert keys == {"2001:db8:1:2::/64"}
