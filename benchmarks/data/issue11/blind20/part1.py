"""blind20 hand-written records v01-v08."""
from common import rec

RECORDS = [
rec("v01", "it_infrastructure", "senior", "Network Engineer", "Tobias Wrenfield", "Columbus, OH",
    ["Senior Network Engineer", "Network Architect"], ["Columbus, OH", "Remote"], True, 118000,
    1, "skills matrix",
"""
TOBIAS WRENFIELD
Columbus, OH | 614-555-0111 | t.wrenfield@example.com

SKILLS MATRIX (years / level 1-5 / last used)
Area                      | Yrs | Lvl | Last used
--------------------------|-----|-----|----------
Cisco IOS-XE / NX-OS       | 9   | 5   | current
BGP, OSPF, EIGRP           | 9   | 5   | current
Palo Alto NGFW / Panorama  | 6   | 4   | current
Fortinet FortiGate         | 3   | 3   | 2022
Meraki SD-WAN              | 4   | 4   | current
Aruba wireless / ClearPass | 5   | 4   | 2024
Azure vWAN / ExpressRoute  | 3   | 3   | current
AWS Transit Gateway        | 2   | 3   | current
Python / Netmiko / Ansible | 4   | 3   | current
SolarWinds, LogicMonitor   | 7   | 4   | current
ServiceNow change mgmt     | 6   | 4   | current
VoIP (Cisco CUCM)          | 3   | 2   | 2020
Data center cabling / MDF  | 9   | 4   | 2025

CERTIFICATIONS
CCNP Enterprise (2021, renewed 2024) | PCNSE (2022) | AZ-700 (2025) | CompTIA Security+ (2017)

EMPLOYMENT
Network Engineer - Buckeye Regional Credit Union, Columbus, OH | 2019 - present
  140 branch/ATM sites, two data centers, Azure hub. Escalation point for the 3-person network team.
Network Administrator - Olentangy Freight Systems, Delaware, OH | 2016 - 2019
Help Desk Technician - Olentangy Freight Systems | 2015 - 2016

EDUCATION
A.A.S. Computer Networking, Columbus State Community College, 2015

NOTES
Led the 2023 branch SD-WAN cutover (140 sites in 11 weekends, zero rollbacks). On-call rotation 1 week in 4.
Looking for senior network engineer or architect; open to remote or hybrid in Columbus. $118K floor.
"""),

rec("v02", "skilled_trades", "mid", "Maintenance Technician B", "Dolores Ruiz-Hatcher", "Greenville, SC",
    ["Maintenance Technician", "Industrial Maintenance Mechanic", "Electro-Mechanical Technician"],
    ["Greenville, SC", "Spartanburg, SC"], False, 58240,
    1, "skills matrix",
"""
DOLORES RUIZ-HATCHER
Greenville, SC 29605 | 864-555-0112 | druizhatcher@example.com

SKILLS GRID  (A = independent, B = needs occasional help, C = trained, not signed off)
Electrical troubleshooting 480V 3-phase ........ A
Motor controls, VFDs (PowerFlex, ABB) ........... A
PLC - Allen-Bradley ControlLogix (read/force) ... B
PLC - Siemens S7 .................................. C
Hydraulics (pumps, valves, cylinders) ........... A
Pneumatics ........................................ A
Conveyors, gearboxes, bearings, alignment ....... A
Laser shaft alignment ............................ B
Welding - MIG/stick, light fab ................... B
Preventive maintenance in eMaint CMMS ............ A
Lockout/tagout, NFPA 70E ......................... A
Forklift / scissor / boom lift ................... A
Robot cells (FANUC) - reset, teach pendant ...... C

WORK
Maintenance Technician B - Palmetto Molded Plastics, Greer, SC | 2022 - present
  2nd shift, 38 injection presses. Breakdown and PM work.
Maintenance Helper - Palmetto Molded Plastics | 2021 - 2022
Production Associate - Palmetto Molded Plastics | 2019 - 2021

TRAINING
Industrial Maintenance Technician certificate, Greenville Technical College, 2022
NFPA 70E (2024) | OSHA 10 General Industry | Internal Tech B sign-off May 2024

OTHER
Mean time to repair on my presses down from 74 to 41 minutes in 2025.
Want a journey-level maintenance tech job, days preferred, $28/hr or better. Greenville or Spartanburg.
"""),

rec("v03", "nursing", "mid", "Registered Nurse, Telemetry", "Priyanka Osei-Lindqvist", "Raleigh, NC",
    ["RN Telemetry", "Progressive Care RN", "Registered Nurse"], ["Raleigh, NC", "Durham, NC"], False, 78000,
    2, "chronological",
"""
PRIYANKA OSEI-LINDQVIST, BSN, RN
Raleigh, NC | 919-555-0113 | priyanka.ol@example.com

SUMMARY
Registered nurse with four years on a 32-bed telemetry unit. Comfortable with drips, post-cath patients and rapid responses. NC license, compact multistate.

EXPERIENCE
Registered Nurse, Telemetry - Data Health Partners at Wake Crossing Hospital, Raleigh, NC | 2022 - present
(Wake Crossing is operated by Data Health Partners, a hospital management company; the name is the employer of record on my W-2.)
- 4-5 patients per shift; cardiac monitoring, titrating heparin, diltiazem and amiodarone per protocol
- Post-cath and post-ablation recovery, sheath site checks
- Precepted 6 new graduate nurses; relief charge about twice a month
- Unit practice council member; helped rewrite the telemetry alarm-response standard

Nurse Extern - Software Valley Medical Center, Cary, NC | 2021 - 2022
(Yes, that is the real name - the hospital sits in the Software Valley office park.)
- Vitals, I&O, wound care under RN supervision on a med-surg floor

Certified Nursing Assistant - Coding Creek Senior Living, Garner, NC | 2019 - 2021
- ADLs, feeding, transfers for 12 residents on memory care

EDUCATION
BSN, East Carolina University, 2022

CERTIFICATIONS
BLS, ACLS, PCCN (2025), NIH Stroke Scale

PREFERENCES
Telemetry or progressive care RN, day or night fine, Raleigh or Durham only. $78,000 minimum.
"""),

rec("v04", "finance_accounting", "lead", "Accounting Manager", "Gerald Ampofo", "Minneapolis, MN",
    ["Assistant Controller", "Accounting Manager", "Controller"], ["Minneapolis, MN", "St. Paul, MN"], False, 125000,
    2, "chronological",
"""
GERALD AMPOFO, CPA
Minneapolis, MN | 612-555-0114 | gerald.ampofo@example.com

PROFILE
CPA with 11 years in accounting, the last 4 managing the close for a 600-person agency group. Good at cleaning up intercompany and building a team that closes on day 5.

EXPERIENCE
Accounting Manager - Creative Marketing Group, Inc., Minneapolis, MN | 2022 - present
(CMG is a holding company for six advertising and PR agencies; I work in the shared-services finance office.)
- Manage 2 senior accountants, 3 staff accountants and 1 AP specialist
- Own month-end close for 6 entities; cut close from 11 to 5 business days
- Intercompany eliminations, revenue recognition (ASC 606) for retainer and project billing
- Lead audit prep with external auditors; zero material findings 2023-2025
- Implemented FloQast and Bill.com; redesigned approval matrix

Senior Accountant - Northstar Media Brands, St. Paul, MN | 2018 - 2022
- Fixed assets, lease accounting (ASC 842 adoption), account reconciliations

Staff Auditor - Halvorsen & Pike LLP, Minneapolis, MN | 2014 - 2018
- Audits of manufacturers and nonprofits, 4 busy seasons, promoted to in-charge

EDUCATION
B.S. Accounting, University of Minnesota - Carlson School, 2014

SKILLS
NetSuite, Sage Intacct, FloQast, Excel (pivot, INDEX/MATCH, Power Query), consolidations, SOX-lite controls

LOOKING FOR
Assistant controller or controller role, in-office or hybrid in the Twin Cities. Base $125,000 or more.
"""),

rec("v05", "education", "entry", "Student Teacher, English 10", "Marisol Ketterman", "Tucson, AZ",
    ["High School English Teacher", "ELA Teacher"], ["Tucson, AZ"], False, 46000,
    2, "new teacher",
"""
MARISOL KETTERMAN
Tucson, AZ 85719 | 520-555-0115 | mketterman@example.com

OBJECTIVE
First-year high school English language arts teacher, grades 9-12, Tucson area.

TEACHING EXPERIENCE
Student Teacher, English 10 - Sonoran Nursing & Health Sciences Academy, Tucson, AZ | Jan 2026 - May 2026
(A public charter high school; students take a health-careers elective, but I taught core English.)
- Planned and taught 4 sections of sophomore English (112 students) under a mentor teacher
- Unit on argument writing using Of Mice and Men and op-ed articles; rubric co-designed with the department
- Small-group reading intervention for 9 students reading below grade level

Practicum - Rincon Software Engineering Academy (middle school magnet), Tucson, AZ | Fall 2025
- Observed and co-taught 7th grade ELA 2 days/week; led one 3-week poetry unit

OTHER EXPERIENCE
Writing Center Tutor - University of Arizona | 2023 - 2025
- One-on-one sessions with undergraduates on essays and lab reports, about 8 per week

Camp Counselor - Catalina Foothills Summer Day Camp | Summers 2022, 2023

EDUCATION
B.A. Secondary Education - English, University of Arizona, May 2026
Arizona Secondary Education certificate (English 6-12) issued July 2026; AEPA/NES passed
Structured English Immersion endorsement (provisional)

SKILLS
Canvas, Google Classroom, backward design, restorative circles, some Spanish

SALARY
District scale; I will not go below $46,000.
"""),

rec("v06", "administrative", "entry", "Front Desk Coordinator (part-time)", "Keisha Langford", "Richmond, VA",
    ["Receptionist", "Front Desk Coordinator", "Administrative Assistant"], ["Richmond, VA"], False, 39520,
    3, "two part-time jobs",
"""
KEISHA LANGFORD
Richmond, VA | 804-555-0116 | keisha.langford@example.com

ABOUT ME
I currently work two part-time jobs, about 45 hours a week in total. I want to trade both for one full-time job with benefits, and I have decided the office side is the one I want to grow in.

CURRENT (held at the same time)
Front Desk Coordinator (part-time, 24 hrs/wk) - James River Orthodontics, Richmond, VA | Mar 2025 - present
- Check in 40-60 patients a day, answer a 4-line phone, schedule in Dolphin
- Scan and index records, verify insurance eligibility, post copays
- Order office supplies and keep the reception area and forms up to date

Group Fitness Instructor (part-time, ~20 hrs/wk) - RVA Cycle & Barre, Richmond, VA | 2023 - present
- Teach 9 spin and barre classes a week, average 18 riders
- Opened the studio on weekends; cash-out and cleaning checklist

PREVIOUS
Crew Member - Panera Bread, Glen Allen, VA | 2021 - 2023
- Register, drive-thru, catering orders

EDUCATION
Associate of Applied Science, Administrative Support Technology - Reynolds Community College, 2024 (GPA 3.6)

CERTIFICATIONS
Microsoft Office Specialist - Word and Excel (2024)
AFAA Group Fitness Instructor (2023) | CPR/AED

SKILLS
Typing 68 wpm, Outlook calendar, Excel, Dolphin, Google Workspace, phone etiquette

WHAT I WANT
Full-time receptionist or admin assistant, Richmond, Monday-Friday. $19/hour or more. I may keep teaching one Saturday class.
"""),

rec("v07", "legal", "mid", "Paralegal (part-time)", "Owen Falkenrath", "Hartford, CT",
    ["Paralegal", "Litigation Paralegal"], ["Hartford, CT", "New Haven, CT"], False, 62000,
    3, "two part-time jobs",
"""
OWEN FALKENRATH
West Hartford, CT | 860-555-0117 | owen.falkenrath@example.com

Two part-time positions held concurrently since 2023. Seeking one full-time role as a paralegal.

PARALEGAL (part-time, 25 hrs/wk) - Dunmore Castellano LLC, Hartford, CT | 2023 - present
- Small plaintiff personal-injury and employment firm (4 attorneys)
- Draft complaints, discovery requests and responses, deposition notices, subpoenas
- Summarize medical records and depositions; build trial binders and exhibit lists
- E-file in Connecticut Judicial e-Services and CM/ECF; calendar deadlines in Clio
- Supported 3 trials and about 40 settlements

BOOKKEEPER (part-time, 15 hrs/wk) - Hillcrest Auto Glass, Newington, CT | 2022 - present
- QuickBooks Online: AP, AR, bank reconciliations, monthly P&L for the owner
- Payroll for 7 employees through ADP; sales tax filings

LEGAL ASSISTANT - Marrow & Tate, P.C., New Haven, CT | 2020 - 2023
- Real estate closings: title orders, HUD/closing disclosures, recording
- Answered phones and handled attorney calendars

EDUCATION
Paralegal Certificate (ABA-approved), Quinnipiac University, 2021
B.A. History, University of Connecticut, 2019

SKILLS
Clio, Westlaw, CT e-filing, PACER, Adobe Acrobat Pro (Bates, redaction), QuickBooks Online, ADP

PREFERENCES
Full-time paralegal, litigation preferred. Hartford or New Haven. $62,000 or more. I would drop the bookkeeping job.
"""),

rec("v08", "marketing_communications", "senior", "Volunteer Communications Chair", "Andrea Vasquez-Pell", "Sacramento, CA",
    ["Communications Manager", "Senior Communications Specialist", "PR Manager"], ["Sacramento, CA", "Remote"], True, 85000,
    4, "caregiving gap",
"""
ANDREA VASQUEZ-PELL
Sacramento, CA | 916-555-0118 | andrea.vpell@example.com

RETURNING TO WORK
I stepped away from paid work from 2015 to 2026 to care for my two children and then my father through his final illness. I kept my skills in use through volunteer communications work and I am ready to return full time.

RECENT VOLUNTEER WORK
Communications Chair (volunteer) - Natomas Unified PTA Council | 2021 - present
- Write the monthly newsletter (6,200 subscribers) and run Instagram and Facebook
- Press releases for the district's bond measure; pitched two local TV segments that aired
Volunteer Writer - River City Food Bank | 2019 - 2024
- Donor appeal letters and annual report copy; the 2023 year-end appeal raised $212,000

PAID EXPERIENCE (before the gap)
Public Relations Manager - Capitol Grid Energy (utility), Sacramento, CA | 2011 - 2015
- Media relations for outage and rate case news; spokesperson on camera
- Supervised 1 specialist and an agency; crisis communications plan for wildfire shutoffs
Communications Specialist - Sacramento Valley Water Authority | 2007 - 2011
- Newsletters, website content, community meetings
Reporter - Delta Valley Courier | 2005 - 2007

EDUCATION
B.A. Journalism, San Jose State University, 2005

REFRESHERS (2025-2026)
Google Digital Marketing certificate; HubSpot Content Marketing; Canva and Meta Business Suite

PREFERENCES
Communications manager or senior specialist, public sector or nonprofit, Sacramento or remote. $85,000.
"""),
]
