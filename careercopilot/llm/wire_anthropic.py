"""Anthropic Messages API (``POST {base_url}/v1/messages``, ``anthropic-version: 2023-06-01``).

Stream (Anthropic "Streaming Messages" doc): ``message_start`` (input usage),
``content_block_start``/``content_block_delta``/``content_block_stop`` (text in
``text_delta``; ``thinking_delta`` is reasoning, never visible), ``message_delta``
(``stop_reason``, output usage), ``message_stop``; ``ping`` anywhere; an ``error`` event
(e.g. ``overloaded_error``) may arrive after HTTP 200.
"""

from __future__ import annotations

from typing import Any

from careercopilot.llm.errors import LLMError, kind_for_error_object
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
    return LLMError(str(err.get("message") or err.get("type") or payload)[:500], kind=kind_for_error_object(err), status=200)


def parse_response(payload: Any) -> tuple[str, str, Usage | None, str]:
    """``(text, finish_reason, usage, model)`` of a non-streamed message."""
    if not isinstance(payload, dict):
        raise LLMError("response is not a JSON object", kind="server", status=200)
    if payload.get("type") == "error":
        raise _error(payload)
    blocks = payload.get("content") or []
    text = "".join(b.get("text", "") for b in blocks if isinstance(b, dict) and b.get("type") == "text")
    stop = str(payload.get("stop_reason") or "")
    usage_raw = payload.get("usage") or {}
    usage = Usage(int(usage_raw.get("input_tokens") or 0), int(usage_raw.get("output_tokens") or 0)) if usage_raw else None
    return text, STOP_MAP.get(stop, stop or "stop"), usage, str(payload.get("model") or "")


class StreamState:
    """Folds stream events: ``feed(event, payload)`` returns new visible text."""

    def __init__(self) -> None:
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.model = ""
        self._stopped = False

    def feed(self, event: str, payload: Any) -> str:
        if not isinstance(payload, dict):
            return ""
        kind = payload.get("type") or event
        if kind == "error":
            raise _error(payload)
        if kind == "message_start":
            msg = payload.get("message") or {}
            self.model = str(msg.get("model") or "")
            u = msg.get("usage") or {}
            self.usage = Usage(int(u.get("input_tokens") or 0), int(u.get("output_tokens") or 0))
        elif kind == "content_block_delta":
            delta = payload.get("delta") or {}
            if delta.get("type") == "text_delta":
                return str(delta.get("text") or "")
        elif kind == "message_delta":
            stop = (payload.get("delta") or {}).get("stop_reason")
            if stop:
                self._pending_finish = STOP_MAP.get(stop, stop)
            u = payload.get("usage") or {}
            if u.get("output_tokens") is not None:
                self.usage = self.usage or Usage()
                self.usage.output_tokens = int(u["output_tokens"])
                if u.get("input_tokens"):
                    self.usage.input_tokens = int(u["input_tokens"])
        elif kind == "message_stop":
            self.finish_reason = getattr(self, "_pending_finish", None) or "stop"
        return ""
