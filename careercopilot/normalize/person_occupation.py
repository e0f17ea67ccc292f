"""The occupation a resume's owner is looking for: the titles they state, their current title
and the credentials they hold, weighed into one family (issue 11, profession awareness).

Why: a person's next job is not always their current title. On the issue-11 blind2 resumes
the current title alone gave the family of 0.60 of them — career changers (a line cook with a
new medical-assistant certificate, a teacher moving into UX design), generic civil-service and
employer titles ("Specialist II", "Technician", "Program Coordinator") and titles other
professions use ("Client Success Manager" filed under office supervisors).

Readings (:func:`person_readings`), each an :class:`~careercopilot.normalize.occupations.Occupation`
with a weight (:data:`READING_WEIGHTS`):

* ``target`` — the titles of the person's preferences (what they told us they want);
* ``stated`` — a title the resume's own words ask for (:func:`stated_titles`: "Seeking a
  medical assistant role", "To obtain a position of Certified Nursing Assistant", "now moving
  into a full-time Data Analyst role", "start a career in construction as general laborer");
* ``current`` — the most recent title; a single generic word ("Specialist II", "Technician",
  :func:`~careercopilot.normalize.occupations.generic_reading`) counts :data:`GENERIC_WEIGHT` of it;
* ``earlier`` — when the current title is generic or missing, the resume's previous specific
  titles (:data:`EARLIER_TITLES`), at half a current title's weight;
* ``credential`` — licences and certifications after the name or in a certifications section
  (:data:`CREDENTIAL_TITLES`: CCS/CPC → medical coder, LCSW → clinical social worker, CCNA →
  network administrator).

The family (:func:`person_family`) is the one with the largest summed weight; ties go to the
earlier reading (targets before stated before current before credentials; a specific earlier title before a
generic current one).

A program or project manager's family is that of the work and the people they run (session 22, issue-11
blind9 i28): a reading of a program role (:data:`PROGRAM_ROLES`, read as policy/program work) takes the
family of the staff the resume says its owner supervises, manages, leads or oversees (:func:`people_run`:
"Supervise 6 case managers" → social work) when that is another family; without such people, the family
the resume's own text names clearly (:func:`_programs_of_work`: an assistant project manager who runs submittals,
RFIs and subcontract buyout for a general contractor is construction, blind10 j14). Those rules, and the head of
an organization's programs they leave as policy/program work ("Director of Programs"), live in
:mod:`careercopilot.normalize.person_programs` (names re-exported here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from careercopilot.normalize.academic_titles import leaving_discipline
from careercopilot.normalize.military_billets import billet_title, command_only
from careercopilot.normalize.military_codes import military_title
from careercopilot.normalize.occupation_domains import read_title
from careercopilot.normalize.occupation_tables import GENERIC_TITLES
from careercopilot.normalize.open_titles import open_title
from careercopilot.normalize.occupations import (
    CATCH_ALL_CODES,
    Occupation,
    family_relation,
    _data,
    family_of,
    generic_reading,
    infer_occupation,
)
from careercopilot.normalize.occupation_rungs import field_entry
from careercopilot.normalize.person_employer import firm_reading
from careercopilot.normalize.person_work import work_of_shared_heads, work_tie_break
from careercopilot.normalize.stated_cues import (
    ARRANGEMENT,
    ASK_CUE,
    MOVE_ORIGIN,
    REFUSED,
    STATED_METHODS,
    TITLE_END,
    TITLE_SPLIT,
    ask_phrases,
)
from careercopilot.normalize.person_programs import (  # re-exported: split out in session 24
    GENERAL_MANAGER_CODES,
    ORG_PROGRAMS,
    PEOPLE_RUN,
    PROGRAM_ROLES,
    _programs_of_people_run,
    _programs_of_work,
    _trainers_of_staff,
    heads_programs,
    people_run,
)

#: Weight of each kind of reading in the family vote: a stated wish (preferences or the
#: resume's own objective) outweighs the current title, which outweighs one credential.
READING_WEIGHTS: dict[str, float] = {"target": 2.0, "stated": 2.0, "current": 1.0, "summary": 1.0,
                                     "credential": 1.0, "earlier": 0.5}
#: Earlier titles read when the current one is generic (a law firm's "Senior Associate" after
#: "Associate" and "Law Clerk"): at most this many, most recent first.
EARLIER_TITLES = 2
#: Share of its weight a generic one-word reading keeps ("Specialist II", "Technician", "Associate").
GENERIC_WEIGHT = 0.5
#: Characters of the resume searched for a stated target (the header, objective and summary).
STATED_CHARS = 1500

#: Licences and certifications (post-nominal letters and names as resumes write them) → the
#: O*NET title of the work they license. Sources: the certifying bodies' credential names
#: (AAPC CPC, AHIMA CCS/RHIT, NHA CCMA, NBRC RRT, ASWB/state LCSW, Cisco CCNA, HRCI/SHRM,
#: state nursing boards).
CREDENTIAL_TITLES: dict[str, str] = {
    **dict.fromkeys(("RN", "BSN", "MSN"), "registered nurse"),
    **dict.fromkeys(("LPN", "LVN"), "licensed practical nurse"),
    **dict.fromkeys(("CNA", "Certified Nurse Aide", "Certified Nursing Assistant"), "certified nursing assistant"),
    **dict.fromkeys(("NP", "FNP", "FNP-BC", "FNP-C", "AGNP", "PMHNP"), "nurse practitioner"),
    **dict.fromkeys(("CCS", "CPC", "CCA", "RHIT", "RHIA", "COC", "CIC"), "medical coder"),
    **dict.fromkeys(("CCMA", "CMA", "RMA"), "medical assistant"),
    "CPhT": "pharmacy technician", "RRT": "respiratory therapist", "CRT": "respiratory therapist",
    "PTA": "physical therapist assistant", "DPT": "physical therapist", "OTR": "occupational therapist",
    **dict.fromkeys(("LCSW", "LICSW", "LMSW", "MSW"), "clinical social worker"),
    **dict.fromkeys(("LMHC", "LPC"), "mental health counselor"),
    **dict.fromkeys(("CPA",), "accountant"),
    **dict.fromkeys(("Paralegal Certificate", "Certified Paralegal", "Advanced Certified Paralegal",
                     "Registered Paralegal"), "paralegal"),
    **dict.fromkeys(("CCNA", "CCNP", "RHCSA", "RHCE"), "network administrator"),
    **dict.fromkeys(("SPHR", "PHR", "SHRM-CP", "SHRM-SCP"), "human resources specialist"),
    **dict.fromkeys(("Master Electrician", "Journeyman Electrician"), "electrician"),
    **dict.fromkeys(("Master Plumber", "Journeyman Plumber"), "plumber"),
    "CDL": "truck driver", "EMT": "emergency medical technician",
    # entry certificates a career changer earns for the next job (issue-11 blind16 q13: a retail assistant manager
    # with CompTIA A+/Network+/Security+ asking for help desk): CompTIA's, Google Career Certificates' and the EPA's
    # own names of them
    **dict.fromkeys(("CompTIA A+", "CompTIA ITF+", "Google IT Support Professional Certificate",
                     "Google IT Support Certificate"), "computer user support specialist"),
    "CompTIA Network+": "network administrator",  # CompTIA's job roles of Network+: network administrator, NOC technician
    **dict.fromkeys(("CompTIA Security+", "CompTIA CySA+"), "information security analyst"),
    **dict.fromkeys(("Google Data Analytics Professional Certificate", "Google Data Analytics Certificate"),
                    "data analyst"),
    **dict.fromkeys(("Google UX Design Professional Certificate", "Google UX Design Certificate"), "ux designer"),
    **dict.fromkeys(("EPA 608", "EPA Section 608"), "hvac technician"),
}
#: Letters as written (upper-case "CNA", not the word "cna" in prose); named licences in any case
#: ("NYC MASTER ELECTRICIAN LICENSE").
_CREDENTIAL = re.compile(r"(?<![\w-])(" + "|".join(
    (f"(?i:{re.escape(k)})" if " " in k else re.escape(k)) for k in sorted(CREDENTIAL_TITLES, key=len, reverse=True))
    + r")(?![\w-])")
_CREDENTIAL_FOLDED = {k.lower(): v for k, v in CREDENTIAL_TITLES.items()}

#: The cues, the title's end and the reading methods of a stated title live in ``stated_cues`` (session 31).
_CUE, _REFUSED, _STOP, _OR, _ORIGIN, _ARRANGEMENT, _STATED_METHODS = (
    ASK_CUE, REFUSED, TITLE_END, TITLE_SPLIT, MOVE_ORIGIN, ARRANGEMENT, STATED_METHODS)


@dataclass(frozen=True)
class Reading:
    """One reading of the person's occupation: ``occupation``, its ``source`` (a
    :data:`READING_WEIGHTS` key), ``weight`` and the ``title`` as written it was read from."""

    occupation: Occupation
    source: str
    weight: float
    title: str = ""


#: A line a PDF/DOCX wrapped inside a sentence (trial 41: "Seeking a full-charge bookkeeper or\n
#: accounting specialist role" gave the target "full-charge bookkeeper or"): it ends on a word that
#: cannot end a sentence (a conjunction, preposition, article, "/", "-", ","), or the next line
#: goes on in lower case. A heading, bullet or blank line after it is never joined.
_WRAP = re.compile(
    r"(?P<end>\b(?:or|and|in|with|of|as|for|to|at|a|an|the|into|within|on|my)|[/,&-])[ \t]*\n[ \t]*(?=[^\s•▪●*·–—-])"
    r"|(?P<word>[^.;:!?\s])[ \t]*\n[ \t]*(?=(?-i:[a-z]))", re.IGNORECASE)
#: A connector left at the end of a part (a wrap not joined, "bookkeeper or"): dropped.
_TRAILING = re.compile(r"(?:\s+(?:or|and|in|with|of|as|for|to|at|a|an|the|&)|\s*[/,&-])+\s*$", re.IGNORECASE)
#: "and" between two stated titles ("bookkeeper and office manager roles"): split only when both
#: sides read as titles on their own ("Accounts Payable and Receivable Specialist" stays whole).
_AND = re.compile(r"\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks a PDF/DOCX put inside a sentence (:data:`_WRAP`) read as
    spaces; every other line break kept (so a heading still ends the sentence before it)."""
    return _WRAP.sub(lambda m: (m.group("end") or m.group("word")) + " ", text or "")


