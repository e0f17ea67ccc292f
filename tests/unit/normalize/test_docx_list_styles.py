"""Trial128 (session 31): a DOCX whose bullets are Word's "List Bullet" style (the numbering is in the style, not in
the paragraph) lost its bullet marks on extraction, so the writer read "Led the district science curriculum writing
committee (2022-2024) …" as a job. A paragraph numbered by its own ``w:numPr`` or by its style's (or a style it is
based on) now starts with "• "; numbering turned off (``w:numId`` 0) and plain styles stay unmarked.

On the code before the change 4 of 8 rows failed (the style-numbered ones).
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from careercopilot.normalize.documents_extract import extract_text


def _num(el, num_id: str) -> None:
    ppr = el.get_or_add_pPr()
    num = OxmlElement("w:numPr")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    num.append(nid)
    ppr.append(num)


def _doc(kind: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Rebecca Hartwell")
    d.add_paragraph("7th Grade Science Teacher | Genoa Middle School | 2020 - Present")
    text = "Led the district science curriculum writing committee (2022-2024)"
    if kind == "List Bullet":
        d.add_paragraph(text, style="List Bullet")
    elif kind == "List Number":
        d.add_paragraph(text, style="List Number")
    elif kind == "List Bullet 2":
        d.add_paragraph(text, style="List Bullet 2")
    elif kind == "based on List Bullet":
        st = d.styles.add_style("Resume Bullet", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles["List Bullet"]
        d.add_paragraph(text, style="Resume Bullet")
    elif kind == "own numPr":
        p = d.add_paragraph(text)
        _num(p._p, "1")
    elif kind == "numbering turned off":
        p = d.add_paragraph(text, style="List Bullet")
        _num(p._p, "0")
    elif kind == "List Paragraph without numbering":
        d.add_paragraph(text, style="List Paragraph")
    else:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


ROWS = [
    ("List Bullet", True),
    ("List Number", True),
    ("List Bullet 2", True),
    ("based on List Bullet", True),
    ("own numPr", True),
    ("numbering turned off", False),
    ("List Paragraph without numbering", False),
    ("Normal", False),
]


@pytest.mark.parametrize("kind,marked", ROWS, ids=[r[0] for r in ROWS])
def test_list_style_paragraphs_keep_a_bullet(kind, marked):
    lines = extract_text(_doc(kind), "resume.docx").text.splitlines()
    line = next(ln for ln in lines if "curriculum writing committee" in ln)
    assert line.startswith("• ") is marked, (kind, line)
    assert lines[0] == "Rebecca Hartwell"
