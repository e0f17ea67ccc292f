"""Jobs and Job-detail pages: the component trees render, ids exist, view mapping is right."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timezone

import pytest

from careercopilot import routes
from careercopilot.schemas import (
    JobCard,
    MatchExplanation,
    PostingDetail,
    PreferenceCheck,
    Sighting,
    SkillFlag,
)
from careercopilot.services import job_detail_views, job_views


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
    from careercopilot.templates import REGISTERED

    out = _render(job_detail_page)
    # the title is the page's one <h1> (in the layout), not a second heading in the body
    assert "job-title" not in out and "job-title" in _render(REGISTERED[routes.JOBS + "/[posting_id]"].component)
    for element_id in ("job-description", "job-score", "matched-skills", "missing-skills", "pref-checks",
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
    ({"country": "Germany"}, {"country": "DE"}),
    ({"country": "Deutschland"}, {"country": "DE"}),
    ({"country": "usa"}, {"country": "US"}),
    # the forms people type (issue 10 trial finding: "150k" was refused)
    ({"salary_floor": "150k"}, {"salary_floor": 150000.0}),
    ({"salary_floor": "$150K"}, {"salary_floor": 150000.0}),
    ({"salary_floor": "150 000"}, {"salary_floor": 150000.0}),
    ({"salary_floor": "150k USD"}, {"salary_floor": 150000.0}),
    ({"salary_floor": "€60k"}, {"salary_floor": 60000.0, "salary_currency": "EUR"}),
])
def test_parse_filters(form, expected):
    got = job_views.parse_filters(form).model_dump(exclude_defaults=True)
    assert got == expected


@pytest.mark.parametrize(("form", "message"), [
    ({"country": "Germny"}, "unknown country “\u2068Germny\u2069”"),
    ({"country": "1A"}, "unknown country"),
    ({"salary_floor": "100000000"}, "at most 10,000,000"),
    ({"salary_floor": "1e99"}, "must be an amount such as 150000"),
    ({"salary_floor": "lots"}, "must be an amount such as 150000"),
    ({"salary_floor": "-5"}, "must be an amount"),
    ({"salary_floor": "inf"}, "must be an amount"),
    ({"salary_floor": "180k-150k"}, "runs backwards"),
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


def test_job_card_says_the_missing_licence_in_words():
    """A posting held under the strong band for a licence the resume lacks says so on its card,
    not only on the detail page (session-24 follow-up of score-17)."""
    gaps = ["Requires a pharmacist licence (RPh) — not on your resume",
            "Requires admission to the bar — not on your resume"]
    row = job_views.job_row(JobCard(posting_id=3, title="Clinical Pharmacist", company="IV League", score=72,
                                    missing_licences=gaps))
    assert row.licence_gap == "; ".join(gaps)
    assert job_views.job_row(JobCard(posting_id=4, title="t", company="c", score=80)).licence_gap == ""
    from careercopilot.components.jobs import job_card

    rendered = str(job_card(row))
    assert "job-licence-gap" in rendered and "Requires a pharmacist licence" in rendered


def test_detail_view_flattens_the_explanation():
    detail = PostingDetail(posting_id=3, title="Nurse", company="Clinic", url="https://x.example/3",
                           apply_url="https://x.example/3/apply", salary="EUR 50,000 / year",
                           posted_at=datetime(2026, 11, 1, tzinfo=UTC), visa_sponsorship="no",
                           visa_evidence="We cannot sponsor visas.",
                           sightings=[Sighting(source="Clinic jobs", source_type="greenhouse", url="https://x.example/3")])
    ex = MatchExplanation(score=41.6, semantic=0.5, skills=0.25, preference=None, freshness=1.0, penalty=0.6,
                          weights={"semantic": 0.5, "skills": 0.25, "preference": 0.15, "freshness": 0.1},
                          matched_skills=[SkillFlag(skill="BLS")],
                          missing_skills=[SkillFlag(skill="ACLS", required=False), SkillFlag(skill="ICU")],
                          checks=[PreferenceCheck(name="visa", ok=False, reason="needs sponsorship; posting: no"),
                                  PreferenceCheck(name="salary", ok=True, reason="above your floor")])
    v = job_detail_views.detail_view(detail, ex, 12)
    assert v.apply_href == "https://x.example/3"  # canonical posting URL first
    assert v.posted == "2026-11-01" and v.score == "42" and v.application_id == 12
    # the weight each component really had: preference (unknown) shares its 0.15 with the rest
    assert [(p.label, p.value, p.weight) for p in v.parts][0] == ("Semantic similarity", "50%", "59%")
    assert (v.parts[2].value, v.parts[2].weight) == ("—", "— (unknown)")
    assert [s.label for s in v.steps] == ["Weighted sum", "Penalty × 0.6", "Calibrated score"]
    # required and nice-to-have missing skills listed apart (issue 11: a preferred one is no shortfall)
    assert [m.skill for m in v.missing] == ["ICU"] and [m.skill for m in v.missing_nice] == ["ACLS"]
    assert [(c.mark, c.color) for c in v.checks] == [("✗", "red"), ("✓", "green")]
    assert "sponsor" in v.penalty and v.visa == "No visa sponsorship"
    assert v.sightings[0].source == "Clinic jobs"
    assert not job_detail_views.detail_view(detail, None, None).has_score


def test_preference_fit_says_how_many_checks_were_known():
    detail = PostingDetail(posting_id=3, title="Dev", company="Acme", url="https://x.example/3")
    ex = MatchExplanation(score=50, preference=1.0, weights={"preference": 1.0},
                          checks=[PreferenceCheck(name="title", ok=True, reason="t"),
                                  PreferenceCheck(name="salary", ok=None, reason="no salary stated"),
                                  PreferenceCheck(name="visa", ok=None, reason="not mentioned")])
    part = job_detail_views.detail_view(detail, ex, None).parts[0]
    assert part.value == "100% (1 of 1 known checks pass, 2 not stated)"


def test_jobs_page_has_legend_resume_banner_and_query_cap():
    from careercopilot.pages.jobs import jobs_page
    from careercopilot.state.jobs import MAX_QUERY

    out = _render(jobs_page)
    assert MAX_QUERY == 200 and "maxLength:200" in out.replace(" ", "")
    for text in ("jobs-legend", "green = skills you have", "Upload your resume to rank these by match score",
                 "No postings match ", "overflowWrap", "anywhere", "jobs-upload-resume-link"):
        assert text in out, text
    assert "Match score" in out and "title:" in out  # badge tooltip


def test_job_detail_page_has_read_more_and_legend():
    from careercopilot.pages.job_detail import job_detail_page

    out = _render(job_detail_page)
    assert "job-read-more" in out and "Read the full posting" in out and "job-legend" in out
    assert "job-description-cut" in out and "sent only the start" in out


@pytest.mark.parametrize(("lo", "hi", "cur", "period", "text"), [
    (100000, 115000, "USD", None, "USD 100,000–115,000 / year"),
    (100000, 115000, "usd", "year", "USD 100,000–115,000 / year"),
    (None, 90000, "EUR", None, "up to EUR 90,000 / year"),
    (60000, None, "GBP", "year", "from GBP 60,000 / year"),
    # one formatter, precision that matters (issue 10 trial finding: $56.41/hr read "56–56")
    (56.41, 56.41, "USD", "hour", "USD 56.41 / hour"),
    (56.41, None, "USD", "hour", "from USD 56.41 / hour"),
    (56.41, 60, "USD", "hour", "USD 56.41–60.00 / hour"),
    (45, 45, "USD", "hour", "USD 45 / hour"),
    (45, 60, "USD", "hour", "USD 45–60 / hour"),
    (412.5, 450, "EUR", "day", "EUR 412.50–450.00 / day"),
    (100000.4, 100000.4, "USD", "year", "USD 100,000 / year"),
    (99999.6, 120000, "USD", "year", "USD 100,000–120,000 / year"),
    (5400.75, 6000, "EUR", "month", "EUR 5,401–6,000 / month"),
    (56.001, 56.004, "USD", "hour", "USD 56 / hour"),
    (None, None, "USD", "year", ""),
])
def test_salary_text(lo, hi, cur, period, text):
    from careercopilot.services.matching import salary_text

    assert salary_text(lo, hi, cur, period) == text


def test_wording_helpers():
    assert job_views.plural(1, "posting") == "1 posting" and job_views.plural(0, "posting") == "0 postings"
    assert job_views.plural(1234, "posting") == "1,234 postings"
    assert job_detail_views.employment_label("full_time") == "Full-time"
    assert job_detail_views.employment_label("part_time") == "Part-time" and job_detail_views.employment_label("per_diem") == "Per diem"
    assert job_detail_views.employment_label(None) == ""


@pytest.mark.parametrize(("n", "shown"), [
    (0, 0), (7, 7), (99, 99), (100, 100), (987, 990), (1234, 1200), (1250, 1200), (12345, 12000), (99950, 100000),
    (123456, 120000),
])
def test_estimated_totals_are_shown_to_two_significant_digits(n, shown):
    """Search's ``total_about`` is an estimate (``fulltext.estimated_total``): "about 12,000"."""
    assert job_views.about_count(n) == shown


