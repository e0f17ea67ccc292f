"""Store normalized postings: idempotent bulk upsert, cross-source dedupe, lifecycle, syncs.

Identity rules (issue 3, "Store, dedupe, lifecycle"), applied in this order to each
:class:`~careercopilot.normalize.posting.NormalizedPosting` of one source:

1. ``(source_id, ats_id)`` — the same requisition seen again on the same source is the
   same row (updated in place when any stored field changed, see ``fingerprint``).
2. canonical URL (``normalize.dedupe.canonical_url``, tracking parameters stripped) —
   a shared posting of ANOTHER source with the same URL is the same job: the new row is a
   cross-source duplicate of it.
3. cross-source duplicates — same ``dedupe_key`` (normalized company + title + location),
   else a fuzzy match (``rapidfuzz`` token-sort ratio over the title key within the same
   company key, confirmed by ``normalize.dedupe.is_same_posting``). Two different ATS ids
   of the SAME source are never merged.

A duplicate keeps its own row (so each source's lifecycle stays exact) with
``duplicate_of_id`` pointing at the canonical (earlier) posting, and its
:class:`PostingSighting` (provenance) is recorded on the canonical posting. Postings
missing from their source's latest *successful* sync are closed (``is_open=False``,
``closed_at``), never deleted; a posting that reappears is reopened (counted as updated).

The bulk path issues a constant number of statements per 1,000 postings: batched
``SELECT … IN`` look-ups, one multi-row ``INSERT … RETURNING`` for new rows, executemany
``UPDATE`` by primary key for changed rows. Times are timezone-aware UTC.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import structlog
from rapidfuzz import fuzz, process
from sqlalchemy import any_, bindparam, func, insert, update
from sqlalchemy.dialects import postgresql as pg
from sqlmodel import Session, or_, select

from careercopilot.config import settings
from careercopilot.connectors import (
    ConnectorError,
    HttpFetcher,
    RawPosting,
    get_source,
)
from careercopilot.connectors.errors import (
    BlockedURLError,
    FetchConnectionError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidTokenError,
    InvalidURLError,
    MalformedPayloadError,
    ResponseTooLargeError,
    UnsupportedContentError,
)
from careercopilot.models import JobPosting, PostingSighting, Source, SyncRun
from careercopilot.services import process_guard, shared_cache
from careercopilot.normalize.dedupe import (
    SAME_POSTING_THRESHOLD,
    canonical_url,
    is_same_posting,
    title_key,
)
from careercopilot.normalize.location import Location, load_reference_data
from careercopilot.normalize.posting import NormalizedPosting, normalize_posting

log = structlog.get_logger(__name__)

#: Rows per ``IN (...)`` look-up / insert statement (well under SQLite's 32,766 and
#: PostgreSQL's 65,535 bind-parameter limits).
CHUNK = 1000
#: Source type recorded on postings a user added from a URL.
URL_SOURCE_TYPE = "url"

Progress = Callable[[int, str], None]

# Column max lengths (VARCHAR(n) overflows are errors on PostgreSQL).
_MAXLEN = {
    "source_type": 40, "ats_id": 200, "url": 2000, "apply_url": 2000, "title": 500, "company": 300,
    "company_key": 300, "dedupe_key": 800, "location_text": 500, "city": 200, "region": 200,
    "country": 2, "work_mode": 10, "salary_currency": 3, "pay_period": 8, "employment_type": 20,
    "department": 200, "visa_sponsorship": 3,
}
#: Fields that make up a posting's content; a change in any of them counts as "updated".
_CONTENT_FIELDS = (
    "source_type", "ats_id", "url", "apply_url", "title", "company", "company_key", "dedupe_key",
    "location_text", "city", "region", "country", "work_mode", "allowed_regions", "salary_min",
    "salary_max", "salary_currency", "pay_period", "employment_type", "department",
    "visa_sponsorship", "visa_evidence", "description_html", "description_text", "tags",
    "content_hash", "posted_at", "places", "quality_flags",
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _lookup_chunks(session: Session, items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    """Batches for ``_in`` look-ups: all at once on PostgreSQL (one array parameter),
    ``CHUNK``-sized ``IN`` lists elsewhere (SQLite's bind-parameter limit)."""
    if not items:
        return ()
    return (items,) if _is_pg(session) else _chunks(items)


def _in(session: Session, col: Any, values: Sequence[Any]) -> Any:
    """``col IN values``; on PostgreSQL ``col = ANY(%s)`` with ONE array parameter, which
    keeps the statement text constant (psycopg no longer re-parses a query with
    thousands of placeholders, and the server can reuse the plan)."""
    if _is_pg(session):
        return col == any_(bindparam(None, list(values), type_=pg.ARRAY(col.type)))
    return col.in_(values)


def _cut(value: Any, key: str) -> Any:
    limit = _MAXLEN.get(key)
    if limit and isinstance(value, str) and len(value) > limit:
        return value[:limit]
    return value


def posting_row(p: NormalizedPosting, *, source_id: int | None, owner_id: int | None = None) -> dict[str, Any]:
    """Column values of a :class:`JobPosting` for ``p`` (no id/timestamps/lifecycle).

    Salary amounts are currency units per ``pay_period``; strings are cut to the column
    lengths; ``fingerprint`` is the SHA-256 of every content field (JSON, sorted keys).
    """
    loc, sal = p.location, p.salary
    row: dict[str, Any] = {
        "source_id": source_id,
        "owner_id": owner_id,
        "source_type": p.source,
        "ats_id": p.ats_id,
        "url": p.url,
        "apply_url": p.apply_url,
        "title": p.title,
        "company": p.company,
        "company_key": p.company_key,
        "dedupe_key": p.dedupe_key,
        "location_text": loc.raw,
        "city": loc.city,
        "region": loc.region,
        "country": loc.country,
        "work_mode": loc.work_mode,
        "allowed_regions": list(loc.allowed_regions),
        "salary_min": sal.min_amount if sal else None,
        "salary_max": sal.max_amount if sal else None,
        "salary_currency": sal.currency if sal else None,
        "pay_period": sal.period if sal else None,
        "employment_type": p.employment_type,
        "department": p.department,
        "visa_sponsorship": p.visa.value,
        "visa_evidence": p.visa.evidence,
        "description_html": p.description_html or "",
        "description_text": p.description_text or "",
        "tags": list(p.tags),
        "content_hash": p.content_hash,
        "posted_at": p.posted_at,
        "places": [dict(x) for x in p.places],
        "quality_flags": [dict(f) for f in p.quality_flags],
        "is_flagged": bool(p.quality_flags),
    }
    row = {k: _cut(v, k) for k, v in row.items()}
    row["fingerprint"] = fingerprint(row)
    return row


def fingerprint(row: dict[str, Any]) -> str:
    """SHA-256 hex of the content fields of a posting row (see ``_CONTENT_FIELDS``)."""
    data = {k: row.get(k) for k in _CONTENT_FIELDS}
    if isinstance(data.get("posted_at"), datetime):
        data["posted_at"] = data["posted_at"].astimezone(timezone.utc).isoformat()
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class UpsertStats:
    """Outcome of one :func:`upsert_postings` call (counts of postings)."""

    received: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    #: ATS ids seen in this batch (after de-duplicating the batch itself).
    seen_ats_ids: set[str] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        """True when anything was inserted or updated."""
        return bool(self.new or self.updated)


# ----------------------------------------------------------------------------- dedupe


def _location_of(row: dict[str, Any] | Any) -> Location:
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k))
    return Location(city=get("city"), region=get("region"), country=get("country"), work_mode=get("work_mode"))


