"""Two tabs saving the same per-user settings row at once (trial finding 2's kind: a unique key
reachable from a form). Settings → Calendar feed creates the user's ``alertsettings`` row
(unique ``user_id``) and the notification preferences write ``notificationpreference`` /
``mailoptout`` (unique per user and kind/topic): the second writer must not fail with an
IntegrityError. Real PostgreSQL, two real transactions: the second waits on the first's
uncommitted row (polled in ``pg_stat_activity``), then the first commits."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text
from sqlmodel import Session, func, select

from careercopilot.db import session_scope
from careercopilot.models import AlertSettings, MailOptOut, NotificationPreference
from careercopilot.services import calendar_feed, notifications
from tests.support import services


@pytest.fixture
def pg(tmp_path):
    from careercopilot import db

    with services.migrated_engine("postgresql", tmp_path, "cc_settings_race") as engine:
        previous = db._engine
        db.set_engine(engine)
        try:
            yield engine
        finally:
            db.set_engine(previous)


def _user() -> int:
    from careercopilot.models import User

    with session_scope() as s:
        u = User(email=f"race-{time.time_ns()}@example.com")
        s.add(u)
        s.flush()
        return int(u.id)


def _race(engine, step) -> list[BaseException]:
    """Run ``step(session)`` in an open transaction, then again in a thread that must wait for
    it; commit the first once the second waits on a lock. Returns the thread's errors."""
    errors: list[BaseException] = []
    first = Session(engine, expire_on_commit=False)
    step(first)

    def second():
        try:
            with session_scope() as s:
                step(s)
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors.append(exc)

    t = threading.Thread(target=second)
    t.start()
    deadline = time.monotonic() + 90  # a busy 2-core machine: the thread may take a while to connect
    with engine.connect() as probe:
        while time.monotonic() < deadline and t.is_alive():
            waiting = probe.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND wait_event_type = 'Lock'")).scalar()
            probe.rollback()  # pg_stat_activity is a snapshot per transaction: take a new one next time
            if waiting:
                break
            time.sleep(0.05)
        else:
            first.rollback()
            first.close()
            t.join(30)
            raise AssertionError(f"the second writer never waited for the first (its errors: {errors!r})")
    first.commit()
    first.close()
    t.join(30)
    assert not t.is_alive()
    return errors


def test_two_tabs_creating_the_calendar_feed_at_once(pg):
    uid = _user()
    errors = _race(pg, lambda s: calendar_feed.rotate_token(session=s, user_id=uid))
    assert errors == []
    with session_scope() as s:
        assert s.exec(select(func.count()).select_from(AlertSettings)).one() == 1
        assert s.exec(select(AlertSettings.ical_token_hash)).one()


def test_two_tabs_turning_an_email_kind_off_at_once(pg):
    uid = _user()
    errors = _race(pg, lambda s: notifications.set_preference(session=s, user_id=uid, kind="digest", channel="email",
                                                              enabled=False))
    assert errors == []
    with session_scope() as s:
        assert s.exec(select(func.count()).select_from(NotificationPreference)).one() == 1
        assert s.exec(select(func.count()).select_from(MailOptOut)).one() == 1
        assert not notifications.wants(session=s, user_id=uid, kind="digest", channel="email")
    with session_scope() as s:  # and back on
        notifications.set_preference(session=s, user_id=uid, kind="digest", channel="email", enabled=True)
    with session_scope() as s:
        assert notifications.wants(session=s, user_id=uid, kind="digest", channel="email")
        assert s.exec(select(func.count()).select_from(MailOptOut)).one() == 0
