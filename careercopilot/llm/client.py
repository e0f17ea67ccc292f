"""The provider client: one code path for both wire formats, streamed or not.

Why httpx and not the official ``openai``/``anthropic`` SDKs:

* one retry policy for every endpoint — ``Retry-After`` in seconds, HTTP-date and
  ``retry-after-ms``, a cap after which we stop and say so, and retries of *mid-stream*
  error events (the SDKs retry only before the first byte and surface
  ``overloaded_error`` after HTTP 200 as an exception in the middle of iteration);
* robustness the SDKs do not offer for local servers: ``finish_reason: ""``, line-framed
  ``data:`` chunks, JSON bodies to ``stream: true``, ``<think>`` blocks, reasoning fields;
* the SSRF guard must choose the address we connect to (the vetted IP with the original
  ``Host`` header and SNI), which needs control of the request below the SDKs' API;
* two SDKs would mean two dependency trees and two behaviours to test for one feature;
  the wire formats we use are small (chat completions, Messages) and stable.

Every call goes through :meth:`Provider.complete` or :meth:`Provider.stream`. Both retry
retryable errors (:data:`careercopilot.llm.errors.RETRYABLE_KINDS`) up to
``config.max_retries`` times, waiting what the server asked (capped at
``config.retry_cap_s``; a longer request is a ``retry_wait_too_long`` error) or an
exponential backoff. A stream that restarts after emitting text first yields a ``reset``
event, so a caller never concatenates two attempts and never stores partial text as a
finished answer: only the ``done`` event carries a :class:`Completion`.
"""

from __future__ import annotations

import itertools
import json
import time
from contextlib import closing
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from careercopilot.llm import wire_anthropic, wire_openai
from careercopilot.llm.compat import ThinkFilter, estimate_tokens, strip_think
from careercopilot.llm.errors import LLMError, kind_for_error_object, kind_for_status, protocol_error
from careercopilot.llm.retry import backoff_seconds, retry_after_seconds
from careercopilot.llm.sse import is_event_stream, iter_json_events, looks_like_sse
from careercopilot.llm.types import ChatRequest, Completion, ProviderConfig, StreamEvent, Usage

#: Largest error body read to classify an HTTP error, bytes.
MAX_ERROR_BODY = 64_000
USER_AGENT = "CareerCopilot/0.1 (+self-hosted job-search copilot)"


class Target:
    """Where to connect: the URL, and the ``Host`` header/extensions when pinned to an IP."""

    def __init__(self, url: str, host_header: str | None = None, extensions: dict | None = None) -> None:
        self.url = url
        self.host_header = host_header
        self.extensions = extensions or {}


#: ``guard(url) -> Target``; raises LLMError(kind="blocked") to refuse the URL.
Guard = Callable[[str], Target]


