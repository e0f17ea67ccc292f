"""Resume tailoring and interview prep for an application (deterministic proposals, see
``writing/tailor.py`` and ``writing/interview.py``; with an LLM provider a background pass
adds grounded ones, see ``services/writing_prep_llm.py``), stored as writing documents of
kind ``tailoring`` and ``interview_prep`` whose text is their JSON state. Only the owner
sees them; decisions wait (ValueError) while the LLM pass runs (status ``streaming``).

Tailoring ends in a new resume version (not made active: the master stays the master)
linked to the application (``Application.resume_id``).
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import asdict

from sqlmodel import Session, select

from careercopilot.models import Application, Resume, WritingDocument
from careercopilot.schemas import named_employer
from careercopilot.services import writing_documents as docs
from careercopilot.writing import interview, tailor
from careercopilot.writing.display import title_at


#: Document kinds this module writes (``writing_documents.KINDS`` holds the letters and e-mails).
KINDS = ("tailoring", "interview_prep")


def _app(session: Session, user_id: int, application_id: int) -> Application:
    app = session.exec(select(Application).where(Application.id == application_id,
                                                 Application.user_id == user_id)).first()
    if app is None:
        raise LookupError(f"application {application_id} not found")
    return app


def _target(session: Session, user_id: int, application_id: int | None,
            posting_id: int | None) -> tuple[Application | None, int | None, str, str, str]:
    """``(application, posting id, company, title, posting text)`` of what a document is for: the
    user's application, or a posting alone (``writing_targets``: writing never puts it on the board).
    LookupError when neither is the user's."""
    from careercopilot.services.posting_access import get_posting

    if application_id is not None:
        app = _app(session, user_id, application_id)
        return app, app.posting_id, app.company, app.title, _posting_text(session, app)
    if posting_id is None:
        raise LookupError("no application or posting to write for")
    posting = get_posting(session=session, user_id=user_id, posting_id=posting_id)
    return (None, posting.id, named_employer(posting.company), posting.title or "Untitled posting",
            _posting_text(session, None, posting_id=posting.id))


def _posting_text(session: Session, app: Application | None, *, posting_id: int | None = None) -> str:
    from careercopilot.models import JobPosting

    from careercopilot.writing.untrusted import sanitize_posting

    pid = app.posting_id if app is not None else posting_id
    posting = session.get(JobPosting, pid) if pid else None
    text = (posting.description_text if posting else "") or (app.posting_snapshot if app is not None else "")
    # zero-width/tag characters and encoded blobs never reach the proposals (untrusted posting; the
    # LLM pass also strips hidden HTML, from description_html)
    return sanitize_posting(text).text


def _master(session: Session, user_id: int) -> Resume:
    from careercopilot.services.resumes import get_active_resume

    resume = get_active_resume(session=session, user_id=user_id)
    if resume is None:
        raise ValueError("Upload your resume first: tailoring and interview prep work from it.")
    return resume


def start_tailoring(*, session: Session, user_id: int, application_id: int | None = None,
                    posting_id: int | None = None) -> WritingDocument:
    """A tailoring proposal (per-bullet changes with reasons) for the application's posting, or for
    ``posting_id`` alone (nothing is added to the board). LookupError when neither is the user's;
    ValueError without a resume.

    One tailoring per application (or posting alone): asking again returns the existing document —
    unchanged, with the user's decisions, when the master resume and the proposal are the same (or its AI pass
    is still running), else regenerated in place, each decision kept for a change proposed again
    (:func:`_regenerated`). Clicking "Tailor my resume" twice made a second document (trial101 finding 2)."""
    app, pid, company, title, posting_text = _target(session, user_id, application_id, posting_id)
    master = _master(session, user_id)
    proposal = tailor.propose(master.text, posting_text, company=company)
    fresh = [asdict(c) for c in proposal.changes]
    state = {"master_id": master.id, "changes": fresh, "unmet": proposal.unmet, "resume_id": None}
    existing = _existing(session, user_id, "tailoring", app, pid)
    if existing is not None:
        old = json.loads(existing.text or "{}")
        offline = [c for c in old.get("changes", []) if c.get("kind") != "rewrite"]
        if existing.status == "streaming" or (old.get("master_id") == master.id and old.get("unmet") == proposal.unmet
                                              and [_key(c) for c in offline] == [_key(c) for c in fresh]):
            return existing
        decided = {_key(c): c for c in offline if c.get("status") != "proposed"}
        for c in fresh:
            if _key(c) in decided:
                c["status"], c["after"] = decided[_key(c)]["status"], decided[_key(c)]["after"]
        return _regenerated(session, user_id, existing, state)
    doc = WritingDocument(user_id=user_id, application_id=app.id if app else None, posting_id=pid, kind="tailoring",
                          title=f"Tailored resume — {title_at(title, company)}"[:300],
                          status=_initial_status(session, user_id), text=json.dumps(state))
    session.add(doc)
    session.flush()
    return doc


