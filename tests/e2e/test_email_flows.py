"""Password reset by email on the embedded default (no SMTP: mail goes to the Outbox), in chromium
against the production build: a signed-out browser asks for a link, the same person reads it in
the Outbox of a session still open elsewhere, sets a new password — which logs that other session
out — and signs in with it. The old password and the used link no longer work.

Runs on the session's app (tests/e2e/conftest.py): a second app started from this checkout would
rebuild the shared ``.web`` with its own port baked in and break every later page of the session app."""

from __future__ import annotations

import re
import subprocess

import pytest
from playwright.sync_api import expect

from tests.support import services

from tests.e2e.pages import (
    DEFAULT_PASSWORD,
    DashboardPage,
    ForgotPage,
    LoginPage,
    Nav,
    OutboxPage,
    ResetPage,
    SignupPage,
    unique_email,
)

NEW_PASSWORD = "violet-Harbour-9351"


SUBJECT = "Reset your Career Copilot password"


def test_reset_password_through_the_outbox(page, new_page):
    email = unique_email("reset")
    SignupPage(page).open().signup_ok(email)          # browser A: still signed in ("my phone")

    other, _ = new_page()                              # browser B: signed out, forgot the password
    login = LoginPage(other).open()
    login.wait_hydrated()
    other.click("#to-forgot")
    ForgotPage(other).expect_loaded().request(email)
    LoginPage(other).expect_notice(re.compile("if an account uses that address", re.I))  # the Outbox wording says where the link is
    # … and exactly what the server admin runs for this address (issue 10 trial finding)
    LoginPage(other).expect_notice(f"python -m careercopilot show-outbox --to {email}")

    Nav(page).go("Outbox")
    link = OutboxPage(page).expect_loaded().open_link(SUBJECT, "/reset?token=")
    assert "token=" in link

    other.goto(link)
    ResetPage(other).set_password(NEW_PASSWORD)
    LoginPage(other).expect_loaded().expect_notice("Password changed")

    page.goto("/dashboard")                            # A's session was revoked by the reset
    LoginPage(page).expect_loaded()

    login = LoginPage(other).open()
    login.login(email, DEFAULT_PASSWORD)
    login.expect_error("Incorrect email or password.")
    LoginPage(other).open().login_ok(email, NEW_PASSWORD)
    DashboardPage(other).expect_loaded()

    other.goto(link)                                   # the link worked once
    expect(other.locator("#reset-link-error")).to_contain_text("already used", timeout=30_000)


def test_admin_page_tells_smtp_is_not_configured(app_server, page):
    """The embedded default has no SMTP: the admin page says so (mail goes to the Outbox)."""
    email = unique_email("smtp-admin")
    made = subprocess.run([services.python(), "-m", "careercopilot", "create-user", email, "--password",
                           DEFAULT_PASSWORD, "--admin"], cwd=app_server.cwd, env=app_server.env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    LoginPage(page).open().login_ok(email, DEFAULT_PASSWORD)
    page.goto("/admin")
    expect(page.locator("#admin-smtp-empty")).to_contain_text("not configured", timeout=30_000)


@pytest.mark.parametrize("width,height,scheme", [(360, 780, "light"), (1280, 900, "dark")])
def test_email_pages_are_accessible(browser, app_server, width, height, scheme):
    """axe-core (no serious/critical violation) and no sideways scroll on the pages of this issue —
    the Outbox with a message open, Forgot password, and a reset link that no longer works — on
    the session's app (the full route sweep, tests/e2e/test_a11y_routes.py)."""
    import httpx

    from tests.e2e.conftest import CSP_LISTENER
    from tests.e2e.test_a11y_routes import _blocking, _page_width, _wait_ready

    failures: list[str] = []
    context = browser.new_context(base_url=app_server.url, viewport={"width": width, "height": height},
                                  color_scheme=scheme, bypass_csp=True)
    context.set_default_timeout(30_000)
    context.add_init_script(CSP_LISTENER)
    context.add_init_script(f"try {{ localStorage.setItem('theme', '{scheme}'); }} catch (e) {{}}")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    try:
        for url in ("/forgot", "/reset?token=not-a-valid-token"):
            page.goto(url)
            _wait_ready(page)
            failures += _blocking(page, f"{url} {width}px {scheme}")
            w = _page_width(page)
            if w["scroll"] > w["view"]:
                failures.append(f"{url} at {width}px scrolls sideways: {w['wide']}")
        email = unique_email("a11y")
        SignupPage(page).open().signup_ok(email)
        r = httpx.post(f"{app_server.url}/auth/forgot", data={"email": email}, headers={"Origin": app_server.url})
        assert r.status_code == 303
        page.goto("/outbox")
        outbox = OutboxPage(page).expect_loaded()
        outbox.wait_for_subject(SUBJECT).click()
        expect(page.locator("#outbox-body")).to_contain_text("/reset?token=")
        _wait_ready(page)
        failures += _blocking(page, f"/outbox {width}px {scheme}")
        w = _page_width(page)
        if w["scroll"] > w["view"]:
            failures.append(f"/outbox at {width}px scrolls sideways: {w['wide']}")
    finally:
        context.close()
    assert not failures + errors, "\n".join(failures + errors)
