"""Search of open postings by a typed query: semantic hits + IDF-weighted lexical hits."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sqlmodel import Session, select

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, MatchScore, PostingHide, User
from careercopilot.schemas import JobFilters, RankedPage
from careercopilot.services.matching import fulltext
from careercopilot.services.matching.common import (
    SCORE_MODEL_VERSION,
    _vector_filter,
    card_options,
    listable_where,
)
from careercopilot.services.matching.fulltext import Term
from careercopilot.services.matching.profile import _active_resume
from careercopilot.services.matching.reads import _card
from careercopilot.services.matching.signals import _idf

_QUERY_VISA = re.compile(r"\b(visa|sponsor(ship|s|ed)?|relocation)\b", re.I)

#: A search hit must have cosine(query, posting document) ≥ this, OR match the query's words
#: (see :data:`SEARCH_LEXICAL_SHARE`). Calibrated with all-MiniLM-L6-v2 on the 37 recorded
#: fixture postings of ``tests/fixtures/job-boards`` plus 6 hand-written ones (nurse, accountant,
#: backend, frontend): gibberish queries ("xyzzyqwv", "blorptang", "lorem ipsum") peak at 0.25;
#: single-word occupations with no matching posting peak at 0.455 ("electrician" → "Director,
#: AI Engineer"; "teacher" 0.36, "nurse" → "IT Operations Specialist" 0.35) — short queries are
#: noisy, so the bar sits above that; related postings that share no query word clear it
#: ("data scientist" → "(Senior) Data Engineer" 0.59, "customer support" → "Customer Success
#: Manager" 0.48). Exact terms (RN, ICU, nurse) are the lexical rule's job.
SEARCH_MIN_SIMILARITY = 0.46
#: Lexical rule: more than this share of the query's content words must start a word of the
#: posting's title or description (1 word: it; 2: both; 3: 2; 4: 3).
SEARCH_LEXICAL_SHARE = 0.5
#: Added to the similarity of lexical hits when ordering (all words found) — exact terms first.
SEARCH_LEXICAL_BOOST = 0.1
#: Floor of a query term's weight in :func:`lexical_share` (IDF of very common words is ~0).
SEARCH_MIN_TERM_WEIGHT = 0.5
#: Nearest postings read from the vector index per search (semantic candidates).
SEARCH_CANDIDATES = 1000
#: Postings read from the database per search for the lexical rule (newest first).
SEARCH_LEXICAL_CANDIDATES = 5000
_QUERY_WORD = re.compile(r"[^\W_][\w+#.]*[\w+#]|[^\W_]")
_STOPWORDS = frozenset({"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
                        "job", "jobs", "of", "on", "or", "role", "roles", "the", "to", "with", "work", "position"})


def query_terms(query: str) -> list[str]:
    """Content words of a search query, lower-cased, de-duplicated, in order.

    Words of one letter and English stopwords ("and", "in", "job"…) are dropped; ``c++``,
    ``c#``, ``node.js`` stay whole.
    """
    out: list[str] = []
    for w in _QUERY_WORD.findall((query or "").lower()):
        if len(w) > 1 and w not in _STOPWORDS and w not in out:
            out.append(w)
    return out


def _term_patterns(terms: Sequence[str]) -> list[re.Pattern]:
    return [re.compile(r"(?<![\w+#])" + re.escape(t), re.IGNORECASE) for t in terms]


def lexical_share(terms: Sequence[str], text: str, *, patterns: Sequence[re.Pattern] | None = None) -> float:
    """IDF-weighted share (0–1) of ``terms`` found at the start of a word of ``text``.

    Each term weighs its general-English information content (:func:`_idf`, at least
    :data:`SEARCH_MIN_TERM_WEIGHT`), so filler such as "who" or "looking" counts far less than
    "python" or "nurse". 0.0 when there are no terms.
    """
    if not terms:
        return 0.0
    pats = patterns or _term_patterns(terms)
    weights = [max(SEARCH_MIN_TERM_WEIGHT, _idf(t)) for t in terms]
    found = sum(w for w, p in zip(weights, pats) if p.search(text or ""))
    return found / sum(weights)


_QUOTED = re.compile(r'"([^"]{2,200})"')


def search_terms(query: str) -> list[Term]:
    """Quoted phrases of ``query`` (each one term: words adjacent, in order), then the other
    content words (:func:`query_terms`)."""
    phrases = [" ".join(_QUERY_WORD.findall(m.lower())) for m in _QUOTED.findall(query or "")]
    phrases = [p for p in dict.fromkeys(phrases) if p]
    rest = _QUOTED.sub(" ", query or "")
    return [Term(p, phrase=" " in p) for p in phrases] + [Term(t) for t in query_terms(rest) if t not in phrases]


def _term_weight(t: Term) -> float:
    words = t.text.split() if t.phrase else [t.text]
    return max(SEARCH_MIN_TERM_WEIGHT, sum(_idf(w) for w in words))


def _lexical_candidates(session: Session, user_id: int, terms: Sequence[str | Term],
                        patterns: Sequence[re.Pattern] | None = None) -> dict[int, float]:
    """Listable postings whose title, description, location, work mode or tags (the board's
    skill/category labels, e.g. RemoteOK's) match more than :data:`SEARCH_LEXICAL_SHARE` of
    the query's terms (IDF-weighted, as :func:`lexical_share`) → their share.

    Matching goes through the full-text index (:mod:`.fulltext`: stemmed word prefixes,
    phrases; no scan of every description); at most :data:`SEARCH_LEXICAL_CANDIDATES`
    postings, newest first. ``patterns`` is accepted for older callers and unused.
    """
    ts = [t if isinstance(t, Term) else Term(t) for t in terms]
    if not ts:
        return {}
    ok = fulltext.searchable(session, ts)
    weights = [_term_weight(t) if good else 0.0 for t, good in zip(ts, ok)]
    total = sum(weights)
    if total <= 0:
        return {}
    out = {}
    for pid, flags in fulltext.term_matches(session, user_id, ts, limit=SEARCH_LEXICAL_CANDIDATES).items():
        share = sum(w for w, hit in zip(weights, flags) if hit) / total
        if share > SEARCH_LEXICAL_SHARE:
            out[pid] = share
    return out


def _ranking(session: Session, viewer_id: int | None, q: str, filters: JobFilters | None,
             index: vectors.VectorIndex) -> dict:
    """The hits of query ``q`` best first, before any user's hides: ``{"ranked": [[order score,
    cosine, posting id], …], "path": vector query path}`` (JSON: cacheable).

    ``viewer_id`` None: shared postings only — the same for every user, so
    :func:`search_postings` caches it (:mod:`careercopilot.services.shared_cache`); a user id
    adds that user's private postings (never cached)."""
    vf = _vector_filter(filters, viewer_id)
    qv = np.asarray(emb.embed_document_cached(q)[1], dtype=np.float32)
    res = index.query(qv, k=SEARCH_CANDIDATES, filters=vf)
    sims = {pid: float(sim) for pid, sim in zip(res.ids, res.scores) if sim >= SEARCH_MIN_SIMILARITY}
    lexical = _lexical_candidates(session, viewer_id, search_terms(q))
    extra = [pid for pid in lexical if pid not in sims]
    if extra:
        c = index.cache() if index.count() else None
        allowed = None
        if vf.is_restrictive:
            m = index._mask_entry(c, vf).mask if c is not None else None  # memoized per filter
            allowed = {pid for pid in extra if c is not None and (r := c.row_of.get(pid)) is not None and m[r]}
        for pid in extra:
            if allowed is not None and pid not in allowed:
                lexical.pop(pid)
                continue
            r = c.row_of.get(pid) if c is not None else None
            sims[pid] = float(c.mat[r] @ qv) if r is not None else 0.0
    # the hits' ranking columns only (listable ones: open, not a duplicate, visible); card
    # columns for the page alone — never description text/HTML (issue 9, finding 16)
    hits: dict[int, tuple] = {}
    ids = list(sims)
    for i in range(0, len(ids), 900):
        for row in session.exec(select(JobPosting.id, JobPosting.country, JobPosting.city,
                                       JobPosting.visa_sponsorship).where(
                JobPosting.id.in_(ids[i:i + 900]), *listable_where(viewer_id))):
            hits[int(row[0])] = row
    wants_visa = bool(_QUERY_VISA.search(q))
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", q) if len(w) > 2]
    from careercopilot.normalize.location import city_to_country, country_to_alpha2

    places = {c for w in words for c in (country_to_alpha2(w), city_to_country(w)) if c}
    cities = {w.lower() for w in words if city_to_country(w)}
    ranked = []
    for pid, sim in sims.items():
        h = hits.get(pid)
        if h is None:
            continue
        _, country, city, visa = h
        boost = SEARCH_LEXICAL_BOOST * lexical.get(pid, 0.0)
        if (country and country in places) or (city and city.lower() in cities):
            boost += 0.05
        if wants_visa and visa == "yes":
            boost += 0.05
        ranked.append([sim + boost, sim, int(pid)])
    ranked.sort(key=lambda t: (-t[0], -t[2]))
    return {"ranked": ranked, "path": res.path}


