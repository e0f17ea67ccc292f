"""A career under the profession the resume's headline names (session 24, ground53; set 20's false flag "I have worked
as an ASL interpreter for more than fourteen years" on a resume headed "Certified Sign Language Interpreter
(ASL–English)" whose roles are "Staff Interpreter" (2012), "Lead Staff Interpreter", "Freelance ASL Interpreter" (2018)).

:func:`.durations.role_span` reads "ASL interpreter" as the header lines holding both words — the 2018 role only.
When the resume's headline (its lines before the first dated entry) names the profession with every word of the
sentence's role ("ASL" and "Interpreter"), the qualifier describes the whole profession, and the career runs from the
first job whose dated title line holds the role's head noun ("interpreter", by its first six letters) to today.
Only for claims that run to now ("I have worked as …"); only an overstated length is flagged with it (a role may be
younger than the profession), so "… for more than twenty years" is still caught. A qualifier the headline does not
give ("a medical interpreter" on that resume) keeps the role's own entries, and so does a rank ("a chief operator",
"a senior policy adviser": a rung of the profession, not the profession).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts

#: Words of a role saying how it is held or its rank, not which profession (the title check reads ranks).
_HOW = frozenset("licensed qualified registered certified fully practising practicing chartered freelance an a the".split())
#: Rank words: a role with one is a rung, measured from its own entries ("a chief operator", "a senior policy adviser").
_RANKS = frozenset("senior junior lead chief principal executive head deputy assistant associate sous master journeyman "
                   "staff general vice managing supervising charge".split())


def _headline(facts: SourceFacts) -> list[str]:
    """The resume's lines before its first dated history line (name, headline, contact)."""
    out = []
    for line in facts.text.splitlines():
        if ctx.RANGE_RE.search(line):
            break
        out.append(line)
    return out[:6]


def headline_span(role: str, facts: SourceFacts) -> tuple[float, float] | None:
    """(shortest, longest) years from the first job titled with ``role``'s head noun to today, when the headline names
    the profession with every word of ``role`` (module doc); ``None`` otherwise."""
    words = [w for w in re.findall(r"[A-Za-z]+", role) if w.lower() not in _HOW]
    if len(words) < 2 or not facts.history or any(w.lower() in _RANKS for w in words):
        return None
    head, quals = words[-1].lower()[:6], [w.lower() for w in words[:-1]]
    if not any(re.search(rf"(?i)\b{re.escape(head)}", ln) and all(re.search(rf"(?i)(?<![a-z]){re.escape(q)}(?![a-z])", ln)
                                                                  for q in quals) for ln in _headline(facts)):
        return None
    jobs = [e for e, study in zip(facts.history, facts.study_entries, strict=True) if not study and any(
        ctx.RANGE_RE.search(ln) and re.search(rf"(?i)\b{re.escape(head)}", ln) for ln in e.header.splitlines())]
    if not jobs:
        return None
    first = min(jobs, key=lambda e: (e.start, e.start_month or 0))
    today = facts.today
    if first.start_month:
        months = (today.year - first.start) * 12 + today.month - first.start_month
        return max(0.0, months / 12), (months + 1) / 12
    years = today.year - first.start
    return max(0.0, years - 1.0), years + 1.0
