"""Named-entity detectors for the grounding checker: job titles, degrees, certifications,
organisations (capitalised names), named tools.

Each returns ``(start, end, text)`` spans of a sentence or of the resume. The vocabularies
are ours (title head nouns, degree spellings, certification cue words) and say which real
cases they cover in :mod:`tests.unit.writing.test_grounding_planted`.
"""

from __future__ import annotations

import re

from careercopilot.normalize import skills as skills_mod
from careercopilot.writing.grounding.text import currency_of, fold_accents

def _onet_heads() -> list[str]:
    """Occupation head nouns of O*NET's lay job titles (``careercopilot/data/onet/occupations.json``,
    CC BY 4.0): the last word of at least three titles when it names a profession by its suffix
    (-ist, -ian, -grapher, -wife: "Pathologist", "Generalist", "Clinician", "Sonographer", "Midwife")
    — professions no hand list foresees; suffix-less heads ("Baker", "Mason", "Porter") are also
    surnames and place names, so only those that are not stay in :data:`TITLE_HEADS` by hand."""
    import json
    from collections import Counter

    from careercopilot.normalize.occupations import DATA_PATH

    titles = json.loads(DATA_PATH.read_text(encoding="utf-8"))["titles"]
    last = Counter(t.split()[-1] for t in titles if t.split())
    return sorted(w.capitalize() for w, n in last.items()
                  if n >= 3 and w.isalpha() and len(w) > 6 and re.search(r"(?:ist|ian|grapher|wife)$", w)
                  and w not in ("specialist", "pharmacist", "therapist", "librarian", "physician", "hygienist",
                                "technologist", "dietitian", "archivist", "statistician"))


#: Head nouns of job titles (the last word of "Senior Software Engineer"); those written by hand, then
#: the O*NET heads of :func:`_onet_heads`.
TITLE_HEADS = (
    "Engineer|Developer|Programmer|Architect|Manager|Director|Officer|Nurse|Practitioner|Accountant|Controller|"
    "Auditor|Bookkeeper|Electrician|Foreman|Teacher|Principal|Chair|Coach|Coordinator|Specialist|Analyst|"
    "Consultant|Administrator|Supervisor|Technician|Assistant|Associate|Intern|Strategist|Educator|Instructor|"
    "Scientist|Designer|Writer|Editor|Recruiter|Representative|Planner|Paralegal|Attorney|Pharmacist|Therapist|"
    "Lead|Head|President|VP|Owner|Partner|Clerk|Driver|Mechanic|Cook|Chef|Server|Receptionist|Estimator|"
    "Superintendent|Apprentice|Journeyman|Marketer|Executive|Counsel|Tutor|Professor|Lecturer|Aide|Dispatcher|"
    "Researcher|Investigator|Advisor|Adviser|Counselor|Counsellor|Inspector|Operator|Handler|Agent|Officer|"
    "Librarian|Physician|Surgeon|Hygienist|Paramedic|Worker|Trainer|Fellow|Secretary|Translator|Interpreter|"
    "Journalist|Reporter|Photographer|Producer|Illustrator|Copywriter|Underwriter|Actuary|Economist|"
    "Statistician|Lawyer|Welder|Plumber|Carpenter|Machinist|Installer|Buyer|Steward|Custodian|Surveyor|"
    "Attendant|Purser|Broker|Realtor|Banker|Teller|Cashier|Bartender|Barista|Housekeeper|Concierge|Pipefitter|"
    "Fabricator|Technologist|Dietitian|Archivist|Curator|Scheduler|Merchandiser|Firefighter|Caregiver|Assembler|"
    "Rep|Admin|Solicitor|Barrister|Registrar|Paraprofessional|Physiotherapist|Optometrist|Podiatrist|"
    # uniformed and aviation ranks (session 11: "A320 captain", "watch commander")
    "Captain|Commander|Pilot|Lieutenant|Sergeant|Constable|Skipper|Marshal|"
    # professions O*NET names in fewer than three lay titles, no surnames (session 27, ground87: set 23's "the
    # practice's partner veterinarian")
    "Veterinarian|Winemaker|Sommelier|Terminologist|Patroller|Lineworker|Forester"
)
#: The O*NET heads (:func:`_onet_heads`): professions, never product names.
ONET_HEADS = frozenset(_onet_heads())
TITLE_HEADS += "".join("|" + h for h in sorted(ONET_HEADS))
#: Lower-case title after a role cue: "served as a nurse manager", "promoted to shift supervisor".
ROLE_TITLE_RE = re.compile(
    r"\b(?:[Aa]s|became|become|promoted\s+to|promotion\s+to|hired\s+as|(?:role|position|post|title|job)\s+of"
    # "rose from line cook to sous chef", "worked my way up to head baker": the title reached
    r"|(?:rose|rising|risen|moved\s+up|progressed|advanced|worked\s+my\s+way\s+up)\s+(?:from\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){1,4}?)?to)\s+(?:an?\s+|the\s+|our\s+|its\s+|their\s+"
    r"|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['’]s|s['’])\s+"
    # an owner in lower case: "As the company's operations manager", "in my role as the hospital's charge nurse",
    # "as our firm's QA/QC manager" (session 27, ground87: set 23's titles claimed through the employer)
    r"|(?:the|our|my|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*['’]s\s+)?"
    # (no "or" inside: "as a mechanic or technician" is two titles, each checked — the second by
    # :data:`.titles._AND_TITLE_RE`; session 27, ground88)
    r"(?P<t>(?:(?:(?!(?:or|nor)\s)[a-z][\w-]*|[A-Z]{2,4}(?:/[A-Z]{2,4})?)\s+){0,3}(?:" + TITLE_HEADS.lower() + r"))\b"
)
_LOWER_TITLE_RE = re.compile(r"\b(?:[a-z][\w-]*\s+){0,3}(?:" + TITLE_HEADS.lower() + r")\b")
_CAP = r"(?:[A-Z][\w.&'’+/-]*|of|and|&)"
TITLE_RE = re.compile(
    rf"\b(?:(?:Head|Director|VP|Vice President|Chief [A-Z]\w+ Officer)[ \t]+of[ \t]+[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)*"
    # "Audit Senior", "Tax Senior", "Assurance Semi-Senior": the accounting firms' rank after a function word
    # (a level after the head is a whole token: "Broker I", not the "I" of "Broker Interface"; ground121)
    rf"|(?:[A-Z][\w&-]*[ \t]+){{1,2}}(?:Semi-)?Senior\b(?![ \t]+[A-Z])"
    rf"|(?:[A-Z][\w.&'’-]*[ \t]+){{0,4}}(?:{TITLE_HEADS})\b(?:[ \t]+(?:I{{2,3}}|IV|[1-4]|I(?![ \t]+(?!(?:at|in|with|for|from|and|or|to|on|of|since|until)\b)[a-z]))(?![\w-]))?)"
)
#: Spellings and abbreviations of one title word that resumes write ("Customer Service Rep",
#: "Sr. Accountant", "Guidance Counsellor", "Office Admin").
TITLE_SPELLINGS = [frozenset(g.split()) for g in (
    "representative rep", "administrator admin", "counselor counsellor", "advisor adviser", "senior sr",
    "junior jr", "manager mgr", "assistant asst", "associate assoc", "coordinator coord")]
