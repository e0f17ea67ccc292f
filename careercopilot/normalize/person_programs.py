"""Program and project managers, general managers and the heads of an organization's programs: which of
them is read from the work and the people the resume describes (issue 11; split out of
``person_occupation`` in session 24, which re-exports these names).

A program or project manager's family is that of the work and the people they run (session 22, issue-11
blind9 i28): a reading of a program role (:data:`PROGRAM_ROLES`, read as policy/program work) takes the
family of the staff the resume says its owner supervises, manages, leads or oversees (:func:`people_run`:
"Supervise 6 case managers" → social work) when that is another family; without such people, the family
the resume's own text names clearly (:func:`_programs_of_work`: an assistant project manager who runs
submittals, RFIs and subcontract buyout for a general contractor is construction, blind10 j14). A general
manager (:data:`GENERAL_MANAGER_CODES`) is read from the work the same way (blind11 k13).

The head of an organization's programs is not such a role (:data:`ORG_PROGRAMS`, :func:`heads_programs`:
"Director of Programs", "VP of Programs", "Chief Program Officer", "Director of Community Programs"): the
families' definition files "program and project managers … in public/nonprofit programs" under
policy/program work, and a program executive directs every program of the organization, whatever the
staff of one of them (or of an earlier job) did. Session 24, blind11 k30: a food bank's director of programs
who had supervised case managers in an earlier job was read as social work (nDCG@10 0.309).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from careercopilot.normalize.occupations import Occupation, generic_reading, infer_occupation

if TYPE_CHECKING:
    from careercopilot.normalize.person_occupation import Reading

__all__ = ["GENERAL_MANAGER_CODES", "ORG_PROGRAMS", "PEOPLE_RUN", "PROGRAM_ROLES", "heads_programs", "people_run"]

#: The head of all of an organization's programs, as US nonprofits and agencies title it (blind11 k30 and titles
#: common on nonprofit job boards, from general knowledge; not checked against a posting corpus here): "Director of Programs", "Senior/
#: Associate Director of Programs", "Programs Director", "VP/Vice President of Programs", "Vice President,
#: Programs", "Chief Program(s) Officer", "Director of Community/Youth/Family Programs", "Director of Programs
#: and Services", "Director of Program Services", "Director of Program Operations", "Head of Programs" —
#: plural "programs", or the program function of the whole organization ("program services/operations"). Not
#: "Program Director" / "Program Manager" (one program's head: its work decides, :data:`PROGRAM_ROLES`).
_HEAD = r"(?:director|vice\s+president|vp|svp|evp|avp|head|chief|dean)"
ORG_PROGRAMS = re.compile(
    rf"\bchief\s+programs?\s+officer\b|\bcpo\b(?=.*\bprogram)"
    rf"|\b{_HEAD}\b\s*(?:,|-|–|—|of|for)\s*(?:\w+\s+){{0,2}}?programs\b"
    rf"|\bprograms\s+{_HEAD}\b"
    rf"|\b{_HEAD}\b\s*(?:,|-|–|—|of|for)\s*program\s+(?:services|operations)\b", re.IGNORECASE)


def heads_programs(title: str | None) -> bool:
    """Whether ``title`` (as written) names the head of an organization's programs (:data:`ORG_PROGRAMS`)."""
    return bool(title) and ORG_PROGRAMS.search(title) is not None


#: Normalized titles (and ``department`` readings) of people who run a program or project without
#: naming its work ("Program Manager", "Program Director", "Project Coordinator"): O*NET and the
#: function table file them under policy/program work (15-1299.09, 13-1199).
PROGRAM_ROLES = frozenset({"program manager", "programme manager", "program director", "program coordinator",
                           "program supervisor", "program lead", "program administrator", "project manager",
                           "project director", "project coordinator", "program", "programs"})
