"""Reading order of a PDF page laid out in two columns, found from the gutter between them.

A resume template with a sidebar (licences, skills, education) beside the experience puts text
lines side by side. pdfminer returns each line with its box; read top to bottom they interleave
the columns ("…adult ICU and" / "Therapist (RRT), NBRC" / "pulmonary rehabilitation…").
:func:`documents_pdf._order_lines` told columns apart by width (a line wider than 55 % of the
page was "full width"), so a main column of 55–60 % of the page (the session-24 trial's
respiratory-therapist resume: lines 0.55–0.56 of the page) split the page into one band per
line and the sidebar was read between every two lines of the experience.

This module finds the columns by their gutter instead: an x position with text on both sides
that (almost) no line of the two-column part crosses.

* :func:`find_gutter` — ``(x, top)`` of the gutter and the top of the two-column part, or None.
  The evidence required, each against a layout it must not mistake for columns:

  - ≥ 4 lines wholly left of ``x`` and ≥ 4 wholly right of ``x + GAP`` (a gap of ≥ 6 pt, about
    2 mm: templates leave 10–30 pt);
  - the two sides overlap vertically over ≥ half of the shorter side's extent (text side by side,
    not a header block above a body);
  - below the top of the two-column part, at most :data:`MAX_CROSSING` lines cross ``x`` (a
    one-column resume with right-aligned dates has titles left and dates right, but its summary
    and bullets cross any such x);
  - the right side's lines do not all end at one x (± 3 pt): right-aligned dates at the margin
    of a one-column page are no column of text;
  - ``x`` between 15 % and 85 % of the page width.

* :func:`order_two_columns` — the header (lines above the two-column part, top to bottom), then
  bands split by lines that cross the gutter, each band's left column then its right column.
* :func:`rows_in_order` — a one-column page's lines top to bottom, a row's lines left to right.
* :func:`join_wrapped` — lines in reading order → text lines, a line the layout wrapped joined to
  the line it continues. A PDF has no paragraphs, only lines, so a bullet wrapped over two lines
  was two items downstream (the trial's letter quoted "MICU/SICU (Hamilton C6, Servo-u)." as an
  item of her work). Joined when the next line is directly below, starts at the same x (or at the
  text after a bullet glyph), is set in the same font and size, and its first word would not have
  fitted at the end of the line above (the line is full: the way a word processor wraps); never
  after a sentence's end before a capital, never before a bullet glyph, and before a capital only
  when the line above ends with a connective or the column holds running text (≥ 40 characters a
  line; a sidebar's narrow list "BLS, ACLS (AHA) – current" / "Certified Asthma Educator" keeps
  its items). Lines without font
  information join only before a lowercase word or after a comma, hyphen or connective. Applied
  to pages read in two columns (a one-column page keeps its lines as the layout gave them).

Lines are ``(x0, y0, x1, y1, text[, font[, first_width]])`` in PDF points with y growing upwards
(pdfminer's boxes); ``font`` is ``"<fontname>@<size>"`` of the line's first character ("" when
unknown), ``first_width`` the width of its first word (0 when unknown: estimated from the average
character of the line above).
Pure functions; never raise.
"""

from __future__ import annotations

import re

Line = tuple  # (x0, y0, x1, y1, text[, font[, first_width]]): module doc

#: Narrowest gutter read as one, in points (1/72 in): 6 pt ≈ 2 mm; templates leave 10–30 pt.
GAP = 6.0
#: Most lines of the two-column part that may cross the gutter (a full-width footer line, a rule's
#: caption); a one-column page crosses it on nearly every bullet.
MAX_CROSSING = 2
#: Fewest lines on each side.
MIN_SIDE = 4


def _extent(lines: list[Line]) -> tuple[float, float]:
    return min(ln[1] for ln in lines), max(ln[3] for ln in lines)


def find_gutter(lines: list[Line], page_width: float) -> tuple[float, float] | None:
    """``(x, top)``: the gutter's x (just right of the left column) and the y of the two-column
    part's top (the lower of the two columns' first lines), or None when the page is not laid out
    in two columns by the rules of the module doc."""
    if len(lines) < 2 * MIN_SIDE or page_width <= 0:
        return None
    best: tuple[int, int, float, float] | None = None  # (crossing, -smaller side, x, top)
    for x in sorted({round(ln[2] + 0.5, 1) for ln in lines}):
        if not 0.15 * page_width <= x <= 0.85 * page_width:
            continue
        left = [ln for ln in lines if ln[2] <= x]
        right = [ln for ln in lines if ln[0] >= x + GAP]
        if len(left) < MIN_SIDE or len(right) < MIN_SIDE:
            continue
        (l_bottom, l_top), (r_bottom, r_top) = _extent(left), _extent(right)
        overlap = min(l_top, r_top) - max(l_bottom, r_bottom)
        if overlap < 0.5 * min(l_top - l_bottom, r_top - r_bottom):
            continue
        if max(ln[2] for ln in right) - min(ln[2] for ln in right) <= 3.0:
            continue  # right-aligned (dates at the margin of a one-column page), not a column of text
        top = min(max(ln[3] for ln in left), max(ln[3] for ln in right))
        crossing = [ln for ln in lines if ln[2] > x and ln[0] < x + GAP and ln[3] <= top + 2.0]
        if len(crossing) > MAX_CROSSING:
            continue
        key = (len(crossing), -min(len(left), len(right)), x, top)
        if best is None or key[:2] < best[:2]:
            best = key
    return None if best is None else (best[2], best[3])


