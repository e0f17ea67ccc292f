"""The helpers behind RemindersState and CalendarFeedState (state/reminders.py,
state/calendar_feed.py) on SQLite: first read backfills, snooze/done through the state's
action, another user's id reads nothing, the feed URL is returned once and never stored."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import AlertSettings, Application, User
from careercopilot.services import applications as apps
from careercopilot.services import reminders
from careercopilot.state import calendar_feed as feed_state
from careercopilot.state import reminders as reminder_state


@pytest.fixture
def two(sqlite_engine):
    with session_scope() as s:
        ana, ben = User(email="ana@example.com"), User(email="ben@example.com")
        s.add_all([ana, ben])
        s.flush()
        aid = apps.add_manual(session=s, user_id=ana.id, company="Acme", title="Dev").id
        app = s.get(Application, aid)  # applied 9 days ago by an older release: no reminder row yet
        app.stage, app.applied_at = "applied", datetime.now(timezone.utc) - timedelta(days=9)
        return ana.id, ben.id, aid


def test_first_read_backfills_and_actions_apply(two):
    ana, ben, aid = two
    due, mine = reminder_state._load(ana, aid)
    assert [(r.label, r.state) for r in due] == [("Follow up (1 of 2)", "overdue")]
    assert [r.id for r in mine] == [due[0].id]
    assert reminder_state._load(ben, aid) == ([], [])  # another user's application: nothing
    with pytest.raises(LookupError):
        reminder_state._act(ben, "done", due[0].id, "")
    reminder_state._act(ana, "snooze", due[0].id, "1d")
    assert reminder_state._load(ana, aid)[0] == []
    reminder_state._act(ana, "done", due[0].id, "")
    _, mine = reminder_state._load(ana, aid)
    assert [(r.label, r.state) for r in mine] == [("Follow up (2 of 2)", "upcoming"), ("Follow up (1 of 2)", "done")]
    with pytest.raises(reminders.ReminderError):
        reminder_state._act(ana, "snooze", due[0].id, "1d")


def test_feed_url_is_returned_once_and_only_its_hash_is_stored(two):
    ana, _, _ = two
    assert feed_state._status(ana) == ""
    url, created = feed_state._rotate(ana)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert created and url.startswith("http") and "/calendar/" in url
    with session_scope() as s:
        row = s.exec(select(AlertSettings).where(AlertSettings.user_id == ana)).one()
        assert token not in (row.ical_token_hash or "") and len(row.ical_token_hash) == 64
    assert feed_state._revoke(ana) is True and feed_state._status(ana) == ""
