"""Writing documents: create, generate (background job), stream, stop, edit, version,
restore, resolve grounding flags, export, and the "as sent" snapshot.

Every function takes the acting ``user_id`` and only ever reads or writes that user's rows:
another user's document is reported as missing (LookupError), never shown.
Export is refused (:class:`ExportBlocked`) while any grounding flag is neither fixed (its
text no longer in the document) nor accepted by the user.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, select

from careercopilot.models import Application, ApplicationSnapshot, DocumentVersion, WritingDocument
from careercopilot.models._base import utcnow
from careercopilot.services import writing_export, writing_grading
from careercopilot.services.edit_conflicts import EditConflict
from careercopilot.writing.display import title_at
from careercopilot.writing.grounding import SourceFacts
from careercopilot.writing.options import LetterOptions


KINDS = ("cover_letter", "follow_up", "thank_you")
#: Longest document text, characters (the editor's cap; also where a generated stream is cut).
#: A cover letter is one page, 250–400 words (≈ 1,500–2,500 characters: Indeed's and Harvard
#: FAS career services' guidance; follow-ups and thank-you notes are shorter); 20,000 characters
#: (~3,000 words) leaves eight times that and keeps the grounding check near 10 s at worst
#: (:mod:`~careercopilot.services.writing_grading`). It was 50,000: a 55 s check (sec125 finding 1).
MAX_TEXT_CHARS = 20_000
#: Seconds between two saves of streamed tokens (fewer writes; the page polls at this pace).
SAVE_EVERY_S = 0.25
#: A document of the same kind for the same application created this many seconds ago is the
#: same request sent twice (a double click/tap, a resent event): :func:`recent_document` returns
#: it so the caller opens it instead of writing a second one (stranger10 finding 7).
DUPLICATE_WINDOW_S = 10


class ExportBlocked(ValueError):
    """Export refused: ``flags`` are neither fixed nor accepted."""

    def __init__(self, flags: list[dict]) -> None:
        super().__init__(f"{len(flags)} grounding flag(s) to fix or accept before export")
        self.flags = flags


def document_title(title: str | None, company: str | None) -> str:
    """"<title> — <company>"; without a named employer only the title ("Pharmacy Technician", not
    "Pharmacy Technician —": trial92 saw the stray dash on the page and in the PDF's heading)."""
    return title_at(title, company, joiner=" — ") or "Untitled"


def _owned(session: Session, user_id: int, document_id: int) -> WritingDocument:
    doc = session.exec(select(WritingDocument).where(WritingDocument.id == document_id,
                                                     WritingDocument.user_id == user_id)).first()
    if doc is None:
        raise LookupError(f"document {document_id} not found")
    return doc


def create_document(
    *, session: Session, user_id: int, kind: str, application_id: int | None = None, posting_id: int | None = None,
    title: str = "", options: dict | None = None,
) -> WritingDocument:
    """A new, empty ``streaming`` document (the generation job fills it). ``options``: the
    cover letter's ``{"tone", "length", "language"}`` (:class:`LetterOptions`; missing keys take
    the defaults). LookupError when the application or posting is not the user's; ValueError
    for an unknown kind or option value."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; use one of {KINDS}")
    chosen = LetterOptions.from_dict(options).to_dict()
    if application_id is not None:
        app = session.exec(select(Application).where(Application.id == application_id,
                                                     Application.user_id == user_id)).first()
        if app is None:
            raise LookupError(f"application {application_id} not found")
        posting_id = posting_id or app.posting_id
        title = title or document_title(app.title, app.company)
    if posting_id is not None:
        from careercopilot.services.posting_access import get_posting

        posting = get_posting(session=session, user_id=user_id, posting_id=posting_id)
        title = title or document_title(posting.title, posting.company)
    doc = WritingDocument(user_id=user_id, kind=kind, application_id=application_id, posting_id=posting_id,
                          title=title[:300], options=chosen)
    session.add(doc)
    session.flush()
    return doc


def recent_document(*, session: Session, user_id: int, kind: str, application_id: int | None = None,
                    posting_id: int | None = None, within_s: float = DUPLICATE_WINDOW_S) -> int | None:
    """Id of the user's newest ``kind`` document of ``application_id`` (or, without one, of
    ``posting_id``) created less than ``within_s`` seconds ago, else None (see
    :data:`DUPLICATE_WINDOW_S`). ValueError when neither is given."""
    if application_id is None and posting_id is None:
        raise ValueError("recent_document needs an application or a posting")
    since = utcnow() - timedelta(seconds=within_s)
    target = (WritingDocument.application_id == application_id if application_id is not None
              else WritingDocument.posting_id == posting_id)
    return session.exec(select(WritingDocument.id).where(
        WritingDocument.user_id == user_id, WritingDocument.kind == kind, target, WritingDocument.created_at >= since,
    ).order_by(WritingDocument.id.desc())).first()


def set_options(*, session: Session, user_id: int, document_id: int, options: dict) -> WritingDocument:
    """Change the cover letter's tone/length/language (used by the next Regenerate).
    ValueError for an unknown value or while the document is being written."""
    doc = _owned(session, user_id, document_id)
    if doc.status == "streaming":
        raise ValueError("the document is still being written; stop it or wait before changing its options")
    doc.options = LetterOptions.from_dict({**(doc.options or {}), **options}).to_dict()
    session.add(doc)
    return doc


def get_document(*, session: Session, user_id: int, document_id: int) -> WritingDocument:
    """The user's document; LookupError otherwise."""
    return _owned(session, user_id, document_id)


