"""NYC Open Data "Jobs NYC Postings" (dataset ``kpav-sd4t``, City of New York, DCAS).

Live: the Socrata API ``GET {base}/resource/kpav-sd4t.json?$limit=&$offset=`` → a JSON array
of rows with snake_case fields (``job_id``, ``business_title``, ``salary_range_from`` …).
Recorded: the dataset's CSV export rows (headers "Job ID", "Business Title" …) as CSV, JSON
or JSON Lines — :func:`~careercopilot.connectors.datasets.column_key` reads both namings.
The dataset lists the City's open postings on its ``process_date``; every job is in New York
City. ``salary_frequency`` is Annual / Hourly / Daily. The text fields are plain text (the
export still holds cp1252 mojibake such as ``â€¢``; normalization repairs it). License: NYC
public data (Local Law 11 of 2012), no usage restrictions.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import JobSource, RawPosting, SearchQuery, clean
from careercopilot.connectors.datasets import dataset_rows

#: Job page of NYC Jobs (PeopleSoft) by job opening id.
JOB_URL = ("https://a127-jobs.nyc.gov/psc/nycjobs/EMPLOYEE/HRMS/c/HRS_HRAM.HRS_APP_SCHJOB.GBL"
           "?Page=HRS_APP_JBPST&Action=U&FOCUS=Applicant&SiteId=1&JobOpeningId={job_id}&PostingSeq=1")
_SECTIONS = (
    ("Minimum qualifications", "minimum_qual_requirements"),
    ("Preferred skills", "preferred_skills"),
    ("Additional information", "additional_information"),
    ("Hours/shift", "hours_shift"),
    ("Work location", "work_location_1"),
    ("Residency", "residency_requirement"),
    ("To apply", "to_apply"),
)
_EMPLOYMENT = {"F": "Full-time", "P": "Part-time"}


def _paragraphs(text: str | None) -> str:
    """Plain text → escaped HTML paragraphs (runs of 3+ spaces separate paragraphs in the export)."""
    import re

    parts = [p.strip() for p in re.split(r"\n+|\s{3,}", text or "") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in parts)


class NycJobsSource(JobSource):
    """Jobs NYC Postings (key-free open data)."""

    key = "nyc_jobs"
    label = "NYC Jobs (NYC Open Data)"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://data.cityofnewyork.us"
    default_page_size = 1000

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Socrata pages of ``page_size`` rows until a short page (at most ``max_pages``)."""
        for page in range(self.max_pages):
            rows = self.fetcher.get_json(f"{self.base_url}/resource/kpav-sd4t.json",
                                         params={"$limit": self.page_size, "$offset": page * self.page_size,
                                                 "$order": "job_id"})
            yield rows
            if not isinstance(rows, list) or len(rows) < self.page_size:
                return

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map dataset rows (see module doc); rows without a job id or title are skipped."""
        rows = dataset_rows(payload, what="NYC Jobs rows")

        def one(r: dict[str, Any]) -> RawPosting:
            job_id = clean(r.get("job_id"))
            agency = clean(r.get("agency"))
            body = _paragraphs(r.get("job_description")) + "".join(
                f"<h3>{title}</h3>{_paragraphs(r.get(col))}" for title, col in _SECTIONS if clean(r.get(col)))
            freq = clean(r.get("salary_frequency"))
            salary = None
            if clean(r.get("salary_range_from")) or clean(r.get("salary_range_to")):
                salary = {"min": r.get("salary_range_from"), "max": r.get("salary_range_to"), "currency": "USD",
                          "period": freq}
            return self.posting(
                ats_id=job_id,
                url=JOB_URL.format(job_id=job_id) if job_id else "",
                title=r.get("business_title") or r.get("civil_service_title"),
                company=f"NYC {agency.title()}" if agency else first_or(company, "City of New York"),
                location={"address": {"addressLocality": "New York", "addressRegion": "NY", "addressCountry": "US"}},
                description_html=body or None,
                posted_at=r.get("posting_updated") or r.get("posting_date"),
                salary=salary,
                employment_type=_EMPLOYMENT.get((clean(r.get("full_time_part_time_indicator")) or "").upper()),
                department=clean(r.get("division_work_unit")),
                raw=r,
            )

        return self.map_records(rows, one)


def first_or(value: str | None, default: str) -> str:
    """``value`` when non-blank, else ``default``."""
    return clean(value) or default
