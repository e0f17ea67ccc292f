"""Settings: profile (display name, time zone) and password change."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import card, field, native_form, notice
from careercopilot.db import session_scope
from careercopilot.services import users
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH
from careercopilot.state.auth import current_user_id
from careercopilot.templates import template


class SettingsState(rx.State):
    """Profile form values and messages."""

    display_name: str = ""
    timezone: str = "UTC"
    email: str = ""
    profile_message: str = ""
    profile_error: str = ""
    error: str = ""
    notice: str = ""

    @rx.event
    def load_settings(self):
        """Load the profile and any message from the password-change redirect."""
        q = self.router.url.query_parameters
        self.error = q.get("error", "")[:300]
        self.notice = q.get("notice", "")[:300]
        self.profile_message = self.profile_error = ""
        uid = current_user_id(self)
        if uid is None:
            return
        with session_scope() as s:
            user = users.get_profile(session=s, user_id=uid)
            self.display_name = user.display_name or ""
            self.timezone = user.timezone
            self.email = user.email

    @rx.event
    def submit_profile(self, form: dict):
        """Save display name and time zone."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            with session_scope() as s:
                user = users.update_profile(
                    session=s, user_id=uid, display_name=str(form.get("display_name", ""))[:200],
                    timezone_name=str(form.get("timezone", "")).strip()[:64],
                )
                self.display_name, self.timezone = user.display_name or "", user.timezone
            self.profile_error, self.profile_message = "", "Profile saved."
        except users.AccountError as exc:
            self.profile_error, self.profile_message = str(exc), ""


@template(route=routes.SETTINGS, title="Settings", on_load=SettingsState.load_settings)
def settings_page() -> rx.Component:
    """Profile card and password card."""
    return rx.vstack(
        card(
            rx.heading("Profile", size="4"),
            rx.text("Signed in as ", rx.code(SettingsState.email)),
            rx.form(
                rx.vstack(
                    field("Display name", "display_name", max_length=120, id_="profile-name",
                          default_value=SettingsState.display_name, key=SettingsState.display_name),
                    field("Time zone (IANA)", "timezone", max_length=64, id_="profile-timezone",
                          default_value=SettingsState.timezone, key=SettingsState.timezone),
                    rx.button("Save profile", type="submit", id="profile-submit"),
                    spacing="3",
                ),
                on_submit=SettingsState.submit_profile,
            ),
            notice(SettingsState.profile_error, id="profile-error"),
            notice(SettingsState.profile_message, color="green", id="profile-saved"),
            width="100%",
        ),
        card(
            rx.heading("Change password", size="4"),
            notice(SettingsState.error, id="password-error"),
            notice(SettingsState.notice, color="green", id="password-notice"),
            native_form(
                rx.vstack(
                    field("Current password", "current_password", type_="password", max_length=MAX_PASSWORD_LENGTH,
                          id_="current-password", required=True, auto_complete="current-password"),
                    field("New password", "new_password", type_="password", max_length=MAX_PASSWORD_LENGTH,
                          id_="new-password", required=True, auto_complete="new-password"),
                    field("Repeat new password", "new_password_confirm", type_="password",
                          max_length=MAX_PASSWORD_LENGTH, id_="new-password-confirm", required=True,
                          auto_complete="new-password"),
                    rx.button("Change password", type="submit", id="password-submit"),
                    spacing="3",
                ),
                action=routes.AUTH_PASSWORD,
            ),
            width="100%",
        ),
        spacing="4",
        width="100%",
    )
