"""blind13 part 2: m09-m16 (hand-written)."""
from common import rec

RECORDS = [
rec("m09", "allied_health", "mid", "Credentialed Veterinary Technician", "Brianna Castellanos", "Boise, ID",
    ["Veterinary Technician", "Surgical / Anesthesia Vet Tech", "Emergency Veterinary Technician"],
    ["Boise / Meridian / Eagle", "Treasure Valley, 30 min drive"], False, 49920,
    "\"Technician\" in animal health; hourly floor", "plain text, skills first",
    """
BRIANNA CASTELLANOS, CVT
Meridian, ID 83646 | 208-555-0124 | bri.castellanos.cvt@example.com

SKILLS
Anesthesia induction & monitoring · dental prophylaxis & radiographs · IV catheters · in-house lab (CBC, chem, UA, cytology) · ImproMed / Cornerstone · controlled drug log · restraint & Fear Free handling

SUMMARY
Credentialed veterinary technician (Idaho CVT, VTNE passed 2022). 4 years in small-animal general and surgical practice, before that 2 years as a kennel assistant. Looking for a surgery or ER tech spot in the Treasure Valley. $24/hour minimum, prefer 4x10 schedule.

EXPERIENCE
Credentialed Veterinary Technician
Ten Mile Creek Animal Hospital, Meridian, ID | Jan 2022 - present
- Anesthesia tech for 12-18 procedures/day (spays/neuters, masses, TPLO with visiting surgeon)
- Dental cleanings, full-mouth rads, charting for the DVM
- Run in-house lab and send-outs to IDEXX; blood smears and ear cytology
- Train new assistants on restraint, sanitation and the controlled-substance log
- Client discharge calls and post-op instructions

Veterinary Assistant
Ten Mile Creek Animal Hospital | Jun 2020 - Dec 2021
- Restraint, exam room setup, radiograph positioning, pharmacy fills

Kennel Assistant
Boise Bench Pet Resort | 2018 - 2020
- Feeding, medication of boarders, cleaning; bathing and basic grooming

EDUCATION
A.A.S. Veterinary Technology, College of Western Idaho, 2021 (AVMA-accredited)

LICENSE / CERTS
Idaho Certified Veterinary Technician #CVT-2022-0418
Fear Free Certified Professional (Level 2)
RECOVER CPR - BLS rescuer

OTHER
Bilingual English/Spanish. Own dog: 3-legged pit mix named Taco.
"""),

rec("m10", "social_work", "entry", "Benefits Specialist II", "Marisa Delacroix-Owusu", "Springfield, MA",
    ["Case Manager", "Family Support Worker", "Care Coordinator"],
    ["Springfield / Holyoke / Chicopee", "Western Mass - Pioneer Valley", "no relocation"], False, 46000,
    "\"Benefits Specialist\" = public assistance eligibility; career move to case management", "plain Word",
    """
MARISA DELACROIX-OWUSU
Springfield, MA 01109 (Forest Park)  |  (413) 555-0138  |  marisa.do@example.com

OBJECTIVE
Finishing my BSW (May 2027, evening program). I want to move from eligibility work into direct case management with families - DCF-contracted agencies, community health centers, or housing programs in the Pioneer Valley. I know I would start as a Case Manager I; that is fine.

EXPERIENCE
Benefits Specialist II - Massachusetts Department of Transitional Assistance, Springfield TAO - 2022 to present
- Carry a caseload of ~420 SNAP and TAFDC households: interviews, verifications, recertifications
- Screen for domestic violence and refer to the DV specialist; connect clients to WIC, fuel assistance, MassHealth
- Work in BEACON; 98% timeliness on expedited SNAP
- Spanish-language interviews (about 40% of my caseload)

Benefits Specialist I - same office - 2021 to 2022

Member Services Representative - Hampden Health Plan call center, Springfield - 2018 to 2021
- MassHealth member calls, PCP changes, transportation requests

Youth Program Aide (summer) - Springfield YMCA - 2016 to 2018

EDUCATION
B.S.W. (in progress, expected 05/2027), Westfield State University - field placement: Gándara Center family stabilization team (16 hrs/week)
A.A. Human Services, Holyoke Community College, 2018

TRAININGS
Motivational Interviewing (basic), Mental Health First Aid, Mandated Reporter (51A), Trauma-Informed Care

LANGUAGES
English, Spanish (fluent), French (conversational)

Salary: I currently make $51k at DTA; I can accept $46,000 to move into case work.
"""),

rec("m11", "marketing_communications", "senior", "Senior Technical Writer", "Anand Kulkarni-Shaw", "Raleigh, NC",
    ["Senior Technical Writer", "Documentation Lead", "Content Designer (developer docs)"],
    ["remote (US, Eastern time preferred)", "Research Triangle (Raleigh/Durham/RTP)"], True, 115000,
    "\"Technical Writer\" in a software company: content writing, not engineering", "plain text, tools line",
    """
ANAND KULKARNI-SHAW
Raleigh, NC · (919) 555-0151 · anand.ks.docs@example.com · portfolio: anandwrites.example.com

Senior technical writer, 9 years. I write developer and admin documentation for cloud and networking products: API references, install guides, release notes, in-product help. I work docs-as-code (Markdown/AsciiDoc, Git, CI previews). Looking for a senior writer or documentation lead job, remote on Eastern time. Not interested in software engineering roles.

EXPERIENCE
Senior Technical Writer — Tarheel Networks (SD-WAN software), Morrisville, NC — 2021–present
• Own docs for the orchestrator and REST API (OpenAPI 3 → Redocly); 380 pages, 2 product lines
• Rewrote the getting-started flow; support tickets tagged "install" down 31%
• Ran the move from DITA/Oxygen to docs-as-code (Antora, GitHub Actions); review time from 9 days to 3
• Style guide owner; review 2 junior writers' work (no direct reports)
• Work with PMs and engineers in sprint planning; publish release notes every 2 weeks

Technical Writer II — Old Well Software (healthcare SaaS), Durham, NC — 2018–2021
• Admin and user guides, video walk-throughs (Camtasia), knowledge base for support

Technical Writer — Contract (Kforce) at a telecom equipment maker, RTP — 2017–2018

Copy Editor — The Triangle Business Weekly — 2015–2017

EDUCATION
B.A. English (minor Computer Science), NC State University, 2015
Certificate in Technical Communication, NC State, 2017

TOOLS
Markdown, AsciiDoc, DITA, Oxygen XML, Git/GitHub, Antora, Docusaurus, Redocly, Postman, Swagger, Jira, Confluence, Snagit, Camtasia, Figma (reading specs), basic Python and Bash for testing examples

Member, Society for Technical Communication. Salary $115K base minimum.
"""),

rec("m12", "construction", "senior", "Project Scheduler", "Teodoro \"Teddy\" Abernathy", "Tampa, FL",
    ["Senior Project Scheduler", "Project Controls Scheduler (P6)", "Planning & Scheduling Lead"],
    ["Tampa Bay (Tampa, St. Pete, Brandon)", "Orlando ok", "remote or hybrid, Eastern time"], True, 110000,
    "\"Scheduler\" = CPM construction scheduler, not an office scheduler", "right-aligned dates glued to titles",
    """
TEODORO ABERNATHY, PSP
Brandon, FL 33511 | (813) 555-0166 | teddy.abernathy@example.com

PROFILE
Construction planner/scheduler, 10 years on heavy civil, airport and healthcare projects ($40M–$1.1B). Primavera P6 expert: baseline, updates, TIAs, recovery schedules and delay claims. Want senior scheduler / project controls work in Tampa Bay, hybrid or remote (Eastern time). Not interested in medical or office scheduling jobs recruiters keep sending.

EXPERIENCE
Project SchedulerGulfline Constructors (heavy civil GC), Tampa FL2020 – Present
• Baseline and monthly updates for the $640M I-275 interchange design-build (14,000 activities)
• Time impact analyses for 22 change events; recovered 96 calendar days in negotiation with FDOT
• Resource and cost loading; earned value reports for the project controls manager
• 3-week lookaheads with superintendents; pull-planning sessions with subs

Planning EngineerSunstate Aviation Builders, Orlando FL2017 – 2020
• Airside paving and terminal expansion at MCO; phasing plans with airport operations

Assistant Project Engineer / Field EngineerBayshore Construction Co., Tampa FL2014 – 2017
• RFIs, submittals, as-builts; kept the superintendent's short-interval schedule

EDUCATION
B.S. Construction Management, University of Florida, 2014

CERTIFICATIONS & SOFTWARE
AACE Planning & Scheduling Professional (PSP) • Primavera P6 EPPM • MS Project • Acumen Fuse • Power BI • Procore • Bluebeam
OSHA 30 • FDOT Advanced MOT

Desired: $110,000+ base, 3 days remote.
"""),

rec("m13", "design_ux", "entry", "Freelance Graphic Designer (returning)", "Colleen Marchetti-Boyd", "Naperville, IL",
    ["Junior UX/UI Designer", "Associate Product Designer", "Visual Designer"],
    ["Chicago western suburbs (Naperville, Aurora, Downers Grove)", "remote, Central time", "Chicago Loop hybrid 2 days ok"], True, 60000,
    "returner after 13-year gap; career changer print to UX", "functional, projects first",
    """
COLLEEN MARCHETTI-BOYD
Naperville, IL 60540 · (630) 555-0171 · colleen.mb@example.com · Portfolio: colleenmb.example.com

ABOUT ME
Graphic designer returning to work after 13 years raising three kids. Before that I spent 6 years designing packaging and print ads. In 2025-26 I completed a UX design certificate and rebuilt my skills in Figma. I am looking for a junior UX/UI or associate product designer job - I know the field changed and I am happy to start at the beginning. Remote on Central time or hybrid in the western suburbs.

UX PROJECTS (2025-2026)
Library Hold App (capstone) - research with 8 patrons, journey map, wireframes, clickable Figma prototype, 2 rounds of usability testing; task success from 5/8 to 8/8
Park District Registration Redesign (volunteer) - audit of the Naperville-area park district sign-up flow, new information architecture and mobile screens; handed off to their web vendor
Food Pantry Volunteer Scheduler - design system (typography, color tokens, components) and responsive web screens

DESIGN EXPERIENCE
2006-2012  Graphic Designer, Prairie Packaging Group, Elk Grove Village, IL - cereal and snack boxes, dielines, press checks
2004-2006  Production Artist, Westmont Advertising, Oak Brook, IL - newspaper and magazine ads

2012-2025  Career break (family). PTA newsletter and school fundraiser posters; freelance wedding invitations (~10/year)

EDUCATION
Google UX Design Professional Certificate, 2025
UX Design Certificate, DePaul University Continuing Education, 2026
B.F.A. Graphic Design, Northern Illinois University, 2004

TOOLS
Figma (auto layout, variants, prototyping), FigJam, Maze, Adobe Illustrator, Photoshop, InDesign, basic HTML/CSS, WCAG 2.2 basics

Salary: $60,000 and up.
"""),

rec("m14", "logistics_supply_chain", "mid", "Unit Supply Specialist (92Y), Sergeant", "Marcus D. Whitfield", "Killeen, TX",
    ["Inventory Control Specialist", "Materials Coordinator", "Supply Chain Specialist"],
    ["Central Texas (Killeen, Temple, Round Rock)", "Austin north side (within 60 min)"], False, 52000,
    "military-to-civilian, MOS titles", "federal/military style",
    """
MARCUS D. WHITFIELD
Harker Heights, TX 76548 | (254) 555-0109 | marcus.whitfield@example.com
Separating from the U.S. Army 02/2027 (ETS). Secret clearance (active). SkillBridge approved from 11/2026.

SUMMARY
Sergeant (E-5), 92Y Unit Supply Specialist with 6 years of property accountability. Want an inventory control or materials coordinator job in Central Texas (warehouse, distribution, manufacturing or hospital supply).

MILITARY EXPERIENCE
Unit Supply Sergeant (92Y20), E-5 - HHC, 1st Cavalry Division Sustainment Brigade, Fort Cavazos, TX - 06/2023 - present
- Accountable for $14.2M of equipment (2,900 line items) in GCSS-Army; 100% accountability through 2 change-of-command inventories
- Request, receive, store and issue Class II, IV and IX; manage the unit's supply room and arms room paperwork
- Process lateral transfers, turn-ins (DRMO/DLA Disposition), FLIPLs for lost items
- Supervise 1 specialist (92Y10)

Unit Supply Specialist (92Y10), E-3/E-4 - 2nd Battalion, 12th Field Artillery, Joint Base Lewis-McChord, WA - 01/2021 - 05/2023
- Hand receipts and sub-hand receipts for 6 platoons; cyclic inventories monthly
- Forklift (10K RTCH) licensed; loaded rail and containers for a National Training Center rotation

CIVILIAN TRANSLATION
Property accountability = inventory control; Class IX = repair parts; hand receipt = asset custody record; FLIPL = loss investigation / inventory adjustment

EDUCATION & TRAINING
Basic Leader Course (BLC), 2023 (Advanced Leader Course not yet scheduled)
92Y Advanced Individual Training, Fort Lee, VA, 2021
Central Texas College - 24 credits toward A.A.S. Logistics Management
Forklift certification (military and civilian, OSHA 1910.178)

AWARDS
Army Commendation Medal (2), Army Achievement Medal

Salary: $52,000 minimum (plus I keep VA disability separately).
"""),

rec("m15", "finance_accounting", "mid", "Accountant (contract)", "Oksana Hrytsenko", "Sacramento, CA",
    ["Staff Accountant", "Accountant II", "General Ledger Accountant"],
    ["Sacramento (Rancho Cordova, Roseville, Folsom)", "hybrid ok, Pacific time"], False, 68000,
    "non-native English; 'Chief Accountant' abroad, next job staff accountant; European dates", "European date formats",
    """
Oksana Hrytsenko
Rancho Cordova, CA 95670
phone (916) 555-0184   e-mail oksana.hrytsenko@example.com
Work authorization: yes (U4U parole, EAD valid until 2028)

ABOUT
I am accountant with 14 years experience in Ukraine, last 7 years as chief accountant of the food distribution company. Since 2023 I live in Sacramento and work as contract accountant. I passed CPA exam parts FAR and AUD (2025-2026). I search for full-time staff accountant position, I understand US GAAP is different from Ukrainian standards and I am ready start from staff level.

WORK EXPERIENCE
01.03.2024 – now        Accountant (contract through Robert Half), Sierra Valley Growers Cooperative, Sacramento
- month-end close: accruals, prepaid, fixed assets, bank reconciliations (6 accounts)
- AP 3-way match in NetSuite, 1099 preparation
- help the controller with audit PBC list

15.09.2023 – 29.02.2024 Bookkeeper (part-time), Kyiv Bakery & Deli LLC, Sacramento
- QuickBooks Online, sales tax returns CDTFA, payroll with Gusto

01.02.2016 – 28.02.2022 Chief Accountant, TOV "Dnipro Food Distribution", Dnipro, Ukraine
- lead of accounting department (5 persons), full accounting according to Ukrainian NAS and IFRS for the bank
- tax declarations VAT and profit tax, reports to statistics
- implementation of BAS (1C) ERP

01.07.2010 – 31.01.2016 Accountant, PJSC "Prydniprovsky Bank", Dnipro
- reconciliations, interbank accounts, reporting to National Bank of Ukraine

01.03.2022 – 30.08.2023 — left Ukraine because of war, living in Poland (volunteer at refugee center, accounting for the center)

EDUCATION
Master in Accounting and Audit, Dnipro National University, 2010 (evaluated by WES as U.S. Master's equivalent)
CPA exam: FAR passed 11.2025, AUD passed 04.2026; REG and BAR in progress

SKILLS
NetSuite, QuickBooks Online, 1C/BAS, Excel (VLOOKUP, pivot, XLOOKUP), US GAAP basic, IFRS
Languages: Ukrainian, Russian native, English B2 (intermediate upper), Polish basic

Expected salary: from 68 000 USD per year
"""),

rec("m16", "software_engineering", "entry", "(none listed)", "Tobiah Nwankwo-Reilly", "Kansas City, MO",
    ["Junior Software Engineer", "Backend Developer (entry level)", "Associate Software Developer"],
    ["Kansas City metro (MO or KS side)", "remote US, Central or Mountain time"], True, 65000,
    "skills section and project list only; no jobs, no dates", "skills + projects only",
    """
TOBIAH NWANKWO-REILLY
Kansas City, MO · 816-555-0192 · tobiah.nr@example.com · github.com/tobiah-nr · tobiah.example.com

TECHNICAL SKILLS
Languages: Python, TypeScript, JavaScript, SQL, Go (learning), Bash
Backend: FastAPI, Django, Node/Express, REST, GraphQL basics, JWT/OAuth2
Frontend: React, Next.js, Tailwind
Data: PostgreSQL, SQLite, Redis, Prisma, SQLAlchemy
DevOps: Docker, GitHub Actions, Fly.io, AWS (EC2, S3, Lambda), Terraform basics, Linux
Testing: pytest, Jest, Playwright
Practices: Git flow, code review, TDD, 12-factor apps

PROJECTS
RideShareKC - carpool matching for shift workers (team of 3, I owned the backend)
 FastAPI + PostgreSQL/PostGIS, geospatial matching under 150 ms for 20k seeded users; CI with GitHub Actions; deployed on Fly.io
Ledgerly - personal budgeting PWA
 Next.js + Prisma; Plaid sandbox integration; 92% test coverage with Jest and Playwright; 140 GitHub stars
open-source: contributor to a Python HTTP client library (3 merged PRs: retry backoff bug, type hints, docs)
BBQ Finder CLI - Go command-line tool hitting the Yelp API, cached in SQLite; learning project for Go concurrency
Hackathon - 2nd place, KC Civic Hack 2026: 311 pothole report map (React, Leaflet, city open data API)

EDUCATION & TRAINING
LaunchCode KC - full-stack program (Python/JS) - completed
Harvard CS50x (online) - certificate
B.A. Music, University of Missouri-Kansas City (Conservatory)

ALSO
I have worked hourly jobs (restaurant, piano teaching) while studying - happy to talk about them.
Looking for my first developer job: remote (Central or Mountain time) or anywhere in KC metro. $65k+.
"""),
]