#: Head nouns that say a rank (an architect is a senior engineer's rung): never swapped for another
#: head as a synonym.
RANK_HEADS = frozenset("manager director supervisor lead head chief president vp officer executive principal foreman "
                       "superintendent chair partner owner architect "
                       # uniformed ranks: O*NET files a sergeant and a lieutenant under one occupation
                       "captain commander lieutenant sergeant constable marshal".split())


def title_forms(title: str) -> list[str]:
    """``title`` and its spellings with each word replaced by another spelling of it
    (:data:`TITLE_SPELLINGS`), in lower case: "Sr. Customer Service Rep" → "sr customer service rep",
    "senior customer service rep", "sr customer service representative", …"""
    forms = [""]
    for word in title.lower().replace(".", "").split():
        group = next((g for g in TITLE_SPELLINGS if word in g), {word})
        forms = [f"{f} {w}".strip() for f in forms for w in sorted(group, key=lambda x: x != word)][:64]
    return forms


def same_job(a: str, b: str) -> bool:
    """Two lower-case titles name one job under two common names: the same words but the head
    noun (last word), neither head a rank (:data:`RANK_HEADS`), and O*NET files both under one
    occupation ("software engineer" / "software developer": 15-1252.00; "customer service agent" /
    "customer service representative": 43-4051.00; not "sales agent" / "sales representative")."""
    from careercopilot.normalize.occupations import LEVEL_WORDS, exact_code

    wa, wb = a.split(), b.split()
    if not wa or len(wa) != len(wb) or wa[:-1] != wb[:-1] or wa[-1] == wb[-1] or {wa[-1], wb[-1]} & (
            RANK_HEADS | LEVEL_WORDS):
        return False  # "Clinical Nurse III" is not "Clinical Nurse II"
    code = exact_code(a)
    return code is not None and code == exact_code(b)


#: Words before a title that make it someone else's: "reported to the", "for the", "paired with the",
#: "assisted the", "trained 3 new" ("promoted to", "as", "named" make it the user's).
_OTHERS_BEFORE = re.compile(
    r"(?i)\b(?:to|for|with|by|under|alongside|assist(?:ed|ing|s)?|support(?:ed|ing|s)?|help(?:ed|ing|s)?|"
    r"train(?:ed|ing|s)?|mentor(?:ed|ing|s)?|coach(?:ed|ing|es)?|hir(?:ed|ing)|interview(?:ed|ing)?|onboard(?:ed|ing)?|"
    r"brief(?:ed|ing)?|shadow(?:ed|ing)?|replac(?:ed|ing)|cover(?:ed|ing)\s+for|back(?:ed|ing)?\s+up|"
    r"supervis(?:ed|ing|es?)|manag(?:ed|ing|es?))\s+(?:(?:the|our|my|a|an|each|every|other|new|two|three|four|five|"
    r"several|all|their|his|her|\d+|[A-Z][\w&.-]*['’]s)\s+)*$")
_OWN_BEFORE = re.compile(r"(?i)\b(?:promoted|advanced|moved|transferred|rose|stepped\s+up|returned|appointed|named|"
                         r"elected|reassigned|hired|joined|started|began|grew|worked\s+my\s+way\s+up)\s+"
                         r"(?:\w+\s+){0,2}?(?:to|as)\s+(?:the\s+|a\s+|an\s+)?$"
                         r"|\b(?:hired|selected|chosen|recruited|promoted)\s+(?:for|into)\s+(?:the\s+|a\s+|an\s+)?$")


def others_title(text: str, start: int) -> bool:
    """The title at ``text[start:]`` is someone else's: a relation word comes right before it in
    its line ("Reported to the Senior Engineering Manager", "dashboards for the Director of
    Analytics") and no promotion or hiring cue ("promoted to", "hired as")."""
    before = text[max(0, start - 80):start].split("\n")[-1]
    return bool(_OTHERS_BEFORE.search(before)) and not _OWN_BEFORE.search(before)