def _key(change: dict) -> tuple:
    """What makes two proposed changes the same change: kind, bullet, proposed text (an edit keeps its key)."""
    return change.get("kind"), change.get("before"), change.get("position", -1), change.get("requirement")


def _existing(session: Session, user_id: int, kind: str, app: Application | None,
              posting_id: int | None) -> WritingDocument | None:
    """The user's newest ``kind`` document of the application (or, without one, of the posting alone)."""
    target = (WritingDocument.application_id == app.id if app is not None
              else (WritingDocument.posting_id == posting_id) & WritingDocument.application_id.is_(None))
    return session.exec(select(WritingDocument).where(WritingDocument.user_id == user_id, WritingDocument.kind == kind,
                                                      target).order_by(WritingDocument.id.desc())).first()


def _regenerated(session: Session, user_id: int, doc: WritingDocument, state: dict) -> WritingDocument:
    """``doc`` with a new ``state`` (its resume or posting changed), ready for a new AI pass."""
    from careercopilot.models._base import utcnow

    doc.text = json.dumps(state)
    doc.status = _initial_status(session, user_id)
    doc.job_id, doc.error, doc.updated_at = None, None, utcnow()
    session.add(doc)
    session.flush()
    return doc


def _initial_status(session: Session, user_id: int) -> str:
    """``streaming`` when an LLM pass will add proposals (``writing_prep_llm``), else ``ready``."""
    from careercopilot.services.writing_prep_llm import wants_llm

    return "streaming" if wants_llm(session=session, user_id=user_id) else "ready"


def _state(doc: WritingDocument, kind: str) -> dict:
    if doc.kind != kind:
        raise LookupError(f"document {doc.id} is not a {kind} document")
    if doc.status == "streaming":
        raise ValueError("The AI model is still adding proposals; wait a moment and try again.")
    return json.loads(doc.text or "{}")


def decide_change(
    *, session: Session, user_id: int, document_id: int, index: int, status: str, edited: str | None = None,
) -> dict:
    """Accept, reject or edit one change; an edit that adds a fact the master lacks is refused
    (ValueError naming it)."""
    doc = docs.get_document(session=session, user_id=user_id, document_id=document_id)
    state = _state(doc, "tailoring")
    if status not in ("accepted", "rejected", "edited", "proposed"):
        raise ValueError("status must be accepted, rejected or edited")
    change = next((c for c in state["changes"] if c["index"] == index), None)
    if change is None:
        raise LookupError("no such change")
    if status == "edited":
        master = session.get(Resume, state["master_id"])
        new_facts = tailor.grounded_edit(change["before"], edited or "", master.text if master else "")
        if new_facts:
            raise ValueError("This edit adds facts your resume does not have: " + ", ".join(new_facts))
        change["after"] = (edited or "").strip()
    change["status"] = status
    doc.text = json.dumps(state)
    session.add(doc)
    return state


def finish_tailoring(*, session: Session, user_id: int, document_id: int) -> Resume:
    """Save the accepted/edited changes as a new resume version linked to the application."""
    from careercopilot.integrations.storage import get_storage
    from careercopilot.services.resumes import parse_text
    from careercopilot.services.tx_hooks import on_abort

    doc = docs.get_document(session=session, user_id=user_id, document_id=document_id)
    state = _state(doc, "tailoring")
    master = session.get(Resume, state["master_id"])
    if master is None or master.user_id != user_id:
        raise LookupError("the master resume is gone")
    changes = [tailor.Change(**c) for c in state["changes"]]
    text = state.get("edited_text") or tailor.apply(master.text, changes)  # the user's edit of the whole (trial126)
    if text.strip() == master.text.strip():  # nothing accepted (or nothing proposed): that is the master, not a version
        raise ValueError("Nothing to save: no change is accepted, so the result would be your resume unchanged.")
    last = session.exec(select(Resume.version).where(Resume.user_id == user_id).order_by(Resume.version.desc())).first()
    digest = hashlib.sha256(text.encode()).hexdigest()
    # the same tailored text saved before (another document, or twice) is that version: one row per
    # file per user (uq_resume_user_hash)
    resume = session.exec(select(Resume).where(Resume.user_id == user_id, Resume.content_hash == digest)).first()
    if resume is not None:
        return _link_tailored(session, user_id, doc, state, resume)
    key = f"resumes/{user_id}/{uuid.uuid4().hex}.txt"
    store = get_storage()
    store.put(key, text.encode(), "text/plain")
    # the row below fails (its account purged meanwhile: foreign key) or the transaction rolls back: no
    # orphan file; once committed, a purge's sweep of resumes/<user id>/ after the rows go removes it
    on_abort(session, lambda: store.delete(key))
    fields, skills = parse_text(text)
    resume = Resume(user_id=user_id, version=(last or 0) + 1, filename=tailored_filename(doc), mime="text/plain",
                    size_bytes=len(text.encode()), storage_key=key, text=text, fields=fields, skills=skills,
                    content_hash=hashlib.sha256(text.encode()).hexdigest(), is_active=False)
    session.add(resume)
    session.flush()
    return _link_tailored(session, user_id, doc, state, resume)


