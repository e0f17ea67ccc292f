"""Page objects for e2e flows: stable ``id`` selectors, a few lines per journey.

    login = LoginPage(page); login.open(); login.login(email, password)
    DashboardPage(page).expect_loaded()
    Nav(page).go("Settings"); SettingsPage(page).change_password(old, new)
    Nav(page).logout()

Every method waits for the page it lands on; assertions use Playwright ``expect``.
"""

from __future__ import annotations

import re
import secrets

from playwright.sync_api import Page, expect

#: A password that satisfies the policy (≥ 10 chars, not common, not the email).
DEFAULT_PASSWORD = "orange-Kettle-4812"


def unique_email(prefix: str = "user") -> str:
    """A fresh, valid email address for a new account."""
    return f"{prefix}-{secrets.token_hex(5)}@example.com"


def _path_regex(path: str) -> re.Pattern:
    return re.compile(rf"^https?://[^/]+{re.escape(path)}/?(\?.*)?$")


class BasePage:
    """Shared helpers; ``path`` is the page's route."""

    path = "/"

    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self):
        """Navigate to this page and wait until it is on screen."""
        self.page.goto(self.path)
        self.expect_loaded()
        return self

    def expect_loaded(self):
        """Assert the browser shows this page."""
        expect(self.page).to_have_url(_path_regex(self.path), timeout=30_000)
        return self

    def wait_hydrated(self) -> None:
        """Wait until Reflex has connected and ran the page's on_load events."""
        self.page.wait_for_function("() => document.readyState === 'complete'")
        self.page.wait_for_load_state("networkidle")


class LoginPage(BasePage):
    """``/login``: ids login-email, login-password, login-submit, login-error, login-notice."""

    path = "/login"

    def expect_loaded(self):
        super().expect_loaded()
        expect(self.page.locator("#login-submit")).to_be_visible(timeout=30_000)
        return self

    def login(self, email: str, password: str) -> None:
        """Fill and submit the form (does not assert the outcome)."""
        self.wait_hydrated()
        self.page.fill("#login-email", email)
        self.page.fill("#login-password", password)
        self.page.click("#login-submit")

    def login_ok(self, email: str, password: str) -> "DashboardPage":
        """Log in and land on the dashboard."""
        self.login(email, password)
        return DashboardPage(self.page).expect_loaded()

    def expect_error(self, text: str | re.Pattern | None = None):
        """The login error callout is shown (optionally with ``text``); we stay on /login."""
        box = self.page.locator("#login-error")
        expect(box).to_be_visible(timeout=20_000)
        if text is not None:
            expect(box).to_contain_text(text)
        super().expect_loaded()
        return box

    def expect_notice(self, text: str | re.Pattern):
        """The green notice (e.g. after logout) shows ``text``."""
        expect(self.page.locator("#login-notice")).to_contain_text(text, timeout=20_000)


class SignupPage(BasePage):
    """``/signup``: ids signup-email, signup-password, signup-password-confirm, signup-timezone,
    signup-submit, signup-error."""

    path = "/signup"

    def expect_loaded(self):
        super().expect_loaded()
        expect(self.page.locator("#signup-submit")).to_be_visible(timeout=30_000)
        return self

    def signup(self, email: str, password: str = DEFAULT_PASSWORD, confirm: str | None = None,
               timezone: str | None = None) -> None:
        """Fill and submit the form (does not assert the outcome)."""
        self.wait_hydrated()
        self.page.fill("#signup-email", email)
        self.page.fill("#signup-password", password)
        self.page.fill("#signup-password-confirm", password if confirm is None else confirm)
        if timezone is not None:
            self.page.fill("#signup-timezone", timezone)
        self.page.click("#signup-submit")

    def signup_ok(self, email: str | None = None, password: str = DEFAULT_PASSWORD) -> "DashboardPage":
        """Create an account and land on the dashboard."""
        self.signup(email or unique_email(), password)
        return DashboardPage(self.page).expect_loaded()

    def expect_error(self, text: str | re.Pattern | None = None):
        """The sign-up error callout is shown (optionally with ``text``); we stay on /signup."""
        box = self.page.locator("#signup-error")
        expect(box).to_be_visible(timeout=20_000)
        if text is not None:
            expect(box).to_contain_text(text)
        super().expect_loaded()
        return box


