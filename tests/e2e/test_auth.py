"""Accounts in chromium against the production build: sign-up, logout, login, password change,
session-guarded pages, security headers and bad input (the page fixture fails on console
errors and CSP violations)."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.pages import (
    DEFAULT_PASSWORD,
    DashboardPage,
    LoginPage,
    Nav,
    SettingsPage,
    SignupPage,
    unique_email,
)

# "/" is the landing page for signed-out visitors (issue 10; tests/e2e/test_ui_findings.py)
GUARDED = ["/dashboard", "/jobs", "/applications", "/resume", "/settings", "/sources", "/analytics"]


def _no_stack_trace(page) -> None:
    body = page.locator("body").inner_text()
    for marker in ("Traceback", "Internal Server Error", 'File "', "sqlalchemy", "psycopg", "Exception"):
        assert marker not in body, f"{marker!r} shown to the user"


def test_signup_logout_login_change_password(page):
    email = unique_email("journey")
    dash = SignupPage(page).open().signup_ok(email).expect_figures()
    # the real empty state: no resume, no applications, a real number of postings
    expect(page.locator("#empty-resume")).to_be_visible()
    expect(page.locator("#empty-applications")).to_be_visible()
    assert dash.open_postings() >= 0
    assert Nav(page).user_email() == email

    login = Nav(page).logout()
    login.expect_notice("logged out")
    page.goto("/dashboard")
    LoginPage(page).expect_loaded()  # the session is gone

    login.open().login(email, "not-the-password-1")
    box = login.expect_error("Incorrect email or password.")
    assert "exist" not in box.inner_text().lower()
    _no_stack_trace(page)

    LoginPage(page).open().login_ok(email.upper(), DEFAULT_PASSWORD)  # emails are case-insensitive
    Nav(page).go("Settings")
    settings = SettingsPage(page).expect_loaded()
    settings.change_password(DEFAULT_PASSWORD, "a-newer-Passphrase-77")
    settings.expect_notice("Password changed")

    Nav(page).logout()
    login = LoginPage(page).open()
    login.login(email, DEFAULT_PASSWORD)
    login.expect_error("Incorrect email or password.")
    LoginPage(page).open().login_ok(email, "a-newer-Passphrase-77")


@pytest.mark.parametrize("hydrated", [True, False], ids=["after-hydration", "at-once"])
def test_login_with_enter_lands_on_the_dashboard_address(page, hydrated):
    """Session-23 trial finding 8: after logging in with Enter (not the button) the dashboard
    showed while the address bar still said /login/. The address must follow the page — also
    when Enter is pressed before the page's scripts have started."""
    email = unique_email("enter")
    SignupPage(page).open().signup_ok(email)
    Nav(page).logout()
    login = LoginPage(page).open()
    if hydrated:
        login.wait_hydrated()
    page.fill("#login-email", email)
    page.fill("#login-password", DEFAULT_PASSWORD)
    page.press("#login-password", "Enter")
    expect(page).to_have_url(re.compile(r"^https?://[^/]+/dashboard/?$"), timeout=30_000)
    DashboardPage(page).expect_loaded().expect_figures()
    page.wait_for_timeout(1500)  # nothing (an on_load redirect, the client router) moves it back
    expect(page).to_have_url(re.compile(r"^https?://[^/]+/dashboard/?$"))
    assert Nav(page).user_email() == email


def test_password_change_errors_are_clear(page):
    SignupPage(page).open().signup_ok()
    settings = SettingsPage(page).open()
    settings.change_password("wrong-current-pw", "another-Passphrase-1")
    settings.expect_error("current password is incorrect")
    settings.change_password(DEFAULT_PASSWORD, "short")
    settings.expect_error("at least 10")
    settings.change_password(DEFAULT_PASSWORD, "another-Passphrase-1", confirm="another-Passphrase-2")
    settings.expect_error("do not match")
    _no_stack_trace(page)


@pytest.mark.parametrize("path", GUARDED)
def test_pages_redirect_to_login_without_a_session(page, path):
    page.goto(path)
    LoginPage(page).expect_loaded()


