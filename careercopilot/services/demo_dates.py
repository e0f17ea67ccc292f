"""Demo-feed postings dated like a live feed (``DEMO_FEED``; issue 10 trial finding: on a fresh
``make run`` in December 2026 every demo posting showed its recorded 2024 date and looked two
years old).

Rule: when a demo source (``Source.is_demo``) is synced, every posting's ``posted_at`` and
``posted_before`` move forward by the same whole number of days, :func:`demo_date_shift`: from
the recording's anchor day to today. The anchor is the manifest's ``recorded_at``
(``data/demo_feed/manifest.json``) when given, else the source's newest posting date — so the
newest posting of a recording without ``recorded_at`` is dated today, and the spacing between
postings is kept. Relative dates ("3 days ago") and the staleness flags are judged as of the
recording first (``ingest_sync.demo_reference_time``), so a posting that was stale when recorded
stays flagged and the rest of the feed is not. The recorded dates stay in the recorded
payloads (``data/demo_feed/*``, unchanged); each sync logs the shift. A re-sync on the same day
changes nothing; on a later day the dates move with it, as a live feed's would. Sources that
are not demo sources are never shifted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from careercopilot.normalize.posting import NormalizedPosting

__all__ = ["demo_date_shift", "shift_posting_dates"]


def demo_date_shift(anchor: datetime | None, postings: Sequence[NormalizedPosting], *, now: datetime) -> timedelta:
    """Whole days from the recording's anchor day to ``now``'s day (UTC): ``anchor`` (the
    manifest's ``recorded_at``), else the newest ``posted_at`` of ``postings``. Zero when
    neither is known or the anchor is not in the past."""
    if anchor is None:
        dates = [p.posted_at for p in postings if p.posted_at is not None]
        anchor = max(dates) if dates else None
    if anchor is None or anchor >= now:
        return timedelta(0)
    return timedelta(days=max(0, (now.date() - anchor.date()).days))


def shift_posting_dates(postings: Sequence[NormalizedPosting], shift: timedelta) -> list[NormalizedPosting]:
    """``postings`` with ``posted_at``/``posted_before`` moved by ``shift`` (others unchanged);
    a posting's stored inputs (``services.posting_inputs``) record the shift, so ``renormalize``
    repeats it."""
    if not shift:
        return list(postings)
    return [p.model_copy(update={"posted_at": p.posted_at + shift if p.posted_at else None,
                                 "posted_before": p.posted_before + shift if p.posted_before else None,
                                 "inputs": replace(p.inputs, shift_days=p.inputs.shift_days + shift.days)
                                 if p.inputs is not None else None})
            for p in postings]
