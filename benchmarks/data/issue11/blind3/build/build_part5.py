add("c23", "sales", "lead", "Regional Sales Manager", "Greg Halvorsen", "Nashville, TN",
    ["Regional Sales Manager", "Area Sales Manager", "Sales Manager"],
    ["Nashville, TN", "Franklin, TN", "Remote"], True, 140000,
    "people manager (sales)", "results-first, ■ bullets", """
GREG HALVORSEN
Nashville, TN 37205 | (615) 555-0184 | greg.halvorsen@example.com

SALES LEADER — building-products distribution, 14 years, 6 managing teams

RESULTS
■ Region revenue $38M → $52M (2021–2025) while two competitors consolidated branches.
■ Team at 108% of plan in 2025; 7 of 9 reps at or above quota.
■ Landed the region's two largest accounts (multifamily builders, $6.5M combined annual).
■ Cut rep turnover from 30% to 11% with a 90-day ramp plan and ride-along coaching.

EXPERIENCE
Regional Sales Manager — Ridgeline Building Supply, Nashville, TN — Mar 2020 – Present
■ Manage 9 outside sales reps and 2 inside sales coordinators across Tennessee and Kentucky.
■ Own pricing approvals, rebate programs and quarterly business reviews with top 25 contractor accounts.
■ Forecast weekly in Salesforce; rebuilt territory maps after the 2023 branch opening in Clarksville.
■ Partner with branch operations on delivery service levels and credit holds.

Territory Sales Manager — Ridgeline Building Supply, Nashville, TN — 2016 – 2020
■ Outside sales to residential builders and remodelers; President's Club 2017, 2018, 2019.
Inside Sales Representative / Counter Sales — Volunteer Lumber Co., Murfreesboro, TN — 2012 – 2016

EDUCATION
B.B.A., Marketing — Middle Tennessee State University, 2012

TOOLS & TRAINING
Salesforce Sales Cloud, HubSpot, Epicor BisTrack, Power BI dashboards; Sandler Sales Training (2019), Miller Heiman Strategic Selling (2022)
""")

add("c24", "engineering_architecture", "mid", "Transportation Planner II", "Owen Blackwood", "Kansas City, MO",
    ["Transportation Planner", "Planner II", "Multimodal Planner"],
    ["Kansas City, MO", "Kansas City, KS", "Overland Park, KS"], False, 70000,
    "public sector; planner title easily read as policy or data", "plain text from PDF, hard line breaks, page footer", """
Owen Blackwood
Kansas City, MO 64111 | 816-555-0150 | owen.blackwood@example.com
AICP Candidate (American Planning Association)

PROFESSIONAL EXPERIENCE
Transportation Planner II                                    Jan 2023 - Present
Mid-America Regional Council (MARC), Kansas City, MO
- Manage the project selection and scoring process for the regional
  Surface Transportation Block Grant (STBG) call; 68 applications, $92M
  programmed in the 2025 round.
- Lead the regional bicycle and pedestrian network update: gap analysis
  in ArcGIS Pro, Level of Traffic Stress scoring, public workshops in
  8 counties.
- Prepare travel demand model runs (TransCAD) with the modeling team for
  Metropolitan Transportation Plan amendments and air-quality conformity.
- Write corridor study scopes and review consultant deliverables
  (intersection concepts, Synchro/SimTraffic outputs, cost estimates).

Transportation Planner I                                     Jun 2021 - Dec 2022
Mid-America Regional Council (MARC), Kansas City, MO
- Maintained the Transportation Improvement Program (TIP) database and
  amendments; traffic count program QA.
- Safe Routes to School walk audits with 12 school districts.

Planning Intern, City of Lawrence (KS) Planning and Development
Services                                                     2020 - 2021
- Site plan reviews and zoning maps.

Page 1 of 2
--------------------------------------------------------------------
Owen Blackwood - Resume                                   Page 2 of 2

EDUCATION
Master of Urban Planning, University of Kansas, 2021
B.S., Civil Engineering Technology (minor GIS), Pittsburg State University,
2019

SKILLS
ArcGIS Pro, TransCAD, Synchro, Remix, AutoCAD Civil 3D (basic), Excel,
Python (arcpy), Adobe InDesign; Complete Streets design guidance (NACTO,
AASHTO), Title VI/environmental justice analysis, grant writing (USDOT RAISE)
""")

