"""Levels read from more than a job title: a posting's description (:func:`infer_posting_level`)
and a resume (:func:`resume_level`). Split out of ``normalize.occupations`` (which keeps the
title rules, :func:`~careercopilot.normalize.occupations.infer_level`, and re-exports both).

The ladder is ``occupations.LEVELS`` (entry < mid < senior < lead < executive; issue-11
SOURCES.md point 4 / families.md level guide: lead = supervisor or manager of ICs, master
trades, deputy/assistant director; executive = director and above; RN = mid, journeyman = mid,
"5+ yrs specialist" = senior).

How resumes show a level beyond the title's words (:func:`resume_level`):

* **people they supervise** — "Supervise 9 field RNs, 4 LPNs and 6 aides", "manage a team of
  12", "7 direct reports", "oversee a staff of 15" in the summary or the current role
  (:data:`SUPERVISES`, at least :data:`SUPERVISED_MIN` people) → lead;
* **a practitioner's ladder** — in the families whose working rung is the licensed or
  journey-level practitioner (:data:`PRACTITIONER_FAMILIES`: a registered nurse, an electrician,
  a machinist, a case manager, a police officer of 11 years is still mid), years alone never
  make a person senior, but a doctoral clinician's do (:func:`doctoral_clinician`: a
  pharmacist); elsewhere (a specialist, analyst, account or communications manager)
  :data:`~careercopilot.normalize.occupations.RESUME_SENIOR_YEARS` of them do;
* a stated career change → entry (mid into an adjacent family); an occupation of O*NET job
  zone ≤ 2 → entry;
* **what the summary says** — a first job in the field ("Newly certified …", "looking for my
  first …", "seeking an entry-level …", a bootcamp: :data:`NEW_ENTRANT`, :func:`new_entrant` —
  not when the entry word is one end of a range or another alternative's) → entry; a return
  after a career break (:data:`RETURNER`, :data:`CAREER_BREAK`) keeps a rung the held title names,
  else at most mid (:func:`level_title`: not the part-time job since the break), a move out of the
  military (:data:`LEAVING_MILITARY`) → at most mid; the next rung held as acting/interim
  (:data:`ACTING`) → that rung; the years it states (:func:`stated_years`) before the years
  counted from the dates;
* **the hours** — a supervisor or lead rung held casual, part-time, per diem or relief
  (:data:`PART_TIME`) → mid.

Ladders named by a phrase of the title (:data:`TITLE_RUNGS`, :data:`GS_GRADE`: GS grades,
support-grade III, clinical nurse IV, nursing assistants, in-house legal and law-firm rungs,
bank officer grades, police and military ranks, sous chefs, fellows) are read first by
``occupations.infer_level``, for postings and resumes alike.
"""

from __future__ import annotations

import re

from careercopilot.normalize import occupations as _occ  # occupations re-exports this module's functions at its end
from careercopilot.normalize.labor_categories import LCAT_RUNGS
from careercopilot.normalize.occupation_jargon import JARGON_RUNGS
from careercopilot.normalize.level_offices import DIRECTOR_ABBR, OFFICE_RUNGS
from careercopilot.normalize.level_cues import (  # noqa: F401  (re-exported: level_reading.X still works)
    _CAREER_CHANGE,
    PRACTITIONER_FAMILIES,
    states_career_change,
    SUPERVISED_MIN,
    _NUM_WORDS,
    _NUM,
    SUPERVISES,
    SUPERVISION_CHARS,
    _MORE,
    supervised_count,
    SUMMARY_CHARS,
    NEW_ENTRANT,
    RETURNER,
    CAREER_BREAK,
    _SERVICE,
    LEAVING_MILITARY,
    ASKS_LEAD,
    PART_TIME,
    held_part_time,
    ACTING,
    IC_MANAGER,
    IC_MANAGER_YEARS_LESS,
    SELF_IC,
    STEPS_DOWN,
    JOURNEY_LEVEL,
    _JOURNEY_PENDING,
    journey_level,
    _NUMBER_WORDS,
    STATED_YEARS,
    ZONE2_MID_STATED_YEARS,
    STATED_SENIOR_YEARS,
    stated_years,
    doctoral_clinician,
    manager_step,
    asked_range,
    new_entrant,
)

from careercopilot.normalize.level_lookalikes import lookalike_rung, plain_title

# --- title rungs of public job ladders (read before the generic level words) ---------------------

