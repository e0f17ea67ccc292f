"""PrepState: tailoring changes (accept/reject/edit, save as a resume version) and interview
prep (saved answers, practice mode) on the writing page; starting either from an application."""

from __future__ import annotations

import asyncio
import json

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import writing_documents as docs, writing_prep as prep, writing_prep_llm as prep_llm
from careercopilot.state.auth import current_user_id
from careercopilot.state.route_ids import route_id
from careercopilot.state.submit_guard import double_submit


def _load(uid: int, doc_id: int) -> tuple[str, dict]:
    with session_scope() as s:
        doc = docs.get_document(session=s, user_id=uid, document_id=doc_id)
        return doc.kind, (json.loads(doc.text or "{}") if doc.kind in ("tailoring", "interview_prep") else {})


def _call(fn, **kw):
    with session_scope() as s:
        out = fn(session=s, **kw)
        return getattr(out, "id", out)


class PrepState(rx.State):
    """The open tailoring or interview-prep document."""

    doc_id: int = 0
    kind: str = ""
    _submitted: dict[str, float] = {}
    changes: list[dict] = []
    unmet: list[str] = []
    resume_id: int = 0
    questions: list[dict] = []
    edits: dict[str, str] = {}
    practice: bool = False
    current: int = 0
    revealed: bool = False
    message: str = ""
    error: str = ""
    error_application_id: int = 0  # the application page whose start failed: its error shows there only

    @rx.var
    def can_save(self) -> bool:
        """Some change is accepted or edited: saving would make a resume that differs from the master."""
        return any(c.get("status") in ("accepted", "edited") for c in self.changes)

    def _apply(self, kind: str, state: dict) -> None:
        self.kind = kind
        self.changes = [dict(c, index=int(c["index"])) for c in state.get("changes", [])]
        self.unmet, self.resume_id = state.get("unmet", []), int(state.get("resume_id") or 0)
        self.questions = [dict(q, i=i) for i, q in enumerate(state.get("questions", []))]

    @rx.event
    async def load_prep(self):
        """Load the document of the route (cover letters have no prep state)."""
        uid = await current_user_id(self)
        doc_id = route_id(self)
        self.kind, self.message, self.error = "", "", ""
        if uid is None or doc_id is None:
            return
        try:
            kind, state = await asyncio.to_thread(_load, uid, doc_id)
        except LookupError:
            return
        self.doc_id = doc_id
        self._apply(kind, state)
        if kind == "tailoring":  # the tailored resume's text, editable and exportable (trial126)
            from careercopilot.state.writing_tailored import TailoredState

            return TailoredState.load_text(doc_id)

    @rx.event
    def set_edit(self, index: int, value: str):
        """Buffer an edited bullet or answer (saved by the matching submit)."""
        self.edits[str(index)] = value

    async def _run(self, fn, **kw):
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            await asyncio.to_thread(_call, fn, user_id=uid, **kw)
            kind, state = await asyncio.to_thread(_load, uid, self.doc_id)
            self._apply(kind, state)
            self.error = ""
        except (LookupError, ValueError) as exc:
            self.error, self.message = str(exc), ""

    @rx.event
    async def decide(self, index: int, status: str):
        """Accept, reject, or save the edited text of one change."""
        from careercopilot.state.writing_tailored import TailoredState

        edited = self.edits.get(str(index)) if status == "edited" else None
        out = await self._run(prep.decide_change, document_id=self.doc_id, index=int(index), status=status,
                              edited=edited)
        return out or TailoredState.load_text(self.doc_id)  # the tailored text follows the decision

    @rx.event
    async def finish(self):
        """Save the accepted changes as a new resume version linked to the application."""
        await self._run(prep.finish_tailoring, document_id=self.doc_id)
        if not self.error:
            self.message = "Saved as a new resume version, linked to this application."

    @rx.event
    async def save_answer(self, index: int):
        """Keep the user's answer to one question."""
        await self._run(prep.save_answer, document_id=self.doc_id, index=int(index),
                        answer=self.edits.get(str(index), ""))
        if not self.error:
            self.message = "Answer saved."

    @rx.event
    def toggle_practice(self):
        """Practice mode: one question at a time, the saved answer hidden until revealed."""
        self.practice, self.current, self.revealed = not self.practice, 0, False

    @rx.event
    def next_question(self):
        """The next question in practice mode."""
        self.current = (self.current + 1) % max(1, len(self.questions))
        self.revealed = False

    @rx.event
    def reveal(self):
        """Show the saved answer and STAR draft of the current question."""
        self.revealed = True

    @rx.event
    async def start(self, kind: str, application_id: int):
        """From an application: start tailoring, interview prep or a follow-up/thank-you e-mail and open it.
        A double click is ignored (``double_submit``), and a document of the same kind for the same
        application made seconds ago is opened instead of a new one (``docs.recent_document``)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if double_submit(self._submitted, f"{kind}:{application_id}"):
            return None
        self.error, self.error_application_id = "", int(application_id)  # an earlier attempt's error goes
        try:
            recent = await asyncio.to_thread(_call, docs.recent_document, user_id=uid, kind=kind,
                                             application_id=int(application_id))
            if recent is not None:
                return rx.redirect(routes.writing_document(recent))
            if kind in ("follow_up", "thank_you"):
                doc_id = await asyncio.to_thread(docs.create_and_start, user_id=uid, kind=kind,
                                                 application_id=int(application_id))
            else:
                fn = prep.start_tailoring if kind == "tailoring" else prep.start_interview_prep
                doc_id = await asyncio.to_thread(_call, fn, user_id=uid, application_id=int(application_id))
                await asyncio.to_thread(prep_llm.enqueue, user_id=uid, document_id=doc_id)
        except (LookupError, ValueError) as exc:
            self.error = str(exc)
            return
        return rx.redirect(routes.writing_document(doc_id))
