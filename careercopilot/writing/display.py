"""Prose forms of what a posting and a resume give raw: employer names, job titles, people's names,
and the salutation and sign-off built from them (issue 12 finding 12: "Dear Todd Reeves DMD hiring
team,"; a follow-up ending "Best regards," with nothing after it).

* :func:`company_display` — the employer as a careful writer names it in a sentence: the legal
  suffix dropped (", Inc.", "LLC", "L.L.C.", "Ltd.", "GmbH", "PLLC", ", PA" …; the style of AP and the
  Chicago Manual of Style, which omit "Inc." and the like in running text), an all-capitals name of two
  or more words in title case ("PACIFIC ARCHITECTURAL WOOD PRODUCTS, LLC" → "Pacific Architectural
  Wood Products"; one capitalised word stays: "YETI", "KAYAK", "LHH" may be the brand's own form),
  small words of a name written Every-Word-Capitalised lower-cased ("Department Of City Planning" →
  "Department of City Planning", "Children'S" → "Children's"), and a practice named for its
  practitioner ("Todd Reeves DMD") read as that person's practice ("the practice of Dr. Todd Reeves").
* :func:`title_display` — the job title without a posting's codes and logistics: requisition numbers
  ("(323565)", "#13635 - ", "416550 - ", "2024-118"), years and school years ("2024-2025 ", "NPE 2024 …",
  "… 2024-25 School Year"), schedule and place
  segments ("- PT", "(REMOTE 100%)", "- Work from Home", "3rd Shift") and all capitals ("COMPUTER
  SPECIALIST (SOFTWARE)" → "Computer Specialist (Software)", acronyms kept: "IT", "LAN/WAN", "III").
* :func:`role_display` — a resume's role title or employer written in all capitals, title-cased for a
  letter ("SENIOR ACCOUNTANT" → "Senior Accountant", "REGISTERED NURSE – ICU" → "Registered Nurse – ICU",
  "CLERK TYPIST II", "U.S. NAVY" → "U.S. Navy"; initialisms of :data:`ROLE_ACRONYMS` and the checker's kept).
* :func:`person_name` — a person's name without post-nominals and with its honorific ("Todd Reeves
  DMD" → Dr. Todd Reeves; "Jane Doe, RN, BSN" → Jane Doe; "JOHN O'NEIL" → John O'Neil).
* :func:`salutation` — "Dear Dr. Reeves," for a named doctor, "Dear Jane Doe," for a named person
  whose form of address is unknown, "Dear <Company> hiring team," when the company's prose form is
  short, else "Dear Hiring Manager," (the forms of the Purdue OWL's and university career centres'
  cover-letter guides).
* :func:`sign_off_name` — the user's name for the sign-off, post-nominals dropped; "" when unknown
  (the template then leaves the closing phrase out rather than end on "Best regards," alone).

Pure functions over ``str``; never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Legal-form suffixes dropped from a company's prose form (US, UK, Commonwealth, EU forms).
LEGAL_SUFFIXES = (
    "Inc", "Incorporated", "LLC", "L.L.C", "LLP", "L.L.P", "LP", "L.P", "Ltd", "Limited", "PLLC", "P.L.L.C", "PC",
    "P.C", "PA", "P.A", "PLC", "plc", "GmbH", "AG", "S.A", "SA", "S.L", "SAS", "S.A.S", "BV", "B.V", "NV",
    "N.V", "Pty Ltd", "Pty", "A Law Corp", "A Professional Corporation", "S.p.A", "SpA", "S.R.L", "SRL", "Oy", "AB",
    "ApS", "KG", "mbH",
)
# ("Corp", "Corporation", "Co." and "& Co." stay: "Acme Corp", "Rudin Kaplan & Co." are how such firms are named)
_LEGAL_RX = r"(?:,?\s+(?:" + "|".join(re.escape(s) for s in sorted(LEGAL_SUFFIXES, key=len, reverse=True)) + r")\.?)+\s*$"
_LEGAL = re.compile(_LEGAL_RX)
_LEGAL_CAPS = re.compile(_LEGAL_RX, re.I)  # for names written in all capitals ("ABHI IT SYSTEMS INC")
#: Doctoral and professional degrees whose holders are addressed as "Dr." (AMA/ADA/AVMA usage).
DOCTORAL = frozenset("MD M.D. DO D.O. DMD D.M.D. DDS D.D.S. DVM D.V.M. DPM OD O.D. PhD Ph.D. PsyD Psy.D. EdD Ed.D. "
                     "DNP DPT DC D.C. PharmD Pharm.D. DrPH DMSc DSc MBBS".split())
#: Other post-nominals: licences, certifications, degrees, honours ("Esq." is not a form of address).
POSTNOMINALS = DOCTORAL | frozenset(
    "RN BSN MSN LPN LVN CNA APRN NP FNP FNP-BC CRNA CCRN CNM PA PA-C RDH RDA CDA LCSW LMSW LPC LMFT LMHC CPA CMA CFA "
    "CFP CPP PMP PE P.E. EIT SHRM-CP SHRM-SCP PHR SPHR MBA MPH MS M.S. MA M.A. BS B.S. BA B.A. MEd JD J.D. LLM Esq "
    "Esq. CPC CCS RHIA RHIT OTR OTR/L OTA COTA PT PTA SLP CCC-SLP RRT CRT RT(R) ARRT RD RDN LD CSCS ATC CHES CPhT "
    "RPh CEO FACHE FACP FACS FAAN MRCP FRCP FRCS ACCA CIMA CA CPA,CA CISSP CISA CISM PhD(c) Jr Jr. Sr Sr. II III IV".split())
_GENERATIONAL = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_HONORIFIC = re.compile(r"^(?:(Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss)\.?\s+)", re.I)
#: Words of an organisation, never of a person's name ("Grow West MD" is not Dr. Grow West).
_ORG_WORD = re.compile(
    r"(?i)\b(?:dental|dentistry|family|medical|medicine|health|healthcare|care|clinic|clinics|group|associates?|"
    r"partners|practice|center|centre|services?|solutions|systems|company|brand|esthetics|aesthetics|spa|law|legal|"
    r"firm|office|offices|pediatrics?|orthodontics?|smiles?|vision|eye|animal|veterinary|hospital|institute|"
    r"therapy|rehab|wellness|grow|west|east|north|south|city|county|state|national|american|global|united|"
    r"the|of|and|&)\b")
_SMALL = frozenset("a an and as at but by for from in into nor of on or the to via with de la del y et".split())
#: Acronyms kept in capitals when a title or name written in all capitals is title-cased.
ACRONYMS = frozenset(
    "IT HR RN LPN LVN CNA NP PA QA QC UX UI AI ML GIS CNC HVAC LAN WAN CRM ERP SAP SQL ABA EMS EMT ICU ER OR NICU PICU "
    "CT MRI EKG ECG DHS DOT NYC NYPD FDNY US USA UK EU IRS CPA CFO CEO COO CTO VP SVP AVP EVP PR BI ETL API AWS EHR "
    "EMR DBA RF PLC PT OT SLP RT DSP ADA ACCO MTA TV 3D II III IV VI VII VIII IX XI XII ID K-12 PK".split())
_ROMAN = re.compile(r"(?i)^(?:i{1,3}|iv|v|vi{0,3}|ix|x)$")
#: Initialisms of job titles, credentials and employers kept in capitals when a resume's all-capitals role
#: header is title-cased (vowel-free ones such as "CDL", "PMHNP", "LCSW" are kept anyway); with the grounding
#: checker's role and credential acronyms (:mod:`careercopilot.writing.grounding.entities`).
ROLE_ACRONYMS = frozenset(
    "CMA MA STNA COTA OTA PTA CNO CNS CRNA ASE EA AE SEO SEM SDR CSM AML KYC ESL ELL SPED ESOL EHS OSHA EPA FAA "
    "NOC SOC ITIL AP AR GL AML USA IBEW NECA JATC NAVY USAF USMC USCG SUNY CUNY UCLA NYU IEP ICU PACU ED ER OB "
    "GYN NICU EMT-B EMT-P EIT ADN ASN AAS BSN MSN DNP NASA NOAA FEMA VA HUD".split()) - {"NAVY"}


def _cap_word(w: str, first: bool) -> str:
    """One word of an all-capitals phrase in title case (acronyms and Roman numerals kept)."""
    core = w.strip("()[],.:;/")
    if not core:
        return w
    if core.upper() in ACRONYMS or _ROMAN.match(core) and len(core) <= 4 or not re.search(r"[AEIOUY]", core.upper()):
        return w
    if not first and core.lower() in _SMALL:
        return w.lower()
    parts = re.split(r"([-/'’])", w.lower())
    out = []
    for i, p in enumerate(parts):
        if p in ("-", "/", "'", "’") or not p:
            out.append(p)
        elif i >= 2 and parts[i - 1] in ("'", "’") and len(p) == 1:  # "children's", "o'neil" handled below
            out.append(p)
        else:
            lead = re.match(r"^\W*", p).group(0)
            tail = re.search(r"\W*$", p[len(lead):]).group(0)
            rest = p[len(lead):len(p) - len(tail)]
            sub = rest.upper() if rest.upper() in ACRONYMS else rest[:1].upper() + rest[1:]
            out.append(lead + sub + tail)
    s = "".join(out)
    return re.sub(r"^(\W*)(Mc|O['’])(\w)", lambda m: m.group(1) + m.group(2) + m.group(3).upper(), s)


def role_display(text: str) -> str:
    """A resume's role title or employer as a letter writes it: one written in all capitals in title
    case, initialisms and Roman numerals kept and small words lower-cased ("SENIOR ACCOUNTANT" → "Senior
    Accountant", "REGISTERED NURSE – ICU" → "Registered Nurse – ICU", "DIRECTOR OF POLICY AND PLANNING" →
    "Director of Policy and Planning", "CLERK TYPIST II" → "Clerk Typist II"); anything else as written
    (a brand's own capitals, "Opportunity Works NYC", stay)."""
    s = (text or "").strip()
    if not _is_caps(s):
        return s
    from careercopilot.writing.grounding.entities import CERT_ACRONYMS
    from careercopilot.writing.grounding.entities import ROLE_ACRONYMS as CHECKER_ROLES

    keep = ROLE_ACRONYMS | CERT_ACRONYMS | CHECKER_ROLES
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        core = w.strip("()[],.:;")
        dotted = re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", core)  # "U.S.", "P.E."
        slashed = "/" in core and all(x in keep or x in ACRONYMS or len(x) == 1 for x in core.split("/") if x)
        out.append(w if core in keep or dotted or slashed else _cap_word(w, i == 0))  # "COTA/L", "A/P"
    return " ".join(out)


def _title_case_caps(text: str) -> str:
    words = text.split(" ")
    return " ".join(_cap_word(w, i == 0) for i, w in enumerate(words))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _fix_every_word_caps(text: str) -> str:
    """"Department Of City Planning" → "Department of City Planning"; "Children'S" → "Children's";
    "Nyc" → "NYC" (names whose every word was capitalised by a feed)."""
    text = re.sub(r"(\w)['’]S\b", lambda m: m.group(1) + "'s", text)
    text = re.sub(r"\bNyc\b", "NYC", text)
    words = text.split(" ")
    named = [w for w in words if re.search(r"[A-Za-z]", w)]
    if sum(w[:1].isupper() for w in named) < len(named) - 1:
        return text
    return " ".join(w.lower() if 0 < i < len(words) - 1 and w.lower() in {"of", "for", "and", "the", "to", "in", "on", "at"}
                    and w[:1].isupper() and words[i - 1] not in ("-", "–", "—") else w for i, w in enumerate(words))


@dataclass(frozen=True)
class PersonName:
    """A person's name read from a raw string: ``given``/``family`` ('' when one word), the
    honorific ("Dr.", "Ms." …; '' when unknown) and the post-nominals dropped."""

    given: str
    family: str
    honorific: str = ""
    postnominals: tuple[str, ...] = ()

    @property
    def full(self) -> str:
        """Given and family name and a generational suffix, without honorific or other post-nominals
        ("Todd Reeves", "Robert J. Miller Jr.")."""
        return " ".join([x for x in (self.given, self.family) if x] + [x for x in self.postnominals if x in _GENERATIONAL])

#: :data:`POSTNOMINALS` of three letters or more, upper-cased without a final dot ("Esq." → "ESQ", "PhD" → "PHD"):
#: matched in any case ("phd", "ESQ."); two-letter ones only as written ("RN", not "rn").
_POSTNOMINALS_FOLDED = frozenset(p.upper().rstrip(".") for p in POSTNOMINALS if len(p) > 2)


def _strip_postnominals(raw: str) -> tuple[str, list[str]]:
    s = raw.strip().strip(",")
    found: list[str] = []
    while True:
        m = re.search(r"(?:,\s*|\s+)([A-Za-z][A-Za-z.()/-]*(?:,[A-Z]{2,3})?)\s*$", s)
        if not m:
            break
        tok = m.group(1)
        if tok in POSTNOMINALS or tok.rstrip(".") in POSTNOMINALS or tok.upper().rstrip(".") in _POSTNOMINALS_FOLDED:
            found.insert(0, tok)
            s = s[: m.start()].rstrip(" ,")
        else:
            break
    return s, found


def person_name(raw: str) -> PersonName | None:
    """A person's name (see the module doc), or None when ``raw`` does not read as one: 2–4 name
    words ("Todd Reeves", "Ana María García-López", "Robert J. Miller") after any honorific, once the
    post-nominals are gone; "Last, First" is turned round. Organisation words ("Dental", "Group",
    "West") make it not a person."""
    s = re.sub(r"\s+", " ", (raw or "").strip())
    if not s:
        return None
    honorific = ""
    m = _HONORIFIC.match(s)
    if m:
        h = m.group(1).lower()
        honorific = {"dr": "Dr.", "doctor": "Dr.", "prof": "Prof.", "professor": "Prof.", "mr": "Mr.", "mrs": "Mrs.",
                     "ms": "Ms.", "mx": "Mx.", "miss": "Miss"}[h]
        s = s[m.end():]
    s, posts = _strip_postnominals(s)
    if "," in s:  # "Reeves, Todd"
        last, _, first = s.partition(",")
        s = f"{first.strip()} {last.strip()}"
    if _is_caps(s):
        s = _title_case_caps(s)
    words = s.split()
    if not 2 <= len(words) <= 4 or _ORG_WORD.search(s):
        return None
    if not all(re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]*|[a-z]{1,3}|[A-Z]\.", w) for w in words):
        return None
    if any(w.rstrip(".") in {"MD", "DO", "OD", "PA"} for w in words):
        return None
    if not honorific and any(p in DOCTORAL or p.rstrip(".") in DOCTORAL for p in posts):
        honorific = "Dr."
    return PersonName(" ".join(words[:-1]), words[-1], honorific, tuple(posts))


def _practitioner(raw: str) -> PersonName | None:
    """The practitioner a practice is named for: "Todd Reeves DMD", "Jane Smith, DDS", "Dr. Ana Ruiz"
    (a post-nominal or "Dr." is required; "MD"/"DO" only after a comma or dotted: "Grow West MD" is a brand)."""
    s = (raw or "").strip()
    p = person_name(s)
    if p is None:
        return None
    if _HONORIFIC.match(s) and p.honorific == "Dr.":
        return p
    if not p.postnominals:
        return None
    last = p.postnominals[-1]
    if last.rstrip(".") in {"MD", "DO", "OD"} and not re.search(r",\s*" + re.escape(last) + r"\s*$", s):
        return None
    return p if p.honorific == "Dr." or p.postnominals else None


def company_display(raw: str, *, language: str = "en") -> str:
    """The employer's prose form (see the module doc); ``raw`` stripped when nothing applies. A
    practitioner's practice: "the practice of Dr. Todd Reeves" (en), "la consulta de Todd Reeves" (es),
    "Todd Reeves" (fr: "chez Todd Reeves")."""
    s = re.sub(r"\s+", " ", (raw or "").strip())
    if not s:
        return ""
    doc = _practitioner(s)
    if doc is not None:
        if language == "es":
            return f"la consulta de {doc.full}"
        if language == "fr":
            return doc.full
        return f"the practice of {doc.honorific} {doc.full}".replace("  ", " ")
    s = (_LEGAL_CAPS if _is_caps(s) else _LEGAL).sub("", s).strip(" ,") or s
    if _is_caps(s) and len(re.findall(r"[A-Za-z]{2,}", s)) >= 2:
        s = _title_case_caps(s)
    else:
        s = _fix_every_word_caps(s)
    if re.match(r"[a-z]{3,}\b", s):  # "barton CPA" (a feed's lower-cased name), never "myGwork"
        s = s[0].upper() + s[1:]
    return re.sub(r"\s+[-–—]\s+", " – ", s)


#: Segments and bracketed asides of a posting title that say schedule, place or requisition, not the job.
_LOGISTICS = re.compile(
    r"(?i)^(?:(?:full|part)[- ]?time|ft|pt|prn|per diem|temp(?:orary)?|contract(?:or)?|seasonal|"
    r"(?:100%\s*)?remote(?:\s*100%)?|hybrid|on[- ]?site|onsite|in[- ]office|work from home|wfh|"
    r"various locations!?|multiple locations|nights?|days|evenings|weekends?|"
    r"(?:1st|2nd|3rd|first|second|third|day|night|evening|overnight|swing)\s+shift|shift|"
    r"#?\s*\d[\d\-/]*|req(?:uisition)?\.?\s*#?\s*[\w-]+|job\s*(?:id|#)\s*[\w-]+|"
    r"(?:remote|hybrid)\b[^()]*|immediate (?:start|hire)|urgent(?:ly)? hiring|hiring now|new grads? welcome|"
    r"sign[- ]on bonus[^()]*|\$[\d,.]+[^()]*|(?:\d+|multiple|several)\s+(?:positions?|openings?|vacancies))$")
_SHIFT_TAIL = re.compile(r"(?i)\s+(?:1st|2nd|3rd|first|second|third|day|night|evening|overnight)\s+shift\s*$")


def title_display(raw: str, *, location: str = "") -> str:
    """The job title's prose form (see the module doc); ``location`` (the posting's) is dropped as a
    segment ("Sales Manager - Northwest" keeps "Northwest" unless it is the posting's place)."""
    s = re.sub(r"\s+", " ", (raw or "").strip())
    if not s:
        return ""
    s = re.sub(r"^(?:#\s*\d[\w-]*|\d{4}\s*[-–]\s*\d{2,4}|\d{4,}|[A-Z]{1,4}-?\d{3,}[\w-]*)\s*(?:[-–—:|]\s*)?", "",
               s) or s
    place = {x.strip().lower() for x in re.split(r",", location or "") if x.strip()}

    def aside(m: re.Match) -> str:
        inner = m.group(1).strip()
        return "" if _LOGISTICS.match(inner) or inner.lower() in place else m.group(0)

    s = re.sub(r"\s*\(([^()]*)\)", aside, s).strip()
    parts = re.split(r"\s+[-–—|]\s+|\s*\|\s*|(?<=[a-z])\s*-\s+(?=[A-Z])", s)
    keep = [parts[0]] + [p for p in parts[1:] if not (_LOGISTICS.match(p.strip(" !")) or p.strip().lower() in place)]
    s = " – ".join(x.strip() for x in keep if x.strip()) or s
    # a year or school year inside the title ("NPE 2024 Exhibition Event Worker", "Early Childhood Associate 2024-25
    # School Year"): the posting's season, and a date the grounding checker would rightly ask the resume for
    s = re.sub(r"(?i)\s*\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b(?:\s+school\s+year)?", "", s).strip() or s
    s = _SHIFT_TAIL.sub("", s)
    s = re.sub(r"(?<=[a-z])\s+I$", "", s)  # "Engineering Technician I": level one, read as the pronoun "I" in prose
    s = re.sub(r"\s+0\d$", "", s)  # "ENGINEERING TECHNICIAN 03": a pay-grade code
    s = s.strip(" -–,!")
    if _is_caps(s):
        s = _title_case_caps(s)
    return s or raw.strip()


def article(phrase: str) -> str:
    """"a" or "an" before ``phrase`` by its sound: "an Administrative Assistant", "an RN", "a Unit Clerk",
    "an HR Generalist", "a UX Designer" (initialisms read letter by letter)."""
    w = (phrase or "").split()[0] if (phrase or "").split() else ""
    core = re.sub(r"\W", "", w)
    if not core:
        return "a"
    if core.isupper() and len(core) <= 5 and not re.fullmatch(r"[A-Z][a-z]+", core):  # an initialism
        return "an" if core[0] in "AEFHILMNORSX" else "a"
    if re.match(r"(?i)(?:uni|use|usu|eu|one|once)", core):
        return "a"
    if re.match(r"(?i)(?:hour|honest|honou?r|heir)", core):
        return "an"
    return "an" if core[0].lower() in "aeiou" else "a"



#: What stands in for a missing employer name in stored rows and feeds (lower-case): the app's own
#: placeholders (``schemas.UNNAMED_EMPLOYER``, ``applications``' "Unknown company") and the boards'
#: ("Confidential", "Company Confidential", "Undisclosed").
UNNAMED_EMPLOYER_FORMS = frozenset({"", "employer not named", "unknown company", "unknown", "confidential",
                                    "company confidential", "confidential company", "undisclosed",
                                    "undisclosed company", "n/a", "none"})


def unnamed_employer(company: str | None) -> bool:
    """Whether ``company`` names no employer (blank or one of :data:`UNNAMED_EMPLOYER_FORMS`)."""
    return " ".join((company or "").split()).lower() in UNNAMED_EMPLOYER_FORMS

def title_at(title: str | None, company: str | None, *, joiner: str = " at ") -> str:
    """"<title><joiner><company>" ("Building Engineer at Acme", with ``joiner=" — "`` a heading); without a named
    employer (:func:`unnamed_employer`) only the title, never "… at Employer not named" or "Building Engineer — "
    (trial126); the employer alone without a title; "" for neither."""
    t, c = (title or "").strip(), (company or "").strip()
    if unnamed_employer(c):
        c = ""
    return f"{t}{joiner}{c}" if t and c else t or c


def salutation(company: str, *, contact: str = "", tone: str = "professional", language: str = "en") -> str:
    """The greeting line (see the module doc): ``contact`` (a named person: the posting's hiring
    contact) first, then a practice's practitioner, then the company's team when its prose form is
    short (≤ 6 words, no " – " or "/"), else the generic form. Spanish and French keep their
    conventions: "Estimado equipo de selección de X:" / "Estimado equipo de selección:"; "Bonjour à
    l'équipe de recrutement de X," / "Docteur," for a doctor / "Madame, Monsieur," (the neutral form)."""
    warm = tone == "warm"
    person = (person_name(contact) if contact else None) or _practitioner(company)
    shown = re.sub(r"^The\s+", "", company_display(company, language=language))
    short = bool(shown) and len(shown.split()) <= 6 and not re.search(r"\s[-–—]\s|/", shown)
    if language == "es":
        if short or person is not None:
            return f"Hola, equipo de {shown}:" if warm else f"Estimado equipo de selección de {shown}:"
        return "Hola:" if warm else "Estimado equipo de selección:"
    if language == "fr":
        if person is not None and person.honorific == "Dr.":
            return "Docteur,"
        if short or person is not None:
            from careercopilot.writing.phrasing_locales import de

            return f"Bonjour à toute l'équipe {de(shown)}," if warm else f"Bonjour à l'équipe de recrutement {de(shown)},"
        return "Bonjour," if warm else "Madame, Monsieur,"
    hello = "Hello" if warm else "Dear"
    if person is not None:
        if person.honorific in ("Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Mx."):
            return f"{hello} {person.honorific} {person.family},"
        return f"{hello} {person.full},"
    if short:
        return f"{hello} {shown} team," if warm else f"{hello} {shown} hiring team,"
    return "Hello," if warm else "Dear Hiring Manager,"


def sign_off_name(name: str) -> str:
    """The user's name for the sign-off: post-nominals and honorifics dropped, all capitals
    title-cased; '' when ``name`` is blank. A name that does not read as a person's is kept as
    written (trimmed)."""
    s = re.sub(r"\s+", " ", (name or "").strip())
    if not s:
        return ""
    p = person_name(s)
    if p is not None:
        return p.full
    s, _ = _strip_postnominals(s)
    return _title_case_caps(s) if _is_caps(s) else s


def addressing_forms(company: str = "", title: str = "", name: str = "") -> list[str]:
    """The prose forms the documents may use for the posting's company and title and the user's name
    (English, Spanish and French practice forms included), for the grounding checker's addressing
    allowance next to the raw values (:class:`careercopilot.writing.grounding.SourceFacts` ``allowed``)."""
    forms = [company_display(company, language=lang) for lang in ("en", "es", "fr")] if company else []
    forms += [title_display(title)] if title else []
    forms += [sign_off_name(name)] if name else []
    return [f for f in dict.fromkeys(forms) if f]
