"""Words of a job title that look like a rung but are not one (trial 41, session 23).

The generic level words of :func:`careercopilot.normalize.title_levels.infer_level` read "lead",
"head", "charge", "senior", "master" and "chief" as rungs. In these titles they name something
else:

* **a scope or a duty** — a *full-charge* bookkeeper keeps the whole set of books through the
  trial balance (AIPB; the title of a bookkeeper, O*NET 43-3031, not a supervisor: trial 41
  read Denise's "Full-Charge Bookkeeper" as lead); *charge entry*/*charge capture* are billing
  work; *lead generation* is marketing; *lead abatement* is hazard work (the metal);
* **the people or programme served** — *senior living*, *senior center*, *senior care* and
  *senior services* serve older adults (a "Senior Living Coordinator" is not a senior
  coordinator); *Head Start* is the federal pre-school programme;
* **a thing** — *master data*, a *master schedule*, a *scrum master*, a *master's-level*
  clinician and a *master's thesis*/*student*/*program* or *Master of Science* (the degree, session 32
  calib141: blind19 u06 "Research Assistant (Master's thesis)" was read senior);

and are renamed before the level words (:data:`NOT_RUNGS`). Others name a rung other than the
generic word's (:data:`LOOKALIKE_RUNGS`, read first):

* a **charge nurse** (RN, LPN, charge therapist) takes the unit's charge duty for a shift as a
  staff practitioner, not a manager: senior (blind11 k03 "Charge Nurse (LPN)" = mid: an LPN's
  charge duty stays mid; a title that also says manager/supervisor/director keeps that rung);
* a childcare **lead teacher** is the classroom's teacher, above the assistant teacher (NAEYC
  staffing: lead teacher / assistant teacher per classroom): mid;
* a ship's **chief mate**, **chief steward** or **chief cook** leads one department under the
  master (USCG/STCW: chief mate = the master's second): lead, not executive;
* a bare **Principal** is a school's principal (the level guide: principal of a school =
  executive; "Principal Engineer" keeps the generic rung, lead).

Kept as they read (checked, session 23): "Head Cashier"/"Head Teller" = lead (O*NET lists both
among the first-line supervisors, 41-1011 / 43-1011), "Master Electrician" = lead
(``level_reading.TITLE_RUNGS``: the licence grade that may pull permits and supervise
journeymen), "Executive Assistant" = no rung (mid), "Executive Chef" = lead.

Shapes: lower-case title in, lower-case title out (:func:`plain_title`); ``(pattern, level)``
pairs in :data:`LOOKALIKE_RUNGS`.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_MANAGES = r"(?!.*\b(?:manager|supervisor|director|head nurse|coordinator|administrator)\b)"

#: ``(pattern, replacement)``: a rung-looking word that names a scope, a duty, the people served or
#: a thing, renamed so that no level word reads it (module doc).
NOT_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"\bfull[- ]?charge\b"), "all-books"),
    (_rx(r"\bcharge description master\b|\bcdm\b"), "billing price list"),  # a hospital's price list
    (_rx(r"\bcharges?[- ]entry\b"), "billing input"),  # not "entry": a level word
    (_rx(r"\bcharges?(?=[- ](?:capture|posting|poster|description|master|review|reviewer|integrity|"
         r"reconciliation|coder|coding|correction|analyst|specialist|processor)\b)"), "billing"),
    (_rx(r"\blead(?=[- ](?:generation|gen|abatement|paint|based|hazard|poisoning|remediation|inspector|"
         r"risk assessor|service line)\b)"), "leads"),
    (_rx(r"\bhead start\b"), "early-start"),
    (_rx(r"\bsenior(?=[- ](?:living|care|center|centers|centre|services|citizens?|housing|apartments|community|"
         r"communities|adults?|residents?|home care|homes?|nutrition|day)\b)"), "elder"),
    (_rx(r"\bmaster(?=[- ](?:data|schedul\w*|file|files|agreement|production schedul\w*|planning)\b)"), "main"),
    (_rx(r"\bscrum master\b"), "scrum facilitator"),
    (_rx(r"\bmasters?(?:'s|’s)?[- ](?:level|degree|prepared)\b"), "degreed"),  # not "graduate": a level word
    # the degree a title's holder was studying or writing for ("Research Assistant (Master's thesis)", blind19
    # u06: read senior; "Master's Student Researcher", "Teaching Assistant - Master of Science program"): a
    # possessive or plural "master's", or "master of <field>", names the degree, never the master's rung
    (_rx(r"\bmasters?(?:'s|’s)\b|\bmasters(?=[- ](?:student|candidate|thesis|program|programme|project|research|"
         r"practicum|internship|intern|fellow|in|of)\b)|\bmaster of (?:science|arts|business|public|social|fine|"
         r"education|engineering|laws?|library|health|architecture|urban|professional|information|applied)\b"),
     "degree"),
)

#: ``(pattern, level)``: a title whose rung-looking phrase names another rung (module doc).
LOOKALIKE_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"^" + _MANAGES + r"(?=.*\bcharge\b)(?=.*\b(?:lpn|lvn|licensed practical|licensed vocational)\b)"), "mid"),
    (_rx(r"^" + _MANAGES + r"(?:.*\bcharge (?:nurse|rn|therapist|respiratory therapist)s?\b|"
         r".*\b(?:nurse|rn)\b.*\bcharge\b(?!\s+(?:nurse )?(?:manager|supervisor)))"), "senior"),
    (_rx(r"^" + _MANAGES + r".*\blead (?:(?:infant|toddler|twos|preschool|pre-?k|prekindergarten|early childhood|"
         r"early learning|classroom|montessori|early-start|daycare|child ?care|kindergarten|ece) )*teachers?\b"), "mid"),
    (_rx(r"\b(?:infant|toddler|preschool|pre-?k|early-start|classroom|daycare|child ?care) lead teachers?\b"), "mid"),
    (_rx(r"\bchief (?:mate|steward|cook)s?\b"), "lead"),
    (_rx(r"^\s*(?:school |building |campus )?principal\s*$"), "executive"),
)


def plain_title(title: str) -> str:
    """The lower-case ``title`` with every :data:`NOT_RUNGS` word renamed."""
    for pattern, repl in NOT_RUNGS:
        title = pattern.sub(repl, title)
    return title


def lookalike_rung(title: str) -> str | None:
    """The level of :data:`LOOKALIKE_RUNGS` for a lower-case (plain) title; None when none names one."""
    for pattern, level in LOOKALIKE_RUNGS:
        if pattern.search(title):
            return level
    return None