def _stated_reading(part: str) -> bool:
    occ = infer_occupation(part[:200])
    return bool(occ.family and occ.method in _STATED_METHODS and not generic_reading(occ))


def _stated_parts(what: str) -> list[str]:
    """A cue's words split into the titles they name: at "or"/"as"/"/" always, at "and"/"&" when
    each side is a title on its own; a trailing connector dropped from each (:data:`_TRAILING`)."""
    out: list[str] = []
    for part in _OR.split(what):
        part = _TRAILING.sub("", part.strip(" -–—")).strip(" -–—")
        sides = [_TRAILING.sub("", s).strip(" -–—") for s in _AND.split(part)]
        if len(sides) > 1 and all(s and _stated_reading(s) for s in sides):
            out.extend(sides)
        elif part:
            out.append(part)
    return out


def stated_titles(text: str, *, generic: bool = False) -> list[str]:
    """Titles the resume's own words ask for in its first :data:`STATED_CHARS` characters
    (objective, summary, header): the words after a cue (:data:`_CUE`) up to where the title
    ends (:data:`_STOP`), lines wrapped inside the sentence joined first (:func:`unwrap_lines`),
    split at "or"/"as"/"/" ("general laborer or apprentice") and at "and" between two titles
    (:func:`_stated_parts`), without the work arrangement's words before it
    (:data:`_ARRANGEMENT`: "full-time", "PRN"). Each is a title an occupation reading
    recognizes; [] when none. ``generic``: also titles whose reading names no one field
    ("Operations Manager", ``generic_reading``) — what the person asks for, for their preferences
    (trial81: "Seeking an Operations Manager or Store Manager role" pre-filled "Store Manager" only);
    the field is read from the others."""
    out: list[str] = []
    # a negated cue is skipped ("Not interested in a clinical director role yet" asks for no director's job)
    for _, words in ask_phrases(unwrap_lines((text or "")[:STATED_CHARS])):
        # a move's origin is no ask: "Moving from hospitality to healthcare" asks for the destination (fam118)
        what = _STOP.sub("", _ORIGIN.sub("", words)).strip(" -–—")
        for part in _stated_parts(what):
            if len(part.split()) > 6:
                continue
            while (lead := _ARRANGEMENT.match(part)) is not None:
                rest = part[lead.end():]
                occ = infer_occupation(rest[:200])
                if not (occ.family and occ.method in _STATED_METHODS and (generic or not generic_reading(occ))):
                    break
                part = rest
            occ = infer_occupation(part[:200])
            if occ.family and occ.method in _STATED_METHODS and (generic or not generic_reading(occ)):
                out.append(part)
    return list(dict.fromkeys(out))


