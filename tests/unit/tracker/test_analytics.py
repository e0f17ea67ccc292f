"""Analytics numbers on a small hand-computed dataset (SQLite).

Dataset (tests/support/analytics_dataset.py), furthest funnel stage per application:
A1 accepted(=offer), A2 applied→rejected, A3 applied, A4 saved→interviewing (skip ⇒ counts
as applied), A5 saved, A6 interviewing→rejected, A7 withdrawn, A8 applied→rejected.
Funnel: saved 8, applied 6 (A1 A2 A3 A4 A6 A8), interviewing 3 (A1 A4 A6), offer 1 (A1).
Responses among applied: A1 A2 A4 A6 A8 = 5/6. Days applied→first response: A1 3, A2 2,
A6 7, A8 5 (A4 has no applied date) → median (3+5)/2 = 4.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import json

import pytest

from sqlmodel import select

from careercopilot.models import MetricSnapshot
from careercopilot.services import analytics
from tests.support import analytics_dataset
from tests.support.tracker_data import make_app, make_user


def test_hand_computed_numbers(session):
    user = analytics_dataset.build(session)
    analytics_dataset.check(analytics.compute(session=session, user_id=user.id))


def test_odd_count_median_and_empty_user(session):
    user = make_user(session)
    empty = analytics.compute(session=session, user_id=user.id)
    assert empty.total == 0 and empty.response_rate is None and empty.median_days_to_response is None
    assert [s.count for s in empty.funnel] == [0, 0, 0, 0] and empty.per_week == [] and empty.top_missing_skills == []
    t = analytics_dataset.d
    for days in (1, 2, 10):
        make_app(session, user_id=user.id, applied_at=t(0), moves=[
            (None, "saved", t(0)), ("saved", "applied", t(0)), ("applied", "rejected", t(days))])
    assert analytics.median_days_to_response(session=session, user_id=user.id) == 2.0


def test_weeks_bucket_in_user_time_zone(session):
    sunday_late_utc = datetime(2026, 1, 11, 23, 30, tzinfo=timezone.utc)  # Monday 08:30 in Tokyo
    results = {}
    for tz in ("UTC", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kathmandu"):
        user = make_user(session, tz=tz)
        make_app(session, user_id=user.id, applied_at=sunday_late_utc, moves=[(None, "saved", sunday_late_utc)])
        make_app(session, user_id=user.id, applied_at=datetime(2026, 1, 12, 7, 50, tzinfo=timezone.utc),
                 moves=[(None, "saved", sunday_late_utc)])  # Mon 07:50 UTC = Sun 23:50 in LA; Mon 13:35 Kathmandu
        results[tz] = analytics.per_week(session=session, user_id=user.id)
    assert results["UTC"] == [("2026-01-05", 1), ("2026-01-12", 1)]
    assert results["Asia/Tokyo"] == [("2026-01-12", 2)]
    assert results["America/Los_Angeles"] == [("2026-01-05", 2)]
    assert results["Asia/Kathmandu"] == [("2026-01-12", 2)]  # +05:45 offset: 15-minute buckets stay exact


def test_snapshot_is_idempotent_per_day(session):
    user = analytics_dataset.build(session)
    analytics.snapshot_user(session=session, user_id=user.id, day=date(2026, 2, 1))
    analytics.snapshot_user(session=session, user_id=user.id, day=date(2026, 2, 1))
    rows = session.exec(select(MetricSnapshot).where(MetricSnapshot.user_id == user.id)).all()
    assert len(rows) == 1 and json.loads(rows[0].metrics)["total"] == 8
    assert user.id in analytics.users_with_applications(session=session)


def test_missing_skills_count_only_the_active_resume_and_current_model(session):
    """The user's report: a skill the current resume has was listed as missing (rows of v1)."""
    check_missing_skills_ignore_stale_versions(session)


