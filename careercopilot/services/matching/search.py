"""Search of open postings by a typed query: semantic hits + IDF-weighted lexical hits."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sqlmodel import Session, select

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, PostingHide, User
from careercopilot.normalize.places import Place
from careercopilot.normalize.query_filler import strip_filler
from careercopilot.schemas import JobFilters, RankedPage
from careercopilot.services.matching import fulltext
from careercopilot.services.matching.common import (
    _vector_filter,
    card_options,
    listable_where,
    owned_by,
)
from careercopilot.services.matching.fulltext import Term
from careercopilot.services.matching.persistence import _card_scores
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
#: Lexical hits read from the database per search (newest first; the rule is tested by the
#: full-text index, :func:`fulltext.qualifying_groups`). Equal to :data:`SEARCH_CANDIDATES`, so a
#: search's lexical side costs what its semantic side costs whatever the corpus (issue 9: 5,000
#: made p95 at 100,000 postings 12–20 × the p95 at 1,000, ``benchmarks/search.py``); when more
#: match, the total shown is an estimate ("about", :attr:`RankedPage.total_about`).
SEARCH_LEXICAL_CANDIDATES = 1000
_QUERY_WORD = re.compile(r"[^\W_][\w+#.]*[\w+#]|[^\W_]")
_STOPWORDS = frozenset({"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
                        "of", "on", "or", "the", "to", "with"})


def query_terms(query: str) -> list[str]:
    """Content words of a search query, lower-cased, de-duplicated, in order.

    Job-search filler is dropped ("jobs", "openings", "near me", "hiring":
    ``normalize.query_filler.strip_filler``; session 22, issue 11 finding 7) unless it is a
    word of a title ("social work", "job coach"), and so are words of one letter and English
    stopwords ("and", "in"…); ``c++``, ``c#``, ``node.js`` stay whole. A query of filler alone
    ("jobs") has no content words.
    """
    out: list[str] = []
    for w in _QUERY_WORD.findall(strip_filler(query, whole_if_only_filler=False).lower()):
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
    content words (:func:`query_terms`: job-search filler dropped)."""
    phrases = [" ".join(_QUERY_WORD.findall(m.lower())) for m in _QUOTED.findall(query or "")]
    phrases = [p for p in dict.fromkeys(phrases) if p]
    rest = _QUOTED.sub(" ", query or "")
    return [Term(p, phrase=" " in p) for p in phrases] + [Term(t) for t in query_terms(rest) if t not in phrases]


def _term_weight(t: Term) -> float:
    words = t.text.split() if t.phrase else [t.text]
    return max(SEARCH_MIN_TERM_WEIGHT, sum(_idf(w) for w in words))


def _lexical_candidates(session: Session, user_id: int, terms: Sequence[str | Term],
                        patterns: Sequence[re.Pattern] | None = None) -> dict[int, float]:
    """:func:`_lexical_hits` → their share only (see there)."""
    return {pid: share for pid, (share, _) in _lexical_hits(session, user_id, terms).items()}


def _lexical_hits(session: Session, user_id: int | None, terms: Sequence[str | Term]
                  ) -> dict[int, tuple[float, fulltext.Match]]:
    """:func:`_lexical_search`'s hits alone."""
    return _lexical_search(session, user_id, terms)[0]