#: A summary's opening self-description ends at these words ("Litigation support specialist at a
#: 220-lawyer firm", "Licensed clinical social worker with 11 years", "Home health RN who …").
_SELF_END = re.compile(r"\s+(?:with|at|who|for|in|on|from|and|specializing|experienced|bringing|skilled|"
                       r"seeking|looking|offering|having|since|across|serving|to|moving|changing|returning|"
                       r"transitioning|pivoting|now|currently|that|handling|running|managing|builds|supporting|"
                       r"designing|leading|delivering|providing|working|focused|passionate|known)\b.*$|[,;:.(!].*$",
                       re.IGNORECASE)
#: Words before the role in a self-description, dropped ("Licensed", "Bilingual", "Results-driven", "8-year").
_SELF_LEAD = re.compile(r"^(?:(?:a|an|the|licensed|certified|registered|experienced|seasoned|bilingual|dedicated|"
                        r"detail[- ]oriented|results[- ]driven|motivated|dependable|reliable|compassionate|"
                        r"accomplished|skilled|hardworking|hard[- ]working|proven|versatile|highly|self[- ]motivated|"
                        r"\d+[- ]?(?:\+\s*)?(?:year|yr)s?|over|more|than|\d+\+?)\s+)+", re.IGNORECASE)
_SUMMARY_HEAD = re.compile(r"^\s*(?:(?:professional|career|executive)\s+)?(?:summary|profile|about me|objective|"
                           r"qualifications summary|summary of qualifications)\s*[:\-–—]?\s*", re.IGNORECASE | re.MULTILINE)


