"""Occupation and level of a job title (postings and resumes), from O*NET titles.

Data: ``careercopilot/data/onet/occupations.json`` — the O*NET 29.2 occupations (O*NET-SOC
code → title, job zone) and ~60,000 lay job titles (O*NET *Alternate Titles* and *Sample of
Reported Titles*, normalized by :func:`normalize_title`) → O*NET-SOC code. CC BY 4.0,
built by ``scripts/build_onet_titles.py``; license and attribution in
``careercopilot/data/onet/LICENSE.md``.

Rules (:func:`infer_occupation`):

1. The title is cut into segments at `` - ``, ``|``, ``,``, ``(``, ``/``, `` at ``, `` for `` and
   `` to `` ("PTA, Outpatient Orthopedics" → "PTA"; "Executive Assistant to the CEO" →
   "Executive Assistant"); abbreviations are expanded (:data:`ABBREVIATIONS`:
   RN, LPN, PTA, CNA, HVAC, UX, SDR…); level words are dropped (:data:`LEVEL_WORDS`).
2. A segment whose normalized text is an O*NET title gives that title's code; otherwise the
   segment's leading words are dropped one at a time ("pediatric icu registered nurse" →
   "registered nurse"), keeping at least its last word.
3. Otherwise every segment word votes for the codes of the O*NET titles it occurs in
   (share of those titles, weighted by the word's IDF over the titles; the segment's last
   word — the head noun of an English job title — counts double).

The **family** of a code (:data:`FAMILY_RULES`, longest SOC prefix wins) groups occupations
a job seeker moves between (nursing, allied health, skilled trades, software…), and
:data:`ADJACENT` lists families that share work (data ↔ software, nursing ↔ healthcare
support). Families are this project's grouping of the SOC 2018 structure (BLS).

Levels (:func:`infer_level`): ``entry`` < ``mid`` < ``senior`` < ``lead`` < ``executive``;
``lead`` covers staff/principal/lead engineers and managers of individual contributors;
non-tech ladders: apprentice → entry, journeyman → mid, master → senior; RN I/II/III and
roman numerals → entry/mid/senior; "Senior Paralegal" → senior; "Charge Nurse",
"Foreman", "Supervisor" → lead. A title without level words is ``mid`` for a posting; for a
resume the years of experience decide (< 2 entry, < :data:`RESUME_SENIOR_YEARS` mid, else senior).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["ADJACENT", "FAMILIES", "LEVELS", "Occupation", "family_of", "family_relation", "infer_level",
           "FAMILY_BOARDS", "FAMILY_LABELS", "infer_occupation", "infer_posting_level", "normalize_title",
           "same_occupation"]

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "onet" / "occupations.json"

LEVELS = ("entry", "mid", "senior", "lead", "executive")
#: Years of experience from which a resume title WITHOUT level words reads as senior (below:
#: mid; under 2: entry). Most ladders outside tech have no "senior" rung: a registered nurse,
#: machinist or paralegal of 6–9 years still holds the mid-level title postings ask for
#: (issue 11: resume level accuracy on the dev split 0.36 with 6 years; the curator's
#: levels put such resumes at mid).
RESUME_SENIOR_YEARS = 10

#: Words that say a level, not a role; dropped before looking a title up.
LEVEL_WORDS = frozenset({"senior", "sr", "junior", "jr", "i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "entry",
                         "level", "mid", "experienced", "trainee", "intern", "internship", "apprentice",
                         "journeyman", "journeyperson", "master", "staff", "principal", "lead",
                         "remote", "hybrid", "onsite", "temporary", "temp", "contract", "prn", "travel",
                         "traveling", "urgent", "hiring", "immediate", "opening"})
_PHRASES = re.compile(r"\b(?:full|part)[- ]time\b|\bper[- ]diem\b|\bnew[- ]grad(?:uate)?\b|\b(?:night|day|evening|"
                      r"weekend)s?(?: shift)?\b|\bshift\b|\bnow hiring\b")

#: Modern titles O*NET lists under an unexpected code or not at all (this project's
#: additions, checked against the O*NET occupation descriptions): normalized title → code.
OVERRIDES = {
    **dict.fromkeys(("data analyst", "business analyst", "technical business analyst",
                     "information technology business analyst", "business systems analyst", "business analyst data", "reporting analyst", "analytics analyst",
                     "bi analyst", "business intelligence analyst", "data analytics analyst"), "15-2051.01"),
    **dict.fromkeys(("product designer", "ux designer", "user experience designer", "ui designer",
                     "user interface designer", "user experience designer designer", "ux researcher",
                     "user experience researcher", "interaction designer", "visual designer", "web designer",
                     "digital designer", "ux ui designer", "ui ux designer"), "15-1255.00"),
    **dict.fromkeys(("warehouse associate", "warehouse worker", "warehouse team member", "order picker", "picker",
                     "packer", "picker packer", "material handler", "warehouse clerk", "fulfillment associate",
                     "stocker", "loader", "unloader"), "53-7062.00"),
    **dict.fromkeys(("forklift operator", "forklift driver", "reach truck operator"), "53-7051.00"),
    **dict.fromkeys(("lab technician", "laboratory technician", "research technician", "lab assistant",
                     "laboratory assistant", "research assistant"), "19-4021.00"),
    **dict.fromkeys(("help desk technician", "help desk analyst", "service desk analyst", "desktop support technician",
                     "it support technician", "information technology support technician",
                     "information technology technician", "desktop support specialist",
                     "technical support specialist"), "15-1232.00"),
    **dict.fromkeys(("backend engineer", "back end engineer", "backend developer", "back end developer",
                     "frontend engineer", "front end engineer", "frontend developer", "full stack engineer",
                     "full stack developer", "fullstack engineer", "fullstack developer", "staff engineer",
                     "platform engineer", "mobile engineer", "android engineer", "ios engineer", "android developer",
                     "ios developer", "mobile developer", "software developer", "software engineer",
                     "application developer", "member of technical staff", "engineer software",
                     "infrastructure engineer", "cloud engineer", "devops engineer", "site reliability engineer",
                     "software development engineer", "web developer", "game developer"), "15-1252.00"),
    **dict.fromkeys(("data scientist", "machine learning engineer", "machine learning scientist",
                     "artificial intelligence engineer", "applied scientist", "research scientist machine learning"),
                    "15-2051.00"),
    **dict.fromkeys(("data engineer", "analytics engineer", "etl developer", "big data engineer"), "15-1243.00"),
    **dict.fromkeys(("account executive", "account manager", "sales representative", "sales executive",
                     "territory manager", "territory sales representative", "outside sales representative",
                     "inside sales representative", "sales consultant", "sales engineer"), "41-4011.00"),
    **dict.fromkeys(("sales development representative", "business development representative",
                     "business development manager"), "41-4012.00"),
    **dict.fromkeys(("customer success manager", "customer success specialist", "customer support specialist",
                     "customer support representative", "customer support agent", "support specialist",
                     "customer care representative", "customer experience specialist", "call center representative",
                     "call center agent", "customer service agent", "customer service specialist"), "43-4051.00"),
    **dict.fromkeys(("product manager", "product owner", "technical product manager", "program manager",
                     "technical program manager", "scrum master", "project coordinator"), "15-1299.09"),
    **dict.fromkeys(("security officer", "security guard", "unarmed security officer", "armed security officer"),
                    "33-9032.00"),
    **dict.fromkeys(("teacher", "classroom teacher", "elementary school teacher", "elementary teacher"), "25-2021.00"),
    **dict.fromkeys(("marketing specialist", "digital marketing specialist", "marketing coordinator",
                     "content marketing manager", "growth marketer", "seo specialist", "social media manager",
                     "social media specialist", "marketing associate"), "13-1161.00"),
    "nurse": "29-1141.00", "charge nurse": "29-1141.00", "engineer": "15-1252.00",
    "physical therapy assistant": "31-2021.00", "physical therapist assistant": "31-2021.00",
    "accounting clerk": "43-3031.00", "staff accountant": "13-2011.00", "dispatcher": "43-5032.00",
    "maintenance technician": "49-9071.00", "maintenance mechanic": "49-9071.00", "superintendent": "11-9021.00",
    "research associate": "19-4021.00", "medical laboratory scientist": "29-2011.00",
    "engineering manager": "11-3021.00", "software engineering manager": "11-3021.00",
    "machine operator": "51-4031.00", "store manager": "41-1011.00", "social media coordinator": "13-1161.00",
    # Generic titles O*NET's reported titles file under one narrow occupation: "Scientist" under
    # Chemical Engineers, "Research Scientist" under Computer and Information Research
    # Scientists, "Director" under Producers and Directors, "Lab Manager" under Biofuels
    # Managers; "Deputy Director" had no title and the word vote read "deputy" as a sheriff's;
    # "Respiratory Care Practitioner" (the licensed RT's title in NY, CA) voted Nurse Practitioners.
    **dict.fromkeys(("scientist", "research scientist", "scientist research", "bench scientist"), "19-1029.00"),
    **dict.fromkeys(("lab manager", "laboratory manager"), "11-9121.00"),
    **dict.fromkeys(("director", "deputy director", "assistant director", "associate director"), "11-1021.00"),
    **dict.fromkeys(("respiratory care practitioner", "respiratory care therapist"), "29-1126.00"),
    "chief financial officer": "11-3031.00",  # the top Financial Manager (O*NET lists CFOs under Chief Executives)
}

#: Abbreviations of job titles (expanded before lookup). Sources: the titles as written in
#: postings (O*NET's reported titles use the long forms).
ABBREVIATIONS = {
    "rn": "registered nurse", "lpn": "licensed practical nurse", "lvn": "licensed vocational nurse",
    "cna": "certified nursing assistant", "pta": "physical therapist assistant", "pt": "physical therapist",
    "cota": "occupational therapy assistant", "ota": "occupational therapy assistant",
    "ot": "occupational therapist", "slp": "speech language pathologist", "np": "nurse practitioner",
    "crna": "nurse anesthetist", "emt": "emergency medical technician",
    "hvac": "hvac technician", "cdl": "truck driver", "ux": "user experience designer", "ui": "user interface designer",
    "uxui": "user experience designer", "qa": "quality assurance analyst", "sdet": "software test engineer",
    "swe": "software engineer", "sde": "software engineer", "sre": "site reliability engineer",
    "devops": "devops engineer", "sdr": "sales development representative", "bdr": "business development representative",
    "ae": "account executive", "csr": "customer service representative", "cpa": "accountant", "hr": "human resources",
    "hrbp": "human resources business partner", "it": "information technology", "ap": "accounts payable", "ml": "machine learning", "ai": "artificial intelligence", "bi": "business intelligence",
    "cnc": "cnc machinist", "vp": "vice president", "cfo": "chief financial officer", "cto": "chief technology officer",
    "ceo": "chief executive officer", "coo": "chief operating officer", "cmo": "chief marketing officer",
    "pm": "project manager", "eng": "engineer", "engr": "engineer", "mgr": "manager", "dev": "developer",
    "asst": "assistant", "coord": "coordinator", "tech": "technician", "techs": "technician", "rep": "representative",
    "admin": "administrative", "svc": "service", "mgmt": "management", "ops": "operations", "esl": "english as a second language teacher", "dba": "database administrator", "gis": "gis analyst", "sous": "sous chef",
}

#: (SOC prefix, family): the longest matching prefix of an O*NET-SOC code wins.
FAMILY_RULES: tuple[tuple[str, str], ...] = (
    ("11-", "policy_program"), ("11-2011", "marketing_communications"), ("11-2021", "marketing_communications"), ("11-2022", "sales"),
    ("11-2032", "marketing_communications"), ("11-2033", "marketing_communications"), ("11-3012", "administrative"), ("11-3013", "administrative"),
    ("11-3021", "software_engineering"), ("11-3031", "finance_accounting"), ("11-3051", "manufacturing"), ("11-3061", "logistics_supply_chain"),
    ("11-3071", "logistics_supply_chain"), ("11-3111", "human_resources"), ("11-3121", "human_resources"), ("11-3131", "human_resources"), ("11-9013", "science_lab"),
    ("11-9021", "construction"), ("11-903", "education"), ("11-9041", "engineering_architecture"), ("11-9051", "hospitality"),
    ("11-9071", "hospitality"), ("11-9072", "hospitality"), ("11-9081", "hospitality"),
    ("11-9111", "administrative"), ("11-9121", "science_lab"), ("11-9141", "sales"), ("11-9151", "social_work"),
    ("11-9161", "public_safety"), ("11-9179", "hospitality"),
    ("13-1", "policy_program"), ("13-1020", "logistics_supply_chain"), ("13-1021", "logistics_supply_chain"), ("13-1022", "logistics_supply_chain"),
    ("13-1023", "logistics_supply_chain"), ("13-1031", "finance_accounting"), ("13-1032", "finance_accounting"), ("13-1041", "legal"),
    ("13-1051", "construction"), ("13-1071", "human_resources"), ("13-1074", "human_resources"), ("13-1075", "human_resources"), ("13-1081", "logistics_supply_chain"),
    ("13-1082", "policy_program"), ("13-1121", "hospitality"), ("13-1131", "marketing_communications"), ("13-114", "human_resources"),
    ("13-1151", "human_resources"), ("13-1161", "marketing_communications"), ("13-2", "finance_accounting"), ("13-2053", "finance_accounting"),
    ("13-2020", "sales"), ("13-2023", "sales"),
    ("15-1", "software_engineering"), ("15-1211", "it_infrastructure"), ("15-1212", "it_infrastructure"), ("15-123", "it_infrastructure"), ("15-124", "it_infrastructure"),
    ("15-1242", "data_analysis"), ("15-1243", "data_analysis"), ("15-1255", "design_ux"), ("15-1299.02", "data_analysis"),
    ("15-1299.04", "it_infrastructure"), ("15-1299.05", "it_infrastructure"), ("15-1299.06", "it_infrastructure"), ("15-1299.07", "data_analysis"),
    ("15-1299.09", "policy_program"), ("15-2", "data_analysis"), ("15-2011", "finance_accounting"),
    ("17-", "engineering_architecture"), ("17-1011", "construction"), ("17-1012", "construction"),
    ("19-", "science_lab"), ("19-3031", "social_work"), ("19-3033", "social_work"), ("19-3034", "social_work"),
    ("19-3011", "finance_accounting"), ("19-3022", "marketing_communications"),
    ("21-", "social_work"), ("23-", "legal"), ("25-", "education"), ("25-4", "education"),
    ("27-1", "design_ux"), ("27-2", "marketing_communications"), ("27-3", "marketing_communications"), ("27-3031", "marketing_communications"), ("27-4", "marketing_communications"),
    ("29-1", "allied_health"), ("29-1141", "nursing"), ("29-1151", "nursing"), ("29-1161", "nursing"),
    ("29-1171", "nursing"), ("29-1051", "allied_health"), ("29-112", "allied_health"), ("29-1122", "allied_health"),
    ("29-1123", "allied_health"), ("29-1124", "allied_health"), ("29-1125", "allied_health"),
    ("29-1126", "allied_health"), ("29-1127", "allied_health"), ("29-1128", "allied_health"),
    ("29-1129", "allied_health"), ("29-1031", "allied_health"), ("29-1292", "allied_health"),
    ("29-2", "allied_health"), ("29-2052", "allied_health"), ("29-2061", "nursing"), ("29-2072", "administrative"),
    ("29-2098", "administrative"), ("29-9", "allied_health"),
    ("31-1", "allied_health"), ("31-1131", "nursing"), ("31-2", "allied_health"), ("31-9", "allied_health"),
    ("33-", "public_safety"), ("35-", "hospitality"), ("37-", "skilled_trades"), ("39-", "hospitality"),
    ("39-9011", "education"), ("39-9031", "hospitality"), ("39-7", "hospitality"), ("39-6", "hospitality"),
    ("41-", "sales"), ("41-1011", "sales"), ("41-2", "sales"), ("41-9041", "customer_support"),
    ("43-", "administrative"), ("43-3", "finance_accounting"), ("43-3071", "finance_accounting"), ("43-4051", "customer_support"),
    ("43-4081", "hospitality"), ("43-4181", "hospitality"), ("43-5", "logistics_supply_chain"), ("43-5031", "public_safety"),
    ("43-4161", "human_resources"),
    ("45-", "science_lab"), ("47-", "construction"), ("47-2111", "skilled_trades"), ("47-2152", "skilled_trades"),
    ("47-2031", "skilled_trades"), ("47-2211", "skilled_trades"), ("47-2221", "skilled_trades"), ("47-2181", "skilled_trades"),
    ("47-2141", "skilled_trades"), ("47-2044", "skilled_trades"), ("47-2021", "skilled_trades"), ("47-2121", "skilled_trades"),
    ("47-2131", "skilled_trades"), ("47-2151", "skilled_trades"),
    ("49-", "skilled_trades"), ("51-", "manufacturing"), ("51-4121", "skilled_trades"), ("51-3", "hospitality"),
    ("53-", "logistics_supply_chain"),
)

#: Families that share work: a posting of an adjacent family is a partial fit (symmetric).
_ADJACENT_PAIRS = (
    ("software_engineering", "data_analysis"), ("software_engineering", "it_infrastructure"), ("software_engineering", "design_ux"), ("software_engineering", "policy_program"),
    ("data_analysis", "it_infrastructure"), ("data_analysis", "finance_accounting"), ("data_analysis", "policy_program"), ("data_analysis", "science_lab"), ("data_analysis", "marketing_communications"),
    ("design_ux", "marketing_communications"), ("design_ux", "marketing_communications"), ("it_infrastructure", "policy_program"), ("policy_program", "policy_program"),
    ("policy_program", "policy_program"), ("nursing", "allied_health"), ("nursing", "allied_health"),
    ("nursing", "allied_health"), ("allied_health", "allied_health"), ("allied_health", "allied_health"),
    ("allied_health", "allied_health"), ("allied_health", "allied_health"), ("administrative", "administrative"),
    ("administrative", "allied_health"), ("skilled_trades", "construction"), ("skilled_trades", "manufacturing"),
    ("construction", "engineering_architecture"), ("manufacturing", "engineering_architecture"), ("manufacturing", "logistics_supply_chain"),
    ("logistics_supply_chain", "sales"), ("education", "social_work"), ("hospitality", "sales"), ("legal", "administrative"),
    ("finance_accounting", "policy_program"), ("finance_accounting", "finance_accounting"), ("finance_accounting", "administrative"), ("sales", "marketing_communications"),
    ("sales", "customer_support"), ("sales", "sales"), ("sales", "sales"), ("sales", "finance_accounting"),
    ("marketing_communications", "marketing_communications"), ("human_resources", "administrative"), ("human_resources", "policy_program"), ("customer_support", "administrative"),
    ("customer_support", "sales"), ("public_safety", "social_work"), ("science_lab", "engineering_architecture"),
    ("science_lab", "allied_health"), ("policy_program", "policy_program"), ("skilled_trades", "hospitality"),
    ("skilled_trades", "skilled_trades"), ("hospitality", "allied_health"), ("social_work", "allied_health"),
    ("sales", "finance_accounting"),
)
ADJACENT: dict[str, frozenset[str]] = {}
for _a, _b in _ADJACENT_PAIRS:
    ADJACENT[_a] = ADJACENT.get(_a, frozenset()) | {_b}
    ADJACENT[_b] = ADJACENT.get(_b, frozenset()) | {_a}
FAMILIES = tuple(sorted({f for _, f in FAMILY_RULES}))

#: Words for each family (shown to users).
FAMILY_LABELS = {
    "administrative": "administrative and office", "allied_health": "allied health", "construction": "construction",
    "customer_support": "customer support", "data_analysis": "data analysis", "design_ux": "design and UX",
    "education": "education", "engineering_architecture": "engineering and architecture",
    "finance_accounting": "finance and accounting", "hospitality": "hospitality and food service",
    "human_resources": "human resources", "it_infrastructure": "IT and infrastructure", "legal": "legal",
    "logistics_supply_chain": "logistics and warehouse", "manufacturing": "manufacturing",
    "marketing_communications": "marketing and communications", "nursing": "nursing",
    "policy_program": "policy and program management", "public_safety": "public safety", "sales": "sales",
    "science_lab": "science and laboratory", "skilled_trades": "skilled trades", "social_work": "social work",
    "software_engineering": "software engineering",
}
#: Where postings of a family are found (issue 11: "suggest where to find such postings"):
#: employers' applicant-tracking career sites this app reads (Sources page: Workday,
#: SmartRecruiters, iCIMS-style JSON-LD pages…) and the kinds of boards that carry them.
FAMILY_BOARDS = {
    "nursing": "hospital and health-system career sites (many run on Workday — add one on the Sources page)",
    "allied_health": "hospital, clinic and rehab-group career sites (Workday, SmartRecruiters)",
    "skilled_trades": "contractors' and facilities employers' career sites (Workday, SmartRecruiters, JSON-LD job pages)",
    "construction": "general contractors' career sites (Workday, SmartRecruiters) and public-works employers",
    "education": "school districts' and universities' career sites (Workday, JSON-LD job pages)",
    "hospitality": "hotel and restaurant groups' career sites (Workday, SmartRecruiters)",
    "legal": "law firms' and legal-aid organizations' career sites (Greenhouse, Lever, JSON-LD job pages)",
    "finance_accounting": "banks', insurers' and accounting firms' career sites (Workday, Greenhouse)",
    "logistics_supply_chain": "carriers' and retailers' distribution-center career sites (Workday, SmartRecruiters)",
    "manufacturing": "manufacturers' career sites (Workday, SmartRecruiters)",
    "public_safety": "city and county government career sites (JSON-LD job pages)",
    "social_work": "nonprofits' and public agencies' career sites (JSON-LD job pages, Workable)",
    "science_lab": "labs', pharma and university career sites (Workday, Greenhouse)",
}

_WORD = re.compile(r"[a-z0-9+#]+")
_SPLIT = re.compile(r"\s+[-–—|/]\s+|\s*[|(\[]\s*|,\s*|\s+at\s+|\s+for\s+|\s+in\s+|\s+to\s+(?:the\s+)?|:\s+|\s*/\s*|\s+-\s*|\s*–\s*")


def normalize_title(title: str) -> str:
    """Lower-case words of a title with "&" → "and", abbreviations expanded and level
    words dropped (all of them only when nothing else would remain). "" for no words."""
    text = (title or "").lower().replace("&", " and ").replace("’", "'")
    text = _PHRASES.sub(" ", text)
    text = re.sub(r"\bu\.?x\.?\s*/\s*u\.?i\.?\b", "ux", text)
    words = []
    for w in _WORD.findall(text):
        words.extend(ABBREVIATIONS.get(w, w).split())
    kept = [w for w in words if w not in LEVEL_WORDS]
    return " ".join(kept or words)


@dataclass(frozen=True)
class Occupation:
    """An inferred occupation: O*NET-SOC ``code`` and ``title``, this project's ``family``,
    ``level`` (:data:`LEVELS`), ``method`` ("exact", "suffix", "vote", "none") and the
    ``matched`` normalized text that decided it."""

    code: str | None
    title: str | None
    family: str | None
    level: str
    method: str
    matched: str = ""


@lru_cache(maxsize=1)
def _data() -> tuple[dict, dict, dict, dict]:
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    titles: dict[str, str] = {**raw["titles"], **OVERRIDES}
    by_word: dict[str, Counter] = defaultdict(Counter)
    for key, code in titles.items():
        for w in set(key.split()):
            by_word[w][code] += 1
    n = len(titles)
    idf = {w: math.log(n / sum(c.values())) for w, c in by_word.items()}
    return raw["occupations"], titles, by_word, idf


def family_of(code: str | None) -> str | None:
    """This project's family of an O*NET-SOC code (longest :data:`FAMILY_RULES` prefix)."""
    if not code:
        return None
    best, fam = -1, None
    for prefix, f in FAMILY_RULES:
        if code.startswith(prefix) and len(prefix) > best:
            best, fam = len(prefix), f
    return fam


