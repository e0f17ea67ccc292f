"""Dashboard activity (new matches since last visit, due follow-ups) and the tracker jobs on SQLite."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlmodel import Session, select

from careercopilot.models import MatchScore, MetricSnapshot
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import dashboard
from tests.support import analytics_dataset
from tests.support.tracker_data import add_missing_skills, make_posting, make_user


def test_new_matches_since_last_visit_top_by_score_and_visible_only(session):
    a, b = make_user(session), make_user(session)
    old, new1, new2 = make_posting(session, title="Old"), make_posting(session, title="New A"), make_posting(session, title="New B")
    private_b = make_posting(session, owner_id=b.id, title="B's private")
    for p in (old, new1, new2, private_b):
        add_missing_skills(session, user_id=a.id, posting_id=p.id, skills=[])
    visit = datetime.now(timezone.utc) - timedelta(hours=1)
    scores = {old.id: (99, visit - timedelta(days=1)), new1.id: (60, visit + timedelta(minutes=5)),
              new2.id: (80, visit + timedelta(minutes=9)), private_b.id: (95, visit + timedelta(minutes=1))}
    for m in session.exec(select(MatchScore).where(MatchScore.user_id == a.id)).all():
        m.score, m.computed_at = scores[m.posting_id]
        session.add(m)
    session.flush()
    got = dashboard.new_matches(session=session, user_id=a.id, since=visit)
    assert [(m.title, m.score) for m in got] == [("New B", 80.0), ("New A", 60.0)]
    assert [m.title for m in dashboard.new_matches(session=session, user_id=a.id, since=None)][:1] == ["Old"]
    assert dashboard.new_matches(session=session, user_id=b.id, since=None) == []


def test_new_matches_count_only_the_active_resume_and_current_model(session):
    from careercopilot.models import Resume
    from tests.support.tracker_data import active_resume

    a = make_user(session)
    p = make_posting(session, title="Backend")
    current = active_resume(session, user_id=a.id)
    add_missing_skills(session, user_id=a.id, posting_id=p.id, skills=[]).score = 37.0
    old = Resume(user_id=a.id, version=current.version + 1, is_active=False, text="old", filename="old.txt",
                 mime="text/plain", storage_key="resumes/old.txt")
    session.add(old)
    session.flush()
    add_missing_skills(session, user_id=a.id, posting_id=p.id, skills=[], resume_id=old.id).score = 90.0
    add_missing_skills(session, user_id=a.id, posting_id=p.id, skills=[], model_version="another-model").score = 95.0
    session.flush()
    assert [(m.title, m.score) for m in dashboard.new_matches(session=session, user_id=a.id, since=None)] == [
        ("Backend", 37)]


def test_followups_due_are_reminders_in_user_zone(session):
    """The dashboard's "Follow-ups due" lists reminders (services.reminders.due_rows); a manual
    follow-up date is one, due today in the user's zone."""
    from careercopilot.services import reminders

    user = make_user(session, tz="Asia/Tokyo")
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    application_changes.set_follow_up(session=session, user_id=user.id, application_id=app.id, follow_up_on="2026-03-11")
    now = datetime(2026, 3, 10, 23, 30, tzinfo=timezone.utc)  # already Mar 11 (08:30) in Tokyo
    rows = reminders.due_rows(session=session, user_id=user.id, now=now)
    assert [(r.company, r.label, r.state) for r in rows] == [("Acme", "Follow up (your date)", "due_today")]
    later = datetime(2026, 3, 11, 0, 30, tzinfo=timezone.utc)  # 09:30 Tokyo: past its hour, still today
    assert [r.state for r in reminders.due_rows(session=session, user_id=user.id, now=later)] == ["due_today"]
    next_day = datetime(2026, 3, 11, 15, 30, tzinfo=timezone.utc)  # 00:30 Mar 12 in Tokyo: the board says overdue
    assert [r.state for r in reminders.due_rows(session=session, user_id=user.id, now=next_day)] == ["overdue"]
    assert reminders.due_rows(session=session, user_id=user.id, now=datetime(2026, 3, 10, 14, 0, tzinfo=timezone.utc)) == []
    data = dashboard.summary_with_activity(session=session, user_id=user.id, since=None, now=now)
    assert data.stage_counts == {"saved": 1}


def test_snapshot_metrics_job_stores_one_row_per_user(sqlite_engine):
    from jobs.tracker import snapshot_metrics

    with Session(sqlite_engine) as s:
        user = analytics_dataset.build(s)
        s.commit()
        uid = user.id
    assert snapshot_metrics() >= 1
    assert snapshot_metrics() >= 1  # idempotent per day
    with Session(sqlite_engine) as s:
        rows = s.exec(select(MetricSnapshot).where(MetricSnapshot.user_id == uid)).all()
        assert len(rows) == 1 and json.loads(rows[0].metrics)["response_rate"] == 5 / 6


def test_schedule_has_daily_snapshot():
    from jobs.schedule import SCHEDULE

    entry = next(e for e in SCHEDULE if e.func == "jobs.tracker.snapshot_metrics")
    assert entry.interval_seconds == 86400


def test_new_matches_leave_out_postings_already_on_the_board(session):
    """Issue 10 trial finding: "new matches since your last visit" counted postings already applied to."""
    a, b = make_user(session), make_user(session)
    applied, saved, fresh = (make_posting(session, title=t) for t in ("Applied", "Saved", "Fresh"))
    for p in (applied, saved, fresh):
        add_missing_skills(session, user_id=a.id, posting_id=p.id, skills=[]).score = 80.0
        add_missing_skills(session, user_id=b.id, posting_id=p.id, skills=[]).score = 80.0
    app = svc.save_posting(session=session, user_id=a.id, posting_id=applied.id)
    application_changes.move_stage(session=session, user_id=a.id, application_id=app.id, to_stage="applied")
    svc.save_posting(session=session, user_id=a.id, posting_id=saved.id)
    session.flush()
    assert [m.title for m in dashboard.new_matches(session=session, user_id=a.id, since=None)] == ["Fresh"]
    # another user's applications do not hide postings from b
    assert sorted(m.title for m in dashboard.new_matches(session=session, user_id=b.id, since=None)) == [
        "Applied", "Fresh", "Saved"]


def test_dashboard_last_synced_is_in_the_users_time_zone(session):
    """Issue 10 trial finding: "last synced" was shown in UTC while stage history used the user's zone."""
    from careercopilot.models import Source

    user = make_user(session, tz="Asia/Tokyo")
    session.add(Source(name="Board", type="greenhouse", config={}, last_success_at=datetime(2026, 3, 10, 20, 5,
                                                                                        tzinfo=timezone.utc)))
    session.flush()
    data = dashboard.summary(session=session, user_id=user.id)
    assert data.last_sync_local == "2026-03-11 05:05"  # UTC+9


def test_resume_versions_show_upload_time_in_the_users_zone():
    from zoneinfo import ZoneInfo

    from careercopilot.models import Resume
    from careercopilot.services import resumes

    row = Resume(id=1, user_id=1, version=1, filename="cv.txt", mime="text/plain", storage_key="k", text="x",
                 size_bytes=1200, created_at=datetime(2026, 7, 1, 23, 30, tzinfo=timezone.utc))
    assert resumes.version_row(row, ZoneInfo("America/Los_Angeles")).uploaded == "2026-07-01 16:30"
    assert resumes.version_row(row).uploaded == "2026-07-01 23:30"
