"""Choose a new password from an emailed reset link (``/reset?token=…``); posts to ``/auth/reset``."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.components.a11y import AUTOFOCUS
from careercopilot.components.common import field, native_form, notice
from careercopilot.db import session_scope
from careercopilot.services import account_mail, auth_messages
from careercopilot.services.mail import tokens
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from careercopilot.templates import page_title, public_page


def _check(token: str) -> str:
    """"" when ``token`` can still reset a password, else the message code saying why not."""
    try:
        with session_scope() as s:
            account_mail.reset_user(session=s, token=token)
    except tokens.InvalidToken as exc:
        return "reset_expired" if exc.expired else "reset_invalid"
    return ""


class ResetState(rx.State):
    """The link's token (checked on load) and messages from the backend redirect."""

    token: str = ""
    error: str = ""
    link_error: str = ""
    checked: bool = False

    @rx.event
    async def load_reset(self):
        """Read ``token``/``error`` from the URL and check the link before showing the form."""
        q = self.router.url.query_parameters
        self.token = q.get("token", "")[: tokens.MAX_TOKEN_LENGTH]
        self.error = auth_messages.text(q.get("error"), retry=q.get("retry"))
        self.link_error = auth_messages.text(await offload.db(_check, self.token))
        self.checked = True


def _form() -> rx.Component:
    return native_form(
        rx.vstack(
            field(f"New password (at least {MIN_PASSWORD_LENGTH} characters)", "new_password", type_="password",
                  max_length=MAX_PASSWORD_LENGTH, id_="reset-password", required=True, auto_complete="new-password",
                  custom_attrs=AUTOFOCUS),
            field("Repeat the new password", "new_password_confirm", type_="password", max_length=MAX_PASSWORD_LENGTH,
                  id_="reset-password-confirm", required=True, auto_complete="new-password"),
            rx.el.input(type="hidden", name="token", value=ResetState.token, id="reset-token"),
            rx.button("Set the new password", type="submit", id="reset-submit", width="100%"),
            spacing="3", width="100%",
        ),
        action=routes.AUTH_RESET, width="100%", id="reset-form",
    )


@public_page(route=routes.RESET, title="Choose a new password", on_load=ResetState.load_reset)
def reset_page() -> rx.Component:
    """The new-password form, or why the link no longer works."""
    return rx.vstack(
        page_title("Choose a new password", size="6"),
        notice(ResetState.error, id="reset-error"),
        rx.cond(
            ResetState.link_error != "",
            rx.vstack(notice(ResetState.link_error, id="reset-link-error"),
                      rx.link("Ask for a new link", href=routes.FORGOT, id="reset-to-forgot"), spacing="3"),
            rx.cond(ResetState.checked, _form(), rx.text("Checking the link…", size="2", color_scheme="gray")),
        ),
        rx.text("Every other session of the account is logged out when the password changes.", size="1",
                color_scheme="gray"),
        spacing="4", width="100%",
    )
