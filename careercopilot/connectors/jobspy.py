"""python-jobspy connector (LinkedIn, Indeed, Glassdoor, ...), opt-in and NOT verified.

``python-jobspy`` scrapes sites whose addresses cannot be pointed at a local server, so it
is not verified against live sites here (``verified = False``) and is not a project
requirement: install it yourself (``pip install python-jobspy``). ``fetch`` calls
``jobspy.scrape_jobs`` and maps its DataFrame rows; ``parse_payload`` maps a list of rows
in jobspy's output columns (``site, job_url, title, company, location, date_posted,
min_amount, max_amount, currency, interval, is_remote, description, job_type``...).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    ConnectorError,
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    first,
    jsonable,
    list_at,
    load_json,
    nonzero_salary,
)

DEFAULT_SITES = ("indeed", "linkedin", "glassdoor")
#: python-jobspy ``site_name`` values.
KNOWN_SITES = ("indeed", "linkedin", "glassdoor", "zip_recruiter", "google", "bayt", "naukri", "bdjobs")


class JobSpySource(JobSource):
    """python-jobspy scrape (token = comma-separated site names; default indeed, linkedin, glassdoor)."""

    key = "jobspy"
    label = "JobSpy (LinkedIn/Indeed/Glassdoor)"
    kind = "scraper"
    token_label = None
    verified = False
    default_base_url = ""
    default_page_size = 50

    def check_token(self, token: str | None) -> str | None:
        """Comma-separated python-jobspy site names (:data:`KNOWN_SITES`); their hosts are fixed
        by the library, never taken from the token.

        Raises:
            InvalidTokenError: an unknown site name.
        """
        if token is None:
            return None
        sites = [s.strip().lower() for s in token.split(",") if s.strip()]
        unknown = [s for s in sites if s not in KNOWN_SITES]
        if unknown or not sites:
            raise self.invalid(f"{self.label} sites must be among {', '.join(KNOWN_SITES)}; got {token[:100]!r}")
        return ",".join(sites)

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One ``jobspy.scrape_jobs`` call; yields its rows as a list of dicts.

        Raises:
            ConnectorError: python-jobspy is not installed, or the scrape failed.
        """
        try:
            import jobspy  # type: ignore[import-not-found]
        except ImportError as exc:
            raise ConnectorError("python-jobspy is not installed; pip install python-jobspy", source=self.key) from exc
        sites = [s.strip() for s in (self.token or "").split(",") if s.strip()] or list(DEFAULT_SITES)
        try:
            frame = jobspy.scrape_jobs(
                site_name=sites,
                search_term=" ".join(query.keywords) or None,
                location=query.location,
                is_remote=query.remote_only,
                results_wanted=query.limit or self.page_size,
            )
        except Exception as exc:  # third-party scraper: any failure becomes a ConnectorError
            raise ConnectorError(f"python-jobspy scrape failed: {exc.__class__.__name__}: {exc}", source=self.key) from exc
        yield jsonable(frame.to_dict(orient="records"))

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map jobspy rows (list of dicts in its output columns)."""
        rows = list_at(load_json(payload, what="jobspy result"), None, what="jobspy result")

        def one(r: dict[str, Any]) -> RawPosting:
            r = jsonable(r)
            url = clean(r.get("job_url"))
            remote = r.get("is_remote")
            return self.posting(
                ats_id=first(clean(r.get("id")), hashlib.sha1(str(url).encode()).hexdigest()[:16]),
                url=url,
                apply_url=clean(r.get("job_url_direct")),
                title=r["title"],
                company=first(clean(r.get("company")), company),
                location=clean(r.get("location")),
                work_mode_hint="remote" if remote is True else None,
                description_text=clean(r.get("description")),
                posted_at=clean(r.get("date_posted")),
                salary=nonzero_salary(min_amount=r.get("min_amount"), max_amount=r.get("max_amount"), currency=r.get("currency"), interval=r.get("interval")),
                salary_currency_hint=clean(r.get("currency")),
                employment_type=clean(r.get("job_type")),
                tags=[t for t in (clean(r.get("site")),) if t],
                raw=r,
            )

        return self.map_records(rows, one)