add("c25", "manufacturing", "lead", "Production Supervisor", "Minh Nguyen", "Grand Rapids, MI",
    ["Production Supervisor", "Molding Supervisor", "Production Manager"],
    ["Grand Rapids, MI", "Holland, MI", "Wyoming, MI"], False, 80000,
    "non-native writer", "ALL-CAPS headings, - bullets", """
MINH NGUYEN
GRAND RAPIDS, MI 49548  -  (616) 555-0120  -  minh.nguyen.mfg@example.com

SUMMARY
PRODUCTION SUPERVISOR WITH 13 YEARS IN PLASTIC INJECTION MOLDING (AUTOMOTIVE AND MEDICAL). I AM SUPERVISING 22 OPERATORS AND 3 SETUP TECHNICIANS ON 2ND SHIFT. I BELIEVE GOOD PARTS COME FROM GOOD PROCESS AND TRAINED PEOPLE.

EXPERIENCE
PRODUCTION SUPERVISOR, 2ND SHIFT
Lakeview Precision Molding, Grand Rapids, MI  |  2019 - PRESENT
- Run 28 presses (Engel, Arburg, 55 to 500 ton) for automotive interior parts and medical housings, ISO 13485 and IATF 16949 plant.
- Supervise 22 operators, 3 setup techs and 2 material handlers: schedules, training, attendance, performance reviews.
- Shift OEE improved from 61% to 74% in 2 years by quick mold change (SMED) and better startup checklist.
- Scrap rate down 1.9% to 0.8% - I lead the daily Gemba walk and 8D problem solving with quality engineer.
- Train new operators on work instruction, first article inspection and lockout/tagout. Zero lost time injury since 2022.

PROCESS TECHNICIAN
Lakeview Precision Molding, Grand Rapids, MI  |  2015 - 2019
- Set up molds, robots and hot runners; scientific molding (decoupled molding) with RJG eDART.

MACHINE OPERATOR
Westshore Plastics, Holland, MI  |  2013 - 2015

CERTIFICATIONS
- RJG MASTER MOLDER I (2017)
- SIX SIGMA GREEN BELT, ASQ CSSGB (2021)
- OSHA 10 GENERAL INDUSTRY, FORKLIFT CERTIFIED

EDUCATION
ASSOCIATE IN APPLIED SCIENCE, MANUFACTURING TECHNOLOGY - GRAND RAPIDS COMMUNITY COLLEGE, 2015
HIGH SCHOOL - HO CHI MINH CITY, VIETNAM, 2009

LANGUAGE
VIETNAMESE (NATIVE), ENGLISH
""")

add("c26", "policy_program", "executive", "Executive Director", "Patricia Vaughn-Ellis", "Baltimore, MD",
    ["Executive Director", "Chief Program Officer", "Vice President of Programs"],
    ["Baltimore, MD", "Washington, DC", "Annapolis, MD"], False, 175000,
    "senior, short resume", "executive summary, short", """
PATRICIA VAUGHN-ELLIS
Baltimore, MD · 410-555-0111 · pvaughnellis@example.com

EXECUTIVE SUMMARY
Nonprofit executive with 20 years in workforce development and public programs. Grew a neighborhood job-training nonprofit from a $1.9M to a $6.8M budget; deep experience with WIOA, city and state contracts, foundation partners and boards.

EXPERIENCE
Executive Director — Harbor Pathways (workforce development nonprofit), Baltimore, MD — 2016–Present
52 staff; programs in construction pre-apprenticeship, IT support training and re-entry employment. 640 participants a year, 71% placed in jobs within 6 months, median starting wage $19.40.
Report to a 15-member board; multi-year contracts with the Mayor's Office of Employment Development (WIOA Title I) and the Maryland Department of Labor (EARN Maryland).
Led a $4.5M capital campaign for a new training center (opened 2023).

Deputy Director, Programs — Harbor Pathways — 2011–2016
Director of Youth Programs — Chesapeake Youth Works — 2006–2011

EDUCATION
M.P.P., University of Maryland School of Public Policy, 2005
B.A., Sociology, Morgan State University, 2002

BOARDS
Maryland Workforce Association (member); Baltimore Neighborhood Funders Roundtable (advisory)
""")

