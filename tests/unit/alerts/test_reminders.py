"""Stage-driven reminders (services/reminders.py) and their calendar export
(services/calendar_feed.py) on a migrated SQLite database: the stage rules as a table of stage
sequences → expected reminders, snooze/done, the manual follow-up date, backfill, .ics content
parsed back with icalendar (hostile company names) and owner-only access.

Thank-you without an interview date (session-23 trial finding 8): a move to Interviewing with no
interview date used to create a thank-you due the next morning — before the interview, since a
seeker moves the card when invited. The table :data:`INTERVIEWING` has 10 variants of reaching
Interviewing (invited then moved, moved straight from saved, date before/after/never, cleared,
moved on to offer/rejected, an imported row backfilled with and without a date); 5 failed on the
old code (every one without a date)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application, Reminder, User
from careercopilot.services import applications as apps
from careercopilot.services import application_changes
from careercopilot.services import application_rows
from careercopilot.services import calendar_feed, reminders

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)  # a Monday; Europe/Berlin is UTC+1


@pytest.fixture
def users(sqlite_engine):
    with session_scope() as s:
        ana, ben = User(email="ana@example.com", timezone="Europe/Berlin"), User(email="ben@example.com")
        s.add_all([ana, ben])
        s.flush()
        return ana.id, ben.id


def _app(uid: int, company: str = "Acme", title: str = "Engineer") -> int:
    with session_scope() as s:
        return apps.add_manual(session=s, user_id=uid, company=company, title=title).id


def _moves(uid: int, aid: int, stages: list[str], start: datetime = T0, step: timedelta = timedelta(days=1)) -> None:
    for n, stage in enumerate(stages):
        with session_scope() as s:
            application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage=stage, at=start + n * step)


def _state(aid: int) -> set[tuple[str, int, str]]:
    with session_scope() as s:
        return {(r.kind, r.sequence, r.status) for r in s.exec(select(Reminder).where(Reminder.application_id == aid))}


@pytest.mark.parametrize("stages,expected", [
    ([], set()),
    (["applied"], {("follow_up", 1, "open")}),
    # Interviewing without an interview date: no thank-you (it would be due before the interview;
    # the INTERVIEWING table below has the variants with dates)
    (["applied", "interviewing"], {("follow_up", 1, "dismissed")}),
    (["interviewing"], set()),
    (["applied", "interviewing", "offer"], {("follow_up", 1, "dismissed")}),  # no deadline set yet → none
    (["applied", "rejected"], {("follow_up", 1, "dismissed")}),
    (["applied", "withdrawn"], {("follow_up", 1, "dismissed")}),
    (["applied", "interviewing", "offer", "accepted"], {("follow_up", 1, "dismissed")}),
    # back and forth: each reminder exists once (unique key), no third follow-up
    (["applied", "saved", "applied"], {("follow_up", 1, "dismissed")}),
])
def test_stage_sequences_create_the_expected_reminders(users, stages, expected):
    ana, _ = users
    aid = _app(ana)
    _moves(ana, aid, stages)
    assert _state(aid) == expected


def test_due_times_follow_the_rules_in_the_users_zone(users):
    ana, _ = users
    aid = _app(ana)
    _moves(ana, aid, ["applied"])
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid)).one()
        assert r.due_at == datetime(2026, 3, 9, 8, 0, tzinfo=timezone.utc)  # 09:00 Berlin a week later
    _moves(ana, aid, ["interviewing"], start=datetime(2026, 3, 9, tzinfo=timezone.utc))
    with session_scope() as s:  # 23:30 UTC on the 10th is 00:30 on the 11th in Berlin: the local day counts
        application_changes.update_application(session=s, user_id=ana, application_id=aid,
                                               interview_at=datetime(2026, 3, 10, 23, 30, tzinfo=timezone.utc))
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.kind == "thank_you")).one()
        assert r.due_at == datetime(2026, 3, 12, 8, 0, tzinfo=timezone.utc)  # 09:00 Berlin the local day after
    _moves(ana, aid, ["offer"], start=datetime(2026, 3, 12, tzinfo=timezone.utc))
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="2026-04-01")
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.kind == "offer_deadline")).one()
        assert r.due_at == datetime(2026, 4, 1, 7, 0, tzinfo=timezone.utc)  # 09:00 CEST (after the DST change)
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="")
    assert ("offer_deadline", 1, "dismissed") in _state(aid)


def test_done_first_follow_up_schedules_the_second_and_never_a_third(users):
    ana, _ = users
    aid = _app(ana)
    _moves(ana, aid, ["applied"])
    with session_scope() as s:
        first = s.exec(select(Reminder).where(Reminder.application_id == aid)).one()
        done_at = T0 + timedelta(days=8)
        reminders.complete(session=s, user_id=ana, reminder_id=first.id, now=done_at)
        reminders.complete(session=s, user_id=ana, reminder_id=first.id, now=done_at)  # idempotent
    with session_scope() as s:
        second = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.sequence == 2)).one()
        assert second.due_at == datetime(2026, 3, 17, 8, 0, tzinfo=timezone.utc)  # 09:00 Berlin a week after done
        reminders.complete(session=s, user_id=ana, reminder_id=second.id, now=done_at + timedelta(days=8))
    assert _state(aid) == {("follow_up", 1, "done"), ("follow_up", 2, "done")}


def test_snooze_choices_and_errors(users):
    ana, _ = users
    aid = _app(ana)
    _moves(ana, aid, ["applied"])
    now = T0 + timedelta(days=7, hours=1)
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid)).one()
        assert [x.id for x in reminders.due_rows(session=s, user_id=ana, now=now)] == [r.id]
        key_before = reminders.generation_key(r)
        r.notified_at = now
        reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="3d", now=now)
        assert r.snoozed_until == now + timedelta(days=3) and r.notified_at is None
        assert reminders.generation_key(r) != key_before  # announced again after the snooze
        assert reminders.due_rows(session=s, user_id=ana, now=now) == []
        assert [x.state for x in reminders.due_rows(session=s, user_id=ana, now=now + timedelta(days=3))] == ["due_today"]
        with pytest.raises(reminders.ReminderError):
            reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="2y", now=now)
        reminders.complete(session=s, user_id=ana, reminder_id=r.id, now=now)
        with pytest.raises(reminders.ReminderError):
            reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="1d", now=now)


def test_manual_follow_up_date_is_a_reminder(users):
    ana, _ = users
    aid = _app(ana)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, follow_up_on="2026-03-05")
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid)).one()
        assert (r.kind, r.sequence, r.due_at) == ("follow_up", 0, datetime(2026, 3, 5, 8, 0, tzinfo=timezone.utc))
        reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="1w",
                         now=datetime(2026, 3, 5, 9, tzinfo=timezone.utc))
        assert s.get(Application, aid).follow_up_on == date(2026, 3, 12)  # the badge follows the snooze
        reminders.complete(session=s, user_id=ana, reminder_id=r.id)
        assert s.get(Application, aid).follow_up_on is None  # done clears the date
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, follow_up_on="2026-03-20")
    assert _state(aid) == {("follow_up", 0, "open")}  # a new date reopens it


def test_other_users_cannot_touch_or_read_reminders(users):
    ana, ben = users
    aid = _app(ana)
    _moves(ana, aid, ["applied"])
    with session_scope() as s:
        rid = s.exec(select(Reminder.id).where(Reminder.application_id == aid)).one()
        with pytest.raises(LookupError):
            reminders.snooze(session=s, user_id=ben, reminder_id=rid, choice="1d")
        with pytest.raises(LookupError):
            reminders.complete(session=s, user_id=ben, reminder_id=rid)
        with pytest.raises(LookupError):
            reminders.application_rows(session=s, user_id=ben, application_id=aid)
        with pytest.raises(LookupError):
            calendar_feed.application_ics(session=s, user_id=ben, application_id=aid)
        assert reminders.due_rows(session=s, user_id=ben, now=T0 + timedelta(days=30)) == []
    assert _state(aid) == {("follow_up", 1, "open")}


def test_backfill_is_idempotent_and_skips_stale_reminders(users):
    ana, _ = users
    fresh, stale = _app(ana, "Fresh"), _app(ana, "Stale")
    now = datetime.now(timezone.utc)
    with session_scope() as s:  # stages set directly, as an import or an old release did
        for aid, applied in ((fresh, now - timedelta(days=2)), (stale, now - timedelta(days=90))):
            app = s.get(Application, aid)
            app.stage, app.applied_at = "applied", applied
    with session_scope() as s:
        assert reminders.backfill(session=s, user_id=ana) == 2
    with session_scope() as s:
        assert reminders.backfill(session=s, user_id=ana) == 0
    assert _state(fresh) == {("follow_up", 1, "open")}
    assert _state(stale) == {("follow_up", 1, "dismissed")}


def test_backfill_offer_deadline_manual_date_and_nothing_for_closed(users):
    ana, _ = users
    offer, no_deadline, manual, closed = (_app(ana, n) for n in ("Offer", "NoDeadline", "Manual", "Closed"))
    soon = (datetime.now(timezone.utc) + timedelta(days=5)).date()
    with session_scope() as s:
        for aid, stage, deadline, follow in ((offer, "offer", soon, None), (no_deadline, "offer", None, None),
                                             (manual, "saved", None, soon), (closed, "rejected", None, soon)):
            app = s.get(Application, aid)
            app.stage, app.offer_deadline, app.follow_up_on = stage, deadline, follow
    with session_scope() as s:
        assert reminders.backfill(session=s, user_id=ana) == 2
        assert reminders.backfill(session=s, user_id=ana) == 0
    assert _state(offer) == {("offer_deadline", 1, "open")}
    assert _state(manual) == {("follow_up", 0, "open")}
    assert _state(no_deadline) == set() and _state(closed) == set()


def test_resaving_the_same_offer_deadline_keeps_a_done_reminder_done(users):
    """The details form re-posts every field on each save: the same date must not re-open a reminder
    the user completed; a new date, or the date coming back after being cleared, does."""
    ana, _ = users
    aid = _app(ana)
    _moves(ana, aid, ["applied", "offer"])
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="2026-04-01")
    with session_scope() as s:
        rid = s.exec(select(Reminder.id).where(Reminder.application_id == aid, Reminder.kind == "offer_deadline")).one()
        reminders.complete(session=s, user_id=ana, reminder_id=rid)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="2026-04-01", notes="x")
    assert ("offer_deadline", 1, "done") in _state(aid)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="2026-04-03")
    assert ("offer_deadline", 1, "open") in _state(aid)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="")
    assert ("offer_deadline", 1, "dismissed") in _state(aid)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, offer_deadline="2026-04-03")
    assert ("offer_deadline", 1, "open") in _state(aid)


HOSTILE = "Acme, Inc.; \"Evil\"\nDTSTART:19700101T000000Z\\"
#: What is stored of it: a company is one line (``text_guard.ONE_LINE_COLUMNS``, session 24: the line break is
#: a space), and the calendar escapes the rest (";", ",", "\\") so nothing starts a property of its own.
STORED = HOSTILE.replace("\n", " ")


def test_ics_parses_back_with_escaped_hostile_text_and_stable_uids(users):
    ana, _ = users
    aid = _app(ana, company=HOSTILE, title="Dev; ops, \\ lead")
    _moves(ana, aid, ["applied"])
    with session_scope() as s:
        first = calendar_feed.application_ics(session=s, user_id=ana, application_id=aid)
        again = calendar_feed.application_ics(session=s, user_id=ana, application_id=aid)
    assert b"\r\n" in first
    events = Calendar.from_ical(first).walk("VEVENT")
    assert len(events) == 1
    ev = events[0]
    assert str(ev["summary"]) == f"Follow up (1 of 2): {STORED} — Dev; ops, \\ lead"
    assert ev.decoded("dtstart") == datetime(2026, 3, 9, 8, 0, tzinfo=timezone.utc)
    assert ev.decoded("dtstart").utcoffset() == timedelta(0)
    assert "dtstamp" in ev
    assert str(ev["url"]).endswith(f"/applications/{aid}")
    assert [str(e["uid"]) for e in Calendar.from_ical(again).walk("VEVENT")] == [str(ev["uid"])]
    # the newline in the company did not start a new property line
    assert not any(line.startswith(b"DTSTART:1970") for line in first.split(b"\r\n"))


def test_feed_token_rotate_and_revoke(users):
    ana, ben = users
    aid = _app(ana)
    _moves(ana, aid, ["applied"])
    with session_scope() as s:
        url = calendar_feed.rotate_token(session=s, user_id=ana)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    with session_scope() as s:
        from careercopilot.models import AlertSettings

        stored = s.exec(select(AlertSettings.ical_token_hash).where(AlertSettings.user_id == ana)).one()
        assert stored == calendar_feed.token_hash(token) and token not in stored
        feed = calendar_feed.feed_for_token(session=s, token=token)
        assert len(Calendar.from_ical(feed).walk("VEVENT")) == 1
        assert calendar_feed.feed_for_token(session=s, token=token + "x") is None
        url2 = calendar_feed.rotate_token(session=s, user_id=ana)
    token2 = url2.rsplit("/", 1)[1].removesuffix(".ics")
    with session_scope() as s:
        assert calendar_feed.feed_for_token(session=s, token=token) is None  # rotated away
        assert calendar_feed.feed_for_token(session=s, token=token2) is not None
        assert calendar_feed.revoke_token(session=s, user_id=ana) is True
        assert calendar_feed.feed_for_token(session=s, token=token2) is None
        assert calendar_feed.revoke_token(session=s, user_id=ben) is False


def test_interview_date_is_local_and_moves_the_thank_you(users):
    ana, ben = users
    aid = _app(ana)
    _moves(ana, aid, ["interviewing"])
    with session_scope() as s:
        with pytest.raises(apps.TrackerError):
            application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at="next tuesday")
        with pytest.raises(LookupError):
            application_changes.update_application(session=s, user_id=ben, application_id=aid, interview_at="2026-03-05T14:30")
    with session_scope() as s:  # naive = Berlin wall time (UTC+1 in March)
        application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at="2026-03-05T14:30")
    with session_scope() as s:
        app = s.get(Application, aid)
        assert app.interview_at == datetime(2026, 3, 5, 13, 30, tzinfo=timezone.utc)
        assert application_rows.detail(session=s, user_id=ana, application_id=aid).interview_at == "2026-03-05T14:30"
        r = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.kind == "thank_you")).one()
        assert r.due_at == datetime(2026, 3, 6, 8, 0, tzinfo=timezone.utc)  # 09:00 Berlin the day after
        reminders.complete(session=s, user_id=ana, reminder_id=r.id)
    with session_scope() as s:  # re-saving the same date (the details form posts every field) is a no-op
        application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at="2026-03-05 14:30")
    assert _state(aid) == {("thank_you", 1, "done")}
    with session_scope() as s:  # rescheduled across the DST change (Berlin UTC+2 from 29 March)
        application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at="2026-03-30T10:00")
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.kind == "thank_you")).one()
        assert (r.status, r.due_at, r.notified_at) == ("open", datetime(2026, 3, 31, 7, 0, tzinfo=timezone.utc), None)
        application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at="")
    with session_scope() as s:
        assert s.get(Application, aid).interview_at is None
    assert _state(aid) == {("thank_you", 1, "open")}  # clearing leaves the reminder


def test_interview_set_before_the_move_times_the_thank_you(users):
    ana, _ = users
    aid = _app(ana)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid,
                                interview_at=datetime(2026, 3, 20, 16, 0, tzinfo=timezone.utc))
    _moves(ana, aid, ["applied", "interviewing"])  # moved on 2–3 March
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid, Reminder.kind == "thank_you")).one()
        assert r.due_at == datetime(2026, 3, 21, 8, 0, tzinfo=timezone.utc)


def test_interviews_in_ics_and_feed_escaped_with_their_own_uids(users):
    ana, ben = users
    aid = _app(ana, company=HOSTILE, title="Dev; ops, \\ lead")
    other = _app(ana, company="Beta", title="QA")
    bens = _app(ben, company="BenCo", title="Secret")
    _moves(ana, aid, ["interviewing"])
    moment = datetime(2026, 3, 5, 13, 30, tzinfo=timezone.utc)
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at=moment)
        application_changes.update_application(session=s, user_id=ana, application_id=other, interview_at="2026-04-01T09:00")
        application_changes.update_application(session=s, user_id=ben, application_id=bens, interview_at="2026-04-02T09:00")
        one = calendar_feed.application_ics(session=s, user_id=ana, application_id=aid)
        url = calendar_feed.rotate_token(session=s, user_id=ana)
    events = Calendar.from_ical(one).walk("VEVENT")
    interview = [e for e in events if str(e["summary"]).startswith("Interview: ")]
    assert len(interview) == 1 and len(events) == 2  # the interview and its thank-you reminder
    ev = interview[0]
    assert str(ev["summary"]) == f"Interview: {STORED} — Dev; ops, \\ lead"
    assert ev.decoded("dtstart") == moment and ev.decoded("dtstart").utcoffset() == timedelta(0)
    assert ev.decoded("dtend") - ev.decoded("dtstart") == timedelta(hours=1)
    assert str(ev["url"]).endswith(f"/applications/{aid}")
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == 2 and str(ev["uid"]).startswith(f"interview-{aid}@")
    assert not any(line.startswith(b"DTSTART:1970") for line in one.split(b"\r\n"))
    with session_scope() as s:
        with pytest.raises(LookupError):
            calendar_feed.application_ics(session=s, user_id=ben, application_id=aid)
        feed = calendar_feed.feed_for_token(session=s, token=url.rsplit("/", 1)[1].removesuffix(".ics"))
    summaries = sorted(str(e["summary"]) for e in Calendar.from_ical(feed).walk("VEVENT"))
    assert "Interview: Beta — QA" in summaries and str(ev["summary"]) in summaries
    assert not any("BenCo" in x for x in summaries)
    with session_scope() as s:  # rescheduled: same UID, new start
        application_changes.update_application(session=s, user_id=ana, application_id=aid, interview_at="2026-03-06T10:00")
        again = calendar_feed.application_ics(session=s, user_id=ana, application_id=aid)
    moved = [e for e in Calendar.from_ical(again).walk("VEVENT") if str(e["uid"]) == str(ev["uid"])]
    assert moved[0].decoded("dtstart") == datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc)


def test_snooze_counts_from_the_due_time_until_it_passed_and_the_label_shows_the_new_time(users):
    """Trial finding 4: "Follow up due 12-11 12:10" snoozed 1 day still said "Snoozed until 12-11
    12:10" (counted from now); an offer due 12-07 snoozed a week became due 12-11 (from now)."""
    ana, _ = users
    aid = _app(ana)
    _moves(ana, aid, ["applied"])  # follow-up due T0 + 7 days
    with session_scope() as s:
        r = s.exec(select(Reminder).where(Reminder.application_id == aid)).one()
        due = reminders.effective_due(r)
        early = due - timedelta(days=4)  # not yet due: a snooze moves it from its due time
        reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="1d", now=early)
        assert reminders.effective_due(r) == due + timedelta(days=1)
        shown = f"{(due + timedelta(days=1)).astimezone(reminders.user_zone(s, ana)):%Y-%m-%d %H:%M}"
        rows = reminders.application_rows(session=s, user_id=ana, application_id=aid, now=early)
        assert [(x.state, x.due) for x in rows] == [("snoozed", shown)]
        assert reminders.snoozed_text(session=s, user_id=ana, row=r) == shown
        reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="1w", now=early)  # again: it adds up
        assert reminders.effective_due(r) == due + timedelta(days=8)
        late = due + timedelta(days=10)  # overdue: from now
        reminders.snooze(session=s, user_id=ana, reminder_id=r.id, choice="3d", now=late)
        assert reminders.effective_due(r) == late + timedelta(days=3)


