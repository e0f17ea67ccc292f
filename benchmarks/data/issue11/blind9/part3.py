"""Hand-written records i17-i23 (batch blind9)."""
from common import R

R("i17", "finance_accounting", "mid", "Credit Analyst II", "Brandon Thibodeaux", "Omaha, NE",
  ["Commercial Credit Analyst", "Senior Credit Analyst", "Credit Underwriter"], ["Omaha, NE", "Lincoln, NE", "Council Bluffs, IA"], False, 70000, """
BRANDON THIBODEAUX
Omaha, NE 68114 · 402-555-0142 · brandon.thibodeaux@example.com

Commercial Credit Analyst with 4 years at a $3B community bank. I spread financials, write credit memos and monitor a portfolio of ag, CRE and C&I loans. RMA-trained. Looking for a credit analyst or junior underwriter role at a bank or Farm Credit association.

EXPERIENCE
Credit Analyst II - Platte River Bank, Omaha NE - 2024-present
Credit Analyst I - Platte River Bank - 2022-2024
- Spread business and personal tax returns and CPA statements in Sageworks (Abrigo); global cash flow and debt service coverage.
- Write credit memos for new loans and renewals up to $12M; present to the loan committee with the lender.
- Annual reviews and covenant tests on a 90-relationship portfolio; risk rating recommendations.
- Work with the loan review firm on exam samples; zero rating downgrades by examiners in 2025.

Recent memos (anonymized)
Borrower type\tRequest\tDSCR\tOutcome
Grain elevator (ag)\t$7.5M line renewal\t1.42x\tApproved
Medical office building (CRE)\t$4.1M term\t1.31x\tApproved w/ guarantee
HVAC contractor (C&I)\t$1.2M equipment\t1.18x\tDeclined / restructured
Dairy (ag)\t$2.8M operating\t1.25x\tApproved

Teller / Personal Banker - Platte River Bank - 2020-2022
- Branch operations, consumer loan applications, cross-sales.

EDUCATION
B.S. Finance, minor Accounting, University of Eastern Nebraska, 2020
RMA Credit Analysis (Omega) coursework; Excel (advanced), Abrigo, nCino
""", "'Analyst' outside data", "TSV table of deals")

R("i18", "logistics_supply_chain", "executive", "Director of Operations", "Curtis L. Whitfield", "Memphis, TN",
  ["Director of Operations", "Director of Distribution", "Vice President of Operations"], ["Memphis, TN", "Olive Branch, MS", "Southaven, MS"], False, 150000, """
CURTIS L. WHITFIELD
Memphis, TN | (901) 555-0156 | curtis.whitfield@example.com | U.S. Navy (Ret.)

SUMMARY
Director of Operations for a third-party logistics provider: two warehouses, 1.1M sq ft, 380 associates and 6 direct reports. Retired Navy Chief Logistics Specialist (22 years) who moved into civilian warehousing in 2013. I run the buildings, the P&L and the client relationships, and I grew every site I was given.

EXPERIENCE
Director of Operations - Bluff City 3PL Solutions, Memphis TN - 2020-present
- P&L owner for two multi-client DCs (retail, health & beauty, industrial parts); $64M revenue, EBITDA margin 9.8% → 13.1%.
- Lead 2 general managers, safety, inventory control, engineering and training managers.
- Launched 4 new clients in 18 months, including a 250,000-unit/day peak e-commerce program; 99.7% ship accuracy.
- Manhattan WMS upgrade and a goods-to-person AMR pilot (42 robots); labor cost per unit -17%.
- OSHA recordable rate 4.1 → 1.6; union-free; turnover 71% → 44%.

General Manager - Bluff City 3PL Solutions - 2016-2020
- Ran a 520,000 sq ft cross-dock and fulfillment site; 160 associates; opened a second shift.
- Took the site from a loss to break-even in 14 months; renegotiated 3 client contracts with volume tiers.
- Built the lead-to-supervisor program (11 associates promoted).

Operations Manager - Mid-South Distribution Co., Southaven MS - 2013-2016
- Inbound/outbound, yard and dock scheduling, cycle counts, LTL/TL carrier management.

Chief Logistics Specialist (LSC), U.S. Navy - 1991-2013
- Supply department leading chief on an amphibious assault ship: 38 sailors, $14M inventory, 100% accountability in inspections.
- Fleet Logistics Center: HAZMAT, material receipt and issue, contract tracking.
- Navy Achievement Medal (3), Enlisted Surface Warfare Specialist.

EDUCATION & CERTIFICATIONS
B.S. Business Administration (Supply Chain), Mid-South University, 2012 (completed on active duty)
APICS CSCP · Lean Six Sigma Black Belt · OSHA 30 General Industry · Manhattan SCALE and WMOS, Blue Yonder, Power BI
""", "veteran into civilian work; warehouse 'Director of Operations'", "dense")

