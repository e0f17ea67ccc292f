"""TailoredState: the tailored resume's text on the writing page — loaded, edited as a whole and saved
(:mod:`careercopilot.services.writing_tailored`; trial126 finding 2). Export is a link to the document's
``/api/writing/{id}/export.{docx|pdf}`` route."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import writing_tailored as tailored
from careercopilot.state.auth import current_user_id


def _call(fn, **kw) -> str:
    with session_scope() as s:
        return fn(session=s, **kw)


class TailoredState(rx.State):
    """The open tailoring document's resume text."""

    doc_id: int = 0
    text: str = ""
    error: str = ""

    @rx.event
    def set_text(self, value: str):
        """Buffer the edited resume (saved by :meth:`submit_text`)."""
        self.text = value

    async def _run(self, fn, **kw):
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        try:
            self.text = await asyncio.to_thread(_call, fn, user_id=uid, document_id=self.doc_id, **kw)
            self.error = ""
        except (LookupError, ValueError) as exc:
            self.error = str(exc)

    @rx.event
    async def load_text(self, doc_id: int):
        """Read the tailored resume of document ``doc_id``."""
        self.doc_id = int(doc_id)
        return await self._run(tailored.tailored_text)

    @rx.event
    async def submit_text(self):
        """Save the edit (refused when it adds a fact the resume lacks)."""
        return await self._run(tailored.edit_tailored, text=self.text)
