"""One linear-time guard in front of every HTML parser that reads untrusted markup.

Attack54 rows 302/306/315: a clipped page ``<p a0='x' a1='x' … a59999='x'>`` (~660 KB) cost
minutes of CPU in lxml (libxml2 ``htmlParseStartTag`` checks each new attribute name against
every earlier one of the element: quadratic; namespace declarations ``xmlns:aN`` are
attributes too) and the same shape is quadratic in ``nh3`` (html5ever checks duplicate
attribute names the same way). Deep nesting (``<div>`` × 20k) is quadratic in ``nh3``
(html5ever walks the stack of open elements for scope checks). Measured on this code base
(``benchmarks/html_guard_cost.py``): 10k attributes 0.27 s, 20k 1.3 s in lxml; 20k nested
``<div>`` 2.3 s in nh3. Long attribute values, huge text nodes, many small elements,
comments and CDATA are linear in both parsers and pass through untouched.

:func:`bound_markup` rewrites only the start/end tags that exceed a bound, in one pass over
the text (each character is looked at a constant number of times):

* at most :data:`MAX_ATTRIBUTES` attributes per element; a repeated attribute name is dropped
  (HTML keeps the first one anyway: WHATWG HTML §13.2.5.33 "duplicate-attribute" parse error);
* at most :data:`MAX_DEPTH` open elements; start and end tags deeper than that are dropped
  (their text stays). Depth counts start tags of non-void elements minus end tags, the way a
  browser would without implied end tags, so it over-counts unclosed ``<p>``/``<li>``: the
  bound is far above real pages (a few dozen levels);
* ``script`` and ``style`` contents, comments, CDATA and
  declarations are copied verbatim (JSON-LD inside ``<script>`` is untouched).

A page within the bounds comes back identical (same string). Every drop is counted and said
in :attr:`BoundedHtml.notes` (one sentence for the user).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MAX_ATTRIBUTES", "MAX_DEPTH", "BoundedHtml", "bound_markup"]

#: Attributes kept per element. Real pages: a handful; framework-heavy markup (Angular, Vue,
#: data-* analytics) a few dozen at most.
MAX_ATTRIBUTES = 64
#: Open elements kept. Real posting pages nest 20–60 levels; libxml2 itself refuses XML deeper
#: than 256 without XML_PARSE_HUGE.
MAX_DEPTH = 256

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen command basefont bgsound frame".split())
#: Elements whose content no parser reads as markup (libxml2 and html5ever agree on these two).
_RAW_TEXT = frozenset(("script", "style"))
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE) for name in _RAW_TEXT}
_TAG_NAME = re.compile(r"([A-Za-z][^\t\n\f\r />]*)")
#: One attribute: separators, a name, an optional value (quoted or not). Linear: no nested quantifiers.
_ATTR = re.compile(r"""[\t\n\f\r /]*([^\t\n\f\r />"'=<][^\t\n\f\r />=<]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"|'[^']*'|[^\t\n\f\r >]*))?""")
_TAG_END = re.compile(r"[\t\n\f\r /]*>")


@dataclass(frozen=True)
class BoundedHtml:
    """The guarded markup and what was dropped (counts; ``notes`` says it in words)."""

    html: str
    dropped_attributes: int = 0
    dropped_tags: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.dropped_attributes or self.dropped_tags)

    @property
    def notes(self) -> tuple[str, ...]:
        out = []
        if self.dropped_attributes:
            out.append(f"{self.dropped_attributes} HTML attribute(s) beyond {MAX_ATTRIBUTES} per element or repeated "
                       "were ignored.")
        if self.dropped_tags:
            out.append(f"{self.dropped_tags} HTML tag(s) nested deeper than {MAX_DEPTH} levels were ignored (their "
                       "text was kept).")
        return tuple(out)


def bound_markup(html: str, *, max_attributes: int = MAX_ATTRIBUTES, max_depth: int = MAX_DEPTH) -> BoundedHtml:
    """``html`` with every element cut to ``max_attributes`` distinct attributes and nesting
    cut at ``max_depth`` (module doc). Time and output are linear in ``len(html)``; the output
    is never longer than the input plus one ``>`` per unterminated tag."""
    out: list[str] = []
    n = len(html)
    pos = copied = depth = 0  # html[copied:pos] is pending verbatim output
    dropped_attrs = dropped_tags = 0
    find = html.find
    while True:
        lt = find("<", pos)
        if lt < 0 or lt + 1 >= n:
            break
        nxt = html[lt + 1]
        if nxt == "!" or nxt == "?":
            if html.startswith("<!--", lt):
                end = find("-->", lt + 4)
                pos = n if end < 0 else end + 3
            elif html.startswith("<![CDATA[", lt):
                end = find("]]>", lt + 9)
                pos = n if end < 0 else end + 3
            else:
                end = find(">", lt + 2)
                pos = n if end < 0 else end + 1
            continue
        closing = nxt == "/"
        m = _TAG_NAME.match(html, lt + 2 if closing else lt + 1)
        if not m:
            pos = lt + 1
            continue
        name = m.group(1).lower()
        if closing:
            end = find(">", m.end())
            pos = n if end < 0 else end + 1
            if name in _VOID:
                continue
            if depth > max_depth:
                out.append(html[copied:lt])
                copied = pos
                dropped_tags += 1
            depth = max(0, depth - 1)
            continue
        # a start tag: walk its attributes
        at = m.end()
        seen: set[str] = set()
        keep: list[str] | None = None  # None while nothing is dropped (the tag is copied as written)
        attr_match = _ATTR.match
        while True:
            a = attr_match(html, at)
            if not a or a.end() == at:
                break
            key = a.group(1).lower()
            if key in seen or len(seen) >= max_attributes:
                if keep is None:
                    keep = [html[m.end():at]]
                dropped_attrs += 1
            else:
                seen.add(key)
                if keep is not None:
                    keep.append(html[at:a.end()])
            at = a.end()
        e = _TAG_END.match(html, at)
        tag_end = e.end() if e else at
        self_closing = e is not None and "/" in e.group(0)
        void = name in _VOID or self_closing
        too_deep = not void and depth + 1 > max_depth
        if not void:
            depth += 1
        if too_deep or keep is not None:
            out.append(html[copied:lt])
            if too_deep:
                dropped_tags += 1
            else:
                out.append(html[lt:m.end()] + "".join(keep) + (e.group(0) if e else ">"))
            copied = tag_end
        pos = tag_end
        if name in _RAW_TEXT and not void:
            r = _RAW_END[name].search(html, pos)
            pos = n if r is None else r.start()
    if not out:
        return BoundedHtml(html)
    out.append(html[copied:])
    return BoundedHtml("".join(out), dropped_attrs, dropped_tags)