def list_documents(*, session: Session, user_id: int, application_id: int | None = None) -> list[WritingDocument]:
    """The user's documents, newest first (of one application when given)."""
    q = select(WritingDocument).where(WritingDocument.user_id == user_id)
    if application_id is not None:
        q = q.where(WritingDocument.application_id == application_id)
    return list(session.exec(q.order_by(WritingDocument.id.desc())))


def _next_version(session: Session, doc: WritingDocument) -> int:
    return _next_version_of(session, doc.id)


def add_version(*, session: Session, doc: WritingDocument, text: str, source: str) -> DocumentVersion:
    """Record ``text`` as the document's next version and make it current."""
    version = DocumentVersion(document_id=doc.id, user_id=doc.user_id, version=_next_version(session, doc),
                              text=text, source=source)
    doc.text = text
    doc.updated_at = utcnow()
    session.add(version)
    session.add(doc)
    session.flush()
    return version


def versions(*, session: Session, user_id: int, document_id: int) -> list[DocumentVersion]:
    """The document's history, newest first."""
    _owned(session, user_id, document_id)
    return list(session.exec(select(DocumentVersion).where(DocumentVersion.document_id == document_id)
                             .order_by(DocumentVersion.version.desc())))


def facts_for(session: Session, doc: WritingDocument) -> SourceFacts:
    """The user's sources for grounding: the active resume, name, the posting's company/title, and the posting's
    text for naming only (:mod:`careercopilot.writing.grounding.posting_names`)."""
    from careercopilot.models import JobPosting, User
    from careercopilot.services.resumes import get_active_resume

    resume = get_active_resume(session=session, user_id=doc.user_id)
    user = session.get(User, doc.user_id)
    from careercopilot.writing.display import addressing_forms

    name = user.display_name or "" if user else ""
    pairs: list[tuple[str, str]] = []
    if doc.posting_id:
        posting = session.get(JobPosting, doc.posting_id)
        if posting is not None:
            pairs.append((posting.company, posting.title))
    if doc.application_id:
        app = session.get(Application, doc.application_id)
        if app is not None:
            pairs.append((app.company, app.title))
    allowed = [name, *(x for pair in pairs for x in pair)]
    # the prose forms the offline writer prints ("Radial" for "Radial Inc.", "Dental Hygienist" for
    # "Dental Hygienist - PT - 2024-118"; writing/display.py)
    allowed += [f for company, title in pairs for f in addressing_forms(company or "", title or "", name)]
    # the posting's own names pass where the document names them as the posting's ("I would welcome learning Epic")
    return SourceFacts.from_texts(resume.text if resume else "", allowed=allowed, posting=posting_for(session, doc)[0])


def posting_for(session: Session, doc: WritingDocument) -> tuple[str, str, str]:
    """``(posting text, company, title)`` the document was written for (sanitized as the writer saw it;
    ``""`` each when it has no posting): the source of the posting-side grounding check."""
    from careercopilot.models import JobPosting
    from careercopilot.writing.untrusted import sanitize_posting

    text = company = title = ""
    if doc.posting_id and (posting := session.get(JobPosting, doc.posting_id)) is not None:
        text, company, title = posting.description_text or "", posting.company, posting.title
    if doc.application_id and (app := session.get(Application, doc.application_id)) is not None:
        text, company, title = text or app.posting_snapshot or "", company or app.company, title or app.title
    return (sanitize_posting(text).text if text else ""), company or "", title or ""


