"""blind7 part 1: g01-g08 (hand-written)."""
from common import rec

rec("g01", "nursing", "entry", "Emergency Medical Technician", "Dashiell Okonkwo-Brandt", "Tulsa, OK",
    ["New Graduate Registered Nurse", "RN Residency - Emergency Department", "Graduate Nurse"],
    ["Tulsa, OK", "Oklahoma City, OK"], False, 62000, "career changer / new grad", "plain",
"""
DASHIELL OKONKWO-BRANDT
Tulsa, OK 74105 | (918) 555-0117 | d.okonkwo.brandt@example.com

Newly licensed RN (NCLEX passed May 2026) coming from six years on an ambulance. I am applying
to new-graduate residency programs, ideally emergency or step-down. I know how to stay calm with
a crashing patient in the back of a rig; now I want the nursing side of the handoff.

EDUCATION
Associate Degree in Nursing, Green Country Community College, Tulsa, OK - May 2026
  Capstone preceptorship: 144 hours, Emergency Department, St. Anselm Medical Center
  Clinical rotations: med-surg, telemetry, pediatrics, L&D, behavioral health
Paramedic coursework (not completed), 2019

LICENSES
Registered Nurse, Oklahoma (multistate) - 2026
BLS Instructor, ACLS, PALS, TNCC (in progress)
Nationally Registered EMT (NREMT) - 2020 to present

EXPERIENCE
Emergency Medical Technician - Basic
Redbud County EMS, Tulsa, OK                                             2020 - present
24-hour shifts (went to part-time, 2 shifts a week, during nursing school). About 1,800 calls:
cardiac, trauma, stroke, OB, psych holds. Patient assessment, vitals, glucose, 12-lead
acquisition, spinal motion restriction, CPR and AED. Field training officer for new EMTs.
Precise charting in ESO; zero late reports in 2024 audit.

Emergency Room Technician (PRN)
St. Anselm Medical Center, Tulsa, OK                                     2023 - 2025
Phlebotomy, EKGs, splinting, wound care set-up, restraint observation, turned rooms fast.

Warehouse Associate, Plains Freight Distribution                          2018 - 2020

SKILLS
IV starts (school and ERT), Foley insertion, Epic (student and ERT access), de-escalation,
bilingual English/Spanish (conversational)
""")

rec("g02", "allied_health", "senior", "Staff Pharmacist", "Lakshmi Narayanan Iyer", "Edison, NJ",
    ["Clinical Pharmacist", "Staff Pharmacist - Inpatient", "Pharmacist in Charge"],
    ["Edison, NJ", "New Brunswick, NJ", "Princeton, NJ"], False, 128000, "foreign-trained; Indian English", "bullets",
"""
LAKSHMI NARAYANAN IYER, PharmD, RPh
Edison, NJ  |  Mobile: 732-555-0142  |  lakshmi.iyer.rph@example.com

CAREER OBJECTIVE
Seeking a suitable position as Clinical / Inpatient Pharmacist in a reputed hospital where my
9 years of experience in India and USA can be utilised to the fullest.

PROFILE IN BRIEF
* Licensed Pharmacist in New Jersey and New York (FPGEE, TOEFL, NAPLEX, MPJE cleared)
* Total experience of 9+ years - 4 years hospital pharmacy in Chennai, 5+ years in USA
* Well versed with sterile compounding (USP 797/800), TPN, chemo verification
* Presently working as Staff Pharmacist in a 420-bed community hospital

WORK EXPERIENCE
Staff Pharmacist - Raritan Valley Medical Center, Edison, NJ (Jan 2021 - till date)
* Verification of approx. 600 orders per shift in Epic Willow; renal dosing, vancomycin AUC
* Attending rapid response and code blue as pharmacy representative
* Precepting APPE students of two schools of pharmacy
* Did the antimicrobial stewardship audit for surgical prophylaxis; adherence up from 71% to 92%

Retail Pharmacist (Floater) - a national chain, Middlesex County, NJ (2019 - 2020)
* Covered 14 stores; immunisations, MTM, controlled substance counts

Pharmacist Intern - Monmouth Community Pharmacy (2018 - 2019, during licensure)

Hospital Pharmacist - Sri Venkateswara Multispeciality Hospital, Chennai (2014 - 2018)
* In-charge of oncology satellite pharmacy, chemotherapy dose checking
* Conducted drug utilisation evaluation for carbapenems

EDUCATION
Pharm.D. (6 years), The Tamil Nadu Dr. M.G.R. Medical University, 2014

CERTIFICATIONS
BCPS (Board Certified Pharmacotherapy Specialist) - 2023
Immunization certified (APhA)

PERSONAL DETAILS
Languages known: English, Tamil, Hindi, Telugu
Authorised to work in the US (Green Card holder)
""")

