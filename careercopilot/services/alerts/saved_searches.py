"""Saved searches and hidden postings: the user's own rows (issue 13, "Saved searches and alerts").

Every function takes ``user_id`` and only ever reads or changes that user's rows: another
user's id raises the same LookupError as an unknown one (no existence oracle). Names are
unique per user (``uq_savedsearch_user_name``; a duplicate raises ValueError with a message
for the form, also under a concurrent double submit). The cap :data:`MAX_SEARCHES` is counted
holding the user's row lock, so it also holds under concurrent creates (attack129 finding 6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from careercopilot.db import savepoint
from careercopilot.models import JobPosting, PostingHide, SavedSearch, User
from careercopilot.models.alerts import SAVED_SEARCH_DELIVERIES
from careercopilot.services.alerts.semantics import SearchSpec, match_key
from careercopilot.services.edit_conflicts import check_unchanged, next_stamp

#: Longest name (characters; the column's length).
MAX_NAME = 120
#: Longest search text (the Jobs page caps typing at this too).
MAX_QUERY = 200
#: Longest hide reason.
MAX_REASON = 200
#: Saved searches a user may have (each is checked after every sync).
MAX_SEARCHES = 50
#: Filter form keys stored (``state.jobs`` form; anything else is dropped).
FILTER_KEYS = ("work_mode", "country", "salary_floor", "visa_only", "posted_within", "source")
DELIVERY_LABELS = {"instant": "Instant email", "daily": "Daily digest", "weekly": "Weekly digest",
                   "in_app": "In the app only"}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _clean_filters(filters: dict | None) -> dict[str, str]:
    out = {}
    for k in FILTER_KEYS:
        v = str((filters or {}).get(k, "") or "").strip()[:40]
        if v and v != "any":
            out[k] = v
    return out


def _part(key: str, value) -> str:
    """One filter in words; the pay floor with its unit ("minimum pay: USD 25 an hour (≈ USD 52,000
    a year)", ``normalize.pay_floor``, ux100) — "salary floor: 25" did not say which."""
    if key == "salary_floor":
        from careercopilot.normalize.pay_floor import floor_reading

        said = floor_reading(str(value)).removeprefix("At least ").removeprefix("Read as ").split("; for ")[0]
        return f"minimum pay: {said or value}"
    return f"{key.replace('_', ' ')}: {value}"


def describe(query: str, filters: dict | None) -> str:
    """What a saved search finds, as its card and the Jobs save form say it:
    ``“nurse” · work mode: onsite`` or ``Every new posting (no search text)``."""
    query = " ".join((query or "").split())
    parts = [_part(k, v) for k, v in _clean_filters(filters).items()]
    return " · ".join([f"“{query}”" if query else "Every new posting (no search text)", *parts])


def _check_delivery(delivery: str) -> str:
    if delivery not in SAVED_SEARCH_DELIVERIES:
        raise ValueError("choose how to be told: " + ", ".join(DELIVERY_LABELS[d].lower()
                                                               for d in SAVED_SEARCH_DELIVERIES))
    return delivery


def _check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValueError("give the search a name")
    if len(name) > MAX_NAME:
        raise ValueError(f"the name is too long (at most {MAX_NAME} characters)")
    return name


def _owned(session: Session, user_id: int, search_id: int, *, lock: bool = False) -> SavedSearch:
    """The user's search (``lock``: row-locked and re-read, for a check-then-write)."""
    row = (session.get(SavedSearch, int(search_id), with_for_update=True, populate_existing=True) if lock
           else session.get(SavedSearch, int(search_id)))
    if row is None or row.user_id != user_id:
        raise LookupError("saved search not found")
    return row


def _taken(name: str) -> ValueError:
    return ValueError(f"You already have a saved search named “{name}”. Choose another name.")


def _check_free(session: Session, user_id: int, name: str, search_id: int | None = None) -> None:
    """ValueError (user-facing) when another of the user's searches is named ``name``; checked
    before anything changes, so the error loses nothing and the session stays usable."""
    same = select(SavedSearch.id).where(SavedSearch.user_id == user_id, SavedSearch.name == name)
    if search_id is not None:
        same = same.where(SavedSearch.id != search_id)
    if session.exec(same).first() is not None:
        raise _taken(name)