def same_occupation(a: str | None, b: str | None) -> bool:
    """Whether two O*NET-SOC codes are one SOC detailed occupation (29-1141.03 Critical Care
    Nurses is 29-1141 Registered Nurses)."""
    return bool(a and b and a[:7] == b[:7])


def family_relation(a: str | None, b: str | None) -> str | None:
    """"same", "adjacent", "other", or None when either family is unknown."""
    if not a or not b:
        return None
    if a == b:
        return "same"
    return "adjacent" if b in ADJACENT.get(a, ()) else "other"


def _segments(title: str) -> list[str]:
    title = re.sub(r"\([^)]*\)", lambda m: " | " + m.group(0)[1:-1] + " | ", title or "")
    return [s for s in (p.strip() for p in _SPLIT.split(title)) if s and _WORD.search(s.lower())]


def _lookup(key: str) -> tuple[str, str, str] | None:
    _, titles, _, _ = _data()
    if not key:
        return None
    if key in titles:
        return titles[key], "exact", key
    words = key.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in titles and len(words) - i >= 2:  # one generic head word ("engineer") is left to the vote
            return titles[tail], "suffix", tail
    for i in range(len(words) - 1, 1, -1):  # trailing qualifiers: "data analyst m" (M/WBE), "nurse ii float"
        head = " ".join(words[:i])
        if head in titles:
            return titles[head], "prefix", head
    return None