def own_text(text: str) -> str:
    """``text`` with other people's titles (:func:`others_title`) blanked, same length: capitalised
    titles and lower-case ones ("reported to the senior engineering manager")."""
    chars = list(text)
    spans = [(s, e) for s, e, _ in find_titles(uncap(text))]
    spans += [(m.start(), m.end()) for m in _LOWER_TITLE_RE.finditer(text)]
    for s, e in spans:
        if others_title(text, s):
            chars[s:e] = " " * (e - s)
    return "".join(chars)


SENIORITY = re.compile(r"^(?:senior|sr\.?|junior|jr\.?)\s+", re.I)

DEGREE_RE = re.compile(
    r"(?ix)\b(?:"
    r"(?P<full>(?:(?:bachelor|master|doctor|associate)(?:(?:'s|’s|s)(?:\s+degree)?|\s+degree|(?=\s+(?:\([^)\n]{1,15}\)\s+)?(?:of|in)\s))|doctorate(?:\s+degree)?)(?:\s+of\s+(?:applied\s+)?[a-z]+(?:\s+(?!(?:in|at|from|and|with|to|for|as|majoring|major|speciali[sz]ing|concentrating)\b)[a-z]+)?)?)"
    r"|(?P<abbr>b\.?\s?a\.?\s?s\.?|bsba|b\.?\s?b\.?\s?a\.?|b\.?\s?arch\.?|m\.?\s?arch\.?|b\.?\s?f\.?\s?a\.?|m\.?\s?f\.?\s?a\.?|"
    r"b\.?\s?tech\.?|m\.?\s?tech\.?|b\.?\s?eng\.?|m\.?\s?eng\.?|m\.?\s?s\.?\s?w\.?|m\.?\s?p\.?\s?h\.?|m\.?\s?p\.?\s?a\.?|"
    r"d\.?\s?p\.?\s?t\.?|pharm\.?\s?d\.?|d\.?\s?v\.?\s?m\.?|psy\.?\s?d\.?|a\.?\s?a\.?\s?b\.?|"
    r"m\.?\s?phil\.?|mss|bss|b\.?\s?s\.?c?\.?|b\.?\s?a\.?|b\.?com\.?|bsn|msn|mba|m\.?\s?s\.?c?\.?|m\.?\s?a\.?|m\.?ed\.?|ed\.?\s?[sd]\.?|"
    r"ph\.?\s?d\.?|dnp|j\.?d\.?|aas|adn|a\.?a\.?s\.?|a\.?\s?a\.?|a\.?\s?s\.?)"
    r"|(?P<hs>high\s+school\s+diploma|ged))"
    r"(?P<field>\)?[ \t]+(?:\([^)\n]{1,15}\)[ \t]+)?(?:degree[ \t]+)?(?:(?:majoring|speciali[sz]ing|concentrating)[ \t]+)?(?:in|of)[ \t]+(?!(?:it|this|that|them|these|those|which|what)\b)[a-z][a-z& \t-]*)?(?=[\s,.;:()]|$)"  # one line
)
DEGREE_LEVEL = [
    (re.compile(r"(?i)^(?:doctor|ph\.?\s?d|dnp|ed\.?\s?d|j\.?d|d\.?\s?p\.?\s?t|pharm\.?\s?d|d\.?\s?v\.?\s?m|psy\.?\s?d)"),
     "doctorate"),
    (re.compile(r"(?i)^(?:bachelor|b\.?\s?s|b\.?\s?a|b\.?com|bsn|b\.?\s?b\.?\s?a|b\.?\s?(?:arch|f\.?\s?a|tech|eng))"), "bachelor"),
    (re.compile(r"(?i)^(?:master|m\.?\s?phil|m\.?\s?s|m\.?\s?a|m\.?ed|msn|mba|m\.?\s?(?:arch|f\.?\s?a|tech|eng|p\.?\s?h|p\.?\s?a))"),
     "master"),
    (re.compile(r"(?i)^(?:associate|aas|adn|a\.?a\.?s|a\.?\s?a\.?\s?b|a\.?\s?a|a\.?\s?s)"), "associate"),
    (re.compile(r"(?i)^ed\.?\s?s"), "specialist"),
    (re.compile(r"(?i)^(?:high|ged)"), "diploma"),
]
#: Implied subtype/field words of degree abbreviations.
DEGREE_IMPLIED = [
    (re.compile(r"(?i)^b\.?\s?s\.?c?\.?$|bachelor\w* of science"), {"science"}),
    (re.compile(r"(?i)^b\.?\s?a\.?$|bachelor\w* of arts"), {"arts"}),
    (re.compile(r"(?i)^b\.?com|bachelor\w* of commerce"), {"commerce"}),
    (re.compile(r"(?i)^bsn$"), {"science", "nursing"}),
    (re.compile(r"(?i)^[mb]ss$|of social sciences?"), {"social", "science"}),  # Bangladesh, Pakistan
    (re.compile(r"(?i)^msn$"), {"science", "nursing"}),
    (re.compile(r"(?i)^mba$"), {"business", "administration"}),
    (re.compile(r"(?i)^m\.?ed|master\w* of education"), {"education"}),
    (re.compile(r"(?i)^m\.?\s?s\.?c?\.?$|master\w* of science"), {"science"}),
    (re.compile(r"(?i)^m\.?\s?a\.?$|master\w* of arts"), {"arts"}),
    (re.compile(r"(?i)^dnp$|doctor of nursing"), {"nursing", "practice"}),
    (re.compile(r"(?i)^b\.?\s?a\.?\s?s\.?$|^a\.?a\.?s\.?$|of applied science"), {"applied", "science"}),
    (re.compile(r"(?i)^bsba$"), {"science", "business", "administration"}),
    (re.compile(r"(?i)^b\.?\s?b\.?\s?a\.?$"), {"business", "administration"}),
    (re.compile(r"(?i)^[bm]\.?\s?arch\.?$|of architecture"), {"architecture"}),
    (re.compile(r"(?i)^[bm]\.?\s?f\.?\s?a\.?$|of fine arts"), {"fine", "arts"}),
    (re.compile(r"(?i)^[bm]\.?\s?tech\.?$|of technology"), {"technology"}),
    (re.compile(r"(?i)^[bm]\.?\s?eng\.?$|of engineering"), {"engineering"}),
    (re.compile(r"(?i)^m\.?\s?s\.?\s?w\.?$|of social work"), {"social", "work"}),
    (re.compile(r"(?i)^m\.?\s?p\.?\s?h\.?$|of public health"), {"public", "health"}),
    (re.compile(r"(?i)^m\.?\s?p\.?\s?a\.?$|of public administration"), {"public", "administration"}),
    (re.compile(r"(?i)^d\.?\s?p\.?\s?t\.?$|doctor of physical therapy"), {"physical", "therapy"}),
    (re.compile(r"(?i)^pharm\.?\s?d\.?$|doctor of pharmacy"), {"pharmacy"}),
    (re.compile(r"(?i)^d\.?\s?v\.?\s?m\.?$|doctor of veterinary medicine"), {"veterinary", "medicine"}),
    (re.compile(r"(?i)^a\.?\s?a\.?\s?b\.?$|of applied business"), {"applied", "business"}),
    (re.compile(r"(?i)^a\.?\s?a\.?$|associate\w* of arts"), {"arts"}),
    (re.compile(r"(?i)^a\.?\s?s\.?$|associate\w* of science"), {"science"}),
]
SUBTYPES = {"science", "arts", "commerce", "applied", "business", "administration", "education", "engineering",
            "fine", "technology", "architecture"}

