"""Application details save (a newcomer's trial): an invalid salary threw away the valid
follow-up date typed in the same save; "$150k+" was refused as a salary expectation. Every
valid field is saved, each invalid one is reported by field and keeps its stored value."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.services import application_changes
from careercopilot.services import applications as svc
from tests.support.tracker_data import make_user


@pytest.mark.parametrize(("typed", "amount"), [
    ("$150k+", 150_000.0), ("150k+", 150_000.0), ("at least 150k", 150_000.0), ("150k or more", 150_000.0),
    ("USD 150k", 150_000.0), ("€150k", 150_000.0), ("150 000 €", 150_000.0), ("from $150k", 150_000.0),
    ("150K/yr", 150_000.0), ("$60/hr", 124_800.0), ("140-160k", 140_000.0),
])
def test_salary_expectation_as_people_write_it(session, typed, amount):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    application_changes.update_application(session=session, user_id=user.id, application_id=app.id,
                                           salary_expectation=typed)
    assert svc.get_application(session=session, user_id=user.id, application_id=app.id).salary_expectation == amount


@pytest.mark.parametrize(("bad", "field"), [
    ({"salary_expectation": "lots"}, "salary_expectation"),
    ({"salary_offer": "-5"}, "salary_offer"),
    ({"salary_currency": "euros"}, "salary_currency"),
    ({"offer_deadline": "next friday"}, "offer_deadline"),
    ({"interview_at": "soon"}, "interview_at"),
])
def test_an_invalid_field_does_not_discard_the_valid_ones(session, bad, field):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    application_changes.update_application(session=session, user_id=user.id, application_id=app.id,
                                           salary_expectation="90000", salary_currency="USD")
    typed = {"follow_up_on": "2026-12-10", "salary_offer": "100k", **bad}
    _, errors = application_changes.update_application_form(
        session=session, user_id=user.id, application_id=app.id, **typed)
    got = svc.get_application(session=session, user_id=user.id, application_id=app.id)
    assert list(errors) == [field] and errors[field]
    assert got.follow_up_on == date(2026, 12, 10)  # the valid date of the same save is kept
    assert got.salary_offer == (None if field == "salary_offer" else 100_000.0)
    assert (got.salary_expectation, got.salary_currency) == (90_000.0, "USD")  # the invalid field keeps its value


def test_the_api_patch_stays_all_or_nothing(session):
    user = make_user(session)
    app = svc.add_manual(session=session, user_id=user.id, company="Acme", title="Dev")
    with pytest.raises(svc.TrackerError, match="amount"):
        application_changes.update_application(session=session, user_id=user.id, application_id=app.id,
                                               follow_up_on="2026-12-10", salary_expectation="lots")
    assert svc.get_application(session=session, user_id=user.id, application_id=app.id).follow_up_on is None
