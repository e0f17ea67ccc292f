"""Degree honours: "a first-class LLB", "graduated magna cum laude", "an upper-second", "with distinction".

An honour is a grade of the degree, so it must be the grade the resume states — a class raised by one
step ("first-class" for a 2:1, "magna cum laude" for cum laude) is flagged with kind ``degree``.
Grades (the UK/Commonwealth classification, the Latin honours of US and Philippine universities, the
distinction/merit grades of UK and Irish taught degrees), each with the spellings written in resumes:

==============  ===========================================================================
grade           spellings
==============  ===========================================================================
first           first-class, first class (honours), 1st class, a first
upper-second    2:1, 2.1, upper second, second class (honours) upper (division), second-upper
lower-second    2:2, 2.2, lower second, second class (honours) lower (division)
third           third class, third-class
summa           summa cum laude
magna           magna cum laude
cum             cum laude (not after magna/summa)
distinction     with distinction, (high) distinction
merit           with merit
==============  ===========================================================================

A grade the sentence names and the resume does not is flagged; "with honours" alone (no grade) is not
checked. Session 10; variants in ``tests/unit/writing/test_grounding_changes.py``.
"""

from __future__ import annotations

import re

_GRADES = (
    ("first", r"first[- ]class|1st[- ]class|\ba\s+first\b(?=\s+(?:in|from|class)\b|[.,;]|$)"),
    ("upper-second", r"(?<![\d.])2[:.]1(?![\d.%])|upper[- ]second|second[- ]class\s+(?:honou?rs\s+)?\(?upper"
                     r"|second[- ]upper"),
    ("lower-second", r"(?<![\d.])2[:.]2(?![\d.%])|lower[- ]second|second[- ]class\s+(?:honou?rs\s+)?\(?lower"
                     r"|second[- ]lower"),
    ("third", r"third[- ]class"),
    ("summa", r"summa\s+cum\s+laude"),
    ("magna", r"magna\s+cum\s+laude"),
    ("cum", r"(?<!summa\s)(?<!magna\s)cum\s+laude"),
    ("distinction", r"(?:with|high)\s+distinction|\(distinction\)|,\s*distinction\b"),
    ("merit", r"with\s+merit|\(merit\)|,\s*merit\b"),
)
_RX = [(grade, re.compile(rf"(?i){rx}")) for grade, rx in _GRADES]
#: Words that make the sentence's "first"/"distinction" about a degree.
_DEGREE_CONTEXT = re.compile(r"(?i)\b(?:degree|graduat\w*|honou?rs|hons|LLB|BA|BSc|B\.\w+|MA|MSc|M\.\w+|bachelor\w*|"
                             r"master\w*|diploma|laude|class)\b")


def grades(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, grade)`` of each honour named in ``text``."""
    out: list[tuple[int, int, str]] = []
    for grade, rx in _RX:
        for m in rx.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), grade))
    return sorted(out)


def unsupported(text: str, source: str) -> list[tuple[int, int, str]]:
    """Honours of ``text`` (in a sentence about a degree) whose grade ``source`` never states."""
    have = {g for _, _, g in grades(source)}
    return [(s, e, g) for s, e, g in grades(text) if g not in have and _DEGREE_CONTEXT.search(text)]
