"""Lines a PDF's (or a pasted PDF's) line width broke mid-sentence, joined back (newcomer trial128, session 31).

A resume extracted from a PDF, or pasted from one, carries the page's line breaks: "- Serve as building Canvas LMS
administrator: …, and train" / "25+ staff members on Canvas modules, quizzes and rubrics"; "… - Ohio University,
Athens, OH," / "2018". Read line by line, the second half became a bullet of its own ("That role also gave me
experience with Canvas: 25+ staff members on …") and the first half a cut-off quote; exported as it is, the tailored
resume kept the breaks.

:func:`continues` says whether an unmarked line goes on with the line above it; :func:`reflow` joins a text's
wrapped lines and writes every bullet with one mark ("• "), for the tailored resume's export. The rule (the line
above is unfinished, or it is a marked bullet not ending a sentence and this line is no entry header, heading or
date line) comes from the layouts in ``tests/unit/writing/test_line_wraps.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.phrasing import is_verb_phrase

#: A line's bullet mark ("- ", "• ", "* ", "1. ", "2) ").
BULLET = re.compile(r"^\s*(?:[-*•·●▪◦‣]|\d+[.)])\s+")
#: A line that stops mid-phrase: a joining word, a comma, an open bracket (the next line continues it).
UNFINISHED = re.compile(r"(?:\b(?:from|to|of|and|or|in|for|with|by|the|a|an|at|on|into|per|than|via|as|including)|"
                        r"[,&/+(-])$", re.I)
#: A line that ends a sentence or an item (the next line starts a new one).
_ENDED = re.compile(r"[.!?:;]$|[.!?][\"'”)]$")
_YEAR = re.compile(r"\b(?:19[6-9]\d|20[0-3]\d)\b")
#: A line with an entry header's shape: "Title | Employer", "Employer — City", a date range.
_HEADER_SHAPE = re.compile(r"\s[|–—]\s|\t|\s{3,}|^[A-Z][A-Za-z&.,' -]*\s+-\s+[A-Z]")


def _capital_ratio(line: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’.&-]*", line)
             if w.lower() not in {"a", "an", "and", "&", "of", "the", "at", "for", "in", "on", "to", "with"}]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _starts_new(line: str) -> bool:
    """Whether an unmarked line starts something of its own: a heading in capitals, an entry header
    (pipes, dashes between capitalised pieces, a year with mostly capitalised words), a dates line."""
    s = line.strip()
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(s.split()) <= 6:
        return True  # "PROFESSIONAL DEVELOPMENT", "SKILLS"
    if _HEADER_SHAPE.search(s) and _capital_ratio(s) >= 0.5:
        return True
    if _YEAR.search(s) and _capital_ratio(s) >= 0.6:
        return True  # "August 2018 - June 2020", "Acme Corp, 2019"
    return s.endswith(":") and len(s.split()) <= 5  # "Key achievements:"


def continues(above: str, line: str) -> bool:
    """Whether the unmarked ``line`` goes on with ``above`` (both raw lines, ``above`` the non-blank line right
    before it): ``above`` stops mid-phrase ("… and" / "25+ staff", "Athens, OH," / "2018"), or ``line`` starts in
    lower case after an unended line, or ``above`` is a marked bullet that ends no sentence and ``line`` starts
    nothing of its own ("- … and train" / "25+ staff members …"). A marked ``line`` never continues."""
    a, s = above.strip(), line.strip()
    if not a or not s or BULLET.match(line):
        return False
    if UNFINISHED.search(a) and not (s.isupper() and len(s.split()) <= 6):
        return True
    if re.search(r"[.!?][\"'”)]?$", a):
        return False
    if s[:1].islower():
        return True  # "… (2020-2021);" / "modules were adopted by …"
    if _ENDED.search(a) or _starts_new(s) or len(a.split()) < 6:
        return False
    if BULLET.match(above):
        return True  # "- … and train" / "25+ staff members on Canvas modules"
    # an unmarked line of prose ("… seeking to transition into an Instructional" / "Designer / eLearning Developer
    # role …"); a line opening with a verb is the next item of a list written without marks ("Created video lessons")
    return len(a.split()) >= 8 and _capital_ratio(a) < 0.5 and not is_verb_phrase(s)


def reflow(text: str) -> str:
    """``text`` with its wrapped lines joined (:func:`continues`; blank lines kept), runs of spaces inside a line
    made one and each bullet written "• item" (numbered items keep their numbers). Lines stay in order; no word
    is added, dropped or changed but the bullet marks."""
    out: list[str] = []
    last = ""  # the previous raw line (before marks were rewritten), "" after a blank line
    for raw in text.replace("\r\n", "\n").split("\n"):
        if not raw.strip():
            out.append("")
            last = ""
            continue
        raw = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", raw)  # a PDF's justified spacing ("Dedicated  middle  school")
        if last and out and continues(last, raw):
            out[-1] = out[-1].rstrip() + " " + raw.strip()
            last = (BULLET.match(last).group(0) if BULLET.match(last) else "") + out[-1].lstrip("• ")
            continue
        m = BULLET.match(raw)
        numbered = bool(m) and m.group(0).strip()[:1].isdigit()  # "1. " keeps its number
        out.append("• " + raw[m.end():].strip() if m and not numbered else raw.rstrip())
        last = raw
    return "\n".join(out)
