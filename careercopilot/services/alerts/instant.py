"""Instant and in-app delivery of new hits (run right after matching, and periodically).

Per saved search with waiting hits (best score first; closed, applied-to and hidden postings
are marked ``skipped``):

* ``in_app`` — one inbox item (``notify``, kind ``search_alert``); hits marked ``in_app``;
* ``instant`` — one email (send-log kind/topic ``search_alert``, ``List-Unsubscribe`` from the
  topic) plus an inbox item. The email is held when the user's quiet hours are on
  (``alert_timing.quiet_until``: the hits wait for the next run after they end), or the search had
  an alert within the last hour (:data:`PER_SEARCH_PER_HOUR`), or the user had
  :data:`PER_USER_PER_DAY` alerts in the last 24 hours — then the hits wait and the next daily
  digest takes them (issue 13); the inbox item is made at once all the same (README: "every
  alert is also an inbox item"; ``pending.mark_inboxed`` keeps the later email from adding a
  second one). A user who turned the kind's email off (``notifications.wants``) gets the inbox
  item only (``in_app``).

Searches are independent: a posting that matches several of a user's searches is a hit of each,
and each search's hits get their own inbox item and email (``split_skipped(once_per_posting=False)``).

Idempotent: hits are claimed with ``pending.mark`` before anything is written, and the mail's
``dedupe_key`` is ``search:<id>:<UTC hour>`` — a concurrent run in the same hour finds the
row and gives its claimed hits back (``unmark``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import structlog
from sqlalchemy import func
from sqlmodel import Session, select

from careercopilot.models import MailMessage
from careercopilot.services import alert_timing, notifications
from careercopilot.services.alerts import pending
from careercopilot.services.mail import sendlog

log = structlog.get_logger(__name__)

#: Instant alert emails per saved search per rolling hour (issue 13).
PER_SEARCH_PER_HOUR = 1
#: Instant alert emails per user per rolling 24 hours (issue 13); the rest wait for the digest.
PER_USER_PER_DAY = 10
#: Postings listed in one alert email (the rest are one click away: the search's Jobs page).
MAX_ITEMS = 20
KIND = "search_alert"


@dataclass
class InstantReport:
    """Counts of one run: mails queued, inbox items, hits skipped, searches held back (caps/quiet)."""

    mails: int = 0
    inbox: int = 0
    skipped: int = 0
    held: int = 0

    def as_dict(self) -> dict:
        return {"mails": self.mails, "inbox": self.inbox, "skipped": self.skipped, "held": self.held}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _count(session: Session, user_id: int, since: datetime, prefix: str | None = None) -> int:
    q = select(func.count()).select_from(MailMessage).where(
        MailMessage.user_id == user_id, MailMessage.kind == KIND, MailMessage.created_at > since)
    if prefix is not None:
        q = q.where(MailMessage.dedupe_key.startswith(prefix, autoescape=True))
    return int(session.exec(q).one())


def held_by_caps(session: Session, user_id: int, search_id: int, now: datetime) -> bool:
    """Whether an instant mail for ``search_id`` now would break a cap (module doc)."""
    if _count(session, user_id, now - timedelta(hours=1), f"search:{search_id}:") >= PER_SEARCH_PER_HOUR:
        return True
    return _count(session, user_id, now - timedelta(days=1)) >= PER_USER_PER_DAY


def _title(n: int, name: str) -> str:
    return f"{n} new posting{'s' if n != 1 else ''} for “{name}”"


def _inbox_item(session: Session, who: pending.Recipient, sid: int, items: list[pending.Item], ids: set[int],
                link: str) -> bool:
    """One inbox item for the hits ``ids`` of search ``sid`` (kind ``search_alert``); True when made."""
    got = [i for i in items if i.hit_id in ids]
    if not got:
        return False
    _, made = notifications.notify(session=session, user_id=who.user_id, kind=KIND,
                                   dedupe_key=f"hits:{sid}:{min(ids)}", title=_title(len(got), got[0].search_name),
                                   body=", ".join(f"{i.title} — {i.company}" for i in got[:5]), link=link)
    return bool(made)


def deliver_instant(*, session: Session, now: datetime | None = None, search_ids=None) -> InstantReport:
    """Deliver the waiting hits of ``instant`` and ``in_app`` searches (all, or ``search_ids``).

    Every search is delivered on its own: a posting that matches two of the user's searches is
    a hit of each, and each gets its inbox item (and, if instant, its email). A held instant
    search (quiet hours, caps) gets its inbox item now; its email waits (README "Alerts")."""
    now = now or _now()
    report = InstantReport()
    items = pending.load(session, deliveries=("instant", "in_app"), search_ids=search_ids)
    if not items:
        return report
    kept, skipped = pending.split_skipped(items, pending.unwanted(session, items), once_per_posting=False)
    report.skipped = len(pending.mark(session, [i.hit_id for i in skipped], "skipped", now))
    by_search: dict[int, list[pending.Item]] = defaultdict(list)
    for it in kept:
        by_search[it.search_id].append(it)
    people = pending.recipients(session, {i.user_id for i in kept})
    for sid, group in by_search.items():
        who = people.get(group[0].user_id)
        if who is None:
            continue
        link = pending.search_link(session, sid)
        email = group[0].delivery == "instant" and notifications.wants(
            session=session, user_id=who.user_id, kind=KIND, channel="email")
        if email:
            st, tz = who.settings, alert_timing.zone(who.timezone)
            if alert_timing.quiet_until(now, tz, st.quiet_start_hour, st.quiet_end_hour) > now or held_by_caps(
                    session, who.user_id, sid, now):
                report.held += 1
                fresh = pending.mark_inboxed(session, [i.hit_id for i in group if not i.inboxed])
                report.inbox += int(_inbox_item(session, who, sid, group, fresh, link))
                continue
        claimed = pending.mark(session, [i.hit_id for i in group], "instant" if email else "in_app", now)
        got = [i for i in group if i.hit_id in claimed]
        if not got:
            continue
        if email:
            key = f"search:{sid}:{now.astimezone(timezone.utc):%Y-%m-%dT%H}"
            _, created = sendlog.queue(
                session=session, user_id=who.user_id, kind=KIND, dedupe_key=key, to_addr=who.email,
                to_name=who.name, template="search_alert", topic=KIND,
                context={"search_name": got[0].search_name, "items": got[:MAX_ITEMS], "more": max(0, len(got) - MAX_ITEMS),
                         "count": len(got), "search_url": link})
            if not created:  # another run mailed this search this hour: these hits wait
                pending.unmark(session, claimed, inboxed=[i.hit_id for i in got if i.inboxed])
                continue
            report.mails += 1
        report.inbox += int(_inbox_item(session, who, sid, got, {i.hit_id for i in got if not i.inboxed}, link))
    log.info("alerts.instant", **report.as_dict())
    return report
