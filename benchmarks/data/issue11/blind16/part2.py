"""blind16 records q09-q16 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("q09", "legal", "mid", "Associate", "Nathaniel Greer", "Richmond, VA",
    ["Associate Attorney", "Litigation Associate", "Associate"], ["Richmond, VA", "Charlottesville, VA"], False, 110000,
    "bare 'Associate' title read in the law-firm ladder", "chronological", """
NATHANIEL GREER
Richmond, VA 23220 | 804-555-0119 | ngreer@example.com

EXPERIENCE

Associate
Calloway Pruitt & Vance PLLC, Richmond, VA | Sept 2023 - present
(5-lawyer firm; insurance defense and commercial litigation)
- Carry a docket of 35-40 files: auto, premises liability, construction defect, contract disputes
- Draft complaints, answers, demurrers, pleas in bar, motions for summary judgment and briefs in Virginia circuit courts and the E.D. Va.
- Take and defend depositions (28 to date); prepare experts and corporate designees
- First-chair 4 bench trials in General District Court; second-chair 2 jury trials in Circuit Court
- Write coverage opinion letters for 3 carriers; report to adjusters every 60 days
- Supervise one paralegal's discovery work on my files

Law Clerk
Hon. Marian T. Osei, Circuit Court for the City of Richmond | Aug 2022 - Aug 2023
- Bench memos on motions and pleas; drafted orders and letter opinions; civil and criminal dockets

Summer Associate
Dunmore Whitfield LLP, Norfolk, VA | Summer 2021

EDUCATION
J.D., Old Dominion Valley School of Law, 2022 - cum laude
- Law Review, Articles Editor; Moot Court Board
B.A. History, James River College, 2019

BAR ADMISSIONS
Virginia State Bar (2022); U.S. District Court, Eastern District of Virginia (2023)

SKILLS
Westlaw, Lexis, Clio, CaseMap, Relativity review; Spanish (reading)

Looking for: associate position in litigation (defense or plaintiff), Richmond or Charlottesville, $110K+. No document-review contract roles.
"""),

rec("q10", "finance_accounting", "senior", "Associate, Leveraged Finance", "Michelle Tran", "Charlotte, NC",
    ["Senior Financial Analyst", "FP&A Manager", "Corporate Development Associate"], ["Charlotte, NC", "Raleigh, NC", "remote"], True, 140000,
    "bank 'Associate' title (another ladder's word), exit from banking", "chronological", """
MICHELLE TRAN
Charlotte, NC | 704-555-0120 | michelle.tran@example.com | linkedin.com/in/example

Investment banking associate leaving the bank for corporate FP&A. Want a senior analyst / FP&A manager seat with real ownership of a forecast and normal hours.

PIEDMONT NATIONAL BANK - Corporate & Investment Banking, Charlotte, NC
Associate, Leveraged Finance (Jul 2023 - present)
- Build and run LBO and debt-capacity models for sponsor-backed deals ($150M-$1.2B); 11 closed financings
- Own credit memos for underwriting committee: covenants, downside cases, liquidity analysis
- Manage 2 analysts on model builds and data room work; review every page before it leaves the team
- Lead company diligence calls with CFOs and controllers on quality of earnings and working capital

Analyst, Leveraged Finance (Jul 2021 - Jun 2023)
- Comparable company and precedent transaction analysis; pitch books; monthly portfolio monitoring for 40 credits

Summer Analyst, Commercial Banking (Summer 2020)

EDUCATION
B.S. Business Administration, Finance concentration, minor in Accounting
Queen City University, 2021 - GPA 3.8

CERTIFICATIONS
CFA Level II candidate (Level I passed 2023)
FINRA SIE, Series 79 and 63 (held through the bank; will lapse on departure)
Wall Street Prep: Financial Modeling certificate

SKILLS
Excel (advanced modeling, VBA macros), PowerPoint, Capital IQ, FactSet, Bloomberg
Some Power BI and SQL (self-taught, used for portfolio monitoring dashboards)
Accounting: 3-statement builds, GAAP reconciliations, EBITDA add-back review

