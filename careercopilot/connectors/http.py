"""HTTP layer shared by every connector: retries, rate limit, size cap, SSRF guard.

Behaviour (the politeness rules follow the public job-board API docs: Greenhouse Job
Board API, Lever Postings API, Remotive/RemoteOK terms — identify yourself, back off on
429, do not hammer one host):

* sync :class:`httpx.Client`, descriptive ``User-Agent``;
* retries (tenacity) on 429, 5xx, timeouts and connection errors, exponential backoff
  ``backoff_base_s * 2**(attempt-1)`` capped at ``max_backoff_s``; a ``Retry-After``
  header (delta-seconds or HTTP-date, RFC 9110 §10.2.3) overrides the backoff, also capped;
* per-host minimum interval between requests (thread-safe slot reservation);
* response size cap checked against ``Content-Length`` AND the bytes actually streamed;
* the SSRF guard (:mod:`careercopilot.connectors.netguard`), always on: every hop is
  vetted, the connection goes to the vetted IP with the original ``Host`` header and TLS
  SNI, redirects are followed manually (at most ``MAX_REDIRECTS``) and re-vetted; loopback
  or LAN servers are reachable only through the allowlist (``allow_hosts``; tests list
  their loopback server there), and a redirect reaches an allow-listed local destination
  only when the first URL was one (a public page cannot bounce the fetch onto the LAN). No environment proxy is used (it would resolve names itself).

The ``sleep`` and ``clock`` callables are injectable so tests never really wait.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Self

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
)

from careercopilot.connectors.errors import (
    BlockedURLError,
    ConnectorError,
    FetchConnectionError,
    FetchTimeoutError,
    HttpStatusError,
    MalformedPayloadError,
    ResponseTooLargeError,
)
from careercopilot.connectors.netguard import AllowList, Resolver, is_public_ip, vet_url

DEFAULT_USER_AGENT = "CareerCopilot/0.1 (+self-hosted job-search copilot)"
MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass
class FetchResponse:
    """A fully read, size-checked response.

    Attributes:
        url: final URL (after redirects), as the user would see it (host name, not IP).
        status: HTTP status code (2xx).
        headers: response headers.
        content: body bytes (at most ``max_bytes``).
    """

    url: str
    status: int
    headers: httpx.Headers
    content: bytes = field(repr=False)

    @property
    def text(self) -> str:
        """Body decoded with the charset the server declared (UTF-8 otherwise, lenient)."""
        charset = self.headers.get_content_charset() if hasattr(self.headers, "get_content_charset") else None
        ctype = self.headers.get("content-type", "")
        if not charset and "charset=" in ctype:
            charset = ctype.split("charset=", 1)[1].split(";", 1)[0].strip().strip('"')
        try:
            return self.content.decode(charset or "utf-8", errors="replace")
        except (LookupError, ValueError):  # unknown charset, or a codec that fails anyway ("idna": UnicodeError)
            return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """Body parsed as JSON.

        Raises:
            MalformedPayloadError: the body is not valid JSON.
        """
        try:
            return json.loads(self.content)
        except (ValueError, RecursionError) as exc:  # RecursionError: "[" * 10**6 nests past the parser's stack
            snippet = self.content[:80].decode("utf-8", "replace")
            raise MalformedPayloadError(f"response is not valid JSON ({exc.__class__.__name__}: {exc}); body starts {snippet!r}", url=self.url) from exc


class _Retryable(Exception):
    """Internal: a failed attempt that may be retried."""

    def __init__(self, error: ConnectorError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header value, or None if absent/unparseable.

    Accepts delta-seconds (``"120"``) or an HTTP-date (``"Wed, 21 Oct 2015 07:28:00 GMT"``),
    per RFC 9110 §10.2.3. Dates in the past give 0.
    """
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


