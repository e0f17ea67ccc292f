"""What a resume + preferences contribute to scoring (:class:`Profile`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlmodel import Session, select

from careercopilot.integrations import embeddings as emb
from careercopilot.models import Preference, Resume
from careercopilot.services.matching.signals import _resume_titles, extract_skills, lexical_vector, title_vectors


@dataclass
class Profile:
    """What a resume + preferences contribute to scoring."""

    text: str
    skills: list[str]
    chunk_vectors: np.ndarray
    doc_vector: np.ndarray
    titles: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    #: Wanted places (``normalize.places.Place`` dicts): what the location check reads.
    places: list[dict] = field(default_factory=list)
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
    #: the person's occupations (``normalize.occupations.Occupation``): target titles first,
    #: then the resume's current title; and the person's level (``occupations.LEVELS``)
    occupations: list = field(default_factory=list)
    level: str | None = None


def make_profile(text: str, *, skills: Iterable[str] | None = None, prefs: dict | None = None) -> Profile:
    """Embed a resume (chunked, memoized by hash) and gather its skills + preferences.

    ``prefs`` keys (all optional): titles, locations, places, work_modes, salary_floor,
    salary_currency, salary_period, needs_visa_sponsorship, seniority. ``places`` (structured,
    as stored on Preference) win; without them ``locations`` text is resolved
    (``normalize.places.parse_place_list``: "Denver, CO" is one place).
    """
    prefs = prefs or {}
    chunks, doc = emb.embed_document_cached(text or "")
    sk = list(skills or []) or extract_skills(text or "")
    sen = (prefs.get("seniority") or None)
    targets = [str(t) for t in prefs.get("titles") or [] if str(t).strip()]
    recent = _resume_titles(text or "")
    person_titles = list(dict.fromkeys(targets + recent))[:8]
    occupations, level = person_occupations(targets, recent, text or "", sen.lower() if isinstance(sen, str) else None)
    return Profile(
        occupations=occupations, level=level,
        text=text or "", skills=sk, chunk_vectors=chunks, doc_vector=doc,
        person_titles=person_titles, title_vectors=title_vectors(person_titles) if person_titles else None,
        lex_vector=lexical_vector(text or ""),
        titles=targets,
        locations=[str(t) for t in prefs.get("locations") or [] if str(t).strip()],
        places=_wanted_places(prefs),
        work_modes=[str(t).lower() for t in prefs.get("work_modes") or []],
        salary_floor=float(prefs["salary_floor"]) if prefs.get("salary_floor") not in (None, "") else None,
        salary_currency=(prefs.get("salary_currency") or "USD").upper(),
        salary_period=prefs.get("salary_period") or "year",
        needs_visa=bool(prefs.get("needs_visa_sponsorship") or prefs.get("needs_visa")),
        seniority=sen.lower() if isinstance(sen, str) else None,
    )


def _wanted_places(prefs: dict) -> list[dict]:
    """Structured places of ``prefs`` (``places``, else resolved from ``locations`` text)."""
    places = [p for p in prefs.get("places") or [] if isinstance(p, dict)]
    if places:
        return places
    texts = [str(t) for t in prefs.get("locations") or [] if str(t).strip()]
    if not texts:
        return []
    from careercopilot.normalize.places import parse_place_list

    return [p.model_dump() for p in parse_place_list(texts)[0]]


#: Preference seniority words → ``normalize.occupations.LEVELS``.
PREFERENCE_LEVEL = {"junior": "entry", "entry": "entry", "mid": "mid", "senior": "senior", "staff": "lead",
                    "principal": "lead", "lead": "lead", "executive": "executive"}


def person_occupations(targets: list[str], recent: list[str], text: str, seniority: str | None
                       ) -> tuple[list, str | None]:
    """The person's occupations (target titles, then the current = most recent resume title;
    titles whose occupation is unknown are left out) and level: the stated seniority, else
    the target title's level words, else the current title's with the years of experience."""
    from careercopilot.normalize.occupations import infer_level, infer_occupation

    years = None
    if recent:
        try:
            from careercopilot.normalize.resume_fields import parse_resume_fields

            years = parse_resume_fields(text).years_experience
        except Exception:  # noqa: BLE001 - a parser problem must not stop scoring
            years = None
    occs = [o for o in (infer_occupation(t[:200]) for t in [*targets, *recent[:1]]) if o.family]
    level = PREFERENCE_LEVEL.get(seniority or "")
    if level is None and targets:
        level = infer_level(targets[0], None, default=None)
    if level is None and recent:
        level = infer_level(recent[0], years)
    return occs, level


def _prefs_dict(pref: Preference | None) -> dict:
    if pref is None:
        return {}
    return {
        "titles": pref.titles, "locations": pref.locations, "places": pref.places, "work_modes": pref.work_modes,
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
