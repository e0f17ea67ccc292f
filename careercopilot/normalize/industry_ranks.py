"""Rank, vanity and executive titles read by their industry's ladder (issue 11, session 31, fam130; blind18).

Why: some employers' titles name a rung of their own ladder, not the work or the rung a posting means by the same
words. A bank's "Vice President, Credit Underwriting" is a band for experienced individual underwriters (blind18 t01);
a law firm's "Associate" is an attorney, not a paralegal (t02, read as one); "Member of Technical Staff III" is a
senior software engineer (t03, the title was not even read as one); Apple's "Genius" is a repair and support
technician (t29, read as a camera operator from the older "Creative"); a "Chief Happiness Officer" is an office
manager (t28). The family and the rung come from the industry's ladder and the words around the title.

:func:`plain_title` rewrites such a title of the person's own into the plain title of the same work with the rung
word the ladder means ("Vice President, Credit Underwriting" at a bank, no direct reports → "Senior Credit Analyst");
``services.matching.profile.read_person_sources`` reads the person's current and recent titles through it, so the
family vote and the level reading see plain titles. None when the title is no such rank (the caller keeps it).
Sources of the ladders: banks' officer bands (Officer < AVP < VP < SVP < EVP; an AVP/VP is an experienced
individual contributor at most US banks); law firms' associate classes (first/second year junior, third–fifth mid,
sixth and later senior; NALP); the "Member of Technical Staff" ladder (MTS I–V, SMTS, PMTS, Distinguished, as at Bell
Labs' successors and networking firms); consultancies' ladders (Associate/Consultant < Engagement Manager < Associate
Partner/Principal < Partner); retailers' own names for support technicians (Apple Genius, Best Buy Geek Squad); a
ship's ranks in a mariner's resume ("Chief Officer" = chief mate, "Master"/"Captain" = the vessel's master; USCG 46 CFR
11; fam139).
"""

from __future__ import annotations

import re

__all__ = ["BANK_BANDS", "BRAND_TITLES", "VANITY_FIELDS", "ladder_level", "plain_title"]

# --- vanity titles ---------------------------------------------------------------------------------------------

#: Employers' own names for ordinary jobs (the employer's published job descriptions) → the plain title.
BRAND_TITLES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"^genius(?:\s+admin)?$|^(?:lead\s+)?genius$", "Computer Repair Technician"),  # Apple Store
    (r"^technical expert$|^technical specialist$(?=.*apple)", "Technical Support Specialist"),  # Apple Store
    (r"\bgeek squad\b", "Computer Repair Technician"),  # Best Buy
    (r"^sandwich artist$", "Fast Food Worker"),  # Subway
    (r"^(?:happiness engineer|customer happiness (?:engineer|specialist|hero|advocate)|customer hero|support hero)$",
     "Customer Support Specialist"),  # Automattic and SaaS support desks
    (r"^director of first impressions$", "Receptionist"),
))
#: The field word beside a vanity head ("Code Ninja", "Marketing Wizard", "Sales Rockstar", "Developer Evangelist")
#: → the plain title of that field's work; first match wins.
VANITY_FIELDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"\b(?:code|coding|software|javascript|python|java|ruby|php|react|frontend|front-end|backend|back-end|"
     r"full[- ]?stack|developer|devops|engineering|api)\b", "Software Developer"),
    (r"\b(?:data|analytics|excel|sql|spreadsheet)\b", "Data Analyst"),
    (r"\b(?:marketing|growth|seo|content|social media|brand|product)\b", "Marketing Specialist"),
    (r"\b(?:sales|revenue|deal|closing)\b", "Sales Representative"),
    (r"\b(?:customer|support|help|happiness|service|client)\b", "Customer Support Specialist"),
    (r"\b(?:it|tech|network|computer|helpdesk|help desk)\b", "Technical Support Specialist"),
    (r"\b(?:people|talent|culture|recruiting|hiring)\b", "Human Resources Specialist"),
    (r"\b(?:design|ux|ui|pixel)\b", "Graphic Designer"),
))
_VANITY_HEAD = re.compile(r"\b(?:ninja|wizard|guru|evangelist|rock ?star|jedi|superhero|hero|champion|magician|"
                          r"maven|whisperer|samurai)s?\b", re.IGNORECASE)
