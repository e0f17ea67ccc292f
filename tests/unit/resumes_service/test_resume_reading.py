"""The Resume page shows how job matching reads the resume (issue 11 trial finding 9, session 22):
level, field, titles, places — with their source and a way to correct them (Preferences)."""

from __future__ import annotations

import pytest

from careercopilot.services.resume_reading import match_reading

HYGIENIST = """Maria Lopez, RDH
Columbus, OH | maria.lopez@example.org | (614) 555-0134

SUMMARY
Registered dental hygienist with 6 years of clinical experience in general and periodontal practices.

EXPERIENCE
Registered Dental Hygienist, Bright Smiles Family Dentistry, Columbus, OH
June 2019 – Present
- Perform prophylaxis, scaling and root planing for 8-10 patients a day

Dental Assistant, Easton Dental Care, Columbus, OH
May 2016 – May 2019
- Chairside assisting, sterilization, patient scheduling

LICENSURE
Ohio Dental Hygiene License; Local Anesthesia Permit; CPR/BLS
"""
NURSE = """Jordan Lee
Cleveland, Ohio | jlee@example.org

EXPERIENCE
Registered Nurse, Med/Surg, Cleveland Clinic, Cleveland, OH
March 2017 – Present
- Care for 5-6 patients per shift on a 32-bed unit

EDUCATION
BSN, Kent State University, 2016
"""
WAREHOUSE = """Tony Ruiz
Fresno, CA

WORK HISTORY
Warehouse Associate, Amazon, Fresno, CA
2021 - Present
Picked and packed 120 orders an hour; forklift certified
"""
ENGINEER = """Priya Natarajan
Austin, TX | github.com/priyan

EXPERIENCE
Senior Software Engineer, Dell Technologies
Jan 2015 – Present
Led a team of 6 building Python services
"""
COLUMBUS = {"kind": "city", "name": "Columbus", "region": "OH", "country": "US"}


@pytest.mark.parametrize("text,prefs,level,source,field,location", [
    (HYGIENIST, None, "Mid level", "this resume", "Allied health", "Columbus, OH"),
    (HYGIENIST, {"seniority": "senior"}, "Senior", "your preferences", "Allied health", "Columbus, OH"),
    (HYGIENIST, {"seniority": "any"}, "Mid level", "this resume", "Allied health", "Columbus, OH"),
    (NURSE, None, "Mid level", "this resume", "Nursing", "Cleveland, Ohio"),
    (WAREHOUSE, None, "Entry level", "this resume", "Logistics and warehouse", "Fresno, CA"),
    (ENGINEER, None, "Senior", "this resume", "Software engineering", "Austin, TX"),
    (ENGINEER, {"titles": ["Staff Software Engineer"], "seniority": "staff"}, "Lead / staff", "your preferences",
     "Software engineering", "Austin, TX"),
])
def test_the_reading_names_level_field_and_their_source(text, prefs, level, source, field, location):
    r = match_reading(text, prefs)
    assert (r.level, r.level_source, r.field, r.resume_location) == (level, source, field, location)


def test_places_come_from_preferences_and_the_note_says_what_the_resume_location_does():
    bare = match_reading(HYGIENIST)
    assert bare.places == [] and "Columbus, OH" in bare.location_note and "preferences" in bare.location_note
    set_ = match_reading(HYGIENIST, {"places": [COLUMBUS], "titles": ["Dental Hygienist"]})
    assert set_.places == ["Columbus, OH, US"] and set_.target_titles == ["Dental Hygienist"]
    assert "outside your locations" in set_.location_note
    assert set_.occupations and "Hygienist" in set_.occupations[0]
    assert set_.resume_titles[:2] == ["Registered Dental Hygienist", "Dental Assistant"]


def test_an_unreadable_resume_reads_nothing():
    r = match_reading("")
    assert (r.level, r.field, r.occupations, r.places) == ("", "", [], [])


def test_the_state_reads_the_selected_version_with_the_users_preferences(two_users, storage, rescores, monkeypatch):
    from careercopilot.db import session_scope
    from careercopilot.services import preferences, resumes
    from careercopilot.state import resume as resume_state

    a, _ = two_users
    monkeypatch.setattr(resumes, "get_storage", lambda: storage)
    with session_scope() as s:
        preferences.save_preferences(session=s, user_id=a, locations=["Columbus, OH"], seniority="senior")
    data = HYGIENIST.encode()
    resume_state._add(a, "cv.txt", data, resumes.read_resume(data, "cv.txt"))
    rows, detail, reading = resume_state._versions(a, None)
    assert detail.id > 0 and reading.level == "Senior" and reading.level_source == "your preferences"
    assert reading.places and reading.places[0].startswith("Columbus") and reading.field == "Allied health"


def test_a_level_the_first_upload_filled_in_is_read_from_the_resume(two_users, storage, rescores, monkeypatch):
    """Trial 41 (session 23): "Level read from your preferences" on the Resume page before any
    preferences were set — the first upload had filled in the seniority (``prefill_from_resume``).
    Failed on the old code (it said "your preferences"); once the person saves Preferences, it does."""
    from datetime import timedelta

    from careercopilot.db import session_scope
    from careercopilot.models import Preference
    from careercopilot.services import resumes
    from careercopilot.services.resume_reading import PREFILLED_SOURCE
    from careercopilot.state import resume as resume_state
    from sqlmodel import select

    a, _ = two_users
    monkeypatch.setattr(resumes, "get_storage", lambda: storage)
    data = HYGIENIST.encode()
    resume_state._add(a, "cv.txt", data, resumes.read_resume(data, "cv.txt"))
    _, _, reading = resume_state._versions(a, None)
    assert reading.level and reading.level_source == PREFILLED_SOURCE
    with session_scope() as s:  # the person saves Preferences later: their choice now
        row = s.exec(select(Preference).where(Preference.user_id == a)).one()
        row.updated_at = row.updated_at + timedelta(minutes=5)
        s.add(row)
    _, _, reading = resume_state._versions(a, None)
    assert reading.level_source == "your preferences"


def test_the_page_shows_the_reading_and_links_to_preferences():
    import reflex as rx

    from careercopilot.views.resume import selected_sections

    out = str(rx.fragment(selected_sections()).render())
    for element_id in ("reading-level", "reading-field", "reading-occupations", "reading-places",
                       "reading-resume-location", "reading-location-note", "reading-preferences-link"):
        assert f'"{element_id}"' in out, element_id
    assert '"/preferences"' in out