Comp: current base $150K + bonus; floor for the move is $140K base. Charlotte, Raleigh or remote.
"""),

rec("q11", "logistics_supply_chain", "entry", "Delivery Partner (self-employed)", "Dwayne Pickett", "Indianapolis, IN",
    ["Delivery Driver", "Route Driver", "Warehouse Associate"], ["Indianapolis, IN", "Plainfield, IN", "Greenwood, IN"], False, 41600,
    "gig delivery/rideshare as the bulk of history", "chronological", """
DWAYNE PICKETT
Indianapolis, IN 46218 | 317-555-0121 | dwayne.pickett@example.com

Driving for apps 4 years. Want a W-2 job with a set route or in a warehouse: steady hours, insurance, $20/hr.

DELIVERY PARTNER / DRIVER - self-employed on app platforms | 2022 - present
- ParcelDash Flex: 4-hour package blocks out of the Plainfield delivery station, 120-180 stops per block; scan, photo proof, apartment lockers
- DashBite and GrubRun: food delivery evenings; 6,800+ deliveries, 98% completion, top-rated
- RideNow rideshare (2022 - 2023): 2,300 trips, 4.93 rating; quit when my car insurance went up
- Plan my own routes with 2 apps at once to avoid dead miles; track mileage and expenses for taxes
- Never a damaged-package claim; 1 late block in 2 years (snowstorm)

SEASONAL WAREHOUSE ASSOCIATE - Hoosier Fulfillment Center (staffing agency) | Nov-Dec 2023, Nov-Dec 2024
- Picking with RF scanner, 140% of rate in week 3; pack station; dock unloading
- Offered a permanent spot in 2024 but it was nights only

STOCK ASSOCIATE - DollarWise store #4412 | 2019 - 2021
- Truck unload 2x week, stocking, price changes, some register

EDUCATION
Arsenal Tech High School, 2019

LICENSES / EXTRA
Indiana Class D license, clean record (no tickets 5 yrs)
Working on CDL Class B permit
Forklift certified (sit-down), 2023
Can lift 75 lbs. Available any shift except Sunday mornings.
"""),

rec("q12", "software_engineering", "senior", "Software Engineer (independent)", "Ingrid Solberg", "Denver, CO",
    ["Senior Software Engineer", "Senior Backend Engineer", "Senior Full-Stack Engineer"], ["Denver, CO", "remote (US)"], True, 165000,
    "resume written as a list of projects only", "projects-only", """
INGRID SOLBERG
Denver, CO | 720-555-0122 | ingrid.solberg@example.com | github.com/example

PROJECTS

Freight rate engine for a regional 3PL (2024 - 2026)
Go, PostgreSQL, gRPC, Kubernetes (EKS). Replaced a spreadsheet-driven quoting process with a rules + lane-history service. 40 req/s at peak, p99 80 ms. I designed the schema, wrote most of the service, set up CI in GitHub Actions, paired with their one in-house dev until he could own it.

Clinic scheduling app for a physical therapy group (2023 - 2024)
TypeScript, React, Node/NestJS, Twilio. Self-booking, waitlists, SMS reminders; cut no-shows from 14% to 8% across 9 clinics. HIPAA review with their compliance consultant; audit logging; encrypted PHI fields.

Open-source: pgqueue-lite (2021 - present)
A small Postgres-backed job queue library in Go, 2.1k GitHub stars, 40 contributors. I am the maintainer; cut 18 releases; handle issues, reviews and the roadmap.

Payments migration at Tallgrass Outfitters (2019 - 2022, full-time employee, "Software Engineer II")
Ruby on Rails to Go services; moved card processing to a new provider with zero downtime; on-call rotation lead for the payments team of 5; wrote the incident runbooks.

Internal analytics pipeline at Tallgrass (2017 - 2019)
Python, Airflow, Redshift. Nightly loads of orders and inventory; first job out of school.

Hackathon: Avalanche-risk notifier (2020)
Python, NOAA and CAIC data feeds; won Denver Civic Hack "best public-safety tool".

EDUCATION
B.S. Computer Science, Front Range State University, 2017

