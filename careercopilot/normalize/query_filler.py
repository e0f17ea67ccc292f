"""Job-search filler in a typed search: "dental hygienist jobs" searches "dental hygienist".

Issue 11 trial finding 7 (session 22): "dental hygienist jobs", "hygienist position", "dental
hygienist near me" and "RDH openings" found fewer or none of the postings "dental hygienist"
found — the filler word was one more required word of the lexical rule (``matching.search``:
more than half the query's IDF-weighted words must be in the posting) and postings rarely say
"openings" or "near me". People type these words to say *that* they look for a job, not *what*
job (the words of the search boxes of job boards: "<title> jobs near me", "now hiring <title>").

:func:`strip_filler` removes them:

* **filler words** (:data:`FILLER_WORDS`): job(s), position(s), opening(s), role(s),
  vacancy/vacancies, hiring, career(s), work, employment, opportunity/opportunities;
* **filler phrases** (:data:`FILLER_PHRASES`): "near me", "nearby", "in my area", "close to me",
  "around me", "now hiring", "hiring now", "hiring immediately";
* with the function word that ties them to the title: "jobs **for** dental hygienists",
  "careers **in** nursing", "hiring **a** welder".

**Unless** the word is part of a title: a filler word stays when it and the word next to it
form one of :data:`TITLE_PHRASES` — "Social Work", "Case Work", "Job Coach", "Career
Counselor", "Employment Specialist", "Hiring Manager", "(Remote) Work Coordinator", "Role
Player", "Equal Employment Opportunity Specialist". The table is the two-word phrases with a
filler word that O*NET 29.2's alternate and reported titles (``data/onet/occupations.json``)
use as a name (counts of titles: "social work" 16, "equal employment" 6, "job coach" 2, "career
counselor", "employment specialist" 4…), plus "hiring manager" and "work coordinator" (job
posting titles). "construction job superintendent" gives no "construction job": a search for
"construction jobs" means jobs in construction. Quoted phrases are never touched.

When nothing but filler is left ("jobs", "hiring", "remote work" after the work mode is read),
the query is returned unchanged: a search needs words.

Pure; never raises on ``str`` input.
"""

from __future__ import annotations

import re

__all__ = ["FILLER_PHRASES", "FILLER_WORDS", "TITLE_PHRASES", "is_filler", "strip_filler"]

#: Words that say "a job", not which job (singular and plural as typed).
FILLER_WORDS = frozenset({
    "job", "jobs", "position", "positions", "opening", "openings", "role", "roles", "vacancy", "vacancies",
    "hiring", "career", "careers", "work", "employment", "opportunity", "opportunities",
})

#: Phrases that say "near where I am" or "they hire now" (lower case, single spaces).
FILLER_PHRASES = ("near me", "nearby", "near by", "in my area", "close to me", "around me", "now hiring",
                  "hiring now", "hiring immediately")

#: Two-word title phrases with a filler word (singular, lower case): the filler word there is a
#: word of the title (module doc; O*NET 29.2 titles unless marked).
TITLE_PHRASES = frozenset({
    # work: "Social Work Case Manager", "Social Work Professor", "Youth Work Coordinator"…
    "social work", "case work", "youth work", "group work", "community work", "extension work",
    "metal work", "iron work", "steel work", "mill work", "body work", "work study", "work supervisor",
    "work coordinator",  # job postings: "Remote Work Coordinator", "Social Work Coordinator"
    # job: "Job Coach", "Job Developer", "Job Placement Specialist", "Job Captain"…
    "job coach", "job developer", "job placement", "job trainer", "job recruiter", "job captain",
    "job superintendent", "job setter", "job estimator", "job analyst", "odd job", "green job",
    # career: "Career Counselor", "Career Coach", "Career Services Specialist"…
    "career counselor", "career counsellor", "career coach", "career advisor", "career adviser",
    "career consultant", "career coordinator", "career specialist", "career navigator", "career service",
    "career development", "career technical", "career guidance",
    # employment: "Employment Specialist", "Employment Lawyer", "Equal Employment Opportunity…"
    "employment specialist", "employment counselor", "employment coordinator", "employment lawyer",
    "employment attorney", "employment law", "employment manager", "employment recruiter",
    "employment interviewer", "employment service", "employment advisor", "employment coach",
    "employment navigator", "equal employment", "veterans employment",
    # opportunity, role, position, hiring
    "equal opportunity", "opportunity specialist", "role player", "position classifier",
    "position classification",
    "hiring manager",  # job postings: "Hiring Manager" (talent teams)
})