def summary_titles(text: str) -> list[str]:
    """The role a resume's summary opens with, describing the person ("SUMMARY\nLitigation
    support specialist at a 220-lawyer firm" → "litigation support specialist"; "Summary: Home
    health RN with 14 years" → "RN"): the first sentence after a summary/profile heading in the
    first :data:`STATED_CHARS` characters, cut at :data:`_SELF_END`, leading adjectives dropped
    (:data:`_SELF_LEAD`); the longest word-suffix an occupation reading recognizes by a
    :data:`_STATED_METHODS` method and not generic. [] when none."""
    head = (text or "")[:STATED_CHARS]
    m = _SUMMARY_HEAD.search(head)
    if m is None:
        return []
    first = head[m.end():].lstrip().split("\n\n", 1)[0].replace("\n", " ")
    code_title = military_title(re.split(r"[.;!?]\s", first, maxsplit=1)[0][:160])
    if code_title:  # "Sergeant (E-5), 92Y Unit Supply Specialist with 6 years": the code names the work
        return [code_title]
    first = re.sub(r"\s*\([^)]{0,30}\)", " ", first)  # "HT(ASCP) certified histology technologist"
    phrase = _SELF_LEAD.sub("", _SELF_END.sub("", first).strip()).strip()
    words = phrase.split()
    if not words or len(words) > 8:
        return []
    for i in range(len(words)):
        part = " ".join(words[i:])
        occ = infer_occupation(part[:200])
        if occ.family and occ.method in _STATED_METHODS and not generic_reading(occ):
            return [part]
    return []


def credential_titles(text: str, certifications: str = "") -> list[str]:
    """Titles of the licences and certifications (:data:`CREDENTIAL_TITLES`) after the name on
    the resume's first line ("TAMIKA REYNOLDS, CCS, CPC") or in its ``certifications``
    section text; in order, without repeats."""
    first = (text or "").strip().split("\n", 1)[0]
    head = first.split(",", 1)[1] if "," in first else ""
    found = [m.group(1) for src in (head, certifications or "") for m in _CREDENTIAL.finditer(src)]
    return list(dict.fromkeys(_CREDENTIAL_FOLDED[f.lower()] for f in found))


#: Words that say the person owns or founded the business rather than what work they do
#: ("Owner / Master HVAC Technician", "Owner, Reyes Plumbing LLC", "Founder & Owner", "Sole
#: Proprietor", "Self-Employed Electrician", "Owner-Operator"; blind8 h05, h14). O*NET files the
#: reported title "Owner" under Urologists (29-1224), so a bare "Owner" segment read the person
#: into allied health. The words are dropped and the rest of the title read; a rest that is only a
#: business name ("Second Act Consignment") names no work.
OWNERSHIP = re.compile(r"\b(?:co[- ]?owners?|owners?(?:[- ](?:operator|manager))?|co[- ]?founders?|founders?|"
                       r"sole proprietors?|proprietors?|self[- ]employed)\b", re.IGNORECASE)
#: An ownership title naming the business after it ("Owner, Second Act Consignment", "Founder &
#: Owner, Bright Smile Dental Lab", "Owner of Reyes Plumbing"): the rest is a business name, read
#: only when it is itself a title (a word vote on a shop's name is noise: "Consignment" → tutors).
_OWNER_OF_BUSINESS = re.compile(r"^\s*" + OWNERSHIP.pattern + r"(?:\s*(?:&|and|/)\s*" + OWNERSHIP.pattern +
                                r")*\s*(?:,|\bof\b|\bat\b|[-–—|])", re.IGNORECASE)
