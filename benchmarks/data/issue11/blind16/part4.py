"""blind16 records q25-q30 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("q25", "nursing", "mid", "Clinical Consultant II", "Hannah Oyelaran", "Milwaukee, WI",
    ["Clinical Informatics Nurse", "Nurse Informaticist", "Clinical Informatics Specialist RN"], ["Milwaukee, WI", "remote"], True, 92000,
    "nurse moving to clinical informatics; 'Consultant' title from another ladder", "chronological", """
HANNAH OYELARAN, MSN, RN, RN-BC (Informatics)
Wauwatosa, WI 53213 | 414-555-0135 | hannah.oyelaran@example.com

RN of 8 years moving from the bedside and a vendor seat into hospital clinical informatics.

CLINICAL CONSULTANT II
MedStream Infusion Systems (smart infusion pumps), Midwest region | 2023 - present
- Registered nurse on the vendor side: build and validate drug libraries (dose limits, concentrations) with hospital pharmacy and nursing for 11 hospitals
- Go-live support and at-the-elbow training for 2,400 nurses; super-user programs
- Pump-EHR interoperability testing: auto-programming and auto-documentation with the hospitals' EHR analysts
- Review pump alert and override data with nursing quality; recommend library changes
- Not sales: no quota; my role is clinical (RN license required for the position)

REGISTERED NURSE - Medical-Surgical / Telemetry
Lakefront Lutheran Hospital, Milwaukee WI | 2018 - 2023
- 32-bed med-surg/tele unit; charge nurse rotation; unit practice council chair 2021-2023
- EHR super-user during the 2020 upgrade; built unit flowsheet favorites with IT

NURSING ASSISTANT
Lakefront Lutheran Hospital | 2016 - 2018 (during BSN)

EDUCATION
MSN, Nursing Informatics - Great Lakes Crossing University, 2025
BSN - Cream City College of Nursing, 2018

LICENSES / CERTIFICATIONS
RN, Wisconsin (multistate compact)
Informatics Nursing Certification (RN-BC), ANCC, 2025
BLS; former ACLS (2019-2023)

SKILLS
Drug library build, workflow analysis, test scripts, go-live support, SQL (beginner), Excel pivot tables, Visio

Want: clinical informatics nurse / nurse informaticist on a hospital informatics team; remote or Milwaukee. $92K floor.
"""),

rec("q26", "allied_health", "executive", "Senior Manager, Rehabilitation Services", "Douglas Ferrante", "Hartford, CT",
    ["Director of Rehabilitation Services", "Director of Therapy Services", "Executive Director, Rehab"], ["Hartford, CT", "New Haven, CT", "Springfield, MA"], False, 150000,
    "chronology written oldest-first", "chronological-ascending", """
DOUGLAS FERRANTE, PT, DPT, MBA
West Hartford, CT 06107 | 860-555-0136 | d.ferrante@example.com

CAREER (listed in the order it happened)

1999 - 2003  Staff Physical Therapist
Connecticut River Medical Center, Hartford
- Inpatient ortho and acute care; joint replacement pathway

2003 - 2008  Senior Physical Therapist, Outpatient Orthopedics
Connecticut River Medical Center
- Caseload plus clinical instructor for 14 DPT students

2008 - 2013  Rehabilitation Supervisor, Outpatient Clinics
Connecticut River Medical Center
- Supervised 22 PTs, PTAs and OTs in 3 clinics; productivity and scheduling

2013 - 2019  Manager, Rehabilitation Services
Nutmeg Health Partners (3-hospital system)
- Managed inpatient and outpatient PT, OT, SLP for the flagship hospital; 68 staff through 4 supervisors
- Opened a pelvic health and a vestibular program

2019 - present  Senior Manager, Rehabilitation Services (system-wide)
Nutmeg Health Partners
- All rehab services across 3 hospitals, 9 outpatient clinics and a home health therapy team: 190 staff, 6 managers
- $24M operating budget; reports to the VP of Ancillary Services
- Cut outpatient cancellations from 19% to 11% with centralized scheduling; grew visits 22%
- Led Epic therapy module go-live; Joint Commission and CARF surveys with no therapy findings
- Recruitment: closed 30 open therapist positions in 2024 with a new-grad residency

EDUCATION
1999  B.S. Physical Therapy - Nutmeg State University
2007  Transitional DPT - Bay State Health Sciences University
2015  MBA - Charter Oak School of Management

LICENSES
Connecticut PT license (since 1999); Massachusetts PT license
Board-certified Orthopaedic Clinical Specialist (OCS), 2005, recertified 2015, 2025

