"""blind7 part 3: g16-g23 (hand-written)."""
from common import rec

rec("g16", "software_engineering", "senior", "Senior Software Engineer", "Pranav Subramaniam Kulkarni", "Plano, TX",
    ["Senior Backend Engineer", "Senior Software Engineer - Java", "Staff Software Engineer"],
    ["Dallas, TX", "Plano, TX", "Irving, TX"], True, 165000, "foreign-trained; Indian English", "bullets",
"""
PRANAV SUBRAMANIAM KULKARNI
Plano, TX | +1 469-555-0131 | pranav.kulkarni.dev@example.com | H-1B (I-140 approved)

PROFESSIONAL SUMMARY
* Senior Software Engineer having 10+ years of experience in design and development of
  distributed backend systems using Java, Spring Boot, Kafka and AWS.
* Currently working with payments domain, handling 4,000 transactions per second at peak.
* Good exposure in system design, performance tuning and mentoring of junior developers.

TECHNICAL SKILLS
Languages: Java 17/21, Kotlin, Python, SQL
Frameworks: Spring Boot, Spring Cloud, Hibernate, gRPC
Cloud/DevOps: AWS (EKS, Lambda, DynamoDB, RDS, SQS), Terraform, Docker, Jenkins, GitHub Actions
Data: PostgreSQL, Redis, Kafka, Elasticsearch
Monitoring: Datadog, Splunk, Grafana

EXPERIENCE
Senior Software Engineer - Lone Star Payments Inc., Plano, TX (Apr 2021 - Present)
* Designed the idempotent ledger service in Spring Boot + PostgreSQL; reduced double-posting
  incidents to zero since launch.
* Migrated 14 services from EC2 to EKS; infra cost reduced by 28%.
* Tech lead for a pod of 5 engineers (no direct reports); conduct design reviews and interviews.
* On-call rotation; authored 9 postmortems and the team's runbook standards.

Software Engineer II - a retail bank (through consulting firm), Charlotte, NC (2018 - 2021)
* Built account-opening REST APIs, improved p99 latency from 900ms to 220ms.

Software Engineer / Senior Software Engineer - Infosys-type IT services co., Pune (2014 - 2018)
* Worked for US insurance client on policy admin modules (Java EE, Oracle).
* Received "Star Performer" award two times.

EDUCATION
B.E. Computer Engineering, Savitribai Phule Pune University, 2014

CERTIFICATIONS
AWS Certified Solutions Architect - Associate (2024)
""")

rec("g17", "it_infrastructure", "mid", "Cyber Transport Systems Craftsman (SSgt)", "Latoya R. Dubois-Fenwick", "Colorado Springs, CO",
    ["Network Administrator", "Systems Administrator II", "Network Engineer"],
    ["Colorado Springs, CO", "Denver, CO"], False, 78000, "military-to-civilian", "plain",
"""
LATOYA R. DUBOIS-FENWICK
Colorado Springs, CO  |  719-555-0168  |  l.duboisfenwick@example.com
Active TS/SCI (2025)  |  Separating from U.S. Air Force, terminal leave begins July 2026

Network and systems administrator with six years in the Air Force (AFSC 1D7X1 Cyber Transport,
formerly 3D1X2). Cisco routing and switching, Windows Server, VMware, and a lot of troubleshooting
at 3 a.m. Looking for a network or systems administrator role with a defense contractor or
utility.

MILITARY EXPERIENCE

Staff Sergeant (E-5), Cyber Transport Systems Craftsman                   2022 - present
21st Communications Squadron, Peterson SFB, CO
Maintained base network for 4,800 users: 300+ Cisco Catalyst switches, ISR routers, and
Palo Alto firewalls. Supervised 4 Airmen on the network operations shift. Led a 9-month
switch refresh (212 devices) with no mission downtime. Patched to DISA STIGs; ACAS scans and
POA&M tracking for the squadron's RMF package.

Senior Airman, Cyber Transport Systems Journeyman                         2020 - 2022
Kadena Air Base, Japan
Tier 2 trouble tickets (Remedy), fiber and copper termination, VoIP phone moves, VLAN and
port-security changes, deployable comms kit for exercises.

Airman, Technical Training                                                  2019 - 2020
Keesler AFB - Cyber Transport Systems apprentice course

CERTIFICATIONS
CCNA (2023) | CompTIA Security+ CE | CompTIA Network+ | Microsoft Azure Administrator (AZ-104,
in progress) | ITIL 4 Foundation

EDUCATION
A.A.S. Information Systems Technology, Community College of the Air Force, 2023
B.S. Cybersecurity (online), 60 of 120 credits complete

SKILLS
Cisco IOS/IOS-XE, OSPF, BGP basics, Palo Alto, SolarWinds, Active Directory, Group Policy,
PowerShell basics, VMware vSphere, Wireshark
""")