CERT_ACRONYMS = frozenset(
    "PMP CPA CMA CFA CIA CCRN CEN PALS BLS ACLS NRP CMSRN CNOR CSM CSPO CKA CKAD CISSP CISA CISM CCNA CCNP "
    "GAIQ ESOL TESOL WCC PHR SPHR SHRM-CP SHRM-CP CPB CPhT RHIT RHIA CDL CNA LPN EMT NCLEX OSHA CompTIA "
    "ITIL PRINCE2 CAPM FRM EA CPP LEED".split()
)
CERT_CUE = r"(?:certification|certifications|certified|certificate|license|licensed|licence|card|qualification)"
CERT_RES = [
    re.compile(r"\b(?:[A-Z][\w-]*[ \t]+){0,3}Certified(?:[ \t]+[A-Z0-9][\w-]*)+"
               r"(?:[ \t]+[–-][ \t]+[A-Z]\w+|[ \t]*\([A-Z][\w -]*\))?"),
    re.compile(rf"(?i)(?<![\w'’])(?:[a-z0-9][\w-]*[ \t]+){{1,4}}{CERT_CUE}\b"),
    re.compile(r"\b[Cc]ertified\s+in\s+[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*"),  # capitalised continuation only
    re.compile(r"\b(?:OSHA|NFPA)\s+\d+[A-Z]?(?:-Hour)?"),
    # "OSHA-authorized outreach (trainer)", "EPA-certified (technician)", "AHA-approved (instructor)": a body's
    # authorisation of a role; the role noun itself is left out of the span (the resume may name it elsewhere)
    re.compile(r"\b[A-Z][A-Za-z0-9]*-(?:authori[sz]ed|accredited|certified|approved|registered)"
               r"(?:[ \t]+[a-z][\w-]*){0,3}?(?=[ \t]+(?:trainer|instructor|provider|assessor|auditor|inspector|"
               r"technician|operator|specialist|consultant|professional|educator|evaluator|tester)s?\b)"),
]
CERT_GENERIC = frozenset(
    "certification certifications certified certificate license licensed licence card qualification hold holds "
    "held have has am is are i my an a the also and in of for with from passed earned exam level where when as "
    "while who which that so to be been was were i'm i've i'd we we're we've our".split()
)

#: Role and department acronyms a letter names without meaning an organisation ("their CFO").
ROLE_ACRONYMS = frozenset("CEO CFO CTO COO CIO CMO CHRO CISO CPO VP SVP EVP AVP GM HR IT QA PR PM RN MD".split())

NAME_RUN = re.compile(r"\b(?:[A-Z]|[a-z]{1,3}(?=[A-Z]{2}|[A-Z][a-z]))[\w'’&+-]*(?:[ \t]+(?:(?:of|for|and|&|the|de|du)[ \t]+|of[ \t]+the[ \t]+)?[A-Z][\w'’&+-]*)*")
NOT_NAMES = frozenset(
    "i i'm i've i'd i'll my we our you your as at in on for and but the a an this that since from to with "
    "during after before while when where then also dear thank thanks sincerely regards hello hi please "
    "monday tuesday wednesday thursday friday saturday sunday".split()
) | frozenset(m for m in ("january february march april may june july august september october november december "
                          "jan feb mar apr jun jul aug sep sept oct nov dec").split())

