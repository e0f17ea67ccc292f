"""Alert matching after a sync: new postings × the saved searches they may match → hits.

:func:`match_new_postings` (run by ``jobs.alerts.match_alerts`` after each sync that changed
postings) reads the postings first seen since the oldest active search's ``checked_through``
(minus :data:`OVERLAP`, so a sync that committed late is not missed), in batches of
:data:`BATCH` by id. Per batch, whatever the number of users or searches:

1. the postings (one statement);
2. the **candidate** searches: active searches whose ``match_key`` is one of the batch's word-start
   prefixes or ``"*"`` (one statement; ``semantics`` explains why no match is missed);
3. each (candidate, posting) pair is checked fully in Python (text and filters, the posting
   visible to the search's owner, first seen after the search's own bound);
4. for the users of the surviving pairs: their applications, hides and match scores of the
   batch's postings (three statements);
5. the hits, ``INSERT … ON CONFLICT (saved_search_id, posting_id) DO NOTHING`` (one statement per
   :data:`INSERT_CHUNK` rows) — a hit exists once whatever the retries, re-runs or processes.

Then, when the run read any posting, one ``UPDATE`` moves ``checked_through`` of the active
searches to the run's start. The statements therefore grow with new postings and matching
searches, never with the corpus or the number of users (``benchmarks/digest.py`` measures it);
that one ``UPDATE`` does touch every active search's row (a single global cursor would need a
table of its own).

A search reports a posting only if it was first seen after ``max(created_at, checked_through −
OVERLAP)`` — nothing older than the search (or its last resume, ``saved_searches.update``) —
and not applied to or hidden by the user. ``score``: the user's stored match score for the
active resume when there is one (``MatchScore``, current model version), else None.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import structlog
from sqlalchemy import any_, bindparam, func, literal_column, update
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import Integer, String
from sqlmodel import Session, select

from careercopilot.models import Application, JobPosting, MatchScore, PostingHide, Resume, SavedSearch, SavedSearchHit
from careercopilot.services.alerts.semantics import ANY_KEY, SearchSpec, facts_of, posting_keys
from careercopilot.services.matching.common import SCORE_MODEL_VERSION, listable_where
from careercopilot.services.matching.persistence import _insert_for

log = structlog.get_logger(__name__)

#: New postings read and matched per batch.
BATCH = 500
#: Hit rows per ``INSERT … ON CONFLICT DO NOTHING`` (6 columns a row: well under bind limits).
INSERT_CHUNK = 1000
#: Look-back below the watermark: a sync whose transaction committed up to this long after it
#: stamped ``first_seen_at`` is still matched (re-checking is safe: hits are unique).
OVERLAP = timedelta(minutes=15)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def in_values(session: Session, column, values: Iterable, *, ints: bool = False):
    """``column IN values`` as ONE bound parameter whatever the list's length: PostgreSQL
    ``= ANY(:array)``, SQLite ``IN (SELECT value FROM json_each(:json))`` (no 32,766-variable limit)."""
    vals = list(values)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, vals, type_=ARRAY(Integer if ints else String)))
    return column.in_(sa_select(literal_column("value")).select_from(func.json_each(json.dumps(vals))))


@dataclass
class MatchReport:
    """What one run did: postings read, candidate (search, posting) pairs checked, hits written."""

    postings: int = 0
    candidates: int = 0
    matched: int = 0
    hits: int = 0
    searches: set[int] = field(default_factory=set)

    def as_dict(self) -> dict:
        return {"postings": self.postings, "candidates": self.candidates, "matched": self.matched, "hits": self.hits,
                "searches": len(self.searches)}


@dataclass
class _Search:
    id: int
    user_id: int
    key: str
    after: datetime
    spec: SearchSpec | None


def _candidates(session: Session, keys: set[str], now: datetime, specs: dict[int, _Search]) -> list[_Search]:
    rows = session.exec(select(SavedSearch.id, SavedSearch.user_id, SavedSearch.match_key, SavedSearch.query,
                               SavedSearch.filters, SavedSearch.created_at, SavedSearch.checked_through)
                        .where(SavedSearch.active, in_values(session, SavedSearch.match_key, keys | {ANY_KEY}))).all()
    out = []
    for sid, uid, key, query, filters, created, checked in rows:
        if sid not in specs:
            try:
                spec = SearchSpec.compile(query, filters)
            except ValueError:  # a filter value that no longer parses: the search matches nothing
                spec = None
            after = max(_aware(created), (_aware(checked) or _aware(created)) - OVERLAP)
            specs[sid] = _Search(sid, uid, key, after, spec)
        out.append(specs[sid])
    return out


def _user_pairs(session: Session, model, users: set[int], postings: set[int]) -> set[tuple[int, int]]:
    return {(int(u), int(p)) for u, p in session.exec(select(model.user_id, model.posting_id).where(
        in_values(session, model.user_id, users, ints=True), in_values(session, model.posting_id, postings, ints=True)))}


def _scores(session: Session, users: set[int], postings: set[int]) -> dict[tuple[int, int], float]:
    rows = session.exec(select(MatchScore.user_id, MatchScore.posting_id, MatchScore.score)
                        .join(Resume, (Resume.id == MatchScore.resume_id) & Resume.is_active)
                        .where(MatchScore.model_version == SCORE_MODEL_VERSION,
                               in_values(session, MatchScore.user_id, users, ints=True),
                               in_values(session, MatchScore.posting_id, postings, ints=True)))
    return {(int(u), int(p)): float(s) for u, p, s in rows}


def _match_batch(session: Session, postings: list[JobPosting], now: datetime, specs: dict[int, _Search],
                 report: MatchReport) -> None:
    facts = {p.id: facts_of(p) for p in postings}
    keys_of = {pid: posting_keys(f.doc) for pid, f in facts.items()}
    union: set[str] = set().union(*keys_of.values()) if keys_of else set()
    by_key: dict[str, list[_Search]] = defaultdict(list)
    for s in _candidates(session, union, now, specs):
        by_key[s.key].append(s)
    pairs: list[tuple[_Search, JobPosting]] = []
    for p in postings:
        first = _aware(p.first_seen_at)
        for key in (keys_of[p.id] & by_key.keys()) | ({ANY_KEY} & by_key.keys()):
            for s in by_key[key]:
                report.candidates += 1
                if s.spec is None or first <= s.after or (p.owner_id is not None and p.owner_id != s.user_id):
                    continue
                if s.spec.matches(facts[p.id], now=now):
                    pairs.append((s, p))
    report.matched += len(pairs)
    if not pairs:
        return
    users = {s.user_id for s, _ in pairs}
    pids = {p.id for _, p in pairs}
    skip = _user_pairs(session, Application, users, pids) | _user_pairs(session, PostingHide, users, pids)
    scores = _scores(session, users, pids)
    rows = [{"user_id": s.user_id, "saved_search_id": s.id, "posting_id": p.id,
             "score": scores.get((s.user_id, p.id)), "created_at": now}
            for s, p in pairs if (s.user_id, p.id) not in skip]
    table = SavedSearchHit.__table__
    for i in range(0, len(rows), INSERT_CHUNK):
        stmt = (_insert_for(session, table).values(rows[i:i + INSERT_CHUNK])
                .on_conflict_do_nothing(index_elements=["saved_search_id", "posting_id"])
                .returning(table.c.saved_search_id))
        got = [int(r[0]) for r in session.execute(stmt)]
        report.hits += len(got)
        report.searches.update(got)


def match_new_postings(*, session: Session, now: datetime | None = None, batch: int = BATCH) -> MatchReport:
    """Write the hits of the postings first seen since the last run (module doc); returns the
    counts. Idempotent: a second run (or a concurrent one) writes no hit twice."""
    now = now or _now()
    report = MatchReport()
    oldest = session.exec(select(func.min(SavedSearch.checked_through)).where(SavedSearch.active)).first()
    if oldest is None:
        if session.exec(select(SavedSearch.id).where(SavedSearch.active).limit(1)).first() is None:
            return report
        oldest = now - OVERLAP
    since = _aware(oldest) - OVERLAP
    specs: dict[int, _Search] = {}
    last_id = 0
    while True:
        postings = list(session.exec(select(JobPosting).where(
            JobPosting.first_seen_at > since, JobPosting.first_seen_at <= now, JobPosting.id > last_id,
            *listable_where(None)[:3]).order_by(JobPosting.id).limit(batch)))
        if not postings:
            break
        last_id = postings[-1].id
        report.postings += len(postings)
        _match_batch(session, postings, now, specs, report)
        if len(postings) < batch:
            break
    if report.postings:  # nothing new: the watermark stays (no write to every search per run)
        session.execute(update(SavedSearch).where(SavedSearch.active, (SavedSearch.checked_through < now)
                                                  | SavedSearch.checked_through.is_(None))
                        .values(checked_through=now))
    log.info("alerts.matched", **report.as_dict())
    return report
