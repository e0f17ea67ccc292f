"""A small hand-computed analytics dataset shared by the SQLite and PostgreSQL tests.

Expected numbers (derivation in tests/unit/tracker/test_analytics.py docstring):
funnel saved 8 → applied 6 → interviewing 3 → offer 1; response 5/6; interview 3/6;
median days to first response 4.0 (values 2, 3, 5, 7); the 5 with an applied date fall in week 2026-01-05.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.support.tracker_data import add_missing_skills, make_app, make_posting, make_user

D0 = datetime(2026, 1, 5, 10, 0, tzinfo=timezone.utc)  # a Monday


def d(days: float) -> datetime:
    return D0 + timedelta(days=days)


EXPECTED = {
    "funnel": [("saved", 8, None), ("applied", 6, 6 / 8), ("interviewing", 3, 3 / 6), ("offer", 1, 1 / 3)],
    "response_rate": 5 / 6,
    "interview_rate": 3 / 6,
    "median": 4.0,
    "per_week": [("2026-01-05", 5)],
    "by_source": [("greenhouse", 3, 3, 2), ("unknown", 3, 2, 2), ("lever", 2, 1, 1)],
    "by_work_mode": [("remote", 6, 6, 5), ("hybrid", 1, 0, 0), ("onsite", 1, 0, 0)],
    "skills": [("kubernetes", 2), ("go", 1), ("rust", 1)],
    "stage_counts": {"saved": 1, "applied": 1, "interviewing": 1, "offer": 0, "accepted": 1, "rejected": 3, "withdrawn": 1},
}


def build(session, *, tz: str = "UTC"):
    """Create the dataset for a new user (plus noise from another user); returns the user."""
    user = make_user(session, tz=tz)
    other = make_user(session)
    p1, p2, p3 = make_posting(session), make_posting(session), make_posting(session)
    S = None
    make_app(session, user_id=user.id, source="greenhouse", posting_id=p1.id, applied_at=d(1), moves=[
        (S, "saved", d(0)), ("saved", "applied", d(1)), ("applied", "interviewing", d(4)),
        ("interviewing", "offer", d(10)), ("offer", "accepted", d(12))])                       # A1: 3 days
    make_app(session, user_id=user.id, source="greenhouse", posting_id=p2.id, applied_at=d(1), moves=[
        (S, "saved", d(0)), ("saved", "applied", d(1)), ("applied", "rejected", d(3))])         # A2: 2 days
    make_app(session, user_id=user.id, source="greenhouse", applied_at=d(2), moves=[
        (S, "saved", d(0)), ("saved", "applied", d(2))])                                        # A3: no response
    make_app(session, user_id=user.id, source="lever", applied_at=None, moves=[
        (S, "saved", d(0)), ("saved", "interviewing", d(5))])                                   # A4: skip
    make_app(session, user_id=user.id, source="lever", work_mode="onsite", moves=[(S, "saved", d(0))])  # A5
    make_app(session, user_id=user.id, source=None, applied_at=d(2), moves=[
        (S, "saved", d(0)), ("saved", "applied", d(2)), ("applied", "interviewing", d(9)),
        ("interviewing", "rejected", d(11))])                                                   # A6: 7 days
    make_app(session, user_id=user.id, source=None, work_mode="hybrid", moves=[
        (S, "saved", d(0)), ("saved", "withdrawn", d(1))])                                      # A7
    make_app(session, user_id=user.id, source=None, applied_at=d(0.1), moves=[
        (S, "saved", d(0)), ("saved", "applied", d(0.1)), ("applied", "rejected", d(5.1))])     # A8: 5 days
    add_missing_skills(session, user_id=user.id, posting_id=p1.id, skills=["kubernetes", "go"], matched=["python"])
    add_missing_skills(session, user_id=user.id, posting_id=p2.id, skills=["kubernetes", "rust"])
    add_missing_skills(session, user_id=user.id, posting_id=p3.id, skills=["java"])  # not tracked → ignored
    # another user's rows must never leak into this user's numbers
    make_app(session, user_id=other.id, posting_id=p1.id, applied_at=d(1), moves=[
        (S, "saved", d(0)), ("saved", "applied", d(1)), ("applied", "offer", d(1.5))])
    add_missing_skills(session, user_id=other.id, posting_id=p1.id, skills=["cobol", "kubernetes"])
    session.flush()
    return user


def check(result) -> None:
    """Assert an :class:`~careercopilot.services.analytics.Analytics` equals :data:`EXPECTED`."""
    import pytest

    got_funnel = [(s.stage, s.count, s.rate) for s in result.funnel]
    for (gs, gc, gr), (es, ec, er) in zip(got_funnel, EXPECTED["funnel"], strict=True):
        assert (gs, gc) == (es, ec)
        assert gr == (None if er is None else pytest.approx(er))
    assert result.response_rate == pytest.approx(EXPECTED["response_rate"])
    assert result.interview_rate == pytest.approx(EXPECTED["interview_rate"])
    assert result.median_days_to_response == pytest.approx(EXPECTED["median"])
    assert result.per_week == EXPECTED["per_week"]
    assert [(b.key, b.total, b.applied, b.responded) for b in result.by_source] == EXPECTED["by_source"]
    assert [(b.key, b.total, b.applied, b.responded) for b in result.by_work_mode] == EXPECTED["by_work_mode"]
    assert result.top_missing_skills == EXPECTED["skills"]
    assert result.stage_counts == EXPECTED["stage_counts"]
    assert result.total == 8