rec("g03", "skilled_trades", "mid", "HVAC Service Technician", "Marcus T. Villanueva", "Norfolk, VA",
    ["HVAC Technician", "HVAC/R Service Technician", "Building Engineer - HVAC"],
    ["Norfolk, VA", "Virginia Beach, VA", "Chesapeake, VA"], False, 64000, "military-to-civilian; union", "bullets",
"""
MARCUS T. VILLANUEVA
Norfolk, VA | 757-555-0163 | mvillanueva.hvac@example.com
U.S. Navy veteran | UA Local 110 journeyman card

SUMMARY
HVAC/R service tech with 3 years in the trade after 8 years as a Navy Machinist's Mate.
EPA 608 Universal. Commercial rooftop, split systems, chillers under 200 tons, walk-in
refrigeration. Looking for a service tech role with a mechanical contractor or a hospital.

EXPERIENCE
HVAC Service Technician (Journeyman) - Tidewater Mechanical Services, Norfolk, VA   2023-present
- Run 5-7 service calls a day on RTUs (Carrier, Trane, Lennox), VRF, and walk-ins.
- Diagnose compressor, refrigerant and controls faults; brazing, recovery, evacuation.
- PM contract for 11 school buildings: filters, belts, coil cleaning, economizer checks.
- Turned out to be the shop's go-to on BACnet thermostats and basic BAS troubleshooting.

HVAC Apprentice - same company (UA Local 110 Veterans in Piping program)            2022-2023
- Completed accelerated apprenticeship (credit for Navy training), journeyman card 2023.

U.S. NAVY - Machinist's Mate Second Class (MM2/E-5)                                 2014-2022
- USS (DDG) engineering department: A/C and refrigeration plants, ship's service
  air compressors, potable water and steam systems.
- Work center supervisor for 6 sailors; maintained 3-M PMS at 98% completion.
- Qualified Engineering Watch Supervisor (under instruction).

CERTIFICATIONS & TRAINING
EPA Section 608 Universal | NATE (Air Conditioning) | OSHA 30 | Virginia Journeyman HVAC
license (DPOR) | Navy A-School, Machinist's Mate

TOOLS
Fieldpiece and Testo gauges, micron gauge, megohmmeter, Fluke meters, ServiceTitan

Secret clearance (inactive). Honorable discharge.
""")

rec("g04", "skilled_trades", "lead", "General Foreman (Inside Wireman)", "Brigid A. Halloran", "Chicago, IL",
    ["Electrical Superintendent", "General Foreman - Electrical", "Master Electrician"],
    ["Chicago, IL", "Evanston, IL", "Oak Brook, IL"], False, 118000, "union trade", "plain",
"""
Brigid A. Halloran
Master Electrician (City of Chicago Supervising Electrician license) - IBEW Local 134
Chicago, IL - 312-555-0128 - bhalloran.ibew134@example.com

Nineteen years with the tools and in the field office. Journeyman at 24, foreman at 31, general
foreman since 2020. I run the electrical side of jobs from rough-in to turnover, and I would like
a general foreman or field superintendent spot with a signatory contractor.

EXPERIENCE

General Foreman, Lakeshore Electric Co. (IBEW signatory)                     2020 - present
Oversee 4 foremen and 35-60 journeymen and apprentices on hospital and lab projects up to
$22M electrical. Manpower planning, 3-week lookaheads, material tracking, RFIs with the GC,
coordination with mechanical and fire alarm trades. Jobs: 9-story medical office building
(2024, 14 days early), university lab renovation with normal/emergency power and
Division 26 commissioning. Zero lost-time injuries across 310,000 hours.

Foreman, Lakeshore Electric Co.                                               2014 - 2020
Crews of 6-12. Switchgear, 480V distribution, generators and ATS, lighting controls.
Trained apprentices on conduit bending, pulling and terminations.

Journeyman Inside Wireman, various signatory contractors (out of the hall)   2011 - 2014
Apprentice, IBEW Local 134 / Electrical Joint Apprenticeship Training Center  2006 - 2011

LICENSES & TRAINING
City of Chicago Supervising Electrician (Master) | OSHA 30 | NFPA 70E qualified person
Foreman training, EJATC | First aid/CPR | Bluebeam, Procore, basic MS Project

EDUCATION
Associate in Applied Science, Electrical Construction Technology, City college, 2011
""")