#: Prepositions, conjunctions and sentence adverbs that open a sentence before a name or a code ("Besides G1, I hold
#: G4 …", "Unlike Acme, …", "Alongside NIOSH, …"): capitalised only because they start the sentence (session 25,
#: ground63: set 21's "Besides G1" read as one name). Only at a sentence's start, where no organisation's name begins
#: with them in the blind sets; words that do open names ("First", "Next", "Global", "United") are not here, nor
#: "Through"/"Via", which tie the work to the organisation ("Through Te Whare Plumbing & Gas I handle …": set 9).
SENTENCE_CONNECTIVES = frozenset(
    "besides beyond alongside unlike despite although though because across among amongst between within without "
    "toward towards upon outside inside apart except including following given once today "
    "currently previously recently meanwhile moreover furthermore additionally however therefore thus later earlier "
    "finally overall both each every whereas whether unless until like aside plus".split())


def uncap(text: str) -> str:
    """``text`` with ALL-CAPS words of 4+ letters in Title Case, same length ("STORE MANAGER —
    Lakefront" → "Store Manager — Lakefront"): resumes that write their headers in capitals."""
    return re.sub(r"\b[A-Z][A-Z'’-]{3,}\b", lambda m: m.group(0).capitalize(), text)


def find_titles(text: str) -> list[tuple[int, int, str]]:
    """Capitalised job titles (``Staff Software Engineer``, ``Head of Engineering``)."""
    out = []
    for m in TITLE_RE.finditer(text):
        phrase = m.group(0).strip()
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        # drop leading sentence words that are not part of the title ("As", "In")
        words = phrase.split()
        while len(words) > 1 and words[0].lower() in NOT_NAMES:
            start += len(words[0]) + 1
            words = words[1:]
        out.append((start, start + len(" ".join(words)), " ".join(words)))
    return out


def degree_key(mention: str) -> tuple[str, set[str]] | None:
    """``(level, words)`` of a degree mention: level and subtype/field words."""
    # "Bachelor of Business majoring in HRM": the major is the field, "majoring" no field word
    head = re.sub(r"(?i)\s+(?:majoring|speciali[sz]ing|concentrating)(?=\s+in\s)", "", mention.strip())
    level = next((lvl for rx, lvl in DEGREE_LEVEL if rx.search(head)), None)
    if level is None:
        return None
    words = set()
    for rx, implied in DEGREE_IMPLIED:
        if rx.search(head.split(" in ")[0].strip()):
            words |= implied
    m = re.search(r"(?i)\b(?:in|of)\s+(.+)$", head)
    if m:
        words |= {w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in ("and", "the", "of", "degree", "in")}
    return level, words - HONOURS_WORDS


#: Words of a degree's grade, not its field ("a BSc in zoology with upper second-class honours").
HONOURS_WORDS = frozenset("with upper lower first second third class honours honors hons division distinction merit "
                          "cum magna summa laude".split())
#: A parenthesis right after a degree that is no field: a national abbreviation or an honours mark
#: ("Bachelor (Bc.)", "BSc (Hons)", "Laurea Magistrale (MSc)", "Diplom-Ingenieur (Dipl.-Ing.)").
_NO_FIELD_PAREN = re.compile(r"[ \t]*\((?:[^)\n]*\.[^)\n]*|[A-Z][A-Za-z]{0,4}|Hons?|Honours|Honors)\)")


def degree_fields(mention: str) -> set[str]:
    """The field words a degree mention writes after "in" ("B.S. in Computer Science" →
    ``{"computer", "science"}``), without the subtype its abbreviation implies; empty when none."""
    m = re.search(r"(?i)\bin\s+(.+)$", mention.strip())
    return {w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in ("and", "the", "of", "degree", "in")
            and w not in HONOURS_WORDS} if m else set()


_RESUME_FIELD = re.compile(r"[ \t]*(?:[,:–—-][ \t]*|\()?(?P<f>[A-Z][a-zà-ÿăąćčďęěğıłńňőřśşšţťůűźżžș]+"
                          r"(?:[ \t]+(?:[A-Z][a-zà-ÿăąćčďęěğıłńňőřśşšţťůűźżžș]+|and|&))*)\)?"
                          r"(?:[ \t]*\((?P<sub>[A-Z][\w ]+)\))?")


#: A concentration after a degree with its field, behind the degree's initials in parentheses: ", Nursing Leadership &
#: Management", "; concentration in Finance", " – track Hydraulic Engineering", ", Epidemiology track" (session 21, set
#: 17: "Master of Science in Nursing (MSN), Nursing Leadership"). A comma or semicolon takes a capitalised phrase; a
#: dash only after a cue word (a dash before a capitalised phrase is the school's: "— Drexel University"). A minor
#: is no field of the degree.
_CONCENTRATION = re.compile(
    r"[ \t]*(?:\([A-Z][A-Za-z.]{1,7}\)[ \t]*)?(?P<sep>[,;]|(?<=[ \t\)])[–—-])[ \t]*"
    r"(?P<cue>(?i:concentrations?|speciali[sz]ations?|specialty|track|emphasis|option|focus|pathway|major)"
    r"(?:[ \t]+(?:in|on))?[ \t]*:?[ \t]+)?"
    r"(?P<f>(?!Minor\b)[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|and|&|of))*)")
#: Words of a school's or place's name that make a phrase after a degree no concentration.
_SCHOOL_NAME = re.compile(r"\b(?:University|College|School|Institute|Academy|Polytechnic|Conservatory|State|Campus|"
                          r"Univ\w*|Egyetem\w*|Politec\w*|Institut\w*|Escuela|Escola|[ÉE]cole|Hochschule)\b")


