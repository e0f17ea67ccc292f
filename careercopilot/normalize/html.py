"""Description HTML cleaning: sanitize with ``nh3``, repair with ``ftfy``,
and derive readable plain text.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

import ftfy
import nh3
from ftfy import chardata as _ftfy_chardata
from ftfy.badness import BADNESS_RE as _BADNESS_RE

from .hidden_html import HIDDEN_XPATH, drop_hidden, is_hidden
from .html_guard import bound_markup
from .invisible import strip_invisible
from .posting_markup import inline_markdown_in_html, looks_like_markdown, markdown_to_html

__all__ = ["clean_html", "html_to_text", "fix_text", "ALLOWED_TAGS", "ALLOWED_ATTRIBUTES"]

# Structure we keep; everything else is unwrapped (text kept, tag dropped).
ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "hr", "div", "span", "blockquote", "pre", "code",
        "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark",
        "a",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    }
)
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
_URL_SCHEMES = {"http", "https", "mailto"}
# Tags removed *with* their content.
_DROP_WITH_CONTENT = {
    "script", "style", "iframe", "noscript", "template", "object", "embed",
    "svg", "math", "textarea", "select", "button", "head", "title", "frameset",
    "frame", "applet",
}
_MAX_INPUT = 2_000_000  # characters; longer input is truncated

_ENCODED_TAG_RE = re.compile(r"&(?:amp;)*lt;\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:[\s/]|&(?:amp;)*(?:gt|quot|nbsp);)")
_REAL_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")

_BLOCK = {
    "p", "div", "blockquote", "pre", "ul", "ol", "dl", "table", "thead", "tbody",
    "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption", "section", "article",
}
_LINE = {"br", "li", "tr", "dt", "dd"}
_CELL = {"td", "th"}
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


#: Characters some enabled ftfy fixer rewrites even in text without mojibake:
#: ftfy's CONTROL_CHARS (remove_control_chars) and LIGATURES (fix_latin_ligatures)
#: tables, C1 controls (fix_c1_controls), ``\r``/U+2028/U+2029/U+0085
#: (fix_line_breaks), surrogates (fix_surrogates) and ESC (remove_terminal_escapes).
_FTFY_TRIGGER_RE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in sorted(set(_ftfy_chardata.CONTROL_CHARS) | set(_ftfy_chardata.LIGATURES)))
    + "\x80-\x9f\r\u2028\u2029\x1b\ud800-\udfff]"
)
#: ftfy splits text into segments after each ``\n`` (and every ``max_decode_length``
#: = 1,000,000 characters) and fixes each segment on its own.
_FTFY_SEGMENT_MAX = 1_000_000


def _ftfy_is_noop(text: str) -> bool:
    """True when ``ftfy.fix_text`` (our config) provably returns ``text`` unchanged.

    Mirrors ftfy 6.x ``fix_and_explain`` for each segment: ``fix_encoding`` is a no-op
    for ASCII segments and for segments ``ftfy.badness.is_bad`` finds no mojibake in;
    the other enabled fixers only touch the characters of ``_FTFY_TRIGGER_RE``; the last
    step is NFC normalization. Cheap compared with running ftfy (which re-runs every
    fixer per line until stable).
    """
    if len(text) > _FTFY_SEGMENT_MAX or _FTFY_TRIGGER_RE.search(text):
        return False
    if text.isascii():
        return True
    if not unicodedata.is_normalized("NFC", text):
        return False
    parts = text.split("\n")
    last = len(parts) - 1
    for i, segment in enumerate(parts):
        if not segment.isascii() and _ftfy_is_bad_near_non_ascii(segment + "\n" if i < last else segment):
            return False
    return True


#: Every alternative of ``ftfy.badness.BADNESS_RE`` (ftfy 6.x) contains at least one
#: non-ASCII character and matches at most 7 characters (the longest is
#: ``ГўВЂВ.[A-Za-z ]``); 16 leaves a margin.
_BADNESS_WINDOW = 16
_NON_ASCII_RUN_RE = re.compile(r"[^\x00-\x7f]+")


def _ftfy_is_bad_near_non_ascii(segment: str) -> bool:
    """``ftfy.badness.is_bad(segment)``, searched only around non-ASCII runs.

    Exact, not a heuristic: a match of ``BADNESS_RE`` always contains a non-ASCII
    character and is shorter than :data:`_BADNESS_WINDOW`, so it lies inside one of the
    windows searched here (``pattern.search(s, pos, endpos)``: ``^`` still only matches
    at the real start). English text with a few curly quotes or dashes is checked in a
    few tiny windows instead of one slow pass of a 30-branch alternation over all of it
    (equality with ``is_bad`` is a unit test over the recorded feeds and fuzzed strings).
    """
    pattern = _BADNESS_RE
    n = len(segment)
    start = end = -1
    for m in _NON_ASCII_RUN_RE.finditer(segment):
        lo, hi = max(0, m.start() - _BADNESS_WINDOW), min(n, m.end() + _BADNESS_WINDOW)
        if lo <= end:  # overlaps the pending window: extend it
            end = hi
            continue
        if end >= 0 and pattern.search(segment, start, end):
            return True
        start, end = lo, hi
    return end >= 0 and pattern.search(segment, start, end) is not None


def fix_text(text: str | None) -> str:
    """Repair mojibake and control junk with ``ftfy`` (keeps curly quotes and
    does not unescape HTML). ``None`` -> ``""``. Never raises.

    Text that ftfy would provably return unchanged (see ``_ftfy_is_noop``) skips it:
    ftfy was ~40 % of normalization time on the recorded feeds."""
    if not text:
        return ""
    if _ftfy_is_noop(text):
        return text
    try:
        return ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False, fix_character_width=False)
    except Exception:  # pragma: no cover
        return text


def _unescape_encoded_html(s: str) -> str:
    """Greenhouse ``content`` is entity-encoded HTML (``&lt;p&gt;``): decode it,
    up to 3 levels, while it contains encoded tags and no real ones."""
    for _ in range(3):
        if _ENCODED_TAG_RE.search(s) and not _REAL_TAG_RE.search(s):
            s = _html.unescape(s)
        else:
            break
    return s


class _TextExtractor(HTMLParser):
    """Collects text; block/line boundaries become pending line breaks that
    are emitted (at most two newlines) before the next text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pending = 0
        self.prefix = ""

    def _brk(self, n: int) -> None:
        self.pending = max(self.pending, n)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.skip += 1
        elif tag in _BLOCK:
            self._brk(2)
        elif tag == "li":
            self._brk(1)
            self.prefix = "- "
        elif tag in _LINE:
            self._brk(1)
        elif tag in _CELL:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._brk(2)
        elif tag in _LINE:
            self._brk(1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._brk(2)
        elif tag in _LINE:
            self._brk(1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = _WS_RUN_RE.sub(" ", data)
        if not data.strip():
            if not self.pending:
                self.parts.append(data)
            return
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        self.pending = 0
        if self.prefix:
            data = self.prefix + data.lstrip()
            self.prefix = ""
        self.parts.append(data)


_WS_RUN_RE = re.compile(r"[ \t\r\n\f\v]+")
_INLINE_WS_RE = re.compile(r"[^\S\n]+")
_MANY_NL_RE = re.compile(r"\n{3,}")


def _tidy_text(text: str) -> str:
    if not text.isascii():  # the invisible characters and NBSPs are all non-ASCII
        # A regex search first: str.translate with a mapping costs ~30 µs per KB of
        # non-ASCII text even when there is nothing to remove.
        if _INVISIBLE_RE.search(text):
            text = _INVISIBLE_RE.sub("", text)
        text = text.replace("\u00a0", " ").replace("\u202f", " ")
    # [^\S\n] never matches "\n": one substitution over the text equals one per line.
    out = "\n".join([ln.strip() for ln in _INLINE_WS_RE.sub(" ", text).split("\n")])
    out = _MANY_NL_RE.sub("\n\n", out)
    return out.strip()


# Tags of nh3 (html5ever) serializer output: lower-case tags whose attribute values are
# double-quoted; text has ``<`` always escaped; no comments/doctype/CDATA. ``split``
# yields [text, end, tag, self, text, end, tag, self, ..., text].
_SANITIZED_TAG_SPLIT_RE = re.compile(
    r'<(/)?([a-zA-Z][a-zA-Z0-9]*)(?:\s+[^\s"\'<>/=]+(?:="[^"]*")?)*\s*(/)?>'
)


def _sanitized_to_text(safe: str) -> str:
    """:func:`html_to_text` for ``nh3`` output: tags found with one ``re.split`` instead
    of ``html.parser``, :class:`_TextExtractor`'s event logic inlined (same result,
    several times faster). Falls back to :func:`html_to_text` on anything the
    tokenizer does not expect (a ``<`` left in text)."""
    pieces = _SANITIZED_TAG_SPLIT_RE.split(safe)
    parts: list[str] = []
    append = parts.append
    pending = 0
    prefix = ""
    skip = 0
    unescape = _html.unescape
    ws_sub = _WS_RUN_RE.sub
    n = len(pieces)
    i = 0
    while True:
        data = pieces[i]
        if data:  # _TextExtractor.handle_data
            if "<" in data:
                return html_to_text(safe)
            if not skip:
                data = ws_sub(" ", unescape(data) if "&" in data else data)
                if not data.strip():
                    if not pending:
                        append(data)
                else:
                    if pending and parts:
                        append("\n" * pending)
                    pending = 0
                    if prefix:
                        data = prefix + data.lstrip()
                        prefix = ""
                    append(data)
        if i + 1 >= n:
            break
        end, tag, selfclosing = pieces[i + 1], pieces[i + 2].lower(), pieces[i + 3]
        i += 4
        if end:  # handle_endtag
            if tag in _DROP_WITH_CONTENT:
                skip = max(0, skip - 1)
            elif tag in _BLOCK:
                pending = max(pending, 2)
            elif tag in _LINE:
                pending = max(pending, 1)
        elif selfclosing:  # handle_startendtag
            if tag in _BLOCK:
                pending = max(pending, 2)
            elif tag in _LINE:
                pending = max(pending, 1)
        elif tag in _DROP_WITH_CONTENT:  # handle_starttag
            skip += 1
        elif tag in _BLOCK:
            pending = max(pending, 2)
        elif tag == "li":
            pending = max(pending, 1)
            prefix = "- "
        elif tag in _LINE:
            pending = max(pending, 1)
        elif tag in _CELL:
            append(" ")
    return _tidy_text("".join(parts))


def html_to_text(html: str | None) -> str:
    """Plain text from (sanitized) HTML: blocks (p, div, h1-h6, ul/ol,
    table) become blank-line separated paragraphs, ``li`` becomes a line
    starting with ``"- "``, ``br``/``tr`` a line break; runs of spaces
    collapse, NBSP becomes a space, soft hyphens/zero-width characters are
    removed. ``None`` -> ``""``."""
    if not html:
        return ""
    p = _TextExtractor()
    try:
        p.feed(html)
        p.close()
    except Exception:  # pragma: no cover - HTMLParser is lenient
        pass
    return _tidy_text("".join(p.parts))


def _plain_to_html(text: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join("<p>" + _html.escape(p.strip()).replace("\n", "<br>") + "</p>" for p in paras)


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    """The reusable ``nh3`` sanitizer (options in :func:`clean_html`), built once
    instead of on every call."""
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(_URL_SCHEMES),
        link_rel="noopener nofollow",
        strip_comments=True,
    )


#: Markup that may hide an element (the attributes and tags ``hidden_html.HIDDEN_XPATH`` looks at):
#: a description without any of them is not parsed twice.
_MAY_HIDE = re.compile(r"(?i)\b(?:style|hidden|aria-hidden|color|opacity|fill|fill-opacity|visibility|display)\s*="
                       r"|\bhidden\b|<\s*(?:script|style|template|noscript)\b")


def without_hidden(markup: str, hidden: list[str]) -> str:
    """``markup`` without the elements a reader does not see (:mod:`.hidden_html`'s rule: inline
    ``display:none``, white or transparent text, 1px fonts, clipped or off-screen boxes, ``hidden``,
    ``<noscript>`` …), whose text is appended to ``hidden``; unchanged (the same object) when nothing is
    hidden or it does not parse. ``markup`` is already bounded (:func:`.html_guard.bound_markup`).

    Why here: ``nh3`` drops ``style`` attributes and keeps their elements' text, so a ``display:none``
    paragraph of a clipped or synced description became visible description text — read by the
    matcher (a "missing skill") and handed to the writing copilot with nothing left to detect
    (attack54 row 313 for clipped pages; session 27's prober, attack93 item 2, for JSON-LD and
    connector descriptions)."""
    if not _MAY_HIDE.search(markup):
        return markup
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return markup
    if not any(is_hidden(el) for el in root.xpath("." + HIDDEN_XPATH)):
        return markup
    hidden.extend(drop_hidden(root))
    # the fragment's own children (each with its tail), without the wrapper lxml added
    return _html.escape(root.text or "", quote=False) + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in root)


def clean_html(html: str | None) -> tuple[str, str]:
    """:func:`clean_html_report` without the hidden passages: ``(safe_html, plain_text)``."""
    safe, text, _ = clean_html_report(html)
    return safe, text


def clean_html_report(html: str | None) -> tuple[str, str, list[str]]:
    """Sanitize a job description and derive its plain text.

    Steps: (1) entity-encoded HTML such as Greenhouse ``content``
    (``&lt;p&gt;Range&amp;nbsp;$36&amp;mdash;$48&lt;/p&gt;``) is decoded;
    (1b) elements a reader does not see are removed with their text (:func:`without_hidden`);
    (2) mojibake is repaired with ``ftfy`` (``vehÃ\\xadculos`` ->
    ``vehículos``) and invisible format characters (bidi overrides, zero-width characters:
    :func:`careercopilot.normalize.invisible.strip_invisible`) are removed; (3) ``nh3`` keeps only :data:`ALLOWED_TAGS` /
    :data:`ALLOWED_ATTRIBUTES`, drops ``script``/``style``/``iframe``/... with
    their content, all event handlers and ``style`` attributes, allows only
    http/https/mailto URLs (``javascript:`` is removed) and sets
    ``rel="noopener nofollow"`` on links; (4) plain text via
    :func:`html_to_text`. Input without any tags is treated as plain text
    (its line breaks are kept; safe HTML gets ``<p>``/``<br>``) unless it carries Markdown,
    which is rendered (raw HTML off) and then sanitized as in (3); Markdown in the text of HTML
    input is rendered too (:mod:`careercopilot.normalize.posting_markup`): the HTML shows it,
    the plain text has no markers.

    Args:
        html: the description (HTML, encoded HTML or plain text); input over
            2,000,000 characters is truncated.

    Returns:
        ``(safe_html, plain_text, hidden)`` — ``hidden`` the text of each removed hidden element
        (empty ones left out); ``None``/``""`` -> ``("", "", [])``. Never raises.
    """
    hidden: list[str] = []
    if not html or not isinstance(html, str):
        return "", "", hidden
    try:
        s = html[:_MAX_INPUT]
        s = _unescape_encoded_html(s)
        s = strip_invisible(fix_text(s))
        from_markdown = False
        if not _REAL_TAG_RE.search(s):
            s = s.replace("\r\n", "\n").replace("\r", "\n")
            if not looks_like_markdown(s):
                text = _tidy_text(_html.unescape(s))
                return _plain_to_html(text), text, hidden
            s, from_markdown = markdown_to_html(s), True  # rendered, then sanitized as any HTML
        bounded = bound_markup(s).html  # html5ever and lxml are quadratic past the guard's bounds
        safe = _cleaner().clean(without_hidden(bounded, hidden) if not from_markdown else bounded)
        if not from_markdown:
            marked = inline_markdown_in_html(safe)
            if marked is not safe:  # Markdown inside HTML text: rendered, sanitized again (its links)
                safe = _cleaner().clean(marked)
        safe = safe.replace("\u00a0", " ").replace("&nbsp;", " ")
        return safe.strip(), _sanitized_to_text(safe), hidden
    except Exception:  # pragma: no cover - defensive
        return "", "", []


def display_html(html: str | None) -> str:
    """Stored description HTML made safe to put into a page: sanitized again with the same
    :func:`_cleaner` rules, which parses with html5ever (the WHATWG algorithm) and so closes
    unbalanced markup — ``"Your goal: <strong>tur"`` → ``"Your goal: <strong>tur</strong>"`` —
    and drops a tag cut off mid-way (``"<stro"``). Rows stored before a sanitizer change, or
    truncated after it, can no longer turn the rest of the page bold (issue 10 trial finding).
    Markdown is not read here: stored HTML is already rendered (:func:`clean_html`), and reading
    it again would turn a rendered literal (``\\*x\\*`` → ``*x*``) into emphasis.
    ``None``/``""`` → ``""``; never raises.
    """
    if not html or not isinstance(html, str):
        return ""
    try:
        return demote_headings(_cleaner().clean(html[:_MAX_INPUT]).strip())
    except Exception:  # pragma: no cover - defensive
        return ""


_HEADING_TAG = re.compile(r"<(/?)h([1-6])(?=[\s>/])", re.IGNORECASE)


def demote_headings(html: str, *, under: int = 2) -> str:
    """Sanitized HTML (a posting's description, a user's notes) shown inside a section whose heading is
    ``<h{under}>``: its headings move down so its top level is ``h{under + 1}`` (h1 → h3 under an h2,
    capped at h6) — the page keeps one ``<h1>``, its own title (issue 10 trial: a job page with three
    h1). ``"<h1>About</h1>"`` → ``"<h3>About</h3>"``. Input must be sanitizer output (tags normalised)."""
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + under)}", html)
