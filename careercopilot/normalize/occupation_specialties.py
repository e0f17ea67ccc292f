"""Job titles whose family a specialty word decides, whatever O*NET's reported titles or the word vote say
(issue 11, session 22: posting occupation-family accuracy, developed on half A of the issue-11 postings'
confusions; the person's family, blind9 i20).

Each kind is a pattern over the lower-cased title and the O*NET code it reads as
(:func:`specialty_reading`, tried in :data:`SPECIALTIES` order, the first match wins):

* ``technical_program`` — technical program managers (blind9 i20, a TPM at a software company read as a
  public programme's manager): they run engineering teams' programs (migrations, launches, reliability)
  and families.md puts "engineering leaders" in software engineering, while O*NET files "Technical
  Program Manager" under 15-1299.09 IT Project Managers (policy/program here). "Technical Program
  Manager", "Sr. TPM", "Program Manager II (Technical)", "Program Manager, Technical", "Technical
  Programme Manager", "Software Program Manager" → 11-3021 Computer and Information Systems Managers.
* ``it_audit`` — auditors of information systems are auditors (families.md: finance holds auditors;
  O*NET files "IT Auditor" under 15-1211 Computer Systems Analysts and "IT Security Specialist - Security
  Audits" read as information security): "IT and Security Auditor", "Information Security Auditor",
  "IT Audit Manager", "Cybersecurity Audit Specialist" → 13-2011 Accountants and Auditors.
* ``network_role`` — engineers, architects, technicians and administrators of computer networks with
  words between ("Senior Network Design Engineer" read by its suffix as a design engineer,
  "Network Deployment Engineer" as a deployment engineer) → 15-1241 Computer Network Architects;
  not a health plan's or a broadcaster's provider/affiliate network, nor "network development".
* ``building_systems_designer`` — designers and drafters of a building's systems (fire sprinkler and
  fire protection, HVAC, plumbing, piping, mechanical, electrical, MEP, structural, civil): engineering
  design (families.md: engineering technicians; O*NET's reported titles file "Fire Sprinkler Designer"
  under commercial designers, "HVAC Designer" with HVAC mechanics, "MEP Designer" by the word vote with
  commercial designers) → the SOC drafters: 17-3012 electrical, 17-3011 civil/structural, 17-3013
  mechanical otherwise.
* ``civil_service_computer`` — New York City's civil-service computer titles by their parenthesized
  assignment (DCAS title specifications: Computer Associate/Specialist (Software) write and maintain
  applications; (Operations) and (Technical Support) run and support systems; Computer Systems Manager
  manages data-centre and network systems): "(Software)" → 15-1252 Software Developers, otherwise →
  15-1232 Computer User Support Specialists (IT infrastructure); the job's description never overrides
  them (the word vote and the description read "Computer Systems Manager" as data analysis).
* ``human_service_support`` — support staff of a human service ("Community Support Specialist",
  "Recovery Support Specialist", "Housing Support Specialist": case-management and peer roles in
  mental-health, housing and youth programmes) → 21-1093 Social and Human Service Assistants (social
  work; the suffix "support specialist" read them as customer service). A client's support stays
  customer support.
* ``call_center_staff`` — staff of a call or contact centre (families.md: "call center" is customer
  support; O*NET files "Call Center Specialist" under 43-9061 Office Clerks) → 43-4051 Customer Service
  Representatives.
* ``learning_content`` — developers, designers and writers of learning content ("E-Learning Content
  Developer", "Instructional Content Developer", "eLearning Developer", "Learning Experience Designer";
  families.md: instructional designers are education; the suffix "content developer" read them as
  writers) → 25-9031 Instructional Coordinators.
* ``design_specialty`` — architectural, urban and interior designers (families.md lists them in design/UX;
  O*NET files "Architectural Designer" under architectural drafters) → 27-1025 Interior Designers; an
  apparel "Technical Designer" (O*NET: sewers' patternmakers, manufacturing) → 27-1022 Fashion Designers.
* ``content_work`` — content strategists, specialists, creators, coordinators and producers (families.md:
  content writing and media production are marketing/communications; O*NET files "Content Strategist"
  and "Content Specialist" under document management specialists, "Content Creator" under video game
  designers, "Content Coordinator" under office clerks) → 27-3043 Writers and Authors. Developers and
  designers of learning content are ``learning_content``; a content writer, editor or manager was read
  so already.
* ``data_work`` — analysis of data by other names (families.md: "data/BI/business analysts, data
  scientists, statisticians, reporting analysts"): statistical programmers (clinical-trial SAS
  programming; O*NET: computer programmers), quantitative researchers (O*NET: financial quantitative
  analysts), digital/web/product analysts (O*NET files "Digital Analyst" under IT), "Business Analysis
  Specialist" (the suffix read "analysis specialist" as engineering), reporting analysts ("Planning and
  Reporting Analyst" read by its first-named "planning analyst"; a financial, regulatory, statutory or
  tax reporting analyst stays in finance), business-intelligence engineers, developers and architects (O*NET
  files "Business Intelligence Engineer" under HR specialists; session 31) → 15-2051.01 Business Intelligence
  Analysts.
* ``platform_builder`` — developers, architects, designers, consultants and engineers of an enterprise
  software platform (:data:`_PLATFORM`: ServiceNow, Salesforce, SAP, Workday, Oracle, CRM/ERP, SaaS, SQL…)
  are software engineering (families.md; the word vote read "SQL Developer" as a database administrator,
  "service now architect" as an architect, "CRM Solutions Designer" as IT, the description "SAP FICO –
  AMS Consultant" as finance) → 15-1252 Software Developers. Its administrators are left to the other
  rules (the issue-11 curators put a "MicroStrategy Administrator" in data analysis, families.md
  database administrators in IT).
* ``business_development`` — business developers and business-development staff (families.md: business
  development is sales; O*NET files "Business Developer" under marketing managers and "Business
  Development Associate" under market research analysts) → 41-4012 Sales Representatives.
* ``forensic_lab`` — forensic technicians, scientists and analysts of a crime or medical examiner's
  laboratory (families.md: criminalists are science; the suffix read "Forensic Pathology Technician" as
  a hospital pathology technician, the vote "Forensic Autopsy Technician" as a health aide) → 19-4092
  Forensic Science Technicians; digital, computer and accounting forensics excluded.
* ``nurse_role`` — a nurse in a care role O*NET files by its other words ("Nurse Home Visitor" and "Nurse
  Case Manager" with social services, "Nurse Liaison" with health aides, "Nurse Coordinator" voted IT;
  the issue-11 curators put Nurse-Family Partnership nurse home visitors in nursing) → 29-1141 Registered
  Nurses. A nurse recruiter or educator stays in HR or education.
* ``law_trainee`` — law students, clerks, interns, externs and fellows (families.md: law clerks are
  legal; the word vote read "Law Student" as a teacher's) → 23-1012 Judicial Law Clerks.
* ``computer_technician`` — technicians of computers, desktops, printers and point-of-sale systems in
  the field ("Computer Field Service Technician", "IT Field Technician", "Desktop Support Technician":
  families.md puts desktop support in IT infrastructure; the suffix "field service technician" read them
  as trades, "field technician" as logistics) → 15-1232 Computer User Support Specialists.

Then the kinds of ``occupation_units`` (building-trade units, enforcement units, scientific project
managers, histology; session 23, blind10), and last hospitality's service words used as other fields' titles
(``occupation_service_words``: "Member Concierge", "Tech Concierge", "Store Experience Guide"; fam118, blind17).
"""