def current_version(*, session: Session, document_id: int) -> int:
    """The number of the document's current (latest) version, 0 before the first: the version an
    editor loaded and sends back with :func:`save_edit`."""
    return _next_version_of(session, document_id) - 1


def _next_version_of(session: Session, document_id: int) -> int:
    last = session.exec(select(DocumentVersion.version).where(DocumentVersion.document_id == document_id)
                        .order_by(DocumentVersion.version.desc())).first()
    return (last or 0) + 1


def save_edit(*, session: Session, user_id: int, document_id: int, text: str,
              expected_version: int | None = None) -> WritingDocument:
    """The user's edit becomes a new version; flags are recomputed. Refused while streaming
    (ValueError) and, when the editor loaded version ``expected_version`` (:func:`current_version`)
    but the document has a newer one since (an edit, a restore or a regeneration in another tab),
    with :class:`~careercopilot.services.edit_conflicts.EditConflict` — nothing is written.

    The grounding check of ``text`` runs first, reading only; then the row is locked (``FOR UPDATE``
    on PostgreSQL, SQLite's write lock) for the version check and the short write — the check never
    holds the lock (sec125 finding 1: a 50,000-character edit held it 55 s and another user's login
    failed with "database is locked")."""
    doc = _owned(session, user_id, document_id)
    _editable(doc, text)
    rules = writing_grading.rule_flags(session, doc, text) if text != doc.text else None
    doc = session.exec(select(WritingDocument).where(WritingDocument.id == document_id, WritingDocument.user_id == user_id)
                       .with_for_update().execution_options(populate_existing=True)).first()
    if doc is None:
        raise LookupError(f"document {document_id} not found")
    if expected_version is not None and current_version(session=session, document_id=doc.id) != int(expected_version):
        raise EditConflict("document")
    _editable(doc, text)
    if text != doc.text:
        if rules is None:  # the text was unchanged when first read, changed since (another tab, no version sent)
            rules = writing_grading.rule_flags(session, doc, text)
        add_version(session=session, doc=doc, text=text, source="edited")
        doc.flags = writing_grading.with_judge_flags(rules, doc.flags, text)
        session.add(doc)
    return doc


def _editable(doc: WritingDocument, text: str) -> None:
    """ValueError while ``doc`` streams or when ``text`` is over :data:`MAX_TEXT_CHARS`."""
    if doc.status == "streaming":
        raise ValueError("the document is still being written; stop it or wait before editing")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"the document is too long ({MAX_TEXT_CHARS:,} characters at most)")


def restore_version(*, session: Session, user_id: int, document_id: int, version: int) -> WritingDocument:
    """Make an old version current again (as a new version; history is never rewritten). Its
    grounding check runs before anything is written (as :func:`save_edit`)."""
    doc = _owned(session, user_id, document_id)
    row = session.exec(select(DocumentVersion).where(DocumentVersion.document_id == doc.id,
                                                     DocumentVersion.version == version)).first()
    if row is None:
        raise LookupError(f"version {version} not found")
    rules = writing_grading.rule_flags(session, doc, row.text)
    add_version(session=session, doc=doc, text=row.text, source="restored")
    doc.flags = writing_grading.with_judge_flags(rules, doc.flags, doc.text)
    session.add(doc)
    return doc


def accept_flag(*, session: Session, user_id: int, document_id: int, flag_text: str) -> WritingDocument:
    """The user vouches for a flagged span (it stays in the document and no longer blocks export)."""
    doc = _owned(session, user_id, document_id)
    if flag_text not in {f["text"] for f in doc.flags}:
        raise LookupError("no such flag")
    doc.accepted = sorted(set(doc.accepted) | {flag_text})
    session.add(doc)
    return doc


def shown_text(doc: WritingDocument) -> str:
    """The text the user sees, where a flag must still be to count: the document's text; for interview
    prep (its text is JSON state) the generated fields of its questions (:func:`prep_grounding.shown_text`)."""
    if doc.kind != "interview_prep":
        return doc.text
    from careercopilot.writing.prep_grounding import shown_text as prep_text

    try:
        state = json.loads(doc.text or "{}")
    except ValueError:
        return doc.text
    return prep_text(state.get("questions", []) if isinstance(state, dict) else [])


