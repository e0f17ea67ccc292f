"""Issue 9 (harden the core): hostile PDF resumes are refused with a clear message, bounded in
time and memory.

The probe's file: 20,000 pages in 1.5 MB — accepted, every page walked (pypdf flattened the
page tree to count pages), the parser's RSS +560 MB. Its relatives, built here byte by byte
(no binary fixtures): pages packed in compressed object streams, a lying ``/Count``, a
broken cross-reference table, deep and cyclic page trees; and pages that stay under the page
cap but not under the layout budget (a million glyphs, nested forms drawn 10^6 times, images
and paths by the hundred thousand, a content stream inflating to 70 MB); and a compressed
stream inflating to gigabytes, which only the parsing child's memory cap can stop.
"""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from fpdf import FPDF

from careercopilot.normalize import document_sandbox, pdf_limits
from careercopilot.normalize.documents import MAX_PDF_PAGES, DocumentError
from careercopilot.normalize.documents_extract import extract_text

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
LINE = b"Senior engineer: Python, PostgreSQL, Kubernetes, incident response, on-call leadership."


def _stream(data: bytes, *, deflate: bool = True, extra: bytes = b"") -> bytes:
    if deflate:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _pdf(objects: list[bytes], *, xref: bool = True) -> bytes:
    """A PDF of ``objects`` (numbered from 1; object 1 is the catalog) with a classic xref
    table, or with a wrong ``startxref`` when ``xref`` is False (readers must rebuild it)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                             start if xref else start // 3)
    return bytes(out)


def _xref_stream_pdf(objects: list[bytes], *, per_stream: int = 1000, packed: bool = True) -> bytes:
    """A PDF 1.5 file with a compressed cross-reference stream; the ``objects`` that are not
    streams are packed into compressed object streams when ``packed``."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    entries: dict[int, tuple[int, int, int]] = {}
    loose = [n for n, body in enumerate(objects, 1) if not packed or b"stream\n" in body]
    for obj_num in loose:
        entries[obj_num] = (1, len(out), 0)
        out += b"%d 0 obj\n" % obj_num + objects[obj_num - 1] + b"\nendobj\n"
    inside = [n for n in range(1, len(objects) + 1) if n not in set(loose)]
    num = len(objects) + 1
    for first in range(0, len(inside), per_stream):
        header, body = [], bytearray()
        for index, obj_num in enumerate(inside[first:first + per_stream]):
            header.append(b"%d %d" % (obj_num, len(body)))
            body += objects[obj_num - 1] + b" "
            entries[obj_num] = (2, num, index)
        head = b" ".join(header) + b" "
        entries[num] = (1, len(out), 0)
        out += b"%d 0 obj\n" % num + _stream(head + body, extra=b" /Type /ObjStm /N %d /First %d"
                                             % (len(header), len(head))) + b"\nendobj\n"
        num += 1
    entries[num] = (1, len(out), 0)
    rows = b"\x00\x00\x00\x00\x00\xff\xff" + b"".join(struct.pack(">BIH", *entries[i]) for i in range(1, num + 1))
    start = len(out)
    out += b"%d 0 obj\n" % num + _stream(rows, extra=b" /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (num + 1))
    out += b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def _paged(n: int, *, count: int | None = None, xref: bool = True) -> bytes:
    """``n`` pages sharing one font and one content stream of text; ``/Count`` may lie."""
    text = b"BT /F1 11 Tf 72 720 Td (" + LINE + b") Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", FONT, _stream(text, deflate=False)]
    kids = []
    for _ in range(n):
        kids.append(b"%d 0 R" % (len(objects) + 1))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents 4 0 R >>")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % (n if count is None else count)
    return _pdf(objects, xref=xref)


def _probe(n: int = 20_000) -> bytes:
    """The probe's shape: 20,000 pages in ~1.5 MB (one shared content stream, inherited
    resources, a compressed cross-reference stream)."""
    text = b"BT /F1 11 Tf 72 720 Td (" + LINE + b") Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", FONT, _stream(text)]
    objects += [b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"] * n
    objects[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (i + 5) for i in range(n))
                  + b"] /Count %d /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> >>" % n)
    return _xref_stream_pdf(objects, packed=False)


