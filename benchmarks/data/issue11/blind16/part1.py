"""blind16 records q01-q08 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("q01", "nursing", "senior", "CRNA", "Danielle Whitcomb", "Omaha, NE",
    ["CRNA", "Certified Registered Nurse Anesthetist"], ["Omaha, NE", "Lincoln, NE", "Council Bluffs, IA"], False, 195000,
    "acronym-only title; certification block", "chronological", """
DANIELLE WHITCOMB, DNP, CRNA
Omaha, NE 68106 | 402-555-0111 | d.whitcomb@example.com

CRNA
Prairie Ridge Surgical Hospital, Omaha, NE | 2021 - present
- Independent anesthesia practice in a 9-OR surgical hospital under an ACT model with 4 anesthesiologists
- Ortho, spine, ENT, GYN and general cases; 1,100+ anesthetics per year
- Regional: interscalene, adductor canal, popliteal, TAP blocks under ultrasound; spinals and epidurals
- Preop evaluation, airway planning, emergence and PACU handoff; took call 1 in 5 weekends
- Precept SRNAs from Midlands University (2 students per semester)
- Sits on the Malignant Hyperthermia drill committee; rewrote the MH cart checklist

SRNA (student)
Midlands University Nurse Anesthesia Program | 2018 - 2021
- 2,400 clinical hours; 850 cases including 40 pediatric, 30 obstetric, 25 cardiac

RN, Surgical ICU
Mercy Northgate Medical Center, Omaha, NE | 2013 - 2018
- 24-bed SICU: post-CABG, trauma, neuro; vasoactive titration, CRRT, arterial lines
- Charge RN on nights 2016-2018; rapid response team member

CNA
Elm Court Living Center | 2010 - 2013 (through nursing school)

EDUCATION
DNP, Nurse Anesthesia - Midlands University, 2021
BSN - Missouri Bluffs College of Nursing, 2013

LICENSES / CERTIFICATIONS
NBCRNA certified, CPC cycle current through 2029
APRN-CRNA license, Nebraska; RN license (compact)
ACLS, PALS, BLS - current
CCRN (held 2015-2018, lapsed when entering anesthesia school)
DEA registration (Nebraska)

Looking for: CRNA staff position, ACT or independent practice, no locums. Open to call. 1.0 FTE, $195K minimum. Omaha, Lincoln or Council Bluffs.
"""),

rec("q02", "allied_health", "mid", "RDH", "Kelsey Andrade", "Boise, ID",
    ["Dental Hygienist", "RDH"], ["Boise, ID", "Meridian, ID", "Nampa, ID"], False, 87360,
    "acronym-only title; certification list with little prose", "cert-heavy", """
KELSEY ANDRADE, RDH, BS
Meridian, ID 83642 - 208-555-0112 - kelsey.andrade@example.com

RDH - Treasure Valley Family Dental, Meridian ID - 2022-present
RDH (temp, 2 days/wk) - SmileCrest Dental Group, Boise ID - 2021-2022

LICENSES
- Idaho Dental Hygiene License #DH-XXXX (active, exp 2027)
- Idaho Local Anesthesia Permit (block + infiltration)
- Idaho Nitrous Oxide Monitoring Permit
- Extended Access Dental Hygiene Endorsement (in progress, course done 10/2026)

CERTIFICATIONS
- NBDHE passed 2021
- WREB/CDCA-WREB-CITA clinical exam passed 2021
- CPR/BLS for Healthcare Providers (AHA), exp 2027
- Laser certification: Academy of Laser Dentistry Standard Proficiency (diode, soft tissue)
- Dental Radiography (Idaho), Nomad handheld x-ray trained
- OSHA Bloodborne Pathogens + Infection Control annual (2022, 2023, 2024, 2025, 2026)
- Invisalign iTero scanner certified (Level 1)
- Silver diamine fluoride application CE (4 hrs)
- Periodontal maintenance & SRP CE series (24 hrs)

SOFTWARE
Dentrix, Eaglesoft, Open Dental, Dexis imaging, Weave

CLINICAL NUMBERS (2025)
8-9 patients/day; 4 quads SRP per week avg; perio charting on every adult recall; sealants on kids program Fridays

EDUCATION
B.S. Dental Hygiene - Snake River State University, 2021
Dean's List 5 semesters; class clinic lead (peer tutor)

