"""Tracker import uploads: a CSV kept in file storage for the import job, and its report.

Uploads (:func:`check_csv_upload`): only ``.csv`` (or ``.txt``) names whose content is
text are accepted; binary content (PDF, ZIP/XLSX/DOCX, images, NUL bytes) is refused
whatever the name.

Uploads live under ``imports/<upload id>.csv`` (upload id ``u<user id>-<32 hex>``) until the
job has imported them (:func:`run_import_upload`, run by ``jobs.tracker.import_applications``);
the report stays as ``imports/<upload id>.report.json``.

UTF-16 files (a BOM ``FF FE`` / ``FE FF``: Excel's "Unicode Text" and "CSV UTF-16") are stored
as UTF-8 with a BOM (:func:`as_utf8`; attack129 finding 10 — their NUL bytes made them "binary").

One import per user at a time (:func:`start_import`: the job takes the user's one slot on its
queue, ``background.enqueue(user_slots=1)``); a second one is refused with :class:`ImportBusy`
and its upload removed (attack129 finding 2: two tabs importing one file stored it twice).
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Callable

from sqlmodel import Session

from careercopilot.integrations.storage import ObjectNotFound, get_storage
from careercopilot.services import ownership
from careercopilot.services.exchange_import import ImportFormatError, ImportReport, import_csv


# --------------------------------------------------------------------------- uploads

#: Largest CSV accepted for import, bytes (a 50,000-row tracker export is ~10 MB).
MAX_IMPORT_BYTES = 50 * 1024 * 1024
_UPLOAD_ID = re.compile(r"^u(\d+)-([0-9a-f]{32})$")


_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                 b"{\\rtf", b"Rar!", b"7z\xbc\xaf")
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13}) + b"\x7f"


def looks_binary(data: bytes) -> bool:
    """True for non-text content: a known binary signature (PDF, ZIP/XLSX/DOCX, OLE/XLS, PNG,
    GIF, JPEG, gzip, RTF, RAR, 7z), a NUL byte, or > 1% control characters in the first 64 KiB."""
    head = data[: 1 << 16]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return True
    return bool(head) and sum(head.count(bytes([c])) for c in _CONTROL) > len(head) / 100


_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def as_utf8(data: bytes) -> bytes:
    """``data`` re-encoded as UTF-8 with a BOM when it starts with a UTF-16 BOM (else unchanged);
    ImportFormatError when the UTF-16 text does not decode."""
    codec = _UTF16_BOMS.get(data[:2])
    if codec is None or data[:4] == b"\xff\xfe\x00\x00":  # UTF-32LE is not read
        return data
    try:
        return codecs.BOM_UTF8 + data[2:].decode(codec).encode("utf-8")
    except UnicodeDecodeError:
        raise ImportFormatError("The file says it is UTF-16 text but does not decode as such.") from None


def check_csv_upload(filename: str | None, data: bytes) -> None:
    """Refuse a file that is not a CSV: a name with another extension than ``.csv``/``.txt``
    or binary content (:func:`looks_binary`). Raises ImportFormatError
    ("Only .csv files can be imported (got <name>).")."""
    name = (filename or "").strip().rsplit("/", 1)[-1][:120] or "a file without a name"
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if (ext and ext not in {"csv", "txt"}) or looks_binary(data):
        raise ImportFormatError(f"Only .csv files can be imported (got {name}).")


def store_import_upload(*, user_id: int, data: bytes, filename: str | None = None) -> str:
    """Keep an uploaded CSV in file storage for the import job; returns its upload id.

    Raises ImportFormatError for an empty or oversized file (> :data:`MAX_IMPORT_BYTES`)
    and for a non-CSV one (:func:`check_csv_upload`; the name is checked when given).
    """
    import uuid

    data = as_utf8(data)
    if data and (filename is not None or looks_binary(data)):
        check_csv_upload(filename, data)
    if not data:
        raise ImportFormatError("The uploaded file is empty.")
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(f"Files up to {MAX_IMPORT_BYTES // (1024 * 1024)} MB can be imported.")
    upload_id = f"u{int(user_id)}-{uuid.uuid4().hex}"
    store = get_storage()
    store.put(f"imports/{upload_id}.csv", data, "text/csv")
    ownership.keep_if_account(store, f"imports/{upload_id}.csv", user_id)  # purged meanwhile: LookupError
    return upload_id


#: The import job (``jobs.tracker.import_applications``).
IMPORT_JOB = "jobs.tracker.import_applications"


class ImportBusy(ImportFormatError):
    """The user's previous import is still queued or running (``job_ids``)."""

    def __init__(self, job_ids: list[str]) -> None:
        super().__init__("Another import of yours is still running. Wait until it has finished (its summary "
                         "appears here), then import this file; rows it already added are skipped as duplicates.")
        self.job_ids = job_ids


