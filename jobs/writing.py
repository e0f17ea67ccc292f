"""Writing copilot jobs (RQ queue ``writing``; in-process, the writing pool of the embedded default).

Both run on a queue and pool of their own (attack93 item 1: ``jobs.queues.WRITING_QUEUE``,
``services.inline_pools``), so a generation stuck on a slow or silent model never delays other jobs.

A finished generation (ready, stopped or failed) and a finished LLM pass of a tailoring or
interview-prep document put a "generation finished" item in the owner's inbox, keyed by the job
id (``services.job_notices``).
"""

from __future__ import annotations

from jobs.queues import WRITING_QUEUE, job


@job(WRITING_QUEUE)
def generate_document(document_id: int) -> str:
    """Write one document, saving tokens as they arrive; returns the final status."""
    from careercopilot.db import session_scope
    from careercopilot.services import job_notices, writing_generation
    from careercopilot.services.background import current_job_id

    status = writing_generation.run(document_id)
    with session_scope() as s:
        job_notices.generation_finished(session=s, job_id=current_job_id(), document_id=int(document_id))
    return status


@job(WRITING_QUEUE)
def enrich_prep(document_id: int) -> str:
    """The LLM pass of a tailoring or interview-prep document; returns its outcome. With a model
    configured (the pass took a while) the owner gets a "writing finished" item."""
    from careercopilot.db import session_scope
    from careercopilot.services import job_notices, writing_prep_llm
    from careercopilot.services.background import current_job_id

    outcome = writing_prep_llm.run(document_id)
    if outcome != "offline":  # the offline proposals were there at once: nothing to announce
        with session_scope() as s:
            job_notices.generation_finished(session=s, job_id=current_job_id(), document_id=int(document_id))
    return outcome
