"""Structured (JSON) answers on any endpoint: ``json_schema`` → ``json_object`` → prompt-only.

The first call on an endpoint walks the ladder (a 400/422 or an unparseable answer moves
one step down) and returns the mode that worked; callers remember it per endpoint
(:class:`ModeMemory` in-process, and the provider row in the database), so later calls
start there. Anthropic has no ``response_format``: it starts at ``prompt``. The JSON
instruction is always in the system prompt too — weak local models follow it even
when they ignore ``response_format``. Answers are read by
:func:`careercopilot.llm.compat.parse_json_tolerant`.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from careercopilot.llm.client import Provider
from careercopilot.llm.compat import STRUCTURED_LADDER, json_instruction, parse_json_tolerant
from careercopilot.llm.errors import LLMError
from careercopilot.llm.types import ChatRequest, Completion, StructuredMode

PROBE_SCHEMA = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}


class ModeMemory:
    """Process-wide memory of the structured mode that works per (base URL, model)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._modes: dict[tuple[str, str], StructuredMode] = {}

    def get(self, base_url: str, model: str) -> StructuredMode | None:
        with self._lock:
            return self._modes.get((base_url.rstrip("/"), model))

    def set(self, base_url: str, model: str, mode: StructuredMode) -> None:
        with self._lock:
            self._modes[(base_url.rstrip("/"), model)] = mode


MEMORY = ModeMemory()


def ladder_from(provider: Provider) -> tuple[StructuredMode, ...]:
    """Modes to try for ``provider``, starting at the remembered one."""
    if provider.config.wire == "anthropic":
        return ("prompt",)
    start = provider.config.structured_mode or MEMORY.get(provider.config.base_url, provider.config.model)
    modes = STRUCTURED_LADDER
    return tuple(modes[modes.index(start):]) if start in modes else modes  # type: ignore[return-value]


def complete_json(provider: Provider, request: ChatRequest, schema: dict) -> tuple[object, Completion, StructuredMode]:
    """``(value, completion, mode)``: the parsed JSON answer and the mode that produced it.

    Raises LLMError (kind ``server`` when no mode gave parseable JSON, else the call's error).
    """
    system = (request.system + "\n\n" + json_instruction(schema)).strip()
    last_error: Exception | None = None
    for mode in ladder_from(provider):
        attempt = replace(request, system=system, json_schema=schema, structured_mode=mode)
        try:
            completion = provider.complete(attempt)
        except LLMError as exc:
            if exc.kind == "bad_request" and mode != "prompt":
                last_error = exc
                continue
            raise
        try:
            value = parse_json_tolerant(completion.text)
        except ValueError as exc:
            last_error = exc
            continue
        MEMORY.set(provider.config.base_url, provider.config.model, mode)
        return value, completion, mode
    raise LLMError(f"the model gave no usable JSON in any mode: {last_error}", kind="server")


def probe_structured_mode(provider: Provider) -> StructuredMode:
    """Find (once) which structured mode the endpoint supports; raises LLMError."""
    request = ChatRequest(system="You answer health checks.", messages=(("user", 'Reply {"ok": true}.'),), max_tokens=20,
                          temperature=0.0)
    _, _, mode = complete_json(provider, request, PROBE_SCHEMA)
    return mode
