"""Starting a writing document from a job posting — without touching the user's board.

Trial 17 finding 1: "Write a cover letter" on a job page saved the posting to the tracker first
(``job_detail_views.save_job``: a new application at stage "saved") and wrote the letter for that
application — the board gained a card the user never asked for, without a word. A job seeker
writes letters for postings they are still deciding about; the board is theirs to fill ("Save",
"Mark as applied"). So no writing document kind puts anything on the board:

* from a posting (:func:`start_for_posting`), every kind — ``cover_letter``, ``tailoring``,
  ``interview_prep``, ``follow_up``, ``thank_you`` — is written for the posting alone
  (``WritingDocument.posting_id``; ``application_id`` None), or for the user's application of that
  posting when there already is one (linking, not creating);
* from an application (the application page's buttons, ``POST /api/v1/documents``) it is written
  for that application, whose stage, dates and stage history stay as they are;
* when the user later saves the posting or marks it applied, the posting's documents join the new
  application (:func:`adopt_posting_documents`, called by ``applications.save_posting``), so the
  letter written first is on the application page and in its "as sent" copies.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, select

from careercopilot.models import Application, WritingDocument


def board_application(*, session: Session, user_id: int, posting_id: int) -> int | None:
    """Id of the user's application of ``posting_id`` when the posting is on their board, else None
    (never creates one)."""
    return session.exec(select(Application.id).where(Application.user_id == user_id,
                                                     Application.posting_id == posting_id)).first()


def start_for_posting(*, session: Session, user_id: int, kind: str, posting_id: int,
                      options: dict | None = None) -> tuple[WritingDocument, bool]:
    """Create the ``kind`` document for ``posting_id`` (module doc); returns ``(document, reused)``
    — ``reused`` when a document of the same kind for the same target was made seconds ago (a
    double click: ``writing_documents.recent_document``) and is returned instead.

    The caller commits, then starts writing (``writing_documents.start_generation`` for letters and
    e-mails, ``writing_prep_llm.enqueue`` for tailoring and interview prep). LookupError for a posting
    the user cannot see; ValueError for an unknown kind, or tailoring/interview prep without a resume."""
    from careercopilot.services import writing_documents as docs
    from careercopilot.services import writing_prep as prep
    from careercopilot.services.posting_access import get_posting

    get_posting(session=session, user_id=user_id, posting_id=posting_id)  # LookupError before anything is written
    app_id = board_application(session=session, user_id=user_id, posting_id=posting_id)
    recent = docs.recent_document(session=session, user_id=user_id, kind=kind, application_id=app_id,
                                  posting_id=posting_id)
    if recent is not None:
        return docs.get_document(session=session, user_id=user_id, document_id=recent), True
    if kind in docs.KINDS:  # refused with nothing written while the user's generations are busy (sec125 finding 4)
        docs.refuse_when_busy(session=session, user_id=user_id, kind=kind)
        return docs.create_document(session=session, user_id=user_id, kind=kind, application_id=app_id,
                                    posting_id=posting_id, options=options), False
    if kind in prep.KINDS:
        start = prep.start_tailoring if kind == "tailoring" else prep.start_interview_prep
        return start(session=session, user_id=user_id, application_id=app_id, posting_id=posting_id), False
    raise ValueError(f"unknown document kind {kind!r}; use one of {docs.KINDS + prep.KINDS}")


def adopt_posting_documents(*, session: Session, user_id: int, posting_id: int, application_id: int) -> int:
    """Attach the user's documents written for ``posting_id`` alone to its new application
    ``application_id``; returns how many."""
    result = session.execute(update(WritingDocument).where(
        WritingDocument.user_id == user_id, WritingDocument.posting_id == posting_id,
        WritingDocument.application_id.is_(None)).values(application_id=application_id))
    return max(0, result.rowcount or 0)


#: How the job page names each document kind.
KIND_LABELS = {"cover_letter": "Cover letter", "follow_up": "Follow-up e-mail", "thank_you": "Thank-you e-mail",
               "tailoring": "Tailored resume", "interview_prep": "Interview prep"}


def posting_documents(*, session: Session, user_id: int, posting_id: int, limit: int = 10) -> list[dict[str, str]]:
    """The user's documents written for ``posting_id`` (on the board or not), newest first, as the
    job page lists them: ``{"id", "label"}`` — so a letter written for a job that is not saved is
    found again from the job."""
    rows = session.exec(select(WritingDocument.id, WritingDocument.kind).where(
        WritingDocument.user_id == user_id, WritingDocument.posting_id == posting_id)
        .order_by(WritingDocument.id.desc()).limit(limit)).all()
    return [{"id": str(i), "label": KIND_LABELS.get(k, k.replace("_", " ").capitalize())} for i, k in rows]