add("c27", "customer_support", "lead", "Customer Service Supervisor, 311", "Ricardo Salinas", "San Antonio, TX",
    ["Call Center Supervisor", "Customer Service Supervisor", "Contact Center Manager"],
    ["San Antonio, TX", "New Braunfels, TX"], False, 62000,
    "public sector; contact-centre supervisor", "chronological, Word-lost bullet glyphs (o)", """
Ricardo Salinas
San Antonio, TX 78228
(210) 555-0169 | r.salinas311@example.com

Professional Summary
Bilingual contact center supervisor with 11 years in municipal customer service. I lead agents who take the calls residents make when something is broken in their city: stray animals, potholes, missed garbage, code complaints.

Experience
City of San Antonio - 311 Customer Service, San Antonio, TX
Customer Service Supervisor            Oct 2020 - Present
o Supervise a team of 16 customer service representatives on a 7-day schedule; hire, coach, evaluate and approve leave.
o Team handles about 18,000 calls, chats and app requests a month; average speed of answer under 60 seconds in 2025.
o Monitor queues in Cisco Finesse and adjust staffing during storms and freeze events (Winter Storm 2021 and 2024 floods).
o Run weekly call calibration and quality scoring; team QA average 93%.
o Update knowledge base articles with Animal Care Services, Solid Waste and Development Services when procedures change.

Customer Service Representative II      Mar 2017 - Sep 2020
o Handled escalated calls, Spanish-language line and City Council office referrals.
o Trainer for new-hire classes (8 classes).

Customer Service Representative I       Jun 2015 - Feb 2017
o Answered general 311 calls and created service requests in the CRM.

Retail Associate / Key Holder - Alamo Phone & Wireless, San Antonio, TX     2012 - 2015

Education
Associate of Arts, General Studies - San Antonio College, 2014

Skills
Cisco Finesse, Salesforce Service Cloud (311 CRM), Verint workforce management, Microsoft Teams, Excel reports; English and Spanish
""")

add("c28", "it_infrastructure", "mid", "Analyst II", "Ethan Marsh", "Tampa, FL",
    ["Security Analyst", "SOC Analyst II", "Cybersecurity Analyst"],
    ["Tampa, FL", "St. Petersburg, FL", "Remote"], True, 90000,
    "generic title (security operations)", "skills-first, key: value lines", """
ETHAN MARSH
Tampa, FL 33606 / 813-555-0102 / ethan.marsh.sec@example.com

CORE SKILLS
SIEM: Splunk Enterprise Security (searches, correlation rules, dashboards), Microsoft Sentinel (KQL)
EDR: CrowdStrike Falcon, Microsoft Defender for Endpoint
Email and identity: Proofpoint TAP, Microsoft Entra ID, Okta logs
Network: Palo Alto NGFW logs, Zscaler, Wireshark, TCP/IP
Frameworks: MITRE ATT&CK, NIST CSF, HIPAA Security Rule, incident response playbooks
Scripting: PowerShell, Python (basic), regex

CERTIFICATIONS
CompTIA Security+ (2021), CompTIA CySA+ (2023), Splunk Core Certified Power User (2024), GIAC GCIH (2025)

EXPERIENCE
Analyst II, Information Security Operations
Bayshore Health System (4 hospitals, 14,000 staff), Tampa, FL / Apr 2023 - Present
Tier 2 triage and investigation for alerts from Splunk ES and CrowdStrike; close 70-90 alerts a week.
Led investigation and containment on 6 phishing-driven account compromises in 2025; wrote the after-action reports.
Tuned 40+ correlation searches, reducing false positives on the overnight queue by about 35%.
Run monthly phishing simulations (KnowBe4) and help with quarterly vulnerability reports from Tenable.
On-call rotation one week in five.

Analyst I, Information Security Operations
Bayshore Health System, Tampa, FL / Jun 2021 - Mar 2023
Tier 1 alert monitoring, user-reported phishing triage, account lockout tickets in ServiceNow.

IT Service Desk Technician
Gulfview Community College, Tampa, FL / 2019 - 2021
Password resets, imaging laptops with SCCM, classroom AV support.

EDUCATION
B.S., Cybersecurity, University of South Florida, 2021
""")

