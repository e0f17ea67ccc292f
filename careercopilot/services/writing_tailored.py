"""The tailored resume as a document of its own: read, edited as a whole and exported, whether or not the
tailoring proposed a change (trial126 finding 2: "Nothing to change" left no edit box and no DOCX/PDF, so the
tailoring step could not be finished).

State (the tailoring document's JSON, :mod:`careercopilot.services.writing_prep`): ``edited_text`` holds the
user's own edit of the whole resume once saved; without it the tailored resume is the master with the accepted
or edited changes applied (:func:`careercopilot.writing.tailor.apply`) — the master unchanged when none is.
An edit that adds a fact the master resume lacks is refused, as a per-bullet edit is
(:func:`careercopilot.writing.tailor.grounded_edit`).
"""

from __future__ import annotations

import json

from sqlmodel import Session

from careercopilot.models import Resume
from careercopilot.services import writing_documents as docs
from careercopilot.services import writing_export
from careercopilot.writing import tailor
from careercopilot.writing.line_wraps import reflow

#: Most characters of an edited resume (a resume of several pages is ~15,000).
MAX_CHARS = 60_000


def _doc_state(session: Session, user_id: int, document_id: int):
    from careercopilot.services.writing_prep import _state

    doc = docs.get_document(session=session, user_id=user_id, document_id=document_id)
    state = _state(doc, "tailoring")
    master = session.get(Resume, state.get("master_id"))
    if master is None or master.user_id != user_id:
        raise LookupError("the master resume is gone")
    return doc, state, master


def tailored_text(*, session: Session, user_id: int, document_id: int) -> str:
    """The tailored resume's text (module doc). LookupError for another user's document or a lost master."""
    _, state, master = _doc_state(session, user_id, document_id)
    if state.get("edited_text"):
        return state["edited_text"]
    return tailor.apply(master.text, [tailor.Change(**c) for c in state.get("changes", [])])


def edit_tailored(*, session: Session, user_id: int, document_id: int, text: str) -> str:
    """Save the user's edit of the whole tailored resume; ValueError naming the facts the master lacks, or for
    an empty or over-long text. Returns the saved text."""
    doc, state, master = _doc_state(session, user_id, document_id)
    text = (text or "").strip()
    if not text or len(text) > MAX_CHARS:
        raise ValueError(f"The resume must have between 1 and {MAX_CHARS:,} characters.")
    new_facts = tailor.grounded_edit(master.text, text, master.text)
    if new_facts:
        raise ValueError("This edit adds facts your resume does not have: " + ", ".join(new_facts))
    state["edited_text"] = text + "\n"
    doc.text = json.dumps(state)
    session.add(doc)
    return state["edited_text"]


def export_tailored(*, session: Session, user_id: int, document_id: int, fmt: str) -> docs.ExportFile:
    """DOCX or PDF of the tailored resume (:func:`tailored_text`, its wrapped lines joined and bullets marked:
    :func:`careercopilot.writing.line_wraps.reflow`), titled as the document; ValueError for
    another format."""
    doc, _, _ = _doc_state(session, user_id, document_id)
    # a PDF's line breaks joined, bullets kept as "• " (trial128, session 31: "…and train" / "25+ staff …" exported
    # as two lines, the bullets dropped)
    text = reflow(tailored_text(session=session, user_id=user_id, document_id=document_id))
    stem = "".join(ch if ch.isalnum() else "-" for ch in (doc.title or "Tailored resume"))[:60].strip("-") or "resume"
    if fmt == "docx":
        return docs.ExportFile(f"{stem}.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               writing_export.to_docx(text, title=doc.title))
    if fmt == "pdf":
        return docs.ExportFile(f"{stem}.pdf", "application/pdf", writing_export.to_pdf(text, title=doc.title))
    raise ValueError("format must be docx or pdf")
