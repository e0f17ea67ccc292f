"""Outgoing mail: the send-log (one row per message) and per-topic opt-outs.

The send-log is the idempotency record of every message the app sends (issue 13, "Email"):
``(user_id, kind, dedupe_key)`` is unique, the row is written BEFORE the message is handed to
SMTP, and its ``status`` says what happened. Features that send mail (digests, alerts,
follow-ups, password reset) pick a ``kind`` and a ``dedupe_key`` naming the period or the item
(``"2026-12-04"``, ``"posting:42"``, the background job's id…): queueing the same triple twice
sends once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow

#: Message statuses. ``pending`` waits for SMTP (``next_attempt_at``); ``sending`` was handed to
#: SMTP (a crash leaves it there: treated as ``unknown``); ``sent`` the server accepted it (250
#: after DATA); ``unknown`` the connection failed or timed out after DATA, so the server may have
#: accepted it: never resent automatically; ``failed`` refused permanently (5xx) or out of
#: attempts; ``outbox`` no SMTP configured: delivered to the in-app Outbox only; ``suppressed``
#: the user unsubscribed from the message's topic.
MAIL_STATUSES = ("pending", "sending", "sent", "unknown", "failed", "outbox", "suppressed")


class MailMessage(SQLModel, table=True):
    """One outgoing message (send-log row) and its rendered content (the Outbox shows it).

    ``user_id`` is None only for operator messages (``send-test-email``), whose
    ``dedupe_key`` is unique by itself. ``message_id`` is the RFC 5322 Message-ID, fixed when
    the row is written so that any resend by an operator carries the same id.
    """

    __table_args__ = (UniqueConstraint("user_id", "kind", "dedupe_key", name="uq_mailmessage_user_kind_key"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=40)
    dedupe_key: str = Field(max_length=200)
    #: Unsubscribe topic (``List-Unsubscribe`` header) or None for transactional mail.
    topic: str | None = Field(default=None, max_length=40)
    to_addr: str = Field(max_length=254)
    to_name: str | None = Field(default=None, max_length=120)
    subject: str = Field(max_length=300)
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str | None = Field(default=None, sa_column=Column(Text))
    message_id: str = Field(max_length=255)
    status: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=1000)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    next_attempt_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_attempt_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    sent_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    #: When the user opened it in the Outbox.
    read_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class MailOptOut(SQLModel, table=True):
    """A user's unsubscribe from one mail topic (RFC 8058 one-click or the preferences)."""

    __table_args__ = (UniqueConstraint("user_id", "topic", name="uq_mailoptout_user_topic"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    topic: str = Field(max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
