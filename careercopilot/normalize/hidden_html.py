"""Elements of a page a reader does not see, found by their markup (issue 12's rule, shared).

Hidden by HTML/CSS (inline ``style`` read as declarations after CSS escapes and comments are
decoded — ``d\\69splay:none`` is ``display:none``, CSS Syntax Level 3 §4.3.7):

* ``hidden``, ``aria-hidden="true"``; ``display:none``, ``visibility:hidden|collapse``;
* nothing to see: ``opacity`` ≤ :data:`MAX_INVISIBLE_ALPHA`, a font of at most
  :data:`MAX_HIDDEN_FONT_PX` px (``font-size:1px``, ``font:0/0 a``), white or transparent text
  (``color`` white/``#fff``/``rgb(255,255,255)``, any colour whose alpha is ≤
  :data:`MAX_INVISIBLE_ALPHA`: ``rgba(0,0,0,0)``, ``#0000``), a zero ``width``/``height``/
  ``max-*``/``line-height`` whose overflow is cut (``overflow:hidden|clip``; without the cut the
  text overflows and shows — Chromium draws ``height:0`` text);
* clipped or shrunk away: ``clip:rect(0 0 0 0)`` (every edge ≤ 1px — the "visually hidden"
  pattern), ``clip-path`` ``inset()`` whose opposite edges meet (``inset(50%)``, ``inset(0 0
  100% 0)``), ``circle(0)``, a one-point ``polygon()``; ``transform:scale(0)``, a ``matrix()`` of
  no area, ``scale:0``, ``zoom`` ≤ 5% (``zoom:0`` is ``normal``);

Hidden by size is judged as a browser draws it (issue 11, attack102 item 4): a ``font-size:0``
container whose children set their own absolute size (the inline-block whitespace trick) keeps
the children's text — only the text in the tiny font goes; a legacy ``<font size="0">`` or
``size="1"`` is NOT hidden: HTML's legacy font size clamps 0 to 1, which is ``x-small`` (10px at
the 16px default, HTML §15.3.4; Chromium computes 10px) — small print, readable;
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


def _cut(d: dict[str, str]) -> bool:
    """Whether the box's overflow is cut (``overflow``/``overflow-x``/``overflow-y`` hidden or clip)."""
    return any(d.get(k, "").split(" ")[0] in ("hidden", "clip") for k in ("overflow", "overflow-y", "overflow-x"))


def _clipped_away(cp: str) -> bool:
    """``clip-path`` leaving nothing: ``inset()`` whose opposite edges meet (top + bottom or left
    + right ≥ 100%: ``inset(50%)``, ``inset(0 0 100% 0)``), ``circle(0)``/``ellipse(0 …)``, a
    ``polygon()`` of one repeated point."""
    if (m := re.match(r"^inset\(([^)]*)\)", cp)):
        # a length in % of the box; a px length counts as 0 (the box size is unknown here)
        vals = [(_number(v) or 0.0) if v.endswith("%") else 0.0 for v in m.group(1).split(" round")[0].split()]
        if 1 <= len(vals) <= 4:
            top, right = vals[0], vals[1 % len(vals)]  # CSS box shorthand: 1, 2, 3 or 4 values
            bottom = vals[2] if len(vals) > 2 else top
            left = vals[3] if len(vals) > 3 else right
            if top + bottom >= 1 or left + right >= 1:
                return True
    if re.match(r"^(?:circle|ellipse)\(0(?:px|%)?[\s)]", cp):
        return True
    if (m := re.match(r"^polygon\(([^)]*)\)", cp)):
        points = {" ".join(p.split()) for p in m.group(1).split(",") if p.strip()}
        return len(points) == 1
    return False


def _shrunk_away(transform: str, scale: str, zoom: str) -> bool:
    """Scaled to (almost) nothing: ``transform: scale(0)``/``scaleY(0)``/``scale3d(0, …)``, a
    ``matrix()`` whose area factor |ad − bc| ≤ :data:`MAX_INVISIBLE_ALPHA`, the ``scale`` property
    (``scale: 0``), ``zoom`` above 0 and ≤ 5% (``zoom: 0`` is ``normal`` in browsers)."""
    if (m := re.search(r"scale[xyz3d]*\(\s*([\d.]+)", transform)) and float(m.group(1)) <= MAX_INVISIBLE_ALPHA:
        return True
    if (m := re.search(r"matrix\(([^)]*)\)", transform)):
        try:
            a, b, c, dd = (float(x) for x in m.group(1).split(",")[:4])
        except ValueError:
            pass
        else:
            if abs(a * dd - b * c) <= MAX_INVISIBLE_ALPHA:
                return True
    if scale and any((n := _number(v)) is not None and abs(n) <= MAX_INVISIBLE_ALPHA for v in scale.split()):
        return True
    z = _number(zoom) if zoom else None
    return z is not None and 0 < z <= MAX_INVISIBLE_ALPHA


