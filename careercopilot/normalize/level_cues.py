"""What a resume says about its holder's rung beyond the title's words — the cues
:func:`careercopilot.normalize.level_reading.resume_level` reads (split out of ``level_reading``
by concern; that module imports every name here, so ``level_reading.SUPERVISES`` etc. still work):

* people supervised (:data:`SUPERVISES`, :func:`supervised_count`) and the practitioner
  families whose years alone never make a senior (:data:`PRACTITIONER_FAMILIES`,
  :func:`doctoral_clinician`);
* the summary's own words: a new entrant, a returner, a move out of the military, a lead rung
  asked for, an acting rung, a self-described individual contributor, a journey card, the years
  stated (:data:`NEW_ENTRANT`, :data:`RETURNER`, :data:`CAREER_BREAK`, :data:`LEAVING_MILITARY`,
  :data:`ASKS_LEAD`, :data:`ACTING`, :data:`SELF_IC`, :data:`STEPS_DOWN`, :func:`journey_level`,
  :func:`stated_years`);
* the hours a rung is held (:data:`PART_TIME`, :func:`held_part_time`) and managers of accounts
  rather than people (:data:`IC_MANAGER`).

Each constant's comment gives its source (issue-11 SOURCES.md point 4, the level guide, and the
labeled resumes that showed the kind). Pure; no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careercopilot.normalize import occupations as _occ  # doctoral_clinician reads O*NET job zones

#: Resume cues that the person is entering the field of their target title (a career change):
#: their level there is entry whatever their years elsewhere ("CAREER CHANGE: 7 years as an
#: ICU nurse, now moving into healthcare data analysis").
_CAREER_CHANGE = re.compile(r"\bcareer[- ]change(?:r)?\b|\bchang(?:e|ing) careers?\b|\b(?:moving|transitioning|"
                            r"pivoting|breaking) into\b|\bstart (?:a|my) (?:new )?career\b", re.IGNORECASE)
#: Characters of a resume's beginning (summary, objective) searched for :data:`_CAREER_CHANGE`.
CHANGE_CUE_CHARS = 600


def states_career_change(text: str | None) -> bool:
    """Whether the resume's first :data:`CHANGE_CUE_CHARS` characters state a career change
    (:data:`_CAREER_CHANGE`). Cached on that beginning: scoring asks it once per posting of one resume."""
    return _states_career_change((text or "")[:CHANGE_CUE_CHARS])


@lru_cache(maxsize=512)
def _states_career_change(head: str) -> bool:
    return _CAREER_CHANGE.search(head) is not None

#: Families whose working rung is the licensed or journey-level practitioner (level guide: "RN =
#: mid", "journeyman = mid"; NP, master, supervisor and charge are named rungs): years alone do
#: not make such a person senior. On the issue-11 resumes without level words and with ≥ 10
#: years, every one of these families was labeled mid (machinists, operators, staff nurses,
#: stationary engineers, case managers, a detective); the other families' were mostly senior
#: (budget analyst, public information officer, sales representative, INFOSEC specialist).
PRACTITIONER_FAMILIES = frozenset({"nursing", "allied_health", "skilled_trades", "manufacturing", "construction",
                                   "social_work", "public_safety", "education", "hospitality",
                                   "logistics_supply_chain", "customer_support"})

#: Fewest people a person must supervise for "lead" (a pair of student workers is not a team).
SUPERVISED_MIN = 3
_NUM_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a dozen": 12, "dozens of": 24}
_NUM = r"(\d{1,4}|" + "|".join(_NUM_WORDS) + r")\+?"
#: The ways resumes say a person supervises people (summary or current role): a verb of
#: supervision before a count ("Supervise 9 field RNs", "managed a team of 12", "leading a
#: staff of 15", "oversee a crew of 6 electricians") or a count of reports ("7 direct reports",
#: "team of 19 staff"). The counted word must be people, not things ("manage 30 accounts").
SUPERVISES = re.compile(
    r"\b(?:supervis(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|lead|leads|led|leading|oversee|oversees|oversaw|overseeing|"
    r"direct|directs|directed|directing|head|heads|headed|heading|run|runs|ran|running|train and supervise)\s+"
    r"(?:(?:and|&|train|coach|schedule|mentor|a|an|the|my|our|team|teams|of|staff|crew|department|unit|"
    r"group|up|to|about|over|approximately|approx\.?|roughly|nearly|more|than)\s+){0,6}" + _NUM +
    r"(?:\s*[-–]\s*\d{1,4})?(?:\s+[\w/&.-]+){0,3}?\s+(?:staff|employees|people|persons|reports|direct reports|FTEs?|team members|"
    r"members|workers|nurses|RNs|LPNs|aides|CNAs|technicians|techs|therapists|clinicians|case managers|"
    r"counselors|social workers|agents|representatives|reps|associates|analysts|accountants|engineers|"
    r"developers|designers|specialists|inspectors|officers|deputies|investigators|teachers|instructors|"
    r"paralegals|attorneys|clerks|assistants|coordinators|managers|supervisors|electricians|plumbers|"
    r"carpenters|tradespeople|craftsmen|journeymen|apprentices|mechanics|operators|machinists|drivers|"
    r"housekeepers|room attendants|cooks|servers|bartenders|soldiers|marines|sailors|airmen|volunteers|"
    r"recruiters|buyers|planners|scientists|chemists|custodians|laborers|crew members|cashiers|detectives|"
    r"sergeants|firefighters|guards|dispatchers|paramedics|lawyers)\b"
    r"|\b" + _NUM + r"\s+(?:direct|indirect)\s+reports\b", re.IGNORECASE)
#: Characters of the resume's start (header, summary, the current role) searched for supervision.
SUPERVISION_CHARS = 1800


#: The next item of a list of counted people ("…, 4 LPNs and 6 aides").
_MORE = re.compile(r"(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)(\d{1,3})\s+[\w /-]{2,40}?(?=,|\s+and\s+|\s*&|;|\.|$)")


#: People counted who are lent to the work, not the person's team (session 31, fam131; issue 11 blind18
#: t02, a third-year law-firm associate who "supervise[s] 5 contract attorneys on the review platform" of
#: a document review read lead, 34 same-rung postings under 75): contract, temporary or agency staff,
#: interns and student workers directed on a task ("oversaw 12 temp workers during peak", "managed 4
#: interns"); contracted crews a manager runs ("contracted security officers", "contractor
#: technicians") still count. Running them is the project's work at the
#: associate's rung, not a supervisor's post (a staffing agency's contract reviewers report to the
#: agency; interns to their programme). Titles that name a rung keep it.
_BORROWED = re.compile(r"^\S*\s+(?:[\w/&.-]+\s+){0,2}?(?:contract|temporary|temp|agency|interns?|"
                       r"student)\b", re.IGNORECASE)


def supervised_count(text: str) -> int:
    """The largest number of people the resume's first :data:`SUPERVISION_CHARS` characters say
    the person supervises (:data:`SUPERVISES`; counts summed within one phrase: "9 field RNs, 4
    LPNs and 6 aides" → 19), 0 when none."""
    best = 0
    head = (text or "")[:SUPERVISION_CHARS]
    for m in SUPERVISES.finditer(head):
        raw = (m.group(1) or m.group(2) or "").lower()
        if _BORROWED.search(m.group(0)[m.end(1 if m.group(1) else 2) - m.start():]):
            continue  # "supervise 5 contract attorneys on the review platform": no team of one's own
        n = _NUM_WORDS.get(raw) or (int(raw) if raw.isdigit() else 0)
        # "9 field RNs, 4 LPNs and 6 home health aides": the rest of the list, on the same line
        tail = head[m.end(): m.end() + 120].split("\n", 1)[0]
        while (more := _MORE.match(tail)) is not None:
            n += int(more.group(1))
            tail = tail[more.end():]
        if n < 1000:
            best = max(best, n)
    return best


#: Characters of the resume's start (header, objective or summary) searched for the cues below.
SUMMARY_CHARS = 700

#: The rung above the one held, asked for as a first ("ready for my first management role", "looking for my
#: first supervisory position", "my first people-leader job"): a step up in the person's field, not a first job
#: in it (blind19 u26: a senior content marketer with 7 years read entry). Level guide: the level is the rung
#: held (reports, acting terms, credentials: ``level_reading.resume_level``), not a new entrant's.
_NOT_RUNG_UP = (r"(?!\s*(?:[\w-]+\s+){0,2}?(?:management|manager|managerial|supervisory|supervisor|supervising|"
                r"leadership|leader|lead|people[- ]leader|people[- ]manag\w*|director|directorship|executive(?! assistant)|"
                r"head|principal(?:ship)?|chief|c-suite|administrator|charge nurse|foreman|forewoman|superintendent|"
                r"senior|team[- ]lead\w*)\b)")

#: A person entering their field for the first time says so in the objective or summary
#: ("Newly certified pharmacy technician … looking for my first pharmacy tech job", "Newly
#: licensed Registered Nurse", "Seeking an entry-level paralegal role", "want a CNC operator
#: or machinist trainee job", "finished a software engineering bootcamp"): entry whatever the
#: title held before (issue-11 level guide: new-grad RN = entry; a grocery "Shift Lead" is
#: not a lead pharmacy technician). On dev and blind2–5 all 11 resumes with such a cue were
#: labeled entry. A new graduate of any licensed field says so the same way ("New graduate
#: Physical Therapist Assistant (Arizona license issued 2024) moving from the fitness floor",
#: blind6 f02; "new-grad RN", "new graduate pharmacist"); a nurse who precepts "new graduates"
#: is not one. The ask may follow a label's colon or dash ("Seeking: entry-level Data Analyst", blind9 i05).
#: An apprentice says the year or the indenture ("I'm a second-year indentured plumbing
#: apprentice", "3rd-year IBEW apprentice"; blind8 h04; level guide "apprentice" = entry).
NEW_ENTRANT = re.compile(
    r"\bnewly (?:certified|licensed|credentialed|graduated)\b|\brecent(?:ly)? (?:\w+ )?graduat|"
    r"(?<!precept )(?<!precepted )(?<!precepting )(?<!mentor )(?<!train )(?<!for )(?<!of )\bnew[- ]grad(?:uate)?\b(?!s\b)|"
    r"\blooking for (?:my|a) first\b" + _NOT_RUNG_UP + r"|\bmy first\s+" + _NOT_RUNG_UP + r"(?:[\w-]+\s+){0,3}(?:job|role|position)\b|"
    r"\b(?:seeking|looking for|want|wants|pursuing)\s*[:\-–—]?\s+(?:an?\s+)?(?:\w+\s+){0,4}?(?:entry[- ]level|trainee|"
    r"apprentice|apprenticeship|junior)(?:\s+(?:\w+\s+){0,3}?(?:job|role|position|opportunity))?\b|\bbootcamp\b|"
    # the rung after the asked title ("What I want next: Mechanical design engineer, entry level - I finished my BSME",
    # blind17 s08; "Next job: data analyst, entry-level")
    r"\b(?:seeking|looking for|want|wants|next (?:job|role|step))(?:\s+next)?\s*[:\-–—]?\s+(?:an?\s+)?"
    r"(?:[\w/&-]+\s+){0,4}?[\w/&-]+,\s*entry[- ]level\b|"
    r"(?:^|\n|[.;]\s+|\b(?:i'?m|i am|currently)\s+)(?:an?\s+)?(?:(?:first|second|third|fourth|fifth|[1-5](?:st|nd|rd|th))"
    r"[- ]year|indentured|registered)\s+(?:[\w&-]+\s+){0,3}?apprentice\b(?!s)",
    re.IGNORECASE)

#: A person coming back after years away ("returning to the workforce after five years caring
#: for my mother", "returning to work after a 5-year career break", "Returning to the
#: classroom after a planned career break"): the rung they left — the one the held title names, else
#: at most mid (issue-11 level guide; all 5 such resumes of dev and blind2–5 are mid; session 22: a
#: Senior BI Analyst back after a break stays senior, blind9 i06; the comment at the end).
RETURNER = re.compile(
    r"\breturn(?:ing)? to (?:the )?(?:work|workforce|classroom|nursing|field|office|bedside|practice)\b|"
    r"\bre-?enter(?:ing)? the (?:work ?force|job market)\b|\bcareer (?:break|gap|pause)\b", re.IGNORECASE)

#: A career break entered as an entry of the work history ("CAREER BREAK — Jul 2021 – Jun 2026",
#: "Career break | 2021 – 2023"), anywhere in the resume: a returner (blind2 b19, blind3 c20).
CAREER_BREAK = re.compile(r"^[ \t]*career (?:break|gap|pause)\b", re.IGNORECASE | re.MULTILINE)

#: A service member leaving the military ("Army Sergeant First Class separating in January
#: 2026", "TRANSITIONING SOLDIER", "Separating from U.S. Air Force, terminal leave begins July
#: 2026", "ETS date: 08/2026", "retiring from the Navy after 20 years", "DD-214 in hand"): the rank
#: is not the civilian rung; at most mid (blind4 d10: a drill sergeant / senior instructor moving
#: to corporate training = mid; blind7 g17: an Air Force staff sergeant who supervised 4 airmen,
#: labeled mid — "military supervision not counted as lead"). The words are DoD's transition terms
#: (separation, ETS/EAS = expiration of term of service / active service, terminal leave,
#: SkillBridge, TAP = Transition Assistance Program, DD-214 = the discharge certificate).
_SERVICE = (r"(?:active duty|(?:the )?(?:u\.?\s?s\.?\s?|united states |royal |canadian )?(?:army|navy|air force|space force|"
            r"marine corps|marines|military|coast guard|armed forces|national guard|usaf|usmc|usn|uscg|service))")
LEAVING_MILITARY = re.compile(
    r"\bseparat(?:ing|ed|ion) from " + _SERVICE + r"|\bretiring from " + _SERVICE + r"|"
    r"\b(?:army|navy|air force|marine corps|marines|coast guard|military|usaf|usmc)\b[^.\n]{0,60}\b(?:separating|retiring)\b|"
    r"\btransitioning (?:soldier|service ?member|veteran|marine|sailor|airman|from (?:the )?(?:military|active duty|"
    r"army|navy|air force|marine corps))\b|\bterminal leave\b|\b(?:ets|eas)(?: date)?\s*[:(-]?\s*(?:\d|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)|\bskillbridge\b|\bdd[- ]?214\b", re.IGNORECASE)

#: The summary asks for a supervisor's or manager's job ("Seeking a warehouse, inventory control,
#: or distribution supervisor role", "looking for an operations manager position"): a service
#: member who asks so is hired into that rung, not capped by :data:`LEAVING_MILITARY` (blind4 d16,
#: a transitioning NCO supervising 8 = lead; blind4 d10 and blind7 g17, asking for trainer and
#: administrator roles = mid).
ASKS_LEAD = re.compile(r"\b(?:seeking|looking for|want(?:ing)?|interested in|pursuing|targeting)\b[^.\n]{0,80}?"
                       r"\b(?:supervisor|superintendent|foreman|manager|team lead|team leader)s?\b(?:\s+(?:role|job|position|"
                       r"opportunit(?:y|ies)))?", re.IGNORECASE)

#: Hours that make a held rung a shift's, not a team's: the title's line says the job is casual
#: (Australian/British casual employment: paid by the hour, no guaranteed hours), part-time,
#: per diem / PRN (as needed), relief (covering the holder's days off), seasonal or weekends, or
#: gives fewer than 30 hours a week ("Bar Supervisor (casual, ~25 hrs/wk)", "Charge Nurse (PRN)",
#: "Relief Supervisor", "Shift Supervisor - part time"). A supervisor or lead so held reads mid
#: (blind7 g10: a casual bar supervisor running Thursday–Saturday shifts, labeled mid — "the
#: supervisor cue is shift-level and part-time"); the qualifier does not change the family.
#: A travel allowance is no hours: "traveling with per diem", "plus per diem on out-of-town jobs", "open to travel
#: (per diem)" (blind12 l15, a superintendent over 2 assistant superintendents read mid).
PART_TIME = re.compile(r"\b(?:casual|part[- ]?time|(?<!with )(?<!plus )(?<!\+ )(?<!travel \()(?<!travel )per[- ]diem"
                       r"(?! (?:allowance|on out|for travel))|prn|relief|seasonal|weekends?(?: only)?|"
                       r"on[- ]call|as[- ]needed)\b|~?\b(?:[12]?\d)\s*(?:hrs?|hours)\s*(?:/|a|per)\s*(?:wk|week)\b",
                       re.IGNORECASE)


#: A job held for a season ("Executive Housekeeper (seasonal, Apr-Nov)", "Seasonal Crew Lead", "Pool Manager -
#: summer season"): the months, which say nothing of the hours — a resort's, park's or tax office's head of
#: department works full weeks in season. A :data:`PART_TIME` word; for the rung of a lead it counts only when
#: the resume names no team (``level_reading.resume_level``: blind10 j18, an executive housekeeper of a
#: seasonal resort leading "2 housekeeping supervisors, 34 room attendants" = lead, read mid).
SEASONAL = re.compile(r"\bseasonal\b", re.IGNORECASE)


def held_part_time(title: str, text: str = "", seasonal: bool = True) -> bool:
    """Whether ``title`` or a line of ``text`` naming it (case-insensitive, the first
    :data:`SUPERVISION_CHARS` × 2 characters) carries a :data:`PART_TIME` qualifier; with ``seasonal``
    False a :data:`SEASONAL` one does not count (the hours are not said)."""
    t = " ".join((title or "").split()).lower()
    if not t:
        return False

    def said(line: str) -> bool:
        return bool(PART_TIME.search(line if seasonal else SEASONAL.sub(" ", line)))

    if said(t):
        return True
    for line in (text or "")[:2 * SUPERVISION_CHARS].splitlines():
        if t in " ".join(line.split()).lower() and said(line):
            return True
    return False
    if PART_TIME.search(t):
        return True
    for line in (text or "")[:2 * SUPERVISION_CHARS].splitlines():
        if t in " ".join(line.split()).lower() and PART_TIME.search(line):
            return True
    return False


#: Having held the next rung ("Acting GC for 7 months in 2022", "Acting Superintendent",
#: "interim Director of Nursing"): the person is hired into that rung next (blind5 e09: a
#: deputy general counsel who was acting GC = executive). A supervisor's or team lead's rung held acting is the
#: same ("Senior Clinician / Acting Clinical Supervisor": blind19 u27, labeled lead; fam140). Searched in
#: :data:`SUPERVISION_CHARS`.
ACTING = re.compile(
    r"\b(?:acting|interim)\s+(?!as (?:an? |the )?(?:backup|relief|stand-in)\b)((?:[A-Z][\w&/-]*\s+){0,3}?(?:general counsel|gc|director|chief(?: \w+)?|c[efot]o|"
    r"head of \w+|superintendent|vice president|vp|president|executive director|nurse manager|manager|principal|dean|"
    r"commissioner|supervisor|team lead(?:er)?|foreman|department head|department chair)\b)", re.IGNORECASE)

#: A manager of accounts, a territory or a product rather than of people (issue-11 SOURCES.md
#: point 4: "Manager titles that do not manage people … were set to senior/mid"): never entry
#: by job zone; senior from :data:`IC_MANAGER_YEARS_LESS` fewer years than other titles
#: (blind4 d23 "Territory Manager", 7 stated / 9.4 counted years = senior; blind2 b21 "Client
#: Success Manager", 5 / 7.4 = mid).
IC_MANAGER = re.compile(r"\b(?:account|territory|client success|customer success|success|relationship|"
                        r"product|property|brand|community|content|marketing|social media|events|"
                        r"communications) manager\b", re.IGNORECASE)
IC_MANAGER_YEARS_LESS = 2


#: The person says the title overstates the rung: an officer title of a bank ("\"Vice President\" is
#: a bank officer title at my employer: I am an individual contributor with no direct reports",
#: blind6 f18), a director of a six-person studio ("in practice I am a senior IC", f23): at most
#: senior (issue-11 SOURCES.md point 4: managers who do not manage people are senior/mid).
#: Searched in :data:`SUPERVISION_CHARS`.
SELF_IC = re.compile(r"\b(?:an? |senior |sr\.? )?individual[- ]contributor\b|\bsenior ic\b|\bno (?:direct )?reports\b|"
                     r"\bnot a people manager\b|\bno people[- ]management\b|\btitle inflation\b", re.IGNORECASE)

#: A person applying one rung down on purpose says so in the summary ("current assistant principal applying
#: for a classroom math teaching position … I know I am over-qualified on paper and I am applying one step down
#: on purpose", blind9 i14; "Support manager stepping back to a senior individual-contributor support role on
#: purpose", i25): hired one rung below the lead or executive rung read (issue-11 labeling: the job the person
#: would be hired into next). Forward-looking forms only — "stepped down from the board in 2020" is history.
#: Searched in :data:`SUMMARY_CHARS`.
STEPS_DOWN = re.compile(
    r"\bstep(?:ping)?\s+(?:back|down)\s+(?:to|into)\b|\b(?:one|a)\s+(?:step|level|rung)\s+down\b|"
    r"\bover[- ]?qualified\b|\b(?:want|wants|wanting|hope|hoping|plan|planning)\s+to\s+(?:go|get|move)\s+back\s+"
    r"(?:in)?to\s+(?:full[- ]time\s+)?(?:teaching|the classroom|the bench|the floor|bedside|hands-on|"
    r"(?:an?\s+)?individual[- ]contributor)", re.IGNORECASE)

#: A finished apprenticeship or a journey-level card, in the person's own words ("Journeyman
#: operating engineer (IUOE) with 4 seasons", "IUOE Local apprenticeship completed 2021
#: (journeyman card)", "Washington State General Journey Level Electrician certificate", "topped
#: out of the apprenticeship", a Canadian "Red Seal"): the journey rung, at least mid (level guide
#: "journeyman = mid") even in an occupation of job zone ≤ 2 or with few counted years (blind6
#: f06, a journeyman equipment operator read entry). Not a journeyman the person worked under
#: ("terminated panels under the journeyman") nor a card still to come (:data:`_JOURNEY_PENDING`).
JOURNEY_LEVEL = re.compile(
    r"(?:^|\n|[.;|(]\s*|\b(?:licensed|union|certified|ibew|ua|iuoe)\s+)journey(?:man|woman|person|worker|[- ]level)\b"
    r"(?!\s+(?:is|was|who|on|and i)\b)|"
    r"\bjourney(?:man|woman|person|worker)?[- ]?(?:level\s+)?(?:[a-z]+\s+){0,2}?(?:card|license|licence|ticket|"
    r"certificate|status)\b|"
    r"\b(?:completed|finished|graduated from|topped out of)\s+(?:my\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,4}?apprenticeship\b|"
    r"\bapprenticeship (?:program )?(?:completed|finished)\b|\btopped out\b|\bred seal\b", re.IGNORECASE)
_JOURNEY_PENDING = re.compile(r"\b(?:toward|towards|working on|pursuing|expect|expected|preparing|prepare|sit(?:ting)? for|"
                              r"studying for|eligible for|test(?:ing)? for|until|before)\b[^.\n]{0,30}$", re.IGNORECASE)


def journey_level(text: str) -> bool:
    """Whether the resume says the person holds the journey rung (:data:`JOURNEY_LEVEL`, not
    preceded on its line by a pending word of :data:`_JOURNEY_PENDING`)."""
    t = text or ""
    for m in JOURNEY_LEVEL.finditer(t):
        before = t[max(0, m.start() - 40): m.start() + 1].rsplit("\n", 1)[-1]
        if not _JOURNEY_PENDING.search(before):
            return True
    return False


#: Years a person states in the summary ("Registered nurse with 4 years on a 32-bed unit",
#: "Recruiting coordinator (1.5 years)", "Four years supporting a busy office", "13 yrs").
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "twenty": 20, "thirty": 30}
STATED_YEARS = re.compile(r"(?<![\d.])(?<!over )(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) +
                          r")\s*\+?\s*(?:years?|yrs?)\b(?![- ]old)(?!\s+ago)", re.IGNORECASE)
