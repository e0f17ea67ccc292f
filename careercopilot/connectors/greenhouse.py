"""Greenhouse Job Board API connector.

Endpoint (Greenhouse "Job Board API" docs): ``GET {base}/v1/boards/{board_token}/jobs?content=true``
→ ``{"jobs": [...], "meta": {"total": n}}``; one response holds the whole board (no paging).
``content`` is entity-encoded HTML (``&lt;p&gt;``); compensation, when the board publishes it,
is in ``pay_input_ranges`` (``min_cents``/``max_cents``/``currency_type``, with the pay
period only in the free-text ``title``/``blurb``) — passed through raw.
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
)


class GreenhouseSource(JobSource):
    """Greenhouse board (token = the ``boards.greenhouse.io/{token}`` slug)."""

    key = "greenhouse"
    label = "Greenhouse"
    kind = "ats"
    token_label = "Board token"
    token_pattern, token_hint = SLUG, SLUG_HINT
    default_base_url = "https://boards-api.greenhouse.io"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the full board with ``content=true``."""
        yield self.fetcher.get_json(f"{self.base_url}/v1/boards/{self.token}/jobs", params={"content": "true"})

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` of one board response (see module doc)."""
        jobs = list_at(load_json(payload, what="Greenhouse board"), "jobs", what="Greenhouse board")

        def one(job: dict[str, Any]) -> RawPosting:
            offices = [o.get("location") or o.get("name") for o in job.get("offices") or [] if isinstance(o, dict)]
            return self.posting(
                ats_id=job["id"],
                url=job["absolute_url"],
                title=job["title"],
                company=first(company, job.get("company_name")),
                location=first(dig(job, "location", "name"), [o for o in offices if o]),
                description_html=job.get("content"),
                posted_at=first(job.get("first_published"), job.get("updated_at")),
                salary=job.get("pay_input_ranges") or None,
                department=clean(dig(job, "departments", 0, "name")),
                tags=[m.get("value") for m in job.get("metadata") or [] if isinstance(m, dict) and isinstance(m.get("value"), str)],
                raw=job,
            )

        return self.map_records(jobs, one)
