"""A posting that matches several of one user's saved searches (trial finding 3, issue 13).

Every matching search gets its hit and, as its delivery says, its own inbox item (and email):
two and three overlapping searches in every delivery mode, an instant search held by its
hourly cap (inbox item now, email in the digest) and quiet hours — on SQLite AND PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import MailMessage, Notification, SavedSearchHit
from careercopilot.services import alerts
from careercopilot.services.alerts import digest, instant
from careercopilot.services.alerts import saved_searches as ss

NOW = datetime(2026, 12, 4, 14, 0, tzinfo=timezone.utc)


def _save(uid: int, name: str, query: str, delivery: str) -> int:
    with session_scope() as s:
        return int(ss.create(session=s, user_id=uid, name=name, query=query, filters={}, delivery=delivery,
                             now=NOW - timedelta(hours=2)).id)


def _items(uid: int) -> list[str]:
    with session_scope() as s:
        return sorted(s.exec(select(Notification.title).where(Notification.user_id == uid,
                                                              Notification.kind == "search_alert")).all())


def _mails(uid: int, kind: str = "search_alert") -> int:
    with session_scope() as s:
        return int(s.exec(select(func.count()).select_from(MailMessage).where(
            MailMessage.user_id == uid, MailMessage.kind == kind)).one())


def _hits(uid: int) -> dict[int, str | None]:
    with session_scope() as s:
        return {h.saved_search_id: h.delivered_via for h in s.exec(select(SavedSearchHit).where(
            SavedSearchHit.user_id == uid))}


@pytest.mark.parametrize("first, second", [("instant", "in_app"), ("in_app", "in_app"), ("instant", "instant"),
                                           ("in_app", "instant")])
def test_two_searches_matching_one_posting_each_get_their_alert(alerts_db, make_user, make_posting, first, second):
    uid = make_user()
    a = _save(uid, "Remote Python", "python engineer", first)
    b = _save(uid, "Engineer", "engineer", second)
    make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=10))
    with session_scope() as s:
        rep = alerts.run_after_sync(session=s, now=NOW)
    assert rep["hits"] == 2 and rep["inbox"] == 2
    assert _items(uid) == ["1 new posting for “Engineer”", "1 new posting for “Remote Python”"]
    assert _mails(uid) == [first, second].count("instant")
    assert _hits(uid) == {a: first, b: second}


def test_three_overlapping_searches_in_every_mode(alerts_db, make_user, make_posting):
    uid = make_user()
    _save(uid, "A instant", "python", "instant")
    _save(uid, "B in app", "engineer", "in_app")
    daily = _save(uid, "C daily", "python engineer", "daily")
    make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=10))
    make_posting("Senior Python Engineer", "Beta", first_seen=NOW - timedelta(minutes=10))
    with session_scope() as s:
        rep = alerts.run_after_sync(session=s, now=NOW)
    assert rep["hits"] == 6 and rep["inbox"] == 2 and rep["mails"] == 1
    assert _items(uid) == ["2 new postings for “A instant”", "2 new postings for “B in app”"]
    with session_scope() as s:  # the daily search's own hits wait for its digest and go there
        built = digest.build_due_digests(session=s, now=NOW + timedelta(days=1), user_id=uid)
    assert [d.count for d in built] == [2]
    assert [name for name, _ in built[0].groups] == ["C daily"]
    with session_scope() as s:
        assert all(h.delivered_via == "digest" for h in s.exec(select(SavedSearchHit).where(
            SavedSearchHit.saved_search_id == daily)))


def test_instant_over_its_hourly_cap_is_an_inbox_item_now_and_a_digest_line_later(alerts_db, make_user,
                                                                                  make_posting):
    """The trial's user B: "Eng instant" already mailed this hour + "Tools in-app"."""
    uid = make_user()
    _save(uid, "Eng instant", "engineer", "instant")
    _save(uid, "Tools in-app", "tools", "in_app")
    make_posting("Platform Engineer", first_seen=NOW - timedelta(minutes=10))
    with session_scope() as s:
        alerts.run_after_sync(session=s, now=NOW)
    assert _mails(uid) == 1 and len(_items(uid)) == 1
    make_posting("Tools Engineer II", "Vercel", first_seen=NOW + timedelta(minutes=5))
    with session_scope() as s:  # 20 minutes later: the instant search's email is held by its cap
        rep = alerts.run_after_sync(session=s, now=NOW + timedelta(minutes=20))
    assert rep["hits"] == 2 and rep["held"] == 1 and rep["mails"] == 0 and rep["inbox"] == 2
    assert _items(uid) == ["1 new posting for “Eng instant”", "1 new posting for “Eng instant”",
                           "1 new posting for “Tools in-app”"]
    with session_scope() as s:  # later runs within the hour: still held, no second inbox item
        rep = instant.deliver_instant(session=s, now=NOW + timedelta(minutes=35))
    assert rep.held == 1 and rep.inbox == 0 and len(_items(uid)) == 3
    with session_scope() as s:  # the next daily digest mails the held posting
        built = digest.build_due_digests(session=s, now=NOW + timedelta(days=1), user_id=uid)
    assert [d.count for d in built] == [1] and _mails(uid, "digest") == 1
    assert [i.title for _, items in built[0].groups for i in items] == ["Tools Engineer II"]
    with session_scope() as s:
        assert instant.deliver_instant(session=s, now=NOW + timedelta(days=1, hours=2)).inbox == 0
    assert len(_items(uid)) == 3


