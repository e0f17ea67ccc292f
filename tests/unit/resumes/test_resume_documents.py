"""careercopilot.normalize.documents: sniffing and text extraction on generated files."""

from __future__ import annotations

import io
import zipfile

import pytest

from careercopilot.normalize.documents import (
    DOCX_MIME,
    MAX_RESUME_BYTES,
    DocumentError,
    ExtractedDocument,
    clean_extracted_text,
    sniff_mime,
)
from careercopilot.normalize.documents_extract import extract_text

# ---------------------------------------------------------------- DOCX


def test_docx_reads_tables_headers_footers_and_text_boxes(gen):
    doc = extract_text(gen.full_docx(), "resume.docx")
    assert isinstance(doc, ExtractedDocument)
    assert doc.mime == DOCX_MIME
    text = doc.text
    for expected in (
        "Header: Maria Garcia, RN",
        "Registered nurse with ICU experience.",
        "IV therapy, phlebotomy",  # table cell
        "BLS, ACLS",  # table cell
        "Text box: Certified in Kubernetes administration",  # w:txbxContent
        "Sidebar languages: Spanish",
        "Footer: maria.garcia@example.org",
    ):
        assert expected in text
    # the VML fallback copy of the text box is not duplicated
    assert text.count("Certified in Kubernetes administration") == 1
    # document order: header, body (table before text box before last line), footer
    assert text.index("Header:") < text.index("Professional Summary") < text.index("IV therapy")
    assert text.index("IV therapy") < text.index("Text box:") < text.index("Final body line") < text.index("Footer:")


def test_docx_private_use_bullets_become_bullets(gen):
    text = extract_text(gen.full_docx()).text
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)
    assert "• Medication administration" in text
    assert "•\tPatient assessment and wound care" in text or "• Patient assessment" in text


# ---------------------------------------------------------------- PDF


def test_pdf_ligatures_are_normalised(gen, unicode_font):
    doc = extract_text(gen.ligature_pdf(unicode_font), "cv.pdf")
    assert doc.mime == "application/pdf"
    assert doc.pages == 1
    assert "Certified financial analyst" in doc.text
    assert "Workflow automation and office management" in doc.text
    assert "ﬁ" not in doc.text and "ﬂ" not in doc.text


def test_pdf_two_columns_are_read_column_by_column(gen, unicode_font):
    text = extract_text(gen.two_column_pdf(unicode_font)).text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    lefts = [i for i, ln in enumerate(lines) if ln.startswith("Left ")]
    rights = [i for i, ln in enumerate(lines) if ln.startswith("Right ")]
    assert len(lefts) == 4 and len(rights) == 4, lines
    assert max(lefts) < min(rights), lines
    assert [lines[i] for i in lefts] == ["Left one", "Left two", "Left three", "Left four"]
    assert lines[0].startswith("Jane Doe")  # full-width header stays first


@pytest.mark.parametrize("algorithm", [None, "AES-256"])
def test_pdf_with_empty_user_password_is_decrypted(gen, unicode_font, algorithm):
    doc = extract_text(gen.encrypted_pdf(unicode_font, "", algorithm))
    assert "Encrypted resume of John Smith" in doc.text
    assert "forklift operation" in doc.text


def test_pdf_with_real_password_is_rejected(gen, unicode_font):
    with pytest.raises(DocumentError, match="This PDF is password-protected"):
        extract_text(gen.encrypted_pdf(unicode_font, "hunter2"))


def test_scanned_pdf_without_text_is_rejected_not_empty(gen):
    with pytest.raises(DocumentError) as err:
        extract_text(gen.scanned_pdf(), "scan.pdf")
    message = str(err.value)
    assert "no selectable text" in message
    assert "scanned image" in message
    assert "text-based PDF" in message and "DOCX or TXT" in message


