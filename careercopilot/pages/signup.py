"""Sign-up page: a native form posting to ``/auth/signup``."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.a11y import AUTOFOCUS
from careercopilot.components.browser import TIME_ZONE_INPUT, browser_time_zone
from careercopilot.components.common import field, native_form, notice
from careercopilot.services import auth_messages, form_return
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from careercopilot.services.users import MAX_EMAIL_LENGTH
from careercopilot.state.auth import AuthState, cookie_value
from careercopilot.templates import page_title, public_page
from careercopilot.views.sign_in import provider_buttons, provider_rows


class SignupState(rx.State):
    """Messages carried back in the query string by the backend redirect."""

    error: str = ""
    email: str = ""
    #: configured providers' buttons (views/sign_in.py provider_rows): signing in with one creates the account
    providers: list[dict[str, str]] = []

    @rx.event
    def load_messages(self):
        """Read ``error`` from the URL (rendered as text, never HTML) and the typed address from
        the form-return cookie (``services.form_return``: never the URL, trial 17)."""
        q = self.router.url.query_parameters
        self.error = auth_messages.text(q.get("error"), retry=q.get("retry"))
        self.email = form_return.unseal(cookie_value(self, form_return.COOKIE), page=routes.SIGNUP)[:MAX_EMAIL_LENGTH]
        self.providers = provider_rows()


@public_page(route=routes.SIGNUP, title="Sign up", on_load=[AuthState.redirect_if_signed_in, SignupState.load_messages])
def signup_page() -> rx.Component:
    """Email, password (twice) and time zone."""
    return rx.vstack(
        page_title("Create your account", size="6"),
        notice(SignupState.error, id="signup-error"),
        provider_buttons(SignupState.providers),
        native_form(
            rx.vstack(
                field("Email", "email", type_="email", max_length=MAX_EMAIL_LENGTH, id_="signup-email", custom_attrs=AUTOFOCUS,
                      default_value=SignupState.email, required=True, auto_complete="username"),
                field(f"Password (at least {MIN_PASSWORD_LENGTH} characters)", "password", type_="password",
                      max_length=MAX_PASSWORD_LENGTH, id_="signup-password", required=True, auto_complete="new-password"),
                field("Repeat password", "password_confirm", type_="password", max_length=MAX_PASSWORD_LENGTH,
                      id_="signup-password-confirm", required=True, auto_complete="new-password"),
                field("Time zone", "timezone", max_length=64, id_="signup-timezone", default_value="",
                      placeholder="Europe/Berlin", custom_attrs=TIME_ZONE_INPUT, auto_complete="off",
                      hint="Taken from your browser; change it if it is wrong. Times are shown in this zone."),
                browser_time_zone(),
                rx.button("Sign up", type="submit", id="signup-submit", width="100%"),
                spacing="3",
                width="100%",
            ),
            action=routes.AUTH_SIGNUP,
            width="100%",
            id="signup-form",
        ),
        rx.text("Already have an account? ", rx.link("Log in", href=routes.LOGIN, id="to-login")),
        spacing="4",
        width="100%",
    )