#: A school's name in the CV's language after a field ("MSc Fizioterápia, Debreceni Egyetem"): not a field.
_SCHOOL_WORD = re.compile(r"\b(?:Univ\w*|Egyetem\w*|Politec\w*|Polytech\w*|Institut\w*|Escuela|Escola|[ÉE]cole|"
                          r"Hochschule|Akadem\w*|Academ\w*|Technische|Tudom\w*|Facult\w*|Kar)\b")


def resume_degree_keys(text: str) -> list[tuple[str, set[str], set[str]]]:
    """``(level, words, fields)``: :func:`degree_key` of every degree of a resume, with the field
    resumes write without "in" or "of" ("B.S. Chemistry", "M.S. Civil Engineering (Water
    Resources)", "MBA, Finance", "Bachelor of Commerce (Accounting)"); ``fields`` are the written field words only (not the subtype
    an abbreviation implies: "B.S. Computer Engineering" has no field word "science")."""
    out = []
    for s, e, mention in find_degrees(text):
        key = degree_key(mention)
        if key is None:
            continue
        level, words = key
        fields = degree_fields(mention)
        pos = e
        skip = _NO_FIELD_PAREN.match(text, pos)
        if skip and not fields:  # "BSc (Hons) Zoology": the field follows the mark
            pos = e = skip.end()
        sub = re.match(r"[ \t]*\((?P<f>[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|and|&))*)\)", text[pos:])
        if sub and not skip and not words <= SUBTYPES:  # "Master of Social Sciences (Social Work)"
            written = {w for w in re.findall(r"[a-z]+", sub.group("f").lower()) if w not in ("and", "the", "of")}
            words, fields = words | written, fields | written
        while (words <= SUBTYPES or pos > e) and (m := _RESUME_FIELD.match(text, pos)) and not re.match(
                r"(?:University|College|School|Institute|Academy|State)\b", m.group("f")) and not _SCHOOL_WORD.search(
                m.group("f")):
            # "B.S. Chemistry", "Bachelor of Arts, Psychology", "B.S. Business Administration, Finance"
            # (accents folded: "Fizioterápia" is one word, "fizioterapia")
            written = {w for w in re.findall(r"[a-z]+", fold_accents(m.group("f") + " " + (m.group("sub") or "")).lower())
                       if w not in ("and", "the", "of", "concentration", "major", "minor")}
            words, fields = words | written, fields | written
            pos = m.end()
            if not re.match(r"[ \t]*,[ \t]*[A-Z]", text[pos:]):
                break
        # (a field after "in" takes one too: "Bachelor of Science in Business Administration, major in Financial
        # Management", session 22)
        conc = _CONCENTRATION.match(text, pos) if words - SUBTYPES or fields else None
        if conc and (conc.group("sep") in ",;" or conc.group("cue")) and not _SCHOOL_NAME.search(conc.group("f")):
            # "Master of Science in Nursing (MSN), Nursing Leadership": the concentration is the degree's field too
            written = set(re.findall(r"[a-z]+", fold_accents(conc.group("f")).lower())) - {"and", "of"}
            words, fields = words | written, fields | written
        out.append((level, words, fields))
    return out


def find_degrees(text: str) -> list[tuple[int, int, str]]:
    """Degree mentions with their field (``B.S. in Computer Science``, ``MBA``, ``master's degree``)."""
    out = []
    for m in DEGREE_RE.finditer(text):
        span = m.group(0).rstrip(" .")
        if m.group("abbr") and (not re.search(r"[A-Z]", span[:3]) or re.fullmatch(r"[A-Z][a-z]+", m.group("abbr"))):
            continue  # "ma", "ms", "As", "March" are words, not degrees ("A.S.", "AS", "M.Arch", "PharmD" are)
        if (m.group("abbr") or "").rstrip(".") in ("AS", "ASA") and not m.group("field") and re.search(
                r"[A-Z][\w&.'’-]*[ \t]+$", text[:m.start()]):
            continue  # "NordSea Lifting Services AS", "Equinor ASA": a Nordic company (aksjeselskap), no degree
        if (m.group("full") and span[:1].isupper() and not re.search(r"(?i)degree|\s(?:of|in)\s", span)
                and re.search(r"[A-Z][\w&.'’-]*[ \t]+$", text[:m.start()])):
            continue  # "Kim Lundgren Associates", "Bain Associate": part of a name, not a degree
        if m.group("full") and re.match(r"(?i)associates?\s+of\s+the\b", span):
            continue  # "Associate of the Chartered Institute of Bankers": a grade of membership, no degree
        if m.group("full") and re.match(r"(?i)associates?\b(?!['’])", span) and not re.search(r"(?i)degree", span) and (
                (span[:1].isupper() and re.search(r"[A-Z][\w&.'’-]*[ \t]+$", text[:m.start()]))
                or (span[:1].islower() and not re.search(r"(?i)(?:^|\b(?:an?|my|the|his|her|their|your|our|one))\s*$",
                                                        text[:m.start()]))):
            continue  # "Ridgeline Civil Associates in Boise" (a firm), "lead associate in receiving" (a job)
        field = m.group("field") or ""
        # the field ends at a preposition introducing the school or a date
        field = re.sub(r"(?i)\s+in\s*$", "", field)  # "in culinary arts in [2015]": the date's preposition
        # (or at the sentence's verb whose subject the degree is: "MSc in landscape architecture carries the Dutch
        # engineering title ir.": session 31, ground134)
        field = re.split(r"(?i)\s+(?:carries|carried|confers|conferred|grants|granted|gives|gave|entitles|entitled|"
                         r"qualifies|qualified\s+me|allows|allowed|has|had|comes|came|"
                         r"from|at|with|as|to|for|is|was|and then|in \d|through|via|during|while|under|(?:part|full)-time|and\s+(?:my|a|an|the|his|her|their|then|later)"
                         r"|and\s+(?=(?:bachelor|master|doctor|associate|b\.|m\.|ph\.?d|mba|jd)))\b", field)[0]
        text_span = (m.group("full") or m.group("abbr") or m.group("hs")) + field
        out.append((m.start(), m.start() + len(text_span), text_span.strip()))
    return out


