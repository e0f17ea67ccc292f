"""Places sent by the browser are rebuilt from the server's gazetteer (issue 11, attack102 item 1).

``PreferencesState.add_place(data)`` and ``resolve_locations(places=…)`` used to keep whatever
place JSON arrived (``Place.model_validate`` only checks types): a 1 MB name, radius 1e300 or
negative, NaN coordinates, a group nested 16 deep (65,536 members; one user's rescore took
230 s). Old code: 19 of the 20 hostile rows below were accepted (only the unknown kind was
refused), and none of the 4 forged-identity rows was corrected (the fifth FORGED row, a city
stored without its id, was kept as it was and is now the GeoNames city).
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from careercopilot.normalize.place_groups import GROUPS, group_place
from careercopilot.normalize.place_parts import PARTS, part_place
from careercopilot.normalize.place_phrases import read_places
from careercopilot.normalize.place_trust import MAX_RADIUS_KM, UntrustedPlace, trusted_place, trusted_place_json
from careercopilot.normalize.places import resolve_place
from careercopilot.services.preferences import PreferenceError, resolve_locations
from careercopilot.state import preferences as prefs_state

BERLIN = resolve_place("Berlin").model_dump()


def _nested(depth: int) -> dict:
    p = dict(BERLIN)
    for _ in range(depth):
        p = {"kind": "group", "name": "G", "members": [p, p]}
    return p


#: (case, sent place, words of the message). Every one must be refused.
HOSTILE = [
    ("huge name", {"kind": "city", "name": "X" * 1_000_000, "country": "DE"}, "pick it again"),
    ("300-digit label", {"kind": "city", "name": "9" * 300, "country": "DE"}, "pick it again"),
    ("radius 1e300", {**BERLIN, "radius_km": 1e300}, "at most 1000 km"),
    ("negative radius", {**BERLIN, "radius_km": -5}, "more than 0"),
    ("zero radius", {**BERLIN, "radius_km": 0}, "more than 0"),
    ("radius infinity", {**BERLIN, "radius_km": float("inf")}, "not a finite number"),
    ("radius NaN", {**BERLIN, "radius_km": float("nan")}, "not a finite number"),
    ("NaN latitude", {**BERLIN, "lat": float("nan")}, "not a finite number"),
    ("infinite longitude", {**BERLIN, "lon": float("-inf")}, "not a finite number"),
    ("unknown geonameid", {**BERLIN, "geonameid": 999_999_999}, "No city with GeoNames id"),
    ("geonameid as text", {**BERLIN, "geonameid": "2950159"}, "not a number"),
    ("markup country", {"kind": "country", "name": "Nowhere", "country": "<script>"}, "No country"),
    ("unknown region", {"kind": "region", "name": "Atlantis", "region": "ZZ", "country": "US"}, "No state"),
    ("unknown area", {"kind": "area", "name": "MARS"}, "No area"),
    ("offsets out of range", {"kind": "remote", "name": "Remote", "utc_offsets": [100, -100]}, "time-zone window"),
    ("offsets NaN", {"kind": "remote", "name": "Remote", "utc_offsets": [float("nan"), 1]}, "not a finite number"),
    ("nested group", _nested(16), "No region"),
    ("radius on a country", {"kind": "country", "name": "Germany", "country": "DE", "radius_km": 30}, "Only a city"),
    ("bad mode", {**BERLIN, "modes": ["onsite", "<b>moon</b>"]}, "work modes"),
    ("unknown kind", {"kind": "planet", "name": "Mars"}, "could not be read"),
]

#: (case, sent place, the place the server keeps): identity kept, everything else its own.
FORGED = [
    ("city label rewritten", {**BERLIN, "name": "\u202eBerlin\u202c" + "9" * 50, "lat": 0.0, "lon": 0.0, "country": "FR"},
     BERLIN),
    ("country name rewritten", {"kind": "country", "name": "X" * 90, "country": "DE"},
     resolve_place("Germany").model_dump()),
    ("group members replaced", {**group_place("New England").model_dump(), "members": [BERLIN] * 2},
     group_place("New England").model_dump()),
    ("a city stored without its GeoNames id", {"kind": "city", "name": "Columbus", "region": "OH", "country": "US"},
     resolve_place("Columbus, OH").model_dump()),
    ("remote with a junk name", {"kind": "remote", "name": "Remote\u202e" * 20}, resolve_place("Remote").model_dump()),
]


@pytest.mark.parametrize("case,raw,words", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_place_is_refused_with_a_message(case, raw, words):
    with pytest.raises(UntrustedPlace, match=words):
        trusted_place(raw)
    with pytest.raises(PreferenceError):
        resolve_locations(places=[raw])


@pytest.mark.parametrize("case,raw,kept", FORGED, ids=[f[0] for f in FORGED])
def test_a_place_is_rebuilt_from_its_identity(case, raw, kept):
    assert trusted_place(raw).model_dump() == kept
    assert resolve_locations(places=[raw]) == [kept]


def _server_places():
    out = [group_place(g) for g in GROUPS] + [part_place(k) for k in PARTS]
    for text in ("Denver, CO", "Ontario", "Germany", "Remote", "EU", "EMEA", "Blue Bell, PA", "SoCal",
                 "within 30 miles of Dayton, OH", "Columbus OH (onsite/hybrid)", "remote, Eastern or Central time",
                 "CET ±2 remote", "Tri-Cities, WA", "Tri-Cities, TN", "Upstate NY", "Munich, DE", "Île-de-France"):
        out += read_places(text).places
    return [p for p in out if p is not None]


def test_every_place_the_server_makes_is_kept_unchanged():
    places = _server_places()
    assert len(places) > 50
    for p in places:
        assert trusted_place_json(json.dumps(p.model_dump())) == p, p.label


def test_a_stated_radius_and_modes_are_kept_within_bounds():
    kept = trusted_place({**BERLIN, "radius_km": MAX_RADIUS_KM, "modes": ["hybrid", "hybrid", "onsite"]})
    assert kept.radius_km == MAX_RADIUS_KM and kept.modes == ("hybrid", "onsite")


def test_too_many_places_are_refused_before_any_is_read():
    def endless():
        while True:
            yield BERLIN

    with pytest.raises(PreferenceError, match="at most 20"):
        resolve_locations(places=endless())


def test_oversized_json_is_refused_unread():
    with pytest.raises(UntrustedPlace):
        trusted_place_json(json.dumps({**BERLIN, "pad": "x" * 30_000}))
    with pytest.raises(UntrustedPlace):
        trusted_place_json("[" * 100_000)


def _state(**kw):
    return SimpleNamespace(places=[], suggestions=[], error="", place_query="q", phrase_places=[], phrase_modes=[],
                           phrase_unresolved=[], phrase_note="", **kw)


def test_the_picker_event_keeps_the_servers_chip_not_the_sent_one():
    state = _state()
    forged = {**BERLIN, "name": "\u202e" + "9" * 300, "lat": float("nan")}
    prefs_state.PreferencesState.add_place.fn(state, json.dumps(forged))
    assert state.places == [] and "finite" in state.error
    prefs_state.PreferencesState.add_place.fn(state, json.dumps({**BERLIN, "name": "Paris", "radius_km": 40}))
    assert [c.label for c in state.places] == ["Within 40 km of Berlin, DE"]
    assert json.loads(state.places[0].data)["radius_km"] == 40 and json.loads(state.places[0].data)["name"] == "Berlin"


def test_a_stored_hostile_place_is_dropped_when_matching():
    from careercopilot.services.matching.profile import _wanted_places

    got = _wanted_places({"places": [BERLIN, {**BERLIN, "radius_km": 1e300}, _nested(12)]})
    assert got == [BERLIN]