def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Words of a ladder's support rungs (clerical, front-line service, technicians): their "III"
#: is the journey rung, not senior (NYC "Clerical Associate III" = mid in the issue-11 posting
#: labels; blind2 b22, blind5 e10 a bank's "Associate III" = mid), their "IV"/"V" senior
#: (posting "Engineering Technician IV" = senior).
_SUPPORT_HEAD = (r"(?:associate|clerk|clerical (?:associate|assistant|specialist)|typist|clerk typist|office assistant|"
                 r"administrative assistant|assistant|aide|representative|rep|agent|teller|cashier|secretary|"
                 r"receptionist|technician|tech)")

#: Individual contributors' nouns that, beside a bank officer grade ("Vice President, Software
#: Engineer", "Credit Analyst – AVP"), say the grade is a bank's, not an executive office.
_IC_NOUN = (r"(?:engineer|developer|analyst|scientist|specialist|consultant|architect|underwriter|banker|trader|officer|"
            r"relationship manager)s?\b")

#: A health-care title beside the NHS Agenda for Change pay band ("Staff Nurse (Band 5)", "Senior
#: Physiotherapist, Band 6", "Ward Sister - Band 7", "Matron Band 8a"): the band is the rung (NHS
#: Employers' AfC profiles: bands 1–2 support workers, 3–4 senior support/assistant practitioners,
#: 5 the newly qualified and working practitioner, 6 the senior/specialist practitioner, 7 the ward
#: sister, team leader or advanced practitioner, 8a–8b service managers and matrons, 8c–9 heads of
#: service). Only beside a health-care word: a "Band 6 Software Engineer" is another employer's band.
_NHS = (r"^(?=.*\b(?:nurse|nursing|midwife|midwifery|sister|matron|physiotherapist|physio|occupational therapist|"
        r"radiographer|sonographer|paramedic|therapist|pharmacist|pharmacy|practitioner|dietitian|healthcare assistant|"
        r"health care assistant|hca|support worker|nhs|afc|agenda for change|odp|operating department)\b).*\bband\s*")
NHS_BANDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(_NHS + r"[12]\b"), "entry"), (_rx(_NHS + r"[345]\b"), "mid"), (_rx(_NHS + r"6\b"), "senior"),
    (_rx(_NHS + r"(?:7|8\s*[ab])\b"), "lead"), (_rx(_NHS + r"(?:8\s*[cd]|9)\b"), "executive"),
)

