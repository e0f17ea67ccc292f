"""Background job records: one row per enqueued job, shared by RQ and in-process runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text, text
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow

#: Statuses of a job that has not ended yet ("live"); at most one live row per ``dedupe_key``.
LIVE_STATUSES = ("queued", "running")
#: Final statuses: every row ends in one of them (see ``services.job_reaper``).
FINAL_STATUSES = ("finished", "failed")
_LIVE_WHERE = text("status IN ('queued', 'running')")


class BackgroundJob(SQLModel, table=True):
    """Status of one background job as the UI shows it (progress 0–100).

    Lifecycle: ``queued`` → ``running`` → ``finished`` | ``failed``; a retried job goes
    back to ``queued`` (``attempts`` counts the runs started). ``dedupe_key`` is the job's
    kind and target (``jobs.ingest.sync_source:[42]``); the partial unique index
    ``uq_backgroundjob_live_key`` allows one live (queued or running) row per key, so the
    same sync or index run is never queued twice. ``owner`` says who runs it: ``rq`` (on
    the queue), ``rq:<worker name>`` (running on an RQ worker) or
    ``inline:<host>:<boot id>:<pid>:<start ticks>`` (a thread of that app process);
    ``heartbeat_at`` is refreshed while an RQ job runs.
    """

    __table_args__ = (
        Index("uq_backgroundjob_live_key", "dedupe_key", unique=True,
              sqlite_where=_LIVE_WHERE, postgresql_where=_LIVE_WHERE),
    )

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
    #: ``<func>:<json args>``: the job's kind and target (see class doc).
    dedupe_key: str | None = Field(default=None, max_length=400)
    #: Runs started so far; ``max_attempts`` = 1 + retries allowed by the job's policy.
    attempts: int = 0
    max_attempts: int = 1
    #: When the row was last put on the queue (first enqueue or a retry).
    queued_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    heartbeat_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    owner: str | None = Field(default=None, max_length=200)
    #: Another run was asked for while this one ran (coalescing jobs: index, rescore).
    rerun_requested: bool = False