def test_quiet_hours_hold_the_email_not_the_inbox_item(alerts_db, make_user, make_posting):
    from careercopilot.models import AlertSettings

    uid = make_user("UTC")
    night = datetime(2026, 12, 4, 23, 0, tzinfo=timezone.utc)
    with session_scope() as s:
        s.add(AlertSettings(user_id=uid, quiet_start_hour=22, quiet_end_hour=7))
    with session_scope() as s:
        ss.create(session=s, user_id=uid, name="py", query="python", filters={}, delivery="instant",
                  now=night - timedelta(hours=1))
    make_posting("Python Engineer", first_seen=night - timedelta(minutes=5))
    with session_scope() as s:
        rep = alerts.run_after_sync(session=s, now=night)
    assert rep["held"] == 1 and rep["mails"] == 0 and rep["inbox"] == 1
    with session_scope() as s:  # after the quiet hours: the email, and no second inbox item
        rep = instant.deliver_instant(session=s, now=night + timedelta(hours=8, minutes=5))
    assert rep.mails == 1 and rep.inbox == 0 and len(_items(uid)) == 1


def test_digest_inbox_item_leads_to_the_postings(alerts_db, make_user, make_posting):
    """Trial finding 11: a digest's inbox item linked to /alerts (the settings list)."""
    one, many = make_user(), make_user()
    _save(one, "One", "python", "daily")
    _save(many, "Py", "python", "daily")
    _save(many, "Eng", "engineer", "daily")
    solo = make_posting("Python Developer", first_seen=NOW - timedelta(minutes=10))
    make_posting("Platform Engineer", "Beta", first_seen=NOW - timedelta(minutes=10))
    with session_scope() as s:
        alerts.run_after_sync(session=s, now=NOW)
    with session_scope() as s:
        digest.build_due_digests(session=s, now=NOW + timedelta(days=1))
    with session_scope() as s:
        links = dict(s.exec(select(Notification.user_id, Notification.link).where(Notification.kind == "digest")).all())
    assert links == {one: f"/jobs/{solo}", many: "/alerts"}


def test_opening_an_inbox_item_marks_it_read():
    """Trial finding 11: the item's link marks it read as it opens; Mark read hands focus to the item."""
    import json

    from careercopilot.pages.inbox import _item

    item = {"id": "9", "title": "t", "body": "", "link": "/jobs/1", "kind": "Alert", "when": "", "unread": "1"}
    out = json.dumps(_item(item).render(), default=str).replace('\\"', '"')
    link = out[out.index('id:"inbox-open-9"') - 400:out.index('id:"inbox-open-9"') + 400]
    assert "mark_read" in link and '"data-refocus":"inbox-item-9"' in out
