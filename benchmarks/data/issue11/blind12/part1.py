"""blind12 hand-written records l01-l08."""
from common import rec

RECORDS = [
rec("l01", "hospitality", "executive", "Director of Food & Beverage", "Marisol Echeverría-Wynn", "Destin, FL",
    ["Director of Food & Beverage", "Director of Restaurants", "Hotel Operations Director"],
    ["the Southeast (FL, GA, the Carolinas)", "Gulf Coast", "open to relocation for a resort property"], False, 125000,
    "hospitality head; 'Director' at a resort", "ALL CAPS headings, dates on own lines, • bullets", """
MARISOL ECHEVERRÍA-WYNN
Destin, FL 32541 | (850) 555-0121 | marisol.ewynn@example.com

PROFILE
Food and beverage leader with 19 years in resort and full-service hotel operations. Run six outlets, in-room dining and a 40,000 sq ft banquet and conference operation. Looking for my next Director of F&B role anywhere in the Southeast; open to relocation for the right resort. Base of $125K+ plus bonus.

PROFESSIONAL EXPERIENCE

DIRECTOR OF FOOD & BEVERAGE
Emerald Sands Resort & Spa (412 keys), Miramar Beach, FL
2020
Present
• Lead 5 outlet managers, executive chef, director of banquets and a stewarding manager; 210 associates at peak season.
• Own a $31M F&B revenue budget; grew banquet revenue per group room night 22% in two years.
• Rebuilt the beach-bar concept and menu engineering; beverage cost from 24.8% to 20.9%.
• Member of the hotel executive committee; report to the General Manager.

ASSISTANT DIRECTOR OF FOOD & BEVERAGE
Harborline Grand Hotel, Savannah, GA
2015
2020
• Ran day-to-day for 4 restaurants and the lobby bar; scheduled 11 supervisors.
• Opened a rooftop bar (first-year revenue $3.2M).

RESTAURANT MANAGER / BANQUET MANAGER
Palmetto Key Inn & Conference Center, Charleston, SC
2009
2015
• Banquets for up to 900 covers; hired and trained servers and captains.

SERVER, BARTENDER, SUPERVISOR
Various Charleston restaurants
2005
2009

EDUCATION
B.S. Hospitality and Tourism Management, University of South Carolina

CERTIFICATIONS
• ServSafe Food Protection Manager • TIPS • Certified Food and Beverage Executive (CFBE)

SYSTEMS
Micros Simphony, Delphi, Birchstreet, Avendra, Opera PMS
"""),

rec("l02", "skilled_trades", "lead", "Chief Engineer", "Dwayne Okafor-Reyes", "Bellevue, WA",
    ["Chief Engineer", "Director of Engineering (hotel)", "Facilities Maintenance Manager"],
    ["Seattle / Bellevue / Redmond (onsite)", "Pacific Northwest"], False, 105000,
    "title words from another field: hotel 'Chief Engineer' = head of maintenance", "PDF-flattened two-column text", """
DWAYNE OKAFOR-REYES                                   CONTACT
Chief Engineer                                        Bellevue, WA 98004
                                                      (425) 555-0133
SUMMARY                                               dokafor.reyes@example.com
Hands-on hotel engineering head, 21 yrs in
building systems. Stationary engineer license,        LICENSES
run a 9-person engineering department for a           WA 3rd Grade Stationary
318-room full service hotel. Looking for Chief        Engineer (Seattle)
Engineer / Director of Engineering roles in the       EPA 608 Universal
Seattle-Bellevue area or elsewhere in the             NFPA 25 inspection
Pacific Northwest, $105K minimum.                     Certified Pool Operator

EXPERIENCE                                            SKILLS
Chief Engineer, Lakeside Summit Hotel, Bellevue WA    Chillers, cooling towers
2018 - present                                        Low-pressure boilers
- Supervise 1 assistant chief, 6 maintenance          BAS (Metasys, Niagara)
engineers, 1 painter; schedules, hiring,              Fire alarm/life safety
reviews, on-call rotation                             PM software (HotSOS)
- PM program for 2 chillers, 3 boilers, 14 AHUs,      Electrical to 480V
kitchen equipment and 7 elevators (contracted)        Plumbing, carpentry
- Cut utility spend 14% with VFD and LED retrofits
- Capital projects up to $1.8M with GC and owner's    EDUCATION
rep; guest room renovation 2023                       Lake Washington Tech,
                                                      HVAC/R certificate
Assistant Chief Engineer, Pioneer Square Hotel,
Seattle WA, 2011 - 2018                               U.S. Navy, Machinist's Mate
- Ran night shift, boiler room rounds, work orders    2nd Class, 2001-2007
- Kitchen hood and refrigeration repairs

Maintenance Engineer, Cascade Inn Suites, Tukwila WA
2007 - 2011
"""),

rec("l03", "engineering_architecture", "senior", "Fire Protection Engineer", "Priyanka Halvorsen", "Plano, TX",
    ["Senior Fire Protection Engineer", "Fire Protection Engineer", "Life Safety Engineer"],
    ["DFW metroplex", "Austin or Houston (hybrid)", "remote w/ occasional site visits"], True, 118000,
    "title words from another field: 'Fire' is not public safety", "classic chronological, • bullets", """
Priyanka Halvorsen, P.E.
Plano, TX • 214-555-0147 • p.halvorsen.fpe@example.com
Licensed Fire Protection Engineer (TX, OK, LA) | NICET Level III Water-Based Systems Layout

SUMMARY
Fire protection engineer with 9 years designing and reviewing sprinkler, standpipe, fire pump and clean-agent systems for hospitals, data centers, high-rise residential and distribution warehouses. Strong in hydraulic calculations, NFPA 13/14/20/72/101 and IBC Chapter 9. I do not want a fire marshal or inspector job; looking for design/consulting engineering in the DFW metroplex (hybrid) or remote with site visits.

EXPERIENCE
Fire Protection Engineer, Barlow Ridge Consulting Engineers, Dallas, TX — 2019–present
• Engineer of record for 60+ projects; sprinkler and fire alarm narratives, code analyses and life-safety plans.
• Hydraulic calcs in HASS and AutoSPRINK; ESFR and in-rack design for 1.2M sq ft cold-storage warehouse.
• Perform design reviews of contractor shop drawings; coordinate with architects, MEP and AHJs.
• Mentor two EIT engineers on calcs (no direct reports).

Fire Protection Designer, Lone Star Sprinkler Co., Fort Worth, TX — 2016–2019
• Layout and BIM coordination (Revit) for sprinkler contractors; field surveys of existing systems.

Engineering Intern, Thermal Systems Lab, Oklahoma State University — 2015

EDUCATION
B.S. Fire Protection and Safety Engineering Technology, Oklahoma State University, 2016
M.S. Fire Protection Engineering (online), Worcester Polytechnic Institute, 2021

PROFESSIONAL
• Society of Fire Protection Engineers (SFPE), North Texas Chapter secretary
• P.E. Fire Protection, Texas #14xxxx (2021)
• Software: Revit, AutoCAD, AutoSPRINK, HASS, Bluebeam, FDS/Pathfinder (basic)
"""),

rec("l04", "nursing", "executive", "Director of Nursing Services", "Loretta Mbeki-Sandoval", "Cincinnati, OH",
    ["Director of Nursing", "Administrator in Training", "Regional Clinical Director"],
    ["within 40 miles of Cincinnati (OH/KY/IN tri-state)", "Dayton, OH"], False, 120000,
    "title looks like a services admin job; rehab setting pulls to allied_health", "dates on own lines, - bullets", """
LORETTA MBEKI-SANDOVAL, MSN, RN, RAC-CT
Cincinnati, OH | 513-555-0158 | lmbeki.rn@example.com

Director of Nursing Services at a 142-bed skilled nursing and short-term rehab center. 24 years in long-term and post-acute care, the last 8 in nursing leadership. Looking for a DON or regional clinical role within 40 miles of Cincinnati (OH/KY/IN tri-state). Salary $120K or above.

EXPERIENCE

Director of Nursing Services
Riverbend Health & Rehabilitation Center, Cincinnati, OH
2021 - present
- Lead all nursing: ADON, 2 unit managers, MDS coordinator, staff development nurse, 45 RNs/LPNs and 70 STNAs.
- Took the building from a 2-star to a 4-star CMS rating; deficiency-free state survey 2024.
- Partner with the therapy director (PT/OT/SLP) on the short-term rehab unit; 30-day rehospitalization rate down to 14%.
- Nursing budget, agency use cut from 18% to 3% of hours.

Assistant Director of Nursing
Maple Crest Care Center, Fairfield, OH
2017 - 2021
- Infection preventionist; ran QAPI, wound rounds and clinical schedule.

Unit Manager (RN)
Maple Crest Care Center, Fairfield, OH
2013 - 2017

Staff RN / Charge Nurse
Good Shepherd Hospital, Covington, KY
2006 - 2013

LPN, then STNA
Various long-term care facilities
2000 - 2006

EDUCATION
MSN, Nursing Leadership, Xavier University, 2019
BSN, Northern Kentucky University, 2006

LICENSES
- RN Ohio and Kentucky (compact)
- RAC-CT (AANAC), Infection Preventionist certificate (CDC/APIC)
"""),

rec("l05", "data_analysis", "mid", "Business Analyst", "Tobias Nwachukwu", "Rochester, MN",
    ["Business Analyst", "Data Analyst", "Reporting Analyst"],
    ["Rochester, MN (hybrid)", "Twin Cities", "remote (US)"], True, 78000,
    "title words from another field: Business Analyst at a hospital (revenue cycle)", "short paragraphs + * bullets", """
Tobias Nwachukwu
Rochester, MN · 507-555-0162 · tobias.nwachukwu@example.com

Business Analyst (3.5 years) in a hospital revenue cycle department. I write SQL, build dashboards and turn billing and denial data into reports managers use. I am not clinical and not looking for nursing or coding jobs. Want a Business/Data Analyst role: Rochester MN (hybrid), Twin Cities, or remote; $78K minimum.

EXPERIENCE
Business Analyst, Revenue Cycle Analytics
Zumbro Valley Health System, Rochester, MN | Aug 2023 - present
* Build Power BI dashboards on denials, days in A/R and clean-claim rate for 14 departments.
* SQL (Epic Clarity/Caboodle) queries; automated 9 weekly Excel reports, saving about 20 hrs/week.
* Gather requirements from billing supervisors and write specs for the Epic analyst team.
* Root-cause analysis on a payer denial spike; $1.1M recovered after rule changes.

Patient Access Representative (registration)
Zumbro Valley Health System | Jun 2021 - Aug 2023
* Registration and insurance verification in the ED; trained 6 new reps on eligibility tools.

Student Worker, Institutional Research
Winona State University | 2019 - 2021
* Cleaned survey data in Excel and SPSS.

EDUCATION
B.S. Business Administration (Management Information Systems minor), Winona State University, 2021
Google Data Analytics Certificate, 2022

SKILLS
SQL (T-SQL), Power BI, Excel (Power Query, pivot tables), Epic Clarity, basic Python (pandas), Visio, requirements writing, UAT test scripts
"""),

rec("l06", "allied_health", "entry", "Pharmacy Technician Trainee", "Kayla Brightwater", "Boise, ID",
    ["Pharmacy Technician", "Certified Pharmacy Technician", "Inpatient Pharmacy Tech"],
    ["within 25 miles of Boise", "Meridian / Nampa"], False, 39520,
    "allied health, very short; trainee", "very short, no bullets", """
KAYLA BRIGHTWATER
Boise, ID   |   208-555-0176   |   kbrightwater@example.com

Pharmacy technician trainee. Passed the PTCB exam in October 2026 (CPhT), Idaho technician-in-training registration active. Looking for a full-time pharmacy tech job within 25 miles of Boise, retail or hospital. Need at least $19/hr.

WORK
Pharmacy Technician Trainee, Treasure Valley Drug #22, Meridian ID (Mar 2026 - now)
Fill and count prescriptions, enter new scripts, insurance rejections, drive-thru register, stocking the order from the wholesaler, vaccine paperwork. Around 300 scripts a day.

Cashier / Front End, Albright's Grocery, Boise ID (2023 - 2026)
Register, customer questions, closing shift lead on weekends. Handled cash drawer counts and voids, trained 4 new cashiers, covered the pharmacy pickup counter when they were short.

SKILLS
PioneerRx and EnterpriseRx data entry, NDC checks, counting trays, insurance billing and prior-auth faxes, inventory returns, HIPAA training, 45 wpm typing. Available days, evenings and every other weekend.

EDUCATION
Pharmacy Technician Certificate, College of Western Idaho, 2026
Capital High School, 2023

CERTIFICATIONS
CPhT (PTCB), 2026. CPR/BLS. Bilingual English/Spanish (conversational).
"""),

rec("l07", "allied_health", "mid", "CT Technologist", "Renata Fiorelli-Baptiste", "Newark, NJ",
    ["CT Technologist", "Radiologic Technologist", "MRI Technologist (cross-training)"],
    ["Tri-State area (North Jersey, NYC, Westchester)", "open to travel contracts"], False, 87360,
    "imaging tech; 'Technologist' vs IT/lab", " bullets", """
RENATA FIORELLI-BAPTISTE, R.T.(R)(CT)(ARRT)
Newark, NJ • 973-555-0184 • rfiorelli.ct@example.com

CT technologist with 4 years in a Level I trauma center, 2 years before that in general radiography. Day, evening or night shifts in the Tri-State area, or 13-week travel contracts. Floor $42/hr base.

EXPERIENCE
CT Technologist — University Medical Center of Essex, Newark, NJ (2022–present)
 Perform 25–40 scans per shift on Siemens SOMATOM Force and GE Revolution: trauma panels, CTA, stroke protocols, perfusion.
 Contrast power injection, IV starts, screening for renal function and allergies.
 Cardiac CT (calcium scoring, coronary CTA) two days a week.
 Super-user for the new dose-monitoring software; train students from the radiography program.

Radiologic Technologist — Passaic Valley Imaging, Clifton, NJ (2020–2022)
 General X-ray, fluoroscopy assists, portables and OR C-arm.

EDUCATION
A.A.S. Radiography, Bergen Community College, 2020

CREDENTIALS
CLINICAL ROTATIONS AND EXTRAS
 Student clinical rotations at Hackensack and Englewood hospitals (ED, OR, fluoro).
 Radiation safety committee member; annual ACR phantom testing with the physicist.
 Per diem weekends at an outpatient imaging center (CT colonography, low-dose lung screening).

ARRT (R) 2020, ARRT (CT) 2022
NJ DEP Radiologic Technology License
BLS, ACLS
"""),

rec("l08", "allied_health", "senior", "Registered Dental Hygienist", "Annelise Kowalczyk", "Spokane, WA",
    ["Dental Hygienist", "Lead Hygienist", "Periodontal Hygienist"],
    ["Spokane / Spokane Valley / Coeur d'Alene", "Inland Northwest"], False, 99840,
    "dental hygienist; functional resume", "functional, no dates", """
Annelise Kowalczyk, RDH, BSDH
Spokane, WA  ·  (509) 555-0190  ·  annelise.k.rdh@example.com

Registered dental hygienist (WA, ID) with more than twelve years of chairside experience in general, periodontal and pediatric practices. Local anesthesia and nitrous endorsements. Looking for 4 days/week in Spokane or Coeur d'Alene. Rate: $48/hr or higher.

CLINICAL SKILLS
• Adult and child prophylaxis, scaling and root planing, periodontal maintenance, perio charting.
• Local anesthesia (WA endorsement), nitrous oxide monitoring, laser bacterial reduction.
• Digital radiographs and intraoral scanning (iTero), caries risk assessment, sealants, fluoride varnish.
• Dentrix, Eaglesoft and Open Dental.

PATIENT CARE AND PRACTICE GROWTH
• Built a soft-tissue management program that grew the perio maintenance schedule by about a third.
• Patient education on diabetes and periodontal disease; smoking-cessation referrals.
• Fluent in Polish; treat many Slavic-speaking families.

TEAM
• Orient new hygienists and dental assistants to office protocols (not a supervisor role).
• Sterilization and infection-control audits, OSHA training for the office.

PRACTICES
Northside Family Dentistry, Spokane, WA
Inland Periodontics & Implants, Spokane Valley, WA
Lakeview Pediatric Dental, Coeur d'Alene, ID
Public health hygienist (school sealant program), Spokane Regional Health District

EDUCATION
B.S. Dental Hygiene, Eastern Washington University
CPR/BLS current
"""),
]