def _index_token(index: vectors.VectorIndex) -> str:
    """What identifies the vector index's current content (a cache key part): any write to it
    (this process's or, within the index's check interval, another's) gives a new token."""
    c = index.cache()
    return f"{index.model_version}:{c.epoch}:{c.version}:{c.local}:{c.live}"


def _has_private(session: Session, user_id: int) -> bool:
    """True when the user owns a posting a search could return (open, listable)."""
    return session.exec(select(JobPosting.id).where(JobPosting.owner_id == user_id, *listable_where(user_id))
                        .limit(1)).first() is not None


def search_postings(*, session: Session, user_id: int, query: str, filters: JobFilters | None = None, page: int = 1,
                    page_size: int = 20, index: vectors.VectorIndex | None = None) -> RankedPage:
    """Search open postings ("ML engineer Berlin visa"): relevant hits only, filtered and paged.

    A posting is a hit when cosine(query, posting) ≥ :data:`SEARCH_MIN_SIMILARITY` (among the
    :data:`SEARCH_CANDIDATES` nearest) OR more than :data:`SEARCH_LEXICAL_SHARE` of the query's
    content words (:func:`query_terms`, IDF-weighted: :func:`lexical_share`) start a word of
    its title/description; gibberish matches nothing. Order: cosine + :data:`SEARCH_LEXICAL_BOOST` × lexical share + 0.05 when
    the query names the posting's country/city + 0.05 when it asks for a visa and the posting
    sponsors. Filters apply to both kinds of hit (lexical hits not in the vector index yet
    pass only unfiltered searches); postings the user hid are left out. ``total`` counts all hits. The user's stored match score
    is attached when present. Raises ValueError for an empty query or page < 1.

    Caching (issue 15): the hit list of a user without private postings depends on shared data
    only (query, filters, shared postings, the vector index) and comes from
    :mod:`careercopilot.services.shared_cache` (key: query, filters, index token — no user);
    the user's hides, scores and "new" flags are applied to it per request. A user with
    private postings is searched uncached.
    """
    q = (query or "").strip()[:500]
    if not q:
        raise ValueError("enter something to search for")
    if page < 1 or page_size < 1:
        raise ValueError("page and page_size must be ≥ 1")
    index = index or vectors.get_index()
    if _has_private(session, user_id):
        found = _ranking(session, user_id, q, filters, index)
    else:
        from careercopilot.services import shared_cache

        key = [_index_token(index), q, (filters or JobFilters()).model_dump(mode="json")]
        found = shared_cache.get_or_compute("search", key, lambda: _ranking(session, None, q, filters, index))
    hidden = set(session.exec(select(PostingHide.posting_id).where(PostingHide.user_id == user_id)))
    ranked = [r for r in found["ranked"] if int(r[2]) not in hidden]
    resume = _active_resume(session, user_id)
    user = session.get(User, user_id)
    sl = ranked[(page - 1) * page_size: page * page_size]
    page_ids = [int(pid) for _, _, pid in sl]
    stored = {}
    if resume is not None and sl:
        stored = {r.posting_id: r for r in session.exec(select(MatchScore).where(
            MatchScore.user_id == user_id, MatchScore.resume_id == resume.id,
            MatchScore.model_version == SCORE_MODEL_VERSION,
            MatchScore.posting_id.in_(page_ids)))}
    # the page's cards re-checked as listable now (a posting closed or flagged since the hit
    # list was cached drops out at once)
    cards = {p.id: p for p in session.exec(select(JobPosting).options(*card_options()).where(
        JobPosting.id.in_(page_ids), *listable_where(user_id)))} if page_ids else {}
    items = [_card(cards[pid], stored.get(pid), last_visit=user.last_visit_at if user else None,
                   similarity=round(sim, 4)) for _, sim, pid in sl if pid in cards]
    return RankedPage(items=items, total=len(ranked), page=page, page_size=page_size, has_resume=resume is not None,
                      path=found["path"])
