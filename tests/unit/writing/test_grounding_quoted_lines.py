"""The checker's false flags the offline writer's self-check was hiding (issue 12, ground48): pieces of a
resume line quoted word for word read out of context, and an indented detail line taken as the next role's
header (which put each role's bullets under the role below it).

Sources: the ``writing_eval --sweep --sample 60`` (seed 12) "hidden by the self-check" rows — resumes r03, g09,
i16, d14, r28 of ``benchmarks/data/issue11`` — and variants of the same kinds in the same shapes (standards
and regulations as a line's subject, state programmes, years closing a line, degrees named by their field).

Old code (main 3199a51) fails 10 of 31 rows: QUOTED 4 of 18 (Ohio as an employer, "Public Works" as an employer,
"A.A.S. Physical Therapist Assistant" as a title twice), DEGREE_FIELDS 3 of 7, ENTRIES 3 of 6 (two supported rows
flagged, one twin — work placed at the wrong employer — missed because the bullets sat under the role below).
Standards and regulations quoted on their line (IATF, PFAS, OSHA, ISO 9001, GMP, HIPAA) pass on old code in
these shapes; they stay as guards. Every unsupported twin (an invented employer, a swapped year, a degree or a
rotation site the resume does not have) is flagged by the new code.
"""

from __future__ import annotations

import pytest

from careercopilot.writing.grounding import SourceFacts, check

_OHIO = """THADDEUS MBEKI-LARSEN
Columbus, OH

EXPERIENCE
Dean of Students - Franklin Park Early College High School    2022 - present
  - Lead the PBIS team; out-of-school suspensions down 38% in two years.
  - Building test coordinator for Ohio end-of-course exams.
  - Coordinated Texas STAAR retests for transfer students.

EDUCATION
M.Ed. Educational Leadership, The Ohio State University, 2021
"""
_PTA = """JORDAN REYES, PTA
Houston, TX

OTHER EXPERIENCE
Physical Therapy Aide, Bayou City Physical Therapy — 2021–2022. Set up modalities, cleaned equipment.

EDUCATION
A.A.S. Physical Therapist Assistant, Houston Community College, 2024
B.S. Kinesiology, University of Houston, 2019
"""
_PARALEGAL = """Keisha Montgomery-Lyle

CONTRACT ENGAGEMENTS (2021 - present)
Contract Paralegal - direct clients
  3 solo practitioners: drafted complaints, discovery requests and responses.
  Regional credit union legal dept.: collections filings and judgment tracking, 2022.

EARLIER
Legal Assistant, Dorsey Brandt & Hale (insurance defense) - 2019-2021
  Calendars, filings, client correspondence for 3 attorneys.
"""
_QUALITY = """Dana Whitfield
Toledo, OH

EXPERIENCE
Quality Engineer, Maumee Stamping Co. - 2019 - present
  - Led IATF 16949 surveillance audits with zero major nonconformities.
  - Built the PFAS screening plan for incoming coatings with the lab.
  - Wrote OSHA 1910.147 lockout procedures for 14 presses.
Quality Technician, Lakeside Plastics - 2016 - 2019
  - Kept ISO 9001 document control for 300 procedures.
  - Trained 40 operators on GMP and HIPAA-compliant records for the clinic line.
"""
_NURSE = """Luis Ortega
Fort Worth, TX

EXPERIENCE
Emergency Department Technician, JPS Health Network - 2018 - present
  - Triage support, EKGs, splinting and wound care for a 90-bed emergency department.

EDUCATION
A.A.S. Paramedic, Tarrant County College, 2018
AAS Surgical Technologist, Tarrant County College, 2017
"""
_BUDGET = """Beatriz Okonkwo

EXPERIENCE
Analyst (Budget), Fairfax County Government, Fairfax, VA       2020 - present
- Lead analyst for Public Works, Housing, and Transportation: combined $690M operating.
- Built the 5-year revenue forecast for the stormwater fund.
"""