INTERVIEW = datetime(2026, 3, 20, 13, 0, tzinfo=timezone.utc)  # 14:00 Berlin, a Friday
THANK_YOU = datetime(2026, 3, 21, 8, 0, tzinfo=timezone.utc)   # 09:00 Berlin the morning after


def _set_interview(uid: int, aid: int, when: datetime | str) -> None:
    with session_scope() as s:
        application_changes.update_application(session=s, user_id=uid, application_id=aid, interview_at=when)


def _imported(uid: int, aid: int, interview_at: datetime | None) -> int:
    """Stage set directly (a CSV import or an old release), then backfilled; rows created."""
    with session_scope() as s:
        app = s.get(Application, aid)
        app.stage, app.interview_at = "interviewing", interview_at
    with session_scope() as s:
        return reminders.backfill(session=s, user_id=uid)


#: Ways an application reaches Interviewing → (thank-you reminders as (status, due) or none,
#: whether the old rule — "the morning after the move" without a date — got it right).
INTERVIEWING = {
    "invited, moved from applied, no date yet": (["applied", "interviewing"], None, set(), False),
    "recruiter call, moved straight from saved, no date": (["interviewing"], None, set(), False),
    "date set before the move": (["applied", "interviewing"], "before", {("open", THANK_YOU)}, True),
    "moved, date set later": (["applied", "interviewing"], "after", {("open", THANK_YOU)}, True),
    "moved, date set then cleared": (["interviewing"], "after-cleared", {("open", THANK_YOU)}, True),
    "moved with no date, then offer": (["interviewing", "offer"], None, set(), False),
    "moved with no date, then rejected": (["interviewing", "rejected"], None, set(), False),
    "date set, then rejected after the interview": (["interviewing", "rejected"], "before", {("dismissed", THANK_YOU)}, True),
    "imported at Interviewing, no date (backfill)": ("import", None, set(), False),
    # an interview in March, backfilled in a later run: stored dismissed (BACKFILL_HORIZON), as before
    "imported at Interviewing with a date (backfill)": ("import", "before", {("dismissed", THANK_YOU)}, True),
}


