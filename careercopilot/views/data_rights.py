"""The Settings page's "Your data" section, bound to :class:`~careercopilot.state.data_rights.DataRightsState`:
full export (button with progress, then a download link that expires) and account deletion in two
steps: a button, then a confirmation dialog saying what goes and when (warning the only admin) with
the re-authentication fields and a native form post (``POST /auth/delete-account``); a failed attempt
comes back with the dialog open and its error under the submit button, focused."""

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


#: Where focus goes when the deletion confirmation opens: the error of the attempt that just failed
#: (back from the redirect, the dialog opened by the state), else the first field, else Cancel. A
#: document-level observer, compiled into the page (no eval under the CSP) and independent of the
#: Reflex event queue (busy with the page's on_load events right after the redirect): it focuses as
#: the dialog's content is inserted, and Radix's focus trap keeps focus that is already inside. The
#: error is focused whenever it appears: after the redirect the hydrated state may reopen the dialog
#: (it was open when the form was posted) before the page's on_load brings the error.
_DELETE_STEP_FOCUS = """
useEffect(() => {
  let seen = null, seenError = null;
  const run = () => {
    const dialog = document.getElementById('data-delete-dialog');
    const error = document.getElementById('data-delete-error');
    if (error && error !== seenError) { seenError = error; error.focus(); seen = dialog; return; }
    seenError = error;
    if (!dialog || dialog === seen) { seen = dialog; return; }
    seen = dialog;
    const target = dialog.querySelector('#data-delete-form input:not([type=hidden])')
      || document.getElementById('data-delete-cancel');
    if (target) target.focus();
  };
  const observer = new MutationObserver(run);
  observer.observe(document.body, {childList: true, subtree: true});
  run();
  return () => observer.disconnect();
}, []);
"""


class DeleteStepFocus(rx.Fragment):
    """Renders nothing; its hook moves focus into the deletion confirmation (:data:`_DELETE_STEP_FOCUS`)."""

    def add_imports(self) -> dict:
        return {"react": ["useEffect"]}

    def add_hooks(self) -> list[str]:
        return [_DELETE_STEP_FOCUS]


ADMIN_PROMOTE_COMMAND = "python -m careercopilot users promote EMAIL"


def deletion_terms(days: int) -> str:
    """What deleting the account does and when (``days``: ``settings.deletion_grace_days``)."""
    return (f"Your account and everything in it — applications, contacts, documents, resumes and their files — "
            f"are deleted {days} days after you confirm. You are signed out everywhere right away; signing in "
            f"again within the {days} days cancels the deletion. After that it cannot be undone.")


def _last_admin_warning() -> rx.Component:
    return rx.cond(
        D.delete_last_admin,
        rx.callout(
            rx.text("You are the only admin of this Career Copilot. Your account can still be deleted, but then "
                    "nobody can manage job sources or writing models until the operator makes another account an "
                    "admin on the server: ", rx.code(ADMIN_PROMOTE_COMMAND), as_="span"),
            icon="triangle_alert", color_scheme="amber", id="data-delete-last-admin", role="note", size="1",
        ),
        rx.fragment(),
    )


def _reauth_inputs() -> rx.Component:
    """Password; or, without one (provider sign-in), the address typed + two-factor or a fresh sign-in."""
    return rx.cond(
        SecurityState.reauth_method == "password",
        field("Password", "password", type_="password", max_length=MAX_PASSWORD_LENGTH, id_="delete-password",
              required=True, auto_complete="current-password", hint="Enter your password to confirm."),
        rx.vstack(
            field("Your email address", "email", type_="email", max_length=254, id_="delete-email", required=True,
                  hint="Type it to confirm."),
            reauth_fields("delete", code_name="code"), spacing="2", width="100%"),
    )


def _confirmation(days: int) -> rx.Component:
    """The second step: what goes and when, the last-admin warning, re-authentication, Cancel and the
    final submit with the failed attempt's error right under it. The form posts natively."""
    return rx.alert_dialog.content(
        rx.alert_dialog.title("Delete your account?", size="4"),
        rx.alert_dialog.description(deletion_terms(days), size="2", id="data-delete-terms"),
        rx.vstack(
            _last_admin_warning(),
            native_form(
                rx.vstack(
                    _reauth_inputs(),
                    rx.hstack(
                        rx.alert_dialog.cancel(rx.button("Cancel", type="button", variant="soft", color_scheme="gray",
                                                         id="data-delete-cancel")),
                        rx.button("Delete my account", type="submit", color_scheme="red", id="data-delete-submit"),
                        spacing="3", justify="end", wrap="wrap", width="100%",
                    ),
                    rx.cond(
                        D.delete_error != "",
                        rx.callout(D.delete_error, icon="circle_alert", color_scheme="red", role="alert",
                                   id="data-delete-error", tab_index=-1, size="1", width="100%"),
                        rx.fragment(),
                    ),
                    spacing="3", width="100%",
                ),
                action=routes.AUTH_DELETE_ACCOUNT,
                id="data-delete-form",
            ),
            spacing="3", width="100%", margin_top="var(--space-3)",
        ),
        max_width="28em",
        id="data-delete-dialog",
    )


def _delete_block() -> rx.Component:
    """Step one: the terms and a button opening the confirmation (reopened with its error after a
    failed attempt: ``DataRightsState.delete_open``)."""
    days = settings.deletion_grace_days
    return rx.vstack(
        rx.heading("Delete account", as_="h3", size="3"),
        rx.text(f"Deletes your account and all its data {days} days after you confirm; signing in again before "
                f"then keeps it. Export your data first if you want a copy.", size="2", color_scheme="gray"),
        rx.alert_dialog.root(
            rx.alert_dialog.trigger(
                rx.button("Delete my account…", type="button", color_scheme="red", variant="soft",
                          id="data-delete-open", width="fit-content"),
            ),
            _confirmation(days),
            open=D.delete_open,
            on_open_change=D.set_delete_step,
        ),
        DeleteStepFocus.create(),
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