R("i19", "software_engineering", "lead", "Tech Lead, Payments Platform", "Anjali Raghunathan", "Austin, TX",
  ["Staff Software Engineer", "Tech Lead", "Engineering Manager"], ["Austin, TX", "Remote (US)"], True, 190000, """
Anjali Raghunathan — Tech Lead / Staff-level backend engineer
Austin, TX · 512-555-0114 · anjali.r@example.com · github.com/anjalir

SELECTED PROJECTS
▪ Real-time payouts (2025): led design and rollout of instant payouts for 40K merchants — Go services on Kafka, idempotent ledger writes, p99 < 300 ms. 6 engineers, 2 quarters, zero double-payout incidents.
▪ Ledger migration (2023–2024): moved the double-entry ledger from a monolith Postgres schema to a sharded service with dual-write + reconciliation; wrote the design doc and the cutover runbook.
▪ On-call health (2024): cut pages per week from 31 to 7 with SLO-based alerting (Prometheus, Grafana) and 3 runbook sprints.

EXPERIENCE
Tech Lead, Payments Platform — Mesquite Pay (fintech), Austin — 2022–present
• Technical lead for a team of 6 engineers (I don't do performance reviews; the EM does). Set architecture, review designs, unblock, mentor 2 junior engineers into mid-level.
• Hands-on ~50% — Go, Kotlin, PostgreSQL, Kafka, Kubernetes (EKS), Terraform.
Senior Software Engineer — Mesquite Pay — 2019–2022
• Card-issuing APIs, PCI DSS scope reduction, tokenization service.
Software Engineer — Hill Country Health IT — 2015–2019
• Java/Spring claims processing; built the team's first CI pipeline.

SKILLS
Go · Kotlin · Java · Python · PostgreSQL · Kafka · Redis · AWS · Kubernetes · Terraform · gRPC · system design · incident command

EDUCATION
B.S. Computer Science, Texas Lakes University, 2015
""", "'Tech Lead' in software", "Selected projects first")