rec("g05", "construction", "senior", "Senior Estimator", "Teodoro \"Teo\" Ramos-Lindqvist", "Phoenix, AZ",
    ["Senior Estimator", "Preconstruction Manager", "Chief Estimator"],
    ["Phoenix, AZ", "Tempe, AZ", "Scottsdale, AZ"], False, 115000, "standard", "two-column paste",
"""
TEODORO "TEO" RAMOS-LINDQVIST
Senior Estimator | Commercial & Multifamily
Phoenix, AZ    602-555-0179    teo.ramoslindqvist@example.com

PROFILE                         EXPERIENCE
9 years in preconstruction      Senior Estimator
for a mid-size general          Saguaro Builders Group, Phoenix, AZ
contractor. Hard-bid and        2021 - Present
negotiated work, $2M-$65M.      - Lead estimator on 40+ bids a year: tilt-up
                                  warehouses, 4-story wood-frame multifamily,
SOFTWARE                          K-12 additions. 2025 hit rate 27% on $310M bid.
Bluebeam Revu (expert)          - Quantity takeoffs for sitework, concrete,
On-Screen Takeoff                 framing, drywall; self-perform labor pricing.
ProEst / Procore                - Level sub bids, write scope sheets and
Sage Estimating                   qualifications, run bid-day.
Excel (macros, pivot)           - Conceptual budgets for owners at SD/DD.
                                - Mentor two junior estimators (no direct
EDUCATION                         reports - they report to the chief estimator).
B.S. Construction Management
Arizona State University, 2016  Estimator
                                Saguaro Builders Group, 2018 - 2021
CERTIFICATIONS                  - Takeoff and pricing for TI and ground-up
Certified Professional            retail, $1M-$15M.
Estimator (CPE), ASPE           - Built the company's historical cost database.
OSHA 30
                                Project Engineer
                                Desert Vista Construction, 2016 - 2018
                                - Submittals, RFIs, change-order pricing on a
                                  $28M medical office building.
                                - Field layout and daily logs.

Open to Preconstruction Manager roles; my current title is Senior Estimator.
""")

rec("g06", "engineering_architecture", "executive", "Director of Public Works / County Engineer", "Harriet Oyelaran-Pike", "Boise, ID",
    ["Director of Public Works", "City Engineer", "Public Works Director"],
    ["Boise, ID", "Salt Lake City, UT", "Spokane, WA"], False, 165000, "public sector; department head", "plain",
"""
HARRIET OYELARAN-PIKE, P.E.
Boise, ID  |  208-555-0136  |  h.oyelaran.pike@example.com

Licensed civil engineer and department head. For seven years I have led a 140-person county
public works department (roads, bridges, solid waste, fleet, engineering and surveying) with
an annual budget of $58 million. I report to the Board of County Commissioners and want to
bring that experience to a larger city or county as Public Works Director or City Engineer.

EXPERIENCE

Director of Public Works / County Engineer - Sawtooth County, Idaho           2019 - present
- Department head over 5 division managers; 140 FTE; $58M operating + $31M capital.
- Delivered a $74M 10-year road bond program on schedule; 112 lane-miles rehabilitated.
- Won $19.6M federal (RAISE) grant for a corridor safety project.
- Negotiated the first labor agreement with the new Teamsters road-crew unit.
- Stood up an asset management system (Cartegraph) and pavement condition index reporting.

Deputy Director / Assistant County Engineer - Sawtooth County               2014 - 2019
- Ran engineering, permitting and capital project delivery (18 staff).
- Bridge replacement program: 9 structures, $23M.

Project Engineer II / III - Idaho Transportation Department, District 3     2008 - 2014
- Design and construction administration on state highway projects; resident engineer on
  a $12M interchange.

Engineer in Training - Hollis & Grant Consulting Engineers, Boise             2006 - 2008

EDUCATION
M.S. Civil Engineering (Transportation), University of Idaho, 2010
B.S. Civil Engineering, Montana State University, 2006

LICENSES & AFFILIATIONS
Professional Engineer, Idaho and Utah | APWA Idaho Chapter president (2023)
Certified Public Infrastructure Inspector
""")