def order_two_columns(lines: list[Line], gutter: float, top: float) -> list[Line]:
    """The page's lines in reading order around ``gutter`` (see module doc): the header above
    ``top``, then per band (split by lines crossing the gutter) the left column, then the right."""
    header = sorted((ln for ln in lines if ln[3] > top + 2.0), key=lambda ln: (-round(ln[3]), ln[0]))
    body = [ln for ln in lines if ln[3] <= top + 2.0]
    wide = sorted((ln for ln in body if ln[2] > gutter and ln[0] < gutter + GAP), key=lambda ln: -ln[3])
    rest = [ln for ln in body if not (ln[2] > gutter and ln[0] < gutter + GAP)]
    out: list[Line] = list(header)

    def emit(band: list[Line]) -> None:
        for side in ([ln for ln in band if ln[2] <= gutter], [ln for ln in band if ln[2] > gutter]):
            out.extend(sorted(side, key=lambda ln: (-round(ln[3]), ln[0])))

    for w in wide:
        mid = (w[1] + w[3]) / 2
        emit([ln for ln in rest if (ln[1] + ln[3]) / 2 > mid])
        rest = [ln for ln in rest if (ln[1] + ln[3]) / 2 <= mid]
        out.append(w)
    emit(rest)
    return out


def rows_in_order(lines: list[Line]) -> list[Line]:
    """``lines`` top to bottom; lines whose vertical centres lie within half a line's height of the
    row's first line (a title and its right-aligned dates, set in different fonts) left to right."""
    out: list[Line] = []
    row: list[Line] = []
    for ln in sorted(lines, key=lambda ln: -(ln[1] + ln[3]) / 2):
        if row and abs((row[0][1] + row[0][3]) / 2 - (ln[1] + ln[3]) / 2) > 0.5 * max(row[0][3] - row[0][1], 1.0):
            out.extend(sorted(row, key=lambda r: r[0]))
            row = []
        row.append(ln)
    out.extend(sorted(row, key=lambda r: r[0]))
    return out


#: Glyphs that open a list item (a line starting with one is never a continuation).
_BULLET = re.compile(r"^\s*(?:[•●◦▪▫■□‣⁃∙·*\-–—]|\uf0b7|\uf0a7)\s")
#: Words after which a line cannot end a sentence: the next line continues it.
_CONNECTIVE = re.compile(r"(?:[,\-/&(]|\b(?:and|or|of|in|on|at|to|for|with|from|by|per|the|a|an|as|into|across|"
                         r"including|via|than|while|over|under|through)\s*)$", re.I)


def _font(ln: Line) -> str:
    return ln[5] if len(ln) > 5 else ""


def join_wrapped(ordered: list[Line]) -> list[str]:
    """Text lines of ``ordered`` (reading order) with wrapped lines joined (rules in the module
    doc). A wrapped line ending in a hyphen after a letter joins without a space ("inhaler-" +
    "technique" → "inhaler-technique": resumes are not hyphenated by word processors, so the hyphen
    is the writer's)."""
    right_edge = [max(o[2] for o in ordered if abs(o[0] - ln[0]) <= 15.0) for ln in ordered]
    out: list[str] = []
    prev: Line | None = None
    for i, ln in enumerate(ordered):
        text = ln[4]
        if prev is not None and out and _continues(prev, ln, right_edge[i - 1]):
            joined = out[-1]
            out[-1] = joined + text if re.search(r"[A-Za-z]-$", joined) else joined + " " + text
        else:
            out.append(text)
        prev = ln
    return out


def _continues(a: Line, b: Line, edge: float) -> bool:
    """``b`` continues ``a``: the layout wrapped ``a`` (module doc)."""
    a_text, b_text = a[4].rstrip(), b[4].lstrip()
    if not a_text or not b_text or _BULLET.match(b[4]):
        return False
    height = max(a[3] - a[1], 1.0)
    if not -2.0 <= a[1] - b[3] <= 0.8 * height:  # directly below
        return False
    indent = b[0] - a[0]
    if not (abs(indent) <= 2.0 or (_BULLET.match(a[4]) and 0 < indent <= 20.0)):
        return False
    first = b_text.split()[0]
    per_char = (a[2] - a[0]) / max(len(a[4]), 1)
    # the first word and a space would have fitted: a line break of the writer's, not the layout's
    # (the word's measured width when the extractor gave one, else the line's average character)
    width = b[6] if len(b) > 6 and b[6] > 0 else per_char * len(first)
    if a[2] + 0.6 * per_char + width < edge - 1.0:
        return False
    if re.search(r"[.!?:;]$", a_text) and first[:1].isupper():
        return False
    if first[:1].isupper() and not _CONNECTIVE.search(a_text):
        # a capital: a list's next item unless in a column of running text (≥ 40 characters a
        # line; a sidebar's short items nearly fill theirs)
        if (edge - a[0]) / per_char < 40:
            return False
    fa, fb = _font(a), _font(b)
    if fa and fb:
        return fa == fb
    return first[:1].islower() or bool(_CONNECTIVE.search(a_text))
