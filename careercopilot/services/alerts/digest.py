"""Daily and weekly digests: one message per user per local day / ISO week, never repeated.

When: the user's ``AlertSettings.digest_hour`` (weekly: on ``weekly_digest_weekday``) in
``user.timezone`` (``alert_timing.next_local_hour``: 08:00 stays 08:00 local across a DST
change). A digest is **due** once that local time has passed; it takes the waiting hits created
at or before it (later ones wait for the next digest): of ``daily`` searches — and of
``instant`` searches whose hits a cap held back — for the daily digest, of ``weekly`` searches for
the weekly one. The period key (``alert_timing.local_period_key`` of that time: ``2026-12-04``
or ``2026-W49``) is the send-log and inbox ``dedupe_key`` (``daily:…`` / ``weekly:…``), so a
period gets one digest whatever the number of runs, retries or processes; a period that already
has one is skipped before any hit is claimed.

Content: best match score first; closed, applied-to and hidden postings and a company's
postings beyond :data:`~careercopilot.services.alerts.pending.PER_COMPANY` are marked
``skipped``; at most :data:`MAX_ITEMS` listed (the rest counted). Mail only when the user wants
the ``digest`` kind by email (``notifications.wants``; topic ``digest`` carries
``List-Unsubscribe``), and an inbox item (kind ``digest``) linking to the posting (one listed),
the search's Jobs page (one search) or ``/alerts``.

Cost: a fixed number of statements for all users with waiting hits (hits, users, settings,
applications, hides, existing digests), then a handful per user who gets a digest.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import structlog
from sqlmodel import Session, select

from careercopilot import routes
from careercopilot.models import MailMessage, Notification
from careercopilot.services import alert_timing, notifications
from careercopilot.services.alerts import pending
from careercopilot.services.alerts.matcher import in_values
from careercopilot.services.mail import sendlog

log = structlog.get_logger(__name__)

#: Postings listed in one digest (the rest are counted and reachable from the Saved searches page).
MAX_ITEMS = 30
KIND = "digest"
#: Which searches feed which digest.
CADENCE_DELIVERIES = {"daily": ("daily", "instant"), "weekly": ("weekly",)}


@dataclass
class Digest:
    """One digest built (or, with ``dry_run``, previewed) for a user."""

    user_id: int
    cadence: str
    period: str
    due_at: datetime
    groups: list[tuple[str, list[pending.Item]]] = field(default_factory=list)
    more: int = 0
    skipped: int = 0
    mailed: bool = False

    @property
    def dedupe_key(self) -> str:
        return f"{self.cadence}:{self.period}"

    @property
    def count(self) -> int:
        return sum(len(items) for _, items in self.groups) + self.more


def _now() -> datetime:
    return datetime.now(timezone.utc)


def last_due(now: datetime, tz, hour: int, *, weekday: int | None = None) -> datetime:
    """The latest local ``hour``:00 (on ``weekday``) at or before ``now`` (UTC)."""
    back = timedelta(days=8 if weekday is not None else 2)
    due = alert_timing.next_local_hour(now - back, tz, hour, weekday=weekday)
    while (nxt := alert_timing.next_local_hour(due, tz, hour, weekday=weekday)) <= now:
        due = nxt
    return due


def period_of(now: datetime, tz, hour: int, cadence: str, weekday: int = 0) -> tuple[datetime, str]:
    """``(due instant, period key)`` of the user's latest digest time (module doc)."""
    weekly = cadence == "weekly"
    due = last_due(now, tz, hour, weekday=weekday if weekly else None)
    return due, alert_timing.local_period_key(due, tz, weekly=weekly)


def _existing(session: Session, keys: dict[int, set[str]]) -> set[tuple[int, str]]:
    users = set(keys)
    all_keys = set().union(*keys.values()) if keys else set()
    if not users:
        return set()
    out: set[tuple[int, str]] = set()
    for model in (MailMessage, Notification):
        out.update((int(u), k) for u, k in session.exec(select(model.user_id, model.dedupe_key).where(
            model.kind == KIND, in_values(session, model.user_id, users, ints=True),
            in_values(session, model.dedupe_key, all_keys))))
    return out


def _link(session: Session, got: list[pending.Item]) -> str:
    """Where the digest's inbox item leads: the posting when it lists one, the search's Jobs page
    when all are of one search, else the Saved searches page (trial finding 11)."""
    if len(got) == 1:
        return routes.job_detail(got[0].posting_id)
    if len({i.search_id for i in got}) == 1:
        return pending.search_link(session, got[0].search_id)
    return routes.ALERTS