def _fat_objstm(n: int = 20_000) -> bytes:
    """Pages with a dozen direct font dictionaries each, packed in object streams: 0.4 MB on
    the wire; flattening the page tree took 71 s and +820 MB before the cap."""
    fonts = b" ".join(b"/F%d << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 40 "
                      b"/Widths [1 2 3 4 5 6 7 8 9] >>" % i for i in range(12))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << " + fonts + b" >> >> >>"
                for _ in range(n)]
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (i + 3) for i in range(n)) + b"] /Count %d >>" % n
    return _xref_stream_pdf(objects)


def _deep_tree(depth: int) -> bytes:
    """One page behind ``depth`` nested /Pages nodes."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (level + 3))
    objects.append(b"<< /Type /Page /MediaBox [0 0 612 792] >>")
    return _pdf(objects)


def _cyclic_tree() -> bytes:
    """A /Pages node whose kids are itself and its parent (no page at all)."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 20000 >>",
                 b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Parent 2 0 R /Count 20000 >>"])


def _one_page(content: bytes, *, xobjects: list[bytes] = (), resources: bytes = b"") -> bytes:
    """One page drawing ``content`` (compressed); ``xobjects`` become objects 5, 6, …"""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> "
               + resources + b" >> /Contents %d 0 R >>" % (5 + len(xobjects)), FONT, *xobjects, _stream(content)]
    return _pdf(objects)


def _glyphs(n: int) -> bytes:
    """One page showing ``n`` glyphs with one-byte string characters (highly compressible)."""
    return _one_page(b"BT /F1 1 Tf 10 10 Td (" + b"x" * n + b") Tj ET")


def _image_draws(n: int) -> bytes:
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 " \
            b"/Length 1 >>\nstream\n\x00\nendstream"
    return _one_page(b"q /Im1 Do Q " * n, xobjects=[image], resources=b"/XObject << /Im1 5 0 R >>")


