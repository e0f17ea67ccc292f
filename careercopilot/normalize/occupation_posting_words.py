"""Posting-title words read in the wrong sense: the employer's industry, a plant's "QA", a bank's "Senior" (issue 11,
session 31, post132: "posting family" was the largest calibration cause of the blind18 run, 39 pairs).

Each kind is ``(method, pattern, O*NET code)`` as ``occupation_specialties.SPECIALTIES`` reads them (the pattern runs
on the lower-cased title; a specialty reading decides the family whatever the description says):

* ``organizational_development`` — "OD", "OCM", organizational development / change management ("OD/OCM
  Consultant", "Experienced Growth Consultants with OD/OCM experience"): people-development work, families.md's
  human resources → 13-1071 Human Resources Specialists. O*NET files "OD" under Optometrists and "Organizational
  Development Consultant" under Management Analysts; a title naming eye care (optometry, vision, optical) keeps the
  optometrist's "OD" (``optometrist_od`` → 29-1041 Optometrists: "Associate OD - Eye Care Center").
* ``regulated_quality_assurance`` — "QA" / quality assurance of a drug, biologic, device or food plant ("QA – DRUG",
  "QA Associate, GMP", "QA Batch Record Reviewer"): FDA 21 CFR 211/820 quality units, families.md's manufacturing
  ("QA/QC technicians, quality engineers") → 17-3026 Industrial Engineering Technologists (O*NET's "Quality
  Assurance Specialist"); "QA" alone is software testing (``title_spellings.ABBREVIATIONS``) and stays so with a
  software word ("QA Automation Engineer - Medical Device Software").
* ``practice_administration`` — the administrator or business/office manager of a law firm, legal department, church
  or congregation ("Law Firm Administrator", "Legal Administrator" — the Association of Legal Administrators' title
  for a firm's business manager —, "Church Business Manager"): office management, families.md's administrative →
  11-3012 Administrative Services Managers; O*NET files "Law Firm Administrator" with legal secretaries and the word
  vote read "Church Administrator" as a systems administrator. A legal administrative assistant stays a legal
  secretary.
* ``financial_services_rung`` — a bank's or fund administrator's "<business> Senior" (the rung between associate and
  manager: "Securities Services Senior", "Fund Services Senior", "Custody Operations Senior", "Assurance Senior"):
  finance operations → 13-2099 Financial Specialists, All Other (the vote read securities sales agents and airfield
  operations).
* ``financial_audit`` — an auditor whose title names no other field's audit ("Auditor", "Engineering Auditor", "Audit
  Engineer", "Construction Auditor": New York City's auditors of contractors' costs) → 13-2011 Accountants and
  Auditors; the description's construction words had carried "Auditor" to construction. Quality, safety, clinical,
  coding, energy, environmental, compliance, IT and hotel night auditors are not matched (their readings stand).
* ``freight_brokerage`` — freight brokers and independent freight agents ("Freight Broker", "Freight Agent / Broker",
  "Truckload Broker"): they sell a carrier network's capacity to shippers (commission on a book of business) →
  41-3091 Sales Representatives of Services; O*NET files them with cargo and freight agents. A customs broker stays.
* ``platform_lead`` — the lead of an enterprise software platform's work ("Senior SAP SD OTC Lead", "Salesforce
  Technical Lead") → 15-1252 Software Developers, as ``occupation_specialties``' platform builders.
* ``human_resources_staff`` — payroll joined to HR ("HR Payroll Analyst", "Payroll & HRIS Administrator",
  "Payroll/HR Associate") and HR's office support ("Human Resources Administrative Assistant", "Human Resources
  Office Support Technician"): the issue-11 curator labels them human resources (families.md: HR generalists, HRIS,
  benefits) → 13-1071 Human Resources Specialists, office support 43-4161 Human Resources Assistants; O*NET files
  "Human Resources Administrative Assistant" with payroll clerks and the suffix lookup read a support technician.
* ``business_intelligence`` — BI engineers, developers and analysts ("Business Intelligence Engineer": O*NET's reported
  title sits under Human Resources Specialists) → 15-2051.01 Business Intelligence Analysts (families.md: data/BI).
* ``eeo_work`` — equal employment opportunity and affirmative action staff ("EEO Program Analyst", "EEO Specialist";
  O*NET: Equal Opportunity Representatives, policy/program here; families.md puts EEO in human resources) → 13-1071;
  EEO attorneys and counsel are not matched.
* ``sales_territory`` — a sales territory's staff ("Clinical Territory Associate", "Territory Representative") →
  41-4011 technical sales representatives (the vote read clinical research coordinators).

Variant tables with old-code failure counts: ``tests/unit/normalize/test_occupation_kinds_post132.py``.
"""

from __future__ import annotations

import re

__all__ = ["POSTING_WORD_KINDS"]

_EYE_CARE = r"optometr|\beye|\bvision\b|\boptical\b|\bophthalm|\bcontact lens"
_ORGANIZATIONAL_DEVELOPMENT = re.compile(
    rf"^(?!.*(?:{_EYE_CARE}))(?=.*(?:(?<![\w-])(?:od|ocm|od&l)(?![\w-])|\borgani[sz]ational (?:development|change)\b|"
    r"\bchange management (?:consultant|specialist|lead|manager|analyst|advisor|partner)\b))")
