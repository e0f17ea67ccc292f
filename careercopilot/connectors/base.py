"""Common connector interface: :class:`RawPosting`, :class:`SearchQuery`, :class:`JobSource`.

A connector turns one job source (an ATS board, an aggregator API, a feed, a careers
page) into :class:`RawPosting` records that keep the source's raw values (salary objects,
epoch timestamps, entity-encoded HTML...). Interpreting them is the job of
``careercopilot.normalize.posting.normalize_posting``; :meth:`RawPosting.normalize`
hands every field over by keyword.

Shared mapping helpers live in ``connectors/payload.py`` (re-exported here) so connector modules stay small.
"""

from __future__ import annotations

import enum
import json
import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from careercopilot.connectors.errors import (
    ConnectorError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidTokenError,
    InvalidURLError,
    MalformedPayloadError,
    ResponseTooLargeError,
)
from careercopilot.connectors.http import HttpFetcher
from careercopilot.connectors.netguard import BlockedURLError, check_url_syntax
from careercopilot.connectors.payload import (  # noqa: F401  (re-exported: connectors import them from here)
    WorkModeHint,
    clean,
    coerce_datetime,
    dig,
    first,
    html_sections,
    humanize_token,
    jsonable,
    list_at,
    load_json,
    nonzero_salary,
    prune_deep,
    split_list,
    work_mode,
)

if TYPE_CHECKING:  # pragma: no cover
    from careercopilot.normalize.posting import NormalizedPosting

__all__ = [
    "BlockedURLError",
    "ConnectorError",
    "FetchTimeoutError",
    "HttpStatusError",
    "InvalidTokenError",
    "JobSource",
    "MalformedPayloadError",
    "RawPosting",
    "ResponseTooLargeError",
    "SearchQuery",
    "Site",
    "WorkModeHint",
]

log = logging.getLogger(__name__)

#: Token syntaxes (full match). A token lands in an API path or a host name, so it may never
#: carry ``/``, ``:``, ``@``, ``?``, ``#``, ``%`` or ``..`` (issue 9 finding 3: a Breezy token
#: ``127.0.0.1:PORT/x?`` turned ``https://{token}.breezy.hr`` into a loopback URL).
SLUG = r"[A-Za-z0-9_-]{1,100}"  # Greenhouse/Lever board tokens, Rippling slugs
SLUG_DOTTED = r"[A-Za-z0-9_-](?:[A-Za-z0-9_-]|\.(?!\.)){0,99}"  # Ashby/SmartRecruiters names ("acme.io")
DNS_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"  # a subdomain: {token}.breezy.hr
SLUG_HINT = "letters, digits, '-' and '_'"
SLUG_DOTTED_HINT = "letters, digits, '-', '_' and single dots"
DNS_LABEL_HINT = "one subdomain label: letters, digits and inner '-' (e.g. acme for acme.breezy.hr)"



class Site(str, enum.Enum):
    """Registry keys of every connector (== module name == ``JobSource.key``)."""

    greenhouse = "greenhouse"
    lever = "lever"
    ashby = "ashby"
    smartrecruiters = "smartrecruiters"
    recruitee = "recruitee"
    workable = "workable"
    breezy = "breezy"
    rippling = "rippling"
    workday = "workday"
    remoteok = "remoteok"
    remotive = "remotive"
    arbeitnow = "arbeitnow"
    himalayas = "himalayas"
    jobicy = "jobicy"
    landingjobs = "landingjobs"
    workingnomads = "workingnomads"
    fourdayweek = "fourdayweek"
    weworkremotely = "weworkremotely"
    hackernews = "hackernews"
    jsonld = "jsonld"
    jobspy = "jobspy"
    nyc_jobs = "nyc_jobs"
    linkedin_dataset = "linkedin_dataset"


