"""Tracker service on SQLite: saving, stage moves, applied date, follow-ups, notes, contacts, archive."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from careercopilot.models import Application, StageEvent
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_notes
from careercopilot.services import application_contacts as contacts_svc
from tests.support.tracker_data import make_posting, make_user


def _events(session, app_id):
    return [(e.from_stage, e.to_stage) for e in session.exec(
        select(StageEvent).where(StageEvent.application_id == app_id).order_by(StageEvent.id))]


def test_save_posting_is_idempotent_and_freezes_posting(session):
    user = make_user(session)
    posting = make_posting(session, title="Data Engineer", company="Globex", text="Spark and SQL.")
    app = svc.save_posting(session=session, user_id=user.id, posting_id=posting.id)
    again = svc.save_posting(session=session, user_id=user.id, posting_id=posting.id)
    assert again.id == app.id
    assert session.exec(select(Application).where(Application.user_id == user.id)).all() == [app]
    assert (app.company, app.title, app.url, app.work_mode, app.stage) == ("Globex", "Data Engineer", posting.url, "remote", "saved")
    assert app.source_label == "greenhouse"
    assert "Spark and SQL." in app.posting_snapshot and "Compensation: USD 100,000–150,000 / year" in app.posting_snapshot
    assert _events(session, app.id) == [(None, "saved")]
    # closing / rewriting the live posting leaves the frozen copy readable
    posting.description_text, posting.is_open = "", False
    session.add(posting)
    session.flush()
    assert "Spark and SQL." in svc.get_application(session=session, user_id=user.id, application_id=app.id).posting_snapshot


def test_a_saved_posting_records_the_active_resume_as_the_one_used(session):
    """Session-24 trial: she applied with her only resume and "Resume used" said "—". Saving a
    posting records the user's active resume (never another user's, none when there is none); an
    explicit choice is kept."""
    from careercopilot.models import Resume

    a, b, c = make_user(session), make_user(session), make_user(session)
    old = Resume(user_id=a.id, filename="old.txt", mime="text/plain", storage_key="a0", text="x", is_active=False,
                 version=1)
    active = Resume(user_id=a.id, filename="cv.txt", mime="text/plain", storage_key="a1", text="x", is_active=True,
                    version=2)  # (user_id, version) is unique (revision 0019)
    others = Resume(user_id=b.id, filename="b.txt", mime="text/plain", storage_key="b1", text="x", is_active=True)
    session.add_all([old, active, others])
    session.flush()
    p1, p2, p3 = (make_posting(session, title=f"Role {i}") for i in range(3))
    assert svc.save_posting(session=session, user_id=a.id, posting_id=p1.id).resume_id == active.id
    assert svc.save_posting(session=session, user_id=a.id, posting_id=p2.id, resume_id=old.id).resume_id == old.id
    assert svc.save_posting(session=session, user_id=c.id, posting_id=p3.id).resume_id is None
    assert svc.save_posting(session=session, user_id=b.id, posting_id=p1.id).resume_id == others.id


def test_save_posting_private_posting_of_other_user_is_lookup_error(session):
    a, b = make_user(session), make_user(session)
    private = make_posting(session, owner_id=a.id)
    assert svc.save_posting(session=session, user_id=a.id, posting_id=private.id).user_id == a.id
    with pytest.raises(LookupError):
        svc.save_posting(session=session, user_id=b.id, posting_id=private.id)
    with pytest.raises(LookupError):
        svc.save_posting(session=session, user_id=a.id, posting_id=999_999)


def test_stage_moves_skips_and_reversals_are_recorded(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Initech", title="SRE", url="https://initech.example/jobs/1")
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="interviewing", at=t0)  # skip applied
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="applied", at=t0 + timedelta(days=1))  # reversal
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="applied", at=t0 + timedelta(days=2))  # no-op
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="rejected", at=t0 + timedelta(days=3))
    assert _events(session, app.id) == [(None, "saved"), ("saved", "interviewing"), ("interviewing", "applied"), ("applied", "rejected")]
    hist = svc.stage_history(session=session, user_id=user.id, application_id=app.id)
    moved = next(e for e in hist if e.to_stage == "interviewing")
    assert moved.at == t0 and moved.at.tzinfo is not None and len(hist) == 4
    # applied_at: set by the first move that implies applying, never overwritten by later moves
    assert svc.get_application(session=session, user_id=user.id, application_id=app.id).applied_at == t0
    with pytest.raises(svc.TrackerError):
        application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="ghosted")


def test_applied_at_set_on_first_move_to_applied_and_correctable(session):
    user = make_user(session, tz="America/New_York")
    app = svc.add_manual(session=session, user_id=user.id, company="Umbrella", title="QA")
    assert app.applied_at is None
    t1 = datetime(2026, 2, 1, 15, 0, tzinfo=timezone.utc)
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="applied", at=t1)
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="saved", at=t1 + timedelta(hours=1))
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="applied", at=t1 + timedelta(days=3))
    assert app.applied_at == t1
    fixed = application_changes.set_applied_at(session=session, user_id=user.id, application_id=app.id, applied=date(2026, 1, 30))
    assert fixed.applied_at == datetime(2026, 1, 30, 5, 0, tzinfo=timezone.utc)  # 00:00 in New York (EST)
    with pytest.raises(svc.TrackerError):
        application_changes.set_applied_at(session=session, user_id=user.id, application_id=app.id, applied=date.today() + timedelta(days=10))


@pytest.mark.parametrize(("tz", "follow_up", "expected"), [
    ("UTC", date(2026, 3, 10), "due_today"),
    ("UTC", date(2026, 3, 9), "overdue"),
    ("UTC", date(2026, 3, 11), "upcoming"),
    ("Asia/Tokyo", date(2026, 3, 11), "due_today"),   # already Mar 11 in Tokyo
    ("Asia/Tokyo", date(2026, 3, 10), "overdue"),
    ("America/Los_Angeles", date(2026, 3, 10), "due_today"),
    ("America/Los_Angeles", date(2026, 3, 11), "upcoming"),
    ("Asia/Kolkata", date(2026, 3, 11), "due_today"),  # +05:30 → 05:00 Mar 11
])
def test_follow_up_status_in_user_time_zone(tz, follow_up, expected):
    now = datetime(2026, 3, 10, 23, 30, tzinfo=timezone.utc)
    assert svc.follow_up_status(follow_up, "applied", zone=ZoneInfo(tz), now=now) == expected


def test_follow_up_badge_hidden_for_closed_stage():
    assert svc.follow_up_status(date(2020, 1, 1), "rejected", zone=ZoneInfo("UTC")) == ""
    assert svc.follow_up_status(None, "applied", zone=ZoneInfo("UTC")) == ""


def test_followups_due_uses_user_zone(session):
    tokyo = make_user(session, tz="Asia/Tokyo")
    la = make_user(session, tz="America/Los_Angeles")
    now = datetime(2026, 3, 10, 23, 30, tzinfo=timezone.utc)
    for user in (tokyo, la):
        app = svc.add_manual(session=session, user_id=user.id, company="Hooli", title="PM")
        application_changes.set_follow_up(session=session, user_id=user.id, application_id=app.id, follow_up_on="2026-03-11")
    assert len(svc.followups_due(session=session, user_id=tokyo.id, now=now)) == 1
    assert svc.followups_due(session=session, user_id=la.id, now=now) == []


def test_notes_markdown_is_rendered_safely(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    md = "## Call\n**bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [ok](https://acme.example)"
    application_changes.set_notes(session=session, user_id=user.id, application_id=app.id, notes=md)
    html = application_notes.render_notes_html(svc.get_application(session=session, user_id=user.id, application_id=app.id).notes)
    assert "<h4>Call</h4>" in html  # "## Call" below the Notes h2 (one h1 per page)
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert 'href="https://acme.example"' in html and "noopener" in html
    assert "&lt;script&gt;" in html  # shown as text, not dropped silently
    with pytest.raises(svc.TrackerError):
        application_changes.set_notes(session=session, user_id=user.id, application_id=app.id, notes="x" * (svc.MAX_NOTES + 1))


def test_contacts_crud_validation_and_cross_user(session):
    a, b = make_user(session), make_user(session)
    app = svc.add_manual(session=session, user_id=a.id, company="Acme", title="Dev")
    c = contacts_svc.add_contact(session=session, user_id=a.id, application_id=app.id, name="Dana Recruiter", role="Recruiter",
                        email="dana@acme.example", profile_url="https://www.linkedin.com/in/dana")
    assert [x.name for x in contacts_svc.list_contacts(session=session, user_id=a.id, application_id=app.id)] == ["Dana Recruiter"]
    with pytest.raises(svc.TrackerError):
        contacts_svc.add_contact(session=session, user_id=a.id, application_id=app.id, name="X", email="not-an-email")
    with pytest.raises(svc.TrackerError):
        contacts_svc.add_contact(session=session, user_id=a.id, application_id=app.id, name="X", profile_url="javascript:alert(1)")
    with pytest.raises(svc.TrackerError):
        contacts_svc.add_contact(session=session, user_id=a.id, application_id=app.id, name="  ")
    contacts_svc.update_contact(session=session, user_id=a.id, contact_id=c.id, name="Dana R.", role="Lead recruiter")
    assert contacts_svc.list_contacts(session=session, user_id=a.id, application_id=app.id)[0].role == "Lead recruiter"
    for call in (
        lambda: contacts_svc.list_contacts(session=session, user_id=b.id, application_id=app.id),
        lambda: contacts_svc.add_contact(session=session, user_id=b.id, application_id=app.id, name="Eve"),
        lambda: contacts_svc.update_contact(session=session, user_id=b.id, contact_id=c.id, name="Eve"),
        lambda: contacts_svc.delete_contact(session=session, user_id=b.id, contact_id=c.id),
    ):
        with pytest.raises(LookupError):
            call()
    contacts_svc.delete_contact(session=session, user_id=a.id, contact_id=c.id)
    assert contacts_svc.list_contacts(session=session, user_id=a.id, application_id=app.id) == []


def test_cross_user_application_access_is_lookup_error(session):
    a, b = make_user(session), make_user(session)
    app = svc.add_manual(session=session, user_id=a.id, company="Acme", title="Dev")
    for call in (
        lambda: svc.get_application(session=session, user_id=b.id, application_id=app.id),
        lambda: application_changes.move_stage(session=session, user_id=b.id, application_id=app.id, to_stage="applied"),
        lambda: application_changes.set_notes(session=session, user_id=b.id, application_id=app.id, notes="mine"),
        lambda: application_changes.set_applied_at(session=session, user_id=b.id, application_id=app.id, applied=date(2026, 1, 1)),
        lambda: svc.stage_history(session=session, user_id=b.id, application_id=app.id),
        lambda: application_changes.bulk_archive(session=session, user_id=b.id, application_ids=[app.id]),
    ):
        with pytest.raises(LookupError):
            call()
    assert svc.list_applications(session=session, user_id=b.id) == []
    assert _events(session, app.id) == [(None, "saved")]


def test_bulk_archive_all_or_nothing_and_list_filters(session):
    a, b = make_user(session), make_user(session)
    apps = [svc.add_manual(session=session, user_id=a.id, company=c, title=t) for c, t in
            [("Zeta", "Dev"), ("alpha", "Ops"), ("Mid", "Data Dev")]]
    other = svc.add_manual(session=session, user_id=b.id, company="B corp", title="Dev")
    with pytest.raises(LookupError):
        application_changes.bulk_archive(session=session, user_id=a.id, application_ids=[apps[0].id, other.id])
    assert not svc.get_application(session=session, user_id=a.id, application_id=apps[0].id).archived
    assert application_changes.bulk_archive(session=session, user_id=a.id, application_ids=[apps[0].id]) == 1
    active = svc.list_applications(session=session, user_id=a.id, sort="company", descending=False)
    assert [x.company for x in active] == ["alpha", "Mid"]
    archived = svc.list_applications(session=session, user_id=a.id, filters=svc.ApplicationFilter(archived=True))
    assert [x.company for x in archived] == ["Zeta"]
    found = svc.list_applications(session=session, user_id=a.id, filters=svc.ApplicationFilter(search="dev", archived=None))
    assert {x.company for x in found} == {"Zeta", "Mid"}
    application_changes.move_stage(session=session, user_id=a.id, application_id=apps[1].id, to_stage="applied")
    assert [x.id for x in svc.list_applications(session=session, user_id=a.id, filters=svc.ApplicationFilter(stage="applied"))] == [apps[1].id]
    with pytest.raises(svc.TrackerError):
        svc.list_applications(session=session, user_id=a.id, sort="salary; drop table")


def test_update_fields_validate_and_last_write_wins(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    application_changes.update_application(session=session, user_id=user.id, application_id=app.id, salary_expectation="120,000",
                           salary_currency="eur", follow_up_on="2026-04-01")
    application_changes.update_application(session=session, user_id=user.id, application_id=app.id, salary_expectation=130000)
    got = svc.get_application(session=session, user_id=user.id, application_id=app.id)
    assert (got.salary_expectation, got.salary_currency, got.follow_up_on) == (130000.0, "EUR", date(2026, 4, 1))
    for bad in ({"salary_offer": "-5"}, {"salary_currency": "euros"}, {"follow_up_on": "tomorrow"},
                {"url": "ftp://x"}, {"company": ""}, {"stage": "offer"}):
        with pytest.raises(svc.TrackerError):
            application_changes.update_application(session=session, user_id=user.id, application_id=app.id, **bad)
    with pytest.raises(LookupError):  # resume of nobody
        application_changes.update_application(session=session, user_id=user.id, application_id=app.id, resume_id=424242)


def test_add_manual_validation(session):
    user = make_user(session)
    with pytest.raises(svc.TrackerError, match="Company"):
        svc.add_manual(session=session, user_id=user.id, company="", title="Dev")
    with pytest.raises(svc.TrackerError, match="http"):
        svc.add_manual(session=session, user_id=user.id, company="A", title="Dev", url="javascript:alert(1)")
    with pytest.raises(svc.TrackerError):
        svc.add_from_url(session=session, user_id=user.id, url="file:///etc/passwd")


@pytest.mark.parametrize(("typed", "amount"), [("150k", 150000.0), ("150.000", 150000.0), ("$150K", 150000.0),
                                               ("150 000", 150000.0), ("15 lakh", 1500000.0), ("120k-140k", 120000.0)])
def test_salary_amounts_as_people_type_them(session, typed, amount):
    """Issue 10 trial finding (the salary filter refused "150k"): the application's amounts too."""
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    application_changes.update_application(session=session, user_id=user.id, application_id=app.id, salary_offer=typed)
    assert svc.get_application(session=session, user_id=user.id, application_id=app.id).salary_offer == amount


def test_a_salary_that_is_no_amount_is_refused_in_words(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    with pytest.raises(svc.TrackerError, match="^Salary offer must be an amount such as 150000"):
        application_changes.update_application(session=session, user_id=user.id, application_id=app.id, salary_offer="lots")


def test_a_posting_without_an_employer_is_saved_as_the_jobs_page_names_it(session):
    """The board said "Unknown company" where the Jobs pages say "Employer not named" (trial92, Low): one
    label (``schemas.UNNAMED_EMPLOYER``) everywhere."""
    from careercopilot.schemas import UNNAMED_EMPLOYER

    user = make_user(session)
    posting = make_posting(session, title="Pharmacy Technician", company="", text="PTCB required.")
    app = svc.save_posting(session=session, user_id=user.id, posting_id=posting.id)
    assert app.company == UNNAMED_EMPLOYER == "Employer not named"
