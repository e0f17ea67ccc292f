"""Himalayas jobs API connector.

Endpoint (Himalayas "Remote Jobs API" docs): ``GET {base}/jobs/api?limit=`` →
``{offset, limit, totalCount, nextCursor, jobs: [...]}``. Paging follows ``nextCursor``
(``?cursor=``; the feed's own notice of 21/08/2026 deprecates ``offset``), falling back to
``offset`` when a response has no cursor. All postings are remote; ``locationRestrictions`` lists the countries
applicants must live in; pay is ``minSalary``/``maxSalary`` with ``salaryPeriod`` and
``currency``; ``pubDate`` is Unix seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    dig,
    first,
    list_at,
    load_json,
    nonzero_salary,
    split_list,
)


class HimalayasSource(JobSource):
    """Himalayas feed (key-free)."""

    key = "himalayas"
    label = "Himalayas"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://himalayas.app"
    default_page_size = 20

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Cursor pages (offset fallback) until an empty/short page or ``totalCount``."""
        url = f"{self.base_url}/jobs/api"
        params: dict[str, Any] = {"limit": self.page_size}
        offset = 0
        for _ in range(self.max_pages):
            payload = self.fetcher.get_json(url, params=params)
            yield payload
            jobs = dig(payload, "jobs")
            count = len(jobs) if isinstance(jobs, list) else 0
            offset += count
            total = dig(payload, "totalCount")
            if count < self.page_size or (isinstance(total, int) and offset >= total):
                return
            cursor = clean(dig(payload, "nextCursor"))
            params = {"limit": self.page_size, "cursor": cursor} if cursor else {"limit": self.page_size, "offset": offset}

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` (see module doc)."""
        jobs = list_at(load_json(payload, what="Himalayas feed"), "jobs", what="Himalayas feed")

        def one(j: dict[str, Any]) -> RawPosting:
            regions = split_list(j.get("locationRestrictions"))
            return self.posting(
                ats_id=first(j.get("guid"), j.get("applicationLink")),
                url=first(j.get("applicationLink"), j.get("guid")),
                apply_url=j.get("applicationLink"),
                title=j["title"],
                company=first(j.get("companyName"), company),
                location=regions or None,
                work_mode_hint="remote",
                allowed_regions_hint=regions or None,
                description_html=j.get("description"),
                description_text=clean(j.get("excerpt")) if not j.get("description") else None,
                posted_at=j.get("pubDate"),
                salary=nonzero_salary(min=j.get("minSalary"), max=j.get("maxSalary"), period=j.get("salaryPeriod"), currency=j.get("currency")),
                salary_currency_hint=clean(j.get("currency")),
                employment_type=clean(j.get("employmentType")),
                department=clean(first(*(j.get("parentCategories") or []))),
                tags=[*split_list(j.get("categories")), *split_list(j.get("seniority"))],
                raw=j,
            )

        return self.map_records(jobs, one)
