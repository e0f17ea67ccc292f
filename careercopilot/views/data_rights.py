"""The Settings page's "Your data" section, bound to :class:`~careercopilot.state.data_rights.DataRightsState`:
full export (button with progress, then a download link that expires) and account deletion
(a native form post re-checking the password; ``POST /auth/delete-account``)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import busy_button, field, native_form, notice, section, toast
from careercopilot.config import settings
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH
from careercopilot.state.data_rights import DataRightsState as D
from careercopilot.state.security import SecurityState
from careercopilot.views.security import reauth_fields


def _export_block() -> rx.Component:
    return rx.vstack(
        rx.heading("Export everything", as_="h3", size="3"),
        rx.text("A zip with every row of your account as JSON and CSV (applications, history, notes, contacts, "
                "documents, preferences …) and the resume files you uploaded. It is prepared in the background; "
                "the link works for you only and expires.", size="2", color_scheme="gray"),
        busy_button("Export my data", busy=D.exporting, busy_label="Preparing export…", on_click=D.submit_export,
                    id="data-export-button", width="fit-content"),
        rx.cond(D.exporting,
                rx.vstack(rx.progress(value=D.export_progress, max=100, id="data-export-progress",
                                      aria_label="Export progress"),
                          rx.text(D.export_message, size="1", role="status"), width="100%", max_width="28rem"),
                rx.fragment()),
        notice(D.export_error, id="data-export-error"),
        rx.cond(
            D.export_url != "",
            rx.callout(
                rx.hstack(
                    # a plain <a download> (the router must not treat it as a page)
                    rx.el.a("Download your export (.zip)", href=D.export_url, download="", id="data-export-link",
                            custom_attrs={"reloadDocument": True},
                            style={"font_weight": "600", "color": "var(--green-12)", "text_decoration": "underline"}),
                    rx.text("(the link expires ", D.export_expires, ")", size="1", color_scheme="gray"),
                    wrap="wrap", align="center", spacing="2",
                ),
                color_scheme="green", role="status",
            ),
            rx.fragment(),
        ),
        spacing="2", width="100%",
    )


def _delete_block() -> rx.Component:
    days = settings.deletion_grace_days
    return rx.vstack(
        rx.heading("Delete account", as_="h3", size="3"),
        rx.text(f"Your account and everything in it — applications, contacts, documents, resumes and their files — "
                f"are deleted {days} days after you ask. You are signed out everywhere; signing in again within "
                f"the {days} days keeps the account. Export your data first if you want a copy.",
                size="2", color_scheme="gray"),
        notice(D.delete_error, id="data-delete-error"),
        native_form(
            rx.vstack(
                rx.cond(
                    SecurityState.reauth_method == "password",
                    field("Password", "password", type_="password", max_length=MAX_PASSWORD_LENGTH,
                          id_="delete-password", required=True, auto_complete="current-password",
                          hint="Enter your password to confirm."),
                    rx.vstack(  # no password (provider sign-in): the address typed + two-factor or a fresh sign-in
                        field("Your email address", "email", type_="email", max_length=254, id_="delete-email",
                              required=True, hint="Type it to confirm."),
                        reauth_fields("delete", code_name="code"), spacing="2", width="100%"),
                ),
                rx.button("Delete my account", type="submit", color_scheme="red", variant="soft",
                          id="data-delete-submit"),
                spacing="3", max_width="28rem",
            ),
            action=routes.AUTH_DELETE_ACCOUNT,
            id="data-delete-form",
        ),
        spacing="2", width="100%",
    )


def data_section() -> rx.Component:
    """Export and deletion, with the "deletion cancelled" notice after signing in again."""
    return section(
        "Your data",
        # page-level: the user lands at the top of Settings after signing in
        toast(D.data_notice, id="data-notice"),
        _export_block(),
        rx.separator(size="4"),
        _delete_block(),
        description="Take your data with you, or delete your account.",
        id="settings-data",
    )
