"""Issue 11 observations as unit tests (no model, no services): each failed before its fix."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.schemas import SCORE_BANDS, score_band
from careercopilot.services import matching


def _posting(**kw) -> JobPosting:
    base = dict(id=1, source_type="x", ats_id="1", url="https://x/1", title="Backend Engineer", company="Acme",
                company_key="acme", dedupe_key="k", description_text="Python", content_hash="h")
    base.update(kw)
    return JobPosting(**base)


def _profile(skills, **kw) -> matching.Profile:
    return matching.Profile(text="", skills=list(skills), chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), **kw)


@pytest.mark.parametrize("description,ceiling", [
    ("Requirements: current CPR certification.", 1 / 3),
    ("Requirements: CPR and BLS certification.", 2 / 3),
    ("Requirements: CPR certification, strong communication skills and teamwork.", 1 / 3),
])
def test_observation_1_coverage_needs_three_recognized_skills(description, ceiling):
    """A posting naming one or two skills no longer earns full coverage."""
    prof = _profile(["CPR", "BLS", "Communication", "Python"])
    ex = matching.score_posting(prof, _posting(title="Team Member", description_text=description, content_hash=description), None)
    assert ex.skills is not None and ex.skills <= ceiling + 1e-9


def test_observation_1_three_matched_required_skills_earn_full_coverage():
    prof = _profile(["Python", "PostgreSQL", "Docker"])
    text = "Requirements: Python, PostgreSQL and Docker."
    ex = matching.score_posting(prof, _posting(title="Developer", description_text=text, content_hash=text), None)
    assert ex.skills == pytest.approx(1.0)


def test_observation_5_scores_are_not_rounded_before_sorting():
    """Two postings 0.04 points apart must not tie (ties were broken by posting id)."""
    prof = _profile(["Python"])
    a = matching.score_posting(prof, _posting(id=1), None)
    # the score itself is the unrounded weighted sum: recompute it from the components
    num = sum(matching.WEIGHTS[k] * getattr(a, k) for k in matching.WEIGHTS if getattr(a, k) is not None)
    den = sum(matching.WEIGHTS[k] for k in matching.WEIGHTS if getattr(a, k) is not None)
    from careercopilot.services.matching.scoring import SCORE_DIGITS

    # kept to SCORE_DIGITS (6) decimals — float noise dropped, nothing near the old 0.1 rounding
    assert SCORE_DIGITS >= 6
    assert a.score == pytest.approx(matching.calibrate(100 * a.penalty * num / den), abs=10 ** -SCORE_DIGITS)


@pytest.mark.parametrize("score,word", [(0, "unlikely"), (29.9, "unlikely"), (30, "possible"), (74.9, "possible"),
                                        (75, "strong fit"), (100, "strong fit")])
def test_bands_are_the_calibrated_thresholds(score, word):
    assert score_band(score).word == word
    assert [b.min_score for b in SCORE_BANDS] == [75, 30, 0]


def test_score_model_version_separates_stored_scores_from_the_embedding_version():
    from careercopilot.integrations import embeddings as emb

    assert matching.SCORE_MODEL_VERSION.startswith(emb.MODEL_VERSION) and matching.SCORE_MODEL_VERSION != emb.MODEL_VERSION
    assert len(matching.SCORE_MODEL_VERSION) <= 120  # MatchScore.model_version


# -- observation 2: skill extraction precision ---------------------------------------------
@pytest.mark.parametrize("text,company,absent", [
    ("Experience interpreting complex data sets and presenting findings.", None, "Interpreting"),
    ("Participate in weekly PLC meetings with grade-level teams.", None, "PLC Programming"),
    ("Apply ultrasound and electrical stimulation per the PT plan of care.", None, "Ultrasound"),
    ("PTA, Outpatient Orthopedics. Requirements: PTA license.", None, "Orthopedic Nursing"),
    ("Integrity Marketing Group is hiring an insurance agent. Requirements: licensing.", "Integrity Marketing Group",
     "Integrity"),
    ("Integrity Marketing Group is hiring an insurance agent.", "Integrity Marketing Group", "Marketing"),
    ("Acme AI is a leading AI company. You will answer customer calls.", None, "Artificial Intelligence"),
    ("We are an equal opportunity employer; we participate in E-Verify.", None, "I-9 Verification"),
    ("Benefits of working here include health insurance and retirement planning (401(k)).", None,
     "Retirement Planning"),
])
def test_observation_2_blurbs_benefits_eeo_and_prose_yield_no_skills(text, company, absent):
    from careercopilot.normalize.skills import extract_posting_skills

    got = extract_posting_skills(text, company=company)
    assert absent not in got.required + got.nice_to_have


def test_observation_2_real_skills_still_found():
    from careercopilot.normalize.skills import extract_posting_skills

    got = extract_posting_skills("Program PLCs (Allen-Bradley). Spanish interpreter for clinic visits. "
                                 "Diagnostic medical sonography.")
    assert {"PLC Programming", "Interpreting", "Ultrasound"} <= set(got.required)


# -- observation 3: synonyms and hierarchy ---------------------------------------------------
@pytest.mark.parametrize("resume_skills,posting_text,broad", [
    (["OpenTelemetry", "Grafana"], "Requirements: Monitoring, Python, Docker.", "Monitoring"),
    (["Tableau", "Microsoft Power BI"], "Requirements: Data Visualization, SQL, Excel.", "Data Visualization"),
    (["GitHub Actions"], "Requirements: CI/CD, Python, Docker.", "CI/CD"),
    (["Python"], "Requirements: Software Development, Git, SQL.", "Software Development"),
    (["Apache Kafka"], "Requirements: Stream Processing, Java, SQL.", "Stream Processing"),
])
def test_observation_3_specific_skills_satisfy_broader_ones(resume_skills, posting_text, broad):
    ex = matching.score_posting(_profile(resume_skills), _posting(title="Developer", description_text=posting_text,
                                                                   content_hash=posting_text), None)
    assert broad in [m.skill for m in ex.matched_skills]
    assert broad not in [m.skill for m in ex.missing_skills]


def test_hierarchy_names_are_canonical_skills():
    from careercopilot.normalize.skills import _broader, canonical_skill

    names = {n for k, v in _broader().items() for n in (k, *v)}
    assert names and all(canonical_skill(n) == n for n in names)


# -- observation 4: resume fields -------------------------------------------------------------
PTA_RESUME = """Maria Lopez
Denver, CO 80203 | maria.lopez@example.com | (303) 555-0100