#: Rungs a title names by its whole phrase, in order, first match wins ``(pattern, level)``;
#: :func:`title_rung`. Sources: US OPM General Schedule (GS-1–7 entry/trainee grades, 9–11
#: full-performance, 12–13 senior specialist, 14–15 supervisory/manager, SES executive);
#: hospital clinical ladders (Clinical Nurse I new graduate … III/IV expert bedside nurse);
#: issue-11 SOURCES.md point 4 (nursing assistant = entry, deputy directors = lead;
#: "Assistant/Deputy General Counsel" posting labels mid/lead); law-firm ladders
#: (associate → senior associate / of counsel → partner); bank officer grades (analyst →
#: associate → AVP → VP → SVP/director → managing director: a VP who is an engineer or analyst
#: is a senior individual contributor); police ranks (sergeant, lieutenant = first-line and
#: section supervisors); the kitchen brigade (commis → chef de partie → junior sous chef → sous chef →
#: chef de cuisine: the station chef and the junior sous are the working rungs, mid; the sous chef is
#: the chef's second, senior; chef de cuisine / head chef lead); state licensing of the trades
#: (apprentice → journeyman → master electrician / plumber / pipefitter / HVAC: the master holds the
#: contractor's licence and runs journeymen — level guide "master trades" = lead; blind5 e27 asked
#: for "plumbing supervisor" or "master plumber" = lead); state civil-service support classes
#: named "<class> Senior" (Washington's Secretary → Secretary Senior → Secretary Supervisor: the
#: class's working rung, mid — blind6 f28); public-service fellowships and national service (entry);
#: crew rungs of the trades (sub-foreman, lead hand, charge hand — Canadian and British forms of the
#: working foreman —, crew leader/chief, gang boss, chief estimator: lead; blind7 g04) and of schools
#: (assistant/vice/deputy principal, assistant dean, dean of students: level guide "assistant/deputy
#: director = lead"; blind7 g09, a high-school dean of students = lead); a station's lead of a bar or
#: restaurant (head/lead bartender, bar lead, lead server, lead line cook, lead barista: O*NET files
#: "Lead Bartender", "Lead Server", "Lead Line Cook", "Lead Barista" under the working occupations
#: 35-3011, 35-3031, 35-2011, 35-3023.01, not the first-line supervisors 35-1012; blind7 g10 "bar
#: lead target" = mid) is the working rung, mid. A clinical programme's extern or practicum student
#: ("Medical Assistant Extern", "Nurse Extern", "Counseling Practicum Student") is placed for the
#: programme's hours: entry (level guide: entry = "intern/trainee"; blind8 h03); so is a trainee of a
#: head whose own word names a higher rung ("Intern Architect" — NCARB's term for an unlicensed
#: architect in training, blind8 h08's "Practicante (Intern Architect)" —, "Engineer-in-Training
#: (EIT)", "Manager in Training").
#: Offices first (``level_offices``), then contract labor categories (``labor_categories``: "Analyst 3", "SME II"),
#: then the kitchen brigade's and the drilling crew's jargon ranks (``occupation_jargon``, session 31).
TITLE_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = OFFICE_RUNGS + LCAT_RUNGS + NHS_BANDS + JARGON_RUNGS + (
    (_rx(r"\bsenior executive service\b|\bses\b"), "executive"),
    (_rx(r"\bdeputy general counsel\b"), "lead"),
    (_rx(r"\bassistant general counsel\b"), "mid"),
    (_rx(r"\bgeneral counsel\b|\bchief legal officer\b|\bclo\b"), "executive"),
    (_rx(r"\b(?:managing|equity|founding|name|non-equity|income|senior) partner\b"), "executive"),
    (_rx(r"\bof counsel\b"), "senior"),
    (_rx(r"\b(?:junior|first[- ]year|second[- ]year) associate\b"), "entry"),
    (_rx(r"\b(?:assistant vice president|avp)\b(?!.*\b(?:lead|leader|manager|supervisor)\b)"), "mid"),
    (_rx(r"^(?!.*\bchief\b).*?\b(?:senior vice president|svp|executive vice president|evp)\b(?=.*\b" + _IC_NOUN + ")"),
     "lead"),
    (_rx(r"^(?!.*\bchief\b).*?(?:(?<!assistant )\b(?:vice president|vp)\b(?=.*\b" + _IC_NOUN + r")|\b" + _IC_NOUN +
         r".*(?<!assistant )\b(?:vice president|vp)\b)"), "senior"),
    (_rx(r"\b(?:certified |licensed )?nurs(?:e|ing) (?:assistant|aide)s?\b|\bc\.?n\.?a\b|\bstna\b|\bhome health aide\b|"
         r"\bpersonal care (?:aide|assistant)\b|\bpatient care (?:aide|assistant)\b|\bcaregiver\b"), "entry"),
    (_rx(r"\b(?:clinical|staff|registered) nurse (?:iv|4)\b|\brn (?:iv|4)\b"), "senior"),
    (_rx(r"\b" + _SUPPORT_HEAD + r"\s+(?:iii|3)\b"), "mid"),
    (_rx(r"\b" + _SUPPORT_HEAD + r"\s+(?:iv|v)\b"), "senior"),  # "Representative 5" is a req number
    (_rx(r"\b(?:drill|staff|master|first|gunnery) sergeant\b|\bsergeant (?:first class|major)\b|\bpetty officer\b|"
         r"\b(?:e-?[4-9]|mos \w+)\b.*\bsergeant\b|\bsergeant\b.*\b(?:e-?[4-9]|army|marine|mos)\b"), "mid"),
    (_rx(r"\bsergeant\b|\blieutenant\b|\b(?:police|sheriff(?:'s|s)?|patrol|fire|ems|corrections?|correctional|detention|"
         r"jail|security) captain\b|\bcaptain\s*(?:of|,|-|–|—|\()\s*(?:the\s+)?(?:police|patrol|fire|ems|corrections?|"
         r"detention|jail|security)\b"), "lead"),
    (_rx(r"\bmaster (?:electrician|plumber|pipe ?fitter|steam ?fitter|gas ?fitter|hvac(?:r)?|refrigeration|"
         r"sprinkler ?fitter|sheet metal worker|mechanical contractor)s?\b"), "lead"),
    (_rx(r"\b(?:secretary|office assistant|clerk|clerk typist|fiscal technician)\s+senior\b"), "mid"),
    (_rx(r"\b(?:assistant|vice|deputy|associate) principal\b(?!\s+" + _IC_NOUN + r")|\b(?:assistant|associate) dean\b|"
         r"\bdean of (?:students|student life|student affairs|academics|instruction|discipline|culture|curriculum)\b"),
     "lead"),
    (_rx(r"\bsub[- ]?fore(?:man|men|woman|person)\b|\b(?:lead|charge)[- ]?hands?\b|\bcrew (?:leader|chief|boss)s?\b|"
         r"\bgang (?:boss|leader)\b|\bchief estimator\b"), "lead"),
    (_rx(r"\b(?:head|lead)\s+(?:bartender|barback|server|waiter|waitress|barista|line cook|prep cook|host|hostess|busser|"
         r"food runner|dishwasher)s?\b|\b(?:bar|grill|line|fry|prep|barista|server|host|floor)\s+lead\b"), "mid"),
    (_rx(r"\bjunior sous chef\b|\bsous chef\s*[(,-]\s*junior\b|\bchef de partie\b"), "mid"),
    (_rx(r"\bexecutive sous chef\b|\bsous chef\b"), "senior"),
    (_rx(r"\bchef de cuisine\b|\bhead chef\b"), "lead"),
    (_rx(r"\bexterns?\b(?!\s+(?:coordinator|director|manager|supervisor|program|liaison))|"
         r"\bexternship\b(?!\s+(?:coordinator|director|manager|supervisor|program|liaison))|"
         r"\bpracticum (?:student|intern|trainee)\b|\bclinical rotations?\b|"
         r"\b(?:intern|trainee|apprentice|extern|student|graduate)\s+architect\b|"
         r"\barchitect(?:ural)?\s+(?:intern|trainee|apprentice|extern)\b|\b\w+[- ]in[- ]training\b|\beit\b"), "entry"),
    (_rx(r"(?<!senior )(?<!research )(?<!clinical )(?<!postdoctoral )(?<!distinguished )(?<!visiting )"
         r"(?<!medical )\bfellow\b|\bamericorps\b|\bvista member\b|\bcorps member\b"), "entry"),
)