class RawPosting(BaseModel):
    """One posting as the source gave it; field names are the ``normalize_posting`` keywords.

    Attributes:
        source: registry key of the connector (``Site`` value).
        ats_id: the source's own id of the posting / requisition (unique per source+company).
        url: public posting page.
        title: job title as published.
        company: hiring company display name.
        apply_url: application form URL when the source gives one.
        location: free text, a list of texts/dicts, or a JSON-LD dict
            ``{"jobLocation", "jobLocationType", "applicantLocationRequirements"}``.
        work_mode_hint: ``"remote"|"hybrid"|"onsite"`` only when the source states it explicitly.
        allowed_regions_hint: regions/countries applicants must live in, when stated.
        description_html: HTML body (may be entity-encoded, e.g. Greenhouse ``content``).
        description_text: plain-text body when the source provides one.
        posted_at: raw publication time: epoch s/ms, ISO string, RFC 2822 or relative phrase.
        salary: raw compensation: text or the source's structured object.
        salary_currency_hint: ISO 4217 code when the source states it separately.
        employment_type: raw employment type ("FullTime", "Full-time", "CONTRACTOR"...).
        department: department/team/category.
        tags: skills/categories as given.
        work_hours: the working hours when the source states them in a field of their own
            (schema.org ``workHours`` text such as "20-30 hours per week", a numeric hours a week).
        raw: the original record (JSON-serializable) for audit and re-normalization.
    """

    model_config = ConfigDict(extra="forbid")

    source: str
    ats_id: str
    url: str
    title: str
    company: str
    apply_url: str | None = None
    location: Any = None
    work_mode_hint: WorkModeHint | None = None
    allowed_regions_hint: list[str] | None = None
    description_html: str | None = None
    description_text: str | None = None
    posted_at: Any = None
    salary: Any = None
    salary_currency_hint: str | None = None
    employment_type: str | None = None
    department: str | None = None
    tags: list[str] = Field(default_factory=list)
    work_hours: str | float | None = None
    raw: dict[str, Any] = Field(default_factory=dict)

    def normalize(self, *, now: datetime) -> NormalizedPosting:
        """Interpret the raw values via ``careercopilot.normalize.posting.normalize_posting``.

        Args:
            now: reference time for relative dates ("Posted 3 days ago") and freshness.
        """
        from careercopilot.normalize.posting import normalize_posting

        # Field values as they are (no deep ``model_dump`` copy of ``raw``/descriptions:
        # normalize_posting only reads them and ignores ``raw``).
        fields = {name: getattr(self, name) for name in type(self).model_fields}
        return normalize_posting(**fields, now=now)


