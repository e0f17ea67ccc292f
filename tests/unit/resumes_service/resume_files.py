"""Small resume-file generators for the resume service tests (fpdf2, python-docx, Pillow)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from fpdf import FPDF
from PIL import Image, ImageDraw

#: Fixed creation date so the same content always gives the same bytes (duplicate-upload tests).
_CREATED = datetime(2024, 1, 1, tzinfo=UTC)

BACKEND_LINES = [
    "Jane Doe",
    "jane.doe@example.com  +1 415 555 0100  https://github.com/janedoe",
    "Senior Backend Engineer, Acme Corp (2018 - 2024)",
    "Built services in Python and PostgreSQL, deployed on Kubernetes with Docker.",
    "Backend Engineer, Widgets Inc (2014 - 2018)",
    "Skills: Python, PostgreSQL, Kubernetes, Docker, Redis, AWS",
]

NURSE_LINES = [
    "John Roe",
    "john.roe@example.org",
    "Registered Nurse, City Hospital (2015 - 2024)",
    "Patient care, medication administration, triage, electronic health records.",
]


def make_pdf(lines: list[str] = BACKEND_LINES, *, user_password: str | None = None) -> bytes:
    """A text PDF with one line per entry (optionally encrypted with ``user_password``)."""
    pdf = FPDF()
    pdf.set_creation_date(_CREATED)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(pdf.output())


def make_scanned_pdf() -> bytes:
    """A PDF whose only content is a picture of text (no extractable text)."""
    img = Image.new("RGB", (800, 300), "white")
    ImageDraw.Draw(img).text((20, 20), "Jane Doe - Backend Engineer - Python", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    pdf = FPDF()
    pdf.set_creation_date(_CREATED)
    pdf.add_page()
    pdf.image(buf, x=10, y=10, w=180)
    return bytes(pdf.output())


def make_docx(lines: list[str] = BACKEND_LINES) -> bytes:
    """A DOCX with one paragraph per entry."""
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_txt(lines: list[str] = BACKEND_LINES) -> bytes:
    """A UTF-8 text resume."""
    return ("\n".join(lines) + "\n").encode()


def corrupt_pdf() -> bytes:
    """The first half of a real PDF (a broken download)."""
    data = make_pdf()
    return data[: len(data) // 2]


def stored_files(storage) -> list[str]:
    """Every object key under a LocalStorage root (temporary files included)."""
    if not storage.root.exists():
        return []
    return sorted(str(p.relative_to(storage.root)) for p in storage.root.rglob("*") if p.is_file())
