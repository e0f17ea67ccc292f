"""Two-column layouts pasted as text, read back one column after the other (:func:`unfold_columns`).

A resume laid out in two columns (a narrow left column of profile, skills, education and
certifications beside the experience; or a header with the name and title on the left and the
contact details on the right) comes out of a PDF copy or ``pdftotext -layout`` as lines that
interleave both columns, the right one starting at the same character column on every line::

    PROFILE                         EXPERIENCE
    9 years in preconstruction      Senior Estimator
    for a mid-size general          Saguaro Builders Group, Phoenix, AZ

Read as rows, the job title runs into the summary ("9 years in preconstruction Senior
Estimator") and the header's title into a phone number (issue-11 blind7 g05, g18, g27, "two-column
paste"). :func:`unfold_columns` finds such regions and writes each one as its left column, then
its right column; every other line is kept as it was.

Rule (the layout of ``pdftotext -layout`` and of copies from PDF viewers, which keep each
column's x position as spaces):

* a line *starts a column* at character ``c`` when a non-space character stands at ``c`` after
  at least :data:`GAP` spaces (or after nothing but spaces: a row where the left column is empty);
* a region is a run of lines that all fit a split at ``c`` (blank; ending before ``c - 1``; or
  two spaces before ``c``), from the first to the last line that starts a column at ``c``, and
  on down over the left column's lines that follow without a blank line; it is unfolded when
  :data:`MIN_ROWS` or more of its lines start a column at ``c``, two or more with words in the
  right part (not a date alone: right-aligned dates of a one-column resume are no column) and
  one with the left part empty or four words in the right — regions of the most such rows are
  taken first, overlapping ones dropped.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["GAP", "MIN_ROWS", "unfold_columns"]

#: Spaces that separate two columns on a row where both have text (a row may have fewer when the
#: left column's text reaches its edge: two are then accepted inside a region).
GAP = 3
#: Rows starting the right column at the same ``c``, with words there, for a region to be a column
#: layout (a header of name/title/contact beside location/phone/e-mail has three).
MIN_ROWS = 3
#: Narrowest left column, in characters (a bullet's indent is no column).
MIN_LEFT = 12
_MAX_LINES = 400  # lines examined (bounds the work on huge input)
_MAX_WIDTH = 240  # a row wider than this is no layout of columns
_DATE_ONLY = re.compile(r"^[\s\d/.\-–—,]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\d/.\-–—,]*|"
                        r"present|current|now|to|since|[a-z]{2}\b|remote)*[\s\d/.\-–—,]*$", re.IGNORECASE)


def _starts(line: str) -> set[int]:
    """Character columns at which ``line`` starts a column (module rule)."""
    out = set()
    lead = len(line) - len(line.lstrip(" "))
    if lead >= MIN_LEFT and line.strip():
        out.add(lead)
    for m in re.finditer(r" {%d,}(?=\S)" % GAP, line):
        if m.start() > 0 and m.end() >= MIN_LEFT:
            out.add(m.end())
    return out


def _fits(line: str, c: int) -> bool:
    """Whether ``line`` can be split at column ``c`` (blank, ends before ``c - 1``, or two spaces before ``c``)."""
    body = line.rstrip()
    return not body or len(body) <= c - 2 or line[c - 2:c] == "  "


def _worded(line: str, c: int) -> bool:
    """Whether the right part of ``line`` at ``c`` has words, not a date or place code alone."""
    right = line[c:].strip()
    return bool(right) and not _DATE_ONLY.fullmatch(right)


def _regions(lines: list[str]) -> list[tuple[int, int, int]]:
    """``(start, end_exclusive, c)`` of the column regions of ``lines`` (module rule), in order."""
    starts = [_starts(ln) if len(ln) <= _MAX_WIDTH else set() for ln in lines]
    counts = Counter(c for s in starts for c in s)
    found: list[tuple[int, int, int, int]] = []  # (rows, start, end, c)
    for c, n in counts.items():
        if n < MIN_ROWS:
            continue
        i = 0
        while i < len(lines):
            if c not in starts[i]:
                i += 1
                continue
            j, last, rows, worded, prose = i, i, 0, 0, False
            while j < len(lines) and _fits(lines[j], c):
                if c in starts[j] or (lines[j][:c].strip() == "" and lines[j].strip()):
                    last = j
                    if c in starts[j]:
                        rows += 1
                        if _worded(lines[j], c):
                            worded += 1
                            prose = prose or not lines[j][:c].strip() or len(lines[j][c:].split()) >= 4
                j += 1
            end = last + 1
            while end < len(lines) and lines[end].strip() and _fits(lines[end], c) and \
                    len(lines[end].rstrip()) <= c - 2:
                end += 1
            if rows >= MIN_ROWS and worded >= 2 and prose:
                found.append((rows, i, end, c))
            i = max(j, i + 1)
    taken: list[tuple[int, int, int]] = []
    for _, s, e, c in sorted(found, key=lambda f: (-f[0], f[1])):
        if all(e <= s2 or s >= e2 for s2, e2, _ in taken):
            taken.append((s, e, c))
    return sorted(taken)


def unfold_columns(text: str) -> str:
    """``text`` with each two-column region (module rule) written as its left column's lines, then
    its right column's (dedented by the column's position); the text unchanged when it has none.
    Tabs are expanded (8 columns) in the lines examined. Never raises for ``str`` input."""
    if not text or "   " not in text:
        return text or ""
    lines = text.split("\n")
    head = [ln.expandtabs(8).rstrip("\r") for ln in lines[:_MAX_LINES]]
    regions = _regions(head)
    if not regions:
        return text
    out: list[str] = []
    pos = 0
    for s, e, c in regions:
        out += lines[pos:s]
        left = [ln[:c].rstrip() for ln in head[s:e]]
        right = [ln[c:].rstrip() for ln in head[s:e]]
        out += _squeeze(left) + [""] + _squeeze(right)
        pos = e
    out += lines[pos:]
    return "\n".join(out)


def _squeeze(col: list[str]) -> list[str]:
    """A column's lines without its leading and trailing blank lines, and with runs of blank lines made one."""
    res: list[str] = []
    for ln in col:
        if ln.strip() or (res and res[-1].strip()):
            res.append(ln if ln.strip() else "")
    while res and not res[-1].strip():
        res.pop()
    return res
