# Hand-written fictional resumes e09-e16.
from common import add

add("e09", "legal", "executive", "Deputy General Counsel", "Harold J. Whitcombe III", "Hartford, CT",
    ["General Counsel", "Chief Legal Officer", "General Counsel & Corporate Secretary"], ["Hartford, CT", "Boston", "New York metro", "remote/hybrid New England"], True, 260000,
    "deputy -> GC (executive)", "executive profile", """
HAROLD J. WHITCOMBE III
West Hartford, CT · 860-555-0102 · hwhitcombe.law@example.com

EXECUTIVE PROFILE
Corporate attorney with 19 years of practice, currently second lawyer in a 14-person legal department
of a $2.1B specialty insurer. I lead M&A, regulatory and governance work, report to the General
Counsel and attend the board's audit and risk committees. Seeking a General Counsel / Chief Legal
Officer position at a mid-size insurer, financial services or healthcare company.

PROFESSIONAL EXPERIENCE
Deputy General Counsel & Assistant Secretary
Charter Oak Mutual Specialty Group, Hartford, CT                                2016 - present
• Manage 6 attorneys, 3 paralegals and the contracts team; outside counsel budget of $9M.
• Led legal work on 3 acquisitions ($40M-$310M) and a run-off portfolio sale.
• Primary contact for state insurance department exams in CT, NY and MA; two market
  conduct exams closed without fines.
• Rebuilt records retention and privilege policies; launched ethics hotline with Compliance.
• Acting GC for 7 months in 2022 (GC medical leave), including board minutes and 10-K review
  support for the public holding company.

Senior Counsel, Corporate & Regulatory — Charter Oak Mutual                    2012 - 2016

Associate, Corporate Department
Pemberton Ashford & Vail LLP, Boston, MA                                        2006 - 2012
• Insurance M&A, reinsurance agreements, securities filings.

EDUCATION
J.D., cum laude, Boston College Law School, 2006
B.A. Political Science, Trinity College, 2002

ADMISSIONS & AFFILIATIONS
Connecticut, Massachusetts and New York bars · Association of Corporate Counsel (Board, Connecticut
chapter) · Hartford Legal Aid pro bono panel
""")

add("e10", "finance_accounting", "mid", "Associate III", "Kimberly Nguyen", "Charlotte, NC",
    ["Staff Accountant", "Senior Staff Accountant", "General Ledger Accountant", "Accountant II"], ["Charlotte, NC", "Fort Mill / Rock Hill SC", "remote (Eastern time)"], True, 72000,
    "generic bank title; actual work is GL accounting", "chronological", """
KIMBERLY NGUYEN
Charlotte, NC | 704-555-0185 | kim.nguyen.acct@example.com

Accountant with 4 years of general ledger, reconciliation and month-end close work at a large bank's
operations center. My internal title is "Associate III" but the work is staff accounting: journal
entries, balance sheet recs and variance explanations. CPA candidate (passed FAR and AUD).

EXPERIENCE
Associate III - GL Control & Reconciliation
Piedmont National Bank, Finance Operations, Charlotte, NC                 Mar 2022 - present
- Own month-end close for 38 balance sheet accounts (suspense, clearing, accrued expenses);
  post 150+ JEs per month in Oracle GL; close completed by BD4.
- Reconcile intercompany and nostro accounts; aged breaks over 30 days down 62% in 2023.
- Prepare flux analysis and commentary for the controller's monthly review.
- SOX key control owner for 4 reconciliations; no deficiencies in 2 audit cycles.
- Built an Excel/Power Query tool that matches 20K lines of clearing activity in minutes.

Associate II - Accounts Payable, Piedmont National Bank                   Jun 2020 - Mar 2022
- 3-way match, vendor setup, 1099 reporting, accrual of unbilled invoices.

Staff Assistant (part time), Queen City Tax & Bookkeeping              Jan 2019 - May 2020
- QuickBooks bookkeeping for 20 small business clients; payroll entries.

EDUCATION
B.S. Accounting, UNC Charlotte, 2020 (GPA 3.6)
CPA exam: FAR and AUD passed; REG scheduled

SKILLS
Oracle GL, BlackLine, QuickBooks, Excel (pivot, XLOOKUP, Power Query), SOX, GAAP accruals,
Vietnamese (fluent)
""")

