"""Issue 10 trial findings: (2) a stage-driven follow-up moved to Applied 07:31 UTC by a Chicago
user was due 01:31 local — it now lands at 09:00 in the user's zone, the due day counted in that
zone; (3) the board said "Overdue · 2026-12-01" while the dashboard said "Due · 2026-12-01 09:00"
for the same follow-up — one rule (``local_time.due_status``) decides for every surface."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Reminder, User
from careercopilot.services import applications as apps
from careercopilot.services import application_changes
from careercopilot.services import reminders
from careercopilot.services.local_time import due_status


def _utc(*a) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


@pytest.mark.parametrize(("zone", "moved", "due"), [
    # the trial: 07:31 UTC is 01:31 in Chicago on Dec 1 → 09:00 CST on Dec 8
    ("America/Chicago", _utc(2026, 12, 1, 7, 31), _utc(2026, 12, 8, 15, 0)),
    # 20:00 UTC is already Dec 2 in Tokyo: the week counts from the local day
    ("Asia/Tokyo", _utc(2026, 12, 1, 20, 0), _utc(2026, 12, 9, 0, 0)),
    # +5:30: 20:00 UTC is 01:30 Dec 2 in Kolkata → 09:00 IST Dec 9 = 03:30 UTC
    ("Asia/Kolkata", _utc(2026, 12, 1, 20, 0), _utc(2026, 12, 9, 3, 30)),
    # DST starts Mar 8 2026 in Chicago: moved under CST, due 09:00 CDT
    ("America/Chicago", _utc(2026, 3, 3, 15, 0), _utc(2026, 3, 10, 14, 0)),
    # DST ends Oct 25 2026 in Berlin: moved under CEST, due 09:00 CET
    ("Europe/Berlin", _utc(2026, 10, 20, 6, 0), _utc(2026, 10, 27, 8, 0)),
    ("UTC", _utc(2026, 12, 1, 23, 59), _utc(2026, 12, 8, 9, 0)),
])
def test_follow_up_is_due_at_nine_local_a_week_after_the_local_day(zone, moved, due):
    got = reminders.follow_up_due(moved, ZoneInfo(zone))
    assert got == due
    assert got.astimezone(ZoneInfo(zone)).hour == reminders.MORNING_HOUR


def test_a_stage_move_creates_a_working_hours_reminder(sqlite_engine):
    with session_scope() as s:
        user = User(email="chi@example.com", timezone="America/Chicago")
        s.add(user)
        s.flush()
        aid = apps.add_manual(session=s, user_id=user.id, company="Acme", title="Dev").id
        application_changes.move_stage(session=s, user_id=user.id, application_id=aid, to_stage="applied", at=_utc(2026, 12, 1, 7, 31))
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid)).one()
        local = r.due_at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("America/Chicago"))
        assert (local.date(), local.hour, local.minute) == (date(2026, 12, 8), 9, 0)


@pytest.mark.parametrize(("due", "zone", "now", "status"), [
    (date(2026, 12, 1), "UTC", _utc(2026, 12, 5, 12), "overdue"),
    (_utc(2026, 12, 1, 15), "America/Chicago", _utc(2026, 12, 5, 12), "overdue"),  # the trial's pair
    (date(2026, 12, 5), "UTC", _utc(2026, 12, 5, 23, 59), "due_today"),
    (_utc(2026, 12, 5, 9), "UTC", _utc(2026, 12, 5, 8), "due_today"),  # later today: still today
    (_utc(2026, 12, 5, 9), "UTC", _utc(2026, 12, 5, 10), "due_today"),  # hour passed: today, not overdue
    (date(2026, 12, 6), "Asia/Tokyo", _utc(2026, 12, 5, 16), "due_today"),  # already Dec 6 in Tokyo
    (date(2026, 12, 5), "Asia/Kolkata", _utc(2026, 12, 5, 18, 31), "overdue"),  # 00:01 Dec 6 IST
    (date(2026, 12, 5), "America/Chicago", _utc(2026, 12, 6, 5), "due_today"),  # 23:00 Dec 5 CST
    (date(2026, 12, 9), "UTC", _utc(2026, 12, 5), "upcoming"),
    (None, "UTC", _utc(2026, 12, 5), ""),
])
def test_one_rule_for_due_overdue_today(due, zone, now, status):
    assert due_status(due, ZoneInfo(zone), now=now) == status


def test_board_and_dashboard_agree_on_one_follow_up(sqlite_engine):
    """The manual date is both the board's badge and the dashboard's reminder: same word."""
    with session_scope() as s:
        user = User(email="chi2@example.com", timezone="America/Chicago")
        s.add(user)
        s.flush()
        uid = user.id
        aid = apps.add_manual(session=s, user_id=uid, company="Acme", title="Dev").id
        application_changes.set_follow_up(session=s, user_id=uid, application_id=aid, follow_up_on="2026-12-01")
    for now, status in [(_utc(2026, 12, 5, 12), "overdue"), (_utc(2026, 12, 1, 20), "due_today")]:
        with session_scope() as s:
            app = s.get(apps.Application, aid)
            board = apps.follow_up_status(app.follow_up_on, app.stage, zone=ZoneInfo("America/Chicago"), now=now)
            dash = [r.state for r in reminders.due_rows(session=s, user_id=uid, now=now)]
            page = [r.state for r in reminders.application_rows(session=s, user_id=uid, application_id=aid, now=now)]
        assert board == status and dash == [status] and page == [status]


def test_every_surface_uses_the_one_rule():
    """No module decides due/overdue by comparing with "today" itself."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "careercopilot"
    offenders = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
                 if p.name != "local_time.py" and ('return "overdue"' in p.read_text("utf-8")
                                                   or "\"due\" if " in p.read_text("utf-8"))]
    assert offenders == []
