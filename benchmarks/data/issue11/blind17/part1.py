"""blind17 records s01-s08 (hand-written)."""
from common import rec

RECORDS = [
rec("s01", "skilled_trades", "entry", "Maintenance Porter (work release)", "Darnell Okafor", "Columbus, OH",
    ["Maintenance Helper", "Electrical Apprentice", "Building Maintenance Trainee"], ["Columbus, OH", "Grove City, OH"], False, 39520,
    "reentry: prison pre-apprenticeship + work release", "plain chronological",
"""
DARNELL OKAFOR
Columbus, OH 43207 | 614-555-0101 | d.okafor@example.com

SUMMARY
Released from Ohio state custody in March 2026 and living at Second Step transitional house. While inside I finished a 640-hour building-trades pre-apprenticeship and worked 3 years on the institution maintenance crew. I am looking for a helper or first-year apprentice job where I can keep my hours counting toward an apprenticeship. I am open about my record and can give you my reentry case manager's contact.

EXPERIENCE
Maintenance Porter (work release) - Brightline Property Services, Columbus, OH | Apr 2026 - present
- Day porter in 3 apartment buildings (210 units): trash rooms, common areas, snow removal
- Help the maintenance tech with faucet cartridges, toilet flappers, GFCI swaps, ceiling tiles, turnover painting
- Never late in 8 months; keys and key log signed to me since month 2

Maintenance Crew Worker - Scioto Plains Correctional Institution (inmate work assignment) | 2022 - 2026
- 6-person crew under a civilian maintenance supervisor; 20 cents to 42 cents an hour
- Replaced ballasts and fixtures, pulled wire in EMT under supervision, patched drywall, cleaned boiler room
- Kept the tool crib inventory (shadow board, sign-out sheet) for 2 years with no missing tools

Line Cook - Cluck Shack, Columbus, OH | 2019 - 2021

TRAINING
Building Trades Pre-Apprenticeship (NCCER Core + Electrical Level 1 modules), 640 hrs - Scioto Plains Correctional / Franklin Valley Community College outreach, 2025
OSHA 10 Construction, 2024
Forklift (sit-down) certificate, 2025
GED, 2020

OTHER
State ID and Ohio driver's license reinstated Aug 2026; own hand tools; can work weekends.
Expecting at least $19/hr.
"""),

rec("s02", "skilled_trades", "mid", "Journeyman Electrician", "Kaylee Brandt", "Spokane, WA",
    ["Journeyman Electrician", "Inside Wireman", "Maintenance Electrician"], ["Spokane, WA", "Spokane Valley, WA", "Coeur d'Alene, ID"], False, 87360,
    "apprenticeship to license in regulator terms", "regulator-style hours ledger",
"""
KAYLEE BRANDT
Spokane, WA 99205 - 509-555-0102 - kbrandt.elec@example.com

LICENSE STATUS
Certificate of Competency, General Journey Level Electrician (01), Washington State Department of Labor & Industries, Electrical Section - issued 06/2025, No. BRANDKL***NN, expires on my birthday 2028
Prior: Electrical Training Certificate (ET) held 2020-2025; 8,000+ verified hours reported on affidavits of experience by supervising electricians; 1:1 supervision ratio maintained throughout
Apprenticeship: Inland Electrical JATC, State-registered program (RCW 49.04), completed 4/4 periods, 192 classroom hours per year
Continuing education: 24 hrs per renewal cycle incl. 8 hrs NEC changes, 1 hr RCW/WAC 19.28

HOURS BY CATEGORY (from my L&D hour reports)
01 General: 6,420 hrs | 02 Residential: 980 hrs | 06A Limited energy (low voltage): 650 hrs

EMPLOYMENT
Columbia Basin Electric, Spokane, WA - Journey Level Electrician, 06/2025-present; Apprentice, 2020-2025
- Tenant improvements, school modernizations, a 4-story medical office; 480V services, MCC terminations, conduit bending to 4 in.
- Pull permits with the contractor's administrator; walked 30+ L&I inspections without a correction on my rough-in since 2024
- Now the journeyman on a 3-person crew with 2 apprentices on my hours; I sign their monthly logs

Ace Hardware, Spokane - Sales associate, electrical aisle, 2018-2020

EDUCATION
Inland Empire Community College, general studies (30 credits)

CERTIFICATIONS
NFPA 70E (2025), OSHA 30, MEWP/aerial lift, first aid/CPR

LOOKING FOR
Journeyman or maintenance electrician, day shift, Spokane area or north Idaho (will add an Idaho journeyman license by reciprocity). $42/hr minimum.
"""),

rec("s03", "allied_health", "entry", "Banquet Captain", "Marisol Ferreira", "Orlando, FL",
    ["Pharmacy Technician", "Certified Pharmacy Technician", "Inpatient Pharmacy Technician"], ["Orlando, FL", "Kissimmee, FL", "Winter Park, FL"], False, 37440,
    "hospitality to healthcare support", "plain chronological with transition note",
"""
Marisol Ferreira
Orlando, FL 32839 | (407) 555-0103 | marisol.ferreira@example.com

Moving from resort banquets to pharmacy. I finished a pharmacy technician program this fall, passed the PTCE, and am registered with the Florida Board of Pharmacy. I am looking for my first pharmacy technician job - retail or hospital, any shift.

PHARMACY TRAINING
Pharmacy Technician Certificate - Lake Eola Technical College, 2026 (600 hrs)
- Externship, 160 hrs, Lakeview Community Hospital inpatient pharmacy: refilled Pyxis cabinets, checked expiration dates, prepared unit-dose packaging under pharmacist check, learned USP 797 garbing for the IV room (observed, did not compound)
- Top 200 drugs, sig codes, insurance rejections, controlled substance counts
CPhT (PTCB), 2026 | Registered Pharmacy Technician, Florida | BLS

HOSPITALITY EXPERIENCE
Banquet Captain - Palm Lagoon Resort & Conference Center, Orlando | 2021 - present (now part-time)
- Ran the floor for banquets of 80-900 guests; 6-20 servers per event
- Read BEOs, allergy and dietary flags for every table; zero allergen incidents in my events
- Counted and signed for liquor inventory at the bar close

Banquet Server - Palm Lagoon Resort | 2018 - 2021
Hostess - Sunny Griddle, Kissimmee | 2016 - 2018

WHAT CARRIES OVER
Detail under time pressure, double-checking counts, calm with upset guests, standing 10-hour shifts.

EDUCATION
Osceola High School, 2016

LANGUAGES
English, Portuguese

Pay: $18/hr or more. Orlando area only (no car on I-4 nights).
"""),

rec("s04", "nursing", "entry", "Housekeeping Supervisor", "Tonya Sheffield", "Memphis, TN",
    ["Certified Nursing Assistant", "CNA", "Patient Care Assistant"], ["Memphis, TN", "Germantown, TN", "Southaven, MS"], False, 35360,
    "hospitality to healthcare support", "plain chronological",
"""
TONYA SHEFFIELD
Memphis, TN 38116 | 901-555-0104 | tonya.sheffield@example.com

OBJECTIVE
Certified Nursing Assistant position in a hospital or skilled nursing facility. After 11 years in hotel housekeeping I want to take care of people instead of rooms. Planning to start LPN school in 2028.

CERTIFICATION
Certified Nurse Aide - Tennessee Nurse Aide Registry, active since Oct 2026 (passed skills and written exam first try)
CNA training 75 hrs incl. 32 clinical hrs at Riverbend Health & Rehab
BLS (American Heart Association)

HOTEL EXPERIENCE
Housekeeping Supervisor - Grand Delta Hotel (312 rooms), Memphis | 2019 - present
- Supervise 14 room attendants and 3 house persons on day shift; inspect 60-80 rooms a day
- Schedule, train new attendants, handle guest complaints and lost-and-found
- Bloodborne pathogens and chemical safety trainer for the department; keep the SDS binder
- Worked the hotel's quarantine floor in 2020-2021 (PPE donning/doffing, isolation carts)

Room Attendant - Grand Delta Hotel | 2015 - 2019
Laundry Attendant - Eastgate Inn | 2014 - 2015

CLINICAL SKILLS (from CNA clinicals)
Vital signs, bed baths, Hoyer lift and gait belt transfers, incontinence care, feeding assistance, intake/output charting in PointClickCare, reporting changes to the nurse

EDUCATION
Hamilton High School, 2013
Delta River Community College - Anatomy & Physiology I (2026)

Willing to work 12-hour nights and every other weekend. Looking for $17/hr or higher.
"""),

rec("s05", "education", "mid", "Grade 4 Teacher", "Rebecca Lindqvist", "Fayetteville, NC",
    ["Elementary Teacher", "Grade 3-5 Teacher", "Reading Interventionist"], ["Fayetteville, NC", "Spring Lake, NC", "Clarksville, TN"], False, 48000,
    "military spouse with portable career", "chronological by duty station",
"""
REBECCA LINDQVIST, M.Ed.
Fayetteville, NC 28303 | 910-555-0105 | rlindqvist@example.com

Military spouse (Army, 4 moves in 9 years). Elementary teacher licensed in four states; I have learned to start over every 2-3 years and get a classroom running in a week. My husband retires in 2028; we will either stay near Fort Liberty or move to Clarksville, TN.

TEACHING LICENSES
North Carolina Professional Educator's License, Elementary K-6 (issued via military spouse licensure provision, 2024)
Texas Standard Certificate, Core Subjects EC-6 (2017, inactive)
Washington Residency Teacher Certificate, Elementary (2019, inactive)
Kansas Professional License, Elementary K-6 (2021, lapsed)

BY DUTY STATION
Fort Liberty, NC - Grade 4 Teacher, Cape Fear Elementary, Sandhills County Schools | 2024 - present
- 24 students; led the grade-level PLC for data meetings; MAP growth above district median both years
Fort Riley, KS - Grade 3 Teacher, Prairie View Elementary | 2021 - 2024
- Reading block with Heggerty and UFLI; 6 students exited Tier 3 reading intervention
JBLM, WA - Long-term substitute and reading tutor, Tacoma-area schools | 2019 - 2021
Fort Hood, TX - Grade 2 Teacher, Central Texas ISD | 2017 - 2019 (first teaching job)

EDUCATION
M.Ed., Curriculum & Instruction - Western Plains University (online), 2022
B.S., Elementary Education - Lone Star State University, 2016

ALSO
Science of Reading training (LETRS Volumes 1-2); Family Readiness Group volunteer; CPR

Looking for a grades 3-5 classroom or reading interventionist role for the 2027-28 school year. Minimum $48,000.
"""),

rec("s06", "finance_accounting", "senior", "Senior Accountant (remote contractor)", "Jolene Castellanos", "Colorado Springs, CO",
    ["Senior Accountant", "Senior Staff Accountant", "Accounting Manager (remote)"], ["Colorado Springs, CO", "Remote"], True, 88000,
    "military spouse with portable career", "chronological with remote notes",
"""
JOLENE CASTELLANOS, CPA
Colorado Springs, CO 80920 | 719-555-0106 | jcastellanos.cpa@example.com

Retired military spouse (Air Force, 22 years, 7 bases). I built an accounting career that moved with us: on-base jobs, remote contracts, and a CPA license I kept through every PCS. My husband retired in 2025 and we are settled in Colorado Springs for good. I want a permanent senior accountant role, remote or hybrid.

EXPERIENCE
Senior Accountant (remote contractor) - Highmark Ledger Partners (outsourced accounting firm) | 2022 - present
- Month-end close for 5 nonprofit and SaaS clients ($4M-$38M revenue); accruals, prepaids, deferred revenue, fixed assets
- Reconciliations in NetSuite and Sage Intacct; prepare audit PBC lists and the first draft of financial statements
- Review 2 staff accountants' journal entries before the manager sign-off

Staff Accountant - Eagle Peak Federal Credit Union (Peterson SFB branch office) | 2019 - 2022
- GL reconciliations, ACH/share draft suspense accounts, call report support

Accounting Technician (GS-0525-07) - Defense Finance office, Ramstein AB, Germany | 2016 - 2019
- Travel voucher audits and debt-collection files for 2 squadrons

Bookkeeper (remote, self-employed) | 2010 - 2016
- 8 small-business clients in QuickBooks across 3 duty stations; payroll and sales tax

EDUCATION
B.S., Accounting - Great Lakes State University, 2009
CPA - licensed in Colorado (originally licensed in Ohio 2014, moved under mobility rules)

SKILLS
NetSuite, Sage Intacct, QuickBooks Online, Excel (pivot tables, XLOOKUP), FloQast, ASC 606, ASC 842, fund accounting

PREFERENCES
Senior accountant or accounting manager, fully remote or Colorado Springs hybrid. $88,000 base minimum.
"""),

rec("s07", "data_analysis", "entry", "Office Coordinator", "Priya Venkataraman", "Raleigh, NC",
    ["Data Analyst", "Junior Data Analyst", "Reporting Analyst"], ["Raleigh, NC", "Durham, NC", "Cary, NC"], False, 68000,
    "current job in one family, degree/target in another", "degree first",
"""
PRIYA VENKATARAMAN
Raleigh, NC 27606 | 919-555-0107 | priya.v@example.com

NEXT STEP: Data Analyst. My current job is office administration; my degree and my target are in data. Below, education comes first because it is what I want to be hired for.

EDUCATION
M.S., Statistics - Piedmont State University, May 2026 (evenings, while working full-time)
- Capstone: mixed-effects model of no-show rates across 14 county clinics (R, lme4); presented to the county health department
- Coursework: regression, experimental design, Bayesian methods, SQL for analytics, data visualization
B.A., Psychology, minor in Mathematics - Piedmont State University, 2021

DATA WORK SO FAR
- Built the office's Power BI dashboard for room bookings and supply spend (replaced 4 spreadsheets)
- Graduate assistant, Statistical Consulting Lab (10 hrs/week, 2025-2026): cleaned survey data and ran analyses for 6 student theses
- Kaggle: 3 notebooks (bike-share demand, housing prices, churn) - 2 bronze medals

CURRENT JOB
Office Coordinator - Carrow & Pike Engineering, Raleigh, NC | 2021 - present
- Front office for a 60-person firm: reception, calendars, travel, supply ordering, visitor badges
- Keep project timesheet reports for the controller (Deltek exports into Excel)
- Onboarding checklists for new hires; conference-room scheduling

Receptionist - Oakbrook Dental | 2019 - 2021 (part-time in college)

TOOLS
R (tidyverse, ggplot2), Python (pandas, scikit-learn), SQL (PostgreSQL), Power BI, Excel, Git

Looking for an entry-level data analyst or reporting analyst role in the Triangle. $68,000 minimum. Not looking for admin roles.
"""),

rec("s08", "engineering_architecture", "entry", "CNC Machinist", "Tomasz Wieczorek", "Rockford, IL",
    ["Mechanical Engineer I", "Design Engineer", "Mechanical Design Engineer"], ["Rockford, IL", "Beloit, WI", "Elgin, IL"], False, 72000,
    "current job in one family, degree/target in another", "two-track (degree vs. current job)",
"""
TOMASZ WIECZOREK, EIT
Rockford, IL 61108 | 815-555-0108 | t.wieczorek@example.com

What I do now: CNC machinist (8 years).
What I want next: Mechanical design engineer, entry level - I finished my BSME at night in 2026 and passed the FE exam.

ENGINEERING EDUCATION
B.S., Mechanical Engineering (ABET) - Northern Prairie University, evening program, 2026
- Senior design: redesigned a gearbox housing for a local pump maker; FEA in ANSYS cut mass 18% with same stiffness; drawings to ASME Y14.5 with GD&T
- Courses: machine design, thermodynamics, heat transfer, controls, fluid mechanics
Engineer Intern (EIT) - Illinois, passed FE Mechanical, 2026
A.A.S., Precision Machining - Rock River Technical College, 2016

CURRENT JOB (MACHINING)
CNC Machinist II - Kessler Aerospace Components, Rockford, IL | 2019 - present
- Set up and run 4- and 5-axis Haas and Mazak mills; aluminum and titanium aerospace brackets
- Edit programs at the control; first-article inspection with CMM reports
- Suggested 11 design-for-manufacturability changes to the engineering team (7 adopted)
CNC Operator - Rockford Gear Works | 2016 - 2019

ENGINEERING SKILLS
SolidWorks (CSWA), AutoCAD, ANSYS Mechanical, MATLAB, tolerance stack-ups, GD&T, DFM, basic Python

Why hire me as an engineer: I know what a drawing costs on the shop floor.

Target: Mechanical Engineer I / design engineer in the Rockford-Beloit-Elgin area. $72,000 minimum. Not interested in more machinist or programmer roles.
"""),
]