SKILLS (what the projects above used)
Go, TypeScript, Ruby, Python, SQL; PostgreSQL, Redis; AWS (EKS, RDS, SQS), Terraform; Docker; OpenTelemetry

Looking for a senior engineer role on a product team, full-time W-2, remote or Denver. $165K base minimum. After two years of contracting I want teammates again.
"""),

rec("q13", "it_infrastructure", "entry", "Assistant Store Manager", "Brianna Colvin", "Phoenix, AZ",
    ["Help Desk Technician", "IT Support Specialist", "Desktop Support Technician I"], ["Phoenix, AZ", "Tempe, AZ", "Mesa, AZ", "remote"], True, 45000,
    "heavy certifications list with little prose; experience outside the target", "cert-heavy", """
BRIANNA COLVIN
Mesa, AZ 85201 | 480-555-0123 | brianna.colvin@example.com

TARGET: Help Desk / IT Support Tier 1

CERTIFICATIONS
CompTIA A+ (Core 1 + Core 2) - 2025
CompTIA Network+ - 2025
CompTIA Security+ - 2026
Google IT Support Professional Certificate - 2024
Microsoft 365 Certified: Fundamentals (MS-900) - 2025
Microsoft Azure Fundamentals (AZ-900) - 2026
ITIL 4 Foundation - 2026
Cisco Networking Academy: Intro to Networks (CCNA 1) - 2025
Linux Essentials (LPI) - 2026
TestOut PC Pro - 2024

HOME LAB
Proxmox on a used Dell OptiPlex; Windows Server 2022 domain controller with AD, DNS, DHCP, Group Policy; pfSense firewall with VLANs; ticket practice in a self-hosted osTicket.

TECH SKILLS
Windows 10/11 imaging, Active Directory user/password resets, M365 admin center, Intune basics, printer mapping, TCP/IP, subnetting, PowerShell basics, remote support tools

WORK HISTORY
Assistant Store Manager - Sunbelt Home & Hardware, Mesa AZ (2021 - present)
Unofficial IT person for the store: POS terminals, handheld scanners, label printers, the back-office PC; open tickets with corporate help desk.

Key Holder / Sales Associate - Sunbelt Home & Hardware (2018 - 2021)

Cashier - Desert Burger (2016 - 2018)

EDUCATION
Mesa Community College - 21 credits, Information Technology (2024 - present)
Red Mountain High School, 2016

Salary floor $45,000. Open to remote or Phoenix east valley.
"""),

rec("q14", "data_analysis", "senior", "Director of Analytics", "Marcus Feld", "Pittsburgh, PA",
    ["Senior Data Analyst", "Senior BI Analyst", "Analytics Manager"], ["Pittsburgh, PA", "remote"], True, 105000,
    "title inflation at a 3-person firm", "chronological", """
MARCUS FELD
Pittsburgh, PA 15213 | 412-555-0124 | marcus.feld@example.com

DIRECTOR OF ANALYTICS
Three Rivers Insight Partners (3 people: the founder, a salesperson, and me) | 2021 - present
I am the whole analytics function. The founder gave me the Director title when I joined.
- Build client dashboards in Power BI and Tableau for regional retailers, a credit union and two hospital foundations (12 active clients)
- SQL (Postgres, SQL Server), dbt models, Python (pandas, statsmodels) for customer segmentation, churn and donor-retention models
- Scoped and priced projects with the founder; wrote proposals' analysis sections
- Managed one part-time intern each summer (2022-2025)
- Built our reusable retail KPI data model: cut new-client setup from 6 weeks to 2

DATA ANALYST
Allegheny Community Credit Union | 2018 - 2021
- Monthly board reporting, loan delinquency and deposit trend analysis; SQL Server + SSRS
- Automated the NCUA call-report data pull (saved 3 days/quarter)

REPORTING ANALYST (contract to hire)
Mon Valley Health System, Revenue Cycle | 2016 - 2018
- Denial and A/R aging reports in Excel and Crystal Reports

EDUCATION
M.S. Applied Statistics - Steel City University, 2016
B.A. Economics - Westmoreland College, 2014

TOOLS
SQL, dbt, Python, R, Power BI, Tableau, Excel, Snowflake (client), Git

