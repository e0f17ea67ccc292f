"""OpenAI-compatible chat completions (OpenAI, Groq, OpenRouter, Ollama, vLLM, LM Studio).

Request: ``POST {base_url}/chat/completions`` with ``Authorization: Bearer <key>``.
Stream chunks (``chat.completion.chunk``): text in ``choices[0].delta.content``
(``null`` or ``""`` when the chunk carries only a role or reasoning); the answer is finished
only by a **non-empty** ``finish_reason`` — some servers send ``""`` on every
intermediate chunk; ``usage`` arrives in a final chunk with empty ``choices`` when
``stream_options.include_usage`` is honoured, else never. Errors inside a 200 stream are
``{"error": {...}}`` objects (OpenRouter, vLLM). Reasoning arrives in ``reasoning_content``
(DeepSeek, vLLM) or ``reasoning`` (Ollama) and is never visible text.
"""

from __future__ import annotations

from typing import Any

from careercopilot.llm.errors import LLMError, kind_for_error_object, protocol_error
from careercopilot.llm.types import ChatRequest, ProviderConfig, Usage

FINISH_MAP = {"stop": "stop", "length": "length", "content_filter": "content_filter", "tool_calls": "tool_calls",
              "eos": "stop", "eos_token": "stop", "stop_sequence": "stop", "end_turn": "stop", "max_tokens": "length"}


def endpoint(config: ProviderConfig) -> str:
    """The chat-completions URL for ``config.base_url``."""
    base = config.base_url.rstrip("/")
    return base if base.endswith("/chat/completions") else f"{base}/chat/completions"


def headers(config: ProviderConfig) -> dict[str, str]:
    """Request headers (the key as a bearer token when there is one)."""
    out = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    if config.api_key:
        out["Authorization"] = f"Bearer {config.api_key}"
    return out


def body(config: ProviderConfig, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
    """JSON body; ``response_format`` follows ``request.structured_mode``."""
    messages = [{"role": "system", "content": request.system}] if request.system else []
    messages += [{"role": role, "content": text} for role, text in request.messages]
    out: dict[str, Any] = {
        "model": config.model,
        "messages": messages,
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
        "stream": stream,
    }
    if stream:
        out["stream_options"] = {"include_usage": True}
    if request.json_schema is not None and request.structured_mode == "json_schema":
        out["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": request.json_schema},
        }
    elif request.json_schema is not None and request.structured_mode == "json_object":
        out["response_format"] = {"type": "json_object"}
    return out


def _usage(raw: Any) -> Usage | None:
    if not isinstance(raw, dict):
        return None
    try:
        return Usage(int(raw.get("prompt_tokens") or 0), int(raw.get("completion_tokens") or 0))
    except (TypeError, ValueError):
        return None


def parse_response(payload: Any) -> tuple[str, str, Usage | None, str]:
    """``(text, finish_reason, usage, model)`` of a non-streamed response.

    Raises LLMError for an ``{"error": …}`` body, a body without choices (kind ``server``)
    and a body of the wrong shape (kind ``protocol``: a non-object body or choice, a
    ``message`` that is not an object, ``content`` that is not a string).
    """
    if not isinstance(payload, dict):
        raise protocol_error("response (not a JSON object)", payload)
    if payload.get("error"):
        err = payload["error"]
        raise LLMError(_message(err), kind=kind_for_error_object(err), status=200)
    choices = payload.get("choices")
    if not choices:
        raise LLMError(f"response has no choices: {str(payload)[:120]}", kind="server", status=200)
    if not isinstance(choices, list) or not isinstance(choices[0], dict):
        raise protocol_error("response (choices)", choices)
    choice = choices[0]
    message = choice.get("message") or {}
    if not isinstance(message, dict):
        raise protocol_error("response (message)", message)
    text = message.get("content") or ""
    if not isinstance(text, str):
        raise protocol_error("response (content)", text)
    finish = FINISH_MAP.get(str(choice.get("finish_reason") or ""), str(choice.get("finish_reason") or "stop"))
    return text, finish, _usage(payload.get("usage")), str(payload.get("model") or "")


class StreamState:
    """Folds stream chunks: ``feed(payload)`` returns the new visible text of one chunk."""

    def __init__(self) -> None:
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.model = ""

    def feed(self, payload: Any) -> str:
        """New visible text of one chunk. LLMError for an ``{"error": …}`` chunk (its kind) and,
        kind ``protocol``, for a chunk of the wrong shape: not an object, ``choices`` not a list,
        a choice or ``delta`` not an object, ``content`` neither a string nor null."""
        if not isinstance(payload, dict):
            raise protocol_error("stream chunk (not a JSON object)", payload)
        if payload.get("error"):
            err = payload["error"]
            raise LLMError(_message(err), kind=kind_for_error_object(err), status=200)
        self.model = str(payload.get("model") or self.model)
        usage = _usage(payload.get("usage"))
        if usage is not None:
            self.usage = usage
        choices = payload.get("choices")
        if choices is None:
            choices = []
        if not isinstance(choices, list):
            raise protocol_error("stream chunk (choices)", choices)
        text = []
        for choice in choices:
            if not isinstance(choice, dict):
                raise protocol_error("stream chunk (choice)", choice)
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta")
            if delta is None:
                delta = {}
            if not isinstance(delta, dict):
                raise protocol_error("stream chunk (delta)", delta)
            content = delta.get("content")
            if content is not None and not isinstance(content, str):
                raise protocol_error("stream chunk (content)", content)
            if content:
                text.append(content)
            finish = choice.get("finish_reason")
            if finish:  # "" and null both mean "not finished"
                self.finish_reason = FINISH_MAP.get(str(finish), str(finish))
        return "".join(text)


def _message(err: Any) -> str:
    if isinstance(err, dict):
        return str(err.get("message") or err.get("type") or err)[:500]
    return str(err)[:500]
