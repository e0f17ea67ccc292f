# Hand-written fictional resumes e17-e24.
from common import add

add("e17", "marketing_communications", "mid", "Communications Coordinator", "Jasmine Boateng", "Atlanta, GA",
    ["Communications Specialist", "Marketing Communications Specialist", "Social Media Manager", "Content Marketing Specialist"], ["Atlanta", "Decatur", "remote"], True, 58000,
    "nonprofit coordinator, 4 yrs", "chronological", """
JASMINE BOATENG
Atlanta, GA | 404-555-0112 | jasmine.boateng@example.com | portfolio: jboateng-example.com

Communications coordinator at a regional food bank with 4 years of writing, social media, email
and media relations experience. I run our channels end to end and want a communications or
marketing specialist role where I can keep growing on content strategy and analytics.

EXPERIENCE
Communications Coordinator — Peachtree Community Food Alliance          2021 – present
• Manage Instagram, Facebook, LinkedIn and TikTok (38K combined followers); grew Instagram 2.3x.
• Write and send the monthly donor newsletter (22K list, 41% open rate) in Mailchimp.
• Draft press releases and pitch local TV; landed 30+ stories incl. 3 live segments in 2023.
• Produce short videos and annual report layouts in Canva and Adobe Express; manage 2 interns.
• Ran the Hunger Action Month campaign that raised $410K online (goal $300K).

Marketing Assistant (part-time) — Sweet Auburn Arts Collective          2019 – 2021
• Event promotion, website updates in WordPress, program flyers, ticketing emails.

Student Writer — Georgia State University News Office                    2017 – 2019

EDUCATION
B.A. Journalism (Public Relations), Georgia State University, 2019

SKILLS
Copywriting and editing (AP style) · social media strategy · Sprout Social, Meta Business Suite,
Mailchimp, WordPress, Canva, Adobe Premiere Rush · Google Analytics 4 · media relations ·
crisis comms basics · event promotion
Certificates: HubSpot Content Marketing (2023), Google Analytics (2024)
""")

add("e18", "human_resources", "senior", "People Partner", "Rebecca Solano-Marsh", "Denver, CO",
    ["Senior HR Business Partner", "HR Business Partner", "Senior People Partner", "HR Manager"], ["Denver, CO", "Boulder", "Remote - Mountain or Central time"], True, 118000,
    "internal title 'People Partner', 8 yrs", "chronological with summary", """
Rebecca Solano-Marsh, SPHR, SHRM-SCP
Denver, CO · 720-555-0149 · rebecca.solanomarsh@example.com

HR business partner with 8 years in human resources at tech and healthcare organizations. I support
client groups of 300-500 employees across employee relations, performance, org design, comp cycles
and workforce planning. Looking for a Senior HRBP role (title at my company is "People Partner").

EXPERIENCE
People Partner — Front Range Health Software                                  2021 – present
· Sole HRBP for Engineering and Product (420 employees, 38 managers) across 4 states.
· Lead employee relations investigations (harassment, retaliation, performance disputes); 60+ cases,
  no agency charges sustained.
· Ran the annual comp review for the org with the comp team; pay-equity fixes for 27 employees.
· Designed manager onboarding program (6 sessions); 2 cohorts per year.
· Partnered on 2 reorganizations and one 45-person reduction in force (WARN review with counsel).

HR Generalist II — Aspen Valley Medical Group                                  2018 – 2021
· Supported 3 clinics and billing office (550 employees); leave administration (FMLA, ADA), policy updates.
· Implemented Workday performance module for clinic staff.

HR Coordinator — Aspen Valley Medical Group                                   2016 – 2018
· Onboarding, I-9s, benefits enrollment questions, HRIS data entry.

EDUCATION
B.S. Business Administration (HR Management), University of Colorado Denver, 2016

CERTIFICATIONS & TOOLS
SPHR (2022), SHRM-SCP (2021) · Workday HCM, Lattice, Greenhouse, Culture Amp · Spanish (professional)
""")

