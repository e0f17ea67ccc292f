"""A posting's sentences are not cut inside a CamelCase product name (``normalize.skills.job_sentences``).

The glued-sentence rule (a capital after a lower-case letter starts a sentence: stripped markup joins
"teamQualifications:") cut "Knowledge of QuickBooks Online" into "Knowledge of Quick" / "Books Online", and
the posting asked for no QuickBooks (session-23 tailoring helper's finding). The product names below are
real ones as postings write them, each followed by a capitalized word, which is what triggered the cut;
all 8 rows of ``KEPT_WHOLE`` failed on the old code. The glued headings of ``STILL_SPLIT`` must keep
splitting (they passed before and must pass after)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.skills import extract_posting_skills, job_sentences

KEPT_WHOLE = [
    "Knowledge of QuickBooks Online required.",
    "Experience with ServiceNow ITSM workflows.",
    "Maintain the HubSpot CRM and email lists.",
    "Build SolidWorks Simulation studies for fixtures.",
    "Automate builds with GitHub Actions.",
    "Run the month-end close in NetSuite ERP.",
    "Administer SharePoint Online sites for the department.",
    "Source candidates in LinkedIn Recruiter.",
]

STILL_SPLIT = [
    ("Great teamQualifications: Excel", ["Great team", "Qualifications: Excel"]),
    ("Skills NeededRequirements: Excel", ["Skills Needed", "Requirements: Excel"]),
    ("Strong communication skills.Qualifications: Excel", ["Strong communication skills.", "Qualifications: Excel"]),
    ("Answer phones and greet visitorsAbout Us We are", ["Answer phones and greet visitors"]),  # the blurb is dropped
]


@pytest.mark.parametrize("sentence", KEPT_WHOLE)
def test_a_camelcase_product_name_is_not_cut(sentence):
    assert job_sentences(sentence) == [sentence]


@pytest.mark.parametrize("text,expected", STILL_SPLIT)
def test_glued_sentences_and_headings_still_split(text, expected):
    assert job_sentences(text) == expected


def test_the_posting_asks_for_quickbooks():
    assert "QuickBooks" in extract_posting_skills("Requirements: Knowledge of QuickBooks Online required.").required
