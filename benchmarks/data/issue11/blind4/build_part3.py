"""blind4 records d13-d18, written by hand."""
from common import R

RECORDS = [
R("d13", "legal", "mid", "Specialist II", "Harold J. Osei-Mensah", "Philadelphia, PA",
  ["Litigation Support Specialist", "eDiscovery Specialist", "Litigation Paralegal", "Practice Support Analyst"],
  ["Philadelphia, PA", "Wilmington, DE", "Remote"], True, 72000, """
HAROLD J. OSEI-MENSAH
Philadelphia, PA 19103 · 215-555-0135 · hosei.mensah@example.com

CORE SKILLS
eDiscovery platforms ....... Relativity (RCA), Everlaw, Nuix, Reveal
Litigation tasks ............ privilege logs, Bates/production, deposition and trial exhibit prep
Courtroom tech ............. TrialDirector, Sanction, OnCue; hot-seat operator at 3 trials
Collections ................. Microsoft Purview exports, Slack/Teams, mobile (Cellebrite reports)
Process ...................... EDRM, ESI protocols, search term reports, TAR/active learning QC
Other ........................ SQL (basic), Excel, Adobe Acrobat Pro redaction, Westlaw

SUMMARY
Litigation support specialist at a 220-lawyer firm. Four years taking matters from
legal hold and collection through review, production and trial. Paralegal certificate;
I work directly with associates and partners on deadlines.

EXPERIENCE
Specialist II, Practice Support / Litigation Technology
Harrow Whitcomb LLP (Am Law 200), Philadelphia, PA                      2023 - Present
· Manage Relativity workspaces for 25-30 active matters (up to 4.1M documents).
· Build search term reports and negotiate-ready hit counts for the associates' ESI meet
  and confers; run privilege screens and generate privilege logs.
· Produce 60+ productions a year with load files (DAT/OPT), redactions, confidentiality
  stamps; zero clawback incidents.
· Hot-seat at trial for two federal jury trials (E.D. Pa.) and one AAA arbitration.

Specialist I, Practice Support                                       2021 - 2023
· Processing and OCR, deduplication, data loads; helped migrate 140 matters to RelativityOne.

Legal Assistant, litigation department, same firm                    2019 - 2021
· Filings on ECF, binders, calendaring, court reporter scheduling.

EDUCATION / CERTIFICATION
Paralegal Certificate, Temple University, 2020
B.A. Communication Studies, West Chester University, 2019
Relativity Certified Administrator (RCA), 2023
"""),

R("d14", "finance_accounting", "senior", "Analyst", "Beatriz Okonkwo-Lindqvist", "Fairfax, VA",
  ["Senior Budget Analyst", "Budget Analyst III", "Senior Financial Analyst", "Fiscal Analyst"],
  ["Fairfax, VA", "Arlington, VA", "Washington, DC", "Remote"], True, 98000, """
Beatriz Okonkwo-Lindqvist
Fairfax, VA 22030 / 703-555-0176 / bokonkwo.l@example.com

SUMMARY
Public budget analyst with 8 years building and monitoring operating and capital
budgets for a large county government. I own the budgets of several departments end to
end - from the agency request to the adopted budget and quarterly reviews - and I write
the analysis that goes to the County Executive and Board.

EXPERIENCE
Analyst (Budget), Department of Management and Budget
Fairfax County Government (population 1.1M), Fairfax, VA       2020 - present
[Position is classified as "Management Analyst III"; working title Analyst]
- Lead analyst for Public Works, Housing, and Transportation: combined $690M operating
  and $1.2B capital; review baseline requests, prepare recommended budget narratives.
- Built the 5-year revenue and expenditure forecast model for the stormwater and
  solid-waste funds (rate-setting inputs adopted by the Board in 2022 and 2024).
- Quarterly review: variance analysis, position vacancy savings, carryover requests.
- Fiscal impact statements on 30+ Board items a year; brief the Chief Financial Officer.
- Train new budget analysts on the BPREP budget system and the county's fund structure.

Budget Analyst II, same department                                          2017 - 2020
- Public safety agencies (Fire, Sheriff); overtime analysis; grant budgets (FEMA, DOJ).

Staff Accountant, regional CPA firm, Tysons, VA                             2015 - 2017
- Audit fieldwork for municipal and nonprofit clients; single audit testing.

EDUCATION
M.P.A., Public Financial Management concentration, George Mason University, 2017
B.S. Accounting, Virginia Commonwealth University, 2015

CERTIFICATIONS & TOOLS
Certified Government Finance Officer (CGFO) coursework, 3 of 5 exams passed
SAP/BPREP, Questica, Excel (advanced, Power Query), Power BI, Tableau (viewer)
"""),

R("d15", "finance_accounting", "executive", "VP Finance & Corporate Controller", "Everett J. Lindgren-Abara", "Milwaukee, WI",
  ["Chief Financial Officer", "VP Finance", "Director of Finance", "Corporate Controller"],
  ["Milwaukee, WI", "Madison, WI", "Chicago, IL"], False, 210000, """
EVERETT J. LINDGREN-ABARA, CPA
Milwaukee, Wisconsin 53202
Phone: (414) 555-0189   |   E-mail: ejla.cpa@example.com

EXECUTIVE PROFILE
Finance executive with 20 years in manufacturing and distribution companies ($150M-$600M
revenue, PE-backed and family-owned). Lead accounting, FP&A, treasury, tax and IT for a
38-person finance organization. Closed two acquisitions and one refinancing. Seeking a CFO
or VP Finance role.

PROFESSIONAL EXPERIENCE

VP Finance & Corporate Controller
Badger Fluid Systems, Inc. (industrial pumps and valves; $420M revenue; 5 plants)
Milwaukee, WI   ·   2019 - present
  - Report to the CFO and the Board's audit committee; direct reports: Controller,
    Director of FP&A, Treasury Manager, Tax Manager, and 3 plant controllers.
  - Shortened monthly close from 12 to 5 business days; clean audits every year.
  - Led finance integration of two acquisitions ($38M and $71M): opening balance
    sheets, ERP cutover to Epicor Kinetic, purchase-price allocation.
  - Negotiated a $185M ABL and term loan refinancing; covenant reporting to lenders.
  - Standard cost rollout and plant-level margin reporting that found $6M of underpriced
    SKUs.

Corporate Controller
Great Lakes Distribution Partners, Pewaukee, WI   ·   2013 - 2019
  - GAAP reporting, consolidation of 9 entities, SOX-lite controls for PE sponsor.

Senior Manager, Audit & Assurance
Big 4 accounting firm, Milwaukee office   ·   2005 - 2013

EDUCATION
M.B.A., Finance - Marquette University, 2011
B.B.A., Accounting - University of Wisconsin-Whitewater, 2005

LICENSES / BOARDS
Certified Public Accountant (Wisconsin), active
Treasurer, board of a Milwaukee youth sports nonprofit, 2018 - present
"""),

R("d16", "logistics_supply_chain", "lead", "Supply Sergeant (SFC, E-7)", "Marcus D. Tillery", "Killeen, TX",
  ["Warehouse Supervisor", "Inventory Control Supervisor", "Logistics Supervisor", "Distribution Operations Supervisor"],
  ["Killeen, TX", "Austin, TX", "Temple, TX", "Round Rock, TX"], False, 62000, """
MARCUS D. TILLERY
Killeen, TX 76542 | 254-555-0112 | marcus.tillery@example.com
Transitioning U.S. Army NCO - available February 2026 (SkillBridge eligible from November)

SUMMARY
Logistics supervisor with 15 years in Army supply and warehousing. I run property book and
supply-room operations, lead teams of 6-12, and account for equipment worth more than $40M
with no losses. Seeking a warehouse, inventory control, or distribution supervisor role.

EXPERIENCE (civilian terms in brackets)
Supply Sergeant (92Y) [Warehouse / Inventory Supervisor]
Brigade Support Battalion, Fort Cavazos, TX                            2021 - present
- Supervise 8 supply specialists receiving, storing and issuing parts and equipment for a
  battalion of 650 people; 4,300 line items.
- Cyclic and 100% inventories in GCSS-Army (SAP-based ERP); 99.6% inventory accuracy
  during the 2024 command supply inspection.
- Manage a $1.8M annual supply budget; purchase-card approving official.
- Planned and loaded 140 containers and vehicles for a rotation to the National Training
  Center: load plans, hazardous material paperwork, rail and truck coordination.

Unit Supply Specialist / Team Leader [Inventory Lead]
Camp Humphreys, Korea and Fort Carson, CO                               2013 - 2021
- Shipping/receiving, stock control, vehicle parts room; led 3 soldiers.

Automated Logistical Specialist (92A) [Warehouse Associate]                  2010 - 2013

EDUCATION / CERTIFICATIONS
A.A.S. Logistics Management, Central Texas College, 2019
Certified Logistics Technician (CLT), MSSC, 2025
Forklift (4K and 10K rough terrain), HAZMAT certification (DoD), OSHA 10
Army Senior Leader Course (supervisor training)

SKILLS
SAP / GCSS-Army, WMS concepts, cycle counts, receiving and put-away, safety programs,
Excel, team scheduling and training
"""),

R("d17", "logistics_supply_chain", "entry", "Associate", "Jamal Edwards-Nakamura", "Stockton, CA",
  ["Inventory Clerk", "Warehouse Associate", "Forklift Operator", "Shipping and Receiving Clerk"],
  ["Stockton, CA", "Tracy, CA", "Lodi, CA", "Manteca, CA"], False, 40000, """
JAMAL EDWARDS-NAKAMURA
Stockton, CA 95206 - 209-555-0146 - jamal.en@example.com

SKILLS
- Powered industrial truck: sit-down forklift, reach truck, electric pallet jack (certified 2024)
- RF scanner picking, put-away, and cycle counts
- Receiving: checking shipments against packing lists, labeling, damage reports
- Basic Excel and Google Sheets; typing 45 wpm
- Safety: OSHA 10 General Industry (2025), zero incidents
- Spanish (conversational)

EXPERIENCE
Associate - Central Valley fulfillment center (e-commerce), Tracy, CA
Aug 2024 - present, nights, full time
- Pick and stow 180-220 units per hour, top 15% on my shift for rate and accuracy.
- Moved to inbound dock in March 2025: unload trailers, receive and label pallets.
- Problem-solve station cover: find missing items, fix bin location errors.
- Ambassador (trainer) for new hires during peak season 2024.

Stock Clerk (part time) - Rancho Fresh Market, Stockton, CA
Jun 2022 - present, weekends
- Unload the weekly truck, rotate dairy and frozen stock (FIFO), face shelves.
- Count inventory for the monthly order and flag shrink to the manager.

Crew Member - Quick-service restaurant, Stockton, CA
2021 - 2022
- Register, drive-thru, food prep; closing shift.

EDUCATION
High school diploma, Stockton, CA, 2021
San Joaquin Delta College - Logistics and Supply Chain Certificate, 2 of 5 courses complete
(evening), 2025

GOAL
Full-time day-shift job in a warehouse or distribution center where I can move into an
inventory or receiving role and later a lead position.
"""),

R("d18", "software_engineering", "senior", "Desenvolvedor Backend Sênior (Senior Backend Developer)", "Thiago Albuquerque Menezes", "Orlando, FL",
  ["Senior Backend Engineer", "Senior Software Engineer", "Senior Java Developer", "Backend Engineer"],
  ["Orlando, FL", "Remote"], True, 140000, """
THIAGO ALBUQUERQUE MENEZES
Orlando, FL 32801 (moved from São Paulo in 2024, US permanent resident)
+1 407-555-0197 | thiago.menezes@example.com | github.com/tmenezes

TECHNICAL SKILLS
Languages: Java 17/21, Kotlin, Python, SQL, some Go
Frameworks: Spring Boot, Spring Cloud, Quarkus, Hibernate, gRPC
Data: PostgreSQL, Oracle, Redis, Kafka, RabbitMQ, Elasticsearch
Cloud / DevOps: AWS (EKS, RDS, SQS, Lambda), Docker, Kubernetes, Terraform, GitHub Actions
Practices: microservices, event-driven design, TDD, observability (Datadog, Grafana)

SUMMARY
Backend engineer with 9 years of experience, mostly in fintech and payments in Brazil.
I design and build high volume services (Pix instant payments, 3k TPS), and I like to mentor
junior devs. English is my second language; I work every day in English with US teams
since 2022.

EXPERIENCE
Desenvolvedor Backend Sênior (Senior Backend Developer) - Pagaí Pagamentos, São Paulo
(remote from Orlando since 2024)                                               2021 - now
- Owner of the Pix payment-initiation service: Java/Spring Boot, Kafka, PostgreSQL;
  reduced p99 latency from 900ms to 180ms.
- Led migration of 14 services from EC2 to EKS with Terraform and Helm.
- Tech reference for a squad of 6 developers; code reviews, design docs, on-call.

Backend Developer (Pleno) - Banco digital, São Paulo                           2018 - 2021
- Account opening APIs, KYC integration, anti-fraud rules engine (Drools).

Developer (Júnior) - IT consultancy, Campinas                                  2016 - 2018
- Java EE and Oracle PL/SQL for insurance clients.

EDUCATION
Bacharelado em Ciência da Computação (B.S. Computer Science), UNICAMP, 2016
AWS Certified Developer - Associate, 2023

LANGUAGES: Portuguese (native), English (professional), Spanish (intermediate)
"""),
]
