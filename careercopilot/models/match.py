"""Match scores per (user, resume version, posting, model version) and their skill rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class MatchScore(SQLModel, table=True):
    """A 0–100 match score with its component scores (each 0–1) and explanation JSON."""

    __table_args__ = (
        UniqueConstraint("user_id", "resume_id", "posting_id", "model_version", name="uq_match_identity"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    resume_id: int = Field(foreign_key="resume.id", index=True, ondelete="CASCADE")
    posting_id: int = Field(foreign_key="jobposting.id", index=True, ondelete="CASCADE")
    model_version: str = Field(max_length=120)
    score: float = Field(index=True)
    semantic: float = 0.0
    skills: float = 0.0
    preference: float = 0.0
    freshness: float = 0.0
    explanation: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    computed_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class MatchSkill(SQLModel, table=True):
    """One skill row of a match: matched or missing, required or nice-to-have."""

    id: int | None = Field(default=None, primary_key=True)
    match_id: int = Field(foreign_key="matchscore.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    posting_id: int = Field(foreign_key="jobposting.id", index=True, ondelete="CASCADE")
    skill: str = Field(max_length=120, index=True)
    #: matched | missing
    status: str = Field(max_length=8)
    required: bool = True


class EmbeddingRecord(SQLModel, table=True):
    """Which text (by content hash) of which item is indexed under which model version."""

    __table_args__ = (UniqueConstraint("kind", "item_id", "model_version", name="uq_embedding_item"),)

    id: int | None = Field(default=None, primary_key=True)
    #: posting | resume
    kind: str = Field(max_length=10)
    item_id: int = Field(index=True)
    model_version: str = Field(max_length=120)
    content_hash: str = Field(max_length=64)
    chunks: int = 0
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class MatchRefresh(SQLModel, table=True):
    """A posting whose stored match scores must be recomputed for every user (a queue).

    Written by the indexing job for each posting it embedded, re-described (metadata) or
    removed; drained by ``services.matching.rescore_changed_postings`` (job
    ``jobs.matching.rescore_postings``), which re-scores only (these postings × users) —
    the per-sync cost of matching is proportional to what changed (issue 9, finding 16).
    One row per posting (the primary key): queuing a posting twice is a no-op.
    """

    posting_id: int = Field(primary_key=True, foreign_key="jobposting.id", ondelete="CASCADE",
                            sa_column_kwargs={"autoincrement": False})
    queued_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
