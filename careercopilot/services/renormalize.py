"""Re-run normalization over stored postings from their stored inputs (``python -m careercopilot
renormalize``), so a fix in ``normalize/`` reaches rows that their source will not re-sync (a
recorded demo feed loaded once, a removed source, a URL import or clip).

A posting's reading (place, work mode, pay, visa, flags …) is computed once, at ingest, by
``normalize.posting.normalize_posting``. Since revision 0017 the row keeps what that call was given
(``JobPosting.normalize_inputs``, :mod:`careercopilot.services.posting_inputs`: the connector's
fields, the reference time, a demo date shift); :func:`renormalize_postings` runs the current
``normalize_posting`` on exactly those inputs, builds the row as ingest does
(``ingest.posting_row``; ``url_import.private_row`` for private postings) and writes the rows
whose normalized fields differ. With unchanged normalizers nothing differs: the inputs ARE the
ingest's (trial17a finding 5: re-reading stored *outputs* changed 448 of 1,005 fresh rows).

* Compared: ``ingest._CONTENT_FIELDS`` and ``is_flagged`` (JSON values as the database returns
  them; a text the write path's control-character rule cleans counts as the same).
* Written (one executemany ``UPDATE`` by primary key per chunk, as ingest updates changed rows):
  those fields, the new ``fingerprint`` (a later sync of the same reading is "unchanged") and
  ``index_pending`` — the flag ingest sets, so the next ``jobs.matching.index_postings`` run
  re-embeds and re-scores exactly these rows (the CLI enqueues it, as a sync does). Duplicate
  links and lifecycle columns are left as they are (a sync's update leaves them too).
* Rows without stored inputs (stored before 0017, or inputs JSON cannot hold) are counted per
  source and skipped: re-syncing their source stores the inputs (``ingest.upsert_postings``).
* Rows whose inputs no longer normalize (ValueError/TypeError) are counted and kept.

Work goes in chunks of ``chunk`` rows by id, each in its own short transaction (SQLite has one
writer; the app may be running). Idempotent: a second run changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import structlog
from sqlalchemy import select, update
from sqlmodel import Session

from careercopilot.models import JobPosting, Source
from careercopilot.normalize.posting import normalize_posting
from careercopilot.services import posting_inputs, shared_cache
from careercopilot.services.demo_dates import shift_posting_dates
from careercopilot.services.ingest import _CONTENT_FIELDS, posting_row
from careercopilot.text_guard import clean_controls

log = structlog.get_logger(__name__)

__all__ = ["COMPARED_FIELDS", "RENORMALIZE_CHUNK", "RenormalizeStats", "renormalize_postings", "reread"]

#: Stored postings per chunk (one SELECT, one UPDATE, one transaction each).
RENORMALIZE_CHUNK = 500
#: Normalized fields compared with the stored row (and written when they differ).
COMPARED_FIELDS = (*_CONTENT_FIELDS, "is_flagged")


@dataclass
class RenormalizeStats:
    """Outcome of :func:`renormalize_postings` (counts of postings)."""

    read: int = 0
    changed: int = 0
    #: Rows without stored inputs (skipped), by ``source_id`` (None: private postings).
    no_inputs: Counter = field(default_factory=Counter)
    #: Rows whose stored inputs no longer normalize (kept as they are).
    failed: int = 0
    #: How many changed rows changed each field ("pay_period": 3 …).
    fields: Counter = field(default_factory=Counter)
    changed_ids: list[int] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return sum(self.no_inputs.values())


def _as_stored(value: Any) -> Any:
    """``value`` as a JSON column gives it back (tuples become lists …)."""
    return json.loads(json.dumps(value)) if isinstance(value, (list, dict, tuple)) else value


def _differs(new: Any, stored: Any) -> bool:
    new = _as_stored(new)
    return new != stored and clean_controls(new) != stored


def reread(stored: dict[str, Any], inputs: posting_inputs.NormalizeInputs) -> dict[str, Any]:
    """The row ingest would store for ``inputs`` under today's normalizers (``posting_row`` keys;
    ``stored``: the stored row's ``source_id``, ``owner_id``, ``url``). Raises ValueError/TypeError
    as ``normalize_posting``."""
    posting = normalize_posting(**inputs.fields, now=inputs.now)
    if inputs.shift_days:
        (posting,) = shift_posting_dates([posting], inputs.shift)
    if stored["owner_id"] is not None:
        from careercopilot.services.url_import import private_row

        return private_row(posting, user_id=stored["owner_id"], url=stored["url"] or "")
    return posting_row(posting, source_id=stored["source_id"])


def _chunk(session: Session, *, after: int, source_id: int | None, size: int, dry_run: bool,
           stats: RenormalizeStats) -> int | None:
    """Re-read one chunk of rows with ``id > after``; the last id read, or None when none is left."""
    P = JobPosting.__table__.c
    cols = [P.id, P.source_id, P.owner_id, P.normalize_inputs, *(P[k] for k in COMPARED_FIELDS if k != "url"), P.url]
    q = select(*cols).where(P.id > after).order_by(P.id).limit(size)
    if source_id is not None:
        q = q.where(P.source_id == source_id)
    rows = [dict(r._mapping) for r in session.execute(q)]
    if not rows:
        return None
    writes: list[dict[str, Any]] = []
    for row in rows:
        stats.read += 1
        if row["normalize_inputs"] is None:
            stats.no_inputs[row["source_id"]] += 1
            continue
        try:
            new = reread(row, posting_inputs.decode(row["normalize_inputs"]))
        except (ValueError, TypeError) as exc:
            stats.failed += 1
            log.warning("renormalize.unreadable", posting_id=row["id"], error=str(exc) or type(exc).__name__)
            continue
        diff = [k for k in COMPARED_FIELDS if _differs(new[k], row[k])]
        if not diff:
            continue
        stats.changed += 1
        stats.changed_ids.append(row["id"])
        stats.fields.update(diff)
        writes.append({"id": row["id"], **{k: new[k] for k in COMPARED_FIELDS}, "fingerprint": new["fingerprint"],
                       "index_pending": True})
    if writes and not dry_run:
        session.execute(update(JobPosting), writes)
        shared_cache.invalidate_on_commit(session)
    return rows[-1]["id"]


def renormalize_postings(
    *, scope: Callable[[], AbstractContextManager[Session]] | None = None, source_id: int | None = None,
    dry_run: bool = False, chunk: int = RENORMALIZE_CHUNK, progress: Callable[[int, str], None] | None = None,
) -> RenormalizeStats:
    """Re-normalize every stored posting (of ``source_id`` when given) from its stored inputs and
    write the rows whose normalized fields differ (module doc); nothing is written with
    ``dry_run``. ``scope()`` opens one committing transaction per chunk (default
    ``db.session_scope``). Blocking (CPU and database): call it from a CLI command or a job, never
    on the event loop. Raises LookupError for an unknown ``source_id``."""
    if scope is None:
        from careercopilot.db import session_scope as scope
    with scope() as s:
        if source_id is not None and s.get(Source, source_id) is None:
            raise LookupError(f"source {source_id} not found")
    stats = RenormalizeStats()
    after: int | None = 0
    while after is not None:
        with scope() as s:
            after = _chunk(s, after=after, source_id=source_id, size=max(1, chunk), dry_run=dry_run, stats=stats)
        if progress and after is not None:
            progress(min(95, 5 + stats.read // 100), f"re-read {stats.read} postings, {stats.changed} changed")
    log.info("renormalize.done", source_id=source_id, read=stats.read, changed=stats.changed,
             skipped=stats.skipped, failed=stats.failed, dry_run=dry_run)
    return stats
