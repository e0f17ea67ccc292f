"""Elements of a page a reader does not see, found by their markup (issue 12's rule, shared).

Hidden by HTML/CSS: ``hidden``, ``aria-hidden="true"``, inline ``display:none``,
``visibility:hidden``, ``font-size:0``, ``opacity:0``, white/transparent text, zero width or
height, off-screen ``left:-999px`` / ``text-indent:-999…``; plus ``script``/``style``/``template``
contents. The writing copilot (:mod:`careercopilot.writing.untrusted`) removes them before a
model reads a posting; clipped and URL-imported pages
(:func:`careercopilot.connectors.jsonld.posting_from_page`) remove them before the
description is taken (attack54 row 313: a ``display:none`` paragraph became visible
description text and a "missing skill").

Stylesheets are not read (a class hidden by a ``<style>`` rule stays): only inline markup.
Callers bound the markup first (:mod:`.html_guard`): lxml is quadratic in attributes.
"""

from __future__ import annotations

import re

__all__ = ["HIDDEN_STYLE", "drop_hidden", "is_hidden"]

HIDDEN_STYLE = re.compile(
    r"(?i)display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$)|"
    r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|color\s*:\s*(?:#fff(?:fff)?|white|transparent)\b|"
    r"(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)|left\s*:\s*-\d{3,}px|text-indent\s*:\s*-\d{3,}"
)
_HIDDEN_XPATH = "//*[@style or @hidden or @aria-hidden or self::script or self::style or self::template]"


def is_hidden(el, *, scripts: bool = True) -> bool:  # noqa: ANN001 - an lxml element
    """Whether the lxml element ``el`` is hidden by its own markup (module doc); ``scripts``:
    count ``script``/``style``/``template`` as hidden."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if scripts and tag in ("script", "style", "template"):
        return True
    return (el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true"
            or bool(HIDDEN_STYLE.search(el.get("style") or "")))


def drop_hidden(root, *, scripts: bool = True) -> list[str]:  # noqa: ANN001 - an lxml.html element
    """Remove every hidden element under ``root`` in place (their tails stay); the removed
    elements' visible-looking text, one whitespace-collapsed string each (empty ones left out)."""
    texts: list[str] = []
    for el in root.xpath(_HIDDEN_XPATH):
        if el.getparent() is None or not is_hidden(el, scripts=scripts):
            continue
        text = " ".join(el.text_content().split())
        if text:
            texts.append(text)
        el.drop_tree()
    return texts
