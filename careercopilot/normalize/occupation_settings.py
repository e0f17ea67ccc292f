"""Boundary professions: an occupation whose family is the setting it serves, and ships' licensed ranks
(issue 11, fam139; blind19 u11, u23).

Why: O*NET files every interpreter and translator under 27-3091 (Arts, Design, Entertainment, Sports and
Media; marketing/communications here), whatever court, hospital or school they work in. A certified court
interpreter (blind19 u11: Arizona-certified, 25-30 hearings a week, NAJIT member, asking for "Court
Interpreter", "Staff Court Interpreter", "Legal Interpreter") had every reading — targets, stated, current,
summary — on 27-3091, so the whole vote was marketing and legal postings scored 0 (nDCG@10 0.000). The
setting word decides the family, as it does for court reporters (``occupation_families``: 27-3092 → legal):

* ``setting_interpreter`` — interpreters and translators of courts and law (court, judiciary/judicial,
  legal, deposition, immigration court, administrative hearings; "Certified Court Interpreter (Spanish)",
  "Staff Court Interpreter", "Legal Translator"): the courts employ them beside clerks and reporters (BLS
  OOH "Interpreters and Translators": court and legal interpreters work in courtrooms, depositions and
  attorney-client meetings; NCSC/state judicial branches certify them) → 23-2099 Legal Support Workers, All
  Other (legal). Of health care (medical, healthcare, hospital, clinical, patient; CCHI/NBCMI certified
  medical interpreters work in hospitals and clinics) → 31-9099 Healthcare Support Workers, All Other (allied
  health). Of schools (educational interpreter, school/K-12/classroom interpreter: the RID/EIPA educational
  interpreter is school support staff) → 25-9099 Educational Instruction and Library Workers, All Other
  (education). A bare, community, conference or ASL interpreter stays O*NET's (27-3091).
* ``geospatial_work`` — geospatial analysts, specialists and technicians (families.md: GIS analysts are data
  analysis; O*NET files "Geospatial Analyst" under 17-3031 Surveying and Mapping Technicians) → 15-1299.02
  Geographic Information Systems Technologists and Technicians. Geospatial *intelligence* and image analysts
  stay O*NET's (19-2099.01 remote sensing scientists).
* ``ship_engine_rank`` — the engine department's licensed ranks below the chief (USCG 46 CFR 11.510–11.524:
  first/second/third assistant engineer, designated duty engineer; STCW: second/third engineer, engineer
  officer (of the watch); ratings: QMED, oiler, wiper) → 53-5031 Ship Engineers. "First Assistant Engineer"
  was read as a surgical assistant, "Second Assistant Engineer" as a production worker, "Third Assistant
  Engineer" as a civil engineer. Their rungs: :data:`SHIP_RUNGS`.
* ``ship_master`` — a ship's master or a vessel's captain ("Master Mariner", "Master (Unlimited Tonnage)",
  "Tugboat Captain", "Ferry Captain"; USCG master's licence) → 53-5021 Captains, Mates, and Pilots of Water
  Vessels; a banquet, bell, police, fire or airline captain is not matched (other rules).
* ``ship_steward`` — a ship's chief steward runs the galley and stores (USCG: steward department) → 35-1012
  First-Line Supervisors of Food Preparation and Serving Workers (hospitality), not passenger attendants.

Family of 53-5031 (``occupation_families``): skilled trades — ship engineers run and repair engines, boilers,
pumps, generators and HVAC (O*NET 53-5031 tasks), the work of the stationary engineers families.md lists
there; deck officers (53-5021) stay in logistics beside drivers and fleet.

Rungs (:data:`SHIP_RUNGS`, read by ``title_levels``): the chief engineer, chief mate, master and captain of a
vessel lead a department or the ship (lead, not executive: a ship's "chief" heads a department of 3-30, not a
company); a first assistant engineer (the chief's second) is senior; second/third assistant engineers and
mates are watch officers (mid); QMEDs, oilers and wipers are ratings (entry). Pure: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["SETTING_KINDS", "SHIP_RUNGS", "ship_rung"]

_INTERPRETER = r"(?:interpreters?|translators?|interpretation|interpreting|translation)"
_LEGAL_SETTING = re.compile(
    r"\b(?:court|courts|courtroom|judiciary|judicial|legal|law|deposition|immigration court|administrative hearings?|"
    r"hearings)\b(?:[\w\s(),/-]{0,30}?)\b" + _INTERPRETER + r"\b|\b" + _INTERPRETER +
    r"\b[\w\s,/-]{0,20}?\((?:court|legal|judiciary)\)")
_HEALTH_SETTING = re.compile(
    r"\b(?:medical|healthcare|health care|health|hospital|clinical|patient|clinic)\b(?:[\w\s(),/-]{0,25}?)\b"
    + _INTERPRETER + r"\b")
_SCHOOL_SETTING = re.compile(
    r"\b(?:educational|school|k-12|classroom)\b(?:[\w\s(),/-]{0,25}?)\b" + _INTERPRETER + r"\b")
_GEOSPATIAL = re.compile(
    r"\bgeo-?spatial\s+(?:data\s+)?(?:analysts?|specialists?|technicians?|technologists?|coordinators?)\b")
_SHIP_ENGINE = re.compile(
    r"\b(?:1st|2nd|3rd|first|second|third)\s+(?:asst\.?|assistant)\s+engineers?\b|"
    r"^\s*(?:2nd|3rd|4th|second|third|fourth)\s+engineer(?:\s+officer)?s?\b|"
    r"\bengineer(?:ing)? officers?(?:\s+of the watch)?\b|\bdesignated duty engineers?\b|(?<![\w-])dde(?![\w-])|"
    r"(?<![\w-])qmeds?(?![\w-])|\bqualified member of the engine department\b|\b(?:marine|engine room)\s+oilers?\b|"
    r"\bengine ?room (?:oilers?|wipers?)\b")
_SHIP_MASTER = re.compile(
    r"\bmaster mariners?\b|^\s*(?:ship'?s?\s+)?master\s*(?:\(|,|-|–|$|of\b)|"
    r"\b(?:tug|tugboat|towboat|ferry|vessel|ship|ship's|boat|barge|yacht|dredge|fishing vessel|supply vessel|"
    r"harbor|harbour|river|launch|excursion)\s+(?:boat\s+)?(?:captains?|masters?)\b|\bcaptain\s*(?:,|-|–|of)\s*"
    r"(?:the\s+)?(?:m/?v|tug|vessel|ship|ferry|yacht)\b")
_SHIP_STEWARD = re.compile(r"\b(?:chief|ship'?s?|galley)\s+stewards?\b")

#: (method, pattern, O*NET code or a function of the match giving it), appended to
#: ``occupation_specialties.SPECIALTIES`` (module doc).
SETTING_KINDS = (
    ("setting_interpreter", _LEGAL_SETTING, "23-2099.00"),
    ("setting_interpreter", _HEALTH_SETTING, "31-9099.00"),
    ("setting_interpreter", _SCHOOL_SETTING, "25-9099.00"),
    ("geospatial_work", _GEOSPATIAL, "15-1299.02"),
    ("ship_engine_rank", _SHIP_ENGINE, "53-5031.00"),
    ("ship_master", _SHIP_MASTER, "53-5021.00"),
    ("ship_steward", _SHIP_STEWARD, "35-1012.00"),
)

#: ``(pattern, level)`` over a lower-case title: the licensed rungs of a ship's departments (module doc), first
#: match wins.
SHIP_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), lvl) for p, lvl in (
    (r"\b(?:1st|first)\s+(?:asst\.?|assistant)\s+engineers?\b", "senior"),
    (r"\b(?:2nd|3rd|second|third)\s+(?:asst\.?|assistant)\s+engineers?\b|^\s*(?:2nd|3rd|4th|second|third|fourth)\s+"
     r"(?:engineer|mate|officer)s?\b|\bengineer(?:ing)? officers? of the watch\b|\bdesignated duty engineers?\b", "mid"),
    (r"(?<![\w-])qmeds?(?![\w-])|\b(?:marine|engine ?room) (?:oilers?|wipers?)\b|\bordinary seam[ae]n\b", "entry"),
    (_SHIP_MASTER.pattern, "lead"),
    (r"\bchief (?:engineer|mate|officer|steward|cook)s?\b(?=.*\b(?:vessel|ship|tug|motor|steam|unlimited|"
     r"horsepower|atb|fleet|marine|usns|m/?v)\b)", "lead"),
))


def ship_rung(title: str) -> str | None:
    """The :data:`SHIP_RUNGS` level of a lower-case ``title``, or None when it names no ship's rank."""
    for pattern, level in SHIP_RUNGS:
        if pattern.search(title):
            return level
    return None
