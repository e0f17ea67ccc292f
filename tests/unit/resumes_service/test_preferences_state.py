"""The Preferences form's save helper: valid fields stored, the invalid one shows what was typed
(with its message) instead of snapping back to the stored value."""

from __future__ import annotations

import json

from careercopilot.normalize.places import resolve_place
from careercopilot.state import preferences as prefs_state


def _fields(**over):
    base = dict(titles="Data Engineer", places=[resolve_place("Berlin").model_dump(), resolve_place("Remote").model_dump()],
                work_modes=["remote"], salary_floor="80k", salary_currency="EUR", salary_period="year",
                needs_visa_sponsorship=False, seniority=None)
    return {**base, **over}


def _typed(fields):
    return {"titles": {"titles": fields["titles"]},
            "salary_floor": {k: fields[k] for k in ("salary_floor", "salary_currency", "salary_period")}}


def test_an_invalid_floor_keeps_what_was_typed_and_saves_the_rest(two_users, rescores):
    a, _ = two_users
    fields = _fields(salary_floor="lots", salary_currency="GBP", salary_period="month")
    form, errors = prefs_state.save_form(a, fields, _typed(fields))
    assert list(errors) == ["salary_floor"] and "must be an amount" in errors["salary_floor"]
    assert (form.salary_floor, form.salary_currency, form.salary_period) == ("lots", "GBP", "month")
    assert [c.label for c in form.places] == ["Berlin, DE", "Remote"]  # saved with the same submit
    again = prefs_state.load_form(a)
    assert [c.label for c in again.places] == ["Berlin, DE", "Remote"] and again.titles == "Data Engineer"
    assert again.salary_floor == ""  # the invalid floor was not stored


def test_a_valid_save_reports_nothing(two_users, rescores):
    a, _ = two_users
    fields = _fields(salary_floor="$120k+")
    form, errors = prefs_state.save_form(a, fields, _typed(fields))
    assert errors == {} and form.salary_floor == "120000"
    assert json.loads(form.places[0].data)["country"] == "DE"


def test_the_form_knows_where_the_person_lives_for_near_me(two_users, rescores):
    """Trial 41 finding 8: "near me" in the place picker gave no feedback; it now reads as the
    active resume's place (``PrefsForm.home``), the postal code dropped."""
    from careercopilot.db import session_scope
    from careercopilot.models import Resume
    from careercopilot.services.preferences import read_location_text

    a, b = two_users
    with session_scope() as s:
        s.add(Resume(user_id=a, filename="r.pdf", mime="application/pdf", storage_key="k", is_active=True,
                     fields={"location": "Columbus, OH 43215"}))
    home = prefs_state.load_form(a).home
    assert json.loads(home)["name"] == "Columbus" and prefs_state.load_form(b).home == ""
    read = read_location_text("near me", home=json.loads(home))
    assert [p["label"] for p in read["places"]] == ["Columbus, OH, US"] and "Columbus, OH, US" in read["note"]


def test_a_region_or_radius_chip_says_what_it_covers():
    """The saved chip "Southeast, US" alone did not say which states count (prefs51): its
    tooltip names them and the source; a radius chip gives its kilometres; a city says nothing."""
    from careercopilot.normalize.place_phrases import read_places
    from careercopilot.state.preferences import place_chip as _chip

    region = _chip(read_places("the Southeast").places[0].model_dump())
    assert region.label == "Southeast, US"
    assert region.about == "Southeast, US: AL, FL, GA, KY, MS, NC, SC, TN (BLS Southeast region)."
    radius = _chip(read_places("within 30 miles of Dayton, OH").places[0].model_dump())
    assert (radius.label, radius.about) == ("Within 30 mi of Dayton, OH, US", "Within 30 mi of Dayton, OH, US: 48 km around it.")
    assert _chip(read_places("Denver, CO").places[0].model_dump()).about == ""
