"""Landing.jobs API connector.

Endpoint (Landing.jobs public API v1): ``GET {base}/api/v1/jobs?offset=&limit=`` → top-level
array (offset paging, short page = last). No company name in the record: it is taken from
the posting URL (``landing.jobs/at/{company-slug}/...``). Pay is yearly gross
``gross_salary_low``/``gross_salary_high`` in ``currency_code``; ``remote: true`` is explicit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    first,
    html_sections,
    humanize_token,
    list_at,
    load_json,
    nonzero_salary,
)


def _company_from_url(url: str) -> str | None:
    parts = url.split("/")
    return humanize_token(parts[4]) if len(parts) > 4 and parts[3] == "at" else None


class LandingJobsSource(JobSource):
    """Landing.jobs feed (key-free; Europe, mostly Portugal)."""

    key = "landingjobs"
    label = "Landing.jobs"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://landing.jobs"
    default_page_size = 50

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Offset/limit pages until a short page."""
        yield from self.offset_pages(f"{self.base_url}/api/v1/jobs", items_key=None)

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map the top-level array (see module doc)."""
        items = list_at(load_json(payload, what="Landing.jobs page"), None, what="Landing.jobs page")

        def one(j: dict[str, Any]) -> RawPosting:
            places = [", ".join(x for x in (loc.get("city"), loc.get("country_code")) if x) for loc in j.get("locations") or [] if isinstance(loc, dict)]
            places = [p for p in places if p]
            return self.posting(
                ats_id=j["id"],
                url=j["url"],
                title=j["title"],
                company=first(company, _company_from_url(j["url"])),
                location=places if len(places) > 1 else first(*places),
                work_mode_hint="remote" if j.get("remote") is True else None,
                description_html=html_sections(
                    (None, j.get("role_description")),
                    ("Requirements", j.get("main_requirements")),
                    ("Nice to have", j.get("nice_to_have")),
                    ("Perks", j.get("perks")),
                ),
                posted_at=first(j.get("published_at"), j.get("created_at")),
                salary=nonzero_salary(min=j.get("gross_salary_low"), max=j.get("gross_salary_high"), currency=j.get("currency_code"), period="year"),
                salary_currency_hint=clean(j.get("currency_code")),
                employment_type=clean(j.get("type")),
                tags=[t for t in j.get("tags") or [] if isinstance(t, str)],
                raw=j,
            )

        return self.map_records(items, one)