Next step: director of rehabilitation services for a hospital system. $150K floor. Hartford to Springfield.
"""),

rec("q27", "skilled_trades", "lead", "Master Electrician / Foreman", "Luis Carbajal", "San Antonio, TX",
    ["Electrical Superintendent", "Electrical Foreman", "Master Electrician", "Maintenance Electrical Supervisor"], ["San Antonio, TX", "New Braunfels, TX"], False, 93600,
    "cover letter pasted above the resume", "letter-plus-resume", """
Dear Hiring Manager,

I'm writing about your General Foreman / Electrical Superintendent opening. I have been a licensed electrician for 17 years and a Texas Master Electrician since 2019. For the last 5 years I have run crews of 8 to 20 electricians on commercial and light industrial jobs, and I'm ready to run the field side for a contractor that is growing. My resume is below. Thank you for your time.

Luis Carbajal

--------------------------------------------
LUIS CARBAJAL
San Antonio, TX 78228 | 210-555-0137 | luis.carbajal@example.com

MASTER ELECTRICIAN / FOREMAN
Alamo Power & Light Contractors | 2019 - present
- Foreman on jobs up to $6M electrical: distribution warehouses, a charter school, medical office buildings
- Crews of 8-20 (journeymen, apprentices, helpers); daily reports, manpower and material planning
- Read and mark up drawings, coordinate with GC superintendents and other trades, RFIs, change-order backup
- Service and switchgear up to 3,000A at 480V; fire alarm and low-voltage coordination
- Pull permits and walk inspections with the City of San Antonio; 0 failed finals in 2025
- Train apprentices for the state exam: 7 passed journeyman

JOURNEYMAN ELECTRICIAN
Hill Country Electric | 2012 - 2019
- Commercial tenant finish-outs, conduit bending, panel and feeder installs, troubleshooting

APPRENTICE ELECTRICIAN
Hill Country Electric | 2008 - 2012

LICENSES & TRAINING
Texas Master Electrician (TDLR), 2019
Texas Journeyman Electrician, 2012
OSHA 30 Construction; NFPA 70E arc flash; aerial/scissor lift
NCCER Electrical Levels 1-4

EDUCATION
Lanier High School, 2008
San Antonio Technical College - Construction Management courses (2024, 12 credits)

Company truck preferred. $45/hr or salaried equivalent. San Antonio / New Braunfels.
"""),

rec("q28", "software_engineering", "executive", "VP of Engineering", "Rebecca Lindahl", "Seattle, WA",
    ["VP of Engineering", "Head of Engineering", "CTO"], ["Seattle, WA", "remote (US)"], True, 260000,
    "whole resume pasted as pipe tables", "table-layout", """
| REBECCA LINDAHL | Seattle, WA | 206-555-0138 | rebecca.lindahl@example.com |
|---|---|---|---|

| Summary |
|---|
| Engineering executive, 18 years building software, 8 leading managers. Scaled teams from 12 to 140. Looking for VP Engineering / Head of Engineering / CTO at a Series B-D company. Remote or Seattle. Base floor $260K. |

| Years | Title | Company | Scope |
|---|---|---|---|
| 2022 - now | VP of Engineering | Cascadia Freight Tech (Series C, logistics SaaS) | 140 engineers in 16 teams, 9 managers + 3 directors; $31M eng budget; reports to CEO |
| 2018 - 2022 | Director of Engineering | Salmonberry Payments | Payments platform and risk; 5 managers, 48 engineers |
| 2014 - 2018 | Engineering Manager | Salmonberry Payments | Card processing team of 9; on-call program |
| 2011 - 2014 | Senior Software Engineer | Olympic Retail Systems | Java services for store inventory |
| 2008 - 2011 | Software Engineer | Olympic Retail Systems | First job; point-of-sale integrations |

| Results (Cascadia Freight Tech) |
|---|
| Cut deploy lead time from 9 days to under 1 day (trunk-based dev, feature flags, CI on every commit) |
| Moved from a Rails monolith to 24 Go/Kotlin services on Kubernetes without a customer-visible outage |
| Cloud spend down 27% ($4.1M/yr) through rightsizing, reserved capacity, and a FinOps review |
| SOC 2 Type II and ISO 27001 in 14 months with the security team |
| Engineering attrition 21% to 9%; built the career ladder and promotion calibration |
| Board-level reporting: roadmap delivery, reliability (99.95% SLO), hiring plan |

| Education |
|---|
| B.S. Computer Science, Puget Sound Technical University, 2008 |
| Executive program: "Scaling Technology Organizations" (Northwest Business School, 2021) |