add("e19", "customer_support", "mid", "Customer Care Representative II", "Brianna Kowalski", "Omaha, NE",
    ["Customer Service Representative", "Member Services Representative", "Customer Support Specialist", "Client Services Specialist"], ["Omaha, NE", "Council Bluffs", "work from home"], True, 41000,
    "two jobs: call center + weekend retail", "short, plain", """
Brianna Kowalski
Omaha, NE 68106
402-555-0167 | bri.kowalski@example.com

Summary
Customer care rep with 3 years at an insurance call center, plus a weekend retail job. I handle
60-70 calls a day, billing and coverage questions, and angry callers without escalating most of
them. Want a full-time work-from-home member services or customer support role.

Experience
Customer Care Representative II
Heartland Mutual Insurance, Omaha, NE — Apr 2022 to present
- Inbound calls, chat and email for auto and home policyholders (billing, ID cards,
  coverage questions, payment plans)
- Quality score 96% average; CSAT 4.8/5; promoted from Rep I after 12 months
- Handle 2nd-level escalations for my team of 14 and take supervisor calls when lead is out
- Document in Guidewire and Salesforce Service Cloud; follow state-specific scripts
- Part of the "new hire nesting" group, I sit with new reps for their first 2 weeks

Sales Associate (weekends) — Westroads Home & Garden, Omaha — 2021 to present
- Checkout, returns, special orders, plant care questions, Saturday keyholder

Server — Blackstone Diner, Omaha — 2018 to 2021

Education
Metropolitan Community College — 30 credits toward A.A. Business (evening classes)
Omaha Central High School, 2018

Skills
Salesforce Service Cloud, Guidewire, Zendesk (previous trainings), Microsoft Teams,
typing 62 wpm, de-escalation, bilingual? no - but some ASL (beginner)
Available for 2nd shift, home office with hard-wired internet.
""")

add("e20", "administrative", "mid", "Clerk Typist II", "Dolores Ramírez-Kane", "Sacramento, CA",
    ["Office Technician", "Administrative Assistant", "Executive Assistant", "Office Assistant II"], ["Sacramento", "Elk Grove", "Roseville", "West Sac"], False, 50000,
    "public-sector clerical title", "terse one page", """
DOLORES RAMIREZ-KANE
Sacramento CA 95822 · 916-555-0124 · dolores.rk@example.com

CLERK TYPIST II — COUNTY OF SACRAMENTO-AREA AGENCY (Dept. of Human Assistance)   2019 – now
· Front counter + phones for busy district office; 80-120 clients/day
· Type correspondence, notices, hearing packets; minutes for monthly staff meeting
· Calendar for Program Manager and 2 supervisors; book rooms, travel claims
· Scan/index case files into document imaging system; purge per retention schedule
· Order supplies and track office budget line ($18K/yr) in Excel
· Backup timekeeper for 35 staff (SAP)

OFFICE ASSISTANT — Valley Oak Dental Group                               2016 – 2019
· Reception, scheduling for 4 dentists, insurance verification, recall letters

SALES CLERK — Capitol Mall Stationers                                    2013 – 2016

SKILLS
Typing 70 wpm · MS Word, Excel, Outlook, Teams · SAP time entry · Adobe Acrobat ·
records retention · public counter · Spanish (fluent, certified bilingual pay)

EDUCATION
Certificate, Office Administration — Cosumnes River-area Community College, 2015

Looking for Office Technician, admin assistant or exec assistant. State or county preferred,
also ok private. Full time, no remote needed.

References on request.
Eligible list: State of California Office Technician (Typing), rank 1-2, 2024.
Notary Public, State of California, commission through 2027.
Volunteer tax prep (VITA) every spring since 2020: intake, scheduling, 300+ returns per season.
CPR/First Aid. Clean DMV record.
""")

