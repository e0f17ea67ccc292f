"""Remotive API connector.

Endpoint (Remotive "Remote Jobs API" docs): ``GET {base}/api/remote-jobs?search=&limit=``
→ ``{"jobs": [...]}`` (no paging). All postings are remote; ``candidate_required_location``
is the applicant-location restriction ("USA, Canada"); ``salary`` is free text ("" = none);
``publication_date`` is ISO without zone.
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
    split_list,
)


class RemotiveSource(JobSource):
    """Remotive feed (key-free)."""

    key = "remotive"
    label = "Remotive"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://remotive.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET (``search`` from keywords, ``limit`` from the query)."""
        params: dict[str, Any] = {}
        if query.keywords:
            params["search"] = " ".join(query.keywords)
        if query.limit:
            params["limit"] = query.limit
        yield self.fetcher.get_json(f"{self.base_url}/api/remote-jobs", params=params or None)

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` (see module doc)."""
        jobs = list_at(load_json(payload, what="Remotive feed"), "jobs", what="Remotive feed")

        def one(j: dict[str, Any]) -> RawPosting:
            where = clean(j.get("candidate_required_location"))
            return self.posting(
                ats_id=j["id"],
                url=j["url"],
                title=j["title"],
                company=first(j.get("company_name"), company),
                location=where,
                work_mode_hint="remote",
                allowed_regions_hint=split_list(where) or None,
                description_html=j.get("description"),
                posted_at=j.get("publication_date"),
                salary=clean(j.get("salary")),
                employment_type=clean(j.get("job_type")),
                department=clean(j.get("category")),
                tags=[t for t in j.get("tags") or [] if isinstance(t, str)],
                raw=j,
            )

        return self.map_records(jobs, one)