def test_login_returns_to_the_page_that_asked_for_it(page):
    email = unique_email("return")
    SignupPage(page).open().signup_ok(email)
    Nav(page).logout()
    page.goto("/settings?from=bookmark")
    expect(page).to_have_url(re.compile(r"/login/?\?next=/settings%3Ffrom%3Dbookmark$"), timeout=30_000)
    login = LoginPage(page).expect_loaded()
    login.login(email, "not-the-password-1")
    login.expect_error("Incorrect email or password.")  # the return path survives a failed attempt
    login.login(email, DEFAULT_PASSWORD)
    expect(page).to_have_url(re.compile(r"/settings/?\?from=bookmark$"), timeout=30_000)
    SettingsPage(page).expect_loaded()
    # a crafted link cannot send the user to another site after logging in
    for evil in ("//evil.example/x", "/%5Cevil.example"):  # the full list is unit-tested (test_login_next.py)
        Nav(page).logout()
        page.goto(f"/login?next={evil}")
        LoginPage(page).expect_loaded().login_ok(email, DEFAULT_PASSWORD)


def test_password_change_logs_out_other_sessions(new_page):
    a, _ = new_page()
    email = unique_email("two-devices")
    SignupPage(a).open().signup_ok(email)
    b, _ = new_page()
    LoginPage(b).open().login_ok(email, DEFAULT_PASSWORD)
    SettingsPage(a).open().change_password(DEFAULT_PASSWORD, "rotated-Passphrase-9")
    SettingsPage(a).expect_notice()
    b.goto("/dashboard")
    LoginPage(b).expect_loaded()
    DashboardPage(a).open()  # the device that changed it got a fresh session


def test_security_headers_on_html(app_server):
    r = httpx.get(f"{app_server.url}/login/", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert "'sha256-" in csp
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"]
    for path in ("/healthz", "/readyz", "/metrics"):  # /metrics: 404 without METRICS_TOKEN, headers still set
        assert httpx.get(f"{app_server.url}{path}").headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    ("email", "password", "confirm", "message"),
    [
        ("not-an-email", DEFAULT_PASSWORD, None, "not valid"),
        ("o'brien\"<b>@exa mple.com", DEFAULT_PASSWORD, None, "not valid"),
        (None, "short", None, "at least 10"),
        (None, "password123", None, "too common"),
        (None, DEFAULT_PASSWORD, "something-else-1", "do not match"),
    ],
)
def test_signup_bad_input_is_explained(page, app_server, email, password, confirm, message):
    signup = SignupPage(page).open()
    # bypass the browser's own type=email check to reach the server's validation
    page.eval_on_selector("#signup-form", "f => f.setAttribute('novalidate', '')")
    signup.signup(email or unique_email("bad"), password, confirm=confirm)
    signup.expect_error(message)
    _no_stack_trace(page)


def test_unicode_and_metacharacters_store_nothing_half_way(page, app_server):
    signup = SignupPage(page).open()
    page.eval_on_selector("#signup-form", "f => f.setAttribute('novalidate', '')")
    email = "'; DROP TABLE \"user\"; --<script>alert(1)</script>@example.com"
    signup.signup(email, "Zürich-🔑-<b>bold</b>-'quote'")
    box = signup.expect_error("not valid")
    assert "<script>" in box.inner_text() or "not valid" in box.inner_text()  # shown as text, never HTML
    assert page.locator("script:has-text('alert(1)')").count() == 0
    # a unicode address and password work end to end
    uni = f"zoë.{unique_email('uni')}"
    signup = SignupPage(page).open()
    page.eval_on_selector("#signup-form", "f => f.setAttribute('novalidate', '')")  # browsers reject non-ASCII local parts
    signup.signup_ok(uni, "Zürich-🔑-<b>bold</b>-'quote'")
    Nav(page).logout()
    login = LoginPage(page).open()
    page.eval_on_selector("#login-form", "f => f.setAttribute('novalidate', '')")
    login.login_ok(uni, "Zürich-🔑-<b>bold</b>-'quote'")
    # the failed address created nothing: logging in with it fails generically
    Nav(page).logout()
    login = LoginPage(page).open()
    page.eval_on_selector("#login-form", "f => f.setAttribute('novalidate', '')")
    login.login(email, "Zürich-🔑-<b>bold</b>-'quote'")
    LoginPage(page).expect_error("Incorrect email or password.")