def open_flags(doc: WritingDocument) -> list[dict]:
    """Flags neither fixed (their text is gone) nor accepted."""
    shown = shown_text(doc)
    return [f for f in doc.flags if f["text"] in shown and f["text"] not in doc.accepted]


def unfinished_partial(session: Session, doc: WritingDocument) -> bool:
    """True for a ``failed`` document whose text is the generator's partial, not a version the user
    saved (edited or restored): it is never presented as complete — no export, snapshot or mail
    (issue 12 finding 1)."""
    if doc.status != "failed" or not doc.text.strip():
        return doc.status == "failed"
    last = session.exec(select(DocumentVersion).where(DocumentVersion.document_id == doc.id)
                        .order_by(DocumentVersion.version.desc())).first()
    return last is None or last.source == "generated" or last.text != doc.text


def usable(session: Session, doc: WritingDocument) -> bool:
    """True when the document may leave the app (export, "as sent" snapshot, reminder mail): not
    streaming, not a failed partial, some text, and no open grounding flag (:func:`open_flags`)."""
    return (doc.status != "streaming" and bool(doc.text.strip()) and not unfinished_partial(session, doc)
            and not open_flags(doc))


@dataclass(frozen=True)
class ExportFile:
    """An export: file name, MIME type and bytes."""

    filename: str
    mime: str
    data: bytes


def letter_header(session: Session, doc: WritingDocument) -> list[str]:
    """A cover letter's sender header from the owner's active resume (``services.letterhead``:
    name, then location · e-mail · phone — only what the resume has, less what the letter already
    shows at its top); ``[]`` for other kinds or without a resume."""
    if doc.kind != "cover_letter":
        return []
    from careercopilot.services.letterhead import letterhead_of, without_shown
    from careercopilot.services.resumes import get_active_resume

    resume = get_active_resume(session=session, user_id=doc.user_id)
    return without_shown(letterhead_of(resume.text if resume else ""), doc.text).lines()


def export(*, session: Session, user_id: int, document_id: int, fmt: str) -> ExportFile:
    """DOCX or PDF of the current text (a cover letter under its sender's header: :func:`letter_header`);
    ExportBlocked while flags are open. A tailoring document exports the tailored resume
    (:func:`careercopilot.services.writing_tailored.export_tailored`, trial126)."""
    doc = _owned(session, user_id, document_id)
    if doc.kind == "tailoring":
        from careercopilot.services.writing_tailored import export_tailored

        return export_tailored(session=session, user_id=user_id, document_id=document_id, fmt=fmt)
    if doc.status == "streaming":
        raise ValueError("the document is still being written")
    if unfinished_partial(session, doc):
        raise ValueError("the generation failed and this is only its partial text; edit it or regenerate before export")
    blocking = open_flags(doc)
    if blocking:
        raise ExportBlocked(blocking)
    stem = "".join(ch if ch.isalnum() else "-" for ch in (doc.title or doc.kind))[:60].strip("-") or "document"
    header = letter_header(session, doc) if fmt in ("docx", "pdf") else []
    if fmt == "docx":
        return ExportFile(f"{stem}.docx",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          writing_export.to_docx(doc.text, title=doc.title, header=header))
    if fmt == "pdf":
        return ExportFile(f"{stem}.pdf", "application/pdf", writing_export.to_pdf(doc.text, title=doc.title, header=header))
    raise ValueError("format must be docx or pdf")


def snapshot_documents(*, session: Session, user_id: int, application_id: int) -> list[ApplicationSnapshot]:
    """Attach the immutable "as sent" copies of what went out with the application: its cover
    letters that could be exported (:func:`usable`) and its tailored resume — never interview
    prep, the tailoring proposal's state or later e-mails (``sent_snapshots``, ux100)."""
    from careercopilot.services.sent_snapshots import snapshot_sent

    return snapshot_sent(session=session, user_id=user_id, application_id=application_id)


def snapshots(*, session: Session, user_id: int, application_id: int) -> list[ApplicationSnapshot]:
    """The application's "as sent" snapshots (the user's only)."""
    return list(session.exec(select(ApplicationSnapshot).where(ApplicationSnapshot.application_id == application_id,
                                                               ApplicationSnapshot.user_id == user_id)
                             .order_by(ApplicationSnapshot.id)))


def stop(*, session: Session, user_id: int, document_id: int) -> WritingDocument:
    """Ask the running generation to stop; the partial text stays, marked ``stopped``."""
    doc = _owned(session, user_id, document_id)
    if doc.status == "streaming":
        doc.status = "stopped"
        session.add(doc)
    return doc


