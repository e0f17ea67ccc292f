"""The country filter reads every place of a posting (issue 11, observation 9): multi-country
postings and remote postings open to "LATAM, Canada, USA" are found by each country."""

from __future__ import annotations

import numpy as np

from careercopilot.integrations import vectors
from careercopilot.integrations.vector_cache import COLUMNS
from careercopilot.models import JobPosting
from careercopilot.normalize.location import parse_location
from careercopilot.normalize.places import posting_places
from careercopilot.services.matching.candidates import posting_countries


def _posting(location, mode=None) -> JobPosting:
    loc = parse_location(location)
    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x/1", title="T", company="A", company_key="a",
                      dedupe_key="k", content_hash="h", country=loc.country, work_mode=mode or loc.work_mode,
                      allowed_regions=list(loc.allowed_regions),
                      places=[p.model_dump() for p in posting_places(location, loc)])


def test_posting_countries_lists_every_place_and_remote_limit():
    assert posting_countries(_posting(["Toronto, ON", "Denver, CO"])) == "CA|US"
    assert posting_countries(_posting("Remote - LATAM, Canada, USA")) == "CA|LATAM|US"
    assert posting_countries(_posting("Remote - Colorado")) == "US"
    assert posting_countries(_posting("Berlin, Germany")) == "DE"


def test_vector_mask_country_filter_reads_every_country():
    keys = {"CA|US": 0, "CA|LATAM|US": 1, "DE": 2, "US": 3}
    c = type("C", (), {})()
    c.countries = keys
    assert sorted(vectors.country_codes(keys, "CA")) == [0, 1]
    assert sorted(vectors.country_codes(keys, "BR")) == [1]          # LATAM admits Brazil
    assert sorted(vectors.country_codes(keys, "US")) == [0, 1, 3]
    assert vectors.country_codes(keys, "FR") == []
    assert "country" in COLUMNS and np.isin(np.array([0, 2]), vectors.country_codes(keys, "CA")).tolist() == [True,
                                                                                                              False]