#: Military ranks and what stands beside them on a title line without naming work (branch,
#: component, pay grade, "retired"): "Retired Colonel", "Command Sergeant Major, U.S. Army",
#: "Chief Petty Officer (E-7), USN" (blind8 h27's kind: a 20-year Guard career). A rank is no
#: civilian occupation (O*NET 55-0000 military occupations have no issue-11 family) — the word
#: vote read "Command Sergeant Major" as a fundraising manager; a rank with a function ("Supply
#: Sergeant", "Logistics Officer", "Military Police Officer") keeps it. Ranks: US Army, Marine
#: Corps, Navy, Air Force, Coast Guard rank tables (DoD).
MILITARY_RANK = re.compile(
    r"^(?:(?:retired|ret|former)\s+)?(?:(?:command|staff|master|first|gunnery|technical|senior master|chief master)\s+)?"
    r"(?:private(?: first class)?|specialist|lance corporal|corporal|sergeant(?: first class| major)?|"
    r"(?:(?:senior|master|fleet|command master)\s+)?chief petty officer|petty officer(?: (?:first|second|third) class)?|"
    r"(?:senior |master |chief master )?airman(?: first class| basic)?|seaman(?: apprentice| recruit)?|"
    r"(?:chief )?warrant officer(?: \d)?|(?:second |first )?lieutenant(?: colonel| commander| junior grade)?|"
    r"captain|major|colonel|lieutenant colonel|brigadier general|major general|lieutenant general|general|"
    r"ensign|commander|rear admiral(?: lower half| upper half)?|vice admiral|admiral|commodore)"
    r"(?:\s+(?:retired|ret))?$", re.IGNORECASE)
#: Ranks police, sheriff's and fire departments use too: alone ("Sergeant", "Lieutenant") they
#: are read as the title they are (blind2 b23, blind5 e21: police sergeants; blind6 f14); with a
#: service, component or pay grade beside them ("Staff Sergeant (E-5)", "Captain, USMC") they are
#: military ranks.
POLICE_RANK = re.compile(r"^(?:(?:retired|ret|former)\s+)?(?:sergeant|lieutenant|captain|major|commander|corporal|"
                         r"specialist|private|general|chief)(?:\s+(?:retired|ret))?$", re.IGNORECASE)
#: What stands beside a rank without naming work: the service, its components, pay grades, dates.
_MILITARY_NOISE = re.compile(
    r"\b(?:u\.?s\.?a?|united states|us|usa|usn|usmc|usaf|uscg|army|navy|marine corps|marines|air force|"
    r"coast guard|space force|national guard|air national guard|army reserve|reserves?|active duty|"
    r"[a-z]+ (?:army )?national guard|[eow]-?\d{1,2}|o\d|e\d|w\d)\b", re.IGNORECASE)
#: A trainee's word after the field they train in ("Nurse Extern", "Nursing Student", "Social
#: Work Intern", "Radiologic Technology Student", "Counseling Practicum Student") and the
#: field of study → its practitioner, so the title reads the field rather than the school
#: (the word vote read "Nursing Student" and "Social Work Intern" as postsecondary teachers,
#: "Nurse Extern" as an audiologist). Level: ``level_reading.TITLE_RUNGS`` (entry).
TRAINEE = re.compile(r"\s*\b(?:student|extern|externship|intern|internship|practicum|trainee|clinical rotations?)"
                     r"(?:\s+(?:student|extern|intern))*\s*$", re.IGNORECASE)
#: A trainee's word before the field ("Student Nurse Extern", "Student Radiographer").
_TRAINEE_LEAD = re.compile(r"^\s*(?:student|trainee)\s+", re.IGNORECASE)
#: Fields of study → the practitioner's word (order matters: the first match wins).
STUDY_FIELD = ((re.compile(r"\btechnology$", re.IGNORECASE), "technologist"),
               (re.compile(r"\btherapy$", re.IGNORECASE), "therapist"),
               (re.compile(r"\bsocial work$|\bmsw$|\bbsw$", re.IGNORECASE), "social worker"),
               (re.compile(r"\bnursing$", re.IGNORECASE), "nurse"),
               (re.compile(r"\bassisting$", re.IGNORECASE), "assistant"),
               (re.compile(r"\bschool counseling$", re.IGNORECASE), "school counselor"),
               (re.compile(r"\b(?:mental health |clinical mental health )?counseling$", re.IGNORECASE),
                "mental health counselor"),
               (re.compile(r"\bhygiene$", re.IGNORECASE), "hygienist"),
               (re.compile(r"\bphlebotomy$", re.IGNORECASE), "phlebotomist"))