def check_missing_skills_ignore_stale_versions(session) -> None:
    """Two resume versions + a stale model version + another user; shared with the PostgreSQL test."""
    from careercopilot.models import Resume
    from tests.support.tracker_data import active_resume, add_missing_skills, make_posting

    user, other = make_user(session), make_user(session)
    p1, p2 = make_posting(session), make_posting(session)
    for p in (p1, p2):
        make_app(session, user_id=user.id, posting_id=p.id, moves=[(None, "saved", analytics_dataset.D0)])
        make_app(session, user_id=other.id, posting_id=p.id, moves=[(None, "saved", analytics_dataset.D0)])
    v1 = active_resume(session, user_id=user.id)
    for p in (p1, p2):  # version 1 lacked Kubernetes and Go
        add_missing_skills(session, user_id=user.id, posting_id=p.id, skills=["kubernetes", "go"])
    v1.is_active = False
    v2 = Resume(user_id=user.id, version=2, is_active=True, filename="v2.pdf", mime="application/pdf",
                storage_key="resumes/v2.pdf")
    session.add_all([v1, v2])
    session.flush()
    # version 2 (active) has Kubernetes; Go is still missing for p1 only
    add_missing_skills(session, user_id=user.id, posting_id=p1.id, skills=["go"], matched=["kubernetes"])
    add_missing_skills(session, user_id=user.id, posting_id=p2.id, skills=[], matched=["kubernetes", "go"])
    # a score of the active version under an older model version is stale too
    add_missing_skills(session, user_id=user.id, posting_id=p2.id, skills=["terraform"], resume_id=v2.id,
                       model_version="old-model@0")
    # another user's active rows on the same postings never leak in
    add_missing_skills(session, user_id=other.id, posting_id=p1.id, skills=["cobol", "kubernetes"])

    assert analytics.top_missing_skills(session=session, user_id=user.id) == [("go", 1)]
    assert analytics.compute(session=session, user_id=user.id).top_missing_skills == [("go", 1)]
    assert analytics.top_missing_skills(session=session, user_id=other.id) == [("cobol", 1), ("kubernetes", 1)]

    v2.is_active = False  # no active resume → nothing to compare against
    session.add(v2)
    session.flush()
    assert analytics.top_missing_skills(session=session, user_id=user.id) == []


#: (stage path of one application, funnel counts saved/applied/interviewing/offer, response rate,
#: interview rate): a later stage implies the earlier ones (``analytics`` module doc).
IMPLIED_STAGE_CASES = [
    (["saved"], [1, 0, 0, 0], None, None),
    (["saved", "applied"], [1, 1, 0, 0], 0.0, 0.0),
    (["saved", "offer"], [1, 1, 1, 1], 1.0, 1.0),          # session 12 trial: Saved straight to Offer
    (["saved", "accepted"], [1, 1, 1, 1], 1.0, 1.0),
    (["saved", "interviewing"], [1, 1, 1, 0], 1.0, 1.0),
    (["saved", "rejected"], [1, 1, 0, 0], 1.0, 0.0),       # an employer's rejection answers an application
    (["saved", "applied", "rejected"], [1, 1, 0, 0], 1.0, 0.0),
    (["saved", "withdrawn"], [1, 0, 0, 0], None, None),    # the user's own "no" implies nothing
    (["saved", "applied", "withdrawn"], [1, 1, 0, 0], 0.0, 0.0),
    (["saved", "offer", "withdrawn"], [1, 1, 1, 1], 1.0, 1.0),
]


@pytest.mark.parametrize(("path", "counts", "response", "interview"), IMPLIED_STAGE_CASES)
def test_a_later_stage_implies_applied(session, path, counts, response, interview):
    user = make_user(session)
    t = analytics_dataset.d
    moves = [(None if i == 0 else path[i - 1], stage, t(i)) for i, stage in enumerate(path)]
    make_app(session, user_id=user.id, moves=moves)
    steps, got_response, got_interview = analytics.funnel(session=session, user_id=user.id)
    assert [s.count for s in steps] == counts
    assert (got_response, got_interview) == (response, interview)


def test_rate_notes_name_every_stage_that_counts_as_applied():
    """The page's wording of the response rate names exactly the stages the definition implies
    applied from, and neither note calls the denominator just "applied"."""
    note = analytics.RATE_NOTES["response"]
    stages = {"interviewing", "offer", "accepted", "rejected", "withdrawn"}
    assert {s for s in stages if s.title() in note} == set(analytics.IMPLIES_APPLIED)
    assert all(n.startswith("of applications applied to") for n in analytics.RATE_NOTES.values())
