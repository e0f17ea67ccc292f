"""Search narrows (real model, PostgreSQL, Chroma) and the no-resume Jobs page lists postings unranked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from careercopilot.db import session_scope
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views, matching, tx_hooks

BACKEND_JOB = ("We are hiring a backend engineer to build our APIs. Requirements: 4+ years of Python, PostgreSQL, "
               "REST APIs, Docker and Kubernetes. Nice to have: Go, Kafka.")
NURSE_JOB = ("Provide direct patient care in our intensive care unit. Requirements: active RN license, BLS and ACLS "
             "certification, two years of critical care nursing, ventilator management.")


@pytest.fixture
def rescores(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", calls.append)
    return calls


@pytest.fixture
def corpus(make_user, make_posting, index):
    uid = make_user()
    ids = {
        "backend": make_posting("Backend Engineer (Python)", BACKEND_JOB, work_mode="remote"),
        "apis": make_posting("Senior Software Engineer, APIs", "Design distributed backend services in Go and "
                             "Python on AWS."),
        "frontend": make_posting("Frontend Engineer", "Build React and TypeScript user interfaces for our SaaS."),
        "nurse": make_posting("Registered Nurse - ICU", NURSE_JOB, work_mode="onsite"),
        "accountant": make_posting("Accountant", "Prepare financial statements, reconcile accounts, month-end "
                                   "close under IFRS."),
    }
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)
    return uid, ids


def _search(uid, index, q, **kw):
    with session_scope() as s:
        return matching.search_postings(session=s, user_id=uid, query=q, index=index, **kw)


def test_gibberish_matches_nothing(corpus, index, rescores):
    uid, _ = corpus
    page = _search(uid, index, "xyzzyqwv")
    assert page.total == 0 and page.items == []
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, query="xyzzyqwv", index=index)
    assert view.rows == [] and view.total_text == "0 postings"


def test_nurse_finds_the_nursing_posting_and_excludes_engineering(corpus, index):
    uid, ids = corpus
    page = _search(uid, index, "nurse")
    got = [c.posting_id for c in page.items]
    assert got[0] == ids["nurse"]
    assert not {ids["backend"], ids["apis"], ids["frontend"]} & set(got)
    assert page.total == len(got)


def test_engineer_keeps_engineering_postings_only(corpus, index):
    uid, ids = corpus
    got = {c.posting_id for c in _search(uid, index, "engineer").items}
    assert {ids["backend"], ids["apis"], ids["frontend"]} <= got
    assert ids["nurse"] not in got and ids["accountant"] not in got


def test_search_respects_filters_for_lexical_hits(corpus, index):
    uid, ids = corpus
    got = [c.posting_id for c in _search(uid, index, "engineer", filters=JobFilters(work_mode="remote")).items]
    assert got == [ids["backend"]]


def test_without_a_resume_the_jobs_page_lists_newest_postings(make_user, make_posting, index, rescores):
    uid = make_user()
    now = datetime.now(UTC)
    old = make_posting("Accountant", "Ledgers.", posted_at=now - timedelta(days=20), work_mode="onsite")
    new = make_posting("Registered Nurse", NURSE_JOB, posted_at=now - timedelta(days=1), work_mode="remote",
                       salary_min=90000, salary_max=100000, salary_currency="USD")
    mid = make_posting("Backend Engineer", BACKEND_JOB, posted_at=now - timedelta(days=5), work_mode="remote")
    other = make_user()
    make_posting("Private import", BACKEND_JOB, owner_id=other, source_type="url")
    make_posting("Closed", BACKEND_JOB, is_open=False)
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, index=index)
    assert not view.has_resume and view.browsing and view.has_postings and not view.scoring
    assert [r.posting_id for r in view.rows] == [new, mid, old]
    assert view.total_text == "3 postings" and all(r.score == "" for r in view.rows)
    assert rescores == []
    with session_scope() as s:
        remote = job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(work_mode="remote"), index=index)
        paid = job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(salary_floor=95000), index=index)
        recent = job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(posted_within_days=7), index=index)
        paged = job_views.jobs_view(session=s, user_id=uid, page=2, page_size=2, index=index)
    assert [r.posting_id for r in remote.rows] == [new, mid]
    assert [r.posting_id for r in paid.rows] == [new] and paid.total_text == "1 posting"
    assert [r.posting_id for r in recent.rows] == [new, mid]
    assert [r.posting_id for r in paged.rows] == [old] and paged.page == 2 and paged.pages == 2
    with session_scope() as s:  # search works without a resume too (unscored)
        matching.index_open_postings(session=s, index=index)
    with session_scope() as s:
        found = job_views.jobs_view(session=s, user_id=uid, query="nurse", index=index)
    assert [r.posting_id for r in found.rows] == [new] and not found.has_resume


def test_search_reads_tags_and_work_mode_as_well_as_text(corpus, make_posting, index):
    uid, ids = corpus
    tagged = make_posting("Platform Developer", "Join our platform team.", tags=["Python", "Kubernetes"],
                          work_mode="remote", location_text="USA")
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)
    assert tagged in {c.posting_id for c in _search(uid, index, "python").items}  # only its tags say Python
    remote = {c.posting_id for c in _search(uid, index, "remote").items}
    assert {tagged, ids["backend"]} <= remote and ids["nurse"] not in remote  # work mode, not the text
