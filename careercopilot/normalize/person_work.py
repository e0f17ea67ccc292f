"""A person's title whose head noun several families share, read from the work the resume describes
(issue 11, fam76).

Why: "Estimator" is a construction title at a general contractor, a manufacturing one at a print shop
and a finance one at an insurer; "Laboratory Technician" is science at a research lab and education at a
high school; "Scheduler", "Coordinator", "Specialist", "Supervisor", "Analyst" name no field at all. The
title's O*NET reading picks one family, and when it is wrong the whole top 10 is (nDCG@10 ~0): on the
held-back set blind13 a print shop's estimator was read as construction, a school district's science lab
technician as science, a construction project scheduler as programme work, and without target titles an
inventory control specialist of a warehouse as manufacturing, an "Analyst II" of a security operations
centre as a cost estimator.

Rule (:func:`work_of_shared_heads`): a reading whose head is shared (:func:`shared_head`: of the O*NET
titles that are the reading's whole role or end with it — at least :data:`MIN_ENDING_TITLES` of them — no
family holds :data:`SHARED_SHARE`) or whose occupation is work the industry decides the family of
(:data:`WORK_DECIDED_CODES`: project scheduling, cost estimating, inventory and production planning clerks —
like a program role of ``person_programs``) takes the family the resume's own text names clearly, by the
rule a posting whose title leaves its family open is read by (``occupation_postings.description_families``:
the families its skills and the O*NET titles it names vote for; at least ``DESCRIPTION_MIN_VOTES`` and
``DESCRIPTION_MARGIN`` ahead of the reading's own family) — one rule for both sides. A wanted title (target,
stated) is re-read only when the person holds a title of its code or head word: a career changer's text
describes the old work. A title whose rule names the work whatever the text
(``occupation_postings._TITLE_DECIDES``: civil-service titles, 911 dispatch, inspectors, specialties) and a
credential are never re-read.

Ties (:func:`work_tie_break`): when two families of the person's readings weigh the same, the one the
resume's text votes most for wins (a 911 dispatch supervisor asking for "Communications Supervisor" and
"Emergency Communications Manager": marketing and public safety tie; the text names dispatch work).

No reading at all (:func:`work_occupation`: no title found, none asked for, or only titles that name no
work): the family the text names clearly, else none (before: always none, and no posting related).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from careercopilot.normalize.occupations import Occupation

if TYPE_CHECKING:
    from careercopilot.normalize.person_occupation import Reading

__all__ = ["MIN_ENDING_TITLES", "WORK_DECIDED_CODES", "SHARED_SHARE", "shared_head", "work_of_shared_heads",
           "work_occupation", "work_tie_break", "work_votes"]

#: O*NET titles an ending needs to say how its families spread ("print estimator" has none of its own:
#: "estimator" is read, 56 titles).
MIN_ENDING_TITLES = 5
#: Share of those titles the commonest family must stay under for the head to be shared: "estimator" 0.45
#: (construction 25, finance 14, manufacturing 9 of 56), "laboratory technician" 0.44, "scheduler" 0.44,
#: "coordinator" 0.11, "specialist" 0.10; not "registered nurse" 0.91, "service technician" 0.77, "systems
#: analyst" 0.57, "software engineer" 0.79, "driver" 0.83, "teacher" 0.98.
SHARED_SHARE = 0.5
#: O*NET occupations whose workers do the same work in several industries, the industry deciding the issue-11
#: family (BLS Occupational Employment and Wage Statistics, industry profiles of each code): 13-1082 Project
#: Management Specialists ("Project Scheduler", "Project Controls Specialist": every industry; filed under
#: policy/program work), 13-1051 Cost Estimators (construction about half, manufacturing, printing, insurance
#: repair; filed under construction), 43-5061 Production, Planning, and Expediting Clerks ("Inventory Control
#: Specialist", "Materials Coordinator", "Production Scheduler": manufacturing, wholesale and warehousing; filed
#: under manufacturing).
#: 11-3013.00 Facilities Managers: a school district's or a plant's director of facilities runs maintenance trades
#: (skilled trades; blind13 m07, an HVAC technician who rose to a district's Director of Facilities & Maintenance;
#: the labeled posting "Director of Facilities Maintenance" is skilled trades), an office's facilities manager runs
#: office services (administrative: "Facilities & Security Coordinator") — full code: 11-3013.01 Security Managers
#: is public safety whatever the industry.
WORK_DECIDED_CODES = frozenset({"13-1082", "13-1051", "43-5061", "11-3013.00"})
#: Reading sources re-read from the work (a credential names its own field).
_SOURCES = frozenset({"target", "stated", "current", "summary", "earlier"})


@lru_cache(maxsize=4096)
def _ending_spread(role: str) -> tuple[int, float]:
    """(titles, share of the commonest family) of the O*NET titles that are ``role`` or end with it."""
    from careercopilot.normalize.occupation_postings import _codes_ending
    from careercopilot.normalize.occupations import _data, family_of

    counts: dict[str, int] = {f: sum(c.values()) for f, c in _codes_ending().get(role, {}).items()}
    own = _data()[1].get(role)
    if own and family_of(own):
        counts[family_of(own)] = counts.get(family_of(own), 0) + 1
    total = sum(counts.values())
    return total, (max(counts.values()) / total if total else 1.0)


def shared_head(occ: Occupation) -> bool:
    """Whether ``occ``'s role (its ``matched`` words, whole: "data analyst" is a field's title, "analyst" is
    not) is a head several families share (module doc), or its code is work whose industry decides the
    family (:data:`WORK_DECIDED_CODES`)."""
    if (occ.code or "")[:7] in WORK_DECIDED_CODES or (occ.code or "") in WORK_DECIDED_CODES:
        return True
    n, share = _ending_spread((occ.matched or "").lower().strip())
    return n >= MIN_ENDING_TITLES and share < SHARED_SHARE


def work_votes(text: str) -> dict[str, float]:
    """Family → votes of the resume's text (``occupation_postings.description_families``)."""
    from careercopilot.normalize.occupation_postings import description_families

    return description_families(text or "")


