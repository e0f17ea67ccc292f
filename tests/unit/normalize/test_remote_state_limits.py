"""A remote posting limited to (or excluding) states and provinces, written the many ways postings write it,
is read into its allowed regions and checked against where the person lives (``normalize.residency``,
``place_verdicts.location_verdict``).

Trial 105: "Remote in ID, OR, WA, UT" (a Cambia Health posting, LinkedIn demo feed) passed the location check
for a seeker in Cranston, RI: "Remote posting open to US, which includes Cranston, RI". Variants: lists after
"Remote" (codes, full names, provinces, "the following states:", "Eligible states:"), residency sentences, and
exclusions ("US Remote excluding CA, NY", "(Excluding: CA, CT, …)" — a real issue-11 posting — "except Hawaii
and Alaska", "not available in California or New York"), each for a home inside and one outside. On the old
code 14 of the 30 rows failed — every row whose home lies outside the limit but "must reside in TX, OK or LA"
(the residency sentences the reader knew); the rows whose home is admitted passed by "open to US"."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from careercopilot.normalize.places import location_verdict, parse_place_list
from careercopilot.normalize.posting import normalize_posting

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)

# (location field, first description line, home, admitted?)
ROWS = [
    ("Renton, WA", "Remote in ID, OR, WA, UT", "Cranston, RI", False),                       # the trial
    ("Renton, WA", "Remote in ID, OR, WA, UT", "Boise, ID", True),
    ("Remote", "Remote (CA, OR, WA only)", "Providence, RI", False),
    ("Remote", "Remote (CA, OR, WA only)", "Portland, OR", True),
    ("United States", "Remote - must reside in TX, OK or LA", "Denver, CO", False),
    ("United States", "Remote - must reside in TX, OK or LA", "Tulsa, OK", True),
    ("Remote", "Remote in the following states: AZ, CO, FL, GA", "Cranston, RI", False),
    ("Remote", "Remote in the following states: AZ, CO, FL, GA", "Atlanta, GA", True),
    ("Remote", "Remote: AZ/NV/UT", "Cranston, RI", False),
    ("Remote", "Remote: AZ/NV/UT", "Reno, NV", True),
    ("United States", "Remote in Idaho, Oregon, Washington or Utah", "Cranston, RI", False),
    ("United States", "Remote in Idaho, Oregon, Washington or Utah", "Salt Lake City, UT", True),
    ("Remote", "Remote - open to candidates in Massachusetts, New Hampshire and Maine", "Cranston, RI", False),
    ("Remote", "Remote - open to candidates in Massachusetts, New Hampshire and Maine", "Boston, MA", True),
    ("Remote", "Remote position – we can hire in the following states: Florida, Georgia, Alabama.", "Cranston, RI", False),
    ("Remote", "Remote position – we can hire in the following states: Florida, Georgia, Alabama.", "Savannah, GA", True),
    ("Remote", "Remote (Eligible states: NC, SC, VA)", "Cranston, RI", False),
    ("Remote", "Remote (Eligible states: NC, SC, VA)", "Raleigh, NC", True),
    ("Canada", "Remote (Ontario, British Columbia)", "Calgary, AB", False),
    ("Canada", "Remote (Ontario, British Columbia)", "Toronto, ON", True),
    ("Canada", "This role is remote; candidates must be located in AB, BC, or ON", "Halifax, NS", False),
    ("Canada", "This role is remote; candidates must be located in AB, BC, or ON", "Vancouver, BC", True),
    ("US Remote excluding CA, NY", "Great team.", "Los Angeles, CA", False),
    ("US Remote excluding CA, NY", "Great team.", "Cranston, RI", True),
    ("Remote", "Location: Remote (Excluding: CA, CT, MD, MA, NY, OR, WI, CO, DC, PA, MN)", "Boston, MA", False),
    ("Remote", "Location: Remote (Excluding: CA, CT, MD, MA, NY, OR, WI, CO, DC, PA, MN)", "Cranston, RI", True),
    ("United States", "Remote, US (except Hawaii and Alaska)", "Honolulu, HI", False),
    ("United States", "Remote, US (except Hawaii and Alaska)", "Cranston, RI", True),
    ("United States", "Remote (US) – not available in California or New York", "Albany, NY", False),
    ("United States", "Remote (US) – not available in California or New York", "Cranston, RI", True),
]


def _verdict(location: str, line: str, home: str):
    n = normalize_posting(source="x", ats_id="1", url="https://x/1", title="Clinical Pharmacist Consultant", company="C",
                          location=location, work_mode_hint="remote", description_text=f"{line}\n\nPrimary Job Purpose\n"
                          "Provides clinical pharmacy expertise.", now=NOW)
    wanted = [p.model_dump() for p in parse_place_list([home, "Remote"])[0]]
    return location_verdict(wanted, places=[], work_mode=n.location.work_mode,
                            allowed_regions=n.location.allowed_regions, country=n.location.country), n


@pytest.mark.parametrize(("location", "line", "home", "admitted"), ROWS)
def test_a_remote_posting_limited_to_states_admits_only_those(location, line, home, admitted):
    (ok, why), n = _verdict(location, line, home)
    assert ok is admitted, (why, n.location.allowed_regions)


def test_the_reason_names_the_states_and_the_exclusions():
    (ok, why), _ = _verdict("Renton, WA", "Remote in ID, OR, WA, UT", "Cranston, RI")
    assert ok is False and "US-ID" in why and "Cranston" in why
    (ok, why), _ = _verdict("US Remote excluding CA, NY", "", "Los Angeles, CA")
    assert ok is False and "excluding US-CA, US-NY" in why


@pytest.mark.parametrize("line", ["Fully remote role. We are remote in nature and love flexibility.",
                                  "Remote from home, anywhere in the US.", "Remote for now; hybrid later.",
                                  "All staff except interns work remote.", "Remote in Denver, CO area preferred"])
def test_words_after_remote_that_name_no_state_limit_nothing(line):
    (ok, why), n = _verdict("United States", line, "Cranston, RI")
    assert ok is True and not any(t != "US" for t in n.location.allowed_regions), (why, n.location.allowed_regions)


def test_the_country_filter_ignores_exclusions():
    from careercopilot.models import JobPosting
    from careercopilot.services.matching.candidates import posting_countries

    p = JobPosting(id=1, source_type="x", ats_id="1", url="u", title="t", company="c", company_key="c", dedupe_key="k",
                   work_mode="remote", country="US", allowed_regions=["US", "!US-CA"])
    assert posting_countries(p) == "US"


# A list naming a multi-country area beside countries narrows nothing (session 29: "Remote - LATAM, Canada, USA"
# was read as Canada and the US only and dropped Brazil from a LATAM posting — test_quality_flags' browse filter).
@pytest.mark.parametrize("line", ["Remote - LATAM, Canada, USA", "Remote - EMEA, UK", "Remote (APAC, Australia)",
                                  "Candidates must reside in the EU or UK", "Remote: Europe, Canada"])
def test_a_list_with_a_multi_country_area_is_no_limit(line):
    from careercopilot.normalize.residency import residency_limits

    assert residency_limits(line) == []
