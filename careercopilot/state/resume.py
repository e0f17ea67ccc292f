"""ResumeState: the signed-in user's resume versions, the selected one's text and fields."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.integrations.storage import StorageError
from careercopilot.services import resumes
from careercopilot.services.applications import user_zone
from careercopilot.services.resumes import ResumeDetail, VersionRow
from careercopilot.state.auth import current_user_id

UPLOAD_ID = "resume-upload"
_TOO_BIG = f"The file is larger than {resumes.MAX_RESUME_BYTES // 1_048_576} MB; upload a smaller resume."


def _add(uid: int, filename: str, data: bytes, read: resumes.ReadResume) -> tuple[int, str]:
    """Store an already read upload in one transaction; (the active version's id, the notice)."""
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=uid, filename=filename, data=data, read=read)
        return up.resume.id, up.message  # type: ignore[return-value]


def _versions(uid: int, selected_id: int | None) -> tuple[list[VersionRow], ResumeDetail]:
    """The user's version rows and the detail of ``selected_id`` (else the active version)."""
    with session_scope() as s:
        rows = resumes.list_resumes(session=s, user_id=uid)
        pick = next((r for r in rows if r.id == selected_id), None) or next((r for r in rows if r.is_active), None)
        zone = user_zone(s, uid)
        return [resumes.version_row(r, zone) for r in rows], (resumes.resume_detail(pick) if pick else ResumeDetail())


def _in_transaction(action: Callable) -> None:
    with session_scope() as s:
        action(s)


class ResumeState(rx.State):
    """Versions list, the selected version and messages."""

    versions: list[VersionRow] = []
    selected: ResumeDetail = ResumeDetail()
    error: str = ""
    notice: str = ""
    uploading: bool = False

    @rx.event
    def reject_files(self, rejected: list[dict]):
        """The picker refused a file (not one of ``views.resume.RESUME_ACCEPT``'s types): say so
        here, in the page's error line (``rejected``: react-dropzone's records, not read)."""
        self.notice = ""
        self.error = "That file type is not accepted. Choose a PDF, DOCX, TXT or Markdown file."

    async def _refresh(self, uid: int, selected_id: int | None = None) -> None:
        self.versions, self.selected = await offload.db(_versions, uid, selected_id)

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
        """Store the uploaded file as a new active version (size checked before reading it all).

        The notice says which version is now active — including when the file is byte-identical
        to an existing version, which is re-activated instead of stored again.
        """
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error = self.notice = ""  # a previous attempt's message goes away at once
        yield
        if not files:
            self.error = "Choose a PDF, DOCX, TXT or Markdown file first."
            return
        upload, limit = files[0], resumes.MAX_RESUME_BYTES
        if upload.size is not None and upload.size > limit:
            self.error = _TOO_BIG
            return
        data = await upload.read(limit + 1)
        if len(data) > limit:
            self.error = _TOO_BIG
            return
        self.uploading = True
        yield
        try:
            name = upload.filename or "resume"
            read = await offload.parse(resumes.read_resume, data, name)  # no database thread waits on a parse
            new_id, done = await offload.db(_add, uid, name, data, read)
        except resumes.ResumeError as exc:
            self.error = str(exc)
        except StorageError:
            self.error = "The file could not be stored right now. Please try again in a minute."
        else:
            self.notice = done
            await self._refresh(uid, new_id)
        self.uploading = False

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
