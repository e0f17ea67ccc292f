"""Workable widget API connector.

Endpoint (Workable "Job widget / careers page" API, documented in Workable's help centre):
``GET https://apply.workable.com/api/v1/widget/accounts/{subdomain}?details=true``
→ ``{"name", "description", "jobs": [{title, shortcode, employment_type, telecommuting,
department, url, application_url, published_on, created_at, country, city, state,
locations: [{country, countryCode, city, region}], description}]}`` (no paging).
``telecommuting: true`` is an explicit remote flag. No recorded payload exists; the test
fixture ``workable.json`` is synthetic (see tests/fixtures/job-boards/SOURCES.md).
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
    list_at,
    load_json,
)


def _place(d: dict[str, Any]) -> str | None:
    return clean(", ".join(x for x in (d.get("city"), d.get("region") or d.get("state"), d.get("country")) if x))


class WorkableSource(JobSource):
    """Workable account (token = the ``apply.workable.com/{token}`` subdomain)."""

    key = "workable"
    label = "Workable"
    kind = "ats"
    token_label = "Account subdomain"
    token_pattern, token_hint = DNS_LABEL, DNS_LABEL_HINT
    default_base_url = "https://apply.workable.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the widget feed with details."""
        yield self.fetcher.get_json(f"{self.base_url}/api/v1/widget/accounts/{self.token}", params={"details": "true"})

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` of one widget response (see module doc)."""
        data = load_json(payload, what="Workable widget")
        jobs = list_at(data, "jobs", what="Workable widget")
        account = clean(data.get("name")) if isinstance(data, dict) else None

        def one(j: dict[str, Any]) -> RawPosting:
            places = [p for p in (_place(x) for x in j.get("locations") or [] if isinstance(x, dict)) if p]
            return self.posting(
                ats_id=first(j.get("shortcode"), j.get("code"), j.get("url")),
                url=first(j.get("url"), j.get("shortlink")),
                apply_url=j.get("application_url"),
                title=j["title"],
                company=first(company, account),
                location=places if len(places) > 1 else first(*places, _place(j)),
                work_mode_hint="remote" if j.get("telecommuting") is True else None,
                description_html=j.get("description"),
                posted_at=first(j.get("published_on"), j.get("created_at")),
                employment_type=clean(j.get("employment_type")),
                department=clean(j.get("department")),
                tags=[x for x in (j.get("function"), j.get("experience"), j.get("industry")) if isinstance(x, str) and x],
                raw=j,
            )

        return self.map_records(jobs, one)
