"""Forgot password: ask for a reset link (a native form posting to ``/auth/forgot``).

The answer is the same whether or not an account uses the address (api_mail.forgot)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.a11y import AUTOFOCUS
from careercopilot.components.common import field, native_form, notice
from careercopilot.config import settings
from careercopilot.services import auth_messages, form_return
from careercopilot.services.users import MAX_EMAIL_LENGTH
from careercopilot.state.auth import AuthState, cookie_value
from careercopilot.templates import page_title, public_page


class ForgotState(rx.State):
    """Messages carried back in the query string by the backend redirect."""

    error: str = ""
    email: str = ""

    @rx.event
    def load_messages(self):
        """Read ``error`` from the URL (rendered as text, never HTML) and the typed address from
        the form-return cookie (``services.form_return``: never the URL, trial 17)."""
        q = self.router.url.query_parameters
        self.error = auth_messages.text(q.get("error"), retry=q.get("retry"))
        self.email = form_return.unseal(cookie_value(self, form_return.COOKIE), page=routes.FORGOT)[:MAX_EMAIL_LENGTH]


def _no_smtp_hint() -> rx.Component:
    """Shown when this instance sends no email (SMTP_HOST unset): where the link goes instead."""
    if settings.smtp_configured:
        return rx.fragment()
    return rx.text(
        "This instance sends no email: the link goes to the account's Outbox (open it where you are still "
        "signed in), and whoever runs the server can print it with ",
        rx.code("python -m careercopilot show-outbox --to <address>"), ".",
        size="2", color_scheme="gray", id="forgot-no-smtp",
    )


@public_page(route=routes.FORGOT, title="Reset your password",
             on_load=[AuthState.redirect_if_signed_in, ForgotState.load_messages])
def forgot_page() -> rx.Component:
    """Email field; the link arrives by email (or in the Outbox)."""
    return rx.vstack(
        page_title("Reset your password", size="6"),
        rx.text("Enter the address of your account. We send it a link to choose a new password (valid 30 minutes).",
                size="2"),
        notice(ForgotState.error, id="forgot-error"),
        native_form(
            rx.vstack(
                field("Email", "email", type_="email", max_length=MAX_EMAIL_LENGTH, id_="forgot-email",
                      custom_attrs=AUTOFOCUS, default_value=ForgotState.email, required=True, auto_complete="username"),
                rx.button("Send the link", type="submit", id="forgot-submit", width="100%"),
                spacing="3", width="100%",
            ),
            action=routes.AUTH_FORGOT, width="100%", id="forgot-form",
        ),
        _no_smtp_hint(),
        rx.text(rx.link("Back to log in", href=routes.LOGIN, id="forgot-to-login")),
        spacing="4", width="100%",
    )