rec("g18", "data_analysis", "lead", "Analytics Manager", "Philippa Okafor-Hartley", "Boston, MA",
    ["Analytics Manager", "Manager, Data Science & Analytics", "Head of Analytics"],
    ["Boston, MA", "Cambridge, MA"], True, 175000, "UK-trained; British English", "two-column paste",
"""
PHILIPPA OKAFOR-HARTLEY                                   Boston, MA
Analytics Manager                                         617-555-0189
                                                          philippa.oh@example.com

PROFILE                              EXPERIENCE
Analytics manager who started        Analytics Manager
as an econometrician in London.      Harbourline Insurance, Boston    2022 - present
I lead a team of five analysts       - Line manager for 5 (3 analysts, 2 data
and a data scientist on pricing        scientists); hiring, appraisals, roadmap.
and customer retention. Moved        - Built the renewal-retention model (GBM in
to the US in 2022.                     Python) - lapse down 2.1 points, c. $14m
                                       premium kept in year one.
SKILLS                               - Owner of the pricing dashboard suite
Python (pandas, scikit-learn)          (Power BI), 400 monthly users.
SQL (Snowflake, SQL Server)          - Prioritise requests from underwriting,
R, Stata                               claims and marketing directors.
Power BI, Tableau
dbt, Git, Airflow (basic)            Senior Analyst, then Lead Analyst
A/B testing, GLMs, survival          Thamesgate Direct, London         2016 - 2022
analysis, causal inference           - Pricing analysis for motor and home
                                       insurance; GLM pricing models.
EDUCATION                            - Supervised two graduate analysts (2020-22).
MSc Econometrics, University         - Automated the monthly MI pack, saving
of Warwick, 2014                       c. 3 days per month.
BSc Economics, University of
Nottingham, 2013                     Economic Analyst (graduate scheme)
                                     UK government statistics office
MEMBERSHIPS                          2014 - 2016
Royal Statistical Society
US work authorisation: green card.
""")

rec("g19", "design_ux", "mid", "Freelance Graphic Designer", "Oksana Halvorsen-Reid", "Portland, OR",
    ["Graphic Designer", "Brand Designer", "Visual Designer"],
    ["Portland, OR"], True, 62000, "freelance / part-time", "bullets",
"""
OKSANA HALVORSEN-REID
Graphic & Brand Designer
Portland, OR · 503-555-0126 · oksana.makes@example.com · portfolio on request

Designer with four years of brand, print and social work, mostly freelance. I'd like to join an
in-house creative team or a small agency as a full-time graphic/brand designer.

SELECTED CLIENT WORK (freelance, 2022 - present, 20-30 hrs/week)
• Cascade Food Co-op - refreshed identity across 3 stores: logo, signage system, shelf tags,
  weekly flyer templates used by their staff in Canva.
• Willamette Valley winery - label series for 6 wines (print-ready with foil and die-line),
  tasting-room menus, Instagram templates. Wine won a regional packaging award, 2024.
• Portland nonprofit arts festival - poster, program booklet (48 pp.), wayfinding,
  animated social teasers (After Effects).
• Two tech startups - pitch decks and icon sets in Figma; handed off to their developers.

EMPLOYMENT
Graphic Designer (part-time) - Rose City Print & Sign, Portland, OR      2023 - present
• 15 hrs/week preflighting customer files, large-format and vehicle-wrap layouts.

Junior Designer - Northbound Creative (agency, 8 people), Portland      2021 - 2022
• Production design for retail clients, resizing campaigns, photo retouching.

Design Intern - Oregon public radio station                              Summer 2020

EDUCATION
BFA Graphic Design, Pacific Northwest College of Art, 2021

TOOLS
Illustrator, InDesign, Photoshop, After Effects (intermediate), Figma, Canva for handoff,
Procreate, prepress (CMYK, spot colour, bleeds)

OTHER
Hand lettering workshop instructor at a community arts center (monthly).
""")

