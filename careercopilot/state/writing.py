"""WritingState: one writing document — live text while it streams, editor, grounding flags,
versions, export and stop/regenerate — and starting a cover letter from a job page."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import writing_documents as docs, writing_targets
from careercopilot.services.applications import user_zone
from careercopilot.services.edit_conflicts import EditConflict
from careercopilot.services.local_time import local_minute
from careercopilot.state.auth import current_user_id
from careercopilot.state.route_ids import route_id
from careercopilot.state.submit_guard import double_submit
from careercopilot.writing.options import LetterOptions

POLL_S = 0.4


def _view(uid: int, doc_id: int) -> dict:
    with session_scope() as s:
        d = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        vs = docs.versions(session=s, user_id=uid, document_id=doc_id)
        zone = user_zone(s, uid)
        opts = LetterOptions.from_dict(d.options).to_dict()
        return {"title": d.title, "kind": d.kind, "status": d.status, "mode": d.mode, "text": d.text,
                # what it is for: the application, or a posting not on the board (writing_targets)
                "application_href": routes.application_detail(d.application_id) if d.application_id else "",
                "posting_href": routes.job_detail(d.posting_id) if d.posting_id and not d.application_id else "",
                "notice": d.notice, "tone": opts["tone"], "length": opts["length"], "language": opts["language"],
                "error": d.error or "", "flags": [dict(f, accepted=f["text"] in d.accepted) for f in docs.open_flags(d)]
                + [dict(f, accepted=True) for f in d.flags if f["text"] in d.accepted and f["text"] in docs.shown_text(d)],
                "open_flags": len(docs.open_flags(d)),
                # a cover letter's sender header, as the exports print it (ux122 finding 2)
                "letterhead": "\n".join(docs.letter_header(s, d)),
                # a failed run's partial text: never exported as complete (issue 12 finding 1)
                "partial": docs.unfinished_partial(s, d),
                # the version the editor holds: sent back with an edit (a newer one since → EditConflict)
                "version": max((v.version for v in vs), default=0),
                "versions": [{"version": v.version, "source": v.source, "at": local_minute(v.created_at, zone)}
                             for v in vs]}


def _call(fn, **kw):
    with session_scope() as s:
        return fn(session=s, **kw)


def _start(uid: int, posting_id: int, kind: str = "cover_letter") -> int:
    """Create the posting's ``kind`` document and start writing it — without saving the job to the
    board (``writing_targets.start_for_posting``: trial 17 finding 1); a document of the same kind for
    the same job created seconds ago (a double click) is reused (``docs.recent_document``)."""
    with session_scope() as s:
        doc, reused = writing_targets.start_for_posting(session=s, user_id=uid, kind=kind, posting_id=posting_id)
        doc_id = int(doc.id)
    if not reused:
        if kind in docs.KINDS:
            from careercopilot.services.writing_slots import GenerationBusy

            try:
                docs.start_generation(user_id=uid, document_id=doc_id)
            except GenerationBusy:  # a racing start took the slot: this request's row goes (sec125 finding 4)
                docs.discard_unstarted(user_id=uid, document_id=doc_id)
                raise
        else:
            from careercopilot.services import writing_prep_llm

            writing_prep_llm.enqueue(user_id=uid, document_id=doc_id)
    return doc_id


class WritingState(rx.State):
    """The open document (``doc_id`` 0 = none/not found)."""

    doc_id: int = 0
    doc: dict = {}
    draft: str = ""
    error: str = ""
    polling: bool = False
    #: a cover letter is being started (the job page's button shows busy and is disabled)
    starting: bool = False
    _submitted: dict[str, float] = {}

    @rx.var
    def export_blocked(self) -> str:
        """Why DOCX/PDF export is refused right now ("" = it is allowed): grounding flags neither
        fixed nor accepted (``docs.export`` raises ExportBlocked for them)."""
        n = int(self.doc.get("open_flags", 0) or 0)
        if self.doc.get("partial") and self.doc.get("status") == "failed":
            return ("Export is blocked: the generation failed and this is only its partial text "
                    "(edit and save it, or regenerate).")
        if n <= 0:
            return ""
        return (f"Export is blocked: {n} grounding flag{'' if n == 1 else 's'} to fix or accept below "
                "(edit the sentence, or press \"It's true — accept\").")

    async def _uid_doc(self) -> tuple[int | None, int | None]:
        return await current_user_id(self), route_id(self)

    @rx.event
    async def load_document(self):
        """Load the document of the route; keep polling while it streams."""
        uid, doc_id = await self._uid_doc()
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.doc_id, self.error = 0, ""
        if doc_id is None:
            return
        try:
            self.doc = await asyncio.to_thread(_view, uid, doc_id)
            self.doc_id, self.draft = doc_id, self.doc["text"]
        except LookupError:
            self.doc = {}
            return
        if self.doc["status"] == "streaming" and not self.polling:
            return WritingState.poll

    @rx.event(background=True)
    async def poll(self):
        """Refresh the streaming text until the document is finished."""
        async with self:
            if self.polling:
                return
            self.polling = True
        finished_kind = ""
        try:
            while True:
                await asyncio.sleep(POLL_S)
                async with self:
                    uid, doc_id = await current_user_id(self), self.doc_id
                if not uid or not doc_id:
                    return
                view = await asyncio.to_thread(_view, uid, doc_id)
                async with self:
                    self.doc = view
                    self.draft = view["text"]
                if view["status"] != "streaming":
                    finished_kind = view["kind"]
                    break
        finally:
            async with self:
                self.polling = False
        if finished_kind in ("tailoring", "interview_prep"):  # the LLM pass is merged: show its proposals
            from careercopilot.state.writing_prep import PrepState

            return PrepState.load_prep

    @rx.event
    def set_draft(self, value: str):
        """The editor's text (saved with :meth:`submit_edit`)."""
        self.draft = value

    async def _act(self, fn, **kw):
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            await asyncio.to_thread(_call, fn, user_id=uid, document_id=self.doc_id, **kw)
            self.doc, self.error = await asyncio.to_thread(_view, uid, self.doc_id), ""
            self.draft = self.doc["text"]
        except (LookupError, ValueError, EditConflict) as exc:
            self.error = str(exc)  # the draft (typed text) stays in the editor

    @rx.event
    async def submit_edit(self):
        """Save the editor's text as a new version (flags are recomputed); refused, keeping the
        draft, when the document got a newer version in another tab since it was loaded."""
        return await self._act(docs.save_edit, text=self.draft, expected_version=int(self.doc.get("version", 0) or 0))

    @rx.event
    async def set_option(self, field: str, value: str):
        """Change the cover letter's tone, length or language (the next Regenerate uses it)."""
        if field not in ("tone", "length", "language"):
            self.error = "unknown option"
            return
        return await self._act(docs.set_options, options={field: value})

    @rx.event
    async def accept_flag(self, text: str):
        """Accept a flagged span as true (it no longer blocks export)."""
        return await self._act(docs.accept_flag, flag_text=text)

    @rx.event
    async def restore(self, version: int):
        """Make an earlier version current again."""
        return await self._act(docs.restore_version, version=version)

    @rx.event
    async def stop(self):
        """Stop the generation; the partial text stays, marked stopped."""
        return await self._act(docs.stop)

    @rx.event
    async def regenerate(self):
        """Write the document again (a new version)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = ""  # an earlier attempt's error goes as this one starts
        try:  # the kind is checked first (a forged event on a tailoring document changes nothing)
            await asyncio.to_thread(docs.start_generation, user_id=uid, document_id=self.doc_id)
        except (LookupError, ValueError) as exc:
            self.error = str(exc)
            return
        self.doc = await asyncio.to_thread(_view, uid, self.doc_id)
        return WritingState.poll

    @rx.event
    async def start_cover_letter(self, posting_id: int):
        """From a job page: create a cover letter for the posting, start writing, open it — the job
        is NOT saved to the board (the letter joins the application once the user saves it). A second
        click while starting or within ``DOUBLE_SUBMIT_WINDOW_S`` is ignored."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        if self.starting or double_submit(self._submitted, f"cover_letter:{posting_id}"):
            return
        self.starting, self.error = True, ""  # an earlier attempt's error goes as this one starts
        yield
        try:
            doc_id = await asyncio.to_thread(_start, uid, int(posting_id))
        except LookupError:
            self.error = "This posting is no longer available."
            return
        except ValueError as exc:  # e.g. no resume yet
            self.error = str(exc)
            return
        finally:
            self.starting = False
        yield rx.redirect(routes.writing_document(doc_id))


def _snapshots(uid: int, application_id: int) -> list[dict]:
    with session_scope() as s:
        rows = docs.snapshots(session=s, user_id=uid, application_id=application_id)
        docs_of_app = docs.list_documents(session=s, user_id=uid, application_id=application_id)
        zone = user_zone(s, uid)
        from careercopilot.services.sent_snapshots import display

        shown = [(r, *display(r.kind, r.text, session=s, user_id=uid)) for r in rows]
        return [{"kind": label, "version": r.version, "text": text,
                 "at": local_minute(r.created_at, zone)} for r, label, text in shown] + [
            {"kind": "document", "version": -1, "text": d.title or d.kind, "at": str(d.id)} for d in docs_of_app]


class ApplicationWritingState(rx.State):
    """The application's "as sent" snapshots and its documents (application page)."""

    items: list[dict] = []
    application_id: int = 0

    @rx.event
    async def load_snapshots(self):
        """Load for the application of the route."""
        uid = await current_user_id(self)
        aid = route_id(self)
        if uid is None or aid is None:
            self.items, self.application_id = [], 0
            return
        self.application_id = aid
        self.items = await asyncio.to_thread(_snapshots, uid, aid)
