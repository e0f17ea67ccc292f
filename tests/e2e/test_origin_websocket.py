"""Issue 9, findings 1–2 against the production build: cross-site websocket hijacking and CORS.

A signed-in user's cookie is valid; the websocket handshake on ``/_event`` is accepted only
from the app's own origin. The browser half runs the actual attack: a page served on *another
port of the same host* (same site, so the SameSite=Lax cookie goes along) opens a websocket to
the app from the user's browser.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from tests.e2e.pages import DEFAULT_PASSWORD, SignupPage, unique_email
from tests.support import services


def _session_cookie(app_server) -> str:
    r = httpx.post(f"{app_server.url}/auth/signup", headers={"Origin": app_server.url}, follow_redirects=False,
                   data={"email": unique_email("ws"), "password": DEFAULT_PASSWORD,
                         "password_confirm": DEFAULT_PASSWORD, "timezone": "UTC"})
    assert r.status_code == 303 and "cc_session" in r.cookies, r.headers.get("location")
    return r.cookies["cc_session"]


@pytest.fixture(scope="module")
def session_cookie(app_server) -> str:
    """One signed-up user's valid session cookie (one sign-up: the per-IP sign-up limit is shared)."""
    return _session_cookie(app_server)


def _handshake(app_server, origin: str | None, cookie: str) -> str:
    """``"open"`` when the engine.io handshake succeeds (the server sends its open packet), else
    the refusal (HTTP status of the rejected upgrade). Sync client: Playwright's sync API keeps an
    event loop in this thread."""
    url = f"ws://localhost:{app_server.port}/_event/?EIO=4&transport=websocket"
    try:
        with connect(url, origin=origin, additional_headers={"Cookie": f"cc_session={cookie}"},
                     open_timeout=10) as ws:
            first = ws.recv(timeout=10)
            return "open" if str(first).startswith("0") else f"unexpected {first!r}"
    except InvalidStatus as exc:
        return f"refused {exc.response.status_code}"
    except ConnectionClosed as exc:
        return f"closed {exc.rcvd.code if exc.rcvd else '-'}"


@pytest.mark.parametrize(("origin", "accepted"), [
    ("same", True),
    ("127.0.0.1-same-port", True),
    ("other-port", False),
    ("sibling-subdomain", False),
    ("https-scheme", False),
    ("null", False),
    (None, False),
    ("evil", False),
])
def test_websocket_handshake_with_a_valid_cookie_checks_origin(app_server, session_cookie, origin, accepted):
    port = app_server.port
    given = {
        "same": f"http://localhost:{port}",
        "127.0.0.1-same-port": f"http://127.0.0.1:{port}",
        "other-port": f"http://localhost:{port + 1}",
        "sibling-subdomain": f"http://evil.localhost:{port}",
        "https-scheme": f"https://localhost:{port}",
        "null": "null",
        None: None,
        "evil": "https://evil.example",
    }[origin]
    outcome = _handshake(app_server, given, session_cookie)
    assert (outcome == "open") is accepted, outcome
    if not accepted:
        assert outcome == "refused 403", outcome


@pytest.mark.parametrize("path", ["/_upload", "/auth/login", "/auth/signup"])
def test_cors_preflight_refuses_foreign_origins(app_server, path):
    pre = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    for origin in (f"http://localhost:{app_server.port + 1}", "https://evil.example", "null"):
        r = httpx.options(f"{app_server.url}{path}", headers={"Origin": origin, **pre})
        assert r.headers.get("access-control-allow-origin") not in (origin, "*"), (path, origin)
        assert r.headers.get("access-control-allow-credentials") != "true" or r.status_code >= 400
    r = httpx.options(f"{app_server.url}{path}", headers={"Origin": app_server.url, **pre})
    assert r.headers.get("access-control-allow-origin") == app_server.url


class _AttackerPage(BaseHTTPRequestHandler):
    """A page on another port of the same host that tries the user's websocket."""

    target = ""

    def do_GET(self):  # noqa: N802 - http.server API
        body = f"""<!doctype html><title>attacker</title><script>
        const ws = new WebSocket({self.target!r});
        ws.onopen = () => {{ document.title = 'OPEN'; }};
        ws.onmessage = (m) => {{ document.title = 'MESSAGE ' + String(m.data).slice(0, 1); }};
        ws.onerror = () => {{ document.title = 'ERROR'; }};
        ws.onclose = (e) => {{ if (!document.title.startsWith('MESSAGE')) document.title = 'CLOSED ' + e.code; }};
        </script>""".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_same_site_page_on_another_port_cannot_use_the_users_websocket(browser, app_server):
    context = browser.new_context(base_url=app_server.url)
    page = context.new_page()
    SignupPage(page).open().signup_ok(unique_email("victim"))
    assert any(c["name"] == "cc_session" for c in context.cookies())
    port = services.free_port()
    handler = type("Attacker", (_AttackerPage,), {"target": f"ws://localhost:{app_server.port}/_event/?EIO=4&transport=websocket"})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        attacker = context.new_page()
        attacker.goto(f"http://localhost:{port}/")
        attacker.wait_for_function("document.title !== 'attacker'", timeout=15_000)
        assert not attacker.title().startswith(("OPEN", "MESSAGE")), attacker.title()
        # the same browser on the app's own page still gets its socket. The first frame comes back
        # as evaluate's result: a title written by the script raced the page's own <title> while
        # React hydrated (CI, stop 21), and wait_for_function is an eval the app's CSP forbids.
        own = context.new_page()
        own.goto(f"{app_server.url}/login")
        first = own.evaluate(f"""() => new Promise((resolve) => {{
            const ws = new WebSocket('ws://localhost:{app_server.port}/_event/?EIO=4&transport=websocket');
            ws.onmessage = (m) => {{ resolve('MESSAGE ' + String(m.data).slice(0, 1)); ws.close(); }};
            ws.onerror = () => resolve('ERROR');
            ws.onclose = (e) => resolve('CLOSED ' + e.code);
            setTimeout(() => resolve('TIMEOUT'), 30000);
        }})""")
        assert first == "MESSAGE 0", first
    finally:
        server.shutdown()
        context.close()
