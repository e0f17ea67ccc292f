"""Store normalized postings: idempotent bulk upsert and cross-source dedupe.

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

The rest of ingestion, one concern a module: :mod:`~careercopilot.services.ingest_sync`
(``sync_source``: one source's fetch → normalize → upsert → close),
:mod:`~careercopilot.services.ingest_fetch` (the fetcher, a source's raw postings, fetch error
wording), :mod:`~careercopilot.services.ingest_normalize` (``normalize_all``, in a process
pool for large batches), :mod:`~careercopilot.services.ingest_closing` (closing and its floor)
and :mod:`~careercopilot.services.posting_access` (which postings a user may see).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import any_, bindparam, insert, update
from sqlalchemy.dialects import postgresql as pg
from sqlmodel import Session, select

from careercopilot.models import JobPosting, PostingSighting
from careercopilot.services import posting_inputs, shared_cache
from careercopilot.normalize.dedupe import (
    SAME_POSTING_THRESHOLD,
    canonical_url,
    is_same_posting,
    title_key,
)
from careercopilot.normalize.location import Location
from careercopilot.normalize.posting import NormalizedPosting
from careercopilot.normalize.quality import hides_posting

#: Rows per ``IN (...)`` look-up / insert statement (well under SQLite's 32,766 and
#: PostgreSQL's 65,535 bind-parameter limits).
CHUNK = 1000
#: Source type recorded on postings a user added from a URL.
URL_SOURCE_TYPE = "url"

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
    "content_hash", "posted_at", "places", "quality_flags", "weekly_hours_min", "weekly_hours",
)
#: Content fields added after rows were fingerprinted (revision 0018): left out of the fingerprint
#: while None, so the rows that state no hours keep their stored fingerprint (a re-sync of them is
#: still "unchanged"; ``fingerprint``).
_FINGERPRINT_IF_SET = frozenset({"weekly_hours_min", "weekly_hours"})


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
        "weekly_hours_min": p.weekly_hours_min,
        "weekly_hours": p.weekly_hours,
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
        "is_flagged": hides_posting(p.quality_flags),
    }
    row = {k: _cut(v, k) for k, v in row.items()}
    row["fingerprint"] = fingerprint(row)
    row["normalize_inputs"], row["inputs_hash"] = _stored_inputs(p)
    return row


def _stored_inputs(p: NormalizedPosting) -> tuple[bytes | None, str | None]:
    """``(normalize_inputs, inputs_hash)`` of a posting that carries its inputs, else (None, None)."""
    return (None, None) if p.inputs is None else posting_inputs.stored_form(p.inputs)


def fingerprint(row: dict[str, Any]) -> str:
    """SHA-256 hex of the content fields of a posting row (see ``_CONTENT_FIELDS``; the
    ``_FINGERPRINT_IF_SET`` ones only when not None)."""
    data = {k: row.get(k) for k in _CONTENT_FIELDS if not (k in _FINGERPRINT_IF_SET and row.get(k) is None)}
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
    """Insert ``rows`` (same keys each) into ``table``: PostgreSQL ``COPY … FROM STDIN`` (psycopg; table and
    column names quoted by the dialect), else executemany."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        for chunk in _chunks(rows):
            session.execute(insert(table), list(chunk))
        return
    cols = list(rows[0])
    json_cols = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
    # quoted as the dialect quotes them: "user" is a reserved word in PostgreSQL
    prep = conn.dialect.identifier_preparer
    target = f'{prep.format_table(table)} ({", ".join(prep.quote(c) for c in cols)})'
    dbapi = conn.connection.driver_connection
    with dbapi.cursor() as cur:
        with cur.copy(f"COPY {target} FROM STDIN") as copy:
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

    existing: dict[str, tuple[int, str, bool, str | None]] = {}
    ats_ids = sorted(rows)
    for chunk in _lookup_chunks(session, ats_ids):
        q = select(P.ats_id, P.id, P.fingerprint, P.is_open, P.inputs_hash).where(
            P.source_id == source_id, _in(session, P.ats_id, chunk)
        )
        for ats_id, pid, fp, is_open, inputs_hash in session.exec(q):
            existing[ats_id] = (pid, fp, is_open, inputs_hash)

    new_rows = [rows[a] for a in ats_ids if a not in existing]
    changed: list[dict[str, Any]] = []
    touched: list[int] = []
    # Same reading from a changed source record (or a row stored before its inputs were kept):
    # only the inputs are rewritten — not "updated", not re-indexed. Same reading from the same
    # record keeps the stored inputs, whose ``now`` still gives that reading.
    new_inputs: list[dict[str, Any]] = []
    for ats_id, (pid, fp, is_open, inputs_hash) in existing.items():
        row = rows[ats_id]
        if fp != row["fingerprint"] or not is_open:
            changed.append({**row, "id": pid, "last_seen_at": now, "is_open": True, "closed_at": None,
                            "index_pending": True})
        else:
            touched.append(pid)
            if row["inputs_hash"] is not None and row["inputs_hash"] != inputs_hash:
                new_inputs.append({"id": pid, "normalize_inputs": row["normalize_inputs"],
                                   "inputs_hash": row["inputs_hash"]})

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
    if new_inputs:
        session.execute(update(P), new_inputs)
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