#: Stated years from which a job-zone ≤ 2 occupation is no longer entry: on dev and blind2–6 the
#: non-changers stating 3–6 years in one were labeled mid (blind6 f10, a line cook of "3+ years"
#: promoted from prep cook; e11, d09, b21), those stating 2 entry (line cook r15, call-center r37,
#: stock associate r21; level guide "mid = 2–5 yrs"); counted years do not separate them.
ZONE2_MID_STATED_YEARS = 3

#: Stated years from which a title without level words reads senior: the curators read the
#: summary's figure (issue-11 level guide "5+ yrs specialist = senior"; on dev and blind2–5
#: the non-practitioner resumes stating 8–9 years were labeled senior — blind5 e18, e28,
#: blind4 d14, d24 —, those stating 4–7 mid). Counted years (``RESUME_SENIOR_YEARS`` = 10)
#: run ~2 years longer: "present" is read on the day of matching, not of writing.
STATED_SENIOR_YEARS = 8


#: What precedes a job's duration, not a statement of years: the date range of an experience entry
#: on the same line (LinkedIn's "Mar 2022 - Present · 4 yrs 10 mos", "2019 – 2021 (2 years)";
#: blind9 i20, whose "4 yrs" of one job was read as the summary's years — session 22).
_DURATION = re.compile(r"(?:present|current|now|\b(?:19|20)\d\d)\s*\)?\s*[·•|(,–—-]?\s*\(?\s*$", re.IGNORECASE)


