"""The location check reads structured places (issue 11, observations 6 and 9): "Denver, CO,
Remote" is Denver (Colorado) + remote; no substring matching ("CO" is not Cologne or San
Francisco); multi-location postings match any of their places; remote limited to states."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.normalize.location import parse_location
from careercopilot.normalize.places import posting_places
from careercopilot.services import matching
from careercopilot.services.matching.profile import _wanted_places


def _posting(location: str | list[str], mode: str | None = None) -> JobPosting:
    loc = parse_location(location)
    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x/1", title="Staff Engineer", company="Acme",
                      company_key="acme", dedupe_key="k", description_text="Python", content_hash="h",
                      location_text=loc.raw, city=loc.city, region=loc.region, country=loc.country,
                      work_mode=mode or loc.work_mode, allowed_regions=list(loc.allowed_regions),
                      places=[p.model_dump() for p in posting_places(location, loc)])


def _check(locations: str | list[str], posting: JobPosting):
    places = _wanted_places({"locations": [locations] if isinstance(locations, str) else locations})
    prof = matching.Profile(text="", skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), locations=[], places=places)
    return next(c for c in matching.score_posting(prof, posting, None).checks if c.name == "location")


DENVER_AND_REMOTE = [
    ("Munich, Germany", "onsite", False),          # observation 6: ranked #1 before
    ("Köln, Germany", "onsite", False),            # "CO" ⊂ "Cologne"
    ("San Francisco, CA", "onsite", False),        # "co" ⊂ "San Francisco"
    ("Denver, CO", "onsite", True),
    ("Aurora, CO", "hybrid", True),                # same metro (≤ 50 km)
    ("Colorado Springs, CO", "onsite", False),     # same state, 100 km away: not Denver
    ("Remote - US", None, True),
    ("Remote - Colorado", None, True),
    ("Remote (CA, OR, WA)", None, False),          # remote limited to other states
    ("Remote - Germany", None, False),
    ("Remote", None, True),                        # no stated limits, the user accepts remote
    (["New York, NY", "Denver, CO"], "onsite", True),   # multi-location: any place
    (["New York, NY", "Austin, TX"], "onsite", False),
]


@pytest.mark.parametrize(("where", "mode", "ok"), DENVER_AND_REMOTE)
def test_denver_co_remote_user(where, mode, ok):
    check = _check("Denver, CO, Remote", _posting(where, mode))
    assert check.ok is ok, check.reason


def test_state_level_preference_takes_the_whole_state():
    assert _check("Colorado", _posting("Colorado Springs, CO", "onsite")).ok is True
    assert _check("Colorado", _posting("Cheyenne, WY", "onsite")).ok is False


def test_country_level_home_and_state_limited_remote_cannot_tell():
    assert _check("United States", _posting("Remote - Colorado")).ok is None


def test_remote_only_user_and_onsite_posting():
    check = _check("Remote", _posting("Berlin, Germany", "onsite"))
    assert check.ok is False and "remote" in check.reason