OTHER
Spanish - conversational (patient instructions)
Mission of Mercy Idaho volunteer 2023, 2025

Want: 4 days/week, $42/hr minimum, perio-focused office a plus. Not interested in corporate DSO.
"""),

rec("q03", "skilled_trades", "mid", "Independent Tasker (HandyHive, TaskLoop)", "Rashad Bellamy", "Charlotte, NC",
    ["Maintenance Technician", "Apartment Maintenance Tech", "Facilities Maintenance Technician"], ["Charlotte, NC", "Concord, NC", "Gastonia, NC"], False, 49920,
    "gig-platform work as the bulk of history", "chronological", """
RASHAD BELLAMY
Charlotte NC 28215 | 704-555-0113 | rashad.bellamy@example.com

Handyman with 5 years of steady app-based repair work. Looking for a full-time maintenance tech job with benefits - apartments, facilities or property management. $24/hr or more.

INDEPENDENT TASKER - HandyHive, TaskLoop and FixNow apps | Jan 2021 - present
- 1,460 completed jobs on HandyHive (4.96 stars, "Elite Tasker" badge 11 quarters in a row); 380 jobs on TaskLoop
- Plumbing: faucets, toilets, disposals, wax rings, P-traps, supply lines, water heater element swaps
- Electrical (like-for-like only): switches, outlets, GFCIs, light fixtures, ceiling fans, smart thermostats
- Drywall patch and texture, interior paint, caulk and grout, door rehangs, lock swaps, blinds
- Appliance installs: dishwashers, washer/dryer hookups, range hoods, over-the-range microwaves
- Furniture assembly and TV mounting (about 30% of jobs; paid the bills when repair was slow)
- Repeat clients include 2 small landlords (14 units total) who send me all their make-ready turns
- Run my own schedule, quotes, parts runs and receipts; own truck and full tool set

DELIVERY DRIVER (part-time) - DashBite app | 2020 - 2021
- Evenings during the pandemic; 2,100 deliveries

MAINTENANCE HELPER - Brookfield Pines Apartments (312 units) | 2018 - 2020
- Helped the lead tech on make-readies, work orders, pool chemicals, grounds
- Learned basic HVAC checks: filters, condensate lines, capacitors (under supervision)

EDUCATION / TRAINING
Garinger High School, 2017
Central Piedmont CC - HVAC Fundamentals I (night class, 2025)
EPA 608 Universal (2025)
OSHA 10 Construction

Clean driving record. Can pass background and drug test. Available for on-call rotation.
"""),

rec("q04", "construction", "executive", "Owner / President", "Gary Lindqvist", "Minneapolis, MN",
    ["Director of Construction", "VP of Construction", "Director of Field Operations"], ["Twin Cities metro, MN"], False, 165000,
    "family business owner-operator selling/closing the company", "chronological", """
GARY LINDQVIST
Plymouth, MN 55441 | 763-555-0114 | gary.lindqvist@example.com

Second-generation owner of a residential remodel and custom-home company. We are winding the business down in 2027 (my brother is retiring, no one in the next generation wants it). I want to run construction for a production or semi-custom builder.

LINDQVIST & SONS BUILDERS, INC. - Plymouth, MN
Owner / President (2011 - present)
- Run the company my father started in 1979: $14-19M revenue/yr, 46 employees (4 project managers, 3 superintendents, 22 carpenters, office staff), plus 60+ trade partners
- 18-25 custom homes and 40-60 major remodels a year; build-to-budget from $600K to $3.2M
- Own the P&L, bonding and insurance, bank lines and lot purchases
- Put in Buildertrend scheduling and job costing in 2016; cut average remodel overrun from 9% to 3%
- Hire and review all PMs and supers; weekly production meeting; site visits 3 days a week
- Safety: zero lost-time incidents 2019-2026; OSHA 30; wrote our written safety program
- Handle city inspections, permits and HOA approvals across 20+ municipalities

Vice President - Field (2002 - 2011)
- Supervised all jobsites and superintendents; took over estimating from my father in 2005

Carpenter / Lead Carpenter (1994 - 2002)
- Framing, finish, cabinets; lead on jobs from 2 to 6 people

EDUCATION & LICENSES
B.S. Construction Management - North Star State University, 1998 (nights)
Minnesota Residential Building Contractor license (company qualifier)
OSHA 30; EPA Lead-Safe Certified Renovator; Certified Graduate Builder (CGB)