def stated_years(text: str) -> float | None:
    """The largest number of years the resume's first :data:`SUMMARY_CHARS` characters state
    (:data:`STATED_YEARS`; "1.5", "four"; not a job's duration after its dates, :data:`_DURATION`),
    None when none."""
    head = (text or "")[:SUMMARY_CHARS]
    found = [float(_NUMBER_WORDS.get(m.group(1).lower()) or m.group(1))
             for m in STATED_YEARS.finditer(head) if not _DURATION.search(head[:m.start()].rsplit("\n", 1)[-1])]
    found = [y for y in found if 0 < y <= 50]
    return max(found) if found else None


def doctoral_clinician(code: str | None) -> bool:
    """Whether an O*NET-SOC code is a healthcare diagnosing or treating practitioner (SOC minor
    group 29-1) of job zone 5 — pharmacists, physical and occupational therapists, audiologists,
    speech-language pathologists, physicians: a doctoral or master's clinician, whose years make a
    senior specialist, unlike the licensed practitioner's working rung of
    :data:`PRACTITIONER_FAMILIES` (blind7 g02: a staff pharmacist of 9 stated years, board
    certified, labeled senior — "5+ yrs specialist"; registered nurses, 29-1141 of zone 3–4, stay mid).
    So are the master's-level clinical social workers of zone 5 (21-1022 healthcare, 21-1023 mental
    health: an LCSW; blind8 h28, a hospice social worker of 11 stated years, per diem, = senior)."""
    if not code or not code.startswith(("29-1", "21-1022", "21-1023")):
        return False
    return _occ._data()[0].get(code, ["", 0])[1] >= 5


