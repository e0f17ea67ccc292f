"""Reading and marking waiting hits (shared by instant alerts and digests).

A hit waits while ``delivered_at`` is NULL. :func:`mark` claims hits with one conditional
``UPDATE … WHERE delivered_at IS NULL RETURNING id``, so two runs (RQ retry, two workers)
never deliver one hit twice: the second run gets no ids back and sends nothing.

A waiting hit whose email is held (quiet hours, caps) already has its inbox item: ``delivered_via``
is :data:`INBOXED` while ``delivered_at`` stays NULL (:func:`mark_inboxed` claims that step the
same way), so the later email (instant or digest) adds no second inbox item for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, select

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.models import (
    AlertSettings,
    Application,
    JobPosting,
    PostingHide,
    SavedSearch,
    SavedSearchHit,
    User,
)
from careercopilot.normalize.work_hours import salary_label
from careercopilot.services.alerts.matcher import _aware, in_values

#: Postings of one company in one digest (issue 13); the rest are marked ``skipped``.
PER_COMPANY = 3
#: ``delivered_via`` of a waiting hit that already has its inbox item (module doc).
INBOXED = "inbox"


@dataclass
class Item:
    """One waiting hit with what a message shows of its posting."""

    hit_id: int
    user_id: int
    search_id: int
    search_name: str
    delivery: str
    posting_id: int
    title: str
    company: str
    company_key: str
    location: str
    salary: str
    score: float | None
    is_open: bool
    created_at: datetime
    url: str = ""
    #: The hit already has its inbox item (its email was held: module doc).
    inboxed: bool = False

    @property
    def score_text(self) -> str:
        """``"82"`` or ``""`` when unscored."""
        return "" if self.score is None else str(int(round(self.score)))


def load(session: Session, *, deliveries: Sequence[str], user_ids: Iterable[int] | None = None,
         search_ids: Iterable[int] | None = None, created_through: datetime | None = None) -> list[Item]:
    """Waiting hits of active searches with one of ``deliveries`` (optionally of some users or
    searches, created at or before ``created_through``), best score first (unscored last)."""
    where = [SavedSearchHit.delivered_at.is_(None), SavedSearch.active,
             in_values(session, SavedSearch.delivery, deliveries)]
    if user_ids is not None:
        where.append(in_values(session, SavedSearchHit.user_id, user_ids, ints=True))
    if search_ids is not None:
        where.append(in_values(session, SavedSearchHit.saved_search_id, search_ids, ints=True))
    if created_through is not None:
        where.append(SavedSearchHit.created_at <= created_through)
    rows = session.exec(select(
        SavedSearchHit.id, SavedSearchHit.user_id, SavedSearchHit.saved_search_id, SavedSearch.name,
        SavedSearch.delivery, SavedSearchHit.posting_id, JobPosting.title, JobPosting.company, JobPosting.company_key,
        JobPosting.location_text, JobPosting.salary_min, JobPosting.salary_max, JobPosting.salary_currency,
        JobPosting.pay_period, SavedSearchHit.score, JobPosting.is_open, SavedSearchHit.created_at,
        SavedSearchHit.delivered_via, JobPosting.weekly_hours_min, JobPosting.weekly_hours)
        .join(SavedSearch, SavedSearch.id == SavedSearchHit.saved_search_id)
        .join(JobPosting, JobPosting.id == SavedSearchHit.posting_id).where(*where)).all()
    base = settings.app_url.rstrip("/")
    items = [Item(hit_id=r[0], user_id=r[1], search_id=r[2], search_name=r[3], delivery=r[4], posting_id=r[5],
                  title=r[6], company=r[7], company_key=r[8] or r[7].lower(), location=r[9] or "",
                  salary=salary_label(r[10], r[11], r[12], r[13], r[18], r[19]), score=r[14], is_open=bool(r[15]),
                  created_at=_aware(r[16]), url=base + routes.job_detail(r[5]), inboxed=r[17] == INBOXED) for r in rows]
    items.sort(key=lambda i: (i.score is None, -(i.score or 0.0), -i.posting_id))
    return items


def unwanted(session: Session, items: Sequence[Item]) -> set[tuple[int, int]]:
    """``(user_id, posting_id)`` of the items the user applied to or hid by now (two statements)."""
    if not items:
        return set()
    users = {i.user_id for i in items}
    postings = {i.posting_id for i in items}
    out: set[tuple[int, int]] = set()
    for model in (Application, PostingHide):
        out.update((int(u), int(p)) for u, p in session.exec(select(model.user_id, model.posting_id).where(
            in_values(session, model.user_id, users, ints=True),
            in_values(session, model.posting_id, postings, ints=True))))
    return out


def split_skipped(items: Sequence[Item], unwanted_pairs: set[tuple[int, int]], *, per_company: int | None = None,
                  once_per_posting: bool = True) -> tuple[list[Item], list[Item]]:
    """``(kept, skipped)``: closed, applied-to or hidden postings are skipped, as are (with
    ``per_company``) a company's postings beyond the first ``per_company`` (best first — the
    input order). With ``once_per_posting`` (one message: a digest) a posting found by two
    searches is shown once (the other hit is skipped); without it (instant and in-app alerts:
    one message per search) every search keeps its own hit."""
    kept, skipped = [], []
    per: dict[tuple[int, str], int] = defaultdict(int)
    seen: set[tuple[int, int]] = set()
    for it in items:
        key = (it.user_id, it.posting_id) if once_per_posting else (it.user_id, it.posting_id, it.search_id)
        if not it.is_open or (it.user_id, it.posting_id) in unwanted_pairs or key in seen:
            skipped.append(it)
            continue
        if per_company is not None and per[(it.user_id, it.company_key)] >= per_company:
            skipped.append(it)
            continue
        per[(it.user_id, it.company_key)] += 1
        seen.add(key)
        kept.append(it)
    return kept, skipped


def mark(session: Session, hit_ids: Iterable[int], via: str, now: datetime) -> set[int]:
    """Claim waiting hits as delivered ``via`` (module doc); returns the ids claimed by THIS call."""
    ids = list(hit_ids)
    if not ids:
        return set()
    table = SavedSearchHit.__table__
    stmt = (update(table).where(in_values(session, table.c.id, ids, ints=True), table.c.delivered_at.is_(None))
            .values(delivered_via=via, delivered_at=now).returning(table.c.id))
    return {int(r[0]) for r in session.execute(stmt)}


def mark_inboxed(session: Session, hit_ids: Iterable[int]) -> set[int]:
    """Record that waiting hits got their inbox item while their email waits (module doc);
    returns the ids THIS call recorded (a hit already inboxed or delivered is not returned)."""
    ids = list(hit_ids)
    if not ids:
        return set()
    table = SavedSearchHit.__table__
    stmt = (update(table).where(in_values(session, table.c.id, ids, ints=True), table.c.delivered_at.is_(None),
                                table.c.delivered_via.is_(None))
            .values(delivered_via=INBOXED).returning(table.c.id))
    return {int(r[0]) for r in session.execute(stmt)}


def unmark(session: Session, hit_ids: Iterable[int], *, inboxed: Iterable[int] = ()) -> None:
    """Put claimed hits back to waiting (their message turned out to exist already); the ones in
    ``inboxed`` keep the note that their inbox item exists."""
    ids, keep = list(hit_ids), set(inboxed)
    for group, via in (([i for i in ids if i not in keep], None), ([i for i in ids if i in keep], INBOXED)):
        if group:
            session.execute(update(SavedSearchHit).where(in_values(session, SavedSearchHit.id, group, ints=True))
                            .values(delivered_via=via, delivered_at=None))


@dataclass
class Recipient:
    """A user as alerts need them: address, name, zone and alert timing."""

    user_id: int
    email: str
    name: str | None
    timezone: str
    settings: AlertSettings


def recipients(session: Session, user_ids: Iterable[int]) -> dict[int, Recipient]:
    """The users (two statements); a user without an ``AlertSettings`` row gets the defaults."""
    ids = set(user_ids)
    if not ids:
        return {}
    prefs = {a.user_id: a for a in session.exec(select(AlertSettings).where(
        in_values(session, AlertSettings.user_id, ids, ints=True)))}
    out = {}
    for u in session.exec(select(User).where(in_values(session, User.id, ids, ints=True))):
        out[u.id] = Recipient(u.id, u.email, u.display_name, u.timezone or "UTC",
                              prefs.get(u.id) or AlertSettings(user_id=u.id))
    return out


def search_link(session: Session, search_id: int) -> str:
    """App path of the search's Jobs page ("open" on the Saved searches page)."""
    s = session.get(SavedSearch, search_id)
    return routes.jobs_search(s.query, dict(s.filters or {})) if s is not None else routes.ALERTS