add("e21", "public_safety", "lead", "Police Sergeant", "Terrence L. Mabry", "Tulsa, OK",
    ["Security Manager", "Corporate Security Supervisor", "Loss Prevention Manager", "Emergency Management Coordinator"], ["Tulsa", "Broken Arrow", "Oklahoma City"], False, 85000,
    "sergeant retiring -> security manager", "pasted from PDF, hard wraps", """
TERRENCE L. MABRY
Tulsa, Oklahoma 74133 | 918-555-0181 | t.mabry.sgt@example.com

PROFILE: Police sergeant retiring in June 2025 after 21 years with a municipal
police department (800 sworn). 9 years as patrol and then property-crimes
sergeant supervising 8-12 officers and detectives. Seeking a security
manager or corporate security supervisor role with a hospital, campus,
utility or large employer.

EXPERIENCE
Sergeant, Property Crimes Unit                                     2020 -
Present
Tulsa-area Municipal Police Department
- Supervise 9 detectives; assign and review 1,100+ cases/yr; clearance
rate up from 14% to 22%
- Liaison with retail loss prevention teams and pawn detail; organized
retail theft task force with 6 retailers
- Write performance evaluations; handle citizen complaints and first-
level discipline
Patrol Sergeant, Southeast Division                                 2016 -
2020
- Shift supervisor for 10-12 officers on nights; use-of-force reviews,
critical incident command until relieved
Police Officer / Field Training Officer                             2004 -
2016
- Patrol, FTO for 23 recruits, SWAT perimeter team (2009-2014)

U.S. Army Military Police, Specialist (E-4)                         2000 -
2004
- Installation access control, patrol, Kuwait deployment 2003

EDUCATION
B.S. Criminal Justice Administration, Northeastern State-area
University (Green Country University), 2012

TRAINING / CERTIFICATIONS
CLEET Advanced Peace Officer | FEMA ICS 100/200/300/400, IS-700/800 |
Crisis Intervention Team (CIT) | Instructor: defensive tactics, firearms
Pursuing: ASIS Physical Security Professional (PSP) - exam fall 2025
""")

add("e22", "social_work", "senior", "Clinician III", "Mei-Lin Castellanos, LCSW", "Albuquerque, NM",
    ["Licensed Clinical Social Worker", "Senior Therapist", "Outpatient Therapist (LCSW)", "Clinical Social Worker III"], ["Albuquerque", "Rio Rancho", "telehealth anywhere in NM"], True, 78000,
    "internal III title, licensed", "chronological", """
Mei-Lin Castellanos, LCSW
Albuquerque, NM 87106 · 505-555-0138 · meilin.castellanos@example.com

Licensed clinical social worker (NM LCSW, 2019) with 9 years in community mental health. I carry an
outpatient caseload of adults and adolescents with trauma, depression and co-occurring substance use,
and provide clinical supervision toward licensure for two LMSWs. Looking for a senior therapist /
LCSW position, in person or telehealth.

EXPERIENCE
Clinician III — Outpatient Behavioral Health
Sandia Mountain Community Counseling Center (nonprofit CMHC)                 2020 – present
· Caseload of 55-65 clients; individual and family therapy using TF-CBT, DBT skills and MI.
· Complete comprehensive assessments, treatment plans and crisis safety plans (C-SSRS).
· Clinical supervision of 2 LMSWs (weekly, toward LISW/LCSW hours); co-lead DBT skills group.
· Member of the agency's quality/utilization review committee; chart audits 10/month.

Clinician II — Same agency                                                     2017 – 2020
· School-based therapist in 3 middle schools; IEP meetings, teacher consultation.

Case Manager — Rio Grande Family Services                                      2015 – 2017
· Community support services for adults with serious mental illness; housing and benefits (SSI, Medicaid).

EDUCATION
M.S.W., clinical concentration, New Mexico Highlands-area University (Mesa Verde University), 2015
B.A. Psychology, University of New Mexico, 2013

LICENSES & TRAINING
NM LCSW #xxxx (2019) · TF-CBT certified therapist · DBT foundational training (Behavioral Tech) ·
EMDR Part 1 · QPR suicide prevention trainer · Mandarin (heritage speaker), Spanish (intermediate)

SYSTEMS
Credible EHR, Epic (school pilot), Zoom for Health
""")

