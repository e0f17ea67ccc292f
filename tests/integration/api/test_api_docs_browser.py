"""/api/docs in Debian chromium (Playwright) against the backend app served by uvicorn on
loopback: Swagger UI loads from the backend's own assets under the app's CSP (no violation,
no console error, nothing fetched from another host) and renders every operation with the
documented examples."""

from __future__ import annotations

import time

import pytest

from tests.support.uvicorn_server import serve

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
CSP_LISTENER = """document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI); });"""


@pytest.fixture
def backend_url():
    from careercopilot.api import app

    with serve(app) as url:
        yield url


@pytest.mark.timeout(180)
def test_swagger_ui_renders_every_operation_under_the_csp(backend_url):
    from playwright.sync_api import sync_playwright

    from careercopilot.apiv1 import openapi_document

    operations = sum(len(item) for item in openapi_document()["paths"].values())
    errors, foreign = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.add_init_script(CSP_LISTENER)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith((backend_url, "data:")) else None)
            page.goto(f"{backend_url}/api/docs")
            page.wait_for_selector(".opblock", timeout=60_000)
            assert page.locator(".opblock").count() == operations
            page.locator(".opblock-summary", has_text="/applications/{application_id}").filter(
                has_text="PATCH").first.click()
            page.wait_for_selector("text=Phone screen went well.", timeout=10_000)  # the request example
            time.sleep(0.5)
        finally:
            browser.close()
    assert errors == [] and foreign == []
