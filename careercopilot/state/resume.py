"""ResumeState: the signed-in user's resume versions, the selected one's text and fields."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from careercopilot import offload, routes
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.integrations.storage import StorageError
from careercopilot.services import ratelimit, resumes
from careercopilot.services.applications import user_zone
from careercopilot.services.resume_reading import MatchReading, match_reading
from careercopilot.services.resumes import ResumeDetail, VersionRow
from careercopilot.state import uploads
from careercopilot.state.auth import current_user_id

UPLOAD_ID = "resume-upload"
_TOO_BIG = f"The file is larger than {resumes.MAX_RESUME_BYTES // 1_048_576} MB; upload a smaller resume."
_UNEXPECTED = "The file could not be processed right now and nothing was saved. Please try again in a minute."


def _add(uid: int, filename: str, data: bytes, read: resumes.ReadResume) -> tuple[int, str]:
    """Store an already read upload in one transaction; (the active version's id, the notice)."""
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=uid, filename=filename, data=data, read=read)
        return up.resume.id, up.message  # type: ignore[return-value]


def _versions(uid: int, selected_id: int | None) -> tuple[list[VersionRow], ResumeDetail, MatchReading]:
    """The user's version rows, the detail of ``selected_id`` (else the active version) and how
    job matching reads it with the user's preferences (``services.resume_reading``)."""
    from sqlmodel import select

    from careercopilot.models import Preference

    with session_scope() as s:
        rows = resumes.list_resumes(session=s, user_id=uid)
        pick = next((r for r in rows if r.id == selected_id), None) or next((r for r in rows if r.is_active), None)
        zone = user_zone(s, uid)
        pref = s.exec(select(Preference).where(Preference.user_id == uid)).first() if pick else None
        first = min((r.created_at for r in rows), default=None)  # the pre-fill's upload, if still listed
        reading = match_reading(pick.text, pref, first) if pick else MatchReading()
        return ([resumes.version_row(r, zone) for r in rows], (resumes.resume_detail(pick) if pick else ResumeDetail()),
                reading)


def _in_transaction(action: Callable) -> None:
    with session_scope() as s:
        action(s)


