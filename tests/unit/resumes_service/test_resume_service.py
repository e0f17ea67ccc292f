"""Resume service on SQLite + LocalStorage: versions, active switching, duplicates,
all-or-nothing uploads, text corrections, deletes, rescore-after-commit, cross-user access."""

from __future__ import annotations

import pytest
from resume_files import (
    BACKEND_LINES,
    NURSE_LINES,
    corrupt_pdf,
    make_docx,
    make_pdf,
    make_scanned_pdf,
    make_txt,
    stored_files,
)
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Resume
from careercopilot.services import resumes


def _add(uid, data, storage, filename="cv.pdf"):
    with session_scope() as s:
        return resumes.add_resume(session=s, user_id=uid, filename=filename, data=data, storage=storage)


def _rows(uid=None):
    with session_scope() as s:
        stmt = select(Resume)
        if uid is not None:
            stmt = stmt.where(Resume.user_id == uid)
        return list(s.exec(stmt.order_by(Resume.version)))


def test_upload_extracts_parses_and_stores(two_users, storage, rescores):
    a, _ = two_users
    row = _add(a, make_pdf(), storage, filename="../../Jane Doe CV.pdf")
    assert row.version == 1 and row.is_active
    assert row.mime == "application/pdf"
    assert row.filename == "Jane Doe CV.pdf"
    assert "Kubernetes" in row.text
    assert {"Python", "PostgreSQL", "Kubernetes"} <= set(row.skills)
    assert "jane.doe@example.com" in str(row.fields)
    assert storage.get(row.storage_key) == make_pdf()
    assert row.storage_key.startswith(f"resumes/{a}/") and row.storage_key.endswith(".pdf")
    assert rescores == [a]


def test_type_is_sniffed_from_content_not_extension(two_users, storage, rescores):
    a, _ = two_users
    row = _add(a, make_docx(), storage, filename="resume.pdf")
    assert row.mime.endswith("wordprocessingml.document")
    assert row.storage_key.endswith(".docx")


def test_versions_increment_and_newest_is_active(two_users, storage, rescores):
    a, _ = two_users
    v1 = _add(a, make_pdf(), storage)
    v2 = _add(a, make_docx(), storage, "cv.docx")
    v3 = _add(a, make_txt(NURSE_LINES), storage, "cv.txt")
    rows = _rows(a)
    assert [r.version for r in rows] == [1, 2, 3]
    assert [r.is_active for r in rows] == [False, False, True]
    with session_scope() as s:
        assert [r.id for r in resumes.list_resumes(session=s, user_id=a)] == [v3.id, v2.id, v1.id]
        assert resumes.get_active_resume(session=s, user_id=a).id == v3.id
    assert rescores == [a, a, a]


def test_set_active_switches_exactly_one(two_users, storage, rescores):
    a, _ = two_users
    v1 = _add(a, make_pdf(), storage)
    _add(a, make_docx(), storage)
    rescores.clear()
    with session_scope() as s:
        resumes.set_active(session=s, user_id=a, resume_id=v1.id)
    assert [(r.version, r.is_active) for r in _rows(a)] == [(1, True), (2, False)]
    assert rescores == [a]
    with session_scope() as s:  # already active: no change, no rescore
        resumes.set_active(session=s, user_id=a, resume_id=v1.id)
    assert rescores == [a]


def test_duplicate_upload_returns_existing_version(two_users, storage, rescores):
    a, b = two_users
    v1 = _add(a, make_pdf(), storage)
    _add(a, make_docx(), storage)
    rescores.clear()
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=a, filename="renamed.pdf", data=make_pdf(), storage=storage)
        again = up.resume
    assert up.duplicate and not up.was_active
    assert up.message.startswith("This file is already version 1 — it is your active resume again.")
    assert rescores == [a]
    assert again.id == v1.id and again.version == 1
    assert len(_rows(a)) == 2
    assert [r.is_active for r in _rows(a)] == [True, False]  # re-uploading makes it the active one
    assert len(stored_files(storage)) == 2
    # the same file once more: already active, nothing changes, no rescore
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=a, filename="cv.pdf", data=make_pdf(), storage=storage)
    assert up.duplicate and up.was_active and up.resume.id == v1.id
    assert up.message == "This file is already version 1, your active resume — nothing changed."
    assert rescores == [a] and len(_rows(a)) == 2
    # identical content from another user is that user's own, separate version
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=b, filename="cv.pdf", data=make_pdf(), storage=storage)
        other = up.resume
    assert other.user_id == b and other.id != v1.id and other.version == 1
    assert not up.duplicate and up.message == "Resume uploaded as version 1. Rankings are being refreshed."


