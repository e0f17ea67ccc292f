"""Admin page: outgoing email (SMTP) status — configured server, last success and failure."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import reflex as rx

from careercopilot import offload
from careercopilot.db import session_scope
from careercopilot.services import mail
from careercopilot.services.local_time import local_minute
from careercopilot.state.auth import session_user


def _status(zone: str) -> dict[str, str]:
    with session_scope() as s:
        st = mail.smtp_status(session=s)
    tz = ZoneInfo(zone)
    return {"configured": "1" if st["configured"] else "", "server": st["server"],
            "last_success": local_minute(st["last_success_at"], tz) or "never",
            "last_failure": local_minute(st["last_failure_at"], tz) or "never",
            "last_error": st["last_error"] or "", "pending": str(st["pending"]), "unknown": str(st["unknown"]),
            "failed": str(st["failed"])}


class MailStatusState(rx.State):
    """SMTP status for admins (empty for anyone else)."""

    status: dict[str, str] = {}

    @rx.event
    async def load_mail_status(self):
        """Read the send-log's delivery health (admins only)."""
        who = await session_user(self)
        if who is None or not who.is_admin:
            self.status = {}
            return
        self.status = await offload.db(_status, who.timezone)
