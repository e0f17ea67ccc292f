"""One follow-up per day (trial101 finding 3: after moving to Applied the page listed "Follow up (your date)"
and "Follow up (1 of 2)" for the same day). A manual follow-up date on the day a stage-driven follow-up is
due is that follow-up: one open reminder, done clears the date, snooze moves it.

Variant table (old code: 5 of the 6 rows showed two open follow-ups for one day or left the date behind; the
other-day row passes before and after):
date first then Applied; Applied then the same date; a date on another day (two reminders, before and
after); done on the one reminder clears the date; snooze moves the date; the date re-saved by the details
form stays one reminder. The application page lists that one reminder only, labeled as carrying the user's
date (trial123 finding 9: a "Follow up (your date) — No longer applies" row stood beside it; 3 of 3 rows
failed before)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application, Reminder, User
from careercopilot.services import application_changes, reminders
from careercopilot.services import applications as apps

NOW = datetime.now(timezone.utc).replace(hour=12, minute=0, second=0, microsecond=0)
DAY = (NOW + timedelta(days=7)).date()


@pytest.fixture
def uid(sqlite_engine, override_settings, tmp_path):
    override_settings(jobs_inline=True, data_dir=tmp_path)
    with session_scope() as s:
        user = User(email=f"f-{uuid.uuid4().hex[:8]}@example.com")
        s.add(user)
        s.flush()
        return user.id


def _new(uid: int) -> int:
    with session_scope() as s:
        return apps.add_manual(session=s, user_id=uid, company="Tallgrass Freight", title="Freight Agent").id


def _apply(uid: int, aid: int) -> None:
    with session_scope() as s:
        application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage="applied", at=NOW)


def _date(uid: int, aid: int, day) -> None:
    with session_scope() as s:
        application_changes.set_follow_up(session=s, user_id=uid, application_id=aid, follow_up_on=day)


def _open(aid: int) -> list[Reminder]:
    with session_scope() as s:
        rows = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.kind == "follow_up",
                                             Reminder.status == "open")).all()
        for r in rows:
            s.expunge(r)
        return rows


def _follow_up_on(aid: int):
    with session_scope() as s:
        return s.get(Application, aid).follow_up_on


@pytest.mark.parametrize("order", ["date_first", "applied_first", "resaved"])
def test_a_date_on_the_stage_follow_ups_day_is_one_reminder(uid, order):
    aid = _new(uid)
    if order == "date_first":
        _date(uid, aid, DAY)
        _apply(uid, aid)
    else:
        _apply(uid, aid)
        _date(uid, aid, DAY)
        if order == "resaved":
            _date(uid, aid, DAY)
    rows = _open(aid)
    assert len(rows) == 1, [(r.sequence, r.due_at) for r in rows]
    with session_scope() as s:
        listed = [(r.label, r.state) for r in reminders.application_rows(session=s, user_id=uid, application_id=aid)]
    # Every row the application page lists: the manual reminder the stage one stands for is not a
    # "No longer applies" row beside it (trial123 finding 9; the old filter of dismissed rows hid that).
    assert [label for label, _ in listed] == ["Follow up (1 of 2) · your date"], listed


def test_a_date_on_another_day_is_its_own_reminder(uid):
    aid = _new(uid)
    _apply(uid, aid)
    _date(uid, aid, DAY + timedelta(days=3))
    assert sorted(r.sequence for r in _open(aid)) == [0, 1]


def test_done_on_the_one_reminder_clears_the_date(uid):
    aid = _new(uid)
    _date(uid, aid, DAY)
    _apply(uid, aid)
    (row,) = _open(aid)
    with session_scope() as s:
        reminders.complete(session=s, user_id=uid, reminder_id=row.id, now=NOW)
    assert _follow_up_on(aid) is None


def test_snooze_on_the_one_reminder_moves_the_date(uid):
    aid = _new(uid)
    _date(uid, aid, DAY)
    _apply(uid, aid)
    (row,) = _open(aid)
    with session_scope() as s:
        reminders.snooze(session=s, user_id=uid, reminder_id=row.id, choice="1d", now=NOW)
    assert _follow_up_on(aid) == DAY + timedelta(days=1)
    assert len(_open(aid)) == 1