Board member, Builders Association of the Twin Cities (2018-2024)

Salary target $165K base + bonus. Stay in the Twin Cities.
"""),

rec("q05", "engineering_architecture", "senior", "Senior Project Engineer", "Priya Venkataraman", "Columbus, OH",
    ["Senior Civil Engineer", "Senior Project Engineer", "Water Resources Engineer"], ["Columbus, OH", "Dayton, OH", "remote within Ohio"], True, 105000,
    "PDF paste: broken line wraps, hyphenation, two-column order scrambled", "pdf-paste", """
PRIYA VENKATARAMAN, P.E.
Columbus, OH 43215   614-555-0115   priya.v@example.com
SKILLS                          EXPERIENCE
Civil 3D, HEC-RAS, HEC-          Senior Project Engineer
HMS, EPA SWMM, Storm-            Buckeye Civil Consultants, Columbus OH
CAD, ArcGIS Pro, Blue-           2020 - Present
beam, MS Project                 - Lead design engineer on storm-
                                 water and drainage projects for
LICENSES                         municipal clients ($250K-$4M con-
Professional Engineer,           struction value); manage 2 EITs'
Ohio (2019)                      day-to-day design work
Certified Floodplain Ma-         - Prepared plans, specs and en-
nager (CFM), 2021                gineer's estimates for 14 culvert
                                 replacements and 6 detention ba-
EDUCATION                        sins; ODOT L&D Vol. 2 compliance
M.S. Civil Engineering,          - Wrote H&H reports and FEMA LOMR
Lakeshore Polytechnic, 2014      submittals; 3 approved LOMRs
B.Tech Civil Engineering         - Client-facing on public meetings,
(Chennai), 2012                  permit agencies (OEPA, USACE 404)
                                 - Construction-phase: shop drawing
AFFILIATIONS                     review, RFIs, site visits
ASCE, Central Ohio Section       Project Engineer
(Younger Member chair 2018)      Hartwell & Moss Engineers, Dayton OH
                                 2014 - 2020
                                 - Roadway drainage, sanitary sewer
                                 rehabilitation design for ci-
                                 ties and counties; EIT until 2019
                                 - Survey coordination, utility
                                 conflict resolution, quantity
                                 takeoffs
Page 1 of 1 -- generated by ResumeMaker
Looking for: senior engineer, water resources / stormwater, $105K+, hybrid or remote within Ohio.
"""),

rec("q06", "manufacturing", "mid", "QA/QC", "Tomasz Kowalczyk", "Grand Rapids, MI",
    ["Quality Technician", "QC Inspector", "Quality Inspector II"], ["Grand Rapids, MI", "Holland, MI", "Wyoming, MI"], False, 56160,
    "acronym-only title; skills table with star ratings", "skills-table", """
TOMASZ KOWALCZYK
Wyoming, MI 49519 | 616-555-0116 | tomasz.k@example.com

QA/QC
Lakeview Precision Components (automotive Tier 2, stamping + machining) | 2022 - present
- First-article, in-process and final inspection on brackets, shafts and housings (IATF 16949 shop)
- CMM programming and runs on Zeiss Contura with Calypso; print reading with GD&T
- Write NCRs, hold tags, containment; 8D support to the quality engineer
- Gauge R&R studies and calibration tracking for 600+ gauges
- Run PPAP dimensional layouts (up to 120 characteristics)

QC Inspector
Riverbend Plastics (injection molding) | 2019 - 2022
- Visual and dimensional checks, SPC charting each shift, first-piece approvals
- Trained 5 new inspectors on 2nd shift

Machine Operator
Riverbend Plastics | 2017 - 2019

SKILLS
| Skill                         | Level       |
|-------------------------------|-------------|
| Blueprint reading / GD&T      | *****       |
| Calipers, mics, height gauge  | *****       |
| CMM (Zeiss Calypso)           | ****        |
| SPC / control charts          | ****        |
| PPAP / APQP documents         | ***         |
| 8D / root cause               | ***         |
| Excel                         | ***         |
| Minitab                       | **          |
| Forklift                      | **          |

CERTIFICATIONS
ASQ Certified Quality Inspector (CQI), 2023
Zeiss Calypso Basic + Advanced training, 2022
OSHA 10 General Industry

EDUCATION
Associate in Applied Science, Quality Technology - Grand Valley Tech CC, 2019
Union High School, 2016

