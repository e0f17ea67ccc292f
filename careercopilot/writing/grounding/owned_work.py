"""Work attributed to an employer that the resume never describes (session 22, ground32; invented achievements of sets
13–18: "I designed the bank's early-warning system for corporate loans", "I also set up the company's own
seed-cleaning plant", "I led the hospital's switch to automated dispensing cabinets").

A verb of making or leading (:data:`WORK_RE`) with an object owned by the employer — "the bank's …", "the company's
…", "Ridgeway Foods' …", "our …" — is an invented achievement (kind ``claim``) when no word of the object besides the
generic ones (:data:`_GENERIC`) is in the resume, two distinctive words at least (by their first four letters, accents
folded: a cognate in the CV's language counts). A change noun takes what it changes to: "the switch to automated
dispensing cabinets". Over the 18 blind sets: 4 unsupported sentences to no supported one; without the owner the same
reading flagged supported sentences of CVs in other languages ("led archaeological assessment projects" for
"Arqueóloga"), so the owner stays required.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.context import content_words
from careercopilot.writing.grounding.text import fold_accents

WORK_RE = re.compile(
    r"\b(?i:led|designed|set\s+up|built|implemented|created|developed|introduced|established|spearheaded|"
    r"delivered|founded|launched|rolled\s+out|redesigned|automated)\s+"
    r"(?P<owner>(?:the\s+[a-z][\w-]*|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s|s['’])|our)\s+"
    r"(?P<np>(?:[\w&'’/-]+\s+){0,5}?[\w&'’/-]+?)"
    r"(?P<change>(?:(?<=switch)|(?<=move)|(?<=conversion)|(?<=transition)|(?<=shift)|(?<=rollout)|(?<=migration))\s+(?:to|of|from)\s+(?:[\w&'’/-]+\s+){0,3}?[\w&'’/-]+)?"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|on|for|with|from|to|across|and|that|which|who|where|while|during|since|as|by|of|"
    r"under|without|into)\b)")
#: Object words that name no particular work.
_GENERIC = content_words("company bank hospital plant site firm group business team project program programme system "
                         "new own first full process work client clients customer customers organisation organization "
                         "department unit switch move migration conversion transition shift rollout")


def unsupported(text: str, source: str) -> list[tuple[int, int]]:
    """Spans of owned work in ``text`` whose object the resume text ``source`` never names (see the module doc)."""
    have = {w[:4] for w in content_words(fold_accents(source))}
    out = []
    for m in WORK_RE.finditer(text):
        obj = m.group("np") + (m.group("change") or "")
        words = {w for w in content_words(fold_accents(obj)) - _GENERIC if not w.isdigit()}
        if len(words) >= 2 and not {w[:4] for w in words} & have:
            out.append((m.start(), m.end()))
    return out
