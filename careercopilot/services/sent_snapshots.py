"""The "as sent" copies of an application (ux100, issue 12 newcomer trial: the application page
showed interview prep and the tailoring proposal as raw JSON under "As sent").

What is sent with an application, and so copied when it is first marked applied
(``application_changes.move_stage``), is decided here:

* the **cover letter**, when it could leave the app (``writing_documents.usable``: finished, no
  open grounding flag) — kind ``cover_letter``;
* the **tailored resume**: the resume version tailoring saved for this application
  (``writing_prep.finish_tailoring`` links it as the application's "Resume used") — kind
  ``tailored_resume``, its text and version.

Not sent, so never copied: interview prep (practice notes for the person), the tailoring
proposal itself (its JSON state of per-bullet changes), and follow-up / thank-you e-mails
(written after applying; they are sent later, if ever).

Every snapshot is shown as the document (:func:`display`): rows copied before this rule (a
``tailoring`` or ``interview_prep`` snapshot whose text is that document's JSON state) are
rendered as a readable text, never as JSON.
"""

from __future__ import annotations

import json

import structlog
from sqlmodel import Session, select

from careercopilot.models import Application, ApplicationSnapshot, Resume, WritingDocument

log = structlog.get_logger(__name__)

__all__ = ["SENT_KINDS", "KIND_LABELS", "display", "snapshot_sent"]

#: Snapshot kinds written from now on: what goes out with an application.
SENT_KINDS = ("cover_letter", "tailored_resume")
#: How the page names a snapshot's kind (older rows' kinds included).
KIND_LABELS = {"cover_letter": "Cover letter", "tailored_resume": "Tailored resume", "resume": "Resume",
               "follow_up": "Follow-up e-mail", "thank_you": "Thank-you e-mail",
               "tailoring": "Tailored resume", "interview_prep": "Interview prep"}


def _tailored_resume(session: Session, user_id: int, app: Application,
                     documents: list[WritingDocument]) -> Resume | None:
    """The application's "Resume used" when a tailoring document of this application saved it."""
    if app.resume_id is None:
        return None
    for doc in documents:
        if doc.kind != "tailoring":
            continue
        try:
            state = json.loads(doc.text or "{}")
        except ValueError:
            continue
        if isinstance(state, dict) and state.get("resume_id") == app.resume_id:
            resume = session.get(Resume, app.resume_id)
            return resume if resume is not None and resume.user_id == user_id else None
    return None


def snapshot_sent(*, session: Session, user_id: int, application_id: int) -> list[ApplicationSnapshot]:
    """Attach an immutable "as sent" copy of what went out with the application (module doc): its
    usable cover letters and its tailored resume. Flushed; the caller commits."""
    from careercopilot.services.writing_documents import list_documents, open_flags, usable
    from careercopilot.models import DocumentVersion

    app = session.exec(select(Application).where(Application.id == application_id,
                                                 Application.user_id == user_id)).first()
    if app is None:
        return []
    documents = list_documents(session=session, user_id=user_id, application_id=application_id)
    out: list[ApplicationSnapshot] = []
    for doc in documents:
        if doc.kind != "cover_letter" or doc.status not in ("ready", "stopped"):
            continue
        if not usable(session, doc):
            if open_flags(doc):
                log.info("writing.snapshot_skipped_flagged", document_id=doc.id, open_flags=len(open_flags(doc)))
            continue
        version = session.exec(select(DocumentVersion.version).where(DocumentVersion.document_id == doc.id)
                               .order_by(DocumentVersion.version.desc())).first() or 0
        out.append(ApplicationSnapshot(application_id=application_id, user_id=user_id, document_id=doc.id,
                                       kind="cover_letter", version=version, text=doc.text))
    resume = _tailored_resume(session, user_id, app, documents)
    if resume is not None and (resume.text or "").strip():
        out.append(ApplicationSnapshot(application_id=application_id, user_id=user_id, document_id=None,
                                       kind="tailored_resume", version=resume.version or 0, text=resume.text))
    for snap in out:
        session.add(snap)
    session.flush()
    return out


def _tailoring_text(state: dict, session: Session | None, user_id: int | None) -> str:
    """A tailoring proposal's JSON state as its resume: the saved version's text when it still
    exists, else the accepted and edited bullets ("after" wording), one a line."""
    rid = state.get("resume_id")
    if session is not None and rid:
        resume = session.get(Resume, rid)
        if resume is not None and resume.user_id == user_id and (resume.text or "").strip():
            return resume.text
    kept = [str(c.get("after") or "").strip() for c in state.get("changes") or []
            if isinstance(c, dict) and c.get("status") in ("accepted", "edited")]
    lines = [f"• {t}" for t in kept if t]
    return "\n".join(lines) or "No change of the resume was accepted."


def _prep_text(state: dict) -> str:
    """Interview prep's JSON state as questions, each with its draft answer and the person's own."""
    blocks = []
    for i, q in enumerate(state.get("questions") or [], 1):
        if not isinstance(q, dict):
            continue
        lines = [f"{i}. {str(q.get('text') or '').strip()}"]
        if str(q.get("why") or "").strip():
            lines.append(f"Why it is likely: {str(q['why']).strip()}")
        if str(q.get("star") or "").strip():
            lines.append(f"Draft (STAR): {str(q['star']).strip()}")
        if str(q.get("answer") or "").strip():
            lines.append(f"Your answer: {str(q['answer']).strip()}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) or "No questions."


def _plain(value) -> str:
    """Any other JSON value as indented plain lines (keys in words), never braces and quotes."""
    if isinstance(value, dict):
        return "\n".join(f"{str(k).replace('_', ' ').capitalize()}: {_plain(v)}" for k, v in value.items()
                         if v not in (None, "", [], {}))
    if isinstance(value, list):
        return "\n".join(f"• {_plain(v)}" for v in value)
    return str(value)


def display(kind: str, text: str, *, session: Session | None = None, user_id: int | None = None) -> tuple[str, str]:
    """A snapshot as shown: ``(label, document text)``. A letter or resume is its text; a text
    that is a JSON state (rows of ``tailoring`` / ``interview_prep`` copied before
    :data:`SENT_KINDS`) becomes the document it stands for."""
    label = KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())
    stripped = (text or "").strip()
    if not stripped.startswith(("{", "[")):
        return label, text
    try:
        state = json.loads(stripped)
    except ValueError:
        return label, text
    if kind == "tailoring" and isinstance(state, dict):
        return label, _tailoring_text(state, session, user_id)
    if kind == "interview_prep" and isinstance(state, dict):
        return label, _prep_text(state)
    return label, _plain(state)
