"""Resume/document text extraction: PDF, DOCX, plain text and Markdown.

The file type is sniffed from the *content* (never trusted from the file
name): PDF by its ``%PDF-`` header, DOCX as a ZIP holding
``word/document.xml``, text as bytes that decode as UTF-8 / UTF-16 (BOM) /
Windows-1252 with few control characters.  Anything else (images,
executables, other archives, legacy ``.doc``, RTF, spreadsheets) is rejected
with a :class:`DocumentError` whose message is safe to show to the user.

Extraction details:

* **PDF** – pdfminer.six layout analysis (``LAParams``); text lines are
  ordered column by column (columns are found from gaps in the horizontal
  coverage of lines; full-width lines split the page into bands), so two-column
  resumes are not interleaved.  Encrypted PDFs are opened with pypdf; an empty
  user password is tried, anything else is reported as password-protected.
  A PDF without selectable text (a scan) is rejected rather than returned
  empty.  A PDF with more pages than the limit is refused before any text is
  read, and layout work is budgeted (``normalize.pdf_limits``).
* **DOCX** – the WordprocessingML XML is walked directly (zipfile +
  ElementTree): body paragraphs, tables, text boxes (``w:txbxContent``; the
  VML fallback copy inside ``mc:Fallback`` is skipped), content controls,
  plus header and footer parts.  Deleted revisions and field codes are
  skipped.
* **Clean-up** (all types, :func:`clean_extracted_text`) – NFKC normalisation
  (ligatures ``ﬁ`` → ``fi``, full-width forms, NBSP), private-use bullet glyphs
  from Symbol/Wingdings fonts (U+F0B7, U+F0A7, …) → ``•``, NUL and other
  control characters, soft hyphens and zero-width characters removed,
  ``(cid:N)`` glyph placeholders dropped, line endings normalised, runs of
  blank lines collapsed.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

from pydantic import BaseModel, Field

__all__ = [
    "DOCX_MIME",
    "MAX_RESUME_BYTES",
    "DocumentError",
    "ExtractedDocument",
    "clean_extracted_text",
    "extract_text",
    "sniff_mime",
]

MAX_RESUME_BYTES = 10 * 1024 * 1024
PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT_MIME = "text/plain"
MARKDOWN_MIME = "text/markdown"

#: Most pages a PDF may have (refused before any text is read). The parser's default for direct
#: callers; the app passes ``settings.resume_max_pages`` (RESUME_MAX_PAGES, same default).
MAX_PDF_PAGES = 30
_MAX_XML_PART_BYTES = 50 * 1024 * 1024  # uncompressed; guards against zip bombs
#: Caps across ALL parts of one DOCX (issue 9, finding 5: a 450 KB file whose parts each held
#: ~49 MB of ``<w:p/>``, every part under the per-part cap, took 289 s and 940 MB). A long
#: real resume is ~200 KB of XML and ~20,000 elements in all its parts; these leave 25×/25× room.
MAX_DOCX_TOTAL_XML_BYTES = 5 * 1024 * 1024
MAX_DOCX_ELEMENTS = 500_000
#: Bytes read from a small metadata part (``mimetype``, ``docProps/app.xml``).
_META_READ_BYTES = 100_000
_DOCX_TOO_BIG = ("This Word document is too large or malformed to read (far more content than a resume). "
                 "Please export it as PDF and upload that.")
_MIN_TEXT_CHARS = 20  # fewer alphanumeric characters than this = "no text"

_SUPPORTED = "PDF, Word (.docx), plain text (.txt) or Markdown (.md)"


class DocumentError(ValueError):
    """A document could not be accepted; ``str(err)`` is a user-facing message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ExtractedDocument(BaseModel):
    """Text extracted from an uploaded document.

    ``mime`` is the sniffed type (``application/pdf``, the DOCX type,
    ``text/plain`` or ``text/markdown``); ``pages`` is the PDF page count (or
    the page count Word stored in DOCX metadata, else ``None``); ``warnings``
    are human-readable notes about partial problems (skipped pages, encoding
    guesses, undecodable glyphs).
    """

    text: str
    mime: str
    pages: int | None = None
    warnings: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------
# Text clean-up
# --------------------------------------------------------------------------

