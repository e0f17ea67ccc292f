"""Hand-written records f01-f08."""
from common import add

add("f01", "nursing", "senior", "Clinical Nurse III", "Rosalind Achterberg-Vu", "Minneapolis, MN",
    ["Clinical Nurse III - ICU", "Registered Nurse - Critical Care", "Staff RN IV - MICU"],
    ["Minneapolis, MN", "St. Paul, MN", "Rochester, MN"], False, 92000,
    "long tenure, clinical ladder", "plain", """
ROSALIND ACHTERBERG-VU, BSN, RN, CCRN
Minneapolis, MN | 612-555-0104 | r.achterberg.vu@example.com

Critical care nurse, 13 years in the same 24-bed medical ICU. Advanced from RN I to Clinical
Nurse III on our clinical ladder; I take charge two shifts a month but I want to stay at the
bedside. Looking for an RN III / RN IV staff position in a larger academic ICU.

CLINICAL EXPERIENCE
Lakeshore Regional Medical Center, Minneapolis, MN - Medical Intensive Care Unit
Clinical Nurse III (RN III) ........................................... 2019 - present
- 1:1 and 1:2 assignments: ventilated, CRRT, proned ARDS, vasoactive titration, post-arrest TTM.
- Rotating relief charge nurse (about 2 shifts/month); no people-management duties.
- Unit educator back-up: annual CRRT skills fair, sepsis bundle refresher for 60 RNs.
- Chair, unit CAUTI workgroup; catheter-days down 22% in FY2023.
Clinical Nurse II (RN II) ............................................ 2015 - 2019
- Preceptor for new graduates and float RNs; rapid response team member.
Clinical Nurse I (RN I) / New Graduate Residency ...................... 2011 - 2015

Nursing Assistant, Birchwood Care Center (while in school) ............ 2009 - 2011

EDUCATION
BSN, Northfield Lutheran College of Nursing, 2011

LICENSES & CERTIFICATIONS
Minnesota RN (active, multistate compact) | CCRN (AACN) | ACLS, BLS, PALS | NIHSS

PROFESSIONAL
Hospital shared-governance Nursing Practice Council, 2020 - 2023
Poster: "Early mobility in ventilated patients," regional critical care symposium, 2022
""")

add("f02", "allied_health", "entry", "Group Fitness Instructor / Personal Trainer", "Tobias Quarrington", "Tucson, AZ",
    ["Physical Therapist Assistant", "PTA - Outpatient Orthopedics", "Rehab Aide / PTA"],
    ["Tucson, AZ", "Oro Valley, AZ", "Marana, AZ"], False, 46000,
    "career changer, job outside target", "plain", """
Tobias Quarrington, PTA
Tucson, AZ 85719 - 520-555-0117 - tquarrington@example.com

New graduate Physical Therapist Assistant (Arizona license issued 2024) moving from the
fitness floor into outpatient orthopedic or sports rehab. Six years of coaching adults
through strength programs; now trained in therapeutic exercise progression under a PT's
plan of care, gait training, modalities and documentation.

CLINICAL ROTATIONS (Sonoran Valley Community College PTA Program)
- Outpatient ortho, Saguaro Sports & Spine PT (6 weeks): post-op ACL, rotator cuff, TKA.
- Acute care, Desert Mercy Hospital (5 weeks): bed mobility, transfers, gait with walkers.
- Skilled nursing, Palo Verde Rehab & Living (5 weeks): fall-risk programs, Medicare notes.

WORK EXPERIENCE
Group Fitness Instructor / Personal Trainer, IronRidge Athletic Club, Tucson  2018 - present
- 14 classes a week at peak (strength, cycling, 55+ balance class); now 6 a week part-time.
- Personal clients: intake questionnaires, movement screens, progress tracking.
- Built the club's "return to gym after PT" class with two local physical therapists.

Front Desk / Member Services, IronRidge Athletic Club                      2016 - 2018

EDUCATION & CREDENTIALS
A.A.S. Physical Therapist Assistant, Sonoran Valley Community College, 2024
Passed NPTAE (FSBPT) 2024; Arizona PTA license, active
CPR/BLS (AHA); NASM Certified Personal Trainer (2017)
B.A. Kinesiology coursework (2 yrs), Mesa Ridge University

SKILLS
Therapeutic exercise, gait/transfer training, e-stim and ultrasound, WebPT documentation,
Spanish (conversational)
""")

