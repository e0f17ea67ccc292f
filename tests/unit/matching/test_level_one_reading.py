"""The score's level factor and the seniority check read the posting's level once (trial 41, finding 4d).

A "Bookkeeper" posting got "× 0.85 a mid-level role" while its own seniority check said "The
title states no seniority level": the factor read the level from the description
(``level_reading.infer_posting_level``), the check from the title alone. Now both show
``signals.posting_level_reading`` — the level and where it was read. Table: real posting
titles with the description lines that decide their level; on the old code all 7 of the 7
postings without level words in the title showed a check that disagreed with the factor (or
with the level the factor read), and a wanted level read from the description was never met; the titled one agreed.
"""

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.services import matching

ROWS = [
    # (title, description, level read, where it was read)
    ("Bookkeeper", "Requires 2+ years of bookkeeping experience in QuickBooks.", "mid", "2+ years"),
    ("Full-Charge Bookkeeper", "5+ years of experience as a full-charge bookkeeper.", "mid", "5+ years"),
    ("Staff Accountant", "Minimum 7 years of accounting experience.", "senior", "7+ years"),
    ("Accounts Payable Clerk", "This is an entry-level position; we will train.", "entry", "entry level"),
    ("Administrative Assistant", "Answer phones and keep the calendar.", "entry", "assistant"),
    ("Electrician", "Wire new homes.", "mid", "journeyman"),
    ("Bookkeeper", "Keep the books of a family business.", "mid", "no level stated"),
    ("Senior Bookkeeper", "Keep the books of a family business.", "senior", None),
]


def _profile(seniority: str, level: str) -> matching.Profile:
    return matching.Profile(text="Bookkeeper.", skills=[], chunk_vectors=np.zeros((0, 384), dtype=np.float32),
                            doc_vector=np.zeros(384, dtype=np.float32), seniority=seniority, level=level)


def _posting(title: str, description: str) -> JobPosting:
    return JobPosting(id=1, source_type="x", ats_id=title, url="https://x.example/1", title=title, company="Acme",
                      company_key="acme", dedupe_key=title + description, description_text=description,
                      content_hash=title + description, location_text="")


@pytest.mark.parametrize(("title", "description", "level", "source"), ROWS)
def test_the_factor_and_the_check_say_the_same_level(title, description, level, source):
    e = matching.score_posting(_profile("lead", "lead"), _posting(title, description), None)
    check = next(c for c in e.checks if c.name == "seniority")
    factor = next((f for f in e.penalty_factors if f.name == "level"), None)
    assert check.ok is False
    assert f"{level}-level" in check.reason.lower()
    if source is None:  # read from the title's own words
        assert check.reason.startswith(f"{level.capitalize()}-level role")
    else:
        assert check.reason.lower().startswith("no level") and source in check.reason.lower()
    if factor is not None:
        assert f"a {level}-level role" in factor.reason
        if source is not None:
            assert source in factor.reason.lower()


def test_a_wanted_level_read_from_the_description_meets_the_check():
    e = matching.score_posting(_profile("senior", "senior"),
                               _posting("Staff Accountant", "Minimum 7 years of accounting experience."), None)
    check = next(c for c in e.checks if c.name == "seniority")
    assert check.ok is True and "as you want" in check.reason
    assert not [f for f in e.penalty_factors if f.name == "level"]