add("e11", "logistics_supply_chain", "mid", "Inventory Control Specialist", "Marcus Okoro", "Memphis, TN",
    ["Inventory Control Analyst", "Inventory Specialist", "Inventory Control Lead", "Warehouse Inventory Coordinator"], ["Memphis TN", "Olive Branch MS", "Southaven"], False, 52000,
    "specialist with two jobs (DC + weekend driver)", "pasted from PDF, odd bullets", """
MARCUS OKORO
Memphis, TN 38118 ▪ 901-555-0193 ▪ marcus.okoro@example.com

PROFILE
Inventory control specialist, 5 years in 3PL distribution centers (900K sq ft).
Cycle counts, root cause on variances, WMS adjustments. Also drive weekend
routes part time. Want a full-time inventory analyst / lead role.

EXPERIENCE

Inventory Control Specialist
Mid-South Fulfillment Partners (3PL), Memphis, TN
2021 – Present
 Run daily cycle count program for 42,000 locations; ABC
classification, A items counted monthly
 Research and resolve variances in Manhattan WMS; inventory
accuracy 99.6% (target 99.5%) for 3 straight years
 Train new IC clerks (4) and pickers on scanning rules
 Weekly shrink report to ops manager and client account teams
 Annual wall-to-wall physical inventory: plan teams, reconcile to
client ERP, post adjustments

Delivery Driver (part-time, weekends)
Bluff City Parts Express, Memphis, TN
2022 – Present
 Box truck routes to 25-30 auto parts stores; proof of delivery,
returns, core pickups

Material Handler / Reach Truck Operator
Greenway Logistics DC, Olive Branch, MS
2019 – 2021
 Putaway, replenishment, picking with RF gun; 140% of rate

EDUCATION
Certificate, Supply Chain Management – Southwest Tennessee
Community College, 2022
High School Diploma, 2018

SKILLS
Manhattan WMS ▪ SAP (MM lookups) ▪ Excel (VLOOKUP,
pivots) ▪ RF scanners ▪ reach truck, order picker, sit-down
forklift certified ▪ Class B CDL
""")

add("e12", "software_engineering", "senior", "Software Engineer III", "Anjali Deshmukh-Park", "Seattle, WA",
    ["Senior Software Engineer", "Senior Backend Engineer", "Software Engineer III", "Senior Platform Engineer"], ["Seattle, WA", "Bellevue", "Remote (US)"], True, 175000,
    "roman-numeral tech title = senior", "skills-first", """
ANJALI DESHMUKH-PARK
Seattle, WA · 206-555-0107 · anjali.dp@example.com · github.com/adp-example

SKILLS
Languages: Go, Java, Python, SQL, some TypeScript
Backend: gRPC, REST, Kafka, Redis, PostgreSQL, DynamoDB
Infra: AWS (ECS, Lambda, SQS, RDS), Terraform, Docker, Kubernetes, GitHub Actions
Practices: design reviews, on-call/incident command, load testing, mentoring

EXPERIENCE
Software Engineer III, Payments Platform — Cascadia Commerce Inc.        2021 – present
- Tech lead for a 5-engineer pod that owns the ledger and payouts services (Go, Postgres);
  ~18M transactions/day, 99.99% availability over the past 12 months.
- Designed idempotent payout pipeline on Kafka that removed duplicate-payment incidents
  (previously 3–4 per quarter).
- Cut p99 latency of the balance API from 420ms to 95ms with read replicas and caching.
- Wrote the team's on-call runbooks; incident commander for 2 SEV-1s.
- Mentor two SWE I/II engineers; interviewer (60+ loops).

Software Engineer II — Rainier Health Tech                                2018 – 2021
- Java/Spring services for claims eligibility checks; moved 14 cron jobs to event-driven Lambda.
- Built HL7/FHIR integration with three hospital partners.

Software Engineer I — Rainier Health Tech                                  2016 – 2018
- Internal tools in Python/Django, reporting APIs, test coverage 40% → 78%.

EDUCATION
B.S. Computer Science, University of Washington, 2016

OTHER
Speaker, Seattle Go meetup (2023) · AWS Certified Developer – Associate
""")