#: "Chief <X> Officer" / "Head of <X>" / "VP of <X>" whose X is a mood, not a function: a vanity office.
_VANITY_OFFICE = re.compile(r"^(?:chief|head|vp|vice president|director|minister|ceo)\b.*\b(?:happiness|fun|vibes?|"
                            r"morale|delight|smiles?|awesome(?:ness)?|first impressions|culture and happiness|joy|"
                            r"good times|wow)\b", re.IGNORECASE)
#: The work a vanity office's holder describes (first with most hits wins) → the plain title; the rung follows the
#: people supervised (``_supervises``).
_OFFICE_WORK: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), t, lead) for p, t, lead in (
    (r"\b(?:office|vendors?|supplies|facilities|mail|reception|front desk|lease|snacks|calendars?|travel|"
     r"badges?|desks?)\b", "Office Coordinator", "Office Manager"),
    (r"\b(?:tickets?|customers?|support|zendesk|csat|churn|onboarding calls?)\b", "Customer Support Specialist",
     "Customer Support Supervisor"),
    (r"\b(?:employee engagement|benefits|recruiting|hr|people operations|performance reviews)\b",
     "Human Resources Specialist", "Human Resources Manager"),
))
_SUPERVISES = re.compile(r"\b(?:supervis(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|lead|led)\s+(?:a team of\s+)?"
                         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
                         r"\bdirect reports?\b(?<!no direct reports)",
                         re.IGNORECASE)
_NO_REPORTS = re.compile(r"\bno (?:direct )?reports\b|\bindividual contributor\b|\bnot a (?:people )?manager\b|"
                         r"\bno people management\b|\bnot an? (?:business[- ]line )?(?:head|executive)\b",
                         re.IGNORECASE)


def _supervises(text: str) -> bool:
    """Whether ``text`` says its owner supervises people ("Supervise 2 people", "6 managers report to me")."""
    if _NO_REPORTS.search(text or ""):
        return False
    return bool(_SUPERVISES.search(text or "") or re.search(r"\breport(?:s)? to me\b", text or "", re.IGNORECASE))


def _vanity(title: str, text: str) -> str | None:
    """The plain title of a vanity ``title`` (module doc), None when it is none. A parenthesized plain title the
    person gives wins ("Chief Happiness Officer (Office Manager)")."""
    from careercopilot.normalize.occupations import infer_occupation

    bare = " ".join(re.sub(r"\([^)]*\)", " ", title).split())
    aside = re.search(r"\(([^)]+)\)", title)
    vain = bool(_VANITY_OFFICE.search(bare) or _VANITY_HEAD.search(bare)
                or any(p.search(bare) for p, _ in BRAND_TITLES))
    if not vain:
        return None
    if aside and infer_occupation(aside.group(1)).family:
        return aside.group(1).strip()
    for pattern, plain in BRAND_TITLES:
        if pattern.search(bare):
            return plain
    if _VANITY_OFFICE.search(bare):
        hits = [(len(p.findall(text or "")), plain, lead) for p, plain, lead in _OFFICE_WORK]
        n, plain, lead = max(hits, key=lambda h: h[0])
        return (lead if _supervises(text) else plain) if n else None
    field = _VANITY_HEAD.sub(" ", bare)
    for pattern, plain in VANITY_FIELDS:
        if pattern.search(field):
            return plain
    return None


# --- industry ranks ------------------------------------------------------------------------------------------

#: A bank's officer bands → the rung of an individual contributor holding it (module doc).
BANK_BANDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), r) for p, r in (
    (r"^(?:executive vice president|evp)$", "Lead"),
    (r"^(?:senior vice president|svp|first vice president|fvp|director|managing director|md)$", "Lead"),
    (r"^(?:vice president|vp)$", "Senior"),
    (r"^(?:assistant vice president|avp|associate vice president|banking officer|officer)$", ""),
))
#: A bank function → the plain title of its individual work.
_BANK_FUNCTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"\b(?:credit|underwrit\w*|loan review)\b", "Credit Analyst"),
    (r"\b(?:lending|loans?|commercial banking|relationship)\b", "Loan Officer"),
    (r"\b(?:treasury|cash management)\b", "Treasury Analyst"),
    (r"\b(?:risk|model validation)\b", "Risk Analyst"),
    (r"\b(?:compliance|bsa|aml)\b", "Compliance Analyst"),
    (r"\b(?:audit)\b", "Auditor"),
    (r"\b(?:software|engineering|developer|technology|application development)\b", "Software Engineer"),
    (r"\b(?:data|analytics|reporting)\b", "Data Analyst"),
    (r"\b(?:wealth|investment|portfolio|trust)\b", "Financial Advisor"),
    (r"\b(?:accounting|finance|financial reporting)\b", "Accountant"),
))
_BANK = re.compile(r"\b(?:bank|bancorp|bancshares|banking|credit union|savings|trust company|lender|lending|"
                   r"financial|capital markets|wells fargo|jpmorgan|chase|citi|goldman|morgan stanley|"
                   r"the band\b|band for)\b", re.IGNORECASE)
