"""Two-letter job acronyms in a search are no country codes; a home state's code beats a country's
(trial144 finding 1, session 32).

Old code (63bebf9): 27 of the 34 rows of :data:`VARIANTS` failed — "HR Generalist" searched
"Generalist" in Croatia (every HR search of a newcomer listed nothing, and her saved "HR coordinator"
alert could never fire), "IT support" in Italy, "QA" in Qatar, "PM" in Saint Pierre and Miquelon,
"AI engineer" in Anguilla; "nurse CA" from a US searcher was Canada, "nurse in PA" Panama and "analyst
in GA" the country Georgia.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.query_places import split_place_query

#: (query, home country, text searched, place as (kind, region or country code) or None)
VARIANTS = [
    ("HR", "US", "HR", None),
    ("HR Generalist", "US", "HR Generalist", None),
    ("HR coordinator", None, "HR coordinator", None),
    ("IT support", "US", "IT support", None),
    ("IT", None, "IT", None),
    ("jobs in IT", "US", "jobs in IT", None),
    ("accountant in HR", None, "accountant in HR", None),
    ("PR manager", "US", "PR manager", None),
    ("QA", "DE", "QA", None),
    ("QA engineer", "GB", "QA engineer", None),
    ("BA", None, "BA", None),
    ("PM remote", "US", "PM", None),
    ("AI engineer", "US", "AI engineer", None),
    ("BI developer", "US", "BI developer", None),
    ("ML engineer", "IN", "ML engineer", None),
    ("ER nurse", "US", "ER nurse", None),
    ("SE", None, "SE", None),
    ("AE", "US", "AE", None),
    ("DO", "US", "DO", None),
    ("CM", None, "CM", None),
    ("GM", "US", "GM", None),
    ("AR specialist", "US", "AR specialist", None),
    ("nurse CA", "US", "nurse", ("region", "CA")),
    ("nurse in CA", "US", "nurse", ("region", "CA")),
    ("analyst in GA", "US", "analyst", ("region", "GA")),
    ("jobs in PR", "US", "jobs", ("region", "PR")),
    ("nurse in PA", "US", "nurse", ("region", "PA")),
    # what held before and must still hold
    ("nurse CA", "CA", "nurse", ("country", "CA")),
    ("nurse PA", "US", "nurse PA", None),
    ("nurse OH", "US", "nurse", ("region", "OH")),
    ("engineer UK", None, "engineer", ("country", "GB")),
    ("developer NZ", "US", "developer", ("country", "NZ")),
    ("engineer in DE", "DE", "engineer", ("country", "DE")),
    ("hr", "US", "hr", None),
]


@pytest.mark.parametrize("query,home,text,place", VARIANTS, ids=[f"{q}|{h}" for q, h, _t, _p in VARIANTS])
def test_job_acronyms_and_home_codes(query, home, text, place):
    read = split_place_query(query, home_country=home)
    assert read.text == text
    if place is None:
        assert read.place is None
    else:
        kind, code = place
        assert read.place is not None and read.place.kind == kind
        assert (read.place.region if kind == "region" else read.place.country) == code
