"""Pieces of the login and sign-up pages for provider sign-in and the second step (issue 14).

Pure components: the pages' states pass the data (``providers`` rows ``{"label", "href", "id"}``
built by :func:`provider_rows`, only for configured providers)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.a11y import AUTOFOCUS
from careercopilot.components.common import field, native_form
from careercopilot.services import oauth


def provider_rows(next_path: str = "") -> list[dict[str, str]]:
    """One row per configured provider: button label, start URL (with the safe ``next``) and element id."""
    return [{"label": f"Continue with {p.label}", "href": routes.oauth_start(p.name, next_path=next_path),
             "id": f"oauth-{p.name}"} for p in oauth.providers()]


def _provider_button(row: rx.Var) -> rx.Component:
    return rx.button(rx.el.a(row["label"], href=row["href"], id=row["id"]), as_child=True, variant="outline",
                     width="100%", size="3")


def provider_buttons(rows: rx.Var) -> rx.Component:
    """"Continue with …" links (styled as buttons) above an "or" divider; nothing when ``rows`` is empty."""
    return rx.cond(
        rows.length() > 0,
        rx.vstack(rx.foreach(rows, _provider_button),
                  rx.hstack(rx.separator(size="4"), rx.text("or", size="2", color_scheme="gray"), rx.separator(size="4"),
                            align="center", width="100%"),
                  spacing="2", width="100%", id="oauth-providers"),
        rx.fragment(),
    )


def two_factor_form() -> rx.Component:
    """The second sign-in step: one field for the 6-digit code or a recovery code (``POST /auth/two-factor``)."""
    return native_form(
        rx.vstack(
            field("Code from your authenticator app", "code", max_length=32, id_="two-factor-code",
                  custom_attrs={**AUTOFOCUS, "inputmode": "text", "autocomplete": "one-time-code"}, required=True,
                  hint="The 6-digit code, or one of your recovery codes (e.g. abcd-efgh-ijkl-mnop)."),
            rx.button("Verify", type="submit", id="two-factor-submit", width="100%"),
            spacing="3", width="100%",
        ),
        action=routes.AUTH_TWO_FACTOR, width="100%", id="two-factor-form",
    )
