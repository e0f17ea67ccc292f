"""Hand-written records f17-f23."""
from common import add

add("f17", "policy_program", "mid", "Management and Program Analyst, GS-0343-11", "DeShawn Ellery-Park", "Kansas City, MO",
    ["Management and Program Analyst", "Program Analyst GS-12", "Grants Program Specialist"],
    ["Kansas City, MO", "Kansas City, KS", "Remote (federal)"], True, 72000,
    "federal GS grade", "federal (USAJOBS style)", """
DESHAWN ELLERY-PARK
Kansas City, MO 64108 | 816-555-0162 | deshawn.ellerypark@example.com
Veterans' preference: none | Citizenship: U.S. | Highest grade held: GS-0343-11 (step 3)

OBJECTIVE: GS-0343-12 Management and Program Analyst or Grants Program Specialist

EXPERIENCE
Management and Program Analyst, GS-0343-11                      Jun 2022 - present
Federal Rural Housing Programs Office, Region 7, Kansas City, MO
40 hrs/week; supervisor: Program Director (may contact)
- Monitor 38 grantee housing-repair programs in 4 states: quarterly performance reports,
  desk reviews, and 6-8 on-site monitoring visits a year.
- Wrote the regional standard operating procedure for corrective-action plans; adopted by 2
  other regions.
- Built the regional dashboard of obligations vs. outlays in Power BI from the grants system.
- Draft briefing papers and responses to congressional inquiries for the Regional Director.

Program Analyst, GS-0343-9 (Pathways Recent Graduate)           Jun 2020 - Jun 2022
Same office
- Tracked funding allocations; prepared data calls and audit evidence for the OIG review.

Graduate Intern - Heartland Community Development Council        2019 - 2020
- Evaluated a rental-assistance pilot; survey design and cleaning.

EDUCATION
M.P.P., Prairie Metro University, 2020
B.A. Political Science, Osage Hills College, 2018

TRAINING
Grants management certificate (federal, 2023); Lean Six Sigma Yellow Belt; FOIA basics
Skills: Excel (pivots, Power Query), Power BI, SharePoint, plain-language writing
""")

add("f18", "finance_accounting", "senior", "Vice President, Commercial Credit Underwriting", "Ingrid Mbatha-Cole", "Charlotte, NC",
    ["Senior Credit Underwriter", "Senior Credit Analyst - Commercial Banking", "Credit Officer"],
    ["Charlotte, NC", "Rock Hill, SC", "Hybrid"], False, 125000,
    "bank title inflation (VP = IC)", "plain", """
INGRID MBATHA-COLE, CFA
Charlotte, NC | 704-555-0169 | ingrid.mbathacole@example.com

Commercial credit underwriter, 9 years. "Vice President" is a bank officer title at my
employer: I am an individual contributor with no direct reports. I underwrite middle-market
loans of $5M-$50M and want a senior underwriter / credit officer role with a regional bank.

EXPERIENCE
Piedmont Federal Trust Bank, Charlotte, NC
Vice President, Commercial Credit Underwriting                       2021 - present
- Underwrite 35-45 new and renewal middle-market credits a year (C&I, owner-occupied CRE,
  ABL); exposure up to $50M.
- Build cash-flow models, covenant packages and downside cases; present to senior credit
  committee.
- Mentor 2 credit analysts on spreading and memo writing (informal).
- Portfolio of 60 relationships: annual reviews, risk ratings, covenant compliance testing.
Assistant Vice President, Credit Analyst II                          2018 - 2021
- Spread financials in Moody's CreditLens; wrote credit memos for relationship managers.
Credit Analyst I (Credit Development Program)                        2016 - 2018

EDUCATION
B.S. Finance, Catawba River University, 2016
CFA charterholder (2020); RMA-style commercial lending certificate

SKILLS
Moody's CreditLens, nCino, Excel modeling, Power BI, SQL (basic)

Languages: English, isiZulu, Afrikaans (conversational)
""")

