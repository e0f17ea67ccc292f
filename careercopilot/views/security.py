"""Settings → Security: linked sign-in providers (link / unlink) and two-factor (set up with a QR
code, recovery codes shown once, turn off), bound to :class:`~careercopilot.state.security.SecurityState`."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import field, notice, section, stack_cell, stack_row, stack_table
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH
from careercopilot.state.security import SecurityState as S


def _identity_row(row: rx.Var) -> rx.Component:
    return stack_row(
        stack_cell("Provider", row["label"]),
        stack_cell("Address", rx.text(row["email"], as_="span", word_break="break-all")),  # long addresses wrap
        stack_cell("Linked", row["since"], class_name="cc-nowrap"),
        stack_cell("Actions", rx.button("Unlink", size="1", color_scheme="red", variant="soft",
                                        on_click=S.unlink(row["id"]), class_name="identity-unlink",
                                        aria_label="Unlink " + row["label"].to(str))),
    )


def _link_button(row: rx.Var) -> rx.Component:
    return rx.button(rx.el.a(row["label"], href=row["href"], id=row["id"]), as_child=True, variant="outline", size="2")


def _identities_block() -> rx.Component:
    return rx.vstack(
        rx.heading("Sign-in providers", as_="h3", size="3"),
        rx.cond(S.identities.length() == 0,
                rx.text("No provider is linked: you sign in with your email and password.", size="2",
                        color_scheme="gray", id="identities-empty"),
                stack_table(["Provider", "Address", "Linked", "Actions"], S.identities, _identity_row,
                            id="identity-list", size="1")),
        rx.cond(S.link_options.length() > 0,
                rx.hstack(rx.foreach(S.link_options, _link_button), spacing="2", wrap="wrap"), rx.fragment()),
        spacing="2", width="100%",
    )


def reauth_fields(id_prefix: str, *, password_name: str = "reauth_password", code_name: str = "reauth_code"
                  ) -> rx.Component:
    """The re-authentication a sensitive form asks for (``services.reauth``, by the account's
    ``SecurityState.reauth_method``): the password; or, without one, a two-factor code; or, without
    either, "sign in again with <provider>" links (the session must be fresh)."""
    return rx.match(
        S.reauth_method,
        ("totp", field("Code from your authenticator app (or a recovery code)", code_name, max_length=32,
                       id_=f"{id_prefix}-reauth-code", required=True,
                       custom_attrs={"autocomplete": "one-time-code"})),
        ("provider", rx.vstack(
            rx.text(S.reauth_prompt, size="2", id=f"{id_prefix}-reauth-prompt"),
            rx.hstack(rx.foreach(S.reauth_links, lambda l: rx.link(l["label"], href=l["href"], size="2")),
                      spacing="3", wrap="wrap"),
            spacing="1")),
        field("Your password", password_name, type_="password", max_length=MAX_PASSWORD_LENGTH,
              id_=f"{id_prefix}-reauth-password", required=True, auto_complete="current-password",
              hint="Asked again to confirm it is you."),
    )


def _enrolment() -> rx.Component:
    return rx.vstack(
        rx.text("Scan this code with an authenticator app (or type the key), then enter the 6-digit code it shows.",
                size="2"),
        rx.image(src=S.qr_src, alt="QR code of your two-factor key", width="12rem", height="12rem",
                 id="totp-qr", style={"background": "white"}),
        rx.text("Key: ", rx.code(S.secret, id="totp-secret", style={"word_break": "break-all"}), size="2"),
        rx.form(
            rx.vstack(
                field("Code from the app", "code", max_length=12, id_="totp-confirm-code", required=True,
                      custom_attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
                reauth_fields("totp-confirm"),
                rx.button("Turn on two-factor", type="submit", id="totp-confirm-submit"),
                spacing="2", max_width="20rem",
            ),
            on_submit=S.confirm_totp, reset_on_submit=False, id="totp-confirm-form",
        ),
        spacing="2", width="100%", id="totp-enrolment",
    )


def _recovery_codes() -> rx.Component:
    return rx.callout.root(
        rx.callout.text("Your recovery codes — each works once if you lose your phone. Save them now: "
                        "they are not shown again."),
        rx.el.ul(rx.foreach(S.recovery_codes, lambda c: rx.el.li(rx.code(c), class_name="totp-recovery-code")),
                 id="totp-recovery-codes", style={"columns": "2", "list_style": "none", "padding": "0"}),
        rx.hstack(rx.button("Copy", size="1", on_click=rx.set_clipboard(S.recovery_codes.join("\n")),
                            id="totp-codes-copy", auto_focus=True),
                  rx.button("I saved them", size="1", variant="soft", on_click=S.dismiss_codes, id="totp-codes-done"),
                  spacing="2"),
        color_scheme="green", id="totp-codes",
    )


def _disable_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.cond(S.reauth_method == "password",
                    field("Your password", "reauth_password", type_="password", max_length=MAX_PASSWORD_LENGTH,
                          id_="totp-disable-password", auto_complete="current-password", required=True,
                          hint="A code alone is not enough while your account has a password."),
                    field("Current code or recovery code", "code", max_length=32, id_="totp-disable-code",
                          required=True, custom_attrs={"autocomplete": "one-time-code"})),
            rx.button("Turn off two-factor", type="submit", color_scheme="red", variant="soft", id="totp-disable-submit"),
            spacing="2", max_width="20rem",
        ),
        on_submit=S.disable_totp, reset_on_submit=False, id="totp-disable-form",
    )


def _two_factor_block() -> rx.Component:
    return rx.vstack(
        rx.heading("Two-factor sign-in", as_="h3", size="3"),
        rx.cond(S.recovery_codes.length() > 0, _recovery_codes(), rx.fragment()),
        rx.match(
            S.totp_status,
            ("on", rx.vstack(
                rx.text("On: signing in asks for a code from your authenticator app. Recovery codes left: ",
                        rx.text.strong(S.codes_left), size="2", id="totp-on"),
                _disable_form(), spacing="2", width="100%")),
            ("pending", rx.cond(
                S.qr_src != "", _enrolment(),
                rx.hstack(rx.text("Set-up was not finished.", size="2", id="totp-pending"),
                          rx.button("Start again", size="2", on_click=S.begin_totp, id="totp-restart"),
                          rx.button("Cancel", size="2", variant="soft", on_click=S.disable_totp({}), id="totp-cancel"),
                          spacing="2", align="center", wrap="wrap"))),
            rx.hstack(rx.text("Off.", size="2", id="totp-off"),
                      rx.button("Set up two-factor", size="2", on_click=S.begin_totp, id="totp-begin"),
                      spacing="2", align="center"),
        ),
        spacing="2", width="100%",
    )


def security_section() -> rx.Component:
    """The Security section of Settings."""
    return section(
        "Security",
        notice(S.error, id="security-error"),
        notice(S.message, color="green", id="security-message"),
        _identities_block(),
        rx.separator(size="4"),
        _two_factor_block(),
        description="The providers you can sign in with, and two-factor sign-in.",
        id="settings-security",
    )