def _vote(keys: list[str]) -> tuple[str, str] | None:
    _, _, by_word, idf = _data()
    scores: Counter = Counter()
    for key in keys[:2]:
        words = key.split()
        for j, w in enumerate(words):
            c = by_word.get(w)
            if not c:
                continue
            total = sum(c.values())
            weight = idf[w] * (2.0 if j == len(words) - 1 else 1.0)
            for code, k in c.most_common(40):
                scores[code] += weight * k / total
    if not scores:
        return None
    code, _ = scores.most_common(1)[0]
    return code, keys[0]


#: SOC occupations that collect management titles O*NET could not place more precisely
#: (General and Operations Managers, Chief Executives, Managers All Other).
CATCH_ALL_CODES = frozenset({"11-1021", "11-1011", "11-9199"})
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: The function a generic management title names ("Director, Human Resources", "Deputy
#: Director of Finance") → the O*NET occupation that manages (or practises) it; this
#: project's table after the SOC 2018 management occupations (11-2021 Marketing Managers,
#: 11-3031 Financial Managers, 11-3121 Human Resources Managers …). Keys are
#: :func:`normalize_title` forms.
FUNCTION_CODES: dict[str, str] = {
    **dict.fromkeys(("human resources", "people", "people operations", "talent", "talent acquisition", "recruiting",
                     "recruitment", "benefits", "labor relations", "employee relations"), "11-3121.00"),
    **dict.fromkeys(("finance", "financial", "accounting", "budget", "budgets", "treasury", "fiscal", "payroll",
                     "payroll and timekeeping", "financial planning and analysis", "financial operations",
                     "revenue", "audit", "tax"), "11-3031.00"),
    **dict.fromkeys(("marketing", "communications", "partnerships and communications", "public affairs", "brand",
                     "external affairs", "media relations", "public relations", "content", "digital marketing"),
                    "11-2021.00"),
    **dict.fromkeys(("sales", "business development", "account management"), "11-2022.00"),
    **dict.fromkeys(("nursing", "patient care services", "nursing services"), "29-1141.00"),
    **dict.fromkeys(("software engineering", "engineering software", "information technology", "technology",
                     "application development", "infrastructure", "software development"), "11-3021.00"),
    **dict.fromkeys(("procurement", "purchasing", "supply chain", "logistics", "contracts", "contracting",
                     "transportation", "fleet", "warehouse", "distribution"), "11-3061.00"),
    **dict.fromkeys(("construction", "capital projects", "design and construction"), "11-9021.00"),
    **dict.fromkeys(("food and beverage", "culinary", "dining services", "hospitality"), "11-9051.00"),
    **dict.fromkeys(("curriculum", "curriculum and instruction", "academic affairs", "instruction",
                     "teaching and learning"), "11-9032.00"),
    **dict.fromkeys(("research", "laboratory", "laboratories", "science"), "11-9121.00"),
    **dict.fromkeys(("legal", "legal affairs", "litigation", "legal services"), "23-1011.00"),
    **dict.fromkeys(("social services", "case management", "youth services", "family services"), "11-9151.00"),
    **dict.fromkeys(("customer service", "customer success", "client services", "customer experience",
                     "customer support"), "43-4051.00"),
    **dict.fromkeys(("data", "analytics", "data analytics", "business intelligence", "gis and analytics"),
                    "15-2051.01"),
}


@lru_cache(maxsize=50_000)
def infer_occupation(title: str, years: float | None = None) -> Occupation:
    """The :class:`Occupation` of a job title (module rules); ``years`` of experience set the
    level of a resume title without level words. Never raises.

    A generic management head ("Deputy Director", "Director of …"; :data:`CATCH_ALL_CODES`)
    or a word-vote reading gives way to the function another segment names (:data:`FUNCTION_CODES`, else an O*NET
    title): "Deputy Director, Human Resources" → human resources; "Director of Nursing" →
    nursing; the level stays the title's."""
    found = _infer_occupation(title, years)
    if found.code and (found.code[:7] in CATCH_ALL_CODES or found.method == "vote"):
        parts = [normalize_title(x) for seg in _segments(title) for x in _OF.split(seg)]
        for key in parts:
            if not key or key == found.matched:
                continue
            hit = (FUNCTION_CODES[key], "function", key) if key in FUNCTION_CODES else _lookup(key)
            if hit is not None and hit[0][:7] not in CATCH_ALL_CODES and family_of(hit[0]):
                occ, _, _, _ = _data()
                return Occupation(hit[0], occ.get(hit[0], ["", 0])[0], family_of(hit[0]), found.level, hit[1], hit[2])
    return found


def _infer_occupation(title: str, years: float | None = None) -> Occupation:
    occ, _, _, _ = _data()
    level = infer_level(title, years)
    keys = [normalize_title(s) for s in _segments(title)] or [normalize_title(title)]
    keys = [k for k in keys if k]
    whole = normalize_title(title)
    _, titles, _, _ = _data()
    order = [k for k in dict.fromkeys(([whole] if whole else []) + keys)]
    for key in order:  # exact first (whole title, then its segments in order)
        if key in titles:
            code = titles[key]
            return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, "exact", key)
    for key in keys or order:  # then suffixes of the segments ("pediatric icu registered nurse")
        hit = _lookup(key)
        if hit is not None:
            code, method, matched = hit
            return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, method, matched)
    voted = _vote(keys)
    if voted is not None:
        code, matched = voted
        return Occupation(code, occ.get(code, ["", 0])[0], family_of(code), level, "vote", matched)
    return Occupation(None, None, None, level, "none")