#: A reading of a title that names no work (an owner's business name alone, a rank alone).
NO_WORK = Occupation(None, None, None, "mid", "none", "owner")


def _study_practitioner(field: str) -> str:
    """The practitioner of a field of study ("Radiologic Technology" → "Radiologic
    technologist", "Social Work" → "social worker"; :data:`STUDY_FIELD`), else ``field``."""
    for pattern, word in STUDY_FIELD:
        if pattern.search(field):
            return pattern.sub(word, field)
    return field


def own_title_occupation(title: str | None) -> Occupation | None:
    """The occupation of one of the person's own titles (resume side; postings are read by
    ``occupations.infer_occupation`` alone): ownership words dropped (:data:`OWNERSHIP`: "Owner /
    Master HVAC Technician" → HVAC mechanic; "Owner, Second Act Consignment" names no work), a
    military rank alone names no work (:data:`MILITARY_RANK`), a trainee's word read as the field
    it trains in (:data:`TRAINEE`, :data:`STUDY_FIELD`: "Nursing Student" → registered nurse).
    A title naming no work is :data:`NO_WORK` (family None, ``generic_reading`` true). None for
    no title."""
    if not title or not title.strip():
        return None
    t = title[:200]
    occ = _own_title_reading(t)
    # the whole title's rung ("Nurse Extern" entry, "Owner / Master Plumber" lead), whatever part named the work
    return occ if occ.code is None else replace(occ, level=infer_occupation(t).level)


def _own_title_reading(t: str) -> Occupation:
    """:func:`own_title_occupation` before the whole title's rung is set. A military occupational code in the
    title names the work whatever rank stands beside it (``military_codes``: "Unit Supply Sergeant (92Y20)")."""
    code_title = military_title(t)
    if code_title:
        return infer_occupation(code_title)
    billet = billet_title(t)  # an officer's unit names the work ("Public Works Officer", ``military_billets``)
    if billet:
        return infer_occupation(billet)
    if open_title(t) or command_only(t):  # "Chief of Staff", "Founding Team Member", "Commanding Officer": the work decides
        return NO_WORK
    if OWNERSHIP.search(t):
        rest = re.sub(r"\(\s*\)", " ", OWNERSHIP.sub(" ", t))  # "Freelance Designer (self-employed)"
        parts = [p.strip(" -–—,&()") for p in re.split(r"\s*(?:/|,|&|\||\band\b|\s[-–—]\s)\s*", rest)]
        for part in (p for p in parts if p and re.search(r"[A-Za-z]{2}", p)):
            occ = infer_occupation(part)
            if occ.family and occ.method in _STATED_METHODS and not generic_reading(occ):
                return occ
            if _occ_of_exec(occ):
                return occ
        if not _OWNER_OF_BUSINESS.match(t):  # "Freelance Designer (self-employed)": the rest is a title
            for part in (p for p in parts if p and re.search(r"[A-Za-z]{2}", p)):
                occ = infer_occupation(part)
                if occ.family and not generic_reading(occ):
                    return occ
        return NO_WORK
    bare = re.sub(r"\([^)]*\)", " ", t).replace(".", "")  # "U.S. Army" → "US Army"
    bare = re.sub(r"\s+", " ", re.sub(r"[,;:|/]", " ", _MILITARY_NOISE.sub(" ", bare))).strip()
    if bare and MILITARY_RANK.match(bare) and (bare != re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", t)).strip(" ,")
                                               or not POLICE_RANK.match(bare)):
        return NO_WORK
    field = _TRAINEE_LEAD.sub("", TRAINEE.sub("", t)).strip(" -–—,")
    if field and field != t.strip():
        occ = infer_occupation(_study_practitioner(field))
        if occ.family and not generic_reading(occ):  # "Student Assistant" is no assistant's field
            return occ
    return infer_occupation(t)


def _occ_of_exec(occ: Occupation) -> bool:
    """Whether ``occ`` is a chief executive's reading ("Founder & CEO", "Owner and President"):
    an office, kept beside the ownership words."""
    return bool(occ.code and occ.code.startswith("11-1011"))


