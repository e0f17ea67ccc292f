"""Lever Postings API connector.

Endpoint (Lever "Postings API" docs, github.com/lever/postings-api):
``GET {base}/v0/postings/{site}?mode=json&skip=N&limit=M`` → top-level array. Global host
``api.lever.co``; EU-hosted accounts use ``api.eu.lever.co`` (``region="eu"``).
``createdAt`` is epoch milliseconds; ``salaryRange`` is ``{min, max, currency, interval}``;
``workplaceType`` is ``remote|hybrid|onsite|unspecified``; ``categories.allLocations``
lists every location of a multi-location posting.
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
    first,
    html_sections,
    list_at,
    load_json,
    work_mode,
)

EU_BASE_URL = "https://api.eu.lever.co"


class LeverSource(JobSource):
    """Lever site (token = the ``jobs.lever.co/{token}`` slug); ``region="eu"`` for EU accounts."""

    key = "lever"
    label = "Lever"
    kind = "ats"
    token_label = "Site name"
    token_pattern, token_hint = SLUG, SLUG_HINT
    default_base_url = "https://api.lever.co"

    def __init__(self, *, region: str | None = None, base_url: str | None = None, **kw: Any) -> None:
        if base_url is None and (region or "").lower() == "eu":
            base_url = EU_BASE_URL
        super().__init__(base_url=base_url, **kw)

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Page with ``skip``/``limit`` until a short page."""
        yield from self.offset_pages(
            f"{self.base_url}/v0/postings/{self.token}",
            items_key=None,
            params={"mode": "json"},
            offset_param="skip",
            limit_param="limit",
        )

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map one page (top-level array) of Lever postings (see module doc)."""
        items = list_at(load_json(payload, what="Lever postings"), None, what="Lever postings")

        def one(p: dict[str, Any]) -> RawPosting:
            cats = p.get("categories") or {}
            lists = [(li.get("text"), f"<ul>{li.get('content', '')}</ul>") for li in p.get("lists") or [] if isinstance(li, dict)]
            salary = p.get("salaryRange") or None
            return self.posting(
                ats_id=p["id"],
                url=p["hostedUrl"],
                apply_url=p.get("applyUrl"),
                title=p["text"],
                company=company,
                location=first(cats.get("allLocations"), cats.get("location")),
                work_mode_hint=work_mode(p.get("workplaceType")),
                description_html=html_sections((None, p.get("description")), *lists, (None, p.get("additional"))),
                description_text=clean("\n\n".join(x for x in (p.get("descriptionPlain"), p.get("additionalPlain")) if x)),
                posted_at=p.get("createdAt"),
                salary=salary,
                salary_currency_hint=(salary or {}).get("currency"),
                employment_type=clean(cats.get("commitment")),
                department=clean(first(cats.get("department"), cats.get("team"))),
                tags=[cats.get("team")] if cats.get("team") else [],
                raw=p,
            )

        return self.map_records(items, one)