I know my title is bigger than my scope. I'm looking for a senior analyst or analytics manager role in a real data team. $105K floor. Pittsburgh or remote.
"""),

rec("q15", "design_ux", "senior", "Product Designer II", "Camille Okonjo", "Austin, TX",
    ["Senior Product Designer", "Senior UX Designer"], ["Austin, TX", "remote"], True, 135000,
    "stale objective that contradicts the experience", "chronological", """
CAMILLE OKONJO
Austin, TX 78704 | 512-555-0125 | camille.okonjo@example.com | portfolio: camilleokonjo.example.com

OBJECTIVE
To obtain an entry-level position in the hospitality industry where I can use my customer service skills and grow with a team-oriented company.

EXPERIENCE

Product Designer II - Lonestar Health Apps, Austin TX | 2022 - present
- Lead designer for the patient app (iOS/Android, 400K monthly users): appointment booking, bill pay, messaging
- Ran 60+ moderated usability sessions; redesigned bill pay, raising on-time payments 18%
- Own the Figma design system components for mobile; partner with 2 PMs and 9 engineers
- WCAG 2.2 AA audits and fixes; trained engineers on accessible patterns
- Mentor one junior designer

UX Designer - Hill Country Agency (digital agency) | 2019 - 2022
- Web and app projects for 15 clients: discovery workshops, journey maps, wireframes, prototypes, handoff

Junior Visual Designer - Hill Country Agency | 2018 - 2019
- Landing pages, email templates, social graphics

Host / Server - The Pecan Table restaurant, Austin | 2014 - 2018 (through college)

EDUCATION
B.F.A. Design, Central Texas University, 2018

SKILLS
Figma, FigJam, Protopia, Maze, Dovetail, Miro, Adobe CC; HTML/CSS basics; usability testing, information architecture, interaction design, design systems, accessibility

Note from me: this is the version of my resume on the job board; I'm looking for a senior product designer job, remote or Austin, $135K+.
"""),

rec("q16", "sales", "lead", "Sales Manager", "Harold Bettencourt", "Fresno, CA",
    ["Sales Manager", "Agency Sales Manager", "Regional Sales Manager"], ["Fresno, CA", "Visalia, CA", "Central Valley"], False, 95000,
    "older worker, 34+ years, early jobs listed", "chronological", """
HAROLD BETTENCOURT
Fresno, CA 93711 | 559-555-0126 | h.bettencourt@example.com

34 years in sales, 22 of them leading teams. Our agency was acquired and my position is being eliminated at the end of the year. I want to keep leading a sales team for another 6-8 years.

EXPERIENCE
Sales Manager - Valley Crest Insurance Agency (P&C and life), Fresno CA | 2012 - 2026
- Lead 11 licensed producers and 4 account managers; hire, train, set quotas, ride along
- Agency new-business premium grew from $3.1M to $7.4M; retention 91%
- Started our commercial ag lines (farm, crop-hail, packing houses); now 40% of new premium

Sales Manager - Sierra Mutual Insurance, Visalia district office | 2004 - 2012
- Managed 8 career agents; district ranked #2 of 19 in 2009 and 2010

Senior Agent - Sierra Mutual Insurance | 1996 - 2004
- Personal lines and farm book of 1,100 households; President's Club 6 times

Outside Sales Representative - Kern Farm Supply (fertilizer, irrigation parts) | 1992 - 1996
- Sold to 200 growers across 3 counties; company car, commission plus base

Route Salesman - Golden State Beverage Co. | 1988 - 1992
- Delivered and sold soda and juice to 90 stores; grew route 30%

Stock Clerk / Checker - Valley Fresh Market | 1985 - 1988 (high school and college)

EDUCATION
B.S. Agricultural Business - Fresno Valley State, 1991 (nights)

LICENSES
California P&C Broker-Agent and Life-Accident-Health license (active since 1996)
CPCU designation (2008); CIC (2011)

Technology: Applied Epic, Salesforce, HawkSoft, Excel, Zoom. Yes, I text.

Salary floor $95,000 base. Central Valley only.
"""),
]