# Private-use code points that Symbol/Wingdings fonts use for bullets, as
# produced by Word's bullet lists (U+F0B7 is Symbol's "•").
_PUA_BULLETS = {
    0xF0B7, 0xF0A7, 0xF0A8, 0xF076, 0xF0D8, 0xF0FC, 0xF06E, 0xF06C, 0xF075, 0xF0E0, 0xF0D7, 0xF0A1,
    0xF0AE, 0xF0F0, 0xF0FE, 0xF02D, 0xF0BE, 0xF0B2, 0xF034, 0xF077, 0xF09F, 0xF0A2, 0xF0C4, 0xF0E8,
}
_BULLET_LIKE = "•◦▪▫●○■□►▶➢➤✓✔❖◆◇‣⁃∙"
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_CID_RE = re.compile(r"\(cid:\d+\)")


def clean_extracted_text(text: str) -> tuple[str, list[str]]:
    """Normalise raw extracted text; return ``(clean_text, warnings)``.

    Applies NFKC (``ﬁ`` → ``fi``), maps private-use bullet glyphs to ``•``
    (other private-use characters are dropped, with a warning), strips NUL and
    control characters (keeping tab/newline), soft hyphens and zero-width
    characters, drops pdfminer ``(cid:N)`` placeholders (with a warning),
    converts CR/LF to ``\\n``, trims trailing spaces and collapses 3+ blank
    lines to one blank line.
    """
    warnings: list[str] = []
    cids = len(_CID_RE.findall(text))
    if cids:
        text = _CID_RE.sub("", text)
        warnings.append(f"{cids} characters could not be decoded from the PDF's fonts and were skipped.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    dropped_pua = 0
    for ch in text:
        cp = ord(ch)
        if 0xE000 <= cp <= 0xF8FF:
            if cp in _PUA_BULLETS:
                out.append("•")
            else:
                dropped_pua += 1
            continue
        out.append(ch)
    text = "".join(out)
    if dropped_pua:
        warnings.append(f"{dropped_pua} symbol-font characters without a text equivalent were removed.")
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    # normalise bullet glyph variety to one bullet
    text = re.sub(r"(?m)^([ \t]*)[" + re.escape(_BULLET_LIKE) + r"](?=\s|\w)", r"\1•", text)
    return text, warnings


# --------------------------------------------------------------------------
# Type sniffing
# --------------------------------------------------------------------------


def _decode_text(data: bytes) -> tuple[str, str] | None:
    """Decode bytes as text → ``(text, encoding)``, or ``None`` if it looks binary."""
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    text = encoding = None
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError:
                return None
            break
    if text is None:
        sample = data[:4096]
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = max(1, len(sample) // 2)
        if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
            candidates = ["utf-16-le"]
        elif even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
            candidates = ["utf-16-be"]
        else:
            candidates = ["utf-8", "cp1252", "latin-1"]
        for enc in candidates:
            try:
                text, encoding = data.decode(enc), enc
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        return None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(2, 0.01 * len(text)):
        return None
    return text, encoding


def _looks_like_markdown(text: str) -> bool:
    return bool(
        re.search(r"(?m)^#{1,6} \S", text)
        or re.search(r"\[[^\]\n]+\]\([^)\s]+\)", text)
        or len(re.findall(r"\*\*[^*\n]+\*\*", text)) >= 2
    )


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                with zf.open("mimetype") as fh:
                    mt = fh.read(100).decode("ascii", "replace")
                if "opendocument.text" in mt:
                    return "odt"
                return "other-office"
            if any(n.startswith("xl/") for n in names):
                return "xlsx"
            if any(n.startswith("ppt/") for n in names):
                return "pptx"
            return "zip"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError, EOFError, NotImplementedError):
        return "corrupt"


def sniff_mime(data: bytes, filename: str | None = None) -> str:
    """Return the MIME type of an uploaded resume, judged from its bytes.

    Returns ``application/pdf``, :data:`DOCX_MIME`, ``text/plain`` or
    ``text/markdown`` (Markdown when the content has Markdown structure or the
    name ends in ``.md``/``.markdown`` – the only use of ``filename``).
    Raises :class:`DocumentError` for empty or oversized (> 10 MB) input and
    for every unsupported type, with a message naming what was detected and
    what to upload instead.
    """
    if not data:
        raise DocumentError("The file is empty. Please upload your resume as a PDF, Word (.docx) or text file.")
    if len(data) > MAX_RESUME_BYTES:
        raise DocumentError(
            f"The file is too large ({len(data) / 1024 / 1024:.1f} MB). Resumes must be 10 MB or smaller — "
            "try exporting a PDF without embedded images, or upload a .docx or .txt file."
        )
    if data.startswith(b"%PDF-"):
        return PDF_MIME
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = _zip_kind(data)
        if kind == "docx":
            return DOCX_MIME
        messages = {
            "corrupt": "This file looks like a Word document but it is damaged and can't be opened. "
            "Please re-save it from Word (File → Save As → .docx) or export it as PDF, then upload it again.",
            "odt": "OpenDocument (.odt) files aren't supported. Please save your resume as Word (.docx) or PDF and upload that.",
            "xlsx": "This looks like a spreadsheet, not a resume. Please upload your resume as " + _SUPPORTED + ".",
            "pptx": "This looks like a PowerPoint presentation. Please upload your resume as " + _SUPPORTED + ".",
        }
        raise DocumentError(
            messages.get(kind, "This is a ZIP archive, not a resume document. Please upload your resume as " + _SUPPORTED + ".")
        )
    if b"%PDF-" in data[:1024]:  # some generators put junk before the header
        return PDF_MIME
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocumentError(
            "This looks like an old-style Word (.doc) file, which isn't supported. In Word choose "
            "File → Save As → Word Document (.docx), or export as PDF, and upload that file."
        )
    if data.lstrip()[:5] == b"{\\rtf":
        raise DocumentError(
            "Rich Text (.rtf) files aren't supported. Please save your resume as Word (.docx), PDF or plain text (.txt)."
        )
    try:
        import filetype  # optional helper for naming binary formats

        kind = filetype.guess(data)
    except Exception:  # noqa: BLE001  # pragma: no cover - filetype missing or failing is not fatal
        kind = None
    if kind is not None:
        if kind.mime.startswith("image/"):
            raise DocumentError(
                f"This is an image ({kind.extension.upper()}), and we can't read text from images. "
                "Please upload a text-based PDF, a Word (.docx) or a plain text file of your resume."
            )
        raise DocumentError(
            f"Unsupported file type ({kind.mime}). Please upload your resume as {_SUPPORTED}."
        )
    decoded = _decode_text(data)
    if decoded is None:
        raise DocumentError(f"We couldn't recognise this file type. Please upload your resume as {_SUPPORTED}.")
    name = (filename or "").lower()
    if name.endswith((".md", ".markdown")) or _looks_like_markdown(decoded[0]):
        return MARKDOWN_MIME
    return TEXT_MIME


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


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class _DocxWalker:
    """Walks WordprocessingML and yields text lines in document order."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def walk(self, el: ET.Element) -> None:
        tag = el.tag
        if tag == _MC_FALLBACK:
            return  # duplicate (VML) copy of the mc:Choice content
        if tag == f"{_W}p":
            self.paragraph(el)
        elif tag == f"{_W}tbl":
            self.table(el)
        else:
            for child in el:
                self.walk(child)

    def paragraph(self, p: ET.Element) -> None:
        parts: list[str] = []
        nested: list[ET.Element] = []

        def inline(el: ET.Element) -> None:
            tag = el.tag
            if tag == _MC_FALLBACK or tag in (f"{_W}delText", f"{_W}instrText", f"{_W}pPr", f"{_W}rPr"):
                return
            if tag == f"{_W}txbxContent":
                nested.append(el)
                return
            if tag == f"{_W}t":
                parts.append(el.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{_W}sym":
                code = el.get(f"{_W}char")
                try:
                    parts.append(chr(int(code, 16)) if code else "")
                except ValueError:
                    pass
            for child in el:
                inline(child)

        for child in p:
            inline(child)
        text = "".join(parts)
        ppr = p.find(f"{_W}pPr")
        if text.strip() and ppr is not None and ppr.find(f"{_W}numPr") is not None:
            text = "• " + text.lstrip()
        if text.strip():
            self.lines.append(text)
        for box in nested:
            for child in box:
                self.walk(child)

    def table(self, tbl: ET.Element) -> None:
        for tr in tbl.findall(f"{_W}tr"):
            cells: list[list[str]] = []
            for tc in tr.findall(f"{_W}tc") + [c for sdt in tr.findall(f"{_W}sdt") for c in sdt.iter(f"{_W}tc")]:
                sub = _DocxWalker()
                for child in tc:
                    sub.walk(child)
                cells.append(sub.lines)
            if cells and all(len(c) <= 1 for c in cells) and sum(len(c[0]) for c in cells if c) <= 200:
                row = " | ".join(c[0].strip() for c in cells if c)
                if row.strip():
                    self.lines.append(row)
            else:
                for c in cells:
                    self.lines.extend(c)


class _DocxBudget:
    """What one DOCX may still spend across all its parts: uncompressed XML bytes and elements."""

    def __init__(self) -> None:
        self.bytes_left = MAX_DOCX_TOTAL_XML_BYTES
        self.elements_left = MAX_DOCX_ELEMENTS


def _docx_part_lines(zf: zipfile.ZipFile, name: str, budget: _DocxBudget) -> list[str]:
    """Lines of one XML part, stream-parsed (``XMLPullParser`` fed 64 KB at a time).

    The part's uncompressed size (its zip header; ``zipfile`` never yields more bytes than that
    and fails the CRC otherwise) and every element parsed are charged to ``budget``: a part or
    a document over :data:`MAX_DOCX_TOTAL_XML_BYTES` / :data:`MAX_DOCX_ELEMENTS` raises
    DocumentError before the rest is read."""
    info = zf.getinfo(name)
    if info.file_size > min(_MAX_XML_PART_BYTES, budget.bytes_left):
        raise DocumentError(_DOCX_TOO_BIG)
    budget.bytes_left -= info.file_size
    parser = ET.XMLPullParser(events=("start",))
    root = None
    with zf.open(info) as fh:
        while chunk := fh.read(65536):
            parser.feed(chunk)
            for _event, el in parser.read_events():
                if root is None:
                    root = el
                budget.elements_left -= 1
            if budget.elements_left < 0:
                raise DocumentError(_DOCX_TOO_BIG)
    parser.close()
    for _event, el in parser.read_events():
        root = root if root is not None else el
        budget.elements_left -= 1
    if budget.elements_left < 0:
        raise DocumentError(_DOCX_TOO_BIG)
    if root is None:
        raise ET.ParseError("empty part")
    walker = _DocxWalker()
    walker.walk(root)
    return walker.lines


def _extract_docx(data: bytes) -> ExtractedDocument:
    warnings: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            budget = _DocxBudget()
            body = _docx_part_lines(zf, "word/document.xml", budget)
            headers: list[list[str]] = []
            footers: list[list[str]] = []
            for name in sorted(names):
                if re.fullmatch(r"word/header\d*\.xml", name):
                    headers.append(_docx_part_lines(zf, name, budget))
                elif re.fullmatch(r"word/footer\d*\.xml", name):
                    footers.append(_docx_part_lines(zf, name, budget))
            pages = None
            if "docProps/app.xml" in names:
                with zf.open("docProps/app.xml") as fh:
                    m = re.search(rb"<(?:\w+:)?Pages>(\d+)</", fh.read(_META_READ_BYTES))
                pages = int(m.group(1)) if m else None
    except DocumentError:
        raise
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise DocumentError(
            "This Word document is damaged and can't be read. Please re-save it as .docx (or export as PDF) and upload it again."
        ) from exc

    def dedupe(blocks: list[list[str]]) -> list[str]:
        seen: set[str] = set()
        lines: list[str] = []
        for block in blocks:
            key = "\n".join(block).strip()
            if key and key not in seen:
                seen.add(key)
                lines.extend(block)
        return lines

    raw = "\n".join(dedupe(headers) + body + dedupe(footers))
    text, clean_warnings = clean_extracted_text(raw)
    warnings.extend(clean_warnings)
    if not re.search(r"\w", text):
        raise DocumentError(
            "This Word document contains no text (it may hold only images). Please upload a version with selectable text."
        )
    return ExtractedDocument(text=text, mime=DOCX_MIME, pages=pages, warnings=warnings)


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