_LEGAL = re.compile(r"\b(?:j\.?d\.?|juris doctor|law school|admitted|bar admissions?|esq\.?|law review|"
                    r"depositions?|litigation|motions?|attorneys?|law firm|llp)\b", re.IGNORECASE)
_CLASS_YEAR = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|\d)(?:st|nd|rd|th)?[- ]year "
                         r"associate\b", re.IGNORECASE)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_MTS = re.compile(r"^(?:(?P<pre>senior|sr\.?|principal|distinguished|consulting|lead)\s+)?(?:member of (?:the )?"
                  r"technical staff|(?P<abbr>[sp]?)mts)(?:\s*(?:,|-)?\s*(?P<n>[ivx]{1,4}|\d))?\b", re.IGNORECASE)
_MTS_RUNGS = {1: "Junior", 2: "", 3: "Senior", 4: "Staff", 5: "Principal"}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_HARDWARE = re.compile(r"\b(?:asic|rtl|verilog|vhdl|fpga|analog|silicon|tape-?out|pcb|chip)\b", re.IGNORECASE)
_CONSULTING = re.compile(r"\b(?:consulting|consultancy|advisory|mckinsey|bcg|boston consulting|bain|deloitte|"
                         r"accenture|kearney|oliver wyman|strategy&|pwc|kpmg|ey-parthenon|booz|"
                         r"management consult\w*)\b",
                         re.IGNORECASE)
_CONSULTING_RANKS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"^(?:associate partner|principal|senior principal|director)$", "Lead Management Consultant"),
    (r"^(?:engagement manager|project leader|case team leader|senior manager|manager)$",
     "Senior Management Consultant"),
    (r"^(?:associate|senior associate|consultant|senior consultant|business analyst)$", "Management Consultant"),
))


def _split(title: str) -> tuple[str, str]:
    """(the rank part of ``title``, the function after a comma or dash: "Vice President, Credit Underwriting")."""
    bare = " ".join(re.sub(r"\([^)]*\)", " ", title).split())
    parts = re.split(r"\s*(?:,|\s[-–—]\s|\bof\b|\bin\b)\s*", bare, maxsplit=1)
    return parts[0].strip(" .-"), (parts[1].strip() if len(parts) > 1 else "")


def _bank_band(title: str, text: str) -> str | None:
    """A bank officer band with its function, held by an individual contributor → the function's plain title with
    the band's rung. A band whose holder supervises people (and says no "no direct reports") keeps its reading."""
    rank, function = _split(title)
    rung = next((r for p, r in BANK_BANDS if p.match(rank)), None)
    if rung is not None and not function:  # the title line's function the title reading left off ("SVP, Lending")
        m = re.search(re.escape(rank) + r"\s*,\s*([A-Za-z&/ ]{3,40})", text or "", re.IGNORECASE)
        function = m.group(1).strip() if m else ""
    if rung is None or not function or not _BANK.search(text or "") or _supervises(text):
        return None
    plain = next((t for p, t in _BANK_FUNCTIONS if p.search(function)), None)
    return f"{rung} {plain}".strip() if plain else None


def _law_associate(title: str, text: str) -> str | None:
    """A law firm's "Associate" (an attorney; the class year gives the rung) → "Associate Attorney" with it."""
    bare = " ".join(re.sub(r"\([^)]*\)", " ", title).split())
    m = re.match(r"^(?:(junior|senior|mid-level|litigation|corporate|transactional|trial|summer)\s+)?associates?$",
                 bare, re.IGNORECASE)
    if not m or len(_LEGAL.findall(text or "")) < 3:
        return None
    kind = (m.group(1) or "").lower()
    if kind == "summer":
        return "Law Clerk"
    if kind == "senior":
        return "Senior Associate Attorney"
    if kind == "junior":
        return "Junior Associate Attorney"
    year = _CLASS_YEAR.search(text or "")
    n = (int(year.group(1)) if year.group(1).isdigit() else _ORDINAL[year.group(1).lower()]) if year else None
    if n is not None and n <= 2:
        return "Junior Associate Attorney"
    if n is not None and n >= 6:
        return "Senior Associate Attorney"
    return "Associate Attorney"