@pytest.mark.parametrize(
    "data, words",
    [
        (make_scanned_pdf(), None),
        (corrupt_pdf(), None),
        (make_pdf(user_password="s3cret"), "password"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, None),
        (b"", "empty"),
        (b"this is not a pdf at all", "only 7 words"),  # the user's corrupt2.pdf: read as text, too short
        (make_pdf(["Jane Doe", "Curriculum Vitae", "2024"]), "only 4 words"),
        (make_docx(["Resume", "TODO: fill in"]), "only 4 words"),
    ],
    ids=["scanned", "corrupt", "encrypted", "image", "empty", "short-text", "short-pdf", "short-docx"],
)
def test_failed_extraction_leaves_nothing_behind(two_users, storage, rescores, data, words):
    a, _ = two_users
    with pytest.raises(resumes.ResumeError) as info:
        _add(a, data, storage)
    message = str(info.value)
    assert message and len(message) < 400 and "Traceback" not in message
    if words:
        assert words in message.lower()
    assert _rows() == []
    assert stored_files(storage) == []
    assert rescores == []


def test_too_short_text_is_refused_with_its_word_count(two_users, storage, rescores):
    a, _ = two_users
    with pytest.raises(resumes.ResumeTooShort) as info:
        _add(a, b"this is not a pdf at all", storage, filename="corrupt2.pdf")
    assert str(info.value) == ("This file has only 7 words of text — that does not look like a resume. "
                               "Upload your full resume as PDF, DOCX, TXT or Markdown.")
    assert isinstance(info.value, resumes.ResumeUnreadable)  # callers catching ResumeError/Unreadable still do
    with pytest.raises(resumes.ResumeTooShort, match="only 1 word of text"):
        _add(a, b"hello\n", storage)
    assert _rows() == [] and stored_files(storage) == [] and rescores == []


def test_minimum_word_count_boundary(two_users, storage, rescores):
    a, _ = two_users
    n = resumes.MIN_RESUME_WORDS
    with pytest.raises(resumes.ResumeTooShort, match=f"only {n - 1} words"):
        _add(a, (" ".join(["word"] * (n - 1)) + "\n2019 - 2024 • 42\n").encode(), storage)  # numbers do not count
    row = _add(a, (" ".join(["word"] * n) + "\n").encode(), storage)
    assert row.version == 1 and row.is_active
    assert len(_rows(a)) == 1 and len(stored_files(storage)) == 1


def test_every_sample_resume_clears_the_minimum():
    for lines in (BACKEND_LINES, NURSE_LINES):
        assert resumes.count_words("\n".join(lines)) >= resumes.MIN_RESUME_WORDS


@pytest.mark.parametrize(
    "text, words",
    [
        ("Jane Doe jane@example.com", 3),
        ("2019 – 2024 • 42 | ---", 0),
        ("Registered Nurse, City Hospital (2015 - 2024)", 4),
        ("张伟 高级后端工程师", 9),  # Han: one word per character
        ("Python工程师", 4),
        ("", 0),
    ],
)
def test_count_words(text, words):
    assert resumes.count_words(text) == words


def test_oversize_is_refused_before_extraction(two_users, storage, rescores, monkeypatch):
    a, _ = two_users
    monkeypatch.setattr(resumes.document_sandbox.documents_extract, "extract_text", lambda *a, **k: pytest.fail("extraction must not run"))
    with pytest.raises(resumes.ResumeTooLarge, match="10 MB"):
        _add(a, b"%PDF-1.4\n" + b"0" * resumes.MAX_RESUME_BYTES, storage)
    assert _rows() == [] and stored_files(storage) == []


