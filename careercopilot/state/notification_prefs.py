"""Settings → Notifications: per-kind channel switches and the alert timing form.

``prefs`` maps ``"<kind>:<channel>"`` (``models.alerts.NOTIFICATION_KINDS`` ×
``NOTIFICATION_CHANNELS``) to on/off as ``services.notifications.preferences`` reads them — an
email unsubscribe (one-click link or this page) shows as email switched off. The timing form
edits ``AlertSettings`` through ``services.alert_settings`` (row created on the first save).
"""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.models.alerts import NOTIFICATION_CHANNELS, NOTIFICATION_KINDS
from careercopilot.services import alert_settings, notifications
from careercopilot.state.auth import current_user_id

#: Form value of "no quiet hours".
QUIET_OFF = "off"


def pref_key(kind: str, channel: str) -> str:
    """The ``prefs`` key of one switch."""
    return f"{kind}:{channel}"


def _load(uid: int) -> tuple[dict[str, bool], alert_settings.AlertTiming]:
    with session_scope() as s:
        prefs = notifications.preferences(session=s, user_id=uid)
        return ({pref_key(k, c): on for k, chans in prefs.items() for c, on in chans.items()},
                alert_settings.timing(session=s, user_id=uid))


def _set(uid: int, kind: str, channel: str, enabled: bool) -> dict[str, bool]:
    with session_scope() as s:
        notifications.set_preference(session=s, user_id=uid, kind=kind, channel=channel, enabled=enabled)
    return _load(uid)[0]


def _save_timing(uid: int, form: dict) -> alert_settings.AlertTiming:
    value = alert_settings.parse_timing(
        quiet_start_hour=form.get("quiet_start_hour"), quiet_end_hour=form.get("quiet_end_hour"),
        digest_hour=form.get("digest_hour"), weekly_digest_weekday=form.get("weekly_digest_weekday"))
    with session_scope() as s:
        return alert_settings.save_timing(session=s, user_id=uid, value=value)


class NotificationPrefsState(rx.State):
    """Switch values, the timing form's current values (as form strings) and messages."""

    prefs: dict[str, bool] = {}
    quiet_start: str = QUIET_OFF
    quiet_end: str = QUIET_OFF
    digest_hour: str = "8"
    weekday: str = "0"
    prefs_error: str = ""
    timing_error: str = ""
    timing_message: str = ""

    def _show_timing(self, t: alert_settings.AlertTiming) -> None:
        self.quiet_start = QUIET_OFF if t.quiet_start_hour is None else str(t.quiet_start_hour)
        self.quiet_end = QUIET_OFF if t.quiet_end_hour is None else str(t.quiet_end_hour)
        self.digest_hour, self.weekday = str(t.digest_hour), str(t.weekly_digest_weekday)

    @rx.event
    async def load_notification_prefs(self):
        """Read the switches (unsubscribes included) and the timing."""
        uid = await current_user_id(self)
        if uid is None:
            return
        self.prefs_error = self.timing_error = self.timing_message = ""
        self.prefs, timing = await offload.db(_load, uid)
        self._show_timing(timing)

    @rx.event
    async def set_channel(self, kind: str, channel: str, enabled: bool):
        """Turn ``channel`` of ``kind`` on or off (email off = unsubscribed from that topic)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if kind not in NOTIFICATION_KINDS or channel not in NOTIFICATION_CHANNELS:
            self.prefs_error = "Unknown notification kind or channel."
            return None
        self.prefs = await offload.db(_set, uid, kind, channel, bool(enabled))
        self.prefs_error = ""
        return None

    @rx.event
    async def submit_timing(self, form: dict):
        """Validate and save quiet hours and digest times; a bad value keeps the form as typed."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            self._show_timing(await offload.db(_save_timing, uid, form))
            self.timing_error, self.timing_message = "", "Alert times saved."
        except alert_settings.AlertSettingsError as exc:
            self.timing_error, self.timing_message = str(exc), ""
        return None
