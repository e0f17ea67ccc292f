"""Resumes (several versions per user, one active) and job-search preferences."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text, text
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


_HASHED = text("content_hash <> ''")
_ACTIVE = text("is_active")


class Resume(SQLModel, table=True):
    """One uploaded resume version; the file lives in storage under ``storage_key``.

    Database guarantees (revision 0006_unique_guards; issue 9, finding 6): one row per file per
    user (``uq_resume_user_hash`` on ``(user_id, content_hash)`` where a hash is set) and at most
    one active version per user (``uq_resume_one_active`` on ``user_id`` where ``is_active``);
    one row per version number per user (``uq_resume_user_version``, revision
    0019_resume_version_unique; issue 11, attack102 item 3).
    """

    __table_args__ = (
        Index("uq_resume_user_hash", "user_id", "content_hash", unique=True,
              sqlite_where=_HASHED, postgresql_where=_HASHED),
        Index("uq_resume_one_active", "user_id", unique=True, sqlite_where=_ACTIVE, postgresql_where=_ACTIVE),
        Index("uq_resume_user_version", "user_id", "version", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    version: int = 1
    filename: str = Field(max_length=255)
    mime: str = Field(max_length=100)
    size_bytes: int = 0
    storage_key: str = Field(max_length=500)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    #: ResumeFields as JSON (email, phone, links, years, titles, sections).
    fields: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    skills: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    content_hash: str = Field(default="", max_length=64)
    is_active: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Preference(SQLModel, table=True):
    """What the job seeker wants. Salary floor is currency units per ``salary_period``."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", unique=True, index=True, ondelete="CASCADE")
    titles: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    locations: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: The locations as structured places (``normalize.places.Place`` dicts, GeoNames-resolved);
    #: what matching reads. ``locations`` keeps their labels.
    places: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: Free-text locations (from before places existed) that could not be resolved: shown to
    #: the user on the Preferences page until they pick a place or remove them.
    unresolved_locations: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: subset of remote | hybrid | onsite
    work_modes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    salary_floor: float | None = None
    salary_currency: str = Field(default="USD", max_length=3)
    salary_period: str = Field(default="year", max_length=8)
    needs_visa_sponsorship: bool = False
    #: junior | mid | senior | lead | None
    seniority: str | None = Field(default=None, max_length=16)
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