add("e13", "it_infrastructure", "entry", "Front Desk Agent", "Carlos Ybarra", "San Antonio, TX",
    ["IT Support Specialist", "Help Desk Technician", "Desktop Support Technician I", "Service Desk Analyst"], ["San Antonio, TX", "New Braunfels", "remote"], True, 40000,
    "career changer (hotel -> help desk)", "skills-first, certs up top", """
Carlos Ybarra
San Antonio, TX 78228 — 210-555-0137 — carlos.ybarra.it@example.com

CERTIFICATIONS
CompTIA A+ (2024) · CompTIA Network+ (2025) · Google IT Support Professional Certificate (2024)

TECHNICAL SKILLS
Windows 10/11 setup and troubleshooting, Active Directory user/password resets (lab), Microsoft 365
admin basics, printers and scanners, TCP/IP, DHCP/DNS, VLANs (Packet Tracer), ticketing (ServiceNow
trial, osTicket), imaging with Clonezilla, basic PowerShell, Linux command line

HOME LAB
Built a home lab with an old Dell server: Windows Server 2022 domain controller, 3 VMs in Hyper-V,
pfSense firewall, group policy for mapped drives and password rules. Documented it on my blog.

EXPERIENCE
Front Desk Agent / Night Auditor — Riverwalk Grand Suites (hotel, 280 rooms)   2020 – present
- Unofficial "IT guy" of the front office: fix key card encoders, PMS login problems,
  receipt printers and the lobby Wi-Fi splash page; log vendor tickets with Opera support.
- Check-in/out 150+ guests per shift, handle complaints, run night audit reports.
- Trained 6 new agents on Opera PMS.

Sales Associate — TechZone Electronics                                          2018 – 2020
- Sold laptops, set up new phones and computers for customers, data transfers.

EDUCATION
IT Support certificate coursework, Alamo Valley College (in progress, 24 credits)
High school diploma, 2018

Languages: English and Spanish (fluent)
Open to night/weekend shifts and on-site support.
""")

add("e14", "data_analysis", "mid", "Research Associate", "Naomi Feldstein", "Philadelphia, PA",
    ["Data Analyst", "Research Data Analyst", "Program Data Analyst", "Evaluation Analyst"], ["Philadelphia", "Philly suburbs", "remote"], True, 70000,
    "title sounds like science; work is data analysis", "chronological", """
Naomi Feldstein
Philadelphia, PA 19146 | (215) 555-0174 | naomi.feldstein@example.com

Research associate at a nonprofit policy research center; in practice I am the data analyst for
our education and workforce studies: cleaning survey and administrative data, building the analysis
files, running the models and making the charts the report uses. Looking for a data analyst role.

EXPERIENCE
Research Associate | Delaware Valley Opportunity Research Center     Aug 2021 - present
- Clean and link state administrative data (UI wage records, college enrollment) for a
  12,000-person job-training evaluation; wrote reproducible R pipelines (tidyverse, targets).
- Regression and propensity-score matching for impact estimates; present results to funders.
- Built Tableau dashboards used by 3 city agencies to track program enrollment monthly.
- Write SQL against our Postgres warehouse; maintain the codebook and data dictionary.
- Manage data-sharing agreements and IRB data security plans with the PI.

Research Assistant | Delaware Valley Opportunity Research Center    Jun 2020 - Aug 2021
- Survey fielding in Qualtrics, weighting, cross-tabs in Stata.

Data Intern | Schuylkill Community Health Network                    Summer 2019
- Cleaned patient outreach data in Excel; built a monthly report.

EDUCATION
M.P.P. (quantitative methods concentration), Keystone Valley University, 2020
B.A. Economics, Temple University, 2018

SKILLS
R, SQL (Postgres), Stata, Python (pandas, basics), Tableau, Excel, Qualtrics, Git
Causal inference, survey weighting, data visualization, writing for non-technical audiences
""")

