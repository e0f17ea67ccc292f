"""The level a job title names (``infer_level``): one of ``occupations.LEVELS`` from the title's own words.

Split from :mod:`careercopilot.normalize.occupations` (session 22) by concern: that module reads a title's
occupation; this one its rung. ``occupations`` re-exports every name here. Levels read from more than a title
(a resume's years and cues, a posting's description) live in :mod:`careercopilot.normalize.level_reading`.

Rules: the issue-11 level guide (``benchmarks/data/issue11/families.md``: entry = intern/trainee/assistant/aide/
helper; mid = "II"/journeyman; senior = "Senior"/"III"/master/NP; lead = lead/manager/supervisor/foreman;
executive = director/chief/VP/dean/commissioner), with the exceptions documented beside each pattern.
"""

from __future__ import annotations

import re

from careercopilot.normalize.occupation_forms import LETTERED_RUNG as _LETTERED_RUNG

#: Years of experience from which a resume title WITHOUT level words reads as senior (below:
#: mid; under 2: entry). Most ladders outside tech have no "senior" rung: a registered nurse,
#: machinist or paralegal of 6–9 years still holds the mid-level title postings ask for
#: (issue 11: resume level accuracy on the dev split 0.36 with 6 years; the curator's
#: levels put such resumes at mid).
RESUME_SENIOR_YEARS = 10


_EXEC = re.compile(r"\b(chief|vp|vice president|svp|evp|president|director|head of|c[etfom]o|partner|dean|"
                   r"commissioner|superintendent of schools|executive director|general manager)\b")
#: A platform's or employer's name for its hourly or self-employed workers, not a firm's owner: "Delivery
#: Partner", "Driver-Partner", "Uber Driver Partner", "Shopping Partner" (gig delivery, rideshare and grocery apps),
#: "Patient Care Partner" (hospitals' nursing aides), "Warehouse Partner" — a work noun before "partner" (issue-11
#: blind16 q11, four years of app delivery read as executive: nDCG@10 0.515). Read as the work, with no rung.
_WORK_PARTNER = re.compile(r"\b(?:delivery|deliveries|driver|driving|drive|shopping|shopper|grocery|courier|"
                           r"rideshare|ride[- ]share|ride|dasher|crew|warehouse|fulfillment|patient care|care|"
                           r"cleaning|moving|task)[\s/-]+partners?\b")
_LEAD = re.compile(r"\b(lead|staff(?= (?:software|data|machine|ml|site|platform|backend|frontend|security|"
                   r"product|engineer$))|principal|manager|supervisor|supervising|head|charge nurse|charge|foreman|"
                   r"forewoman|foremen|foreperson|forepersons|superintendent|team leader|chef de cuisine|"
                   r"executive (?:pastry |banquet |catering )?chef|executive housekeeper|executive steward|"
                   r"nurse manager|iv|"
                   r"level (?:4|iv)|distinguished)\b")
#: "II" is the middle rung whatever the head ("Specialist II" was senior here: the issue-11
#: curators put "Specialist II" and "Customer Support Specialist II" resumes at mid, b03, c02, c06).
#: Advanced-practice nurses are the senior rung of nursing (level guide: "NP = senior").
_SENIOR = re.compile(r"\b(senior|sr|iii|level (?:3|iii)|master|experienced|expert|architect|nurse practitioner|"
                     r"np|fnp|aprn|crna|nurse anesthetist|nurse midwife|clinical nurse specialist)\b")
_ENTRY = re.compile(r"\b(junior|jr|entry|entry[- ]level|intern|internship|trainee|apprentice|graduate|new grad|"
                    r"assistant i|i|level (?:1|i)|student|helper|aide|associate i)\b")
#: A title opening with "Assistant" names the rung below the role ("Assistant Civil
#: Engineer", "Assistant Landscape Architect", "Assistant Buyer"; civil-service ladders:
#: Assistant → (none) → Senior → Supervising).
#: A chief of a trade or of a building's stationary engineers (:func:`infer_level`).
_CHIEF_TRADE = re.compile(r"\b(?:assistant )?chief (?:building |operating |stationary |plant |maintenance |watch )?"
                          r"(?:engineer|electrician|mechanic|plumber|carpenter|custodian|boiler operator)s?\b")
_ASSISTANT_TO = re.compile(r"assistant\b")
#: A posting title whose head noun is "assistant" asks for an entry-level applicant (issue-11
#: level guide: entry = "intern/trainee/assistant/aide/helper"; of such postings without level
#: words, half A: 12 of 15 labeled entry, half B 9 of 12) — except an executive assistant and a
#: licensed therapy or physician assistant (mid and above).
_ASSISTANT_HEAD = re.compile(r"(?<!executive )(?<!executive personal )(?<!therapist )(?<!therapy )(?<!physician )"
                             r"\bassistants?$")
_MID = re.compile(r"\b(ii|level (?:2|ii)|journeyman|journeyperson|journey level|intermediate|mid)\b")