R("i20", "software_engineering", "senior", "Program Manager II (Technical)", "Eli Nakashima-Grant", "Seattle, WA",
  ["Technical Program Manager", "Senior Technical Program Manager", "Engineering Program Manager"], ["Seattle, WA", "Bellevue, WA", "Remote (US)"], True, 165000, """
Eli Nakashima-Grant
Technical Program Manager · ex-software engineer
Seattle, Washington, United States
eli.ng@example.com · 206-555-0172

About
I started as a backend engineer and now run cross-team technical programs: platform migrations, reliability programs, launches that touch 5-10 engineering teams. Comfortable reading a design doc and arguing about it.

Experience
Program Manager II (Technical)
Rainier Cloud Software · Full-time
Mar 2022 - Present · 4 yrs 10 mos
Seattle, Washington, United States · Hybrid
- Drove the migration of 140 services from self-managed Kafka to a managed streaming platform across 9 teams; on time, 2 rollbacks, no customer-facing incidents.
- Ran the availability program after the 2023 outage: error budgets, incident review cadence, 99.95% SLO met 6 quarters in a row.
- Weekly exec status, risk register, dependency maps in Jira Advanced Roadmaps.

Software Engineer II
Rainier Cloud Software · Full-time
Jun 2019 - Mar 2022 · 2 yrs 10 mos
- Java/Kotlin services for the billing pipeline; on-call; built the usage aggregation job (Spark)

Software Engineer
Puget Logistics Tech · Full-time
Jul 2017 - Jun 2019 · 2 yrs
- Python/Django internal tools; REST APIs for the driver app

Education
Cascadia Institute of Technology
Bachelor of Science - BS, Computer Engineering
2013 - 2017

Skills
Technical Program Management · Distributed Systems · Kafka · Jira · SQL · Incident Management

Licenses & certifications
PMP · Issued Jan 2024
Certified ScrumMaster (CSM) · Issued Apr 2022
""", "'Program Manager' in software", "LinkedIn web copy, durations 'yrs mos'")

R("i21", "it_infrastructure", "senior", "Infrastructure Engineer III", "Marcus D. Alvarado", "San Antonio, TX",
  ["Senior Infrastructure Engineer", "Cloud Infrastructure Engineer", "Systems Engineer"], ["San Antonio, TX", "Remote (US)"], True, 118000, """
MARCUS D. ALVARADO
San Antonio, TX · 210-555-0139 · marcus.alvarado@example.com · Active Secret clearance · U.S. Army veteran

PROFILE
IT infrastructure engineer, 14 years total: 6 in the Army as an Information Technology Specialist (25B) and 8 in civilian enterprise IT. I build and run hybrid infrastructure: VMware, Azure, Windows/Linux servers, networks and backups. Security+ and CCNP-level networking. Looking for a senior infrastructure or cloud infrastructure role.

EXPERIENCE
Infrastructure Engineer III - Alamo Regional Health System (11 hospitals) - 2022-present
- Own the VMware vSphere 8 estate (3 clusters, 1,100 VMs) and the Azure landing zone (hub-spoke, 40 subscriptions), built with Terraform and Azure DevOps pipelines.
- Led the data center refresh: Nutanix to vSAN migration of 600 VMs with two 4-hour maintenance windows.
- Veeam + Azure Backup redesign; tested restore of Epic non-production in 3 hours (was 14).
- Patch automation for 900 Windows servers with SCCM and PowerShell; 97% compliance.
- Mentor two Infrastructure Engineer I/IIs; no direct reports.
- On-call rotation lead; wrote 30 runbooks; Sev-1 mean time to restore down from 3.5 h to 70 min.

Systems Administrator II - Lone Star Title & Escrow - 2018-2022
- Windows Server, AD/Group Policy, Exchange to M365 migration for 1,400 users; Cisco Meraki SD-WAN for 38 branches.
- Built the first DR site (Veeam replication) and ran the annual failover test.

Information Technology Specialist (25B), Sergeant - U.S. Army - 2012-2018
- Fort Hood and one deployment (Kuwait): brigade S6 section, ran tactical networks and a 300-user NIPR/SIPR domain; supervised 4 soldiers; help desk escalation.

CERTIFICATIONS
CompTIA Security+ · CCNP Enterprise · VMware VCP-DCV 2023 · Microsoft Azure Administrator (AZ-104) · ITIL 4 Foundation

EDUCATION
B.S. Information Technology, Alamo Heights University, 2020 (GI Bill, evenings)

TOOLS
vSphere, vSAN, Nutanix AHV, Azure, Entra ID, Terraform, PowerShell, Ansible, SCCM/Intune, Cisco IOS, Meraki, Palo Alto, Veeam, Linux (RHEL)
""", "veteran into civilian IT; 'Infrastructure Engineer' = IT", "dense")

