"""Jobs / Job-detail read models over real PostgreSQL, the real model and a real Chroma index."""

from __future__ import annotations

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application
from careercopilot.schemas import JobFilters
from careercopilot.services import job_detail_views, job_views, matching, tx_hooks

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
        assert job_detail_views.job_detail_view(session=s, user_id=a, posting_id=private, index=index).has_score
    with session_scope() as s:
        with pytest.raises(LookupError):
            job_detail_views.job_detail_view(session=s, user_id=b, posting_id=private, index=index)
    with session_scope() as s:
        with pytest.raises(LookupError):
            job_detail_views.job_detail_view(session=s, user_id=b, posting_id=999_999, index=index)
    with session_scope() as s:
        view_b = job_views.jobs_view(session=s, user_id=b, index=index)
    assert private not in [r.posting_id for r in view_b.rows] and not view_b.has_postings
    with session_scope() as s:
        with pytest.raises(LookupError):
            job_detail_views.save_job(session=s, user_id=b, posting_id=private)


def test_save_job_is_idempotent_and_shows_saved(make_user, make_posting, make_resume, index, rescores):
    uid = make_user()
    rid = make_resume(uid, CV)
    pid = make_posting("Backend Engineer", JOB)
    _index(index)
    with session_scope() as s:
        first = job_detail_views.save_job(session=s, user_id=uid, posting_id=pid)
    with session_scope() as s:
        assert job_detail_views.save_job(session=s, user_id=uid, posting_id=pid) == first
    with session_scope() as s:
        apps = s.exec(select(Application).where(Application.user_id == uid)).all()
        assert len(apps) == 1 and apps[0].resume_id == rid and apps[0].stage == "saved"
        detail = job_detail_views.job_detail_view(session=s, user_id=uid, posting_id=pid, index=index)
    assert detail.application_id == first and detail.matched and detail.parts


def test_ranked_count_is_explained_and_everything_can_be_listed(make_user, make_posting, make_resume, index,
                                                                rescores):
    """Issue 10 trial finding: "ranked N of M open" with no word why the rest are not ranked."""
    from careercopilot.models import PostingHide

    uid = make_user()
    make_resume(uid, CV)
    make_posting("Backend Engineer", JOB, work_mode="remote")
    onsite = make_posting("Platform Engineer", JOB, work_mode="onsite")
    nurse = make_posting("Registered Nurse", "Patient care in the ICU. Requirements: RN license, BLS.",
                         work_mode="onsite")
    _index(index)
    with session_scope() as s:
        s.add(PostingHide(user_id=uid, posting_id=nurse))
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, filters=JobFilters(work_mode="remote"), index=index)
    assert view.total == 1 and not view.browsing
    assert view.count_note.startswith("1 of 3 open postings is ranked. Not ranked:")
    assert "1 outside your filters" in view.count_note and "1 hidden by you" in view.count_note
    assert view.see_all == "See all 1 in these filters, newest first"
    with session_scope() as s:  # the link's list: unranked, newest first, the same filters, hidden ones left out
        every = job_views.jobs_view(session=s, user_id=uid, index=index, newest=True)
    assert every.browsing and every.has_resume and every.total == 2
    assert nurse not in [r.posting_id for r in every.rows] and onsite in [r.posting_id for r in every.rows]


def test_first_ranking_running_lists_the_postings_unranked(make_user, make_posting, make_resume, index, rescores):
    """While the first re-score of a new resume runs (no stored scores yet) the Jobs page lists the open
    postings newest first and says ranking is in progress — not "Ranked … · 0 postings" (issue 10 trial)."""
    import uuid

    from careercopilot.models import BackgroundJob

    uid = make_user()
    make_resume(uid, CV)
    first = make_posting("Backend Engineer", JOB, work_mode="remote", country="DE")
    second = make_posting("Registered Nurse", "Patient care in the ICU. Requirements: RN license, BLS.")
    with session_scope() as s:
        s.add(BackgroundJob(id=uuid.uuid4().hex, func=tx_hooks.RESCORE_JOB, user_id=uid, status="running"))
    with session_scope() as s:
        view = job_views.jobs_view(session=s, user_id=uid, index=index)
    assert view.scoring and view.browsing and view.has_resume
    assert {r.posting_id for r in view.rows} == {first, second} and view.total == 2
    assert all(not r.score for r in view.rows)  # unranked: no score shown yet


def test_mark_applied_records_the_application_once(make_user, make_posting, make_resume, index, rescores):
    """Job page "Did you apply? Mark as applied": the posting's application at stage applied (created when
    missing, moved from saved), a second time changes nothing, a later stage is left alone (issue 10 trial)."""
    from careercopilot.models import StageEvent
    from careercopilot.services import application_changes
    from careercopilot.state.job_detail import _mark_applied

    uid = make_user()
    make_resume(uid, CV)
    fresh, saved, later = (make_posting(t, JOB) for t in ("Backend Engineer", "Platform Engineer", "Data Engineer"))
    app_id, stage, moved = _mark_applied(uid, fresh)  # no application yet
    assert (stage, moved) == ("applied", True)
    assert _mark_applied(uid, fresh) == (app_id, "applied", False)  # twice: nothing new
    with session_scope() as s:
        assert len(s.exec(select(Application).where(Application.user_id == uid, Application.posting_id == fresh)).all()) == 1
        events = s.exec(select(StageEvent).where(StageEvent.application_id == app_id)).all()
        assert [(e.from_stage, e.to_stage) for e in sorted(events, key=lambda e: e.id)] == [(None, "saved"), ("saved", "applied")]
        assert s.get(Application, app_id).applied_at is not None
        saved_id = job_detail_views.save_job(session=s, user_id=uid, posting_id=saved)
        later_id = job_detail_views.save_job(session=s, user_id=uid, posting_id=later)
        application_changes.move_stage(session=s, user_id=uid, application_id=later_id, to_stage="interviewing")
    assert _mark_applied(uid, saved) == (saved_id, "applied", True)
    assert _mark_applied(uid, later) == (later_id, "interviewing", False)


def test_detail_after_a_preference_change_is_scored_afresh(make_user, make_posting, make_resume, index, rescores):
    """Session 12 trial: after saving preferences, the Job-detail page showed the old explanation
    ("every preference met", the old target title) until the re-score job ran, while the list
    said "Rankings are being refreshed". A stored score older than the inputs is not shown."""
    from careercopilot.services import preferences

    uid = make_user()
    make_resume(uid, CV)
    pid = make_posting("Backend Engineer", JOB, work_mode="remote", country="DE")
    _index(index)
    with session_scope() as s:
        before = job_detail_views.job_detail_view(session=s, user_id=uid, posting_id=pid, index=index)  # stored now
    assert not any(c.mark == "✗" for c in before.checks)
    with session_scope() as s:
        preferences.save_preferences(session=s, user_id=uid, titles="Registered Nurse", work_modes=["onsite"])
    with session_scope() as s:
        after = job_detail_views.job_detail_view(session=s, user_id=uid, posting_id=pid, index=index)
        view = job_views.jobs_view(session=s, user_id=uid, index=index)
    assert view.scoring  # the list says the rankings are being refreshed
    failed = [c.name for c in after.checks if c.mark == "✗"]
    assert failed and any("mode" in n.lower() for n in failed), after.checks
    assert after.score != before.score or after.penalty != before.penalty