def _names_no_work(occ: Occupation) -> bool:
    """Whether ``occ`` was read from a title that names no kind of work at all — an employer's
    title for any staff (``occupation_tables.GENERIC_TITLES``: "Senior Associate", "Team
    Member") or a catch-all management title ("Vice President") — rather than from a generic
    head that still names one ("Instructor", "Technician")."""
    return occ.matched in GENERIC_TITLES or bool(occ.code and occ.code[:7] in CATCH_ALL_CODES)


def person_readings(targets: Iterable[str], current: str | None, text: str,
                    certifications: str = "", earlier: Iterable[str] = ()) -> list[Reading]:
    """Every reading of the person's occupation with a family (module doc), in tie-break order.
    ``earlier``: the resume's previous titles, most recent first; when the current title is
    generic or missing, the first :data:`EARLIER_TITLES` specific ones are read as ``earlier``
    (the rest of the resume names the field the generic title does not)."""
    out: list[Reading] = []

    def add(title: str, source: str, occ: Occupation | None = None) -> None:
        # a service title of a clinical domain is that domain's profession ("Pulmonary Case Manager":
        # respiratory therapists; ``occupation_domains``, trial 55 F3)
        occ = occ if occ is not None else read_title(title) if source in ("target", "stated", "summary") \
            else infer_occupation(title[:200]) if source == "credential" else own_title_occupation(title)
        entry = field_entry(title) if source == "stated" and occ is not None else None
        if entry is not None:  # "moving into Human Resources": the field's staff, not its managers (trial144)
            occ = replace(occ, code=entry, title=_data()[0].get(entry, [""])[0], family=family_of(entry))
        if source == "current":  # an academic leaving academia works in the discipline, not in education (fam90)
            occ = leaving_discipline(title, text) or occ
        if source in ("target", "stated") and occ is not None and occ.code and open_title(title):
            # "Chief of Staff" asked for keeps its family's vote but names no occupation of its own: its word-vote
            # code ("Managers, All Other") would make every catch-all posting "your own occupation" (``open_titles``)
            occ = replace(occ, code=None, title=None, method="open")
        if occ is not None and occ.family:
            w = READING_WEIGHTS[source] * (GENERIC_WEIGHT if generic_reading(occ) else 1.0)
            out.append(Reading(occ, source, w, title))

    for t in targets:
        add(t, "target")
    for t in stated_titles(text):
        add(t, "stated")
    now = own_title_occupation(current)
    # a firm's rank ("Principal", "Partner", "Owner, Ramírez Plumbing LLC") is the firm's trade (``person_employer``)
    now = firm_reading(current, now, text) or now
    specific = [t for t in earlier if t and t != current and not generic_reading(own_title_occupation(t))]
    if now is None or generic_reading(now):
        if now is not None and not _names_no_work(now):
            add(current, "current", now)  # "Instructor", "Technician": a kind of work; it keeps a tie
        for t in specific[:EARLIER_TITLES]:
            add(t, "earlier")
    if now is not None and (not generic_reading(now) or _names_no_work(now)):
        add(current, "current", now)  # after the earlier titles when it names no work ("Vice President")
    for t in summary_titles(text):
        add(t, "summary")
    for t in credential_titles(text, certifications):
        add(t, "credential")
    # a title whose head several families share ("Estimator", "Lab Technician") is read from the work (fam76)
    return work_of_shared_heads(_programs_of_work(_programs_of_people_run(
        _trainers_of_staff(_practice_of_managers(out), text), text), text),
                                text, earlier=[own_title_occupation(t) for t in specific[:EARLIER_TITLES + 1]])


#: O*NET occupations of people who manage or supervise a clinical practice without naming it
#: ("Clinical Manager", "Clinical Supervisor", "Nurse Manager", "Clinical Director": 11-9111
#: Medical and Health Services Managers, filed under administrative). A person who holds the
#: practice's licence (RN, LCSW, PT…) is a lead of that practice (level guide: "nurse manager /
#: supervising nurse = lead" of nursing; a clinical supervisor of therapists who holds an LCSW is
#: social work).
PRACTICE_MANAGER_CODES = frozenset({"11-9111"})
#: Titles of the same kind O*NET files elsewhere ("Clinical Coordinator": clinical research
#: coordinators, science): in a licensed clinician's resume they coordinate that practice.
PRACTICE_MANAGER_TITLES = frozenset({"clinical coordinator", "clinical team leader", "clinical lead",
                                     "clinical services coordinator"})
#: Families whose licence makes such a manager a lead of the practice rather than an administrator.
PRACTICE_FAMILIES = frozenset({"nursing", "social_work", "allied_health"})


