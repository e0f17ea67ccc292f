"""The nickname tables of ``normalize.place_names`` are data: every entry must name a real
GeoNames city (or ISO 3166-2 subdivision) and read alike through both place readers."""

from __future__ import annotations

import pytest

from careercopilot.normalize.metros import METRO_ALIASES
from careercopilot.normalize.place_names import (
    CITY_NICKNAMES,
    REGION_NICKNAMES,
    canon_key,
)
from careercopilot.normalize.places import _city_candidates, posting_places, resolve_place


@pytest.mark.parametrize(("key", "target"), sorted(CITY_NICKNAMES.items()))
def test_every_city_nickname_names_a_geonames_city(key, target):
    name, region, country = target
    found = _city_candidates(name, country=country, region=region, primary_only=True)
    assert found, target
    assert METRO_ALIASES[key] == target
    place = resolve_place(key)
    from careercopilot.normalize.place_parts import part_key

    if part_key(key):  # "NoVA": a part of a state in preferences (place_parts); a posting's point lies in it
        from careercopilot.normalize.places import place_within

        assert place is not None and place.kind == "group" and place.region == region
        assert [(p.name, p.region) for p in posting_places(key)] == [(found[0].name, region)]
        assert place_within(posting_places(key)[0], place)
        return
    assert place is not None and (place.name, place.region, place.country) == (found[0].name, region, country)
    assert posting_places(key) == [place]


@pytest.mark.parametrize(("key", "target"), sorted(REGION_NICKNAMES.items()))
def test_every_region_nickname_names_a_subdivision(key, target):
    place = resolve_place(key)
    assert place is not None and place.kind == "region" and (place.country, place.region) == target
    assert posting_places(key) == [place]


@pytest.mark.parametrize(("key", "canon"), [
    ("mt vernon", "mount vernon"), ("st louis", "saint louis"), ("ft worth", "fort worth"),
    ("ste foy", "sainte foy"), ("denver", "denver"),
    ("stockholm", "stockholm"), ("east st louis", "east saint louis"),
])
def test_canon_key_spells_out_abbreviations(key, canon):
    assert canon_key(key) == canon
