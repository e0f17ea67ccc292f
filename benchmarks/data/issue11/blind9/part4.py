"""Hand-written records i24-i30 (batch blind9)."""
from common import R

R("i24", "human_resources", "executive", "Director of Operations", "Denise Harrow-Okonkwo", "Baltimore, MD",
  ["Director of People & Operations", "HR Director", "Vice President, Human Resources"], ["Baltimore, MD", "Columbia, MD", "Remote (US)"], True, 125000, """
DENISE HARROW-OKONKWO, SHRM-SCP
Baltimore, MD · 410-555-0108 · denise.ho@example.com

SUMMARY
Nonprofit HR and operations executive. As Director of Operations for a workforce-development nonprofit (85 staff, $11M budget) I am the organization's senior HR leader: hiring, benefits, comp, employee relations, policy and compliance, plus facilities and IT vendors. Looking for an HR Director / Director of People role where people work is the whole job.

EXPERIENCE
Director of Operations — Chesapeake Works (nonprofit), Baltimore — 2019–present
Reports to the CEO; member of the 4-person leadership team; supervise the HR Generalist, the Office Manager and the facilities coordinator.
Area\tWhat I own\tResult
Recruiting\tFull-cycle hiring, ~40 hires/yr\tTime to fill 62 → 34 days
Compensation\tPay bands + 2023 equity study\tClosed 9% gender pay gap
Benefits\tBroker, open enrollment, 403(b)\tPremium increase held to 3%
Employee relations\tInvestigations, PIPs, exits\tZero EEOC charges
Policy\tHandbook rewrite, remote-work policy\tAdopted by board 2022
Operations\t2 sites, IT/MSP contract, insurance\tMoved HQ in 2024 on budget

HR Manager — Patapsco Family Services (nonprofit) — 2013–2019
- Led HR for 210 staff across 6 programs; 2 HR staff. ADP Workforce Now implementation; FMLA/ADA administration; union-free.

HR Generalist — Harbor Point Hotel Group — 2008–2013
- Recruiting and onboarding for 3 hotels, I-9 audits, training calendar.

EDUCATION
M.S. Human Resource Management, Old Line University, 2012
B.A. Psychology, Towson Hills College, 2007
SHRM-SCP · Maryland nonprofit management certificate
""", "nonprofit 'Director of Operations' (HR-heavy)", "TSV table of areas")

R("i25", "customer_support", "senior", "Customer Support Manager", "Bethany Lundquist", "Kansas City, MO",
  ["Senior Customer Support Specialist", "Technical Support Specialist II", "Customer Support Team Lead"], ["Kansas City, MO", "Remote (US)"], True, 60000, """
Contact
bethany.lundquist@example.com
816-555-0193
www.linkedin.com/in/bethanylundquist (LinkedIn)

Top Skills
Zendesk
Customer Experience
Knowledge Base Writing

Bethany Lundquist
Senior Customer Support Specialist | SaaS support | Zendesk admin
Kansas City, Missouri, United States

Summary
Support manager stepping back to a senior individual-contributor support role on purpose: I know I'm over-qualified for it, and I want to spend my day solving tickets and writing the knowledge base, not managing schedules. 10 years in SaaS and e-commerce support.

Experience
Prairie Ledger (accounting software for small businesses)
7 years 4 months
Customer Support Manager
March 2022 - October 2026 (4 years 8 months)
Kansas City, Missouri
Managed 9 support specialists (phone, chat, email). CSAT 88% to 94%; first-response time under 2 hours. Zendesk admin: macros, triggers, SLAs.
Senior Support Specialist
July 2019 - March 2022 (2 years 9 months)
Tier 2 escalations (bank feeds, payroll tax forms), wrote 140 help center articles, trained new hires.

Midwest Home Goods
Customer Service Representative
June 2016 - July 2019 (3 years 2 months)
Overland Park, Kansas
Order issues, returns, chargebacks; 60-80 contacts a day.

Page 1 of 2

Education
University of Missouri-Kansas Plains
Bachelor of Arts - BA, English · (2012 - 2016)
""", "over-qualified, applying one level down", "LinkedIn Save-to-PDF text with page footer")

