# Hand-written fictional resumes e25-e30.
from common import add

add("e25", "nursing", "entry", "Certified Nursing Assistant", "Fatoumata Diallo", "Newark, NJ",
    ["New Graduate Registered Nurse", "RN Residency", "Registered Nurse - Med/Surg", "Nurse Residency Program"], ["anywhere in NJ", "NYC", "Philadelphia area"], False, 72000,
    "new-grad RN (was CNA), immigrant", "education-first", """
FATOUMATA DIALLO, BSN, RN
Newark, NJ 07104  |  973-555-0153  |  fatoumata.diallo.rn@example.com

EDUCATION
Bachelor of Science in Nursing, Garden State University School of Nursing, May 2025 — GPA 3.5
  Sigma Theta Tau inductee; Student Nurses Association treasurer
NCLEX-RN passed July 2025 — New Jersey RN license issued August 2025
BLS (AHA), ACLS scheduled; NIH Stroke Scale

CLINICAL ROTATIONS (BSN)
- Capstone practicum, 144 hrs, Medical-Surgical / Telemetry, Passaic Valley Medical Center:
  4-5 patient assignment with preceptor, med pass, wound care, discharge teaching, Epic charting
- Critical Care (MICU), Maternal-Newborn, Pediatrics, Behavioral Health, Community Health (home visits)

WORK EXPERIENCE
Certified Nursing Assistant — Ironbound Gardens Rehabilitation & Nursing Center     2020 – present
- Care for 10-14 residents per shift on a subacute rehab unit: ADLs, vitals, I&O, transfers with
  Hoyer lift, fingerstick glucose, post-mortem care
- Report changes in condition to the charge nurse; helped reduce resident falls on my hall
- Orient new CNAs; hospitality committee for resident council
- Worked nights full time during first 2 years of school, then per diem

Home Health Aide — Bright Path Home Care, Irvington, NJ                           2018 – 2020

OTHER
Originally from Guinea (Conakry), in the US since 2016. Languages: French (fluent), Pular and
Susu (native), English (fluent). Volunteer blood-pressure screenings at a mosque health fair.

Seeking a new graduate RN residency in med/surg, telemetry or step-down.
""")

add("e26", "software_engineering", "entry", "Mathematics Teacher", "Jordan Avery Fitzgerald", "Pittsburgh, PA",
    ["Junior Software Engineer", "Associate Software Developer", "Frontend Developer", "Software Engineer I"], ["Pittsburgh", "Remote (US)", "Columbus or Cleveland OH"], True, 70000,
    "career changer (teacher -> dev, bootcamp)", "projects-first", """
Jordan Avery Fitzgerald
Pittsburgh, PA · 412-555-0109 · jordan.fitz.dev@example.com · github.com/jafitz-example

Career changer: high school math teacher (7 years) who finished a full-time software engineering
bootcamp in 2024 and has been shipping small full-stack projects since. Looking for a junior /
associate software engineer role. I'm good at breaking problems down and explaining them.

PROJECTS
GradeFlow (React, TypeScript, Node/Express, PostgreSQL) — live, 40 teacher users
  Gradebook that imports Google Classroom CSVs and flags students falling behind; JWT auth,
  REST API, 85% test coverage with Jest; deployed on Render with GitHub Actions CI.
TransitPing (Python, FastAPI, Redis) — bus arrival alerts from the Port Authority GTFS-realtime feed;
  SMS via Twilio; handles ~2K requests/day.
Open source: 3 merged PRs to an accessibility linting library (docs + a rule fix).

TECHNICAL SKILLS
JavaScript/TypeScript, React, HTML/CSS, Node.js, Python, SQL, Git, Docker basics, REST, Jest,
pytest, AWS (S3, EC2 basics)

TRAINING
Software Engineering Immersive, Three Rivers Code Academy, 16 weeks, 2024 (700+ hrs)
CS50x (Harvard online), 2023

EXPERIENCE
Mathematics Teacher — Allegheny Heights High School                           2017 – 2024
- Algebra II, AP Statistics, Intro to Python elective (which I started in 2021)
- Built spreadsheet + Apps Script tools for the math department's common assessments
- Math department data lead: item analysis of benchmark tests for 900 students

Teaching Assistant (part time) — Three Rivers Code Academy                       2024 – present
- Help 25 students per cohort debug JavaScript and React labs; code reviews

EDUCATION
B.S. Mathematics, Secondary Education, Penn State-area (Keystone Valley University), 2017
""")