#: The people a resume says its owner runs: "Supervise 6 case managers and 1 housing specialist",
#: "I supervise case managers", "managing a team of 12 software engineers", "oversee 20 direct support
#: professionals", "led a staff of 9 electricians" — a verb of running people, an optional team/staff
#: phrase and count, then a plural noun phrase of up to four words (read as a title, singular).
#: "Manage", "lead" and "direct" take things as often as people ("managed vendors", "managing budgets"):
#: with them a count or a team/staff phrase must name the people; "supervise" and "oversee" need none.
_COUNT = r"(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
_TEAM = r"(?:(?:a|an|the|my|our)\s+)?(?:team|staff|group|crew|unit|department)\s+of\s+"
PEOPLE_RUN = re.compile(
    r"\b(?:(?:supervis(?:e|es|ed|ing)|overs(?:ee|ees|aw|eeing))\s+(?:(?:a|an|the|my|our)\s+)?(?:" + _TEAM + r")?"
    r"(?:" + _COUNT + r")?|(?:manag(?:e|es|ed|ing)|lead(?:s|ing)?|led|direct(?:s|ed|ing)?)\s+(?:" + _TEAM + r"(?:"
    + _COUNT + r")?|" + _COUNT + r"))((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*s)\b", re.IGNORECASE)
_RUN_METHODS = frozenset({"exact", "suffix", "prefix", "qualified", "civil_service", "practice"})


def people_run(text: str) -> list[Occupation]:
    """Occupations of the people the resume ``text`` says its owner supervises, manages, leads or
    oversees (:data:`PEOPLE_RUN`), read as titles (``infer_occupation``; an O*NET title or function,
    not a generic word nor another program role), in order of mention."""
    out = []
    for m in PEOPLE_RUN.finditer(text or ""):
        phrase = m.group(1)[:120]
        singular = re.sub(r"ies$", "y", phrase) if phrase.lower().endswith("ies") else phrase[:-1]
        occ = infer_occupation(singular)
        if occ.method not in _RUN_METHODS:
            occ = infer_occupation(phrase)
        if occ.family and occ.method in _RUN_METHODS and not generic_reading(occ) and occ.matched not in PROGRAM_ROLES:
            out.append(occ)
    return out


def _programs_of_people_run(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with each program role's (:data:`PROGRAM_ROLES`, read as policy/program work)
    occupation read as the family of the people the resume says its owner runs (:func:`people_run`,
    the most named family; the first named of a tie) — "a program/project manager's family is that of
    the work and the people they run" (session 22; issue-11 blind9 i28, a program manager of youth
    transitional services who supervises case managers, read as policy/program); unchanged when the
    resume names no such people or only policy/program ones."""
    if not any(_read_by_people(r) for r in readings):
        return readings
    run = people_run(text)
    counts: dict[str, int] = {}
    for occ in run:
        counts[occ.family] = counts.get(occ.family, 0) + 1
    if not counts:
        return readings
    best = max(counts.values())
    lead = next(o for o in run if counts[o.family] == best)
    if lead.family == "policy_program":
        return readings
    return [replace(r, occupation=Occupation(lead.code, lead.title, lead.family, r.occupation.level, "people_run",
                                             r.occupation.matched))
            if _read_by_people(r) else r for r in readings]


#: O*NET codes of general management whose title names no field ("General Manager", "Operations Manager", "VP
#: Operations": 11-1021 General and Operations Managers, filed under policy/program work): like a program role, read
#: from the work the resume describes (:func:`_programs_of_work`; session 23: blind11 k13, a hotel general manager of
#: 31 years in hotels, was read as a public-sector operations executive and scored nDCG 0.000).
GENERAL_MANAGER_CODES = frozenset({"11-1021"})


def _read_by_work(r) -> bool:
    """A reading (a ``person_occupation.Reading``) still filed as policy/program work whose title names no
    field of its own: a program role (:data:`PROGRAM_ROLES`) or a general manager
    (:data:`GENERAL_MANAGER_CODES`) — never the head of an organization's programs (:func:`heads_programs`)."""
    occ = r.occupation
    return occ.family == "policy_program" and not heads_programs(r.title) and (
        occ.matched in PROGRAM_ROLES or (occ.code or "")[:7] in GENERAL_MANAGER_CODES)


