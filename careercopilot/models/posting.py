"""Job postings, their sources, per-source sightings (provenance) and sync runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, LargeBinary, Text, UniqueConstraint, event, inspect, text
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow


class Source(SQLModel, table=True):
    """A configured job source: connector ``type`` + board token / company / URL."""

    id: int | None = Field(default=None, primary_key=True)
    type: str = Field(max_length=40, index=True)
    #: Board token, company slug, tenant/site or careers-page URL (None for key-free feeds).
    token: str | None = Field(default=None, max_length=500)
    name: str = Field(max_length=200)
    #: Sync interval, seconds.
    interval_seconds: int = 6 * 3600
    #: active | paused | failing
    status: str = Field(default="active", max_length=16)
    #: Recorded-payload demo feed (offline machines), labeled as such in the UI.
    is_demo: bool = False
    #: Optional override of the connector's API root (self-hosted mirrors, tests'
    #: loopback server); None = the connector's ``default_base_url``.
    base_url: str | None = Field(default=None, max_length=500)
    #: Optional company display name passed to the connector (else from payload/token).
    company: str | None = Field(default=None, max_length=300)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_sync_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_success_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_by: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class SyncRun(SQLModel, table=True):
    """One sync of one source, with counts of new/updated/closed postings.

    A successful fetch that would close too many of the source's open postings (see
    ``services.ingest_closing.is_suspicious``) ends ``suspicious``: its postings are stored but
    nothing is closed; ``open_before`` and ``withheld_count`` record why, and
    ``seen_ats_ids`` keeps what it saw so an admin can confirm it later
    (``services.sources.confirm_sync_run``; then ``succeeded`` with ``confirmed_*`` set).
    """

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    started_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    #: running | succeeded | failed | suspicious
    status: str = Field(default="running", max_length=16)
    fetched_count: int = 0
    new_count: int = 0
    updated_count: int = 0
    closed_count: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
    #: Open postings of the source before this run (None for runs older than the floor).
    open_before: int | None = None
    #: Postings a suspicious run did not close (its would-be ``closed_count``).
    withheld_count: int = 0
    #: ATS ids a suspicious run saw (None otherwise): applied when an admin confirms.
    seen_ats_ids: list | None = Field(default=None, sa_column=Column(JSON))
    confirmed_by: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    confirmed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


#: Rows of ``uq_posting_owner_url``: private postings (URL imports and clips) with a URL (rows
#: stored before revision 0015 may have none; new ones always have one).
_PRIVATE = text("owner_id IS NOT NULL AND url <> ''")


class JobPosting(SQLModel, table=True):
    """A normalized posting. Shared by all users unless ``owner_id`` is set (URL import).

    Salary amounts are currency units (not cents) per ``pay_period``.
    """

    __table_args__ = (
        UniqueConstraint("source_id", "ats_id", name="uq_posting_source_ats"),
        #: One private posting per user and canonical URL (``services.url_import.store_posting``
        #: upserts on it; revision 0015_private_posting_url merged older duplicates).
        Index("uq_posting_owner_url", "owner_id", "url", unique=True,
              sqlite_where=_PRIVATE, postgresql_where=_PRIVATE),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True, ondelete="SET NULL")
    #: Private postings (added by a user from a URL) are visible to that user only.
    owner_id: int | None = Field(default=None, foreign_key="user.id", index=True, ondelete="CASCADE")
    source_type: str = Field(max_length=40)
    ats_id: str = Field(max_length=200)
    url: str = Field(max_length=2000, index=True)
    apply_url: str | None = Field(default=None, max_length=2000)
    title: str = Field(max_length=500)
    company: str = Field(max_length=300)
    company_key: str = Field(max_length=300, index=True)
    dedupe_key: str = Field(max_length=800, index=True)
    #: Set when this posting is a cross-source duplicate of another (the canonical one).
    duplicate_of_id: int | None = Field(default=None, foreign_key="jobposting.id", index=True)
    location_text: str | None = Field(default=None, max_length=500)
    city: str | None = Field(default=None, max_length=200)
    region: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=2, index=True)
    #: remote | hybrid | onsite | None
    work_mode: str | None = Field(default=None, max_length=10, index=True)
    allowed_regions: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: Every place of the posting (multi-location postings have several): dicts of
    #: ``normalize.places.Place`` (kind, name, region, country, geonameid, lat, lon).
    places: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = Field(default=None, max_length=3)
    #: hour | day | week | month | year
    pay_period: str | None = Field(default=None, max_length=8)
    #: Hours a week the posting states (``normalize.work_hours.weekly_hours``, revision 0018): the
    #: top of a stated range ("24–32 hours/week" → 32; "up to 29" → 29) and its low end
    #: (``weekly_hours_min``: 24; "at least 20" → 20 with no top). An hourly rate is annualised
    #: at these hours × 52 instead of 2,080 h (the top rate × the top hours, the lowest × the fewest).
    #: NULL: not stated (2,080 h kept).
    weekly_hours: float | None = None
    weekly_hours_min: float | None = None
    employment_type: str | None = Field(default=None, max_length=20)
    department: str | None = Field(default=None, max_length=200)
    #: yes | no | None, with the deciding sentence.
    visa_sponsorship: str | None = Field(default=None, max_length=3, index=True)
    visa_evidence: str | None = Field(default=None, sa_column=Column(Text))
    description_html: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    description_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    tags: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: SHA-256 of the embedded text; unchanged hash ⇒ never re-embedded.
    content_hash: str = Field(max_length=64)
    #: SHA-256 of every stored normalized field; a re-sync with the same value is "unchanged".
    fingerprint: str = Field(default="", max_length=64)
    posted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), index=True))
    #: Indexed: the saved-search alert matcher reads postings first seen after a watermark.
    first_seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))
    last_seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    closed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    is_open: bool = Field(default=True, index=True)
    #: ``normalize.quality`` flags ``[{"kind", "detail"}]`` (implausible pay, stale) set at ingest.
    quality_flags: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    #: True when ``quality_flags`` is non-empty: hidden from listings and matching by default.
    is_flagged: bool = Field(default=False, index=True)
    #: The vector index has not seen this row's current state yet (new, changed, closed or
    #: re-pointed as a duplicate). Set by every write that can change what is indexed (ingest's
    #: bulk statements set it explicitly; ORM updates through ``mark_index_pending``) and cleared
    #: by ``services.matching.index_open_postings``, which reads only pending rows: a sync's
    #: indexing costs O(changed postings), not O(corpus) (issue 9, finding 16).
    index_pending: bool = Field(default=True, index=True)
    #: What ``normalize_posting`` read at ingest (``services.posting_inputs``: the connector's
    #: fields bar its whole record, the reference time, a demo date shift), zlib-compressed JSON,
    #: ~2 KB a posting; re-read by ``renormalize``. None for rows stored before revision 0017
    #: (until their source re-syncs) and for inputs JSON cannot hold.
    normalize_inputs: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    #: SHA-256 of the stored inputs' fields (``posting_inputs.fields_hash``): a re-sync rewrites
    #: the inputs of a row whose reading is unchanged when its source record changed.
    inputs_hash: str | None = Field(default=None, max_length=64)


#: JobPosting fields that do NOT change what is indexed (an update of only these keeps
#: ``index_pending`` as it is): bookkeeping of sightings and the flag itself.
NOT_INDEXED_FIELDS = frozenset({"last_seen_at", "index_pending", "fingerprint", "first_seen_at", "normalize_inputs",
                                "inputs_hash"})


@event.listens_for(JobPosting, "before_update")
def mark_index_pending(_mapper, _connection, target: JobPosting) -> None:
    """ORM updates of indexed fields (title, text, salary, ``is_open``, ``duplicate_of_id``…)
    flag the row for the next indexing run."""
    state = inspect(target)
    for attr in state.mapper.column_attrs:
        if attr.key in NOT_INDEXED_FIELDS:
            continue
        if state.attrs[attr.key].history.has_changes():
            target.index_pending = True
            return


class PostingSighting(SQLModel, table=True):
    """Provenance: a posting seen on a source under that source's ATS id and URL."""

    __table_args__ = (UniqueConstraint("source_id", "ats_id", name="uq_sighting_source_ats"),)

    id: int | None = Field(default=None, primary_key=True)
    posting_id: int = Field(foreign_key="jobposting.id", index=True, ondelete="CASCADE")
    source_id: int = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    ats_id: str = Field(max_length=200)
    url: str = Field(max_length=2000)
    first_seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    last_seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
