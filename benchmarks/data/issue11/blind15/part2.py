"""blind15 p09-p16: brand-name title, hyphenated dual titles, moving down, startup generalists, contractor labor category."""
from common import rec

RECORDS = [
rec("p09", "human_resources", "senior", "Workday HCM Consultant", "Alicia Drummond-Park", "Charlotte, NC",
    ["Senior HRIS Analyst", "Workday HCM Lead", "HRIS Manager"], ["Charlotte, NC", "remote"],
    True, 120000, "product/brand-name title", "chronological",
"""
ALICIA DRUMMOND-PARK
Charlotte, NC | 704-555-0109 | alicia.dpark@example.com

Workday HCM Consultant | Workday Pro: Core HCM, Advanced Compensation, Absence

Seven years configuring Workday for employers, plus four years as an HR generalist before that. Tired of consulting travel; looking for an in-house senior HRIS analyst or Workday lead role. Remote or Charlotte. $120K floor.

EXPERIENCE
Senior Consultant, Workday HCM - Piedmont Cloud Partners (Workday services partner), 2021-present
- Led HCM and Compensation workstreams on 9 deployments (800 to 22,000 employees): retail, higher ed, a county government
- Design workshops with HR leaders: supervisory orgs, job architecture, business-process definitions, security groups
- Configured merit and bonus plans, calculated fields, condition rules; EIB loads for 60,000+ worker records
- Built 120+ custom reports (advanced, matrix, composite) and dashboards for HR business partners
- Coached customer HRIS teams through go-live and the first two bi-annual releases

Consultant, Workday HCM - same firm, 2019-2021
- Data conversion, tenant testing, absence and time-off plans

HR Generalist - Carolina Textile Supply Co., Gastonia NC - 2015-2019
- 650 employees, 2 plants: onboarding, leave of absence (FMLA, ADA), benefits open enrollment, employee relations investigations
- Super-user for the old HR system (UltiPro) and the company's move to Workday in 2018 - that is how I got into this

SKILLS
Workday Core HCM, Advanced Compensation, Absence, Talent/Performance, Report Writer, Calculated Fields, EIB, Business Process Framework, Security; Excel (XLOOKUP, Power Query); some Workday Studio reading

CERTIFICATIONS
Workday Pro certified: Core HCM, Advanced Compensation, Absence Management (all current)
SHRM-CP

EDUCATION
B.S. Business Administration (Human Resource Management), Queen City State University, 2015
"""),

rec("p10", "finance_accounting", "mid", "Bookkeeper-Office Manager", "Gloria Vance-Ito", "Spokane Valley, WA",
    ["Full-Charge Bookkeeper", "Staff Accountant", "Accounting Specialist"], ["Spokane, WA", "Spokane Valley", "Coeur d'Alene, ID"],
    False, 60000, "hyphenated dual title", "chronological",
"""
GLORIA VANCE-ITO
Spokane Valley, WA 99216 | 509-555-0110 | gloria.vanceito@example.com

Bookkeeper-Office Manager for a family-owned HVAC contractor. Looking for a full-charge bookkeeper or staff accountant position in Spokane / CDA. $60,000 or more.

EXPERIENCE
Bookkeeper-Office Manager - Inland Empire Comfort Systems, Spokane Valley WA - 2019 to present
(24 employees, $6.5M revenue)
Books (about 70% of the job):
- Full-cycle books in QuickBooks Online: AP, AR, bank and credit card reconciliations, month-end close through the trial balance
- Weekly payroll for 24 (Gusto), quarterly 941/WA L&I and ESD reports, certified payroll for 2 prevailing-wage jobs
- Job costing by project; WIP schedule each quarter for the bonding company
- Sales tax (WA DOR, multiple location codes); 1099s; prepare the year-end package for our outside CPA
- Collections: cut AR over 60 days from $210K to $74K
Office (30%):
- Supervise the receptionist/dispatcher; order supplies; manage vehicle registrations and insurance certificates
- Set up the office on Microsoft 365 and a shared drive

Accounts Payable Clerk - Palouse Farm Cooperative, Colfax WA - 2015-2019
- 400 invoices a month, 3-way match, vendor statements, check runs

Cashier / Bookkeeping Assistant - Northtown Hardware - 2012-2015

SKILLS
QuickBooks Online and Desktop (ProAdvisor certified), Gusto, Excel (pivots, SUMIFS), Bill.com, Procore exports for job costing, 10-key by touch

EDUCATION
A.A.S. Accounting, Spokane Falls Technical College, 2014
Working on B.A. Accounting (Eastern Ridge University, online, 18 credits left)
"""),

rec("p11", "construction", "senior", "Foreman-Estimator", "Luis Armando Quintero", "Mesa, AZ",
    ["Estimator", "Senior Estimator", "Concrete Estimator"], ["Phoenix metro", "Mesa", "Tempe"],
    False, 95000, "hyphenated dual title", "chronological",
"""
LUIS ARMANDO QUINTERO
Mesa, AZ 85204 | (480) 555-0111 | luis.quintero.est@example.com

Foreman-Estimator, 16 years in concrete. Ready to come off the job site for good and estimate full time for a concrete sub or GC in the Phoenix area. $95K base + truck allowance.

EXPERIENCE
Foreman-Estimator - Saguaro Concrete Contractors, Phoenix AZ - 2018 to present
Estimating (now about 60% of my week):
- Quantity takeoffs in PlanSwift and Bluebeam for slab-on-grade, tilt-up panels, footings, site concrete
- Bid 70-90 projects a year up to $4.8M; hit rate 27%; build unit prices from our own production history
- Read structural and civil plans, spec sections 03 and 31-33, write scope letters and RFIs
- Value engineering: saved a GC client $310K on a distribution center by changing joint layout and mix design
Field (40%):
- Run one crew of 8-12 finishers and laborers on the jobs I bid; pour schedules, pump and ready-mix coordination, daily reports
- OSHA 30; zero recordables on my crews since 2020

Concrete Foreman - same company - 2013-2018
- Tilt-up warehouses, 200,000+ sq ft slabs, laser screed operation

Finisher / Laborer - Valley Flatwork LLC - 2008-2013

TOOLS
PlanSwift, Bluebeam Revu, Excel (my own bid template), Procore, HCSS HeavyBid basics, Trimble layout

CERTIFICATIONS
ACI Concrete Field Testing Technician - Grade I; ACI Flatwork Finisher; OSHA 30; First Aid/CPR
Construction Management certificate, Rio Verde Community College (2021)

Bilingual English/Spanish.
"""),

rec("p12", "education", "mid", "Principal", "Denise Marchetti-Hill", "Delmar, NY",
    ["Elementary Teacher", "Reading Teacher", "Literacy Specialist"], ["any K-8 school, just not admin", "Capital Region NY", "Albany/Schenectady/Troy"],
    False, 68000, "moving down a level on purpose; loose preferences", "chronological",
"""
DENISE MARCHETTI-HILL
Delmar, NY 12054 | 518-555-0112 | denise.mhill@example.com

I am stepping down from school administration by choice and want to go back to teaching children to read. Looking for a classroom or reading teacher position in any K-8 school in the Capital Region - just not admin. Will accept step placement; $68,000 minimum.

NYS CERTIFICATION
Childhood Education 1-6 (Professional) | Literacy B-6 (Professional) | School Building Leader (SBL)

EXPERIENCE
Principal - Hudson Bend Elementary School, Bethlehem Valley CSD - 2019 to present
- 430 students, 38 teachers; evaluations, budget, master schedule
- Led adoption of a structured-literacy curriculum; 3rd-grade ELA proficiency up 14 points in 3 years
- Still taught a daily 40-minute reading intervention group (my favorite part of the day)

Assistant Principal - Hudson Bend Elementary - 2016-2019

Reading Teacher (AIS) - Colonie Ridge Elementary, North Colonie Ridge CSD - 2010-2016
- Small-group and push-in reading intervention, grades K-3; Orton-Gillingham trained
- Data team lead: DIBELS benchmarking 3x a year

Classroom Teacher, Grade 2 and Grade 4 - Colonie Ridge Elementary - 2004-2010

WHY I'M MAKING THIS CHANGE
After 7 years in administration I miss the work with kids and want a job that ends at 3:30 more often. I know I would be a teacher again, not a leader, and I am good with that.

EDUCATION
M.S.Ed. Literacy, Capital University at Albany, 2008
Advanced Certificate, Educational Leadership, Saint Rose Hill College, 2015
B.A. Psychology, Hudson Valley State College, 2003

References from my superintendent and two teachers I supervised.
"""),

rec("p13", "policy_program", "lead", "Chief of Staff", "Nathaniel Osei-Bonsu", "Washington, DC",
    ["Chief of Staff", "Senior Program Manager", "Director of Strategic Initiatives"], ["Washington, DC", "Baltimore, MD", "remote"],
    True, 145000, "startup generalist", "chronological",
"""
NATHANIEL OSEI-BONSU
Washington, DC | 202-555-0113 | nate.oseibonsu@example.com

Chief of Staff at a 60-person civic-tech startup. Want to bring the same operating discipline to a foundation, public-interest nonprofit or government-facing program: Chief of Staff or senior program manager. DC/Baltimore or remote; $145K.

EXPERIENCE
Chief of Staff to the CEO - Ballotline (civic-tech startup, Series A), Washington DC - 2023-present
- Run the operating cadence: quarterly OKRs, weekly leadership meeting, board deck and investor updates
- Manage 2 direct reports (operations associate, executive assistant) and cross-team special projects
- Led the program that delivered our voter-registration tool to 14 state election offices; managed the state contracts and grant reporting for a $3.2M foundation grant
- Stood up procurement/security reviews (SOC 2, StateRAMP) so we could sell to governments
- Wrote the hiring plan that took us from 25 to 60 people

Operations Lead / "employee #7" - Ballotline - 2021-2023
- Did everything no one else did: vendor contracts, payroll setup, office lease, first customer onboarding

Program Manager - Urban Mobility Initiative, Potomac Policy Institute (nonprofit), 2017-2021
- Managed a $4M multi-city transit equity program; 6 city partners; reported to funders quarterly
- Supervised 1 program associate

Legislative Assistant - Office of a DC Councilmember - 2015-2017
- Tracked transportation bills, constituent casework, drafted briefing memos

EDUCATION
M.P.P., Georgetown Heights School of Public Policy, 2015
B.A. Political Science, Chesapeake College, 2013

SKILLS
Program design and evaluation, grant management, OKRs, budgeting, board relations, Asana, Notion, Salesforce reports
"""),

rec("p14", "sales", "senior", "Founding Team Member", "Camila Ferreira-Lund", "Austin, TX",
    ["Senior Account Executive", "Enterprise Account Executive", "Strategic Account Executive"], ["Austin, TX", "remote"],
    True, 110000, "startup generalist", "chronological",
"""
CAMILA FERREIRA-LUND
Austin, TX | (512) 555-0114 | camila.flund@example.com

Founding Team Member (#4) at a logistics-software startup; closed our first $2.1M of ARR before we had a sales team. Looking for a senior or enterprise Account Executive role in B2B SaaS, remote or Austin. Base $110K+, OTE negotiable.

EXPERIENCE
Founding Team Member - Dockwise (freight-scheduling SaaS, seed to Series A), Austin TX - 2022-present
My title never changed; what I did:
- Sales: ran the full cycle for 31 closed-won mid-market and enterprise accounts (3PLs, grocery distributors); average deal $68K ACV, longest cycle 9 months
- Built the first sales playbook, HubSpot pipeline stages, pricing page and MSA template with our lawyer
- 2025: 134% of a $1.4M new-business number; largest deal $420K with a national cold-chain carrier
- Product: wrote requirements from customer calls, ran beta programs
- Customer success: onboarded the first 20 customers myself until we hired a CSM in 2024
- Trained our first two SDRs and first AE

Account Executive - Routeline Freight Systems, Dallas TX - 2019-2022
- Mid-market AE, $900K quota; President's Club 2021 (121%)

Sales Development Representative - Routeline - 2017-2019
- 60 calls/day, top SDR 5 of 8 quarters; promoted to AE

EDUCATION
B.B.A. Marketing, Texas Hill Country University, 2017

TOOLS
HubSpot, Salesforce, Gong, Apollo, LinkedIn Sales Navigator, DocuSign, Notion
MEDDPICC and Challenger trained

Portuguese (fluent), Spanish (conversational).
"""),

rec("p15", "customer_support", "mid", "Operations Generalist", "Tyler Brennan-Moss", "Denver, CO",
    ["Customer Success Manager", "Customer Support Specialist", "Client Success Associate"], ["Denver, CO", "remote"],
    True, 65000, "startup generalist", "chronological",
"""
TYLER BRENNAN-MOSS
Denver, CO 80211 | 303-555-0115 | tyler.bm@example.com

Operations Generalist at a 15-person startup - which mostly meant I was the customer-facing person. I want to do that on purpose now: customer success or senior support, remote or Denver. $65K minimum.

EXPERIENCE
Operations Generalist - Pantrypal (meal-kit software for small grocers), Denver CO - 2022-present
- Front line for ~350 customer accounts: Zendesk email/chat queue (about 70 tickets/day), phone callbacks, weekly office hours
- Onboarding: run 45-minute setup calls for every new store, built the help-center (62 articles) that cut setup tickets by 35%
- Renewals and at-risk accounts: monthly health check list, saved 19 accounts in 2025 by catching usage drops early
- Bug triage: reproduce issues and write Jira tickets for 4 engineers
- The "generalist" part: ordered equipment, ran payroll inputs in Gusto, booked travel, planned the offsite
- CSAT 96%, first response under 2 hours

Guest Services Associate - Mile High Climbing Gym - 2020-2022
- Check-in desk, memberships, billing questions, handled complaints; opened/closed the gym

Barista (shift supervisor last year) - Sunflower Roasters - 2018-2020

SKILLS
Zendesk, Intercom, HubSpot, Jira, Notion, Google Workspace, Loom; basic SQL in Metabase to check customer usage
Zendesk Support Administrator certificate (2024)

EDUCATION
B.A. Communication, Front Range State University, 2019
"""),

rec("p16", "policy_program", "senior", "Analyst 3", "Miriam Castellanos-Webb", "Arlington, VA",
    ["Senior Program Analyst", "Senior Management Analyst", "Program Analyst"], ["Northern Virginia", "Washington DC metro", "remote"],
    True, 118000, "government contractor labor category", "chronological",
"""
MIRIAM CASTELLANOS-WEBB
Arlington, VA | 703-555-0116 | miriam.cwebb@example.com | Public Trust (Tier 4)

Program analyst on federal contracts for 9 years. My labor category is "Analyst 3"; the work is program management support and performance analysis for a federal benefits program. Seeking Senior Program Analyst (government or contractor). $118K+.

EXPERIENCE
Analyst 3 (LCAT: Management Analyst III) - Meridian Federal Solutions, Inc. - 2021-present
Client: U.S. Department of Veterans Affairs, Veterans Benefits Administration (program office)
- Support a $48M modernization program: integrated master schedule, risk register, monthly program management reviews (PMRs)
- Draft briefings, decision memos and congressional inquiry responses for the Government program manager
- Build performance measures and the monthly metrics package (claims backlog, timeliness, quality) in Excel and Power BI
- Wrote 3 standard operating procedures adopted across 4 regional offices
- Task lead for 3 junior analysts on the task order (assign work, review deliverables; no HR authority)

Analyst 2 - Meridian Federal Solutions - 2018-2021
Client: Department of Labor, Employment and Training Administration
- Grant monitoring support, data calls, policy guidance tracking

Analyst 1 / Junior Consultant - Capitol Bridge Consulting (small business 8(a)) - 2016-2018
- Acquisition support: market research, statements of work, proposal evaluation notes

WHAT THE LABOR CATEGORIES MEAN
Analyst 1/2/3 are contract billing levels: Analyst 3 = 8+ years, can lead a task.

SKILLS
Program management (PMBOK), risk management, Power BI, Excel, SharePoint, MS Project, plain-language writing

CERTIFICATIONS
PMP (2022) | Lean Six Sigma Green Belt

EDUCATION
M.A. Public Administration, Old Dominion Crest University, 2016
B.A. Sociology, Shenandoah River College, 2014
"""),
]
