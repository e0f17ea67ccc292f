"""4 Day Week (4dayweek.io) API connector.

Endpoint (4dayweek.io public jobs API): ``GET {base}/api/jobs`` → ``{"jobs": [...]}`` (no
paging). ``work_arrangement`` is explicit (``remote|hybrid|onsite``); ``salary`` is display
text ("$286k - $392k") while ``salary_lower``/``salary_upper`` are in CENTS — we pass the
text plus ``salary_currency``; ``posted`` is Unix seconds; the public page is
``https://4dayweek.io/remote-job/{slug}``.
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

PUBLIC_URL = "https://4dayweek.io/remote-job/{slug}"


class FourDayWeekSource(JobSource):
    """4 Day Week feed (key-free)."""

    key = "fourdayweek"
    label = "4 Day Week"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://4dayweek.io"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the jobs feed."""
        yield self.fetcher.get_json(f"{self.base_url}/api/jobs")

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobs[]`` (see module doc)."""
        jobs = list_at(load_json(payload, what="4 Day Week feed"), "jobs", what="4 Day Week feed")

        def one(j: dict[str, Any]) -> RawPosting | None:
            if j.get("is_expired") is True:
                return None
            places = []
            for loc in j.get("locations") or []:
                if isinstance(loc, dict):
                    place = ", ".join(x for x in (loc.get("city"), loc.get("country") or loc.get("continent")) if x)
                    if place and place not in places:
                        places.append(place)
            cents = (j.get("salary_lower"), j.get("salary_upper"))
            salary = clean(j.get("salary")) or (
                {"min": cents[0] / 100 if cents[0] else None, "max": cents[1] / 100 if cents[1] else None, "period": j.get("salary_period")}
                if any(cents) else None
            )
            return self.posting(
                ats_id=j["id"],
                url=PUBLIC_URL.format(slug=j["slug"]),
                title=j["title"],
                company=first(j.get("company_name"), dig(j, "company", "name"), company),
                location=places if len(places) > 1 else first(*places),
                work_mode_hint=work_mode(j.get("work_arrangement")),
                description_html=first(j.get("description"), j.get("description_html")),
                posted_at=first(j.get("posted"), j.get("inserted")),
                salary=salary,
                salary_currency_hint=clean(j.get("salary_currency")),
                employment_type=clean(j.get("schedule_type")),
                department=clean(j.get("category")),
                tags=[*(s.get("name") for s in j.get("stack") or [] if isinstance(s, dict)), clean(j.get("level"))],
                raw=j,
            )

        return self.map_records(jobs, one)
