"""Errors of the LLM provider layer, classified so callers know what to tell the user
and whether a retry can help.

``kind`` values (stable strings, logged and shown in the generation log):

========================  =========  ==================================================
kind                      retryable  meaning
========================  =========  ==================================================
``rate_limited``          yes        HTTP 429 / ``rate_limit_error``
``overloaded``            yes        HTTP 529 / ``overloaded_error`` (also mid-stream)
``server``                yes        HTTP 5xx / ``api_error`` / ``server_error``
``timeout``               yes        connect/read timeout (per-provider timeouts)
``connection``            yes        refused/reset connection
``incomplete``            yes        the stream ended before a finish reason
``auth``                  no         HTTP 401/403, bad or missing key
``bad_request``           no         HTTP 400/404/422 / ``invalid_request_error``
``context_length``        no         the input does not fit the model's context
``blocked``               no         the SSRF guard refused the provider URL
``retry_wait_too_long``   no         the server asked to wait longer than the cap
``budget``                no         the user's or the instance's token budget is spent
``guard``                 no         the output guard refused the model's answer
``protocol``              no         a malformed answer: a stream event or body of the wrong
                                     shape (``"choices": 5``, a non-object event, a
                                     ``delta`` that is a string; issue 12 finding 5)
``internal``              no         an unexpected error in our own code during a generation
========================  =========  ==================================================
"""

from __future__ import annotations

RETRYABLE_KINDS = frozenset({"rate_limited", "overloaded", "server", "timeout", "connection", "incomplete"})


class LLMError(Exception):
    """A failed generation.

    Attributes:
        kind: one of the kinds in the module table.
        status: HTTP status when there was one (200 for an error event inside a stream).
        retry_after: seconds the server asked to wait, if it said so.
        partial_text: text received before the failure (never to be saved as complete).
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str,
        status: int | None = None,
        retry_after: float | None = None,
        partial_text: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after
        self.partial_text = partial_text

    @property
    def retryable(self) -> bool:
        """True when another attempt may succeed."""
        return self.kind in RETRYABLE_KINDS


#: Provider error ``type`` strings (Anthropic ``error.type``, OpenAI ``error.type``/``code``,
#: OpenRouter/vLLM mid-stream error objects) → our kind. Sources: Anthropic "Errors" doc
#: (invalid_request_error, authentication_error, permission_error, not_found_error,
#: request_too_large, rate_limit_error, api_error, overloaded_error), OpenAI error codes.
ERROR_TYPE_KINDS: dict[str, str] = {
    "overloaded_error": "overloaded",
    "rate_limit_error": "rate_limited",
    "rate_limit_exceeded": "rate_limited",
    "insufficient_quota": "auth",
    "api_error": "server",
    "server_error": "server",
    "internal_server_error": "server",
    "service_unavailable": "server",
    "timeout": "timeout",
    "invalid_request_error": "bad_request",
    "BadRequestError": "bad_request",
    "not_found_error": "bad_request",
    "request_too_large": "context_length",
    "context_length_exceeded": "context_length",
    "authentication_error": "auth",
    "invalid_api_key": "auth",
    "permission_error": "auth",
}


def kind_for_status(status: int) -> str:
    """Our error kind for an HTTP status (RFC 9110 semantics; 529 is Anthropic's "overloaded")."""
    if status == 429:
        return "rate_limited"
    if status == 529:
        return "overloaded"
    if status in (401, 403):
        return "auth"
    if status == 413:
        return "context_length"
    if status >= 500:
        return "server"
    return "bad_request"


def kind_for_error_object(err: object, default: str = "server") -> str:
    """Our kind for a provider error object ``{"type": …, "code": …, "message": …}``."""
    if not isinstance(err, dict):
        return default
    for key in ("type", "code"):
        value = err.get(key)
        if isinstance(value, str) and value in ERROR_TYPE_KINDS:
            return ERROR_TYPE_KINDS[value]
        if isinstance(value, int) and 400 <= value < 600:
            return kind_for_status(value)
    message = str(err.get("message", "")).lower()
    if "context length" in message or "maximum context" in message or "too many tokens" in message:
        return "context_length"
    if "overloaded" in message:
        return "overloaded"
    if "rate limit" in message:
        return "rate_limited"
    return default


def protocol_error(what: str, payload: object) -> LLMError:
    """The ``protocol`` LLMError for a malformed event/body ``payload`` (``what`` says which part)."""
    return LLMError(f"the provider sent a malformed {what}: {str(payload)[:120]!r}", kind="protocol", status=200)
