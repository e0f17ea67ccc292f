"""Incremental re-scoring after a sync: only (changed postings × users), never the corpus.

The indexing run queues every posting whose index entry changed (embedded, re-described or
removed) in ``MatchRefresh`` (:func:`queue_rescore`); :func:`rescore_changed_postings`
drains that queue. For each queued posting:

* no longer listable (closed, a duplicate, flagged by quality checks, deleted) → its stored scores are deleted;
* otherwise it is scored for every user with an active resume who may see it and for whom
  it is a **candidate**: the user already has a stored score for it, or it would enter the
  user's candidate set of a full refresh (``refresh_user_matches`` scores the
  :data:`REFRESH_CANDIDATES` postings nearest to the resume's document vector). "Would
  enter" = its cosine to the resume's document vector ≥ the lowest cosine among the postings
  the user has stored scores for; while a user has fewer than :data:`REFRESH_CANDIDATES`
  stored scores every visible posting is a candidate (a full refresh would have taken all).
  Scores are those of ``score_posting`` — the rule only decides WHICH pairs are scored.

Cost per batch of :data:`RESCORE_BATCH` queued postings, whatever the corpus size: a fixed
number of SQL statements (the queue, the postings, active resumes, preferences, the users'
stored posting ids, bulk score upserts, the queue delete), one Chroma read of the postings'
chunk vectors, and O(users × stored scores) numpy work on the index's in-memory cache
(issue 9, finding 16; measured by ``benchmarks/sync_cost.py``).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import numpy as np
from sqlalchemy import and_, bindparam, delete
from sqlmodel import Session, select

from careercopilot import metrics
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, MatchRefresh, MatchScore, MatchSkill, Preference, Resume
from careercopilot.services.matching.candidates import REFRESH_CANDIDATES, _indexable
from careercopilot.services.matching.common import SCORE_MODEL_VERSION, _now
from careercopilot.services.matching.persistence import _insert_for, persist_scores
from careercopilot.services.matching.profile import _prefs_dict, make_profile
from careercopilot.services.matching.scoring import score_posting
from careercopilot.services.matching.signals import title_vectors

#: Queued postings re-scored per pass (bounded memory: chunk vectors of this many postings).
RESCORE_BATCH = 500
#: Rows per ``IN (…)`` list (SQLite's bind-parameter limit is 32,766).
_IN_CHUNK = 900


def queue_rescore(session: Session, posting_ids: Sequence[int], *, now: datetime | None = None) -> int:
    """Queue postings for :func:`rescore_changed_postings`; returns how many were given.

    One ``INSERT … ON CONFLICT (posting_id) DO UPDATE SET queued_at`` per 900 ids: a posting
    already queued stays one row, with the newer time (so a drain that read the older time
    does not delete it).
    """
    ids = sorted({int(p) for p in posting_ids})
    now = now or _now()
    table = MatchRefresh.__table__
    for i in range(0, len(ids), _IN_CHUNK):
        stmt = _insert_for(session, table).values([{"posting_id": p, "queued_at": now} for p in ids[i:i + _IN_CHUNK]])
        session.execute(stmt.on_conflict_do_update(index_elements=["posting_id"],
                                                   set_={"queued_at": stmt.excluded.queued_at}))
    return len(ids)


def _active_profiles(session: Session) -> dict[int, tuple[int, object]]:
    """``{user_id: (resume_id, Profile)}`` for every user with an active resume (2 statements)."""
    resumes: dict[int, Resume] = {}
    for r in session.exec(select(Resume).where(Resume.is_active).order_by(Resume.id)):
        resumes[r.user_id] = r  # the newest active one wins (as ``_active_resume``)
    prefs: dict[int, Preference] = {}
    uids = sorted(resumes)
    for i in range(0, len(uids), _IN_CHUNK):
        for p in session.exec(select(Preference).where(Preference.user_id.in_(uids[i:i + _IN_CHUNK]))):
            prefs[p.user_id] = p
    return {uid: (r.id, make_profile(r.text, skills=r.skills or None, prefs=_prefs_dict(prefs.get(uid))))
            for uid, r in resumes.items()}


def _stored_by_user(session: Session, resume_ids: dict[int, int]) -> dict[int, list[int]]:
    """Posting ids with a stored score under the current model version, per user's active resume."""
    out: dict[int, list[int]] = defaultdict(list)
    rids = sorted(resume_ids.values())
    for i in range(0, len(rids), _IN_CHUNK):
        for uid, rid, pid in session.exec(select(MatchScore.user_id, MatchScore.resume_id, MatchScore.posting_id).where(
                MatchScore.model_version == SCORE_MODEL_VERSION, MatchScore.resume_id.in_(rids[i:i + _IN_CHUNK]))):
            if resume_ids.get(uid) == rid:
                out[uid].append(int(pid))
    return out