#: (resume, sentence the writer quotes, flagged kinds expected): the supported quotes and their twins.
QUOTED = [
    (_OHIO, "Another highlight from my resume: Building test coordinator for Ohio end-of-course exams.", set()),
    (_OHIO, "Another highlight from my resume: Coordinated Texas STAAR retests for transfer students.", set()),
    (_PTA, "A.A.S. Physical Therapist Assistant, Houston Community College, 2024", set()),
    (_PTA, "My training: B.S. Kinesiology, University of Houston, 2019.", set()),
    (_PARALEGAL, "I relied on collections and filings as Contract Paralegal: Regional credit union legal dept.: "
                 "collections filings and judgment tracking, 2022.", set()),
    (_BUDGET, "Another highlight from my resume: Lead analyst for Public Works, Housing, and Transportation: "
              "combined $690M operating.", set()),
    (_QUALITY, "Another highlight from my resume: Led IATF 16949 surveillance audits with zero major "
               "nonconformities.", set()),
    (_QUALITY, "Another highlight from my resume: Built the PFAS screening plan for incoming coatings with the lab.",
     set()),
    (_QUALITY, "I relied on lockout as Quality Engineer: Wrote OSHA 1910.147 lockout procedures for 14 presses.",
     set()),
    (_QUALITY, "Another highlight from my resume: Kept ISO 9001 document control for 300 procedures.", set()),
    (_QUALITY, "I used training as Quality Technician: Trained 40 operators on GMP and HIPAA-compliant records "
               "for the clinic line.", set()),
    (_OHIO, "I have led the PBIS team at Franklin Park Early College High School since 2022.", set()),
    (_PTA, "I worked as a Physical Therapy Aide at Bayou City Physical Therapy.", set()),
    (_PARALEGAL, "I worked as Legal Assistant at Dorsey Brandt & Hale.", set()),
    # unsupported twins: an invented employer, a swapped year, an invented degree in the same frames
    (_OHIO, "Another highlight from my resume: Building test coordinator for Pearson Assessments.", {"employer"}),
    (_PARALEGAL, "I relied on collections and filings as Contract Paralegal: Regional credit union legal dept.: "
                 "collections filings and judgment tracking, 2019.", {"date"}),
    (_PTA, "A.A.S. Physical Therapist Assistant, Houston Community College, 2022", {"date"}),
    (_QUALITY, "Another highlight from my resume: Led IATF 16949 surveillance audits at Ford Motor Company.",
     {"employer"}),
]

#: Degrees named by a field that reads like a title, outside a verbatim line; the last rows are titles or degrees
#: the resume does not have.
DEGREE_FIELDS = [
    (_PTA, "I hold an A.A.S. Physical Therapist Assistant from Houston Community College.", set()),
    (_PTA, "I earned my A.A.S. Physical Therapist Assistant in 2024 and passed the NPTE-PTA.", set()),
    (_NURSE, "My A.A.S. Paramedic from Tarrant County College prepared me for the emergency department.", set()),
    (_NURSE, "I completed an AAS Surgical Technologist at Tarrant County College.", set()),
    (_NURSE, "I earned my A.A.S. Surgical Technologist in 2017.", set()),
    (_PTA, "I hold an A.A.S. Occupational Therapy Assistant from Houston Community College.", {"title"}),
    (_PTA, "I worked as a Physical Therapist Assistant at Memorial Hermann Rehab for three years.", {"employer"}),
]

_DATA_SCIENCE = """Arjun Mehta — Lead Data Scientist

Experience
Lead Data Scientist, Fogline Retail Analytics — San Francisco, 2020–present
  Lead a team of 5 data scientists. Demand forecasting for 2,000 stores; forecast error down 18%.
  Partner with product and engineering to ship models (Python, Spark, Databricks, MLflow, Airflow).
Senior Data Scientist, Bay Insurance — Oakland, 2016–2020
  Pricing and churn models (logistic regression, XGBoost), SQL on Snowflake, model monitoring, actuarial collaboration.
Data Analyst, UCSF Medical Center — 2013–2016
  Clinical operations reporting, SQL Server, Tableau.
"""
_LEGAL = """Keisha Montgomery-Lyle

EXPERIENCE
Document Review Paralegal - via Keystone eDiscovery, 2021-2022
  First-level review and coding on 4 matters; trained 6 new reviewers on the coding panel.
Legal Assistant, Dorsey Brandt & Hale (insurance defense) - 2019-2021
  Calendars, filings, client correspondence for 3 attorneys; deposition scheduling and exhibit binders.
"""

#: Roles whose header follows an indented detail line of the role above; the last two rows place work under
#: the wrong employer and must stay flagged.
ENTRIES = [
    (_DATA_SCIENCE, "I put SQL and pricing to work as Senior Data Scientist at Bay Insurance: Pricing and churn "
                    "models (logistic regression, XGBoost), SQL on Snowflake, model monitoring.", set()),
    (_DATA_SCIENCE, "At Bay Insurance I built pricing and churn models with XGBoost and SQL on Snowflake.", set()),
    (_DATA_SCIENCE, "At UCSF Medical Center I did clinical operations reporting in SQL Server and Tableau.", set()),
    (_LEGAL, "At Dorsey Brandt & Hale I handled calendars, filings, client correspondence and exhibit binders.", set()),
    (_DATA_SCIENCE, "At UCSF Medical Center I built pricing and churn models with XGBoost and SQL on Snowflake.",
     {"employer"}),
    (_LEGAL, "At Keystone eDiscovery I handled calendars, filings, client correspondence and exhibit binders.",
     {"employer"}),
]


@pytest.mark.parametrize(("resume", "sentence", "kinds"), QUOTED + DEGREE_FIELDS + ENTRIES)
def test_quoted_and_entry_rows(resume: str, sentence: str, kinds: set[str]) -> None:
    got = {f.kind for f in check(sentence, SourceFacts.from_texts(resume))
           if f.kind in ("employer", "title", "date", "degree")}
    assert got == kinds, [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(resume))]
