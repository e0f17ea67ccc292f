"""Bringing the user back (issue 13): saved searches and their hits, hidden postings,
stage-driven reminders, the in-app inbox, notification preferences and per-user alert settings.

Idempotency lives in unique keys, not in code paths:

* ``savedsearchhit (saved_search_id, posting_id)`` — a posting is reported for a saved search
  at most once, whatever the number of syncs, retries or processes ("never repeated").
* ``reminder (application_id, kind, sequence)`` — each stage-driven reminder exists once.
* ``notification (user_id, kind, dedupe_key)`` — each inbox item exists once.
* ``notificationpreference (user_id, kind, channel)`` and ``postinghide (user_id, posting_id)``.

Times are UTC (:class:`~careercopilot.models._base.UTCDateTime`); local hours
(``quiet_start_hour``, ``digest_hour``) are read in ``user.timezone`` (IANA).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from careercopilot.models._base import UTCDateTime, utcnow

#: How a saved search's new matches reach the user. ``instant``: an email per saved search at
#: most once an hour and 10 a day (the rest wait for the daily digest); ``daily`` / ``weekly``:
#: in the digest; ``in_app``: the inbox only.
SAVED_SEARCH_DELIVERIES = ("instant", "daily", "weekly", "in_app")
#: Notification kinds (the inbox, the preferences page and mail topics use the same names).
NOTIFICATION_KINDS = ("search_alert", "digest", "reminder_due", "sync_finished", "generation_finished")
#: Delivery channels of a notification kind.
NOTIFICATION_CHANNELS = ("in_app", "email")
#: Stage-driven reminder kinds: ``follow_up`` (applied, no response after 7 days; at most two),
#: ``thank_you`` (the day after an interview), ``offer_deadline`` (an offer's answer-by date).
REMINDER_KINDS = ("follow_up", "thank_you", "offer_deadline")
#: Reminder states; a snoozed reminder is ``open`` with ``snoozed_until`` in the future.
REMINDER_STATUSES = ("open", "done", "dismissed")


class SavedSearch(SQLModel, table=True):
    """A named Jobs search: the text ``query`` and the Jobs filter form (``filters``: the
    ``state.jobs`` form dict, e.g. ``{"work_mode": "remote", "country": "DE"}``).

    ``checked_through`` is the watermark of the alert matcher: postings first seen after it are
    "new" for this search (None: created now, nothing older is ever reported).
    """

    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_savedsearch_user_name"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    query: str = Field(default="", max_length=200)
    filters: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    delivery: str = Field(default="daily", max_length=16)
    #: The one normalized term through which new postings find this search (the alert matcher
    #: looks up the searches whose key is among a new posting's terms, so its work follows new
    #: postings × matching searches, not every search); ``"*"`` for a search without text.
    match_key: str = Field(default="*", max_length=100, index=True)
    active: bool = True
    checked_through: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class SavedSearchHit(SQLModel, table=True):
    """One new posting found for a saved search (written once; see the module doc).

    ``score`` is the user's match score (0–100) when known. ``delivered_via``: None (waiting
    for the next instant mail or digest), ``instant``, ``digest``, ``in_app`` or ``skipped``
    (applied to, hidden, or over the per-company cap by delivery time).
    """

    __table_args__ = (
        UniqueConstraint("saved_search_id", "posting_id", name="uq_savedsearchhit_search_posting"),
        Index("ix_savedsearchhit_user_pending", "user_id", "delivered_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    saved_search_id: int = Field(foreign_key="savedsearch.id", index=True, ondelete="CASCADE")
    posting_id: int = Field(foreign_key="jobposting.id", index=True, ondelete="CASCADE")
    score: float | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    delivered_via: str | None = Field(default=None, max_length=16)
    delivered_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class PostingHide(SQLModel, table=True):
    """"Not interested" on a posting, with an optional reason; deleting the row undoes it."""

    __table_args__ = (UniqueConstraint("user_id", "posting_id", name="uq_postinghide_user_posting"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    posting_id: int = Field(foreign_key="jobposting.id", index=True, ondelete="CASCADE")
    reason: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Reminder(SQLModel, table=True):
    """A stage-driven reminder on an application (kinds: :data:`REMINDER_KINDS`).

    ``sequence`` numbers repeated reminders of one kind (follow-up 1 and 2). ``notified_at``:
    when it was delivered (inbox/email) — set once, so a due reminder is announced once.
    """

    __table_args__ = (
        UniqueConstraint("application_id", "kind", "sequence", name="uq_reminder_app_kind_seq"),
        Index("ix_reminder_user_status_due", "user_id", "status", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=24)
    sequence: int = 1
    due_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    status: str = Field(default="open", max_length=12)
    snoozed_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    notified_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    completed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Notification(SQLModel, table=True):
    """An inbox item (bell). ``link`` is an app path (``/jobs/42``), never an outside URL."""

    __table_args__ = (
        UniqueConstraint("user_id", "kind", "dedupe_key", name="uq_notification_user_kind_key"),
        Index("ix_notification_user_read", "user_id", "read_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=40)
    dedupe_key: str = Field(max_length=200)
    title: str = Field(max_length=300)
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    link: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True))
    read_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class NotificationPreference(SQLModel, table=True):
    """A user's choice for one (kind, channel); no row = the kind's default
    (``services.notifications.DEFAULTS``). An email unsubscribe (``mailoptout``) turns the
    email channel off whatever this says."""

    __table_args__ = (UniqueConstraint("user_id", "kind", "channel", name="uq_notificationpref_user_kind_channel"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=40)
    channel: str = Field(max_length=12)
    enabled: bool = True


class AlertSettings(SQLModel, table=True):
    """Per-user timing of alerts (one row per user, created on first change).

    Hours are local hours 0–23 in ``user.timezone``. Quiet hours ``[quiet_start_hour,
    quiet_end_hour)`` may wrap midnight (22 → 7); both None = no quiet hours. ``digest_hour``:
    when the daily digest goes out; ``weekly_digest_weekday``: 0 = Monday (ISO 8601 − 1).
    ``ical_token_hash``: SHA-256 of the private calendar-feed token (None = no feed / revoked).
    """

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", unique=True, index=True, ondelete="CASCADE")
    quiet_start_hour: int | None = None
    quiet_end_hour: int | None = None
    digest_hour: int = 8
    weekly_digest_weekday: int = 0
    ical_token_hash: str | None = Field(default=None, max_length=64, index=True)
    ical_token_created_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
