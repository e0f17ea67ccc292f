"""Saved searches, hidden postings and alerts (issue 13, "Saved searches and alerts").

Modules, by concern:

* :mod:`.semantics` — what "a posting matches a saved search" means, and the match key;
* :mod:`.saved_searches` — the user's saved searches and hidden postings (CRUD, ownership);
* :mod:`.matcher` — new postings × candidate searches → hits, after each sync;
* :mod:`.pending` — reading and claiming waiting hits;
* :mod:`.instant` — instant emails (capped, quiet hours) and in-app items;
* :mod:`.digest` — daily / weekly digests at the user's local hour, one per period.

:func:`run_after_sync` is what ``jobs.alerts.match_alerts`` runs.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session


def run_after_sync(*, session: Session, now: datetime | None = None) -> dict:
    """Match new postings, then deliver instant / in-app alerts; returns both reports' counts."""
    from careercopilot.services.alerts import instant, matcher

    found = matcher.match_new_postings(session=session, now=now)
    sent = instant.deliver_instant(session=session, now=now)
    return {**found.as_dict(), **sent.as_dict()}
