"""Sign-in identities beyond email + password (issue 14, "Sign-in"): accounts linked at an
OAuth/OpenID provider (Google, GitHub) and optional TOTP two-factor with recovery codes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow

#: Identity providers a user can link (``services.oauth`` configures them from settings).
IDENTITY_PROVIDERS = ("google", "github")


class UserIdentity(SQLModel, table=True):
    """A provider account linked to a user. ``subject`` is the provider's stable id (OIDC
    ``sub``; GitHub's numeric user id as text), never the email, which can change hands.
    ``email`` is the verified address the provider asserted when linking (for display)."""

    __table_args__ = (
        UniqueConstraint("provider", "subject", name="uq_useridentity_provider_subject"),
        UniqueConstraint("user_id", "provider", name="uq_useridentity_user_provider"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    provider: str = Field(max_length=20)
    subject: str = Field(max_length=255)
    email: str | None = Field(default=None, max_length=254)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    last_used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class TotpFactor(SQLModel, table=True):
    """A user's TOTP second factor (RFC 6238, 30 s steps, 6 digits). ``secret_enc`` is the Fernet
    ciphertext of the base32 secret (services/llm_keys.py's key derivation); the factor guards
    sign-in only once ``confirmed_at`` is set (the user typed a valid code). ``last_step`` is the
    last accepted time step: a code is accepted once (RFC 6238 §5.2, no replay)."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", unique=True, index=True, ondelete="CASCADE")
    secret_enc: str = Field(max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    confirmed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_step: int | None = None


class RecoveryCode(SQLModel, table=True):
    """A single-use two-factor recovery code; only its SHA-256 is stored."""

    __table_args__ = (UniqueConstraint("user_id", "code_hash", name="uq_recoverycode_user_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    code_hash: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