add("e27", "skilled_trades", "lead", "Plumbing Foreman", "Salvatore 'Sal' DiNapoli", "Providence, RI",
    ["Plumbing Supervisor", "Master Plumber", "Plumbing Foreman", "Facilities Plumbing Lead"], ["Providence RI", "southeastern Mass", "Warwick / Cranston"], False, 98000,
    "master trade; two jobs (foreman + own side business)", "plain, terse", """
SAL DiNAPOLI — MASTER PLUMBER
Cranston, RI 02920   401-555-0176   sal.dinapoli.plumbing@example.com

Licenses: RI Master Plumber (MP-xxxx, 2014) · MA Journeyman Plumber · RI Pipefitter
Backflow tester (NEWWA) · Medical gas installer ASSE 6010 · OSHA 30

WHAT I DO
25 years in plumbing. Foreman running commercial jobs for a mechanical contractor, plus I own a
small residential service business on weekends. Looking for a plumbing supervisor / master plumber
position with a contractor, hospital or university facilities department.

EXPERIENCE
Plumbing Foreman — Narragansett Mechanical Co., Providence        2015 - present
 - Run plumbing crews of 6-14 (journeymen, apprentices) on hospitals, schools, apartments
 - Jobs to $4.5M plumbing value: domestic water, sanitary/storm, med gas, gas piping
 - Layout from drawings and BIM models, submittals, RFIs, material orders
 - Coordinate with GC superintendents and other trades; inspections with city inspectors
 - Train apprentices for the state exam, 9 passed so far

Owner / Master Plumber — DiNapoli Plumbing & Heating LLC (part time)   2014 - present
 - Residential service and remodels, water heaters, boilers, backflow testing
 - Pull permits, estimate and bill, 1 helper

Journeyman Plumber — Ocean State Plumbing & Heating                 2005 - 2015
Apprentice Plumber — same company                                   2000 - 2005

TRAINING
RI apprenticeship program, 8,000 hrs + classroom
ProPress, PEX, cast iron, copper, CPVC, PVC, steel, grooved
Reading plans, Bluebeam, estimating

Own tools and van. Clean driving record.
""")

add("e28", "finance_accounting", "senior", "Budget Analyst III", "Oluwaseun 'Seun' Adeyemi-Brooks", "Austin, TX",
    ["Senior Financial Analyst", "Senior Budget Analyst", "FP&A Senior Analyst", "Budget Analyst III"], ["Austin, TX or remote", "San Antonio", "Round Rock"], True, 95000,
    "state agency III title; budget = finance", "chronological", """
Oluwaseun "Seun" Adeyemi-Brooks
Austin, TX 78745 · 512-555-0188 · seun.adeyemibrooks@example.com

Budget and financial analyst with 8 years in Texas state government. I build the agency's operating
budget, forecast expenditures and write the numbers behind the Legislative Appropriations Request.
Want a senior financial analyst / FP&A role in public or private sector; Austin or remote.

EXPERIENCE
Budget Analyst III — State Health Services Agency (Texas), Budget Office       2020 – present
• Lead analyst for 3 divisions with $1.3B all-funds budget (GR, federal, other funds).
• Monthly expenditure forecasts and variance reports to the CFO; projections within 1.5%.
• Prepared LAR schedules and exceptional item requests for two legislative sessions.
• Build cost models for new programs (fiscal notes on 40+ bills per session).
• Review and approve budget transfers; reconcile to USAS/CAPPS financials.
• Train and review work of 2 Budget Analyst I/II staff.

Budget Analyst II — Texas Workforce-area Commission (Lone Star Workforce Agency) 2017 – 2020
• Federal grant budgets (WIOA, TANF) and draws; cost allocation plan updates.

Staff Accountant — Hill Country Regional Credit Union                          2015 – 2017
• GL reconciliations, month-end accruals, fixed assets.

EDUCATION
M.B.A. (Finance), Texas State University, 2017
B.B.A. Accounting, University of Texas at San Antonio, 2015

SKILLS
Excel (advanced modeling, Power Pivot), CAPPS Financials (PeopleSoft), Power BI, SQL (basic),
Hyperion Planning (trained), governmental accounting (GASB), grant accounting
Languages: English, Yoruba
""")