def find_certifications(text: str) -> list[tuple[int, int, str]]:
    """Certification/licence mentions (cue-word phrases, ``Certified X``, known acronyms)."""
    spans: list[tuple[int, int, str]] = []
    for rx in CERT_RES:
        for m in rx.finditer(text):
            spans.append((m.start(), m.end(), m.group(0)))
    for m in re.finditer(r"\b[A-Z][A-Za-z]{1,6}(?:-[A-Z]{2})?\b", text):
        if m.group(0) in CERT_ACRONYMS:
            spans.append((m.start(), m.end(), m.group(0)))
    return spans


def cert_words(phrase: str) -> list[str]:
    """Content words of a certification phrase (generic cue words removed)."""
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", phrase.lower()))
    return [w for w in words if w not in CERT_GENERIC and w.replace("’", "'") not in CERT_GENERIC]


#: A fiscal year, quarter or half written as a capitalised token: "FY2024", "FY24", "Q3", "H1".
_PERIOD_TOKEN = re.compile(r"(?:FY['’]?\d{2}(?:\d{2})?|Q[1-4]|H[12])")


#: A name glued to a participle: "PMI-certified", "EU-funded", "Siemens-based", "ISO-accredited".
_NAME_PARTICIPLE = re.compile(r"([A-Z][\w&.]*)-([a-z]+(?:ed|ing))")


#: An opening participle's clause: the participle, then words up to a comma before the sentence's subject
#: ("Counting Acme before its 2018 merger, I have …", "Adding Northwind's years, my tenure …").
_OPENING_CLAUSE = re.compile(r"[^.!?\n]{1,120}?,\s+(?:I|my|we|our|that|this|it|the|in|at|all|both)\b")


