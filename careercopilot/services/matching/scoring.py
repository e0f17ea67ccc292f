"""The 0–100 match score of one (profile, posting) pair and its weights (see the package doc)."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from careercopilot.integrations import embeddings as emb
from careercopilot.models import JobPosting
from careercopilot.normalize.level_cues import states_career_change
from careercopilot.schemas import MatchExplanation, PenaltyFactor, SkillFlag
from careercopilot.services.matching.candidates import posting_document
from careercopilot.services.matching.common import _SkillCache, _aware, _now
from careercopilot.services.matching.explanations import (
    _location_check,
    _salary_check,
    _seniority_check,
    _title_check,
    _visa_check,
    _work_mode_check,
)
from careercopilot.services.matching.explanation_consistency import reconcile
from careercopilot.services.matching.occupation_evidence import NO_EVIDENCE_FACTOR, lacks_evidence
from careercopilot.services.matching.profile import Profile
from careercopilot.services.matching.steps import (  # noqa: F401
    SCORE_CALIBRATION, SCORE_DIGITS, calibrate, in_band, misses_targets, score_steps)
from careercopilot.services.matching.signals import (
    lexical_similarity,
    posting_lexical_vector,
    posting_level_reading,
    posting_occupation_full,
    posting_skills,
    title_vectors,
)

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
#: A preferred skill ("Preferred qualifications", "Nice to have", "… is a plus": the posting's
#: sections, ``signals.posting_skills``) never lowers coverage — a posting is not a poorer fit
#: for asking more nicely (issue 11). Present, it closes this share of the gap the required
#: coverage ``c`` leaves: ``skills = c + PREFERRED_BONUS × (1 − c) × (preferred matched /
#: preferred named)``. It replaced a weight of 1 against 2 per required skill in one
#: denominator, where each missing preferred skill lowered the component.
PREFERRED_BONUS = 0.25
#: Coverage needs evidence (issue 11, observation 1): the denominator counts at least this
#: many required skills, so a posting whose only recognized skill is "CPR" earns at most 1/3
#: coverage instead of 100 %; soft skills ("Communication") count not at all
#: (``normalize.skills.is_fit_evidence``).
MIN_SKILL_EVIDENCE = 3
#: Freshness halves every this many days.
FRESHNESS_HALF_LIFE_DAYS = 21.0
#: Multiplier when the user needs visa sponsorship and the posting says it offers none.
VISA_PENALTY = 0.75
#: The job seeker's hard constraints (what job boards offer as filters): each preference
#: check of these that FAILS multiplies the score by its factor — the posting stays listed
#: with the ✗ and its reason, below fitting postings. Visa: see VISA_PENALTY. Location and
#: work mode × 0.5: a place or mode the user ruled out is what job boards filter away, so a
#: strong fit there (calibrated ≥ 90) must fall below fitting ones of the same profession
#: (≥ 75) — × 0.85 let an onsite Lisbon or Utrecht posting into the top 10 of someone who
#: asked for "Denver, CO, Remote" (issue 11, observation 6; tests/integration/matching/
#: test_demo_feed_dealbreakers.py). Salary floor × 0.85: postings often pay above their
#: posted range, and a floor is negotiable, so a gap lowers the rank without burying it.
DEALBREAKERS: dict[str, float] = {"visa": VISA_PENALTY, "location": 0.5, "work mode": 0.5, "salary": 0.85}
#: Title fit from occupations (issue 11, obs. 7/10), by the relation of the posting's O*NET
#: occupation to the person's (``normalize.occupations``): same O*NET-SOC code, same family,
#: adjacent family, other family. Unknown on either side → the title-embedding cosine.
OCCUPATION_FIT: dict[str, float] = {"code": 1.0, "same": 0.85, "adjacent": 0.45, "other": 0.0}
#: The whole score is multiplied by this for the relation (a nurse's IT postings are not
#: "possible" fits however many generic words they share); unknown → 1.
OCCUPATION_FACTOR: dict[str, float] = {"code": 1.0, "same": 1.0, "adjacent": 0.75, "other": 0.45}
#: Multiplier by the number of steps between the posting's level
#: (``occupations.infer_posting_level``) and the person's (``Profile.level``) on
#: entry < mid < senior < lead < executive: a director is not shown an aide's job first.
LEVEL_FACTOR: tuple[float, ...] = (1.0, 1.0, 0.85, 0.75, 0.7)
#: How the explanation names each penalty factor (``MatchExplanation.penalty_factors``).
DEALBREAKER_WORDS: dict[str, str] = {"visa": "the posting does not sponsor visas",
                                     "location": "outside your locations", "work mode": "not your work mode",
                                     "salary": "pays below your floor"}
OCCUPATION_WORDS: dict[str, str] = {"adjacent": "an occupation next to yours", "other": "another occupation than yours"}


#: Licence requirements of a posting (``normalize.licence_requirements.required_licences``) by
#: (content hash, title): read from the stored text at score time, like its skills.
_posting_licence_cache = _SkillCache()


def posting_licences(p: JobPosting) -> list:
    """The licences a posting requires (``[LicenceRequirement]``), cached by content hash and title."""
    from careercopilot.normalize.licence_requirements import required_licences

    key = (p.content_hash, p.title)
    hit = _posting_licence_cache.get(key)
    if hit is None:
        hit = required_licences(p.description_text or "")
        _posting_licence_cache.put(key, hit)
    return hit


def missing_licences(prof: Profile, p: JobPosting) -> list[str]:
    """The posting's required licences the person's resume does not show, in words ("Requires a
    pharmacist licence (RPh) — not on your resume"); empty when the profile's licences were not
    read (``Profile.licences`` None)."""
    from careercopilot.normalize import licence_requirements as lr

    if prof.licences is None:
        return []
    return [lr.licence_gap_text(r) for r in lr.missing_licences(posting_licences(p), prof.licences)]


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



def skill_coverage(req_matched: int, req_named: int, pref_matched: int, pref_named: int) -> float | None:
    """The ``skills`` component (0–1): required coverage ``req_matched / max(req_named,
    MIN_SKILL_EVIDENCE)`` plus the preferred bonus (:data:`PREFERRED_BONUS`); None (unknown)
    when the posting names no required skill — its preferred skills alone say nothing of fit."""
    if not req_named:
        return None
    c = req_matched / max(req_named, MIN_SKILL_EVIDENCE)
    return c + PREFERRED_BONUS * (1.0 - c) * (pref_matched / pref_named if pref_named else 0.0)


def freshness(p: JobPosting, *, now: datetime | None = None) -> float:
    """``0.5 ** (age_days / FRESHNESS_HALF_LIFE_DAYS)``; 0.5 when the date is unknown."""
    when = _aware(p.posted_at) or _aware(p.first_seen_at)
    if when is None:
        return 0.5
    age = max(0.0, ((now or _now()) - when).total_seconds() / 86400.0)
    return float(0.5 ** (age / FRESHNESS_HALF_LIFE_DAYS))


def _evidence(skill: str) -> bool:
    from careercopilot.normalize.skills import is_fit_evidence

    return is_fit_evidence(skill)


def _ancestors(skill: str) -> frozenset[str]:
    from careercopilot.normalize.skills import skill_ancestors

    return skill_ancestors(skill)


def shown_by(prof: Profile) -> dict[str, str]:
    """Skills (lower-cased) the resume shows without naming them → what shows them, in words: the
    broader skills of its skills ("pos systems" → "your Toast POS"), then the skills its held titles
    show (``Profile.title_skills``) and their broader skills. A skill the resume names is left out.
    Computed once per profile (kept on it: every posting of a refresh reads it)."""
    key = (tuple(prof.skills), len(prof.title_skills))
    hit = getattr(prof, "_shown_by", None)
    if hit is not None and hit[0] == key:
        return hit[1]
    named = {s.lower() for s in prof.skills}
    out: dict[str, str] = {}
    for s in prof.skills:
        for a in sorted(_ancestors(s)):
            if a.lower() not in named:
                out.setdefault(a.lower(), f"your {s}")
    for t in prof.title_skills:
        for a in (t.skill, *sorted(_ancestors(t.skill))):
            if a.lower() not in named:
                out.setdefault(a.lower(), t.reason)
    prof._shown_by = (key, out)
    return out


def related_product(prof: Profile, skill: str) -> str | None:
    """For a missing product (a skill with broader skills: "Toast POS"), the resume's product of the same
    class in words ("Square POS (also POS Systems)"), the other direction of :func:`shown_by`; None
    when the resume shows none or ``skill`` has no class."""
    classes = _ancestors(skill)
    for s in prof.skills:
        shared = sorted(classes & _ancestors(s))
        if shared and s != skill:
            return f"{s} (also {shared[0]})"
    return None


def occupation_relation(prof: Profile, p: JobPosting, posting_chunks: np.ndarray | None = None) -> str | None:
    """Closest relation of the posting's occupation (``signals.posting_occupation_full``) to
    any of the person's: "code" (same SOC occupation), "same" (family), "adjacent", "other";
    None when unknown. The person's profession is ``Profile.family`` (the weighted vote of
    ``normalize.person_occupation``; else the family most of their titles share); an
    occupation of another family among them ("Operations Manager" beside three logistics
    titles, a career changer's current title) relates at most as "adjacent"; so does a title naming
    two roles, one of them the person's or next to it ("Administrative Assistant/Bookkeeper" for a
    bookkeeper: :func:`_names_a_role_of`), that would otherwise be "other". A field the summary says the
    person is leaving (``level_cues.states_career_change``: "moving into Human Resources") relates as "other"
    when it is not next to the new one (trial144: a store manager's Inside Sales ranked with HR jobs)."""
    from careercopilot.normalize.occupation_families import work_relation
    from careercopilot.normalize.occupations import same_occupation

    if not prof.occupations:
        return None
    q = posting_occupation_full(p, posting_chunks)
    if not q.family:
        return None
    order = ("code", "same", "adjacent", "other")
    if prof.family:
        primary = {prof.family}
    else:  # a profile built without a profession: the family most of its titles share
        counts: dict[str, int] = {}
        for o in prof.occupations:
            counts[o.family] = counts.get(o.family, 0) + 1
        primary = {f for f, n in counts.items() if n == max(counts.values())}
    best = "other"
    # a field the resume says the person is leaving ("moving into Human Resources" after retail), neither the
    # profession's nor next to it, is no field of theirs: the issue-11 grades give its postings 0 (trial144 F4)
    leaving = bool(prof.family) and states_career_change(prof.text)
    for o in prof.occupations:
        rel = "code" if same_occupation(o.code, q.code) else work_relation(o.family, q.family) or "other"
        if o.family not in primary and rel in ("code", "same"):
            unrelated = leaving and (work_relation(prof.family, o.family) or "other") == "other"
            rel = "other" if unrelated else "adjacent"
        if order.index(rel) < order.index(best):
            best = rel
    if best == "other" and _names_a_role_of(prof, p.title or ""):
        best = "adjacent"  # "Administrative Assistant/Bookkeeper" for a bookkeeper (normalize.dual_roles)
    if best in ("adjacent", "other") and _runs_the_same_unit(prof, p.title or "", q.family):
        best = "same"  # a restaurant GM's "Store Manager" target and a "Restaurant Manager" posting (trial 81)
    return best


def _runs_the_same_unit(prof: Profile, title: str, family: str) -> bool:
    """Whether a posting titled ``title`` (O*NET family ``family``) is the person's own work by
    function (``normalize.unit_management.runs_a_unit``): the posting runs a unit (store,
    restaurant, site, shift…), so do the titles the person asks for (their target titles; without
    any, the most recent title) and the person's most recent title, and the posting's family is
    one of the person's occupations' — a restaurant general manager asking for "Store Manager" or
    "Operations Manager" is offered "Restaurant Manager", "Assistant Store Manager", "Kitchen
    Manager" as her field, not "an occupation next to yours" (trial 81: they scored 22–37 while
    remote sales roles scored 92). The family condition keeps a warehouse operations manager's
    restaurant postings where they were."""
    from careercopilot.normalize.unit_management import runs_a_unit

    held = [t for t in prof.person_titles if t not in prof.titles][:1]
    asked = prof.titles or held
    return (bool(asked) and bool(held) and runs_a_unit(title) and all(runs_a_unit(t) for t in asked)
            and runs_a_unit(held[0]) and family in {o.family for o in prof.occupations})


def _family_label(family: str | None) -> str | None:
    """The person's profession in words (``occupation_families.FAMILY_LABELS``), None when unknown."""
    from careercopilot.normalize.occupation_families import FAMILY_LABELS

    return FAMILY_LABELS.get(family, family.replace("_", " ")) if family else None


def _names_a_role_of(prof: Profile, title: str) -> bool:
    """Whether a title naming two roles (``normalize.dual_roles.role_occupations``) names one of
    the person's occupations or one of their family or the next (the holder does both jobs)."""
    from careercopilot.normalize.dual_roles import role_occupations
    from careercopilot.normalize.occupation_families import work_relation
    from careercopilot.normalize.occupations import same_occupation

    return any(same_occupation(o.code, q.code) or (work_relation(o.family, q.family) or "other") != "other"
               for q in role_occupations(title) for o in prof.occupations)


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
    relation = occupation_relation(prof, p, posting_chunks)
    if relation is not None:
        comps["title"] = OCCUPATION_FIT[relation]
    elif prof.title_vectors is not None and len(prof.title_vectors):
        comps["title"] = _rescale(float((prof.title_vectors @ title_vectors([p.title])[0]).max()), TITLE_LO, TITLE_HI)
    else:
        comps["title"] = None
    req, nice = posting_skills(p)
    # Soft skills ("Communication", "Teamwork") are no evidence of fit: every posting asks for them
    # (issue 11, observation 1); they are neither matched nor missing and never count toward coverage.
    req, nice = [s for s in req if _evidence(s)], [s for s in nice if _evidence(s)]
    # A specific skill satisfies the broader ones it implies (issue 11, obs. 3): OpenTelemetry
    # and Grafana → Monitoring; Tableau → Data Visualization; Toast POS → POS Systems; and a held
    # title the core skill of its workplace (trial 81: General Manager of a grill → Restaurant
    # Management). The explanation says what shows a skill the resume does not name.
    via = shown_by(prof)
    have = {s.lower() for s in prof.skills} | set(via)
    matched = [SkillFlag(skill=s, required=True, shown_by=via.get(s.lower())) for s in req if s.lower() in have] + \
              [SkillFlag(skill=s, required=False, shown_by=via.get(s.lower())) for s in nice if s.lower() in have]
    missing = [SkillFlag(skill=s, required=True, related=related_product(prof, s)) for s in req if s.lower() not in have] + \
              [SkillFlag(skill=s, required=False, related=related_product(prof, s)) for s in nice if s.lower() not in have]
    comps["skills"] = skill_coverage(sum(1 for m in matched if m.required), len(req),
                                     sum(1 for m in matched if not m.required), len(nice))
    sal_check, rate_date = _salary_check(prof, p)
    checks = [c for c in (_title_check(prof, p), _location_check(prof, p), _work_mode_check(prof, p),
                          sal_check, _visa_check(prof, p), _seniority_check(prof, p)) if c is not None]
    decided = [c for c in checks if c.ok is not None]
    comps["preference"] = (sum(1.0 for c in decided if c.ok) / len(decided)) if decided else None
    comps["freshness"] = freshness(p, now=now)
    factors: list[PenaltyFactor] = [PenaltyFactor(name=c.name, factor=DEALBREAKERS[c.name],
                                                   reason=DEALBREAKER_WORDS.get(c.name, c.name))
                                     for c in checks if c.ok is False and c.name in DEALBREAKERS]
    if relation is not None and OCCUPATION_FACTOR[relation] < 1.0:
        factors.append(PenaltyFactor(name="occupation", factor=OCCUPATION_FACTOR[relation],
                                     reason=OCCUPATION_WORDS[relation]))
    lic_missing = missing_licences(prof, p)
    title_ok = next((c.ok for c in checks if c.name == "title"), None)
    no_evidence = lacks_evidence(relation, skills=comps["skills"], matched=len(matched), title_ok=title_ok,
                                 person_skills=len(prof.skills))
    if no_evidence:  # a coder posting for a respiratory therapist (``occupation_evidence``, trial 55 F2)
        factors.append(PenaltyFactor(name="occupation", factor=NO_EVIDENCE_FACTOR, reason=no_evidence))
    if prof.level:
        from careercopilot.normalize.occupations import LEVELS

        level, source = posting_level_reading(p)  # the seniority check's reading too
        steps = abs(LEVELS.index(prof.level) - LEVELS.index(level))
        if LEVEL_FACTOR[steps] < 1.0:
            read = "" if source == "the title" else f" (read from {source})" if source else " (no level stated)"
            factors.append(PenaltyFactor(name="level", factor=LEVEL_FACTOR[steps],
                                         reason=f"a {level}-level role{read}, you are {prof.level}-level"))
    # the title row, the penalty row and the band line say one relation (``explanation_consistency``)
    checks, factors = reconcile(checks, factors, relation, _family_label(prof.family))
    penalty = 1.0
    for f in factors:
        penalty *= f.factor
    penalty = round(penalty, 4)
    # Unrounded (issue 11, observation 5): rounding to 0.1 before sorting made ties that the
    # posting id broke; cards round for display only. SCORE_DIGITS only drops float noise:
    # the same posting text embedded twice scored 99.1745082792 and 99.1745083092, so exact
    # duplicates were ordered by that noise instead of by posting id. The steps are the
    # ones the explanation shows (``MatchExplanation.steps``).
    score = score_steps(comps, WEIGHTS, penalty, relation, named_skills=len(req),
                        person_skills=len(prof.skills), licence_gap=bool(lic_missing),
                        target_gap=misses_targets(checks)).score
    return MatchExplanation(
        score=score, matched_skills=matched, missing_skills=missing,
        semantic=comps["semantic"], lexical=comps["lexical"], title=comps["title"],
        skills=comps["skills"], preference=comps["preference"],
        freshness=comps["freshness"], penalty=penalty, penalty_factors=factors, weights=dict(WEIGHTS),
        checks=checks,
        visa_evidence=p.visa_evidence, rate_date=rate_date, best_passage=best_passage,
        model_version=emb.MODEL_VERSION, computed_at=now or _now(),
        occupation_relation=relation, posting_family=posting_occupation_full(p, posting_chunks).family,
        person_skills=len(prof.skills), missing_licences=lic_missing,
        person_family=prof.family or (prof.occupations[0].family if prof.occupations else None),
    )
