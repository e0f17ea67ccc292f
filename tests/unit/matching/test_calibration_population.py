"""Issue 11's calibration population (``benchmarks/_stated_preferences.py``): the grade-2 pairs at
the resume's labeled level whose posting meets every stated place and pay preference, read from
the rows' own fields. Places and pay as the issue-11 rows write them (resume preferences of dev
and blind2–8; NYC Open Data and LinkedIn posting locations and pay sentences)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# Loaded from its file, not by putting benchmarks/ on sys.path (its match.py, search.py, … would
# shadow other top-level names for the rest of the test process).
_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "_stated_preferences.py"
_spec = importlib.util.spec_from_file_location("_stated_preferences", _PATH)
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
meets_floor, meets_places, meets_stated_preferences = _mod.meets_floor, _mod.meets_places, _mod.meets_stated_preferences

NY = {"locations": ["New York, NY", "Brooklyn, NY"], "remote": False}
HOUSTON = {"locations": ["Houston, TX"], "remote": False}
REMOTE_OK = {"locations": ["Denver, CO", "Remote (US)"], "remote": True}


@pytest.mark.parametrize(("prefs", "location", "title", "description", "met"), [
    (NY, "335 Adams Street, Brooklyn Ny, New York, NY", "Clerk", "", True),   # a borough's address
    (NY, "New York City Metropolitan Area", "Clerk", "", True),                # LinkedIn's region of the city
    ({"locations": ["Queens, NY"], "remote": False}, "100 Gold Street, New York, NY", "Clerk", "", True),
    ({"locations": ["NYC"], "remote": False}, "New York, NY", "Clerk", "", True),
    (NY, "Falconer, NY", "Clerk", "", False),                                   # upstate, same state
    (NY, "New York, United States", "Clerk", "", False),                       # not one city
    (HOUSTON, "Houston, TX", "Nurse", "", True),
    (HOUSTON, "Sugar Land, TX", "Nurse", "", False),                           # a suburb is not the city
    (HOUSTON, "United States", "Nurse", "This is a fully remote position.", False),  # remote not accepted
    (REMOTE_OK, "United States", "Engineer", "This is a fully remote position.", True),
    (REMOTE_OK, "United States", "Engineer (Remote)", "", True),
    (REMOTE_OK, "United States", "Engineer", "Experience with remote monitoring tools.", False),
    (REMOTE_OK, "Denver, CO", "Engineer", "", True),
    (REMOTE_OK, "Aurora, CO", "Engineer", "", False),
    ({"locations": ["Austin, TX or remote"], "remote": False}, "Austin, TX", "Analyst", "", True),
    ({"locations": ["Hybrid - Pittsburgh"], "remote": False}, "Pittsburgh, PA", "Analyst", "", True),
    ({"locations": ["Albuquerque"], "remote": False}, "Albuquerque, NM", "Analyst", "", True),
    ({"locations": [], "remote": False}, "Anywhere, ZZ", "Analyst", "", True),   # nothing stated
])
def test_places(prefs, location, title, description, met):
    assert meets_places(prefs, {"location": location, "title": title, "description": description}) is met


FLOOR = {"salary_floor": {"currency": "USD", "amount": 70000}}


@pytest.mark.parametrize(("description", "met"), [
    ("Salary: $88,000.00 - $110,000.00 per year", True),
    ("Pay range: $13-$15 per hour.", False),              # 31,200 a year at most
    ("Pay: $34 - $40 per hour", True),                     # 83,200 a year at the top
    ("The salary range is $55,000 - $72,000.", True),      # the top reaches the floor
    ("The salary range is $50,000 - $60,000.", False),
    ("Manages a budget of approximately $3 billion.", True),  # no pay stated
    ("", True),
])
def test_floor(description, met):
    assert meets_floor(FLOOR, {"description": description}) is met


def test_population_needs_grade_two_and_the_same_labeled_level():
    resume = {"level": "mid", "preferences": {"locations": ["Houston, TX"], "remote": False,
                                              "salary_floor": {"currency": "USD", "amount": 50000}}}
    posting = {"level": "mid", "location": "Houston, TX", "title": "Nurse", "description": "$60,000 - $70,000"}
    assert meets_stated_preferences(resume, posting, 2)
    assert not meets_stated_preferences(resume, posting, 1)
    assert not meets_stated_preferences(resume, {**posting, "level": "senior"}, 2)
    assert not meets_stated_preferences(resume, {**posting, "description": "$30,000 - $40,000"}, 2)