class Nav:
    """The signed-in sidebar: ``nav-<label>`` links (dashboard, jobs, applications, resume,
    settings, sources, analytics), ``nav-user-email`` and ``logout-button``."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def go(self, label: str) -> None:
        """Click the nav entry ``label`` (case-insensitive) and wait for its URL."""
        key = label.lower()
        self.page.click(f"#nav-{key}")
        expect(self.page).to_have_url(_path_regex(f"/{key}"), timeout=30_000)

    def user_email(self) -> str:
        """The signed-in email shown in the sidebar."""
        box = self.page.locator("#nav-user-email")
        expect(box).not_to_be_empty(timeout=20_000)
        return box.inner_text()

    def logout(self) -> LoginPage:
        """Log out and land on the login page."""
        self.page.click("#logout-button")
        return LoginPage(self.page).expect_loaded()


class AppPage(BasePage):
    """A signed-in page with the layout: ``page-title`` heading and the nav."""

    title = ""

    @property
    def nav(self) -> Nav:
        return Nav(self.page)

    def expect_loaded(self):
        super().expect_loaded()
        expect(self.page.locator("#page-title")).to_have_text(self.title, timeout=30_000)
        return self


class DashboardPage(AppPage):
    """``/dashboard``: stat-open-postings, stat-applications, stat-last-sync, empty-resume,
    empty-applications, pipeline-counts."""

    path = "/dashboard"
    title = "Dashboard"

    def stat(self, name: str) -> str:
        """Text of the stat card ``stat-<name>`` (label + value)."""
        return self.page.locator(f"#stat-{name}").inner_text()

    def expect_figures(self, timeout: float = 30_000) -> "DashboardPage":
        """Wait until ``load_dashboard`` has set the figures (the stat cards leave ``aria-busy``).

        The empty states are shown only after that, so a test asserting one must wait for it
        first: the first event on a freshly started production process, while both workers load
        the embedding model and index the demo feed on 2 shared cores, took over 5 s (CI,
        session 14) — longer than ``expect``'s default timeout."""
        expect(self.page.locator("#stat-open-postings")).to_have_attribute("aria-busy", "false", timeout=timeout)
        return self

    def open_postings(self) -> int:
        """The number on the 'Open postings' card."""
        box = self.page.locator("#stat-open-postings")
        expect(box).to_be_visible()
        return int(re.findall(r"\d+", box.inner_text())[-1])


class SettingsPage(AppPage):
    """``/settings``: current-password, new-password, new-password-confirm, password-submit,
    password-error, password-notice; profile-name, profile-timezone, profile-submit; "Your data":
    data-export-button, data-export-progress, data-export-link, data-export-error, data-notice; deletion
    in two steps: data-delete-open opens data-delete-dialog (data-delete-terms, data-delete-last-admin,
    delete-password, data-delete-cancel, data-delete-submit, data-delete-error under it)."""

    path = "/settings"
    title = "Settings"

    def change_password(self, current: str, new: str, confirm: str | None = None) -> None:
        """Fill and submit the password form (does not assert the outcome)."""
        self.wait_hydrated()
        self.page.fill("#current-password", current)
        self.page.fill("#new-password", new)
        self.page.fill("#new-password-confirm", new if confirm is None else confirm)
        self.page.click("#password-submit")

    def expect_notice(self, text: str | re.Pattern = "Password changed"):
        expect(self.page.locator("#password-notice")).to_contain_text(text, timeout=20_000)

    def export_data(self, timeout: float = 120_000):
        """Click "Export my data", wait for the link, download it; returns the Playwright Download."""
        self.wait_hydrated()
        self.page.click("#data-export-button")
        link = self.page.locator("#data-export-link")
        expect(link).to_be_visible(timeout=timeout)
        with self.page.expect_download() as dl:
            link.click()
        return dl.value

    def open_delete_step(self):
        """Click "Delete my account…" and wait for the confirmation dialog; returns the dialog."""
        self.wait_hydrated()
        self.page.click("#data-delete-open")
        dialog = self.page.locator("#data-delete-dialog")
        expect(dialog).to_be_visible(timeout=15_000)
        return dialog

    def delete_account(self, password: str) -> None:
        """Submit the deletion confirmation (opened first unless it is open; does not assert the outcome)."""
        self.wait_hydrated()
        if not self.page.locator("#data-delete-dialog").is_visible():
            self.open_delete_step()
        self.page.fill("#delete-password", password)
        self.page.click("#data-delete-submit")

    def expect_error(self, text: str | re.Pattern | None = None):
        box = self.page.locator("#password-error")
        expect(box).to_be_visible(timeout=20_000)
        if text is not None:
            expect(box).to_contain_text(text)
        return box


def move_card(page: Page, app_id: str | int, stage: str) -> None:
    """Move an application with its "Move to…" menu (``#move-<id>`` → item ``#move-<id>-<stage>``;
    on the board or, with ``app_id="detail"``, the application page's ``#detail-move``)."""
    trigger = "#detail-move" if str(app_id) == "detail" else f"#move-{app_id}"
    page.click(trigger)
    item = page.locator(f"{trigger}-{stage}")
    expect(item).to_be_visible(timeout=10_000)
    item.click()