def _mts(title: str, text: str) -> str | None:
    """The "Member of Technical Staff" ladder → "<rung> Software Engineer" (hardware work: "… Hardware Engineer")."""
    m = _MTS.match(title.strip())
    if not m:
        return None
    pre, abbr, n = (m.group("pre") or "").lower().rstrip("."), (m.group("abbr") or "").lower(), m.group("n")
    if pre in ("principal", "distinguished", "consulting") or abbr == "p":
        rung = "Principal"
    elif pre in ("senior", "sr") or abbr == "s":
        rung = "Senior"
    elif pre == "lead":
        rung = "Lead"
    else:
        k = (int(n) if n.isdigit() else _ROMAN.get(n.lower(), 2)) if n else 2
        rung = _MTS_RUNGS.get(min(max(k, 1), 5), "")
    work = "Hardware Engineer" if len(_HARDWARE.findall(text or "")) >= 2 else "Software Engineer"
    return f"{rung} {work}".strip()


def _consulting_rank(title: str, text: str) -> str | None:
    """A consultancy's rank alone ("Principal", "Associate Partner", "Engagement Manager") at a consulting firm →
    the management consultant's rung."""
    rank, function = _split(title)
    if function or len(_CONSULTING.findall(text or "")) < 2:
        return None
    return next((t for p, t in _CONSULTING_RANKS if p.match(rank)), None)


#: Words of a mariner's resume (USCG credentials, STCW, vessels; fam139): a bare "Chief Officer", "Master" or "Captain"
#: there is a ship's rank.
_MARITIME = re.compile(r"\b(?:uscg|stcw|mmc|merchant mariner?|mariners?|maritime|vessels?|tugs?|tugboats?|barges?|"
                       r"ships?|deck department|engine (?:room|department)|offshore supply|atb|dp operator|"
                       r"(?:unlimited|limited) tonnage|gross (?:register )?tons?|grt|gt|able seaman|bridge watch)\b",
                       re.IGNORECASE)
#: A ship's rank alone → the plain title of the licensed rank (USCG 46 CFR 11: chief mate, master).
_SHIP_RANKS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), t) for p, t in (
    (r"^chief officer$", "Chief Mate"),
    (r"^(?:ship'?s?\s+)?(?:master|captain|staff captain)$", "Vessel Master"),
))


def _ship_rank(title: str, text: str) -> str | None:
    """A ship's rank alone ("Chief Officer", "Master", "Captain") in a mariner's resume (two or more
    :data:`_MARITIME` words) → the licensed rank's plain title; a company's Chief Officer stays an executive."""
    rank, _ = _split(title)
    if len(_MARITIME.findall(text or "")) < 2:
        return None
    return next((t for p, t in _SHIP_RANKS if p.match(rank)), None)


def plain_title(title: str | None, text: str) -> str | None:
    """The plain title (work + the ladder's rung word) of one of the person's own rank or vanity ``title``s in the
    resume ``text`` (module doc), or None when the title is neither."""
    if not title or not title.strip():
        return None
    t = title.strip()[:200]
    for read in (_mts, _law_associate, _bank_band, _consulting_rank, _ship_rank, _vanity):
        plain = read(t, text or "")
        if plain:
            return plain
    return None


def ladder_level(title: str | None, text: str) -> str | None:
    """The rung an industry's ladder gives one of the person's own rank ``title``s (``occupations.LEVELS``: a
    third-year law-firm associate is mid, "MTS III" senior, a bank VP with no direct reports senior), or None when
    the title is no rank (a vanity title's rung is read from the plain title as any other). The ladder's rung is the
    person's: the resume's supervision ("supervise 5 contract attorneys" on a document review) does not raise it."""
    if not title or not title.strip():
        return None
    from careercopilot.normalize.occupations import infer_level

    t = title.strip()[:200]
    for read in (_mts, _law_associate, _bank_band, _consulting_rank, _ship_rank):
        plain = read(t, text or "")
        if plain:
            return infer_level(plain, None, default="mid")
    return None
