"""The discipline of an academic title (issue 11, fam90: academic CVs whose next job is outside academia).

Why: "Assistant Professor of Economics", "Postdoctoral Fellow, Department of Statistics", "Lecturer in
Chemistry" are read as postsecondary teachers (education). For a person leaving academia that is the old
employer, not the work: an economics professor asking for "Senior Economist" already does econometrics, so
the move is no career change and keeps the rung (issue-11 level guide: "entry unless the old job already did
the core work of the new one"; blind14 n10 was read a career changer at entry level). The family of the next
job still comes from the target and stated titles (``person_occupation``); this module only says which field
the academic works in.

:func:`academic_discipline` — the O*NET reading of the practitioner of the title's discipline
(:data:`DISCIPLINES`: economics → economist, statistics → statistician, chemistry → chemist …) when the title's
head is an academic post (:data:`ACADEMIC_HEAD`) and it names a discipline ("of X", "in X", "Department of X",
"X Department"); None otherwise. Practitioner words after the O*NET occupation titles of SOC 15-2000 and
19-0000 (mathematical, life, physical and social scientists) and 15-1221 Computer and Information Research
Scientists.
"""

from __future__ import annotations

import re

from careercopilot.normalize.occupations import Occupation, infer_occupation

__all__ = ["ACADEMIC_HEAD", "DISCIPLINES", "LEAVING_ACADEMIA", "academic_discipline", "leaving_discipline"]

#: Academic posts (US ranks and research appointments).
ACADEMIC_HEAD = re.compile(
    r"\b(?:(?:assistant|associate|full|adjunct|visiting|clinical|research|teaching)\s+)?professor\b|\blecturer\b|"
    r"\bpost[- ]?doc(?:toral)?(?:\s+(?:research\s+)?(?:fellow|scholar|associate|researcher|appointee))?\b|"
    r"\bresearch (?:fellow|associate)\b|\bvisiting (?:scholar|researcher|fellow)\b|"
    r"\bgraduate (?:research|teaching) assistant\b|\bph\.?d\.? (?:candidate|student)\b|\bdoctoral (?:candidate|student)\b",
    re.IGNORECASE)
#: Discipline words (as written in a department's name) → the practitioner's title; the first match wins.
DISCIPLINES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"\bbiostatistics\b", "biostatistician"), (r"\bstatistics\b|\bstatistical science", "statistician"),
    (r"\beconomics\b|\beconometrics\b", "economist"), (r"\bbiochemistry\b", "biochemist"),
    (r"\bchemistry\b", "chemist"), (r"\bphysics\b|\bastronomy\b", "physicist"),
    (r"\bepidemiology\b|\bpublic health\b", "epidemiologist"),
    (r"\bbiology\b|\bbiological sciences\b|\bmicrobiology\b|\bbiophysics\b|\bmolecular\b|\bgenetics\b|"
     r"\bneuroscience\b|\bpharmacology\b|\bimmunology\b", "biologist"),
    (r"\bmathematics\b|\bapplied math\b", "mathematician"), (r"\bcomputer science\b", "computer scientist"),
    (r"\bsociology\b", "sociologist"), (r"\bpolitical science\b", "political scientist"),
    (r"\bgeography\b", "geographer"), (r"\bpsychology\b", "psychologist"),
))
#: Words of a CV that say its owner's next job is outside the university ("Leaving academia for applied economist
#: work", "Seeking industry Scientist II roles", "transitioning out of higher education", "non-academic positions").
LEAVING_ACADEMIA = re.compile(
    r"\b(?:leav\w*|exit\w*|transition\w*|moving|pivot\w*|step\w* away)\s+(?:from\s+|out of\s+)?"
    r"(?:academia|the academy|higher education|higher ed|academic research)\b|"
    r"\bindustry (?:\w+ ){0,3}(?:roles?|positions?|jobs?|careers?|opportunities)\b|\bseeking industry\b|"
    r"\b(?:outside (?:of )?|beyond )academia\b|\bnon-?academic (?:roles?|positions?|jobs?|careers?)\b", re.IGNORECASE)
#: Characters of the CV searched for :data:`LEAVING_ACADEMIA` (header, objective, summary).
LEAVING_CHARS = 1500
_FIELD = re.compile(r"\b(?:of|in)\s+(?P<a>[A-Za-z ,&-]{3,60})|(?P<b>[A-Za-z ,&-]{3,60}?)\s+department\b",
                    re.IGNORECASE)


def academic_discipline(title: str | None) -> Occupation | None:
    """The reading of the practitioner of an academic ``title``'s discipline (module doc), None when the title
    is not an academic post or names no discipline of :data:`DISCIPLINES`."""
    if not title or not ACADEMIC_HEAD.search(title):
        return None
    rest = ACADEMIC_HEAD.sub(" ", title[:200])
    for m in _FIELD.finditer(rest):
        field = m.group("a") or m.group("b") or ""
        for pattern, practitioner in DISCIPLINES:
            if pattern.search(field):
                occ = infer_occupation(practitioner)
                return occ if occ.family else None
    return None


def leaving_discipline(title: str | None, text: str) -> Occupation | None:
    """:func:`academic_discipline` of ``title`` when the CV ``text`` says, in its first :data:`LEAVING_CHARS`
    characters, that its owner is leaving academia (:data:`LEAVING_ACADEMIA`), with the title's rung; None
    otherwise — a professor staying in academia is a postsecondary teacher (education)."""
    from dataclasses import replace

    disc = academic_discipline(title)
    if disc is None or not LEAVING_ACADEMIA.search((text or "")[:LEAVING_CHARS]):
        return None
    return replace(disc, level=infer_occupation((title or "")[:200]).level, method="academic_discipline")
