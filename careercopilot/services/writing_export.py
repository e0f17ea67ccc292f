"""DOCX (python-docx) and PDF (fpdf2, DejaVu Sans embedded) exports of a document's text.

Both are built from the same paragraphs (blank-line separated), after the same ``header`` lines
when given (a cover letter's sender: ``services.letterhead``; the name larger, then the contact
line), with no other added text, so the text extracted from either (``docx_text``/``pdf_text``)
equals the header lines then the document's text up to line wrapping and the PDF's stand-ins for glyphs its fonts lack (``writing_glyphs``: fallback
fonts when installed, ✅ → ✔, 𝐁 → B, else a visible "�"; never a dropped character):
:func:`same_text` compares them with whitespace normalized and those stand-ins applied.
"""

from __future__ import annotations

import io
from pathlib import Path

from careercopilot.services import writing_glyphs

#: fonts-dejavu-core (Debian; installed by `make chromium`): Unicode coverage for names and dashes.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEJAVU_BOLD = DEJAVU.with_name("DejaVuSans-Bold.ttf")


def paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text``: blank-line separated; single newlines kept inside a paragraph."""
    return [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def to_docx(text: str, *, title: str = "", header: list[str] | tuple[str, ...] = ()) -> bytes:
    """A .docx with one Word paragraph per line of ``text`` (blank lines between paragraphs),
    after the ``header`` lines (the first — the sender's name — bold, 14 pt) and a blank line."""
    import docx
    from docx.shared import Pt

    from careercopilot.text_guard import clean_controls

    text = clean_controls(text)  # rows stored before the guard dropped XML-illegal characters
    document = docx.Document()
    document.core_properties.title = title[:200]
    for i, line in enumerate(clean_controls(x) for x in header):
        run = document.add_paragraph().add_run(line)
        if i == 0:
            run.bold, run.font.size = True, Pt(14)
    if header:
        document.add_paragraph("")
    for i, para in enumerate(paragraphs(text)):
        if i:
            document.add_paragraph("")
        for line in para.split("\n"):
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(text: str, *, title: str = "", header: list[str] | tuple[str, ...] = ()) -> bytes:
    """A PDF (A4/Letter-neutral margins, 11 pt DejaVu Sans embedded, installed fallback fonts);
    characters no font draws are replaced visibly (``writing_glyphs.pdf_printable``). The
    ``header`` lines come first: the sender's name in 14 pt bold, the contact line, a gap."""
    from fpdf import FPDF

    from careercopilot.text_guard import clean_controls

    text = clean_controls(text)  # as to_docx: the two exports hold the same text
    pdf = FPDF(format="letter")
    pdf.set_title(title[:200])
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_font("DejaVu", "B", str(DEJAVU_BOLD))
    fallbacks = []
    for i, path in enumerate(writing_glyphs.fallback_fonts()):
        pdf.add_font(f"Fallback{i}", "", str(path))
        fallbacks.append(f"Fallback{i}")
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks)
    pdf.add_page()
    for i, line in enumerate(writing_glyphs.pdf_printable(clean_controls(x)) for x in header):
        pdf.set_font("DejaVu", "B" if i == 0 else "", size=14 if i == 0 else 11)
        pdf.multi_cell(0, 8 if i == 0 else 6, line, new_x="LMARGIN", new_y="NEXT")
    if header:
        pdf.ln(6)
    pdf.set_font("DejaVu", size=11)
    for i, para in enumerate(paragraphs(writing_glyphs.pdf_printable(text))):
        if i:
            pdf.ln(5)
        for line in para.split("\n"):
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_text(data: bytes) -> str:
    """Text of a .docx (paragraphs joined by newlines)."""
    import docx

    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def pdf_text(data: bytes) -> str:
    """Text of a PDF (pdfminer.six)."""
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def same_text(a: str, b: str) -> bool:
    """Equal after whitespace normalization (line wrapping and paragraph spacing differ by
    format) and the PDF's glyph stand-ins (``writing_glyphs.pdf_printable``) on both sides."""
    return " ".join(writing_glyphs.pdf_printable(a).split()) == " ".join(writing_glyphs.pdf_printable(b).split())
