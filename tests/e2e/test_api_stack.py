"""/api/v1 on the real production build (issue 14): a token made with the CLI works with plain
HTTP from any origin — a foreign origin's preflight is answered (``*``, no credentials) even
though the app's own CORS allows only its origins — and the docs and OpenAPI are served.

Runs on the session's app (tests/e2e/conftest.py, EVENT_LOOP_GUARD on): a second app started from
this checkout would rebuild the shared ``.web`` with its own port baked in, and every later page of
the session app would then open its websocket to that (stopped) app."""

from __future__ import annotations

import secrets
import subprocess

import httpx
from websockets.sync.client import connect

from tests.support import services

FOREIGN = "https://clipper.example.net"


def _cli(app_server, *args: str) -> str:
    done = subprocess.run([services.python(), "-m", "careercopilot", *args], cwd=app_server.cwd, env=app_server.env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_token_from_cli_works_from_any_origin(app_server):
    email = f"api-{secrets.token_hex(4)}@example.com"
    _cli(app_server, "create-user", email, "--password", f"correct horse {secrets.token_hex(3)} 9")
    out = _cli(app_server, "token", "create", "--user", email, "--name", "e2e", "--scopes",
               "applications:write,postings:read", "--days", "7")
    secret = out.strip().splitlines()[-1]
    assert secret.startswith("cc_pat_")
    base = f"{app_server.url}/api/v1"

    pre = httpx.options(f"{base}/applications", headers={
        "Origin": FOREIGN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in pre.headers

    h = {"Authorization": f"Bearer {secret}", "Origin": FOREIGN}
    made = httpx.post(f"{base}/applications", headers=h, json={"company": "Acme", "title": "Clipped role"})
    assert made.status_code == 201, made.text
    assert made.headers["access-control-allow-origin"] == "*" and "ETag" in made.headers["access-control-expose-headers"]
    listed = httpx.get(f"{base}/applications", headers=h).json()
    assert [a["title"] for a in listed["items"]] == ["Clipped role"]
    refused = httpx.get(f"{base}/applications", headers={"Origin": FOREIGN})
    assert refused.status_code == 401 and refused.headers["content-type"].startswith("application/problem+json")

    assert "e2e" in _cli(app_server, "token", "list", "--user", email)
    token_id = _cli(app_server, "token", "list", "--user", email).split("\t", 1)[0]
    _cli(app_server, "token", "revoke", token_id, "--user", email)
    assert httpx.get(f"{base}/applications", headers=h).status_code == 401

    assert httpx.get(f"{app_server.url}/api/openapi.json").json()["servers"] == [{"url": "/api/v1"}]
    assert httpx.get(f"{app_server.url}/api/docs").status_code == 200


def test_websocket_and_pages_under_the_guard_with_the_api_wrapper(app_server):
    """The /api/v1 CORS wrapper sits around the whole backend: the app's own websocket still
    opens and nothing blocks the event loop on its account (EVENT_LOOP_GUARD)."""
    url = f"ws://localhost:{app_server.port}/_event/?EIO=4&transport=websocket"
    with connect(url, origin=app_server.url, open_timeout=10) as ws:
        assert str(ws.recv(timeout=10)).startswith("0")
    assert httpx.get(f"{app_server.url}/login/", follow_redirects=True).status_code == 200
    assert "BlockingError" not in app_server.log(2000)
