"""Re-read stored postings through the current normalizers (issue 11 trial finding 5).

A posting's place, work mode, pay, visa reading, employer and quality flags are computed once,
at ingest (``normalize.posting.normalize_posting``); a better normalizer reaches a stored
posting only when its source re-syncs — never for a recorded demo feed loaded once, a source
that was removed, or a URL import. :func:`renormalize_postings` re-reads each stored posting's
raw fields and updates the rows whose reading changed (``python -m careercopilot renormalize``).

What is re-read, per posting (a stored row keeps no copy of the source's record, so these are
the raw fields it does keep):

* ``location_text`` (the location as the source wrote it) → city/region/country, work mode,
  allowed regions, places. The source's explicit work-mode and allowed-region hints are not
  stored: when the text alone gives no work mode (or no allowed regions) the stored ones are
  kept as hints.
* the description (``description_html``, else ``description_text``) → text, visa reading, and
  pay: the description's pay reading wins when the stored pay was read from it (the stored
  amounts are its amounts, whatever period or currency was read then) or none is stored;
  otherwise the stored range is re-read as the source's structured pay.
* ``company`` → the employer (``connectors.base.JobSource.employer``: a placeholder or the
  source's own label becomes the employer the description names, else not named), for postings
  of a configured source.
* ``posted_at`` (stored, absolute), ``employment_type``, ``department``, ``tags``, title, URLs.

A changed row gets every normalized column of ``services.ingest.posting_row`` and its new
``fingerprint`` (a later sync with the same reading counts as unchanged); the ORM hook
``models.posting.mark_index_pending`` flags it for the next indexing run, and it is queued for
re-scoring (``matching.refresh.queue_rescore``). Duplicate links (``duplicate_of_id``) and
lifecycle columns are left as they are. Work is done in batches of ``batch`` rows by id, one
flush per batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import structlog
from sqlmodel import Session, select

from careercopilot.models import JobPosting, Source
from careercopilot.normalize.posting import NormalizedPosting, normalize_posting
from careercopilot.normalize.salary_amounts import find_salary_in_text
from careercopilot.services.ingest import _CONTENT_FIELDS, posting_row

log = structlog.get_logger(__name__)

#: Stored postings read per batch (one SELECT and one flush each).
RENORMALIZE_BATCH = 500

__all__ = ["RENORMALIZE_BATCH", "RenormalizeStats", "renormalize_postings", "reread_posting"]


@dataclass
class RenormalizeStats:
    """Outcome of :func:`renormalize_postings`: postings read, changed, unreadable (kept as
    they were) and the ids of the changed ones."""

    read: int = 0
    changed: int = 0
    failed: int = 0
    changed_ids: list[int] = field(default_factory=list)
    #: How many changed rows changed each column ("country": 12, "pay_period": 3 …).
    columns: dict[str, int] = field(default_factory=dict)


def _same_amounts(stored: JobPosting, found: Any) -> bool:
    """Whether a salary read from the description has the stored amounts (so the stored pay
    was read from the description)."""
    def close(a: float | None, b: float | None) -> bool:
        return a is None and b is None or (a is not None and b is not None and abs(a - b) < 0.005)
    return close(stored.salary_min, found.min_amount) and close(stored.salary_max, found.max_amount)


def _salary_input(p: JobPosting, text: str) -> Any:
    """The pay to re-read (module doc): None (the description is read) or the stored range."""
    if p.salary_min is None and p.salary_max is None:
        return None
    found = find_salary_in_text(text, default_currency=p.salary_currency) if text else None
    if found is not None and _same_amounts(p, found):
        return None
    return {"min": p.salary_min, "max": p.salary_max, "currency": p.salary_currency, "period": p.pay_period}


def reread_posting(p: JobPosting, *, now: datetime, employer: Callable[[str, str | None], str] | None = None
                   ) -> NormalizedPosting:
    """The current normalizers' reading of a stored posting's raw fields (module doc).

    ``employer(company, description_text)`` re-reads the company (the source's connector's
    ``employer``); None keeps the stored company. Raises ValueError as ``normalize_posting``."""
    company = employer(p.company or "", p.description_text or None) if employer else (p.company or "")
    fields: dict[str, Any] = dict(
        source=p.source_type, ats_id=p.ats_id, url=p.url, title=p.title, company=company, apply_url=p.apply_url,
        location=p.location_text, description_html=p.description_html or None,
        description_text=p.description_text or None, posted_at=p.posted_at.isoformat() if p.posted_at else None,
        salary=_salary_input(p, p.description_text or ""), salary_currency_hint=p.salary_currency,
        employment_type=p.employment_type, department=p.department, tags=list(p.tags or []),
    )
    n = normalize_posting(**fields, now=now)
    if (n.location.work_mode is None and p.work_mode) or (not n.location.allowed_regions and p.allowed_regions):
        n = normalize_posting(**fields, work_mode_hint=p.work_mode, allowed_regions_hint=list(p.allowed_regions or [])
                              or None, now=now)
    return n


def _employers(session: Session) -> dict[int, Callable[[str, str | None], str]]:
    """``{source_id: connector.employer}`` of every configured source whose connector builds."""
    from careercopilot.connectors.errors import ConnectorError
    from careercopilot.services.ingest_fetch import connector_for

    out = {}
    for src in session.exec(select(Source)):
        try:
            out[int(src.id)] = connector_for(src).employer
        except (ConnectorError, ValueError) as exc:  # an unknown or misconfigured source: company kept
            log.warning("renormalize.no_connector", source_id=src.id, error=str(exc))
    return out


def renormalize_postings(*, session: Session, source_id: int | None = None, batch: int = RENORMALIZE_BATCH,
                         now: datetime | None = None, progress: Callable[[int, str], None] | None = None,
                         rescore: bool = True) -> RenormalizeStats:
    """Re-read every stored posting (of ``source_id`` when given) and update the changed rows.

    Returns :class:`RenormalizeStats`. ``rescore``: queue the changed postings for re-scoring
    (``matching.refresh.queue_rescore``; drained by ``jobs.matching.rescore_postings`` after the
    next indexing run). Rows that no longer normalize (ValueError) are counted in ``failed`` and
    kept. Raises LookupError for an unknown ``source_id``. Flushes, does not commit.
    """
    if source_id is not None and session.get(Source, source_id) is None:
        raise LookupError(f"source {source_id} not found")
    now = now or datetime.now(timezone.utc)
    employers = _employers(session)
    stats = RenormalizeStats()
    after = 0
    while True:
        q = select(JobPosting).where(JobPosting.id > after).order_by(JobPosting.id).limit(max(1, batch))
        if source_id is not None:
            q = q.where(JobPosting.source_id == source_id)
        rows = list(session.exec(q))
        if not rows:
            break
        after = int(rows[-1].id)
        for p in rows:
            stats.read += 1
            try:
                n = reread_posting(p, now=now, employer=employers.get(p.source_id) if p.source_id else None)
            except ValueError as exc:
                stats.failed += 1
                log.warning("renormalize.unreadable", posting_id=p.id, error=str(exc))
                continue
            new = posting_row(n, source_id=p.source_id, owner_id=p.owner_id)
            diff = [k for k in _CONTENT_FIELDS if k != "posted_at" and new.get(k) != getattr(p, k)]
            if not diff:
                continue
            for k in (*diff, "is_flagged", "fingerprint"):
                setattr(p, k, new[k])
            session.add(p)
            stats.changed += 1
            stats.changed_ids.append(int(p.id))
            for k in diff:
                stats.columns[k] = stats.columns.get(k, 0) + 1
        session.flush()
        if progress:
            progress(min(95, 5 + stats.read // 100), f"re-read {stats.read} postings, {stats.changed} changed")
    if rescore and stats.changed_ids:
        from careercopilot.services.matching.refresh import queue_rescore

        queue_rescore(session, stats.changed_ids, now=now)
    log.info("renormalize.done", source_id=source_id, read=stats.read, changed=stats.changed, failed=stats.failed)
    return stats