# ---------------------------------------------------------------- corrupt / unsupported


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _corrupt_cases(gen_module, font):
    good_pdf = gen_module.text_pdf(font, ["Some resume text that is long enough"]) if font else b"%PDF-1.7\n"
    return {
        "empty": b"",
        "pdf_header_only": b"%PDF-1.4\n",
        "pdf_garbage": b"%PDF-1.4\n" + bytes(range(256)) * 40,
        "pdf_truncated": good_pdf[: len(good_pdf) // 3],
        "zip_broken": b"PK\x03\x04" + b"\x00garbage" * 50,
        "docx_bad_xml": _zip({"word/document.xml": b"<w:document><w:body><w:p>", "[Content_Types].xml": b"<x/>"}),
        "zip_without_word": _zip({"readme.txt": b"hello"}),
        "xlsx_like": _zip({"xl/workbook.xml": b"<x/>"}),
        "legacy_doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 100,
        "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200,
        "random_binary": bytes((i * 37 + 11) % 256 for i in range(4000)),
        "rtf": b"{\\rtf1\\ansi Resume}",
        "whitespace_only": b"   \n\t  \n",
    }


@pytest.mark.parametrize(
    "case",
    ["empty", "pdf_header_only", "pdf_garbage", "pdf_truncated", "zip_broken", "docx_bad_xml", "zip_without_word",
     "xlsx_like", "legacy_doc", "png", "jpeg", "exe", "random_binary", "rtf", "whitespace_only"],
)
def test_bad_files_raise_document_error_only(gen, case):
    data = _corrupt_cases(gen, gen.find_unicode_font())[case]
    with pytest.raises(DocumentError) as err:
        extract_text(data, "resume.pdf")
    assert len(str(err.value)) > 20  # a real, user-facing sentence


def test_oversized_file_is_rejected_before_parsing():
    data = b"%PDF-1.4\n" + b"0" * MAX_RESUME_BYTES
    with pytest.raises(DocumentError, match="10 MB"):
        extract_text(data)
    with pytest.raises(DocumentError, match="10 MB"):
        sniff_mime(data)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".docx"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image"),
        (b"", "empty"),
    ],
)
def test_rejection_messages_are_actionable(data, fragment):
    with pytest.raises(DocumentError, match=fragment):
        sniff_mime(data)


def test_type_is_sniffed_from_content_not_extension(gen, unicode_font):
    assert sniff_mime(gen.text_pdf(unicode_font, ["hello world resume"]), "resume.txt") == "application/pdf"
    assert sniff_mime(gen.full_docx(), "resume.pdf") == DOCX_MIME
    assert sniff_mime(b"Jane Doe\nNurse", "resume.pdf") == "text/plain"
    assert sniff_mime(b"# Jane Doe\n\n## Experience\n- Nurse", "resume.txt") == "text/markdown"
    assert sniff_mime(b"Jane Doe\nNurse", "resume.md") == "text/markdown"


# ---------------------------------------------------------------- text encodings

_SAMPLE = "Café résumé — naïve “quotes” Zoë: Python, Go, C#\n"


@pytest.mark.parametrize(
    "encoded",
    [
        _SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + _SAMPLE.encode("utf-8"),
        _SAMPLE.encode("utf-16"),  # with BOM
        _SAMPLE.encode("utf-16-le"),  # no BOM
        _SAMPLE.encode("utf-16-be"),  # no BOM
        _SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1252"],
)
def test_text_encodings(encoded):
    doc = extract_text(encoded, "resume.txt")
    assert doc.mime == "text/plain"
    assert doc.text == _SAMPLE.strip()
    assert doc.pages is None


def test_markdown_is_kept_as_text():
    doc = extract_text(b"# Jane Doe\n\n## Skills\n- **Python**, **SQL**\n", "cv.md")
    assert doc.mime == "text/markdown"
    assert "## Skills" in doc.text


def test_nul_and_pua_cleanup():
    text, warnings = clean_extracted_text("Py\x00thon\r\n\uf0b7 Kubernetes\n\uf0a7 Excel\n\n\n\nEnd\u00ad\u200b")
    assert text == "Python\n• Kubernetes\n• Excel\n\nEnd"
    assert warnings == []
    text, warnings = clean_extracted_text("Name (cid:12)(cid:13) Smith \ue123")
    assert "cid" not in text and "\ue123" not in text
    assert len(warnings) == 2


def test_text_file_with_stray_nul_is_accepted_and_cleaned():
    data = ("Jane Doe\nRegistered Nurse\n" * 20).encode() + b"\x00" + b"BLS certified\n"
    doc = extract_text(data, "resume.txt")
    assert "\x00" not in doc.text and "BLS certified" in doc.text
