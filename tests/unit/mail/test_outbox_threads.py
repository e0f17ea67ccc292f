"""The Outbox lists each message once (trial 17 finding 2: "the Outbox lists each subject three
times"). The send-log writes one row per request — every reset request, every unverified sign-in
day, every day a taken address is tried, every snooze of a reminder — so one message sent again
showed as N identical rows. ``outbox.list_messages`` gives one row per message (kind + subject) with
its number of copies; ``open_message`` lists the copies and marks them all read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import MailMessage
from careercopilot.services import account_mail, mail, users
from careercopilot.services.mail import outbox


@pytest.fixture
def user_id(sqlite_engine):
    with session_scope() as s:
        return users.create_user(session=s, email="newcomer@example.com", password="orange-Kettle-4812").id


def _user(s, uid):
    from careercopilot.models import User

    return s.get(User, uid)


def _reset_thrice(s, uid):
    for n in range(3):  # "Forgot password?" three times: one job id each
        account_mail.request_reset(session=s, email="newcomer@example.com", dedupe_key=f"job:{n}")


def _verify_signup_and_logins(s, uid):
    account_mail.queue_verification(session=s, user=_user(s, uid), dedupe_key="signup")
    account_mail.queue_verification(session=s, user=_user(s, uid), dedupe_key="login:2026-12-05")
    account_mail.queue_verification(session=s, user=_user(s, uid), dedupe_key="login:2026-12-06")


def _signup_notice_three_days(s, uid):
    for day in ("2026-12-04", "2026-12-05", "2026-12-06"):
        mail.queue(session=s, user_id=uid, kind=account_mail.NOTICE_KIND, dedupe_key=day, to_addr="newcomer@example.com",
                   template="signup_notice", context={"login_url": "http://x/login", "forgot_url": "http://x/forgot"},
                   deliver=False)


def _reminder_snoozed_twice(s, uid):
    for gen in (0, 1764990000, 1765076400):  # reminder:<id>:<snooze generation> (reminders.generation_key)
        mail.queue(session=s, user_id=uid, kind="reminder_due", dedupe_key=f"reminder:7:{gen}", topic="reminder_due",
                   to_addr="newcomer@example.com", template="reminder_due",
                   context={"label": "Follow up", "company": "Acme", "title": "Staff Nurse", "status": "due",
                            "due": "Mon 09:00", "zone": "UTC", "application_url": "http://x/applications/1",
                            "draft_url": "", "draft_text": "", "offer_deadline": ""}, deliver=False)


#: (how the same message got written again, its subject, copies)
REPEATS = [
    ("password reset asked three times", _reset_thrice, "Reset your Career Copilot password", 3),
    ("verification at sign-up and two sign-in days", _verify_signup_and_logins,
     "Confirm your email address for Career Copilot", 3),
    ("sign-up notice on three days", _signup_notice_three_days, "Someone tried to sign up with your address", 3),
    ("a reminder announced again after two snoozes", _reminder_snoozed_twice, "Follow up: Acme — Staff Nurse", 3),
]


@pytest.mark.parametrize(("case", "write", "subject", "copies"), REPEATS, ids=[r[0] for r in REPEATS])
def test_a_message_written_again_is_listed_once(user_id, case, write, subject, copies):
    with session_scope() as s:
        write(s, user_id)
    with session_scope() as s:
        assert len(s.exec(select(MailMessage.id).where(MailMessage.user_id == user_id)).all()) == copies  # the log keeps each
        items = outbox.list_messages(session=s, user_id=user_id)
    assert [(i.subject, i.count) for i in items] == [(subject, copies)]
    newest = items[0]
    with session_scope() as s:
        newest_row = s.exec(select(MailMessage).where(MailMessage.user_id == user_id)
                            .order_by(MailMessage.created_at.desc(), MailMessage.id.desc())).first()
        assert newest.id == newest_row.id  # the row opens the newest copy


def test_distinct_messages_stay_distinct(user_id):
    """Different subjects, or one subject from two features, are different messages."""
    with session_scope() as s:
        _reset_thrice(s, user_id)
        _verify_signup_and_logins(s, user_id)
        for n, day in ((1, "2026-12-05"), (2, "2026-12-06")):  # digests of two days: different counts
            mail.queue(session=s, user_id=user_id, kind="digest", dedupe_key=f"daily:{day}", to_addr="newcomer@example.com",
                       template="test_email", context={}, deliver=False)
    with session_scope() as s:
        items = outbox.list_messages(session=s, user_id=user_id)
    subjects = [(i.subject, i.count) for i in items]
    assert ("Reset your Career Copilot password", 3) in subjects
    assert ("Confirm your email address for Career Copilot", 3) in subjects
    # same subject, other kind: never merged with the operator's test message
    assert ("Career Copilot test message", 2) in subjects and len(items) == 3


def test_one_subject_from_two_kinds_is_two_rows(user_id):
    with session_scope() as s:
        for kind in ("test", "digest"):
            mail.queue(session=s, user_id=user_id, kind=kind, dedupe_key="k", to_addr="newcomer@example.com",
                       template="test_email", context={}, deliver=False)
    with session_scope() as s:
        assert [i.count for i in outbox.list_messages(session=s, user_id=user_id)] == [1, 1]


def test_opening_shows_every_copy_and_reads_them_all(user_id):
    with session_scope() as s:
        _reset_thrice(s, user_id)
    base = datetime(2026, 12, 6, 7, 0, tzinfo=timezone.utc)
    with session_scope() as s:  # distinct times, oldest first
        rows = s.exec(select(MailMessage).where(MailMessage.user_id == user_id).order_by(MailMessage.id)).all()
        for n, row in enumerate(rows):
            row.created_at = base + timedelta(minutes=n)
            s.add(row)
    with session_scope() as s:
        item, = outbox.list_messages(session=s, user_id=user_id)
        assert item.unread and item.count == 3
        msg = outbox.open_message(session=s, user_id=user_id, message_id=item.id)
    assert [c.id for c in msg.copies] == [r.id for r in reversed(rows)]
    assert "/reset?token=" in msg.text
    with session_scope() as s:
        assert outbox.unread_count(session=s, user_id=user_id) == 0
        item, = outbox.list_messages(session=s, user_id=user_id)
        assert not item.unread
        older = outbox.open_message(session=s, user_id=user_id, message_id=rows[0].id)  # an older copy opens too
    assert older.id == rows[0].id and len(older.copies) == 3


def test_a_message_written_once_has_one_copy(user_id):
    with session_scope() as s:
        account_mail.request_reset(session=s, email="newcomer@example.com", dedupe_key="job:1")
    with session_scope() as s:
        item, = outbox.list_messages(session=s, user_id=user_id)
        assert item.count == 1
        assert len(outbox.open_message(session=s, user_id=user_id, message_id=item.id).copies) == 1


def test_the_page_row_names_the_copies():
    from careercopilot.pages.outbox import copies_label

    assert [copies_label(n) for n in (1, 2, 3)] == ["", "2 copies", "3 copies"]
