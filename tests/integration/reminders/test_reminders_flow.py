"""Follow-up reminders end to end on SQLite AND PostgreSQL with a real loopback aiosmtpd:
reminders created once under duplicate and concurrent stage moves, the delivery job run twice →
one inbox item and one mail, quiet hours defer the mail (not the inbox item), the writing
copilot's draft travels with the mail, the calendar feed's token rotate/revoke over HTTP, and
another user can neither act on nor read someone's reminders or feed."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from icalendar import Calendar
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import AlertSettings, MailMessage, Notification, Reminder, WritingDocument
from careercopilot.services import applications as apps
from careercopilot.services import application_changes
from careercopilot.services import calendar_feed, mail, reminder_delivery, reminders
from careercopilot.services.background import wait_inline_jobs
from tests.integration.datarights.conftest import client_for

NOW = datetime.now(timezone.utc)


def _applied_app(uid: int, *, days_ago: float = 8, company: str = "Acme, Inc.") -> int:
    with session_scope() as s:
        aid = apps.add_manual(session=s, user_id=uid, company=company, title="Engineer").id
    with session_scope() as s:
        application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage="applied",
                        at=NOW - timedelta(days=days_ago))
    return aid


def _reminders(aid: int) -> list[tuple[str, int, str]]:
    with session_scope() as s:
        return sorted((r.kind, r.sequence, r.status) for r in s.exec(select(Reminder).where(Reminder.application_id == aid)))


def _deliver_mail() -> None:
    wait_inline_jobs()
    mail.deliver_due(now=datetime.now(timezone.utc) + timedelta(seconds=1))


def test_duplicate_and_concurrent_stage_moves_create_each_reminder_once(people):
    (ana, _), _ = people
    with session_scope() as s:
        aid = apps.add_manual(session=s, user_id=ana, company="Acme", title="Dev").id
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def move():
        try:
            barrier.wait()
            with session_scope() as s:
                application_changes.move_stage(session=s, user_id=ana, application_id=aid, to_stage="applied")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=move) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # SQLite may refuse a concurrent writer ("database is locked"); every move that ran must agree
    assert all("locked" in str(e) for e in errors), errors
    assert len(errors) < 4
    # the rules applied again (an API retry re-running the hook) and racing: still one row
    def rerun():
        barrier2.wait()
        with session_scope() as s:
            reminders.on_stage_change(session=s, app=apps.get_application(session=s, user_id=ana, application_id=aid))

    barrier2 = threading.Barrier(3)
    threads = [threading.Thread(target=rerun) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _reminders(aid) == [("follow_up", 1, "open")]


def test_delivery_job_run_twice_gives_one_inbox_item_and_one_mail(people, smtp_server):
    from jobs.reminders import deliver_reminders

    (ana, ana_mail), (ben, ben_mail) = people
    aid = _applied_app(ana)
    with session_scope() as s:  # the writing copilot's follow-up draft for this application
        s.add(WritingDocument(user_id=ana, application_id=aid, kind="follow_up", status="ready",
                              text="Dear Sam, I wanted to follow up on my application."))
    first = deliver_reminders()
    second = deliver_reminders()
    assert (first["announced"], first["emailed"]) == (1, 1)
    assert (second["announced"], second["emailed"]) == (0, 0)
    _deliver_mail()
    _deliver_mail()
    with session_scope() as s:
        items = s.exec(select(Notification).where(Notification.user_id == ana)).all()
        assert [(n.kind, n.link) for n in items] == [("reminder_due", f"/applications/{aid}")]
        assert "Follow up (1 of 2)" in items[0].title and "/writing/" in items[0].body
        assert s.exec(select(Notification).where(Notification.user_id == ben)).all() == []
        # delivered follow-up #1 scheduled #2, 7 days later
        second_fu = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.sequence == 2)).one()
        assert second_fu.status == "open" and second_fu.due_at > NOW + timedelta(days=6)
    assert smtp_server.count_for(ana_mail) == 1
    assert smtp_server.count_for(ben_mail) == 0
    got = smtp_server.messages_for(ana_mail)[0]
    assert got["Subject"].startswith("Follow up (1 of 2): Acme, Inc.")
    assert got["List-Unsubscribe"]
    text = got.get_body(("plain",)).get_content()
    assert "Dear Sam, I wanted to follow up" in text and f"/applications/{aid}" in text


def test_snoozed_reminder_is_announced_again_after_the_snooze(people):
    (ana, _), _ = people
    aid = _applied_app(ana)
    assert reminder_delivery.deliver_due().announced == 1
    with session_scope() as s:
        rid = s.exec(select(Reminder.id).where(Reminder.application_id == aid, Reminder.sequence == 1)).one()
        reminders.snooze(session=s, user_id=ana, reminder_id=rid, choice="1d")
    assert reminder_delivery.deliver_due().announced == 0  # snoozed
    later = datetime.now(timezone.utc) + timedelta(days=1, minutes=1)
    assert reminder_delivery.deliver_due(now=later).announced == 1
    assert reminder_delivery.deliver_due(now=later).announced == 0
    with session_scope() as s:
        keys = s.exec(select(Notification.dedupe_key).where(Notification.user_id == ana)).all()
    assert len(set(keys)) == 2


def test_quiet_hours_defer_the_mail_not_the_inbox_item(people, smtp_server):
    (ana, ana_mail), _ = people
    _applied_app(ana)
    now = datetime.now(timezone.utc)
    with session_scope() as s:  # quiet from this hour (UTC zone) for two hours
        s.add(AlertSettings(user_id=ana, quiet_start_hour=now.hour, quiet_end_hour=(now.hour + 2) % 24))
    report = reminder_delivery.deliver_due(now=now)
    assert (report.announced, report.emailed, report.deferred) == (1, 0, 1)
    _deliver_mail()
    assert smtp_server.count_for(ana_mail) == 0
    with session_scope() as s:
        assert len(s.exec(select(Notification).where(Notification.user_id == ana)).all()) == 1
    after = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=2, minutes=5)
    report = reminder_delivery.deliver_due(now=after)
    assert (report.announced, report.emailed) == (0, 1)
    assert reminder_delivery.deliver_due(now=after).emailed == 0
    _deliver_mail()
    assert smtp_server.count_for(ana_mail) == 1


def test_no_mail_when_the_user_turned_reminder_email_off(people, smtp_server):
    from careercopilot.services import notifications

    (ana, ana_mail), _ = people
    _applied_app(ana)
    with session_scope() as s:
        notifications.set_preference(session=s, user_id=ana, kind="reminder_due", channel="email", enabled=False)
    assert reminder_delivery.deliver_due().emailed == 0
    with session_scope() as s:
        assert s.exec(select(MailMessage).where(MailMessage.user_id == ana)).all() == []


def test_feed_token_rotate_revoke_and_cross_user_over_http(people):
    (ana, ana_mail), (ben, _) = people
    aid = _applied_app(ana, company="Evil; Corp,\nX")
    ana_client, ben_client = client_for(ana), client_for(ben)

    got = ana_client.get(f"/api/applications/{aid}/calendar.ics")
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/calendar")
    assert [str(e["summary"]) for e in Calendar.from_ical(got.content).walk("VEVENT")] == [
        "Follow up (1 of 2): Evil; Corp, X — Engineer"]  # a company is one line (text_guard.ONE_LINE_COLUMNS)
    assert ben_client.get(f"/api/applications/{aid}/calendar.ics").status_code == 404
    assert client_for(ana).get("/api/applications/999999/calendar.ics").status_code == 404

    with session_scope() as s:
        url = calendar_feed.rotate_token(session=s, user_id=ana)
    path = url.removeprefix("http://localhost:3000")
    feed = ben_client.get(path)  # the token is the authority: any client (a calendar app) may read it
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    assert len(Calendar.from_ical(feed.content).walk("VEVENT")) == 1

    wrong = ben_client.get(path.replace(".ics", "x.ics"))
    assert wrong.status_code == 404
    assert ana_mail.encode() not in wrong.content and b"Evil" not in wrong.content

    with session_scope() as s:
        url2 = calendar_feed.rotate_token(session=s, user_id=ana)
    assert ben_client.get(path).status_code == 404  # rotated away
    path2 = url2.removeprefix("http://localhost:3000")
    assert ben_client.get(path2).status_code == 200
    with session_scope() as s:
        calendar_feed.revoke_token(session=s, user_id=ana)
    gone = ben_client.get(path2)
    assert gone.status_code == 404 and ana_mail.encode() not in gone.content


def test_other_users_cannot_snooze_complete_or_list(people):
    (ana, _), (ben, _) = people
    aid = _applied_app(ana)
    with session_scope() as s:
        rid = s.exec(select(Reminder.id).where(Reminder.application_id == aid)).one()
        for act in (lambda: reminders.snooze(session=s, user_id=ben, reminder_id=rid, choice="1d"),
                    lambda: reminders.complete(session=s, user_id=ben, reminder_id=rid),
                    lambda: reminders.application_rows(session=s, user_id=ben, application_id=aid)):
            with pytest.raises(LookupError):
                act()
        assert reminders.due_rows(session=s, user_id=ben) == []
        assert [r.id for r in reminders.due_rows(session=s, user_id=ana)] == [rid]
    assert reminder_delivery.deliver_due(user_id=ben).announced == 0
    assert _reminders(aid) == [("follow_up", 1, "open")]
    with session_scope() as s:
        assert s.exec(select(Reminder.notified_at).where(Reminder.id == rid)).one() is None


def test_feed_requests_are_rate_limited_per_client(people, override_settings):
    from careercopilot.services import ratelimit

    ratelimit.reset()
    override_settings(ical_feed_rate_limit=3)
    (ana, _), _ = people
    with session_scope() as s:
        path = calendar_feed.rotate_token(session=s, user_id=ana).removeprefix("http://localhost:3000")
    client = client_for(ana)
    codes = [client.get(path).status_code for _ in range(3)] + [client.get("/calendar/guess.ics").status_code]
    assert codes == [200, 200, 200, 429]
    ratelimit.reset()
