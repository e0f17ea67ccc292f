"""Rows of the public "LinkedIn Job Postings (2023-2024)" dataset (arshkon on Kaggle,
``postings.csv``; CC BY-SA 4.0) — a recorded-data source (no live API).

One payload is a file of rows (CSV with the dataset's header, JSON Lines or a JSON array);
``base_url`` may point at such a file on a mirror you host. Columns used: ``job_id``,
``title``, ``company_name``, ``location`` ("Metairie, LA", "United States"),
``description`` (plain text), ``skills_desc``, ``remote_allowed`` ("1.0" = remote),
``listed_time`` (epoch ms), ``min_salary``/``med_salary``/``max_salary`` with ``pay_period``
(HOURLY, DAILY, WEEKLY, BIWEEKLY, MONTHLY, YEARLY) and ``currency``, ``formatted_work_type``,
``job_posting_url``, ``application_url``. Values are strings as in the CSV ("" = none).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import ConnectorError, JobSource, RawPosting, SearchQuery, clean
from careercopilot.connectors.datasets import dataset_rows, number

#: Dataset pay periods → (period word, divisor of the amount). BIWEEKLY amounts are paid every
#: two weeks, so half of one is the weekly amount.
_PERIODS = {"HOURLY": ("hour", 1), "DAILY": ("day", 1), "WEEKLY": ("week", 1), "BIWEEKLY": ("week", 2),
            "MONTHLY": ("month", 1), "YEARLY": ("year", 1)}


def _salary(r: dict[str, Any]) -> dict[str, Any] | None:
    period = (clean(r.get("pay_period")) or "").upper()
    lo, hi, med = number(r.get("min_salary")), number(r.get("max_salary")), number(r.get("med_salary"))
    if lo is None and hi is None:
        lo = hi = med
    if lo is None and hi is None:
        return None
    word, div = _PERIODS.get(period, (None, 1))
    return {"min": None if lo is None else lo / div, "max": None if hi is None else hi / div,
            "currency": clean(r.get("currency")) or "USD", "period": word}


class LinkedInDatasetSource(JobSource):
    """Recorded rows of the arshkon LinkedIn Job Postings dataset."""

    key = "linkedin_dataset"
    label = "LinkedIn Job Postings dataset (recorded)"
    kind = "aggregator"
    token_label = None
    default_base_url = ""

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the rows file at ``base_url`` (a mirror you host); no public API exists."""
        if not self.base_url:
            raise ConnectorError("the LinkedIn dataset has no live API: set the source's URL to a rows file, "
                                 "or load a file with `python -m careercopilot ingest --store`", source=self.key)
        yield self.fetcher.get_text(self.base_url)

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map dataset rows (see module doc); rows without a job id or title are skipped."""
        rows = dataset_rows(payload, what="LinkedIn dataset rows")

        def one(r: dict[str, Any]) -> RawPosting:
            job_id = clean(r.get("job_id"))
            listed = number(r.get("listed_time")) or number(r.get("original_listed_time"))
            text = "\n\n".join(x for x in (clean(r.get("description")), clean(r.get("skills_desc"))) if x)
            remote = (number(r.get("remote_allowed")) or 0) >= 1
            return self.posting(
                ats_id=job_id,
                url=clean(r.get("job_posting_url")) or (f"https://www.linkedin.com/jobs/view/{job_id}/" if job_id else ""),
                apply_url=clean(r.get("application_url")),
                title=r.get("title"),
                company=clean(r.get("company_name")) or company,
                location=clean(r.get("location")),
                work_mode_hint="remote" if remote else None,
                description_text=text or None,
                posted_at=int(listed) if listed else None,
                salary=_salary(r),
                employment_type=clean(r.get("formatted_work_type")) or clean(r.get("work_type")),
                raw=r,
            )

        return self.map_records(rows, one)