def _flush_unique(session: Session, row: SavedSearch, name: str) -> None:
    """Write ``row``; the unique key decides a concurrent double submit. ``name`` is passed in,
    not read from ``row``: after a failed flush the row's attributes are expired and reading
    them raises PendingRollbackError (trial finding 2: the rename error never reached the page)."""
    try:
        with savepoint(session):
            session.add(row)
            session.flush()
    except IntegrityError:
        raise _taken(name) from None


def _same_search(session: Session, user_id: int, name: str, query: str, filters: dict,
                 delivery: str) -> SavedSearch | None:
    """The user's search named ``name`` when it is exactly this one (text, filters, delivery), else None."""
    row = session.exec(select(SavedSearch).where(SavedSearch.user_id == user_id, SavedSearch.name == name)).first()
    if row is not None and (row.query or "", dict(row.filters or {}), row.delivery) == (query, filters, delivery):
        return row
    return None


def create(*, session: Session, user_id: int, name: str, query: str, filters: dict | None, delivery: str,
           now: datetime | None = None, repeat_ok: bool = False) -> SavedSearch:
    """Save a search. ``filters``: the Jobs filter form (strings; validated as the Jobs page
    does). ``checked_through`` = now: nothing first seen before is ever reported. Raises
    ValueError (user-facing) for a blank/long/duplicate name, an unknown delivery, a bad filter
    value or more than :data:`MAX_SEARCHES` searches.

    ``repeat_ok`` (the Jobs page's form): the same submit again — same name, text, filters and
    delivery, e.g. a double-clicked Save (trial105 finding 8: the second click answered "You
    already have a saved search named …", which reads as a failure) — returns the saved row
    instead of the duplicate-name error; a different search under a taken name still raises."""
    name, delivery = _check_name(name), _check_delivery(delivery)
    query = " ".join((query or "").split())[:MAX_QUERY]
    clean = _clean_filters(filters)
    SearchSpec.compile(query, clean)  # ValueError for a bad filter, before anything is written
    if repeat_ok and (same := _same_search(session, user_id, name, query, clean, delivery)) is not None:
        return same
    # the user's row locked first (SELECT … FOR UPDATE; BEGIN IMMEDIATE on SQLite, db._for_update_takes_write_lock):
    # concurrent creates count one after another (attack129 finding 6: 80 parallel POSTs kept 63 of a cap of 50)
    session.exec(select(User.id).where(User.id == user_id).with_for_update()).first()
    count = session.exec(select(func.count()).select_from(SavedSearch).where(SavedSearch.user_id == user_id)).one()
    if count >= MAX_SEARCHES:
        raise ValueError(f"you have {MAX_SEARCHES} saved searches already — delete one first")
    now = now or _now()
    row = SavedSearch(user_id=user_id, name=name, query=query, filters=clean, delivery=delivery,
                      match_key=match_key(query), checked_through=now, created_at=now, updated_at=now)
    _check_free(session, user_id, name)
    try:
        _flush_unique(session, row, name)
    except ValueError:
        # a concurrent double submit: the other request wrote the same search first
        if repeat_ok and (same := _same_search(session, user_id, name, query, clean, delivery)) is not None:
            return same
        raise
    return row


def list_searches(*, session: Session, user_id: int) -> list[SavedSearch]:
    """The user's saved searches, by name."""
    return list(session.exec(select(SavedSearch).where(SavedSearch.user_id == user_id).order_by(SavedSearch.name)))


def get(*, session: Session, user_id: int, search_id: int) -> SavedSearch:
    """One of the user's saved searches; LookupError otherwise."""
    return _owned(session, user_id, search_id)


def update(*, session: Session, user_id: int, search_id: int, name: str | None = None, delivery: str | None = None,
           active: bool | None = None, now: datetime | None = None, expected_version: str | None = None) -> SavedSearch:
    """Rename, change delivery, pause (``active=False``) or resume. Resuming sets
    ``checked_through`` = now: postings first seen while paused are not reported. LookupError
    for another user's or an unknown search; ValueError as :func:`create`; EditConflict
    (nothing written) when the page loaded version ``expected_version``
    (``edit_conflicts.version_of(updated_at)``) and the search changed since."""
    row = _owned(session, user_id, search_id, lock=True)
    check_unchanged(row.updated_at, expected_version, what="saved search")
    now = now or _now()
    if name is not None:
        name = _check_name(name)
        _check_free(session, user_id, name, row.id)
        row.name = name
    if delivery is not None:
        row.delivery = _check_delivery(delivery)
    if active is not None and bool(active) != row.active:
        row.active = bool(active)
        if row.active:
            row.checked_through = now
    row.updated_at = max(now, next_stamp(row.updated_at))
    _flush_unique(session, row, row.name)
    return row


