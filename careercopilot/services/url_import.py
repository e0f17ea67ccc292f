"""Import one job posting page by URL: the ONE path behind "Add posting from URL" on the
Sources page and "Import from URL" on the Applications page (issue 9, finding 14).

Shape of an import::

    fetch_posting(url)            network only: SSRF-guarded GET, JSON-LD first, readable
                                  text (trafilatura) otherwise → NormalizedPosting
    store_posting(session, …)     database only: upsert the user's private posting
                                  (``owner_id`` = user, invisible to others)
    save_posting(…)               optional: add it to the user's tracker (stage "saved")

The page handlers call :func:`import_posting_async`, which runs the fetch on the network
pool and the short write transaction on the database pool (:mod:`careercopilot.offload`),
so a slow upstream never blocks the event loop nor holds a database transaction open;
the whole fetch is bounded by ``settings.url_import_timeout_seconds``.

A pasted URL is a user's input, not an admin's: only an admin's import may reach the
local-network hosts listed in ``SSRF_ALLOW_HOSTS`` (issue 9 finding 3 — the list exists for
destinations an admin points at on purpose, e.g. the Ollama server, which other users must
not be able to fetch through this form); everyone else reaches public addresses only.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from careercopilot import offload
from careercopilot.config import settings
from careercopilot.connectors import ConnectorError, HttpFetcher, fetch_url_posting
from careercopilot.connectors.errors import FetchTimeoutError
from careercopilot.db import session_scope
from careercopilot.models import JobPosting, User
from careercopilot.normalize.dedupe import canonical_url
from careercopilot.normalize.posting import NormalizedPosting
from careercopilot.normalize.urls import complete_url
from careercopilot.services import ingest, ingest_fetch, ingest_normalize
from careercopilot.text_guard import clean_controls

#: Longest URL accepted, characters (the input boxes cap typing at this too).
MAX_URL = 2000


@dataclass(frozen=True)
class ImportedPosting:
    """Outcome of an import: the user's private posting and, with ``to_tracker``, their application."""

    posting_id: int
    title: str
    company: str
    application_id: int | None = None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def check_url(url: str | None) -> str:
    """The stripped URL (``https://`` added to a bare host, :func:`normalize.urls.complete_url`);
    raises ValueError (a message for the user) when empty or too long."""
    url = complete_url(url)
    if not url:
        raise ValueError("enter the URL of a job posting")
    if len(url) > MAX_URL:
        raise ValueError(f"URL is longer than {MAX_URL} characters")
    return url


def fetch_posting(url: str, *, fetcher: HttpFetcher | None = None, now: datetime | None = None,
                  admin: bool = False, deadline_s: float | None = None) -> NormalizedPosting:
    """Fetch and normalize the posting at ``url`` (no database access).

    Always through the SSRF guard; ``SSRF_ALLOW_HOSTS`` applies only when ``admin`` (the
    importing user is an admin), otherwise public addresses only. ``deadline_s`` bounds the
    whole fetch (every attempt, redirect and body read) in this thread, so a slow page cannot
    keep a network-pool thread after the caller stopped waiting (:class:`HttpFetcher` ``deadline_s``).

    Raises:
        ValueError: empty/overlong URL.
        ConnectorError: BlockedURLError (SSRF guard), HTTP errors, or no usable content; its
            ``message`` (and ``str()``) is the job seeker's wording from
            :func:`careercopilot.services.ingest_fetch.fetch_error_message`, the class is kept
            (``InvalidURLError``, ``UnresolvableHostError``…).
    """
    url = check_url(url)
    fetcher = fetcher or ingest_fetch.make_fetcher(allowlist=admin, deadline_s=deadline_s)
    try:
        raw = fetch_url_posting(url, fetcher=fetcher)
    except ConnectorError as exc:
        exc.message, exc.source, exc.url = ingest_fetch.fetch_error_message(exc, url=url), None, None
        raise
    return ingest_normalize.normalize_raw(raw, now=now or _now())


def private_row(posting: NormalizedPosting, *, user_id: int, url: str) -> dict:
    """Column values of ``user_id``'s private posting of ``posting`` (``ingest.posting_row``):
    source type ``url``; the posting's canonical URL, else the canonical form of ``url`` (the
    address the user gave)."""
    row = ingest.posting_row(posting, source_id=None, owner_id=user_id)
    row["url"] = row["url"] or canonical_url(url.strip())
    row["source_type"] = ingest.URL_SOURCE_TYPE
    row["fingerprint"] = ingest.fingerprint(row)
    return row


