"""Anthropic Messages API (``POST {base_url}/v1/messages``, ``anthropic-version: 2023-06-01``).

Stream (Anthropic "Streaming Messages" doc): ``message_start`` (input usage),
``content_block_start``/``content_block_delta``/``content_block_stop`` (text in
``text_delta``; ``thinking_delta`` is reasoning, never visible), ``message_delta``
(``stop_reason``, output usage), ``message_stop``; ``ping`` anywhere; an ``error`` event
(e.g. ``overloaded_error``) may arrive after HTTP 200.
"""

from __future__ import annotations

from typing import Any

from careercopilot.llm.errors import LLMError, kind_for_error_object, protocol_error
from careercopilot.llm.types import ChatRequest, ProviderConfig, Usage

API_VERSION = "2023-06-01"
STOP_MAP = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "refusal": "content_filter",
            "tool_use": "tool_calls", "pause_turn": "pause_turn"}


def endpoint(config: ProviderConfig) -> str:
    """The Messages URL for ``config.base_url`` (with or without a trailing ``/v1``)."""
    base = config.base_url.rstrip("/")
    if base.endswith("/messages"):
        return base
    return f"{base}/messages" if base.endswith("/v1") else f"{base}/v1/messages"


def headers(config: ProviderConfig) -> dict[str, str]:
    """Request headers (``x-api-key`` when there is a key)."""
    out = {"Content-Type": "application/json", "anthropic-version": API_VERSION,
           "Accept": "application/json, text/event-stream"}
    if config.api_key:
        out["x-api-key"] = config.api_key
    return out


def body(config: ProviderConfig, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
    """JSON body (structured output is requested in the prompt: see llm.compat)."""
    out: dict[str, Any] = {
        "model": config.model,
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
        "messages": [{"role": role, "content": text} for role, text in request.messages],
        "stream": stream,
    }
    if request.system:
        out["system"] = request.system
    return out


def _error(payload: dict) -> LLMError:
    err = payload.get("error") or {}
    if not isinstance(err, dict):
        err = {"message": str(err)}
    return LLMError(str(err.get("message") or err.get("type") or payload)[:500], kind=kind_for_error_object(err), status=200)


def _obj(value: Any, what: str) -> dict:
    """``value`` when it is an object, ``{}`` for null/absent; LLMError(kind="protocol") otherwise."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise protocol_error(what, value)
    return value


def _count(raw: dict, key: str, what: str) -> int:
    """A token count (absent/null = 0); LLMError(kind="protocol") for a non-number."""
    value = raw.get(key)
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise protocol_error(what, value)
    try:
        return int(value)
    except ValueError as exc:
        raise protocol_error(what, value) from exc


def parse_response(payload: Any) -> tuple[str, str, Usage | None, str]:
    """``(text, finish_reason, usage, model)`` of a non-streamed message; LLMError for an error
    body (its kind) and, kind ``protocol``, for a body of the wrong shape (not an object,
    ``content`` not a list, a text block whose ``text`` is not a string, a non-number usage)."""
    if not isinstance(payload, dict):
        raise protocol_error("response (not a JSON object)", payload)
    if payload.get("type") == "error":
        raise _error(payload)
    blocks = payload.get("content") or []
    if not isinstance(blocks, list):
        raise protocol_error("response (content)", blocks)
    parts = []
    for b in blocks:
        if isinstance(b, dict) and b.get("type") == "text":
            if not isinstance(b.get("text", ""), str):
                raise protocol_error("response (text block)", b)
            parts.append(b.get("text", ""))
    stop = str(payload.get("stop_reason") or "")
    usage_raw = _obj(payload.get("usage"), "response (usage)")
    usage = (Usage(_count(usage_raw, "input_tokens", "usage"), _count(usage_raw, "output_tokens", "usage"))
             if usage_raw else None)
    return "".join(parts), STOP_MAP.get(stop, stop or "stop"), usage, str(payload.get("model") or "")


class StreamState:
    """Folds stream events: ``feed(event, payload)`` returns new visible text.

    LLMError for an ``error`` event (its kind) and, kind ``protocol``, for an event of the wrong
    shape: not an object, a ``message``/``delta``/``usage`` that is not an object, a text delta
    whose ``text`` is not a string, a token count that is not a number."""

    def __init__(self) -> None:
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.model = ""
        self._pending_finish: str | None = None

    def feed(self, event: str, payload: Any) -> str:
        if not isinstance(payload, dict):
            raise protocol_error(f"{event or 'stream'} event (not a JSON object)", payload)
        kind = payload.get("type") or event
        if kind == "error":
            raise _error(payload)
        if kind == "message_start":
            msg = _obj(payload.get("message"), "message_start (message)")
            self.model = str(msg.get("model") or "")
            u = _obj(msg.get("usage"), "message_start (usage)")
            self.usage = Usage(_count(u, "input_tokens", "usage"), _count(u, "output_tokens", "usage"))
        elif kind == "content_block_delta":
            delta = _obj(payload.get("delta"), "content_block_delta (delta)")
            if delta.get("type") == "text_delta":
                text = delta.get("text")
                if text is not None and not isinstance(text, str):
                    raise protocol_error("text_delta (text)", text)
                return text or ""
        elif kind == "message_delta":
            stop = _obj(payload.get("delta"), "message_delta (delta)").get("stop_reason")
            if stop:
                self._pending_finish = STOP_MAP.get(str(stop), str(stop))
            u = _obj(payload.get("usage"), "message_delta (usage)")
            if u.get("output_tokens") is not None:
                self.usage = self.usage or Usage()
                self.usage.output_tokens = _count(u, "output_tokens", "usage")
                if u.get("input_tokens"):
                    self.usage.input_tokens = _count(u, "input_tokens", "usage")
        elif kind == "message_stop":
            self.finish_reason = self._pending_finish or "stop"
        return ""