@pytest.mark.parametrize(("html", "cut"), [
    ("<p>We build payment rails for Europe and are looking for…</p>", True),
    ("<p>Join our team to build the future of</p>", True),
    ("<p>Great role. Read more</p>", True),
    ("<p>We build payment rails. Apply today!</p>", False),
    ("<p>" + "A long and complete description of the role. " * 20 + "and it ends without a dot</p>", False),
    ("", True),
])
def test_description_truncated(html, cut):
    assert job_detail_views.description_truncated(html) is cut


def test_detail_view_labels_employment_and_flags_truncated_descriptions():
    detail = PostingDetail(posting_id=3, title="Nurse", company="Clinic", url="https://x.example/3",
                           employment_type="full_time", description_html="<p>Care for patients in our…</p>")
    v = job_detail_views.detail_view(detail, None, None)
    assert v.employment_type == "Full-time" and v.description_truncated and v.apply_href == "https://x.example/3"


def test_query_terms_and_lexical_share():
    from careercopilot.services import matching
    from careercopilot.services.matching import lexical_share, query_terms

    assert query_terms("ML engineer in Berlin, the C++ job") == ["ml", "engineer", "berlin", "c++"]
    assert query_terms("xyzzyqwv") == ["xyzzyqwv"] and query_terms("a of the") == []
    assert lexical_share(["nurse"], "Registered Nurses wanted") == 1.0
    share = lexical_share(["ml", "engineer"], "HTML engineer")  # "ml" must start a word
    assert 0 < share < 1 and share == pytest.approx(matching._idf("engineer") / (matching._idf("ml") + matching._idf("engineer")))
    # IDF-weighted: filler words weigh little, so the content words decide
    assert lexical_share(["who", "writes", "python"], "We use Python") > lexical_share(
        ["who", "writes", "python"], "who are we") * 2
    assert lexical_share([], "anything") == 0.0


def test_route_id_reads_the_url_not_the_deprecated_page_data():
    from types import SimpleNamespace

    from careercopilot.state.job_detail import _route_id

    def state(path):
        return SimpleNamespace(router=SimpleNamespace(url=SimpleNamespace(path=path)))

    assert _route_id(state("/jobs/42")) == 42 and _route_id(state("/jobs/42/")) == 42
    assert _route_id(state("/jobs/abc")) is None and _route_id(state("/jobs/" + "9" * 20)) is None


def test_posting_snapshot_states_pay_with_the_one_formatter():
    from careercopilot.models import JobPosting
    from careercopilot.services.applications import posting_snapshot_text

    p = JobPosting(title="Nurse", company="Acme", url="https://x.example/1", salary_min=56.41, salary_max=56.41,
                   salary_currency="USD", pay_period="hour", description_text="d")
    assert "Compensation: USD 56.41 / hour" in posting_snapshot_text(p)
