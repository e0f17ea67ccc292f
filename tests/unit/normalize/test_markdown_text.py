"""Markdown resumes: inline markup never reaches the text fields are read from (normalize.markdown_text)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.documents_extract import extract_text
from careercopilot.normalize.markdown_text import markdown_to_text
from careercopilot.normalize.resume_fields import parse_resume_fields


@pytest.mark.parametrize(("line", "expected"), [
    ("**Senior Software Engineer** — Acme Corp (2020–present)", "Senior Software Engineer — Acme Corp (2020–present)"),
    ("__Charge Nurse__, St. Mary's Hospital", "Charge Nurse, St. Mary's Hospital"),
    ("Built `Kafka` pipelines with *Python* and _Go_", "Built Kafka pipelines with Python and Go"),
    ("***Lead*** electrician", "Lead electrician"),
    ("[GitHub](https://github.com/ab) · <https://ab.dev>", "GitHub (https://github.com/ab) · https://ab.dev"),
    ("[https://ab.dev](https://ab.dev)", "https://ab.dev"),
    ("Mail: [ana@ex.org](mailto:ana@ex.org)", "Mail: ana@ex.org"),
    ("C\\# and F\\#, 5 * 3 * 2 = 30", "C# and F#, 5 * 3 * 2 = 30"),
    ("snake_case_name and 2*3", "snake_case_name and 2*3"),
    ("![photo](me.png) Ana Lima", "photo Ana Lima"),
    ("Line<br>break and <span>tag</span>", "Linebreak and tag"),
    ("- **Python**, SQL", "- Python, SQL"),
    ("* *Kubernetes* (CKA)", "* Kubernetes (CKA)"),
    ("1. Reduced costs by **18 %**", "1. Reduced costs by 18 %"),
    ("## Experience at **Acme**", "## Experience at Acme"),
    ("> Quoted *praise*", "> Quoted praise"),
    ("**Experience**", "**Experience**"),  # a wholly bold line: a heading for the resume reader
    ("__Skills__:", "__Skills__:"),
    ("| **Tool** | Years |", "| Tool | Years |"),
    ("[unclosed link](", "[unclosed link]("),
])
def test_inline_markup_is_removed_line_structure_kept(line, expected):
    assert markdown_to_text(line) == expected


def test_fence_lines_are_dropped_their_content_kept():
    assert markdown_to_text("Tools\n```yaml\nkey: **x**\n```\nEnd") == "Tools\nkey: x\nEnd"


def test_a_markdown_resume_yields_clean_fields():
    md = (
        "# Dana Reyes\n**Senior Software Engineer** · Denver, CO\n\n"
        "## Experience\n"
        "**Senior Software Engineer** | *Acme Corp* | Jan 2020 – Present\n"
        "- Built `Kafka` pipelines in **Python**\n\n"
        "## Skills\n**Python**, *Kafka*, `PostgreSQL`\n"
    ).encode()
    doc = extract_text(md, "resume.md")
    assert "**" not in doc.text and "`" not in doc.text
    fields = parse_resume_fields(doc.text)
    assert fields.current_title and "*" not in fields.current_title
    assert all("*" not in t for t in fields.recent_titles)
    assert "Senior Software Engineer" in fields.recent_titles[0]


def test_plain_text_with_stars_is_not_touched():
    doc = extract_text(b"Ana Lima\nRated 5 * 3 stars\nsnake_case_fan\n", "resume.txt")
    assert "5 * 3" in doc.text and "snake_case_fan" in doc.text