def _read_by_people(r) -> bool:
    """A program role (:data:`PROGRAM_ROLES`) still read as policy/program work, read by the people it runs
    (:func:`_programs_of_people_run`) — never the head of an organization's programs (:func:`heads_programs`)."""
    return (r.occupation.matched in PROGRAM_ROLES and r.occupation.family == "policy_program"
            and not heads_programs(r.title))


def _programs_of_work(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with each program role still read as policy/program work (:data:`PROGRAM_ROLES`; after
    :func:`_programs_of_people_run`) read from the resume's text by the rule a posting whose title leaves its
    family open is read by (``occupation_postings.read_posting_occupation``: the family its skills and the
    O*NET titles it names vote for, at least ``DESCRIPTION_MIN_VOTES`` and ``DESCRIPTION_MARGIN`` ahead of
    policy/program work, with an O*NET code of that family for the role) — one rule for both sides
    (session 22: blind10 j14, an "Assistant Project Manager" at a general contractor — submittals, RFIs,
    buyout, pay apps — read as a public-programme project manager); a general manager the same way
    (:data:`GENERAL_MANAGER_CODES`, session 23). Unchanged when no such reading is left or the text names no
    other family clearly."""
    if not any(_read_by_work(r) for r in readings):
        return readings
    from careercopilot.normalize.occupation_postings import read_posting_occupation

    out = []
    for r in readings:
        occ = r.occupation
        if _read_by_work(r):
            work = read_posting_occupation(occ.matched, text, None, occ)
            if work.family and work.family != occ.family:
                occ = Occupation(work.code, work.title, work.family, occ.level, "work_named", occ.matched)
        out.append(replace(r, occupation=occ) if occ is not r.occupation else r)
    return out


#: O*NET codes of managers of instruction that the occupation table files under human resources (11-3131
#: Training and Development Managers: "Training Manager", "Learning and Development Manager", "Workforce Training
#: Manager"). The families' definition files trainers and instructional designers under education and "HR
#: leadership" under human resources: such a manager belongs to the family of the people they run
#: (:func:`_trainers_of_staff`).
TRAINING_MANAGER_CODES = frozenset({"11-3131"})
#: The resume says its owner runs people who teach: a verb of running people, then within the clause a plural
#: teaching noun ("Lead a team of 6 full-time instructors, 2 coordinators and 25 adjunct trainers", "manage 4
#: instructional designers", "supervised 12 facilitators", "oversee the adjunct faculty"). Families' definition:
#: education = "teachers, instructors, tutors, trainers, instructional designers/coaches".
TEACHING_STAFF_RUN = re.compile(
    r"\b(?:supervis(?:e|es|ed|ing)|overs(?:ee|ees|aw|eeing)|manag(?:e|es|ed|ing)|lead(?:s|ing)?|led|"
    r"direct(?:s|ed|ing)?|hire(?:s|d)?|hiring)\b[^.;\n]{0,70}?\b(?:instructors|trainers|facilitators|teachers|"
    r"tutors|instructional\s+designers|learning\s+designers|e-?learning\s+developers|curriculum\s+developers|"
    r"adjuncts|(?:adjunct\s+)?faculty)\b", re.IGNORECASE)


def _trainers_of_staff(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with each training manager's occupation (:data:`TRAINING_MANAGER_CODES`, read as human
    resources) read as education when the resume says its owner runs teaching staff (:data:`TEACHING_STAFF_RUN`);
    unchanged otherwise (a learning and development manager over HR generalists and recruiters stays HR).
    Issue-11 blind16 q07: a college's manager of workforce training (6 instructors, 25 adjunct trainers) asking
    for "Training Manager" was read as human resources (nDCG@10 0.407; the curator's label: education)."""
    if not any((r.occupation.code or "")[:7] in TRAINING_MANAGER_CODES and r.occupation.family != "education"
               for r in readings) or not TEACHING_STAFF_RUN.search(text or ""):
        return readings
    return [replace(r, occupation=replace(r.occupation, family="education", method="people_run"))
            if (r.occupation.code or "")[:7] in TRAINING_MANAGER_CODES else r for r in readings]