class ResumeState(rx.State):
    """Versions list, the selected version and messages."""

    versions: list[VersionRow] = []
    selected: ResumeDetail = ResumeDetail()
    #: how job matching reads the selected version (level, field, titles, places)
    reading: MatchReading = MatchReading()
    error: str = ""
    notice: str = ""
    uploading: bool = False
    #: how much of the chosen file has reached the server, 0–100 while it is sent; -1 otherwise
    #: (trial81 LOW 10: on a phone's slow uplink the page showed nothing until the file had arrived)
    sent_percent: int = -1

    @rx.event
    def begin_upload(self):
        """The Upload button was pressed: show "Sending…" at once, before the first progress report."""
        self.error = self.notice = ""
        self.sent_percent = 0

    @rx.event
    def upload_progress(self, progress: dict):
        """The browser's report of the file's transfer (axios ``onUploadProgress`` as Reflex passes it:
        ``{"progress": 0.0–1.0, "loaded": bytes, "total": bytes}``; either may be missing) → ``sent_percent``."""
        try:
            share = float(progress.get("progress") or 0.0)
        except (TypeError, ValueError, AttributeError):
            return
        if self.sent_percent >= 0:  # a report after the upload was handed over changes nothing
            self.sent_percent = max(self.sent_percent, min(100, int(share * 100)))

    @rx.event
    def reject_files(self, rejected: list[dict]):
        """The picker refused a file (not one of ``views.resume.RESUME_ACCEPT``'s types): say so
        here, in the page's error line (``rejected``: react-dropzone's records, not read)."""
        self.notice = ""
        self.error = "That file type is not accepted. Choose a PDF, DOCX, TXT or Markdown file."

    async def _refresh(self, uid: int, selected_id: int | None = None) -> None:
        self.versions, self.selected, self.reading = await offload.db(_versions, uid, selected_id)

    async def _change(self, uid: int, action: Callable, done: str, select: int | None) -> None:
        """Run one service call in a transaction (off the event loop); show its user-facing error or ``done``."""
        self.error = self.notice = ""
        try:
            await offload.db(_in_transaction, action)
            self.notice = done
        except resumes.ResumeError as exc:
            self.error = str(exc)
        except resumes.ResumeNotFound:
            self.error, select = "That resume no longer exists.", None
        await self._refresh(uid, select)

    @rx.event
    async def load_resume(self):
        """Load the versions and select the active one."""
        self.error = self.notice = ""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        await self._refresh(uid)
        return None

    @rx.event
    async def submit_upload(self, files: list[rx.UploadFile]):
        """Take the uploaded file (size checked before reading it all) and hand it to
        :meth:`process_upload`, which parses and stores it without the state lock.

        Reflex refuses background upload handlers, so this one only reads the file (a local
        temporary file: milliseconds) under the lock and hands it over through
        :mod:`careercopilot.state.uploads` (a full hold: its "busy" error here); the parse (seconds, up to a minute for a
        hostile file) held the lock past Reflex's 10 s expiry before (session 12 trial).
        """
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = ""  # a previous attempt's message goes away at once
        self.sent_percent = -1  # the file has arrived (or none was chosen)
        if not files:
            self.error = "Choose a PDF, DOCX, TXT or Markdown file first."
            return None
        upload, limit = files[0], resumes.MAX_RESUME_BYTES
        if upload.size is not None and upload.size > limit:
            self.error = _TOO_BIG
            return None
        data = await upload.read(limit + 1)
        if len(data) > limit:
            self.error = _TOO_BIG
            return None
        try:
            key = uploads.hold(upload.filename or "resume", data)
        except uploads.UploadsBusy as exc:
            self.error = str(exc)
            return None
        self.uploading = True
        return ResumeState.process_upload(key)

    @rx.event(background=True)
    async def process_upload(self, key: str):
        """Parse and store the upload held under ``key`` off the lock; then show the result.

        The notice says which version is now active — including when the file is byte-identical
        to an existing version, which is re-activated instead of stored again."""
        async with self:
            uid = await current_user_id(self)
        held = uploads.take(key)
        error, done, new_id = "The upload was interrupted; please upload the file again.", "", None
        try:
            if uid is not None and held is not None:
                # an unexpected failure below (a database outage, a parser bug) propagates to the
                # server log; the user reads that nothing was saved, not that the upload broke off
                error = _UNEXPECTED
                error, done, new_id = await self._store_upload(uid, *held)
        finally:
            rows = await offload.db(_versions, uid, new_id) if new_id is not None else None
            async with self:
                self.uploading = False
                self.error, self.notice = error, done
                if rows is not None:
                    self.versions, self.selected, self.reading = rows

    @staticmethod
    async def _store_upload(uid: int, name: str, data: bytes) -> tuple[str, str, int | None]:
        """Parse and store one upload off the event loop, without the state lock:
        (error, notice, the new active version's id or None)."""
        try:
            with offload.user_parse_slot(uid):  # UPLOADS_AT_ONCE_PER_USER, shared with the API and the clipper
                read = await offload.parse(resumes.read_resume, data, name)  # no database thread waits on a parse
            new_id, done = await offload.db(_add, uid, name, data, read)
        except ratelimit.RateLimited as exc:
            return (f"{settings.uploads_at_once_per_user} of your uploads are being read already; "
                    f"try again in {exc.retry_after} seconds."), "", None
        except resumes.ResumeError as exc:
            return str(exc), "", None
        except StorageError:
            return "The file could not be stored right now. Please try again in a minute.", "", None
        return "", done, new_id

    @rx.event
    async def set_selected(self, resume_id: int):
        """Show another version's text and fields."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = ""
        await self._refresh(uid, int(resume_id))
        return None

    @rx.event
    async def submit_activate(self, resume_id: int):
        """Make a version the active one."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        rid = int(resume_id)
        await self._change(uid, lambda s: resumes.set_active(session=s, user_id=uid, resume_id=rid),
                     "Active resume changed. Rankings are being refreshed.", rid)

    @rx.event
    async def submit_delete(self, resume_id: int):
        """Delete a version (the newest remaining one becomes active if needed)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        rid = int(resume_id)
        await self._change(uid, lambda s: resumes.delete_resume(session=s, user_id=uid, resume_id=rid),
                     "Resume version deleted.", None)

    @rx.event
    async def submit_text(self, form: dict):
        """Save the user's correction of the selected version's text (fields are re-parsed)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        rid, text = self.selected.id, str(form.get("text", ""))
        await self._change(uid, lambda s: resumes.update_text(session=s, user_id=uid, resume_id=rid, text=text),
                     "Text saved; skills and fields updated.", rid)
