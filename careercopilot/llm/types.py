"""Value types of the provider layer (no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

WireFormat = Literal["openai", "anthropic"]
#: How structured (JSON) output is requested: the endpoint's native JSON-schema mode,
#: plain JSON mode, or only an instruction in the prompt (parsed tolerantly).
StructuredMode = Literal["json_schema", "json_object", "prompt"]


@dataclass(frozen=True)
class ProviderConfig:
    """One configured LLM endpoint.

    Attributes:
        wire: ``openai`` (OpenAI-compatible chat completions: OpenAI, Groq, OpenRouter,
            Ollama, vLLM, LM Studio) or ``anthropic`` (Messages API).
        base_url: API root, e.g. ``https://api.openai.com/v1``, ``http://localhost:11434/v1``,
            ``https://api.anthropic.com`` (``/v1/messages`` is appended for Anthropic).
        model: model name sent in every request.
        api_key: bearer key (``x-api-key`` for Anthropic); may be empty for local servers.
        timeout_s: read timeout between two received bytes, seconds (local models are slow).
        connect_timeout_s: TCP/TLS connect timeout, seconds.
        context_tokens: the model's context window in tokens (inputs are truncated to fit).
        max_retries: retries after the first attempt for retryable errors.
        retry_cap_s: longest wait honoured from ``Retry-After``; longer ⇒ ``retry_wait_too_long``.
        backoff_base_s: first backoff delay when the server gives no ``Retry-After``; doubles.
        structured_mode: remembered structured-output mode (None = not probed yet).
        name: display name (admin page, logs).
    """

    wire: WireFormat
    base_url: str
    model: str
    api_key: str = ""
    timeout_s: float = 120.0
    connect_timeout_s: float = 10.0
    context_tokens: int = 8192
    max_retries: int = 3
    retry_cap_s: float = 60.0
    backoff_base_s: float = 1.0
    structured_mode: StructuredMode | None = None
    name: str = ""

    def __repr__(self) -> str:  # never print the key
        return (
            f"ProviderConfig(wire={self.wire!r}, base_url={self.base_url!r}, model={self.model!r}, "
            f"api_key={'***' if self.api_key else ''!r}, timeout_s={self.timeout_s})"
        )


@dataclass(frozen=True)
class ChatRequest:
    """A prompt: one system prompt and alternating user/assistant messages."""

    system: str
    messages: tuple[tuple[str, str], ...]  # (role, text), role in user|assistant
    max_tokens: int = 1024
    temperature: float = 0.3
    #: JSON schema when structured output is wanted (see :mod:`careercopilot.llm.compat`).
    json_schema: dict | None = None
    structured_mode: StructuredMode | None = None


@dataclass
class Usage:
    """Token counts; ``estimated`` when the server sent none (≈ 4 characters per token)."""

    input_tokens: int = 0
    output_tokens: int = 0
    estimated: bool = False


@dataclass
class Completion:
    """A finished generation.

    Attributes:
        text: visible answer (reasoning/``<think>`` content removed).
        finish_reason: normalized: ``stop`` | ``length`` | ``content_filter`` | other provider value.
        usage: token counts.
        model: model name the server reported.
        attempts: HTTP attempts it took (1 = no retry).
    """

    text: str
    finish_reason: str
    usage: Usage = field(default_factory=Usage)
    model: str = ""
    attempts: int = 1

    @property
    def truncated(self) -> bool:
        """True when the model stopped at its token limit."""
        return self.finish_reason == "length"


@dataclass(frozen=True)
class StreamEvent:
    """One event of :meth:`Provider.stream`.

    ``delta``: ``text`` is new visible text. ``reset``: discard all text received so far
    (a retry restarts the answer, or a late ``</think>`` showed it was reasoning);
    ``text`` says why. ``done``: ``completion`` is the finished result.
    """

    kind: Literal["delta", "reset", "done"]
    text: str = ""
    completion: Completion | None = None