def find_canonical(*, session: Session, source_id: int, rows: Sequence[dict[str, Any]]) -> dict[int, int]:
    """Cross-source duplicates of ``rows`` (new postings of ``source_id``) among stored postings.

    Returns ``{index in rows: canonical posting id}``. Candidates are shared postings
    (``owner_id`` NULL) of OTHER sources that are not themselves duplicates. Rules in the
    module doc (URL, then ``dedupe_key``, then fuzzy title within the company key,
    threshold ``SAME_POSTING_THRESHOLD``).
    """
    if not rows:
        return {}
    P = JobPosting
    shared_other = (P.owner_id.is_(None), P.source_id.is_not(None), P.source_id != source_id)
    out: dict[int, int] = {}

    by_url: dict[str, int] = {}
    urls = sorted({r["url"] for r in rows if r["url"]})
    for chunk in _lookup_chunks(session, urls):
        q = select(P.id, P.url, P.duplicate_of_id).where(_in(session, P.url, chunk), *shared_other).order_by(P.id)
        for pid, url, dup_of in session.exec(q):
            by_url.setdefault(url, dup_of or pid)
    for i, r in enumerate(rows):
        if r["url"] in by_url:
            out[i] = by_url[r["url"]]

    rest = [i for i in range(len(rows)) if i not in out]
    by_key: dict[str, int] = {}
    keys = sorted({rows[i]["dedupe_key"] for i in rest})
    for chunk in _lookup_chunks(session, keys):
        q = select(P.id, P.dedupe_key).where(
            _in(session, P.dedupe_key, chunk), P.duplicate_of_id.is_(None), *shared_other
        ).order_by(P.id)
        for pid, key in session.exec(q):
            by_key.setdefault(key, pid)
    for i in rest:
        if rows[i]["dedupe_key"] in by_key:
            out[i] = by_key[rows[i]["dedupe_key"]]

    rest = [i for i in rest if i not in out]
    companies = sorted({rows[i]["company_key"] for i in rest if rows[i]["company_key"]})
    groups: dict[str, list[tuple[int, str, str, Location]]] = defaultdict(list)
    for chunk in _lookup_chunks(session, companies):
        q = select(P.id, P.company_key, P.company, P.title, P.city, P.region, P.country, P.work_mode).where(
            _in(session, P.company_key, chunk), P.duplicate_of_id.is_(None), *shared_other
        ).order_by(P.id)
        for pid, ck, company, title, city, region, country, mode in session.exec(q):
            loc = Location(city=city, region=region, country=country, work_mode=mode)
            groups[ck].append((pid, company, title, loc))
    title_keys = {ck: [title_key(c[2]) for c in cands] for ck, cands in groups.items()}
    for i in rest:
        r = rows[i]
        cands = groups.get(r["company_key"])
        if not cands:
            continue
        hits = process.extract(
            title_key(r["title"]), title_keys[r["company_key"]], scorer=fuzz.token_sort_ratio,
            score_cutoff=SAME_POSTING_THRESHOLD, limit=5,
        )
        for _choice, _score, idx in sorted(hits, key=lambda h: h[2]):
            pid, company, title, loc = cands[idx]
            if is_same_posting(r["company"], r["title"], _location_of(r), company, title, loc):
                out[i] = pid
                break
    return out


