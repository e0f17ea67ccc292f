"""Bounds on reading a PDF (issue 9: hostile résumé uploads), on pdfminer.six's own hooks.

Two checks, each failing with a :class:`~careercopilot.normalize.documents.DocumentError`
whose message is safe to show:

* **Page count before any text is read** (:func:`count_pages`): pdfminer's page-tree walk
  (``PDFPage.create_pages``, a lazy generator that skips cycles) is followed only until one
  page past the limit, so a 20,000-page file costs ``limit + 1`` page objects — never the
  whole tree (pypdf's ``len(reader.pages)`` flattened all 20,000: 4.6 s and +75 MB here, and
  with fat per-page resources in compressed object streams a 0.43 MB file took 71 s and
  +820 MB). The tree's own ``/Count`` is only used to word the message: it can lie.
* **Layout work while text is read** (:func:`extract_layouts`): every character, path
  segment, image and form XObject that pdfminer lays out, every operand its interpreter
  takes from a content stream, and every decoded content-stream byte is charged to one
  budget per document (:data:`MAX_LAYOUT_OBJECTS`, :data:`MAX_OPERANDS`,
  :data:`MAX_CONTENT_BYTES`). pdfminer keeps ~0.7 KB per laid-out character and spends
  ~50 µs on it (100,000 characters on one page: 5 s, +70 MB, measured here), so the budget
  bounds time and memory where a page count cannot (one page holding a million glyphs, a
  form drawn 10^6 times through nested forms, a page of 100,000 images or a million path
  points).

What neither can bound — a compressed stream that inflates to gigabytes (pdfminer decodes a
stream whole), a broken cross-reference table rebuilt by scanning — is bounded by the child
process that parses uploads (``normalize.document_sandbox``: address-space cap and timeout).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from careercopilot.normalize.documents import DocumentError

#: Layout objects one PDF may produce: characters, path segments and images count 1, a form
#: XObject :data:`FORM_COST` (each runs a sub-interpreter: ~10× a character, measured here).
#: A dense résumé page holds about 5,000 characters; 250,000 leaves room for 50 such pages
#: and costs pdfminer about 6 s and, on a single page, under 200 MB.
MAX_LAYOUT_OBJECTS = 250_000
FORM_COST = 10
#: Operands (numbers, names, strings, whole arrays) the interpreter may take from one PDF's
#: content streams. A page of Word text needs ~500-5,000, a page with icons and rules
#: ~10,000-50,000; with its operators each costs pdfminer's lexer ~15 µs (a million path
#: points: 300,000 operands refused after ~5 s here), so this bounds the interpretation time.
MAX_OPERANDS = 300_000
#: Decoded content-stream bytes one PDF may have interpreted (Word writes ~10-50 KB per
#: page; vector-heavy design exports ~1-2 MB).
MAX_CONTENT_BYTES = 64 * 1024 * 1024

TOO_MUCH_CONTENT = ("This PDF holds far more drawing and text operations than any resume, so it was not read. "
                    "Please export your resume again as a plain PDF, or upload a Word (.docx) or text version.")


def too_many_pages(limit: int, declared: object = None) -> DocumentError:
    """The refusal of a PDF with more than ``limit`` pages (``declared``: its ``/Count``, if credible)."""
    count = f"{declared:,} pages" if isinstance(declared, int) and declared > limit else f"more than {limit} pages"
    return DocumentError(
        f"This PDF has {count}; resumes here can have at most {limit}, so it was not read. "
        "Please upload just your resume (for example, export only its pages to a new PDF)."
    )


def count_pages(data: bytes, *, limit: int, password: str = "") -> int:
    """Pages of the PDF ``data`` (decrypted with ``password``), counted lazily.

    Returns the count (≤ ``limit``). Raises DocumentError (:func:`too_many_pages`) as soon as
    page ``limit + 1`` is found; pdfminer's own errors (damaged file, wrong password) pass
    through for the caller to word."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    document = PDFDocument(PDFParser(io.BytesIO(data)), password=password)
    count = 0
    for _page in PDFPage.create_pages(document):
        count += 1
        if count > limit:
            try:
                declared = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
            except Exception:  # noqa: BLE001 - only words the message
                declared = None
            raise too_many_pages(limit, declared)
    return count


class _Budget:
    """What one document may still spend (see module doc)."""

    def __init__(self, objects: int, operands: int, content_bytes: int) -> None:
        self.objects = objects
        self.operands = operands
        self.content_bytes = content_bytes

    def charge(self, *, objects: int = 0, content_bytes: int = 0) -> None:
        self.objects -= objects
        self.content_bytes -= content_bytes
        if self.objects < 0 or self.content_bytes < 0:
            raise DocumentError(TOO_MUCH_CONTENT)

    def charge_operand(self) -> None:
        self.operands -= 1
        if self.operands < 0:
            raise DocumentError(TOO_MUCH_CONTENT)


def _budgeted_classes():
    """pdfminer's page aggregator and interpreter, charging a :class:`_Budget` (built lazily:
    pdfminer is imported only when a PDF is read)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, resolve1

    class Aggregator(PDFPageAggregator):
        budget: _Budget

        def render_char(self, *args, **kwargs) -> float:
            self.budget.charge(objects=1)
            return super().render_char(*args, **kwargs)

        def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
            self.budget.charge(objects=max(1, len(path)))
            super().paint_path(gstate, stroke, fill, evenodd, path)

        def render_image(self, name, stream) -> None:
            self.budget.charge(objects=1)
            super().render_image(name, stream)

        def begin_figure(self, name, bbox, matrix) -> None:
            self.budget.charge(objects=FORM_COST)
            super().begin_figure(name, bbox, matrix)

    class Interpreter(PDFPageInterpreter):
        def execute(self, streams) -> None:
            size = 0
            for obj in streams:
                stream = resolve1(obj)
                if isinstance(stream, PDFStream):
                    size += len(stream.get_data())  # decoded once here; pdfminer reuses it
            self.device.budget.charge(content_bytes=size)
            super().execute(streams)

        def push(self, obj) -> None:
            self.device.budget.charge_operand()
            super().push(obj)

    return Aggregator, Interpreter


def extract_layouts(data: bytes, *, laparams, max_pages: int, password: str = "",
                    max_objects: int = MAX_LAYOUT_OBJECTS, max_operands: int = MAX_OPERANDS,
                    max_content_bytes: int = MAX_CONTENT_BYTES) -> Iterator:
    """pdfminer's ``extract_pages`` (same loop) with the layout budget: yields one ``LTPage``
    per page, at most ``max_pages``. Raises DocumentError (:data:`TOO_MUCH_CONTENT`) once the
    document has produced ``max_objects`` layout objects, ``max_operands`` operands or
    ``max_content_bytes`` decoded content bytes; pdfminer's own errors pass through."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    aggregator_class, interpreter_class = _budgeted_classes()
    resources = PDFResourceManager(caching=True)
    device = aggregator_class(resources, laparams=laparams)
    device.budget = _Budget(max_objects, max_operands, max_content_bytes)
    interpreter = interpreter_class(resources, device)
    for page in PDFPage.get_pages(io.BytesIO(data), maxpages=max_pages, password=password):
        interpreter.process_page(page)
        yield device.get_result()
