"""Sign-in beyond the password in chromium against the production build (issue 14).

The session app (tests/e2e/conftest.py) runs without OAuth settings, so this module covers the
browser flow of two-factor — set up in Settings with the QR code and key, the second step at
login with a code and with a recovery code, turning it off — and checks that the login page shows
no provider button when none is configured. Google/GitHub sign-in (state, PKCE, nonce, linking
rules, cancel, replay, interleaving) runs through the same routes against loopback providers in
tests/integration/signin/test_oauth.py.
"""

from __future__ import annotations

import time

import pyotp
from playwright.sync_api import expect

from tests.e2e.pages import (
    DEFAULT_PASSWORD,
    DashboardPage,
    LoginPage,
    Nav,
    SecuritySection,
    SettingsPage,
    SignupPage,
    TwoFactorStep,
    unique_email,
)


def test_two_factor_set_up_sign_in_with_code_and_recovery_code_then_turn_off(page):
    email = unique_email("totp")
    SignupPage(page).open()
    expect(page.locator("#oauth-providers")).to_have_count(0)  # no provider configured: no button
    SignupPage(page).signup_ok(email)

    settings = SettingsPage(page).open()
    settings.wait_hydrated()
    security = SecuritySection(page)
    expect(page.locator("#totp-off")).to_be_visible(timeout=20_000)
    secret = security.begin()
    qr = page.locator("#totp-qr")
    assert (qr.get_attribute("src") or "").startswith("data:image/svg+xml;base64,")
    assert qr.get_attribute("alt")
    otp = pyotp.TOTP(secret)
    codes = security.confirm(otp.now())
    assert len(codes) == 10 and len(set(codes)) == 10
    page.click("#totp-codes-done")
    expect(page.locator("#totp-on")).to_be_visible(timeout=20_000)
    expect(page.locator("#totp-codes")).to_have_count(0)

    # sign out; the password alone no longer opens a session
    login = Nav(page).logout()
    login.login(email, DEFAULT_PASSWORD)
    step = TwoFactorStep(page).expect_loaded()
    assert "step=two-factor" in page.url
    page.goto("/dashboard")
    LoginPage(page).expect_loaded()  # no session yet
    page.goto("/login?step=two-factor")  # the pending sign-in (5 minutes) is still there
    step = TwoFactorStep(page).expect_loaded()
    step.submit("000000" if otp.at(time.time() + 30) != "000000" else "111111")
    expect(page.locator("#login-error")).to_contain_text("not valid", timeout=20_000)
    step.submit(otp.at(time.time() + 30))  # the next step's code: newer than the one that confirmed set-up
    DashboardPage(page).expect_loaded()
    assert Nav(page).user_email() == email

    # a recovery code works once
    login = Nav(page).logout()
    login.login(email, DEFAULT_PASSWORD)
    TwoFactorStep(page).expect_loaded().submit(codes[0])
    DashboardPage(page).expect_loaded()
    login = Nav(page).logout()
    login.login(email, DEFAULT_PASSWORD)
    TwoFactorStep(page).expect_loaded().submit(codes[0])
    expect(page.locator("#login-error")).to_contain_text("not valid", timeout=20_000)
    TwoFactorStep(page).submit(codes[1])
    DashboardPage(page).expect_loaded()

    # turn it off with the password; the next login needs no code
    SettingsPage(page).open().wait_hydrated()
    expect(page.locator("#totp-on")).to_contain_text("8", timeout=20_000)  # recovery codes left
    page.fill("#totp-disable-password", DEFAULT_PASSWORD)
    page.click("#totp-disable-submit")
    expect(page.locator("#totp-off")).to_be_visible(timeout=20_000)
    login = Nav(page).logout()
    login.login_ok(email, DEFAULT_PASSWORD)


def test_security_section_at_phone_width_and_by_keyboard(page):
    page.set_viewport_size({"width": 390, "height": 844})
    SignupPage(page).open().signup_ok(unique_email("totp-phone"))
    SettingsPage(page).open().wait_hydrated()
    begin = page.locator("#totp-begin")
    begin.focus()
    page.keyboard.press("Enter")
    qr = page.locator("#totp-qr")
    expect(qr).to_be_visible(timeout=20_000)
    box = qr.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    expect(page.get_by_label("Code from the app")).to_be_visible()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page scrolls sideways by {overflow}px at 390px"