def _nested_forms(levels: int, fan_out: int) -> bytes:
    """Form k draws form k+1 ``fan_out`` times: fan_out ** levels figures from a few hundred bytes."""
    forms = []
    for k in range(levels):
        inner = (b"/Fm%d Do " % (k + 1)) * fan_out if k + 1 < levels else b""
        res = b" /Resources << /XObject << /Fm%d %d 0 R >> >>" % (k + 1, 6 + k) if k + 1 < levels else b""
        forms.append(_stream(inner, extra=b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]" + res))
    return _one_page(b"/Fm0 Do " * fan_out, xobjects=forms, resources=b"/XObject << /Fm0 5 0 R >>")


def _path_segments(n: int) -> bytes:
    return _one_page(b"0 0 m " + b"1 1 l " * n + b"S")


def _inflating_content(megabytes: int) -> bytes:
    """A content stream of ``megabytes`` MB of spaces (no operators) after FlateDecode."""
    return _one_page(b" " * (megabytes * 1024 * 1024) + b"BT /F1 11 Tf 72 720 Td (" + LINE + b") Tj ET")


PAGE_COUNT = {
    "probe: 20,000 pages in 1.5 MB": (_probe, "20,000 pages"),
    "20,000 pages in compressed object streams": (_fat_objstm, "20,000 pages"),
    "5,000 pages under a /Count of 1": (lambda: _paged(5000, count=1), "more than 30 pages"),
    "20,000 pages, cross-reference table broken": (lambda: _paged(20_000, xref=False), "20,000 pages"),
    "31 pages, one over the cap": (lambda: _paged(31), "31 pages"),
}


@pytest.mark.parametrize("name", list(PAGE_COUNT))
def test_too_many_pages_are_refused_before_the_text_is_read(name):
    build, count = PAGE_COUNT[name]
    data = build()
    assert len(data) < 4_000_000
    started = time.monotonic()
    with pytest.raises(DocumentError) as info:
        extract_text(data, "cv.pdf")
    assert str(info.value).startswith(f"This PDF has {count}; resumes here can have at most {MAX_PDF_PAGES}, "
                                      "so it was not read.")
    assert time.monotonic() - started < 60  # before: 9-71 s and every page walked


def test_pages_are_counted_lazily_not_all_walked(monkeypatch):
    """Only ``limit + 1`` pages are ever created, however many the file holds."""
    from pdfminer.pdfpage import PDFPage

    created = []
    real_init = PDFPage.__init__

    def counting_init(self, *args, **kwargs):
        created.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(PDFPage, "__init__", counting_init)
    with pytest.raises(DocumentError):
        pdf_limits.count_pages(_paged(5000), limit=30)
    assert len(created) == 31


def test_a_pdf_at_the_cap_is_read_whole():
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(1, MAX_PDF_PAGES + 1):
        pdf.add_page()
        pdf.cell(0, 8, f"Page {page}: " + LINE.decode())
    doc = extract_text(bytes(pdf.output()), "cv.pdf")
    assert doc.pages == MAX_PDF_PAGES and f"Page {MAX_PDF_PAGES}: Senior engineer" in doc.text
    assert not doc.warnings


def test_the_cap_is_a_parameter():
    with pytest.raises(DocumentError, match="at most 2, so it was not read"):
        extract_text(_paged(3), "cv.pdf", max_pdf_pages=2)
    assert extract_text(_paged(3), "cv.pdf", max_pdf_pages=3).pages == 3


TREES = {
    "page tree nested 5,000 deep": lambda: _deep_tree(5000),
    "cyclic page tree": _cyclic_tree,
}


@pytest.mark.parametrize("name", list(TREES))
def test_hostile_page_trees_end_in_a_clear_message(name):
    with pytest.raises(DocumentError) as info:
        extract_text(TREES[name](), "cv.pdf")
    assert len(str(info.value)) > 40 and "Traceback" not in str(info.value)


CONTENT = {
    "a million glyphs on one page": lambda: _glyphs(1_000_000),
    "an image drawn 200,000 times": lambda: _image_draws(200_000),
    "forms nested 6 deep, each drawn 10 times (10^6 figures)": lambda: _nested_forms(6, 10),
    "a million path points on one page": lambda: _path_segments(1_000_000),
    "a content stream inflating to 70 MB": lambda: _inflating_content(70),
}


@pytest.mark.parametrize("name", list(CONTENT))
def test_pages_over_the_layout_budget_are_refused(name):
    data = CONTENT[name]()
    assert len(data) < 200_000  # small on the wire
    started = time.monotonic()
    with pytest.raises(DocumentError) as info:
        extract_text(data, "cv.pdf")
    assert str(info.value) == pdf_limits.TOO_MUCH_CONTENT
    assert time.monotonic() - started < 60


def test_a_dense_real_page_is_within_the_budget():
    doc = extract_text(_glyphs(20_000), "cv.pdf")  # four dense resume pages' worth on one page
    assert doc.text.count("x") == 20_000


# --- the child process ------------------------------------------------------------------------

def test_probe_file_is_refused_by_a_small_child():
    """The probe's file is refused for its page count in a child capped at 256 MB (it took
    ~560 MB before the cap)."""
    with pytest.raises(DocumentError) as info:
        document_sandbox.extract_text_isolated(_probe(), "cv.pdf", memory_bytes=256 * 1024 * 1024)
    assert "20,000 pages" in str(info.value)


def test_child_passes_the_page_cap_through():
    with pytest.raises(DocumentError, match="at most 2, so it was not read"):
        document_sandbox.extract_text_isolated(_paged(3), "cv.pdf", max_pdf_pages=2)


def test_compressed_stream_bomb_is_stopped_by_the_child_memory_cap():
    """1 GB of zeros in ~1 MB: pdfminer inflates a stream whole, so only the child's address
    space cap stops it — quickly, with the clear message, and this process untouched."""
    bomb = zlib.compressobj(9)
    chunk = b"\x00" * (16 * 1024 * 1024)
    compressed = b"".join(bomb.compress(chunk) for _ in range(64)) + bomb.flush()
    assert len(compressed) < 1_100_000
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                 b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed + b"\nendstream"])
    started = time.monotonic()
    with pytest.raises(DocumentError) as info:
        document_sandbox.extract_text_isolated(data, "cv.pdf")
    assert str(info.value) == document_sandbox.TOO_BIG
    assert time.monotonic() - started < 60


def test_builders_make_pdfs_that_read():
    """The builders above write valid PDFs (so the refusals are about size, not damage)."""
    for data in (_paged(2), _xref_stream_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                         b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])):
        from pypdf import PdfReader

        assert len(PdfReader(io.BytesIO(data)).pages) in (1, 2)
    assert "Senior engineer" in extract_text(_paged(2, xref=False), "cv.pdf").text
    assert "Senior engineer" in extract_text(_one_page(b"BT /F1 11 Tf 72 720 Td (" + LINE + b") Tj ET")).text
