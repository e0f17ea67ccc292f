"""SmartRecruiters Posting API connector.

Endpoints (SmartRecruiters "Posting API" docs):
``GET {base}/v1/companies/{companyIdentifier}/postings?offset=&limit=`` → ``{offset, limit,
totalFound, content: [...]}`` (list has no description), then
``GET {base}/v1/companies/{companyIdentifier}/postings/{id}`` per posting for
``jobAd.sections`` (companyDescription, jobDescription, qualifications,
additionalInformation, each ``{title, text}``) plus ``postingUrl``/``applyUrl``.
``location.remote``/``location.hybrid`` are explicit work-mode flags.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    HttpStatusError,
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    dig,
    first,
    html_sections,
    list_at,
    load_json,
)

SECTION_ORDER = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
DETAIL_KEYS = ("jobAd", "postingUrl", "applyUrl", "compensation")


class SmartRecruitersSource(JobSource):
    """SmartRecruiters company (token = company identifier, e.g. ``Ubisoft2``).

    Args:
        fetch_details: also GET each posting's detail for its description (default True).
    """

    key = "smartrecruiters"
    label = "SmartRecruiters"
    kind = "ats"
    token_label = "Company identifier"
    default_base_url = "https://api.smartrecruiters.com"

    def __init__(self, *, fetch_details: bool = True, **kw: Any) -> None:
        super().__init__(**kw)
        self.fetch_details = fetch_details

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Offset/limit pages (``totalFound``), each enriched with per-posting details."""
        url = f"{self.base_url}/v1/companies/{self.token}/postings"
        params = {"q": " ".join(query.keywords)} if query.keywords else {}
        for page in self.offset_pages(url, items_key="content", params=params, total_key="totalFound"):
            if self.fetch_details and isinstance(page, dict) and isinstance(page.get("content"), list):
                for item in page["content"]:
                    if isinstance(item, dict) and item.get("id") and "jobAd" not in item:
                        try:
                            detail = self.fetcher.get_json(f"{url}/{item['id']}")
                        except HttpStatusError as exc:
                            if exc.status in (404, 410):  # withdrawn between list and detail
                                continue
                            raise
                        if isinstance(detail, dict):
                            item.update({k: detail[k] for k in DETAIL_KEYS if k in detail})
            yield page

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map a list page (``content[]``) or a single posting detail (has ``jobAd``)."""
        data = load_json(payload, what="SmartRecruiters postings")
        items = [data] if isinstance(data, dict) and "jobAd" in data else list_at(data, "content", what="SmartRecruiters postings")

        def one(p: dict[str, Any]) -> RawPosting:
            loc = p.get("location") or {}
            ident = dig(p, "company", "identifier") or self.token
            sections = dig(p, "jobAd", "sections") or {}
            body = html_sections(*((dig(sections, k, "title"), dig(sections, k, "text")) for k in SECTION_ORDER))
            mode = "remote" if loc.get("remote") is True else "hybrid" if loc.get("hybrid") is True else None
            return self.posting(
                ats_id=p["id"],
                url=first(p.get("postingUrl"), f"https://jobs.smartrecruiters.com/{ident}/{p['id']}"),
                apply_url=p.get("applyUrl"),
                title=p["name"],
                company=first(company, dig(p, "company", "name")),
                location=first(loc.get("fullLocation"), ", ".join(x for x in (loc.get("city"), loc.get("region"), loc.get("country")) if x)),
                work_mode_hint=mode,
                description_html=body,
                posted_at=p.get("releasedDate"),
                salary=p.get("compensation") or None,
                employment_type=clean(dig(p, "typeOfEmployment", "label")),
                department=clean(first(dig(p, "function", "label"), dig(p, "department", "label"))),
                tags=[x for x in (dig(p, "experienceLevel", "label"), dig(p, "industry", "label")) if x],
                raw=p,
            )

        return self.map_records(items, one)
