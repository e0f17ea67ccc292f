"""The in-app inbox and per-kind channel preferences (issue 13, "In-app").

Every feature that tells the user something — saved-search alerts, digests, due reminders,
finished syncs and generations — calls :func:`notify` for the inbox and :func:`wants` before
queueing an email (``services.mail.sendlog.queue`` with ``topic=kind``). Kinds and channels:
``models.alerts.NOTIFICATION_KINDS`` / ``NOTIFICATION_CHANNELS``.

Preferences: a ``notificationpreference`` row overrides :data:`DEFAULTS`; an email unsubscribe
(``mailoptout`` with ``topic == kind``, RFC 8058 one-click or the preferences page) turns the
email channel off whatever the row says, so one-click unsubscribes show on the preferences page.

Live updates: a new item (:func:`notify`) or a read (:func:`mark_read`) publishes a hint to the
user's open tabs once the caller's transaction commits (:mod:`careercopilot.services.inbox_push`,
through ``tx_hooks.on_commit``); nothing is published for a rolled-back transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import structlog
from sqlalchemy import delete as sa_delete
from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from careercopilot.models import MailOptOut, Notification, NotificationPreference
from careercopilot.models.alerts import NOTIFICATION_CHANNELS, NOTIFICATION_KINDS
from careercopilot.services.inbox_push import publish_after_commit

log = structlog.get_logger(__name__)

#: ``kind → {channel: on by default}``. Mail for what the user asked to hear about (alerts,
#: digests, due reminders); background-work completions stay in the app.
DEFAULTS: dict[str, dict[str, bool]] = {
    "search_alert": {"in_app": True, "email": True},
    "digest": {"in_app": True, "email": True},
    "reminder_due": {"in_app": True, "email": True},
    "sync_finished": {"in_app": True, "email": False},
    "generation_finished": {"in_app": True, "email": False},
}
#: ``kind → what the inbox and the preferences page call it``.
KIND_LABELS: dict[str, str] = {
    "search_alert": "Saved-search alerts",
    "digest": "Digests",
    "reminder_due": "Follow-up reminders",
    "sync_finished": "Sync finished",
    "generation_finished": "Writing finished",
}
#: ``channel → its label`` on the preferences page.
CHANNEL_LABELS: dict[str, str] = {"in_app": "In the app", "email": "Email"}
#: Newest inbox items listed at once.
LIST_LIMIT = 50
MAX_TITLE = 300
MAX_BODY = 2000


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _check(kind: str, channel: str | None = None) -> None:
    if kind not in NOTIFICATION_KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    if channel is not None and channel not in NOTIFICATION_CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")


def wants(*, session: Session, user_id: int, kind: str, channel: str) -> bool:
    """Whether ``user_id`` receives ``kind`` on ``channel`` (see the module doc). ValueError for
    an unknown kind or channel."""
    _check(kind, channel)
    if channel == "email" and session.exec(
            select(MailOptOut.id).where(MailOptOut.user_id == user_id, MailOptOut.topic == kind)).first() is not None:
        return False
    row = session.exec(select(NotificationPreference.enabled).where(
        NotificationPreference.user_id == user_id, NotificationPreference.kind == kind,
        NotificationPreference.channel == channel)).first()
    return DEFAULTS[kind][channel] if row is None else bool(row)


def preferences(*, session: Session, user_id: int) -> dict[str, dict[str, bool]]:
    """``kind → {channel: enabled}`` for every kind, as :func:`wants` reads them."""
    return {kind: {ch: wants(session=session, user_id=user_id, kind=kind, channel=ch) for ch in NOTIFICATION_CHANNELS}
            for kind in NOTIFICATION_KINDS}


def set_preference(*, session: Session, user_id: int, kind: str, channel: str, enabled: bool) -> None:
    """Store the user's choice; for email, also add or remove the topic's unsubscribe."""
    _check(kind, channel)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # upserts, not read-then-add: two tabs (or a double click) saving at once both succeed
    # instead of one failing on the unique (user, kind, channel) / (user, topic) keys
    pref = insert(NotificationPreference.__table__).values(user_id=user_id, kind=kind, channel=channel, enabled=enabled)
    session.execute(pref.on_conflict_do_update(index_elements=["user_id", "kind", "channel"],
                                               set_={"enabled": enabled}))
    if channel == "email":
        if enabled:
            session.execute(sa_delete(MailOptOut).where(MailOptOut.user_id == user_id, MailOptOut.topic == kind))
        else:
            session.execute(insert(MailOptOut.__table__).values(user_id=user_id, topic=kind, created_at=_now())
                            .on_conflict_do_nothing(index_elements=["user_id", "topic"]))


def notify(*, session: Session, user_id: int, kind: str, dedupe_key: str, title: str, body: str = "",
           link: str = "") -> tuple[Notification | None, bool]:
    """Add one inbox item unless ``(user_id, kind, dedupe_key)`` exists or the user turned the
    kind's in-app channel off. Returns ``(row or None when turned off, created)``.

    ``link`` must be an app path (``/jobs/42``); anything else is dropped. ValueError for an
    unknown kind.
    """
    _check(kind)
    if not wants(session=session, user_id=user_id, kind=kind, channel="in_app"):
        return None, False
    key = dedupe_key[:200]
    safe_link = link if link.startswith("/") and not link.startswith("//") else ""
    values = dict(user_id=user_id, kind=kind, dedupe_key=key, title=title[:MAX_TITLE], body=body[:MAX_BODY],
                  link=safe_link[:500], created_at=_now())
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    table = Notification.__table__
    stmt = (insert(table).values(**values).on_conflict_do_nothing(index_elements=["user_id", "kind", "dedupe_key"])
            .returning(table.c.id))
    created = session.execute(stmt).first() is not None
    row = session.exec(select(Notification).where(Notification.user_id == user_id, Notification.kind == kind,
                                                  Notification.dedupe_key == key)).first()
    log.info("notification.added", kind=kind, user_id=user_id, created=created)
    if created:
        publish_after_commit(session, user_id, "new")
    return row, created


def unread_count(*, session: Session, user_id: int) -> int:
    """Unread inbox items of ``user_id``."""
    return int(session.exec(select(func.count()).select_from(Notification).where(
        Notification.user_id == user_id, Notification.read_at.is_(None))).one())


def list_items(*, session: Session, user_id: int, limit: int = LIST_LIMIT) -> list[Notification]:
    """The newest ``limit`` inbox items of ``user_id``, newest first."""
    return list(session.exec(select(Notification).where(Notification.user_id == user_id)
                             .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit)))


#: Kinds whose newer item with the same title and link says all the older ones said — a reminder
#: announced again after a snooze, another "Sync of X finished", another "Cover letter — Acme is
#: ready" after Regenerate. The Inbox lists them once, with how many times (:func:`collapse_repeats`;
#: trial 17: one subject listed three times). Alerts and digests are not among them: each lists
#: its own postings.
SUPERSEDING_KINDS = frozenset({"reminder_due", "sync_finished", "generation_finished"})


@dataclass(frozen=True)
class InboxRow:
    """One line of the Inbox: the newest item of a repeat group, every id in it (newest first) and
    whether any of them is unread."""

    item: Notification
    ids: tuple[int, ...]
    unread: bool


def collapse_repeats(rows: list[Notification]) -> list[InboxRow]:
    """``rows`` (newest first) as Inbox lines: items of a :data:`SUPERSEDING_KINDS` kind with the
    same title and link fold into their newest; any other item is a line of its own."""
    out: list[InboxRow] = []
    at: dict[tuple[str, str, str], int] = {}
    for n in rows:
        key = (n.kind, " ".join(n.title.split()).casefold(), n.link or "")
        if n.kind in SUPERSEDING_KINDS and key in at:
            i = at[key]
            out[i] = InboxRow(out[i].item, out[i].ids + (n.id,), out[i].unread or n.read_at is None)
            continue
        at[key] = len(out)
        out.append(InboxRow(n, (n.id,), n.read_at is None))
    return out


def mark_read(*, session: Session, user_id: int, notification_id: int | None = None,
              also: tuple[int, ...] = ()) -> int:
    """Mark one item (and the ids in ``also``: its folded repeats, :func:`collapse_repeats`) — or,
    with None, all — of ``user_id`` read; returns how many changed. Another user's id changes
    nothing. The user's other tabs hear of it after the commit."""
    stmt = update(Notification).where(Notification.user_id == user_id, Notification.read_at.is_(None))
    if notification_id is not None:
        stmt = stmt.where(Notification.id.in_(sorted({notification_id, *also})))
    changed = session.execute(stmt.values(read_at=_now())).rowcount or 0
    if changed:
        publish_after_commit(session, user_id, "read")
    return changed


def list_page(*, session: Session, user_id: int, limit: int = LIST_LIMIT, before_id: int | None = None,
              unread_only: bool = False) -> list[Notification]:
    """A page of ``user_id``'s inbox for the API: newest first by ``id`` (a keyset: items with
    ``id < before_id`` when given), at most ``limit``; only unread ones with ``unread_only``."""
    q = select(Notification).where(Notification.user_id == user_id)
    if before_id is not None:
        q = q.where(Notification.id < before_id)
    if unread_only:
        q = q.where(Notification.read_at.is_(None))
    return list(session.exec(q.order_by(Notification.id.desc()).limit(limit)))


def get_item(*, session: Session, user_id: int, notification_id: int) -> Notification:
    """One of ``user_id``'s inbox items; LookupError for another user's or an unknown id."""
    row = session.exec(select(Notification).where(Notification.id == notification_id,
                                                  Notification.user_id == user_id)).first()
    if row is None:
        raise LookupError(f"notification {notification_id} not found")
    return row
