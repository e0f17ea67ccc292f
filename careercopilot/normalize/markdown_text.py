"""Markdown resumes as text: inline markup removed, line structure kept.

A Markdown resume's inline markup (``**bold**``, ``_emphasis_``, `` `code` ``, links, images,
inline HTML, backslash escapes) used to reach every field read from the text: a title read
as ``**Senior Software Engineer``, skills and score explanations quoting ``**``. Each line is
parsed with markdown-it-py's CommonMark inline parser (the product's Markdown library; rule
source: CommonMark 0.31 §6 "Inlines") and rebuilt from its text:

* emphasis and strong markers are dropped; code spans keep their content;
* ``[text](url)`` becomes ``text (url)``, an autolink or a link whose text is its address
  becomes the address; an image becomes its alt text; inline HTML tags are dropped;
* escapes are resolved (``C\\#`` → ``C#``); literal ``*`` in ``5 * 3`` or ``snake_case`` stay.

Block structure stays as written, because the resume reader uses it
(:func:`careercopilot.normalize.resume_fields.split_sections`): ``#`` headings, list markers,
and lines that are wholly bold or underscored (read there as headings) are kept unchanged;
code-fence lines (```` ``` ````, ``~~~``) are dropped, their content kept.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark")
_WHOLE_STRONG = re.compile(r"^\s*(\*\*|__)[^*_\n]+\1:?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)[\w+-]*\s*$")
_HEADING_OR_LIST = re.compile(r"^(\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+|>\s*)?)(.*)$")


def _inline_text(line: str) -> str:
    """``line``'s inline content with markup removed (see the module docstring)."""
    out: list[str] = []
    href: str | None = None
    link_text: list[str] = []
    for tok in _MD.parseInline(line)[0].children or []:
        if tok.type == "link_open":
            href, link_text = str(tok.attrs.get("href") or ""), []
            continue
        if tok.type == "link_close":
            text = "".join(link_text).strip()
            out.append(text if not href or text in (href, href.removeprefix("mailto:")) else f"{text} ({href})")
            href = None
            continue
        if tok.type in ("text", "code_inline"):
            piece = tok.content
        elif tok.type == "image":
            piece = tok.content  # the alt text
        elif tok.type in ("softbreak", "hardbreak"):
            piece = " "
        else:  # strong/em open/close, html_inline
            continue
        (link_text if href is not None else out).append(piece)
    if href is not None:  # unterminated link: keep what it held
        out.extend(link_text)
    return "".join(out)


def markdown_to_text(text: str) -> str:
    """``text`` (a Markdown document) with inline markup removed, one output line per input line
    (fence lines dropped)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if _FENCE.match(line):
            continue
        if not line.strip() or _WHOLE_STRONG.match(line):
            lines.append(line)
            continue
        m = _HEADING_OR_LIST.match(line)
        lead, body = (m.group(1), m.group(2)) if m else ("", line)
        lines.append((lead + _inline_text(body)).rstrip())
    return "\n".join(lines)
