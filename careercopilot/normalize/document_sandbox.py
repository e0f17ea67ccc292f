"""Parse uploaded documents in a child process with a time and memory limit (issue 9, finding 5).

A hostile file (a DOCX whose parts hold millions of elements, a PDF with a pathological content
stream) must never take the web worker's memory or time: :func:`extract_text_isolated` runs
:func:`careercopilot.normalize.documents_extract.extract_text` in a process of a ``forkserver`` pool
(the parser modules preloaded once; each upload forks a fresh, small child) whose address space
is capped with ``resource.setrlimit(RLIMIT_AS)`` and which is killed after the time limit.
The child's :class:`~careercopilot.normalize.documents.DocumentError` comes back as itself; a
child that runs out of memory or time, or dies, gives a DocumentError with a clear message.
"""

from __future__ import annotations

import multiprocessing
import resource
from functools import lru_cache

from careercopilot.normalize import documents, documents_extract
from careercopilot.normalize.documents import DocumentError, ExtractedDocument

#: Seconds one document may take to parse (a 10 MB text PDF parses in about 5 s here).
PARSE_TIMEOUT_SECONDS = 60.0
#: Address-space cap of the parsing child, bytes (the interpreter and parsers take ~150 MB).
PARSE_MEMORY_BYTES = 768 * 1024 * 1024

TOO_BIG = ("This file takes more memory or time to read than a resume ever needs, so it was not read. "
           "Please export it again as PDF or DOCX and upload that.")


@lru_cache(maxsize=1)
def _context():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["careercopilot.normalize.documents_extract"])
    return ctx


def _child(conn, data: bytes, filename: str | None, memory_bytes: int, max_pdf_pages: int) -> None:
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        result = documents_extract.extract_text(data, filename, max_pdf_pages=max_pdf_pages)
        conn.send(("ok", result))
    except DocumentError as exc:
        conn.send(("document_error", str(exc)))
    except MemoryError:
        conn.send(("limit", ""))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, never raised in the child
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))
    finally:
        conn.close()


def extract_text_isolated(data: bytes, filename: str | None = None, *, timeout: float = PARSE_TIMEOUT_SECONDS,
                          memory_bytes: int = PARSE_MEMORY_BYTES,
                          max_pdf_pages: int = documents.MAX_PDF_PAGES) -> ExtractedDocument:
    """:func:`documents_extract.extract_text` in a limited child process; same result and errors.

    ``max_pdf_pages``: see :func:`documents_extract.extract_text`. Raises DocumentError (the parser's message, or :data:`TOO_BIG` when the child exceeded
    ``memory_bytes`` or ``timeout`` seconds, or died)."""
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, data, filename, memory_bytes, max_pdf_pages), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise DocumentError(TOO_BIG)
        try:
            kind, value = parent.recv()
        except (EOFError, OSError):  # killed by the kernel (memory) or crashed
            raise DocumentError(TOO_BIG) from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if kind == "ok":
        return value
    if kind == "document_error":
        raise DocumentError(value)
    if kind == "limit":
        raise DocumentError(TOO_BIG)
    raise DocumentError("This file could not be read. Please export it again as PDF or DOCX and upload that.")