R("i26", "administrative", "mid", "Patient Access Coordinator", "Guadalupe (Lupe) Ochoa", "Fresno, CA",
  ["Patient Access Coordinator", "Medical Office Coordinator", "Front Office Supervisor"], ["Fresno, CA", "Clovis, CA"], False, 44000, """
Guadalupe (Lupe) Ochoa
Fresno, CA 93722 | (559) 555-0144 | lupe.ochoa@example.com
Bilingual English / Spanish

SUMMARY
Front office and patient access coordinator with 4 years in a busy orthopedic practice and 2 in a dental office. Scheduling, registration, insurance verification, referrals and records. Not clinical - I keep the front running so the clinical team can work.

EXPERIENCE
Patient Access Coordinator - Valley Orthopedic & Sports Medicine, Fresno | 2022 - present
- Register and check in 90-120 patients a day for 7 surgeons and 4 PAs; scan IDs and cards; collect copays.
- Insurance eligibility and prior authorizations for MRIs and surgeries (Medi-Cal, Medicare, commercial, workers' comp).
- Referral queue and faxed records; release-of-information requests (HIPAA).
- Train new front-desk hires on NextGen scheduling; cover for the office manager on Fridays.
- Built the Spanish versions of the intake packet.

Front Desk Receptionist - Sierra Smiles Dental, Clovis | 2020 - 2022
- Phones, scheduling in Dentrix, recall lists, payment plans.

Data Entry Clerk (temp) - Central Valley Staffing | 2019 - 2020
- Invoice and claims entry for a produce packer, 9,000+ keystrokes/hour.

EDUCATION
Medical Office Administration Certificate, Fresno Valley Adult School, 2020
Some college, Business (Fresno Valley Community College)

SKILLS
NextGen, Epic (Cadence/Prelude basics), Dentrix, Microsoft 365, 10-key, typing 62 wpm, CPR (non-clinical staff)
""", "'Coordinator' title in a clinic", "plain")

R("i27", "public_safety", "mid", "EHS Specialist", "Travis Oyelaran", "Reno, NV",
  ["EHS Specialist", "Safety Specialist", "EHS Manager"], ["Reno, NV", "Sparks, NV", "Carson City, NV"], False, 72000, """
TRAVIS OYELARAN, ASP
Reno, NV · 775-555-0115 · travis.oyelaran@example.com

EHS Specialist, 4 years in distribution and manufacturing. ASP; OSHA 500 trainer.

EXPERIENCE
EHS Specialist - Sierra Gateway Fulfillment Center (900 associates), Sparks NV - 2023-present
- Incident investigations and root cause; OSHA 300 log and recordkeeping
- Forklift/PIT program and trainer certification; monthly safety audits
- Ergonomics program for pick stations; DART rate down 38%
- Contractor safety: permits for hot work, confined space and roof access
- Peak-season heat illness plan for 300 temps
- Emergency action plan, fire drills, hazmat spill response team
- Lead the 14-member safety committee; monthly metrics to the GM
- Handled an OSHA complaint inspection in 2024: no citations
Safety Coordinator - High Desert Plastics, Reno NV - 2021-2023
- LOTO procedures for 22 molding machines; hearing conservation; SDS database
- New-hire safety orientation (about 30 people a month); workers' comp claim intake
Warehouse Associate / Safety Committee member - Washoe Freight - 2019-2021
- Picked, loaded trailers, drove reach truck; joined the committee and got hooked on safety

EDUCATION / CERTS
B.S. Occupational Safety & Health, Great Basin State University, 2021
ASP (BCSP), OSHA 500, CPR/First Aid instructor, HAZWOPER 40
Working toward CSP (exam 2027)
""", "'Specialist' title; EHS in a warehouse", "very terse")

R("i28", "social_work", "lead", "Program Manager, Youth Transitional Services", "Monique Bellamy-Cruz", "Cleveland, OH",
  ["Program Manager - Youth Services", "Clinical Supervisor", "Program Director"], ["Cleveland, OH", "Lakewood, OH", "Akron, OH"], False, 72000, """
MONIQUE BELLAMY-CRUZ, LISW-S
Cleveland, OH | 216-555-0161 | monique.bc@example.com

SUMMARY
Licensed independent social worker (supervision designation) managing a youth transitional services program for young adults aging out of foster care. I supervise case managers, carry a small caseload, and run the program's contract with the county. 12 years in child welfare and youth services.

EXPERIENCE
Program Manager, Youth Transitional Services - Lakefront Family Alliance, Cleveland | 2020-present
- Supervise 6 case managers and 1 housing specialist (weekly clinical supervision, hiring, evaluations); carry 8 highest-risk youth myself.
- Program serves 110 youth ages 18-23: housing, education and employment plans, life skills, crisis response.
- Manage the $1.4M county contract and HUD Youth Homelessness grant reporting; passed 3 county audits.
- 78% of youth in stable housing at 12 months (up from 61%).

Senior Case Manager / Independent Living Specialist - Lakefront Family Alliance | 2016-2020
- Caseload of 22 older youth in foster care; court reports, transition plans, Chafee funds.

Ongoing Caseworker - Cuyahoga Valley County Children Services | 2013-2016
- Child protective services caseload (in-home and custody), home visits, safety plans, testimony in juvenile court.

EDUCATION & LICENSURE
MSW, Western Reserve State University, 2016
BSW, Ohio Lakes College, 2013
Ohio LISW-S; trained in Motivational Interviewing, TF-CBT, and Casey Life Skills

OTHER
Adjunct field instructor for MSW interns (2 per year)
""", "'Program Manager' in public/nonprofit human services", "plain")

