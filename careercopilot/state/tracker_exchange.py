"""TrackerExchangeState: export (CSV/JSON/events/proof downloads) and CSV import with live progress."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.integrations.storage import StorageError
from careercopilot.services import background, exchange, exchange_import, exchange_uploads
from careercopilot.state import uploads
from careercopilot.state.applications import ApplicationsState
from careercopilot.state.auth import current_user_id

IMPORT_UPLOAD_ID = "import-upload"
_EXPORTS = {
    "csv": (exchange.export_csv, "applications-{d}.csv"),
    "events": (exchange.export_events_csv, "stage-history-{d}.csv"),
    "proof": (exchange.export_proof_csv, "proof-of-applications-{d}.csv"),
    "json": (exchange.export_json, "applications-{d}.json"),
}


def _export(uid: int, kind: str) -> str:
    with session_scope() as s:
        return _EXPORTS[kind][0](session=s, user_id=uid)


class TrackerExchangeState(rx.State):
    """Import progress, its report (per-line errors) and messages."""

    importing: bool = False
    progress: int = 0
    progress_message: str = ""
    summary: str = ""
    line_errors: list[str] = []
    error: str = ""

    @rx.event
    async def submit_export(self, kind: str):
        """Download an export: csv | events | proof | json."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if kind not in _EXPORTS:
            return None
        data = await asyncio.to_thread(_export, uid, kind)
        name = _EXPORTS[kind][1].format(d=datetime.now(timezone.utc).strftime("%Y%m%d"))
        return rx.download(data=data, filename=name)

    @rx.event
    async def submit_import(self, files: list[rx.UploadFile]):
        """Take the uploaded CSV (size checked before reading it all) and hand it to
        :meth:`process_import`, which stores it and enqueues the import without the state lock.

        Reflex refuses background upload handlers, so this one only reads the file under the
        lock (:mod:`careercopilot.state.uploads`); storing up to 50 MB in object storage held the
        lock for seconds before, and every other event of the tab waited behind it.
        """
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error, self.summary, self.line_errors, self.progress = "", "", [], 0
        if not files:
            self.error = "Choose a CSV file first."
            return None
        upload, limit = files[0], exchange_uploads.MAX_IMPORT_BYTES
        if upload.size is not None and upload.size > limit:
            self.error = f"Files up to {limit // 1_048_576} MB can be imported."
            return None
        data = await upload.read(limit + 1)
        try:
            key = uploads.hold(upload.filename or "", data)
        except uploads.UploadsBusy as exc:
            self.error = str(exc)
            return None
        self.importing = True
        return TrackerExchangeState.process_import(key)

    @rx.event(background=True)
    async def process_import(self, key: str):
        """Store the upload held under ``key`` and enqueue the import job off the lock; then
        follow its progress (:meth:`poll_import`) or show why it could not start."""
        async with self:
            uid = await current_user_id(self)
        held = uploads.take(key)
        error, started = "The upload was interrupted; please upload the file again.", None
        try:
            if uid is not None and held is not None:
                error = "The import could not be started right now. Please try again in a minute."  # if it raises
                error, started = await self._start_import(uid, *held)
        finally:
            async with self:
                self.error = error
                self.importing = started is not None
        if started is not None:
            yield TrackerExchangeState.poll_import(*started)

    @staticmethod
    async def _start_import(uid: int, name: str, data: bytes) -> tuple[str, tuple[str, str] | None]:
        """Store the file and enqueue its import, off the event loop: (error, (job id, upload id) or None)."""
        try:
            upload_id = await asyncio.to_thread(exchange_uploads.store_import_upload, user_id=uid, data=data,
                                                filename=name)
            handle = await asyncio.to_thread(exchange_uploads.start_import, user_id=uid, upload_id=upload_id)
        except exchange_import.ImportFormatError as exc:
            return str(exc), None
        except StorageError:
            return "The file could not be stored right now. Please try again in a minute.", None
        return "", (handle.id, upload_id)

    @rx.event(background=True)
    async def poll_import(self, job_id: str, upload_id: str):
        """Poll the import job (progress bar) until it finishes, then show its report."""
        async with self:
            uid = await current_user_id(self)
        if uid is None:
            return
        status = None
        async for status in background.poll_job(job_id, user_id=uid):
            async with self:
                self.progress, self.progress_message = status.progress, status.message or ""
        report = await asyncio.to_thread(exchange_uploads.import_report, user_id=uid, upload_id=upload_id)
        async with self:
            self.importing = False
            if report is None:
                if status is not None and status.timed_out:
                    self.error = background.poll_timeout_message(status, "The import")
                else:
                    self.error = (status.error if status else None) or "The import did not finish."
                return
            self.summary = (f"Imported {report.imported}, skipped {report.duplicates} duplicate(s), "
                            f"{report.invalid} invalid row(s).")
            self.line_errors = [f"Line {line}: {msg}" if line else msg for line, msg in report.errors]
        yield ApplicationsState.load_applications
