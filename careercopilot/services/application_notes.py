"""Application notes: the user's notes markdown rendered to sanitized HTML for the pages."""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

from careercopilot.normalize.html import demote_headings


_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
_ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "del",
}


def render_notes_html(markdown: str | None) -> str:
    """Notes markdown → sanitized HTML safe to inject (``rx.html``).

    Why not ``rx.markdown``: Reflex 0.10 enables the rehype-raw plugin by default, so raw
    HTML in the markdown is rendered. Here markdown-it renders with raw HTML disabled
    (it is escaped as text) and nh3 (ammonia) then keeps only :data:`_ALLOWED_TAGS`,
    http/https/mailto links (``rel="noopener noreferrer nofollow"``), no attributes that run code.
    """
    html = _md.render(markdown or "")
    return demote_headings(nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ))  # "# Title" in the notes is an h3 under the "Notes" h2: the page keeps one h1
