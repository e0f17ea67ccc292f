"""Jobs and Job-detail pages: the component trees render, ids exist, view mapping is right."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from careercopilot import routes
from careercopilot.schemas import JobCard, MatchExplanation, PostingDetail, PreferenceCheck, Sighting, SkillFlag
from careercopilot.services import job_views


def _render(fn) -> str:
    return json.dumps(fn().render(), default=str)


def test_jobs_page_renders_with_stable_ids():
    from careercopilot.pages.jobs import jobs_page

    out = _render(jobs_page)
    for element_id in ("jobs-empty-resume", "jobs-empty-postings", "job-list", "jobs-prev", "jobs-next", "jobs-page",
                       "jobs-search", "jobs-search-submit", "jobs-apply-filters", "filter-visa", "jobs-scoring"):
        assert element_id in out, element_id
    assert "job-card-" in out and "job-link-" in out


def test_job_detail_page_renders_with_stable_ids():
    from careercopilot.pages.job_detail import job_detail_page

    out = _render(job_detail_page)
    for element_id in ("job-title", "job-description", "job-score", "matched-skills", "missing-skills", "pref-checks",
                       "apply-link", "save-button", "saved-badge", "job-not-found"):
        assert element_id in out, element_id
    assert "noopener noreferrer" in out


def test_both_routes_are_registered_with_the_app_pages():
    from careercopilot import pages

    names = pages.load_all()
    assert "jobs" in names and "job_detail" in names


@pytest.mark.parametrize(("form", "expected"), [
    ({}, {}),
    ({"work_mode": "any", "source": "any", "posted_within": "any"}, {}),
    ({"work_mode": "Remote", "country": "de", "salary_floor": "80,000", "visa_only": "on", "posted_within": "7",
      "source": "greenhouse"},
     {"work_mode": "remote", "country": "DE", "salary_floor": 80000.0, "visa_only": True, "posted_within_days": 7,
      "source_type": "greenhouse"}),
])
def test_parse_filters(form, expected):
    got = job_views.parse_filters(form).model_dump(exclude_defaults=True)
    assert got == expected


@pytest.mark.parametrize(("form", "message"), [
    ({"country": "Germany"}, "alpha-2"),
    ({"country": "1A"}, "alpha-2"),
    ({"salary_floor": "lots"}, "must be a number"),
    ({"salary_floor": "-5"}, "positive"),
    ({"salary_floor": "inf"}, "positive"),
    ({"work_mode": "moon"}, "work mode"),
    ({"posted_within": "9999"}, "posted within"),
])
def test_parse_filters_rejects_bad_input_with_a_clear_message(form, message):
    with pytest.raises(ValueError, match=message):
        job_views.parse_filters(form)


def test_job_row_caps_skills_and_links_to_the_detail_page():
    card = JobCard(posting_id=7, title="Backend Engineer", company="Acme", score=87,
                   matched_skills=list("abcdefg"), missing_skills=["Go"])
    row = job_views.job_row(card)
    assert row.href == routes.job_detail(7) == "/jobs/7"
    assert row.score == "87" and row.score_color == "green"
    assert row.matched == list("abcde") and row.missing == ["Go"]
    assert job_views.job_row(JobCard(posting_id=1, title="t", company="c")).score == ""


def test_detail_view_flattens_the_explanation():
    detail = PostingDetail(posting_id=3, title="Nurse", company="Clinic", url="https://x.example/3",
                           apply_url="https://x.example/3/apply", salary="EUR 50,000 / year",
                           posted_at=datetime(2026, 11, 1, tzinfo=timezone.utc), visa_sponsorship="no",
                           visa_evidence="We cannot sponsor visas.",
                           sightings=[Sighting(source="Clinic jobs", source_type="greenhouse", url="https://x.example/3")])
    ex = MatchExplanation(score=41.6, semantic=0.5, skills=0.25, preference=None, freshness=1.0, penalty=0.6,
                          weights={"semantic": 0.5, "skills": 0.25, "preference": 0.15, "freshness": 0.1},
                          matched_skills=[SkillFlag(skill="BLS")],
                          missing_skills=[SkillFlag(skill="ACLS", required=False), SkillFlag(skill="ICU")],
                          checks=[PreferenceCheck(name="visa", ok=False, reason="needs sponsorship; posting: no"),
                                  PreferenceCheck(name="salary", ok=True, reason="above your floor")])
    v = job_views.detail_view(detail, ex, 12)
    assert v.apply_href == "https://x.example/3"  # canonical posting URL first
    assert v.posted == "2026-11-01" and v.score == "42" and v.application_id == 12
    assert [(p.label, p.value, p.weight) for p in v.parts][0] == ("Semantic similarity", "50%", "50%")
    assert v.parts[2].value == "—"
    assert [m.skill for m in v.missing] == ["ICU", "ACLS"]  # required first
    assert [(c.mark, c.color) for c in v.checks] == [("✗", "red"), ("✓", "green")]
    assert "sponsor" in v.penalty and v.visa == "No visa sponsorship"
    assert v.sightings[0].source == "Clinic jobs"
    assert not job_views.detail_view(detail, None, None).has_score
