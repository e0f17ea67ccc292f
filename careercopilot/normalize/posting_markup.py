"""Markdown in job descriptions, turned into the HTML a reader expects.

Some boards deliver descriptions as Markdown (LinkedIn dataset and JobSpy rows: ``**Job Title:
Senior iOS Developer**``, ``## Responsibilities``, ``* 3+ years PyTorch``), some as HTML whose
text still carries Markdown (HTML converted from Markdown-ish text: ``<p>**Requirements**</p>``),
others as HTML or plain text. Before this module the markers reached every place that shows posting
text — the job page, the visa quote (``"**No Sponsorship for this Role or OPT**"``), passages,
digests — and skill extraction read them too.

One rule for all of them, applied once at normalization (:func:`careercopilot.normalize.html.clean_html`),
so the stored ``description_html`` *renders* the markup and the stored ``description_text`` — read
by the quotes, passages, e-mails, exports and matching — is clean text derived from the same parse:

* plain text with Markdown structure (:func:`looks_like_markdown`) is rendered with markdown-it-py
  (CommonMark 0.31; the product's Markdown library) with raw HTML off (``<b>`` stays text), single
  line breaks kept (``breaks``), indented code blocks off (an indented line of plain text is not
  code) and numbers of 3+ digits at a line start not read as list items (``1990. A year``);
* HTML: each text node with inline Markdown (:func:`has_inline_markup`) outside ``code``/``pre``
  gets markdown-it's *inline* rendering (emphasis, links, code spans, escapes, entities);
* links: every ``[text](url)`` becomes an ``<a>``; the HTML sanitizer afterwards keeps only
  http/https/mailto addresses (a ``javascript:`` link keeps its text, loses its address);
* ``**Company Overview:**Roadmasters`` (a closing marker after punctuation, glued to the next word:
  CommonMark reads it as literal text, the boards' own pages show bold) is read as bold.

Literal ``*`` and ``_`` stay: ``5 * 3``, ``C_plus``, ``snake_case``, an unpaired ``**NOTE: …``.
Rendering (not stripping) on the page because headings, lists and links carry the posting's
structure; text for quotes and matching because they are single lines of prose.
"""

from __future__ import annotations

import html as _html
import re

from markdown_it import MarkdownIt

__all__ = ["looks_like_markdown", "has_inline_markup", "markdown_to_html", "inline_markdown_in_html"]


def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False}).disable("code")
    # every link becomes an <a>; the sanitizer (nh3, url_schemes) drops a disallowed address but
    # keeps the text — markdown-it's own check would leave "[text](javascript:…)" as literal text
    md.validateLink = lambda url: True
    return md


_MD = _md()

#: Inline Markdown, one pattern per marker character (each tried only when its character occurs:
#: one alternation tried at every position cost ~0.4 ms per description): paired strong/emphasis
#: markers (CommonMark flanking, roughly), links, code spans and backslash escapes. Literal
#: ``5 * 3`` / ``C_plus`` / ``snake_case`` do not match.
_INLINE_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("*", re.compile(r"\*\*(?=\S)[^\n]*?\S\*\*"                               # **strong**
                     r"|(?<![\w*\\])\*(?=[^\s*])[^*\n]*?[^\s*\\]\*(?![\w*])")),   # *em*
    ("_", re.compile(r"__(?=\S)[^\n]*?\S__"                                     # __strong__
                     r"|(?<![\w\\])_(?=[^\s_])[^_\n]*?[^\s_\\]_(?!\w)")),        # _em_
    ("](", re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")),                               # [text](url)
    ("`", re.compile(r"`[^`\n]+`")),                                               # `code`
    ("\\", re.compile(r"\\[\\`*_{}\[\]()#+\-.!|>~]")),                           # \* \- \#
)
#: Block Markdown: ATX headings and ``*``/``+`` bullets (``-`` bullets read the same as plain text).
_BLOCK_SIGNAL = re.compile(r"(?m)^ {0,3}(?:#{1,6}[ \t]+\S|[*+][ \t]+\S)")
#: ``**Label:**Text`` — closing marker after punctuation, glued to a word: a space is put after it.
_GLUED_CLOSE = re.compile(r"(\*\*|__)(?=\S)([^*_\n]*?[:.,;!?)])\1(?=\w)")
#: A line starting with a number of 3+ digits and ``.``/``)``: a year or an amount, not a list item.
_BIG_NUMBER_ITEM = re.compile(r"(?m)^( {0,3}\d{3,9})([.)])")


def looks_like_markdown(text: str) -> bool:
    """Whether plain ``text`` (no HTML tags) carries Markdown: inline markup or headings/bullets."""
    return has_inline_markup(text) or bool(_BLOCK_SIGNAL.search(text))


def has_inline_markup(text: str) -> bool:
    """Whether ``text`` (one HTML text node, entities decoded) carries inline Markdown."""
    return any(char in text and pattern.search(text) for char, pattern in _INLINE_SIGNALS)


def _prepare(text: str) -> str:
    return _GLUED_CLOSE.sub(r"\1\2\1 ", text)


def markdown_to_html(text: str) -> str:
    """Plain ``text`` with Markdown → HTML (unsanitized: pass it through the description sanitizer).
    Line breaks inside a paragraph stay (``<br>``); raw HTML in ``text`` is escaped."""
    return _MD.render(_BIG_NUMBER_ITEM.sub(r"\1\\\2", _prepare(text)))


# A tag of sanitizer (html5ever) output: attribute values double-quoted, ``<`` in text escaped.
_TAG = re.compile(r"(<(?:/)?[a-zA-Z][a-zA-Z0-9]*(?:\s+[^\s\"'<>/=]+(?:=\"[^\"]*\")?)*\s*/?>)")
_TAG_NAME = re.compile(r"<(/)?([a-zA-Z][a-zA-Z0-9]*)")
_LITERAL_TAGS = {"code", "pre"}
_MARKER_CHARS = frozenset("*_`\\[")


def inline_markdown_in_html(safe_html: str) -> str:
    """Sanitized HTML whose text nodes carry inline Markdown → the same HTML with that markup
    rendered (``<p>**Requirements**</p>`` → ``<p><strong>Requirements</strong></p>``). Text
    inside ``code`` and ``pre`` stays literal. Unsanitized output (links): sanitize again.
    HTML without inline Markdown is returned unchanged (the same object)."""
    if _MARKER_CHARS.isdisjoint(safe_html) or not has_inline_markup(safe_html):
        return safe_html
    pieces = _TAG.split(safe_html)
    literal = 0
    changed = False
    for i, piece in enumerate(pieces):
        if i % 2:  # a tag
            m = _TAG_NAME.match(piece)
            if m and m.group(2).lower() in _LITERAL_TAGS and not piece.endswith("/>"):
                literal = max(0, literal - 1) if m.group(1) else literal + 1
            continue
        if literal or not piece:
            continue
        text = _html.unescape(piece)
        if has_inline_markup(text):  # a line break in an HTML text node is a space
            pieces[i] = _MD.renderInline(_prepare(text.replace("\n", " ")))
            changed = True
    return "".join(pieces) if changed else safe_html
