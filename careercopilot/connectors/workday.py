"""Workday CXS careers-site connector.

Endpoint (the JSON API behind every ``*.myworkdayjobs.com`` careers site; Workday does not
publish it, shape per recorded payloads): ``POST {host}/wday/cxs/{tenant}/{site}/jobs`` with
``{"appliedFacets": {}, "limit": <=20, "offset": n, "searchText": ""}`` → ``{total,
jobPostings: [{title, externalPath, locationsText, postedOn, bulletFields}]}``.
Quirks: ``total`` is only reliable on the first page (later pages may say 0);
``postedOn`` is a relative phrase ("Posted 30+ Days Ago"); ``locationsText`` may be a
count ("2 Locations") — then the location is taken from ``externalPath``
(``/job/Vietnam-Hanoi/...``); ``bulletFields[0]`` is the requisition id.
"""

from __future__ import annotations

import re
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
    list_at,
    load_json,
)
from careercopilot.connectors.errors import InvalidTokenError, InvalidURLError
from careercopilot.connectors.http import HttpFetcher
from careercopilot.connectors.netguard import AllowList, check_url_syntax

MAX_PAGE_SIZE = 20
#: Workday's careers-site domains (a careers URL token must be https on one of them).
WORKDAY_DOMAINS = (".myworkdayjobs.com", ".myworkdaysite.com")
_COUNT_ONLY = re.compile(r"^\d+\s+locations?$", re.IGNORECASE)


class WorkdaySource(JobSource):
    """Workday careers site.

    Token: ``"tenant/site"`` (host from ``base_url``, default ``https://{tenant}.wd1.myworkdayjobs.com``)
    or the careers URL itself, e.g. ``https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite``
    (https on ``*.myworkdayjobs.com``/``*.myworkdaysite.com`` only, unless allow-listed).
    """

    key = "workday"
    label = "Workday"
    kind = "ats"
    token_label = "Careers site URL or tenant/site"
    default_base_url = "https://{token}.wd1.myworkdayjobs.com"
    default_page_size = MAX_PAGE_SIZE
    token_pattern, token_hint = SLUG, SLUG_HINT  # the tenant

    def __init__(self, *, token: str | None = None, base_url: str | None = None, fetcher: HttpFetcher | None = None,
                 **kw: Any) -> None:
        token = clean(token)
        fetcher = fetcher or HttpFetcher()
        tenant = site = None
        if token and "://" in token:
            tenant, site, root = self._careers_url(token, allow=fetcher.allow_hosts)
            base_url = base_url or root
        elif token and "/" in token:
            tenant, site = (s.strip() for s in token.split("/", 1))
        if token and not (tenant and site):
            raise InvalidTokenError(f"Workday token must be 'tenant/site' or a careers URL, got {token[:100]!r}",
                                    source=self.key)
        if site is not None and not re.fullmatch(SLUG, site):
            raise InvalidTokenError(f"Workday site name must be {SLUG_HINT}; got {site[:100]!r}", source=self.key)
        super().__init__(token=tenant, base_url=base_url, fetcher=fetcher, **kw)
        self.tenant, self.site = tenant, site
        self.page_size = min(self.page_size, MAX_PAGE_SIZE)

    def _careers_url(self, url: str, *, allow: AllowList) -> tuple[str | None, str | None, str]:
        """``(tenant, site, root)`` of a careers URL. Only ``https://…myworkdayjobs.com`` and
        ``https://…myworkdaysite.com`` (port 443) are accepted, unless the host is in the
        SSRF allowlist (a self-hosted mirror, a test server).

        Raises:
            InvalidTokenError: another scheme, host or port, or not a URL.
        """
        try:
            parsed, scheme, host, port = check_url_syntax(url)
        except InvalidURLError as exc:
            raise InvalidTokenError(f"Workday careers URL is not a web address ({exc.message})", source=self.key) from None
        if not allow.allows(host, port) and (
            scheme != "https" or port != 443 or not host.endswith(WORKDAY_DOMAINS)
        ):
            raise InvalidTokenError(
                "Workday careers URL must be https://<tenant>.<wdN>.myworkdayjobs.com/<site> (or myworkdaysite.com); "
                f"got {url[:100]!r}", source=self.key)
        parts = [s for s in parsed.path.split("/") if s]
        if host.endswith(".myworkdaysite.com") and "recruiting" in parts:
            i = parts.index("recruiting")
            tenant, site = (parts[i + 1 : i + 3] + [None, None])[:2]
        else:
            tenant, site = host.split(".")[0], (parts[-1] if parts else None)
        return tenant, site, f"{scheme}://{parsed.netloc.decode('ascii')}"

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """POST offset/limit searches; ``total`` from the first page."""
        url = f"{self.base_url}/wday/cxs/{self.tenant}/{self.site}/jobs"
        offset, total = 0, None
        for _ in range(self.max_pages):
            body = {"appliedFacets": {}, "limit": self.page_size, "offset": offset, "searchText": " ".join(query.keywords)}
            payload = self.fetcher.post_json(url, json=body)
            yield payload
            items = payload.get("jobPostings") if isinstance(payload, dict) else None
            count = len(items) if isinstance(items, list) else 0
            if total is None and isinstance(payload, dict) and isinstance(payload.get("total"), int):
                total = payload["total"]
            offset += count
            if count < self.page_size or (total is not None and offset >= total):
                return

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map ``jobPostings[]`` of one search response (see module doc)."""
        items = list_at(load_json(payload, what="Workday search"), "jobPostings", what="Workday search")
        site = self.site or ""

        def one(j: dict[str, Any]) -> RawPosting:
            path = j["externalPath"]
            loc = clean(j.get("locationsText"))
            if loc is None or _COUNT_ONLY.match(loc):
                parts = [s for s in path.split("/") if s]
                loc = parts[1].replace("-", " ") if len(parts) > 2 and parts[0] == "job" else None
            bullets = [b for b in j.get("bulletFields") or [] if isinstance(b, str)]
            return self.posting(
                ats_id=first(*bullets, path),
                url=f"{self.base_url}/{site}{path}" if site else f"{self.base_url}{path}",
                title=j["title"],
                company=company,
                location=loc,
                posted_at=clean(j.get("postedOn")),
                raw=j,
            )

        return self.map_records(items, one)
