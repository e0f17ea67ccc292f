"""blind20 hand-written records v25-v30."""
from common import rec

RECORDS = [
rec("v25", "customer_support", "lead", "Contact Center Supervisor", "Tamika Ellsworth-Ruiz", "Tampa, FL",
    ["Contact Center Supervisor", "Customer Service Manager", "Member Services Supervisor"], ["Tampa, FL", "Remote"], True, 62000,
    11, "posting-like language",
"""
TAMIKA ELLSWORTH-RUIZ
Tampa, FL | 813-555-0135 | tamika.er@example.com

CONTACT CENTER SUPERVISOR - Gulfstream Health Plan, Tampa, FL | 2022 - present
Position summary: The Contact Center Supervisor is responsible for the day-to-day supervision of a team of Member Services Representatives in a high-volume inbound environment. The incumbent ensures service levels, quality standards and regulatory requirements are met.
Essential duties and responsibilities:
- Supervises, coaches and develops a team of 14-16 representatives, including hiring, scheduling, attendance and performance reviews
- Monitors real-time queue performance and adjusts staffing to meet service level (80/30) and abandonment (<5%) goals
- Conducts call calibrations and quality audits; delivers side-by-side coaching
- Serves as escalation point for complex member complaints and grievances (CMS Medicare Advantage rules)
- Collaborates with Workforce Management, Training and Quality teams
Results: team ranked #1 of 9 in member satisfaction for 6 of the last 8 quarters; attrition 18% vs 41% site average.

SENIOR MEMBER SERVICES REPRESENTATIVE - Gulfstream Health Plan | 2019 - 2022
Responsible for handling escalated calls, mentoring new hires in nesting, and serving as acting supervisor as needed.

CUSTOMER SERVICE REPRESENTATIVE - Sunpass Toll Services (vendor), Tampa, FL | 2016 - 2019
Answers inbound calls regarding accounts, billing and violations in a fast-paced environment.

EDUCATION
A.A., Hillsborough Community College, 2016
Certifications: CCXP coursework; COPC Customer Experience Standard training (2024)

QUALIFICATIONS
Excellent verbal and written communication skills. Ability to multitask in a fast-paced environment. Proficient in Genesys Cloud, NICE inContact, Salesforce Service Cloud, Verint QM and Microsoft Office.

PREFERENCES
Contact center supervisor or customer service manager. Tampa or remote. $62,000.
"""),

rec("v26", "public_safety", "executive", "Director, Environmental Health & Safety", "Curtis Halvorsen-Abara", "Houston, TX",
    ["Vice President EHS", "Director of Environmental Health and Safety", "Head of Safety"], ["Houston, TX", "Baton Rouge, LA"], False, 190000,
    11, "posting-like language",
"""
CURTIS HALVORSEN-ABARA, CSP, CIH
Houston, TX | 713-555-0136 | curtis.ha@example.com

DIRECTOR, ENVIRONMENTAL HEALTH & SAFETY - Bayport Specialty Chemicals, Houston, TX | 2019 - present
Reporting to the Chief Operating Officer, the Director of EHS provides strategic leadership for all environmental, health, safety and process safety programs across 7 manufacturing sites and 1,800 employees.
Key responsibilities:
- Develops and executes the enterprise EHS strategy, policies and multi-year improvement plan
- Leads a team of 5 site EHS managers and 14 EHS professionals; owns a $6.2M department budget
- Ensures compliance with OSHA PSM, EPA RMP, Title V air permits and TCEQ requirements
- Directs incident investigation (root cause, TapRooT) and corrective action tracking
- Serves as primary liaison with regulatory agencies during inspections and enforcement matters
- Reports EHS performance to the executive team and board safety committee
Key results: TRIR from 1.9 to 0.48; zero Tier 1 process safety events since 2021; closed a consent-decree obligation a year early.

SITE EHS MANAGER - Gulf Coast Polymers, Baton Rouge, LA | 2012 - 2019
Responsible for safety, industrial hygiene and environmental compliance for a 450-person plant. Manages 3 specialists.

SAFETY ENGINEER / INDUSTRIAL HYGIENIST - Gulf Coast Polymers | 2007 - 2012
Performs exposure monitoring, PHA facilitation and contractor safety oversight.

EDUCATION
M.S. Industrial Hygiene, University of Texas Health Science Center, 2007
B.S. Chemical Engineering, LSU, 2005

CERTIFICATIONS
Certified Safety Professional (CSP) | Certified Industrial Hygienist (CIH) | OSHA 500 authorized trainer

REQUIRED SKILLS
Strong leadership and influencing skills; ability to drive a culture of safety at all levels; excellent knowledge of federal and state EHS regulations.

PREFERENCES
VP or director of EHS in chemicals/energy. Houston or Baton Rouge. $190,000 base.
"""),

rec("v27", "sales", "senior", "Senior Account Executive", "Brianna Lowenthal", "Denver, CO",
    ["Senior Account Executive", "Enterprise Account Executive", "Strategic Account Executive"], ["Denver, CO", "Remote"], True, 130000,
    11, "posting-like language",
"""
BRIANNA LOWENTHAL
Denver, CO | 720-555-0137 | brianna.lowenthal@example.com

SENIOR ACCOUNT EXECUTIVE - Summitline Field Software, Denver, CO | 2022 - present
About the role: As a Senior Account Executive you will own the full sales cycle for mid-market and enterprise accounts in the Mountain and Central regions, from prospecting to close.
What you will do:
- Own a quota of $1.4M in new ARR; consistently achieve or exceed targets (FY24 118%, FY25 126%)
- Build pipeline through outbound prospecting, events and partner referrals
- Run discovery, value-based demos and mutual action plans with multiple stakeholders
- Negotiate pricing and contract terms with procurement and legal teams
- Forecast accurately in Salesforce; partner with SEs, CSMs and marketing
What you bring:
- 5+ years of quota-carrying B2B SaaS experience
- Experience selling to operations and C-level buyers in construction and field services
- MEDDICC or similar methodology
Highlights: largest new-logo deal in company history ($410K ARR); President's Club 2024 and 2025.

ACCOUNT EXECUTIVE - Trailhead Routing Inc., Boulder, CO | 2019 - 2022
Responsible for SMB new business; 107% average attainment across 3 years.

SALES DEVELOPMENT REPRESENTATIVE - Trailhead Routing Inc. | 2017 - 2019
Generates qualified meetings through cold calls and email sequences; promoted in 18 months.

EDUCATION
B.S. Business Marketing, Colorado State University, 2017

TOOLS
Salesforce, Outreach, Gong, LinkedIn Sales Navigator, ZoomInfo, DocuSign CLM

PREFERENCES
Senior or enterprise AE in vertical SaaS. Denver or remote. $130,000 base with uncapped commission.
"""),

rec("v28", "science_lab", "mid", "Analytical Chemist II", "Wendell Okafor-Lind", "Indianapolis, IN",
    ["Technical Sales Representative", "Field Application Specialist", "Account Manager"], ["Indianapolis, IN", "Remote"], True, 80000,
    12, "preference titles outside field",
"""
WENDELL OKAFOR-LIND
Indianapolis, IN | 317-555-0138 | w.okaforlind@example.com

SUMMARY
Analytical chemist with four years of HPLC and LC-MS method work in a contract lab. I enjoy explaining instruments to customers and would like to move toward technical sales or application support.

EXPERIENCE
Analytical Chemist II - Crossroads Analytical Services (CRO), Indianapolis, IN | 2023 - present
- HPLC/UPLC and LC-MS/MS assay and impurity testing for pharmaceutical clients under GMP
- Method development and validation per ICH Q2; wrote 9 validation protocols and reports
- Instrument owner for 4 Waters systems: troubleshooting, PM coordination with the vendor
- Lead client calls on out-of-specification investigations; trained 3 new chemists
Analytical Chemist I - Crossroads Analytical Services | 2021 - 2023
- Dissolution, Karl Fischer, FTIR; sample login and LIMS entry
Chemistry Lab Intern - Hoosier Agri-Chem, Lafayette, IN | Summer 2020

EDUCATION
B.S. Chemistry (ACS-certified), Purdue University, 2021

SKILLS
HPLC, UPLC, LC-MS/MS, Empower 3, MassLynx, dissolution, GMP documentation, LIMS, method validation, OOS investigations

SALES-RELATED
- Presented our lab's capabilities at two client audits and one trade show booth (Pittcon 2025)
- Completed "Consultative Selling for Scientists" online course (2026)

PREFERENCES
Technical sales representative, field application specialist or account manager for lab instruments or consumables. Indianapolis or remote with travel. $80,000 base.
"""),

rec("v29", "legal", "executive", "General Counsel", "Margarethe Solis-Wainwright", "Philadelphia, PA",
    ["Chief Compliance Officer", "Director of Public Policy", "Head of Government Affairs"], ["Philadelphia, PA", "Washington, DC"], False, 230000,
    12, "preference titles outside field",
"""
MARGARETHE SOLIS-WAINWRIGHT
Philadelphia, PA | 215-555-0139 | m.soliswainwright@example.com

EXPERIENCE
General Counsel and Corporate Secretary - Keystone Regional Health System, Philadelphia, PA | 2018 - present
- Chief legal officer for a 5-hospital system ($2.1B revenue); report to the CEO, attend every board meeting
- Lead a legal department of 7 attorneys, 3 paralegals and the contracts office
- Litigation strategy and outside-counsel management ($4M budget); med-mal, employment, payer disputes
- Led regulatory work on two hospital acquisitions (FTC review, state AG approval)
- Oversaw the compliance officer and privacy office; HIPAA breach response

Deputy General Counsel - Keystone Regional Health System | 2013 - 2018
Senior Associate, Health Care Group - Marchetti Byrne LLP, Philadelphia, PA | 2007 - 2013
Associate - Marchetti Byrne LLP | 2004 - 2007
Law Clerk to the Hon. R. Ferencz, Commonwealth Court of Pennsylvania | 2003 - 2004

EDUCATION
J.D., Temple University Beasley School of Law, 2003 (Law Review)
B.A. Public Policy, Duke University, 2000

BAR ADMISSIONS
Pennsylvania, New Jersey, District of Columbia

AFFILIATIONS
Board, Pennsylvania Health Law Institute; testified twice before the PA Senate Health Committee on certificate-of-need reform

WHAT I AM LOOKING FOR
After 20+ years as a lawyer I want to move out of legal leadership into compliance or health policy leadership - chief compliance officer, director of public policy, or head of government affairs. Philadelphia or Washington, DC. $230,000 minimum.
"""),

rec("v30", "manufacturing", "entry", "CNC Machine Operator", "Dmitri Haskell", "Wichita, KS",
    ["Software Developer", "Junior Python Developer", "Web Developer"], ["Wichita, KS", "Remote"], True, 50000,
    12, "preference titles outside field",
"""
DMITRI HASKELL
Wichita, KS 67213 | 316-555-0140 | dmitri.haskell@example.com

OBJECTIVE
Software developer. I have been teaching myself Python for about a year on nights and weekends and want to work with computers instead of on the shop floor.

EXPERIENCE
CNC Machine Operator - Air Capital Aerostructures, Wichita, KS | Aug 2025 - present
- Load, run and unload 3-axis Haas VF-4 and Mazak mills on 2nd shift, aluminum brackets and ribs
- First-piece and in-process checks with calipers, micrometers and height gauge; record on SPC sheets
- Change worn tools and adjust offsets under the setup machinist's direction
- Keep 5S in the cell; 0 quality escapes in 2026

Machine Operator Trainee - Air Capital Aerostructures | Jun - Aug 2025
- 10-week in-house operator academy: blueprint reading, GD&T basics, safety

Stocker / Cashier - Dillons grocery, Wichita, KS | 2022 - 2025

EDUCATION
High school diploma, Wichita South High School, 2022
Machining Technology coursework (2 semesters), WSU Tech, 2024-2025

SELF-STUDY
- "Automate the Boring Stuff with Python" course (online); wrote a script that converts my SPC sheet photos into a CSV
- Working through an online intro to web development course (HTML/CSS), about half done

SKILLS
Haas and Mazak controls, offsets, calipers/micrometers, blueprint reading, basic Python, Excel

PREFERENCES
Software developer / junior Python developer / web developer. Wichita or remote. $50,000.
"""),
]