add("f19", "logistics_supply_chain", "lead", "Assistant Director of Purchasing", "Rafael Dunleavy", "Ann Arbor, MI",
    ["Purchasing Manager", "Procurement Manager", "Assistant Director, Procurement Services"],
    ["Ann Arbor, MI", "Ypsilanti, MI", "Detroit metro"], False, 98000,
    "assistant-director title, public university", "plain", """
Rafael Dunleavy, CPSM
Ann Arbor, MI | 734-555-0172 | rdunleavy@example.com

Public-sector procurement leader, 14 years in university purchasing. As Assistant Director of
Purchasing I manage 6 buyers and a contracts specialist and run formal solicitations under
state and federal (Uniform Guidance) rules. Looking for a Purchasing/Procurement Manager or
Assistant Director role.

EXPERIENCE
Great Lakes Metropolitan University - Procurement Services
Assistant Director of Purchasing                                  2019 - present
- Supervise 6 buyers and 1 contracts specialist; set workload, review awards over $50K.
- Run 25-30 RFPs/ITBs a year (construction services, lab equipment, IT, dining); $140M
  annual spend under management.
- Implemented the e-procurement catalog in Jaggaer; PO cycle time down from 9 to 4 days.
- Led the 2022 federal procurement policy rewrite after an A-133 audit finding.
Senior Buyer                                                      2014 - 2019
- Lab and research equipment category; negotiated a 5-year campus-wide lab supply contract
  with 18% savings.
Buyer I                                                           2011 - 2014

Inventory Clerk - Huron Valley Medical Supply (part-time, during college) 2008 - 2011

EDUCATION
B.B.A. Supply Chain Management, Eastern Lakes University, 2011

CERTIFICATIONS
CPSM (ISM) | NIGP-CPP | Michigan public purchasing association member

SYSTEMS
Jaggaer, PeopleSoft Financials, Bonfire, Excel
""")

add("f20", "software_engineering", "executive", "Head of Engineering", "Oluwaseun Hartigan", "Austin, TX",
    ["VP of Engineering", "Head of Engineering", "CTO (Series B-C)"],
    ["Austin, TX", "Remote (US)"], True, 240000,
    "head-of title, startup", "plain", """
OLUWASEUN HARTIGAN
Austin, TX | 512-555-0176 | seun.hartigan@example.com | code: seun-h.example.com

Engineering leader, 16 years building and running product engineering teams. Head of
Engineering at a Series B logistics SaaS company: 22 engineers in 4 teams plus 3 engineering
managers report into me. Looking for VP Engineering or CTO roles at growth-stage companies.

EXPERIENCE
Head of Engineering - Freightlane Labs, Austin (remote-first)          2021 - present
- Grew the org from 7 to 25 (22 ICs, 3 EMs); defined career ladder and hiring loops.
- Owned the platform rewrite from a Rails monolith to Go services on AWS/EKS; p95 API
  latency 800 ms -> 140 ms; infra cost down 31%.
- Introduced on-call, SLOs and incident reviews; SEV1s dropped from 11 to 2 per quarter.
- Member of the exec team; partner with the CPO on roadmap and with finance on a $6.5M
  engineering budget; supported the Series B technical due diligence.

Engineering Manager -> Senior Engineering Manager - Paxwell Health, Dallas   2016 - 2021
- Managed 2 then 4 teams (patient-scheduling, integrations); shipped HL7/FHIR gateway.

Senior Software Engineer - Brightmere Payments, Dallas                    2012 - 2016
Software Engineer - Lonestar Data Systems                                   2009 - 2012

EDUCATION
B.S. Computer Science, Brazos Valley State University, 2009

TECH
Go, Python, Ruby, TypeScript; PostgreSQL, Kafka; AWS (EKS, RDS), Terraform; Datadog
""")

add("f21", "it_infrastructure", "senior", "Assistant Vice President, Network Engineering", "Wen-Li Sorensen", "Pittsburgh, PA",
    ["Senior Network Engineer", "Network Engineer III", "Senior Network Security Engineer"],
    ["Pittsburgh, PA", "Hybrid - Pittsburgh", "Remote (US)"], True, 128000,
    "bank title inflation (AVP = IC)", "two-column PDF paste", """
WEN-LI SORENSEN                          CONTACT
Assistant Vice President,                Pittsburgh, PA
Network Engineering                      412-555-0181
                                         wenli.sorensen@example.com
PROFESSIONAL EXPERIENCE
Allegheny Commerce Bank                  CERTIFICATIONS
AVP, Network Engineering   2020-present  CCNP Enterprise
· Design and run the data-center and     Palo Alto PCNSE
  branch WAN for 140 branches (Cisco     AWS Advanced Net-
  SD-WAN, Nexus 9K, Palo Alto fire-      working - Specialty
  walls); individual contributor on a    ITIL 4 Foundation
  team of 9 engineers.
· Led migration of 140 branches from     SKILLS
  MPLS to SD-WAN; circuit cost -28%.     BGP, OSPF, VXLAN
· Own firewall rule reviews for PCI      Cisco SD-WAN
  and FFIEC audits; zero findings 2023.  Palo Alto Panorama
· Built Ansible playbooks for switch     Ansible, Python
  config backups and compliance checks.  NetBox, SolarWinds
                                         Azure/AWS VPC
Network Engineer II        2016-2020
· Campus LAN/WLAN for 3 operations       EDUCATION
  centers; on-call rotation; Tier 3      B.S. Information
  escalations from the NOC.              Systems, Three
                                         Rivers Polytechnic,
Keystone Regional Health                 2013
Network Administrator      2013-2016
· Hospital LAN, Cisco ISE 802.1X,
  Meraki clinics.                        -- 1 of 1 --
""")