from __future__ import annotations

import re

from careercopilot.normalize.occupation_classes import CLASS_KINDS
from careercopilot.normalize.occupation_field_service import FIELD_SERVICE_KINDS
from careercopilot.normalize.occupation_modifiers import GRANT_KINDS
from careercopilot.normalize.occupation_service_words import SERVICE_WORD_KINDS
from careercopilot.normalize.occupation_settings import SETTING_KINDS
from careercopilot.normalize.occupation_posting_words import POSTING_WORD_KINDS
from careercopilot.normalize.occupation_units import UNIT_SPECIALTIES

__all__ = ["SPECIALTIES", "head_of_staff", "specialty_reading"]

_TECHNICAL_PROGRAM = re.compile(
    r"\btechnical program(?:me)? (?:manager|management|lead|leader|director|owner)\b|(?<![\w-])tpms?(?![\w-])|"
    r"\bsoftware (?:program|project)(?:me)? manager\b|"
    r"\bprogram(?:me)? manager\b[\w\s]{0,12}(?:\(\s*technical\s*\)|,\s*technical\b|\s[-–—]\s*technical\b)")
_IT_AUDIT = re.compile(
    r"\b(?:it|information technology|information systems?|(?:information |it |cyber ?)?security|cyber\w*|"
    r"technology|sox it|systems)\b[\w\s&/,-]{0,30}?\baudit(?:or|ors|s|ing)?\b")
_NETWORK_ROLE = re.compile(
    r"(?<!provider )(?<!social )(?<!sales )(?<!affiliate )(?<!broadcast )(?<!dealer )(?<!franchise )(?<!partner )"
    r"\bnetwork(?:ing)?\s+(?!development\b)(?:[a-z/&-]+\s+){1,2}(?:engineer|architect|technician|administrator)s?\b")