rec("g07", "manufacturing", "mid", "Production Associate", "Kevin Phan", "Grand Rapids, MI",
    ["CNC Machinist", "CNC Operator - 2nd Shift", "Machinist"],
    ["Grand Rapids, MI", "Holland, MI", "Wyoming, MI"], False, 48000, "temp agency; generic title", "bullets",
"""
KEVIN PHAN
Grand Rapids, MI 49548  *  616-555-0185  *  kphan.machining@example.com

Machinist with 4 years running and setting up CNC mills and lathes, mostly through staffing
agencies. My badge says "Production Associate" but on the floor I set up and run Haas and
Okuma machines, hold tolerances to +/-0.0005", and inspect my own parts. Looking for a direct-
hire CNC machinist job, any shift.

WORK HISTORY
Production Associate (temp-to-hire, via StaffPoint) - Westshore Precision Components
Grand Rapids, MI | Mar 2024 - present
  * Set up and run 2 Haas VF-4 mills and an Okuma LB3000 lathe; aluminum and 17-4 stainless
    parts for medical and aerospace customers.
  * Offset adjustments, tool changes, first-article checks with CMM report from QC.
  * Read blueprints and GD&T; calipers, micrometers, bore gauges, height gage.
  * Recognised on the 2025 scrap reduction board: cut my cell's scrap from 3.1% to 1.4%.

Machine Operator (agency) - Lakeview Automotive Stampings, Wyoming, MI | 2022 - 2024
  * CNC lathe operator on 12-hour shifts, loading and measuring, SPC charting.
  * Cross-trained on a Mazak and on deburring/tumbling.

Gig & part-time work while in school - 2019 - 2022
  * Grubhub/DoorDash delivery; weekend stock crew at a grocery store.

EDUCATION & TRAINING
CNC Machining Certificate (2 semesters), Grand Rapids area community college, 2022
NIMS Level I: Measurement, Materials & Safety; CNC Milling Operations
Mastercam (basic, school projects); G-code editing at the control

OTHER
Forklift certified. Reliable transportation. Vietnamese (fluent).
""")

rec("g08", "education", "entry", "Staff Accountant", "Imani Castellanos-Wright", "San Antonio, TX",
    ["Middle School Math Teacher", "Mathematics Teacher (Grades 6-8)", "Teacher Intern - Mathematics"],
    ["San Antonio, TX", "New Braunfels, TX"], False, 54000, "career changer", "plain",
"""
Imani Castellanos-Wright
San Antonio, TX | 210-555-0151 | imani.cw.teaches@example.com

Career changer: after five years as a staff accountant I am moving into teaching. Admitted to a
TEA-approved alternative certification program (Mathematics 4-8 and 7-12 content exams passed)
and seeking a first-year teacher / intern-certificate position in middle school math for the
2026-27 school year.

TEACHING-RELATED EXPERIENCE
Volunteer Math Tutor, Eastside Public Library homework center         2022 - present
  Two evenings a week with 6th-9th graders: fractions, linear equations, STAAR review.
Substitute Teacher (day-to-day), Alamo Heights-area ISD               Jan 2026 - present
  About 25 days so far, mostly math and science classes, grades 6-8.
Junior Achievement classroom volunteer, "Finance Park" (8th grade)     2023, 2024

PROFESSIONAL EXPERIENCE
Staff Accountant, Mission Trail Health Partners, San Antonio, TX     2021 - present
  Month-end close for 3 clinic entities, account reconciliations, accruals, fixed assets.
  Trained new AP clerks on our process - the part of the job I liked most.
Accounting Clerk, Riverwalk Property Management                        2019 - 2021

EDUCATION & CERTIFICATION
Alternative Certification Program (Texas), enrolled 2026; intern certificate on hire
TExES Mathematics 4-8 (passed), TExES Mathematics 7-12 (passed)
B.B.A. Accounting, University of Texas at San Antonio, 2019

SKILLS
Excel and Google Sheets, Desmos, Khan Academy, bilingual English/Spanish
""")