def _lexical_search(session: Session, user_id: int | None, terms: Sequence[str | Term]
                    ) -> tuple[dict[int, tuple[float, fulltext.Match]], int | None]:
    """Listable postings whose title, description, location, work mode or tags (the board's
    skill/category labels, e.g. RemoteOK's) match more than :data:`SEARCH_LEXICAL_SHARE` of
    the query's terms (IDF-weighted, as :func:`lexical_share`) → their share; and about how
    many there are when more than :data:`SEARCH_LEXICAL_CANDIDATES` match (None: all read).

    Matching goes through the full-text index (:mod:`.fulltext`: stemmed word prefixes,
    phrases; no scan of every description), the share rule included (the sets of terms that
    carry more than the share, :func:`fulltext.qualifying_groups`); at most
    :data:`SEARCH_LEXICAL_CANDIDATES` postings, newest first. Each hit comes with its ranking
    columns (:class:`fulltext.Match`).
    """
    ts = [t if isinstance(t, Term) else Term(t) for t in terms]
    if not ts:
        return {}, None
    ok = fulltext.searchable(session, ts)
    weights = [_term_weight(t) if good else 0.0 for t, good in zip(ts, ok)]
    total = sum(weights)
    if total <= 0:
        return {}, None
    groups = fulltext.qualifying_groups(weights, SEARCH_LEXICAL_SHARE)
    found = fulltext.matches(session, user_id, ts, limit=SEARCH_LEXICAL_CANDIDATES, groups=groups)
    out = {}
    for pid, m in found.items():
        share = sum(w for w, hit in zip(weights, m.flags) if hit) / total
        if share > SEARCH_LEXICAL_SHARE:
            out[pid] = (share, m)
    return out, fulltext.estimated_total(found, kept=len(out), limit=SEARCH_LEXICAL_CANDIDATES)


def home_country(session: Session, user_id: int) -> str | None:
    """The searcher's country for reading place names (``split_place_query``'s ``home_country``):
    the country most of their preferred places are in (alpha-2; remote places have none), or None."""
    from collections import Counter

    from careercopilot.models import Preference

    places = session.exec(select(Preference.places).where(Preference.user_id == user_id)).first() or []
    counts = Counter(p.get("country") for p in places if isinstance(p, dict) and p.get("country"))
    return counts.most_common(1)[0][0] if counts else None


def place_query(q: str, filters: JobFilters | None,
                home: str | None = None) -> tuple[str, JobFilters | None, Place | None]:
    """A search query's place read off (``normalize.query_places.split_place_query``; issue 11
    trial finding 4: "nurse Ohio" listed nurses in Texas first) → ``(text query, filters,
    place)``. The place's country and the work mode the query names become the ``country`` /
    ``work_mode`` filters unless the page's own filters set them (those win); a city or state
    (or a US region: "RN Bay Area", ``normalize.place_groups``) is returned as ``place``, which :func:`_ranking` keeps hits within
    (``normalize.places.place_within``: a city takes its 50 km metro, a state its cities).
    ``home``: the searcher's country (:func:`home_country`), for "nurse Georgia"."""
    from careercopilot.normalize.query_places import split_place_query

    read = split_place_query(q, home_country=home)
    f = filters or JobFilters()
    update: dict = {}
    if read.place is not None and read.place.country and not f.country:
        update["country"] = read.place.country
    if read.work_mode and not f.work_mode:
        update["work_mode"] = read.work_mode
    if update:
        filters = f.model_copy(update=update)
    place = read.place if read.place is not None and read.place.kind in ("city", "region", "group") else None
    if place is not None and f.country and f.country != place.country:
        place = None  # the page's country filter wins over a place of another country
    return read.text or q, filters, place


def _in_place(session: Session, ids: Sequence[int], place: Place) -> set[int]:
    """The postings of ``ids`` with a place within ``place`` (any of a multi-location posting's
    places; a posting without stored places by its city/region/country columns)."""
    from careercopilot.normalize.places import place_within

    out: set[int] = set()
    for i in range(0, len(ids), 900):
        for pid, places, city, region, country in session.exec(select(
                JobPosting.id, JobPosting.places, JobPosting.city, JobPosting.region, JobPosting.country).where(
                JobPosting.id.in_(ids[i:i + 900]))):
            own = list(places or []) or ([{"kind": "city" if city else "region", "name": city or region or "",
                                           "region": region, "country": country}] if (city or region) else [])
            if any(place_within(p, place) for p in own):
                out.add(int(pid))
    return out


