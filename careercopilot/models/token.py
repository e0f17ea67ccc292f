"""Personal access tokens for the REST API (``/api/v1``, issue 14)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class ApiToken(SQLModel, table=True):
    """A user's personal access token; only the SHA-256 of the secret is stored.

    The secret (``cc_pat_`` + 43 URL-safe characters, 256 random bits) is shown once at
    creation; ``prefix`` keeps its first characters so the owner can tell tokens apart.
    ``scopes`` is a list such as ``["postings:read", "applications:write"]``
    (``services.api_tokens.SCOPES``). ``last_used_at`` is written at most once per
    ``API_TOKEN_TOUCH_SECONDS``. A revoked or expired token authenticates nothing.
    """

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=100)
    prefix: str = Field(max_length=16)
    token_hash: str = Field(index=True, unique=True, max_length=64)
    scopes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    last_used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
