"""blind12 hand-written records l17-l23."""
from common import rec

RECORDS = [
rec("l17", "sales", "entry", "Sales Associate", "Destiny Alvarado-Kim", "Mesa, AZ",
    ["Sales Associate", "Retail Sales Representative", "Inside Sales Representative"],
    ["East Valley (Mesa, Gilbert, Chandler, Tempe)", "Phoenix metro"], False, 35360,
    "retail sales starter; hospitality and customer-service history", "short, * bullets", """
Destiny Alvarado-Kim
Mesa, AZ · 480-555-0178 · destiny.ak@example.com

Retail sales associate, 1 year, and 2 years before that as a restaurant hostess. I like selling and want a sales associate or entry-level inside sales job in the East Valley, full time. Looking for $17/hr or more plus commission.

EXPERIENCE
Sales Associate — Desert Sun Mattress & Furniture, Gilbert, AZ
Nov 2025 – present
* Greet walk-ins, fit customers to mattresses, write up sales and financing applications.
* $41K average monthly written sales; #2 of 7 associates in Q2 2026.
* Follow-up texts and calls to leads from the website; book delivery dates.
* Sell protection plans and adjustable bases (attach rate 38%, store goal 30%).
* Open and close the store two days a week; count the drawer and set the weekly promo signs.

Host / To-Go Specialist — Saguaro Cantina, Tempe, AZ
2023 – 2025
* Seating, waitlist, phone orders, upselling party platters on the phone.

Cashier — Mesa Community College Bookstore (student job)
2022 – 2023

EDUCATION
Mesa Community College, Business coursework (24 credits)
Red Mountain High School, 2022

SKILLS
Bilingual English/Spanish · Point of sale (Lightspeed) · Salesforce basics (Trailhead badges) · financing apps (Synchrony)
"""),

rec("l18", "public_safety", "executive", "Chief, Response Division", "Raymond T. Osei-Barrett", "Denton, TX",
    ["Division Director, Emergency Management", "Emergency Management Director", "Deputy Regional Administrator"],
    ["DFW metroplex", "Austin, TX", "Washington, DC (relocation ok)"], False, 150000,
    "government 'Chief, X Division' title; federal resume", "federal resume: GS grade, hours/week, supervisor", """
RAYMOND T. OSEI-BARRETT
Denton, TX 76201 | Day phone: 940-555-0187 | Email: rt.oseibarrett@example.com
U.S. Citizen | Veterans' Preference: 5-point (U.S. Army, retired) | Clearance: Secret (active)
Highest grade: GS-0089-15

WORK EXPERIENCE

Federal Emergency Management Agency, Region 6, Denton, TX
Chief, Response Division
05/2020 – Present | Grade: GS-0089-15 | Hours per week: 40+
Supervisor: Regional Administrator (may contact)
- Direct the Response Division (3 branches: Operations/Planning, Logistics, Communications) with 4 branch chiefs and 86 permanent and reservist staff.
- Regional lead for disaster response across AR, LA, NM, OK, TX; led regional coordination for 14 major disaster declarations.
- Manage a $12M annual operating budget and pre-positioned commodity programs.
- Represent FEMA to governors' offices, state emergency management directors and DoD partners.

Federal Emergency Management Agency, Region 6
Branch Chief, Operations & Planning (Supervisory Emergency Management Specialist)
09/2015 – 05/2020 | Grade: GS-0089-14 | Hours per week: 40
- Supervised 11 planners; Incident Management Assistance Team (IMAT) team lead on 6 deployments.

U.S. Army, Fort Hood, TX
Operations Officer (Major), 1st Cavalry Division
2001 – 2015 | Hours per week: 50+
- Plans and operations; defense support of civil authorities after Hurricanes Ike and Gustav.

EDUCATION
M.S. Emergency and Disaster Management, Texas A&M University, 2014
B.A. History, University of North Texas, 2001

TRAINING
FEMA Emergency Management Professional Program (EMPP) Executive Academy; NIMS ICS-300/400; Type 1 Operations Section Chief
"""),

rec("l19", "policy_program", "senior", "Program Specialist III", "Maribel Quintanilla", "Sacramento, CA",
    ["Program Specialist III", "Staff Services Manager I", "Senior Program Analyst"],
    ["Sacramento (hybrid 2 days)", "remote within California"], True, 92000,
    "government title 'Program Specialist III'", "state-style, hours per week,  bullets", """
MARIBEL QUINTANILLA
Sacramento, CA 95822 · (916) 555-0193 · maribel.quintanilla@example.com

Program Specialist III with the state workforce agency, 9 years in public program administration (apprenticeship grants, WIOA compliance). Looking for senior analyst or first-line manager roles with the state, Sacramento hybrid or remote within California. Floor: $92,000.

EXPERIENCE

Program Specialist III — California Workforce Opportunity Agency, Apprenticeship Grants Unit
Sacramento, CA | 07/2021 – present | 40 hrs/week
 Lead analyst for a $45M state apprenticeship grant program: solicitation language, scoring panels and award recommendations.
 Monitor 38 grantees for WIOA and state compliance; desk reviews, site visits, corrective action plans.
 Draft regulations and budget change proposals; brief the deputy director and legislative staff.
 Train new Program Specialist I/II analysts on the monitoring guide (technical lead, not their supervisor).

Program Specialist II — same agency, Local Workforce Boards Unit
Sacramento, CA | 03/2018 – 07/2021 | 40 hrs/week
 Technical assistance to 12 local workforce boards; quarterly performance reports.

Program Technician / Eligibility Worker — Sacramento County Human Assistance
05/2015 – 03/2018 | 40 hrs/week
 CalFresh and Medi-Cal eligibility interviews; case documentation in CalWIN.

EDUCATION
M.P.A., California State University, Sacramento, 2019
B.A. Sociology, UC Davis, 2014

SKILLS
Grant monitoring, WIOA performance measures, Excel/Power BI, policy writing, Spanish (fluent)
"""),

rec("l20", "policy_program", "lead", "Grants Manager", "Theodora Abiodun-Lacey", "Baltimore, MD",
    ["Grants Manager", "Director of Grants and Contracts", "Senior Grants Manager"],
    ["Baltimore / Washington DC corridor (hybrid)", "remote"], True, 88000,
    "nonprofit grant manager; finance and writing pulls", "classic, • bullets", """
Theodora Abiodun-Lacey
Baltimore, MD · 410-555-0105 · t.abiodun.lacey@example.com

Grants manager at a community health and housing nonprofit. I run the grants office (2 grant writers, 1 grants compliance specialist) and a $22M portfolio of federal, state and foundation awards, from proposal to close-out. Looking for a grants manager or director of grants role in the Baltimore–DC corridor (hybrid) or remote. $88K minimum.

EXPERIENCE
Grants Manager — Chesapeake Community Partners, Baltimore, MD (2021–present)
• Supervise a team of 3; set the proposal calendar and review every submission.
• Portfolio: HUD Continuum of Care, HRSA, SAMHSA, Maryland DHCD and 30+ foundation grants; $22M/year.
• Post-award compliance: budgets and modifications with finance, 2 CFR 200 / Uniform Guidance, single-audit prep (clean findings 3 years running).
• Raised new awards of $6.4M in 2025; 47% success rate on federal applications.
• Program reports and logic models with the program directors; outcome data pulled from our case-management system.

Grant Writer — Harbor Youth Services, Baltimore, MD (2017–2021)
• Wrote 60+ proposals; launched the first federal grant (OJJDP mentoring).

AmeriCorps VISTA — Development & Outreach, Literacy Works Baltimore (2016–2017)

EDUCATION
M.A. Nonprofit Management, University of Maryland Global Campus
B.A. English, Towson University

CERTIFICATIONS
GPC (Grant Professional Certified), 2022 · Uniform Guidance workshop (NGMA)
"""),

rec("l21", "social_work", "lead", "Case Management Supervisor", "Jerome Castellanos-Reid", "Portland, OR",
    ["Case Management Supervisor", "Clinical Supervisor", "Program Manager, Housing Services"],
    ["Portland metro (Portland, Gresham, Beaverton, Vancouver WA)", "Pacific Northwest"], False, 76000,
    "case-management supervisor at a nonprofit", "• bullets, summary + core skills", """
JEROME CASTELLANOS-REID, LCSW
Portland, OR · 503-555-0111 · jcreid.lcsw@example.com

LCSW with 11 years in homeless services and behavioral health; 4 years supervising case managers. I want to stay in direct-service leadership (not fundraising or admin): case management supervisor or clinical supervisor in the Portland metro. $76K minimum.

EXPERIENCE
Case Management Supervisor — Rose City Housing Collaborative, Portland, OR (2022–present)
• Supervise 8 case managers and 2 peer support specialists on a 240-household permanent supportive housing program.
• Weekly individual and group supervision; caseload audits in HMIS; hiring and performance reviews.
• Crisis response and critical-incident debriefs; liaison with ACT teams, county and landlords.
• Housing retention at 12 months rose from 81% to 90%.
• Clinical supervision hours for 3 LMSWs pursuing licensure.

Intensive Case Manager / QMHP — Cascadia Community Mental Health, Gresham, OR (2016–2022)
• Caseload of 25 adults with SMI; Medicaid documentation, safety planning, benefits applications.

Shelter Advocate — Willamette Family Shelter (2014–2016)

EDUCATION
MSW, Portland State University, 2016
B.A. Psychology, Western Oregon University, 2013

LICENSE / TRAINING
LCSW, Oregon (2019) · Motivational Interviewing · Trauma-Informed Care trainer · Mental Health First Aid instructor
"""),

rec("l22", "education", "entry", "Instructional Aide", "Nadia Feliciano-Brooks", "Tulsa, OK",
    ["Elementary Teacher", "Special Education Teacher", "Reading Interventionist"],
    ["Tulsa / Broken Arrow / Owasso", "within 30 miles of Tulsa"], False, 42000,
    "functional resume; aide moving to first teaching job", "functional, no dates", """
NADIA FELICIANO-BROOKS
Broken Arrow, OK · 918-555-0124 · nadia.fb.teach@example.com

Instructional aide finishing alternative certification. Oklahoma OSAT Elementary passed; emergency certification accepted for this school year. Seeking my first elementary or special education classroom in the Tulsa area (within 30 miles). $42,000 or the district schedule.

CLASSROOM SKILLS
• Small-group reading intervention (Orton-Gillingham based, Heggerty phonemic awareness) for K–3.
• Progress monitoring with DIBELS 8 and i-Ready; shared data with the teacher and MTSS team.
• Supported IEP goals for students with autism and specific learning disabilities; behavior charts and visual schedules.
• Lunch, recess and bus duty; de-escalation training (CPI).

WORKING WITH FAMILIES
• Spanish–English interpreting at parent conferences and IEP meetings.
• Ran the family literacy night sign-ups and take-home book bags.

OTHER WORK
• Before/after-school program counselor at a YMCA site (homework help, games, snack).
• Childcare center floater (toddlers and pre-K).

WHERE I'VE WORKED
Instructional Aide, Union Public Schools (elementary)
Program Counselor, YMCA of Greater Tulsa
Floater, Little Acorns Learning Center

EDUCATION
B.S. Human Development and Family Science, Oklahoma State University–Tulsa
Alternative certification program in progress (Oklahoma State Department of Education)
CPR/First Aid; CPI Nonviolent Crisis Intervention
"""),

rec("l23", "legal", "mid", "Legal Secretary II", "Ingrid Solberg-Mathis", "Madison, WI",
    ["Legal Secretary", "Paralegal", "Legal Assistant"],
    ["Madison, WI (onsite/hybrid) or remote", "Milwaukee"], True, 54000,
    "county legal support; 'Secretary' pulls to administrative", "classic, • bullets", """
INGRID SOLBERG-MATHIS
Madison, WI · 608-555-0138 · ingrid.sm@example.com

Legal Secretary II in a county District Attorney's office, 4 years, and 2 years before that at a small law firm. E-filing, discovery and calendaring for felony and juvenile courts. Looking for legal secretary, legal assistant or paralegal work: Madison WI (onsite/hybrid) or remote. $54K floor.

EXPERIENCE
Legal Secretary II — Dane River County District Attorney's Office, Madison, WI (2022–present)
• Support 4 assistant district attorneys on felony drug and property cases; about 300 open files.
• Draft criminal complaints, informations, subpoenas, motions and plea letters from templates.
• Discovery: redact and produce police reports and body-cam logs; track speedy-trial deadlines.
• Victim/witness notices; coordinate with law enforcement and court clerks; Wisconsin Circuit Court e-filing.

Legal Assistant — Hartwig & Lund, S.C. (family law and estate planning), Middleton, WI (2020–2022)
• Client intake, financial disclosure statements, estate plan signings, billing entries in Clio.

Receptionist — Yahara Dental Group (2018–2020)

EDUCATION
Paralegal Certificate (ABA-approved), Madison College, 2021
A.A. Liberal Arts, Madison College, 2018

SKILLS
PROTECT and CCAP, Clio, Word/Adobe redaction, Westlaw basics, typing 78 wpm
"""),
]
