"""Trial 17 findings in the account pages, in chromium against the production build.

* Finding 3: after a failed sign-up the address stayed in the URL (``/signup?email=…``). No auth
  page's URL carries it now — sign-up, sign-in, forgot password — yet each form is filled in again
  (the address rides in the form-return cookie) and the no-SMTP notice still names it.
* Finding 2: the Outbox listed one subject three times (a reset asked for three times is three
  send-log rows). It lists the message once, says "3 copies", and the opened message lists them.
(Finding 1, writing puts nothing on the board: tests/e2e/test_writing.py.)"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.pages import ForgotPage, LoginPage, Nav, OutboxPage, SignupPage, unique_email

NO_ADDRESS = re.compile(r"^[^@]*$")  # the whole URL, with no "@" (nor its %40 form, checked apart)


def _no_address(page) -> None:
    expect(page).to_have_url(NO_ADDRESS)
    assert "%40" not in page.url and "email=" not in page.url, page.url


def test_no_address_in_any_auth_url(page, new_page):
    email = unique_email("nourl")
    signup = SignupPage(page).open()
    signup.signup(email, confirm="a-different-Pass-9932")           # the trial's failed sign-up
    signup.expect_error("do not match")
    _no_address(page)
    expect(page.locator("#signup-email")).to_have_value(email)       # still filled in
    page.reload()                                                    # nothing comes back from the URL
    SignupPage(page).expect_loaded()
    _no_address(page)

    SignupPage(page).open().signup_ok(email)
    Nav(page).logout()
    login = LoginPage(page).expect_loaded()
    login.login(email, "not-the-password-1")                         # failed sign-in
    login.expect_error("Incorrect email or password.")
    _no_address(page)
    expect(page.locator("#login-email")).to_have_value(email)

    other, _ = new_page()                                            # forgot password
    LoginPage(other).open().wait_hydrated()
    other.click("#to-forgot")
    ForgotPage(other).expect_loaded().request(email)
    LoginPage(other).expect_notice(f"python -m careercopilot show-outbox --to {email}")  # named, not in the URL
    _no_address(other)
    expect(other.locator("#login-email")).to_have_value(email)

    other.goto(f"/signup?email={email.replace('@', '%40')}")         # an old link that still carries it
    SignupPage(other).expect_loaded()
    expect(other).not_to_have_url(re.compile("email="), timeout=20_000)


def test_outbox_lists_a_message_sent_again_once(page, new_page):
    email = unique_email("thrice")
    SignupPage(page).open().signup_ok(email)
    other, _ = new_page()
    for _ in range(3):                                               # the newcomer asked three times
        ForgotPage(other).open().request(email)
        LoginPage(other).expect_notice(re.compile("if an account uses that address", re.I))
    Nav(page).go("Outbox")
    outbox = OutboxPage(page).expect_loaded()
    outbox.wait_for_subject("Reset your Career Copilot password")
    rows = page.locator("#outbox-list li")
    for _ in range(20):                                              # the three are written by background jobs
        if "3 copies" in rows.first.inner_text():
            break
        page.wait_for_timeout(1_500)
        page.reload()
        outbox.expect_loaded()
        expect(rows.first).to_be_visible(timeout=20_000)
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("3 copies")
    expect(page.locator("#outbox-copies li")).to_have_count(3, timeout=20_000)
    expect(page.locator("#outbox-body")).to_contain_text("/reset?token=")
    page.locator("#outbox-copies li button").last.click()           # the oldest copy opens too
    expect(page.locator("#outbox-copies li button").last).to_have_attribute("aria-current", "true", timeout=20_000)
    expect(rows.first.locator("button")).to_have_attribute("aria-current", "true")
