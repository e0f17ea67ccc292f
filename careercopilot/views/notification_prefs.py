"""Settings → Notifications: a switch per notification kind and channel, then the alert timing
form (quiet hours, daily digest hour, weekly digest day). Ids: ``pref-<kind>-<channel>``,
``alert-quiet-start``, ``alert-quiet-end``, ``alert-digest-hour``, ``alert-weekday``."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import notice, section
from careercopilot.models.alerts import NOTIFICATION_CHANNELS, NOTIFICATION_KINDS
from careercopilot.services.alert_settings import WEEKDAYS
from careercopilot.services.notifications import CHANNEL_LABELS, KIND_LABELS
from careercopilot.state.notification_prefs import QUIET_OFF, NotificationPrefsState as N, pref_key


def _switch(kind: str, channel: str) -> rx.Component:
    element_id = f"pref-{kind}-{channel}"
    return rx.hstack(
        rx.switch(id=element_id, checked=N.prefs.get(pref_key(kind, channel), False),
                  on_change=lambda on: N.set_channel(kind, channel, on),
                  aria_label=f"{KIND_LABELS[kind]}: {CHANNEL_LABELS[channel]}"),
        rx.el.label(CHANNEL_LABELS[channel], html_for=element_id, style={"font_size": "var(--font-size-2)"}),
        spacing="2", align="center",
    )


def _kind_row(kind: str) -> rx.Component:
    return rx.flex(
        rx.text(KIND_LABELS[kind], weight="medium", size="2", min_width="12rem"),
        rx.hstack(*[_switch(kind, ch) for ch in NOTIFICATION_CHANNELS], spacing="5", wrap="wrap"),
        spacing="2", wrap="wrap", align="center", justify="between", width="100%", id=f"pref-row-{kind}",
        style={"padding": "var(--space-2) 0", "border_bottom": "1px solid var(--gray-a4)"},
    )


def _hour_options(with_off: bool) -> list[rx.Component]:
    off = [rx.el.option("No quiet hours", value=QUIET_OFF)] if with_off else []
    return off + [rx.el.option(f"{h:02d}:00", value=str(h)) for h in range(24)]


def _select(label: str, name: str, element_id: str, options: list[rx.Component], value) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=element_id, style={"font_size": "var(--font-size-2)", "font_weight": "500"}),
        rx.el.select(*options, name=name, id=element_id, default_value=value, key=value,
                     style={"min_height": "36px", "width": "100%"}),
        spacing="1", width="100%",
    )


def _timing_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.text("Alert times (in your time zone, set under Profile)", weight="medium", size="2"),
            rx.grid(
                _select("Quiet hours from", "quiet_start_hour", "alert-quiet-start", _hour_options(True), N.quiet_start),
                _select("Quiet hours until", "quiet_end_hour", "alert-quiet-end", _hour_options(True), N.quiet_end),
                _select("Daily digest at", "digest_hour", "alert-digest-hour", _hour_options(False), N.digest_hour),
                _select("Weekly digest on", "weekly_digest_weekday", "alert-weekday",
                        [rx.el.option(day, value=str(i)) for i, day in enumerate(WEEKDAYS)], N.weekday),
                columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
            ),
            rx.text("No email is sent during quiet hours; it waits until they end. Quiet hours may span midnight "
                    "(e.g. 22:00 until 07:00).", size="1", color_scheme="gray"),
            rx.button("Save alert times", type="submit", id="alert-timing-submit"),
            spacing="3", max_width="32rem", width="100%",
        ),
        on_submit=N.submit_timing,
    )


def notifications_section() -> rx.Component:
    """The Notifications section of Settings."""
    return section(
        "Notifications",
        rx.box(*[_kind_row(k) for k in NOTIFICATION_KINDS], width="100%", id="notification-prefs"),
        notice(N.prefs_error, id="prefs-error"),
        _timing_form(),
        notice(N.timing_error, id="alert-timing-error"),
        notice(N.timing_message, color="green", id="alert-timing-saved"),
        description="What reaches you in the app (the bell and the Inbox) and by email. Turning email off is the "
                    "same as the unsubscribe link in our emails.",
        id="settings-notifications",
    )