#: The federal General Schedule grade in a title or its summary ("GS-1530-13", "GS-12",
#: "(GS-0343-11)") → level (OPM: GS-5/7 are the entry grades of professional series, GS-9/11
#: full performance, GS-12/13 the senior journey grades, GS-14/15 supervisors and managers).
GS_GRADE = _rx(r"\bgs[- ]?(?:\d{3,4}[- ])?(\d{1,2})\b")
GS_LEVELS = {**{g: "entry" for g in range(1, 8)}, 8: "mid", 9: "mid", 10: "mid", 11: "mid",
             12: "senior", 13: "senior", 14: "lead", 15: "lead"}

#: A partner of a business function (an HR business partner, "People Partner", a talent or
#: finance partner) is an individual contributor, not a firm's partner (blind5 e18: "People
#: Partner", 8 years, no reports = senior); the word is neutralized before the level words.
FUNCTION_PARTNER = _rx(r"\b(?:people|hr|human resources|talent|talent acquisition|recruiting|business|finance|financial|"
                       r"learning|technology|client|channel|strategic|alliance|account|sales|customer|success|vendor|"
                       r"community|benefits|total rewards|payroll|it|data|employee relations)\s+partner\b|"
                       r"\bpartner (?:manager|success|marketing|operations|relations|development|enablement|programs?|"
                       r"specialist|associate|coordinator|engineer|solutions|account)\b")

#: A trainee's word that names the programme or the people served, not the holder ("Internship
#: Coordinator", "Student Services Coordinator", "Graduate Admissions Counselor", "Apprenticeship
#: Director", "Coordinator of Student Activities", "Supervisor of Interns"; a "Dean of Students"
#: keeps its rung, ``TITLE_RUNGS``): the holder runs or serves the trainees and is not one (session
#: 22; the level guide's entry = "intern/trainee/…" names the holder). The word is renamed
#: "program" before the level words (:func:`title_rung`).
TRAINEES_SERVED = _rx(
    r"\b(?:interns?|internships?|students?|graduate|undergraduate|trainees?|apprentices?|apprenticeships?|co-?op|"
    r"practicum|externship)\b(?=\s+(?:programs?|services|affairs|admissions|coordinator|manager|supervisor|director|"
    r"advis[eo]r|counsel(?:l)?or|success|housing|life|activities|engagement|support|records|enrollment|"
    r"(?:financial )?aid|placement|liaison|recruit(?:er|ment|ing)|loans?|medical education|studies|conduct|"
    r"development|experience|career|employment|instructor|mentor|coach|evaluator|disability)\b)|"
    r"(?<=\bof )(?<!dean of )(?:the )?(?:interns?|internships?|students?|graduate (?:studies|students|admissions)|trainees?|"
    r"apprentices?|apprenticeships?)\b")


def title_rung(title: str) -> tuple[str, str | None]:
    """``(title, level)`` of a lower-case title by :data:`TITLE_RUNGS` and :data:`GS_GRADE`
    (level None when none names a rung); the returned title has a function's partner
    (:data:`FUNCTION_PARTNER`) renamed "liaison" and the trainees a holder serves
    (:data:`TRAINEES_SERVED`) "program", so that the caller's level words do not read
    it as a firm's partner, and "Dir." spelled out (:data:`DIRECTOR_ABBR`)."""
    t = DIRECTOR_ABBR.sub("director", FUNCTION_PARTNER.sub("liaison", title or ""))
    t = plain_title(TRAINEES_SERVED.sub("program", t))  # "full-charge", "senior living": no rung (level_lookalikes)
    rung = lookalike_rung(t)
    if rung is not None:
        return t, rung
    for pattern, level in TITLE_RUNGS:
        if pattern.search(t):
            return t, level
    gs = GS_GRADE.search(t)
    if gs and int(gs.group(1)) in GS_LEVELS:
        return t, GS_LEVELS[int(gs.group(1))]
    return t, None