def test_pdf_over_the_page_setting_is_refused_and_leaves_nothing(two_users, storage, rescores, monkeypatch):
    """RESUME_MAX_PAGES reaches the parsing child: a 3-page PDF under a cap of 2 is refused."""
    from fpdf import FPDF

    from careercopilot.config import settings

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for line in BACKEND_LINES[:3]:
        pdf.add_page()
        pdf.cell(0, 8, line + " " + " ".join(BACKEND_LINES))
    data = bytes(pdf.output())
    a, _ = two_users
    monkeypatch.setattr(settings, "resume_max_pages", 2)
    with pytest.raises(resumes.ResumeUnreadable) as info:
        _add(a, data, storage)
    assert str(info.value) == ("This PDF has 3 pages; resumes here can have at most 2, so it was not read. "
                               "Please upload just your resume (for example, export only its pages to a new PDF).")
    assert _rows() == [] and stored_files(storage) == [] and rescores == []
    monkeypatch.setattr(settings, "resume_max_pages", 3)
    assert _add(a, data, storage).version == 1


def test_caller_rollback_removes_the_stored_file(two_users, storage, rescores):
    a, _ = two_users
    with pytest.raises(RuntimeError):
        with session_scope() as s:
            resumes.add_resume(session=s, user_id=a, filename="cv.pdf", data=make_pdf(), storage=storage)
            assert len(stored_files(storage)) == 1
            raise RuntimeError("later step of the same request failed")
    assert _rows() == [] and stored_files(storage) == []
    assert rescores == []