def tailored_filename(doc: WritingDocument) -> str:
    """The saved version's file name as the user reads it: the document's title ("Tailored resume — Freight
    Agent / Broker at Tallgrass Freight Company.txt", path separators and control characters replaced, ≤ 200
    characters) — never a machine name ("tailored-3.txt" was shown on the Resume page and in "Resume used",
    trial101 finding 3)."""
    import unicodedata

    name = re.sub(r"\s*[/\\]+\s*", " - ", doc.title or "Tailored resume")
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip(" .") or "Tailored resume"
    return name[:200].rstrip() + ".txt"


def _link_tailored(session: Session, user_id: int, doc, state: dict, resume: Resume) -> Resume:
    """Point the application and the tailoring state at the saved tailored version."""
    app = _app(session, user_id, doc.application_id) if doc.application_id else None
    if app is not None:
        app.resume_id = resume.id
        session.add(app)
    state["resume_id"] = resume.id
    doc.text = json.dumps(state)
    session.add(doc)
    return resume


def start_interview_prep(*, session: Session, user_id: int, application_id: int | None = None,
                         posting_id: int | None = None) -> WritingDocument:
    """Likely questions with STAR drafts from the user's experience, ready for saved answers — for the
    application, or for ``posting_id`` alone (nothing is added to the board). Asking again returns the existing
    document, its questions regenerated when they changed and every saved answer kept for a question asked
    again (as :func:`start_tailoring`)."""
    app, pid, company, title, posting_text = _target(session, user_id, application_id, posting_id)
    master = _master(session, user_id)
    qs = [dict(asdict(q), answer="") for q in interview.questions(master.text, posting_text, company=company,
                                                                        title=title)]
    existing = _existing(session, user_id, "interview_prep", app, pid)
    if existing is not None:
        old = json.loads(existing.text or "{}").get("questions", [])
        asked = {q.get("text") for q in old}  # the AI pass merges its own questions in: a superset is the same
        if existing.status == "streaming" or all(q["text"] in asked for q in qs):
            return existing
        answers = {q.get("text"): q.get("answer", "") for q in old if q.get("answer")}
        for q in qs:
            q["answer"] = answers.get(q["text"], "")
        return _regenerated(session, user_id, existing, {"questions": qs})
    doc = WritingDocument(user_id=user_id, application_id=app.id if app else None, posting_id=pid, kind="interview_prep",
                          title=f"Interview prep — {title_at(title, company)}"[:300],
                          status=_initial_status(session, user_id), text=json.dumps({"questions": qs}))
    grade_prep(session, doc)  # before the row is written: the check never holds the write lock
    session.add(doc)
    session.flush()
    return doc


def grade_prep(session: Session, doc: WritingDocument) -> None:
    """Recompute the grounding flags of an interview-prep document from its questions: every question,
    reason and STAR draft (:mod:`careercopilot.writing.prep_grounding`; attack93 item 2). Flags the user
    accepted stay accepted (by their text, as for drafts); open ones block export and the "as sent" snapshot.
    The check reads under ``no_autoflush``: the caller's pending changes are written (and SQLite's write
    lock taken) only after it, at the commit (sec125 finding 1)."""
    from careercopilot.writing.prep_grounding import asked_sources, question_flags

    state = json.loads(doc.text or "{}")
    with session.no_autoflush:
        posting, company, title = docs.posting_for(session, doc)
        own = docs.facts_for(session, doc)
    asked = asked_sources(own.original, posting, allowed=own.allowed, company=company)
    doc.flags = question_flags(state.get("questions", []), own, asked, posting_text=posting, company=company,
                               title=title)
    session.add(doc)


def save_answer(*, session: Session, user_id: int, document_id: int, index: int, answer: str) -> dict:
    """Keep the user's own answer to question ``index`` (practice mode shows it after they try)."""
    doc = docs.get_document(session=session, user_id=user_id, document_id=document_id)
    state = _state(doc, "interview_prep")
    if not 0 <= index < len(state["questions"]):
        raise LookupError("no such question")
    state["questions"][index]["answer"] = answer[:5000]
    doc.text = json.dumps(state)
    session.add(doc)
    return state
