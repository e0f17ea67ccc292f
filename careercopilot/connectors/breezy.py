"""Breezy HR public JSON feed connector.

Endpoint (Breezy HR "career portal JSON feed"): ``GET https://{company}.breezy.hr/json`` →
top-level array of positions (no paging, no description). ``salary`` is display text
("$0.05 – $0.06 / hour"); ``location.is_remote`` is an explicit remote flag; ``locations``
lists every location of a multi-location position.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    DNS_LABEL,
    DNS_LABEL_HINT,
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    dig,
    first,
    list_at,
    load_json,
)


class BreezySource(JobSource):
    """Breezy HR company (token = the ``{token}.breezy.hr`` subdomain)."""

    key = "breezy"
    label = "Breezy HR"
    kind = "ats"
    token_label = "Company subdomain"
    token_pattern, token_hint = DNS_LABEL, DNS_LABEL_HINT
    default_base_url = "https://{token}.breezy.hr"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the JSON feed."""
        yield self.fetcher.get_json(f"{self.base_url}/json")

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map the top-level array of positions (see module doc)."""
        items = list_at(load_json(payload, what="Breezy feed"), None, what="Breezy feed")

        def one(p: dict[str, Any]) -> RawPosting:
            names = [x.get("name") for x in p.get("locations") or [] if isinstance(x, dict) and x.get("name")]
            remote = dig(p, "location", "is_remote") is True or any(
                isinstance(x, dict) and x.get("is_remote") is True for x in p.get("locations") or []
            )
            return self.posting(
                ats_id=p["id"],
                url=p["url"],
                title=p["name"],
                company=first(company, dig(p, "company", "name")),
                location=names if len(names) > 1 else first(dig(p, "location", "name"), *names),
                work_mode_hint="remote" if remote else None,
                posted_at=p.get("published_date"),
                salary=clean(p.get("salary")),
                employment_type=clean(dig(p, "type", "name")),
                department=clean(p.get("department")),
                raw=p,
            )

        return self.map_records(items, one)
