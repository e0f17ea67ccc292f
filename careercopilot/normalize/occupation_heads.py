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
2. a department this module names (:data:`DEPARTMENT_CODES`: bare "engineering" is software
   engineering — families.md puts "engineering leaders" there, and the issue-11 postings label
   "VP of Engineering" so —, "product", "design", "admissions", a school's "year");
3. a function of ``occupation_tables.FUNCTION_CODES`` ("people", "finance", "nursing services");
4. the O*NET title "<function> manager" or "<function> director" ("Head of Housekeeping" →
   housekeeping manager), never a catch-all management code or a postsecondary teacher (the
   word vote's "engineering teachers" came from "head … engineering").

Kinds the blind7 run showed (session 19; g06 "Director of Public Works / County Engineer" read as a
chief executive, the postings' "Chief Revenue Officer" as finance):

* public-sector departments and officials (:data:`PUBLIC_DEPARTMENTS`: public works, utilities,
  police, fire, parks, libraries, planning, human services; :data:`PUBLIC_OFFICIAL_TITLES`:
  "City Manager", "Clerk of Court", "County Assessor", "Engineer-in-Charge", "Superintendent of
  Schools"; read before the shapes, exact titles taking no part in the word vote), and a
  school's assistant, vice or deputy principal;
* an officer of the top team by the function heads (:data:`EXECUTIVE_FUNCTIONS`, for "Chief …
  Officer", "VP …" and "Head of …" only: revenue is sales there, a city's "Director of Revenue"
  collects taxes; :func:`officer_code`);
* one title in any word order: "<function> Director/Chief/Lead/Superintendent" reads as "Director
  of <function>" ("Engineering Director", "Planning Director"), and a leading head with the
  function in another segment ("Manager, Data Science & Analytics", "General Foreman -
  Electrical", "Foreman (Plumbing)") reads the function when the tables name it;
* in :func:`function_code` the function table's whole phrase comes before the first of "A and B"
  ("Partnerships and Communications" is marketing, not partnerships).

Session 24: a government unit's chief ("Chief, Budget Branch", "Division Chief, Water Operations", "Section Chief,
Accounts Payable", "Chief, Bureau of <X>") heads the unit's work (:func:`unit_chief_reading`), else is a public
manager — "branch chief" alone was read as O*NET's catch-all manager, "Division Chief" as a school administrator
and "Chief, System Operations Division" as a fire officer.

The level stays the title's (``occupations.infer_level``: head of / VP / director / chief →
executive, "… Manager" → lead). Pure functions; the O*NET data is read through
``normalize.occupations`` (imported lazily: that module calls this one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from careercopilot.normalize.occupation_modifiers import engineering_design
from careercopilot.normalize.occupation_tables import FUNCTION_CODES

__all__ = ["DEPARTMENT_CODES", "EXECUTIVE_FUNCTIONS", "PUBLIC_DEPARTMENTS", "PUBLIC_OFFICIAL_TITLES", "UNIT_CHIEF_CODE",
           "department_reading", "function_code", "officer_code", "unit_chief_reading"]

#: Departments of US city, county and school-district government and their heads (issue 11, blind7
#: g06: "Director of Public Works" read as a chief executive, policy/program work): the department →
#: the O*NET occupation of the official who heads it. Department names after the ICMA/NACo
#: department lists and the Census of Governments' functions (public works, utilities, police,
#: fire, parks, libraries, planning, human services); codes after O*NET's descriptions: public
#: works, engineering and utility departments are led by engineers (11-9041 Architectural and
#: Engineering Managers; families.md: civil engineers and planners are engineering/architecture),
#: police and fire chiefs are 33-1012/33-1021, jails' heads 33-1011, parks and recreation
#: directors 11-9072, library directors 11-9039 (O*NET "Library Director"), human-services
#: directors 11-9151 (social work, not HR: the word vote read "human" as human resources),
#: planning directors 19-3051, airport and transit directors 11-3071, school superintendents 11-9032.
PUBLIC_DEPARTMENTS: dict[str, str] = {
    **dict.fromkeys(("public works", "public works and engineering", "engineering and public works",
                     "public works and utilities", "public works and transportation", "engineering services",
                     "city engineering", "county engineering", "municipal engineering", "utilities",
                     "public utilities", "utility", "water utilities", "water resources", "water", "water and sewer",
                     "water and wastewater", "wastewater", "stormwater", "environmental services and utilities"),
                    "11-9041.00"),
    **dict.fromkeys(("police", "police department", "law enforcement", "police services", "detectives"), "33-1012.00"),
    **dict.fromkeys(("fire", "fire department", "fire and rescue", "fire rescue", "fire services",
                     "fire and emergency services", "fire and ems", "emergency medical services", "ems",
                     "fire prevention"), "33-1021.00"),
    **dict.fromkeys(("corrections", "correction", "detention", "jail", "jails", "detention services"), "33-1011.00"),
    **dict.fromkeys(("parks", "parks and recreation", "recreation", "parks recreation", "recreation and parks",
                     "parks recreation and cultural services", "recreation services"), "11-9072.00"),
    **dict.fromkeys(("library", "libraries", "library services", "public library", "library and information services"),
                    "11-9039.00"),
    **dict.fromkeys(("human services", "health and human services", "children and family services", "aging",
                     "senior services", "aging and adult services"), "11-9151.00"),
    **dict.fromkeys(("planning", "city planning", "urban planning", "planning and zoning", "zoning", "land use",
                     "planning and community development", "community planning", "regional planning"), "19-3051.00"),
    **dict.fromkeys(("aviation", "airport", "airports", "transit", "public transit", "mass transit"), "11-3071.00"),
    **dict.fromkeys(("schools", "public schools", "education", "public instruction", "elementary education",
                     "secondary education", "special education", "student support services"), "11-9032.00"),
    **dict.fromkeys(("taxation", "property tax", "property assessment", "tax assessment"), "11-3031.00"),
    # a school district's or college's business office is its finance (the district CFO's title is
    # "Assistant Superintendent, Business Services"; CASBO, NACUBO): blind7 g14's target
    **dict.fromkeys(("business services", "business affairs", "business and fiscal services", "fiscal services",
                     "business and finance", "business office", "fiscal affairs"), "11-3031.00"),
    **dict.fromkeys(("elections", "vital records", "records"), "43-4031.00"),
}

#: Departments of engineers whose "<kind> engineer" O*NET files outside engineering (read before that title).
_ENGINEERING_DEPARTMENTS = ("facilities engineering", "facility engineering", "facilities planning and engineering",
                            "facilities engineering and construction")

#: Departments an executive heads that ``FUNCTION_CODES`` does not name, by the O*NET
#: occupation of their leaders (normalized form → O*NET-SOC code).
DEPARTMENT_CODES: dict[str, str] = {
    # engineering leaders (families.md: software engineering holds "engineering leaders"; the
    # issue-11 postings label "VP of Engineering" software engineering)
    **dict.fromkeys(("engineering", "engineering and technology", "technology and engineering", "r and d engineering",
                     "product engineering", "product and engineering", "engineering and product"), "11-3021.00"),
    # facilities engineering is engineering work (an installation's or campus's engineers, families.md:
    # engineering_architecture), not facilities management (fam95: blind15 p04 "Director of Facilities
    # Engineering" read administrative)
    **dict.fromkeys(_ENGINEERING_DEPARTMENTS, "11-9041.00"),
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
                     "organizational development", "organisational development",
                     # Prosci's and ACMP's organizational change management (OCM; session 31, post132)
                     "organizational change management", "organizational development and organizational change management"),
                    "11-3131.00"),
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
    # partnerships and alliances are business development (families.md: sales; the issue-11 postings'
    # "Head of ISV and Tech Alliances" is sales): "Head of Partnerships" voted cooks
    **dict.fromkeys(("partnerships", "strategic partnerships", "alliances", "strategic alliances",
                     "channel partnerships", "partnerships and alliances", "channel sales", "channels"), "11-2022.00"),
    # a hospital's or school's food service (O*NET 11-9051 Food Service Managers "Food Service
    # Director") and clinical nutrition (29-1031 Dietitians and Nutritionists)
    **dict.fromkeys(("food services", "food service", "food and nutrition services", "nutrition services",
                     "school nutrition", "child nutrition", "dining", "food and nutrition"), "11-9051.00"),
    **dict.fromkeys(("nutrition", "clinical nutrition"), "29-1031.00"),
    # online selling is marketing work (the issue-11 postings' "VP Ecommerce" is marketing)
    **dict.fromkeys(("ecommerce", "e commerce", "digital commerce", "online sales and marketing"), "11-2021.00"),
    # policy work (families.md: policy analysts/advisors are policy/program): "Policy Lead" voted clerks
    **dict.fromkeys(("policy", "public policy", "policy and advocacy", "policy and research", "legislative affairs",
                     "policy and government affairs", "policy and planning"), "13-1199.00"),
    **PUBLIC_DEPARTMENTS,
}

#: Functions an officer of the company's top team heads that mean another thing below it
#: (issue 11: the postings' "Chief Revenue Officer" is sales, read as finance). Read first for
#: "Chief <function> Officer", "VP/SVP <function>" and "Head of <function>" (not for "Director of
#: <function>": a city's "Director of Revenue" collects taxes). C-suite titles by function after
#: O*NET's alternate titles (11-2022 Sales Managers "Chief Revenue Officer"/"Chief Sales Officer",
#: 11-3131 Training and Development Managers "Chief Learning Officer", 11-3121 Human Resources
#: Managers "Chief Diversity Officer", 11-2033 Fundraising Managers "Chief Development Officer",
#: 11-3031 Financial Managers "Chief Risk Officer"/"Chief Investment Officer", 11-9033 Postsecondary
#: Education Administrators "Chief Academic Officer") and the families they head (families.md).
EXECUTIVE_FUNCTIONS: dict[str, str] = {
    **dict.fromkeys(("revenue", "revenue operations", "commercial", "sales and revenue", "growth and revenue",
                     "go to market", "gtm"), "11-2022.00"),
    **dict.fromkeys(("risk", "enterprise risk", "risk management", "investment", "credit", "accounting officer"),
                    "11-3031.00"),
    **dict.fromkeys(("learning", "learning officer", "talent development", "training"), "11-3131.00"),
    **dict.fromkeys(("diversity", "diversity equity and inclusion", "diversity and inclusion", "inclusion", "dei",
                     "equity and inclusion"), "11-3121.00"),
    **dict.fromkeys(("advancement", "institutional advancement", "philanthropy", "fundraising"), "11-2033.00"),
    **dict.fromkeys(("academic", "academics"), "11-9033.00"),
    **dict.fromkeys(("customer", "customers", "customer experience", "experience", "client"), "43-4051.00"),
    **dict.fromkeys(("growth",), "11-2021.00"),
    **dict.fromkeys(("scientific", "science and technology"), "11-9121.00"),
    **dict.fromkeys(("privacy", "ethics", "ethics and compliance"), "13-1041.00"),
    **dict.fromkeys(("procurement", "purchasing", "supply chain"), "11-3061.00"),
    **dict.fromkeys(("human resources", "people", "people and culture", "talent", "hr"), "11-3121.00"),
}

#: Public officials whose titles name no department in a head shape (US city, county, court and
#: school titles; exact normalized forms, taking no part in the word vote): the official → the
#: O*NET occupation of the work (sources per row). Managers and administrators of a city, town or
#: county run its whole government (O*NET 11-1011 Chief Executives lists "City Manager"; families.md:
#: policy/program); city, county and town engineers and engineers-in-charge are civil engineers
#: (17-2051 lists "City Engineer", "County Engineer"; the issue-11 postings' "Engineer-in-Charge"
#: is engineering/architecture); public works and utility directors 11-9041 (O*NET files "Public
#: Works Director" under Chief Executives); a superintendent of a city's water, sewer or street
#: system runs its field crews (11-9021 Construction Managers; the issue-11 postings'
#: "Superintendent of Water and Sewer Systems" is construction); clerks of court, county and town
#: clerks and recorders are 43-4031 Court, Municipal, and License Clerks (O*NET "County Clerk");
#: assessors value property for the tax roll (the postings' "City Assessor" is finance: 13-2081 Tax
#: Examiners, Collectors and Revenue Agents); sheriffs and police/fire commissioners lead public
#: safety (O*NET files "Police Commissioner" under Chief Executives).
PUBLIC_OFFICIAL_TITLES: dict[str, str] = {
    **dict.fromkeys(("city manager", "town manager", "county manager", "village manager", "borough manager",
                     "township manager", "city administrator", "town administrator", "county administrator",
                     "village administrator", "township administrator", "borough administrator",
                     "county executive", "county administrative officer", "city administrative officer"), "11-1011.00"),
    **dict.fromkeys(("city engineer", "county engineer", "town engineer", "village engineer", "borough engineer",
                     "township engineer", "municipal engineer", "county road engineer", "engineer in charge",
                     "deputy engineer in charge", "assistant engineer in charge", "district engineer",
                     "public works engineer", "county surveyor and engineer"), "17-2051.00"),
    **dict.fromkeys(("public works director", "public works commissioner", "commissioner of public works",
                     "public works manager", "public works administrator", "utilities director", "utility director",
                     "public utilities director", "water resources director", "water utilities director",
                     "utilities manager", "utility manager", "engineering services director",
                     "superintendent of public works", "public works superintendent", "superintendent of utilities",
                     "utilities superintendent", "utility superintendent"), "11-9041.00"),
    **dict.fromkeys(("water superintendent", "sewer superintendent", "water and sewer superintendent",
                     "street superintendent", "streets superintendent", "highway superintendent", "road superintendent",
                     "superintendent of streets", "superintendent of highways", "superintendent of roads",
                     "superintendent of water", "superintendent of sewers", "superintendent of water and sewer",
                     "superintendent of water and sewer systems", "superintendent of sanitation",
                     "sanitation superintendent", "water distribution superintendent"), "11-9021.00"),
    **dict.fromkeys(("clerk of court", "clerk of courts", "clerk of the court", "clerk of the courts",
                     "clerk of the circuit court", "clerk of circuit court", "clerk of superior court",
                     "clerk of the superior court", "clerk of the district court", "clerk of district court",
                     "circuit clerk", "district clerk", "circuit court clerk", "county clerk", "city clerk",
                     "town clerk", "village clerk", "township clerk", "borough clerk", "county recorder",
                     "clerk recorder", "county clerk recorder", "register of deeds", "recorder of deeds",
                     "registrar of voters", "registrar of deeds", "deputy clerk", "deputy court clerk"), "43-4031.00"),
    **dict.fromkeys(("assessor", "city assessor", "county assessor", "town assessor", "township assessor",
                     "municipal assessor", "tax assessor", "deputy assessor", "chief deputy assessor",
                     "property assessor", "assessor recorder", "property appraiser", "county property appraiser",
                     "tax collector", "county treasurer", "treasurer tax collector"), "13-2081.00"),
    **dict.fromkeys(("sheriff", "undersheriff", "under sheriff", "county sheriff", "chief deputy sheriff",
                     "police commissioner", "commissioner of police", "chief of police", "police chief",
                     "marshal", "city marshal", "constable"), "33-1012.00"),
    **dict.fromkeys(("fire commissioner", "fire chief", "chief of fire", "fire marshal", "deputy fire chief",
                     "assistant fire chief", "battalion chief", "fire battalion chief"), "33-1021.00"),
    **dict.fromkeys(("registrar", "assistant registrar", "associate registrar", "deputy registrar",
                     "university registrar", "college registrar"), "11-9033.00"),
    **dict.fromkeys(("superintendent of schools", "school superintendent", "district superintendent",
                     "superintendent of education", "superintendent of public instruction",
                     "assistant superintendent of schools", "deputy superintendent of schools"), "11-9032.00"),
}

_WORD = re.compile(r"[a-z0-9+#]+")
_VP = r"(?:(?:senior|executive|assistant|associate|group|area|regional|global|deputy)\s+)*(?:vp|svp|evp|avp|vice\s+president)"
_DIRECTOR = r"(?:(?:senior|executive|assistant|associate|deputy|managing|global|regional|group)\s+)*director"
#: Shapes that put the function after the head (``x``): "Head of …", "VP[,] [of] …", "Director
#: of/, …", "Managing Director of …", "Dean of …", "Chief of/, …", "Division Chief of …",
#: "Superintendent of …"; each with whether an executive's function (:data:`EXECUTIVE_FUNCTIONS`)
#: is read first (the top team's "Head of Revenue" and "VP, Revenue" are sales).
_HEAD_SHAPES: tuple[tuple[re.Pattern, str, bool], ...] = (
    (re.compile(r"^(?:[\w.]+\s+){0,2}?head\s+(?:of|for)\s+(?P<x>.+)$"), "", True),
    (re.compile(rf"^{_VP}\b\s*(?:of\s+|for\s+|[,:\-–—]\s*(?:of\s+)?)?(?P<x>.+)$"), "", True),
    (re.compile(rf"^{_DIRECTOR}\s*(?:of\s+|for\s+|[,:\-–—]\s*(?:of\s+)?)(?P<x>.+)$"), "", False),
    (re.compile(r"^(?:associate\s+|assistant\s+)?dean\s+(?:of|for)\s+(?P<x>.+)$"), "", False),
    (re.compile(r"^(?:(?:division|bureau|deputy|assistant|section|unit)\s+)*chief\s*(?:of\s+|[,:\-–—]\s*)(?P<x>.+)$"),
     "", False),
    (re.compile(r"^(?:(?:deputy|assistant|associate|area|general)\s+)*superintendent\s+(?:of|for)\s+(?P<x>.+)$"), "",
     False),
    # "Engineering Manager, Mechanical" / "Engineering Manager (Civil)": the kind of engineering
    (re.compile(r"^engineering\s+(?:manager|director)\s*[,:\-–—(]\s*(?P<x>[\w ]+?)\)?$"), " engineering", False),
)
#: A government unit's chief ("Chief, Budget Branch", "Division Chief, Water Operations", "Section Chief, Accounts
#: Payable", "Chief of the System Operations Division", "Chief, Bureau of Engineering", "Branch Chief, Contracting"):
#: the head of a division, branch, section, bureau, unit, office or directorate whose work is the phrase ``x``
#: (federal, state and city organization charts title their unit heads so; the issue-11 NYC Jobs postings). Read
#: before the other shapes: "branch chief" alone is O*NET's catch-all manager and "operations chief" a fire officer
#: (session 24: the NYC DEP's "Chief, System Operations Division", a water-supply manager labeled policy/program
#: work, was read as a fire chief).
_UNIT = r"(?:division|branch|section|bureau|unit|office|directorate)"
_CHIEF_OF = r"chief\s*(?:of\s+(?:the\s+)?|[,:\-–—]\s*)"
_UNIT_CHIEFS: tuple[re.Pattern, ...] = (
    re.compile(rf"^(?:(?:deputy|assistant|associate|acting)\s+)*{_UNIT}\s+{_CHIEF_OF}(?P<x>.+)$"),
    re.compile(rf"^(?:(?:deputy|assistant|associate|acting)\s+)*{_CHIEF_OF}(?P<x>.+?)\s+{_UNIT}$"),
    re.compile(rf"^(?:(?:deputy|assistant|associate|acting)\s+)*{_CHIEF_OF}{_UNIT}\s+(?:of|for)\s+(?:the\s+)?"
               r"(?P<x>.+)$"),
)
#: A unit chief whose unit's work names no known function ("Chief, System Operations Division", "Division Chief,
#: Permits"): a public manager (O*NET 11-9199 Managers, All Other, which lists "Branch Chief" and "Division Chief";
#: families.md: operations in public programs are policy/program work).
UNIT_CHIEF_CODE = "11-9199.00"
#: A leading head before the function it leads in another segment ("Manager, Data Science &
#: Analytics", "General Foreman - Electrical", "Foreman (Plumbing)", "Superintendent, Electrical"):
#: read only when the segment names a known function (else the title's other rules decide).
_HEAD_THEN_FUNCTION = re.compile(r"^(?:(?:general|assistant|deputy|area|senior|sr)\s+)*(?:manager|supervisor|"
                                 r"superintendent|foreman|forewoman|foreperson|team\s+lead|team\s+leader)"
                                 r"\s*(?:[,:(]|\s[-–—]\s?|-\s)\s*(?P<x>[^,()/|]+?)\)?$")
#: Shapes that put the function before the head: "<function> VP", "<function> Head",
#: "<function> Director/Chief/Lead/Superintendent" (the same title as "Director of <function>":
#: "Engineering Director" was read as an engineering manager and "Director of Engineering" as
#: software engineering), "<kind> Engineering Manager/Director"; with whether an executive's
#: function is read first.
_FUNCTION_FIRST: tuple[tuple[re.Pattern, bool], ...] = (
    (re.compile(rf"^(?P<x>.+?)\s+(?:{_VP}|head)$"), True),
    (re.compile(r"^(?P<x>.+?\s+engineering)\s+(?:manager|director|lead|leader)$"), False),
    (re.compile(r"^(?P<x>.+?)\s+(?:director|chief|lead|leader|superintendent)$"), False),
)
#: "Assistant/Vice/Deputy/Associate Principal" lead a school with its principal (O*NET 11-9032
#: Education Administrators, Kindergarten through Secondary lists "Assistant Principal", "Vice
#: Principal"; Australia, Britain and India say "Deputy Principal"): "principal" is a level word
#: elsewhere, so the title was read as "Assistant" (administrative).
_SCHOOL_LEADER = re.compile(r"^(?:(?:acting|interim)\s+)?(?:assistant|vice|deputy|associate)[\s-]+principal$")
_SCHOOL_LEADER_CODE = "11-9032.00"
#: "Chief <function> Officer", alone, after a VP title ("EVP and Chief Revenue Officer") or before a second
#: office ("Chief Legal Officer and Corporate Secretary"); normalized forms.
_CHIEF_OFFICER = re.compile(rf"(?:{_VP} and )?chief (?P<x>.+?) officer(?: and .+)?")
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
    # a department of engineers this module names first ("facilities engineering": O*NET files the
    # "Facilities Engineer" title under facilities managers, its department is engineering work; fam95)
    hit = (DEPARTMENT_CODES[phrase], "department", phrase) if phrase in _ENGINEERING_DEPARTMENTS else None
    hit = hit or _engineer_of(phrase) or engineering_design(phrase)  # "highway design": civil engineering (session 25)
    if hit is not None:
        return hit
    first = phrase.split(" and ")[0]
    for cand in (phrase, first):  # a function table's whole phrase before the first of "A and B"
        if cand in DEPARTMENT_CODES:
            return DEPARTMENT_CODES[cand], "department", cand
        if cand == phrase and cand in FUNCTION_CODES:  # "partnerships and communications": marketing
            return FUNCTION_CODES[cand], "department", cand
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
    for i in range(1, len(words)):  # the department the phrase ends with ("ISV and Tech Alliances", "Retail Pharmacy")
        tail = " ".join(words[i:])
        if tail in DEPARTMENT_CODES:
            return DEPARTMENT_CODES[tail], "department", tail
    return None


def department_reading(title: str) -> tuple[str, str, str] | None:
    """The function an executive or department-head ``title`` heads (module shapes), read by
    :func:`function_code`: ``(O*NET-SOC code, "department", function phrase)``; a public official
    (:data:`PUBLIC_OFFICIAL_TITLES`) or a school's assistant principal as ``(code, "public_official",
    title)``; None when the title has no such shape or its function is unknown ("Director" alone,
    "Head of Operations")."""
    from careercopilot.normalize.occupations import _lookup, _segments, normalize_title

    text = (title or "").lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"\bdir\b\.?", "director", re.sub(r"\basst\b\.?", "assistant", text))  # "Dir. of Public Works"
    text = re.sub(r"\s+", " ", text).strip()
    if not _WORD.search(text):
        return None
    segs = _segments(text)
    first = normalize_title(segs[0]) if segs else normalize_title(title)
    second = normalize_title(segs[1]) if len(segs) > 1 else ""
    # "Chief <function> Officer" heads the function, not the officer its last words name ("people
    # officer" is O*NET's probation officer); also after a VP title ("EVP & Chief Revenue Officer",
    # "Senior Vice President, Chief Revenue Officer"), never a boss's ("Executive Assistant to the CEO")
    chief = _CHIEF_OFFICER.fullmatch(first) or (re.fullmatch(_VP, first) and _CHIEF_OFFICER.fullmatch(second))
    if chief:
        return officer_code(chief.group("x"))
    for key in dict.fromkeys((normalize_title(title), first)):
        if key in PUBLIC_OFFICIAL_TITLES:
            return PUBLIC_OFFICIAL_TITLES[key], "public_official", key
    lead = _PHRASE_END.sub("", text).strip()
    if _SCHOOL_LEADER.match(" ".join(_WORD.findall(lead))):
        return _SCHOOL_LEADER_CODE, "public_official", lead
    m = _HEAD_THEN_FUNCTION.match(text)
    if m:  # the function, else the trade or occupation led ("General Foreman (Master Electrician)")
        hit = _read(m.group("x")) or _lookup(normalize_title(m.group("x")))
        if hit is not None and not hit[0].startswith(_NO_FUNCTION):
            return hit
    text = re.sub(r"\([^)]*\)\s*$", "", text).strip() or text  # "(Series B-C)", "(Remote)"
    unit = unit_chief_reading(text)
    if unit is not None:
        return unit
    for shape, suffix, executive in _HEAD_SHAPES:
        m = shape.match(text)
        if m:
            x = _PHRASE_END.sub("", m.group("x")).strip(" -–—,")
            return _read(x + suffix, executive)
    for shape, executive in _FUNCTION_FIRST:
        m = shape.match(_PHRASE_END.sub("", text))
        if m:
            return _read(m.group("x"), executive)
    return None


def unit_chief_reading(text: str) -> tuple[str, str, str] | None:
    """A government unit chief's reading (:data:`_UNIT_CHIEFS`; ``text`` lower case): the function its unit's
    words name (:func:`_read`, never a catch-all code), else :data:`UNIT_CHIEF_CODE` as ``(code, "department",
    "unit chief")``; None when ``text`` is no unit chief ("Chief of Staff", "Chief of Police", "Fire Chief")."""
    for shape in _UNIT_CHIEFS:
        m = shape.match(text)
        if m:
            x = _PHRASE_END.sub("", m.group("x")).strip(" -–—,")
            hit = _read(x) if x else None
            if hit is not None and not hit[0].startswith(_NO_FUNCTION):
                return hit
            if x and not re.search(_CHIEF_OF, x):  # read as "Director of <x>" is ("Wastewater Treatment")
                from careercopilot.normalize.occupations import infer_occupation

                occ = infer_occupation(f"director of {x}")
                if occ.code and occ.family and not occ.code.startswith(_NO_FUNCTION) and occ.method != "vote":
                    return occ.code, "department", occ.matched
            return UNIT_CHIEF_CODE, "department", "unit chief"
    return None


def officer_code(phrase: str) -> tuple[str, str, str] | None:
    """The function a "Chief <phrase> Officer" heads (``phrase`` a :func:`normalize_title` form):
    :data:`EXECUTIVE_FUNCTIONS` first ("revenue" → sales), else :func:`function_code`."""
    return _read(phrase, True)


#: Abbreviations of departments (expanded before reading the function).
_DEPARTMENT_ABBREVIATIONS = {"it": "information technology", "hr": "human resources", "ux": "user experience",
                             "ops": "operations", "qa": "quality assurance", "qc": "quality control",
                             "rd": "r and d", "eng": "engineering", "engg": "engineering",
                             "fp": "financial planning", "ehs": "environmental health and safety",
                             "dpw": "public works", "rec": "recreation", "hhs": "health and human services"}


def _read(phrase: str, executive: bool = False) -> tuple[str, str, str] | None:
    """``phrase`` as written → its :func:`function_code` (abbreviations expanded, "of the" dropped);
    ``executive``: a top-team officer's function (:data:`EXECUTIVE_FUNCTIONS`) first."""
    words: list[str] = []
    for w in _WORD.findall(phrase):
        words.extend(_DEPARTMENT_ABBREVIATIONS.get(w, w).split())
    key = " ".join(words)
    key = re.sub(r"^(?:of|for|the)\s+", "", key)
    if executive and key:
        bare = " ".join(w for w in key.split() if w not in _SCOPE)
        if bare in EXECUTIVE_FUNCTIONS:
            return EXECUTIVE_FUNCTIONS[bare], "department", bare
    return function_code(key) if key else None
