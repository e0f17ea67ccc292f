"""Stored scores: ``MatchScore`` + ``MatchSkill`` rows per (user, resume version, posting,
model version), the full refresh of a user, and reading stored rows back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, delete, select

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, MatchScore, MatchSkill, Resume
from careercopilot.schemas import MatchExplanation
from careercopilot.services.matching.candidates import REFRESH_CANDIDATES, family_candidates
from careercopilot.services.matching.common import (
    SCORE_MODEL_VERSION,
    _listable,
    _now,
    listable_where,
    not_hidden_where,
)
from careercopilot.services.matching.profile import Profile, user_profile
from careercopilot.services.matching.scoring import score_posting
from careercopilot.services.matching.signals import title_vectors


#: Score rows per ``INSERT … ON CONFLICT`` statement (12 bind parameters a row: 6,000, well
#: under SQLite's 32,766 and PostgreSQL's 65,535 limits).
PERSIST_CHUNK = 500
_SCORE_FIELDS = ("score", "semantic", "skills", "preference", "freshness", "explanation", "computed_at")


def _insert_for(session: Session, table):
    """The dialect's ``INSERT`` construct (PostgreSQL and SQLite both have ``ON CONFLICT``)."""
    if session.connection().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def persist_scores(session: Session, scored: Sequence[tuple[int, int, int, MatchExplanation]], *,
                   commit: bool = False) -> int:
    """Store ``(user_id, resume_id, posting_id, explanation)`` scores in batches; returns rows written.

    ``commit=True``: commit after each chunk, so one write transaction holds SQLite's write lock
    for at most :data:`PERSIST_CHUNK` scores and their skill rows (``benchmarks/write_lock_holds.py``
    measures the longest hold) — what a background job passes, so users' saves never
    wait behind the whole job (:mod:`careercopilot.db_write_locks`, lock70).

    Per :data:`PERSIST_CHUNK` rows: one ``INSERT … ON CONFLICT (user_id, resume_id, posting_id,
    model_version) DO UPDATE … RETURNING id`` (PostgreSQL; SQLite ≥ 3.35 likewise), one
    ``DELETE`` of the updated matches' old skill rows and one multi-row ``INSERT`` of the
    new ones — a constant number of statements per chunk instead of a select/delete/insert
    per score (issue 9, finding 16). Later duplicates of one identity in ``scored`` win.
    """
    latest: dict[tuple[int, int, int], MatchExplanation] = {}
    for uid, rid, pid, ex in scored:
        latest[(int(uid), int(rid), int(pid))] = ex
    items = list(latest.items())
    mv, now = SCORE_MODEL_VERSION, _now()
    score_t, skill_t = MatchScore.__table__, MatchSkill.__table__
    for i in range(0, len(items), PERSIST_CHUNK):
        part = items[i:i + PERSIST_CHUNK]
        values = [{
            "user_id": uid, "resume_id": rid, "posting_id": pid, "model_version": mv,
            "score": ex.score, "semantic": ex.semantic or 0.0, "skills": ex.skills or 0.0,
            "preference": ex.preference or 0.0, "freshness": ex.freshness or 0.0,
            "explanation": ex.model_dump(mode="json"), "computed_at": ex.computed_at or now,
        } for (uid, rid, pid), ex in part]
        stmt = _insert_for(session, score_t).values(values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_id", "resume_id", "posting_id", "model_version"],
            set_={f: stmt.excluded[f] for f in _SCORE_FIELDS},
        ).returning(score_t.c.id, score_t.c.user_id, score_t.c.resume_id, score_t.c.posting_id)
        ids = {(u, r, p): mid for mid, u, r, p in session.execute(stmt)}
        session.execute(delete(MatchSkill).where(MatchSkill.match_id.in_(list(ids.values()))))
        skills = []
        for key, ex in part:
            uid, _, pid = key
            for status, rows in (("matched", ex.matched_skills), ("missing", ex.missing_skills)):
                skills.extend({"match_id": ids[key], "user_id": uid, "posting_id": pid, "skill": sk.skill[:120],
                               "status": status, "required": sk.required} for sk in rows)
        if skills:
            session.execute(insert(skill_t), skills)  # executemany: one statement
        if commit:
            session.commit()
    return len(items)


def _persist(session: Session, *, user_id: int, resume_id: int, posting_id: int, ex: MatchExplanation) -> None:
    """Store one score (see :func:`persist_scores`)."""
    persist_scores(session, [(user_id, resume_id, posting_id, ex)])


