"""Application tracker: applications, their stage history and contacts."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class PipelineStage(str, enum.Enum):
    """Pipeline stages of an application, in board order."""

    saved = "saved"
    applied = "applied"
    interviewing = "interviewing"
    offer = "offer"
    accepted = "accepted"
    rejected = "rejected"
    withdrawn = "withdrawn"


class Application(SQLModel, table=True):
    """One job the user is pursuing; amounts are currency units per year unless stated."""

    __table_args__ = (
        #: One application per (user, posting) — makes save_posting idempotent under races.
        #: (NULL posting_id rows — manual entries — are not constrained.)
        UniqueConstraint("user_id", "posting_id", name="uq_application_user_posting"),
        Index("ix_application_user_dedupe", "user_id", "dedupe_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    posting_id: int | None = Field(default=None, foreign_key="jobposting.id", index=True, ondelete="SET NULL")
    resume_id: int | None = Field(default=None, foreign_key="resume.id", ondelete="SET NULL")
    company: str = Field(max_length=300)
    title: str = Field(max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    stage: str = Field(default=PipelineStage.saved.value, max_length=16, index=True)
    applied_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    follow_up_on: date | None = None
    #: The date an offer must be answered by (the ``offer_deadline`` reminder's due day).
    offer_deadline: date | None = None
    #: When the interview takes place (UTC; entered in the user's zone). Sets (or moves) the
    #: ``thank_you`` reminder to 09:00 local the day after — none without it — and is exported as
    #: a calendar event.
    interview_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    salary_expectation: float | None = None
    salary_offer: float | None = None
    salary_currency: str | None = Field(default=None, max_length=3)
    #: Frozen copy of the posting text at save time (readable after the posting closes).
    posting_snapshot: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    source_label: str | None = Field(default=None, max_length=60)
    work_mode: str | None = Field(default=None, max_length=10)
    archived: bool = Field(default=False, index=True)
    #: Import/re-import dedupe key: SHA-1 of normalized company|title|url (set at creation).
    dedupe_key: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class StageEvent(SQLModel, table=True):
    """A pipeline-stage move (from → to) at a UTC timestamp; never deleted."""

    #: Covering index for the analytics aggregates (reach per application, first response time).
    __table_args__ = (Index("ix_stageevent_user_app_stage_at", "user_id", "application_id", "to_stage", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    from_stage: str | None = Field(default=None, max_length=16)
    to_stage: str = Field(max_length=16)
    at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))


class Contact(SQLModel, table=True):
    """A person related to an application (recruiter, hiring manager, referrer)."""

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    role: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254)
    profile_url: str | None = Field(default=None, max_length=2000)
    #: Last add or edit (UTC; ``services.edit_conflicts.next_stamp``): the contact's version for
    #: edit-conflict checks. Rows older than revision 0017 start at their application's creation.
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class MetricSnapshot(SQLModel, table=True):
    """Daily per-user analytics snapshot (for trends); ``metrics`` is a JSON object."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    day: date = Field(index=True)
    metrics: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