class Provider:
    """A configured endpoint.

    Args:
        config: the endpoint.
        guard: vets the URL before every attempt (the SSRF guard); None = connect as is.
        transport: httpx transport (tests); None = the network.
        sleep: used between retries (tests pass a recorder).
    """

    def __init__(
        self,
        config: ProviderConfig,
        *,
        guard: Guard | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        self.config = config
        self.guard = guard
        self.sleep = sleep
        self.waits: list[float] = []
        self._wire = wire_anthropic if config.wire == "anthropic" else wire_openai
        timeout = httpx.Timeout(config.timeout_s, connect=config.connect_timeout_s)
        self._client = httpx.Client(
            timeout=timeout, transport=transport, follow_redirects=False,
            headers={"User-Agent": USER_AGENT}, trust_env=guard is None,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> Provider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API ------------------------------------------------------------------
    def complete(self, request: ChatRequest) -> Completion:
        """One non-streamed answer (retried); raises :class:`LLMError`."""
        attempt = 0
        while True:
            attempt += 1
            try:
                completion = self._complete_once(request)
                completion.attempts = attempt
                return completion
            except LLMError as exc:
                self._before_retry(exc, attempt)

    def stream(self, request: ChatRequest) -> Iterator[StreamEvent]:
        """Stream an answer: ``delta`` events, ``reset`` before a restarted attempt, one ``done``.

        Raises :class:`LLMError` (with ``partial_text``) when retries are exhausted or the
        error is not retryable.
        """
        attempt = 0
        while True:
            attempt += 1
            emitted: list[str] = []
            try:
                for event in self._stream_once(request):
                    if event.kind == "delta":
                        emitted.append(event.text)
                    elif event.kind == "reset":
                        emitted.clear()
                    elif event.kind == "done" and event.completion is not None:
                        event.completion.attempts = attempt
                    yield event
                return
            except LLMError as exc:
                exc.partial_text = exc.partial_text or "".join(emitted)
                self._before_retry(exc, attempt)
                if emitted:
                    yield StreamEvent("reset", f"retrying after {exc.kind}: {exc}")

    # -- retries --------------------------------------------------------------------
    @property
    def _label(self) -> str:
        """How an error names the provider: its name, never its base URL — the message reaches regular
        users' pages (a document's error; attack93 item 3). The URL is in the logs and on the admin page."""
        return self.config.name or "the AI provider"

    def _before_retry(self, exc: LLMError, attempt: int) -> None:
        """Sleep before the next attempt, or re-raise ``exc`` when no retry is allowed."""
        if not exc.retryable or attempt > self.config.max_retries:
            raise exc
        if exc.retry_after is not None:
            if exc.retry_after > self.config.retry_cap_s:
                raise LLMError(
                    f"{self._label} asked to wait {exc.retry_after:.0f} s before retrying "
                    f"(more than the {self.config.retry_cap_s:.0f} s cap): {exc}",
                    kind="retry_wait_too_long", status=exc.status, retry_after=exc.retry_after,
                    partial_text=exc.partial_text,
                ) from exc
            wait = exc.retry_after
        else:
            wait = backoff_seconds(attempt, base_s=self.config.backoff_base_s, cap_s=self.config.retry_cap_s)
        self.waits.append(wait)
        self.sleep(wait)

    # -- one attempt ----------------------------------------------------------------
    def _target(self, url: str) -> Target:
        return self.guard(url) if self.guard is not None else Target(url)

    def _build(self, request: ChatRequest, *, stream: bool) -> httpx.Request:
        target = self._target(self._wire.endpoint(self.config))
        hdrs = self._wire.headers(self.config)
        if target.host_header:
            hdrs["Host"] = target.host_header
        payload = self._wire.body(self.config, request, stream=stream)
        return self._client.build_request(
            "POST", target.url, content=json.dumps(payload).encode(), headers=hdrs, extensions=target.extensions
        )

    def _send(self, request: ChatRequest, *, stream: bool) -> httpx.Response:
        try:
            response = self._client.send(self._build(request, stream=stream), stream=True)
        except httpx.TimeoutException as exc:
            # one text for "no answer" whatever the cause (refused, reset, timeout): no port-scan
            # oracle through the admin's "test connection" (issue 9 finding 3); the kind drives retries
            raise LLMError(f"cannot reach {self._label}", kind="timeout") from exc
        except httpx.TransportError as exc:
            raise LLMError(f"cannot reach {self._label}", kind="connection") from exc
        if response.status_code >= 400:
            try:
                raise self._http_error(response)
            finally:
                response.close()
        return response

    def _http_error(self, response: httpx.Response) -> LLMError:
        raw = b""
        try:
            for chunk in response.iter_bytes():
                raw += chunk
                if len(raw) > MAX_ERROR_BODY:
                    break
        except httpx.HTTPError:
            pass
        kind = kind_for_status(response.status_code)
        message = raw[:300].decode("utf-8", "replace").strip()
        try:
            payload = json.loads(raw)
            err = payload.get("error", payload) if isinstance(payload, dict) else payload
            if isinstance(err, str):
                err = {"message": err}
            if isinstance(err, dict):
                message = str(err.get("message") or message)
                detailed = kind_for_error_object(err, default=kind)
                if detailed == "context_length" or kind == "bad_request":
                    kind = detailed
        except ValueError:
            pass
        return LLMError(
            f"HTTP {response.status_code} from {self._label}: {message[:300]}",
            kind=kind, status=response.status_code, retry_after=retry_after_seconds(response.headers),
        )

    def _read_json(self, response: httpx.Response) -> Any:
        try:
            raw = response.read()
            return json.loads(raw)
        except httpx.TimeoutException as exc:
            raise LLMError("timed out reading the answer", kind="timeout", status=response.status_code) from exc
        except httpx.TransportError as exc:
            raise LLMError(f"connection lost reading the answer: {exc}", kind="incomplete", status=200) from exc
        except ValueError as exc:
            raise LLMError("the answer is not JSON", kind="server", status=response.status_code) from exc

    def _first_text(self, texts: Iterator[str]) -> str:
        try:
            for text in texts:
                if text.strip():
                    return text
        except httpx.TimeoutException as exc:
            raise LLMError("no answer before the read timeout", kind="timeout", status=200) from exc
        except httpx.TransportError as exc:
            raise LLMError(f"the stream was cut: {exc}", kind="incomplete", status=200) from exc
        return ""

    def _rest_json(self, first: str, texts: Iterator[str]) -> Any:
        try:
            return json.loads(first + "".join(texts))
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise LLMError(f"connection lost reading the answer: {exc}", kind="incomplete", status=200) from exc
        except ValueError as exc:
            raise LLMError("the answer is not JSON", kind="server", status=200) from exc

    def _completion(self, payload: Any, request: ChatRequest) -> Completion:
        try:
            text, finish, usage, model = self._wire.parse_response(payload)
        except (TypeError, AttributeError, KeyError, IndexError, ValueError) as exc:  # a shape the parser missed
            raise protocol_error("response", payload) from exc
        return Completion(strip_think(text), finish, usage or self._estimate(request, text), model)

    def _complete_once(self, request: ChatRequest) -> Completion:
        with closing(self._send(request, stream=False)) as response:
            return self._completion(self._read_json(response), request)

    def _stream_once(self, request: ChatRequest) -> Iterator[StreamEvent]:
        with closing(self._send(request, stream=True)) as response:
            texts = response.iter_text()
            first = self._first_text(texts)
            if not (is_event_stream(response) or looks_like_sse(first)):  # the server ignored stream: true
                completion = self._completion(self._rest_json(first, texts), request)
                if completion.text:
                    yield StreamEvent("delta", completion.text)
                yield StreamEvent("done", completion=completion)
                return
            state = wire_anthropic.StreamState() if self.config.wire == "anthropic" else wire_openai.StreamState()
            think = ThinkFilter()
            parts: list[str] = []
            try:
                for event, payload in iter_json_events(itertools.chain([first], texts)):
                    raw = self._feed(state, event, payload)
                    if raw:
                        visible, reset = think.feed(raw)
                        if reset:
                            parts.clear()
                            yield StreamEvent("reset", "the text so far was the model's reasoning")
                        if visible:
                            parts.append(visible)
                            yield StreamEvent("delta", visible)
                    if state.finish_reason and self.config.wire == "anthropic":
                        break
            except httpx.TimeoutException as exc:
                raise LLMError("the stream stalled (read timeout)", kind="timeout", status=200,
                               partial_text="".join(parts)) from exc
            except httpx.TransportError as exc:
                raise LLMError(f"the stream was cut: {exc}", kind="incomplete", status=200,
                               partial_text="".join(parts)) from exc
            except LLMError as exc:
                exc.partial_text = "".join(parts)
                raise
            tail = think.flush()
            if tail:
                parts.append(tail)
                yield StreamEvent("delta", tail)
            if not state.finish_reason:
                raise LLMError("the stream ended before the answer was finished", kind="incomplete", status=200,
                               partial_text="".join(parts))
            text = "".join(parts)
            usage = state.usage if state.usage and (state.usage.output_tokens or state.usage.input_tokens) else None
            yield StreamEvent("done", completion=Completion(text.strip(), state.finish_reason,
                                                           usage or self._estimate(request, text), state.model))

    def _feed(self, state: Any, event: str, payload: Any) -> str:
        """``state.feed`` of one event; a shape the wire parser missed is a ``protocol`` LLMError."""
        try:
            return state.feed(event, payload) if self.config.wire == "anthropic" else state.feed(payload)
        except LLMError:
            raise
        except (TypeError, AttributeError, KeyError, IndexError, ValueError) as exc:
            raise protocol_error("stream event", payload) from exc

    def _estimate(self, request: ChatRequest, text: str) -> Usage:
        prompt = request.system + "".join(t for _, t in request.messages)
        return Usage(estimate_tokens(prompt), estimate_tokens(text), estimated=True)
