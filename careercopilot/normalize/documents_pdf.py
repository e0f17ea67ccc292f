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
from careercopilot.normalize.pdf_columns import find_gutter, join_wrapped, order_two_columns, rows_in_order


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


def _order_lines(lines: list[tuple], page_width: float) -> list[str]:
    """Order text lines (x0, y0, x1, y1, text[, font]) into reading order.

    A page whose gutter :func:`normalize.pdf_columns.find_gutter` finds is read column by column
    around it, wrapped lines joined (:func:`normalize.pdf_columns.join_wrapped`). Any other page is
    one column: read top to bottom, and lines on one row (a title and its right-aligned dates) left
    to right (:func:`normalize.pdf_columns.rows_in_order`). The former rule — lines wider than 55 %
    of the page split it into bands, narrower ones grouped into columns by their extents — read a
    sidebar beside a 55–60 % main column between every two lines, and put the right-aligned dates
    of a one-column resume whose bullets were short after all of its titles (session 24).
    """
    if not lines:
        return []
    gutter = find_gutter(lines, page_width)
    if gutter is not None:
        return join_wrapped(order_two_columns(lines, *gutter))
    return [ln[4] for ln in rows_in_order(lines)]


def _collect_lines(obj, out: list, line_type: type) -> None:
    """Append ``(x0, y0, x1, y1, text, font, first_width)`` for every text line under a pdfminer
    layout object; ``font`` is ``"<fontname>@<size>"`` of its first character ("" without one) and
    ``first_width`` its first word's width in points: what :func:`normalize.pdf_columns.join_wrapped`
    compares."""
    if isinstance(obj, line_type):
        txt = obj.get_text().strip()
        if txt:
            chars = [ch for ch in obj if hasattr(ch, "fontname") and hasattr(ch, "size")]
            font = f"{chars[0].fontname}@{round(chars[0].size, 1)}" if chars else ""
            # the first word's width in points (to its last character before a space): whether it
            # would have fitted at the end of the line above (``pdf_columns.join_wrapped``)
            word = []
            for ch in chars:
                if not ch.get_text().strip():
                    break
                word.append(ch)
            first_width = (word[-1].x1 - word[0].x0) if word else 0.0
            out.append((obj.x0, obj.y0, obj.x1, obj.y1, txt, font, first_width))
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
            lines: list[tuple] = []
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
