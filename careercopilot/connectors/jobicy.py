"""Jobicy API connector.

Endpoint (Jobicy "Remote Jobs API" docs, jobi.cy/apidocs): ``GET {base}/api/v2/remote-jobs?count=&tag=``
→ ``{jobCount, jobs: [...]}`` (no paging, max 100). All remote; ``jobGeo`` is the applicant
region list ("LATAM,  Canada,  USA" or "Anywhere"); pay is ``salaryMin``/``salaryMax`` with
``salaryCurrency``/``salaryPeriod`` when stated.
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
    list_at,
    load_json,
    nonzero_salary,
    split_list,
)


class JobicySource(JobSource):
    """Jobicy feed (key-free)."""

    key = "jobicy"
    label = "Jobicy"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://jobicy.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET (``count`` ≤ 100, ``tag`` from keywords)."""
        params: dict[str, Any] = {"count": min(query.limit or 100, 100)}
        if query.keywords:
            params["tag"] = " ".join(query.keywords)
        yield self.fetcher.get_json(f"{self.base_url}/api/v2/remote-jobs", params=params)

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` (see module doc)."""
        data = load_json(payload, what="Jobicy feed")
        if isinstance(data, dict) and "jobs" not in data and data.get("jobCount") == 0:
            return []
        jobs = list_at(data, "jobs", what="Jobicy feed")

        def one(j: dict[str, Any]) -> RawPosting:
            geo = clean(j.get("jobGeo"))
            regions = split_list(geo)
            return self.posting(
                ats_id=j["id"],
                url=j["url"],
                title=j["jobTitle"],
                company=first(j.get("companyName"), company),
                location=geo,
                work_mode_hint="remote",
                allowed_regions_hint=regions or None,
                description_html=j.get("jobDescription"),
                description_text=clean(j.get("jobExcerpt")) if not j.get("jobDescription") else None,
                posted_at=j.get("pubDate"),
                salary=nonzero_salary(min=j.get("salaryMin"), max=j.get("salaryMax"), currency=j.get("salaryCurrency"), period=j.get("salaryPeriod")),
                salary_currency_hint=clean(j.get("salaryCurrency")),
                employment_type=clean(", ".join(split_list(j.get("jobType")))),
                department=clean(first(*split_list(j.get("jobIndustry")))),
                tags=[x for x in [*split_list(j.get("jobIndustry")), clean(j.get("jobLevel"))] if x and x != "Any"],
                raw=j,
            )

        return self.map_records(jobs, one)