add("c29", "hospitality", "lead", "Housekeeping Supervisor", "Roseline Pierre-Louis", "Miami Beach, FL",
    ["Housekeeping Supervisor", "Assistant Executive Housekeeper", "Housekeeping Manager"],
    ["Miami Beach, FL", "Miami, FL", "North Miami, FL"], False, 48000,
    "non-native writer; union", "simple, • bullets", """
ROSELINE PIERRE-LOUIS
Miami Beach, FL 33141
Phone: 305-555-0117
Email: roseline.pl@example.com

PROFILE
Housekeeping Supervisor with 14 years in hotels of Miami Beach, 6 years as supervisor. I am member of UNITE HERE Local 355. Hard worker, organized, I know how to keep the rooms in 5-star standard and the team happy. I speak Haitian Creole, French, English and some Spanish.

EXPERIENCE

Housekeeping Supervisor
Oceanbreeze Resort & Spa (412 rooms), Miami Beach, FL
2020 - present
• Supervise 18 to 25 room attendants and 4 housemen each shift, make the assignment boards and check rooms before release to front desk.
• Inspect 60-80 rooms per day, guest room inspection score average 94% (brand standard 90%).
• Train new room attendants on cleaning procedure, chemical safety (SDS) and how to use the HotSOS app.
• Handle guest complaint for housekeeping and lost and found, work close with front desk and engineering.
• Do linen and amenities inventory and order weekly with the Executive Housekeeper.
• Cover the Assistant Executive Housekeeper when she is on vacation.

Room Attendant / Floor Inspector
Oceanbreeze Resort & Spa, Miami Beach, FL
2015 - 2020
• Clean 14-16 rooms per shift, then promoted to floor inspector in 2018.

Room Attendant
Surfside Palms Hotel, Surfside, FL
2012 - 2015

EDUCATION
High school diploma, Lycée in Cap-Haïtien, Haiti, 2008
English for Speakers of Other Languages (ESOL) - Miami Dade College, 2013

CERTIFICATES
• ServSafe Food Handler
• CPR / First Aid, American Red Cross (2025)
• Hotel housekeeping supervisor course, American Hotel & Lodging Educational Institute (2021)
""")

add("c30", "data_analysis", "senior", "Mathematical Statistician", "Howard Lim", "Silver Spring, MD",
    ["Senior Statistician", "Senior Data Scientist", "Survey Statistician"],
    ["Washington, DC", "Silver Spring, MD", "Remote"], True, 150000,
    "senior, short resume; federal", "short CV style", """
HOWARD LIM, PhD
Silver Spring, MD · 301-555-0135 · howard.lim.stats@example.com

Mathematical statistician (GS-1530-13) with 9 years at the U.S. Census Bureau. Survey design, weighting and small-area estimation for the American Community Survey; moving to a senior statistics or data science role.

EXPERIENCE
U.S. Census Bureau, Suitland, MD — Mathematical Statistician, 2017–Present
- Methodology lead for ACS weighting of group-quarters data; redesigned the raking step, cutting variance 12% for small counties.
- Built small-area estimation models (Fay-Herriot, hierarchical Bayes in R/Stan) for county poverty estimates.
- Wrote production SAS and R code reviewed under Census disclosure avoidance rules; moved 3 pipelines to Python/PySpark.
- Co-author of 5 working papers and 2 articles in the Journal of Survey Statistics and Methodology.
- Mentor two junior statisticians; reviewer on the internal methodology review board.

Graduate Research Assistant — Joint Program in Survey Methodology, University of Maryland, 2013–2017

EDUCATION
Ph.D., Statistics, University of Maryland, College Park, 2017
B.S., Mathematics, University of Washington, 2011

SKILLS
R, Stan, SAS, Python (pandas, PySpark), SQL, survey weighting, variance estimation, Bayesian modeling, experimental design
""")
