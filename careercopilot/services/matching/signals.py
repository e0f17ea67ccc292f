"""Text signals of a (resume, posting) pair: skills extracted from text, the IDF-weighted
lexical vectors, and embedded titles (all memoized)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from careercopilot.integrations import embeddings as emb
from careercopilot.models import JobPosting
from careercopilot.services.matching.common import _SkillCache

#: IDF of a word = max(0, ZIPF_CEILING − wordfreq Zipf frequency): "the" (7.7) ≈ 0.3, an
#: unknown word 8.
ZIPF_CEILING = 8.0

_posting_skill_cache = _SkillCache()


def extract_skills(text: str) -> list[str]:
    """Canonical skills of a resume ``text``: ``normalize.resume_skills.extract_resume_skills``
    (skills named only in passing — "eager to learn Kubernetes", "the Python team" — left
    out); [] if unavailable."""
    try:
        from careercopilot.normalize.resume_skills import extract_resume_skills as _extract
    except ImportError:
        return []
    return list(_extract(text or ""))


def posting_skills(p: JobPosting) -> tuple[list[str], list[str]]:
    """(required, preferred) canonical skills of a posting, first appearance order (cached by
    content hash and title).

    The description is read by its sections with the reader the writing side uses
    (``normalize.skills.extract_posting_skills`` → ``normalize.posting_sections.read_posting``):
    company, benefits and EEO sections name no required skill; "Preferred qualifications",
    "Nice to have", "Bonus points", "… is a plus" are preferred; a posting without recognizable
    sections is all required, as before. The title and the board's tags (a stack list,
    RemoteOK/Arbeitnow tags) are the job's own words: required. A skill in both lists is required.
    Computed from the stored text at score time (nothing stored at ingest)."""
    key = (p.content_hash, p.title)
    hit = _posting_skill_cache.get(key)
    if hit is not None:
        return hit
    try:
        from careercopilot.normalize.skills import extract_posting_skills, extract_skills, mask_company
    except ImportError:
        out: tuple[list[str], list[str]] = ([], [])
    else:
        res = extract_posting_skills(p.description_text or "", company=p.company)
        own = "\n".join([p.title or "", ", ".join(str(t) for t in (p.tags or []))])
        req = list(dict.fromkeys(extract_skills(mask_company(own, p.company)) + list(res.required)))
        nice = [s for s in res.nice_to_have if s not in req]
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


_posting_occupation_cache = _SkillCache()


def posting_occupation(p: JobPosting):
    """:class:`~careercopilot.normalize.occupations.Occupation` of a posting (memoized by content
    hash and title): its title's, read with its description where the title leaves the family open
    (``normalize.occupation_postings.read_posting_occupation``: "Project Manager", "Director of
    Operations", "Technician" take the family the duties and requirements name, never the company
    blurb); a clinical practice manager's ("Clinical Supervisor") is the practice whose licence the
    description asks for (``normalize.person_occupation.practice_of_posting``)."""
    from careercopilot.normalize.occupation_postings import read_posting_occupation
    from careercopilot.normalize.occupations import infer_occupation
    from careercopilot.normalize.person_occupation import practice_of_posting

    key = (p.content_hash or hash(p.description_text or ""), p.title, p.company)
    hit = _posting_occupation_cache.get(key)
    if hit is None:
        title, text = (p.title or "")[:200], p.description_text or ""
        hit = practice_of_posting(infer_occupation(title), text)
        if hit.method != "practice":
            hit = read_posting_occupation(title, text, p.company, hit)
        _posting_occupation_cache.put(key, hit)
    return hit


_posting_level_cache = _SkillCache()


def posting_level(p: JobPosting) -> str:
    """``occupations.infer_posting_level`` of the posting (memoized by content hash)."""
    return posting_level_reading(p)[0]


def posting_level_reading(p: JobPosting) -> tuple[str, str]:
    """``(level, where it was read)`` of the posting (``level_reading.posting_level_reading``,
    memoized by content hash): the one reading the level factor and the seniority check show."""
    from careercopilot.normalize.level_reading import posting_level_reading as read

    key = (p.content_hash, p.title)
    hit = _posting_level_cache.get(key)
    if hit is None:
        hit = read(p.title or "", p.description_text or "")
        _posting_level_cache.put(key, hit)
    return hit


@lru_cache(maxsize=1)
def _occupation_vectors() -> tuple[list[str], np.ndarray] | None:
    """(codes, unit vectors (n, 384)) of the O*NET occupation descriptions for the current
    model (``data/onet/occupation_vectors.npz``); None when built with another model."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "onet" / "occupation_vectors.npz"
    if not path.exists():
        return None
    z = np.load(path)
    if str(z["model_version"]) != emb.MODEL_VERSION:
        return None
    return [str(c) for c in z["codes"]], z["vectors"].astype(np.float32)


def occupation_from_text(doc_vector: np.ndarray | None, title: str = ""):
    """Occupation of a posting read from its text: the O*NET occupation whose description
    is nearest (cosine) to the posting's document vector; the level from the title.
    ``Occupation(method="text")``, or None without vectors."""
    from careercopilot.normalize.occupations import Occupation, family_of, infer_level

    occ = _occupation_vectors()
    if occ is None or doc_vector is None or not np.any(doc_vector):
        return None
    codes, mat = occ
    sims = mat @ np.asarray(doc_vector, dtype=np.float32)
    code = codes[int(sims.argmax())]
    return Occupation(code, None, family_of(code), infer_level(title or "", None, default="mid"), "text", "")


def posting_occupation_full(p: JobPosting, posting_chunks: np.ndarray | None):
    """The posting's occupation: from its title (O*NET title, suffix/prefix, or the title's
    word vote); from its text (:func:`occupation_from_text`) only when the title names no
    occupation at all. (On the issue-11 dev postings the word vote beat the nearest O*NET
    description: family accuracy 0.60 vs 0.42.)"""
    q = posting_occupation(p)
    if q.method != "none" or posting_chunks is None or not len(posting_chunks):
        return q
    t = occupation_from_text(emb.aggregate(posting_chunks), p.title or "")
    return t if t is not None and t.family else q


def _resume_titles(text: str) -> list[str]:
    try:
        from careercopilot.normalize.resume_fields import parse_resume_fields

        return list(parse_resume_fields(text).recent_titles)
    except Exception:  # noqa: BLE001 - a parser problem must not stop scoring
        return []