#: Readings of the titles the person holds or held: the resume's text describes their work.
_HELD_SOURCES = frozenset({"current", "summary", "earlier"})


def _head(occ: Occupation) -> str:
    words = (occ.matched or "").lower().split()
    return words[-1] if words else ""


def _held_marks(readings: list[Reading]) -> set[str]:
    """Codes and head words of the readings of titles the person holds or held (:data:`_HELD_SOURCES`), and
    ``"shared:<code>"`` for those whose head is shared (read from the work)."""
    out: set[str] = set()
    for r in readings:
        if r.source in _HELD_SOURCES:
            out |= {m for m in (r.occupation.code, _head(r.occupation)) if m}
            if r.occupation.code and r.occupation.family and shared_head(r.occupation):
                out.add(f"shared:{r.occupation.code}")  # a held title read from the work (:func:`_re_read`)
    return out


def _re_read(r: Reading, held: set[str]) -> bool:
    """Whether ``r`` is read from the work: a shared head (:func:`shared_head`) of a title the person holds,
    or of a wanted one (target, stated) whose code or head word a held title shares — a career changer's
    resume describes the old work, not the wanted one (blind4 d21: a staff accountant asking for "Data
    Analyst"; blind10 j28: a cashier asking for "Customer Service Representative")."""
    from careercopilot.normalize.occupation_postings import _TITLE_DECIDES

    occ = r.occupation
    if r.source not in _SOURCES or not occ.family or occ.method in _TITLE_DECIDES:
        return False
    if not shared_head(occ):
        # a wanted title of the very occupation of a held shared-head title is the same work in the same place
        # (fam90, blind13 m06: a school's "Science Laboratory Technician" asking for "Science Laboratory
        # Coordinator" and "Chemistry Lab Assistant", both O*NET 19-4021 like the held title)
        return r.source not in _HELD_SOURCES and bool(occ.code) and f"shared:{occ.code}" in held
    return r.source in _HELD_SOURCES or bool({occ.code, _head(occ)} & held)


