"""Place suggestions while typing (issue 10 trial finding: "Greater Bost" suggested nothing)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.places import place_label, search_places
from careercopilot.services.preferences import place_suggestions


@pytest.mark.parametrize(("typed", "expected"), [
    # partial last word of a multi-word / metro name
    ("Greater Bost", "Boston, MA, US"),
    ("greater boston", "Boston, MA, US"),
    ("Greater Boston Area", "Boston, MA, US"),
    ("san fran", "San Francisco, CA, US"),
    ("Rio de Jan", "Rio de Janeiro, BR"),
    ("Frankfurt am", "Frankfurt am Main, DE"),
    ("Fort Wor", "Fort Worth, TX, US"),
    ("Los Ang", "Los Angeles, CA, US"),
    # metro aliases by prefix
    ("Bay Ar", "San Francisco, CA, US"),
    ("Twin Cit", "Minneapolis, MN, US"),
    # diacritics and case
    ("Zuri", "Zürich, CH"),
    ("zürich", "Zürich, CH"),
    ("ZURICH", "Zürich, CH"),
    ("Sao Pau", "São Paulo, BR"),
    # abbreviations either way
    ("St. Lou", "St. Louis, MO, US"),
    ("Saint Lou", "St. Louis, MO, US"),
    ("st lou", "St. Louis, MO, US"),
    ("ST. LOUIS", "St. Louis, MO, US"),
    ("Ft Wor", "Fort Worth, TX, US"),
    # extra spaces
    ("  new   yor ", "New York City, NY, US"),
    ("Greater   Bost", "Boston, MA, US"),
    # a later word of a name
    ("Worth", "Fort Worth, TX, US"),
])
def test_word_prefixes_suggest_the_place(typed, expected):
    labels = [place_label(p) for p in search_places(typed, limit=8)]
    assert expected in labels, labels


@pytest.mark.parametrize(("typed", "first"), [
    ("Greater Bost", "Boston, MA, US"),
    ("St. Lou", "St. Louis, MO, US"),
    ("san fran", "San Francisco, CA, US"),
    ("Tor", "Toronto, ON, CA"),
    ("Ger", "Germany"),
    ("Remo", "Remote"),
    ("boston, m", "Boston, MA, US"),
])
def test_most_likely_place_comes_first(typed, first):
    assert place_label(search_places(typed, limit=8)[0]) == first


def test_a_partial_abbreviation_still_begins_other_names():
    labels = [place_label(p) for p in search_places("St", limit=10)]
    assert "Stockholm, SE" in labels or "Stuttgart, DE" in labels, labels


@pytest.mark.parametrize("typed", ["", "x", " ", "zzqx"])
def test_nothing_for_too_short_or_unknown(typed):
    assert search_places(typed) == []


def test_the_picker_service_returns_labels():
    got = place_suggestions("Greater Bost")
    assert got[0]["label"] == "Boston, MA, US" and got[0]["kind"] == "city"
