"""Arbeitnow job board API connector.

Endpoint (Arbeitnow "Job Board API" docs): ``GET {base}/api/job-board-api?page=N`` →
``{"data": [...], "links": {"next": url|null}, "meta": {...}}``; pagination follows
``links.next``. ``description`` is entity-encoded HTML; ``remote: true`` is explicit
(``false`` is not taken as on-site); ``created_at`` is Unix seconds.
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
    split_list,
)


class ArbeitnowSource(JobSource):
    """Arbeitnow feed (key-free; mostly Germany/EU)."""

    key = "arbeitnow"
    label = "Arbeitnow"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://www.arbeitnow.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Follow ``links.next`` up to ``max_pages``; stops on an empty page."""
        url: str | None = f"{self.base_url}/api/job-board-api"
        seen: set[str] = set()
        for _ in range(self.max_pages):
            if not url or url in seen:
                return
            seen.add(url)
            payload = self.fetcher.get_json(url)
            yield payload
            if not dig(payload, "data"):
                return
            url = clean(dig(payload, "links", "next"))

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``data[]`` (see module doc)."""
        items = list_at(load_json(payload, what="Arbeitnow page"), "data", what="Arbeitnow page")

        def one(j: dict[str, Any]) -> RawPosting:
            return self.posting(
                ats_id=j["slug"],
                url=j["url"],
                title=j["title"],
                company=first(j.get("company_name"), company),
                location=clean(j.get("location")),
                work_mode_hint="remote" if j.get("remote") is True else None,
                description_html=j.get("description"),
                posted_at=j.get("created_at"),
                employment_type=clean(", ".join(split_list(j.get("job_types")))),
                tags=[t for t in j.get("tags") or [] if isinstance(t, str)],
                raw=j,
            )

        return self.map_records(items, one)
