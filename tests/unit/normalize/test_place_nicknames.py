"""One reader for place text (issue 11, "Preferences as structured places"): city nicknames,
short forms, abbreviations and two-letter tokens read the same by the PREFERENCE reader
(``resolve_place`` / ``parse_place_list``) and the POSTING reader (``posting_places``).

Kinds (``normalize.place_names`` documents the rules and sources):

* nicknames and short forms ("SF", "LA", "DC", "SLC", "Nola", "the Bay", "NoVA", "SoCal", "KL")
  — read as nothing, as Laos, or as Nola, CF / Bay, PH before;
* a nickname that is also a real place elsewhere loses to that place only with context
  ("Nola, Central African Republic");
* a two-letter US state code after a town GeoNames does not list stays a state ("Blue Bell, PA"
  was Blue Bell, Panama in postings; "Buda, TX" was Buda, Hungary in preferences); a city of
  the country the code also names wins ("Munich, DE"); ambiguous province codes ("Perth, WA");
* "St."/"Mt."/"Ft." abbreviations ("Mt. Vernon, NY" was Mount Vernon, IL in postings);
* the two readers disagreed ("DC": nothing vs District of Columbia; "Mt. Pleasant, SC").

Rows marked as recorded come from benchmarks/data/issue11/postings.jsonl or the demo feed.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.places import parse_place_list, posting_places, resolve_place

SF = ("San Francisco", "CA", "US")
LA = ("Los Angeles", "CA", "US")
DC = ("Washington", "DC", "US")
NOLA = ("New Orleans", "LA", "US")
CALIFORNIA = ("California", "CA", "US")

#: text → (name, region, country) both readers must give.
ONE_PLACE = [
    # short forms and nicknames (US)
    ("SF", SF),
    ("SF, CA", SF),
    ("the Bay", SF),
    ("LA", LA),
    ("L.A.", LA),
    ("LA, CA", LA),
    ("Hybrid - LA", LA),
    ("DC", DC),
    ("DMV", DC),
    ("SLC", ("Salt Lake City", "UT", "US")),
    ("SLC, UT", ("Salt Lake City", "UT", "US")),
    ("KC", ("Kansas City", "MO", "US")),
    ("OKC", ("Oklahoma City", "OK", "US")),
    ("ATL", ("Atlanta", "GA", "US")),
    ("Chi", ("Chicago", "IL", "US")),
    ("Chi-town", ("Chicago", "IL", "US")),
    ("H-Town", ("Houston", "TX", "US")),
    ("Nola", NOLA),
    ("NOLA, LA", NOLA),
    ("St. Pete", ("St. Petersburg", "FL", "US")),
    ("St. Pete, FL", ("St. Petersburg", "FL", "US")),
    ("East Bay", ("Oakland", "CA", "US")),
    ("PDX", ("Portland", "OR", "US")),
    ("Beantown", ("Boston", "MA", "US")),
    ("Tampa Bay Area", ("Tampa", "FL", "US")),
    ("Greater Tampa Bay Area", ("Tampa", "FL", "US")),  # recorded
    # regions without a principal city → the state
    ("SoCal", CALIFORNIA),
    ("NorCal", CALIFORNIA),
    ("Southern California", CALIFORNIA),
    # elsewhere
    ("KL", ("Kuala Lumpur", None, "MY")),
    ("MTL", ("Montréal", "QC", "CA")),
    ("Calcutta", ("Kolkata", None, "IN")),
    ("Delhi NCR", ("New Delhi", None, "IN")),
    ("Hong Kong SAR", ("Hong Kong", None, "HK")),
    # with context the real place wins over the nickname
    ("Nola, Central African Republic", ("Nola", None, "CF")),
    ("Bay, Philippines", ("Bay", None, "PH")),
    # a state code after a town stays a state (recorded rows)
    ("New Orleans, LA", NOLA),
    ("Baton Rouge, LA", ("Baton Rouge", "LA", "US")),
    ("Broussard, LA", ("Broussard", "LA", "US")),
    ("Blue Bell, PA", ("Blue Bell", "PA", "US")),
    ("Ladson, SC", ("Ladson", "SC", "US")),
    ("Malibu, CA", ("Malibu", "CA", "US")),
    ("Belgrade, MT", ("Belgrade", "MT", "US")),
    ("Hebron, KY", ("Hebron", "KY", "US")),
    ("Cascades, VA", ("Cascades", "VA", "US")),
    ("Norfolk, VA", ("Norfolk", "VA", "US")),
    ("King of Prussia, PA", ("King of Prussia", "PA", "US")),
    ("Plymouth, MI", ("Plymouth", "MI", "US")),
    ("Buda, TX", ("Buda", "TX", "US")),
    ("Stirling, NJ", ("Stirling", "NJ", "US")),
    ("Buda, TX, USA", ("Buda", "TX", "US")),
    ("Texas, TX", ("Texas", "TX", "US")),
    ("Lebanon, PA", ("Lebanon", "PA", "US")),  # posting reader: the country Lebanon
    ("Georgia, US", ("Georgia", "GA", "US")),
    ("Singapore, Singapore", ("Singapore", None, "SG")),
    # …unless the city lies in the country the code also names, or in a province of that code
    ("Munich, DE", ("Munich", None, "DE")),  # recorded
    ("Lisbon, PT", ("Lisbon", None, "PT")),  # recorded
    ("Berlin, DE", ("Berlin", None, "DE")),
    ("Perth, WA", ("Perth", "WA", "AU")),
    ("Yellowknife, NT", ("Yellowknife", "NT", "CA")),
    ("London, ENG", ("London", "ENG", "GB")),
    # an ISO country code alone stays a country
    ("DE", ("Germany", None, "DE")),
    ("IN", ("India", None, "IN")),
    ("CA", ("Canada", None, "CA")),
    # abbreviations
    ("Mt. Pleasant, SC", ("Mount Pleasant", "SC", "US")),
    ("Mt. Vernon, NY", ("Mount Vernon", "NY", "US")),
    ("St. Paul, MN", ("Saint Paul", "MN", "US")),
    ("Ft. Worth", ("Fort Worth", "TX", "US")),
    ("St Louis", ("St. Louis", "MO", "US")),
    # read right before; kept
    ("NYC", ("New York City", "NY", "US")),
    ("Philly", ("Philadelphia", "PA", "US")),
    ("Vegas", ("Las Vegas", "NV", "US")),
    ("Big Apple", ("New York City", "NY", "US")),
    ("Bombay", ("Mumbai", None, "IN")),
    ("Saigon", ("Ho Chi Minh City", None, "VN")),
    ("Washington, DC", DC),
    ("New York, NY", ("New York City", "NY", "US")),
]


def _triple(p) -> tuple[str | None, str | None, str | None]:
    return (p.name, p.region, p.country)


@pytest.mark.parametrize(("text", "expected"), ONE_PLACE, ids=[t for t, _ in ONE_PLACE])
def test_both_readers_give_the_same_place(text, expected):
    pref = resolve_place(text)
    assert pref is not None, text
    assert _triple(pref) == expected
    assert [_triple(p) for p in posting_places(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("SF / NYC", [SF, ("New York City", "NY", "US")]),
    ("LA or the Bay", [LA, SF]),
    ("Nola; KL", [NOLA, ("Kuala Lumpur", None, "MY")]),
    # recorded (demo feed): a list of countries, not "Argentina" a town of the State of Mexico
    ("USA, Canada, Argentina, Mexico, Peru", [("United States", None, "US"), ("Canada", None, "CA"),
                                              ("Argentina", None, "AR"), ("Mexico", None, "MX"),
                                              ("Peru", None, "PE")]),
])
def test_lists_of_nicknames_read_alike(text, expected):
    assert [_triple(p) for p in parse_place_list(text)[0]] == expected
    assert [_triple(p) for p in posting_places(text)] == expected


def test_nicknames_keep_coordinates_so_the_metro_radius_applies():
    sf = resolve_place("SF")
    assert sf is not None and sf.geonameid is not None and sf.lat is not None
    assert resolve_place("Oakland, CA") is not None
    from careercopilot.normalize.places import place_within

    assert place_within(resolve_place("Oakland, CA"), sf)  # 13 km from San Francisco
    assert place_within(resolve_place("San Diego, CA"), resolve_place("SoCal"))
    assert not place_within(resolve_place("Reno, NV"), resolve_place("NorCal"))


@pytest.mark.parametrize("text", ["NoVA", "Northern Virginia"])
def test_nova_is_a_part_of_virginia_in_preferences_and_its_principal_city_in_postings(text):
    """A preference's "NoVA" is the Northern Virginia part of the state (``place_parts``, prefs65:
    as Arlington and 50 km it admitted Washington, DC); a posting's place is one point, Arlington
    (OMB Bulletin 23-01), which lies in that part."""
    pref = resolve_place(text)
    assert (pref.kind, pref.name, pref.region) == ("group", "Northern Virginia", "VA")
    posted = posting_places(text)
    assert [_triple(p) for p in posted] == [("Arlington", "VA", "US")]
    from careercopilot.normalize.places import place_within

    assert place_within(posted[0], pref)