_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w+#]+|[^\w+#]+$")
#: Function words that tie filler to the title ("jobs for nurses", "careers in nursing").
_TIES = frozenset({"for", "in", "as", "a", "an", "of", "at", "the"})
_QUOTED = re.compile(r'"[^"]*"')


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _bare(token: str) -> str:
    return _EDGE.sub("", token.lower())


def is_filler(word: str) -> bool:
    """True for a :data:`FILLER_WORDS` word (any case, surrounding punctuation ignored)."""
    return _bare(word) in FILLER_WORDS


def _in_title(words: list[str], i: int) -> bool:
    """True when ``words[i]`` (a filler word) and a neighbour form a :data:`TITLE_PHRASES` phrase."""
    w = _singular(words[i])
    before = f"{_singular(words[i - 1])} {w}" if i > 0 else ""
    after = f"{w} {_singular(words[i + 1])}" if i + 1 < len(words) else ""
    return before in TITLE_PHRASES or after in TITLE_PHRASES


def strip_filler(query: str | None, *, whole_if_only_filler: bool = True) -> str:
    """``query`` without job-search filler (module rules), words otherwise as typed, single-spaced.

    ``"dental hygienist jobs near me"`` → ``"dental hygienist"``; ``"RDH openings"`` → ``"RDH"``;
    ``"jobs for dental hygienists"`` → ``"dental hygienists"``; ``"social work jobs"`` → ``"social
    work"``; ``"job coach"`` → ``"job coach"``; ``"jobs"`` → ``"jobs"`` (nothing else left).
    Quoted parts (``"\\"hiring manager\\""``) are kept whole. ``whole_if_only_filler`` False:
    "" instead of the query when nothing but filler is left."""
    q = " ".join((query or "").split())
    if not q:
        return ""
    quoted = [m.group(0) for m in _QUOTED.finditer(q)]
    rest = _QUOTED.sub(" \x00 ", q)
    low = f" {rest.lower()} "
    for phrase in FILLER_PHRASES:  # whole words only; the marker \x01 keeps the position
        low = re.sub(rf"(?<=\s){re.escape(phrase)}(?=[\s,.;:!?])", lambda m: "\x01" * len(m.group(0)), low)
    rest = "".join("\x01" if c == "\x01" else o for c, o in zip(low[1:-1], rest))
    tokens = _TOKEN.findall(rest.replace("\x01", " \x01 "))
    words = [_bare(t) for t in tokens]
    drop = [t == "\x01" for t in tokens]
    for i, w in enumerate(words):
        if w in FILLER_WORDS and not _in_title(words, i):
            drop[i] = True
    # a function word left between dropped filler and the title goes too ("jobs for nurses",
    # "hiring a welder"): a tie at the start of what is kept, or right after dropped filler
    for i, w in enumerate(words):
        if w in _TIES and not drop[i]:
            prev_dropped = i > 0 and drop[i - 1]
            nothing_kept_before = not any(not d and words[j] not in _TIES for j, d in enumerate(drop[:i]))
            if prev_dropped and nothing_kept_before:
                drop[i] = True
    kept = [t for t, d in zip(tokens, drop) if not d]
    if not any(_bare(t) not in _TIES for t in kept):  # a quoted part ("\x00" → "") counts
        return q if whole_if_only_filler else ""  # nothing but filler
    out, qi = [], iter(quoted)
    for t in kept:
        out.append(next(qi, "") if t == "\x00" else t)
    return " ".join(" ".join(out).split()).strip(" ,;")