rec("g20", "sales", "senior", "Strategic Account Manager", "Desmond K. Abernathy-Cho", "Atlanta, GA",
    ["Enterprise Account Executive", "Senior Account Executive", "Strategic Account Manager"],
    ["Atlanta, GA"], True, 120000, "standard; 'manager' title without reports", "plain",
"""
DESMOND K. ABERNATHY-CHO
Atlanta, GA | 404-555-0152 | desmond.abernathy.cho@example.com

B2B SaaS SELLER - 8 YEARS, 6 IN CLOSING ROLES
Quota-carrying individual contributor selling logistics software to mid-market and enterprise
shippers. President's Club 2023 and 2025. Looking for an Enterprise AE or Strategic Account
Manager seat.

EXPERIENCE
Strategic Account Manager, Freightwise Software, Atlanta, GA                 2022 - present
Own 28 enterprise accounts ($11M ARR book) - expansion and new logos within them.
2025: 131% of $2.4M net-new quota; 2024: 96%; 2023: 118%.
Closed the company's largest deal ($1.3M ACV, 3-year) with a national grocery chain: 9-month
cycle, 14 stakeholders, security review, procurement redlines.
Individual contributor; I partner with 2 solutions engineers and a CSM.

Account Executive, Mid-Market, Freightwise Software                         2020 - 2022
Full-cycle sales, $75K average deal; ramped in 4 months, 112% attainment in 2021.

Sales Development Representative, Peachtree CRM Labs, Atlanta                2018 - 2020
Outbound prospecting, 60+ dials a day, promoted after 14 months.

EDUCATION
B.B.A. Marketing, Georgia State University, 2018

SKILLS
MEDDPICC, Command of the Message, Salesforce, Gong, Outreach, LinkedIn Sales Navigator,
mutual action plans, executive business reviews, contract negotiation.
""")

rec("g21", "marketing_communications", "executive", "Vice President, Marketing & Communications", "Marguerite Esposito-Nakamura", "Pittsburgh, PA",
    ["Chief Marketing Officer", "Vice President of Marketing and Communications", "Chief Communications Officer"],
    ["Pittsburgh, PA", "Cleveland, OH"], False, 220000, "executive", "plain",
"""
MARGUERITE ESPOSITO-NAKAMURA
Pittsburgh, PA   412-555-0144   m.esposito.nakamura@example.com

Marketing and communications executive with 20 years in health systems and higher education.
I lead brand, digital, media relations, internal communications and crisis communications, and
sit on the executive team. Seeking a CMO / Chief Communications Officer role.

Vice President, Marketing & Communications
Three Rivers Health System (7 hospitals, 19,000 employees)                  2019 - present
- Lead a 46-person department through 4 directors; $14M budget plus agency of record.
- Rebranded the system after a merger of two networks: new name, architecture for 140
  locations, signage rollout, employee launch. Aided awareness up 19 points in 18 months.
- Ran communications through the 2020-22 pandemic response and a 2024 cyber incident
  (daily briefings, 60+ media interviews, patient notification).
- Digital front door: new website and scheduling, online bookings +42%.

Director, Communications and Public Relations
Allegheny River University                                                   2013 - 2019
- Media relations, crisis, executive speechwriting, magazine; 9 staff.

Senior Communications Manager, regional health insurer                       2009 - 2013
Public Relations Specialist, then Account Supervisor, PR agency, Philadelphia 2005 - 2009

EDUCATION
M.A. Corporate Communication, Duquesne University, 2008
B.A. Journalism, Penn State, 2005

RECOGNITION
PRSA Pittsburgh Renaissance Award (crisis communication), 2021; board, local food bank.
""")

