"""The Inbox lists an item announced again once (trial 17 review, the Outbox finding's kind in the
Inbox): a reminder re-announced after each snooze, "Sync of X finished" after each Sync now,
"Cover letter — Acme is ready" after each Regenerate were one line each time. Items of those
kinds with the same title and link fold into their newest (``notifications.collapse_repeats``);
alerts and digests, whose bodies list their own postings, never fold."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.services import notifications, users


@pytest.fixture
def uid(sqlite_engine):
    with session_scope() as s:
        return users.create_user(session=s, email="inbox.reader@example.com", password="orange-Kettle-4812").id


def _notify(uid, kind, key, title, body="", link="/x"):
    with session_scope() as s:
        notifications.notify(session=s, user_id=uid, kind=kind, dedupe_key=key, title=title, body=body, link=link)


#: (what was announced again, kind, title, link, times)
REPEATS = [
    ("a reminder after two snoozes", "reminder_due", "Follow up: Acme", "/applications/3", 3),
    ("Sync now three times", "sync_finished", "Sync of Greenhouse: acme finished", "/sources", 3),
    ("Regenerate twice", "generation_finished", "Cover letter — Acme is ready", "/writing/9", 3),
]


@pytest.mark.parametrize(("case", "kind", "title", "link", "times"), REPEATS, ids=[r[0] for r in REPEATS])
def test_an_item_announced_again_is_one_line(uid, case, kind, title, link, times):
    for n in range(times):
        _notify(uid, kind, f"k{n}", title, body=f"round {n}", link=link)
    with session_scope() as s:
        lines = notifications.collapse_repeats(notifications.list_items(session=s, user_id=uid))
    assert len(lines) == 1 and len(lines[0].ids) == times and lines[0].unread
    assert lines[0].item.body == f"round {times - 1}"  # the newest says it


def test_alerts_and_digests_never_fold(uid):
    for n in range(2):
        _notify(uid, "search_alert", f"a{n}", "1 new posting for “Nurse”", body=f"Posting {n}")
        _notify(uid, "digest", f"d{n}", "Your daily job digest: 1 new posting", body=f"Posting {n}")
    with session_scope() as s:
        assert len(notifications.collapse_repeats(notifications.list_items(session=s, user_id=uid))) == 4


def test_different_links_or_titles_stay_apart(uid):
    _notify(uid, "reminder_due", "r1", "Follow up: Acme", link="/applications/1")
    _notify(uid, "reminder_due", "r2", "Follow up: Acme", link="/applications/2")  # two Acme applications
    _notify(uid, "reminder_due", "r3", "Thank-you note: Acme", link="/applications/1")
    with session_scope() as s:
        assert len(notifications.collapse_repeats(notifications.list_items(session=s, user_id=uid))) == 3


def test_mark_read_reads_the_folded_repeats(uid):
    for n in range(3):
        _notify(uid, "reminder_due", f"k{n}", "Follow up: Acme", link="/applications/3")
    with session_scope() as s:
        line, = notifications.collapse_repeats(notifications.list_items(session=s, user_id=uid))
        assert notifications.mark_read(session=s, user_id=uid, notification_id=line.ids[0], also=line.ids[1:]) == 3
    with session_scope() as s:
        assert notifications.unread_count(session=s, user_id=uid) == 0


def test_the_page_line_says_how_many_times(uid):
    from careercopilot.pages.inbox import _also, _items

    for n in range(3):
        _notify(uid, "sync_finished", f"k{n}", "Sync of Lever: acme finished", link="/sources")
    items, unread = _items(uid)
    assert len(items) == 1 and items[0]["when"].endswith(" · 3 times") and unread == 3
    assert len(_also(items, items[0]["id"])) == 2
