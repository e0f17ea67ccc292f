"""Background job records: one row per enqueued job, shared by RQ and in-process runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class BackgroundJob(SQLModel, table=True):
    """Status of one background job as the UI shows it (progress 0–100)."""

    id: str = Field(primary_key=True, max_length=64)
    func: str = Field(max_length=200, index=True)
    args: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    user_id: int | None = Field(default=None, index=True)
    #: queued | running | finished | failed
    status: str = Field(default="queued", max_length=16, index=True)
    progress: int = 0
    message: str | None = Field(default=None, max_length=500)
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    started_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