def store_posting(*, session: Session, user_id: int, url: str, posting: NormalizedPosting,
                  now: datetime | None = None) -> JobPosting:
    """Upsert ``posting`` as ``user_id``'s private posting; the row (flushed, ``id`` set).

    The same user importing or clipping the same canonical URL again updates their existing row
    (and re-opens it) instead of adding a second one. The row is keyed by the posting's canonical
    URL (``posting.url``, else the canonical form of ``url``); the unique index
    ``uq_posting_owner_url`` on ``(owner_id, url)`` of private postings settles parallel stores
    of one page (attack a12 W3: 16 parallel clips made 2–5 rows): the insert is ``INSERT … ON
    CONFLICT DO NOTHING`` on that index, and a store that loses the race updates the winner's
    row — on PostgreSQL and SQLite alike, without a failed transaction.
    """
    now = now or _now()
    row = private_row(posting, user_id=user_id, url=url)
    existing = _own_posting(session, user_id, row["url"], canonical_url(url.strip()))
    if existing is None:
        if _insert_if_absent(session, row, now):
            return _own_posting(session, user_id, row["url"])
        existing = _own_posting(session, user_id, row["url"])  # a parallel store inserted it first
    for key, value in row.items():
        setattr(existing, key, value)
    existing.last_seen_at, existing.is_open, existing.closed_at = now, True, None
    session.add(existing)
    session.flush()
    session.refresh(existing)
    return existing


def _own_posting(session: Session, user_id: int, url: str, *other_urls: str) -> JobPosting | None:
    """``user_id``'s private posting at ``url`` — else at one of ``other_urls`` (the page's own
    address when the posting names another) — or None."""
    P = JobPosting
    session.flush()
    for key in (url, *(u for u in other_urls if u and u != url)):
        row = session.exec(select(P).where(P.owner_id == user_id, P.url == key)).first()
        if row is not None:
            return row
    return None


def _insert_if_absent(session: Session, row: dict, now: datetime) -> bool:
    """Insert the private posting ``row`` unless the user already has one at its URL (another
    transaction's included: the database waits for it); True when this call inserted it."""
    table = JobPosting.__table__
    model = JobPosting(**row, first_seen_at=now, last_seen_at=now)  # the model's defaults
    values = {c.key: clean_controls(getattr(model, c.key)) for c in table.columns if c.key != "id"}
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(table).values(**values).on_conflict_do_nothing(
        index_elements=["owner_id", "url"], index_where=and_(table.c.owner_id.isnot(None), table.c.url != ""))
    return session.execute(stmt).rowcount == 1


def add_posting_from_url(*, session: Session, user_id: int, url: str, fetcher: HttpFetcher | None = None) -> JobPosting:
    """Fetch then store in the caller's session (CLI, tests); see :func:`fetch_posting` for errors."""
    posting = fetch_posting(url, fetcher=fetcher, admin=_is_admin(session, user_id))
    return store_posting(session=session, user_id=user_id, url=url, posting=posting)


def _is_admin(session: Session, user_id: int) -> bool:
    user = session.get(User, user_id)
    return bool(user is not None and user.is_admin)


def _admin(user_id: int) -> bool:
    with session_scope() as s:
        return _is_admin(s, user_id)


def _store(user_id: int, url: str, posting: NormalizedPosting, to_tracker: bool) -> ImportedPosting:
    """One short write transaction: the posting, and the tracker card when asked."""
    from careercopilot.services import applications  # applications → ingest; avoid an import cycle

    with session_scope() as s:
        row = store_posting(session=s, user_id=user_id, url=url, posting=posting)
        app_id = applications.save_posting(session=s, user_id=user_id, posting_id=row.id).id if to_tracker else None
        return ImportedPosting(posting_id=row.id, title=row.title, company=row.company, application_id=app_id)


async def import_posting_async(*, user_id: int, url: str, to_tracker: bool = False,
                               timeout: float | None = None, fetcher: HttpFetcher | None = None) -> ImportedPosting:
    """Import ``url`` for ``user_id`` without blocking the event loop.

    The fetch runs on the network pool and must finish within ``timeout`` seconds (default
    ``settings.url_import_timeout_seconds``); the write runs on the database pool.

    Raises:
        ValueError: empty/overlong URL.
        ConnectorError: see :func:`fetch_posting`; ``FetchTimeoutError`` when the deadline passes.
        LookupError: (``to_tracker``) the posting vanished before it could be saved.
    """
    url = check_url(url)
    limit = settings.url_import_timeout_seconds if timeout is None else timeout
    try:
        admin = fetcher is None and await offload.db(_admin, user_id)
        posting = await asyncio.wait_for(offload.net(fetch_posting, url, fetcher=fetcher, admin=admin,
                                                          deadline_s=limit), limit)
    except TimeoutError:
        exc = FetchTimeoutError(f"no posting from {url} within {limit:g} s", url=url)
        exc.message, exc.url = ingest_fetch.fetch_error_message(exc, url=url), None
        raise exc from None
    return await offload.db(_store, user_id, url, posting, to_tracker)
