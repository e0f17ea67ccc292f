"""Executive and department-head titles: the function they head decides the occupation (issue 11,
blind6 f20: "Head of Engineering" read as an engineering *teacher*, "VP Engineering" as a general
manager, "Assistant Vice President, Network Engineering" as a vice president).

An executive or department head is named after the function it heads, and job boards write
that in a handful of shapes (:data:`_HEAD_SHAPES`; variants from the issue-11 postings, O*NET's
reported titles and ESCO's occupation labels): "Head of People", "Global Head of Sales", "VP,
Finance", "VP Engineering", "SVP of Operations", "Assistant Vice President, Network
Engineering", "Director of Nursing Services", "Director, Nursing Services", "Managing Director
of Operations", "Dean of Nursing", "Chief Nursing Officer", "Division Chief of Construction
Management", "Mechanical Design Engineering Manager", "Engineering Manager, Mechanical".

:func:`department_reading` cuts the function phrase out of such a title and reads it
(:func:`function_code`), in this order:

1. "<kind> engineering" is the work of a "<kind> engineer" ("network engineering" → network
   engineer, IT infrastructure; "mechanical design engineering" → mechanical design engineer,
   engineering/architecture; "manufacturing engineering" → manufacturing engineer);
2. a function of ``occupation_tables.FUNCTION_CODES`` ("people", "finance", "nursing services");
3. a department this module names (:data:`DEPARTMENT_CODES`: bare "engineering" is software
   engineering — families.md puts "engineering leaders" there, and the issue-11 postings label
   "VP of Engineering" so —, "product", "design", "admissions", a school's "year");
4. the O*NET title "<function> manager" or "<function> director" ("Head of Housekeeping" →
   housekeeping manager), never a catch-all management code or a postsecondary teacher (the
   word vote's "engineering teachers" came from "head … engineering").

The level stays the title's (``occupations.infer_level``: head of / VP / director / chief →
executive, "… Manager" → lead). Pure functions; the O*NET data is read through
``normalize.occupations`` (imported lazily: that module calls this one).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["DEPARTMENT_CODES", "department_reading", "function_code"]

#: Departments an executive heads that ``FUNCTION_CODES`` does not name, by the O*NET
#: occupation of their leaders (normalized form → O*NET-SOC code).
DEPARTMENT_CODES: dict[str, str] = {
    # engineering leaders (families.md: software engineering holds "engineering leaders"; the
    # issue-11 postings label "VP of Engineering" software engineering)
    **dict.fromkeys(("engineering", "engineering and technology", "technology and engineering", "r and d engineering",
                     "product engineering", "product and engineering", "engineering and product"), "11-3021.00"),
    # product management (``OVERRIDES``: product managers and owners → 15-1299.09)
    **dict.fromkeys(("product", "products", "product management", "digital product"), "15-1299.09"),
    # design leadership (families.md: design_ux holds product/visual designers and art directors)
    **dict.fromkeys(("design", "product design", "user experience", "ux", "user experience design", "ux design",
                     "creative", "brand design", "visual design", "experience design"), "27-1024.00"),
    # school staff (families.md: education holds "school and admissions staff"); "Head of
    # Year" and "Head of Key Stage" lead a year group's pastoral care in British schools
    **dict.fromkeys(("admissions", "admission", "enrollment management", "enrolment", "year", "key stage",
                     "sixth form", "pastoral care", "student services", "students", "student affairs",
                     "teaching", "learning", "mathematics", "maths", "english", "humanities"), "11-9032.00"),
    # people development is HR work (families.md: human resources; O*NET 11-3131 Training and
    # Development Managers), not a school's "learning"
    **dict.fromkeys(("learning and development", "training and development", "l and d", "talent development",
                     "organizational development", "organisational development"), "11-3131.00"),
    # clinical departments (families.md: allied health holds pharmacists, therapists, techs)
    **dict.fromkeys(("pharmacy", "pharmacy services"), "29-1051.00"),
    **dict.fromkeys(("rehabilitation services", "rehab services", "therapy services", "physical therapy"),
                    "29-1123.00"),
    **dict.fromkeys(("nursing", "nurses", "nursing and patient care", "patient services", "clinical nursing"),
                    "29-1141.00"),
    # the kitchen and the house (families.md: hospitality)
    **dict.fromkeys(("kitchen", "culinary operations", "catering"), "11-9051.00"),
    **dict.fromkeys(("housekeeping", "rooms", "environmental services"), "37-1011.00"),
    # C-suite functions ("Chief Information Officer", "Chief Medical Officer")
    **dict.fromkeys(("information", "information systems", "information services"), "15-1244.00"),
    **dict.fromkeys(("medical", "medical affairs"), "29-1229.00"),
    **dict.fromkeys(("compliance", "regulatory compliance", "risk and compliance"), "13-1041.00"),
    **dict.fromkeys(("quality", "quality assurance", "quality control"), "17-2112.00"),
    **dict.fromkeys(("manufacturing", "production", "plant operations", "manufacturing operations"), "11-3051.00"),
    **dict.fromkeys(("data engineering", "data platform"), "15-1243.00"),
    **dict.fromkeys(("infrastructure engineering", "site reliability", "site reliability engineering",
                     "it operations", "information technology operations", "systems"), "15-1244.00"),
    **dict.fromkeys(("security engineering", "cybersecurity", "information security", "it security"), "15-1212.00"),
    **dict.fromkeys(("epidemiology", "biostatistics"), "19-1041.00"),
    **dict.fromkeys(("emergency communications", "communications center", "911", "public safety communications"),
                    "43-5031.00"),
}

_WORD = re.compile(r"[a-z0-9+#]+")
_VP = r"(?:(?:senior|executive|assistant|associate|group|area|regional|global|deputy)\s+)*(?:vp|svp|evp|avp|vice\s+president)"
_DIRECTOR = r"(?:(?:senior|executive|assistant|associate|deputy|managing|global|regional|group)\s+)*director"
#: Shapes that put the function after the head (``x``): "Head of …", "VP[,] [of] …", "Director
#: of/, …", "Managing Director of …", "Dean of …", "Chief of/, …", "Division Chief of …".
_HEAD_SHAPES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"^(?:[\w.]+\s+){0,2}?head\s+(?:of|for)\s+(?P<x>.+)$"), ""),
    (re.compile(rf"^{_VP}\b\s*(?:of\s+|for\s+|[,:\-–—]\s*(?:of\s+)?)?(?P<x>.+)$"), ""),
    (re.compile(rf"^{_DIRECTOR}\s*(?:of\s+|for\s+|[,:\-–—]\s*(?:of\s+)?)(?P<x>.+)$"), ""),
    (re.compile(r"^(?:associate\s+|assistant\s+)?dean\s+(?:of|for)\s+(?P<x>.+)$"), ""),
    (re.compile(r"^(?:(?:division|bureau|deputy|assistant|section|unit)\s+)*chief\s*(?:of\s+|[,:\-–—]\s*)(?P<x>.+)$"),
     ""),
    # "Engineering Manager, Mechanical" / "Engineering Manager (Civil)": the kind of engineering
    (re.compile(r"^engineering\s+(?:manager|director)\s*[,:\-–—(]\s*(?P<x>[\w ]+?)\)?$"), " engineering"),
)
#: Shapes that put the function before the head: "<function> VP", "<function> Head",
#: "<kind> Engineering Manager/Director".
_FUNCTION_FIRST = (
    re.compile(rf"^(?P<x>.+?)\s+(?:{_VP}|head)$"),
    re.compile(r"^(?P<x>.+?\s+engineering)\s+(?:manager|director|lead|leader)$"),
)
#: Where the function phrase ends ("VP of Engineering, Payments", "Head of Engineering - Platform").
_PHRASE_END = re.compile(r"\s*(?:[,(|/\[:]|\s[-–—]\s|\s+at\s+|\s+for\s+|\s+in\s+).*$")
#: O*NET-SOC prefixes that never name the function: catch-all management (General and
#: Operations Managers, Chief Executives, Managers All Other) and postsecondary teachers.
_NO_FUNCTION = ("11-1021", "11-1011", "11-9199", "25-1")
#: Words that name an organizational unit or scope, not the work ("Global", "Corporate").
_SCOPE = frozenset({"global", "corporate", "group", "regional", "national", "international", "worldwide", "the",
                    "department", "dept", "division", "bureau", "office", "unit", "section", "team", "function"})


def _engineer_of(phrase: str) -> tuple[str, str, str] | None:
    """"<kind> engineering" read as the O*NET title "<kind> engineer" (exact or by suffix)."""
    from careercopilot.normalize.occupations import _lookup

    words = phrase.split()
    if len(words) < 2 or words[-1] != "engineering":
        return None
    hit = _lookup(" ".join(words[:-1] + ["engineer"]))
    if hit is None or hit[0].startswith(_NO_FUNCTION):
        return None
    return hit[0], "department", phrase


@lru_cache(maxsize=4096)
def function_code(phrase: str) -> tuple[str, str, str] | None:
    """The O*NET occupation that heads the function ``phrase`` names (a :func:`normalize_title`
    form: "network engineering", "people", "product design"), by the module's four steps:
    ``(code, "department", phrase)`` or None when the phrase names no known function."""
    from careercopilot.normalize.occupations import _data, _function

    words = [w for w in phrase.split() if w not in _SCOPE]
    phrase = " ".join(words)
    if not phrase:
        return None
    hit = _engineer_of(phrase)
    if hit is not None:
        return hit
    first = phrase.split(" and ")[0]
    for cand in (phrase, first):
        if cand in DEPARTMENT_CODES:
            return DEPARTMENT_CODES[cand], "department", cand
    found = _function(phrase)
    if found is not None:
        return found[0], "department", found[2]
    hit = _engineer_of(first)
    if hit is not None:
        return hit
    if len(words) > 1 and words[-1] in ("management", "administration"):  # "Construction Management"
        return function_code(" ".join(words[:-1]))
    _, titles, _, _ = _data()
    for head in ("manager", "director"):
        code = titles.get(f"{phrase} {head}")
        if code and not code.startswith(_NO_FUNCTION):
            return code, "department", phrase
    return None


def department_reading(title: str) -> tuple[str, str, str] | None:
    """The function an executive or department-head ``title`` heads (module shapes), read by
    :func:`function_code`: ``(O*NET-SOC code, "department", function phrase)``, or None when the
    title has no such shape or its function is unknown ("Director" alone, "Head of Operations")."""
    text = (title or "").lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"\([^)]*\)\s*$", "", text).strip() or text  # "(Series B-C)", "(Remote)"
    text = re.sub(r"\s+", " ", text)
    if not _WORD.search(text):
        return None
    for shape, suffix in _HEAD_SHAPES:
        m = shape.match(text)
        if m:
            x = _PHRASE_END.sub("", m.group("x")).strip(" -–—,")
            return _read(x + suffix)
    for shape in _FUNCTION_FIRST:
        m = shape.match(_PHRASE_END.sub("", text))
        if m:
            return _read(m.group("x"))
    return None


#: Abbreviations of departments (expanded before reading the function).
_DEPARTMENT_ABBREVIATIONS = {"it": "information technology", "hr": "human resources", "ux": "user experience",
                             "ops": "operations", "qa": "quality assurance", "qc": "quality control",
                             "rd": "r and d", "eng": "engineering", "engg": "engineering",
                             "fp": "financial planning", "ehs": "environmental health and safety"}


def _read(phrase: str) -> tuple[str, str, str] | None:
    """``phrase`` as written → its :func:`function_code` (abbreviations expanded, "of the" dropped)."""
    words: list[str] = []
    for w in _WORD.findall(phrase):
        words.extend(_DEPARTMENT_ABBREVIATIONS.get(w, w).split())
    key = " ".join(words)
    key = re.sub(r"^(?:of|for|the)\s+", "", key)
    return function_code(key) if key else None
