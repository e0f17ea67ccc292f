"""Errors raised by job-source connectors and the HTTP layer.

Every error is a :class:`ConnectorError`, so callers (the ingest job, the CLI,
the "add posting from URL" form) can catch one type and show its message. The
message always names the source (registry key, when known) and the URL.
"""

from __future__ import annotations

#: The one text of every refused or unreachable destination (SSRF guard, no DNS answer,
#: connection refused/reset, timeout): the same words whatever the cause, so that error texts
#: cannot be used to scan ports or probe internal DNS names (issue 9 finding 3). The cause is
#: in ``ConnectorError.detail`` and the server log.
NEUTRAL_MESSAGE = "the address is not reachable as a public web server"


class ConnectorError(Exception):
    """A job source could not be read.

    Attributes:
        message: what went wrong, in plain words.
        source: registry key of the connector (``"greenhouse"``...) or None when the
            error was raised by the bare HTTP layer; connectors fill it in.
        url: the URL that was being fetched, or None for pure parsing.
        detail: technical cause for the server log (never shown to users), or None.
    """

    def __init__(self, message: str, *, source: str | None = None, url: str | None = None,
                 detail: str | None = None) -> None:
        self.message = message
        self.source = source
        self.url = url
        self.detail = detail
        super().__init__(message)

    def __str__(self) -> str:
        parts = []
        if self.source:
            parts.append(f"[{self.source}]")
        parts.append(self.message)
        if self.url:
            parts.append(f"(url: {self.url})")
        return " ".join(parts)


class HttpStatusError(ConnectorError):
    """The server answered with a non-success HTTP status (after any retries).

    Attributes:
        status: the HTTP status code of the last response.
    """

    def __init__(self, message: str, *, status: int, source: str | None = None, url: str | None = None) -> None:
        self.status = status
        super().__init__(message, source=source, url=url)


class FetchTimeoutError(ConnectorError):
    """Connecting to or reading from the server took longer than ``timeout_s`` (after retries)."""


class MalformedPayloadError(ConnectorError):
    """The body was not the JSON/XML/HTML shape the source's API documents."""


class ResponseTooLargeError(ConnectorError):
    """The body exceeded ``max_bytes`` (by Content-Length or by bytes actually streamed)."""


class BlockedURLError(ConnectorError):
    """The URL was refused by the SSRF guard (bad scheme, or resolves to a non-public address).

    Its message is :data:`NEUTRAL_MESSAGE` unless given; the cause is in ``detail``.
    """

    def __init__(self, message: str = NEUTRAL_MESSAGE, *, source: str | None = None, url: str | None = None,
                 detail: str | None = None) -> None:
        super().__init__(message, source=source, url=url, detail=detail)


class InvalidURLError(BlockedURLError):
    """The text is not an absolute ``http``/``https`` URL with a host (``"not a url"``,
    ``"jobs.example.com/1"`` without a scheme, ``"ftp://…"``, ``"https://"``).

    A subclass of :class:`BlockedURLError`: the guard refuses it exactly as before; the
    type only tells callers the user typed something that is not a web address.
    """


class UnresolvableHostError(BlockedURLError):
    """The host name has no DNS answer (typo, unknown domain, or no network). Nothing is
    fetched; a subclass of :class:`BlockedURLError` so the guard stays as strict as before.

    Attributes:
        host: the host name that did not resolve (lower-case, as written in the URL).
    """

    def __init__(self, message: str = NEUTRAL_MESSAGE, *, host: str, source: str | None = None,
                 url: str | None = None, detail: str | None = None) -> None:
        self.host = host
        super().__init__(message, source=source, url=url, detail=detail)


class FetchConnectionError(ConnectorError):
    """The TCP/TLS connection to the server failed (refused, reset, TLS error), after retries."""


class UnsupportedContentError(MalformedPayloadError):
    """The page is not an HTML/text document (a PDF, an image, JSON…).

    Attributes:
        content_type: the ``Content-Type`` media type the server sent (``"application/pdf"``).
    """

    def __init__(self, message: str, *, content_type: str, source: str | None = None, url: str | None = None) -> None:
        self.content_type = content_type
        super().__init__(message, source=source, url=url)


class InvalidTokenError(ConnectorError):
    """A source's board token or base URL does not have the syntax its connector accepts
    (checked when a source is created AND before every fetch, so rows already in the
    database are refused too). The message says what the connector expects."""
