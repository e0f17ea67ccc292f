"""Elements of a page a reader does not see, found by their markup (issue 12's rule, shared).

Hidden by HTML/CSS (inline ``style`` read as declarations after CSS escapes and comments are
decoded — ``d\\69splay:none`` is ``display:none``, CSS Syntax Level 3 §4.3.7):

* ``hidden``, ``aria-hidden="true"``; ``display:none``, ``visibility:hidden|collapse``;
* nothing to see: ``opacity`` ≤ :data:`MAX_INVISIBLE_ALPHA`, a font of at most
  :data:`MAX_HIDDEN_FONT_PX` px (``font-size:1px``, ``font:0/0 a``), white or transparent text
  (``color`` white/``#fff``/``rgb(255,255,255)``, any colour whose alpha is ≤
  :data:`MAX_INVISIBLE_ALPHA`: ``rgba(0,0,0,0)``, ``#0000``), zero width or height;
* clipped or shrunk away: ``clip:rect(0 0 0 0)`` (every edge ≤ 1px — the "visually hidden"
  pattern), ``clip-path:inset(50%)`` or more, ``circle(0)``, ``transform:scale(0)``;
* off-screen: ``left``/``top``/``margin-left``/``margin-top``/``text-indent`` of −999px or less;
* presentational attributes: ``<font color=white>``, SVG ``opacity``/``fill-opacity`` 0,
  ``fill`` none/white/transparent, ``visibility``/``display`` attributes;
* ``script``/``style``/``template``/``noscript`` contents.

The writing copilot (:mod:`careercopilot.writing.untrusted`) removes them before a model reads a
posting; clipped and URL-imported pages (:func:`careercopilot.connectors.jsonld.posting_from_page`)
remove them before the description is taken (attack54 row 313: a ``display:none`` paragraph
became visible description text and a "missing skill"). Session 26's prober (attack80) found
white ``<font>``, ``rgba(0,0,0,0)``, ``opacity:0.01``, ``font-size:1px``, the clip pattern,
``clip-path``, ``transform:scale(0)``, a CSS escape, SVG ``<text opacity=0>`` and ``<noscript>``
passing the regular expression this module used before.

Stylesheets are not read (a class hidden by a ``<style>`` rule stays): only inline markup.
Callers bound the markup first (:mod:`.html_guard`): lxml is quadratic in attributes.
"""

from __future__ import annotations

import re

__all__ = ["HIDDEN_STYLE", "HIDDEN_XPATH", "drop_hidden", "hidden_style", "is_hidden"]

#: Alpha (0–1) at or under which a colour or an element is invisible (1/20: a reader sees nothing).
MAX_INVISIBLE_ALPHA = 0.05
#: Largest font, in CSS px, that nobody reads (2px; 1pt = 4/3 px, 1em/rem/% of a 16px default).
MAX_HIDDEN_FONT_PX = 2.0
#: Elements the rule looks at (others cannot hide themselves by markup).
HIDDEN_XPATH = ("//*[@style or @hidden or @aria-hidden or @color or @opacity or @fill or @fill-opacity "
                "or @visibility or @display or self::script or self::style or self::template or self::noscript]")

#: The two plainest hiding declarations, for a quick ``.search`` over a style string; the rule is
#: :func:`hidden_style`.
HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")

_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\(.)", re.S)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_NUMBER = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+))\s*([a-z%]*)$")
#: White or transparent text, written without spaces (how :func:`_invisible_colour` compares).
_WHITE = frozenset({"white", "#fff", "#ffffff", "#ffff", "#ffffffff", "transparent", "rgb(255,255,255)",
                    "rgb(255255255)", "hsl(0,0%,100%)", "hsl(00%100%)"})  # and the space forms, stripped
