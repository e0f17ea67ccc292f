"""blind17 records s24-s30 (hand-written)."""
from common import rec

RECORDS = [
rec("s24", "policy_program", "lead", "Interim Deputy Director, Programs", "Marguerite Ellison-Baptiste", "Albuquerque, NM",
    ["Deputy Director of Programs", "Senior Program Manager", "Program Manager"], ["Albuquerque, NM", "Santa Fe, NM"], False, 92000,
    "interim/fractional roles", "chronological with interim flags",
"""
MARGUERITE ELLISON-BAPTISTE
Albuquerque, NM 87106 | 505-555-0124 | m.ellisonbaptiste@example.com

Program manager in public health and housing nonprofits, 11 years. Since February I have been Interim Deputy Director while our board searches for a permanent executive team; the interim term ends when the new Executive Director starts in January. I want a permanent deputy director or senior program manager role.

EXPERIENCE
Interim Deputy Director, Programs - Rio Grande Housing Partnership | Feb 2026 - Jan 2027 (interim)
- Oversee 4 program managers and 31 staff across rapid rehousing, permanent supportive housing and eviction prevention
- Manage $9.6M in HUD CoC, ESG and state grants; lead monthly budget-to-actual reviews with finance
- Wrote the HUD CoC renewal and the annual performance report (APR); 2 monitoring visits with no findings

Program Manager, Eviction Prevention - Rio Grande Housing Partnership | 2021 - 2026
- Built the program from 2 to 9 staff; 3,400 households assisted with $18M in emergency rental assistance
- Designed eligibility and documentation policy; quarterly compliance reviews of 10% of files

Program Coordinator - Sandia Community Health Alliance | 2017 - 2021
- Coordinated a CDC-funded diabetes prevention grant across 6 clinics; logic model and evaluation plan

Policy Fellow - New Mexico Legislative Finance Office (1-year fellowship) | 2015 - 2016

EDUCATION
M.P.A., Nonprofit Management - Southwest State University, 2015
B.A., Sociology - Mesa Verde College, 2013

SKILLS
Grant compliance (2 CFR 200), HMIS, logic models, budgeting, board reporting, Smartsheet, Salesforce Nonprofit Cloud, Spanish (professional)

Looking for a deputy director of programs or senior program manager position in Albuquerque or Santa Fe. $92,000 minimum.
"""),

rec("s25", "public_safety", "senior", "Deputy Sheriff / Emergency Management Coordinator / Code Enforcement Officer", "Wade Lindgren", "Miles City, MT",
    ["Emergency Management Coordinator", "Emergency Management Specialist", "Emergency Manager"], ["Miles City, MT", "Billings, MT", "Bozeman, MT"], False, 68000,
    "rural generalist (three families' work in one job)", "one job, three hats",
"""
WADE LINDGREN
Miles City, MT 59301 | 406-555-0125 | wade.lindgren@example.com

One county job, three hats. Prairie Butte County, MT has 5,800 people and 14 county employees, so I have been a deputy, the emergency manager and the code enforcement officer at the same time since 2017. I now want to do emergency management full-time.

PRAIRIE BUTTE COUNTY, MT | 2014 - present
Deputy Sheriff / Emergency Management Coordinator / Code Enforcement Officer (2017 - present); Deputy Sheriff (2014 - 2017)

Emergency management (about 40% of my time)
- Wrote the county Emergency Operations Plan and Hazard Mitigation Plan update (FEMA approved 2024)
- Ran the EOC for the 2021 Sheep Creek wildfire (38,000 acres, 60 homes evacuated) and the 2023 ice-jam flooding
- Manage EMPG grant ($48,000/yr) and a $310,000 BRIC generator project; quarterly reports to Montana DES
- Plan and run annual full-scale exercises with the hospital, school and 3 volunteer fire departments (HSEEP)

Patrol deputy (about 40%)
- Solo patrol of 2,600 square miles; crash investigation, search and rescue coordinator

Code enforcement and county maintenance fill-in (about 20%)
- Floodplain permits, junk-vehicle ordinance, septic complaints with the state sanitarian
- Plow the county road in storms when the road crew is short (CDL Class A)

EDUCATION & TRAINING
B.S., Criminal Justice - Big Sky State University, 2013
FEMA Basic Academy (E/L 101-105); IS-100/200/700/800, ICS-300/400; Montana POST Basic and Advanced certificates
Certified Floodplain Manager (CFM); Wildland Firefighter Type 2 (red card)

Looking for an emergency management coordinator/specialist job with a county, city or hospital in Montana. $68,000 minimum.
"""),

rec("s26", "allied_health", "lead", "Laboratory & Imaging Supervisor", "Corinne Albrechtsen", "Valentine, NE",
    ["Laboratory Supervisor", "Lab Manager", "Medical Laboratory Scientist Supervisor"], ["Valentine, NE", "North Platte, NE", "Rapid City, SD"], False, 88000,
    "rural generalist (critical-access hospital)", "chronological with duty split",
"""
CORINNE ALBRECHTSEN, MLS(ASCP), RT(R)
Valentine, NE 69201 | 402-555-0126 | c.albrechtsen@example.com

Rural critical-access hospital generalist: I run the lab, take X-rays on call and draw blood when phlebotomy is short. 14 years at one 20-bed hospital. My next job is a laboratory supervisor or lab manager role, ideally at a larger rural hospital.

EXPERIENCE
Laboratory & Imaging Supervisor - Sandhills Regional Critical Access Hospital, Valentine, NE | 2018 - present
- Supervise 3 medical lab technicians, 2 phlebotomists and 2 radiologic technologists; schedule 24/7 call coverage
- CLIA director's delegate: QC review, proficiency testing (CAP), competency assessments, CAP inspection 2024 with 2 minor deficiencies
- Bench work in chemistry, hematology, coagulation, urinalysis, blood bank (crossmatch, antibody screens) and microbiology send-outs
- Take portable and ED X-rays on call; keep the radiation-safety program and dosimetry records
- Selected and validated a new chemistry analyzer (Abbott) and the LIS interface to our Cerner EHR

Medical Laboratory Scientist / Radiographer (dual role) - Sandhills Regional | 2012 - 2018
Medical Technologist - Platte Valley Reference Laboratory, Kearney, NE | 2010 - 2012

EDUCATION
B.S., Medical Laboratory Science - Central Plains University, 2010
Limited-scope radiography certificate, then A.S. Radiologic Technology (ARRT) - Panhandle Community College, 2015

CREDENTIALS
MLS(ASCP); ARRT (R); Nebraska radiographer license; BLS

SKILLS
Abbott Architect, Sysmex XN, Stago, Ortho Vision, Cerner PathNet, CAP checklists, CLIA, budgeting for reagents

Want: laboratory supervisor or lab manager. Valentine/North Platte, or Rapid City, SD. $88,000 minimum.
"""),

rec("s27", "nursing", "lead", "Clinical Nurse IV (CN IV), Charge", "Natalia Brzezinski", "Cleveland, OH",
    ["Nurse Manager", "Assistant Nurse Manager", "Clinical Nurse Manager"], ["Cleveland, OH", "Akron, OH"], False, 110000,
    "internal level codes (clinical ladder)", "chronological with ladder legend",
"""
NATALIA BRZEZINSKI, MSN, RN, CMSRN
Cleveland, OH 44113 | 216-555-0127 | n.brzezinski@example.com

About the titles: Lake Erie Health uses a 4-step clinical ladder. CN I = new graduate, CN II = competent RN, CN III = proficient RN with unit projects, CN IV = expert RN who is charge nurse and leads unit councils. Outside our system, a CN IV is usually called a charge nurse or assistant nurse manager.

EXPERIENCE
Clinical Nurse IV (CN IV), Charge - Lake Erie Health, 32-bed Medical-Surgical/Telemetry unit | 2022 - present
- Charge nurse 3 shifts/week: staffing and assignments for 9-12 RNs and 5 PCAs, bed flow with the house supervisor
- Interim nurse manager for 5 months in 2025 (manager on leave): 68 FTEs, timecards, 6 annual reviews, 2 hires
- Chair of the unit practice council; led the CAUTI bundle project (CAUTI down 60% in a year)
Clinical Nurse III - Lake Erie Health, same unit | 2018 - 2022
- Preceptor for 14 new graduates; super-user for the Epic upgrade
Clinical Nurse II / Clinical Nurse I - Lake Erie Health | 2014 - 2018

EDUCATION
MSN, Nursing Leadership and Administration - Cuyahoga State University, 2024
BSN - Cuyahoga State University, 2014

LICENSE & CERTIFICATION
RN, Ohio (active); CMSRN (Medical-Surgical Nursing Certification Board); Nurse Executive (NE-BC) exam scheduled 2027; BLS, ACLS

SKILLS
Staffing and scheduling (Kronos, API), Epic, just-culture event review, unit budget reporting, shared governance

Seeking: nurse manager or assistant nurse manager for a med-surg or tele unit in Cleveland or Akron. $110,000 minimum.
"""),

rec("s28", "data_analysis", "senior", "Analyst 3, Business Intelligence", "Obadiah Ferreira-Lund", "Columbus, OH",
    ["Senior Data Analyst", "Senior BI Analyst", "Analytics Engineer"], ["Columbus, OH", "Remote"], True, 105000,
    "mostly a list of tools (plus internal level code)", "tool grid with thin prose",
"""
OBADIAH FERREIRA-LUND
Columbus, OH 43215 | 614-555-0128 | obadiah.fl@example.com
Senior BI / data analyst - 8 yrs

TOOLS (years | depth)
SQL - Snowflake, SQL Server, Postgres, BigQuery | 8 | window functions, CTEs, query tuning
dbt Core/Cloud | 3 | 140+ models, tests, exposures, semantic layer
Tableau Desktop/Server | 7 | LOD expressions, extracts, row-level security, 60+ published workbooks
Power BI | 3 | DAX, Power Query, deployment pipelines
Python - pandas, statsmodels, scikit-learn, Jupyter | 5 | forecasting, cohort and churn analysis
R - tidyverse, ggplot2 | 2
Excel - Power Pivot, XLOOKUP, LAMBDA | 8
Fivetran, Airbyte | 3 | source setup, schema-drift fixes
Airflow | 2 | DAGs for reporting refreshes
Git / GitHub Actions | 4 | CI for dbt
Looker (LookML) | 1
Jira, Confluence, Notion | 8
Statistics: A/B test design, regression, time-series (ARIMA, Prophet), power analysis

EXPERIENCE
Analyst 3, Business Intelligence - Buckeye Mutual Insurance, Columbus, OH | 2022 - present
(Buckeye's ladder: Analyst 1-2 = associate/analyst, Analyst 3 = senior, Analyst 4 = lead)
- Own claims and retention dashboards for 3 VPs; moved reporting from SQL Server to Snowflake + dbt
Data Analyst II - Scioto Retail Group | 2019 - 2022
- Store-labor forecasting model used for 210 stores
Reporting Analyst - Olentangy Health Partners | 2018 - 2019

EDUCATION
B.S., Economics (minor in Statistics) - Buckeye Valley University, 2017

CERTIFICATIONS
Tableau Certified Data Analyst; dbt Analytics Engineering Certification; SnowPro Core

Looking for: senior data/BI analyst or analytics engineer, Columbus hybrid or remote. $105,000 minimum.
"""),

rec("s29", "education", "entry", "Au Pair", "Greta Halvorsen", "Naperville, IL",
    ["Preschool Assistant Teacher", "Assistant Teacher", "Child Care Teacher"], ["Naperville, IL", "Aurora, IL", "Lisle, IL"], False, 37440,
    "loanword title outside its usual family (Au Pair)", "chronological",
"""
GRETA HALVORSEN
Naperville, IL 60540 | 630-555-0129 | greta.halvorsen@example.com

OBJECTIVE
Assistant teacher in a preschool or early childhood center. I have two years of live-in childcare as an au pair and have now finished my ECE Level 2 credential. I have U.S. permanent residency since 2025 (married).

EXPERIENCE
Au Pair - Brennan family (through Cultural Bridges Au Pair program), Naperville, IL | 2023 - 2025
- Full-time care for 3 children ages 1, 3 and 6 (45 hrs/week)
- Planned daily activities: letters and number games, read-alouds, sensory play, outdoor time; kept a weekly learning journal the parents shared with the 3-year-old's preschool teacher
- Potty training, nap routines, meals for a child with a peanut allergy (EpiPen trained)
- School drop-off and pickup, homework help for first grade

Nanny (part-time) - Patel family, Naperville | 2025 - present
- After-school care for 2 children; reading practice with a 2nd grader

Volunteer, Story Time - Naperville Public Library | 2024 - present

Summer Camp Counselor - Fjordside Sommerleir, Bergen, Norway | 2021, 2022

EDUCATION & CREDENTIALS
Illinois Gateways ECE Credential Level 2 - DuPage Prairie College, 2026 (Child Growth & Development, Early Literacy, Health Safety & Nutrition)
Upper secondary certificate, Childcare and Youth Work program - Bergen, Norway, 2022
Pediatric CPR and First Aid; DCFS mandated reporter training; background check cleared

LANGUAGES
Norwegian (native), English (fluent), some German

Looking for full-time assistant teacher, Naperville, Aurora or Lisle. $18/hr minimum.
"""),

rec("s30", "logistics_supply_chain", "executive", "Interim VP, Supply Chain", "Franklin Oyelaran-Watts", "Atlanta, GA",
    ["VP Supply Chain", "Chief Supply Chain Officer", "SVP Operations & Supply Chain"], ["Atlanta, GA", "Remote"], True, 260000,
    "interim/fractional roles", "interim assignment list",
"""
FRANKLIN OYELARAN-WATTS
Atlanta, GA 30309 | 404-555-0130 | f.oyelaranwatts@example.com

INTERIM SUPPLY CHAIN EXECUTIVE
Placed by Keel Interim Executives on 6-12 month turnaround assignments since 2021, after 20 years in distribution and procurement. Now looking for a permanent VP / Chief Supply Chain Officer role.

INTERIM ASSIGNMENTS
Interim VP, Supply Chain - Southern Hearth Brands (frozen foods, $1.2B) | Mar 2026 - present
- Head of planning, procurement, 4 plants' inbound logistics and 3 cold-storage DCs; 420 staff, 6 directors
- Cut inventory $58M while raising case fill from 93% to 98%; renegotiated 3PL and carrier contracts
Interim Chief Procurement Officer - Piedmont Medical Products (PE-owned) | 2024 - 2025
- Direct and indirect spend $640M; dual-sourced 120 single-source components after a supplier bankruptcy
Interim Director, Distribution - Coastal Home Retail | 2022 - 2023
- Stabilized a new 900,000 sq ft DC after a failed WMS go-live; on-time shipping 71% to 97%
Interim Head of Logistics - Magnolia Beverage Co. | 2021 - 2022

PERMANENT ROLES
VP Distribution & Transportation - Peachtree Grocers (210 stores) | 2014 - 2021
Director, Procurement - Peachtree Grocers | 2009 - 2014
Senior Manager / Manager, Transportation - Chattahoochee Foods | 2001 - 2009

EDUCATION
M.S., Supply Chain Management - Peach State Institute of Technology
B.S., Industrial Engineering - Peach State Institute of Technology
CSCP (ASCM); Lean Six Sigma Black Belt

BOARD
Atlanta Food Bank logistics advisory committee

Wants: permanent VP Supply Chain / CSCO, Atlanta or remote with travel. Base $260,000 minimum.
"""),
]
