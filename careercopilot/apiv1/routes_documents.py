"""``/api/v1/documents``: the writing copilot's documents — list, read, draft a new one
(cover letter, follow-up or thank-you note for one of your applications, written in the
background) — ``services.writing_documents``, the same path as the app's "Write" buttons.

Scopes ``documents:read|write``. Another user's document or application is a 404.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from careercopilot.apiv1 import pagination
from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import Problem, responses
from careercopilot.apiv1.schemas_more import DocumentIn, DocumentOut, DocumentPage, DocumentSummary
from careercopilot.db import session_scope
from careercopilot.models import WritingDocument
from careercopilot.routes import MAX_ROW_ID
from careercopilot.services import writing_documents as docs
from careercopilot.services.api_tokens import TokenPrincipal
from careercopilot.services.background import JobQueueUnavailable
from careercopilot.services.writing_slots import GenerationBusy

router = APIRouter(prefix="/documents", tags=["documents"])
ID = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Document id.")]


def document_out(d: WritingDocument) -> DocumentOut:
    return DocumentOut(id=d.id, kind=d.kind, title=d.title, application_id=d.application_id, posting_id=d.posting_id,
                       status=d.status, mode=d.mode, text=d.text, flags=docs.open_flags(d), error=d.error,
                       created_at=d.created_at, updated_at=d.updated_at)


def draft(*, user_id: int, kind: str, application_id: int, options: dict | None = None) -> WritingDocument:
    """Create the document and start writing it (after its row is committed); JobQueueUnavailable
    when the queue is down (the document then stays ``failed``). GenerationBusy, with nothing
    written, when the user's generations with a model are all running (sec125 finding 4)."""
    doc_id = docs.create_and_start(user_id=user_id, kind=kind, application_id=application_id, options=options)
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=user_id, document_id=doc_id)
        s.expunge(doc)
    return doc


@router.get("", response_model=DocumentPage, responses=responses(401, 403, 404, 422, 429), summary="Your documents")
def list_documents(request: Request, response: Response, who: TokenPrincipal = Depends(requires("documents", "read")),
                   application_id: Annotated[int | None, Query(ge=1, le=MAX_ROW_ID,
                                                               description="Only this application's.")] = None,
                   limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
                   cursor: Annotated[str | None, Query(max_length=500)] = None) -> DocumentPage:
    """Newest first (keyset cursor); 404 when `application_id` is not yours."""
    key = pagination.digest("documents", who.user_id, application_id, limit)
    state = pagination.decode(cursor, key)
    before = pagination.int_field(state, "k") if state else None
    with session_scope() as s:
        if application_id is not None:
            from careercopilot.services.applications import get_application

            get_application(session=s, user_id=who.user_id, application_id=application_id)
        rows = [d for d in docs.list_documents(session=s, user_id=who.user_id, application_id=application_id)
                if before is None or d.id < before][:limit + 1]
        items = [DocumentSummary(id=d.id, kind=d.kind, title=d.title, application_id=d.application_id,
                                 status=d.status, updated_at=d.updated_at) for d in rows[:limit]]
    next_cursor = pagination.encode({"k": items[-1].id, "q": key}) if len(rows) > limit else None
    response.headers.update(pagination.link_header(request, next_cursor))
    return DocumentPage(items=items, next_cursor=next_cursor)


@router.post("", response_model=DocumentOut, status_code=202, responses=responses(401, 403, 404, 409, 422, 429, 503),
             summary="Draft a cover letter, follow-up or thank-you note")
def create_document(body: DocumentIn, response: Response,
                    who: TokenPrincipal = Depends(requires("documents", "write"))) -> DocumentOut:
    """Written in the background from your active resume and the posting (grounded: claims not
    in your sources are flagged); poll `GET /documents/{id}` until `status` is `ready`."""
    try:
        doc = draft(user_id=who.user_id, kind=body.kind, application_id=body.application_id, options=body.options)
    except JobQueueUnavailable:
        raise Problem(503, "Writing could not be started right now; try again in a minute.",
                      headers={"Retry-After": "60"}) from None
    except GenerationBusy as exc:  # the user's generations with a model are all running (attack93 item 1)
        raise Problem(409, str(exc)) from None
    response.headers["Location"] = f"/api/v1/documents/{doc.id}"
    return document_out(doc)


@router.get("/{document_id}", response_model=DocumentOut, responses=responses(401, 403, 404, 422, 429),
            summary="A document with its text")
def get_document(document_id: ID, who: TokenPrincipal = Depends(requires("documents", "read"))) -> DocumentOut:
    with session_scope() as s:
        return document_out(docs.get_document(session=s, user_id=who.user_id, document_id=document_id))