R("i29", "science_lab", "entry", "Undergraduate Research Assistant", "Caleb Whitmore-Ngata", "Gainesville, FL",
  ["Laboratory Technician", "Research Technician I", "QC Chemist I"], ["Gainesville, FL", "Tampa, FL", "Orlando, FL"], False, 42000, """
Caleb Whitmore-Ngata
Gainesville, FL · 352-555-0106 · caleb.wn@example.com
B.S. Biochemistry, Suwannee State University, May 2026 - GPA 3.4

Looking for: entry-level lab tech / research tech / QC chemist.

LAB EXPERIENCE
Undergraduate Research Assistant - Hollis Lab (plant biochemistry), SSU - Jan 2024-May 2026
- Protein purification (Ni-NTA, SEC), SDS-PAGE, Western blots, enzyme kinetics on a plate reader
- Made buffers and media; kept the -80 inventory and chemical log
- Poster at the state undergraduate research symposium, 2025
- Trained 3 new undergrads on the FPLC and lab safety rules
QC Lab Intern - Gulf Coast Nutraceuticals, Tampa - Summer 2025
- HPLC assays for vitamin content under SOPs; GMP documentation; calibrated balances and pH meters
- Ran retain-sample stability pulls; logged OOS results and helped with one lab investigation

CAPSTONE
Senior thesis: thermal stability of a citrus esterase mutant (DSF + activity assays), 30 pages

TECHNIQUES / SOFTWARE
PCR, gel electrophoresis, cell culture (E. coli, yeast), HPLC (Agilent ChemStation), UV-Vis, pipetting accuracy checks, ELN (Benchling), Excel, GraphPad Prism

OTHER
Barista, 2022-2024 (20 hrs/week during school)
Lab safety: chemical hygiene, BSL-1/BSL-2 training, hazardous waste handling
Available immediately; willing to work shifts
""", "new graduate, research + internship", "very terse")

R("i30", "policy_program", "senior", "Policy Analyst III", "Adrienne Fujimoto-Blake", "Sacramento, CA",
  ["Senior Policy Analyst", "Policy Analyst III", "Policy Manager"], ["Sacramento, CA", "Davis, CA", "Remote (US)"], True, 98000, """
ADRIENNE FUJIMOTO-BLAKE
Sacramento, CA 95816 · (916) 555-0177 · adrienne.fb@example.com

PROFILE
Nonpartisan policy analyst, 8 years, covering housing, homelessness and local government finance for the state legislature. I write the analyses that committee members read before they vote: bill analyses, budget proposals, fiscal estimates, and hearing background papers. Comfortable with data (Stata, Excel, some R), but my job is policy, not dashboards.

EXPERIENCE
Policy Analyst III — Office of Legislative Research (nonpartisan), Sacramento — 2022–present
- Lead analyst for the housing and homelessness portfolio: ~60 bill analyses per session and 4 budget reports a year.
- Wrote the office's review of the state's $1B homelessness grant program; 3 of 5 recommendations adopted in trailer bill language.
- Testify at Assembly and Senate budget subcommittee hearings (14 times); brief member and committee staff.
- Review junior analysts' drafts; I don't supervise anyone.
- Field visits to 9 counties' shelter and encampment programs.

Policy Analyst II — Office of Legislative Research — 2019–2022
- Local government finance: property tax allocation, special districts, redevelopment dissolution.
- Built a county-level model of Prop. 13 revenue effects in Excel and Stata.
- Co-authored the annual report on special district reserves; cited in two interim hearings.

Policy Analyst — Sacramento Valley Council of Governments — 2017–2019
- Regional housing needs allocation; staff to two policy committees; grant applications.
- Ran public workshops in 6 cities on the draft housing allocation methodology.

Graduate Policy Fellow — Capitol Fellows Program (State Senate) — 2016–2017
- Placed in a senator's district office: constituent casework and a bill on ADU permitting.

EDUCATION
Master of Public Policy, Golden State School of Public Policy, 2016
B.A. Political Science and Economics, Pacific Coast College, 2014

SKILLS
Bill and budget analysis · fiscal notes · cost-benefit analysis · stakeholder interviews · plain-language writing · testimony · Stata · Excel · R (basic) · ArcGIS (basic)
""", "'Analyst' outside data", "dense")
