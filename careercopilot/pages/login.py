"""Login page: a native form posting to ``/auth/login`` (the backend sets the cookie), "Continue with
Google/GitHub" for configured providers, and — at ``?step=two-factor`` — the second sign-in step."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.a11y import AUTOFOCUS
from careercopilot.services import auth_messages, form_return
from careercopilot.components.common import field, native_form, notice
from careercopilot.services.users import MAX_EMAIL_LENGTH
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH
from careercopilot.services import totp
from careercopilot.state.auth import AuthState, cookie_value
from careercopilot.templates import page_title, public_page
from careercopilot.views.sign_in import provider_buttons, provider_rows, two_factor_form


class LoginState(rx.State):
    """Messages carried back in the query string by the backend redirect, and the page
    to return to after logging in (``next``)."""

    error: str = ""
    notice: str = ""
    email: str = ""
    #: safe same-site path to open after logging in ("" = the dashboard); posted as ``next``
    next_path: str = ""
    #: configured providers' buttons (views/sign_in.py provider_rows)
    providers: list[dict[str, str]] = []
    #: the second sign-in step is shown (``?step=two-factor``)
    two_factor: bool = False

    @rx.event
    def load_messages(self):
        """Read ``error``/``notice``/``next`` from the URL (rendered as text, never HTML; ``next``
        only when :func:`routes.safe_next` accepts it) and the typed address from the form-return
        cookie (``services.form_return``)."""
        q = self.router.url.query_parameters
        pending = totp.unseal_pending(cookie_value(self, totp.PENDING_COOKIE))
        self.two_factor, error = login_step(q, pending_sign_in=pending is not None)
        self.error = auth_messages.text(error, retry=q.get("retry"))
        # the address typed before comes back in the form-return cookie, never the URL (trial 17)
        self.email = form_return.unseal(cookie_value(self, form_return.COOKIE), page=routes.LOGIN)[:MAX_EMAIL_LENGTH]
        self.notice = auth_messages.text(q.get("notice"), retry=q.get("retry"), address=self.email)
        self.next_path = routes.safe_next(q.get("next")) or ""
        self.providers = provider_rows(self.next_path)


def login_step(query: dict[str, str], *, pending_sign_in: bool) -> tuple[bool, str | None]:
    """(show the two-factor step, error code to show) for the login URL's ``query``.

    The second step shows only while a sign-in is pending (the signed ``cc_2fa`` cookie, 5
    minutes, ``services.totp``); ``?step=two-factor`` without one goes back to step one and
    drops the step's error (opened from a bookmark, a shared link or after it expired — the
    backend itself answers an expired step with ``two_factor_expired`` on step one)."""
    if query.get("step") == "two-factor" and not pending_sign_in:
        return False, None
    return query.get("step") == "two-factor", query.get("error")


@public_page(route=routes.LOGIN, title="Log in", on_load=[AuthState.redirect_if_signed_in, LoginState.load_messages])
def login_page() -> rx.Component:
    """Provider buttons and the email + password form, or the two-factor step."""
    return rx.vstack(
        page_title("Log in to Career Copilot", size="6"),
        notice(LoginState.error, id="login-error"),
        notice(LoginState.notice, color="green", id="login-notice"),
        rx.cond(
            LoginState.two_factor,
            rx.vstack(
                rx.heading("Two-step sign-in", as_="h2", size="4"),
                rx.text("Two-factor sign-in is on for this account: enter the code your authenticator app shows now.", size="2"),
                two_factor_form(),
                rx.text(rx.link("Start again", href=routes.LOGIN, id="two-factor-restart")),
                spacing="3", width="100%", id="two-factor-step",
            ),
            rx.vstack(
                provider_buttons(LoginState.providers),
                native_form(
                    rx.vstack(
                        field("Email", "email", type_="email", max_length=MAX_EMAIL_LENGTH, id_="login-email", custom_attrs=AUTOFOCUS,
                              default_value=LoginState.email, required=True, auto_complete="username"),
                        field("Password", "password", type_="password", max_length=MAX_PASSWORD_LENGTH, id_="login-password",
                              required=True, auto_complete="current-password"),
                        # the backend checks it again (routes.safe_next) before redirecting there
                        rx.el.input(type="hidden", name="next", value=LoginState.next_path, id="login-next"),
                        rx.button("Log in", type="submit", id="login-submit", width="100%"),
                        spacing="3",
                        width="100%",
                    ),
                    action=routes.AUTH_LOGIN,
                    width="100%",
                    id="login-form",
                ),
                rx.text(rx.link("Forgot password?", href=routes.FORGOT, id="to-forgot")),
                rx.text("New here? ", rx.link("Create an account", href=routes.SIGNUP, id="to-signup")),
                spacing="4", width="100%",
            ),
        ),
        spacing="4",
        width="100%",
    )
