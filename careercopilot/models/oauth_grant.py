"""Grants of the first-party OAuth 2.0 authorization server (issue 14, "Auth"): authorization codes
and rotating refresh tokens (``services.first_party``). Only SHA-256 digests of the secrets are stored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class OAuthAuthorizationCode(SQLModel, table=True):
    """An authorization code (RFC 6749 §4.1.2): single use, ``OAUTH_CODE_SECONDS`` long, bound to the
    client, the exact ``redirect_uri`` and the PKCE S256 ``code_challenge`` (RFC 7636 §4.4).
    ``used_at`` is set by the one exchange that wins; ``family_id`` names the refresh-token family that
    exchange started, revoked if the code is presented again (RFC 6749 §4.1.2)."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    client_id: str = Field(max_length=100)
    code_hash: str = Field(index=True, unique=True, max_length=64)
    redirect_uri: str = Field(max_length=500)
    code_challenge: str = Field(max_length=128)
    scopes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    family_id: str | None = Field(default=None, max_length=32)


class OAuthRefreshToken(SQLModel, table=True):
    """One refresh token of a rotation family (OAuth 2.0 Security BCP, RFC 9700 §4.14.2).

    Every exchange of a code starts a family (``family_id``: 128 random bits, hex); every refresh
    marks the presented token ``used_at`` and issues its successor (``parent_id`` → the token it
    replaced). A token presented after ``used_at`` is a replay: the whole family gets ``revoked_at``.
    Access tokens carry the family id and are refused once no unrevoked row of it is left.
    """

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    client_id: str = Field(max_length=100)
    family_id: str = Field(index=True, max_length=32)
    parent_id: int | None = Field(default=None, foreign_key="oauthrefreshtoken.id", ondelete="SET NULL")
    token_hash: str = Field(index=True, unique=True, max_length=64)
    scopes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
