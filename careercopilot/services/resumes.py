"""Resume versions: upload, extract, parse, keep one active, correct the text, delete.

Every function takes the caller's ``session`` and the signed-in ``user_id``; a resume id
that belongs to someone else behaves exactly like a missing one (:class:`ResumeNotFound`,
a ``LookupError``). Files live in :mod:`careercopilot.integrations.storage` under
``resumes/<user_id>/<random>.<ext>``.

Transactions: nothing here commits. Side effects outside the database are tied to the
caller's transaction with session hooks — a stored file is deleted again when the
transaction does not commit, a deleted version's file is removed only after the commit,
and the ranking refresh (``jobs.matching.rescore_user``) is enqueued only after the commit
(so the job sees the new rows, and SQLite is never written from two connections at once).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import unicodedata
import uuid
from pathlib import PureWindowsPath
from typing import Any
from zoneinfo import ZoneInfo

import structlog
from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from careercopilot.config import settings
from careercopilot.db import begin_write, savepoint
from careercopilot.integrations.storage import Storage, get_storage
from careercopilot.models import Resume, User
from careercopilot.models._base import utcnow
from careercopilot.normalize import document_sandbox, documents
from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.services.local_time import local_minute
from careercopilot.services.tx_hooks import (
    on_abort,
    on_commit,
    run_safely,
    schedule_rescore,
)

log = structlog.get_logger(__name__)

#: Largest accepted upload, bytes (10 MB; the rule lives in normalize.documents).
MAX_RESUME_BYTES: int = documents.MAX_RESUME_BYTES
#: Longest resume text kept or accepted from a correction, characters (≈ 60 pages).
MAX_TEXT_CHARS = 200_000
#: Characters of a resume's text read for its fields and skills (:func:`parse_text`): about 15
#: pages of dense text. The 496 labeled resumes of ``benchmarks/data`` are at most 2,440 characters;
#: the reading is linear in the text and holds the GIL of the web process (≈ 33 ms per 1,000
#: characters on the 2-core reference machine: 50,000 → ~1.7 s, the 200,000 kept → ~7 s, 15–30 s
#: under load: issue 11, attack102 item 2). Text past it is kept and shown, not read for fields.
MAX_PARSE_CHARS = 50_000
#: Versions a user may keep at once (bounds storage per account).
MAX_VERSIONS = 50
#: Fewest words (see :func:`count_words`) an uploaded file's text must have to be accepted
#: as a resume. Junk that still extracts as text — a sentence saved under a .pdf name, a
#: placeholder, a cover-sheet page — has well under 10. The shortest legitimate resume in the
#: test suite (name, email, one job with dates, one line of duties) has 15, so the bar sits
#: a little below that. Applies to uploads only; a user's own text correction is not counted.
MIN_RESUME_WORDS = 12
_EXTENSIONS = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "txt",
    "text/markdown": "md",
}


class ResumeError(ValueError):
    """The upload or correction was refused; ``str(exc)`` is a message for the user."""


class ResumeTooLarge(ResumeError):
    """The file exceeds :data:`MAX_RESUME_BYTES`."""


class ResumeUnreadable(ResumeError):
    """Text extraction failed (corrupt, scanned, password-protected, unsupported type)."""


class ResumeTooShort(ResumeUnreadable):
    """The file's text has fewer than :data:`MIN_RESUME_WORDS` words (not a resume)."""


class ResumeNotFound(LookupError):
    """No resume with that id for this user (also raised for other users' ids)."""


# --- helpers ----------------------------------------------------------------------------
def _clean_filename(filename: str | None) -> str:
    """Base name only, control characters removed, at most 255 characters."""
    name = PureWindowsPath((filename or "").replace("/", "\\")).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return (name or "resume")[-255:]


def _clean_text(text: str) -> str:
    return text.replace("\x00", "").replace("\r\n", "\n").strip()