@pytest.mark.parametrize("case", list(INTERVIEWING))
def test_thank_you_waits_for_the_interview_date(users, case):
    """Old code: 5 of these 10 failed (each without a date got a thank-you for the morning after
    the move — before the interview); the new rule creates it from the interview date only."""
    ana, _ = users
    stages, date_when, expected, _old_ok = INTERVIEWING[case]
    aid = _app(ana)
    if date_when == "before":
        _set_interview(ana, aid, INTERVIEW)
    if stages == "import":
        created = _imported(ana, aid, INTERVIEW if date_when else None)
        assert created == len(expected)
        with session_scope() as s:
            assert reminders.backfill(session=s, user_id=ana) == 0  # idempotent
    else:
        _moves(ana, aid, stages[:1], start=datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc))
        if date_when in ("after", "after-cleared"):
            _set_interview(ana, aid, INTERVIEW)
        if date_when == "after-cleared":
            _set_interview(ana, aid, "")  # clearing leaves the reminder (module doc)
        _moves(ana, aid, stages[1:], start=datetime(2026, 3, 3, 15, 0, tzinfo=timezone.utc))
    with session_scope() as s:
        got = {(r.status, r.due_at) for r in s.exec(select(Reminder).where(Reminder.application_id == aid,
                                                                          Reminder.kind == "thank_you"))}
    assert got == expected


def test_the_move_notice_says_the_interview_date_schedules_the_thank_you(users):
    ana, _ = users
    aid = _app(ana)
    with session_scope() as s:
        app = application_changes.move_stage(session=s, user_id=ana, application_id=aid, to_stage="applied")
        assert reminders.stage_move_notice(app) == "Moved to applied."
        app = application_changes.move_stage(session=s, user_id=ana, application_id=aid, to_stage="interviewing")
        assert reminders.stage_move_notice(app) == "Moved to interviewing. " + reminders.NO_INTERVIEW_DATE_HINT
        assert "interview date" in reminders.NO_INTERVIEW_DATE_HINT and "thank-you" in reminders.NO_INTERVIEW_DATE_HINT
    _set_interview(ana, aid, INTERVIEW)
    with session_scope() as s:
        app = application_changes.move_stage(session=s, user_id=ana, application_id=aid, to_stage="offer")
        app = application_changes.move_stage(session=s, user_id=ana, application_id=aid, to_stage="interviewing")
        assert reminders.stage_move_notice(app) == "Moved to interviewing."  # a date: the thank-you is set
