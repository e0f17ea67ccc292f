"""An exported cover letter opens with its sender's name and contact line, read from the active
resume — only what it has, nothing invented (ux122 finding 2: the DOCX and PDF had neither)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careercopilot.db import session_scope
from careercopilot.models import Resume
from careercopilot.services import applications as svc
from careercopilot.services import writing_documents as docs
from careercopilot.services import writing_export
from careercopilot.services.letterhead import Letterhead, letterhead_of, without_shown
from tests.support.tracker_data import make_user

PLANTED = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "planted_resumes.json")
                     .read_text("utf-8"))
HYGIENIST = """Maria Lopez, RDH
Columbus, OH | maria.lopez@example.org | (614) 555-0134

EXPERIENCE
Registered Dental Hygienist, Bright Smiles Family Dentistry, Columbus, OH
June 2019 – Present
"""
CAPS = """JORDAN AVERY
Portland, OR · jordan.avery@example.com

EXPERIENCE
Backend Engineer, Acme, 2019 - Present
"""
NO_CONTACT = """Dale Whitaker

EXPERIENCE
Journeyman Electrician, Buckeye Electric, 2015 - Present
"""
NOBODY = """EXPERIENCE
Cashier, Safeway, 2019 - Present
"""
LETTER = "Dear Bright Smiles hiring team,\n\nI am applying for the hygienist opening.\n\nSincerely,\nMaria Lopez"

# (resume text, the header lines the letter gets)
CASES = [
    (HYGIENIST, ["Maria Lopez", "Columbus, OH · maria.lopez@example.org · (614) 555-0134"]),
    (PLANTED["A"], ["Jordan Avery", "Portland, OR · jordan.avery@example.com · (555) 010-4477"]),
    (PLANTED["C"], ["Priya Shah", "Toronto, ON · priya.shah@example.net · +1 416 555 0143"]),
    (PLANTED["E"], ["Chloe Martin", "Chicago, IL · chloe.martin@example.com"]),  # no phone on it: none made up
    (CAPS, ["Jordan Avery", "Portland, OR · jordan.avery@example.com"]),
    (NO_CONTACT, ["Dale Whitaker"]),
    (NOBODY, []),
    ("", []),
]


@pytest.mark.parametrize("resume,want", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_header_is_what_the_resume_has(resume, want):
    assert letterhead_of(resume).lines() == want


def _export(resume: str | None, letter: str, kind: str = "cover_letter") -> tuple[str, str]:
    with session_scope() as s:
        user = make_user(s)
        if resume is not None:
            s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=resume,
                         is_active=True))
        app = svc.add_manual(session=s, user_id=user.id, company="Bright Smiles", title="Dental Hygienist")
        doc = docs.create_document(session=s, user_id=user.id, kind=kind, application_id=app.id)
        docs.add_version(session=s, doc=doc, text=letter, source="edited")
        doc.status, doc.flags = "ready", []
        s.add(doc)
        s.flush()
        dx = docs.export(session=s, user_id=user.id, document_id=doc.id, fmt="docx")
        pf = docs.export(session=s, user_id=user.id, document_id=doc.id, fmt="pdf")
    return writing_export.docx_text(dx.data), writing_export.pdf_text(pf.data)


@pytest.mark.parametrize("resume,want", CASES[:3] + CASES[5:7], ids=[f"case{i}" for i in (0, 1, 2, 5, 6)])
def test_both_exports_open_with_the_header(sqlite_engine, resume, want):
    got_docx, got_pdf = _export(resume, LETTER)
    expected = "\n".join(want + [LETTER])
    assert writing_export.same_text(got_docx, expected) and writing_export.same_text(got_pdf, expected)


def test_a_follow_up_email_has_no_letterhead(sqlite_engine):
    got_docx, _ = _export(HYGIENIST, "Hello Dr. Patel,\n\nThank you for the interview.", kind="follow_up")
    assert "maria.lopez@example.org" not in got_docx


def test_no_resume_no_header(sqlite_engine):
    got_docx, got_pdf = _export(None, LETTER)
    assert writing_export.same_text(got_docx, LETTER) and writing_export.same_text(got_pdf, LETTER)


@pytest.mark.parametrize("letter,want", [
    # the person typed their own header: not repeated
    ("Maria Lopez\nColumbus, OH | maria.lopez@example.org\n\nDear team,\n\nBody.", ["(614) 555-0134"]),
    ("Maria Lopez\n\nDear team,\n\nBody.", ["Columbus, OH · maria.lopez@example.org · (614) 555-0134"]),
    # the name in the letter's first sentence is no header
    ("Dear team,\nMy name is Maria Lopez, in Columbus, OH.\n\nBody.",
     ["Maria Lopez", "Columbus, OH · maria.lopez@example.org · (614) 555-0134"]),
])
def test_what_the_letter_already_shows_is_not_repeated(letter, want):
    assert without_shown(letterhead_of(HYGIENIST), letter).lines() == want


def test_the_pdf_name_is_larger_and_bold():
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer
    import io

    pdf = writing_export.to_pdf(LETTER, header=Letterhead("Maria Lopez", ("Columbus, OH",)).lines())
    sizes = {}
    for page in extract_pages(io.BytesIO(pdf)):
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    chars = [c for c in line if isinstance(c, LTChar)]
                    if chars:
                        sizes.setdefault(line.get_text().strip(), (round(chars[0].size), "Bold" in chars[0].fontname))
    assert sizes["Maria Lopez"] == (14, True) and sizes["Columbus, OH"] == (11, False)


def test_the_writing_page_shows_the_header_of_a_cover_letter(sqlite_engine):
    import reflex as rx

    from careercopilot.pages.writing import _body
    from careercopilot.state import writing as writing_state

    with session_scope() as s:
        user = make_user(s)
        s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=HYGIENIST,
                     is_active=True))
        app = svc.add_manual(session=s, user_id=user.id, company="Bright Smiles", title="Dental Hygienist")
        doc = docs.create_document(session=s, user_id=user.id, kind="cover_letter", application_id=app.id)
        docs.add_version(session=s, doc=doc, text=LETTER, source="edited")
        uid, did = user.id, doc.id
    view = writing_state._view(uid, did)
    assert view["letterhead"] == "Maria Lopez\nColumbus, OH · maria.lopez@example.org · (614) 555-0134"
    assert '"doc-letterhead"' in str(_body().render())