def refuse_when_busy(*, session: Session, user_id: int, kind: str) -> None:
    """Before a new ``kind`` document's row is written: :class:`~careercopilot.services.writing_slots.GenerationBusy`
    when the user's generations with a model are all in use, so a refused request writes nothing (sec125
    finding 4). Nothing for other kinds or the offline writer."""
    from careercopilot.services import writing_slots
    from careercopilot.services.writing_prep_llm import wants_llm

    if kind in KINDS:
        writing_slots.refuse_when_busy(user_id=user_id, uses_model=wants_llm(session=session, user_id=user_id))


def discard_unstarted(*, user_id: int, document_id: int) -> bool:
    """Delete the user's document when it was never started (no job, no version, still ``streaming``
    or ``failed`` by a refusal): the row a refused request created in a race with another start
    (:func:`refuse_when_busy` passed for both). True when deleted."""
    from careercopilot.db import session_scope

    with session_scope() as s:
        doc = _owned(s, user_id, document_id)
        if doc.job_id is not None or _next_version_of(s, doc.id) > 1 or doc.status not in ("streaming", "failed"):
            return False
        s.delete(doc)
    return True


def create_and_start(*, user_id: int, kind: str, application_id: int | None = None, posting_id: int | None = None,
                     options: dict | None = None) -> int:
    """Create a ``kind`` document (:func:`create_document`), commit it and start writing it; returns its id.
    Refused with nothing written when the user's generations are busy (:func:`refuse_when_busy`; a row
    a racing start beat is deleted again: :func:`discard_unstarted`). What :func:`start_generation`
    raises otherwise (JobQueueUnavailable leaves the row ``failed``, "The writing job could not be queued.")."""
    from careercopilot.db import session_scope
    from careercopilot.services.background import JobQueueUnavailable
    from careercopilot.services.writing_slots import GenerationBusy

    with session_scope() as s:
        refuse_when_busy(session=s, user_id=user_id, kind=kind)
        doc_id = create_document(session=s, user_id=user_id, kind=kind, application_id=application_id,
                                 posting_id=posting_id, options=options).id
    try:
        start_generation(user_id=user_id, document_id=doc_id)
    except GenerationBusy:
        discard_unstarted(user_id=user_id, document_id=doc_id)
        raise
    except JobQueueUnavailable:
        with session_scope() as s:
            doc = _owned(s, user_id, doc_id)
            doc.status, doc.error = "failed", "The writing job could not be queued."
            s.add(doc)
        raise
    return doc_id


def start_generation(*, user_id: int, document_id: int) -> str:
    """Enqueue the generation job (call after the document's row is committed); returns the job id.
    Also used to regenerate: the job resets the text and writes a new version.

    :class:`~careercopilot.services.writing_slots.GenerationBusy` (a ValueError naming the running
    document) when the user's generations with a model are all in use (attack93 item 1); a new
    document that was never started is then marked ``failed`` with that message, never left streaming."""
    from careercopilot.db import session_scope
    from careercopilot.services import writing_slots
    from careercopilot.services.writing_prep_llm import wants_llm

    with session_scope() as s:  # the kind first: nothing is changed or enqueued for another kind
        doc = _owned(s, user_id, document_id)
        kind, never_started = doc.kind, doc.job_id is None and doc.status == "streaming"
        uses_model = kind in KINDS and wants_llm(session=s, user_id=user_id)
    if kind not in KINDS:
        raise ValueError(f"a {kind.replace('_', ' ')} document cannot be regenerated here")
    try:
        handle = writing_slots.enqueue_generation("jobs.writing.generate_document", document_id, user_id=user_id,
                                                  uses_model=uses_model)
    except writing_slots.GenerationBusy as exc:
        if never_started:
            with session_scope() as s:
                doc = _owned(s, user_id, document_id)
                doc.status, doc.error = "failed", str(exc)
                s.add(doc)
        raise
    with session_scope() as s:
        doc = _owned(s, user_id, document_id)
        doc.job_id, doc.status = handle.id, "streaming"
        s.add(doc)
    return handle.id


class _Throttle:
    def __init__(self) -> None:
        self.last = 0.0

    def due(self) -> bool:
        now = time.monotonic()
        if now - self.last >= SAVE_EVERY_S:
            self.last = now
            return True
        return False