_BOSS = re.compile(r"\b(?:assistant|secretary|aide|advisor|adviser)\s+to\b.*")
#: A worker a company calls "partner" holds no firm partner's rung: gig apps ("Delivery Partner", "Driver
#: Partner"; blind16 q11 read executive), coffee chains ("Barista (\"Partner\")", blind11 k21), hospitals ("Patient
#: Care Partner"), retail and HR ("Store Partner", "HR Business Partner"). A firm's partner ("Partner", "Managing /
#: Equity / Audit / Tax Partner", blind14 n17) stays executive. Dropped before the level words are read.
_WORKER_PARTNER = re.compile(r"\b(?:delivery|driver|driving|courier|shopper|rideshare|(?:patient )?care|team|crew|shift|"
                             r"store|retail|service|barista|conversation|business)\s+partners?\b|"
                             r"[(\"\u201c']\s*partner\s*[)\"\u201d']")
#: Managers whose title is an individual contributor's (``infer_level``'s ``ic`` list): their assistants keep the
#: "Assistant <role>" entry rung ("Assistant Property Manager").
_IC_MANAGERS = (r"case|account|property|product|customer success|social media|territory|community|content|success|"
                r"marketing|relationship|brand|events|communications")
#: The assistant of a general manager is the rung below the GM (level guide: "deputy/assistant director" = lead;
#: blind3 c10's held "Assistant General Manager" read executive); the assistant of a unit's manager ("Assistant
#: Store / Project / Restaurant / Branch Manager", "Assistant Manager") the rung below the manager: senior (blind16
#: q13 and blind10 j14 read lead; j14 labeled mid). A nursing unit's assistant manager is a charge role, an
#: assistant city/town manager a local government's second (``level_offices``): both lead.
_ASSISTANT_GM = re.compile(r"\b(?:assistant|asst\.?|deputy) general manager\b")
_ASSISTANT_MANAGER = re.compile(r"\b(?:assistant|asst\.?) (?!nurse |(?:city|county|town|village|township|borough) manager\b|"
                                r"(?:" + _IC_MANAGERS + r") manager\b)"
                                r"(?:[a-z&]+ ){0,2}manager\b")


def infer_level(title: str, years: float | None = None, default: str | None = "mid") -> str | None:
    """Level of a job title (module rules): one of :data:`LEVELS`; ``default`` when the title
    has no level words and ``years`` is None."""
    t = _LETTERED_RUNG.sub(r"\1", (title or "").lower().replace("sr.", "sr").replace("jr.", "jr"))  # "IIIa" → "iii"
    t = _BOSS.sub("", t)  # "Executive Assistant to the CEO": the boss's title is not the level
    from careercopilot.normalize.level_reading import title_rung  # ladders named by a phrase: TITLE_RUNGS

    t, rung = title_rung(t)
    if rung is not None:
        return rung
    from careercopilot.normalize.occupation_settings import ship_rung  # a ship's licensed ranks (fam139)

    rung = ship_rung(t)
    if rung is not None:
        return rung
    # Deputy/assistant directors are the rung below the director (lead); a deputy or assistant
    # commissioner heads a city agency's division (executive, issue-11 level guide); a deputy
    # chief or deputy inspector general is the chief's second (lead). An art director leads the visual work (lead).
    # The chief of a building's engineers or of a trade leads its crew (level guide: "chief/master
    # trades" are lead; "Chief Building Engineer" read executive).
    t = _WORKER_PARTNER.sub(" ", t)
    t = _ASSISTANT_GM.sub("manager", t)
    t = _ASSISTANT_MANAGER.sub("senior", t)
    t = _CHIEF_TRADE.sub("supervisor", t)
    t = _WORK_PARTNER.sub("worker", t)  # "Delivery Partner", "Driver-Partner": the platform's worker
    t = re.sub(r"\b(?:deputy|assistant|associate) (?:director|manager)\b|\bdeputy (?:\w+ )?chief\b|"
               r"\bdeputy inspector general\b|\bart director\b", "manager", t)
    if _EXEC.search(t) and not re.search(r"\b(assistant|associate) (director|dean|principal)\b", t):
        return "executive"
    if re.search(r"\bprincipal\b", t) and re.search(r"\b(school|elementary|middle|high|academy)\b", t):
        return "executive"
    ic = re.sub(r"\b(" + _IC_MANAGERS + r") manager\b", " ", t)
    if _LEAD.search(ic):
        return "lead"
    # an academic rank is no assistant's rung: an assistant professor holds a doctorate and a faculty post
    # (fam90, blind14 n10 read entry); the rung is read from the years like any other title without level words
    t = re.sub(r"\b(?:assistant|associate|adjunct|visiting) professor\b", "professor", t)
    if _ASSISTANT_TO.match(t):  # "Assistant Civil Engineer", "Assistant Buyer": the rung below
        return "entry"
    if _SENIOR.search(t):
        return "senior"
    if _MID.search(t):
        return "mid"
    if _ENTRY.search(t):
        return "entry"
    if years is not None:
        return "entry" if years < 2 else "mid" if years < RESUME_SENIOR_YEARS else "senior"
    return default
