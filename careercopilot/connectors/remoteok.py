"""Remote OK API connector.

Endpoint (remoteok.com/api, terms in its first element): ``GET {base}/api`` → top-level
array whose FIRST element is the ``legal`` notice (``{"last_updated", "legal"}``), not a
posting — skipped. Every posting is remote. ``salary_min``/``salary_max`` are yearly USD,
0 meaning "not stated" (→ no salary). ``epoch`` is Unix seconds. Text fields may contain
mojibake (left to normalization).
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
)


class RemoteOKSource(JobSource):
    """Remote OK feed (key-free; tag filter via the first keyword)."""

    key = "remoteok"
    label = "Remote OK"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://remoteok.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET (``?tag=`` from the first keyword)."""
        params = {"tag": query.keywords[0]} if query.keywords else None
        yield self.fetcher.get_json(f"{self.base_url}/api", params=params)

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map the array minus the legal notice (see module doc)."""
        items = list_at(load_json(payload, what="Remote OK feed"), None, what="Remote OK feed")

        def one(j: dict[str, Any]) -> RawPosting | None:
            if "legal" in j or not j.get("position"):
                return None
            return self.posting(
                ats_id=j["id"],
                url=j["url"],
                apply_url=j.get("apply_url"),
                title=j["position"],
                company=first(j.get("company"), company),
                location=clean(j.get("location")),
                work_mode_hint="remote",
                description_html=j.get("description"),
                posted_at=first(j.get("epoch"), j.get("date")),
                salary=nonzero_salary(salary_min=j.get("salary_min"), salary_max=j.get("salary_max")),
                salary_currency_hint="USD" if nonzero_salary(salary_min=j.get("salary_min"), salary_max=j.get("salary_max")) else None,
                tags=[t for t in j.get("tags") or [] if isinstance(t, str)],
                raw=j,
            )

        return self.map_records(items, one)