| Skills |
|---|
| Org design, hiring, budgeting, platform strategy, reliability, security/compliance, Go, Kotlin, Java, AWS, Kubernetes |
"""),

rec("q29", "education", "entry", "Family Restaurant Helper / Online Tutor", "Mei-Ling Zhou", "Sacramento, CA",
    ["Paraeducator", "Instructional Assistant", "Teacher Aide", "Tutor"], ["Sacramento, CA", "Elk Grove, CA"], False, 37440,
    "family business (parents' restaurant) plus tutoring on a gig app", "chronological", """
MEI-LING ZHOU
Elk Grove, CA 95758 | 916-555-0139 | meiling.zhou@example.com

I want to work in a classroom as an instructional aide / paraeducator while I finish my teaching credential prerequisites. Most of my work has been at my family's restaurant and tutoring students online.

ONLINE TUTOR - StudyBridge tutoring app (independent) | 2023 - present
- 620 sessions with 48 students (grades 3-9): math, reading comprehension, Mandarin for heritage speakers
- 4.9 average rating; 11 students booked me weekly for a full school year
- Plan short lessons from the student's homework and school curriculum; send parent summaries after each session
- Built a set of fraction and ratio practice sheets that the app now lists as "featured"

FAMILY BUSINESS - Golden Lotus Kitchen (my parents' restaurant, 12 staff), Elk Grove | 2016 - present
- Grew up working here: cashier, phones, takeout packing, and since 2021 the weekly schedule and supply orders
- Train new cashiers; translate for my parents with vendors and inspectors
- Built our online menu and the ordering tablet setup

VOLUNTEER READING BUDDY - Laguna Creek Library | 2022 - 2024
- Read with K-2 children on Saturdays

EDUCATION
A.A. Liberal Arts (Elementary Teacher Education pathway) - Cosumnes Valley College, 2025
Now at Sacramento Capitol State University, B.A. Child Development (expected 2028), part-time

CERTIFICATES / TESTS
CBEST passed (2025) - meets the California paraeducator requirement
CPR / First Aid (pediatric), 2025
Live Scan fingerprint clearance, TB test current

LANGUAGES
English, Mandarin (fluent), Cantonese (conversational)

Pay: $18/hr or more; 6+ hours a day, school-year schedule is fine. Sacramento / Elk Grove.
"""),

rec("q30", "logistics_supply_chain", "executive", "Senior Director, Distribution Operations", "Anthony Reyes-Whitman", "Memphis, TN",
    ["VP of Distribution", "VP Supply Chain Operations", "Senior Director of Distribution"], ["Memphis, TN", "Nashville, TN", "Louisville, KY", "Dallas-Fort Worth, TX"], False, 210000,
    "designer-template paste with emoji/icon markers instead of headings", "icon-template", """
👤 ANTHONY REYES-WHITMAN
📍 Memphis, TN  📞 901-555-0140  ✉️ a.reyeswhitman@example.com

🎯 Supply chain executive: 23 years in distribution, last 9 running multi-site networks. Targeting VP Distribution / VP Supply Chain Operations.

💼 Senior Director, Distribution Operations ▸ Bluff City Home Goods ▸ 2021 - present
🔹 5 distribution centers (4.2M sq ft), 2,600 associates, 5 GMs reporting to me; $180M operating budget
🔹 Cost per unit shipped down 17% in 3 years; on-time ship 99.1%
🔹 Led the WMS migration (Manhattan Active) across all 5 DCs with no peak-season disruption
🔹 Opened a 1M sq ft automated fulfillment center (AMRs, sortation) on time and $6M under budget
🔹 Safety: DART rate from 3.8 to 1.9

💼 General Manager, Regional DC ▸ Bluff City Home Goods ▸ 2017 - 2021
🔹 850K sq ft DC, 620 associates, 8 operations managers; 3PL carrier scorecards

💼 Operations Manager → Senior Operations Manager ▸ Delta Crossing Logistics (3PL) ▸ 2009 - 2017
🔹 Outbound and transportation for 3 retail clients; cross-dock program

💼 Shift Supervisor → Inventory Control Supervisor ▸ Delta Crossing Logistics ▸ 2003 - 2009

🎓 MBA, Operations - Mid-South State University, 2012
🎓 B.S. Logistics - River City University, 2003

🏅 APICS CSCP; Lean Six Sigma Black Belt; OSHA 30 General Industry

🛠️ Manhattan WMS, SAP S/4HANA, Blue Yonder labor management, Power BI, Kronos

💵 $210K base floor + bonus/LTI. 🚚 Memphis preferred; will relocate for the right role (Nashville, Louisville, DFW).
"""),
]
