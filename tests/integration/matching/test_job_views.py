"""Jobs / Job-detail read models over real PostgreSQL, the real model and a real Chroma index."""

from __future__ import annotations

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application
from careercopilot.schemas import JobFilters
from careercopilot.services import job_views, matching, tx_hooks

CV = ("Backend Software Engineer. Built REST APIs in Python and Go, PostgreSQL, Redis, Docker and Kubernetes on AWS.\n"
      "Skills: Python, Go, PostgreSQL, Docker, Kubernetes")
JOB = "We are hiring a backend engineer. Requirements: Python, PostgreSQL, Docker. Nice to have: Kafka."


@pytest.fixture
def rescores(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", calls.append)
    return calls


def _index(index):
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)


def test_jobs_view_ranks_and_schedules_one_rescore(make_user, make_posting, make_resume, index, rescores):
    uid = make_user()
    make_resume(uid, CV)
    backend = make_posting("Backend Engineer", JOB, work_mode="remote", country="DE")
    make_posting("Registered Nurse", "Patient care in the ICU. Requirements: RN license, BLS.", work_mode="onsite")
    _index(index)
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, index=index)
    assert view.has_resume and view.has_postings and view.sources == ["any", "greenhouse"]
    assert view.rows[0].posting_id == backend and view.rows[0].score.isdigit()
    assert "Python" in view.rows[0].matched and view.total == 2 and view.pages == 1
    assert view.scoring and rescores == [uid]  # no stored scores before → refresh after commit
    with session_scope() as s:  # filtered: only the remote posting
        view = job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(work_mode="remote"), index=index)
    assert [r.posting_id for r in view.rows] == [backend]
    with session_scope() as s:
        found = job_views.jobs_view(session=s, user_id=uid, query="nurse intensive care", index=index)
    assert found.rows[0].title == "Registered Nurse"


def test_empty_states(make_user, make_posting, make_resume, index, rescores):
    uid = make_user()
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, index=index)
    assert not view.has_resume and not view.has_postings and view.rows == []


def test_private_posting_is_invisible_to_other_users(make_user, make_posting, make_resume, index, rescores):
    a, b = make_user(), make_user()
    make_resume(a, CV)
    make_resume(b, CV)
    private = make_posting("Backend Engineer (imported)", JOB, owner_id=a, source_type="url")
    _index(index)
    with session_scope() as s:
        assert job_views.job_detail_view(session=s, user_id=a, posting_id=private, index=index).has_score
    with session_scope() as s:
        with pytest.raises(LookupError):
            job_views.job_detail_view(session=s, user_id=b, posting_id=private, index=index)
    with session_scope() as s:
        with pytest.raises(LookupError):
            job_views.job_detail_view(session=s, user_id=b, posting_id=999_999, index=index)
    with session_scope() as s:
        view_b = job_views.jobs_view(session=s, user_id=b, index=index)
    assert private not in [r.posting_id for r in view_b.rows] and not view_b.has_postings
    with session_scope() as s:
        with pytest.raises(LookupError):
            job_views.save_job(session=s, user_id=b, posting_id=private)


def test_save_job_is_idempotent_and_shows_saved(make_user, make_posting, make_resume, index, rescores):
    uid = make_user()
    rid = make_resume(uid, CV)
    pid = make_posting("Backend Engineer", JOB)
    _index(index)
    with session_scope() as s:
        first = job_views.save_job(session=s, user_id=uid, posting_id=pid)
    with session_scope() as s:
        assert job_views.save_job(session=s, user_id=uid, posting_id=pid) == first
    with session_scope() as s:
        apps = s.exec(select(Application).where(Application.user_id == uid)).all()
        assert len(apps) == 1 and apps[0].resume_id == rid and apps[0].stage == "saved"
        detail = job_views.job_detail_view(session=s, user_id=uid, posting_id=pid, index=index)
    assert detail.application_id == first and detail.matched and detail.parts