EXPERIENCE
PTA, Outpatient Orthopedics — Front Range Physical Therapy, Denver, CO      2021 – Present
- Treat 12-14 post-op knee and shoulder patients per day under PT plans of care.

Rehabilitation Aide — St. Joseph Hospital, Denver, CO      2018 – 2021
- Set up modalities, cleaned equipment, assisted patients with transfers.
"""


def test_observation_4_current_title_name_and_location():
    from careercopilot.normalize.resume_fields import parse_resume_fields

    f = parse_resume_fields(PTA_RESUME)
    assert f.recent_titles[0] == "PTA" and f.current_title == "PTA"
    assert f.name == "Maria Lopez" and f.location == "Denver, CO"
    head = parse_resume_fields("Derek Kowalski — CNC Machinist\nWest Allis, WI · 414-555-0123 · d@example.com\n\n"
                               "EXPERIENCE\nMachinist — Acme, Milwaukee, WI  2019 – Present\n- Ran mills.\n")
    assert head.name == "Derek Kowalski" and head.current_title == "CNC Machinist" and head.location == "West Allis, WI"


# -- observation 7 / profession and level awareness ------------------------------------------
@pytest.mark.parametrize("title,family,level", [
    ("PTA, Outpatient Orthopedics", "allied_health", "mid"), ("Registered Nurse - ICU", "nursing", "mid"),
    ("RN II - Med Surg", "nursing", "mid"), ("Charge Nurse", "nursing", "senior"),
    ("Journeyman Electrician", "skilled_trades", "mid"), ("Master Electrician", "skilled_trades", "lead"),
    ("Electrician Apprentice", "skilled_trades", "entry"), ("Senior Paralegal", "legal", "senior"),
    ("Paralegal", "legal", "mid"), ("Staff Engineer", "software_engineering", "lead"),
    ("Principal Product Designer", "design_ux", "lead"), ("VP of Engineering", None, "executive"),
    ("Deputy Director of Analytics", None, "lead"), ("Warehouse Associate", "logistics_supply_chain", None),
    ("UX/UI Designer", "design_ux", None), ("Data Analyst", "data_analysis", None),
])
def test_occupation_and_level_of_titles(title, family, level):
    from careercopilot.normalize.occupations import infer_level, infer_occupation

    if family:
        assert infer_occupation(title).family == family
    if level:
        assert infer_level(title) == level


def test_posting_level_from_required_experience():
    from careercopilot.normalize.occupations import infer_posting_level

    assert infer_posting_level("Analyst", "Requires 7+ years of experience in analytics.") == "senior"
    assert infer_posting_level("Analyst", "This is an entry-level role; no experience required.") == "entry"
    assert infer_posting_level("Senior Analyst", "1 year of experience") == "senior"  # the title decides


def test_observation_10_other_professions_score_low():
    """A nurse's profile against an IT posting: the occupation factor keeps it out of 'possible'."""
    nurse = _profile(["Patient Care", "BLS"], titles=["Registered Nurse"])
    from careercopilot.normalize.occupations import infer_occupation

    nurse.occupations = [infer_occupation("Registered Nurse")]
    it = matching.score_posting(nurse, _posting(title="IT Operations Specialist", description_text="Windows, Active "
                                                "Directory, ticketing.", content_hash="it"), None)
    rn = matching.score_posting(nurse, _posting(title="Registered Nurse - Med/Surg", description_text="Patient Care, "
                                                "BLS, medication administration.", content_hash="rn"), None)
    assert it.penalty <= matching.OCCUPATION_FACTOR["other"] and rn.score > it.score


def test_observation_10_profession_gap_is_reported_with_boards():
    from careercopilot.services.matching.reads import profession_gap

    gap = profession_gap(False, "nursing")
    assert gap is not None and gap.family == "nursing" and "nursing" in gap.label and "Workday" in gap.boards
    assert profession_gap(True, "nursing") is None  # a posting of the person's own occupation was scored
    assert profession_gap(False, None) is None and profession_gap(False, "") is None  # profession unknown


def test_calibration_is_strictly_increasing_and_hits_the_band_floors():
    xs = [x for x, _ in matching.SCORE_CALIBRATION]
    ys = [y for _, y in matching.SCORE_CALIBRATION]
    assert xs == sorted(set(xs)) and ys == sorted(set(ys)) and ys[0] == 0 and ys[-1] == 100
    assert matching.calibrate(17.0) == pytest.approx(SCORE_BANDS[1].min_score)
    assert matching.calibrate(30.0) == pytest.approx(SCORE_BANDS[0].min_score)
