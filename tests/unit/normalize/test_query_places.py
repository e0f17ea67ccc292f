"""The place a free-text search names (issue 11 trial finding 4: "nurse Ohio" ignored Ohio)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.query_places import split_place_query
from careercopilot.schemas import JobFilters
from careercopilot.services.matching.search import place_query

# query → (text, (kind, name, region, country) or None, work mode)
CASES = [
    # a state, by name or capitalized code, at the end or the start, any case
    ("nurse Ohio", "nurse", ("region", "Ohio", "OH", "US"), None),
    ("nurse ohio", "nurse", ("region", "Ohio", "OH", "US"), None),
    ("Ohio nurse", "nurse", ("region", "Ohio", "OH", "US"), None),
    ("nurse OH", "nurse", ("region", "Ohio", "OH", "US"), None),
    ("nurse in ohio", "nurse", ("region", "Ohio", "OH", "US"), None),
    ("nurse practitioner Texas", "nurse practitioner", ("region", "Texas", "TX", "US"), None),
    ("New York accountant", "accountant", ("region", "New York", "NY", "US"), None),
    ("staff accountant Ontario", "staff accountant", ("region", "Ontario", "ON", "CA"), None),
    # a city: with its state (comma or not), multi-word, metro names, large one-word cities
    ("registered nurse in Columbus, OH", "registered nurse", ("city", "Columbus", "OH", "US"), None),
    ("electrician Columbus OH", "electrician", ("city", "Columbus", "OH", "US"), None),
    ("welder Columbus, Ohio", "welder", ("city", "Columbus", "OH", "US"), None),
    ("accountant New York City", "accountant", ("city", "New York City", "NY", "US"), None),
    ("sales manager NYC", "sales manager", ("city", "New York City", "NY", "US"), None),
    ("RN Bay Area", "RN", ("city", "San Francisco", "CA", "US"), None),
    ("java developer London", "java developer", ("city", "London", "ENG", "GB"), None),
    ("plumber Cleveland", "plumber", ("city", "Cleveland", "OH", "US"), None),
    ("nurse in Dayton, OH", "nurse", ("city", "Dayton", "OH", "US"), None),
    ("developer in Mobile", "developer", ("city", "Mobile", "AL", "US"), None),
    # a country; trailing words the search reads itself
    ("data analyst Germany", "data analyst", ("country", "Germany", None, "DE"), None),
    ("machine learning engineer Berlin visa", "machine learning engineer visa", ("city", "Berlin", None, "DE"), None),
    ("nurse Ohio jobs", "nurse jobs", ("region", "Ohio", "OH", "US"), None),
    # work modes
    ("remote accountant", "accountant", None, "remote"),
    ("accountant remote", "accountant", None, "remote"),
    ("hybrid data analyst Texas", "data analyst", ("region", "Texas", "TX", "US"), "hybrid"),
    ("remote Germany", "remote Germany", ("country", "Germany", None, "DE"), "remote"),
    ("Ohio", "Ohio", ("region", "Ohio", "OH", "US"), None),
    # no place: job words that are also places, codes that are job titles, skills
    ("Mobile developer", "Mobile developer", None, None),
    ("reading teacher", "reading teacher", None, None),
    ("physician assistant PA", "physician assistant PA", None, None),
    ("medical assistant MA", "medical assistant MA", None, None),
    ("nurse Dayton", "nurse Dayton", None, None),  # a small one-word city needs "in"
    ("remote sensing analyst", "remote sensing analyst", None, None),
    ("Go developer", "Go developer", None, None),
    ("lead nurse", "lead nurse", None, None),
    ("customer support", "customer support", None, None),
    ("python developer", "python developer", None, None),
    ("", "", None, None),
]


@pytest.mark.parametrize("query,text,place,mode", CASES, ids=[c[0] or "empty" for c in CASES])
def test_split_place_query_table(query, text, place, mode):
    got = split_place_query(query)
    assert got.text == text
    assert (got.place and (got.place.kind, got.place.name, got.place.region, got.place.country)) == place
    assert got.work_mode == mode


@pytest.mark.parametrize("query,filters,text,country,work_mode,place", [
    ("nurse Ohio", None, "nurse", "US", None, "Ohio"),
    ("nurse Ohio", JobFilters(work_mode="onsite"), "nurse", "US", "onsite", "Ohio"),
    ("remote accountant", JobFilters(work_mode="hybrid"), "accountant", None, "hybrid", None),  # the page's filter wins
    ("nurse Ohio", JobFilters(country="CA"), "nurse", "CA", None, None),  # the page's country wins
    ("data analyst Germany", None, "data analyst", "DE", None, None),  # a country is the country filter
    ("Ohio", None, "Ohio", "US", None, "Ohio"),
    ("python developer", None, "python developer", None, None, None),
])
def test_place_query_sets_filters_the_page_did_not(query, filters, text, country, work_mode, place):
    t, f, p = place_query(query, filters)
    f = f or JobFilters()
    assert (t, f.country, f.work_mode, p.name if p else None) == (text, country, work_mode, place)