def _ranking(session: Session, viewer_id: int | None, q: str, filters: JobFilters | None,
             index: vectors.VectorIndex, *, place: Place | None = None) -> dict:
    """The hits of query ``q`` best first, before any user's hides: ``{"ranked": [[order score,
    cosine, posting id], …], "path": vector query path}`` (JSON: cacheable). ``place``: only
    hits within it (:func:`place_query`).

    ``viewer_id`` None: shared postings only — the same for every user, so
    :func:`search_postings` caches it (:mod:`careercopilot.services.shared_cache`); a user id
    adds that user's private postings (never cached)."""
    vf = _vector_filter(filters, viewer_id)
    qv = np.asarray(emb.embed_document_cached(q)[1], dtype=np.float32)
    res = index.query(qv, k=SEARCH_CANDIDATES, filters=vf)
    sims = {pid: float(sim) for pid, sim in zip(res.ids, res.scores) if sim >= SEARCH_MIN_SIMILARITY}
    lexical_hits, lexical_about = _lexical_search(session, viewer_id, search_terms(q))
    lexical = {pid: share for pid, (share, _) in lexical_hits.items()}
    extra = [pid for pid in lexical if pid not in sims]
    if extra:
        # the loaded cache says whether the index is empty (no Chroma count(): a COUNT over the
        # whole collection on every search, issue 9); cosines of all extra hits in one mat-vec
        c = index.cache()
        c = c if c.live else None
        rows = [c.row_of.get(pid) if c is not None else None for pid in extra]
        if vf.is_restrictive:
            m = index._mask_entry(c, vf).mask if c is not None else None  # memoized per filter
            keep = [r is not None and bool(m[r]) for r in rows]
            for pid in [pid for pid, ok in zip(extra, keep) if not ok]:
                lexical.pop(pid)
            extra, rows = [pid for pid, ok in zip(extra, keep) if ok], [r for r, ok in zip(rows, keep) if ok]
        found = [i for i, r in enumerate(rows) if r is not None]
        cos = (c.mat[[rows[i] for i in found]] @ qv).tolist() if found else []
        sims.update(dict.fromkeys(extra, 0.0))
        sims.update(zip([extra[i] for i in found], cos))
    # the hits' ranking columns only (listable ones: open, not a duplicate, visible); card
    # columns for the page alone — never description text/HTML (issue 9, finding 16). Lexical
    # hits are listable and came with their columns; only the other vector hits (at most
    # SEARCH_CANDIDATES, whatever the corpus) are read here.
    hits: dict[int, tuple] = {pid: (pid, m.country, m.city, m.visa)
                              for pid, (_, m) in lexical_hits.items() if pid in lexical}
    ids = [pid for pid in sims if pid not in hits]
    for i in range(0, len(ids), 900):
        for row in session.exec(select(JobPosting.id, JobPosting.country, JobPosting.city,
                                       JobPosting.visa_sponsorship).where(
                JobPosting.id.in_(ids[i:i + 900]), *listable_where(viewer_id))):
            hits[int(row[0])] = row
    if place is not None:
        inside = _in_place(session, list(hits), place)
        hits = {pid: h for pid, h in hits.items() if pid in inside}
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
    # more lexical hits than were read: about how many hits in all (the unread ones are older
    # lexical hits outside the vector candidates; shown as "about", never paged)
    about = None
    if lexical_about is not None:  # the unread ones pass the filters as often as the read ones
        unread = lexical_about - len(lexical_hits)
        kept = sum(1 for _, _, pid in ranked if pid in lexical)  # after the filters and the place
        about = len(ranked) + round(unread * kept / max(1, len(lexical_hits)))
    return {"ranked": ranked, "path": res.path, "about": about}


def _index_token(index: vectors.VectorIndex) -> str:
    """What identifies the vector index's current content (a cache key part): any write to it
    (this process's or, within the index's check interval, another's) gives a new token."""
    c = index.cache()
    return f"{index.model_version}:{c.epoch}:{c.version}:{c.local}:{c.live}"


