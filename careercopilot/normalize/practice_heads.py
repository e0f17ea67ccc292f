"""An executive's family read from the practice they head (issue 11, session 31, fam130; blind18 t08, t09, t10).

Why: a head's title often names the office and not the practice. "Executive Director" and "Chief Program Officer"
are read as chief executives / program work (policy_program), "Director of Engineering" as a software engineering
leader (O*NET 11-3021), "Vice President, Transportation" as a purchasing/logistics manager, "Laboratory Director" as a
natural sciences manager. The resume's own words say which practice it is: a LICSW running a family-services agency
(outpatient counseling, foster care case management: social work, blind18 t08, nDCG@10 0.361); a P.E. running the
transportation practice of an A/E firm (bridges, highways: civil engineering, t09, 0.284 — read as software); a
hospital's clinical laboratory (CAP inspections, blood bank, MLS(ASCP): allied health, t10, 0.539 — read as a
science lab).

Rules, applied to the person's readings (``person_occupation.Reading``) by :func:`practice_of_heads`:

* :func:`clinical_laboratory` — a laboratory or pathology reading (title words :data:`_LAB_TITLE`; science or
  administrative family) in a resume with :data:`CLINICAL_LAB_MIN` or more clinical-laboratory words
  (:data:`CLINICAL_LAB`: CLIA, CAP inspection, ASCP, blood bank, medical technologist, phlebotomy, hospital, LIS) is
  the clinical laboratory's (O*NET 29-2011 Medical and Clinical Laboratory Technologists, allied health; level
  kept). Source: the families' guide ("medical lab" technologists are allied health; lab technicians and research
  scientists science).
* a head's reading that names no practice — a chief executive or general manager (``occupations.CATCH_ALL_CODES``)
  or a department head whose department word several practices share (:data:`SHARED_DEPARTMENTS`: engineering,
  transportation, programs, operations, services, clinical) — takes the family of the practice the resume's text
  names clearly (``person_work.work_occupation``) when a licence, certification or summary self-description
  of the person is of that practice too (LICSW, "Licensed civil engineer"); level kept. Without such support
  nothing changes (a general manager's words alone do not make a practice).
"""

from __future__ import annotations

import re
from dataclasses import replace

from careercopilot.normalize.occupations import CATCH_ALL_CODES, Occupation, infer_occupation

__all__ = ["CLINICAL_LAB", "CLINICAL_LAB_MIN", "SHARED_DEPARTMENTS", "clinical_laboratory", "practice_of_heads"]

#: Words of a hospital's clinical laboratory (CLIA/CAP accreditation, ASCP certification names, the lab's benches).
CLINICAL_LAB = re.compile(r"\b(?:clia|cap (?:inspections?|accreditation|checklists?)|ascp|mls|mlt|clinical lab\w*|"
                          r"medical lab\w*|medical technologists?|blood bank|transfusion|phlebotom\w*|hospitals?|"
                          r"patient (?:samples?|specimens?|results?)|lis conversions?|epic beaker|sunquest|"
                          r"send-?outs?|draw sites?|outreach|urinalysis|coagulation|hematology|pathology)\b",
                          re.IGNORECASE)
#: Distinct clinical-laboratory words a resume names before a laboratory reading is the clinical lab's.
CLINICAL_LAB_MIN = 3
_LAB_TITLE = re.compile(r"\blab(?:oratory|oratories|s)?\b|\bpatholog\w*|\bcore lab\b", re.IGNORECASE)
#: Department words several practices share: a head of one is read by the practice ("Director of Engineering").
SHARED_DEPARTMENTS = re.compile(r"\b(?:engineering|transportation|programs?|operations|services|clinical|practice|"
                                r"technical)\b", re.IGNORECASE)
_HEAD_LEVELS = frozenset({"lead", "executive"})


def _clinical_lab_occupation() -> Occupation:
    return infer_occupation("medical laboratory scientist")


def clinical_laboratory(occ: Occupation, title: str, text: str) -> Occupation:
    """``occ`` read as the clinical laboratory's when it is a laboratory reading of a clinical lab (module doc)."""
    if occ.family not in ("science_lab", "administrative") or not _LAB_TITLE.search(title or ""):
        return occ
    cues = {m.group(0).lower() for m in CLINICAL_LAB.finditer(text or "")}
    if len(cues) < CLINICAL_LAB_MIN:
        return occ
    lab = _clinical_lab_occupation()
    return Occupation(lab.code, lab.title, lab.family, occ.level, "clinical_lab", occ.matched) if lab.family else occ


def _names_no_practice(occ: Occupation, title: str) -> bool:
    """Whether ``occ`` is a head's reading that names no practice of its own (module doc)."""
    if occ.level not in _HEAD_LEVELS:
        return False
    if (occ.code or "")[:7] in CATCH_ALL_CODES:
        return True
    return occ.method == "department" and bool(SHARED_DEPARTMENTS.search(title or ""))


def practice_of_heads(readings: list, text: str) -> list:
    """``readings`` (``person_occupation.Reading``) with the module's rules applied; the same list when none does."""
    from careercopilot.normalize.person_work import work_occupation

    out = [replace(r, occupation=clinical_laboratory(r.occupation, r.title, text)) for r in readings]
    heads = [r for r in out if _names_no_practice(r.occupation, r.title)]
    if not heads:
        return out
    practice = work_occupation(text)
    if practice is None or not practice.family:
        return out
    if not any(r.source in ("credential", "summary") and r.occupation.family == practice.family for r in out):
        return out
    return [replace(r, occupation=Occupation(practice.code, practice.title, practice.family, r.occupation.level,
                                             "practice_head", r.occupation.matched))
            if r in heads and r.occupation.family != practice.family else r for r in out]