def test_inputs_carry_maxlength(page):
    SignupPage(page).open()
    for selector, limit in (("#signup-email", 254), ("#signup-password", 128), ("#signup-timezone", 64)):
        assert page.get_attribute(selector, "maxlength") == str(limit)
    page.fill("#signup-email", "a" * 400)
    assert len(page.input_value("#signup-email")) == 254


def test_raw_oversize_post_fields_never_500(app_server):
    origin = {"Origin": app_server.url}
    # huge fields inside the /auth/* body cap (64 KiB): the form's own error, the echoed email truncated
    big = {"email": "x" * 20_000 + "@example.com", "password": "p" * 20_000, "password_confirm": "p" * 20_000}
    r = httpx.post(f"{app_server.url}/auth/signup", data=big, headers=origin, follow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text[:200]
    assert "error=" in r.headers["location"]
    assert len(r.headers["location"]) < 4000  # the echoed email is truncated
    # over the cap: refused whole (413 problem+json) before any field is read
    bigger = {**big, "password": "p" * 200_000}
    r = httpx.post(f"{app_server.url}/auth/signup", data=bigger, headers=origin, follow_redirects=False, timeout=30)
    assert r.status_code == 413 and r.json()["max_bytes"] == 65536, r.text[:200]
    r = httpx.post(f"{app_server.url}/auth/login", data={"email": "y" * 3_000_000, "password": "z"},
                   headers=origin, follow_redirects=False, timeout=60)
    assert r.status_code in (303, 400, 413), r.status_code
    assert httpx.get(f"{app_server.url}/healthz").status_code == 200


def test_oversize_websocket_frame_is_refused_and_others_keep_working(app_server, new_page):
    import socketio

    client = socketio.Client(reconnection=False)
    client.connect(app_server.url, socketio_path="/_event", transports=["websocket"], wait_timeout=20)
    assert client.connected
    try:
        client.emit("event", {"name": "x" * 5_000_000, "payload": {}, "token": "t", "router_data": {}})
    except Exception:
        pass  # the server may drop the socket while we send
    client.sleep(3)
    assert not client.connected, "a 5 MB /_event frame must be refused (connection closed)"
    client.disconnect()

    page, _ = new_page()
    email = unique_email("after-oversize")
    SignupPage(page).open().signup_ok(email)
    DashboardPage(page).expect_loaded()
    assert Nav(page).user_email() == email


def test_url_messages_are_one_shot(page):
    """Issue 10 trial finding: an error in the address showed again on every reload, and the
    two-factor step opened from a link without a pending sign-in showed its error."""
    page.goto("/login/?step=two-factor&error=totp_invalid")
    login = LoginPage(page).expect_loaded()  # step one: no sign-in is pending
    expect(page.locator("#two-factor-step")).to_have_count(0)
    expect(page.locator("#login-error")).to_have_count(0)
    expect(page).not_to_have_url(re.compile(r"error="), timeout=20_000)
    email = unique_email("oneshot")
    SignupPage(page).open().signup_ok(email)
    Nav(page).logout()
    page.goto("/login?next=/settings")
    login = LoginPage(page).expect_loaded()
    login.login(email, "not-the-password-1")
    login.expect_error("Incorrect email or password.")
    expect(page).not_to_have_url(re.compile(r"error="), timeout=20_000)  # consumed…
    assert "next=" in page.url and "email=" not in page.url  # …the return path kept, never the address
    expect(page.locator("#login-email")).to_have_value(email)  # (it comes back in a cookie: trial 17)
    page.reload()
    LoginPage(page).expect_loaded()
    expect(page.locator("#login-error")).to_have_count(0)