_YEARS_REQ = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?:\d{1,2}\s*)?\+?\s*years?(?:'|’)?\s*"
                        r"(?:of\s+)?(?:\w+\s+){0,4}?experience", re.IGNORECASE)
_ENTRY_TEXT = re.compile(r"\bentry[- ]level\b|\bno (?:prior )?experience (?:is )?(?:required|necessary|needed)\b|"
                         r"\brecent (?:college )?graduates?\b|\bwill train\b|\bnew grads?\b", re.IGNORECASE)


def infer_posting_level(title: str, description: str = "", code: str | None = None) -> str:
    """Level of a posting (:func:`posting_level_reading`, without where it was read)."""
    return posting_level_reading(title, description, code)[0]


#: Where a manager of accounts, clients or a product (:data:`IC_MANAGER`) read below mid was raised:
#: such a title manages no people and the issue-11 level guide sets it "senior/mid"
#: (``benchmarks/data/issue11/SOURCES.md`` point 4) — never an entry-level job, whatever years, "entry
#: level" or O*NET job zone (customer service representatives, zone 2) the rest of the posting suggests.
IC_MANAGER_FLOOR = "a manager of accounts or clients in the title (no staff managed: mid at least)"


def posting_level_reading(title: str, description: str = "", code: str | None = None) -> tuple[str, str]:
    """:func:`_posting_level_reading`, with a manager of accounts or clients (:data:`IC_MANAGER`) read
    "entry" raised to mid (:data:`IC_MANAGER_FLOOR`): "Client Success Manager" (O*NET 43-4051, job
    zone 2), "Client Relationship Manager", "Account Manager" asking 1+ years were read entry-level
    (issue-11 labels mid, senior, lead), so a senior account manager's own postings were two rungs off
    (× 0.85, no strong fit). The resume side already has this floor (:func:`resume_level`). A rung the
    title names itself ("Account Manager Intern", "Junior Account Manager") is kept."""
    level, source = _posting_level_reading(title, description, code)
    # the title's own rung words stay ("Account Manager Intern", "Junior Account Manager",
    # "Account Manager Assistant"): only the readings from outside the title are raised
    if level == "entry" and source not in ("the title", "an assistant's title") and IC_MANAGER.search(title or ""):
        return "mid", IC_MANAGER_FLOOR
    return level, source


def _posting_level_reading(title: str, description: str = "", code: str | None = None) -> tuple[str, str]:
    """``(level, where it was read)`` of a posting ("the title", a phrase after "read from", or ""
    when nothing states one and the level is the default mid) — the words name the source so that the
    score's level factor and the seniority check say the same thing (trial 41: "× 0.85 a
    mid-level role" beside "The title states no seniority level"). In order: the title's level
    words (:func:`infer_level`, "the title"); a title whose head noun is "assistant" → entry
    (``occupations._ASSISTANT_HEAD``); without them the experience the description asks for —
    the smallest "N+ years of experience" (< 2 entry, < 6 mid, < 10 senior, else lead; on half A
    of the issue-11 postings 2/6/10 read 0.789 of levels right, 2/5/8 0.780, 3/5/8 0.771), else
    "entry level"/"no experience required" → entry; else a skilled trade → mid (the bare title
    names the journeyman: "Carpenter", "Locksmith"; half A level 0.802 → 0.809, half B 0.787 →
    0.790); else O*NET job zone ≤ 2 → entry; "mid" otherwise."""
    level = _occ.infer_level(title, None, default=None)
    if level is not None:
        return level, "the title"
    segs = _occ._segments(title)
    if segs and _occ._ASSISTANT_HEAD.search(segs[0].lower()):  # "Administrative Assistant", "Sales Assistant"
        return "entry", "an assistant's title"
    text = (description or "")[:20000]
    years = [int(m.group(1)) for m in _YEARS_REQ.finditer(text) if 0 <= int(m.group(1)) <= 30]
    if years:
        y = min(years)
        return ("entry" if y < 2 else "mid" if y < 6 else "senior" if y < 10 else "lead"), \
            f"the {y}+ year{'s' if y != 1 else ''} of experience the description asks for"
    if _ENTRY_TEXT.search(text):
        return "entry", "the description's “entry level”"
    occ, _, _, _ = _occ._data()
    code = code or _occ.infer_occupation(title).code
    if _occ.family_of(code) == "skilled_trades":  # a trade's bare title names the journeyman ("Carpenter", "Locksmith")
        return "mid", "a trade's bare title (the journeyman's rung)"
    zone = occ.get(code, ["", 0])[1] if code else 0
    if 0 < zone <= 2:
        return "entry", "the occupation's O*NET job zone (≤ 2: little preparation)"
    return "mid", ""


