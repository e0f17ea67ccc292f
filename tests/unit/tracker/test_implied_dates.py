"""Dates the user never gave are not shown as facts (a newcomer's trial: "Applied on 12/05/2026"
for an application moved straight from Saved to Interviewing, never in Applied)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from careercopilot.services import application_changes
from careercopilot.services import application_rows as rows
from careercopilot.services import applications as svc
from tests.support.tracker_data import make_user

T1 = datetime(2026, 12, 1, 15, 0, tzinfo=timezone.utc)
T2 = datetime(2026, 12, 5, 15, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("moves", "corrected", "applied_on", "note"), [
    (["interviewing"], None, "", "Not recorded (moved to Interviewing on 2026-12-01)"),
    (["offer"], None, "", "Not recorded (moved to Offer on 2026-12-01)"),
    (["interviewing", "rejected"], None, "", "Not recorded (moved to Interviewing on 2026-12-01)"),
    (["applied"], None, "2026-12-01", ""),
    (["applied", "interviewing"], None, "2026-12-01", ""),
    (["interviewing"], date(2026, 11, 20), "2026-11-20", ""),  # the user gave the day: a fact again
    ([], None, "", ""),
])
def test_applied_date_is_shown_only_when_recorded(session, moves, corrected, applied_on, note):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    for i, stage in enumerate(moves):
        application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage=stage,
                                       at=T1 if i == 0 else T2)
    if corrected:
        application_changes.set_applied_at(session=session, user_id=user.id, application_id=app.id, applied=corrected)
    card = rows.detail(session=session, user_id=user.id, application_id=app.id).card
    assert (card.applied_on, card.applied_note) == (applied_on, note)
    listed = next(r for r in rows.card_rows(session=session, user_id=user.id) if r.id == app.id)
    assert (listed.applied_on, listed.applied_note) == (applied_on, note)


def test_detail_counts_days_in_stage_from_the_last_move(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    moved = datetime.now(timezone.utc) + timedelta(days=1)  # after the card's creation (its "saved" event)
    application_changes.move_stage(session=session, user_id=user.id, application_id=app.id, to_stage="applied", at=moved)
    now = moved + timedelta(days=8)
    card = rows.detail(session=session, user_id=user.id, application_id=app.id, now=now).card
    listed = next(r for r in rows.card_rows(session=session, user_id=user.id, now=now) if r.id == app.id)
    assert card.days_in_stage == listed.days_in_stage == 8  # not counted from created_at (9 days before now)