# ----------------------------------------------------------------------------- upsert


def _bulk_insert(session: Session, table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (same keys each): PostgreSQL ``COPY … FROM STDIN`` (psycopg), else executemany."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        for chunk in _chunks(rows):
            session.execute(insert(table), list(chunk))
        return
    cols = list(rows[0])
    json_cols = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
    dbapi = conn.connection.driver_connection
    with dbapi.cursor() as cur:
        with cur.copy(f'COPY {table.name} ({", ".join(cols)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([json.dumps(row[c]) if c in json_cols else row[c] for c in cols])


def upsert_postings(
    *, session: Session, source_id: int, postings: Sequence[NormalizedPosting], now: datetime | None = None
) -> UpsertStats:
    """Insert new / update changed postings of one source; idempotent.

    Args:
        session: open session (not committed here; the caller's ``session_scope`` commits).
        source_id: the :class:`Source` the postings were fetched from.
        postings: normalized postings; repeated ATS ids keep the first occurrence.
        now: timestamp for ``first_seen_at``/``last_seen_at`` (UTC; default now).

    Returns:
        :class:`UpsertStats` (re-running with the same postings gives ``new == updated == 0``).
    """
    now = now or _now()
    stats = UpsertStats(received=len(postings))
    rows: dict[str, dict[str, Any]] = {}
    for p in postings:
        row = posting_row(p, source_id=source_id)
        rows.setdefault(row["ats_id"], row)
    stats.seen_ats_ids = set(rows)
    P = JobPosting

    existing: dict[str, tuple[int, str, bool]] = {}
    ats_ids = sorted(rows)
    for chunk in _lookup_chunks(session, ats_ids):
        q = select(P.ats_id, P.id, P.fingerprint, P.is_open).where(
            P.source_id == source_id, _in(session, P.ats_id, chunk)
        )
        for ats_id, pid, fp, is_open in session.exec(q):
            existing[ats_id] = (pid, fp, is_open)

    new_rows = [rows[a] for a in ats_ids if a not in existing]
    changed: list[dict[str, Any]] = []
    touched: list[int] = []
    for ats_id, (pid, fp, is_open) in existing.items():
        row = rows[ats_id]
        if fp != row["fingerprint"] or not is_open:
            changed.append({**row, "id": pid, "last_seen_at": now, "is_open": True, "closed_at": None,
                            "index_pending": True})
        else:
            touched.append(pid)

    canonical = find_canonical(session=session, source_id=source_id, rows=new_rows)
    for i, row in enumerate(new_rows):
        row.update(duplicate_of_id=canonical.get(i), first_seen_at=now, last_seen_at=now, is_open=True, closed_at=None,
                   index_pending=True)

    table = P.__table__
    if new_rows and _is_pg(session):
        # Take the ids from the table's sequence first (one statement), so COPY can
        # write them and no read-back is needed.
        new_ids = list(session.connection().exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('jobposting', 'id')) FROM generate_series(1, %(n)s)",
            {"n": len(new_rows)},
        ).scalars())
        for row, pid in zip(new_rows, new_ids):
            row["id"] = pid
        _bulk_insert(session, table, new_rows)
    else:
        _bulk_insert(session, table, new_rows)
        ids_by_ats: dict[str, int] = {}
        for chunk in _lookup_chunks(session, [r["ats_id"] for r in new_rows]):
            q = select(P.ats_id, P.id).where(P.source_id == source_id, _in(session, P.ats_id, chunk))
            ids_by_ats.update(session.exec(q).all())
        new_ids = [ids_by_ats[r["ats_id"]] for r in new_rows]
    if changed:
        session.execute(update(P), changed)
    for chunk in _lookup_chunks(session, touched):
        session.execute(update(table).where(_in(session, table.c.id, chunk)).values(last_seen_at=now))

    # Provenance: one sighting per (source, ats id), on the canonical posting.
    sightings = [
        {"posting_id": row["duplicate_of_id"] or pid, "source_id": source_id, "ats_id": row["ats_id"],
         "url": row["url"], "first_seen_at": now, "last_seen_at": now}
        for row, pid in zip(new_rows, new_ids)
    ]
    have = set()
    sight_keys = [r["ats_id"] for r in sightings]
    S = PostingSighting
    for chunk in _lookup_chunks(session, sight_keys):
        have.update(
            session.exec(select(S.ats_id).where(S.source_id == source_id, _in(session, S.ats_id, chunk))).all()
        )
    fresh = [s for s in sightings if s["ats_id"] not in have]
    _bulk_insert(session, S.__table__, fresh)
    seen_existing = sorted(existing)
    for chunk in _lookup_chunks(session, seen_existing):
        session.execute(
            update(S.__table__).where(S.source_id == source_id, _in(session, S.ats_id, chunk)).values(last_seen_at=now)
        )

    stats.new, stats.updated, stats.unchanged = len(new_rows), len(changed), len(touched)
    if new_rows or changed:
        shared_cache.invalidate_on_commit(session)
    stats.duplicates = len(canonical)
    return stats