#: Scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
#: Myanmar): each character counts as one word so such resumes are never taken for "too short".
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens with at least one letter (so dates,
    numbers and bullets do not count; an email address is one word), plus one per character
    of scripts written without spaces (see ``_UNSPACED``)."""
    n = 0
    for token in text.split():
        unspaced = len(_UNSPACED.findall(token))
        if unspaced:
            n += unspaced + (1 if any(ch.isalpha() and not _UNSPACED.match(ch) for ch in token) else 0)
        elif any(ch.isalpha() for ch in token):
            n += 1
    return n


def _to_jsonable(value: Any) -> dict:
    """ResumeFields (dataclass or pydantic model) → a JSON-safe dict."""
    if hasattr(value, "model_dump"):
        data = value.model_dump(mode="json")
    elif dataclasses.is_dataclass(value):
        data = dataclasses.asdict(value)
    else:
        data = dict(value)
    return json.loads(json.dumps(data, default=str))


def parse_text(text: str) -> tuple[dict, list[str]]:
    """Structured fields (JSON-safe dict) and canonical skills of a resume text (skills named
    only in passing left out: ``normalize.resume_skills``), read from its first
    :data:`MAX_PARSE_CHARS` characters (the whole text is still stored and shown)."""
    head = text[:MAX_PARSE_CHARS]
    return _to_jsonable(parse_resume_fields(head)), list(extract_resume_skills(head))


def _owned(session: Session, user_id: int, resume_id: int) -> Resume:
    row = session.get(Resume, resume_id)
    if row is None or row.user_id != user_id:
        raise ResumeNotFound(f"No resume {resume_id}.")
    return row


#: Tries to make a version active while concurrent uploads of the same user race for it.
ACTIVATE_ATTEMPTS = 5


def _activate(session: Session, row: Resume) -> None:
    """Make ``row`` the user's only active version.

    The partial unique index ``uq_resume_one_active`` allows one active row per user; a
    concurrent upload that activated its own row first makes this flush fail (PostgreSQL waits
    for that transaction, then raises), and the next try — in a fresh savepoint, whose UPDATE
    now sees the committed row — deactivates it. Raises ResumeError after
    :data:`ACTIVATE_ATTEMPTS` lost races."""
    for _ in range(ACTIVATE_ATTEMPTS):
        try:
            with savepoint(session):
                session.exec(  # type: ignore[call-overload]
                    update(Resume).where(Resume.user_id == row.user_id, Resume.id != row.id).values(is_active=False)
                )
                row.is_active = True
                row.updated_at = utcnow()
                session.add(row)
                session.flush()
            return
        except IntegrityError:
            if session.get_bind().dialect.name == "sqlite":  # no savepoint there: the transaction is lost
                break
            continue
    raise ResumeError("Another upload is making a different version active right now; try again.")


# --- display DTOs (what the Resume page shows) ------------------------------------------
@dataclasses.dataclass
class VersionRow:
    """One line of the versions list."""

    id: int = 0
    version: int = 0
    filename: str = ""
    uploaded: str = ""
    size: str = ""
    is_active: bool = False


@dataclasses.dataclass
class ResumeDetail:
    """One version's text, parsed fields and skills, flattened to strings/lists for the UI."""

    id: int = 0
    version: int = 0
    text: str = ""
    #: Changes whenever the text changes (resets the editor's default value).
    stamp: str = ""
    email: str = ""
    phone: str = ""
    years: str = ""
    links: list[str] = dataclasses.field(default_factory=list)
    titles: list[str] = dataclasses.field(default_factory=list)
    skills: list[str] = dataclasses.field(default_factory=list)


def _first(fields: dict, *names: str) -> Any:
    for name in names:
        if fields.get(name) not in (None, "", [], {}):
            return fields[name]
    return None


