"""Server-sent events for the provider layer.

The line-level decoding is httpx-sse's (the WHATWG "event stream interpretation":
``data:`` lines of one event joined with ``\\n``, ``:`` comment lines ignored, ``retry:``
and ``id:`` fields, CR/LF/CRLF line ends). On top of it, :func:`iter_json_events`
handles what real LLM servers send:

* events without data (``retry:``-only, ``id:``-only, keep-alive) are skipped;
* ``[DONE]`` ends the stream (OpenAI and every compatible server);
* an event whose joined data is not JSON but whose lines each are — servers that frame
  one chunk per ``data:`` line without blank lines between them (vLLM's SageMaker
  container, see tests/fixtures/llm/recorded/SOURCES.md) — yields each line's object;
* a non-JSON event raises :class:`LLMError` (``bad_request``-free kind ``server``).

We drive httpx-sse's decoders ourselves instead of its ``EventSource``: at end of
stream ``EventSource`` drops an event that lacks its closing blank line (the letter of the
WHATWG spec), which loses the whole answer of a line-framed server and the final chunk of
servers that end with ``data: [DONE]\n``; we dispatch it. Callers check the
``Content-Type`` first and read JSON bodies directly (some servers ignore ``stream: true``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
from httpx_sse._decoders import SSEDecoder, SSELineDecoder  # pinned httpx-sse==0.4.3

from careercopilot.llm.errors import LLMError

DONE = "[DONE]"


def is_event_stream(response: httpx.Response) -> bool:
    """True when the response declares ``text/event-stream``."""
    return "text/event-stream" in response.headers.get("content-type", "").lower()


def _decode(data: str) -> list[Any]:
    try:
        return [json.loads(data)]
    except ValueError:
        pass
    lines = [line for line in data.split("\n") if line.strip()]
    if len(lines) > 1:
        out: list[Any] = []
        for line in lines:
            if line.strip() == DONE:
                out.append(DONE)
                continue
            try:
                out.append(json.loads(line))
            except ValueError:
                break
        else:
            return out
    raise LLMError(f"stream event is not JSON: {data[:120]!r}", kind="server", status=200)


SSE_FIELD_STARTS = ("data:", "event:", ":", "id:", "retry:")


def looks_like_sse(first_text: str) -> bool:
    """True when a body starts like an event stream (some proxies label SSE as JSON)."""
    return first_text.lstrip().startswith(SSE_FIELD_STARTS)


def iter_json_events(texts: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """``(event_name, payload)`` for each data-carrying event of the decoded body text
    chunks ``texts``; stops at ``[DONE]``. Raises :class:`LLMError` on non-JSON data.
    """
    for sse in _iter_sse(texts):
        data = sse.data
        if not data.strip():
            continue  # retry-only / id-only / empty keep-alive event
        if data.strip() == DONE:
            return
        for payload in _decode(data):
            if payload == DONE:
                return
            yield sse.event, payload


def _iter_sse(texts: Iterable[str]):
    lines = SSELineDecoder()
    decoder = SSEDecoder()
    for text in texts:
        for line in lines.decode(text):
            sse = decoder.decode(line.rstrip("\n"))
            if sse is not None:
                yield sse
    for line in lines.flush():
        sse = decoder.decode(line.rstrip("\n"))
        if sse is not None:
            yield sse
    sse = decoder.decode("")  # dispatch an event left open at end of stream
    if sse is not None:
        yield sse
