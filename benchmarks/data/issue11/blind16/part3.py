"""blind16 records q17-q24 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("q17", "marketing_communications", "mid", "Inside Sales Representative", "Tessa Marchetti", "Providence, RI",
    ["Marketing Specialist", "Marketing Coordinator", "Content Marketing Specialist", "Email Marketing Specialist"], ["Providence, RI", "Boston, MA", "remote"], True, 62000,
    "lateral move into a neighbouring family (sales to marketing)", "chronological", """
TESSA MARCHETTI
Providence, RI 02906 | 401-555-0127 | tessa.marchetti@example.com

Inside sales rep moving across the hall to marketing. For two years I have done half of our marketing team's email and webinar work on top of my quota, and I want to do it full time.

EXPERIENCE
Inside Sales Representative - Narragansett Lab Supply (B2B distributor) | 2022 - present
- 80-100 calls and emails a day to university and biotech lab buyers; 112% of quota in 2024, 104% in 2025
- Built the nurture sequences I used myself in HubSpot, then the marketing team adopted them for all 9 reps: 31% open, 6.2% reply
- Co-ran 8 product webinars (topics, speakers, promo emails, follow-up); 1,900 registrants total
- Wrote 20+ blog posts and 3 customer case studies for the website; one ranks #1 for "benchtop centrifuge guide"
- Cleaned and segmented our 40K-contact database with marketing ops; set up lead scoring rules
- Ran the company LinkedIn page for 6 months while the social media coordinator was on leave (followers +38%)

Sales Development Rep - Ocean State Software | 2021 - 2022
- Outbound prospecting, booked 14 meetings/month average

Marketing Intern - Roger Williams Park Conservancy | Summer 2020
- Event flyers, Instagram posts, donor newsletter layout in Canva

EDUCATION
B.A. Communication, minor Marketing - Bayside University, 2021

SKILLS
HubSpot (Marketing Hub certified), Salesforce, Canva, WordPress, Google Analytics 4, SEMrush basics, Zoom Webinars, copywriting, A/B testing

