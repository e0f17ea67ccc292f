"""Resume text extraction, the entry point: :func:`extract_text` sniffs the type
(:func:`careercopilot.normalize.documents.sniff_mime`) and hands the bytes to the PDF
(:mod:`~careercopilot.normalize.documents_pdf`) or DOCX
(:mod:`~careercopilot.normalize.documents_docx`) reader, or decodes text and Markdown here;
every result goes through :func:`~careercopilot.normalize.documents.clean_extracted_text`.
"""

from __future__ import annotations

import re

from careercopilot.normalize.documents import (
    _SUPPORTED,
    DOCX_MIME,
    MARKDOWN_MIME,
    MAX_PDF_PAGES,
    PDF_MIME,
    DocumentError,
    ExtractedDocument,
    _decode_text,
    clean_extracted_text,
    sniff_mime,
)
from careercopilot.normalize.documents_docx import _extract_docx
from careercopilot.normalize.documents_pdf import _extract_pdf
from careercopilot.normalize.markdown_text import markdown_to_text

__all__ = ["extract_text"]


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def extract_text(data: bytes, filename: str | None = None, *, max_pdf_pages: int = MAX_PDF_PAGES) -> ExtractedDocument:
    """Extract clean text from an uploaded resume (PDF, DOCX, TXT, Markdown).

    ``data`` is the raw upload (≤ :data:`MAX_RESUME_BYTES`); ``filename`` is
    only a hint for Markdown vs plain text; a PDF of more than ``max_pdf_pages`` pages is
    refused before its text is read.  Returns an
    :class:`ExtractedDocument`.  Raises :class:`DocumentError` — and never any
    other exception type — for empty/oversized/unsupported/corrupt files,
    password-protected PDFs and PDFs without selectable text (scans); the
    message is written for end users.
    """
    try:
        mime = sniff_mime(data, filename)
        if mime == PDF_MIME:
            return _extract_pdf(data, max_pdf_pages)
        if mime == DOCX_MIME:
            return _extract_docx(data)
        decoded = _decode_text(data)
        if decoded is None:  # pragma: no cover - sniff_mime already checked
            raise DocumentError(f"We couldn't read this file as text. Please upload your resume as {_SUPPORTED}.")
        raw, encoding = decoded
        if mime == MARKDOWN_MIME:
            raw = markdown_to_text(raw)
        text, warnings = clean_extracted_text(raw)
        if encoding in ("cp1252", "latin-1"):
            warnings.insert(0, "The file wasn't UTF-8; it was read as Windows-1252 (Western European) text.")
        if not re.search(r"\w", text):
            raise DocumentError("The file contains no readable text. Please check you uploaded the right file.")
        return ExtractedDocument(text=text, mime=mime, pages=None, warnings=warnings)
    except (DocumentError, MemoryError):  # MemoryError: the caller's limit (document_sandbox) reports it
        raise
    except RecursionError as exc:
        raise DocumentError("This file is too complex to read. Please export your resume as a simple PDF or DOCX.") from exc
    except Exception as exc:  # any library failure on hostile/corrupt input
        raise DocumentError(
            f"We couldn't read this file. It may be damaged; please re-export it and try again, or upload your resume as {_SUPPORTED}."
        ) from exc
