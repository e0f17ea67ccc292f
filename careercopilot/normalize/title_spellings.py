"""How job titles are written, read back to O*NET's forms before lookup (data of
``normalize.occupations.normalize_title``): :data:`ABBREVIATIONS` (shortened title words),
:data:`SHORTENED_MECHANICAL` and :data:`SEMI_SENIOR` (words whose reading depends on the next word),
:data:`POSSESSIVE` and :data:`SPLIT_COMPOUNDS` (applied together by :func:`respell`) and :data:`BRITISH_SPELLINGS`. Split from ``occupation_tables`` (session 29) when both tables passed 600 lines.
Pure data."""

from __future__ import annotations

import re

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
    # C-suite abbreviations of one meaning (CRO revenue/risk, CPO people/product, CDO data/digital,
    # CLO legal/learning, CSO security/strategy are not expanded: the title's words decide)
    "cio": "chief information officer", "cno": "chief nursing officer", "chro": "chief human resources officer",
    "ciso": "chief information security officer",
    "pm": "project manager", "acco": "agency chief contracting officer", "eng": "engineer", "engr": "engineer", "mgr": "manager", "dev": "developer",
    "asst": "assistant", "coord": "coordinator", "tech": "technician", "techs": "technician", "rep": "representative",
    "admin": "administrative", "svc": "service", "mgmt": "management", "ops": "operations", "esl": "english as a second language teacher", "dba": "database administrator", "gis": "gis analyst", "sous": "sous chef",
    # Words shortened to fit an ATS title field (calib108: "ComEd - Maint Mech 0 Cert Fleet", "Assistant Resident
    # Building Supt"); "mech" before a design word is "mechanical" (SHORTENED_MECHANICAL)
    "maint": "maintenance", "mech": "mechanic", "supt": "superintendent", "bldg": "building", "elec": "electrical",
    "equip": "equipment", "mfg": "manufacturing", "acct": "account", "acctg": "accounting", "spec": "specialist",
    "supv": "supervisor", "supvr": "supervisor", "whse": "warehouse", "cust": "customer", "mktg": "marketing",
    "svcs": "services", "oper": "operator", "opr": "operator", "instr": "instructor",
    # a hospital's nurse aide rungs written together ("NAI / NAII - 2 South Medical-Surgical", calib119)
    "nai": "nursing assistant", "naii": "nursing assistant", "naiii": "nursing assistant",
    # shortenings of posting titles the table lacked (session 31, post132: "Dir / Sr Dir SaaS Development", "Sr. BA -
    # Payments", "Enterprise CSM", "OD/OCM", "GL Analyst", a lab's MLT/MLS — O*NET's "Medical Technician" is 29-2012 Medical
    # and Clinical Laboratory Technicians —, a mortgage lender's MLO); "FP&A" is read
    # by :func:`respell`, "OD" by ``occupation_posting_words`` (the optometrist's OD in eye care)
    "dir": "director", "assoc": "associate", "ba": "business analyst", "csm": "customer success manager",
    "ocm": "organizational change management", "gl": "general ledger", "mlt": "medical technician",
    "mls": "medical laboratory scientist", "mlo": "mortgage loan originator",
}

#: "Mech" before a design or engineering word is "mechanical" ("Mech Engineer", "Sr Mech Design Engineer");
#: elsewhere :data:`ABBREVIATIONS` reads it as "mechanic" ("Maint Mech"). Applied by ``occupations.normalize_title``.
#: An accounting firm's "Semi-Senior" is the rung below senior, never a semi-trailer (``occupations.normalize_title``).
SEMI_SENIOR = re.compile(r"\bsemi[- ]?senior\b")
SHORTENED_MECHANICAL = re.compile(r"\bmech\b\.?(?=\s+(?:design|designer|engineer|engineering|drafter|drafting|"
                                  r"technologist|systems|project|estimator|inspector|coordinator)\b)")


