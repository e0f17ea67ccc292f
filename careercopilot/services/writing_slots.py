"""The per-user limit on concurrent generations with an AI model (attack93 item 1).

A generation that waits on a model which accepts the connection and never answers holds its worker
for up to ``attempts × LLM_TIMEOUT_SECONDS``. Generations run on a pool (in-process) or RQ queue of
their own (``services.inline_pools``, ``jobs.queues.WRITING_QUEUE``), so other jobs never wait behind
them; within that pool each user may have ``settings.writing_user_generations`` (default 1) queued or
running at once, so one person cannot fill it for everyone.

A generation over the limit is **refused** (:class:`GenerationBusy`, a ValueError the pages and the
API show), not queued: a queued one would sit behind the user's running one — possibly stuck for
minutes — while its page showed "writing…" with nothing arriving; the refusal names the running
document at once, and the user can stop it (Stop) and start again. Starting the same document twice
(a double click, a second tab) is not refused: the running job is returned. The offline writer takes
no slot: it is deterministic and ends in seconds.

The limit is decided by the database (``background.enqueue(user_slots=…)``: one live row per slot key),
so two racing starts cannot both pass.
"""

from __future__ import annotations

from sqlmodel import select

from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import WritingDocument
from careercopilot.services.background import JobHandle, SlotsTaken, enqueue


class GenerationBusy(ValueError):
    """The user already has ``settings.writing_user_generations`` generations queued or running;
    ``titles`` name their documents."""

    def __init__(self, titles: list[str]) -> None:
        named = ", ".join(f"“{t}”" for t in titles[:3]) or "another document"
        limit = max(1, settings.writing_user_generations)
        each = "one generation" if limit == 1 else f"{limit} generations"
        super().__init__(f"The AI model is still writing {named}; {each} per person can run at a time, so this one "
                         "was not started. Wait for it to finish, or stop it, then start this one again.")
        self.titles = titles


def enqueue_generation(path: str, document_id: int, *, user_id: int, uses_model: bool) -> JobHandle:
    """Enqueue the writing job ``path(document_id)`` for ``user_id``; with ``uses_model`` it takes one of
    the user's slots. Raises :class:`GenerationBusy` when every slot holds another document's job, and
    what :func:`background.enqueue` raises."""
    if not uses_model:
        return enqueue(path, document_id, user_id=user_id)
    try:
        return enqueue(path, document_id, user_id=user_id, user_slots=max(1, settings.writing_user_generations))
    except SlotsTaken as exc:
        with session_scope() as s:
            titles = list(s.exec(select(WritingDocument.title).where(WritingDocument.user_id == user_id,
                                                                     WritingDocument.job_id.in_(exc.job_ids))))
        raise GenerationBusy([t or "Untitled" for t in titles]) from None


#: The cover-letter/e-mail generation job (``writing_documents.start_generation``).
GENERATE_PATH = "jobs.writing.generate_document"


def refuse_when_busy(*, user_id: int, uses_model: bool, path: str = GENERATE_PATH) -> None:
    """Raise :class:`GenerationBusy` when every one of the user's slots for ``path``'s queue holds a
    live job — checked BEFORE a new document's row is written, so a refused request leaves nothing
    behind (sec125 finding 4: six parallel requests left six failed documents). Nothing for the
    offline writer (``uses_model`` False: it takes no slot). Two racing requests can both pass this
    read; the database's slot keys still refuse the second (:func:`enqueue_generation`), and
    ``start_generation`` then deletes its never-started row."""
    if not uses_model:
        return
    from careercopilot.models import BackgroundJob
    from careercopilot.models.background import LIVE_STATUSES
    from careercopilot.services.background import queue_of
    from careercopilot.services.job_policy import slot_key

    limit = max(1, settings.writing_user_generations)
    keys = [slot_key(queue_of(path), user_id, n) for n in range(limit)]
    with session_scope() as s:
        job_ids = list(s.exec(select(BackgroundJob.id).where(BackgroundJob.dedupe_key.in_(keys),
                                                             BackgroundJob.status.in_(LIVE_STATUSES))))
        if len(job_ids) < limit:
            return
        titles = list(s.exec(select(WritingDocument.title).where(WritingDocument.user_id == user_id,
                                                                 WritingDocument.job_id.in_(job_ids))))
    raise GenerationBusy([t or "Untitled" for t in titles])