class SearchQuery(BaseModel):
    """Coarse, client-side search filter applied by :meth:`JobSource.fetch`.

    Attributes:
        keywords: any-of keywords matched case-insensitively in title, department, tags,
            description (a single string is split on commas).
        location: substring of the location text (postings without location pass).
        remote_only: keep postings that say remote (hint or location/title text).
        limit: maximum number of postings returned (also stops pagination early).
        since: drop postings whose parseable ``posted_at`` is older.
    """

    keywords: list[str] = Field(default_factory=list)
    location: str | None = None
    remote_only: bool = False
    limit: int | None = Field(default=None, ge=1)
    since: datetime | None = None

    @field_validator("keywords", mode="before")
    @classmethod
    def _split_keywords(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value or []


def _blob(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def matches_query(posting: RawPosting, query: SearchQuery) -> bool:
    """Whether ``posting`` passes the coarse :class:`SearchQuery` filter (see its doc)."""
    if query.keywords:
        hay = " ".join(
            [posting.title, posting.department or "", " ".join(posting.tags), posting.description_text or "", posting.description_html or ""]
        ).lower()
        if not any(k.lower() in hay for k in query.keywords):
            return False
    location_text = _blob(posting.location).lower()
    if query.location and location_text and query.location.lower() not in location_text:
        return False
    if query.remote_only:
        if posting.work_mode_hint in ("hybrid", "onsite"):
            return False
        if posting.work_mode_hint != "remote" and "remote" not in f"{location_text} {posting.title.lower()}":
            return False
    if query.since is not None:
        posted = coerce_datetime(posting.posted_at)
        since = query.since if query.since.tzinfo else query.since.replace(tzinfo=UTC)
        if posted is not None and posted < since:
            return False
    return True


# ----------------------------------------------------------------------------- interface


class JobSource(ABC):
    """A job source: fetches pages over HTTP and parses them into :class:`RawPosting`.

    Class attributes:
        key: registry key (== module name == :class:`Site` value).
        label: display name.
        kind: ``"ats"`` (one company's board), ``"aggregator"`` (many companies),
            ``"page"`` (any careers page) or ``"scraper"`` (third-party scraping library).
        token_label: what the user must enter (``"Board token"``...) or None for key-free sources.
        verified: False only for sources not verified against live sites (jobspy).
        default_base_url: API root; may contain ``{token}`` (``https://{token}.breezy.hr``).
        default_page_size: page size for paginated APIs.
        token_pattern: regular expression a token must match in full (:data:`SLUG`...); None
            for connectors without a token or with their own :meth:`check_token`.
        token_hint: what ``token_pattern`` allows, in words (for the error message).

    Args:
        token: board token / company identifier (required when ``token_label`` is set).
        base_url: override of ``default_base_url`` (self-hosted mirrors, tests).
        fetcher: shared :class:`HttpFetcher`; a default one is created when None.
        company: display name to use when the payload has none (defaults from the token).
        page_size: override of ``default_page_size``.
        max_pages: safety cap on pages per fetch.

    Raises:
        ConnectorError: a required token is missing.
        InvalidTokenError: the token or ``base_url`` does not have the accepted syntax
            (checked here, i.e. at source creation and before every sync of a stored row).
    """

    key: ClassVar[str]
    label: ClassVar[str]
    kind: ClassVar[Literal["ats", "aggregator", "page", "scraper"]]
    token_label: ClassVar[str | None] = "Board token"
    verified: ClassVar[bool] = True
    default_base_url: ClassVar[str]
    default_page_size: ClassVar[int] = 100
    token_pattern: ClassVar[str | None] = SLUG_DOTTED
    token_hint: ClassVar[str] = SLUG_DOTTED_HINT

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        fetcher: HttpFetcher | None = None,
        company: str | None = None,
        page_size: int | None = None,
        max_pages: int = 50,
    ) -> None:
        token = clean(token)
        if self.token_label and not token:
            raise ConnectorError(f"{self.label} needs a {self.token_label.lower()}", source=self.key)
        self.fetcher = fetcher or HttpFetcher()
        self.token = self.check_token(token)
        root = self.check_base_url(clean(base_url)) or self.default_base_url
        self.base_url = root.replace("{token}", self.token or "").rstrip("/")
        self.company = clean(company)
        self.page_size = page_size or self.default_page_size
        self.max_pages = max_pages

    # -- validation ------------------------------------------------------------------
    def invalid(self, message: str) -> InvalidTokenError:
        """An :class:`InvalidTokenError` of this connector."""
        return InvalidTokenError(message, source=self.key)

    def check_token(self, token: str | None) -> str | None:
        """``token`` if it matches :attr:`token_pattern` (None passes when no token is needed).

        Raises:
            InvalidTokenError: naming the accepted syntax.
        """
        if token is None:
            return None
        if self.token_pattern is None or not re.fullmatch(self.token_pattern, token):
            what = (self.token_label or "token").lower()
            if self.token_pattern is None:
                raise self.invalid(f"{self.label} takes no {what}")
            raise self.invalid(f"{self.label} {what} must be {self.token_hint}; got {token[:100]!r}")
        return token

    def check_base_url(self, base_url: str | None) -> str | None:
        """``base_url`` (an API root override) if it is an absolute http(s) URL without
        user-info, query or fragment (its host is vetted by the fetcher's SSRF guard).

        Raises:
            InvalidTokenError: anything else.
        """
        if base_url is None:
            return None
        try:
            parsed = check_url_syntax(base_url)[0]
        except InvalidURLError as exc:
            raise self.invalid(f"{self.label} base URL must be an absolute http(s) URL ({exc.message})") from None
        if parsed.query or parsed.fragment or "{" in base_url:
            raise self.invalid(f"{self.label} base URL must not carry a query, fragment or placeholder")
        return base_url

    # -- to implement ------------------------------------------------------------
    @abstractmethod
    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """Yield raw page payloads (decoded JSON, or text for feeds/pages), fetching lazily."""

    @abstractmethod
    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Turn ONE recorded page into postings (pure, no I/O).

        Args:
            payload: the page body (bytes/str) or its decoded JSON.
            company: display name to use when the payload has none.

        Raises:
            MalformedPayloadError: the page is not in the documented shape.
        """

    # -- shared behaviour -------------------------------------------------------------
    def fetch(self, query: SearchQuery | None = None) -> list[RawPosting]:
        """Fetch all pages (up to ``query.limit`` postings) and return matching postings.

        Raises:
            ConnectorError: any HTTP or payload failure, with ``source`` set to ``key``.
        """
        query = query or SearchQuery()
        collected: list[RawPosting] = []
        try:
            for payload in self.iter_pages(query):
                collected.extend(self.parse_payload(payload, company=self.company))
                if query.limit and sum(matches_query(p, query) for p in collected) >= query.limit:
                    break
        except ConnectorError as exc:
            exc.source = exc.source or self.key
            exc.url = exc.url or self.base_url
            raise
        postings = [p for p in self.finalize(collected) if matches_query(p, query)]
        return postings[: query.limit] if query.limit else postings

    def finalize(self, postings: list[RawPosting]) -> list[RawPosting]:
        """Drop repeated ``ats_id`` values across pages (first one wins)."""
        seen: set[str] = set()
        out = []
        for posting in postings:
            if posting.ats_id not in seen:
                seen.add(posting.ats_id)
                out.append(posting)
        return out

    def company_name(self, company: str | None = None) -> str:
        """Company display name: explicit argument, constructor ``company``, or humanized token."""
        return company or self.company or humanize_token(self.token) or self.label

    def employer(self, company: str | None, description: str | None = None) -> str:
        """The employer of one posting: ``company`` unless it names no employer (blank, a
        placeholder such as "Confidential", or this source's own label/key:
        ``normalize.company_names.is_placeholder_company``), else the employer the description's
        opening names (``employer_in_text``), else — for a one-employer board (``kind`` "ats" or
        "page") — :meth:`company_name`; for a source of many employers the configured
        ``company`` or ``""`` (not named: issue 11 trial finding 2, LinkedIn dataset rows showed
        the dataset's label as their company)."""
        from careercopilot.normalize.company_names import employer_in_text, is_placeholder_company

        if not is_placeholder_company(company, source_names=(self.label, self.key)):
            return company or ""
        named = employer_in_text(description) if isinstance(description, str) else None
        if named:
            return named
        if self.kind in ("ats", "page"):
            return self.company_name()
        return self.company or ""

    def map_records(self, records: Iterable[Any], mapper: Callable[[Any], RawPosting | None]) -> list[RawPosting]:
        """Apply ``mapper`` to each record, skipping (and logging) records that lack required fields."""
        out = []
        for record in records:
            try:
                posting = mapper(prune_deep(record))
            except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as exc:
                log.warning("%s: skipping unreadable record: %s", self.key, exc)
                continue
            if posting is not None:
                out.append(posting)
        return out

    def posting(self, **fields: Any) -> RawPosting:
        """Build a :class:`RawPosting` for this source; ``raw`` is made JSON-safe, ids become strings.

        Raises:
            ValueError: a required field (ats_id, url, title) is empty.
        """
        for required in ("ats_id", "url", "title"):
            if not clean(fields.get(required)):
                raise ValueError(f"record has no {required}")
        fields["ats_id"] = str(fields["ats_id"]).strip()
        fields["title"] = str(fields["title"]).strip()
        fields["company"] = self.employer(clean(fields.get("company")), fields.get("description_text"))
        fields["tags"] = [t for t in (clean(x) for x in fields.get("tags") or []) if t]
        fields["raw"] = jsonable(fields.get("raw") or {})
        return RawPosting(source=self.key, **fields)

    def offset_pages(
        self,
        url: str,
        *,
        items_key: str | None,
        params: dict[str, Any] | None = None,
        offset_param: str = "offset",
        limit_param: str = "limit",
        total_key: str | None = None,
    ) -> Iterator[Any]:
        """GET ``url`` page by page with offset/limit parameters.

        Stops on an empty or short page, when ``offset >= total`` (``total_key``), or after
        ``max_pages``. Yields each decoded JSON page.
        """
        offset = 0
        total: int | None = None
        for _ in range(self.max_pages):
            payload = self.fetcher.get_json(url, params={**(params or {}), offset_param: offset, limit_param: self.page_size})
            yield payload
            items = dig(payload, items_key) if items_key else payload
            count = len(items) if isinstance(items, list) else 0
            if total is None and total_key and isinstance(dig(payload, total_key), int):
                total = dig(payload, total_key)
            offset += count
            if count == 0 or count < self.page_size or (total is not None and offset >= total):
                return

    def __repr__(self) -> str:
        return f"<{type(self).__name__} token={self.token!r} base_url={self.base_url!r}>"
