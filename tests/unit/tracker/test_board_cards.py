"""Board cards (issue 10): days in the current stage counted in the user's calendar days from
the move into that stage; another user's moves never count."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_rows as rows_svc
from tests.support.tracker_data import make_user


def _row(session, user_id, app_id, now):
    return next(r for r in rows_svc.card_rows(session=session, user_id=user_id, now=now) if r.id == app_id)


def test_days_in_stage_counts_from_the_latest_move(session):
    user = make_user(session, tz="America/Los_Angeles")
    app = svc.add_manual(session=session, user_id=user.id, company="Initech", title="SRE")
    t0 = datetime(2030, 3, 2, 18, 0, tzinfo=timezone.utc)  # 10:00 in Los Angeles (after the creation event)
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="applied", at=t0)
    row = _row(session, user.id, app.id, t0 + timedelta(hours=1))
    assert (row.stage, row.days_in_stage) == ("applied", 0)
    # 07:30 UTC on 4 March is still 3 March in Los Angeles: one calendar day, not two
    assert _row(session, user.id, app.id, datetime(2030, 3, 4, 7, 30, tzinfo=timezone.utc)).days_in_stage == 1
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="interviewing",
                   at=t0 + timedelta(days=5))
    row = _row(session, user.id, app.id, t0 + timedelta(days=7))
    assert (row.stage, row.days_in_stage) == ("interviewing", 2)


def test_days_in_stage_of_a_card_never_moved_counts_from_creation(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Globex", title="Analyst")
    created = app.created_at if app.created_at.tzinfo else app.created_at.replace(tzinfo=timezone.utc)
    assert _row(session, user.id, app.id, created + timedelta(days=4, hours=1)).days_in_stage >= 4


def test_stage_entered_at_ignores_other_users_events(session):
    a, b = make_user(session), make_user(session)
    app = svc.add_manual(session=session, user_id=a.id, company="Hooli", title="PM")
    t0 = datetime(2030, 5, 1, 12, 0, tzinfo=timezone.utc)
    application_changes.move_stage(session=session, user_id=a.id, application_id=app.id, to_stage="applied", at=t0)
    assert rows_svc.stage_entered_at(session=session, user_id=b.id, application_ids=[app.id]) == {}
    assert rows_svc.stage_entered_at(session=session, user_id=a.id, application_ids=[app.id])[app.id] == t0