add("e23", "science_lab", "mid", "Research Associate II", "Zhang Wenjie (William)", "San Diego, CA",
    ["Research Associate II", "Scientist I", "Research Associate - Cell Biology", "Associate Scientist"], ["San Diego", "Bay Area", "Boston/Cambridge"], False, 90000,
    "immigrant, non-native English, RA II", "education-first", """
ZHANG WENJIE (William)
San Diego, CA 92122 | 858-555-0115 | wenjie.zhang.bio@example.com
Work authorization: H-1B (transfer needed), green card in process

EDUCATION
M.S. Biology (Molecular & Cell Biology), Pacific Coast State University, 2020
  Thesis: CRISPR knockout screen of autophagy genes in HeLa cells
B.S. Bioengineering, Sichuan University, Chengdu, China, 2018

RESEARCH EXPERIENCE
Research Associate II, Cell Biology Group
Torrey Mesa Therapeutics (oncology biotech, ~150 people)            2022 - present
- Mammalian cell culture for 20+ lines incl. primary T cells; lentiviral transduction
- Flow cytometry (BD FACSymphony, 12-color panels) and analysis in FlowJo
- Cell-based potency assays for 2 antibody programs; wrote SOPs for transfer to CRO
- qPCR, western blot, ELISA, MSD; data to ELN (Benchling)
- Train new RA I and interns on BSL-2 practices

Research Associate I, same company                                  2020 - 2022
- Plate-based screening of 3,000 compounds, liquid handler (Hamilton STAR) methods

Graduate Researcher, Lab of Dr. E. Moravec, Pacific Coast State     2018 - 2020
- CRISPR library design, NGS sample prep, data analysis in R

SKILLS
Cell culture (aseptic, BSL-2), CRISPR/Cas9, lentivirus, flow cytometry, qPCR, western, ELISA,
Hamilton and Opentrons automation, GraphPad Prism, R (basic), Benchling ELN

PUBLICATIONS
2nd author, "Autophagy regulators in ..." J. Cell Sci-type journal, 2021; 1 poster AACR 2023

LANGUAGE
Chinese Mandarin (native), English (professional, still improving presentation skills)
""")

add("e24", "policy_program", "executive", "Executive Director", "Cornelius 'Neil' Abernathy-Greene", "Baltimore, MD",
    ["Executive Director", "Chief Program Officer", "Deputy Director", "Director of Programs"], ["Baltimore", "Washington DC metro", "Annapolis"], False, 150000,
    "nonprofit ED", "narrative summary + achievements", """
CORNELIUS "NEIL" ABERNATHY-GREENE
Baltimore, MD · 410-555-0191 · neil.abernathygreene@example.com

Nonprofit executive with 16 years in workforce and housing programs. Executive director of a
community development nonprofit for 6 years; before that I ran programs in city government. I
report to a 15-member board, manage a $7.8M budget and 52 staff. Looking for my next Executive
Director, Chief Program Officer or deputy director role in public or nonprofit programs.

EXPERIENCE
Executive Director — Harbor East Neighborhood Works, Baltimore              2019 – present
• Lead 4 program areas (workforce training, homeownership counseling, youth employment, tenant
  services); 3,200 residents served per year.
• Grew budget from $3.1M to $7.8M; diversified funding (city/state contracts 55%, foundations 30%,
  earned revenue 15%); closed 2 years of deficits.
• Won a $2.4M federal workforce grant and a state ARPA subaward ($3M); built compliance and
  reporting systems to manage them.
• Hired a COO and development director; introduced outcomes dashboards for the board.

Deputy Director, Workforce Programs — Mayor's Office of Employment Development  2014 – 2019
• Oversaw 6 program managers and a $14M portfolio of WIOA-funded contracts with 20 providers.
• Redesigned summer youth employment program (8,000 youth) intake and payroll.

Program Manager → Senior Policy Analyst, Baltimore City Housing Dept.           2009 – 2014

EDUCATION
M.P.A., University of Baltimore-area (Chesapeake State University), 2009
B.A. Sociology, Morgan State University, 2006

BOARDS & AFFILIATIONS
Maryland Nonprofits policy committee · Board treasurer, Govans Youth Soccer League
""")