def _score(session: Session, *, user_id: int, resume: Resume, prof: Profile, posting_ids: Sequence[int],
           index: vectors.VectorIndex, now: datetime | None = None) -> list[tuple[int, int, int, MatchExplanation]]:
    """Scores of the listable postings among ``posting_ids`` — reads and computing only, nothing written."""
    if not posting_ids:
        return []
    postings = {p.id: p for p in session.exec(select(JobPosting).where(JobPosting.id.in_(list(posting_ids))))}
    chunks = index.get_chunks([pid for pid in posting_ids if pid in postings])
    title_vectors([p.title for p in postings.values()])  # one batched encode for the title component
    return [(user_id, resume.id, pid, score_posting(prof, postings[pid], chunks.get(pid), now=now))
            for pid in posting_ids if _listable(postings.get(pid), user_id)]


def _score_and_persist(session: Session, *, user_id: int, resume: Resume, prof: Profile, posting_ids: Sequence[int],
                       index: vectors.VectorIndex, now: datetime | None = None) -> int:
    """Score (:func:`_score`), then store in the caller's transaction; returns rows written."""
    return persist_scores(session, _score(session, user_id=user_id, resume=resume, prof=prof,
                                          posting_ids=posting_ids, index=index, now=now))


def _drop_stale(session: Session, *, user_id: int, resume_id: int, keep: set[int]) -> int:
    """Delete the resume's stored scores (current model version) of postings not in ``keep``, and
    their skill rows, :data:`PERSIST_CHUNK` scores per committed transaction; returns how many."""
    stale = [mid for mid, pid in session.exec(select(MatchScore.id, MatchScore.posting_id).where(
        MatchScore.user_id == user_id, MatchScore.resume_id == resume_id,
        MatchScore.model_version == SCORE_MODEL_VERSION)) if pid not in keep]
    for i in range(0, len(stale), PERSIST_CHUNK):
        part = stale[i:i + PERSIST_CHUNK]
        session.exec(delete(MatchSkill).where(MatchSkill.match_id.in_(part)))
        session.exec(delete(MatchScore).where(MatchScore.id.in_(part)))
        session.commit()
    return len(stale)


def refresh_user_matches(*, session: Session, user_id: int, index: vectors.VectorIndex | None = None,
                         progress=None) -> int:
    """Re-score the user's :data:`REFRESH_CANDIDATES` nearest open postings for the active resume.

    Replaces that resume's stored scores under the current model version; returns how many
    postings were scored (0 without an active resume).

    Commits, in short write transactions: every score is computed first (reads only — no write
    lock), then stored :data:`PERSIST_CHUNK` scores per commit (``persist_scores(commit=True)``),
    then the resume's scores of postings no longer among the candidates are deleted likewise.
    Until the last commit a reader sees old and new scores side by side, never none. Before
    lock70 the old scores were deleted first and the whole scoring ran inside that write
    transaction, so a user's Preferences save right after an upload waited 30 s and failed with
    "database is locked" (newcomer trial; ``benchmarks/write_lock_holds.py`` measures the holds).
    """
    index = index or vectors.get_index()
    got = user_profile(session=session, user_id=user_id)
    if got is None:
        return 0
    resume, _, prof = got
    if progress:
        progress(20, "finding candidate postings")
    res = index.query(prof.doc_vector, k=REFRESH_CANDIDATES, filters=vectors.VectorFilter(viewer_id=user_id))
    fams = {o.family for o in prof.occupations if o.family}
    ids = list(dict.fromkeys([*res.ids, *family_candidates(session, fams, user_id)]))
    now = _now()
    scored: list[tuple[int, int, int, MatchExplanation]] = []
    step = PERSIST_CHUNK
    for i in range(0, len(ids), step):
        scored += _score(session, user_id=user_id, resume=resume, prof=prof, posting_ids=ids[i:i + step],
                         index=index, now=now)
        if progress:
            progress(20 + int(70 * min(len(ids), i + step) / max(1, len(ids))), f"scored {len(scored)} postings")
    resume_id = resume.id
    n = persist_scores(session, scored, commit=True)
    _drop_stale(session, user_id=user_id, resume_id=resume_id, keep={pid for _, _, pid, _ in scored})
    return n


def _stored_where(user_id: int, resume_id: int) -> tuple:
    return (MatchScore.user_id == user_id, MatchScore.resume_id == resume_id,
            MatchScore.model_version == SCORE_MODEL_VERSION)


def _stored(session: Session, user_id: int, resume_id: int) -> list:
    """The user's stored scores for the resume, best first, in one statement, as light rows:
    ``posting_id``, ``score``, ``computed_at`` and ``listable`` (the posting is open, not a
    duplicate, not flagged, shared or the user's, and not hidden by the user) — never the
    explanation JSON: a Jobs page load used to decode all ~1,000 stored explanations and re-check
    their postings in IN lists of 900 ids to show 20 cards (:func:`_card_scores` reads the
    page's, :func:`_profession_fields` the two fields the profession note needs)."""
    from sqlalchemy import and_

    listable = and_(*listable_where(user_id), not_hidden_where(user_id))
    return list(session.exec(select(MatchScore.posting_id, MatchScore.score, MatchScore.computed_at,
                                    listable.label("listable"))
                             .join(JobPosting, JobPosting.id == MatchScore.posting_id)
                             .where(*_stored_where(user_id, resume_id))
                             .order_by(MatchScore.score.desc(), MatchScore.posting_id)))