#: Characters of a posting's description searched for the licence its practice manager needs.
PRACTICE_TEXT_CHARS = 6000


def practice_of_posting(occ: Occupation, description: str) -> Occupation:
    """A practice manager posting's occupation (:data:`PRACTICE_MANAGER_CODES`,
    :data:`PRACTICE_MANAGER_TITLES`: "Clinical Supervisor", "Clinical Manager") read as the
    practice whose licence its description names most often in the first
    :data:`PRACTICE_TEXT_CHARS` characters ("LCSW or LPC required" → social work, "current RN
    license" → nursing; :data:`CREDENTIAL_TITLES` letters as written), with the manager's
    level; ``occ`` itself otherwise."""
    if not ((occ.code or "")[:7] in PRACTICE_MANAGER_CODES or occ.matched in PRACTICE_MANAGER_TITLES):
        return occ
    votes: dict[str, int] = {}
    first: dict[str, Occupation] = {}
    for m in _CREDENTIAL.finditer((description or "")[:PRACTICE_TEXT_CHARS]):
        lic = infer_occupation(_CREDENTIAL_FOLDED[m.group(1).lower()])
        if lic.family in PRACTICE_FAMILIES:
            votes[lic.family] = votes.get(lic.family, 0) + 1
            first.setdefault(lic.family, lic)
    if not votes:
        return occ
    lic = first[max(votes, key=lambda f: votes[f])]
    return Occupation(lic.code, lic.title, lic.family, occ.level, "practice", occ.matched)


def _practice_of_managers(readings: list[Reading]) -> list[Reading]:
    """``readings`` with each practice manager's (:data:`PRACTICE_MANAGER_CODES`,
    :data:`PRACTICE_MANAGER_TITLES`) occupation read as the practice of the person's first
    licence or summary self-description in :data:`PRACTICE_FAMILIES` ("LCSW", "Licensed
    clinical social worker with 11 years": its code and family, the manager's level); unchanged
    without one."""
    lic = next((r.occupation for r in readings if r.source in ("credential", "summary")
                and r.occupation.family in PRACTICE_FAMILIES), None)
    if lic is None:
        return readings
    return [Reading(Occupation(lic.code, lic.title, lic.family, r.occupation.level, "practice", r.occupation.matched),
                    r.source, r.weight)
            if (r.occupation.code or "")[:7] in PRACTICE_MANAGER_CODES or r.occupation.matched in PRACTICE_MANAGER_TITLES
            else r for r in readings]


def person_family(readings: Iterable[Reading], text: str | None = None) -> str | None:
    """The family with the largest summed weight of ``readings``, or None. Ties: the one the resume
    ``text`` votes most for (``person_work.work_tie_break``), else the earliest."""
    total: dict[str, float] = {}
    for r in readings:
        total[r.occupation.family] = total.get(r.occupation.family, 0.0) + r.weight
    return work_tie_break(total, text)


def changes_field(family: str | None, current: str | None) -> bool:
    """Whether a person of profession ``family`` whose current title is ``current`` is entering
    another field: the current title's family is known and neither the same nor adjacent
    (issue-11 level guide: a career changer's level is entry unless the old job already did
    the core work of the new one — a QC lab analyst moving into data analysis keeps theirs).
    A generic current title (``occupations.generic_reading``: "Associate", "Team Member",
    "Consultant", "Assistant Vice President") names no field, so it never makes a change."""
    if not family or not current:
        return False
    now = own_title_occupation(current)
    if generic_reading(now):  # "Team Member", "Senior Associate", "Consultant": names no field to leave
        return False
    if discipline_keeps(family, current):
        return False
    return family_relation(family, now.family) == "other"


def discipline_keeps(family: str | None, current: str | None) -> bool:
    """Whether an academic ``current`` title's discipline (``academic_titles.academic_discipline``: "Assistant
    Professor of Economics" → economist) is ``family`` or next to it: leaving academia for that field is no
    career change (fam90, blind14 n10)."""
    from careercopilot.normalize.academic_titles import academic_discipline

    disc = academic_discipline(current)
    return disc is not None and family_relation(family, disc.family) in ("same", "adjacent")


__all__ = ["CREDENTIAL_TITLES", "GENERAL_MANAGER_CODES", "ORG_PROGRAMS", "PEOPLE_RUN", "PROGRAM_ROLES", "Reading",
           "changes_field", "credential_titles", "discipline_keeps", "heads_programs", "own_title_occupation", "people_run",
           "person_family", "person_readings", "practice_of_posting", "stated_titles", "summary_titles",
           "unwrap_lines"]