def missing_open_postings(*, session: Session, source_id: int, seen_ats_ids: set[str]) -> list[int]:
    """Ids of the open postings of ``source_id`` whose ATS id is not in ``seen_ats_ids``."""
    P = JobPosting
    open_rows = session.exec(select(P.id, P.ats_id).where(P.source_id == source_id, P.is_open)).all()
    return [pid for pid, ats_id in open_rows if ats_id not in seen_ats_ids]


def close_postings(*, session: Session, posting_ids: Sequence[int], now: datetime | None = None) -> int:
    """Close postings (``is_open=False``, ``closed_at=now``; rows are kept); returns how many."""
    now = now or _now()
    table = JobPosting.__table__
    for chunk in _lookup_chunks(session, list(posting_ids)):
        session.execute(update(table).where(_in(session, table.c.id, chunk)).values(
            is_open=False, closed_at=now, index_pending=True))
    if posting_ids:
        shared_cache.invalidate_on_commit(session)
    return len(posting_ids)


def close_missing(*, session: Session, source_id: int, seen_ats_ids: set[str], now: datetime | None = None) -> int:
    """Close the open postings of ``source_id`` whose ATS id is not in ``seen_ats_ids``.

    Call only after a SUCCESSFUL sync that passed the floor (:func:`is_suspicious`).
    Rows are kept (``is_open=False``, ``closed_at=now``). Returns the number closed.
    """
    gone = missing_open_postings(session=session, source_id=source_id, seen_ats_ids=seen_ats_ids)
    return close_postings(session=session, posting_ids=gone, now=now)