def _has_private(session: Session, user_id: int) -> bool:
    """True when the user owns a posting a search could return (open, listable)."""
    return session.exec(select(JobPosting.id).where(owned_by(user_id), *listable_where(user_id))
                        .limit(1)).first() is not None


def search_postings(*, session: Session, user_id: int, query: str, filters: JobFilters | None = None, page: int = 1,
                    page_size: int = 20, index: vectors.VectorIndex | None = None) -> RankedPage:
    """Search open postings ("ML engineer Berlin visa"): relevant hits only, filtered and paged.

    A posting is a hit when cosine(query, posting) ≥ :data:`SEARCH_MIN_SIMILARITY` (among the
    :data:`SEARCH_CANDIDATES` nearest) OR more than :data:`SEARCH_LEXICAL_SHARE` of the query's
    content words (:func:`query_terms`, IDF-weighted: :func:`lexical_share`) start a word of
    its title/description; gibberish matches nothing. Order: cosine + :data:`SEARCH_LEXICAL_BOOST` × lexical share + 0.05 when
    the query names the posting's country/city + 0.05 when it asks for a visa and the posting
    sponsors. A place the query names ("nurse Ohio", "RN in Columbus, OH", "remote accountant":
    :func:`place_query`) filters the hits and the rest is the text query, without job-search filler
    ("jobs", "openings", "near me": ``normalize.query_filler``). Filters apply to both kinds of hit (lexical hits not in the vector index yet
    pass only unfiltered searches); postings the user hid are left out. ``total`` counts the
    listed hits: all of them, unless more than :data:`SEARCH_LEXICAL_CANDIDATES` postings match
    the words — the newest of those are listed and ``total_about`` estimates all hits (else
    None). The user's stored match score is attached when present. Raises ValueError for an
    empty query or page < 1.

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
    home = home_country(session, user_id)
    text, filters, place = place_query(q, filters, home)
    # the words that name the job: both the embedded text and the lexical terms leave the
    # filler out ("dental hygienist jobs near me" = "dental hygienist"; session 22)
    text = strip_filler(text)
    if _has_private(session, user_id):
        found = _ranking(session, user_id, text, filters, index, place=place)
    else:
        from careercopilot.services import shared_cache

        key = [_index_token(index), q, (filters or JobFilters()).model_dump(mode="json"), home]
        found = shared_cache.get_or_compute("search", key,
                                            lambda: _ranking(session, None, text, filters, index, place=place))
    hidden = set(session.exec(select(PostingHide.posting_id).where(PostingHide.user_id == user_id)))
    ranked = [r for r in found["ranked"] if int(r[2]) not in hidden]
    about = found.get("about")
    about = max(len(ranked), about - (len(found["ranked"]) - len(ranked))) if about is not None else None
    resume = _active_resume(session, user_id)
    user = session.get(User, user_id)
    sl = ranked[(page - 1) * page_size: page * page_size]
    page_ids = [int(pid) for _, _, pid in sl]
    stored = _card_scores(session, user_id, resume.id, page_ids) if resume is not None and sl else {}
    # the page's cards re-checked as listable now (a posting closed or flagged since the hit
    # list was cached drops out at once)
    cards = {p.id: p for p in session.exec(select(JobPosting).options(*card_options()).where(
        JobPosting.id.in_(page_ids), *listable_where(user_id)))} if page_ids else {}
    items = [_card(cards[pid], stored.get(pid), last_visit=user.last_visit_at if user else None,
                   similarity=round(sim, 4)) for _, sim, pid in sl if pid in cards]
    return RankedPage(items=items, total=len(ranked), page=page, page_size=page_size, has_resume=resume is not None,
                      path=found["path"], total_about=about if about is not None and about > len(ranked) else None)
