"""Metro-area place names (issue 11, preferences as structured places): a name of a
metropolitan area resolves to its principal city, with that city's region, country and
GeoNames id, for preferences (``parse_place_list``) and postings (``posting_places``) alike.

Variants are the spellings real sources print: LinkedIn's location names ("Dallas-Fort Worth
Metroplex", "San Francisco Bay Area", "Greater Boston", "New York City Metropolitan Area",
"Washington DC-Baltimore Area", "Greater Seattle Area", "Greater London"); the US Census
Bureau's CSA/MSA titles (OMB Bulletin 23-01: "--" between CSA principal cities, "-" in MSA
titles, states joined by "-"); and European names without a city in them ("Île-de-France",
"Randstad", "Rhine-Main").
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.location import _cities
from careercopilot.normalize.metros import looks_like_metro, metro_readings, strip_metro_words
from careercopilot.normalize.places import (
    location_verdict,
    parse_place_list,
    place_within,
    posting_places,
    resolve_place,
)

#: (text, principal city, region, country)
METRO_NAMES = [
    # LinkedIn metro names
    ("Dallas-Fort Worth Metroplex", "Dallas", "TX", "US"),
    ("San Francisco Bay Area", "San Francisco", "CA", "US"),
    ("Greater Boston", "Boston", "MA", "US"),
    ("New York City Metropolitan Area", "New York City", "NY", "US"),
    ("Washington DC-Baltimore Area", "Washington", "DC", "US"),
    ("Greater Seattle Area", "Seattle", "WA", "US"),
    ("Greater Chicago Area", "Chicago", "IL", "US"),
    ("Denver Metropolitan Area", "Denver", "CO", "US"),
    ("Greater Philadelphia", "Philadelphia", "PA", "US"),
    ("Raleigh-Durham-Chapel Hill Area", "Raleigh", "NC", "US"),
    ("Salt Lake City Metropolitan Area", "Salt Lake City", "UT", "US"),
    ("Greater Toronto Area", "Toronto", "ON", "CA"),
    ("Greater London", "London", "ENG", "GB"),
    ("Greater Manchester", "Manchester", "ENG", "GB"),
    ("Greater Munich Metropolitan Area", "Munich", None, "DE"),
    ("Greater Paris Metropolitan Region", "Paris", None, "FR"),
    # US Census CSA ("--") and MSA ("-") titles with their states
    ("Minneapolis--St. Paul--Bloomington, MN-WI", "Minneapolis", "MN", "US"),
    ("New York-Newark-Jersey City, NY-NJ-PA", "New York City", "NY", "US"),
    ("Dallas-Fort Worth-Arlington, TX", "Dallas", "TX", "US"),
    ("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD", "Philadelphia", "PA", "US"),
    ("Boston-Cambridge-Newton, MA-NH", "Boston", "MA", "US"),
    ("Portland-Vancouver-Hillsboro, OR-WA", "Portland", "OR", "US"),
    ("Kansas City, MO-KS", "Kansas City", "MO", "US"),
    ("Denver-Aurora-Centennial, CO Metropolitan Statistical Area", "Denver", "CO", "US"),
    # names without a principal city in them
    ("Bay Area", "San Francisco", "CA", "US"),
    ("DFW", "Dallas", "TX", "US"),
    ("Tri-State Area", "New York City", "NY", "US"),
    ("Research Triangle", "Raleigh", "NC", "US"),
    ("Twin Cities", "Minneapolis", "MN", "US"),
    ("GTA", "Toronto", "ON", "CA"),
    ("Île-de-France", "Paris", None, "FR"),
    ("Ile de France", "Paris", None, "FR"),
    ("Randstad", "Amsterdam", None, "NL"),
    ("Rhine-Main", "Frankfurt am Main", None, "DE"),
]


@pytest.mark.parametrize(("text", "city", "region", "country"), METRO_NAMES)
def test_metro_preference_resolves_to_principal_city(text, city, region, country):
    from careercopilot.normalize.place_groups import group_key

    places, unresolved = parse_place_list(text)
    assert unresolved == []
    assert len(places) == 1
    p = places[0]
    if group_key(text):  # a US region (prefs51: normalize.place_groups): its member cities, the principal one too
        assert p.kind == "group" and place_within(posting_places(text)[0], p)
        assert any((m.name, m.region) == (city, region) for m in p.members)
        assert resolve_place(text) == p
        return
    assert (p.kind, p.name, p.region, p.country) == ("city", city, region, country)
    assert p.geonameid is not None and p.lat is not None  # a GeoNames city, not a made-up place
    assert resolve_place(text) == p


@pytest.mark.parametrize(("text", "city", "region", "country"), METRO_NAMES)
def test_metro_posting_location_resolves_to_principal_city(text, city, region, country):
    places = posting_places(text)
    assert [(p.name, p.region, p.country) for p in places] == [(city, region, country)]


def test_principal_city_is_the_geonames_city_of_that_name():
    p = posting_places("Dallas-Fort Worth Metroplex")[0]  # a preference reads it as a region (place_groups)
    dallas = max((c for c in _cities() if c["name"] == "Dallas" and c["countrycode"] == "US"),
                 key=lambda c: int(c["population"]))
    assert p.geonameid == int(dallas["geonameid"])


# Names that are not metro areas keep their old reading.
NOT_METROS = [
    ("Winston-Salem, NC", ["Winston-Salem, NC, US"], []),        # a hyphenated city is one city
    ("Wilkes-Barre, PA", ["Wilkes-Barre, PA, US"], []),
    ("Aix-en-Provence", ["Aix-en-Provence, FR"], []),
    ("Denver, CO, Remote", ["Denver, CO, US", "Remote"], []),
    ("Dallas-Fort Worth-Arlington, TX, Remote", ["Dallas, TX, US", "Remote"], []),  # "Remote" is no state hint
    # work-mode words are read as modes (normalize.place_phrases), never as part of a metro or a
    # city "Colorado" (Brazil) via the dash; "/" lists places
    ("Remote - Colorado", ["Remote", "Colorado, US"], []),
    ("Hybrid - Boston", ["Boston, MA, US (hybrid)"], []),
    ("Seattle/Remote", ["Seattle, WA, US", "Remote"], []),
    ("North Region", [], ["North Region"]),                      # no alternate-name guesses
    ("Area 51", [], ["Area 51"]),
]


@pytest.mark.parametrize(("text", "labels", "unresolved"), NOT_METROS)
def test_non_metro_names_are_not_guessed(text, labels, unresolved):
    places, left = parse_place_list(text)
    assert [p.label for p in places] == labels
    assert left == unresolved


def test_metro_preference_admits_suburb_postings_and_rejects_other_metros():
    want = [resolve_place("Dallas-Fort Worth Metroplex").model_dump()]
    fort_worth = posting_places("Fort Worth, TX")[0]
    arlington = posting_places("Arlington, TX")[0]
    houston = posting_places("Houston, TX")[0]
    assert place_within(arlington, want[0])
    assert location_verdict(want, places=[arlington], work_mode="onsite")[0] is True
    assert location_verdict(want, places=[houston], work_mode="onsite")[0] is False
    # Fort Worth is 50 km from Dallas: inside the metro radius measured from the principal city
    assert location_verdict(want, places=[fort_worth], work_mode="onsite")[0] is True


def test_metro_posting_meets_city_preference():
    want = [resolve_place("Cambridge, MA").model_dump()]
    assert location_verdict(want, places=posting_places("Greater Boston"), work_mode="hybrid")[0] is True
    assert location_verdict(want, places=posting_places("Greater Seattle Area"), work_mode="hybrid")[0] is False


@pytest.mark.parametrize(("text", "core", "dropped"), [
    ("Greater Seattle Area", "Seattle", True),
    ("Dallas-Fort Worth Metroplex", "Dallas-Fort Worth", True),
    ("New York City Metropolitan Area", "New York City", True),
    ("Denver", "Denver", False),
    ("Greater Bay Area", "Greater Bay", True),
])
def test_strip_metro_words(text, core, dropped):
    assert strip_metro_words(text) == (core, dropped)


def test_readings_and_detection():
    assert looks_like_metro("Greater Boston") and looks_like_metro("Randstad")
    assert looks_like_metro("Minneapolis--St. Paul")
    assert not looks_like_metro("Denver") and not looks_like_metro("") and not looks_like_metro(None)
    assert metro_readings("Washington DC-Baltimore Area")[:3] == [
        ("Washington DC-Baltimore", []), ("Washington", ["DC"]), ("Washington DC", [])]
    assert metro_readings("") == []
