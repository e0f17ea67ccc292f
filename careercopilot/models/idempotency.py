"""Idempotency keys of the REST API's creates (``Idempotency-Key`` header; ``services.idempotency``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class ApiIdempotencyKey(SQLModel, table=True):
    """One ``Idempotency-Key`` a user sent with a create (draft-ietf-httpapi-idempotency-key-header).

    ``action`` names the operation (``"applications.create"``, ``"contacts.create"``); ``key`` is the
    header value as sent (≤ 255 characters); ``fingerprint`` the SHA-256 hex of the request (path +
    canonical JSON body, ``services.idempotency.fingerprint``). ``resource_id`` is NULL while the first
    request is in progress and the created row's id once it committed (set in the create's own
    transaction). ``UNIQUE (user_id, action, key)`` decides races between concurrent first requests.
    Rows older than ``services.idempotency.WINDOW_S`` are ignored and purged hourly
    (``services.maintenance.purge_expired_sessions``); the user's deletion cascades.
    """

    __tablename__ = "api_idempotency_key"
    __table_args__ = (UniqueConstraint("user_id", "action", "key", name="uq_api_idempotency_key_user_action_key"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", ondelete="CASCADE")
    action: str = Field(max_length=40)
    key: str = Field(max_length=255)
    fingerprint: str = Field(max_length=64)
    resource_id: int | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))