# --- session 22: rungs as people write them (numbered manager titles, asked ranges, returners) ----

#: A manager of a thing rather than of people — a program, a project, a product, accounts, cases,
#: a portfolio, grants, contracts, releases, content … — whose title carries a step numeral or
#: level ("Program Manager II (Technical)", "Project Manager III", "Product Manager I", "IT Project
#: Manager 2", "Grants Manager, Level 3"): the numeral is a step within the individual-contributor
#: ladder the title names (level guide: "I" entry, "II" mid, "III" senior; public and tech
#: ladders run I–V, the IV/V steps senior/principal individual contributors), not a people-lead
#: rung (issue-11 SOURCES.md point 4: "Manager titles that do not manage people … were set to
#: senior/mid"; blind9 i20, a Program Manager II (Technical) who supervises no one, labeled senior).
#: A manager named by whom they run ("Nurse Manager II", "Office Manager II", "Store Manager 3",
#: bare "Manager II") keeps the title's people-lead rung; so does any such manager whose resume
#: says they supervise people (:data:`SUPERVISES`). Group 1 = the step.
MANAGER_STEP = re.compile(
    r"^(?!.*\b(?:director|head|chief|supervisor|supervising|lead|principal|senior|sr|staff|vp|vice president)\b)"
    r".*\b(?:program|programme|project|product|technical program|account|case|portfolio|grants?|contracts?|"
    r"release|implementation|engagement|relationship|territory|property|brand|content|marketing|campaign|"
    r"community|communications|events|research|study|clinical trial|data|quality assurance program)\s+managers?\b"
    r"(?:\s*\([^)]*\))?[\s,–—-]*(?:level\s+|grade\s+|step\s+)?(i{1,3}|iv|v|[1-5])\b(?![.\d])"
    r"(?!\s*\+?\s*(?:yrs?|years?|mos?|months?)\b)", re.IGNORECASE)
