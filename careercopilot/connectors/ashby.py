"""Ashby Posting API connector.

Endpoint (Ashby "Job Postings API" docs): ``GET {base}/posting-api/job-board/{board}?includeCompensation=true``
→ ``{"jobs": [...]}`` (whole board, no paging). ``isRemote``/``workplaceType``
(``Remote|Hybrid|OnSite``) state the work mode; ``compensation`` holds
``compensationTiers``/``summaryComponents`` (empty when the company hides pay);
unlisted postings (``isListed: false``) are skipped.
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
    work_mode,
)


def _has_compensation(comp: Any) -> bool:
    if not isinstance(comp, dict):
        return False
    return any(
        comp.get(k)
        for k in ("compensationTierSummary", "scrapeableCompensationSalarySummary", "compensationTiers", "summaryComponents")
    )


class AshbySource(JobSource):
    """Ashby job board (token = the ``jobs.ashbyhq.com/{token}`` name)."""

    key = "ashby"
    label = "Ashby"
    kind = "ats"
    token_label = "Job board name"
    default_base_url = "https://api.ashbyhq.com"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the whole board with compensation."""
        yield self.fetcher.get_json(
            f"{self.base_url}/posting-api/job-board/{self.token}", params={"includeCompensation": "true"}
        )

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` of one board response (see module doc)."""
        jobs = list_at(load_json(payload, what="Ashby job board"), "jobs", what="Ashby job board")

        def one(j: dict[str, Any]) -> RawPosting | None:
            if j.get("isListed") is False:
                return None
            secondary = [s.get("location") for s in j.get("secondaryLocations") or [] if isinstance(s, dict)]
            locations = [x for x in [j.get("location"), *secondary] if x]
            mode = work_mode(j.get("workplaceType")) or ("remote" if j.get("isRemote") is True else None)
            comp = j.get("compensation")
            return self.posting(
                ats_id=j["id"],
                url=first(j.get("jobUrl"), j.get("applyUrl")),
                apply_url=j.get("applyUrl"),
                title=j["title"],
                company=company,
                location=locations if len(locations) > 1 else first(*locations, dig(j, "address", "postalAddress", "addressCountry")),
                work_mode_hint=mode,
                description_html=j.get("descriptionHtml"),
                description_text=j.get("descriptionPlain"),
                posted_at=j.get("publishedAt"),
                salary=comp if _has_compensation(comp) else None,
                employment_type=clean(j.get("employmentType")),
                department=clean(first(j.get("department"), j.get("team"))),
                tags=[j["team"]] if j.get("team") else [],
                raw=j,
            )

        return self.map_records(jobs, one)
