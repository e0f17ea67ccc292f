"""Resume text extraction from Word (DOCX).

The WordprocessingML XML is walked directly (zipfile +
ElementTree): body paragraphs, tables, text boxes (``w:txbxContent``; the
VML fallback copy inside ``mc:Fallback`` is skipped), content controls,
plus header and footer parts.  Deleted revisions and field codes are
skipped.  Every part is stream-parsed against a per-document budget of XML bytes
and elements (zip bombs, issue 9 finding 5).

Called through :func:`careercopilot.normalize.documents_extract.extract_text`.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

from careercopilot.normalize.documents import (
    DOCX_MIME,
    DocumentError,
    ExtractedDocument,
    clean_extracted_text,
)


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

# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _numbered(ppr: ET.Element | None) -> bool | None:
    """Whether a ``w:pPr`` turns numbering on (True), off (``w:numId`` 0: False) or says nothing (None)."""
    num = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num is None:
        return None
    num_id = num.find(f"{_W}numId")
    return not (num_id is not None and num_id.get(f"{_W}val") == "0")


def list_styles(root: ET.Element) -> frozenset[str]:
    """Ids of the paragraph styles of ``word/styles.xml`` that number or bullet their paragraphs: a style whose
    ``w:pPr`` has a ``w:numPr`` (Word's "List Bullet", "List Number", a template's own "Resume Bullet"), or one
    based on such a style (``w:basedOn``) without turning it off. Trial128 (session 31): a resume's bullets in
    the "List Bullet" style carry their numbering in the style, not the paragraph, and were read as plain
    lines ("my time as a Led the district science curriculum writing committee")."""
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for st in root.iter(f"{_W}style"):
        sid = st.get(f"{_W}styleId")
        if not sid or st.get(f"{_W}type", "paragraph") != "paragraph":
            continue
        own[sid] = _numbered(st.find(f"{_W}pPr"))
        base = st.find(f"{_W}basedOn")
        if base is not None and base.get(f"{_W}val"):
            based[sid] = base.get(f"{_W}val")

    def numbers(sid: str, depth: int = 0) -> bool:
        if own.get(sid) is not None or depth > 20 or sid not in based:
            return bool(own.get(sid))
        return numbers(based[sid], depth + 1)

    return frozenset(sid for sid in own if numbers(sid))


class _DocxWalker:
    """Walks WordprocessingML and yields text lines in document order; a numbered or bulleted paragraph (its
    own ``w:numPr`` or its style's: ``listed``, :func:`list_styles`) starts with "• "."""

    def __init__(self, listed: frozenset[str] = frozenset()) -> None:
        self.lines: list[str] = []
        self.listed = listed

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
        style = ppr.find(f"{_W}pStyle") if ppr is not None else None
        numbered = _numbered(ppr)
        if numbered is None:
            numbered = style is not None and style.get(f"{_W}val") in self.listed
        if text.strip() and numbered:
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
                sub = _DocxWalker(self.listed)
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


def _docx_part_root(zf: zipfile.ZipFile, name: str, budget: _DocxBudget) -> ET.Element:
    """The root of one XML part, stream-parsed (``XMLPullParser`` fed 64 KB at a time).

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
    return root


def _docx_part_lines(zf: zipfile.ZipFile, name: str, budget: _DocxBudget,
                     listed: frozenset[str] = frozenset()) -> list[str]:
    """Lines of one XML part (:func:`_docx_part_root`; ``listed``: the list styles, :func:`list_styles`)."""
    walker = _DocxWalker(listed)
    walker.walk(_docx_part_root(zf, name, budget))
    return walker.lines


def _extract_docx(data: bytes) -> ExtractedDocument:
    warnings: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            budget = _DocxBudget()
            listed = list_styles(_docx_part_root(zf, "word/styles.xml", budget)) if "word/styles.xml" in names else frozenset()
            body = _docx_part_lines(zf, "word/document.xml", budget, listed)
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