class ForgotPage(BasePage):
    """``/forgot``: forgot-email, forgot-submit, forgot-error (reached by ``to-forgot`` on /login)."""

    path = "/forgot"

    def expect_loaded(self):
        super().expect_loaded()
        expect(self.page.locator("#forgot-submit")).to_be_visible(timeout=30_000)
        return self

    def request(self, email: str) -> LoginPage:
        """Ask for a reset link; the answer is the login page with a neutral notice."""
        self.wait_hydrated()
        self.page.fill("#forgot-email", email)
        self.page.click("#forgot-submit")
        return LoginPage(self.page).expect_loaded()


class ResetPage(BasePage):
    """``/reset?token=…``: reset-password, reset-password-confirm, reset-submit, reset-error,
    reset-link-error."""

    path = "/reset"

    def set_password(self, new: str) -> None:
        """Fill and submit the new-password form (does not assert the outcome)."""
        expect(self.page.locator("#reset-submit")).to_be_visible(timeout=30_000)
        self.wait_hydrated()
        self.page.fill("#reset-password", new)
        self.page.fill("#reset-password-confirm", new)
        self.page.click("#reset-submit")


class OutboxPage(AppPage):
    """``/outbox``: outbox-list (items ``outbox-item-<id>``), outbox-message, outbox-body,
    outbox-link-<n>, outbox-empty."""

    path = "/outbox"
    title = "Outbox"

    def wait_for_subject(self, subject: str, *, timeout_s: float = 60.0):
        """Reload until a message with ``subject`` is listed (mail is written by a background job);
        returns its list item."""
        import time

        deadline = time.monotonic() + timeout_s
        item = self.page.locator("#outbox-list button", has_text=subject).first
        while True:
            try:
                expect(item).to_be_visible(timeout=3_000)
                return item
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
                self.page.reload()
                self.expect_loaded()

    def open_link(self, subject: str, contains: str) -> str:
        """Open the message ``subject`` and return its first link containing ``contains``."""
        self.wait_for_subject(subject).click()
        expect(self.page.locator("#outbox-message")).to_contain_text(subject, timeout=20_000)
        link = self.page.locator(f"#outbox-message a[href*='{contains}']").first
        expect(link).to_be_visible()
        return link.get_attribute("href")


class TwoFactorStep(BasePage):
    """``/login?step=two-factor``: the second sign-in step — two-factor-code, two-factor-submit,
    login-error (a refused code)."""

    path = "/login"

    def expect_loaded(self):
        super().expect_loaded()
        expect(self.page.locator("#two-factor-code")).to_be_visible(timeout=30_000)
        return self

    def submit(self, code: str) -> None:
        """Enter ``code`` (6 digits or a recovery code) and submit (does not assert the outcome)."""
        self.wait_hydrated()
        self.page.fill("#two-factor-code", code)
        self.page.click("#two-factor-submit")


class SecuritySection:
    """Settings → Security: totp-begin, totp-qr, totp-secret, totp-confirm-code, totp-confirm-submit,
    totp-codes (recovery codes, ``.totp-recovery-code``), totp-codes-done, totp-on, totp-off,
    totp-disable-code, totp-disable-password, totp-disable-submit, security-error, security-message."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def begin(self) -> str:
        """Start setting up two-factor; returns the base32 key shown next to the QR code."""
        self.page.click("#totp-begin")
        expect(self.page.locator("#totp-qr")).to_be_visible(timeout=20_000)
        # the QR image is drawn, not a broken image with its alt text (an SVG data URI without xmlns)
        self.page.wait_for_function("""() => { const i = document.querySelector('#totp-qr');
            return i && i.complete && i.naturalWidth > 0; }""", timeout=20_000)
        secret = self.page.locator("#totp-secret")
        expect(secret).not_to_be_empty(timeout=20_000)
        return secret.inner_text().strip()

    def confirm(self, code: str, password: str | None = DEFAULT_PASSWORD) -> list[str]:
        """Enter the app's code (and the password: re-authentication, services/reauth.py); returns the
        recovery codes shown once."""
        self.page.fill("#totp-confirm-code", code)
        if password is not None:
            self.page.fill("#totp-confirm-reauth-password", password)
        self.page.click("#totp-confirm-submit")
        expect(self.page.locator("#totp-codes")).to_be_visible(timeout=20_000)
        return [c.strip() for c in self.page.locator(".totp-recovery-code").all_inner_texts()]
