"""Resume text extraction from PDF.

pdfminer.six layout analysis (``LAParams``); text lines are
ordered column by column (columns are found from gaps in the horizontal
coverage of lines; full-width lines split the page into bands), so two-column
resumes are not interleaved.  Encrypted PDFs are opened with pypdf; an empty
user password is tried, anything else is reported as password-protected.
A PDF without selectable text (a scan) is rejected rather than returned
empty.  A PDF with more pages than the limit is refused before any text is
read, and layout work is budgeted (``normalize.pdf_limits``).

Called through :func:`careercopilot.normalize.documents_extract.extract_text`.
"""

from __future__ import annotations

import io
import re

from careercopilot.normalize.documents import (
    _CID_RE,
    PDF_MIME,
    DocumentError,
    ExtractedDocument,
    clean_extracted_text,
)


_MIN_TEXT_CHARS = 20  # fewer alphanumeric characters than this = "no text"

# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------


def _pdf_plain_bytes(data: bytes, max_pages: int) -> tuple[bytes, int]:
    """Decrypt (empty password) if needed; return bytes for pdfminer and the page count.

    The pages are counted (lazily, see :func:`pdf_limits.count_pages`) before anything else
    walks the page tree: a PDF of more than ``max_pages`` pages raises DocumentError here."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    from careercopilot.normalize import pdf_limits

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except PdfReadError as exc:
        raise DocumentError(
            "This PDF appears to be damaged and can't be read. Please re-export it (File → Save As / Export → PDF) "
            "or upload a Word (.docx) or text version."
        ) from exc
    if encrypted:
        try:
            ok = reader.decrypt("")
        except Exception:  # noqa: BLE001 - unsupported algorithm / missing crypto backend = can't open
            ok = 0
        if not ok:
            raise DocumentError(
                "This PDF is password-protected. Please remove the password (for example by printing it to a new PDF "
                "or exporting it again without protection) and upload it again."
            )
    pages = pdf_limits.count_pages(data, limit=max_pages)  # before the clone below walks every page
    if encrypted:
        try:
            writer = PdfWriter(clone_from=reader)
            buf = io.BytesIO()
            writer.write(buf)
            data = buf.getvalue()
        except Exception as exc:
            raise DocumentError(
                "This PDF is protected in a way we can't open. Please export it again without protection and re-upload."
            ) from exc
    return data, pages


def _order_lines(lines: list[tuple[float, float, float, float, str]], page_width: float) -> list[str]:
    """Order text lines (x0, y0, x1, y1, text) into reading order, column by column.

    Lines wider than 55 % of the page are "full width" and split the page into
    horizontal bands.  Inside a band, lines are grouped into columns by the
    union of their horizontal extents; columns are read left to right, each
    top to bottom.
    """
    if not lines:
        return []
    wide_limit = 0.55 * page_width
    wide = sorted((ln for ln in lines if ln[2] - ln[0] > wide_limit), key=lambda ln: -ln[3])
    narrow = [ln for ln in lines if ln[2] - ln[0] <= wide_limit]
    out: list[str] = []

    def emit_band(band: list[tuple[float, float, float, float, str]]) -> None:
        if not band:
            return
        intervals = sorted((ln[0], ln[2]) for ln in band)
        columns: list[list[float]] = []
        for x0, x1 in intervals:
            if columns and x0 <= columns[-1][1] + 2.0:
                columns[-1][1] = max(columns[-1][1], x1)
            else:
                columns.append([x0, x1])
        for cx0, cx1 in columns:
            col = [ln for ln in band if cx0 - 0.01 <= ln[0] <= cx1 + 0.01]
            for ln in sorted(col, key=lambda ln: (-round(ln[3], 0), ln[0])):
                out.append(ln[4])

    remaining = narrow
    for w in wide:
        mid = (w[1] + w[3]) / 2
        above = [ln for ln in remaining if (ln[1] + ln[3]) / 2 > mid]
        remaining = [ln for ln in remaining if (ln[1] + ln[3]) / 2 <= mid]
        emit_band(above)
        out.append(w[4])
    emit_band(remaining)
    return out


def _collect_lines(obj, out: list, line_type: type) -> None:
    """Append ``(x0, y0, x1, y1, text)`` for every text line under a pdfminer layout object."""
    if isinstance(obj, line_type):
        txt = obj.get_text().strip()
        if txt:
            out.append((obj.x0, obj.y0, obj.x1, obj.y1, txt))
    elif hasattr(obj, "__iter__"):
        for child in obj:
            _collect_lines(child, out, line_type)


def _extract_pdf(data: bytes, max_pages: int) -> ExtractedDocument:
    from pdfminer.layout import LAParams, LTTextLine

    from careercopilot.normalize.pdf_limits import extract_layouts

    warnings: list[str] = []
    page_texts: list[str] = []
    empty_pages: list[int] = []
    try:
        plain, pages = _pdf_plain_bytes(data, max_pages)
        for page_no, page in enumerate(
            extract_layouts(plain, laparams=LAParams(line_margin=0.5, char_margin=2.0, boxes_flow=None),
                            max_pages=max_pages),
            start=1,
        ):
            lines: list[tuple[float, float, float, float, str]] = []
            for element in page:
                _collect_lines(element, lines, LTTextLine)
            text = "\n".join(_order_lines(lines, page.width))
            if not re.search(r"\w", _CID_RE.sub("", text)):
                empty_pages.append(page_no)
            page_texts.append(text)
    except (DocumentError, MemoryError, RecursionError):  # worded by extract_text / document_sandbox
        raise
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise DocumentError(
                "This PDF is password-protected. Please remove the password and upload it again."
            ) from exc
        raise DocumentError(
            "This PDF appears to be damaged and can't be read. Please re-export it as PDF, or upload a Word (.docx) or text version."
        ) from exc
    text, clean_warnings = clean_extracted_text("\n\n".join(page_texts))
    warnings.extend(clean_warnings)
    if len(re.findall(r"\w", text)) < _MIN_TEXT_CHARS:
        raise DocumentError(
            "This PDF has no selectable text — it looks like a scanned image or a photo of your resume. "
            "Please export your resume as a text-based PDF (e.g. File → Save As → PDF in Word or Google Docs), "
            "or upload it as DOCX or TXT."
        )
    if empty_pages and len(empty_pages) < len(page_texts):
        listed = ", ".join(map(str, empty_pages))
        warnings.append(f"Page(s) {listed} had no selectable text (possibly scanned images) and were skipped.")
    return ExtractedDocument(text=text, mime=PDF_MIME, pages=pages, warnings=warnings)