#: CSS px per unit (em/rem/% of a 16px default font; 1pt = 4/3 px; vw/vh of a ~1000px viewport).
_PX_PER = {"": 1.0, "px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "%": 0.16, "vw": 10.0, "vh": 10.0}
_TEXT_TAGS = ("script", "style", "template")


def _unescape(css: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group(1):
            cp = int(m.group(1), 16)
            return chr(cp) if 0 < cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF else "\ufffd"
        return m.group(2)

    return _ESCAPE.sub(repl, _COMMENT.sub("", css))


def _declarations(style: str) -> dict[str, str]:
    """``property → value`` (lower case, ``!important`` dropped, spaces collapsed) of an inline style."""
    out: dict[str, str] = {}
    for decl in _unescape(style).split(";"):
        prop, sep, value = decl.partition(":")
        if sep:
            value = re.sub(r"!\s*important", "", value, flags=re.I)
            out[prop.strip().lower()] = " ".join(value.lower().split())
    return out


def _px(value: str) -> float | None:
    """A CSS length in px (a unitless number as px; em/rem/% of 16px; pt × 4/3), None when not one."""
    m = _NUMBER.match(value.strip())
    if not m:
        return None
    n, unit = float(m.group(1)), m.group(2)
    scale = _PX_PER.get(unit)
    return None if scale is None else n * scale


def _alpha_of(value: str) -> float | None:
    """The alpha of a colour (``rgba()``/``hsla()``/``rgb(… / a)``/``#rgba``/``#rrggbbaa``), None when opaque or unknown."""
    m = re.match(r"^(?:rgba?|hsla?)\((.*)\)$", value.strip())
    if m:  # "rgba(0, 0, 0, 0)" and the space form "rgb(0 0 0 / 0%)"
        inner = m.group(1)
        parts = inner.split("/") if "/" in inner else inner.split(",")
        if ("/" in inner and len(parts) == 2) or len(parts) == 4:
            a = parts[-1].strip()
            try:
                return float(a[:-1]) / 100 if a.endswith("%") else float(a)
            except ValueError:
                return None
        return None
    v = value.replace(" ", "")
    m = re.match(r"^#([0-9a-f]{4}|[0-9a-f]{8})$", v)
    if m:
        h = m.group(1)
        return int(h[3] * 2, 16) / 255 if len(h) == 4 else int(h[6:], 16) / 255
    return None


def _invisible_colour(value: str) -> bool:
    v = value.strip()
    if v.replace(" ", "") in _WHITE:
        return True
    a = _alpha_of(v)
    return a is not None and a <= MAX_INVISIBLE_ALPHA


def _tiny(value: str) -> bool:
    n = _px(value)
    return n is not None and n <= MAX_HIDDEN_FONT_PX


def _number(value: str) -> float | None:
    v = value.strip()
    try:
        return float(v[:-1]) / 100 if v.endswith("%") else float(v)
    except ValueError:
        return None


def hidden_style(style: str) -> bool:
    """Whether an inline ``style`` hides its element (module doc)."""
    if not style:
        return False
    d = _declarations(style)
    get = d.get
    if get("display") == "none" or get("visibility") in ("hidden", "collapse"):
        return True
    if (o := _number(get("opacity", ""))) is not None and o <= MAX_INVISIBLE_ALPHA:
        return True
    if "font-size" in d and _tiny(get("font-size", "")):
        return True
    if "font" in d and (m := re.match(r"^(?:[a-z-]+\s+)*([\d.]+[a-z%]*)\s*(?:/|\s|$)", get("font", ""))) and _tiny(m.group(1)):
        return True
    if "color" in d and _invisible_colour(get("color", "")):
        return True
    for prop in ("width", "height", "max-width", "max-height"):  # max-*: only when the overflow is cut
        if prop in d and (n := _px(get(prop, ""))) is not None and n <= 0 and (
                not prop.startswith("max") or get("overflow") in ("hidden", "clip")):
            return True
    if (m := re.match(r"^rect\((.*)\)$", get("clip", "").replace(" ,", ","))):
        edges = [_px(x) for x in re.split(r"[,\s]+", m.group(1).strip()) if x]
        if edges and all(e is not None and e <= 1 for e in edges):
            return True
    cp = get("clip-path", "")
    if (m := re.match(r"^inset\(([\d.]+)%", cp)) and float(m.group(1)) >= 50:
        return True
    if re.match(r"^(?:circle|ellipse)\(0(?:px|%)?[\s)]", cp):
        return True
    if (m := re.search(r"scale[xyz3d]*\(\s*([\d.]+)", get("transform", ""))) and float(m.group(1)) <= MAX_INVISIBLE_ALPHA:
        return True
    for prop in ("left", "top", "margin-left", "margin-top", "text-indent", "right"):
        n = _px(get(prop, ""))
        if n is not None and n <= -999:
            return True
    return False


def is_hidden(el, *, scripts: bool = True) -> bool:  # noqa: ANN001 - an lxml element
    """Whether the lxml element ``el`` is hidden by its own markup (module doc); ``scripts``:
    count ``script``/``style``/``template`` as hidden (``noscript`` always is)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if (scripts and tag in _TEXT_TAGS) or tag == "noscript":  # noscript: shown only with scripts off
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if hidden_style(el.get("style") or ""):
        return True
    if el.get("color") is not None and _invisible_colour((el.get("color") or "").lower()):
        return True  # <font color=white>
    for attr in ("opacity", "fill-opacity"):
        if (n := _number(el.get(attr) or "")) is not None and n <= MAX_INVISIBLE_ALPHA:
            return True
    fill = (el.get("fill") or "").strip().lower()  # SVG text only: a shape's fill says nothing of its text
    if fill and tag in ("text", "tspan", "textpath") and (fill == "none" or _invisible_colour(fill)):
        return True
    return (el.get("visibility") or "").strip().lower() == "hidden" or (el.get("display") or "").strip().lower() == "none"


def drop_hidden(root, *, scripts: bool = True) -> list[str]:  # noqa: ANN001 - an lxml.html element
    """Remove every hidden element under ``root`` in place (their tails stay); the removed
    elements' visible-looking text, one whitespace-collapsed string each (empty ones left out)."""
    texts: list[str] = []
    for el in root.xpath(HIDDEN_XPATH):
        if el.getparent() is None or not is_hidden(el, scripts=scripts):
            continue
        text = " ".join(el.text_content().split())
        if text:
            texts.append(text)
        el.drop_tree()
    return texts