_BUILDING_DESIGNER = re.compile(
    r"\b(?P<kind>fire (?:sprinkler|protection|alarm)|sprinkler|hvac|plumbing|piping|mechanical|electrical|mep|"
    r"structural|civil)\s+(?:systems?\s+)?(?:designer|design drafter|drafter|draftsperson|cad designer)s?\b")
_NYC_COMPUTER = re.compile(
    r"\bcomputer (?:assoc(?:iate)?\.?|specialist|systems manager|aide|operations manager|service technician)\b")
_HUMAN_SERVICE_SUPPORT = re.compile(
    r"\b(?:community|recovery|housing|youth|residential|crisis|behavioral|behavioural|family|peer|independent living|"
    r"transition(?:al)?|re-?entry|tenant|wellness|mental health|case management)\s+support\s+"
    r"(?:specialist|worker|coordinator|associate|counselor|staff)s?\b")
_CALL_CENTER_STAFF = re.compile(
    r"\b(?:call|contact|customer (?:contact|care)) cent(?:er|re)\s+(?:specialist|agent|representative|rep|associate|"
    r"advisor|adviser|operator|clerk)s?\b")
_LEARNING_CONTENT = re.compile(
    r"\b(?:e-?\s?learning|learning|instructional|courseware|curriculum|training)\s+(?:content\s+|experience\s+|"
    r"materials?\s+)?(?:developer|designer|writer|author)s?\b")
_DESIGNERS = re.compile(r"\b(?P<kind>architectural|urban|interior|technical)\s+designers?\b")
_DATA_WORK = re.compile(
    r"\bstatistical (?:programmer|programming|analyst)s?\b|\bquantitative research(?:er|ers)?\b|"
    r"\b(?:digital|web|product) analysts?\b|\b(?:digital|web) analytics\b|\bbusiness analysis\b|"
    r"(?<!financial )(?<!regulatory )(?<!statutory )(?<!tax )\breporting analysts?\b|"
    # builders of business intelligence (trial128, session 31: O*NET files "Business Intelligence Engineer" under
    # 13-1071 Human Resources Specialists; the vote read BI developers as software, BI architects as architects)
    r"\b(?:business intelligence|bi) (?:engineers?|developers?|architects?|specialists?|consultants?)\b")
_COMPUTER_TECHNICIAN = re.compile(
    r"\b(?:computer|pc|it|desktop|printer|pos|information technology)\s+(?:field\s+)?(?:service\s+)?"
    r"(?:repair\s+)?(?:support\s+)?technicians?\b")
_BUSINESS_DEVELOPMENT = re.compile(
    r"\bbusiness develop(?:ers?|ment (?:representative|rep|associate|executive|specialist|manager|consultant|"
    r"coordinator|lead|director|officer))\b")
#: Enterprise software platforms and kinds named in titles (vendors' product names as employers write them).
_PLATFORM = (r"(?:service ?now|salesforce|sap|workday|oracle|crm|erp|saas|sql|microstrategy|dynamics|sharepoint|"
             r"peoplesoft|netsuite|snowflake|informatica|guidewire|pega|appian|mulesoft|servicenow)")
_PLATFORM_BUILDER = re.compile(r"\b" + _PLATFORM + r"\b(?:[\w\s/&.,–—-]{0,40}?)\b(?:developer|development|architect|"
                               r"designer|consultant|programmer|engineer)s?\b")
_FORENSIC_LAB = re.compile(
    r"(?<!digital )(?<!computer )(?<!cyber )\bforensic\s+(?!(?:computer|digital|cyber|it|network|mobile|video|audio|"
    r"accounting|financial)\b)(?:[a-z]+\s+){0,2}?(?:technicians?|technologists?|scientists?|analysts?)\b")
_NURSE_ROLE = re.compile(
    r"\b(?:registered )?nurse (?:home visitor|case manager|care manager|care coordinator|navigator|liaison|coordinator|"
    r"consultant|advisor|adviser|reviewer|auditor|investigator|surveyor|specialist)s?\b")
_LAW_TRAINEE = re.compile(
    r"\blaw (?:school )?(?:students?|clerks?|interns?|internship|externs?|externship|fellows?|graduates?)\b|"
    r"\blegal (?:interns?|internship|externs?|externship|fellows?)\b")
_CONTENT_WORK = re.compile(
    r"\bcontent (?:strategists?|strategy|specialists?|creators?|creation|coordinators?|producers?|"
    r"marketing specialists?)\b")
_SOFTWARE_ASSIGNMENT = re.compile(r"\(\s*software\s*\)|\bsoftware\b")


def _designer_code(m: re.Match) -> str:
    kind = m.group("kind")
    return "17-3012.00" if kind == "electrical" else "17-3011.00" if kind in ("structural", "civil") else "17-3013.00"