add("f22", "data_analysis", "entry", "Shift Supervisor", "Beatriz Kowalczyk", "Milwaukee, WI",
    ["Data Analyst", "Junior Data Analyst", "Reporting Analyst"],
    ["Milwaukee, WI", "Madison, WI", "Remote (US)"], True, 55000,
    "new grad, job outside target", "plain", """
Beatriz Kowalczyk
Milwaukee, WI | 414-555-0185 | bea.kowalczyk@example.com | portfolio: bea-k.example.com

B.S. in Statistics (May 2025). Looking for an entry-level data analyst or reporting analyst
job. I have worked through college and since graduation as a coffee-shop shift supervisor,
where I built the store's labor and waste reports; projects below show my SQL, R and
Tableau work.

EDUCATION
B.S. Statistics, minor in Economics - Lake Michigan State University, 2025 (GPA 3.6)
Coursework: regression, experimental design, SQL databases, time series, data visualization

PROJECTS
- Milwaukee bus ridership (capstone): cleaned 4 years of stop-level ridership (2.3M rows) in
  R; modeled weekday ridership vs. weather and route changes; Tableau dashboard presented to
  the county transit planning office.
- Store operations analysis: exported 18 months of POS data to Google Sheets/SQLite; found
  that a 6-7 a.m. staffing change cut wait times; manager adopted it for 3 stores.
- Kaggle-style housing price model (Python, scikit-learn), write-up on my portfolio.

WORK EXPERIENCE
Shift Supervisor - Third Ward Roasters, Milwaukee                       2023 - present
Barista                                                                  2021 - 2023
- Open/close, cash reconciliation, run a crew of 4-6; weekly waste and labor report.

Undergraduate Research Assistant - LMSU Dept. of Economics (10 hrs/week)    2024 - 2025
- Cleaned survey data in Stata/R; wrote codebooks and summary tables.

SKILLS
SQL (PostgreSQL, SQLite), R (tidyverse, ggplot2), Python (pandas), Tableau, Excel, Stata
Spanish (fluent)
""")

add("f23", "design_ux", "senior", "Design Director", "Jules Amari-Lindgren", "Providence, RI",
    ["Senior Product Designer", "Senior UX Designer", "Lead Product Designer"],
    ["Providence, RI", "Boston, MA", "Remote (US)"], True, 118000,
    "director title at 6-person agency", "two-column PDF paste", """
JULES AMARI-LINDGREN
Product & UX Design · Providence, RI · 401-555-0190 · jules.al@example.com
portfolio: julesal.example.com (password on request)
SUMMARY                                  EXPERIENCE
Designer with 8 years across             Design Director
agency and in-house product              Northbeam Studio (6 people), Providence
work. My current title is                2021 - present
Design Director at a six-                · I am the agency's only full-time
person studio; in practice I am            designer plus one contract illustrator;
a senior IC who also runs client           "director" = I own design for every
workshops. Looking for a                   client engagement.
Senior Product Designer role             · Led UX and UI for a telehealth intake
on a product team.                         app (12K monthly users): research,
                                           flows, Figma design system, handoff.
TOOLS                                    · Redesigned a credit-union online
Figma, FigJam, Maze,                       banking portal; task success 64% ->
Adobe CC, Webflow,                         89% in moderated tests.
Principle, basic HTML/                   · Run discovery workshops and usability
CSS, Jira                                  testing with clients' customers.

SKILLS                                   Product Designer
User research, usability                 Harbor & Vine Software, Boston
testing, IA, interaction                 2018 - 2021
design, design systems,                  · B2B scheduling SaaS; owned the
accessibility (WCAG 2.2)                   mobile app and settings redesign.

EDUCATION                                Junior Visual Designer
B.F.A. Graphic Design,                   Crescent Print & Digital, Pawtucket
Narragansett School of                   2016 - 2018
Art & Design, 2016
""")