def delete_search(*, session: Session, user_id: int, search_id: int) -> dict:
    """Delete the search and its hits; returns its :func:`snapshot` (for undo). LookupError for
    another user's or an unknown search."""
    row = _owned(session, user_id, search_id)
    saved = snapshot(row)
    session.delete(row)
    session.flush()
    return saved


def snapshot(row: SavedSearch) -> dict:
    """What :func:`restore` needs to bring a deleted search back (plain JSON values)."""
    return {"name": row.name, "query": row.query or "", "filters": dict(row.filters or {}), "delivery": row.delivery,
            "active": bool(row.active)}


def restore(*, session: Session, user_id: int, saved: dict, now: datetime | None = None) -> SavedSearch:
    """Undo a delete: the search of :func:`snapshot` again (a new row; its found postings were
    deleted with it, and postings first seen meanwhile are not reported). ValueError as
    :func:`create` (e.g. the name was taken meanwhile)."""
    row = create(session=session, user_id=user_id, name=str(saved.get("name", "")), query=str(saved.get("query", "")),
                 filters=dict(saved.get("filters") or {}), delivery=str(saved.get("delivery", "daily")), now=now)
    if not saved.get("active", True):
        row.active = False
        session.add(row)
        session.flush()
    return row


def jobs_url(search: SavedSearch) -> str:
    """The Jobs page URL of the search (its text and filters in the query string)."""
    from careercopilot import routes

    return routes.jobs_search(search.query, dict(search.filters or {}))


# ----------------------------------------------------------------------------- hidden postings


@dataclass
class HiddenPosting:
    """A posting the user hid: id, title, company, reason, when."""

    posting_id: int
    title: str
    company: str
    reason: str
    hidden_at: datetime


def hide(*, session: Session, user_id: int, posting_id: int, reason: str | None = None) -> bool:
    """"Not interested": hide the posting for the user (idempotent; the first reason stays).
    Returns True when it was hidden now. LookupError for an unknown posting or another user's
    private posting."""
    p = session.get(JobPosting, int(posting_id))
    if p is None or (p.owner_id is not None and p.owner_id != user_id):
        raise LookupError(f"posting {posting_id} not found")
    from careercopilot.services.matching.persistence import _insert_for

    reason = " ".join((reason or "").split())[:MAX_REASON] or None
    table = PostingHide.__table__
    stmt = (_insert_for(session, table).values(user_id=user_id, posting_id=p.id, reason=reason, created_at=_now())
            .on_conflict_do_nothing(index_elements=["user_id", "posting_id"]).returning(table.c.id))
    return session.execute(stmt).first() is not None


def unhide(*, session: Session, user_id: int, posting_id: int) -> bool:
    """Undo a hide (deletes the user's row); True when one was deleted. Another user's hide is
    never touched."""
    res = session.execute(delete(PostingHide).where(PostingHide.user_id == user_id,
                                                   PostingHide.posting_id == int(posting_id)))
    return bool(res.rowcount)


def is_hidden(*, session: Session, user_id: int, posting_id: int) -> bool:
    """Whether the user hid the posting."""
    return session.exec(select(PostingHide.id).where(PostingHide.user_id == user_id,
                                                     PostingHide.posting_id == int(posting_id))).first() is not None


def list_hidden(*, session: Session, user_id: int, limit: int = 200) -> list[HiddenPosting]:
    """The user's hidden postings, newest hide first (at most ``limit``)."""
    rows = session.exec(select(PostingHide, JobPosting.title, JobPosting.company)
                        .join(JobPosting, JobPosting.id == PostingHide.posting_id)
                        .where(PostingHide.user_id == user_id)
                        .order_by(PostingHide.created_at.desc(), PostingHide.id.desc()).limit(limit)).all()
    return [HiddenPosting(h.posting_id, title, company, h.reason or "", h.created_at) for h, title, company in rows]

