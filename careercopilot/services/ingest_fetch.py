"""Fetching a source's postings and wording fetch failures.

:func:`make_fetcher` (the one SSRF-guarded HTTP fetcher of syncs, test fetches and URL
imports), the connector a :class:`Source` row configures, a source's raw postings (recorded
payload, demo recording or live fetch), and :func:`fetch_error_message`: a job seeker's
wording of why an address could not be fetched (one neutral text, :data:`UNREACHABLE`, for
every refused or silent destination).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import structlog

from careercopilot.config import settings
from careercopilot.connectors import ConnectorError, HttpFetcher, RawPosting, get_source
from careercopilot.connectors.errors import (
    BlockedURLError,
    FetchConnectionError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidTokenError,
    InvalidURLError,
    MalformedPayloadError,
    ResponseTooLargeError,
    UnsupportedContentError,
)
from careercopilot.models import Source

log = structlog.get_logger(__name__)


def make_fetcher(*, allowlist: bool = True, deadline_s: float | None = None) -> HttpFetcher:
    """The SSRF-guarded :class:`HttpFetcher` of every sync, test fetch and URL import,
    configured from settings (timeout s, size cap bytes, and — for admin-set destinations,
    ``allowlist`` — the ``SSRF_ALLOW_HOSTS`` allowlist; a non-admin's pasted URL gets none).
    ``deadline_s``: the whole fetcher's budget in seconds (:class:`HttpFetcher` ``deadline_s``)."""
    return HttpFetcher(
        timeout_s=settings.http_timeout_seconds,
        max_bytes=settings.http_max_bytes,
        allow_hosts=settings.ssrf_allow_hosts if allowlist else (),
        deadline_s=deadline_s,
    )


def connector_for(source: Source, *, fetcher: HttpFetcher | None = None):
    """The connector instance configured by a :class:`Source` row (raises ConnectorError)."""
    return get_source(source.type, token=source.token, base_url=source.base_url, company=source.company,
                      fetcher=fetcher or make_fetcher())


def fetch_raw(source: Source, *, fetcher: HttpFetcher | None = None, payload: bytes | None = None) -> list[RawPosting]:
    """All postings of ``source``: ``payload`` (a recorded page/file given by the caller, e.g.
    ``sync --file``), else the recorded payload for demo sources, else a live fetch.

    Raises:
        ConnectorError: fetch/parse failure (or a demo source without a recording).
    """
    if payload is not None:
        connector = connector_for(source, fetcher=fetcher)
        return connector.finalize(connector.parse_payload(payload, company=source.company))
    if source.is_demo:
        from careercopilot.services.sources import demo_payloads

        connector = connector_for(source, fetcher=fetcher)
        raws: list[RawPosting] = []
        for payload in demo_payloads(source.type, source.token):
            raws.extend(connector.parse_payload(payload, company=source.company))
        return connector.finalize(raws)
    return connector_for(source, fetcher=fetcher).fetch()


#: The one text for a refused or unreachable destination (see :func:`fetch_error_message`).
UNREACHABLE = ("Could not fetch that address: it is not a public web server that answered. "
               "Career Copilot only fetches public job pages; check the address or try again later.")


def fetch_error_message(exc: ConnectorError, *, url: str, board: bool = False) -> str:
    """A job seeker's wording of why ``url`` could not be fetched (the technical detail stays
    in the logs): a pasted posting URL, or with ``board=True`` a job board's API during a
    source's test fetch (then a 404 or an unreadable answer points at the board token).

    One message per cause: not a web address, a token the connector does not accept, HTTP
    status, a body that is not a web page, too large, no posting found — and ONE neutral
    message (:data:`UNREACHABLE`) for every destination that was refused or did not answer
    (private/local address, no DNS answer, connection refused or reset, timeout), so the
    texts cannot be used to scan ports or probe internal names (issue 9 finding 3); the
    cause is logged here. ``exc.url`` (the hop that failed, which differs from ``url`` after
    a redirect) names the host in the HTTP messages.
    """
    log.info("fetch.failed", error=str(exc), detail=exc.detail, error_type=type(exc).__name__, url=exc.url,
             board=board)
    host = _host_of(exc.url) or _host_of(url) or "the site"
    redirected = exc.url is not None and exc.url != url
    if isinstance(exc, InvalidURLError):
        if redirected:
            return (f"That link redirects to {exc.url[:200]}, which is not a web address Career Copilot "
                    "can fetch; paste the posting's own https:// address.")
        return "That is not a web address — paste the posting's full URL starting with https://"
    if isinstance(exc, InvalidTokenError):
        return exc.message
    if isinstance(exc, (BlockedURLError, FetchTimeoutError, FetchConnectionError)):
        return UNREACHABLE
    if isinstance(exc, HttpStatusError):
        if board and exc.status in (400, 404, 410):
            return f"{host} answered HTTP {exc.status}: no such board — check the board token or company name."
        if exc.status in (404, 410):
            return (f"{host} answered HTTP {exc.status}: the page does not exist "
                    "(the posting may have been removed); check the link.")
        if exc.status in (401, 403):
            return f"{host} answered HTTP {exc.status}: the page needs a sign-in or refuses automated reading."
        if exc.status == 429 or exc.status >= 500:
            return f"{host} answered HTTP {exc.status} (busy or failing); try again later."
        return f"{host} answered HTTP {exc.status}; check the link."
    if isinstance(exc, UnsupportedContentError):
        return (f"That link opens a file ({exc.content_type}), not a web page; paste the address of the "
                "posting's web page.")
    if isinstance(exc, ResponseTooLargeError):
        return "That page is too large to import."
    if isinstance(exc, MalformedPayloadError):
        if board:
            return f"{host} answered, but not with that board's postings — check the board token."
        return "No job posting could be read from that page."
    return f"Could not load the page from {host}; check the address."


def _host_of(url: str | None) -> str | None:
    """The host name of ``url`` (lower-case), or None when it has none or does not parse."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None