_EXEC = re.compile(r"\b(chief|vp|vice president|svp|evp|president|director|head of|c[etfom]o|(?<!business )partner|dean|"
                   r"superintendent of schools|executive director|general manager)\b")
_LEAD = re.compile(r"\b(lead|staff|principal|manager|supervisor|head|charge nurse|charge|foreman|forewoman|"
                   r"superintendent|team leader|architect|chef de cuisine|executive chef|nurse manager|iv|"
                   r"level (?:4|iv)|distinguished)\b")
_SENIOR = re.compile(r"\b(senior|sr|iii|level (?:3|iii)|master|experienced|expert|specialist ii?i)\b")
_ENTRY = re.compile(r"\b(junior|jr|entry|entry[- ]level|intern|internship|trainee|apprentice|graduate|new grad|"
                    r"assistant i|i|level (?:1|i)|student|helper|aide|associate i)\b")
_MID = re.compile(r"\b(ii|level (?:2|ii)|journeyman|journeyperson|journey level|intermediate|mid)\b")


_YEARS_REQ = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?:\d{1,2}\s*)?\+?\s*years?(?:'|’)?\s*"
                        r"(?:of\s+)?(?:\w+\s+){0,4}?experience", re.IGNORECASE)
_ENTRY_TEXT = re.compile(r"\bentry[- ]level\b|\bno (?:prior )?experience (?:is )?(?:required|necessary|needed)\b|"
                         r"\brecent (?:college )?graduates?\b|\bwill train\b|\bnew grads?\b", re.IGNORECASE)