add("e15", "design_ux", "lead", "Principal Product Designer", "Theo Marchetti", "Brooklyn, NY",
    ["Principal Product Designer", "Design Manager", "Lead Product Designer", "Staff Product Designer"], ["NYC", "Remote (US)"], True, 195000,
    "principal/lead designer, manages 3", "terse, one page", """
Theo Marchetti — Product Design
Brooklyn, NY · 917-555-0126 · theo.marchetti@example.com · portfolio: theo-example.design

Principal designer, 13 yrs. B2B SaaS and fintech. Lead design for a product area; manage 3 designers.

Experience
Principal Product Designer, Ledgerline (B2B finance software) · 2020–now
— Design lead for the Spend Management area (4 squads). Manage 3 product designers, hire, review.
— Redesigned approval flows: time-to-approve −38%, support tickets on approvals −45%.
— Started the Ledgerline design system (Figma + React tokens) with eng; 90% component coverage.
— Run weekly design critique and quarterly research planning with 2 UX researchers.

Senior Product Designer, Parcelwise (logistics marketplace) · 2016–2020
— Shipper onboarding, quoting and tracking for web and iOS; A/B tested checkout (+11% conversion).

Product Designer → Senior, Northwind Media Labs (agency) · 2012–2016
— Responsive sites and apps for publishing and retail clients; art direction on photo shoots.

Skills
Product strategy · interaction design · design systems · prototyping · usability testing ·
workshop facilitation · hiring and mentoring · Figma, FigJam, Framer, Maze, Amplitude, some HTML/CSS

Education
BFA Graphic Design, Pratt Institute, 2012

Talks / writing
"Approvals Are a Conversation", Config NYC meetup 2023
Mentor, ADPList (40+ sessions)

Open to: principal IC or design manager. NYC hybrid or remote.
""")

add("e16", "sales", "executive", "Vice President, Sales", "Gloria Estrada-Whitfield", "Dallas, TX",
    ["VP of Sales", "Chief Revenue Officer", "SVP Sales", "Head of Sales"], ["Dallas-Fort Worth", "Austin, TX or remote", "Houston"], True, 240000,
    "VP -> VP/CRO", "executive summary + achievements", """
GLORIA ESTRADA-WHITFIELD
Dallas, TX | 214-555-0158 | gloria.ew@example.com

SALES EXECUTIVE — B2B SaaS / HEALTHCARE TECHNOLOGY
18 years in sales, the last 8 running sales organizations. Built and scaled teams from $12M to $85M
ARR; comfortable with boards, PE sponsors and long enterprise cycles. Looking for a VP Sales or CRO
seat at a growth-stage company.

EXPERIENCE
Vice President, Sales — Meridian Clinical Software (PE-backed, 600 employees)     2019 – present
■ Lead 62-person sales org: 5 regional directors, 34 AEs, SDR team, sales engineering, enablement.
■ Grew new-logo bookings from $14M to $31M/yr; ARR from $38M to $85M; net retention 114%.
■ Rebuilt comp plans and territories; rep attainment spread tightened (68% of reps at plan, from 41%).
■ Introduced MEDDICC and Clari forecasting; forecast accuracy within 4% for 10 quarters.
■ Partnered with CFO and PE sponsor on 2 add-on acquisitions and cross-sell integration.

Regional Vice President, Central — Meridian Clinical Software                       2016 – 2019
■ 3 managers, 18 AEs; region grew 2.4x; President's Club leader 2017.

Director of Sales, Mid-Market — HealthBridge Analytics                              2012 – 2016
■ Built mid-market team from 0 to 11 reps; $12M bookings by 2015.

Enterprise Account Executive — Lonestar Data Systems                                2007 – 2012
■ 4x President's Club; largest deal $3.2M TCV (hospital system).

EDUCATION
MBA, SMU Cox-area executive program (Mustang Ridge University), 2014
B.B.A. Marketing, Texas Tech University, 2006

BOARDS
Advisory board, Dallas Women in Sales · Mentor, Hispanic Alliance for Career Enhancement
""")