#: British spellings of title words → the American spelling O*NET's titles use (applied word by
#: word in ``occupations.normalize_title``): "General Labourer" is a general laborer,
#: "Paediatric Staff Nurse" a pediatric nurse, "Draughtsman" a draftsman.
BRITISH_SPELLINGS: dict[str, str] = {
    "labourer": "laborer", "labourers": "laborers", "labour": "labor", "theatre": "theater", "centre": "center",
    "programme": "program", "programmes": "programs", "organisation": "organization",
    "organisational": "organizational", "paediatric": "pediatric", "paediatrics": "pediatrics",
    "orthopaedic": "orthopedic", "orthopaedics": "orthopedics", "anaesthetic": "anesthetic",
    "anaesthetist": "anesthetist", "anaesthesia": "anesthesia", "haematology": "hematology",
    "oesophageal": "esophageal", "gynaecology": "gynecology", "gynaecologist": "gynecologist",
    "oncologist": "oncologist", "draughtsman": "draftsman", "draughtsperson": "drafter", "draughter": "drafter",
    "colour": "color", "behaviour": "behavior", "behavioural": "behavioral", "defence": "defense",
    "licence": "license", "licensing": "licensing", "analyse": "analyze", "catalogue": "catalog",
    "jewellery": "jewelry", "tyre": "tire", "tyres": "tires", "aluminium": "aluminum", "storeman": "storekeeper",
    "storeperson": "storekeeper", "adviser": "advisor", "advisers": "advisors", "sparky": "electrician", "sparkie": "electrician", "brickie": "bricklayer",
    "chippy": "carpenter", "chippie": "carpenter",
}


#: A trade's possessive ("Machinist's Helper", "Electrician's Helper", "Painter's Helper": New York City's
#: civil-service helper titles): O*NET writes "Machinist Helper" — the possessive "'s" is dropped, else the
#: stray "s" left the word vote to read production helpers (calib119: 6 of 11 such titles).
POSSESSIVE = re.compile(r"(?<=[a-z])['’]s\b")
#: Compound trade words written as two or hyphenated ("Black Smith's Helper" in the NYC title list, "Fork Lift
#: Operator", "Dish Washer", "Book-keeper") → O*NET's one word.
SPLIT_COMPOUNDS = re.compile(r"\b(black|fork|dish|book|store|time|bar|grounds|care|wood|boiler)[\s-]+"
                             r"(smith|lift|washer|keeper|tender|taker|worker|maker)\b")
_COMPOUNDS = frozenset({"blacksmith", "forklift", "dishwasher", "bookkeeper", "storekeeper", "timekeeper", "bartender",
                        "groundskeeper", "caretaker", "woodworker", "boilermaker"})


#: "FP&A" (after "&" → " and "): financial planning and analysis, a finance function.
FPA = re.compile(r"\bfp\s*(?:and|&)\s*a\b")
#: "Human Capital" is a bank's or consultancy's name for human resources ("Human Capital Analyst").
HUMAN_CAPITAL = re.compile(r"\bhuman capital\b")
#: When and who an intern is ("Summer College Intern", "Graduate Intern") names no field: dropped before the
#: intern word (a level word), so the field another word names decides ("Human Capital Summer College Intern"); a
#: title of these words alone ("Summer Intern") is left as written.
INTERN_TERM = re.compile(r"(?<=[a-z0-9] )(?:(?:summer|fall|spring|winter|college|undergraduate|graduate|student|university|mba)\s+)+"
                         r"(?=(?:interns?|internship|co-?op)\b)")


def respell(text: str) -> str:
    """Lower-case title ``text`` with the spellings of this module read back to O*NET's: "mech" before a design
    word, "semi-senior", a possessive, a compound split in two (only the listed :data:`SPLIT_COMPOUNDS`); "FP&A",
    "Human Capital" and an intern's term and school (session 31, post132)."""
    text = FPA.sub("financial planning and analysis", text)
    text = INTERN_TERM.sub("", HUMAN_CAPITAL.sub("human resources", text))
    text = SEMI_SENIOR.sub("senior", SHORTENED_MECHANICAL.sub("mechanical", text))
    text = POSSESSIVE.sub("", text)
    return SPLIT_COMPOUNDS.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in _COMPOUNDS
                               else m.group(0), text)
