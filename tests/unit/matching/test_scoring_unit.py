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
    assert "≈ USD" in check.reason


def test_salary_check_speaks_the_floor_currency_and_dates_only_conversions():
    prof = _bare_profile(salary_floor=70000, salary_currency="EUR")
    same = _posting(salary_min=60000, salary_max=74852, salary_currency="EUR", pay_period="year")
    check, rate_date = matching._salary_check(prof, same)
    assert check.ok is True and rate_date is None  # EUR vs EUR: no conversion, no rate
    assert "USD" not in check.reason and "ECB" not in check.reason and "floor of EUR 70,000/year" in check.reason
    monthly = _posting(salary_min=5000, salary_max=5500, salary_currency="EUR", pay_period="month")
    check, rate_date = matching._salary_check(prof, monthly)
    assert check.ok is False and rate_date is None and "≈ EUR 60,000–66,000/year" in check.reason
    usd = _posting(salary_min=90000, salary_max=100000, salary_currency="USD", pay_period="year")
    check, rate_date = matching._salary_check(prof, usd)
    assert rate_date and "≈ EUR" in check.reason and f"ECB rate of {rate_date}" in check.reason
    check, rate_date = matching._salary_check(prof, _posting())
    assert check.ok is None and rate_date is None  # no salary stated: nothing was converted


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


@pytest.mark.parametrize("locations,posting,ok", [
    (["Ontario"], dict(location_text="Mississauga, ON", city="Mississauga", region="ON", country="CA"), True),
    (["Ontario"], dict(location_text="Calgary, AB", city="Calgary", region="AB", country="CA"), False),
    (["Poland"], dict(location_text="Remote (Europe)", work_mode="remote", allowed_regions=["EUROPE"]), True),
    (["Poland"], dict(location_text="Remote (EMEA)", work_mode="remote", allowed_regions=["EMEA"]), True),
    (["Poland"], dict(location_text="Remote (APAC)", work_mode="remote", allowed_regions=["APAC"]), False),
    (["Norway"], dict(location_text="Remote (EU only)", work_mode="remote", allowed_regions=["EU"]), False),
    (["Texas"], dict(location_text="Remote (US)", work_mode="remote", country="US", allowed_regions=["US"]), True),
])
def test_location_check_knows_provinces_and_region_membership(locations, posting, ok):
    prof = _bare_profile(locations=locations)
    check = next(c for c in matching.score_posting(prof, _posting(**posting), None).checks if c.name == "location")
    assert check.ok is ok, check.reason


def test_each_failed_hard_constraint_multiplies_the_score():
    prof = _bare_profile(locations=["Germany"], work_modes=["hybrid"], salary_floor=90000, salary_currency="USD")
    fits = _posting(country="DE", city="Berlin", location_text="Berlin", work_mode="hybrid",
                    salary_min=95000, salary_max=100000, salary_currency="USD", pay_period="year")
    wrong_place = fits.model_copy(update={"country": "FR", "city": "Paris", "location_text": "Paris"})
    wrong_all = wrong_place.model_copy(update={"work_mode": "onsite", "salary_max": 60000, "salary_min": 50000})
    a, b, c = (matching.score_posting(prof, p, None) for p in (fits, wrong_place, wrong_all))
    assert a.penalty == 1.0 and b.penalty == matching.DEALBREAKERS["location"]
    assert c.penalty == pytest.approx(matching.DEALBREAKERS["location"] * matching.DEALBREAKERS["work mode"]
                                      * matching.DEALBREAKERS["salary"], abs=1e-4)
    assert a.score > b.score > c.score
    unknown = fits.model_copy(update={"salary_min": None, "salary_max": None, "work_mode": None})
    assert matching.score_posting(prof, unknown, None).penalty == 1.0  # unknown is not a failure


@pytest.mark.parametrize("target,title,ok", [
    ("Data Engineer", "Android Engineer", False), ("Data Engineer", "Research Engineer - FAIR", False),
    ("Data Engineer", "(Senior) Data Engineer", True), ("Sr. Software Eng", "Senior Software Engineer", True),
    ("Registered Nurse", "Registered Nurse - ICU", True), ("Product Designer", "Designer, Product", True),
    ("Software Engineer", "Senior Java Software Developer", True),  # one occupation (issue 11: not words)
    ("Staff Engineer", "Android Engineer", False), ("Staff Engineer", "(Senior) Data Engineer", False),
    ("Staff Engineer", "Staff Software Engineer, Full-Stack", True), ("Registered Nurse", "ICU Nurse", True),
    ("Registered Nurse", "Nursing Informatics Analyst", False), ("Paralegal", "Senior Litigation Paralegal", True),
    ("Electrician", "Journeyman Electrician", True), ("Electrician", "Electrical Engineer", False),
])
def test_title_check_needs_every_role_word(target, title, ok):
    ex = matching.score_posting(_bare_profile(titles=[target]), _posting(title=title), None)
    assert [c.ok for c in ex.checks if c.name == "title"] == [ok]