add("f03", "allied_health", "mid", "Registered Respiratory Therapist (Per Diem)", "Sreelakshmi Pallikonda", "Edison, NJ",
    ["Respiratory Therapist", "Registered Respiratory Therapist - Full Time", "RRT - Adult ICU"],
    ["Edison, NJ", "New Brunswick, NJ", "Newark, NJ"], False, 78000,
    "Indian English, part-time", "Indian English", """
CURRICULUM VITAE

Name          : Sreelakshmi Pallikonda
Address       : Edison, New Jersey - 08817
Mobile        : 732-555-0123
E-mail        : sree.pallikonda@example.com

CAREER OBJECTIVE
To secure a full-time Respiratory Therapist position in a reputed hospital where I can utilise
my clinical skills in ventilator management and contribute to patient care.

PROFESSIONAL SUMMARY
* Registered Respiratory Therapist (NBRC RRT) with total 4+ years of experience (2 years
  India, 2.5 years USA).
* Presently working on per diem basis (approx. 24 hrs/week) due to family commitments, now
  available for full time.
* Well versed with invasive and non-invasive ventilation, ABG analysis, aerosol therapy.

WORK EXPERIENCE
1) Raritan Bay General Hospital, NJ - Registered Respiratory Therapist (Per Diem)
   Aug 2022 - till date
   - Managing ventilated patients in MICU/CCU, weaning trials as per protocol.
   - Performing ABG sampling and analysis, BiPAP/CPAP set-up, rapid response attendance.
   - Giving in-service to nursing staff on HFNC.

2) Sri Venkata Multispeciality Hospital, Hyderabad - Respiratory Therapist
   June 2019 - May 2021
   - Handled 14-bed ICU independently on night shifts.
   - Assisted in bronchoscopy and percutaneous tracheostomy.

Career break June 2021 - July 2022 (relocation to USA and NBRC examination preparation).

EDUCATIONAL QUALIFICATION
* B.Sc. Respiratory Therapy, Deccan Institute of Allied Health Sciences, 2019 - First Class
* NBRC CRT 2022, RRT 2022; New Jersey Respiratory Care Practitioner licence
* BLS, ACLS, NRP

PERSONAL DETAILS
Languages known : English, Telugu, Hindi
Visa status     : Green card holder
""")

add("f04", "skilled_trades", "entry", "Apprentice Electrician (2nd Year)", "Marcus Delahoussaye", "Houston, TX",
    ["Apprentice Electrician", "Inside Wireman Apprentice", "Electrician Helper"],
    ["Houston, TX", "Pasadena, TX", "Baytown, TX"], False, 38000,
    "union apprentice, relocating", "plain", """
MARCUS DELAHOUSSAYE
Houston, TX (relocated from Metairie, LA in 2025) | 504-555-0139 | mdelahoussaye@example.com

Second-year inside wireman apprentice looking to transfer my apprenticeship to the Houston
area JATC or continue as an apprentice/helper with a union or merit-shop contractor. 2,900 of
8,000 OJT hours logged; classroom year 2 complete with a 93 average.

APPRENTICESHIP
Apprentice Electrician, 2nd Year - Gulf South Electrical JATC (IBEW) 2023 - 2025
Dispatched to:
- Crescent Power & Light Contractors, Kenner, LA (2024 - 2025): hospital wing addition. Pulled
  wire, bent 1/2" to 2" EMT, set boxes, terminated 120/208 panels under the journeyman;
  general foreman signed my hour sheets weekly.
- Bayou Industrial Electric, Chalmette, LA (2023 - 2024): refinery turnaround, cable tray,
  rigid conduit, lockout/tagout, confined-space permits.

BEFORE THE TRADE
Warehouse Associate / Forklift Operator, Delta Home Supply DC, Harahan, LA   2019 - 2023
- Reach truck and order picker certified; zero recordables in 4 years.

EDUCATION & TRAINING
JATC classroom: NEC 2023, AC theory, blueprint reading, grounding/bonding, motor controls
OSHA 30 Construction; NFPA 70E awareness; first aid/CPR
High school diploma, Riverbend High School, 2019

TOOLS
Hand and power tools, Greenlee benders, fish tape, Fluke meters, scissor/boom lift (certified)

Own tools and truck. Available for any shift; willing to travel within 60 miles.
""")

