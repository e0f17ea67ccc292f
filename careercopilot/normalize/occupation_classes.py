"""Civil-service class titles read by their class noun (issue 11, fam89; blind14 n07, n08, n22).

A public employer's class title is a class name plus a grade ("Eligibility Specialist III", "Code
Enforcement Officer II", "Staff Services Analyst (General)", "Economic Support Lead Worker"). O*NET's
reported titles and the word vote read several classes into the wrong issue-11 family, and a resume whose
current and target titles are all one such class is then read wholly wrong (nDCG@10 ~0):

* ``civil_service`` / enforcement — code enforcement, code compliance, zoning, property-maintenance,
  nuisance-abatement and neighbourhood-preservation officers and inspectors patrol a district and cite
  violations of the municipal code (families.md: "enforcement, fire and health inspection" are public
  safety; "construction/building inspectors" construction). O*NET files "Code Enforcement Officer" under
  47-4011 Construction and Building Inspectors and "Zoning Enforcement Officer" under compliance officers
  (policy) → 19-5011, the code ``occupation_inspectors`` gives enforcement inspection. A building-code
  title ("Building Code Enforcement Officer") stays with the building inspectors.
* ``civil_service`` / public benefits — eligibility and economic-support workers of a human-services
  agency (SNAP, Medicaid, TANF, child-care subsidy caseloads): the county and state classes ("Eligibility
  Specialist/Worker/Technician/Examiner", Wisconsin "Economic Support Specialist/Lead Worker", "Income
  Maintenance Caseworker", "Public Assistance Specialist", Michigan "Family Independence Specialist",
  Texas "Texas Works Advisor", New York "Social Welfare Examiner") → 21-1093 Social and Human Service
  Assistants (social work; the issue-11 curators label such caseworkers social work: blind13 m10, blind14
  n08). O*NET files them under 43-4061 Eligibility Interviewers (administrative) with unrelated clerks
  (cash application, provider enrollment, patient services), so the code's family is left alone; an
  insurer's or a hospital's "Insurance/Patient Eligibility Specialist" is not a class title and stays.
* ``civil_service`` / analyst classes — California's general analyst series ("Staff Services Analyst",
  "Associate Governmental Program Analyst", "Staff Services Manager I") → 13-1111 Management Analysts
  (policy/program work, like New York City's "Staff Analyst" in ``occupation_tables.CIVIL_SERVICE_TITLES``;
  O*NET's "services analyst" suffix read SSA as a budget analyst).

Sources: the class specifications of CalHR (SSA 5157, AGPA 5393, SSM I 4800), Wisconsin DCF/DHS Income
Maintenance (Economic Support) classes, NC OSHR Income Maintenance Caseworker, Michigan Civil Service
Family Independence Specialist, Texas HHSC Texas Works Advisor, NY Civil Service Social Welfare Examiner,
and the AACE/FACE code-enforcement officer certifications (Florida Association of Code Enforcement).

Each kind is ``(method, pattern over the lower-cased title, O*NET code)``, appended to
``occupation_specialties.SPECIALTIES`` (the first match wins; the title's level is kept by the caller).
"""

from __future__ import annotations

import re

__all__ = ["CLASS_KINDS", "ENFORCEMENT_CLASS", "PUBLIC_BENEFITS_CLASS", "ANALYST_CLASS"]

_STAFF = (r"(?:officers?|inspectors?|specialists?|technicians?|agents?|investigators?|workers?|supervisors?|"
          r"managers?|coordinators?|aides?|assistants?|leads?|lead workers?|trainees?)")
#: Municipal-code enforcement staff (module doc); not a building/electrical/plumbing/fire code's.
ENFORCEMENT_CLASS = re.compile(
    r"(?<!building )(?<!electrical )(?<!plumbing )(?<!mechanical )"
    r"\b(?:(?:municipal |housing |property |neighborhood |community )?code (?:enforcement|compliance)|"
    r"zoning (?:enforcement|compliance)|ordinance enforcement|nuisance abatement|neighbou?rhood preservation|"
    r"property maintenance(?: code)?(?: enforcement)?)\s+" + _STAFF + r"\b|\bzoning (?:inspectors?|officers?)\b")
#: Public-benefits eligibility classes (module doc); an insurer's or hospital's eligibility staff excluded.
PUBLIC_BENEFITS_CLASS = re.compile(
    r"(?<!insurance )(?<!patient )(?<!benefits verification )(?<!member )(?<!provider )(?<!student )"
    r"\b(?:(?:public benefits |benefits |welfare |medicaid |snap |program )?eligibility|"
    r"economic (?:support|assistance)|"
    r"income maintenance|public assistance|family independence|self[- ]sufficiency|welfare)\s+"
    r"(?:specialists?|workers?|technicians?|examiners?|interviewers?|case ?workers?|case managers?|counselors?|"
    r"lead workers?|supervisors?|trainees?|representatives?)\b"
    r"|\btexas works advisors?\b|\bsocial welfare examiners?\b")
#: California's general analyst series (module doc).
ANALYST_CLASS = re.compile(
    r"\b(?:staff services (?:analysts?|managers?)|(?:associate )?governmental program analysts?)\b")

CLASS_KINDS = (
    ("civil_service", ENFORCEMENT_CLASS, "19-5011.00"),
    ("civil_service", PUBLIC_BENEFITS_CLASS, "21-1093.00"),
    ("civil_service", ANALYST_CLASS, "13-1111.00"),
)
