"""blind15 p17-p24: contractor labor category, seasonal/agricultural/tourism, moving down, career changers, caregiving gap."""
from common import rec

RECORDS = [
rec("p17", "public_safety", "senior", "SME II - Emergency Management", "Harold Ngata-Fischer", "Baton Rouge, LA",
    ["Senior Emergency Management Specialist", "Emergency Management Coordinator", "Hazard Mitigation Specialist"], ["Baton Rouge, LA", "New Orleans, LA", "Gulf Coast"],
    False, 92000, "government contractor labor category", "chronological",
"""
HAROLD NGATA-FISCHER
Baton Rouge, LA 70808 | (225) 555-0117 | h.ngatafischer@example.com

SME II (Subject Matter Expert, Emergency Management) on FEMA and state recovery contracts since 2019. Would like a permanent senior emergency management job with a parish, state agency, port or hospital system. $92K+.

EXPERIENCE
SME II - Emergency Management - Bayou Resilience Group LLC (FEMA PA-TAC subcontractor) - 2022-present
- Deployed to 5 declared disasters (2 hurricanes, 2 floods, 1 tornado outbreak, 1 winter storm)
- Public Assistance site inspections and damage descriptions; wrote 140+ project worksheets, $210M in eligible damage
- Trained parish staff on FEMA PA policy (PAPPG) and documentation
- Hazard mitigation: scoped 406 mitigation proposals on 18 public buildings

SME I - Emergency Management - Bayou Resilience Group - 2019-2022
- EOC support during activations: WebEOC, situation reports, resource requests
- Helped 3 parishes update their Emergency Operations Plans and run tabletop exercises (HSEEP)

Deputy Fire Chief (part-time paid) / Firefighter-EMT - Ward 4 Volunteer Fire District, Livingston Parish - 2009-2019
- Volunteer firefighter 2009, lieutenant 2013, part-time deputy chief 2016
- Ran training, apparatus maintenance schedule and the district's hurricane plan

WHAT "SME II" MEANS
Contract labor category: SME I = 3+ years specialty experience, SME II = 7+ years; individual contributor, not a manager.

CERTIFICATIONS
Louisiana Certified Emergency Manager; FEMA Professional Development Series; IS-100/200/700/800, ICS-300/400; HSEEP
NREMT-Basic (lapsed 2021); Firefighter I/II (LSU FETI)

EDUCATION
B.S. Emergency Management and Homeland Security, Southern Delta University (online), 2018
"""),

rec("p18", "hospitality", "entry", "Seasonal Lodge Cook / Raft Guide", "Sierra Blackwood-Tran", "Bozeman, MT",
    ["Line Cook", "Prep Cook", "Recreation Guide"], ["Bozeman, MT", "Big Sky, MT", "anywhere with year-round work in Montana"],
    False, 39520, "seasonal / tourism", "chronological (by season)",
"""
SIERRA BLACKWOOD-TRAN
Bozeman, MT | 406-555-0118 | sierra.bt@example.com

Four years of season-to-season jobs in parks and ski towns. Looking for something year-round now, in a kitchen or in recreation. Bozeman/Big Sky or anywhere in Montana with year-round work. $19/hr or more.

SEASONAL WORK
Summer 2026 - Prep Cook, Grizzly Ridge Lodge (park concessioner), Yellowstone area (May-Sept)
- Prep for a 180-cover dining room: sauces, proteins portioned, salad station; closed the line 3 nights a week
- Lived in employee housing; ServSafe Food Handler

Winter 2025/26 - Lift Operator + Cafeteria Crew, Powder Peak Resort, Big Sky MT (Dec-Apr)
- Loaded chairlift, ran the bump line, shoveled and snow-raked ramps; mid-mountain cafeteria grill on storm days

Summer 2025 - Whitewater Raft Guide, Gallatin Canyon Adventures (June-Aug)
- Guided half-day and full-day Class III trips, 6-8 guests per boat, 110 trips; swift-water rescue trained
- Cooked riverside lunches for up to 40 guests

Winter 2024/25 - Housekeeper, Aspen Hollow Inn, Whitefish MT (Nov-Mar)
- 14-16 rooms a day; laundry; covered front desk on Sundays

Summer 2024 - Dishwasher to Prep Cook, Old Faithful area snack shop (concessioner), (May-Sept)
Fall 2023 - Harvest crew, Mission Valley cherry orchards, Polson MT (6 weeks)

BETWEEN SEASONS
Unemployment filed twice. Volunteer at the Gallatin Valley food pantry kitchen.

CERTIFICATIONS
ServSafe Food Handler | Wilderness First Responder (2025) | Swift Water Rescue Technician I | CPR

EDUCATION
Helena Valley High School, 2022. One semester Culinary Arts, Missoula Technical College (2023).
"""),

rec("p19", "science_lab", "entry", "Seasonal Field Technician", "Ezequiel Montaño-Price", "Fresno, CA",
    ["Laboratory Technician", "Research Technician", "Agricultural Research Technician"], ["Fresno, CA", "Central Valley", "Davis, CA"],
    False, 45760, "seasonal / agricultural", "chronological",
"""
EZEQUIEL MONTAÑO-PRICE
Fresno, CA 93722 | 559-555-0119 | ez.montanoprice@example.com

Seasonal agricultural field tech with a biology degree. Want a year-round lab or research technician job (plant, soil or water) in the Central Valley or Davis. $22/hr minimum.

EXPERIENCE
Seasonal Field Technician - San Joaquin Agricultural Research Station (university extension), Parlier CA
Apr-Oct 2025 and Apr-Oct 2026
- Collected leaf, soil and irrigation-water samples on 40 trial plots (almond, grape, tomato) on a set schedule
- Ran soil moisture probes, pressure chamber (stem water potential) and chlorophyll meter readings
- Prepped samples in the station lab: drying, grinding, weighing, nitrate extraction; logged chain of custody
- Entered data into the station's Excel/R templates, flagged outliers for the project scientist

Crop Scout (seasonal) - ValleyGrow Ag Consulting, Madera CA - May-Sept 2024
- Walked cotton and processing-tomato fields: pest counts, trap checks, disease notes; weekly reports to the PCA

Farm Labor (seasons, with family) - grapes, stone fruit, citrus packing - summers 2016-2021
- Pruning, thinning, harvest crews, packing-house line; crew lead on the citrus sorting line in 2021

Between seasons (Nov-Mar): Tutoring chemistry at Fresno Valley College learning center (2024, 2025)

EDUCATION
B.S. Biology (Plant Science emphasis), Central Valley State University, 2024
- Lab courses: analytical chemistry, microbiology, plant physiology
- Senior project: nitrogen uptake in drip-irrigated tomatoes (poster, 2024 student symposium)

SKILLS
Pipetting, balances, pH/EC meters, drying ovens, spectrophotometer (coursework), sample logging, Excel, basic R
Pesticide safety (WPS) trained; CA driver license

Bilingual English/Spanish.
"""),

rec("p20", "finance_accounting", "entry", "Seasonal Tax Preparer", "Latisha Romero-Banks", "Columbus, OH",
    ["Accounting Clerk", "Accounts Payable Clerk", "Tax Associate"], ["Columbus, OH", "not retail again", "remote or hybrid OK"],
    True, 41600, "seasonal; franchise jargon; loose preferences", "chronological",
"""
LATISHA ROMERO-BANKS
Columbus, OH 43224 | (614) 555-0120 | latisha.rb@example.com

I do taxes every season and retail the rest of the year. I want a year-round accounting clerk, AP/AR or tax associate job. Not retail again. Columbus, remote or hybrid fine. $20/hr minimum.

EXPERIENCE
Seasonal Tax Preparer - QuickRefund Tax Service (franchise office #OH-2214), Columbus OH - Jan-Apr 2024, 2025, 2026
- Prepared 310 individual returns in 2026 (1040 with Schedules A, C, EIC, education credits) in the franchise's software
- Hit the office's "RT/RAL" (refund transfer) and Peace-of-Mind attach targets - 3rd of 11 preparers for attach rate
- Office rotation: opening preparer on Saturdays, ran the drop-off log, answered IRS notice questions in the off-season "Tax Pro Extra" program
- Passed the franchise's Income Tax Course (ITC) and Level 1/Level 2 certification

Sales Associate / Key Holder - Brightway Home Store #0417 (national chain), Columbus - May-Dec 2022-2025
- Opened/closed the store as key holder; cash office, deposits, drawer counts
- Hit "credit app" and "protection plan" goals; trained new hires on POS

Cashier - FreshMart Grocery, Whitehall OH - 2020-2022

CREDENTIALS
IRS PTIN (active); IRS Annual Filing Season Program (AFSP) Record of Completion 2025, 2026
QuickBooks Certified User (2025)

EDUCATION
Columbus Metro Community College - Certificate in Accounting (2024); taking Intermediate Accounting I now
Eastmoor Park High School, 2020

SKILLS
Excel (VLOOKUP, pivot tables), 10-key 11,000 KPH, tax software, QuickBooks, cash handling
"""),

rec("p21", "software_engineering", "senior", "Engineering Manager", "Oliver Sandoval-Ruiz", "Seattle, WA",
    ["Senior Software Engineer", "Senior Backend Engineer", "Staff Software Engineer"], ["Seattle, WA", "remote"],
    True, 175000, "moving down a level on purpose", "chronological",
"""
OLIVER SANDOVAL-RUIZ
Seattle, WA | 206-555-0121 | oliver.sr@example.com | github.com/example-osr

After 4 years managing engineers I want to go back to writing code full time. Looking for a Senior (or Staff, if the fit is right) backend engineer role - individual contributor, no direct reports. Remote or Seattle. $175K base.

EXPERIENCE
Engineering Manager, Payments Platform - Cascadia Outfitters (e-commerce, 2,000 employees), Seattle - 2022-present
- Managed 8 engineers (2 teams): hiring, 1:1s, performance reviews, roadmap with product
- Kept ~20% hands-on: reviews, design docs, on-call for the settlement service
- Led migration from a monolith charge flow to event-driven services (Kafka), cutting failed-payment retries 41%

Senior Software Engineer - Cascadia Outfitters - 2019-2022
- Built the refunds and ledger services in Go and PostgreSQL; 12M transactions/month
- Designed idempotency and reconciliation jobs that closed a $300K/yr leakage
- Tech lead for 4 engineers on PCI scope reduction

Software Engineer II - Tidewater Logistics Software, Tacoma - 2016-2019
- Java/Spring services for route optimization; REST APIs; moved CI from Jenkins to GitHub Actions

Software Engineer I - same, 2014-2016

WHY THE STEP BACK
I'm better and happier as a builder. I'd rather mentor through code review than through performance cycles.

SKILLS
Go, Java, Python, PostgreSQL, Kafka, Redis, gRPC, AWS (ECS, Lambda, DynamoDB), Terraform, Datadog; system design, distributed transactions, PCI-DSS

EDUCATION
B.S. Computer Science, Puget Sound Technical University, 2014
"""),

rec("p22", "design_ux", "entry", "5th Grade Teacher", "Hannah Liebowitz-Carter", "Minneapolis, MN",
    ["UX Designer", "Junior Product Designer", "UX/UI Designer"], ["Minneapolis-St. Paul", "remote"],
    True, 65000, "career changer with bootcamp", "chronological",
"""
HANNAH LIEBOWITZ-CARTER
Minneapolis, MN | 612-555-0122 | hannah.lc.design@example.com | portfolio: hannahlc-design.example.com

UX designer (career changer). Seven years as an elementary teacher; finished a 24-week UX/UI bootcamp in 2026. Looking for a first UX or junior product design role, remote or Twin Cities. $65K.

UX PROJECTS (bootcamp and freelance)
Library Holds Redesign - Hennepin-area public library (volunteer client project, 2026)
- 12 user interviews, affinity mapping, 3 rounds of usability testing in Figma prototypes
- New holds flow cut task time from 3:40 to 1:15 in testing; library is building it in 2027

ParentLink mobile app concept (bootcamp capstone)
- Competitive analysis, personas, journey map, wireframes to high-fidelity UI; WCAG 2.2 AA color and type checks
- Design system with 40 components in Figma (auto layout, variants)

Freelance: Landing page and sign-up form for a neighborhood tutoring nonprofit (2026) - Webflow

TRAINING
UX/UI Design Bootcamp (Certificate), Northstar Design Academy, Jan-Jun 2026 (24 weeks, ~600 hours)
Google UX Design Professional Certificate (2025)

TEACHING EXPERIENCE (what carries over: research with real users, clear communication, iteration)
5th Grade Teacher - Lake Harriet Heights Elementary, Minneapolis Public Schools - 2019-2026
- Designed units and visual materials for 28 students a year with very different needs
- Ran the school's move to a new learning app: surveyed teachers, wrote the how-to guides

4th Grade Teacher - Cedar Bluff Elementary, Richfield - 2017-2019

TOOLS
Figma, FigJam, Maze, Optimal Workshop, Webflow, Miro, Adobe Illustrator (basic), HTML/CSS basics

EDUCATION
B.S. Elementary Education, University of the North Star State, 2017
"""),

rec("p23", "allied_health", "entry", "Server", "Dominique Fairweather", "Memphis, TN",
    ["Medical Coder", "Coding Specialist", "Medical Billing and Coding Specialist"], ["Memphis, TN", "remote"],
    True, 41600, "career changer with certificate", "chronological",
"""
DOMINIQUE FAIRWEATHER, CPC-A
Memphis, TN 38117 | (901) 555-0123 | dominique.fw@example.com

Newly certified medical coder (CPC-A) coming from 8 years in restaurants. Looking for an entry-level medical coder or coding specialist position - remote or Memphis. $20/hr to start.

CODING TRAINING
Medical Billing and Coding Certificate - Mid-South Technical Institute, 2025-2026 (10 months)
- ICD-10-CM, CPT, HCPCS Level II, modifiers, medical terminology, anatomy & physiology, HIPAA
- Coded 600+ practice charts (E/M office visits, radiology, outpatient surgery) with 94% accuracy on the final audit
- Externship (80 hours): Riverbend Orthopedics billing office - charge entry, claim scrubber edits, denial reasons (CO-16, CO-97)

AAPC CPC exam passed, March 2026 (apprentice status; Practicode completed to remove the A)
AAPC local chapter member - Memphis Bluff chapter

WORK EXPERIENCE
Server / Trainer - Magnolia & Vine Bistro, Memphis - 2019-present
- 30-40 covers a shift, POS and tip reports; train new servers on menu and allergy procedures
- Known for accuracy: lowest comp/void rate on the team

Server - Beale Street Smokehouse - 2016-2019
Host - Poplar Avenue Diner - 2015-2016

SKILLS
ICD-10-CM, CPT, HCPCS, NCCI edits, encoder software (practice version), Epic (externship view-only), Excel, typing 58 wpm
Calm under pressure, detail-oriented, used to fast pace

EDUCATION
Germantown Ridge High School, 2015
"""),

rec("p24", "legal", "mid", "Paralegal (returning)", "Margaret Adeyemi-Sullivan", "Kirkwood, MO",
    ["Paralegal", "Litigation Paralegal", "Legal Assistant"], ["St. Louis, MO", "Clayton, MO", "hybrid OK"],
    False, 55000, "returning after a long caregiving gap", "chronological",
"""
MARGARET ADEYEMI-SULLIVAN
Kirkwood, MO 63122 | 314-555-0124 | margaret.as@example.com

Litigation paralegal returning to work after ten years at home caring for my mother and then raising my two children. Updated my skills in 2026 and ready for a full-time paralegal role in St. Louis/Clayton. Hybrid is fine. $55,000.

RETURN-TO-WORK PREPARATION (2026)
- NALA Certified Paralegal (CP) exam - passed August 2026
- E-discovery refresher: Relativity Review certification course; Clio and MyCase online training
- Missouri Case.net and federal CM/ECF e-filing webinars (ED Mo.)
- Volunteer intake assistant, Gateway Legal Aid Clinic (Saturdays since March 2026): client interviews, conflict checks, organizing documents for staff attorneys

CAREER BREAK - 2016 to 2026
Full-time caregiver for my mother through her illness (2016-2019), then at home with my children. PTA treasurer 2022-2025 (budget of $38K).

EXPERIENCE BEFORE THE BREAK
Litigation Paralegal - Harrow, Pike & Delacroix LLP, St. Louis MO - 2010-2016
- Supported 3 partners in product-liability and commercial litigation
- Drafted discovery requests/responses, deposition summaries, subpoenas; built trial notebooks for 4 trials
- Managed document productions of up to 200,000 pages (Concordance, early Relativity)
- Calendared deadlines under Missouri and federal rules

Legal Secretary - Beaumont & Greer, P.C., Clayton MO - 2007-2010
- Typed pleadings, filed with the circuit clerk, billing entries

EDUCATION
Paralegal Studies Certificate (ABA-approved), Meramec Ridge Community College, 2009
B.A. English, Missouri Rivers University, 2006

SKILLS
Westlaw, Relativity, Clio, Microsoft Word (pleading templates, tables of authorities), Excel, Adobe Acrobat Pro (Bates stamping, redaction)
"""),
]