add("f05", "skilled_trades", "senior", "Stationary Engineer", "Gerald Nwachukwu-Bratt", "Sacramento, CA",
    ["Senior Stationary Engineer", "Stationary Engineer", "Building Engineer - Central Plant"],
    ["Sacramento, CA", "Davis, CA", "Roseville, CA"], False, 104000,
    "union journeyman, long tenure no title change", "plain", """
Gerald Nwachukwu-Bratt
Sacramento, California | 916-555-0146 | gnbratt@example.com

STATIONARY ENGINEER - 18 YEARS, SAME CENTRAL PLANT
Journeyman stationary engineer (IUOE Local 39) who has run the same 3-boiler, 4-chiller
central utility plant since 2007. My title has not changed, but the plant has: I was on the
crew through the 2016 chiller replacement and the 2021 controls upgrade. Looking for a
Senior Stationary Engineer opening or an equivalent lead-shift role at a hospital, campus or
state facility.

EXPERIENCE
Stationary Engineer - Capitol Valley Medical Campus, Sacramento       2007 - present
- Operate and maintain 3 x 600 HP fire-tube boilers, 4 centrifugal chillers (5,400 tons),
  cooling towers, emergency generators (3 x 2 MW) and medical air/vacuum.
- Water treatment logs, boiler efficiency checks, Joint Commission EOC documentation.
- Trainer on the night shift for new engineers and apprentices; write the shift turnover.
- Ran the plant alone on nights during COVID staffing shortages (2020 - 2021).
- Metasys and Niagara BAS: trend reviews, setpoint changes, alarm triage.

Apprentice Stationary Engineer (Local 39 program) - Capitol Valley        2003 - 2007
Maintenance Helper - Sunrise Cold Storage, West Sacramento               2000 - 2003

LICENSES & CERTIFICATIONS
Universal EPA 608 | Certified Stationary Engineer (IUOE Local 39) | NFPA 70E
CHFM coursework in progress | OSHA 10

EDUCATION
Certificate, Facilities Maintenance Technology, Delta Valley Technical College
""")

add("f06", "construction", "mid", "Heavy Equipment Operator (Journeyman)", "Lupe Garza-Whitfield", "Denver, CO",
    ["Heavy Equipment Operator", "Excavator Operator", "Operating Engineer - Site Work"],
    ["Denver, CO", "Aurora, CO", "Colorado Front Range"], False, 68000,
    "union journeyman, equipment operator", "plain", """
LUPE GARZA-WHITFIELD
Heavy Equipment Operator | Denver, CO | 303-555-0152 | lupe.gw@example.com

Journeyman operating engineer (IUOE) with 4 seasons running excavators, dozers and loaders on
site-development and utility jobs. Comfortable on GPS grade control and working to stakes. Want
steady year-round work with a site or heavy-civil contractor.

EXPERIENCE
Heavy Equipment Operator - Front Range Earthworks Inc., Commerce City, CO    2021 - present
- Excavator (CAT 336 / 320) on mass excavation, trenching for 8"-24" storm and sanitary,
  laying pipe with a 3-person crew; backfill and compaction to spec.
- D6 dozer finish grade with Trimble GPS; skid steer and wheel loader as needed.
- Daily pre-use inspections, grease, and logs; report defects to the shop foreman.
- Worked under the grade foreman on a 140-acre residential subdivision and a
  6-mile county road widening.

Operator in Training / Laborer - Mile High Underground, Denver             2019 - 2021
- Pipe laying, trench boxes, traffic control, then seat time on mini-ex and backhoe.

Ranch Hand (seasonal) - Garza family ranch, Walsenburg, CO                 2014 - 2019
- Tractor, skid steer, fence and ditch work.

TRAINING & CERTIFICATIONS
IUOE Local apprenticeship completed 2021 (journeyman card)
OSHA 30 Construction; competent person - excavation and trenching
CDL Class A with tanker endorsement; MSHA Part 46
First Aid/CPR

Bilingual English/Spanish. Clean MVR.
""")

