"""The in-app Outbox (every message the app wrote to a user, newest first) and unsubscribes.

With no SMTP configured (the embedded default) the Outbox is where mail is read; with SMTP it
is the user's copy of what was sent, with its delivery status. Only the plain-text part is
shown (never the HTML: the page renders text); the links in it are listed separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from careercopilot.models import MailMessage, MailOptOut
from careercopilot.services.mail import tokens

#: Messages listed on the Outbox page.
LIST_LIMIT = 100
_URL = re.compile(r"https?://[^\s<>\"']+")
#: What the Outbox says about each status.
STATUS_LABELS = {"outbox": "In the app only (no mail server configured)", "pending": "Waiting to be sent",
                 "sending": "Being sent", "sent": "Sent by email", "unknown": "Delivery unknown (not resent)",
                 "failed": "Not delivered", "suppressed": "Not sent (unsubscribed)"}


@dataclass(frozen=True)
class OutboxItem:
    """One row of the Outbox list."""

    id: int
    subject: str
    created_at: datetime
    status: str
    unread: bool


@dataclass(frozen=True)
class OutboxMessage:
    """One message as the Outbox shows it: the text body and the links found in it."""

    id: int
    subject: str
    to_addr: str
    created_at: datetime
    status: str
    text: str
    links: list[str]


def list_messages(*, session: Session, user_id: int, limit: int = LIST_LIMIT) -> list[OutboxItem]:
    """The user's messages, newest first (at most ``limit``)."""
    rows = session.exec(select(MailMessage.id, MailMessage.subject, MailMessage.created_at, MailMessage.status,
                               MailMessage.read_at).where(MailMessage.user_id == user_id)
                        .order_by(MailMessage.created_at.desc(), MailMessage.id.desc()).limit(limit)).all()
    return [OutboxItem(r[0], r[1], r[2], r[3], r[4] is None) for r in rows]


def unread_count(*, session: Session, user_id: int) -> int:
    """Messages of the user not opened in the Outbox yet."""
    return session.exec(select(func.count()).select_from(MailMessage)
                        .where(MailMessage.user_id == user_id, MailMessage.read_at.is_(None))).one()


def open_message(*, session: Session, user_id: int, message_id: int) -> OutboxMessage:
    """The user's message ``message_id`` (marked read). Raises LookupError for anyone else's."""
    row = session.get(MailMessage, message_id)
    if row is None or row.user_id != user_id:
        raise LookupError("message not found")
    if row.read_at is None:
        row.read_at = datetime.now(timezone.utc)
        session.add(row)
    links = list(dict.fromkeys(m.rstrip(".,;:)") for m in _URL.findall(row.body_text)))
    return OutboxMessage(row.id, row.subject, row.to_addr, row.created_at, row.status, row.body_text, links)


def unsubscribe(*, session: Session, token: str) -> tuple[int, str]:
    """Apply a one-click unsubscribe token: record the opt-out (idempotent) and suppress the
    topic's messages still waiting. Returns ``(user_id, topic)``; raises ``tokens.InvalidToken``."""
    payload = tokens.read("unsubscribe", token)
    user_id, topic = payload.get("u"), payload.get("t")
    if not isinstance(user_id, int) or not isinstance(topic, str) or not topic:
        raise tokens.InvalidToken("This link is not valid.")
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(MailOptOut.__table__).values(user_id=user_id, topic=topic[:40], created_at=datetime.now(timezone.utc))
                    .on_conflict_do_nothing(index_elements=["user_id", "topic"]))
    session.execute(update(MailMessage).where(MailMessage.user_id == user_id, MailMessage.topic == topic,
                                              MailMessage.status == "pending").values(status="suppressed"))
    return user_id, topic


def describe_topic(token: str) -> str | None:
    """The topic a valid unsubscribe token names (for the GET confirmation page), else None."""
    try:
        topic = tokens.read("unsubscribe", token).get("t")
    except tokens.InvalidToken:
        return None
    return topic if isinstance(topic, str) else None