def _strings(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    out = []
    for item in value:
        if isinstance(item, dict):  # e.g. {"title": ..., "company": ...} or {"url": ...}
            item = " · ".join(str(v) for v in item.values() if v not in (None, ""))
        out.append(str(item))
    return out


def version_row(row: Resume, zone: ZoneInfo | None = None) -> VersionRow:
    """The versions-list line of ``row`` (upload time ``YYYY-MM-DD HH:MM`` in ``zone``, the
    user's time zone — UTC when None; size in kB)."""
    return VersionRow(
        id=row.id or 0, version=row.version, filename=documents.name_for_type(row.filename, row.mime)[0],
        uploaded=local_minute(row.created_at, zone or ZoneInfo("UTC")), size=f"{max(1, round(row.size_bytes / 1000))} kB",
        is_active=row.is_active,
    )


def resume_detail(row: Resume) -> ResumeDetail:
    """``row`` flattened for display: first email/phone, links, years of experience, recent titles."""
    fields = row.fields or {}
    email = _strings(_first(fields, "email", "emails"))
    phone = _strings(_first(fields, "phone", "phones"))
    years = _first(fields, "years_experience", "years_of_experience", "years")
    if isinstance(years, float):
        years = f"{years:g}"
    return ResumeDetail(
        id=row.id or 0, version=row.version, text=row.text, stamp=f"{row.id}-{row.updated_at.timestamp():.6f}",
        email=email[0] if email else "", phone=phone[0] if phone else "",
        years="" if years is None else str(years),
        links=_strings(_first(fields, "links", "urls")),
        titles=_strings(_first(fields, "recent_titles", "titles", "job_titles"))[:5],
        skills=[str(x) for x in (row.skills or [])],
    )


# --- public API -------------------------------------------------------------------------
def list_resumes(*, session: Session, user_id: int) -> list[Resume]:
    """The user's resume versions, newest (highest version) first."""
    stmt = select(Resume).where(Resume.user_id == user_id).order_by(Resume.version.desc())  # type: ignore[attr-defined]
    return list(session.exec(stmt))


def get_resume(*, session: Session, user_id: int, resume_id: int) -> Resume:
    """One of the user's versions; raises :class:`ResumeNotFound` (LookupError) otherwise."""
    return _owned(session, user_id, resume_id)


def get_active_resume(*, session: Session, user_id: int) -> Resume | None:
    """The user's active version, or None when they have none."""
    stmt = select(Resume).where(Resume.user_id == user_id, Resume.is_active == True)
    return session.exec(stmt.order_by(Resume.version.desc())).first()  # type: ignore[attr-defined]


def get_resume_file(*, session: Session, user_id: int, resume_id: int, storage: Storage | None = None) -> bytes:
    """The originally uploaded bytes of one of the user's versions (ResumeNotFound otherwise)."""
    row = _owned(session, user_id, resume_id)
    return (storage or get_storage()).get(row.storage_key)


@dataclasses.dataclass
class ResumeUpload:
    """What :func:`upload_resume` did: the version now active, and whether it already existed.

    ``duplicate`` — the bytes equal one of the user's versions, which was returned instead of
    a new one; ``was_active`` — that version was already the active one (nothing changed).
    """

    resume: Resume
    duplicate: bool = False
    was_active: bool = False
    renamed: str = ""  # the file's name said another type than its content (documents.name_for_type)
    #: characters of text the file held when more than MAX_TEXT_CHARS were kept (0 = nothing cut)
    cut_from: int = 0

    @property
    def message(self) -> str:
        """A one-line notice for the Resume page describing the outcome."""
        v = self.resume.version
        if not self.duplicate:
            return f"Resume uploaded as version {v}. Rankings are being refreshed." + (
                " " + self.renamed if self.renamed else "") + (" " + cut_notice(self.cut_from) if self.cut_from else "")
        if self.was_active:
            return f"This file is already version {v}, your active resume — nothing changed."
        return f"This file is already version {v} — it is your active resume again. Rankings are being refreshed."


def add_resume(*, session: Session, user_id: int, filename: str, data: bytes, storage: Storage | None = None) -> Resume:
    """:func:`upload_resume`, returning only the resulting (active) version."""
    return upload_resume(session=session, user_id=user_id, filename=filename, data=data, storage=storage).resume


@dataclasses.dataclass(frozen=True)
class ReadResume:
    """A resume file read and checked, before anything is stored: the cleaned ``name``, the sniffed
    ``mime``, the extracted ``text`` (≤ :data:`MAX_TEXT_CHARS`), parsed ``fields`` and ``skills``,
    the file's SHA-256 ``digest`` (hex), and the extractor's ``pages`` and ``warnings``."""

    name: str
    mime: str
    text: str
    fields: dict[str, Any]
    skills: list[str]
    digest: str
    pages: int | None = None
    warnings: int = 0
    #: set when the file's name said another type than its content (documents.name_for_type)
    renamed: str = ""
    #: characters of text the file held when only the first MAX_TEXT_CHARS were kept (0 = nothing cut)
    cut_from: int = 0


def cut_notice(cut_from: int) -> str:
    """What the upload notice says when a file's text was cut to :data:`MAX_TEXT_CHARS` characters
    (trial123 finding 11: a 7.6 MB text file showed only its first 200,000 characters, unsaid)."""
    return (f"Only the first {MAX_TEXT_CHARS:,} of its {cut_from:,} characters of text were read — "
            "a resume is usually under 10,000; check that this is the file you meant.")


def read_resume(data: bytes, filename: str) -> ReadResume:
    """Extract and check a resume file without touching the database.

    The extraction runs in a child process with a memory and time limit
    (:func:`~careercopilot.normalize.document_sandbox.extract_text_isolated`, up to a minute for a
    hostile file), so callers run this *before* opening a transaction: a parse that held a pooled
    connection let one user's concurrent uploads of an ordinary 30-page PDF take every connection
    of a web process and freeze other users for a minute (issue 9 probe, session 9). The web paths
    run it on :func:`careercopilot.offload.parse`.

    Raises :class:`ResumeError` (empty), :class:`ResumeTooLarge`, :class:`ResumeUnreadable`,
    :class:`ResumeTooShort`.
    """
    if not data:
        raise ResumeError("The file is empty.")
    if len(data) > MAX_RESUME_BYTES:
        raise ResumeTooLarge(
            f"The file is {len(data) / 1_048_576:.1f} MB; resumes can be at most {MAX_RESUME_BYTES // 1_048_576} MB."
        )
    name = _clean_filename(filename)
    try:
        # in a child process with a memory and time limit: a hostile file never takes this worker
        doc = document_sandbox.extract_text_isolated(data, name, max_pdf_pages=settings.resume_max_pages)
    except documents.DocumentError as exc:
        raise ResumeUnreadable(str(exc)) from exc
    cleaned = _clean_text(doc.text)
    cut_from = len(cleaned) if len(cleaned) > MAX_TEXT_CHARS else 0
    text = cleaned[:MAX_TEXT_CHARS]
    if not text:  # the extractor refuses these; never accept an empty resume regardless
        raise ResumeUnreadable("No text could be read from this file. Upload a text-based PDF, DOCX or TXT.")
    words = count_words(text)
    if words < MIN_RESUME_WORDS:
        raise ResumeTooShort(
            f"This file has only {words} word{'' if words == 1 else 's'} of text — that does not look like a "
            "resume. Upload your full resume as PDF, DOCX, TXT or Markdown."
        )
    fields, skills = parse_text(text)
    # the type is the content's: "fake_pdf.pdf" holding text is stored and served as fake_pdf.txt
    name, renamed = documents.name_for_type(name, doc.mime)
    return ReadResume(name[-255:], doc.mime, text, fields, skills, hashlib.sha256(data).hexdigest(), doc.pages,
                      len(doc.warnings), renamed, cut_from)


def upload_resume(*, session: Session, user_id: int, filename: str, data: bytes,
                  storage: Storage | None = None, read: ReadResume | None = None) -> ResumeUpload:
    """Store a new resume version for ``user_id`` and make it the active one.

    ``data`` is the whole file (≤ :data:`MAX_RESUME_BYTES` bytes); ``read`` its
    :func:`read_resume` result when the caller read it already (the web paths, off their
    database threads), else it is read here — *before* the first query, so no pooled connection
    waits on the parse. The type is sniffed from the content, never from ``filename``. Uploading
    bytes identical (SHA-256) to one of the user's versions returns that version (made active)
    instead of creating a new one, with ``duplicate=True`` so the caller can say so
    (:attr:`ResumeUpload.message`).

    Raises what :func:`read_resume` raises, :class:`ResumeError` (too many versions) and
    :class:`~careercopilot.integrations.storage.StorageError`. On any failure nothing
    is left behind: no row, no file (the file is also removed if the caller's transaction
    later rolls back). Rankings refresh after commit.
    """
    read = read or read_resume(data, filename)
    digest, name, text, fields, skills = read.digest, read.name, read.text, read.fields, read.skills
    existing = session.exec(select(Resume).where(Resume.user_id == user_id, Resume.content_hash == digest)).first()
    if existing is not None:
        was_active = existing.is_active
        if not was_active:
            _activate(session, existing)
            schedule_rescore(session, user_id)
        return ResumeUpload(resume=existing, duplicate=True, was_active=was_active)
    store = storage or get_storage()
    key = f"resumes/{user_id}/{uuid.uuid4().hex}.{_EXTENSIONS.get(read.mime, 'bin')}"
    # One user's uploads take turns from here — SQLite's write lock taken now (BEGIN IMMEDIATE:
    # pysqlite would take it only at the INSERT, after the reads below), a row lock on the user on
    # PostgreSQL: the duplicate check, the version count, the next number and the activation then
    # never interleave (attack102 item 3: two concurrent uploads stored two "version 3" rows and
    # passed the 50-version limit), and no two uploads deadlock over the rescore job's unique key.
    # The unique indexes (uq_resume_user_hash, uq_resume_one_active, uq_resume_user_version) stay
    # the guarantee if anything bypasses this path.
    begin_write(session)
    session.exec(select(User.id).where(User.id == user_id).with_for_update()).first()
    again = session.exec(select(Resume).where(Resume.user_id == user_id, Resume.content_hash == digest)).first()
    if again is not None:  # the same file, committed by a concurrent upload while this one parsed
        was_active = again.is_active
        if not was_active:
            _activate(session, again)
            schedule_rescore(session, user_id)
        return ResumeUpload(resume=again, duplicate=True, was_active=was_active)
    count = session.exec(select(func.count()).select_from(Resume).where(Resume.user_id == user_id)).one()
    if count >= MAX_VERSIONS:
        raise ResumeError(f"You already keep {MAX_VERSIONS} resume versions; delete an old one first.")
    store.put(key, data, read.mime)
    try:
        latest = session.exec(select(func.max(Resume.version)).where(Resume.user_id == user_id)).one()
        row = Resume(
            user_id=user_id, version=(latest or 0) + 1, filename=name, mime=read.mime[:100], size_bytes=len(data),
            storage_key=key, text=text, fields=fields, skills=skills, content_hash=digest,
        )
        with savepoint(session):  # uq_resume_user_hash decides between concurrent uploads of one file
            session.add(row)
            session.flush()
    except IntegrityError:
        run_safely(lambda: store.delete(key))
        if session.get_bind().dialect.name == "sqlite":  # no savepoint there: the transaction is lost
            raise ResumeError("The same file is being uploaded right now; try again in a moment.") from None
        same = session.exec(select(Resume).where(Resume.user_id == user_id, Resume.content_hash == digest)).first()
        if same is None:
            raise
        was_active = same.is_active
        if not was_active:  # as for a sequential duplicate: the version uploaded again becomes active
            _activate(session, same)
            schedule_rescore(session, user_id)
        return ResumeUpload(resume=same, duplicate=True, was_active=was_active)
    except BaseException:
        run_safely(lambda: store.delete(key))
        raise
    try:
        _activate(session, row)
        if not latest:  # first upload: pre-fill empty preferences (title, level, location)
            from careercopilot.services.preferences import prefill_from_resume

            prefill_from_resume(session=session, user_id=user_id, fields=fields, text=text)
    except BaseException:
        run_safely(lambda: store.delete(key))
        raise
    on_abort(session, lambda: store.delete(key))
    schedule_rescore(session, user_id)
    log.info("resume.added", user_id=user_id, resume_id=row.id, version=row.version, mime=read.mime,
             pages=read.pages, warnings=read.warnings)
    return ResumeUpload(resume=row, renamed=read.renamed, cut_from=read.cut_from)


def set_active(*, session: Session, user_id: int, resume_id: int) -> Resume:
    """Make one of the user's versions the active one (others become inactive)."""
    row = _owned(session, user_id, resume_id)
    if not row.is_active:
        _activate(session, row)
        schedule_rescore(session, user_id)
    return row


def update_text(*, session: Session, user_id: int, resume_id: int, text: str) -> Resume:
    """Replace a version's extracted text with the user's correction and re-parse it.

    ``text`` must be non-blank and at most :data:`MAX_TEXT_CHARS` characters (ResumeError
    otherwise). Fields and skills are recomputed; the stored file is unchanged.
    """
    row = _owned(session, user_id, resume_id)
    cleaned = _clean_text(text or "")
    if not cleaned:
        raise ResumeError("The resume text cannot be empty.")
    if len(cleaned) > MAX_TEXT_CHARS:
        raise ResumeError(f"The resume text can be at most {MAX_TEXT_CHARS:,} characters.")
    if cleaned == row.text:
        return row
    row.text = cleaned
    row.fields, row.skills = parse_text(cleaned)
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    if row.is_active:
        schedule_rescore(session, user_id)
    return row


def delete_resume(*, session: Session, user_id: int, resume_id: int, storage: Storage | None = None) -> None:
    """Delete one of the user's versions; its file is removed after the commit.

    When the active version is deleted, the newest remaining one becomes active.
    """
    row = _owned(session, user_id, resume_id)
    was_active, key = row.is_active, row.storage_key
    session.delete(row)
    session.flush()
    store = storage or get_storage()
    on_commit(session, lambda: store.delete(key))
    if was_active:
        newest = list_resumes(session=session, user_id=user_id)
        if newest:
            _activate(session, newest[0])
        schedule_rescore(session, user_id)