rec("g22", "human_resources", "mid", "Personnel Analyst II", "Gideon Amankwah-Sorensen", "Minneapolis, MN",
    ["Human Resources Generalist", "Labor Relations Specialist", "HR Analyst II"],
    ["Minneapolis, MN", "St. Paul, MN"], False, 72000, "public sector grade", "bullets",
"""
GIDEON AMANKWAH-SORENSEN
Minneapolis, MN - 612-555-0172 - g.amankwah.sorensen@example.com

HUMAN RESOURCES GENERALIST - PUBLIC SECTOR
Four years in a county human resources department working with six bargaining units. Moving on
to an HR generalist or labor relations specialist role in a city, county or university.

EXPERIENCE
Personnel Analyst II - Hennepin-area County, Human Resources Department   2023 - present
  - HR partner for Public Works and Parks (about 620 employees, AFSCME and Teamsters units).
  - Advise supervisors on discipline, leave (FMLA, ADA accommodation) and contract language.
  - Conduct workplace investigations (12 completed in 2025) and write findings reports.
  - Assist the labor relations manager at grievance step meetings and in 2025 bargaining
    (costing spreadsheets, proposals tracking).
  - Run classification studies; rewrote 18 job descriptions for the Parks reorganization.

Personnel Analyst I - same county                                          2022 - 2023
  - Recruitment and civil-service exams: posting, minimum-qualification screening, eligible
    lists, interview panels; about 90 requisitions a year.

HR Assistant - Twin Cities nonprofit housing agency                        2020 - 2022
  - Onboarding, I-9s, benefits enrollment, HRIS data entry (Paylocity).

EDUCATION
B.A. Psychology, minor in Labor Studies, University of Minnesota, 2020

CERTIFICATIONS
SHRM-CP (2024) | IPMA-HR member | Workplace investigation training (AWI)

SKILLS
Workday HCM, NEOGOV, Excel, contract interpretation, investigations, Twi (fluent)
""")

rec("g23", "customer_support", "lead", "Team Lead, Operations", "Fiona McCallister-Ruiz", "Jacksonville, FL",
    ["Call Center Supervisor", "Customer Service Supervisor", "Member Services Team Lead"],
    ["Jacksonville, FL"], True, 55000, "generic title", "plain",
"""
FIONA McCALLISTER-RUIZ
Jacksonville, FL  32256   904-555-0138   fiona.mruiz@example.com

Customer service professional, 9 years on the phones and the last 3 leading a team. My title is
"Team Lead, Operations", which sounds like the warehouse - it is actually a 14-agent inbound
contact-center team for a health insurer's member line. Looking for a call center or customer
service supervisor role.

EXPERIENCE

Team Lead, Operations (Member Services) - Sunfield Health Plan, Jacksonville    2023 - present
Supervise 14 member services representatives (inbound calls, chat, secure messages).
Hire with HR, run huddles, weekly side-by-sides and monthly scorecards; handle escalated
callers and grievance intake. Team moved from 6th to 2nd of 9 teams on QA score; average
handle time down 40 seconds while first-call resolution rose to 81%. Build the team's
schedule in NICE and approve time off. Trained 3 new hires classes as back-up trainer.

Member Services Representative II / Senior Rep - Sunfield Health Plan           2019 - 2023
Benefits, eligibility, claims status, provider lookups; Medicare Advantage line from 2021.
Floor support ("hand-raiser") for new reps.

Customer Service Representative - a Jacksonville bank call center              2017 - 2019
Debit card disputes, online banking resets, fraud alerts.

Cashier / Front End Associate - grocery chain                                   2015 - 2017

EDUCATION
A.S. Business Administration, Florida State College at Jacksonville, 2019
Annual HIPAA and CMS Medicare compliance training; certified Customer Experience coach (internal).

SYSTEMS
NICE inContact, Salesforce Service Cloud, Facets, Zendesk, Excel, Teams, Verint QA
""")