def test_database_failure_after_put_removes_the_file(two_users, storage, rescores, monkeypatch):
    a, _ = two_users

    def boom(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(resumes, "_activate", boom)
    with pytest.raises(RuntimeError):
        _add(a, make_pdf(), storage)
    assert _rows() == [] and stored_files(storage) == []


def test_update_text_reparses_fields_and_skills(two_users, storage, rescores):
    a, _ = two_users
    row = _add(a, make_pdf(), storage)
    assert "Registered Nurse" not in row.text
    rescores.clear()
    with session_scope() as s:
        fixed = resumes.update_text(session=s, user_id=a, resume_id=row.id, text="\n".join(NURSE_LINES) + "\nSkills: Triage, Phlebotomy")
    assert "Kubernetes" not in fixed.skills
    assert "john.roe@example.org" in str(fixed.fields)
    stored = _rows(a)[0]
    assert stored.text.startswith("John Roe") and stored.skills == fixed.skills
    assert storage.get(stored.storage_key) == make_pdf()  # the original file is untouched
    assert rescores == [a]


@pytest.mark.parametrize("text, match", [("   \n ", "empty"), ("x" * (resumes.MAX_TEXT_CHARS + 1), "at most")])
def test_update_text_refuses_blank_and_oversized(two_users, storage, rescores, text, match):
    a, _ = two_users
    row = _add(a, make_pdf(), storage)
    with pytest.raises(resumes.ResumeError, match=match), session_scope() as s:
        resumes.update_text(session=s, user_id=a, resume_id=row.id, text=text)
    assert _rows(a)[0].text == row.text


def test_delete_active_promotes_newest_and_removes_file_after_commit(two_users, storage, rescores):
    a, _ = two_users
    v1 = _add(a, make_pdf(), storage)
    v2 = _add(a, make_docx(), storage)
    v3 = _add(a, make_txt(), storage)
    with pytest.raises(RuntimeError), session_scope() as s:
        resumes.delete_resume(session=s, user_id=a, resume_id=v3.id, storage=storage)
        raise RuntimeError("rolled back")
    assert storage.exists(v3.storage_key) and len(_rows(a)) == 3  # rollback keeps row and file
    with session_scope() as s:
        resumes.delete_resume(session=s, user_id=a, resume_id=v3.id, storage=storage)
    assert not storage.exists(v3.storage_key)
    assert [(r.id, r.is_active) for r in _rows(a)] == [(v1.id, False), (v2.id, True)]
    with session_scope() as s:
        resumes.delete_resume(session=s, user_id=a, resume_id=v1.id, storage=storage)
    assert [(r.id, r.is_active) for r in _rows(a)] == [(v2.id, True)]
    assert stored_files(storage) == [v2.storage_key]


def test_rescore_is_enqueued_once_per_transaction_and_never_on_rollback(two_users, storage, rescores):
    a, _ = two_users
    with session_scope() as s:
        r1 = resumes.add_resume(session=s, user_id=a, filename="a.pdf", data=make_pdf(), storage=storage)
        resumes.add_resume(session=s, user_id=a, filename="b.docx", data=make_docx(), storage=storage)
        resumes.set_active(session=s, user_id=a, resume_id=r1.id)
        assert rescores == []  # nothing before the commit
    assert rescores == [a]


def test_cross_user_access_is_not_found(two_users, storage, rescores):
    a, b = two_users
    row = _add(a, make_pdf(), storage)
    calls = [
        lambda s: resumes.get_resume(session=s, user_id=b, resume_id=row.id),
        lambda s: resumes.set_active(session=s, user_id=b, resume_id=row.id),
        lambda s: resumes.update_text(session=s, user_id=b, resume_id=row.id, text="hijacked"),
        lambda s: resumes.delete_resume(session=s, user_id=b, resume_id=row.id, storage=storage),
        lambda s: resumes.get_resume_file(session=s, user_id=b, resume_id=row.id, storage=storage),
        lambda s: resumes.get_resume(session=s, user_id=b, resume_id=row.id + 999),
    ]
    for call in calls:
        with pytest.raises(LookupError), session_scope() as s:
            call(s)
    with session_scope() as s:
        assert resumes.list_resumes(session=s, user_id=b) == []
        assert resumes.get_active_resume(session=s, user_id=b) is None
        assert resumes.get_resume_file(session=s, user_id=a, resume_id=row.id, storage=storage) == make_pdf()
    after = _rows(a)[0]
    assert after.text == row.text and after.is_active and storage.exists(row.storage_key)


def test_resume_detail_flattens_for_display(two_users, storage, rescores):
    a, _ = two_users
    row = _add(a, make_pdf(), storage)
    detail = resumes.resume_detail(row)
    assert detail.email == "jane.doe@example.com"
    assert detail.skills and detail.text == row.text and detail.id == row.id
    assert resumes.version_row(row).is_active


@pytest.mark.parametrize(("make", "filename", "stored", "mime", "told"), [
    (make_txt, "fake_pdf.pdf", "fake_pdf.txt", "text/plain", "named .pdf but its content is plain text"),
    (make_docx, "resume.pdf", "resume.docx", "wordprocessingml", "named .pdf but its content is a Word"),
    (make_pdf, "cv.docx", "cv.pdf", "application/pdf", "named .docx but its content is a PDF"),
    (make_txt, "cv.doc", "cv.txt", "text/plain", "named .doc"),
    (make_pdf, "cv", "cv.pdf", "application/pdf", ""),  # no extension: given one, nothing to tell
    (make_pdf, "Jane Doe CV.PDF", "Jane Doe CV.PDF", "application/pdf", ""),
    (make_txt, "cv.txt", "cv.txt", "text/plain", ""),
])
def test_the_name_follows_the_content(two_users, storage, rescores, make, filename, stored, mime, told):
    """A newcomer's trial: a text file named .pdf was stored and offered for download as
    "fake_pdf.pdf". The content decides the type, the stored name and what the user is told."""
    a, _ = two_users
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=a, filename=filename, data=make(), storage=storage)
        assert (up.resume.filename, mime in up.resume.mime) == (stored, True)
        assert (told in up.message) if told else ("named" not in up.message)
        assert resumes.version_row(up.resume).filename == stored