def _threshold(cache, doc: np.ndarray, stored: list[int]) -> float:
    """Lowest cosine between ``doc`` and the stored postings' document vectors (-inf while the
    user has fewer than :data:`REFRESH_CANDIDATES` stored scores: everything is a candidate)."""
    if len(stored) < REFRESH_CANDIDATES:
        return -np.inf
    rows = [r for pid in stored if (r := cache.row_of.get(pid)) is not None]
    if not rows:
        return -np.inf
    return float(np.min(cache.mat[np.asarray(rows)] @ doc))


def _rescore_batch(session: Session, queued: list[tuple[int, datetime]], index: vectors.VectorIndex,
                   now: datetime) -> dict[str, int]:
    counts = {"postings": len(queued), "scored": 0, "dropped": 0}
    ids = [pid for pid, _ in queued]
    postings = {p.id: p for p in session.exec(select(JobPosting).where(JobPosting.id.in_(ids)))}
    live = [pid for pid in ids if (p := postings.get(pid)) is not None and _indexable(p)]
    dead = [pid for pid in ids if pid not in set(live)]
    scored = []
    if live:
        chunks = index.get_chunks(live)
        live = [pid for pid in live if pid in chunks]  # not indexed (yet): scored when it is
    if live:
        profiles = _active_profiles(session)
        stored = _stored_by_user(session, {uid: rid for uid, (rid, _) in profiles.items()})
        cache = index.cache()
        rows = [cache.row_of.get(pid) for pid in live]
        docs = np.stack([cache.mat[r] if r is not None else chunks[pid].mean(axis=0)
                         for pid, r in zip(live, rows)]).astype(np.float32)
        title_vectors([postings[pid].title for pid in live])  # one batched encode for the title component
        for uid, (rid, prof) in profiles.items():
            mine = set(stored.get(uid, ()))
            cut = _threshold(cache, prof.doc_vector, stored.get(uid, []))
            sims = docs @ np.asarray(prof.doc_vector, dtype=np.float32)
            for pid, sim in zip(live, sims):
                p = postings[pid]
                if p.owner_id is not None and p.owner_id != uid:
                    continue
                if pid in mine or sim >= cut:
                    t0 = time.perf_counter()
                    scored.append((uid, rid, pid, score_posting(prof, p, chunks[pid], now=now)))
                    metrics.SCORING_LATENCY.observe(time.perf_counter() - t0)
    # Writing starts only now, everything computed (lock70): committed per PERSIST_CHUNK scores.
    if dead:
        session.execute(delete(MatchSkill).where(MatchSkill.posting_id.in_(dead)))
        counts["dropped"] = session.execute(delete(MatchScore).where(MatchScore.posting_id.in_(dead))).rowcount or 0
        session.commit()
    counts["scored"] = persist_scores(session, scored, commit=True)
    table = MatchRefresh.__table__
    session.execute(delete(table).where(and_(table.c.posting_id == bindparam("b_pid"),
                                             table.c.queued_at == bindparam("b_at"))),
                    [{"b_pid": pid, "b_at": at} for pid, at in queued])
    session.commit()
    return counts


def rescore_changed_postings(*, session: Session, index: vectors.VectorIndex | None = None, progress=None,
                             now: datetime | None = None) -> dict[str, int]:
    """Drain the ``MatchRefresh`` queue (module doc); returns ``{"postings", "scored", "dropped"}``.

    ``postings``: queue entries handled; ``scored``: (user, posting) scores written;
    ``dropped``: stored scores deleted because their posting is no longer listable.
    A queue entry re-queued while it was being handled stays queued for the next run.

    Commits, in short write transactions: a batch's scores are all computed before it writes,
    then stored ``PERSIST_CHUNK`` per commit, and its queue entries are deleted in a last short
    one — SQLite's write lock is never held while scoring (:mod:`careercopilot.db_write_locks`;
    before lock70 the whole drain, scoring included, was one transaction). A run
    stopped between commits leaves its unfinished queue entries queued: re-scored next run.
    """
    index = index or vectors.get_index()
    now = now or _now()
    counts = {"postings": 0, "scored": 0, "dropped": 0}
    after = -1
    while True:
        queued = session.exec(select(MatchRefresh.posting_id, MatchRefresh.queued_at).where(
            MatchRefresh.posting_id > after).order_by(MatchRefresh.posting_id).limit(RESCORE_BATCH)).all()
        if not queued:
            return counts
        after = queued[-1][0]
        got = _rescore_batch(session, [(int(p), at) for p, at in queued], index, now)
        for k, v in got.items():
            counts[k] += v
        if progress:
            progress(min(95, 10 + counts["postings"] // 10), f"re-scored {counts['postings']} changed postings")
