"""Issue 9, findings 1–2: the Origin check (scheme + host + port) and CORS allow only the app's origins.

The real-server half (a websocket handshake with the session cookie against the production
build) is tests/e2e/test_origin_websocket.py.
"""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from careercopilot import api, origin_guard, routes
from careercopilot.config import Settings, settings

APP = "https://cc.example.com"

#: (Origin header, accepted?) for APP_URL=https://cc.example.com and ALLOWED_ORIGINS=[https://cc.example.com:8443]
ORIGINS = [
    ("https://cc.example.com", True),
    ("https://CC.Example.COM", True),
    ("https://cc.example.com:443", True),
    ("https://cc.example.com:8443", True),  # listed in ALLOWED_ORIGINS
    ("http://cc.example.com", False),  # http vs https
    ("https://cc.example.com:444", False),  # another port on the same host
    ("https://cc.example.com:3000", False),
    ("https://evil.cc.example.com", False),  # sibling / child subdomain
    ("https://files.example.com", False),
    ("https://example.com", False),  # parent domain
    ("https://cc.example.com.evil.example", False),  # suffix trick
    ("https://cc-example.com", False),
    ("https://cc.example.co", False),
    ("null", False),  # sandboxed iframe, file:, data: pages
    ("", False),
    ("https://user@cc.example.com", False),
    ("https://cc.example.com/path", False),
    ("https://cc.example.com:99999", False),
    ("wss://cc.example.com", False),  # browsers send the page's http(s) origin
    ("file://", False),
    ("chrome-extension://abcdef", False),
    (" https://cc.example.com", False),
]


@pytest.fixture
def trusted():
    return origin_guard.trusted_origins(Settings(app_url=APP, allowed_origins=["https://cc.example.com:8443"]))


@pytest.mark.parametrize(("origin", "accepted"), ORIGINS)
def test_websocket_handshake_origins(trusted, origin, accepted):
    reason = origin_guard.verdict(kind="websocket", method="GET", path="/_event/", origin=origin, referer=None,
                                  trusted=trusted)
    assert (reason is None) is accepted, reason


@pytest.mark.parametrize(("origin", "accepted"), ORIGINS)
def test_cookie_routes_origins(trusted, origin, accepted):
    for path in ("/auth/login", "/_upload", "/api/writing/1/export.docx", "/_event/"):
        for method in ("POST", "GET"):
            reason = origin_guard.verdict(kind="http", method=method, path=path, origin=origin, referer=None,
                                          trusted=trusted)
            assert (reason is None) is accepted, (path, method, reason)


def test_missing_origin_on_the_websocket_is_refused(trusted):
    assert origin_guard.verdict(kind="websocket", method="GET", path="/_event/", origin=None, referer=None,
                                trusted=trusted) == "websocket handshake without Origin"
    assert origin_guard.verdict(kind="http", method="GET", path="/_event/", origin=None,
                                referer=f"{APP}/jobs", trusted=trusted) is not None  # polling transport too


@pytest.mark.parametrize(("referer", "accepted"), [
    (f"{APP}/login", True), (f"{APP}:443/settings?x=1", True), ("http://cc.example.com/login", False),
    ("https://cc.example.com:444/login", False), ("https://evil.cc.example.com/", False), (None, False),
])
def test_state_changing_requests_without_origin_fall_back_to_referer(trusted, referer, accepted):
    reason = origin_guard.verdict(kind="http", method="POST", path="/auth/login", origin=None, referer=referer,
                                  trusted=trusted)
    assert (reason is None) is accepted


def test_plain_navigation_without_origin_passes(trusted):
    assert origin_guard.verdict(kind="http", method="GET", path="/jobs", origin=None, referer=None,
                                trusted=trusted) is None


@pytest.mark.parametrize("path", ["/api/v1/postings", "/unsubscribe/abc123", "/auth/oauth/google/callback"])
def test_declared_exemptions_carry_no_cookie_authority(trusted, path):
    assert path.startswith(routes.ORIGIN_EXEMPT_PREFIXES)
    for origin in (None, "https://evil.example", "null"):
        assert origin_guard.verdict(kind="http", method="POST", path=path, origin=origin, referer=None,
                                    trusted=trusted) is None


def test_loopback_app_url_trusts_its_aliases_on_the_same_port_only():
    trusted = origin_guard.trusted_origins(Settings(app_url="http://localhost:3000"))
    assert origin_guard.origin_strings(trusted) == ["http://127.0.0.1:3000", "http://[::1]:3000",
                                                    "http://localhost:3000"]
    assert origin_guard.parse_origin("http://127.0.0.1:3001") not in trusted


def test_bad_allowed_origins_are_refused_at_start():
    with pytest.raises(ValueError, match="not an origin"):
        origin_guard.trusted_origins(Settings(app_url=APP, allowed_origins=["cc.example.com"]))


def _guarded_app():
    async def ok(request):
        return PlainTextResponse("ok")

    async def ws(websocket):
        await websocket.accept()
        await websocket.send_text("hello")
        await websocket.close()

    return origin_guard.OriginGuard(
        Starlette(routes=[Route("/auth/login", ok, methods=["GET", "POST"]), WebSocketRoute("/_event/", ws)]),
        Settings(app_url=APP),
    )


def test_the_middleware_refuses_before_the_app_runs():
    client = TestClient(_guarded_app(), base_url=APP)
    assert client.post("/auth/login", headers={"Origin": APP}).text == "ok"
    r = client.post("/auth/login", headers={"Origin": "https://cc.example.com:444"})
    assert r.status_code == 403 and r.text == "Cross-origin request refused."
    with client.websocket_connect("/_event/", headers={"Origin": APP}) as sock:
        assert sock.receive_text() == "hello"
    for headers in ({"Origin": "https://evil.cc.example.com"}, {}, {"Origin": "null"}):
        with pytest.raises(WebSocketDisconnect):
            with client.websocket_connect("/_event/", headers=headers) as sock:
                sock.receive_text()


def test_backend_routes_refuse_foreign_origins(monkeypatch):
    monkeypatch.setattr(settings, "app_url", "http://testserver")
    client = TestClient(api.app, follow_redirects=False)
    r = client.post("/auth/login", data={"email": "a@example.com", "password": "x"},
                    headers={"Origin": "http://testserver:8080"})
    assert r.status_code == 403  # same host, other port: the old host-only check let it through
    r = client.get("/api/writing/1/export.docx", headers={"Origin": "http://evil.testserver"})
    assert r.status_code == 403


def test_cors_preflight_allows_only_the_apps_origins(monkeypatch):
    """Reflex adds Starlette's CORSMiddleware with rxconfig's cors_allowed_origins (no "*")."""
    import rxconfig

    allowed = rxconfig.config.cors_allowed_origins
    assert "*" not in allowed and allowed
    from starlette.middleware.cors import CORSMiddleware

    async def ok(request):
        return PlainTextResponse("ok")

    app = CORSMiddleware(Starlette(routes=[Route("/_upload", ok, methods=["POST"])]), allow_origins=allowed,
                         allow_credentials=True, allow_methods=["*"], allow_headers=["*"])
    client = TestClient(app)
    pre = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    r = client.options("/_upload", headers={"Origin": "https://evil.example", **pre})
    assert r.status_code == 400 and "access-control-allow-origin" not in r.headers
    own = allowed[0]
    r = client.options("/_upload", headers={"Origin": own, **pre})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == own
    assert r.headers["access-control-allow-credentials"] == "true"
    r = client.post("/_upload", headers={"Origin": "http://localhost:3001"})
    assert "access-control-allow-origin" not in r.headers
