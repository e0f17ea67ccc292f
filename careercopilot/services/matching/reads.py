"""Public reads: the ranked Jobs page, a posting's detail with its explanation, the CLI
ranking of a resume text."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, MatchScore, PostingSighting, Preference, Resume, Source, User
from careercopilot.schemas import (
    JobCard,
    JobFilters,
    MatchExplanation,
    PostingDetail,
    ProfessionGap,
    RankedPage,
    Sighting,
)
from careercopilot.services.matching.candidates import REFRESH_CANDIDATES, embed_postings, family_candidates
from careercopilot.services.matching.common import (SCORE_MODEL_VERSION, _aware, _listable, _vector_filter, _visible,
                                                    card_options, location_text, posting_salary_label)
from careercopilot.services.matching.persistence import (
    _card_scores,
    _filter_rows,
    _persist,
    _profession_fields,
    _score_and_persist,
    _stored,
    _stored_page,
    _stored_summary,
)
from careercopilot.services.matching.profile import _active_resume, _prefs_dict, make_profile
from careercopilot.services.matching.scoring import score_posting
from careercopilot.services.matching.signals import title_vectors


def _card(p: JobPosting, row: MatchScore | None, *, last_visit: datetime | None, similarity: float | None = None) -> JobCard:
    ex = (row.explanation or {}) if row is not None else {}
    matched = [s["skill"] for s in ex.get("matched_skills", [])][:6]
    # a card's "missing" names required skills only: a preferred one never counts against a posting
    missing = [s for s in ex.get("missing_skills", []) if s.get("required", True)]
    first = _aware(p.first_seen_at)
    return JobCard(
        posting_id=p.id, title=p.title, company=p.company, location=location_text(p), work_mode=p.work_mode,
        country=p.country, salary=posting_salary_label(p),
        score=int(round(row.score)) if row is not None else None, similarity=similarity,
        matched_skills=matched, missing_skills=[s["skill"] for s in missing][:6],
        missing_licences=[str(t) for t in ex.get("missing_licences") or []],
        posted_at=_aware(p.posted_at), is_new=bool(last_visit and first and first > _aware(last_visit)),
        source_type=p.source_type, visa_sponsorship=p.visa_sponsorship,
    )



def inputs_changed_at(resume: Resume, pref: Preference | None) -> datetime:
    """When the user's scoring inputs last changed (UTC-aware): the active resume's creation or
    edit, the preferences' save. A stored score computed before it is stale — the Jobs list
    then says "Rankings are being refreshed" and the Job-detail page scores the posting afresh."""
    return max(x for x in (_aware(resume.updated_at), _aware(pref.updated_at) if pref else None,
                           _aware(resume.created_at)) if x is not None)


def rank_postings(*, session: Session, user_id: int, filters: JobFilters | None = None, page: int = 1,
                  page_size: int = 20, index: vectors.VectorIndex | None = None) -> RankedPage:
    """Ranked recommendations for the user's active resume (best first), filtered and paged.

    Reads stored scores; when a filter leaves fewer stored scores than the page needs, the
    nearest postings under that filter are scored now and stored (top-up). ``needs_refresh``
    tells the UI to enqueue ``jobs.matching.rescore_user``. Raises ValueError for page < 1.

    Unfiltered with stored scores (the usual Jobs page view) the database counts, orders and
    pages the stored rows (:func:`~.persistence._stored_summary`, :func:`~.persistence._stored_page`);
    a filter (the vector index's metadata mask) or no stored row yet (top-up) reads every stored row.
    """
    if page < 1 or page_size < 1:
        raise ValueError("page and page_size must be ≥ 1")
    index = index or vectors.get_index()
    got = _ranking_inputs(session, user_id)
    if got is None:
        return RankedPage(page=page, page_size=page_size, has_resume=False)
    resume, last_visit, pref = got
    vf = _vector_filter(filters, user_id)
    summary = None if vf.is_restrictive else _stored_summary(session, user_id, resume.id)
    rows = _stored(session, user_id, resume.id) if summary is None or not summary.rows else None
    computed = (_aware(summary.computed_at) if summary is not None
                else max((_aware(r.computed_at) for r in rows), default=None))
    changed = inputs_changed_at(resume, pref)
    has_rows = bool(summary.rows if summary is not None else rows)
    needs_refresh = not has_rows or (computed is not None and computed < changed)
    path = "stored"
    if rows is None:  # unfiltered, scores stored: counted, ordered and paged by the database
        total = summary.listable
        page_ids = _stored_page(session, user_id, resume.id, offset=(page - 1) * page_size, limit=page_size)
    else:
        need = page * page_size
        kept = _filter_rows(rows, vf, index)
        if len(kept) < need and index.count() > 0 and (vf.is_restrictive or not rows):
            prof = make_profile(resume.text, skills=resume.skills or None, prefs=_prefs_dict(pref))
            res = index.query(prof.doc_vector, k=need + page_size, filters=vf)
            path = res.path
            have = {r.posting_id for r in rows}
            new_ids = [pid for pid in res.ids if pid not in have]
            if new_ids:
                _score_and_persist(session, user_id=user_id, resume=resume, prof=prof, posting_ids=new_ids, index=index)
                rows = _stored(session, user_id, resume.id)
                kept = _filter_rows(rows, vf, index)
                has_rows = bool(rows)
                if not computed:
                    needs_refresh = True
        total = len(kept)
        page_ids = [r.posting_id for r in kept[(page - 1) * page_size: page * page_size]]
    by_id = {p.id: p for p in session.exec(select(JobPosting).options(*card_options()).where(
        JobPosting.id.in_(page_ids)))} if page_ids else {}
    postings = [by_id[pid] for pid in page_ids if pid in by_id]
    scored = _card_scores(session, user_id, resume.id, [p.id for p in postings])
    items = [_card(p, scored.get(p.id), last_visit=last_visit) for p in postings]
    gap = profession_gap(*_profession_fields(session, user_id, resume.id)) if has_rows else None
    if has_rows and gap is None:  # of the profession, but all of it far away (ux100) or only a few of it (trial105)?
        from careercopilot.services.matching.profession_near import profession_far_or_scarce

        gap = profession_far_or_scarce(session, user_id, resume.id)
    return RankedPage(items=items, total=total, page=page, page_size=page_size, has_resume=True,
                      needs_refresh=needs_refresh, computed_at=computed, path=path, profession_gap=gap)


def _ranking_inputs(session: Session, user_id: int) -> tuple[Resume, datetime | None, Preference | None] | None:
    """(the active resume, the user's ``last_visit_at``, their preferences) in one statement, or
    None without an active resume (``profile._active_resume``'s choice: the newest active one)."""
    row = session.exec(select(Resume, User.last_visit_at, Preference)
                       .join(User, User.id == Resume.user_id)
                       .outerjoin(Preference, Preference.user_id == Resume.user_id)
                       .where(Resume.user_id == user_id, Resume.is_active)
                       .order_by(Resume.id.desc(), Preference.id).limit(1)).first()
    return None if row is None else (row[0], row[1], row[2])


def profession_gap(own_occupation_scored: bool, family: str | None) -> ProfessionGap | None:
    """The user's profession when none of their scored postings (the nearest
    ``REFRESH_CANDIDATES`` of the feed) belongs to it (issue 11, observation 10), with where
    such postings are found; None when one does, or when the profession (``family``, the
    person's occupation family recorded with the best stored score) is unknown.

    ``own_occupation_scored``: some stored score is of a posting in the person's occupation
    (explanation ``occupation_relation`` "code" or "same"); both come from
    :func:`~.persistence._profession_fields`."""
    from careercopilot.normalize.occupations import FAMILY_BOARDS, FAMILY_LABELS

    if own_occupation_scored or not family:
        return None
    return ProfessionGap(family=family, label=FAMILY_LABELS.get(family, family.replace("_", " ")),
                         boards=FAMILY_BOARDS.get(family, "employers' career sites (add one on the Sources page)"))



def quality_notes(flags) -> list[str]:
    """``normalize.quality`` flags → "label: detail" lines for the detail page."""
    from careercopilot.normalize.quality import FLAG_LABELS

    return [f"{FLAG_LABELS.get(f.get('kind'), f.get('kind'))}: {f.get('detail', '')}".rstrip(": ")
            for f in flags or [] if isinstance(f, dict)]


def posting_detail(*, session: Session, user_id: int, posting_id: int,
                   index: vectors.VectorIndex | None = None) -> tuple[PostingDetail, MatchExplanation | None]:
    """A posting for the detail page and the user's explanation (computed + stored if missing).

    Raises LookupError when the posting does not exist or is another user's private posting
    (same error: no existence oracle). Closed postings are shown (marked ``is_open=False``)
    without a score. A stored explanation older than the user's inputs (:func:`inputs_changed_at`)
    is not shown: the posting is scored afresh (not stored; the re-score job replaces the row).
    """
    p = session.get(JobPosting, posting_id)
    if not _visible(p, user_id):
        raise LookupError(f"posting {posting_id} not found")
    sightings = []
    for s, src in session.exec(select(PostingSighting, Source).where(
            PostingSighting.posting_id == p.id, PostingSighting.source_id == Source.id)):
        sightings.append(Sighting(source=src.name, source_type=src.type, url=s.url, last_seen_at=_aware(s.last_seen_at)))
    if not sightings:
        sightings.append(Sighting(source=p.source_type, source_type=p.source_type, url=p.url,
                                  last_seen_at=_aware(p.last_seen_at)))
    detail = PostingDetail(
        posting_id=p.id, title=p.title, company=p.company, location=location_text(p), work_mode=p.work_mode,
        country=p.country, salary=posting_salary_label(p, yearly=True),
        url=p.url, apply_url=p.apply_url, description_html=p.description_html or "",
        visa_sponsorship=p.visa_sponsorship, visa_evidence=p.visa_evidence, posted_at=_aware(p.posted_at),
        is_open=bool(p.is_open), employment_type=p.employment_type, sightings=sightings,
        quality_notes=quality_notes(p.quality_flags),
    )
    if not p.is_open:
        return detail, None
    resume = _active_resume(session, user_id)
    if resume is None:
        return detail, None
    row = session.exec(select(MatchScore).where(
        MatchScore.user_id == user_id, MatchScore.resume_id == resume.id, MatchScore.posting_id == p.id,
        MatchScore.model_version == SCORE_MODEL_VERSION)).first()
    pref = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
    if row is not None and _aware(row.computed_at) >= inputs_changed_at(resume, pref):
        return detail, MatchExplanation.model_validate(row.explanation)
    # Missing, or stale (the preferences or resume changed since: session 12 trial, the page said
    # "every preference met" and the old target title for a minute after a save): score it now.
    index = index or vectors.get_index()
    prof = make_profile(resume.text, skills=resume.skills or None, prefs=_prefs_dict(pref))
    chunks = index.get_chunks([p.id]).get(p.id)
    if chunks is None:  # not indexed yet (just ingested): embed it now
        chunks = embed_postings([p])[0].chunk_vectors
    ex = score_posting(prof, p, chunks)
    if row is None:  # a stale row is left to the re-score job, so the list's refresh still runs
        _persist(session, user_id=user_id, resume_id=resume.id, posting_id=p.id, ex=ex)
    return detail, ex


def match_resume_text(*, session: Session, resume_text: str, prefs: dict | None = None, top: int = 20,
                      index: vectors.VectorIndex | None = None) -> list[dict]:
    """Rank shared open postings for a resume text (CLI; nothing is stored).

    Returns up to ``top`` dicts ``{posting_id, title, company, location, url, score,
    explanation}`` best first. Raises ValueError for an empty resume text.
    """
    if not (resume_text or "").strip():
        raise ValueError("the resume has no text")
    index = index or vectors.get_index()
    prof = make_profile(resume_text, prefs=prefs)
    # The candidate stage is the same whatever ``top`` is (issue 11, observation 5: a pool of
    # max(200, 5 × top) let ``--top 500`` change the top 10).
    res = index.query(prof.doc_vector, k=REFRESH_CANDIDATES, filters=vectors.VectorFilter())
    res.ids = list(dict.fromkeys([*res.ids, *family_candidates(session, {o.family for o in prof.occupations
                                                                          if o.family}, None)]))
    postings = {p.id: p for p in session.exec(select(JobPosting).where(JobPosting.id.in_(res.ids)))}
    chunks = index.get_chunks([pid for pid in res.ids if pid in postings])
    title_vectors([p.title for p in postings.values()])  # one batched encode for the title component
    scored = []
    for pid in res.ids:
        p = postings.get(pid)
        if not _listable(p, None):
            continue
        ex = score_posting(prof, p, chunks.get(pid))
        scored.append((ex.score, p, ex))
    scored.sort(key=lambda t: (-t[0], t[1].id))  # unrounded scores: the id breaks exact ties only
    return [{"posting_id": p.id, "title": p.title, "company": p.company, "location": location_text(p), "url": p.url,
             "source": p.source_type, "ats_id": p.ats_id,
             "score": s, "explanation": ex.model_dump(mode="json")} for s, p, ex in scored[:top]]


def users_with_active_resume(*, session: Session) -> list[int]:
    """Ids of users who have an active resume (rescored after postings change)."""
    return sorted(set(session.exec(select(Resume.user_id).where(Resume.is_active))))