def _group(items: list[pending.Item]) -> list[tuple[str, list[pending.Item]]]:
    groups: dict[str, list[pending.Item]] = defaultdict(list)
    for it in items:
        groups[it.search_name].append(it)
    return sorted(groups.items(), key=lambda g: g[0].lower())


def build_due_digests(*, session: Session, now: datetime | None = None, user_id: int | None = None,
                      dry_run: bool = False, force: bool = False) -> list[Digest]:
    """Build every due digest (module doc); returns them. ``user_id``: that user only.
    ``dry_run``: build without claiming hits or writing anything. ``force``: treat the current
    period as due now (the CLI preview / "send now"; the period key still prevents a second one)."""
    now = now or _now()
    users = [user_id] if user_id is not None else None
    items = pending.load(session, deliveries=("daily", "weekly", "instant"), user_ids=users, created_through=now)
    if not items:
        return []
    people = pending.recipients(session, {i.user_id for i in items})
    plans: dict[tuple[int, str], tuple[datetime, str]] = {}
    for it in items:
        cadence = "weekly" if it.delivery == "weekly" else "daily"
        who = people.get(it.user_id)
        if who is None or (it.user_id, cadence) in plans:
            continue
        st = who.settings
        due, period = period_of(now, alert_timing.zone(who.timezone), st.digest_hour, cadence,
                                st.weekly_digest_weekday)
        plans[(it.user_id, cadence)] = (now if force else due, period)
    keys: dict[int, set[str]] = defaultdict(set)
    for (uid, cadence), (_, period) in plans.items():
        keys[uid].add(f"{cadence}:{period}")
    done = _existing(session, keys)
    chosen: dict[tuple[int, str], list[pending.Item]] = defaultdict(list)
    for it in items:
        cadence = "weekly" if it.delivery == "weekly" else "daily"
        plan = plans.get((it.user_id, cadence))
        if plan is None or (it.user_id, f"{cadence}:{plan[1]}") in done or it.created_at > plan[0]:
            continue
        chosen[(it.user_id, cadence)].append(it)
    unwanted = pending.unwanted(session, [i for group in chosen.values() for i in group])
    out = []
    for (uid, cadence), group in chosen.items():
        due, period = plans[(uid, cadence)]
        digest = _one(session, people[uid], cadence, period, due, group, unwanted, now, dry_run)
        if digest is not None:
            out.append(digest)
    log.info("alerts.digests", built=len(out), dry_run=dry_run)
    return out


def _one(session: Session, who: pending.Recipient, cadence: str, period: str, due: datetime,
         group: list[pending.Item], unwanted: set, now: datetime, dry_run: bool) -> Digest | None:
    kept, skipped = pending.split_skipped(group, unwanted, per_company=pending.PER_COMPANY)
    digest = Digest(user_id=who.user_id, cadence=cadence, period=period, due_at=due, skipped=len(skipped))
    if dry_run:
        digest.groups, digest.more = _group(kept[:MAX_ITEMS]), max(0, len(kept) - MAX_ITEMS)
        return digest if kept else None
    pending.mark(session, [i.hit_id for i in skipped], "skipped", now)
    claimed = pending.mark(session, [i.hit_id for i in kept], "digest", now)
    got = [i for i in kept if i.hit_id in claimed]
    if not got:
        return None
    digest.groups, digest.more = _group(got[:MAX_ITEMS]), max(0, len(got) - MAX_ITEMS)
    title = (f"Your {cadence} job digest: {len(got)} new posting{'s' if len(got) != 1 else ''}")
    if notifications.wants(session=session, user_id=who.user_id, kind=KIND, channel="email"):
        _, digest.mailed = sendlog.queue(
            session=session, user_id=who.user_id, kind=KIND, dedupe_key=digest.dedupe_key, to_addr=who.email,
            to_name=who.name, template="digest", topic=KIND,
            context={"cadence": cadence, "period": period, "groups": digest.groups, "more": digest.more,
                     "count": len(got), "alerts_url": routes.ALERTS})
        if not digest.mailed:  # a concurrent run wrote this period's digest: these hits wait for the next
            pending.unmark(session, claimed)
            return None
    notifications.notify(session=session, user_id=who.user_id, kind=KIND, dedupe_key=digest.dedupe_key, title=title,
                         body=", ".join(f"{i.title} — {i.company}" for i in got[:5]), link=_link(session, got))
    return digest