R("i22", "sales", "executive", "Director of Sales", "Dwayne Prichard", "Louisville, KY",
  ["Director of Sales", "Vice President of Sales", "Regional Sales Manager"], ["Louisville, KY", "Lexington, KY", "Cincinnati, OH"], False, 140000, """
DWAYNE PRICHARD
Louisville, KY ➤ 502-555-0125 ➤ dwayne.prichard@example.com

➤ WHAT I DO
Sales leader in HVAC/R equipment distribution. I build territories, hire reps, and sell to contractors. 19 years in sales, last 7 running the sales organization for a regional distributor.

➤ EXPERIENCE
Director of Sales — Bluegrass Climate Supply (14 branches, KY/IN/OH) — 2019–present
  ⇒ Lead 3 regional sales managers, 11 outside reps and the inside-sales counter leads (26 people in the sales org)
  ⇒ Revenue $88M → $131M; gross margin held at 24%+ through the 2022 price swings
  ⇒ Rolled out Salesforce + a contractor loyalty program (1,200 dealers enrolled)
  ⇒ Won the two largest mechanical contractors in Louisville away from a national competitor
  ⇒ Report to the CEO; sit on the pricing committee

Regional Sales Manager — Bluegrass Climate Supply — 2014–2019
  ⇒ 5 outside reps, Louisville + southern Indiana; #1 region four of five years

Outside Sales Representative — Ohio Valley HVAC Distributors — 2007–2014
  ⇒ Territory of 180 contractor accounts; Presidents Club 2010, 2012, 2013

Counter Sales / Inside Sales — Ohio Valley HVAC Distributors — 2005–2007

➤ EDUCATION
B.S. Marketing, Derby City University, 2005
EPA 608 Universal (so I can talk to techs in their language)

➤ SKILLS
Sales leadership ∙ forecasting ∙ territory planning ∙ pricing ∙ dealer programs ∙ Salesforce ∙ Power BI dashboards ∙ vendor negotiations (Carrier-, Goodman-type lines)
""", "sales leadership", "unusual symbol bullets (➤ ⇒)")

R("i23", "marketing_communications", "entry", "Marketing & Events Coordinator (part-time)", "Hannah Kowalski-Reyes", "Milwaukee, WI",
  ["Marketing Coordinator", "Social Media Coordinator", "Marketing Assistant"], ["Milwaukee, WI", "Madison, WI", "Remote (US)"], True, 45000, """
Hannah Kowalski-Reyes ✨
Milwaukee, WI · 414-555-0188 · hannah.kr@example.com · portfolio: hannahkr.example.com

🎓 B.A. Strategic Communication, Lake Michigan University — May 2026

✨ About
New grad looking for my first full-time marketing job. I've done social, email and events for a campus office and two internships. I write fast and I like numbers.

✨ Experience
Marketing & Events Coordinator (part-time) — LMU Career Center — Aug 2024–May 2026
📣 Ran the Instagram + LinkedIn accounts: followers 2.1K → 5.4K, engagement rate 4.8%
📧 Weekly student newsletter in Mailchimp (open rate 47%)
🎤 Planned 6 career fairs and 20+ employer info sessions (room booking, catering orders, signage, check-in app)

Marketing Intern — Brew City Credit Union — Summer 2025
📊 Built a campaign report in Google Analytics 4 and Looker Studio for a first-time-homebuyer promo
✍️ Wrote 12 blog posts and the FAQ page; SEO keyword research in Semrush

Communications Intern — Milwaukee Riverkeepers (nonprofit) — Summer 2024
📸 Shot and edited short videos for the river cleanup day (CapCut, Premiere Rush); 3 press releases

Server — Third Ward Tavern — 2022–2024 (weekends; taught me to talk to anyone)

✨ Skills
Canva · Adobe Express · Premiere Rush · Mailchimp · HubSpot (certified) · GA4 · Looker Studio · Semrush · Hootsuite · AP style · Excel · basic HTML for email templates
""", "new graduate with internships; 'Coordinator' title", "emoji bullets")
