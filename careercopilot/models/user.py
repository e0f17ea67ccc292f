"""Accounts: users and their login sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class User(SQLModel, table=True):
    """A job seeker (or admin). ``email`` is stored case-folded."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True, max_length=254)
    password_hash: str | None = Field(default=None, max_length=255)
    display_name: str | None = Field(default=None, max_length=120)
    is_admin: bool = False
    #: IANA zone name used for "due today" and weekly buckets.
    timezone: str = Field(default="UTC", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    password_changed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    #: Previous visit to the dashboard (for "new since last visit").
    last_visit_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    #: When the owner proved the address (verification link); None = not verified yet. Revision
    #: 0009_mail marked every account that existed before it verified.
    email_verified_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    #: When the user asked to delete the account; purged DELETION_GRACE_DAYS later unless they
    #: sign in before (services/account_deletion.py). None = no deletion pending.
    deletion_requested_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), index=True))


class AuthSession(SQLModel, table=True):
    """An opaque login session; only the SHA-256 of the token is stored.

    A freshly created session is *pending* until its one-time ``handoff_hash`` is
    exchanged by the backend route that sets the HttpOnly cookie.
    """

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(index=True, unique=True, max_length=64)
    handoff_hash: str | None = Field(default=None, index=True, max_length=64)
    handoff_expires_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    last_seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    ip: str | None = Field(default=None, max_length=64)
    user_agent: str | None = Field(default=None, max_length=255)
