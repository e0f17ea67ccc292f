"""A file's name follows its sniffed content type (stored and served names: a text file named
fake_pdf.pdf was offered for download as fake_pdf.pdf)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.documents import (
    DOCX_MIME,
    MARKDOWN_MIME,
    PDF_MIME,
    TEXT_MIME,
    name_for_type,
    sniff_mime,
)


@pytest.mark.parametrize(("name", "mime", "fixed", "noted"), [
    ("fake_pdf.pdf", TEXT_MIME, "fake_pdf.txt", True),
    ("resume.pdf", DOCX_MIME, "resume.docx", True),
    ("cv.docx", PDF_MIME, "cv.pdf", True),
    ("notes.pdf", MARKDOWN_MIME, "notes.md", True),
    ("cv.doc", TEXT_MIME, "cv.txt", True),
    ("cv", PDF_MIME, "cv.pdf", False),
    ("Jane Doe CV.PDF", PDF_MIME, "Jane Doe CV.PDF", False),
    ("cv.txt", TEXT_MIME, "cv.txt", False),
    ("cv.text", TEXT_MIME, "cv.text", False),
    ("cv.markdown", MARKDOWN_MIME, "cv.markdown", False),
    ("cv.txt", MARKDOWN_MIME, "cv.txt", False),  # Markdown in a .txt is still text
    ("Dr. Jane Doe", PDF_MIME, "Dr. Jane Doe.pdf", False),  # ". Jane Doe" is no extension
    ("cv.pdf", "application/zip", "cv.pdf", False),  # other types: unchanged
])
def test_name_for_type(name, mime, fixed, noted):
    got, note = name_for_type(name, mime)
    assert got == fixed
    assert bool(note) is noted


@pytest.mark.parametrize(("data", "mime"), [
    (b"%PDF-1.7\n...", PDF_MIME),
    (b"Jane Doe\nBackend engineer with ten years of Python.\n", TEXT_MIME),
])
def test_the_type_is_read_from_the_bytes_whatever_the_name(data, mime):
    assert sniff_mime(data, "fake.docx") == mime
