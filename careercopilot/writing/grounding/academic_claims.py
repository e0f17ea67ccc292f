"""Class-rank honours and teaching at a school (sec125 finding 2's other two misses).

* Class rank — "graduated top of my class", "first in my cohort", "valedictorian", "salutatorian", "ranked
  second in my year", "top of the class": an honour of the degree that needs a resume line ranking the user
  (the same words: rank/ranked, top, first … of/in the class/cohort/year, valedictorian, salutatorian, dean's
  list does not rank). Kind ``degree`` (as :mod:`.honours`' grades). A percentage ("top 5% of my class") is
  the number check's.
* Teaching at a school — "I taught Python at TU Munich", "I lectured at …", "as a teaching assistant at …":
  the school must be where the resume puts teaching (a line naming it with a teaching word: teach, taught,
  lecturer, instructor, tutor, teaching assistant, TA, professor, faculty, adjunct). A school the resume
  names only as the user's own education (attended, not taught at) is flagged, kind ``claim``; a school it
  does not name at all is the employer check's (:mod:`.names`).
"""

from __future__ import annotations

import re

_RANK = re.compile(
    r"(?i)\b(?:valedictorian|salutatorian|(?:top|head|first|second|third|best|highest[- ]ranked)\s+(?:student\s+)?"
    r"(?:of|in)\s+(?:my|the|our|his|her)\s+(?:graduating\s+)?(?:class|cohort|year|programme|program|intake|course)|"
    r"ranked\s+(?:first|second|third|\d+(?:st|nd|rd|th)|no\.?\s*\d+|number\s+\w+)\s+(?:of\s+\d+\s+)?(?:in|of|among)\s+"
    r"(?:my|the|our)\s+(?:class|cohort|year|programme|program|intake))\b")
_RANK_SOURCE = re.compile(r"(?i)\b(?:valedictorian|salutatorian|rank(?:ed|ing)?|class\s+rank|top\s+of|first\s+in|"
                          r"top\s+\d+\s*%|best\s+(?:student|graduate)|highest[- ]ranked)\b")

_TAUGHT = re.compile(
    r"(?i)\b(?:taught|teach(?:ing|es)?|lectured|lecture|instructed|tutored|(?:worked|served)\s+as\s+an?\s+"
    r"(?:teaching\s+assistant|TA|lecturer|instructor|tutor|adjunct(?:\s+\w+)?))\b[^.;\n]{0,60}?\b(?:at|for)\s+"
    r"(?:the\s+)?(?P<school>(?-i:[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|&|de)\s+)?[A-Z][\w'’&.-]*){0,5}))")
_TEACHING_WORDS = re.compile(r"(?i)\b(?:teach\w*|taught|lectur\w+|instruct\w+|tutor\w*|TA|professor|faculty|adjunct|"
                             r"docent|dozent\w*|teaching)\b")
_SCHOOL = re.compile(r"(?i)\b(?:university|universit[äa]t|universidad|universit[éà]|college|school|academy|institute|"
                     r"polytechnic|TU|ETH|EPFL|hochschule|conservatory)\b")


def unsupported_ranks(text: str, resume: str) -> list[tuple[int, int]]:
    """Spans of class-rank honours ``text`` claims that no ``resume`` line ranks."""
    if _RANK_SOURCE.search(resume):
        return []
    return [(m.start(), m.end()) for m in _RANK.finditer(text)]


def unsupported_teaching(text: str, resume_lines: list[str]) -> list[tuple[int, int]]:
    """Spans of the school of "taught … at <school>" when the resume names it only in entries without a teaching
    word (:func:`_entry`): the user's own education."""
    out = []
    for m in _TAUGHT.finditer(text):
        school = m.group("school").rstrip(".")
        if not _SCHOOL.search(school):
            continue  # a company or client: the employer and attribution checks' concern
        naming = [i for i, ln in enumerate(resume_lines) if school.lower() in ln.lower()]
        if naming and not any(_TEACHING_WORDS.search(_entry(resume_lines, i)) for i in naming):
            out.append((m.start("school"), m.start("school") + len(school)))
    return out


def _entry(lines: list[str], i: int) -> str:
    """Line ``i`` with its entry: the line before it (a title above the school) and the lines after it up to a
    blank line, at most four ("Metropolitan Community College — Omaha, NE" / "Adjunct Instructor, … | 2018 – 2023")."""
    out = [lines[i - 1]] if i and lines[i - 1].strip() else []
    out.append(lines[i])
    for ln in lines[i + 1:i + 5]:
        if not ln.strip():
            break
        out.append(ln)
    return " ".join(out)
