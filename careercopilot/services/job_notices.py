"""Inbox items for finished background work (issue 13, "In-app"): "sync finished" to whoever
started a sync, "generation finished" to a document's owner.

Both go through :func:`careercopilot.services.notifications.notify` with ``dedupe_key`` = the
background job's id (``BackgroundJob.id``), so a job that RQ (or the in-process runner) retries,
or whose last step runs twice, still leaves ONE item. Outside a job (a CLI sync, a test calling
the service) there is no job id and nothing is announced: the person is looking at the result.
"""

from __future__ import annotations

from sqlmodel import Session

from careercopilot import routes
from careercopilot.models import BackgroundJob, Source, WritingDocument
from careercopilot.services import notifications


def job_starter(*, session: Session, job_id: str) -> int | None:
    """The user who started background job ``job_id`` (``BackgroundJob.user_id``; None for a
    scheduled run or an unknown job)."""
    row = session.get(BackgroundJob, job_id)
    return None if row is None else row.user_id


def sync_finished(*, session: Session, job_id: str | None, source_id: int, summary: str,
                  failed: bool = False) -> bool:
    """Tell the user who started sync job ``job_id`` of source ``source_id`` how it ended
    (``summary``: the job's counts line or its error). True when an item was added; False for a
    scheduled sync, no job, a repeat, or a user who turned the kind off."""
    if not job_id:
        return False
    uid = job_starter(session=session, job_id=job_id)
    if uid is None:
        return False
    source = session.get(Source, source_id)
    name = source.name if source is not None else f"source {source_id}"
    title = f"Sync of {name} failed" if failed else f"Sync of {name} finished"
    _, created = notifications.notify(session=session, user_id=uid, kind="sync_finished", dedupe_key=job_id,
                                      title=title, body=summary, link=routes.SOURCES)
    return created


#: Document status (``WritingDocument.status`` after a run) → how the inbox says it.
_GENERATION_OUTCOMES = {"ready": "is ready", "stopped": "was stopped", "failed": "failed"}


def generation_finished(*, session: Session, job_id: str | None, document_id: int) -> bool:
    """Tell a writing document's owner that generation job ``job_id`` ended (ready, stopped or
    failed — read from the document). True when an item was added."""
    if not job_id:
        return False
    doc = session.get(WritingDocument, document_id)
    if doc is None or doc.status == "streaming":
        return False
    what = doc.title or doc.kind.replace("_", " ").capitalize()
    title = f"{what} {_GENERATION_OUTCOMES.get(doc.status, doc.status)}"
    body = (doc.error or "") if doc.status == "failed" else ""
    _, created = notifications.notify(session=session, user_id=doc.user_id, kind="generation_finished",
                                      dedupe_key=job_id, title=title, body=body,
                                      link=routes.writing_document(document_id))
    return created
