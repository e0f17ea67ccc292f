"""Download links opened by a browser show a human page on refusal, not raw JSON (stranger10
finding 3); other clients keep the JSON body and every route keeps its status code."""

from __future__ import annotations

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from careercopilot.browser_errors import error_response, wants_html

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

probe = FastAPI()


@probe.get("/refuse")
def refuse(request: Request):
    return error_response(request, status=409, title="Export blocked", message='2 flags <b>"x"</b>',
                          back_href="/writing/7", back_label="Back to the letter", extra={"flags": ["a", "b"]})


@pytest.mark.parametrize(("accept", "html"), [
    (BROWSER, True), ("text/html", True), ("TEXT/HTML;q=0.9", True),
    ("*/*", False), ("application/json", False), ("", False),
])
def test_browser_gets_a_page_other_clients_json(accept, html):
    r = TestClient(probe).get("/refuse", headers={"accept": accept})
    assert r.status_code == 409 and r.headers["cache-control"] == "private, no-store"
    if html:
        assert r.headers["content-type"].startswith("text/html")
        assert 'href="/writing/7"' in r.text and "Back to the letter" in r.text
        assert "&lt;b&gt;&quot;x&quot;&lt;/b&gt;" in r.text and "<b>" not in r.text  # escaped
        assert '{"error"' not in r.text
    else:
        assert r.json() == {"error": '2 flags <b>"x"</b>', "flags": ["a", "b"]}


def test_wants_html_reads_accept_only():
    scope = {"type": "http", "headers": [(b"accept", BROWSER.encode())]}
    assert wants_html(Request(scope)) and not wants_html(Request({"type": "http", "headers": []}))


#: Every download link of the app (an ``href`` a browser tab follows) — signed out, each refuses.
DOWNLOAD_LINKS = ["/api/writing/1/export.pdf", "/api/writing/1/export.docx", "/api/resumes/1/file",
                  "/api/exports/not-a-token", "/api/applications/1/calendar.ics"]


@pytest.mark.parametrize("path", DOWNLOAD_LINKS)
def test_download_links_refuse_a_browser_with_a_page(path):
    from careercopilot.api import app

    client = TestClient(app)
    page = client.get(path, headers={"accept": BROWSER})
    assert page.status_code == 401 and page.headers["content-type"].startswith("text/html")
    assert "Sign in" in page.text and '{"error"' not in page.text
    api = client.get(path, headers={"accept": "*/*"})
    assert api.status_code == 401 and "error" in api.json()
