"""Writing copilot: documents and their versions, "as sent" snapshots, LLM providers and
the generation log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class WritingDocument(SQLModel, table=True):
    """A generated document (cover letter, follow-up, thank-you, tailoring, interview prep).

    ``status``: ``streaming`` (tokens arriving; ``text`` is partial and never "complete"),
    ``ready``, ``stopped`` (the user stopped it; partial), ``failed``. ``flags`` holds the
    grounding flags of the current text (``{kind,start,end,text,message,source}``),
    ``accepted`` the texts of flags the user explicitly accepted.
    """

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    application_id: int | None = Field(default=None, foreign_key="application.id", index=True, ondelete="SET NULL")
    posting_id: int | None = Field(default=None, foreign_key="jobposting.id", ondelete="SET NULL")
    kind: str = Field(max_length=20)
    title: str = Field(default="", max_length=300)
    status: str = Field(default="streaming", max_length=12, index=True)
    #: offline | llm
    mode: str = Field(default="offline", max_length=10)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    flags: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    accepted: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: the user's tone/length/language for a cover letter (``writing/options.py``: LetterOptions.to_dict);
    #: ``{}`` = the defaults (professional, standard, English)
    options: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    #: what was removed from the posting / what was cut to fit the context, for the user
    notice: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    error: str | None = Field(default=None, sa_column=Column(Text))
    job_id: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class DocumentVersion(SQLModel, table=True):
    """One saved text of a document (generated, edited or restored); never changed."""

    __table_args__ = (UniqueConstraint("document_id", "version", name="uq_documentversion_doc_version"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="writingdocument.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    version: int
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    #: generated | edited | restored
    source: str = Field(default="generated", max_length=10)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class ApplicationSnapshot(SQLModel, table=True):
    """The "as sent" copy of a document, attached when its application is marked applied."""

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    document_id: int | None = Field(default=None, foreign_key="writingdocument.id", ondelete="SET NULL")
    kind: str = Field(max_length=20)
    version: int = 0
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class GenerationLog(SQLModel, table=True):
    """One generation: provider, model, tokens in/out, latency (ms) and outcome."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    document_id: int | None = Field(default=None, foreign_key="writingdocument.id", ondelete="SET NULL")
    provider: str = Field(max_length=120)
    model: str = Field(default="", max_length=200)
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0
    #: ok | error kind (rate_limited, timeout, guard, budget, …) | stopped
    outcome: str = Field(default="ok", max_length=24, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))


class LLMProvider(SQLModel, table=True):
    """An LLM endpoint the instance admin configured (seeded from ``LLM_*``).

    ``api_key_enc`` is the Fernet ciphertext of the key (services/llm_keys.py), '' for none.
    ``structured_mode`` remembers what the endpoint's probe found (json_schema | json_object | prompt).
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    #: openai | anthropic
    wire: str = Field(default="openai", max_length=10)
    base_url: str = Field(max_length=500)
    model: str = Field(max_length=200)
    api_key_enc: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    timeout_s: float = 300.0
    context_tokens: int = 8192
    structured_mode: str | None = Field(default=None, max_length=12)
    is_default: bool = False
    enabled: bool = True
    last_test: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class UserLLMSetting(SQLModel, table=True):
    """A user's choice of provider and optional personal key (encrypted; never shown back)."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", unique=True, index=True, ondelete="CASCADE")
    provider_id: int | None = Field(default=None, foreign_key="llmprovider.id", ondelete="SET NULL")
    api_key_enc: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