_OPTOMETRIST_OD = re.compile(rf"^(?=.*(?:{_EYE_CARE}))(?=.*(?<![\w-])od(?![\w-]))")
_SOFTWARE_WORDS = r"software|automation|automated|tester|testing|sdet|web|mobile|game|games|data|it|application|saas"
_REGULATED_QA = re.compile(
    rf"^(?!.*\b(?:{_SOFTWARE_WORDS})\b)(?=.*\b(?:qa|quality assurance)\b)"
    r"(?=.*\b(?:drugs?|pharma\w*|biotech\w*|biologics?|c?gmp|gxp|medical devices?|devices?|food|foods|batch records?|"
    r"sterile|aseptic|api|plant|manufacturing|production|supplier|validation|dietary supplements?|cosmetics?)\b)")
_PRACTICE_ADMINISTRATION = re.compile(
    r"\b(?:law (?:firm|office|practice|group)|legal|church|parish|congregation|synagogue|ministry|temple)\s+"
    r"(?:administrator|office (?:administrator|manager)|business (?:manager|administrator)|operations manager)s?\b")
_FINANCIAL_SERVICES_RUNG = re.compile(
    r"^(?:[a-z&/-]+\s+){0,2}?(?:securities|fund|funds|custody|asset servicing|wealth|trust|transfer agency|assurance|"
    r"investment|middle office|back office|treasury|banking)(?:\s+[a-z&/-]+){0,2}?\s+(?:semi[- ])?senior\s*(?:$|[-–—,(|/])")
_FINANCIAL_AUDIT = re.compile(
    r"^(?!.*\b(?:quality|safety|food|energy|clinical|coding|coder|medical|chart|environmental|ehs|iso|process|"
    r"supplier|hipaa|health|nurse|nursing|security|it|information|systems|cyber|technology|data|billing|drg|"
    r"compliance|pharmacy|dental|network|night|hotel|sox|operational risk)\b)"
    r".*?(?:\bauditors?\b|\baudit (?:engineer|associate|analyst|specialist)s?\b)")
_FREIGHT_BROKERAGE = re.compile(
    r"\b(?:freight|truck|truckload|ltl|logistics|transportation|load)\s+(?:sales\s+)?brok(?:er|erage)s?\b|"
    r"\bindependent freight agents?\b|\bfreight agents?\b.*\bbrokers?\b|\bbrokers?\b.*\bfreight agents?\b")
_HR = r"(?:hr|human resources|hris|people)"
_HR_STAFF = re.compile(
    rf"\bpayroll\s*(?:&|and|/)\s*{_HR}\b|\b{_HR}\s*(?:&|and|/)?\s*payroll\b|"
    rf"^(?:(?:senior|sr\.?|junior|jr\.?|part[- ]time|remote)\s+)*{_HR}\s+(?P<support>administrative (?:assistant|associate)|"
    r"office (?:support technician|assistant|clerk|associate)|support technician)s?\b")
_BUSINESS_INTELLIGENCE = re.compile(
    r"\b(?:business intelligence|bi)\s+(?:engineer|developer|analyst|architect|specialist|consultant|lead|manager)s?\b")
_EEO_WORK = re.compile(r"^(?!.*\b(?:attorney|counsel|lawyer|judge)\b)(?=.*\b(?:eeo|equal employment opportunity|"
                       r"affirmative action)\b)")
_SALES_TERRITORY = re.compile(r"\bterritory\s+(?:sales\s+)?(?:associate|representative|rep|specialist|manager|"
                              r"account manager|executive|consultant|lead|coordinator)s?\b")
_PLATFORM_LEAD = re.compile(
    r"\b(?:sap|salesforce|workday|servicenow|service now|peoplesoft|netsuite|guidewire|pega|appian|mulesoft)\b"
    r"[\w\s/&.,–—-]{0,40}?\b(?:lead|leader)\b")

#: (method, pattern, O*NET code), tried in order after ``occupation_specialties``' own kinds.
POSTING_WORD_KINDS = (
    ("organizational_development", _ORGANIZATIONAL_DEVELOPMENT, "13-1071.00"),
    ("optometrist_od", _OPTOMETRIST_OD, "29-1041.00"),
    ("regulated_quality_assurance", _REGULATED_QA, "17-3026.00"),
    ("practice_administration", _PRACTICE_ADMINISTRATION, "11-3012.00"),
    ("financial_services_rung", _FINANCIAL_SERVICES_RUNG, "13-2099.00"),
    ("financial_audit", _FINANCIAL_AUDIT, "13-2011.00"),
    ("freight_brokerage", _FREIGHT_BROKERAGE, "41-3091.00"),
    ("platform_lead", _PLATFORM_LEAD, "15-1252.00"),
    ("business_intelligence", _BUSINESS_INTELLIGENCE, "15-2051.01"),
    ("eeo_work", _EEO_WORK, "13-1071.00"),
    ("sales_territory", _SALES_TERRITORY, "41-4011.00"),
    ("human_resources_staff", _HR_STAFF, lambda m: "43-4161.00" if m.group("support") else "13-1071.00"),
)
