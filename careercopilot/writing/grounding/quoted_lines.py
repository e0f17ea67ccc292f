"""Flags inside a clause the resume writes word for word on one of its lines (issue 12, session ground48).

The offline writer quotes resume lines ("Another highlight from my resume: Building test coordinator for
Ohio end-of-course exams."); the name, title and year rules then read pieces of the quote out of the resume's
context — a US state as an employer ("Ohio"), a degree named by its field as a title ("A.A.S. Physical
Therapist Assistant"), a year the line carries ("…, 2022"), a public body as an employer ("Lead analyst for
Public Works, Housing, and Transportation"). A clause the resume states verbatim claims nothing the resume
does not: the flag is dropped.

Shapes: :func:`quoted` takes the checked text, a flag span ``(start, end)`` (character offsets into text) and
the resume's lines; it returns True when the *clause* holding the span — the run between the nearest
clause marks ``: ; ( ) " “ ”``, a line break or a sentence end on each side — has at least
:data:`MIN_WORDS` words and its squashed form (:func:`text.squash`: lower case, punctuation dropped) is
part of one resume line's squashed form. An invented employer, title or year is not on any resume line in
that clause, so it stays flagged; a quote with a word swapped ("…, 2023" for "…, 2022") does not match.
Only the kinds in :data:`KINDS` are dropped (numbers, contact details and claims keep their own rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careercopilot.writing.grounding.text import squash

#: Flag kinds a verbatim resume clause clears.
KINDS = frozenset({"employer", "title", "date", "degree"})
#: Fewest words of the clause: a 1–3 word run ("Ohio", "in 2022") is no quote, it is the claim itself.
MIN_WORDS = 4
#: Clause marks: a colon or semicolon (the writer's "highlight: <line>" frame), brackets, quotes, a line break, a sentence end
#: (after a word of two or more lower-case letters, so "A.A.S. Physical" and "dept." stay inside).
_CLAUSE_MARK = re.compile(r"[:;()\"“”\n]|(?<=[a-z]{2})[.!?](?=\s+[A-Z])")


def clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around ``start:end`` (see the module doc)."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    m = _CLAUSE_MARK.search(text, end)
    right = m.start() if m else len(text)
    return text[left:right].strip().rstrip(".!?")


#: Clause marks without brackets: a bracketed note of a quoted line ("(exp. 03/2027)") read with the line around it.
_WIDE_MARK = re.compile(r"[:;\"“”\n]|(?<=[a-z]{2})[.!?](?=\s+[A-Z])")
#: Fewest words of a quoted run that holds a bracketed note: the note alone is too short to be a quote.
MIN_NOTE_WORDS = 6


def quoted(text: str, start: int, end: int, lines: Sequence[str]) -> bool:
    """True when the clause holding ``text[start:end]`` is written word for word on one resume line — or, for a
    span inside a short bracketed note ("NATE Certified — …, ID 48213907 (exp. 03/2027)": trial126, an expiry year
    flagged on a quoted credential line), when a run of ≥ :data:`MIN_NOTE_WORDS` words that ends with the note's
    closing bracket is."""
    piece = squash(clause(text, start, end))
    if len(piece.split()) >= MIN_WORDS and any(piece in squash(ln) for ln in lines):
        return True
    if "(" not in text[max(0, start - 40):start]:
        return False
    left = max((m.end() for m in _WIDE_MARK.finditer(text, 0, start)), default=0)
    m = _WIDE_MARK.search(text, end)
    close = text.find(")", end)
    right = min(m.start() if m else len(text), close + 1 if close >= 0 else len(text))  # the note ends the run
    words = list(re.finditer(r"\S+", text[left:right]))
    squashed = [squash(ln) for ln in lines]
    for w in words:
        if left + w.start() > start:
            break
        run = squash(text[left + w.start():right].rstrip(".!?"))
        if len(run.split()) >= MIN_NOTE_WORDS and any(run in ln for ln in squashed):
            return True
    return False


#: A degree's initials just before a field that reads like a job title ("A.A.S. Physical Therapist Assistant",
#: "B.S. Nursing", "AAS Paramedic", "M.Ed. School Counseling"): dotted initials of two or more parts (not "Sr."),
#: or the undotted forms US community colleges and universities print (AAS, AOS, ADN, BSN, MSN, MBA, …).
_DEGREE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:[A-Z][a-z]?\.){2,4}|(?<![\w.])(?:AAS|AOS|AAT|ADN|AS|AA|BS|BA|BSc|BSN|MS|MA|MSc|MEd|MSN|MBA)"
    r"\b)[ \t]+(?:in[ \t]+|of[ \t]+)?$")


def degree_field(text: str, start: int, end: int, lines: Sequence[str]) -> bool:
    """True when ``text[start:end]`` (a title flag) is the field of a degree whose initials stand just before it or
    open it, and a resume line writes that degree with that field: the resume's degree, not a job held."""
    head = re.match(r"((?:[A-Z][a-z]?\.){2,4})[ \t]+", text[start:end])
    if head:  # the flag took the initials in: "A.A.S. Physical Therapist Assistant"
        degree, field = head.group(1), text[start + head.end():end]
    else:
        m = _DEGREE_BEFORE.search(text, max(0, start - 14), start)
        if not m:
            return False
        degree, field = m.group(0), text[start:end]
    if not field.strip():
        return False
    piece = squash(f"{degree} {field}")
    return any(piece in squash(ln) for ln in lines)
