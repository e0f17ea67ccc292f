"""Recruitee Careers Site API connector.

Endpoint (Recruitee "Careers Site API" docs): ``GET https://{company}.recruitee.com/api/offers/``
→ ``{"offers": [...]}`` (all published offers, no paging). ``remote``/``hybrid``/``on_site``
are explicit work-mode flags; ``salary`` is ``{min, max, period, currency}`` (strings);
``description`` + ``requirements`` are HTML.
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
    first,
    html_sections,
    list_at,
    load_json,
    nonzero_salary,
)


class RecruiteeSource(JobSource):
    """Recruitee company (token = the ``{token}.recruitee.com`` subdomain)."""

    key = "recruitee"
    label = "Recruitee"
    kind = "ats"
    token_label = "Company subdomain"
    token_pattern, token_hint = DNS_LABEL, DNS_LABEL_HINT
    default_base_url = "https://{token}.recruitee.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of all published offers."""
        yield self.fetcher.get_json(f"{self.base_url}/api/offers/")

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``offers[]`` (see module doc)."""
        offers = list_at(load_json(payload, what="Recruitee offers"), "offers", what="Recruitee offers")

        def one(o: dict[str, Any]) -> RawPosting:
            salary = o.get("salary") if isinstance(o.get("salary"), dict) else {}
            mode = "remote" if o.get("remote") is True else "hybrid" if o.get("hybrid") is True else "onsite" if o.get("on_site") is True else None
            locations = [x.get("name") for x in o.get("locations") or [] if isinstance(x, dict) and x.get("name")]
            return self.posting(
                ats_id=o["id"],
                url=first(o.get("careers_url"), o.get("url")),
                apply_url=o.get("careers_apply_url"),
                title=o["title"],
                company=first(company, o.get("company_name")),
                location=first(o.get("location"), locations),
                work_mode_hint=mode,
                description_html=html_sections((None, o.get("description")), (None, o.get("requirements"))),
                posted_at=first(o.get("published_at"), o.get("created_at")),
                salary=nonzero_salary(**salary) if salary else None,
                salary_currency_hint=clean(salary.get("currency")),
                employment_type=clean(o.get("employment_type_code")),
                department=clean(o.get("department")),
                tags=[t for t in o.get("tags") or [] if isinstance(t, str)],
                raw=o,
            )

        return self.map_records(offers, one)
