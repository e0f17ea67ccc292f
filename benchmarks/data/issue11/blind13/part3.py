"""blind13 part 3: m17-m23 (hand-written)."""
from common import rec

RECORDS = [
rec("m17", "sales", "senior", "Regional Sales Manager", "Gerald \"Gerry\" Van Houten", "Milwaukee, WI",
    ["Territory Sales Representative", "Senior Account Manager (industrial)", "Outside Sales - Industrial Distribution"],
    ["Southeast Wisconsin (Milwaukee, Waukesha, Racine)", "territory driving ok, home every night"], False, 85000,
    "older worker (32 yrs), steps DOWN from manager to senior IC", "one line per job",
    """
GERALD (GERRY) VAN HOUTEN
Wauwatosa, WI 53213 - 414-555-0116 - gerry.vanhouten@example.com

32 years selling bearings, power transmission and motion control to OEMs and plants. I have managed reps for 11 years and I am done managing: I want to carry my own bag again as a senior territory rep or key account manager in SE Wisconsin, home every night. I am 61 and plan to work another 6-7 years.

EXPERIENCE
2015-2026  Regional Sales Manager, Great Lakes Bearing & Drive Supply (industrial distributor) - 8 outside reps, 4 states, $96M region; position eliminated in merger 05/2026
2008-2015  Senior Account Manager, Great Lakes Bearing & Drive Supply - top 3 rep 5 of 7 years, $14M book (paper mills, foundries, food plants)
2001-2008  Territory Sales Representative, Badger Power Transmission, Milwaukee - grew territory from $3.1M to $8.7M
1996-2001  Inside Sales / Counter Sales, Badger Power Transmission
1994-1996  Customer Service Representative, Harnischfeger parts depot, West Milwaukee
1991-1994  Maintenance Mechanic (2nd shift), Allen-Bradley, Milwaukee (while in school)

WHAT I BRING
- Relationships with maintenance managers and purchasing at 200+ plants in SE Wisconsin; know who buys
- Technical selling: SKF, Timken, Rexnord, Baldor/ABB, Gates; reliability surveys and vibration program sales
- Won 2 integrated supply contracts ($4M/yr and $2.6M/yr) with national accounts team
- Salesforce, Epicor Prophet 21, LinkedIn Sales Navigator - yes, I use them
- Trained and promoted 3 reps into management

EDUCATION
B.S. Business (Marketing), University of Wisconsin-Milwaukee, 1994
Certified Maintenance & Reliability Professional (CMRP), 2012
PTDA Certified Sales Professional

Base $85k + commission. Car allowance expected. No relocation.
"""),

rec("m18", "data_analysis", "entry", "Mathematics Teacher", "Priyanka Deshpande-Lowry", "Minneapolis, MN",
    ["Data Analyst", "Junior Business Intelligence Analyst", "Reporting Analyst"],
    ["Twin Cities (Minneapolis, St. Paul, Bloomington)", "remote, Central time"], True, 70000,
    "career changer: teacher to data analyst", "plain text, projects + teaching",
    """
PRIYANKA DESHPANDE-LOWRY
Minneapolis, MN 55406 (Longfellow) | 612-555-0128 | priyanka.dl@example.com | linkedin.com/in/pdeshpandelowry

SUMMARY
High school math teacher (11 years) moving into data analytics. I finished a data analytics certificate in 2026 and have been the go-to person for assessment data in my building for 5 years. Looking for a data analyst or junior BI analyst job, remote on Central time or in the Twin Cities. I leave teaching in June 2027 (or earlier if the start date works with the district).

DATA PROJECTS
- District MCA Test Score Dashboard (Power BI) - cleaned 6 years of state assessment files (~48k student rows), built measures for growth by subgroup; now used by 3 principals
- Metro Transit Ridership Analysis (SQL + Python) - public GTFS and ridership data in PostgreSQL, window functions, seaborn charts; write-up on GitHub
- Minneapolis 311 Call Forecast (Python) - pandas, statsmodels SARIMA, error within 8% on holdout months
- Tableau Public: Minnesota housing affordability by county (4 linked views)

TEACHING EXPERIENCE
Mathematics Teacher - Roosevelt High School, Minneapolis Public Schools - 2018-present
- AP Statistics, Algebra II, Precalculus; 150 students/year
- PLC data lead: quarterly common assessment analysis in Excel and Google Sheets for a 9-teacher department
- Built a Google Sheets + Apps Script tracker for interventions (replaced 3 paper binders)

Mathematics Teacher - Richfield Public Schools - 2015-2018

EDUCATION
Google Data Analytics Professional Certificate, 2025
Data Analytics Bootcamp Certificate, University of Minnesota (part-time, 24 weeks), 2026
M.A. Education, Hamline University, 2015
B.S. Mathematics, University of Minnesota, 2013

SKILLS
SQL (PostgreSQL, joins, CTEs, window functions), Python (pandas, matplotlib, seaborn), Excel (pivot tables, Power Query), Power BI (DAX basics), Tableau, statistics (regression, hypothesis tests), explaining numbers to people who do not like numbers

Salary: $70,000 minimum (current teacher salary is $74k).
"""),

rec("m19", "customer_support", "senior", "Customer Success Manager", "Femke de Wilde-Harrington", "Austin, TX",
    ["Senior Customer Success Manager", "Customer Success Manager - Enterprise", "Client Success Manager"],
    ["Austin (East Austin / Mueller, no Round Rock commute)", "remote US, Central or Mountain time"], True, 95000,
    "Dutch expat; 'Manager' title with no reports; European dates", "European date formats, CV layout",
    """
CURRICULUM VITAE

Femke de Wilde-Harrington
Austin, TX 78723 | +1 (512) 555-0133 | femke.dwh@example.com
Nationality: Dutch; U.S. permanent resident (green card)

PROFILE
Customer success manager for B2B SaaS, 8 years (Amsterdam, then Austin). I own a portfolio of mid-market and enterprise accounts: onboarding, adoption, QBRs, renewals. No people management; I mentor new CSMs. Looking for a senior CSM role, remote (Central or Mountain time) or in Austin - but not a daily commute to Round Rock.

WORK EXPERIENCE
09/2022 – present    Customer Success Manager, Lonestar Fieldwork (field-service SaaS), Austin
- Portfolio of 46 accounts, $7.4M ARR; gross revenue retention 94%, net 112%
- Run QBRs with VPs of operations; success plans and health scores in Gainsight
- Led the onboarding redesign (time-to-first-value 41 → 23 days)
- Escalation owner for P1 tickets with the support and engineering leads

03/2019 – 08/2022    Customer Success Manager EMEA, Tulpvast B.V. (HR software), Amsterdam
- 70 mid-market accounts in NL, BE and DE; renewals and upsell hand-offs to sales
- Dutch, English and German customer trainings (webinars and on-site)

06/2017 – 02/2019    Customer Support Specialist (2nd line), Tulpvast B.V., Amsterdam
- Zendesk queues, knowledge base articles, CSAT 96%

01/2016 – 05/2017    Front Office Employee, Hotel De Gracht, Amsterdam

EDUCATION
2012 – 2016  Bachelor International Business (HBO), Hogeschool van Amsterdam
Exchange semester 02/2015 – 06/2015, University of Texas at Austin

SKILLS
Gainsight, Salesforce, HubSpot, Zendesk, Jira, Looker (reading dashboards), SQL basic
Languages: Dutch (native), English (C2), German (B2)

Salary expectation: USD 95.000 base + variable
"""),

rec("m20", "hospitality", "lead", "Executive Housekeeper", "Lucía Ferreira-Bautista", "Orlando, FL",
    ["Executive Housekeeper", "Director of Housekeeping", "Rooms Division Manager"],
    ["Orlando (Lake Buena Vista, I-Drive, Kissimmee)", "Central Florida, 35 min commute max"], False, 72000,
    "'Executive' in title = department head of a hotel, not executive level", "right-aligned dates glued to titles",
    """
LUCÍA FERREIRA-BAUTISTA
Kissimmee, FL 34747  |  (407) 555-0149  |  lucia.fb@example.com

SUMMARY
Executive Housekeeper with 17 years in housekeeping, the last 6 running the department of a 620-room convention resort. Bilingual Spanish/English (Portuguese conversational). I want to stay in housekeeping leadership in Orlando; a Director of Housekeeping title at a larger property would be great.

EXPERIENCE
Executive HousekeeperVista Lagoon Resort & Convention Center, Lake Buena Vista, FL2020 – Present
• Lead 2 assistant executive housekeepers, 6 supervisors, 140 room attendants, housepersons and laundry staff
• Labor budget $5.2M; minutes-per-room from 32 to 27 with room zoning and Optii scheduling
• Medallia cleanliness score 4.2 → 4.7; passed brand QA 5 years in a row
• Run the on-premise laundry (2.1M lbs/year); chemical and linen par budgets

Assistant Executive HousekeeperPalm Bay Suites Orlando, FL2015 – 2020
• Scheduled 60 staff, inventory of linen and amenities, inspected VIP rooms

Housekeeping SupervisorGrand Citrus Hotel, Orlando, FL2011 – 2015

Room AttendantGrand Citrus Hotel, Orlando, FL2009 – 2011

EDUCATION
Certificate in Hospitality Management, Valencia College, 2014
Certified Executive Housekeeper (CEH), IEHA, 2019
ServSafe Manager, OSHA bloodborne pathogens

SYSTEMS
Opera PMS, Optii Keys, HotSOS, Kronos, Excel

Salary: $72K minimum. Morning schedule preferred.
"""),

rec("m21", "nursing", "entry", "Cashier / pharmacy clerk (part time)", "Deborah Kaminski-Reyes", "Buffalo, NY",
    ["Registered Nurse - new grad / re-entry program", "RN - Med-Surg or Sub-acute", "RN - Rehab"],
    ["Buffalo & Western NY (Amherst, Cheektowaga, Williamsville)", "Upstate NY only, no relocation", "within 25 minutes of Amherst"], False, 68000,
    "returner after 17-year gap", "plain Word, gap explained",
    """
DEBORAH KAMINSKI-REYES, RN
Amherst, NY 14226 · (716) 555-0112 · deb.kaminski.rn@example.com

GOAL
Experienced-but-rusty RN returning to practice after 17 years at home. NYS RN license reactivated 2026, RN Refresher Program completed with clinical hours. I am looking for a hospital or sub-acute position that has a new-graduate or re-entry orientation (residency, preceptor). I know the technology and the patients have changed and I want a proper orientation.

RE-ENTRY PREPARATION
RN Refresher Program - Erie Community College Workforce Development (2026)
- 120 hrs theory, 160 hrs precepted clinical on a 30-bed med-surg unit at a Buffalo hospital
- Epic documentation, barcode med administration, IV pumps (Alaris), sepsis bundles
BLS and ACLS (2026), NIH Stroke Scale certification, CPR instructor for my church

NURSING EXPERIENCE
Staff Nurse, Orthopedics/Neuro - Niagara Frontier General Hospital, Buffalo, NY - 2003-2009
- Post-op total joints and spine, 5-6 patients per shift, charge nurse occasionally
Staff Nurse, Med-Surg - Sisters of Mercy Hospital, Buffalo, NY - 2001-2003

CAREER BREAK 2009-2026
Full-time caregiver for our 3 children and later my father (Parkinson's, 6 years at home, managed meds, feeding tube, home hospice).
Volunteer: school health office helper (2014-2019), blood drive coordinator at our parish.

OTHER WORK
Cashier / pharmacy clerk (part time) - Tops Markets, Amherst, NY - 2022-2025

EDUCATION
A.A.S. Nursing, Trocaire College, 2001
B.S. Psychology, Canisius College, 1998

LICENSE
NYS Registered Professional Nurse, registration current to 2028

Pay: $68,000 or the new-grad rate on the union scale, whichever is higher. Day or evening shifts.
"""),

rec("m22", "engineering_architecture", "mid", "Planner II", "Samuel Oyelaran-Fitch", "Bend, OR",
    ["Associate Planner", "Planner II / Planner III", "Long Range Planner"],
    ["Central Oregon (Bend, Redmond, Sisters)", "Willamette Valley (Eugene, Salem) with relocation help"], False, 78000,
    "\"Planner\" = city land-use planner (not production/event planner)", "plain text, municipal style",
    """
SAMUEL OYELARAN-FITCH, AICP Candidate
Bend, OR 97702 — (541) 555-0157 — sam.of@example.com

PROFESSIONAL SUMMARY
Land-use planner with 4 years in local government. Current planning (site plans, variances, subdivisions) and a bit of long-range work on the comprehensive plan update. Looking for a Planner II/III or long-range planning position in Central Oregon or the Willamette Valley.

EXPERIENCE
Planner II, City of Bend Community Development Department — 2024–present
• Case planner for 60–80 land-use applications/yr: site plan review, conditional uses, partitions, variances
• Staff reports and presentations to the Planning Commission and Hearings Officer
• Drafted code amendments for middle housing (HB 2001) and accessory dwelling units
• Pre-application meetings with developers, engineers and architects; coordinate with Public Works and Fire

Assistant Planner, Deschutes County Community Development — 2022–2024
• Zoning counter, permit review, rural land use decisions, Goal 5 wildlife inventory map updates in ArcGIS Pro

Planning Intern, Lane Council of Governments, Eugene — summer 2021
• Transit corridor study; bike/ped counts

EDUCATION
Master of Community and Regional Planning (MCRP), University of Oregon, 2022
B.A. Geography, Portland State University, 2019

SKILLS & CERTIFICATIONS
AICP Candidate (exam scheduled May 2027) · ArcGIS Pro · Accela · Bluebeam · SketchUp · Oregon land use law (Goals 1–14, ORS 197) · public meeting facilitation · Spanish (intermediate)

Salary: at least $78,000. Hybrid ok.
"""),

rec("m23", "human_resources", "mid", "Benefits Specialist", "Tamika Rowe-Greenberg", "Charlotte, NC",
    ["Benefits Specialist", "Benefits Analyst", "Leave of Absence Specialist"],
    ["Charlotte (Uptown, SouthPark, University City)", "remote, Eastern time", "Fort Mill / Rock Hill SC side ok"], True, 64000,
    "\"Benefits Specialist\" in HR, same title as m10 (public assistance)", "plain Word",
    """
TAMIKA ROWE-GREENBERG, CEBS (in progress)
Charlotte, NC 28262 | (704) 555-0193 | tamika.rg@example.com

SUMMARY
HR benefits specialist, 4 years, employer side: open enrollment, leave administration (FMLA/ADA/STD), COBRA, vendor billing. 2,300-employee manufacturer with union and non-union plans. Looking for a benefits specialist or analyst job - remote on Eastern time or hybrid in Charlotte.

EXPERIENCE
Benefits Specialist - Carolina Precision Components, Charlotte, NC - 2022-present
- Answer the benefits inbox/phone for 2,300 employees and retirees; run open enrollment for 4 plan groups
- Administer FMLA, ADA accommodation interactive process (with HRBPs) and STD/LTD claims with the carrier
- Reconcile monthly carrier invoices (medical, dental, vision, life) in Workday; caught $118k in overbilling in 2024
- 5500 and nondiscrimination testing data to the broker; ACA 1095-C review
- COBRA and retiree billing with the TPA

HR Assistant - Queen City Staffing Group, Charlotte, NC - 2020-2022
- Onboarding, I-9s, background checks, HRIS data entry

Receptionist / Office Assistant - Mint Hill Family Dentistry - 2018-2020

EDUCATION
B.S. Business Administration (HR concentration), UNC Charlotte, 2020
CEBS coursework: GBA 1 and 2 completed (IFEBP)

SKILLS
Workday Benefits, ADP Workforce Now, Excel (pivot tables, VLOOKUP), benefits billing reconciliation, FMLA/ADA, HIPAA privacy

Salary: $64,000 base minimum.
"""),
]