def _computer_code(title: str) -> str | None:
    m = _NYC_COMPUTER.search(title)
    if m is None:
        return None
    if m.group(0).startswith("computer specialist") and not re.search(r"\(", title):
        return None  # a bare "Computer Specialist" is O*NET's (15-1221, read by its exact title)
    return "15-1252.00" if _SOFTWARE_ASSIGNMENT.search(title) else "15-1232.00"


#: (method, pattern, code or a function of the match/title giving it), in order.
SPECIALTIES = (
    ("technical_program", _TECHNICAL_PROGRAM, "11-3021.00"),
    ("it_audit", _IT_AUDIT, "13-2011.00"),
    ("civil_service_computer", _NYC_COMPUTER, None),
    ("network_role", _NETWORK_ROLE, "15-1241.00"),
    ("building_systems_designer", _BUILDING_DESIGNER, None),
    ("human_service_support", _HUMAN_SERVICE_SUPPORT, "21-1093.00"),
    ("call_center_staff", _CALL_CENTER_STAFF, "43-4051.00"),
    ("learning_content", _LEARNING_CONTENT, "25-9031.00"),
    ("design_specialty", _DESIGNERS, None),
    ("platform_builder", _PLATFORM_BUILDER, "15-1252.00"),
    ("business_development", _BUSINESS_DEVELOPMENT, "41-4012.00"),
    ("forensic_lab", _FORENSIC_LAB, "19-4092.00"),
    ("nurse_role", _NURSE_ROLE, "29-1141.00"),
    ("law_trainee", _LAW_TRAINEE, "23-1012.00"),
    ("content_work", _CONTENT_WORK, "27-3043.00"),
    ("data_work", _DATA_WORK, "15-2051.01"),
    ("computer_technician", _COMPUTER_TECHNICIAN, "15-1232.00"),
) + SETTING_KINDS + UNIT_SPECIALTIES + GRANT_KINDS + CLASS_KINDS + FIELD_SERVICE_KINDS + SERVICE_WORD_KINDS + POSTING_WORD_KINDS  # units,
# sciences served (``occupation_units``, session 23); grants management and grants finance (``occupation_modifiers``,
# session 25); civil-service classes (``occupation_classes``, fam89); field-service and building-trade titles
# (``occupation_field_service``, calib119); hospitality's service words as other fields' titles
# (``occupation_service_words``, fam118); posting-title words in the wrong sense (``occupation_posting_words``, session 31);
# boundary professions by their setting and ships' ranks first (``occupation_settings``, fam139)


def specialty_reading(title: str) -> tuple[str, str, str] | None:
    """``(O*NET code, method, matched text)`` of the first :data:`SPECIALTIES` kind ``title`` names
    (module doc), or None."""
    t = (title or "").lower()
    for method, pattern, code in SPECIALTIES:
        m = pattern.search(t)
        if m is None:
            continue
        if method == "civil_service_computer":
            got = _computer_code(t)
            if got is None:
                continue
            return got, method, m.group(0)
        if method == "design_specialty":
            return ("27-1022.00" if m.group("kind") == "technical" else "27-1025.00"), method, m.group(0)
        return (code(m) if callable(code) else code or _designer_code(m)), method, m.group(0)
    return None


def head_of_staff(title: str) -> tuple[str, str, str] | None:
    """The staff a "<leading head> of <plural staff>" title leads (civil-service ladders: "Supervisor of
    Stock Workers", "Supervisor of Motor Vehicle Operators", "Supervisor of Custodians"; session 22): the
    O*NET title of the staff's singular (exact or by its suffix, not one generic word), as
    ``(code, "staff_led", key)``; None otherwise. Families.md puts a function's supervisors with it; the
    word vote read "supervisor of stock workers" as production supervisors."""
    from careercopilot.normalize.occupations import (
        _LEADING_HEADS,
        CATCH_ALL_CODES,
        _data,
        _generic,
        _lookup,
        _segments,
        normalize_title,
    )

    first = _segments(title)[0] if _segments(title) else ""
    head, sep, staff = first.lower().partition(" of ")
    if not sep or not head.split() or head.split()[-1] not in _LEADING_HEADS:
        return None
    plural = normalize_title(staff)
    key = re.sub(r"(?:ie)?s$", lambda m: "y" if m.group(0) == "ies" else "", plural)
    _, titles, _, _ = _data()
    hit = None
    if key and key != plural and not _generic(key):
        last = key.split()[-1]
        hit = _lookup(key) or ((titles[last], "exact", last) if last in titles and not _generic(last) else None)
    if hit is None or _generic(hit[2]) or hit[0][:7] in CATCH_ALL_CODES:
        return None
    return hit[0], "staff_led", hit[2]
