"""Admin section: outgoing email (SMTP) status, bound to :class:`MailStatusState`."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import section
from careercopilot.state.mail_status import MailStatusState


def _row(label: str, value) -> rx.Component:
    return rx.hstack(rx.text(label, size="2", weight="medium", min_width="9rem"), rx.text(value, size="2"),
                     wrap="wrap", spacing="2")


def smtp_section() -> rx.Component:
    """Server, last success/failure (with the error) and the counts waiting or in doubt."""
    st = MailStatusState.status
    return section(
        "Email (SMTP)",
        rx.cond(
            st["configured"] != "",
            rx.vstack(
                _row("Server", st["server"]),
                _row("Last success", st["last_success"]),
                _row("Last failure", st["last_failure"]),
                rx.cond(st["last_error"] != "", rx.code(st["last_error"], style={"overflow_wrap": "anywhere"}),
                        rx.fragment()),
                _row("Waiting to be sent", st["pending"]),
                _row("Delivery unknown", st["unknown"]),
                _row("Not delivered", st["failed"]),
                spacing="1", width="100%", id="admin-smtp-status",
            ),
            rx.text("Outgoing email is not configured (SMTP_HOST is unset): messages go to each user's Outbox. "
                    "Test a server with ", rx.code("python -m careercopilot send-test-email --to you@example.com"),
                    ".", size="2", color_scheme="gray", id="admin-smtp-empty"),
        ),
        description="The server that sends alerts, reminders and password resets, and whether it answers.",
        id="admin-smtp",
    )