_STEP_LEVEL = {"i": "entry", "1": "entry", "ii": "mid", "2": "mid", "iii": "senior", "3": "senior",
               "iv": "senior", "4": "senior", "v": "senior", "5": "senior"}


def manager_step(title: str) -> str | None:
    """The step a numbered thing-manager title names (:data:`MANAGER_STEP`: "Program Manager II
    (Technical)" → "mid", "Project Manager III" → "senior", "Product Manager I" → "entry"), None
    for any other title ("Nurse Manager II", "Manager II", "Senior Program Manager")."""
    m = MANAGER_STEP.search(" ".join((title or "").split()))
    return _STEP_LEVEL[m.group(1).lower()] if m else None


#: An ask naming a range of rungs rather than one ("junior or mid-level data analyst", "entry- or
#: mid-level", "Entry to Mid Level", "junior/mid", "junior-to-mid", "mid or senior", "Senior or
#: Staff Engineer"; "Associate/Analyst" is two titles, no range): the level is the range, not its
#: first word (blind9 i17: "Looking for a credit analyst or junior underwriter role" from a Credit
#: Analyst II of 4 years, labeled mid). Only in an ask ("mentored analysts from junior to senior"
#: is no range). Groups: the lower and the upper rung word.
ASK_RANGE = re.compile(
    r"\b(?:seeking|looking for|want|wants|open to|interested in|pursuing|targeting|applying (?:for|to))\b[^.;\n]{0,60}?"
    r"\b(entry|junior|jr|mid|intermediate|senior|sr)(?:[- ]level)?-?\s*(?:or|to|through|/|–|-|and/or)\s*(?:an?\s+)?"
    r"(mid|intermediate|experienced|senior|sr|staff|lead|principal)(?:[- ]level)?\b", re.IGNORECASE)