class HttpFetcher:
    """Polite, size-capped, SSRF-guarded HTTP client for connectors and URL imports.

    Args:
        user_agent: ``User-Agent`` header (use :data:`DEFAULT_USER_AGENT` or a variant).
        timeout_s: connect/read/write/pool timeout per attempt, seconds.
        max_bytes: body size cap in bytes.
        max_retries: retries after the first attempt (0 = single attempt).
        per_host_interval_s: minimum seconds between two requests to one host.
        allow_hosts: the SSRF allowlist (:class:`netguard.AllowList` or its entries: ``host``,
            ``host:port``, IP, CIDR), e.g. the loopback test server; everything else must be public.
        resolver: ``resolver(host, port) -> [address, ...]`` used by the guard (unit tests pass a
            stub; default ``socket.getaddrinfo``).
        sleep: ``sleep(seconds)`` used for backoff and rate limiting (tests pass a recorder).
        backoff_base_s: first backoff delay; doubles per attempt.
        max_backoff_s: cap for backoff and ``Retry-After`` delays.
        clock: monotonic clock used by the rate limiter and the deadline.
        transport: optional httpx transport (tests use ``httpx.MockTransport``).
        deadline_s: optional wall-clock budget, seconds from construction, for EVERYTHING this
            fetcher does (every attempt, backoff, redirect hop and body read): past it a request
            raises :class:`FetchTimeoutError` and is not retried; each attempt's httpx timeout is
            cut to the time left. A URL import makes one fetcher per import with its deadline, so
            the network-pool thread stops by itself: ``asyncio.wait_for`` cannot stop a thread, and
            before this a page dripping one byte every 3 s kept a pool thread 100 s past the 30 s
            ``URL_IMPORT_TIMEOUT_SECONDS`` — 16 such imports blocked every URL import and provider
            sign-in of the instance (security probe attack80, session 26).

    Raises (from the request methods): :class:`HttpStatusError`, :class:`FetchTimeoutError`,
    :class:`ResponseTooLargeError`, :class:`MalformedPayloadError`, :class:`BlockedURLError`
    (and its subclasses :class:`InvalidURLError`, :class:`UnresolvableHostError`),
    :class:`FetchConnectionError` for connection failures, or :class:`ConnectorError`
    for too many redirects.
    """

    def __init__(
        self,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout_s: float = 10.0,
        max_bytes: int = 5_000_000,
        max_retries: int = 3,
        per_host_interval_s: float = 1.0,
        allow_hosts: AllowList | Iterable[str] = (),
        resolver: Resolver | None = None,
        sleep: Callable[[float], Any] = time.sleep,
        backoff_base_s: float = 1.0,
        max_backoff_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
        deadline_s: float | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.max_retries = max_retries
        self.per_host_interval_s = per_host_interval_s
        self.allow_hosts = AllowList.parse(allow_hosts)
        self.resolver = resolver
        self.sleep = sleep
        self.backoff_base_s = backoff_base_s
        self.max_backoff_s = max_backoff_s
        self.clock = clock
        self._transport = transport
        self.deadline = None if deadline_s is None else clock() + deadline_s
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_s),
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept": "application/json, text/html;q=0.9, */*;q=0.8"},
            transport=transport,
            # the guard must not hand DNS resolution to an environment proxy
            trust_env=False,
        )

    # -- configuration helpers -------------------------------------------------
    ssrf_guard = True  #: always: there is no unguarded fetcher (kept for callers that check)

    def guarded(self) -> HttpFetcher:
        """This fetcher (every :class:`HttpFetcher` enforces the SSRF guard)."""
        return self

    def close(self) -> None:
        """Close the underlying connection pool."""
        self._client.close()

    def __enter__(self) -> Self:
        """Use as a context manager; closes the pool on exit."""
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API --------------------------------------------------------------
    def get_json(self, url: str, params: dict[str, Any] | None = None, *, headers: dict[str, str] | None = None) -> Any:
        """GET ``url`` and parse the body as JSON (see class doc for errors)."""
        return self.request("GET", url, params=params, headers=headers).json()

    def get_text(self, url: str, params: dict[str, Any] | None = None, *, headers: dict[str, str] | None = None) -> str:
        """GET ``url`` and return the decoded body text (see class doc for errors)."""
        return self.request("GET", url, params=params, headers=headers).text

    def post_json(self, url: str, *, json: Any = None, params: dict[str, Any] | None = None) -> Any:
        """POST a JSON body (Workday CXS search) and parse the JSON answer."""
        return self.request("POST", url, params=params, json_body=json, headers={"Content-Type": "application/json"}).json()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> FetchResponse:
        """Send one logical request with retries, redirects, rate limit and size cap.

        Returns:
            the final 2xx :class:`FetchResponse`.
        """
        if params:
            url = str(httpx.URL(url).copy_merge_params({k: v for k, v in params.items() if v is not None}))
        retrying = Retrying(
            stop=stop_after_attempt(self.max_retries + 1),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._follow(method, url, json_body=json_body, headers=headers or {})
        except _Retryable as exc:
            raise exc.error from None
        raise ConnectorError("request was not attempted", url=url)  # pragma: no cover

    # -- internals -----------------------------------------------------------------
    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            delay = min(exc.retry_after, self.max_backoff_s)
        else:
            delay = min(self.backoff_base_s * (2 ** (state.attempt_number - 1)), self.max_backoff_s)
        left = self._time_left()
        if left is not None and delay >= left and isinstance(exc, _Retryable):
            raise exc.error from None  # no time for another attempt: the last failure is the answer
        return delay

    def _time_left(self) -> float | None:
        """Seconds until :attr:`deadline` (None without one; ≤ 0 once it has passed)."""
        return None if self.deadline is None else self.deadline - self.clock()

    def _check_deadline(self, url: str) -> float | None:
        """The time left, seconds; raises :class:`FetchTimeoutError` once the deadline has passed."""
        left = self._time_left()
        if left is not None and left <= 0:
            raise FetchTimeoutError("the fetch's deadline passed", url=url)
        return left

    def _throttle(self, host: str) -> None:
        if self.per_host_interval_s <= 0:
            return
        with self._lock:
            now = self.clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self.per_host_interval_s
        delay = slot - now
        if delay > 0:
            self.sleep(delay)

    def _follow(self, method: str, url: str, *, json_body: Any, headers: dict[str, str]) -> FetchResponse:
        current = url
        # a redirect may lead to an allow-listed local destination only from one: a public page
        # cannot bounce the fetch onto the LAN host an admin listed (e.g. the Ollama server)
        allow = self.allow_hosts
        for hop in range(MAX_REDIRECTS + 1):
            response, local = self._send_once(method, current, json_body=json_body, headers=headers, allow=allow)
            if hop == 0 and not local:
                allow = AllowList()
            if isinstance(response, FetchResponse):
                return response
            location = response
            try:
                current = str(httpx.URL(current).join(location))
            except (httpx.InvalidURL, ValueError) as exc:  # "http://[::1", a NUL, a lone surrogate
                raise BlockedURLError(url=url, detail=f"redirect to an unusable address {location[:200]!r}: "
                                                      f"{exc.__class__.__name__}") from None
            if method == "POST":
                method, json_body = "GET", None
        raise ConnectorError(f"too many redirects (more than {MAX_REDIRECTS})", url=url)

    def _send_once(self, method: str, url: str, *, json_body: Any, headers: dict[str, str],
                   allow: AllowList) -> tuple[FetchResponse | str, bool]:
        """One hop: ``(response or the Location of a redirect, whether the destination is a local
        one admitted by the allowlist)``."""
        send_headers = dict(headers)
        vetted = vet_url(url, allow_hosts=allow, resolver=self.resolver)
        local = vetted.ip is None or not is_public_ip(vetted.ip)
        connect_url = vetted.connect_url
        send_headers["Host"] = vetted.host_header
        extensions: dict[str, Any] = vetted.extensions
        host = vetted.host
        self._throttle(host)
        left = self._check_deadline(url)
        try:
            request = self._client.build_request(
                method, connect_url, headers=send_headers, json=json_body, extensions=extensions or None,
                timeout=httpx.Timeout(min(self.timeout_s, left)) if left is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except (httpx.InvalidURL, ValueError) as exc:  # vetted, yet httpx refuses it: never unwrapped
            raise BlockedURLError(url=url, detail=f"unusable address: {exc.__class__.__name__}") from None
        try:
            response = self._client.send(request, stream=True)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError) as exc:
            # httpx builds a redirect's next request even without following it, and refuses a
            # Location such as "http:\\127.0.0.1" there with InvalidURL, or "http://xn--/" with the
            # idna package's IDNAError (a UnicodeError, so a ValueError): session 13 attacker, two
            # rounds — each escaped the fetcher unwrapped and its raw text reached the page
            raise BlockedURLError(url=url, detail=f"unusable redirect address: {exc.__class__.__name__}: {exc}") from None
        except httpx.TimeoutException as exc:
            raise _Retryable(FetchTimeoutError(f"timed out after {self.timeout_s:g}s ({exc.__class__.__name__})", url=url)) from exc
        except httpx.TransportError as exc:
            raise _Retryable(FetchConnectionError(f"connection failed: {exc.__class__.__name__}: {exc}", url=url)) from exc
        try:
            status = response.status_code
            if status in REDIRECT_STATUSES and response.headers.get("location"):
                return response.headers["location"], local
            if status in RETRY_STATUSES:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                raise _Retryable(HttpStatusError(f"HTTP {status} {response.reason_phrase}", status=status, url=url), retry_after)
            if status >= 400:
                raise HttpStatusError(f"HTTP {status} {response.reason_phrase}", status=status, url=url)
            content = self._read_capped(response, url)
            return FetchResponse(url=url, status=status, headers=response.headers, content=content), local
        except httpx.TimeoutException as exc:
            raise _Retryable(FetchTimeoutError(f"timed out after {self.timeout_s:g}s while reading the body", url=url)) from exc
        except httpx.TransportError as exc:
            raise _Retryable(FetchConnectionError(f"connection failed while reading: {exc}", url=url)) from exc
        finally:
            response.close()

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise ResponseTooLargeError(
                f"response declares {int(declared)} bytes, over the {self.max_bytes}-byte cap", url=url
            )
        chunks: list[bytes] = []
        total = 0
        try:
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > self.max_bytes:
                    raise ResponseTooLargeError(f"response exceeded the {self.max_bytes}-byte cap while streaming", url=url)
                chunks.append(chunk)
                self._check_deadline(url)  # a body dripped slower than the read timeout still ends
        except httpx.DecodingError as exc:  # a Content-Encoding (gzip, deflate, br) its body does not follow
            raise MalformedPayloadError(f"response body does not match its Content-Encoding ({exc})", url=url) from None
        return b"".join(chunks)