add("f07", "engineering_architecture", "mid", "Civil Engineer II (Transportation)", "Henrik Oyelaran", "Raleigh, NC",
    ["Civil Engineer II", "Transportation Engineer", "Roadway Design Engineer (EI)"],
    ["Raleigh, NC", "Durham, NC", "Cary, NC"], True, 78000,
    "state civil-service grade", "two-column PDF paste", """
HENRIK OYELARAN, E.I.                    Raleigh, NC · 919-555-0161
                                         h.oyelaran@example.com
PROFILE                                  EXPERIENCE
Civil engineer (EI) with 4               Civil Engineer II (Transportation)
years of roadway design for a            Carolina State Highway Comm.,
state DOT; sitting for the PE            Division 5 Roadway Design Unit
exam in 2026.                            2022 - present
                                         · Plan sheets, profiles and cross-sections
SKILLS                                     for 3 widening projects ($12M-$48M) in
MicroStation / OpenRoads                   OpenRoads Designer; quantities and
AutoCAD Civil 3D                           estimates for PS&E.
Hydraulics (HEC-RAS)                     · Drainage design: pipe sizing, inlet spacing,
Highway Capacity Manual                    culvert analysis with HEC-RAS and HY-8.
Plan review, QA/QC
Python (basic)

EDUCATION                                Civil Engineer I / Engineering Associate
B.S. Civil Engineering,                  Same unit, 2021 - 2022 (state trainee
Pinecrest State University,              class, promoted to CE II after 12 months)
2021                                     · Survey reduction, earthwork, signing
                                           and pavement marking plans.
CERTIFICATIONS
EI (NC), 2021                            Engineering Intern (summer)
State Erosion &                          Cardinal Civil Associates, 2020
Sediment Control Level II                · Site grading, stormwater BMPs, Civil 3D
                                           surfaces for a 40-lot subdivision.
ASCE member                              PROJECT HIGHLIGHT: US-1 widening, 2.1 mi
Page 1 of 1                              of roadway, 38 drainage structures.
""")

add("f08", "manufacturing", "lead", "Production Shift Manager", "Fiona Braithwaite-Osei", "Greenville, SC",
    ["Production Supervisor", "Manufacturing Shift Supervisor", "Production Manager"],
    ["Greenville, SC", "Spartanburg, SC", "Anderson, SC"], False, 82000,
    "British English, relocated", "British English", """
Fiona Braithwaite-Osei
Greenville, SC (relocated from Derby, UK, 2024 - US permanent resident)
864-555-0175 | f.braithwaite.osei@example.com

PERSONAL PROFILE
Production shift manager with nine years in automotive component manufacturing in the
Midlands. I have led shifts of up to 42 operatives and 4 team leaders across machining and
assembly cells, and I am now looking for a Production Supervisor or Shift Manager role in the
Upstate South Carolina automotive supply chain.

CAREER HISTORY
Production Shift Manager - Trentvale Precision Components Ltd, Derby      2019 - 2024
- Ran the back shift (42 staff, 4 team leaders) on CNC machining and valve-body assembly.
- Owned shift KPIs: OEE up from 61% to 74% through SMED changeovers and a daily tier-1 board.
- Handled absence, return-to-work interviews, disciplinaries and annual appraisals.
- Led the shift's IATF 16949 audit preparation; zero major non-conformances in 2022 and 2023.
- Worked with maintenance on TPM and a 5S programme that the plant later rolled out site-wide.

Team Leader, Assembly - Trentvale Precision Components Ltd                2016 - 2019
- Cell of 11 operatives; standard work, first-off checks, kaizen events.

Machine Operator / Setter - Holloway Engineering, Burton upon Trent       2013 - 2016

QUALIFICATIONS
Foundation Degree, Manufacturing Engineering, University of East Staffordshire (2015)
Lean Six Sigma Green Belt | IOSH Managing Safely | NEBOSH General Certificate
ILM Level 3 Certificate in Leadership and Management

INTERESTS
Fell walking; volunteer STEM ambassador for local secondary schools.
""")
