"""Issue 12 (trial126, finding 4): without a named employer, titles and headings say nothing about one —
no "Interview prep — Building Engineer at Employer not named", no saved posting copy headed
"Building Engineer — " with nothing after the dash."""

from __future__ import annotations

import pytest

#: How a posting or an application stores a missing employer (the app's placeholders and the boards').
UNNAMED = ["", "   ", None, "Employer not named", "employer not named", "Confidential", "Company Confidential",
           "Unknown company", "Undisclosed", "N/A"]


@pytest.mark.parametrize("company", UNNAMED)
def test_a_document_title_names_no_missing_employer(company):
    from careercopilot.writing.display import title_at

    for shown in (f"Interview prep — {title_at('Building Engineer', company)}",
                  f"Tailored resume — {title_at('Building Engineer', company)}"):
        assert shown.endswith("— Building Engineer"), shown


@pytest.mark.parametrize("company", UNNAMED)
def test_a_saved_posting_copy_has_no_dangling_dash(company):
    from careercopilot.models import JobPosting
    from careercopilot.services.applications import posting_snapshot_text

    p = JobPosting(title="Building Engineer", company=company or "", url="https://x.example/1", description_text="d")
    head = posting_snapshot_text(p).splitlines()[0]
    assert head == "Building Engineer", head


def test_a_named_employer_is_still_written():
    from careercopilot.models import JobPosting
    from careercopilot.services.applications import posting_snapshot_text
    from careercopilot.services.writing_documents import document_title
    from careercopilot.writing.display import title_at

    assert title_at("Building Engineer", "CBRE") == "Building Engineer at CBRE"
    assert document_title("Building Engineer", "CBRE") == "Building Engineer — CBRE"
    p = JobPosting(title="Building Engineer", company="CBRE", url="https://x.example/1", description_text="d")
    assert posting_snapshot_text(p).startswith("Building Engineer — CBRE\n")
