"""Resume/document text extraction: PDF, DOCX, plain text and Markdown.

This module holds what every format shares: the limits, :class:`DocumentError`,
:class:`ExtractedDocument`, type sniffing (:func:`sniff_mime`) and the text clean-up. The
entry point is :func:`careercopilot.normalize.documents_extract.extract_text`.

The file type is sniffed from the *content* (never trusted from the file
name): PDF by its ``%PDF-`` header, DOCX as a ZIP holding
``word/document.xml``, text as bytes that decode as UTF-8 / UTF-16 (BOM) /
Windows-1252 with few control characters.  Anything else (images,
executables, other archives, legacy ``.doc``, RTF, spreadsheets) is rejected
with a :class:`DocumentError` whose message is safe to show to the user.

Extraction details:

* **PDF** – :mod:`careercopilot.normalize.documents_pdf` (column-aware layout order,
  encrypted and scanned PDFs, page and layout limits).
* **DOCX** – :mod:`careercopilot.normalize.documents_docx` (WordprocessingML walked
  directly, with an XML budget per document).
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

from pydantic import BaseModel, Field

__all__ = [
    "DOCX_MIME",
    "MAX_RESUME_BYTES",
    "DocumentError",
    "ExtractedDocument",
    "clean_extracted_text",
    "name_for_type",
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


#: Sniffed type → (the extension a file of it gets, the extensions that already name it).
_TYPE_EXTENSIONS = {
    PDF_MIME: (".pdf", (".pdf",)),
    DOCX_MIME: (".docx", (".docx",)),
    TEXT_MIME: (".txt", (".txt", ".text")),
    MARKDOWN_MIME: (".md", (".md", ".markdown", ".txt")),
}
_TYPE_WORDS = {PDF_MIME: "a PDF", DOCX_MIME: "a Word (.docx) document", TEXT_MIME: "plain text",
               MARKDOWN_MIME: "Markdown text"}


def name_for_type(filename: str, mime: str) -> tuple[str, str]:
    """``filename`` with the extension of its sniffed ``mime`` (:func:`sniff_mime`) → ``(name,
    note)``. A name whose extension says another type ("fake_pdf.pdf" holding plain text) gets
    the right one ("fake_pdf.txt") and ``note`` says so for the user; a name without an
    extension gets one (note ""); a matching name is unchanged. Other types: unchanged."""
    if mime not in _TYPE_EXTENSIONS:
        return filename, ""
    ext, accepted = _TYPE_EXTENSIONS[mime]
    stem, dot, typed = filename.rpartition(".")
    typed_ext = "." + typed.lower() if dot and stem and " " not in typed and 1 <= len(typed) <= 8 else ""
    if typed_ext in accepted:
        return filename, ""
    if not typed_ext:
        return filename + ext, ""
    fixed = stem + ext
    return fixed, (f"The file is named {typed_ext} but its content is {_TYPE_WORDS[mime]}: it was read as "
                   f"{_TYPE_WORDS[mime]} and is kept as {fixed}.")