def infer_posting_level(title: str, description: str = "", code: str | None = None) -> str:
    """Level of a posting: the title's level words (:func:`infer_level`); without them the
    experience the description asks for — "entry level"/"no experience required" → entry,
    else the smallest "N+ years of experience" (< 2 entry, < 5 mid, < 8 senior, else lead);
    "mid" when neither says."""
    level = infer_level(title, None, default=None)
    if level is not None:
        return level
    text = (description or "")[:20000]
    years = [int(m.group(1)) for m in _YEARS_REQ.finditer(text) if 0 <= int(m.group(1)) <= 30]
    if years:
        y = min(years)
        return "entry" if y < 2 else "mid" if y < 5 else "senior" if y < 8 else "lead"
    if _ENTRY_TEXT.search(text):
        return "entry"
    occ, _, _, _ = _data()
    code = code or infer_occupation(title).code
    zone = occ.get(code, ["", 0])[1] if code else 0
    return "entry" if 0 < zone <= 2 else "mid"


def infer_level(title: str, years: float | None = None, default: str | None = "mid") -> str | None:
    """Level of a job title (module rules): one of :data:`LEVELS`; ``default`` when the title
    has no level words and ``years`` is None."""
    t = (title or "").lower().replace("sr.", "sr").replace("jr.", "jr")
    t = re.sub(r"\b(?:deputy|assistant|associate) (?:director|commissioner|manager)\b", "manager", t)
    if _EXEC.search(t) and not re.search(r"\b(assistant|associate) (director|dean|principal)\b", t):
        return "executive"
    if re.search(r"\bprincipal\b", t) and re.search(r"\b(school|elementary|middle|high|academy)\b", t):
        return "executive"
    ic = re.sub(r"\b(case|account|property|product|customer success|social media|territory|"
                r"community|content|success) manager\b", " ", t)
    if _LEAD.search(ic):
        return "lead"
    if _SENIOR.search(t):
        return "senior"
    if _MID.search(t):
        return "mid"
    if _ENTRY.search(t):
        return "entry"
    if years is not None:
        return "entry" if years < 2 else "mid" if years < RESUME_SENIOR_YEARS else "senior"
    return default


def exact_code(title: str) -> str | None:
    """O*NET-SOC code of ``title`` when its :func:`normalize_title` form is itself an O*NET title
    (occupation, alternate or reported title, or :data:`OVERRIDES`), else None — no voting:
    "Customer Service Agent" → 43-4051.00 like "Customer Service Representative"."""
    return _data()[1].get(normalize_title(title))
