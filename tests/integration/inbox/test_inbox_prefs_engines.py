"""Inbox preferences, alert times, job notices and cross-user isolation on SQLite AND PostgreSQL,
through the same helpers the Settings and Inbox pages call (state/notification_prefs.py,
pages/inbox.py) and the services the jobs call (services/job_notices.py)."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlmodel import select

from careercopilot import db
from careercopilot.db import session_scope
from careercopilot.models import AlertSettings, BackgroundJob, MailOptOut, Notification, Source, User
from careercopilot.pages import inbox as inbox_page
from careercopilot.services import alert_settings, job_notices, notifications, writing_documents
from careercopilot.services.mail import outbox, tokens
from careercopilot.services.mail.sendlog import unsubscribe_url
from careercopilot.state import notification_prefs as prefs_state
from tests.support import services


@pytest.fixture(params=["sqlite", "postgresql"])
def two_users(request, tmp_path, monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "redis_url", None)  # in-process broker; nothing listens here
    with services.migrated_engine(request.param, tmp_path, "cc_inbox") as engine:
        previous = db._engine
        db.set_engine(engine)
        try:
            with session_scope() as s:
                ana, ben = User(email="ana@example.com", timezone="Europe/Berlin"), User(email="ben@example.com")
                s.add_all([ana, ben])
                s.flush()
                ids = ana.id, ben.id
            yield ids
        finally:
            db.set_engine(previous)


def test_channel_preferences_round_trip_and_one_click_unsubscribes_show_as_email_off(two_users):
    ana, ben = two_users
    prefs, timing = prefs_state._load(ana)
    assert prefs[prefs_state.pref_key("digest", "email")] is True
    assert prefs[prefs_state.pref_key("sync_finished", "email")] is False
    assert timing == alert_settings.AlertTiming()
    # a one-click unsubscribe from a digest email (the signed token of the List-Unsubscribe URL)
    token = unsubscribe_url(ana, "digest").rsplit("/", 1)[-1]
    with session_scope() as s:
        assert outbox.unsubscribe(session=s, token=token) == (ana, "digest")
    assert prefs_state._load(ana)[0][prefs_state.pref_key("digest", "email")] is False
    assert prefs_state._load(ben)[0][prefs_state.pref_key("digest", "email")] is True  # Ben untouched
    # switching it on again on the page removes the opt-out; other switches stick
    after = prefs_state._set(ana, "digest", "email", True)
    assert after[prefs_state.pref_key("digest", "email")] is True
    prefs_state._set(ana, "sync_finished", "in_app", False)
    with session_scope() as s:
        assert s.exec(select(MailOptOut).where(MailOptOut.user_id == ana)).all() == []
        assert notifications.notify(session=s, user_id=ana, kind="sync_finished", dedupe_key="j", title="t") \
            == (None, False)
    assert prefs_state._load(ana)[0][prefs_state.pref_key("sync_finished", "in_app")] is False
    with pytest.raises(tokens.InvalidToken):
        with session_scope() as s:
            outbox.unsubscribe(session=s, token=token[:-3] + "xyz")


def test_alert_times_validate_create_the_row_once_and_round_trip(two_users):
    ana, ben = two_users
    form = {"quiet_start_hour": "22", "quiet_end_hour": "7", "digest_hour": "18", "weekly_digest_weekday": "4"}
    saved = prefs_state._save_timing(ana, form)
    assert saved == alert_settings.AlertTiming(22, 7, 18, 4)
    assert prefs_state._load(ana)[1] == saved
    assert prefs_state._load(ben)[1] == alert_settings.AlertTiming()  # no row for Ben
    bad = [({"digest_hour": "24"}, "digest_hour", "from 0 to 23"),
           ({"weekly_digest_weekday": "7"}, "weekly_digest_weekday", "from 0 to 6"),
           ({"quiet_end_hour": "off"}, "quiet_end_hour", "both a start and an end"),
           ({"quiet_end_hour": "22"}, "quiet_end_hour", "another hour"),
           ({"digest_hour": "eight"}, "digest_hour", "whole number"),
           ({"quiet_start_hour": "-1"}, "quiet_start_hour", "from 0 to 23")]
    for change, field, text in bad:
        with pytest.raises(alert_settings.AlertSettingsError, match=text) as err:
            prefs_state._save_timing(ana, {**form, **change})
        assert err.value.field == field
    assert prefs_state._load(ana)[1] == saved  # nothing lost
    assert prefs_state._save_timing(ana, {**form, "quiet_start_hour": "off", "quiet_end_hour": "off"}) \
        == alert_settings.AlertTiming(None, None, 18, 4)

    # two first saves at once (two tabs) leave one row
    results, errors = [], []

    def save(hour: str) -> None:
        try:
            results.append(prefs_state._save_timing(ben, {**form, "digest_hour": hour}))
        except Exception as exc:  # pragma: no cover - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(h,)) for h in ("6", "9")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(results) == 2
    with session_scope() as s:
        rows = s.exec(select(AlertSettings).where(AlertSettings.user_id == ben)).all()
    assert len(rows) == 1 and rows[0].digest_hour in (6, 9)


def test_user_b_never_sees_or_marks_user_as_items(two_users):
    ana, ben = two_users
    with session_scope() as s:
        row, _ = notifications.notify(session=s, user_id=ana, kind="reminder_due", dedupe_key="r1",
                                      title="Follow up with Acme", link="/applications/1")
        a_item = row.id
    items, unread = inbox_page._items(ana)
    assert unread == 1 and [i["id"] for i in items] == [str(a_item)] and items[0]["unread"] == "1"
    assert inbox_page._items(ben) == ([], 0)
    assert inbox_page._mark(ben, a_item) == 0  # Ben's "mark read" of Ana's id changes nothing
    assert inbox_page._mark(ben, None) == 0
    assert inbox_page._items(ana)[1] == 1
    assert inbox_page._mark(ana, a_item) == 1
    assert inbox_page._items(ana)[1] == 0


def test_times_show_in_the_users_zone_newest_first(two_users):
    ana, _ = two_users
    from datetime import datetime, timezone

    with session_scope() as s:
        for key, hour in (("old", 9), ("new", 23)):
            s.add(Notification(user_id=ana, kind="digest", dedupe_key=key, title=key,
                               created_at=datetime(2026, 7, 1, hour, 30, tzinfo=timezone.utc)))
    items, _ = inbox_page._items(ana)
    assert [(i["title"], i["when"]) for i in items] == [("new", "2026-07-02 01:30"), ("old", "2026-07-01 11:30")]


def test_sync_and_generation_notices_go_to_the_starter_once(two_users):
    ana, ben = two_users
    job_id, scheduled = uuid.uuid4().hex, uuid.uuid4().hex
    with session_scope() as s:
        source = Source(type="greenhouse", token="acme", name="Acme careers")
        s.add(source)
        s.add(BackgroundJob(id=job_id, func="jobs.ingest.sync_source", user_id=ben))
        s.add(BackgroundJob(id=scheduled, func="jobs.ingest.sync_source", user_id=None))
        s.flush()
        source_id = source.id
        doc = writing_documents.create_document(session=s, user_id=ana, kind="cover_letter", posting_id=None)
        doc.status, doc.title = "ready", "Cover letter for Acme"
        s.add(doc)
        s.flush()
        doc_id = doc.id
    for _ in range(2):  # an RQ retry runs the last step again
        with session_scope() as s:
            job_notices.sync_finished(session=s, job_id=job_id, source_id=source_id, summary="3 new")
            job_notices.sync_finished(session=s, job_id=scheduled, source_id=source_id, summary="3 new")
            job_notices.sync_finished(session=s, job_id=None, source_id=source_id, summary="3 new")
            job_notices.generation_finished(session=s, job_id="gen-" + job_id, document_id=doc_id)
    with session_scope() as s:
        ben_items = notifications.list_items(session=s, user_id=ben)
        ana_items = notifications.list_items(session=s, user_id=ana)
    assert [(n.kind, n.title, n.body, n.link) for n in ben_items] == [
        ("sync_finished", "Sync of Acme careers finished", "3 new", "/sources")]
    assert [(n.kind, n.title, n.link) for n in ana_items] == [
        ("generation_finished", "Cover letter for Acme is ready", f"/writing/{doc_id}")]