def opening_participle(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` opens a sentence as a verb's -ing or -ed form whose clause a comma closes before the
    subject: "Counting Orcas Sound Transit, which Salish Island acquired in 2017, I have …", "Including my years
    at …", "Combined with …" — capitalised for the sentence, no word of the name after it (ground77, set 22's
    "Counting AquaLab" read as a new employer). The stem must be common English (``wordfreq`` Zipf ≥ 3.5:
    "count", "add", "combine"); names ending so ("Boeing", "Sterling", "Beijing") have no such stem, and a
    name opening a plain sentence ("Reading Borough Council hired me …") has no such clause."""
    from wordfreq import zipf_frequency

    low = word.lower()
    if not re.fullmatch(r"[a-z]{3,}(?:ing|ed)", low) or not (
            start == 0 or re.search(r"[.!?:]\s*$|\n\s*$", text[:start])):
        return False
    base = low[:-3] if low.endswith("ing") else low[:-2]
    stems = {base, base + "e", base[:-1] if len(base) > 3 and base[-1] == base[-2] else base}
    if not any(zipf_frequency(st, "en") >= 3.5 for st in stems if len(st) >= 3):
        return False
    return _OPENING_CLAUSE.match(text, start + len(word)) is not None


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (organisations, schools, places, products); a sentence's opening participle
    is no word of them (:func:`opening_participle`)."""
    out = []
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        start = m.start()
        head = _NAME_PARTICIPLE.fullmatch(words[0]) if words else None
        if head:  # "PMI-certified Project Management Professional", "EU-funded": the body, then the rest
            out.append((start, start + len(head.group(1)), head.group(1)))
            start += len(words[0]) + 1
            words = words[1:]
            if len(words) < 2:
                continue
        if len(words) > 1 and opening_participle(text, start, words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        while words and (words[0].lower().strip(".,") in NOT_NAMES or _PERIOD_TOKEN.fullmatch(words[0].strip(".,"))
                         or words[0].lower().strip(".,") in SENTENCE_CONNECTIVES and (
                             start == 0 or re.search(r"[.!?:;]\s*$|\n\s*$", text[:start]))):
            start += len(words[0]) + 1
            words = words[1:]
        if any(_PERIOD_TOKEN.fullmatch(w.strip(".,")) for w in words):
            continue  # "between FY2022 and FY2025", "in Q3 2024": periods, not organisations
        while words and (words[-1].lower() in ("of", "for", "and", "&", "the", "de", "du")
                         or words[-1].lower().strip(".,") in NOT_NAMES):
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words).rstrip(".,;:")
        if len(words) == 1 and (text.startswith("$", start + len(name)) or (
                currency_of(name) and re.match(r"[ \u00a0]?\d", text[start + len(name):]))):
            continue  # a currency prefix ("US$34 million", "NZ$", "A$", "Rp 186 billion", "RM 2.3 million"), read
            #           with its amount
        sentence_start = start == 0 or bool(re.search(r"[.!?:]\s*$|\n\s*$", text[:start]))
        if sentence_start and len(words) == 1:
            continue  # a capitalised first word of a sentence
        tool_for = _tool_for(words)
        if tool_for:  # "HPLC for Pfizer": the tool, then the organisation the work was for (issue 12, trial F6)
            out += [(start + a, start + b, name[a:b]) for a, b in tool_for]
            continue
        out.append((start, start + len(name), name))
    return out


#: A technique or product written as a code ("HPLC", "qPCR", "GC-MS", "SAP", "Revit"): capitals after its first letter.
_CODE_WORD = re.compile(r"[A-Za-z][\w+-]*[A-Z][\w+-]*")


def _tool_for(words: list[str]) -> list[tuple[int, int]] | None:
    """Offsets (into ``" ".join(words)``) of a tool and of the name after its "for" ("HPLC for Pfizer" → "HPLC",
    "Pfizer"; "Epic for the Mayo Clinic" → "Epic", "Mayo Clinic"), when the words before "for" are one code word
    (:data:`_CODE_WORD`) or a taxonomy tool as a whole: NAME_RUN joins names at "for" ("Centers for Disease Control"),
    which hid the employer of "I ran HPLC for Pfizer" inside one name with the tool (issue 12, newcomer trial F6).
    ``None`` when the run is no such pair."""
    if "for" not in words[1:-1]:
        return None
    i = words.index("for", 1)
    head, tail = " ".join(words[:i]), words[i + 1:]
    skip = 1 if tail[0] == "the" else 0
    if not tail[skip:] or not tail[skip][:1].isupper():
        return None
    if not ((i == 1 and _CODE_WORD.fullmatch(head)) or any(s == 0 and e == len(head) for s, e, _ in find_tools(head))):
        return None
    at = len(head) + len(" for ") + (len("the ") if skip else 0)
    return [(0, len(head)), (at, len(" ".join(words)))]


#: Vendor words dropped before comparing product spellings ("Microsoft Excel" / "MS Excel" / "Excel").
VENDOR_WORDS = frozenset("microsoft ms google amazon aws apple adobe ibm atlassian autodesk salesforce".split())


def surface_key(surface: str) -> str:
    """A tool mention's spelling for comparison: lower case, words of letters/digits/+/#."""
    return " ".join(re.findall(r"[a-z0-9+#]+", surface.lower()))


def _product_words(key: str) -> list[str]:
    words = key.split()
    while len(words) > 1 and words[0] in VENDOR_WORDS:
        words = words[1:]
    return words


def _numeronym(short: str, long: str) -> bool:
    """"k8s" for "kubernetes", "i18n" for "internationalization": first letter, the count of the
    letters between, last letter."""
    m = re.fullmatch(r"([a-z])(\d+)([a-z])", short)
    return bool(m) and len(long) == int(m.group(2)) + 2 and long[0] == m.group(1) and long[-1] == m.group(3)


def same_product(a: str, b: str) -> bool:
    """Whether the mention ``a`` and the resume's spelling ``b`` (:func:`surface_key`) name one
    product: equal after vendor words are dropped, or with the same first product word; one's
    words inside the other's (the mention may add only short qualifiers: "US GAAP" for "GAAP");
    the first product word of one a clipped form (≥ 4 letters) of the other's
    ("postgres" / "postgresql", "lexis" / "lexisnexis", "kube" / "kubernetes"); an initialism
    ("gcp" / "google cloud platform") or a numeronym ("k8s" / "kubernetes"). Different first
    words are different products ("westlaw" / "lexisnexis", "manhattan wms" / "oracle wms")."""
    from careercopilot.writing.grounding.product_lines import siblings

    wa, wb = _product_words(a), _product_words(b)
    if siblings(wa, wb):
        return False  # two products of one line: "power bi" / "power query", "sage 50" / "sage intacct" (ground120)
    if wa == wb or wa[0] == wb[0]:
        return True
    extra = set(wa) - set(wb)  # the mention (a) qualifies the resume's name: "US GAAP" for "GAAP"
    if set(wb) <= set(wa) and all(len(w) <= 3 or w.isdigit() or w in VENDOR_WORDS for w in extra):
        return True
    if set(wa) <= set(wb):  # the mention drops a qualifier: "Excel" for "Excel 365"
        return True
    if len(wa) == len(wb) >= 2 and all(len(x) >= 3 and (x.startswith(y) or y.startswith(x)) for x, y in zip(wa, wb)):
        return True  # "vet tech" / "veterinary technician": every word clipped
    fa, fb = wa[0], wb[0]
    short, long = sorted((fa, fb), key=len)
    if len(short) >= 4 and long.startswith(short):
        return True
    for x, y in ((a, b), (b, a)):
        xs, ys = x.split(), y.split()
        if len(xs) == 1 and len(ys) >= 2 and xs[0] == "".join(w[0] for w in ys):
            return True
    return len(wa) == len(wb) == 1 and (_numeronym(fa, fb) or _numeronym(fb, fa))


def names_category(mention: str, canonical: str) -> bool:
    """The mention is the skill's own name, a part of it ("POS" for "POS Systems") or its
    initialism first ("ER investigations" for "Employee Relations"): the category, not a product."""
    m, c = mention.split(), canonical.split()
    if not m:
        return False
    return set(m) <= set(c) or (len(c) >= 2 and m[0] == "".join(w[0] for w in c))


def find_tools(text: str) -> list[tuple[int, int, str]]:
    """Named tools: taxonomy skills written with a capital letter (``Terraform``, ``Epic``)."""
    return [(s, e, name) for s, e, name in skills_mod._find(text) if any(ch.isupper() for ch in text[s:e])]