def _profession_fields(session: Session, user_id: int, resume_id: int) -> tuple[bool, str | None]:
    """(whether any stored score is of a posting in the person's own occupation — explanation
    ``occupation_relation`` "code" or "same" —, the ``person_family`` of the best stored score
    that has one). Read by the database from the JSON; the first statement stops at the first
    such row (the usual case), the second runs only when there is none."""
    ex = MatchScore.explanation
    relation, family = ex["occupation_relation"].as_string(), ex["person_family"].as_string()
    where = _stored_where(user_id, resume_id)
    if session.exec(select(MatchScore.id).where(*where, relation.in_(("code", "same"))).limit(1)).first() is not None:
        return True, None
    return False, session.exec(select(family).where(*where, family.is_not(None), family != "")
                               .order_by(MatchScore.score.desc(), MatchScore.posting_id).limit(1)).first()


@dataclass(frozen=True)
class CardScore:
    """What a posting card shows of a stored score: ``score`` (0–100) and ``explanation`` holding
    only ``matched_skills``, ``missing_skills`` and ``missing_licences`` (the lists of the stored
    explanation; a row stored before score-17 has no ``missing_licences``: ``[]``)."""

    score: float
    explanation: dict


def _card_scores(session: Session, user_id: int, resume_id: int, posting_ids: Sequence[int]) -> dict[int, CardScore]:
    """posting id → :class:`CardScore` for these postings: the two skill lists are extracted from
    the explanation JSON by the database (a whole explanation is ~2.5 KB, its check rows, steps
    and passage unused by a card)."""
    if not posting_ids:
        return {}
    ex = MatchScore.explanation
    rows = session.exec(select(MatchScore.posting_id, MatchScore.score, ex["matched_skills"], ex["missing_skills"],
                               ex["missing_licences"])
                        .where(*_stored_where(user_id, resume_id), MatchScore.posting_id.in_(list(posting_ids))))
    return {pid: CardScore(score, {"matched_skills": matched or [], "missing_skills": missing or [],
                                   "missing_licences": licences or []})
            for pid, score, matched, missing, licences in rows}


@dataclass(frozen=True)
class StoredSummary:
    """The user's stored scores for a resume, counted by the database: ``rows`` (postings that
    still exist), ``listable`` (of those, listable for the user and not hidden by them — what
    the unfiltered ranked list holds) and ``computed_at`` (the newest row's time, None without rows)."""

    rows: int
    listable: int
    computed_at: datetime | None


def _stored_summary(session: Session, user_id: int, resume_id: int) -> StoredSummary:
    """:class:`StoredSummary` in one statement — the rows of :func:`_stored` counted, never loaded."""
    from sqlalchemy import and_, func

    listable = and_(*listable_where(user_id), not_hidden_where(user_id))
    n, n_listable, latest = session.exec(
        select(func.count(), func.count(MatchScore.posting_id).filter(listable), func.max(MatchScore.computed_at))
        .select_from(MatchScore).join(JobPosting, JobPosting.id == MatchScore.posting_id)
        .where(*_stored_where(user_id, resume_id))).one()
    return StoredSummary(int(n or 0), int(n_listable or 0), latest)


def _stored_page(session: Session, user_id: int, resume_id: int, *, offset: int, limit: int) -> list[int]:
    """Posting ids of one page of the unfiltered ranked list (:func:`_stored`'s order: best score
    first, then posting id; listable and not hidden only): the database orders and pages — a Jobs
    page view used to load every stored row (~400–1,000) to show 20 (issue 9, session 12)."""
    return list(session.exec(select(MatchScore.posting_id)
                             .join(JobPosting, JobPosting.id == MatchScore.posting_id)
                             .where(*_stored_where(user_id, resume_id), *listable_where(user_id),
                                    not_hidden_where(user_id))
                             .order_by(MatchScore.score.desc(), MatchScore.posting_id)
                             .offset(offset).limit(limit)))


def _filter_rows(rows: list, vf: vectors.VectorFilter, index: vectors.VectorIndex) -> list:
    """Stored rows (:func:`_stored`) whose posting is listable for the user and passes the filter."""
    kept = [r for r in rows if r.listable]
    if vf.is_restrictive and kept:
        c = index.cache()
        m = index._mask_entry(c, vf).mask  # memoized per (filter, cache generation)
        kept = [r for r in kept if (i := c.row_of.get(r.posting_id)) is not None and m[i]]
    return kept
