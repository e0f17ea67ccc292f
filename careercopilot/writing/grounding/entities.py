"""Named-entity detectors for the grounding checker: job titles, degrees, certifications,
organisations (capitalised names), named tools.

Each returns ``(start, end, text)`` spans of a sentence or of the resume. The vocabularies
are ours (title head nouns, degree spellings, certification cue words) and say which real
cases they cover in :mod:`tests.unit.writing.test_grounding_planted`.
"""

from __future__ import annotations

import re

from careercopilot.normalize import skills as skills_mod

#: Head nouns of job titles (the last word of "Senior Software Engineer").
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
    "Statistician|Lawyer|Welder|Plumber|Carpenter|Machinist|Installer|Buyer|Steward|Custodian|Surveyor"
)
#: Lower-case title after a role cue: "served as a nurse manager", "promoted to shift supervisor".
ROLE_TITLE_RE = re.compile(
    r"\b(?:as|became|become|promoted\s+to|hired\s+as|role\s+of)\s+(?:an?\s+|the\s+|our\s+|its\s+|their\s+)?"
    r"(?P<t>(?:[a-z][\w-]*\s+){0,3}(?:" + TITLE_HEADS.lower() + r"))\b"
)
_CAP = r"(?:[A-Z][\w.&'’+/-]*|of|and|&)"
TITLE_RE = re.compile(
    rf"\b(?:(?:Head|Director|VP|Vice President|Chief [A-Z]\w+ Officer)[ \t]+of[ \t]+[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)*"
    rf"|(?:[A-Z][\w.&'’-]*[ \t]+){{0,4}}(?:{TITLE_HEADS})\b(?:[ \t]+(?:I{{1,3}}|IV|[1-4]))?)"
)
SENIORITY = re.compile(r"^(?:senior|sr\.?|junior|jr\.?)\s+", re.I)

DEGREE_RE = re.compile(
    r"(?ix)\b(?:"
    r"(?P<full>(?:bachelor|master|doctor|associate)(?:(?:'s|’s|s)(?:\s+degree)?|\s+degree|(?=\s+(?:of|in)\s))(?:\s+of\s+(?:applied\s+)?[a-z]+(?:\s+(?!(?:in|at|from|and|with|to|for|as)\b)[a-z]+)?)?)"
    r"|(?P<abbr>b\.?\s?s\.?c?\.?|b\.?\s?a\.?|b\.?com\.?|bsn|msn|mba|m\.?\s?s\.?c?\.?|m\.?\s?a\.?|m\.?ed\.?|ed\.?\s?[sd]\.?|"
    r"ph\.?\s?d\.?|dnp|j\.?d\.?|aas|adn|a\.?a\.?s\.?)"
    r"|(?P<hs>high\s+school\s+diploma|ged))"
    r"(?P<field>\s+(?:degree\s+)?(?:in|of)\s+[a-z][a-z&\s-]*)?(?=[\s,.;:()]|$)"
)
DEGREE_LEVEL = [
    (re.compile(r"(?i)^(?:bachelor|b\.?\s?s|b\.?\s?a|b\.?com|bsn)"), "bachelor"),
    (re.compile(r"(?i)^(?:master|m\.?\s?s|m\.?\s?a|m\.?ed|msn|mba)"), "master"),
    (re.compile(r"(?i)^(?:doctor|ph\.?\s?d|dnp|ed\.?\s?d|j\.?d)"), "doctorate"),
    (re.compile(r"(?i)^(?:associate|aas|adn|a\.?a\.?s)"), "associate"),
    (re.compile(r"(?i)^ed\.?\s?s"), "specialist"),
    (re.compile(r"(?i)^(?:high|ged)"), "diploma"),
]
#: Implied subtype/field words of degree abbreviations.
DEGREE_IMPLIED = [
    (re.compile(r"(?i)^b\.?\s?s\.?c?\.?$|bachelor\w* of science"), {"science"}),
    (re.compile(r"(?i)^b\.?\s?a\.?$|bachelor\w* of arts"), {"arts"}),
    (re.compile(r"(?i)^b\.?com|bachelor\w* of commerce"), {"commerce"}),
    (re.compile(r"(?i)^bsn$"), {"science", "nursing"}),
    (re.compile(r"(?i)^msn$"), {"science", "nursing"}),
    (re.compile(r"(?i)^mba$"), {"business", "administration"}),
    (re.compile(r"(?i)^m\.?ed|master\w* of education"), {"education"}),
    (re.compile(r"(?i)^m\.?\s?s\.?c?\.?$|master\w* of science"), {"science"}),
    (re.compile(r"(?i)^m\.?\s?a\.?$|master\w* of arts"), {"arts"}),
    (re.compile(r"(?i)^dnp$|doctor of nursing"), {"nursing", "practice"}),
]
SUBTYPES = {"science", "arts", "commerce", "applied", "business", "administration", "education", "engineering"}

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
    re.compile(r"(?i)\bcertified\s+in\s+[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*"),
    re.compile(r"\b(?:OSHA|NFPA)\s+\d+[A-Z]?(?:-Hour)?"),
]
CERT_GENERIC = frozenset(
    "certification certifications certified certificate license licensed licence card qualification hold holds "
    "held have has am is are i my an a the also and in of for with from passed earned exam level where when as "
    "while who which that so to be been was were i'm i've i'd we we're we've our".split()
)