def is_suspicious(*, open_before: int, seen: int, closing: int) -> bool:
    """The floor on closing postings: would this successful fetch close too much?

    ``open_before`` open postings of the source before the sync, ``seen`` postings the
    fetch yielded (after normalization), ``closing`` open postings it did not see.
    Suspicious when the fetch saw nothing while postings were open (an empty answer is
    the classic API glitch: a maintenance page, a filtered board, a normalizer failure),
    or when the source had at least ``settings.sync_close_floor_min_open`` open postings
    and fewer than ``settings.sync_close_floor_ratio`` of them would stay open.
    """
    if open_before <= 0 or closing <= 0:
        return False
    if seen == 0:
        return True
    kept = open_before - closing
    return open_before >= settings.sync_close_floor_min_open and kept < settings.sync_close_floor_ratio * open_before


def _normalize_fields(raw: RawPosting) -> dict[str, Any]:
    """``RawPosting`` fields for ``normalize_posting`` minus ``raw`` (which it ignores;
    keeps what is pickled to worker processes small)."""
    return {name: getattr(raw, name) for name in RawPosting.model_fields if name != "raw"}


def _normalize_chunk(task: tuple[list[dict[str, Any]], datetime]) -> list[NormalizedPosting | str]:
    """Worker-process side of :func:`normalize_all`: a posting, or the error text."""
    items, now = task
    out: list[NormalizedPosting | str] = []
    for fields in items:
        try:
            out.append(normalize_posting(**fields, now=now))
        except (ValueError, TypeError) as exc:
            out.append(str(exc) or type(exc).__name__)
    return out