Want: marketing specialist / coordinator or content role, hybrid in Providence or Boston or remote. $62K floor (I'd take base only, no commission).
"""),

rec("q18", "human_resources", "senior", "Senior HR Business Partner", "Aaliyah Brandt", "Atlanta, GA",
    ["Senior HR Business Partner", "HR Business Partner", "Senior HR Generalist"], ["Atlanta, GA", "Alpharetta, GA", "remote"], True, 118000,
    "profile scraped from a networking site (duration lines, 'See more', skill endorsements)", "profile-scrape", """
Aaliyah Brandt
Senior HR Business Partner at Peachtree Logistics Group | SPHR | Employee Relations | Talent
Atlanta Metropolitan Area - Contact info
aaliyah.brandt@example.com - 404-555-0128
500+ connections

About
HR partner to operations leaders in distribution and transportation. Open to work: Senior HRBP roles. ...see more

Experience
Peachtree Logistics Group
Full-time - 6 yrs 4 mos
  Senior HR Business Partner
  Jan 2023 - Present - 3 yrs 11 mos
  Atlanta, Georgia - Hybrid
  Partner to the VP of Operations for 6 distribution centers (1,900 employees). Workforce planning, ER investigations (60+/yr), performance calibration, retention plans that cut first-90-day turnover from 48% to 31%. Coach 2 HR generalists at the sites. ...see more
  Skills: Employee Relations - Workforce Planning - +5 skills
  HR Business Partner
  Sep 2020 - Dec 2022 - 2 yrs 4 mos
  Led the HR side of 2 DC openings (hiring 400 in 10 weeks). ...see more

Southern Fulfillment Co.
HR Generalist
Jun 2016 - Aug 2020 - 4 yrs 3 mos
Savannah, Georgia
FMLA/ADA leaves, onboarding, handbook updates, unemployment claims, OSHA 300 log with safety. ...see more

Staffing Solutions of Georgia
Recruiter
May 2014 - May 2016 - 2 yrs 1 mo
High-volume warehouse and driver recruiting, 40 hires/month.

Education
Georgia Coastal University
Bachelor of Business Administration - BBA, Human Resources Management
2010 - 2014

Licenses & certifications
SHRM Senior Certified Professional (SHRM-SCP) - Issued Mar 2021
Senior Professional in Human Resources (SPHR) - HRCI - Issued Oct 2022
Certified Workplace Investigator (AWI-CH) - Issued 2023

Skills
Employee Relations - Endorsed by 34 colleagues
Workday HCM - Endorsed by 12 colleagues
Change Management - Endorsed by 9 colleagues

Salary expectation (in Open to Work notes): $118K+. Atlanta hybrid or remote.
"""),

rec("q19", "customer_support", "entry", "Customer Care Agent", "Kevin Nguyen-Ramos", "Jacksonville, FL",
    ["Customer Service Representative", "Customer Support Specialist I", "Call Center Representative"], ["Jacksonville, FL", "remote"], True, 35360,
    "keyword-stuffed for applicant tracking systems (keyword block)", "ats-stuffed", """
KEVIN NGUYEN-RAMOS
Jacksonville, FL 32256 | 904-555-0129 | kevin.nr@example.com

PROFESSIONAL SUMMARY
Customer Service Representative | Customer Support Specialist | Call Center Agent | Client Success | Account Manager | Sales | Retention Specialist | Technical Support | Help Desk | Team Lead | Operations | Data Entry | Administrative Assistant | Bilingual

KEYWORDS
customer service, customer satisfaction, CSAT, NPS, first call resolution, FCR, AHT, CRM, Salesforce, Zendesk, Five9, ticketing, escalation management, de-escalation, empathy, active listening, multitasking, upselling, cross-selling, retention, chargebacks, billing disputes, troubleshooting, technical support, Microsoft Office, typing 55 WPM, team player, leadership, fast learner, detail-oriented, problem solving, time management, remote work, work from home, WFH, KPI, SLA, QA, coaching

EXPERIENCE
Customer Care Agent - FirstCoast Telecom (via TeleStaff contract) | Jan 2026 - present
- Inbound billing and service calls for a cable/internet provider, 55-65 calls a day
- AHT 6:40 against a 7:00 target; QA scores 92% average
- Process payments, payment arrangements and service downgrades; escalate outages to tier 2

Cashier / Front End - Riverside Grocery | 2024 - 2025
- Register, returns, customer complaints at the service desk on weekends

Team Member - Tacos Y Mas | 2023 - 2024 (part-time)

EDUCATION
Florida State College at Jacksonville - General studies, 15 credits (2025)
Sandalwood High School, 2023

Note: "Bilingual" = English and Vietnamese (speaking). The "Team Lead" and "Account Manager" above are jobs I'm interested in, not jobs I've had.

Looking for a permanent customer service rep job, remote or Southside Jacksonville. $17/hr minimum.
"""),

rec("q20", "administrative", "lead", "Director of Operations", "Sheila Durante", "Scranton, PA",
    ["Office Manager", "Operations Manager", "Office Administrator"], ["Scranton, PA", "Wilkes-Barre, PA"], False, 58000,
    "title inflation at a small firm (Director of a 5-person office)", "chronological", """
SHEILA DURANTE
Clarks Summit, PA 18411 | 570-555-0130 | sheila.durante@example.com

DIRECTOR OF OPERATIONS
Keystone Family Insurance Agency, Scranton PA | 2017 - present
(The agency is the owner, one producer, two CSRs and me.)
- Run the office day to day: opening/closing, vendor contracts, phones, IT vendor, supplies, the lease
- Supervise the 2 customer service reps: schedules, time-off, training, their annual reviews
- Accounts payable and receivable in QuickBooks, agency-bill reconciliation with 6 carriers, payroll inputs to the payroll service
- Maintain the agency management system (EZLynx): downloads, reports, user setup
- Coordinate renewals calendar and licensing CE tracking for all staff
- Planned our move to a new office in 2022 with no lost business days
- Title was "Office Manager" until 2020; owner changed it when I took over the books

OFFICE MANAGER
Lackawanna Pediatric Associates | 2010 - 2017
- Front desk team of 3, scheduling, insurance verification, HIPAA binder, patient billing follow-up

ADMINISTRATIVE ASSISTANT
Electric City Title & Abstract | 2005 - 2010
- Typed title reports, scheduled closings, filing, reception

EDUCATION
Associate of Applied Science, Office Administration - Lackawanna Valley College, 2005

CERTIFICATIONS
Pennsylvania Property & Casualty license (non-selling, for service)
Microsoft Office Specialist (Excel), 2019

Looking for an office manager / operations manager job in a bigger office. Honest about scope: the "Director" title covers an office of five. $58K minimum, Scranton/Wilkes-Barre area.
"""),

rec("q21", "public_safety", "lead", "EHS", "Curtis Mabry", "Chattanooga, TN",
    ["EHS Manager", "Safety Manager", "Environmental Health and Safety Manager"], ["Chattanooga, TN", "Dalton, GA", "Cleveland, TN"], False, 98000,
    "acronym-only title", "chronological", """
CURTIS MABRY, CSP
Ooltewah, TN 37363 | 423-555-0131 | curtis.mabry@example.com

EHS
Tri-State Carpet Mills, Dalton GA (2 plants, 780 employees) | 2019 - present
- Run environmental, health and safety for both plants; 2 safety coordinators and 1 environmental technician report to me
- TRIR from 4.1 to 1.6 in five years; 1.2 million hours without a lost-time case (2024-2025)
- Title V air permit, stormwater SWPPP, hazardous waste generator status, Tier II and TRI reporting
- Incident investigations (root cause, 5-Why), JSAs for 140 tasks, LOTO program rewrite with machine-specific procedures
- Lead the joint safety committees; train supervisors on OSHA recordkeeping
- Industrial hygiene sampling (noise, dust, formaldehyde) with outside CIH

Safety Coordinator
Volunteer State Automotive Parts, Cleveland TN | 2014 - 2019
- Safety orientation for 300 new hires a year, forklift training program, PPE and ergonomics assessments
- Worked with workers' comp carrier on return-to-work

Production Supervisor
Volunteer State Automotive Parts | 2010 - 2014
- 2nd-shift molding line, 35 operators

EDUCATION
B.S. Occupational Safety and Health - Cumberland Ridge University, 2013 (evenings)

CERTIFICATIONS
Certified Safety Professional (CSP), BCSP - 2020
Associate Safety Professional (ASP) - 2017
OSHA 510 / 511 / 501 (authorized outreach trainer)
HAZWOPER 40-hour + annual refresher
First Aid/CPR/AED instructor (Red Cross)
DOT hazardous materials shipper training

Looking for EHS manager or safety manager over one or more sites, $98K base minimum. Chattanooga area.
"""),

rec("q22", "social_work", "senior", "BCBA", "Renata Szabo", "Raleigh, NC",
    ["BCBA", "Board Certified Behavior Analyst", "Clinical Behavior Analyst"], ["Raleigh, NC", "Durham, NC", "Cary, NC"], False, 82000,
    "acronym-only title", "chronological", """
RENATA SZABO, M.Ed., BCBA, LBA
Cary, NC 27511 | 919-555-0132 | renata.szabo@example.com

BCBA
Triangle Autism & Family Center, Durham NC | 2021 - present
- Caseload of 12-14 children (ages 2-12) with autism and developmental disabilities in clinic, home and school
- Functional behavior assessments, behavior intervention plans, skill-acquisition programs (VB-MAPP, AFLS)
- Supervise 9 RBTs and 2 BCaBA candidates; monthly supervision documentation for BACB
- Parent training groups; coordinate with school IEP teams and the child's OT/SLP
- Treatment plans and reauthorizations for Medicaid and 4 commercial payers; 98% approval
- Crisis plans for severe behavior (aggression, elopement) with the family and school

Behavior Technician / RBT
Bright Steps ABA, Raleigh NC | 2016 - 2019
- 1:1 direct therapy, data collection, natural environment teaching

Special Education Teacher Assistant
Wake Valley Elementary | 2014 - 2016

EDUCATION
M.Ed. Special Education, concentration in Applied Behavior Analysis - Piedmont State University, 2020
B.A. Psychology - Neuse River College, 2014

CREDENTIALS
Board Certified Behavior Analyst (BCBA), BACB, 2021
Licensed Behavior Analyst (LBA), North Carolina
Safety-Care trainer (de-escalation)
CPR/First Aid

Between 2019 and 2021 I worked part-time as an RBT while finishing my fieldwork hours.

Want: BCBA / clinical behavior analyst, clinic or school-based, Triangle area, $82K+. Not interested in a clinical director role yet.
"""),

rec("q23", "science_lab", "mid", "Research Associate", "Oluwaseun Adeyemi", "Worcester, MA",
    ["Research Associate II", "Analytical Chemist", "QC Chemist II"], ["Worcester, MA", "Boston, MA", "Cambridge, MA"], False, 78000,
    "foreign-trained scientist, credential evaluation and earlier jobs abroad", "chronological", """
OLUWASEUN ADEYEMI
Worcester, MA 01609 | 508-555-0133 | seun.adeyemi@example.com
U.S. permanent resident - no sponsorship needed

SUMMARY
Analytical chemist, 3 years in U.S. biotech plus 4 years in pharmaceutical QC in Lagos. HPLC/UPLC method work is my strongest area.

EXPERIENCE
Research Associate - Blackstone Biologics, Worcester MA | 2023 - present
- Analytical development for monoclonal antibody programs: SEC, CEX and RP-HPLC, CE-SDS, icIEF
- Qualified 4 methods for transfer to the QC lab; wrote protocols and reports
- Run Empower 3 sequences, review peers' data, maintain 6 Waters systems
- Stability study sample pulls and trending for 2 IND-enabling programs

Quality Control Analyst - Eko Pharmaceuticals Ltd., Lagos, Nigeria | 2018 - 2022
- Release testing of tablets and suspensions (assay, dissolution, related substances) under WHO GMP
- OOS investigations; trained 4 junior analysts; passed 2 NAFDAC inspections
- Calibration of HPLC, UV-Vis, KF titrators

Graduate Teaching Assistant - Ogun Valley University, Dept. of Chemistry | 2016 - 2018

EDUCATION
M.S. Chemistry - Ogun Valley University, 2018 (WES evaluation: equivalent to a U.S. Master of Science)
B.S. Industrial Chemistry - Ogun Valley University, 2015 (WES: U.S. bachelor's equivalent)
Graduate certificate, Regulatory Affairs - Bay Colony University, 2024

SKILLS
HPLC/UPLC, CE, icIEF, dissolution, KF, UV-Vis, FTIR; Empower 3, LabWare LIMS, JMP; GMP/GDP, ICH Q2 validation

Looking for Research Associate II / analytical or QC chemist roles in the Worcester-Boston corridor, $78K+.
"""),

rec("q24", "policy_program", "senior", "Senior Associate Attorney", "Jonathan Weiss-Carver", "Sacramento, CA",
    ["Compliance Program Manager", "Senior Compliance Analyst", "Health Program Policy Specialist"], ["Sacramento, CA", "remote (California)"], True, 120000,
    "leaving a regulated profession (law) for an adjacent one (compliance)", "chronological", """
JONATHAN WEISS-CARVER
Sacramento, CA 95816 | 916-555-0134 | jwc@example.com

Attorney for 9 years in health-care regulatory work, moving out of law practice into compliance and program operations for public health-care programs. I want to build and run compliance programs, not bill hours.

EXPERIENCE
Senior Associate Attorney - Halverson Tate LLP (health-care regulatory group), Sacramento | 2020 - present
- Advise Medi-Cal managed care plans and FQHCs on DHCS contract requirements, APLs, and state audits
- Drafted compliance plans, policies and training for 5 clients; ran mock audits on grievance/appeals and provider network adequacy
- Led corrective action plan responses after 3 DHCS medical audits; all closed without sanctions
- Wrote comment letters on proposed state regulations; tracked legislation for a trade association

Associate Attorney - Halverson Tate LLP | 2017 - 2020
- HIPAA breach analysis, Stark/Anti-Kickback questions, contract review

Legal Fellow - California Rural Health Policy Institute | 2016 - 2017
- Policy memos on rural hospital closures and telehealth reimbursement

EDUCATION
J.D. - Capitol City School of Law, 2016
B.A. Public Policy - Golden Bear State University, 2012

LICENSES / CERTIFICATIONS
State Bar of California (active; will move to inactive status after this transition)
Certified in Healthcare Compliance (CHC), 2025
Certified Information Privacy Professional/US (CIPP/US), 2022

Targets: compliance program manager / senior compliance analyst at a health plan, county health program or state department. Sacramento or remote within California. $120K floor.
"""),
]