_RANGE_RUNG = {"entry": "entry", "junior": "entry", "jr": "entry", "mid": "mid", "intermediate": "mid",
               "experienced": "senior", "senior": "senior", "sr": "senior", "staff": "lead", "lead": "lead",
               "principal": "lead"}
#: The ask's words before its entry qualifier when the qualifier is a later alternative's only ("a
#: credit analyst or junior underwriter", "a CNC operator or machinist trainee job"); group
#: ``alt`` = the first, unqualified alternative. It asks for the person's own rung when they hold
#: it (a Credit Analyst II, blind9 i17 = mid), not when it is a new field's (blind5 e06, a soldier
#: "want[ing] a CNC operator or machinist trainee job" = entry).
_EARLIER_ALTERNATIVE = re.compile(r"^(?:seeking|looking for|want|wants|pursuing)\s*[:\-–—]?\s+(?:an?\s+)?"
                                  r"(?P<alt>(?:[\w-]+\s+){1,4}?)(?:or|and/or)\s+(?:an?\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def asked_range(text: str) -> tuple[str, str] | None:
    """``(lower, upper)`` rungs of the first ranged ask in the first :data:`SUMMARY_CHARS`
    characters (:data:`ASK_RANGE`; "junior or mid-level" → ("entry", "mid")), None without one or
    when both words name one rung ("entry-level / junior")."""
    m = ASK_RANGE.search((text or "")[:SUMMARY_CHARS])
    if m is None:
        return None
    lo, hi = _RANGE_RUNG[m.group(1).lower()], _RANGE_RUNG[m.group(2).lower()]
    order = _occ.LEVELS
    return (lo, hi) if order.index(lo) < order.index(hi) else None


def new_entrant(text: str, held: str | None = None) -> bool:
    """Whether the first :data:`SUMMARY_CHARS` characters say the person is new to the field
    (:data:`NEW_ENTRANT`) — not an ask whose entry word is one end of a range (:func:`asked_range`:
    "seeking a junior or mid-level role") or qualifies only a later alternative whose earlier one
    is the ``held`` title's (:data:`_EARLIER_ALTERNATIVE`: a Credit Analyst II "looking for a credit
    analyst or junior underwriter role"; every word of the alternative in the title); an entry word
    before the first of several titles qualifies them all ("Seeking: entry-level Data Analyst / BI
    Analyst", blind9 i05)."""
    own = set(re.findall(r"[a-z0-9]+", (held or "").lower()))
    head = (text or "")[:SUMMARY_CHARS]
    ranged = ASK_RANGE.search(head)
    for m in NEW_ENTRANT.finditer(head):
        if ranged is not None and ranged.start() <= m.end() + 2 and m.start() <= ranged.end() and \
                asked_range(head) is not None:
            continue
        span = m.group(0)
        word = re.search(r"\b(?:entry[- ]level|trainee|apprentice|apprenticeship|junior)\b", span, re.IGNORECASE)
        alt = _EARLIER_ALTERNATIVE.match(span[:word.start()]) if word is not None else None
        if alt is not None and own and set(re.findall(r"[a-z0-9]+", alt.group("alt").lower())) <= own:
            continue
        return True
    return False


# A returner's rung, kept (session 22): a person back after a break keeps the rung they left at
# unless they say they want to come back lower (blind9 i06: a Senior BI Analyst back after a
# 2022–2026 caregiving break, labeled senior). What the break does change is the tenure: years
# counted up to the break are stale, so a rung read from years alone stays at most mid (blind2 b19,
# blind6 f13, labeled mid; ``resume_fields`` no longer counts the break itself as work). Asking to
# come back lower is :data:`STEPS_DOWN` or an ask (``level_reading.asked_level``).
