"""Titles that name an office or a place on a team but no field of work: the work decides
(issue 11, fam95: blind15 p13 "Chief of Staff", p14 "Founding Team Member", p15 "Operations
Generalist").

Why: the occupation reading still gave such titles a family by a word vote — "Chief of Staff" →
"Managers, All Other" (policy), "Operations Generalist" → IT, "Founding Team Member" → hospitality
("team member"), "Special Projects Manager" → policy — and that one reading then pulled the
person's profession away from what the resume shows they do (a founding team member who closed
31 B2B deals is a salesperson; a chief of staff who ran a foundation grant program is program
work). A person's own title of this kind now reads as naming no work
(``person_occupation.NO_WORK``): their earlier specific titles, the titles they ask for and the
resume's text decide the family. A target title of this kind keeps its family's vote (the person asks for that
office; "Chief of Staff" asked for beside "Senior Program Manager" is program work) but no O*NET code:
its word-vote code ("Managers, All Other") made every posting read as that catch-all "your own
occupation" (blind15 p13: a 311 team leader and an IT executive director in the top 10).

Forms (:data:`OPEN_TITLE`, the whole title — a trailing "to the CEO", "for <unit>", "at <employer>"
or a parenthesis allowed): chief of staff (to the CEO / President / Mayor / Superintendent; deputy
and acting ones); an operations, business, startup or office generalist (an "HR Generalist" or
"Marketing Generalist" keeps its field — a bare "Generalist" is left to the HR reading postings
use); founding team member, founding member, founding employee, early employee, first hire,
"employee #7"; special projects lead / manager / coordinator / associate / director / head of
special projects; utility player; jack of all trades; right hand to the founder.
Sources: startup and nonprofit titles as resumes write them (blind15 README "Titles with no family").

Shapes: a title string in, bool out (:func:`open_title`).
"""

from __future__ import annotations

import re

OPEN_TITLE = re.compile(
    r"^\s*(?:(?:interim|acting|deputy|assistant|associate|senior|sr\.?|founding|startup)\s+)*"
    r"(?:chief of staff|(?:operations|ops|business|startup|office|business operations)\s+generalist|"
    r"founding (?:team member|member|employee|hire|team)|early (?:employee|hire)|first (?:employee|hire)|"
    r"employee\s*(?:#|no\.?\s*|number\s*)\d+|team member\s*#\s*\d+|"
    r"special projects?(?:\s+(?:lead|leader|manager|coordinator|associate|director|officer|specialist))?|"
    r"(?:head|director|manager|lead) of special projects|utility player|jack[- ]of[- ]all[- ]trades|"
    r"right[- ]hand (?:to|for) the (?:founder|founders|ceo|owner|president))"
    r"(?:\s+(?:to|for|of|at|in)\b.*)?\s*$",
    re.IGNORECASE)


def open_title(title: str | None) -> bool:
    """Whether ``title`` (a parenthesis and quotes dropped, up to " - " or ", "; each "/"-part) names no field of work
    (module doc). False for None or an empty title."""
    if not title or not title.strip():
        return False
    bare = re.split(r"\s+[-–—|]\s+|,\s", re.sub(r"\([^)]*\)|[\"“”']", " ", title))[0]  # the employer after " - " / ","
    parts = [p for p in re.split(r"\s*/\s*", bare) if p.strip()]
    return bool(parts) and all(OPEN_TITLE.match(p) for p in parts)


__all__ = ["OPEN_TITLE", "open_title"]