#: A "II" title whose holder has :data:`~careercopilot.normalize.occupations.RESUME_SENIOR_YEARS`
#: or more years is the senior specialist of their ladder (blind5 e29 "Planner II", 9 stated /
#: 11.4 counted years; blind4 d07 "Combination Inspector II", 9 / 17.4: senior), except on a
#: support or trade ladder, whose II is the working rung however long it is held.
_SECOND_RUNG = re.compile(r"\b(?:ii|2)\b(?!.*\b(?:iii|iv)\b)", re.IGNORECASE)
_WORKING_RUNG_HEAD = re.compile(r"\b(?:" + _SUPPORT_HEAD + r"|electrician|plumber|carpenter|mechanic|machinist|operator|"
                                r"welder|driver|nurse|rn|lpn|officer|specialist)s?\b", re.IGNORECASE)



def _rank(level: str) -> int:
    return _occ.LEVELS.index(level)


def acting_level(text: str) -> str | None:
    """The highest rung the resume says the person held in an acting or interim capacity
    (:data:`ACTING`), None without one."""
    best = None
    for m in ACTING.finditer((text or "")[:SUPERVISION_CHARS]):
        held = re.sub(r"\bgc\b", "general counsel", m.group(1).lower())
        level = _occ.infer_level(held, None, default=None)
        if level is not None and (best is None or _rank(level) > _rank(best)):
            best = level
    return best


def resume_level(title: str, years: float | None, text: str = "", code: str | None = None,
                 family: str | None = None) -> str:
    """Level of a person from their current title, then the resume (module doc, in order):
    entry for a first job in the field stated in the summary (:func:`new_entrant`); the
    title's level words (:func:`infer_level`) — raised to lead when the resume says the
    person supervises :data:`SUPERVISED_MIN` or more people and the title names a rung below,
    raised to the rung held in an acting capacity (:func:`acting_level`), a "II" held for the
    senior years raised to senior (:data:`_SECOND_RUNG`); entry for a career change stated in
    the first 600 characters (``level_cues.states_career_change``) — mid when the old title's family is
    adjacent to the person's (``occupations.ADJACENT``: an accountant of 5 years becoming a
    data analyst, blind4 d21) and they have 2 or more years; lead for supervision; an
    account/territory manager (:data:`IC_MANAGER`) by years (senior from
    :data:`IC_MANAGER_YEARS_LESS` fewer, else mid); entry for an occupation of O*NET job zone ≤
    2 ("little or some preparation": line cooks, call-center representatives — their postings
    ask for entry-level applicants) unless the summary states :data:`ZONE2_MID_STATED_YEARS`
    (then mid); otherwise by years (< 2 entry, < the senior years mid, else senior — mid
    whatever the years in a :data:`PRACTITIONER_FAMILIES` profession: ``family``, else the
    title's), mid without years. The years are those the summary states
    (:func:`stated_years`, senior from :data:`STATED_SENIOR_YEARS`), else ``years`` (counted,
    in years; senior from ``occupations.RESUME_SENIOR_YEARS``). Last, a returner
    (:data:`RETURNER`, :data:`CAREER_BREAK`) or a person leaving the military
    (:data:`LEAVING_MILITARY`) is at most mid, and one who says the title overstates the rung
    (:data:`SELF_IC`: "individual contributor", "no direct reports") at most senior, and a lead or
    executive applying one rung down on purpose (:data:`STEPS_DOWN`) one rung below. A job-zone
    ≤ 2 occupation or fewer than 2 years read mid rather than entry for a journey card
    (:func:`journey_level`). A lead rung held casual, part-time, per diem or relief
    (:func:`held_part_time`) reads mid — held seasonal, only when the resume names no team of
    :data:`SUPERVISED_MIN` or more (``level_cues.SEASONAL``, session 23). Session 22: a returner keeps a rung the title names (only
    a rung read from years is capped, :func:`_capped`); a numbered manager of a thing who
    supervises no one reads the step (``level_cues.manager_step``); an ask naming a range
    ("junior or mid-level", :func:`asked_range`) keeps the reading within it. Never raises."""
    if new_entrant(text, held=title):
        return "entry"
    level = _read_level(title, years, text, code, family)
    # a casual bar supervisor runs a shift; a seasonal head of a department who names the team runs it
    if level == "lead" and held_part_time(title, text, seasonal=supervised_count(text) < SUPERVISED_MIN):
        level = "mid"
    level = _capped(level, text, named=_occ.infer_level(title, None, default=None) is not None)
    asked = asked_range(text)  # "seeking a junior or mid-level role": the reading, within the range
    if asked is not None:
        lo, hi = asked
        level = lo if _rank(level) < _rank(lo) else hi if _rank(level) > _rank(hi) else level
    return level


