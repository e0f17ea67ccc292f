"""The explanation reproduces the score it explains (trial: "Fullstack SWE" showed components
worth 31 and the score 75; a location dealbreaker showed "× 0.5" and still 69).

Property: over many generated (profile, posting) pairs, the steps the API returns
(``MatchExplanation.steps``, from its JSON) and the Job-detail page shows
(``job_views.score_step_rows``) lead from the components to the shown score exactly."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careercopilot.models import JobPosting
from careercopilot.schemas import MatchExplanation
from careercopilot.services import job_views, matching
from careercopilot.services.matching.profile import person_occupations
from careercopilot.services.matching.signals import lexical_vector

NOW = datetime(2026, 12, 1, tzinfo=UTC)
TITLES = ["Fullstack SWE", "Senior Data Engineer", "Registered Nurse", "Staff Software Engineer",
          "Junior Accountant", "Warehouse Associate", "Director of Engineering", "Python Developer"]
DESCRIPTIONS = ["Python, PostgreSQL and React. Kafka a plus.", "Patient care, BLS, ACLS required.",
                "GAAP, Excel, reconciliations.", "Forklift, inventory, shipping.", ""]


def _vecs(seed: int, n: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, 384)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


profiles = st.builds(
    lambda seed, targets, skills, modes, floor, visa, seniority, text: matching.Profile(
        text=text, skills=skills, chunk_vectors=_vecs(seed, 3), doc_vector=_vecs(seed, 1)[0],
        titles=targets, work_modes=modes, salary_floor=floor, needs_visa=visa, seniority=seniority,
        locations=["Denver, CO"] if seed % 2 else [], lex_vector=lexical_vector(text),
        **dict(zip(("occupations", "level"), person_occupations(targets, [], text, seniority)))),
    st.integers(0, 10_000), st.lists(st.sampled_from(TITLES), max_size=2),
    st.lists(st.sampled_from(["Python", "PostgreSQL", "React", "BLS", "Excel"]), max_size=4, unique=True),
    st.lists(st.sampled_from(["remote", "hybrid", "onsite"]), max_size=2, unique=True),
    st.sampled_from([None, 50_000.0, 150_000.0]), st.booleans(),
    st.sampled_from([None, "junior", "mid", "senior", "lead"]), st.sampled_from(DESCRIPTIONS))

postings = st.builds(
    lambda seed, title, desc, mode, sal, visa, age, city: JobPosting(
        id=seed, source_type="x", ats_id=str(seed), url=f"https://x.example/{seed}", title=title,
        company="Acme", company_key="acme", dedupe_key=f"k{seed}", description_text=desc, content_hash="h",
        work_mode=mode, salary_min=sal, salary_max=sal, salary_currency="USD" if sal else None,
        visa_sponsorship=visa, posted_at=None if age is None else NOW - timedelta(days=age),
        city=city, country="US" if city else None, location_text=city or ""),
    st.integers(1, 10_000), st.sampled_from(TITLES), st.sampled_from(DESCRIPTIONS),
    st.sampled_from([None, "remote", "hybrid", "onsite"]), st.sampled_from([None, 60_000.0, 120_000.0]),
    st.sampled_from([None, "yes", "no"]), st.sampled_from([None, 0, 10, 90]),
    st.sampled_from([None, "Denver", "Lisbon"]))


def _check_steps(ex: MatchExplanation) -> None:
    api = ex.model_dump(mode="json")  # what GET /api/v1/postings/{id} answers as ``match``
    steps = api["steps"]
    known = {k: api[k] for k in api["weights"] if api[k] is not None}
    assert set(steps["weights"]) == set(known) and (not known or math.isclose(sum(steps["weights"].values()), 1.0))
    assert steps["weighted"] == pytest.approx(100 * sum(known[k] * steps["weights"][k] for k in known), abs=1e-9)
    product = math.prod(f["factor"] for f in api["penalty_factors"])
    assert steps["penalty"] == api["penalty"] == round(product, 4)
    assert steps["penalized"] == pytest.approx(steps["weighted"] * steps["penalty"], abs=1e-9)
    assert steps["score"] == api["score"] == round(matching.calibrate(steps["penalized"]), matching.SCORE_DIGITS)
    rows = job_views.score_step_rows(ex)
    assert rows[0].value == f"{steps['weighted']:.1f}" and rows[-1].value == str(int(round(api["score"])))
    assert (len(rows) == 3) == (steps["penalty"] < 1.0)
    if steps["penalty"] < 1.0:
        assert rows[1].value == f"{steps['penalized']:.1f}"
        assert all(f"× {f['factor']:g}" in rows[1].note for f in api["penalty_factors"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles, postings)
def test_explanation_steps_reproduce_the_score(prof, posting):
    _check_steps(matching.score_posting(prof, posting, _vecs(posting.id, 2), now=NOW))


@pytest.mark.parametrize("kw", [
    dict(semantic=0.2, lexical=0.1, title=0.0, skills=None, preference=0.5, freshness=1.0, penalty=1.0),
    dict(semantic=0.9, lexical=0.6, title=1.0, skills=0.8, preference=0.5, freshness=0.5, penalty=0.5),
    dict(semantic=None, lexical=None, title=None, skills=None, preference=None, freshness=0.5, penalty=0.375),
])
def test_stored_explanations_show_the_same_steps(kw):
    """Rows stored before the steps existed (no ``penalty_factors``) still explain their score."""
    comps = {k: v for k, v in kw.items() if k != "penalty"}
    score = matching.score_steps(comps, matching.WEIGHTS, kw["penalty"]).score
    ex = MatchExplanation.model_validate({**kw, "score": score, "weights": dict(matching.WEIGHTS)})
    assert ex.steps.score == ex.score
    view = job_views.detail_view(job_views.PostingDetail(posting_id=1, title="t", company="c", url="https://x/1"),
                                 ex, None)
    assert view.steps[-1].value == view.score
    shown = {p.label: p.weight for p in view.parts}
    assert shown[job_views.COMPONENT_LABELS["freshness"]] == f"{round(100 * ex.steps.weights['freshness'])}%"
