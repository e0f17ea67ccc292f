"""Structured places (issue 11): one place per "City, ST", remote limited to states/provinces
kept, multi-location postings, and comparisons without substrings.

Variants of the remote-with-regions kind are the location strings real boards print (Remotive
``candidate_required_location``, Greenhouse/Lever location names, Himalayas
``locationRestrictions``): "Remote - Colorado", "Remote (CA, OR, WA)", "Remote - CO, UT, AZ",
"Remote, Colorado or Utah", "Remote (US: California, Texas)", "Remote - Ontario".
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.location import parse_location
from careercopilot.normalize.places import (
    Place,
    parse_place_list,
    place_within,
    posting_places,
    remote_admits,
    resolve_place,
)

REMOTE_LIMITED_TO_SUBDIVISIONS = [
    ("Remote - Colorado", ["US-CO"], "US"),
    ("Remote (CA, OR, WA)", ["US-OR", "US-WA", "US-CA"], "US"),
    ("Remote - CO, UT, AZ", ["US-UT", "US-CO", "US-AZ"], "US"),
    ("Remote, Colorado or Utah", ["US-CO", "US-UT"], "US"),
    ("Remote (US: California, Texas)", ["US-CA", "US-TX"], "US"),
    ("Remote - Ontario", ["CA-ON"], "CA"),
    # country-level stays country-level
    ("Remote - US", ["US"], "US"),
    ("Remote - Canada", ["CA"], "CA"),
    ("Remote - US or Canada", ["US", "CA"], "US"),
]


@pytest.mark.parametrize(("text", "allowed", "country"), REMOTE_LIMITED_TO_SUBDIVISIONS)
def test_remote_limited_to_states_or_provinces_is_kept(text, allowed, country):
    loc = parse_location(text)
    assert loc.work_mode == "remote"
    assert sorted(loc.allowed_regions) == sorted(allowed)
    assert loc.country == country


PREFERENCE_TEXTS = [
    # issue 11 observation 6: one place plus remote, not ["Denver", "CO", "Remote"]
    ("Denver, CO, Remote", ["Denver, CO, US", "Remote"]),
    ("Denver, CO", ["Denver, CO, US"]),
    ("San Francisco, CA", ["San Francisco, CA, US"]),     # CA = California after a Californian city
    ("Springfield, IL", ["Springfield, IL, US"]),
    ("Portland, OR", ["Portland, OR, US"]),
    ("Vancouver, BC", ["Vancouver, BC, CA"]),
    ("Vancouver, WA", ["Vancouver, WA, US"]),
    ("London, ON", ["London, ON, CA"]),
    ("Austin, Texas, USA", ["Austin, TX, US"]),
    ("Berlin, Germany, London", ["Berlin, DE", "London, ENG, GB"]),
    ("Berlin, DE", ["Berlin, DE"]),                        # no Berlin in Delaware: the country reading
    ("Ontario, Canada", ["Ontario, CA"]),
    ("Colorado", ["Colorado, US"]),
    ("Cologne", ["Köln, DE"]),
    ("München; Remote", ["Munich, DE", "Remote"]),   # GeoNames alternate name
    ("EU", ["EU"]),
]


@pytest.mark.parametrize(("text", "labels"), PREFERENCE_TEXTS)
def test_free_text_locations_become_places(text, labels):
    places, unresolved = parse_place_list(text)
    assert [p.label for p in places] == labels
    assert unresolved == []


def test_unresolvable_parts_are_reported():
    places, unresolved = parse_place_list("Denver, CO; Narnia")
    assert [p.label for p in places] == ["Denver, CO, US"] and unresolved == ["Narnia"]
    assert resolve_place("Narnia") is None


def test_no_substring_matching_co_is_not_cologne_or_san_francisco():
    denver = resolve_place("Denver, CO")
    for other in ("Cologne", "San Francisco, CA", "Munich", "Colorado Springs, CO", "Boulder, CO", "Aurora, CO"):
        p = resolve_place(other)
        inside = place_within(p, denver)
        assert inside == (other in ("Boulder, CO", "Aurora, CO")), other   # metro radius 50 km
    colorado = resolve_place("Colorado")
    assert place_within(resolve_place("Colorado Springs, CO"), colorado)
    assert not place_within(resolve_place("Cologne"), colorado)


def test_multi_location_postings_keep_every_place():
    labels = [p.label for p in posting_places("New York, NY; Austin, TX or Remote")]
    assert labels == ["New York City, NY, US", "Austin, TX, US"]
    assert [p.label for p in posting_places(["San Francisco, CA", "London, UK"])] == ["San Francisco, CA, US",
                                                                                       "London, ENG, GB"]
    jsonld = {"jobLocation": [{"@type": "Place", "address": {"addressLocality": "Toronto", "addressRegion": "ON",
                                                             "addressCountry": "CA"}},
                              {"@type": "Place", "address": {"addressLocality": "Denver", "addressRegion": "CO",
                                                             "addressCountry": "US"}}]}
    assert [p.label for p in posting_places(jsonld)] == ["Toronto, ON, CA", "Denver, CO, US"]


def test_remote_admits_reads_states_countries_and_areas():
    denver = resolve_place("Denver, CO")
    assert remote_admits("US-CO", denver) is True
    assert remote_admits("US-CA", denver) is False
    assert remote_admits("US", denver) is True
    assert remote_admits("DE", denver) is False
    assert remote_admits("NORTH_AMERICA", denver) is True
    assert remote_admits("EU", denver) is False
    assert remote_admits("US-CO", Place(kind="country", name="United States", country="US")) is None