def returner(text: str) -> bool:
    """Whether the resume says the person is back after a break (:data:`RETURNER` in the first
    :data:`SUMMARY_CHARS` characters, or a :data:`CAREER_BREAK` entry anywhere)."""
    return bool(RETURNER.search((text or "")[:SUMMARY_CHARS]) or CAREER_BREAK.search(text or ""))


#: Titles of the break itself or of unpaid work during it ("Family caregiver and parent (career
#: break)", "Stay-at-home parent", "Volunteer Data Analyst").
_BREAK_TITLE = _rx(r"\bcareer (?:break|gap|pause)\b|\bcaregiv|\bstay[- ]at[- ]home\b|\bhomemaker\b|\bparent\b|"
                   r"\bvolunteer|\bsabbatical\b")


def level_title(recent: list[str], text: str) -> str | None:
    """The title whose rung a returner keeps (session 22): for a person back after a break
    (:func:`returner`) whose latest title is a side job held part-time or a title of the break
    (:func:`held_part_time`, :data:`_BREAK_TITLE`: "Rehab Scheduling Coordinator (part-time)" after
    eight years as a COTA, blind9 i08; "Freelance Content Writer (part-time, about 20 hours/week)",
    blind2 b19), the first earlier title that is neither; else the latest title (None without any).
    A short current job in another role does not reset the rung left at."""
    if not recent:
        return None
    if not returner(text) or not (held_part_time(recent[0], text) or _BREAK_TITLE.search(recent[0])):
        return recent[0]
    for title in recent[1:]:
        if not held_part_time(title, text) and not _BREAK_TITLE.search(title):
            return title
    return recent[0]


def _capped(level: str, text: str, military: bool = True, named: bool = False) -> str:
    """``level`` lowered by the summary's caps: a returner (:data:`RETURNER`, :data:`CAREER_BREAK`)
    at most mid when the rung was read from years, not ``named`` by the held title's level words
    (session 22: a returner keeps the rung they left at — ``level_cues`` "returner's
    rung"); a person leaving the military (:data:`LEAVING_MILITARY`, unless ``military`` is False or the
    summary asks for a supervisor's job, :data:`ASKS_LEAD`) at most mid; a person who says the title
    overstates the rung (:data:`SELF_IC`) at most senior; a lead or executive applying one rung down on
    purpose (:data:`STEPS_DOWN`) one rung below."""
    head = (text or "")[:SUMMARY_CHARS]
    back = not named and returner(text)
    if _rank(level) > _rank("mid") and (back or (military and LEAVING_MILITARY.search(head)
                                                     and not ASKS_LEAD.search(head))):
        return "mid"
    if _rank(level) > _rank("senior") and SELF_IC.search((text or "")[:SUPERVISION_CHARS]):
        return "senior"
    if _rank(level) > _rank("senior") and STEPS_DOWN.search(head):
        return _occ.LEVELS[_rank(level) - 1]
    return level


def _bare_title(title: str) -> str:
    """A title's words without its bracketed or dashed qualifiers ("Staff Pharmacist - Inpatient",
    "Senior Estimator (Commercial)" → "staff pharmacist", "senior estimator"), lower case."""
    t = re.sub(r"\([^()]*\)|\s[-–—|]\s.*$|,.*$", " ", title or "").lower()
    return " ".join(re.findall(r"[a-z0-9]+", t))


def names_title_held(targets: list[str], held: list[str]) -> bool:
    """Whether one of the target titles is a title the person holds (:func:`_bare_title` equal):
    the person asks for their own rung beside stretch titles, so the targets' middle rung is not
    theirs (blind7 g05: a Senior Estimator asking for "Senior Estimator", "Preconstruction
    Manager", "Chief Estimator", labeled senior — "Preconstruction Manager preference would be
    lead"; on dev and blind2–6 no other resume's reading changes)."""
    own = {_bare_title(h) for h in held} - {""}
    return bool(own) and any(_bare_title(t) in own for t in targets or [])


