"""Settings: profile (display name, time zone), password change, Security (sign-in providers, two-factor),
API tokens, calendar feed, notifications (per-kind channels, alert times) and "Your data" (export,
deletion)."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.services import auth_messages
from careercopilot.components.common import field, native_form, notice, section
from careercopilot.components.nav import theme_toggle
from careercopilot.db import session_scope
from careercopilot.services import users
from careercopilot.services.passwords import MAX_PASSWORD_LENGTH
from careercopilot.state.auth import current_user_id
from careercopilot.state.data_rights import DATA_NOTICES, DataRightsState
from careercopilot.state.writing_settings import LLMSettingsState
from careercopilot.templates import template
from careercopilot.views.data_rights import data_section
from careercopilot.views.writing_settings import user_section
from careercopilot.state.api_tokens import ApiTokensState
from careercopilot.state.notification_prefs import NotificationPrefsState
from careercopilot.views.api_tokens import tokens_section
from careercopilot.state.security import SECURITY_CODES, SecurityState
from careercopilot.views.security import security_section
from careercopilot.state.calendar_feed import CalendarFeedState
from careercopilot.views.calendar_feed import calendar_feed_section
from careercopilot.views.notification_prefs import notifications_section


def _profile(uid: int) -> users.User:
    with session_scope() as s:
        return users.get_profile(session=s, user_id=uid)


def _update_profile(uid: int, display_name: str, timezone_name: str) -> tuple[str, str, dict[str, str]]:
    """Save the valid fields in one transaction → ``(display name, time zone, {field: message})``
    as stored (an invalid field keeps its stored value)."""
    with session_scope() as s:
        user, errors = users.update_profile_form(session=s, user_id=uid, display_name=display_name,
                                                 timezone_name=timezone_name)
        return user.display_name or "", user.timezone, errors


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
    async def load_settings(self):
        """Load the profile and any message from the password-change redirect."""
        q = self.router.url.query_parameters
        self.error = "" if q.get("error") in SECURITY_CODES else auth_messages.text(q.get("error"), retry=q.get("retry"))
        self.notice = "" if q.get("notice") in DATA_NOTICES | SECURITY_CODES else auth_messages.text(q.get("notice"), retry=q.get("retry"))
        self.profile_message = self.profile_error = ""
        uid = await current_user_id(self)
        if uid is None:
            return
        user = await offload.db(_profile, uid)
        self.display_name = user.display_name or ""
        self.timezone = user.timezone
        self.email = user.email

    @rx.event
    async def submit_profile(self, form: dict):
        """Save display name and time zone."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        typed = {"display_name": str(form.get("display_name", ""))[:200],
                 "timezone": str(form.get("timezone", "")).strip()[:64]}
        name, zone, errors = await offload.db(_update_profile, uid, typed["display_name"], typed["timezone"])
        # an invalid field shows what was typed (its message says it was not saved); the rest as stored
        self.display_name = typed["display_name"] if "display_name" in errors else name
        self.timezone = typed["timezone"] if "timezone" in errors else zone
        if errors:
            self.profile_error = ("The other fields were saved; not saved: " if len(errors) < 2 else "Not saved: ") + \
                " ".join(errors.values())
            self.profile_message = ""
        else:
            self.profile_error, self.profile_message = "", "Profile saved."


def _profile_section() -> rx.Component:
    return section(
        "Profile",
        rx.text("Signed in as ", rx.code(SettingsState.email), size="2"),
        rx.form(
            rx.vstack(
                field("Display name", "display_name", max_length=120, id_="profile-name",
                      default_value=SettingsState.display_name, key=SettingsState.display_name),
                field("Time zone (IANA)", "timezone", max_length=64, id_="profile-timezone",
                      default_value=SettingsState.timezone, key=SettingsState.timezone),
                rx.button("Save profile", type="submit", id="profile-submit"),
                spacing="3",
                max_width="28rem",
            ),
            on_submit=SettingsState.submit_profile,
        ),
        notice(SettingsState.profile_error, id="profile-error"),
        notice(SettingsState.profile_message, color="green", id="profile-saved"),
        description="Your name and the time zone every date and time is shown in.",
        id="settings-profile",
    )


def _appearance_section() -> rx.Component:
    return section(
        "Appearance",
        rx.hstack(theme_toggle(id="settings-theme-toggle", variant="soft"),
                  rx.text(rx.color_mode_cond(light="Light mode", dark="Dark mode"), size="2"),
                  align="center", spacing="3"),
        description="Light or dark; remembered in this browser.",
        id="settings-appearance",
    )


def _password_section() -> rx.Component:
    return section(
        "Change password",
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
                rx.el.label(  # off by default: a change ends every token and the calendar feed (services/credentials.py)
                    rx.el.input(type="checkbox", name="keep_api_access", id="password-keep-api-access"),
                    " Keep my API tokens and calendar feed working (sign-ins, sessions and the clipper end anyway)",
                    html_for="password-keep-api-access", style={"font_size": "0.875rem"}),
                rx.button("Change password", type="submit", id="password-submit"),
                spacing="3",
                max_width="28rem",
            ),
            action=routes.AUTH_PASSWORD,
        ),
        id="settings-password",
    )


def _placeholder(title: str, description: str, empty: str, section_id: str) -> rx.Component:
    """A section later features fill (README "How to add a page" → Settings sections)."""
    return section(title, rx.text(empty, size="2", color_scheme="gray", id=f"{section_id}-empty"),
                   description=description, id=section_id)


@template(route=routes.SETTINGS, title="Settings",
          on_load=[SettingsState.load_settings, LLMSettingsState.load_llm, ApiTokensState.load_tokens,
                   SecurityState.load_security, NotificationPrefsState.load_notification_prefs,
                   DataRightsState.load_data_rights, CalendarFeedState.load_feed])
def settings_page() -> rx.Component:
    """Profile, appearance, password, then the sections later features fill."""
    return rx.vstack(
        _profile_section(),
        _appearance_section(),
        _password_section(),
        user_section(),
        security_section(),
        tokens_section(),
        calendar_feed_section(),
        notifications_section(),
        data_section(),
        spacing="4",
        width="100%",
    )
