"""Saved searches, hides, alert matching and digests on SQLite AND PostgreSQL (real databases).

Idempotency (the job twice, two threads at once → one hit, one message), cross-user
invisibility of saved searches, hits and hides, and hides honoured by the Jobs list.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import MailMessage, Notification, PostingHide, SavedSearch, SavedSearchHit
from careercopilot.services import alerts
from careercopilot.services.alerts import digest, instant, matcher
from careercopilot.services.alerts import saved_searches as ss

NOW = datetime.now(timezone.utc)


def _save(uid: int, name: str = "py", query: str = "python", delivery: str = "daily", filters=None,
          created: datetime | None = None) -> int:
    with session_scope() as s:
        return int(ss.create(session=s, user_id=uid, name=name, query=query, filters=filters or {},
                             delivery=delivery, now=created or NOW - timedelta(hours=2)).id)


def _count(model, *where) -> int:
    with session_scope() as s:
        return int(s.exec(select(func.count()).select_from(model).where(*where)).one())


def test_match_is_idempotent_and_follows_the_watermark(alerts_db, make_user, make_posting):
    uid = make_user()
    sid = _save(uid)
    make_posting("Senior Python Developer", first_seen=NOW - timedelta(hours=3))  # before the search: never
    new = make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=30))
    make_posting("Java Engineer", first_seen=NOW - timedelta(minutes=30))  # does not match
    with session_scope() as s:
        first = matcher.match_new_postings(session=s, now=NOW)
    with session_scope() as s:
        second = matcher.match_new_postings(session=s, now=NOW + timedelta(minutes=1))
    assert first.hits == 1 and second.hits == 0
    with session_scope() as s:
        hits = s.exec(select(SavedSearchHit)).all()
        assert [(h.saved_search_id, h.posting_id) for h in hits] == [(sid, new)]
        assert s.get(SavedSearch, sid).checked_through >= NOW


def test_concurrent_runs_write_one_hit_and_one_mail(alerts_db, make_user, make_posting):
    uid = make_user()
    _save(uid, delivery="instant")
    make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=10))
    errors = []
    barrier = threading.Barrier(2)

    def run():
        try:
            barrier.wait()
            with session_scope() as s:
                alerts.run_after_sync(session=s, now=NOW)
        except Exception as exc:  # noqa: BLE001 - SQLite: the second writer may wait out busy
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    with session_scope() as s:
        alerts.run_after_sync(session=s, now=NOW)  # and a third, sequential run
    assert not [e for e in errors if "locked" not in str(e)], errors
    assert _count(SavedSearchHit) == 1
    assert _count(MailMessage, MailMessage.kind == "search_alert") == 1
    assert _count(Notification, Notification.kind == "search_alert") == 1


def test_instant_caps_hold_back_to_the_digest(alerts_db, make_user, make_posting):
    uid = make_user()
    _save(uid, delivery="instant")
    make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=10))
    with session_scope() as s:
        alerts.run_after_sync(session=s, now=NOW)
    make_posting("Python Developer", "Beta", first_seen=NOW + timedelta(minutes=5))
    with session_scope() as s:  # 20 minutes later: the search had its alert this hour → held
        rep = alerts.run_after_sync(session=s, now=NOW + timedelta(minutes=20))
    assert rep["hits"] == 1 and rep["mails"] == 0 and rep["held"] == 1
    assert _count(SavedSearchHit, SavedSearchHit.delivered_at.is_(None)) == 1
    with session_scope() as s:  # the next daily digest (08:00 UTC) takes it
        built = digest.build_due_digests(session=s, now=NOW + timedelta(days=1, hours=1))
    assert [d.count for d in built] == [1]
    assert _count(MailMessage, MailMessage.kind == "digest") == 1


def test_digest_once_per_period_skips_applied_hidden_and_caps_companies(alerts_db, make_user, make_posting):
    from careercopilot.models import Application

    uid = make_user("Europe/Berlin")
    _save(uid)
    ids = [make_posting(f"Python Engineer {i}", "Acme", first_seen=NOW - timedelta(minutes=30)) for i in range(5)]
    other = make_posting("Python Lead", "Beta", first_seen=NOW - timedelta(minutes=30))
    applied = make_posting("Python Dev", "Gamma", first_seen=NOW - timedelta(minutes=30))
    with session_scope() as s:
        matcher.match_new_postings(session=s, now=NOW)
        s.add(Application(user_id=uid, posting_id=applied, company="Gamma", title="Python Dev"))
        s.flush()
        ss.hide(session=s, user_id=uid, posting_id=other, reason="too far")
    later = NOW + timedelta(days=1, hours=2)
    with session_scope() as s:
        built = digest.build_due_digests(session=s, now=later)
    with session_scope() as s:
        again = digest.build_due_digests(session=s, now=later + timedelta(minutes=15))
    assert len(built) == 1 and again == []
    d = built[0]
    shown = [i.posting_id for _, items in d.groups for i in items]
    assert len(shown) == 3 and set(shown) <= set(ids)  # 3 of Acme's 5, no hidden, no applied
    assert _count(SavedSearchHit, SavedSearchHit.delivered_via == "skipped") == 4
    assert _count(MailMessage, MailMessage.kind == "digest", MailMessage.user_id == uid) == 1
    with session_scope() as s:
        key = s.exec(select(MailMessage.dedupe_key).where(MailMessage.kind == "digest")).one()
    assert key == "daily:" + d.period


def test_other_users_rows_are_invisible(alerts_db, make_user, make_posting):
    a, b = make_user(), make_user()
    sid = _save(a)
    pid = make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=30))
    with session_scope() as s:
        matcher.match_new_postings(session=s, now=NOW)
        assert ss.hide(session=s, user_id=a, posting_id=pid)
    with session_scope() as s:
        assert ss.list_searches(session=s, user_id=b) == []
        assert ss.list_hidden(session=s, user_id=b) == []
        for call in (lambda: ss.get(session=s, user_id=b, search_id=sid),
                     lambda: ss.update(session=s, user_id=b, search_id=sid, name="mine"),
                     lambda: ss.delete_search(session=s, user_id=b, search_id=sid)):
            with pytest.raises(LookupError):
                call()
        assert ss.unhide(session=s, user_id=b, posting_id=pid) is False
        assert digest.build_due_digests(session=s, user_id=b, now=NOW + timedelta(days=1), dry_run=True) == []
    with session_scope() as s:
        assert s.get(SavedSearch, sid).name == "py"
        assert ss.is_hidden(session=s, user_id=a, posting_id=pid)
        assert not ss.is_hidden(session=s, user_id=b, posting_id=pid)
    assert _count(SavedSearchHit, SavedSearchHit.user_id == a) == 1


def test_private_postings_only_alert_their_owner(alerts_db, make_user, make_posting):
    a, b = make_user(), make_user()
    _save(a)
    _save(b)
    make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=30), owner_id=a)
    with session_scope() as s:
        matcher.match_new_postings(session=s, now=NOW)
    assert _count(SavedSearchHit, SavedSearchHit.user_id == a) == 1
    assert _count(SavedSearchHit, SavedSearchHit.user_id == b) == 0


def test_duplicate_name_is_a_clear_error_and_crud(alerts_db, make_user):
    uid = make_user()
    sid = _save(uid, name="Remote Python")
    with pytest.raises(ValueError, match="already have a saved search named"):
        _save(uid, name="Remote  Python")
    with session_scope() as s:
        row = ss.update(session=s, user_id=uid, search_id=sid, delivery="weekly", active=False)
        assert (row.delivery, row.active) == ("weekly", False)
        with pytest.raises(ValueError):
            ss.update(session=s, user_id=uid, search_id=sid, delivery="hourly")
    with session_scope() as s:
        resumed = ss.update(session=s, user_id=uid, search_id=sid, active=True)
        assert resumed.checked_through > NOW - timedelta(minutes=1)
        assert ss.jobs_url(resumed) == "/jobs?q=python"
        ss.delete_search(session=s, user_id=uid, search_id=sid)
    assert _count(SavedSearch) == 0


def test_hide_is_honoured_by_the_jobs_list_and_undone(alerts_db, make_user, make_posting):
    from careercopilot.services import job_views

    uid = make_user()
    keep = make_posting("Python Engineer")
    gone = make_posting("Data Engineer")
    with session_scope() as s:
        ss.hide(session=s, user_id=uid, posting_id=gone, reason="not my field")
        ss.hide(session=s, user_id=uid, posting_id=gone, reason="twice")  # idempotent
    with session_scope() as s:
        cards, total = job_views.browse_postings(session=s, user_id=uid)
        assert [c.posting_id for c in cards] == [keep] and total == 1
        assert [h.reason for h in ss.list_hidden(session=s, user_id=uid)] == ["not my field"]
        other = make_user()
        cards, _ = job_views.browse_postings(session=s, user_id=other)
        assert {c.posting_id for c in cards} == {keep, gone}
    with session_scope() as s:
        assert ss.unhide(session=s, user_id=uid, posting_id=gone)
    assert _count(PostingHide) == 0


def test_in_app_delivery_notifies_without_mail(alerts_db, make_user, make_posting):
    uid = make_user()
    _save(uid, delivery="in_app")
    make_posting("Python Engineer", first_seen=NOW - timedelta(minutes=30))
    with session_scope() as s:
        alerts.run_after_sync(session=s, now=NOW)
    assert _count(MailMessage) == 0
    assert _count(Notification, Notification.kind == "search_alert", Notification.user_id == uid) == 1
    assert _count(SavedSearchHit, SavedSearchHit.delivered_via == "in_app") == 1


def test_quiet_hours_hold_instant_mail(alerts_db, make_user, make_posting):
    from careercopilot.models import AlertSettings

    uid = make_user("UTC")
    now = datetime(2026, 12, 4, 23, 0, tzinfo=timezone.utc)
    with session_scope() as s:
        s.add(AlertSettings(user_id=uid, quiet_start_hour=22, quiet_end_hour=7))
    _save(uid, delivery="instant", created=now - timedelta(hours=1))
    make_posting("Python Engineer", first_seen=now - timedelta(minutes=5))
    with session_scope() as s:
        rep = alerts.run_after_sync(session=s, now=now)
    assert rep["held"] == 1 and rep["mails"] == 0
    with session_scope() as s:
        rep = instant.deliver_instant(session=s, now=now + timedelta(hours=8, minutes=5))
    assert rep.mails == 1


def test_ten_instant_mails_a_day_then_the_digest(alerts_db, make_user, make_posting):
    uid = make_user()
    names = [f"s{i}" for i in range(11)]
    for i, name in enumerate(names):
        _save(uid, name=name, query=f"python{i}x", delivery="instant")
    for i in range(11):
        make_posting(f"Python{i}x Engineer", first_seen=NOW - timedelta(minutes=10))
    with session_scope() as s:
        rep = alerts.run_after_sync(session=s, now=NOW)
    assert rep["hits"] == 11 and rep["mails"] == instant.PER_USER_PER_DAY == 10 and rep["held"] == 1
    assert _count(MailMessage, MailMessage.kind == "search_alert") == 10
    with session_scope() as s:  # still within 24 hours: held again
        assert instant.deliver_instant(session=s, now=NOW + timedelta(hours=3)).mails == 0
    with session_scope() as s:
        built = digest.build_due_digests(session=s, now=NOW + timedelta(days=1, hours=1))
    assert [d.count for d in built] == [1]


def test_the_job_run_twice_gives_one_hit_and_one_mail(alerts_db, make_user, make_posting):
    from careercopilot.models import BackgroundJob
    from careercopilot.services.background import enqueue, wait_inline_jobs

    uid = make_user()
    _save(uid, delivery="instant", created=datetime.now(timezone.utc) - timedelta(hours=1))
    make_posting("Python Engineer", first_seen=datetime.now(timezone.utc) - timedelta(minutes=5))
    for _ in range(2):
        enqueue("jobs.alerts.match_alerts")
        wait_inline_jobs()
    enqueue("jobs.alerts.run_alerts")
    wait_inline_jobs()
    assert _count(SavedSearchHit) == 1
    assert _count(MailMessage, MailMessage.kind == "search_alert") == 1
    with session_scope() as s:
        runs = s.exec(select(BackgroundJob.status).where(BackgroundJob.func.like("jobs.alerts.%"))).all()
    assert runs and set(runs) == {"finished"}
