"""The inbox and preferences service (services/notifications.py) on a migrated SQLite database:
idempotent items, per-kind channel defaults, overrides, unsubscribes, and owner-only reads."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.models import MailOptOut, User
from careercopilot.services import notifications


@pytest.fixture
def users(sqlite_engine):
    with session_scope() as s:
        ana, ben = User(email="ana@example.com"), User(email="ben@example.com")
        s.add_all([ana, ben])
        s.flush()
        return ana.id, ben.id


def test_same_key_is_one_item_and_other_users_see_nothing(users):
    ana, ben = users
    with session_scope() as s:
        _, first = notifications.notify(session=s, user_id=ana, kind="digest", dedupe_key="2026-12-04", title="Digest")
        _, again = notifications.notify(session=s, user_id=ana, kind="digest", dedupe_key="2026-12-04", title="Again")
    assert (first, again) == (True, False)
    with session_scope() as s:
        assert notifications.unread_count(session=s, user_id=ana) == 1
        assert notifications.unread_count(session=s, user_id=ben) == 0
        item = notifications.list_items(session=s, user_id=ana)[0]
        assert item.title == "Digest"
        assert notifications.mark_read(session=s, user_id=ben, notification_id=item.id) == 0
        assert notifications.mark_read(session=s, user_id=ana, notification_id=item.id) == 1
        assert notifications.unread_count(session=s, user_id=ana) == 0


@pytest.mark.parametrize("link,stored", [("/jobs/4", "/jobs/4"), ("https://evil.example/", ""),
                                         ("//evil.example/x", ""), ("javascript:alert(1)", "")])
def test_links_stay_inside_the_app(users, link, stored):
    with session_scope() as s:
        row, _ = notifications.notify(session=s, user_id=users[0], kind="reminder_due", dedupe_key=link,
                                      title="t", link=link)
        assert row.link == stored


def test_defaults_overrides_and_unsubscribes(users):
    ana, _ = users
    with session_scope() as s:
        prefs = notifications.preferences(session=s, user_id=ana)
        assert prefs["digest"] == {"in_app": True, "email": True}
        assert prefs["sync_finished"] == {"in_app": True, "email": False}
        s.add(MailOptOut(user_id=ana, topic="digest"))  # a one-click unsubscribe
        s.flush()
        assert notifications.wants(session=s, user_id=ana, kind="digest", channel="email") is False
        notifications.set_preference(session=s, user_id=ana, kind="digest", channel="email", enabled=True)
        assert notifications.wants(session=s, user_id=ana, kind="digest", channel="email") is True
        notifications.set_preference(session=s, user_id=ana, kind="search_alert", channel="in_app", enabled=False)
        row, created = notifications.notify(session=s, user_id=ana, kind="search_alert", dedupe_key="1", title="x")
        assert (row, created) == (None, False)
        with pytest.raises(ValueError):
            notifications.notify(session=s, user_id=ana, kind="nope", dedupe_key="1", title="x")