def asked_level(text: str) -> str | None:
    """The rung of the titles the resume's own words ask for (``person_occupation.stated_titles``:
    "Looking for a Senior Stationary Engineer opening", "Seeking an Administrative Assistant 3",
    "Looking for VP Engineering or CTO roles") when most of them name one (:func:`infer_level`):
    the middle one, the lower of two — the same rule as the preference's target titles. The
    issue-11 label is the rung of the job the person is hired into next, and the curators'
    people name it ("long tenure without a title change" asking for the senior title, blind6
    f05, f15; a law-firm senior associate asking for senior counsel, f12; a state "Secretary
    Senior" asking for Administrative Assistant 3, f28): on dev and blind2–6 the 29 resumes
    whose asks name a rung were labeled that rung in all but one (e27, "plumbing supervisor or
    master plumber", lead; read senior before master trades were lead). Entry for a new entrant
    (:func:`new_entrant`); None for an ask naming a range of rungs (:func:`asked_range`: the
    resume's reading, kept within it by :func:`resume_level`); then the summary's caps (:func:`_capped`) but the military one: a
    service member asking for the supervisor's job is hired into it (blind4 d16, "Transitioning
    U.S. Army NCO … Seeking a warehouse, inventory control, or distribution supervisor role" = lead),
    their rank alone is not (blind7 g17). None when the asks name no rung."""
    from careercopilot.normalize.person_occupation import stated_titles  # imports occupations, which imports us

    asks = stated_titles(text or "")
    named = sorted((lv for lv in (_occ.infer_level(t, None, default=None) for t in asks) if lv), key=_rank)
    if not named or 2 * len(named) <= len(asks):
        return None
    if new_entrant(text):
        return "entry"
    if asked_range(text) is not None:  # "a junior or mid-level analyst role": the resume's reading, within it
        return None
    # a returner's ask is not the rung they left at: capped as before (the held title keeps it, resume_level)
    return _capped(named[(len(named) - 1) // 2], text, military=False)


def _read_level(title: str, years: float | None, text: str, code: str | None, family: str | None) -> str:
    """:func:`resume_level` before the summary's caps."""
    level = _occ.infer_level(title, None, default=None)
    supervises = supervised_count(text) >= SUPERVISED_MIN
    acting = acting_level(text)
    said = stated_years(text)
    years, senior_at = (said, STATED_SENIOR_YEARS) if said is not None else (years, _occ.RESUME_SENIOR_YEARS)
    step = manager_step(title) if level == "lead" and not supervises else None
    if step is not None:
        # "Program Manager II (Technical)" who supervises no one: the step of the IC ladder, a II
        # senior from the IC manager's years (blind9 i20, ~9 counted years = senior)
        level = "senior" if step == "mid" and years is not None and years >= senior_at - IC_MANAGER_YEARS_LESS else step
    if level is not None:
        if supervises and _rank(level) in (1, 2):  # "Specialist II" / "Senior Analyst" who runs a team
            level = "lead"
        if acting is not None and _rank(acting) > _rank(level):
            level = acting
        if level == "mid" and years is not None and years >= senior_at and \
                _SECOND_RUNG.search(title or "") and not _WORKING_RUNG_HEAD.search(title or ""):
            level = "senior"
        return level
    found = _occ.infer_occupation((title or "")[:200])
    if states_career_change(text):
        adjacent = _occ.family_relation(family, None if _occ.generic_reading(found) else found.family) == "adjacent"
        return "mid" if adjacent and years is not None and years >= 2 else "entry"
    if supervises:
        return "lead"
    if IC_MANAGER.search(title or ""):
        return "senior" if years is not None and years >= senior_at - IC_MANAGER_YEARS_LESS else "mid"
    occ, _, _, _ = _occ._data()
    # a generic word ("Associate", "Team Member") names no occupation, so no job zone: O*NET's
    # reported titles file "Associate" under a zone-2 occupation, and an insurance-claims
    # "Associate" of 7 years read entry (issue-11 blind3, c03: mid)
    zone = 0 if code is None and _occ.generic_reading(found) else occ.get(code or found.code or "", ["", 0])[1]
    if 0 < zone <= 2:
        # … unless the summary states the years of a working rung (blind5 e11, an inventory
        # control specialist of 5 years; blind4 d09, a CNC operator of 6: mid) or a journey card
        working = (said is not None and said >= ZONE2_MID_STATED_YEARS) or journey_level(text)
        return "mid" if working else "entry"
    own = None if _occ.generic_reading(found) else found.family  # "Specialist" says no profession
    if years is None:
        return "mid"
    if years >= senior_at and (family or own) in PRACTITIONER_FAMILIES and \
            not doctoral_clinician(code or found.code):
        return "mid"
    if years < 2:
        return "mid" if journey_level(text) else "entry"
    return "mid" if years < senior_at else "senior"
