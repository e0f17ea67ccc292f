"""Fast unit tests of chunking, aggregation and score components (no model, no services)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting
from careercopilot.schemas import JobFilters
from careercopilot.services import matching


def _posting(**kw) -> JobPosting:
    base = dict(id=1, source_type="x", ats_id="1", url="https://x/1", title="Backend Engineer", company="Acme",
                company_key="acme", dedupe_key="k", description_text="Python", content_hash="h")
    base.update(kw)
    return JobPosting(**base)


def test_chunk_text_covers_long_text_in_bounded_windows():
    words = " ".join(f"w{i}" for i in range(1000))
    chunks = emb.chunk_text(f"Experience\n{words}\n\nSkills\nPython, Go", prefix="CV")
    assert len(chunks) >= 6 and all(len(c.split()) <= emb.CHUNK_WORDS + 30 for c in chunks)
    assert all(c.startswith("CV — ") for c in chunks)
    joined = " ".join(chunks)
    assert "w999" in joined and "Python" in joined  # the end of the document is embedded too


def test_chunk_text_empty():
    assert emb.chunk_text("") == [""]
    assert emb.chunk_text("", prefix="Title") == ["Title"]


def test_aggregate_is_unit_mean():
    v = np.eye(384, dtype=np.float32)[:2]
    doc = emb.aggregate(v)
    assert np.isclose(np.linalg.norm(doc), 1.0) and np.isclose(doc[0], doc[1])


def test_model_version_names_model_package_and_length():
    assert "all-MiniLM-L6-v2" in emb.MODEL_VERSION and "seq" in emb.MODEL_VERSION
    slug = vectors.collection_slug(emb.MODEL_VERSION)
    assert len(slug) <= 100 and slug.replace("-", "").replace(".", "").replace("_", "").isalnum()


def test_semantic_mean_of_best_matches():
    a = np.eye(384, dtype=np.float32)[:2]
    b = np.eye(384, dtype=np.float32)[:1]
    sim, best = matching.semantic_similarity(a, b)
    assert sim == pytest.approx((0.5 + 1.0) / 2) and best == 0


def test_visa_penalty_and_checks():
    prof = matching.Profile(text="", skills=["Python"], chunk_vectors=np.ones((1, 384), np.float32) / np.sqrt(384),
                            doc_vector=np.ones(384, np.float32), needs_visa=True)
    chunks = np.ones((1, 384), np.float32) / np.sqrt(384)
    no = matching.score_posting(prof, _posting(visa_sponsorship="no", visa_evidence="No sponsorship."), chunks)
    yes = matching.score_posting(prof, _posting(visa_sponsorship="yes"), chunks)
    assert no.penalty == matching.VISA_PENALTY and no.score < yes.score
    assert [c.ok for c in no.checks if c.name == "visa"] == [False]


def test_salary_check_converts_currency_and_period():
    prof = matching.Profile(text="", skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), salary_floor=80000, salary_currency="USD")
    hourly = _posting(salary_min=40, salary_max=50, salary_currency="USD", pay_period="hour")  # 104k/yr max
    check, _ = matching._salary_check(prof, hourly)
    assert check.ok is True
    eur = _posting(salary_min=50000, salary_max=60000, salary_currency="EUR", pay_period="year")
    check, rate_date = matching._salary_check(prof, eur)
    assert check.ok is False and rate_date and rate_date in check.reason


def test_freshness_halves():
    now = datetime(2026, 1, 30, tzinfo=timezone.utc)
    p = _posting(posted_at=now - timedelta(days=matching.FRESHNESS_HALF_LIFE_DAYS))
    assert matching.freshness(p, now=now) == pytest.approx(0.5)


def test_weights_sum_to_one():
    assert sum(matching.WEIGHTS.values()) == pytest.approx(1.0)


def test_filters_validate():
    with pytest.raises(ValueError):
        JobFilters(work_mode="moon")
    with pytest.raises(ValueError):
        JobFilters(country="Germany")
    assert JobFilters(country="de").country == "DE"


def _bare_profile(**kw) -> matching.Profile:
    return matching.Profile(text="", skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), **kw)


@pytest.mark.parametrize("posting,ok", [
    (dict(location_text="Phoenix, AZ", city="Phoenix", region="AZ", country="US"), True),
    (dict(location_text="Dallas, TX", city="Dallas", region="Texas", country="US"), True),
    (dict(location_text="Las Vegas, NV", city="Las Vegas", region="NV", country="US"), False),
    (dict(location_text="Remote (US)", country="US", work_mode="remote", allowed_regions=["US"]), True),
    (dict(location_text="Remote (EU)", work_mode="remote", allowed_regions=["EU"]), False),
    (dict(location_text="Toronto, ON", city="Toronto", region="ON", country="CA"), False),
])
def test_location_check_understands_us_state_names(posting, ok):
    prof = _bare_profile(locations=["Arizona", "Texas"])
    check = next(c for c in matching.score_posting(prof, _posting(**posting), None).checks if c.name == "location")
    assert check.ok is ok, check.reason


def test_title_check_ignores_punctuation_around_words():
    prof = _bare_profile(titles=["Account Executive"])
    ex = matching.score_posting(prof, _posting(title="Account Executive, K-12 Schools (West Region)"), None)
    assert [c.ok for c in ex.checks if c.name == "title"] == [True]
    ex = matching.score_posting(prof, _posting(title="Customer Success Manager, K-12"), None)
    assert [c.ok for c in ex.checks if c.name == "title"] == [False]