def hidden_style(style: str, *, fonts: bool = True) -> bool:
    """Whether an inline ``style`` hides its element (module doc); ``fonts=False``: leave out the
    tiny-font rule (:func:`drop_hidden` asks whether an element is hidden by its font alone)."""
    if not style:
        return False
    d = _declarations(style)
    get = d.get
    if get("display") == "none" or get("visibility") in ("hidden", "collapse"):
        return True
    if (o := _number(get("opacity", ""))) is not None and o <= MAX_INVISIBLE_ALPHA:
        return True
    if fonts and "font-size" in d and _tiny(get("font-size", "")):
        return True
    if fonts and "font" in d and (m := re.match(r"^(?:[a-z-]+\s+)*([\d.]+[a-z%]*)\s*(?:/|\s|$)", get("font", ""))) and _tiny(m.group(1)):
        return True
    if "color" in d and _invisible_colour(get("color", "")):
        return True
    if _cut(d) and any(prop in d and (n := _px(get(prop, ""))) is not None and n <= 0
                       for prop in ("width", "height", "max-width", "max-height", "line-height")):
        return True  # a box of no size whose overflow is cut; without the cut its text shows (Chromium)
    if (m := re.match(r"^rect\((.*)\)$", get("clip", "").replace(" ,", ","))):
        edges = [_px(x) for x in re.split(r"[,\s]+", m.group(1).strip()) if x]
        if edges and all(e is not None and e <= 1 for e in edges):
            return True
    if _clipped_away(get("clip-path", "")):
        return True
    if _shrunk_away(get("transform", ""), get("scale", ""), get("zoom", "")):
        return True
    for prop in ("left", "top", "margin-left", "margin-top", "text-indent", "right"):
        n = _px(get(prop, ""))
        if n is not None and n <= -999:
            return True
    return False


def is_hidden(el, *, scripts: bool = True, fonts: bool = True) -> bool:  # noqa: ANN001 - an lxml element
    """Whether the lxml element ``el`` is hidden by its own markup (module doc); ``scripts``:
    count ``script``/``style``/``template`` as hidden (``noscript`` always is); ``fonts=False``:
    leave out the tiny-font rule."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if (scripts and tag in _TEXT_TAGS) or tag == "noscript":  # noscript: shown only with scripts off
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if hidden_style(el.get("style") or "", fonts=fonts):
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
        if not is_hidden(el, scripts=scripts, fonts=False) and _font_reset_inside(el):
            # "font-size:0" on a row of inline blocks whose children set their own size (the
            # whitespace trick): only the text in the tiny font goes
            text = " ".join(" ".join(_strip_tiny_text(el)).split())
        else:
            text = " ".join(el.text_content().split())
            el.drop_tree()
        if text:
            texts.append(text)
    return texts


#: Absolute CSS font-size keywords (CSS Fonts 4 §2.5: ``xx-small`` is 9px at a 16px medium).
_FONT_KEYWORDS = frozenset({"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"})


def _resets_font(el) -> bool:  # noqa: ANN001 - an lxml element
    """Whether ``el`` sets a readable font size of its own, whatever its parent's: an absolute
    length over :data:`MAX_HIDDEN_FONT_PX` (px, pt, rem — not em/% of a 0 parent), a size keyword,
    or a legacy ``<font size>`` (each an absolute keyword: HTML §15.3.4, ``size=1`` is x-small)."""
    if not isinstance(el.tag, str):
        return False
    if el.tag.lower() == "font" and (el.get("size") or "").strip().lstrip("+-").isdigit():
        return True
    size = _declarations(el.get("style") or "").get("font-size", "")
    if size in _FONT_KEYWORDS:
        return True
    m = _NUMBER.match(size)
    return bool(m) and m.group(2) in ("px", "pt", "rem") and (_px(size) or 0) > MAX_HIDDEN_FONT_PX


def _font_reset_inside(el) -> bool:  # noqa: ANN001 - an lxml element
    return any(_resets_font(d) for d in el.iterdescendants())


def _strip_tiny_text(el) -> list[str]:  # noqa: ANN001 - an lxml element
    """Remove the text of ``el`` drawn in its tiny font (its own text and its children's tails,
    into every child that does not reset the size); the removed texts."""
    out = [el.text or ""]
    el.text = None
    for child in el:
        if not _resets_font(child):
            out += _strip_tiny_text(child)
        out.append(child.tail or "")
        child.tail = None
    return [t for t in out if t.strip()]
