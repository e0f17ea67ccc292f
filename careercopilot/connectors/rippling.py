"""Rippling ATS public job board connector.

Endpoint (Rippling ATS public board API, as used by ``ats.rippling.com`` boards):
``GET {base}/platform/api/ats/v1/board/{board}/jobs?page=N&pageSize=M`` → ``{items, page,
pageSize, totalItems, totalPages}`` (0-based pages). Quirk: a job open in several locations
appears once PER LOCATION with the same ``id``. Choice: we MERGE such items into one posting
whose ``location`` lists every location (a job is one requisition; splitting by location
would create duplicates downstream). The merged record's ``raw`` is the first item plus
``"_duplicates"``: the other items. ``locations[].workplaceType`` (``ON_SITE|REMOTE|HYBRID``)
is the explicit work mode when all locations agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    SLUG,
    SLUG_HINT,
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    dig,
    first,
    list_at,
    load_json,
    work_mode,
)


def _locations(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for x in item.get("locations") or [] if isinstance(x, dict)]


class RipplingSource(JobSource):
    """Rippling board (token = the ``ats.rippling.com/{token}/jobs`` slug)."""

    key = "rippling"
    label = "Rippling"
    kind = "ats"
    token_label = "Board slug"
    token_pattern, token_hint = SLUG, SLUG_HINT
    default_base_url = "https://api.rippling.com"
    default_page_size = 50

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """0-based ``page``/``pageSize`` pages until ``totalPages`` or an empty/short page."""
        url = f"{self.base_url}/platform/api/ats/v1/board/{self.token}/jobs"
        for page in range(self.max_pages):
            payload = self.fetcher.get_json(url, params={"page": page, "pageSize": self.page_size})
            yield payload
            items = dig(payload, "items")
            count = len(items) if isinstance(items, list) else 0
            total_pages = dig(payload, "totalPages")
            if count < self.page_size or (isinstance(total_pages, int) and page + 1 >= total_pages):
                return

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``items[]``, merging items that share an ``id`` (see module doc)."""
        items = list_at(load_json(payload, what="Rippling board"), "items", what="Rippling board")
        groups: dict[str, list[dict[str, Any]]] = {}
        for item in items:
            if isinstance(item, dict) and item.get("id"):
                groups.setdefault(str(item["id"]), []).append(item)

        def one(group: list[dict[str, Any]]) -> RawPosting:
            head = group[0]
            locs = [loc for item in group for loc in _locations(item)]
            names = list(dict.fromkeys(loc["name"] for loc in locs if loc.get("name")))
            modes = {work_mode(loc.get("workplaceType")) for loc in locs}
            raw = dict(head, _duplicates=group[1:]) if len(group) > 1 else head
            return self.posting(
                ats_id=head["id"],
                url=head["url"],
                title=head["name"],
                company=company,
                location=names if len(names) > 1 else first(*names),
                work_mode_hint=modes.pop() if len(modes) == 1 else None,
                department=clean(dig(head, "department", "name")),
                raw=raw,
            )

        return self.map_records(groups.values(), one)

    def finalize(self, postings: list[RawPosting]) -> list[RawPosting]:
        """Merge same-``id`` postings across pages (location lists are combined)."""
        merged: dict[str, RawPosting] = {}
        for p in postings:
            if p.ats_id not in merged:
                merged[p.ats_id] = p
                continue
            keep = merged[p.ats_id]
            locs = [x for x in (keep.location, p.location) for x in (x if isinstance(x, list) else [x]) if x]
            keep.location = list(dict.fromkeys(locs))
            keep.raw = dict(keep.raw, _duplicates=[*keep.raw.get("_duplicates", []), p.raw])
            if keep.work_mode_hint != p.work_mode_hint:
                keep.work_mode_hint = None
        return list(merged.values())