add("e29", "data_analysis", "senior", "Planner II", "Kristin Haugen-Morales", "Portland, OR",
    ["Senior GIS Analyst", "GIS Analyst III", "Geospatial Data Analyst", "Senior Data Analyst"], ["Portland, OR", "Vancouver WA", "Salem", "remote"], True, 96000,
    "title sounds like planning/engineering; work is GIS analysis", "pasted from PDF", """
KRISTIN HAUGEN-MORALES
Portland, OR 97214 • 503-555-0121 • kristin.hm.gis@example.com

SUMMARY
GIS and spatial data analyst, 9 years, regional government. My job title
is "Planner II" but I work as the GIS / data analyst for the long-range
planning division: build and maintain spatial datasets, run analyses and
make the maps and dashboards for the regional plan. Looking for a senior
GIS / geospatial data analyst role.

EXPERIENCE
Planner II (GIS & Data), Long-Range Planning Division
Willamette Regional Council of Governments, Portland OR
2019 – present
• Lead GIS analyst for the 2045 Regional Transportation Plan: travel-
shed analysis, equity focus areas, growth allocation by TAZ
• Automate parcel / building permit / census updates in Python (arcpy,
geopandas) and FME; cut quarterly update from 2 weeks to 2 days
• ArcGIS Enterprise admin for the division; publish 60+ web maps and
3 public dashboards (ArcGIS Dashboards, Experience Builder)
• Mentor 2 GIS technicians; review their QA
GIS Analyst
Cascade County Assessor's Office
2016 – 2019
• Parcel fabric maintenance, annexation mapping, sales ratio maps
GIS Technician (temporary)
Tualatin Valley Water District
2015 – 2016
• Field GPS collection (Trimble), asset digitizing

EDUCATION
M.S. Geography (GIS), Portland-area State University, 2015
B.A. Environmental Studies, University of Oregon, 2013
GISP certified (2020)

SKILLS
ArcGIS Pro, ArcGIS Online/Enterprise, QGIS, PostGIS, SQL, Python, R
(sf), FME, Tableau, census/ACS data, network analysis, geocoding
""")

add("e30", "policy_program", "entry", "AmeriCorps VISTA Member", "Isaiah Runningwater", "Albuquerque, NM",
    ["Program Coordinator", "Program Assistant", "Community Programs Associate", "Project Coordinator"], ["Albuquerque", "Santa Fe", "Denver", "remote"], True, 42000,
    "service year, new grad", "education-first", """
Isaiah Runningwater
Albuquerque, NM · 505-555-0104 · isaiah.runningwater@example.com

EDUCATION
B.A. Public Policy & Native American Studies, Four Corners State University, May 2024
  Capstone: Broadband access and tribal school attendance (mixed-methods, presented to state
  Legislative Finance-area committee staff)
  Dean's list 5 semesters; Native American Student Association vice president

SERVICE & EXPERIENCE
AmeriCorps VISTA Member — High Desert Digital Equity Coalition (nonprofit)     Aug 2024 – Aug 2025
- Coordinate a digital-skills program for 11 libraries and chapter houses; track attendance and
  outcomes in Salesforce Nonprofit Cloud; monthly reports to the funder
- Wrote sections of 3 grant proposals (one funded, $180K, state broadband office)
- Recruited and scheduled 25 volunteer tutors; built the volunteer handbook
- Organized 2 community listening sessions with tribal and county officials

Policy Intern — Office of a State Senator, Santa Fe                             Jan – Mar 2024
- Bill tracking, constituent letters, one-page issue briefs on water and broadband bills

Student Program Assistant — FCSU Office of Community Engagement                  2022 – 2024
- Scheduled service-learning placements for 300 students; kept the partner database

Summer Camp Counselor — Navajo-area youth science camp                           2021, 2022

SKILLS
Program coordination, grant writing support, data entry & reporting (Excel, Salesforce, Google
Sheets), survey design (Google Forms, Qualtrics), public speaking, event planning
Languages: English, Diné bizaad (conversational)

Seeking: program coordinator / program assistant at a nonprofit, tribal or state program.
""")
