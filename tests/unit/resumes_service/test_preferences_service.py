"""Preferences service: defaults, validation with clear messages, rescore, cross-user isolation."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.services import preferences as prefs

GOOD = dict(
    titles="Backend Engineer, Data Engineer, backend engineer",
    locations=["Berlin", " Remote  ", ""],
    work_modes=["remote", "hybrid"],
    salary_floor="70,000",
    salary_currency="eur",
    salary_period="year",
    needs_visa_sponsorship=True,
    seniority="Senior",
)


def test_defaults_are_created_once(two_users):
    a, _ = two_users
    with session_scope() as s:
        first = prefs.get_preferences(session=s, user_id=a)
        assert (first.titles, first.salary_currency, first.salary_period, first.seniority) == ([], "USD", "year", None)
    with session_scope() as s:
        assert prefs.get_preferences(session=s, user_id=a).id == first.id


def test_save_normalizes_and_enqueues_rescore_after_commit(two_users, rescores):
    a, _ = two_users
    with session_scope() as s:
        row = prefs.save_preferences(session=s, user_id=a, **GOOD)
        assert rescores == []
    assert rescores == [a]
    assert row.titles == ["Backend Engineer", "Data Engineer"]
    assert row.locations == ["Berlin", "Remote"]
    assert row.work_modes == ["remote", "hybrid"]
    assert row.salary_floor == 70000.0 and row.salary_currency == "EUR" and row.salary_period == "year"
    assert row.needs_visa_sponsorship is True and row.seniority == "senior"
    with session_scope() as s:
        again = prefs.get_preferences(session=s, user_id=a)
        assert again.titles == ["Backend Engineer", "Data Engineer"] and again.salary_currency == "EUR"


@pytest.mark.parametrize(
    "change, match",
    [
        ({"salary_currency": "XYZ"}, "ISO 4217"),
        ({"salary_currency": "dollars"}, "ISO 4217"),
        ({"salary_period": "fortnight"}, "pay period"),
        ({"work_modes": ["remote", "moon"]}, "work mode"),
        ({"salary_floor": "lots"}, "number"),
        ({"salary_floor": -5}, "positive"),
        ({"salary_floor": float("nan")}, "positive"),
        ({"salary_floor": 10**12}, "at most"),
        ({"titles": ["x" * 101]}, "100 characters"),
        ({"locations": [f"City {i}" for i in range(21)]}, "at most 20"),
        ({"seniority": "overlord"}, "Seniority"),
    ],
)
def test_invalid_values_are_refused_with_clear_messages(two_users, rescores, change, match):
    a, _ = two_users
    with session_scope() as s:
        prefs.save_preferences(session=s, user_id=a, **GOOD)
    with pytest.raises(prefs.PreferenceError, match=match), session_scope() as s:
        prefs.save_preferences(session=s, user_id=a, **{**GOOD, **change})
    with session_scope() as s:  # nothing changed
        assert prefs.get_preferences(session=s, user_id=a).salary_currency == "EUR"
    assert rescores == [a]


def test_blank_salary_means_no_floor(two_users, rescores):
    a, _ = two_users
    with session_scope() as s:
        row = prefs.save_preferences(session=s, user_id=a, **{**GOOD, "salary_floor": " "})
        assert row.salary_floor is None


def test_currency_codes_are_current_and_convertible():
    codes = prefs.currency_codes()
    assert {"USD", "EUR", "GBP", "INR", "JPY", "CAD", "AUD", "PLN"} <= set(codes) and 25 <= len(codes) <= 45
    assert not {"XAU", "XTS", "XXX", "CYP", "EEK"} & set(codes)  # metals, test codes, retired currencies
    for code in codes:  # every offered floor currency converts
        from careercopilot.services.matching import to_usd

        assert to_usd(1000, code)[0], code


def test_other_users_preferences_are_invisible(two_users, rescores):
    a, b = two_users
    with session_scope() as s:
        prefs.save_preferences(session=s, user_id=a, **GOOD)
    with session_scope() as s:
        mine = prefs.get_preferences(session=s, user_id=b)
        assert mine.user_id == b and mine.titles == [] and mine.salary_floor is None
        prefs.save_preferences(session=s, user_id=b, titles=["Nurse"])
    with session_scope() as s:
        assert prefs.get_preferences(session=s, user_id=a).titles == ["Backend Engineer", "Data Engineer"]
    assert rescores == [a, b]