def _normalize_parallel(raws: Sequence[RawPosting], *, now: datetime, workers: int) -> list[NormalizedPosting | str]:
    # Reference tables are built once here and inherited by the forked workers.
    load_reference_data()
    size = max(100, -(-len(raws) // (workers * 4)))
    tasks = [([_normalize_fields(r) for r in raws[i : i + size]], now) for i in range(0, len(raws), size)]
    # gc.freeze(): the children's collector would otherwise touch (and copy-on-write)
    # every object of this process, reference tables included.
    gc.freeze()
    try:
        # Children die with this process (PR_SET_PDEATHSIG): a kill -9 of the job's
        # process must not leave the pool running (issue 9, finding 9).
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=process_guard.die_with_parent, initargs=(os.getpid(),)) as pool:
            return [item for chunk in pool.map(_normalize_chunk, tasks) for item in chunk]
    finally:
        gc.unfreeze()


def normalize_all(
    raws: Iterable[RawPosting], *, now: datetime, quiet: bool = False, workers: int | None = None
) -> tuple[list[NormalizedPosting], int]:
    """Normalize connector postings, in order; records that fail normalization
    (ValueError/TypeError) are skipped and counted (logged unless ``quiet``).

    Batches of at least ``settings.ingest_parallel_min_postings`` (default 1,000) are
    split over ``workers`` forked processes (default ``settings.ingest_normalize_workers``
    = 2; normalization is pure CPU: HTML sanitizing and parsing). Results are identical
    to the in-process path. In the embedded default (jobs on threads of the app
    process) the pool is never used: forking a multi-threaded server is unsafe.
    """
    raws = list(raws)
    if workers is None:
        workers = 1 if settings.run_jobs_inline else settings.ingest_normalize_workers
    if workers > 1 and len(raws) >= settings.ingest_parallel_min_postings:
        results = _normalize_parallel(raws, now=now, workers=workers)
    else:
        results = []
        for raw in raws:
            try:
                results.append(raw.normalize(now=now))
            except (ValueError, TypeError) as exc:
                results.append(str(exc) or type(exc).__name__)
    out: list[NormalizedPosting] = []
    skipped = 0
    for raw, result in zip(raws, results):
        if isinstance(result, str):
            skipped += 1
            if not quiet:
                log.warning("ingest.normalize_skipped", source=raw.source, ats_id=raw.ats_id, error=result)
        else:
            out.append(result)
    return out, skipped


# ----------------------------------------------------------------------------- syncs


def make_fetcher(*, allowlist: bool = True) -> HttpFetcher:
    """The SSRF-guarded :class:`HttpFetcher` of every sync, test fetch and URL import,
    configured from settings (timeout s, size cap bytes, and — for admin-set destinations,
    ``allowlist`` — the ``SSRF_ALLOW_HOSTS`` allowlist; a non-admin's pasted URL gets none)."""
    return HttpFetcher(
        timeout_s=settings.http_timeout_seconds,
        max_bytes=settings.http_max_bytes,
        allow_hosts=settings.ssrf_allow_hosts if allowlist else (),
    )


def connector_for(source: Source, *, fetcher: HttpFetcher | None = None):
    """The connector instance configured by a :class:`Source` row (raises ConnectorError)."""
    return get_source(source.type, token=source.token, base_url=source.base_url, company=source.company,
                      fetcher=fetcher or make_fetcher())


def fetch_raw(source: Source, *, fetcher: HttpFetcher | None = None, payload: bytes | None = None) -> list[RawPosting]:
    """All postings of ``source``: ``payload`` (a recorded page/file given by the caller, e.g.
    ``sync --file``), else the recorded payload for demo sources, else a live fetch.

    Raises:
        ConnectorError: fetch/parse failure (or a demo source without a recording).
    """
    if payload is not None:
        connector = connector_for(source, fetcher=fetcher)
        return connector.finalize(connector.parse_payload(payload, company=source.company))
    if source.is_demo:
        from careercopilot.services.sources import demo_payloads

        connector = connector_for(source, fetcher=fetcher)
        raws: list[RawPosting] = []
        for payload in demo_payloads(source.type, source.token):
            raws.extend(connector.parse_payload(payload, company=source.company))
        return connector.finalize(raws)
    return connector_for(source, fetcher=fetcher).fetch()


def record_failure(*, session: Session, source_id: int, error: str, run: SyncRun | None = None) -> None:
    """Mark ``source_id`` failing with ``error`` (and ``run`` failed); the source keeps its schedule."""
    now = _now()
    source = session.get(Source, source_id)
    if source is not None:
        if source.status != "paused":
            source.status = "failing"
        source.last_error = error[:4000]
        source.last_sync_at = now
        session.add(source)
    if run is None:
        run = SyncRun(source_id=source_id, started_at=now)
    run.status, run.error, run.finished_at = "failed", error[:4000], now
    session.add(run)


def demo_reference_time(source: Source, postings: Sequence[NormalizedPosting], *, now: datetime) -> datetime | None:
    """When a demo source's recording was made: the manifest's ``recorded_at`` (ISO 8601),
    else the newest ``posted_at`` among its postings (a recording is never older than its
    newest posting); ``None`` when neither is known or it is not in the past."""
    from careercopilot.services.sources import demo_recorded_at

    ref = demo_recorded_at(source.type, source.token)
    if ref is None:
        dates = [p.posted_at for p in postings if p.posted_at is not None]
        ref = max(dates) + timedelta(days=1) if dates else None
    return ref if ref is not None and ref < now else None


def sync_source(
    *, session: Session, source_id: int, fetcher: HttpFetcher | None = None, progress: Progress | None = None,
    now: datetime | None = None, payload: bytes | None = None,
) -> SyncRun:
    """Fetch, normalize, upsert and close postings of one source; returns its :class:`SyncRun`.

    Connector failures are recorded (source ``failing`` with ``last_error``, run ``failed``)
    and do not raise; database errors propagate. A fetch that would close too many open
    postings (:func:`is_suspicious`) stores what it saw but closes nothing: the run is
    ``suspicious`` until an admin confirms it (``services.sources.confirm_sync_run``).
    ``payload``: a recorded payload to sync instead of fetching (the whole source as of that
    recording: postings missing from it are closed as after a fetch).
    Runs beyond ``settings.sync_history_keep`` per source are pruned. ``progress(percent, message)`` gets live
    counts; it is only called before the first write (SQLite allows one writer, and the
job's progress row is written on another connection). Raises LookupError for an unknown source.
    """
    progress = progress or (lambda pct, msg: None)
    now = now or _now()
    source = session.get(Source, source_id)
    if source is None:
        raise LookupError(f"source {source_id} not found")
    run = SyncRun(source_id=source_id, started_at=now)
    session.add(run)
    progress(5, f"fetching {source.name}")
    try:
        raws = fetch_raw(source, fetcher=fetcher, payload=payload)
    except ConnectorError as exc:
        # the admin sees the neutral wording (no port/DNS oracle); the detail goes to the log
        reason = fetch_error_message(exc, url=exc.url or "", board=True)
        record_failure(session=session, source_id=source_id, error=reason, run=run)
        session.flush()
        from careercopilot.services.maintenance import prune_sync_history

        # a source that keeps failing keeps only its last runs too (issue 9 probe, session 9: failed
        # runs piled up until the daily prune, which only the cron process runs)
        prune_sync_history(session=session, source_id=source_id)
        return run
    progress(40, f"fetched {len(raws)} postings; normalizing")
    postings, skipped = normalize_all(raws, now=now)
    if source.is_demo:  # a recording is replayed as of when it was recorded (relative dates, staleness)
        recorded = demo_reference_time(source, postings, now=now)
        if recorded is not None:
            postings, skipped = normalize_all(raws, now=recorded)
    progress(70, f"normalized {len(postings)} ({skipped} skipped); storing")
    P = JobPosting
    open_before = session.exec(select(func.count(P.id)).where(P.source_id == source_id, P.is_open)).one()
    stats = upsert_postings(session=session, source_id=source_id, postings=postings, now=now)
    gone = missing_open_postings(session=session, source_id=source_id, seen_ats_ids=stats.seen_ats_ids)
    run.open_before = open_before
    if is_suspicious(open_before=open_before, seen=len(stats.seen_ats_ids), closing=len(gone)):
        closed, run.status = 0, "suspicious"
        run.withheld_count, run.seen_ats_ids = len(gone), sorted(stats.seen_ats_ids)
        log.warning("ingest.sync_suspicious", source_id=source_id, fetched=len(raws), seen=len(stats.seen_ats_ids),
                    open_before=open_before, withheld=len(gone))
    else:
        closed, run.status = close_postings(session=session, posting_ids=gone, now=now), "succeeded"
    run.fetched_count, run.new_count, run.updated_count, run.closed_count = len(raws), stats.new, stats.updated, closed
    run.finished_at = _now()
    source.status = "active" if source.status != "paused" else "paused"
    source.last_error, source.last_sync_at, source.last_success_at = None, now, now
    session.add_all([run, source])
    session.flush()
    from careercopilot.services.maintenance import prune_sync_history

    prune_sync_history(session=session, source_id=source_id)
    log.info("ingest.synced", source_id=source_id, new=stats.new, updated=stats.updated, closed=closed)
    return run


# ----------------------------------------------------------------------------- private URL postings


#: The one text for a refused or unreachable destination (see :func:`fetch_error_message`).
UNREACHABLE = ("Could not fetch that address: it is not a public web server that answered. "
               "Career Copilot only fetches public job pages; check the address or try again later.")


def fetch_error_message(exc: ConnectorError, *, url: str, board: bool = False) -> str:
    """A job seeker's wording of why ``url`` could not be fetched (the technical detail stays
    in the logs): a pasted posting URL, or with ``board=True`` a job board's API during a
    source's test fetch (then a 404 or an unreadable answer points at the board token).

    One message per cause: not a web address, a token the connector does not accept, HTTP
    status, a body that is not a web page, too large, no posting found — and ONE neutral
    message (:data:`UNREACHABLE`) for every destination that was refused or did not answer
    (private/local address, no DNS answer, connection refused or reset, timeout), so the
    texts cannot be used to scan ports or probe internal names (issue 9 finding 3); the
    cause is logged here. ``exc.url`` (the hop that failed, which differs from ``url`` after
    a redirect) names the host in the HTTP messages.
    """
    log.info("fetch.failed", error=str(exc), detail=exc.detail, error_type=type(exc).__name__, url=exc.url,
             board=board)
    host = _host_of(exc.url) or _host_of(url) or "the site"
    redirected = exc.url is not None and exc.url != url
    if isinstance(exc, InvalidURLError):
        if redirected:
            return (f"That link redirects to {exc.url[:200]}, which is not a web address Career Copilot "
                    "can fetch; paste the posting's own https:// address.")
        return "That is not a web address — paste the posting's full URL starting with https://"
    if isinstance(exc, InvalidTokenError):
        return exc.message
    if isinstance(exc, (BlockedURLError, FetchTimeoutError, FetchConnectionError)):
        return UNREACHABLE
    if isinstance(exc, HttpStatusError):
        if board and exc.status in (400, 404, 410):
            return f"{host} answered HTTP {exc.status}: no such board — check the board token or company name."
        if exc.status in (404, 410):
            return (f"{host} answered HTTP {exc.status}: the page does not exist "
                    "(the posting may have been removed); check the link.")
        if exc.status in (401, 403):
            return f"{host} answered HTTP {exc.status}: the page needs a sign-in or refuses automated reading."
        if exc.status == 429 or exc.status >= 500:
            return f"{host} answered HTTP {exc.status} (busy or failing); try again later."
        return f"{host} answered HTTP {exc.status}; check the link."
    if isinstance(exc, UnsupportedContentError):
        return (f"That link opens a file ({exc.content_type}), not a web page; paste the address of the "
                "posting's web page.")
    if isinstance(exc, ResponseTooLargeError):
        return "That page is too large to import."
    if isinstance(exc, MalformedPayloadError):
        if board:
            return f"{host} answered, but not with that board's postings — check the board token."
        return "No job posting could be read from that page."
    return f"Could not load the page from {host}; check the address."


def _host_of(url: str | None) -> str | None:
    """The host name of ``url`` (lower-case), or None when it has none or does not parse."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None


def visible_postings_clause(user_id: int | None):
    """SQL condition: shared postings, or private ones owned by ``user_id``."""
    if user_id is None:
        return JobPosting.owner_id.is_(None)
    return or_(JobPosting.owner_id.is_(None), JobPosting.owner_id == user_id)


def get_posting(*, session: Session, user_id: int, posting_id: int) -> JobPosting:
    """A posting the user may see; LookupError when missing or another user's private posting."""
    posting = session.exec(select(JobPosting).where(JobPosting.id == posting_id, visible_postings_clause(user_id))).first()
    if posting is None:
        raise LookupError(f"posting {posting_id} not found")
    return posting
