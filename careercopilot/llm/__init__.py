"""LLM provider layer (a leaf like ``connectors``: never the database, services or UI).

:class:`~careercopilot.llm.client.Provider` speaks OpenAI-compatible chat completions and
Anthropic Messages over httpx, streamed and not; see its module docstring for why not
the SDKs. :mod:`~careercopilot.llm.compat` holds local-model compatibility,
:mod:`~careercopilot.llm.errors` the error kinds.
"""

from careercopilot.llm.client import Provider, Target
from careercopilot.llm.errors import LLMError
from careercopilot.llm.types import ChatRequest, Completion, ProviderConfig, StreamEvent, Usage

__all__ = ["ChatRequest", "Completion", "LLMError", "Provider", "ProviderConfig", "StreamEvent", "Target", "Usage"]