def work_of_shared_heads(readings: list[Reading], text: str, votes: dict[str, float] | None = None,
                         earlier: list[Occupation | None] = ()) -> list[Reading]:
    """``readings`` with each shared-head reading (module doc) read as the family the resume's text names
    clearly (``votes``, default :func:`work_votes` of ``text``; plus one vote for the family of each of the
    person's ``earlier`` specific titles' readings), with a code of that family for the role
    (``occupation_postings._code_in``), the reading's level, method ``"work_shared"`` and its ``matched``
    words; unchanged when none is shared or the text names no other family clearly."""
    held = _held_marks(readings)
    if not any(_re_read(r, held) for r in readings):
        return readings
    from careercopilot.normalize.occupation_postings import DESCRIPTION_MARGIN, DESCRIPTION_MIN_VOTES, _code_in
    from careercopilot.normalize.occupations import _data

    votes = dict(work_votes(text) if votes is None else votes)
    # the specific titles the person held before are work the resume describes: one vote each for their family
    # (fam90, blind13 m07: a one-line-per-job CV whose HVAC technician and maintenance supervisor years name the
    # trades a district's facilities director came up through)
    for occ in earlier:
        if occ is not None and occ.family and occ.code:
            votes[occ.family] = votes.get(occ.family, 0.0) + 1.0
    if not votes:
        return readings
    family, n = max(votes.items(), key=lambda kv: kv[1])
    if n < DESCRIPTION_MIN_VOTES:
        return readings
    names = _data()[0]
    out = []
    for r in readings:
        occ = r.occupation
        if _re_read(r, held) and occ.family != family and n >= votes.get(occ.family, 0.0) + DESCRIPTION_MARGIN:
            code = _code_in(family, r.title or occ.matched, occ, text, None)
            occ = Occupation(code, names.get(code, ["", 0])[0] if code else None, family, occ.level, "work_shared",
                             occ.matched)
            r = replace(r, occupation=occ)
        out.append(r)
    return out


def work_tie_break(total: dict[str, float], text: str | None) -> str | None:
    """The family of ``total`` (family → summed weight, in tie-break order) with the largest weight; of a
    tie, the one the resume's ``text`` votes most for (:func:`work_votes`), else the earliest. None for {}."""
    if not total:
        return None
    best = max(total.values())
    tied = [f for f in total if total[f] == best]
    if len(tied) > 1 and text:
        votes = work_votes(text)
        top = max(votes.get(f, 0.0) for f in tied)
        if top > 0:
            return next(f for f in tied if votes.get(f, 0.0) == top)
    return tied[0]


def work_occupation(text: str) -> Occupation | None:
    """The occupation of a resume none of whose titles reads as one (no title found in an oddly laid-out
    resume, "Director of Operations" alone, no target titles): the family the text names clearly — the
    posting rule's ``DESCRIPTION_MIN_VOTES``, ``DESCRIPTION_MARGIN`` ahead of the runner-up — with the O*NET
    code of that family the text names most (None when it names none), level "mid", method ``"work_text"``.
    None when the text names no family clearly (blind12 l08: nursing and allied health tie)."""
    from collections import Counter

    from careercopilot.normalize.occupation_postings import (
        DESCRIPTION_MARGIN,
        DESCRIPTION_MIN_VOTES,
        _named_titles,
        job_text,
    )
    from careercopilot.normalize.occupations import _data, family_of

    votes = sorted(work_votes(text).items(), key=lambda kv: -kv[1])
    if not votes or votes[0][1] < DESCRIPTION_MIN_VOTES or \
            (len(votes) > 1 and votes[0][1] < votes[1][1] + DESCRIPTION_MARGIN):
        return None
    family = votes[0][0]
    names, titles, _, _ = _data()
    named = Counter(titles[g] for s in job_text(text) for g in _named_titles(s) if family_of(titles[g]) == family)
    code = named.most_common(1)[0][0] if named else None
    return Occupation(code, names.get(code, ["", 0])[0] if code else None, family, "mid", "work_text", "")