NAME_RUN = re.compile(r"\b[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|for|and|&|the|de|du)[ \t]+)?[A-Z][\w'’&-]*)*")
NOT_NAMES = frozenset(
    "i i'm i've i'd i'll my we our you your as at in on for and but the a an this that since from to with "
    "during after before while when where then also dear thank thanks sincerely regards hello hi please "
    "monday tuesday wednesday thursday friday saturday sunday".split()
) | frozenset(m for m in ("january february march april may june july august september october november december "
                          "jan feb mar apr jun jul aug sep sept oct nov dec").split())


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
    head = mention.strip()
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
    return level, words


def find_degrees(text: str) -> list[tuple[int, int, str]]:
    """Degree mentions with their field (``B.S. in Computer Science``, ``MBA``, ``master's degree``)."""
    out = []
    for m in DEGREE_RE.finditer(text):
        span = m.group(0).rstrip(" .")
        if m.group("abbr") and not re.search(r"[A-Z]", span[:3]):
            continue  # lower-case "ma", "ms", "ba" are words, not degrees
        if (m.group("full") and span[:1].isupper() and not re.search(r"(?i)degree|\s(?:of|in)\s", span)
                and re.search(r"[A-Z][\w&.'’-]*[ \t]+$", text[:m.start()])):
            continue  # "Kim Lundgren Associates", "Bain Associate": part of a name, not a degree
        field = m.group("field") or ""
        # the field ends at a preposition introducing the school or a date
        field = re.split(r"(?i)\s+(?:from|at|with|as|to|for|and then|in \d)\b", field)[0]
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


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (organisations, schools, places, products)."""
    out = []
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        start = m.start()
        while words and words[0].lower().strip(".,") in NOT_NAMES:
            start += len(words[0]) + 1
            words = words[1:]
        while words and (words[-1].lower() in ("of", "for", "and", "&", "the", "de", "du")
                         or words[-1].lower().strip(".,") in NOT_NAMES):
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words).rstrip(".,;:")
        sentence_start = start == 0 or bool(re.search(r"[.!?:]\s*$|\n\s*$", text[:start]))
        if sentence_start and len(words) == 1:
            continue  # a capitalised first word of a sentence
        out.append((start, start + len(name), name))
    return out


def find_tools(text: str) -> list[tuple[int, int, str]]:
    """Named tools: taxonomy skills written with a capital letter (``Terraform``, ``Epic``)."""
    return [(s, e, name) for s, e, name in skills_mod._find(text) if any(ch.isupper() for ch in text[s:e])]