def start_import(*, user_id: int, upload_id: str):
    """Enqueue the import of a stored upload; returns the job's ``background.JobHandle`` (the same
    upload again — a double click — gets its live job back). Raises :class:`ImportBusy` (and deletes
    the upload) while another import of the user is queued or running; what ``background.enqueue`` raises."""
    from careercopilot.services.background import SlotsTaken, enqueue

    try:
        return enqueue(IMPORT_JOB, upload_id, user_id=user_id, user_slots=1)
    except SlotsTaken as exc:
        get_storage().delete(f"imports/{upload_id}.csv")
        raise ImportBusy(exc.job_ids) from None


def upload_owner(upload_id: str) -> int:
    """The user id encoded in an upload id; raises LookupError for a malformed id."""
    m = _UPLOAD_ID.match(upload_id or "")
    if not m:
        raise LookupError(f"upload {upload_id!r} not found")
    return int(m.group(1))


def run_import_upload(
    *, session: Session, upload_id: str, progress: Callable[[int, str], None] | None = None,
) -> ImportReport:
    """Import a stored upload for its owner and store the report next to it (JSON).

    After each committed batch the line reached and the report so far are kept as
    ``imports/<upload id>.progress.json``; a run of the same upload after a crash (the job's retry, or
    the recovery of a job left "running") resumes there, so its report counts the first run's rows as
    imported instead of as duplicates (a crash between a batch's commit and its checkpoint still shows
    that batch's rows as duplicates: nothing is stored twice either way).
    A file that cannot be imported at all yields a report with one line-0 error.
    Raises LookupError when the upload does not exist.
    """
    user_id = upload_owner(upload_id)
    storage = get_storage()
    try:
        data = storage.get(f"imports/{upload_id}.csv")
    except ObjectNotFound:
        raise LookupError(f"upload {upload_id!r} not found") from None
    progress_key = f"imports/{upload_id}.progress.json"

    def checkpoint(line: int, report: ImportReport) -> None:
        storage.put(progress_key, json.dumps({"line": line, "report": report.to_dict()}).encode(), "application/json")
        ownership.keep_if_account(storage, progress_key, user_id)  # purged meanwhile: LookupError, job ends

    try:
        report = import_csv(session=session, user_id=user_id, stream=io.BytesIO(data), progress=progress,
                            total_bytes=len(data), checkpoint=checkpoint, resume=_resume_point(storage, progress_key))
    except ImportFormatError as exc:
        report = ImportReport(errors=[(0, str(exc))], invalid=0)
    storage.put(f"imports/{upload_id}.report.json", json.dumps(report.to_dict()).encode(), "application/json")
    ownership.keep_if_account(storage, f"imports/{upload_id}.report.json", user_id)
    storage.delete(f"imports/{upload_id}.csv")
    storage.delete(progress_key)
    return report


def _resume_point(storage, key: str) -> tuple[int, ImportReport] | None:
    """The checkpoint an earlier, interrupted run of an upload left (``(line, report)``), None when
    there is none or it cannot be read (the run then starts over: dedupe keeps it safe)."""
    try:
        raw = json.loads(storage.get(key))
        return int(raw["line"]), ImportReport.from_dict(raw["report"])
    except (ObjectNotFound, ValueError, KeyError, TypeError):
        return None


def import_report(*, user_id: int, upload_id: str) -> ImportReport | None:
    """The stored report of an import, None while it is still running.

    Raises LookupError when the upload belongs to another user or is malformed.
    """
    if upload_owner(upload_id) != user_id:
        raise LookupError(f"upload {upload_id!r} not found")
    try:
        raw = get_storage().get(f"imports/{upload_id}.report.json")
    except ObjectNotFound:
        return None
    return ImportReport.from_dict(json.loads(raw))