Looking for: quality technician / inspector on days, $27/hr or more, inside 30 min of Wyoming.
"""),

rec("q07", "education", "lead", "Manager, Workforce Training Programs", "Lorraine Pettibone", "Tulsa, OK",
    ["Training Manager", "Manager of Learning and Development", "Workforce Training Manager"], ["Tulsa, OK", "Broken Arrow, OK"], False, 88000,
    "internal promotion chain at one employer over 21 years", "chronological", """
LORRAINE PETTIBONE
Broken Arrow, OK 74012 | 918-555-0117 | l.pettibone@example.com

21 years at one community college, moving from lab aide to running its workforce training department. I am looking for a training manager role with an employer or a training provider; the college is consolidating my department with continuing education.

ARKANSAS RIVER COMMUNITY COLLEGE, Tulsa, OK

Manager, Workforce Training Programs (2018 - present)
- Lead a team of 6 full-time instructors, 2 coordinators and 25 adjunct trainers
- $2.3M budget; 3,200 learners/yr in forklift, OSHA, CNA prep, welding basics, Excel and supervisor training
- Built 14 custom programs for local employers (aerospace MRO, pipe fabrication, hospitals)
- Grew contract training revenue 40% in 4 years; wrote 3 state workforce grants ($1.1M)

Program Coordinator, Corporate Training (2013 - 2018)
- Scheduled courses, matched trainers to clients, ran needs assessments; evaluated instructors
- Moved 30% of classroom hours online during 2015-2016 LMS rollout (Moodle)

Lead Instructor, Computer Applications (2009 - 2013)
- Taught Excel, Word, QuickBooks; mentored 8 adjuncts; wrote the common syllabus

Instructor, Computer Applications (2007 - 2009)
- Evening and weekend classes, 5 sections per term

Computer Lab Aide (2005 - 2007)
- Opened/closed the open lab, helped students with software, reset passwords

EDUCATION
M.Ed. Adult and Higher Education - Green Country State University, 2012
B.S. Business Education - Green Country State University, 2004

CERTIFICATIONS
Certified Professional in Talent Development (CPTD), 2020
DDI facilitator certification (Interaction Management)
OSHA Outreach Trainer (General Industry)

Salary target $88,000. Tulsa area only.
"""),

rec("q08", "hospitality", "entry", "Crew Member", "Jaylen Ortiz-Baker", "Albuquerque, NM",
    ["Line Cook", "Prep Cook", "Crew Member"], ["Albuquerque, NM", "Rio Rancho, NM"], False, 31200,
    "recent high-school graduate, part-time jobs only", "chronological", """
JAYLEN ORTIZ-BAKER
Albuquerque, NM 87121
505-555-0118
jaylen.ob@example.com

OBJECTIVE
Recent high school graduate looking for a full-time kitchen job where I can learn the line and move up. Want at least $15/hr, can work nights and weekends.

EDUCATION
West Mesa High School - Diploma, May 2026
- Culinary Arts pathway (2 years), ProStart Level 1 and 2 certificate
- Served at the school's Friday cafe for staff (rotating cook / cashier)
- Varsity track (400m), 3 years

WORK EXPERIENCE
Crew Member (part-time) - Burrito Barn, Albuquerque NM
Aug 2024 - present, 18-22 hrs/week during school, 35 hrs in summer
- Work the grill and tortilla press on busy shifts, prep salsa and beans from recipe
- Close the kitchen 3 nights a week: breakdown, cleaning, temp logs
- Trusted with opening prep on Saturdays

Dishwasher / Busser (part-time) - Sandia Vista Senior Living dining room
Jun 2023 - Jul 2024, weekends
- Ran the dish machine for 120-resident dinner service
- Set tables, bussed, helped servers with drinks

Concession Stand Helper (seasonal, volunteer) - Westside Little League
Summers 2021 - 2023
- Grill hot dogs and burgers, count the cash box with the coach

CERTIFICATES
New Mexico Food Handler card (2024, valid to 2027)
ServSafe Food Handler (2025)
ProStart National Certificate of Achievement - in progress

SKILLS
Knife skills (basic cuts), flat-top grill, fryer, food safety temps, cash handling
Reliable - no missed shifts in 2025

REFERENCES
Available on request (shift manager at Burrito Barn, culinary teacher)
"""),
]
