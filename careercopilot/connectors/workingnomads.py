"""Working Nomads API connector.

Endpoint (Working Nomads "exposed jobs" API): ``GET {base}/api/exposed_jobs/`` → top-level
array (no paging). Remote-only board. Quirk: ``title`` is "Company - Role" — the company
prefix is removed; ``tags`` is one comma-separated string; the numeric id is in the URL
(``/job/go/1891955/``).
"""

from __future__ import annotations

import re
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


def _role(title: str, company: str | None) -> str:
    if company and title.lower().startswith(company.lower() + " - "):
        return title[len(company) + 3 :].strip()
    return title.strip()


class WorkingNomadsSource(JobSource):
    """Working Nomads feed (key-free)."""

    key = "workingnomads"
    label = "Working Nomads"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://www.workingnomads.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the whole feed."""
        yield self.fetcher.get_json(f"{self.base_url}/api/exposed_jobs/")

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map the top-level array (see module doc)."""
        items = list_at(load_json(payload, what="Working Nomads feed"), None, what="Working Nomads feed")

        def one(j: dict[str, Any]) -> RawPosting:
            name = first(j.get("company_name"), company)
            match = re.search(r"/(\d+)/?$", j["url"])
            return self.posting(
                ats_id=match.group(1) if match else j["url"],
                url=j["url"],
                title=_role(j["title"], name),
                company=name,
                location=clean(j.get("location")),
                work_mode_hint="remote",
                description_html=j.get("description"),
                posted_at=j.get("pub_date"),
                department=clean(j.get("category_name")),
                tags=split_list(j.get("tags")),
                raw=j,
            )

        return self.map_records(items, one)
