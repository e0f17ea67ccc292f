"""Writing copilot jobs (RQ; in-process threads on the embedded default)."""

from __future__ import annotations

from jobs.queues import job


@job("default")
def generate_document(document_id: int) -> str:
    """Write one document, saving tokens as they arrive; returns the final status."""
    from careercopilot.services import writing_generation

    return writing_generation.run(document_id)


@job("default")
def enrich_prep(document_id: int) -> str:
    """The LLM pass of a tailoring or interview-prep document; returns its outcome."""
    from careercopilot.services import writing_prep_llm

    return writing_prep_llm.run(document_id)
