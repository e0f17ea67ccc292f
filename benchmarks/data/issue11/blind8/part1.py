from common import rec

RECORDS = [
rec("h01", "nursing", "senior", "Psychiatric Mental Health Nurse Practitioner (Per Diem)", "Marisol Etxeberria-Vance", "Albuquerque, NM",
    ["Psychiatric Nurse Practitioner", "PMHNP", "Outpatient Psychiatric NP"], ["Albuquerque, NM", "Santa Fe, NM", "Remote (US)"], True, 128000, """
Marisol Etxeberria-Vance, DNP, PMHNP-BC
Albuquerque, NM  |  (505) 555-0142  |  m.etxeberria.vance@example.com

PROFESSIONAL SUMMARY
Board-certified psychiatric mental health nurse practi-
tioner with 3 years of independent prescribing and 7 years of inpatient
psychiatric RN experience. Currently per diem at two clinics; seeking one
full-time outpatient or telepsychiatry position (adult and adolescent).

CERTIFICATIONS / LICENSURE
PMHNP-BC (ANCC) 2023  |  APRN, New Mexico (full practice authority)  |  DEA
registered, Schedule II-V  |  RN compact license  |  BLS

EXPERIENCE
Psychiatric Mental Health Nurse Practitioner (Per Diem)           2024 - present
Sandia Foothills Behavioral Health, Albuquerque, NM
- Medication management for a panel of ~220 adults; 12-16 visits per shift,
in person and video. Diagnostic evaluations, MAT for opioid use disor-
der (buprenorphine), long-acting injectables.
- Collaborate with therapists and case managers; write treatment plans in
eClinicalWorks.

PMHNP (Per Diem), Adolescent Services                             2023 - present
Rio Puerco Youth Center, Los Lunas, NM
- Weekend coverage for a 24-bed adolescent residential program: admissions,
crisis assessments, PRN orders, family medication education.

Registered Nurse, Inpatient Psychiatry                              2016 - 2023
University Hospital of the Southwest, Albuquerque, NM
- Charge nurse rotation on a 28-bed locked adult unit. Safety huddles, de-
escalation (CPI instructor), restraint/seclusion reviews, ECT recovery.

EDUCATION
DNP, Psychiatric Mental Health NP track, Mesa Grande University, 2023
BSN, Mesa Grande University, 2016

Spanish - fluent (clinical interviews without interpreter)
""", kind="NP, two per-diem jobs", format="pasted PDF, broken line wraps and hyphen splits"),

rec("h02", "nursing", "lead", "Manager of Nursing Services, Cardiac Step-Down Unit", "Rowena Dimaculangan", "Houston, TX",
    ["Nurse Manager", "Clinical Nurse Manager - Cardiovascular", "Manager of Nursing, Telemetry"], ["Houston, TX", "Sugar Land, TX", "The Woodlands, TX"], False, 118000, """
ROWENA B. DIMACULANGAN, MSN, RN, PCCN, NE-BC
Houston, TX | (713) 555-0163 | rowena.dimaculangan@example.com

Nurse leader with 22 years in cardiac nursing across three countries. Manager of a 32-bed
cardiac step-down unit with 58 staff. Looking for a nurse manager role in a Magnet hospital
closer to home (Southwest Houston).

EXPERIENCE
Manager of Nursing Services, Cardiac Step-Down Unit (4 North)          2019 - present
Bayou Methodist Regional Hospital, Houston, TX
- 24/7 accountability for 32 beds; 46 RNs, 9 patient care techs, 3 unit secretaries;
  2 assistant nurse managers report to me. Budget $7.4M.
- Cut RN turnover from 24% to 11% with self-scheduling and a preceptor ladder.
- Led CAUTI/CLABSI bundle work: zero CLABSI for 19 months.

Assistant Nurse Manager / Charge Nurse, Cardiovascular ICU             2012 - 2019
Gulf Coast Heart Institute, Houston, TX

Staff Nurse, Coronary Care Unit                                        2008 - 2012
King Faisal Cardiac Centre, Riyadh, Saudi Arabia (expat contract)

Staff Nurse, Medical-Surgical and Cardiology Wards                     2004 - 2008
Philippine Heart Center-affiliated hospital, Quezon City, Philippines

EDUCATION
MSN, Nursing Leadership and Administration, Lone Star Metropolitan University, 2017
BSN, University of Santo Tomas, Manila, 2004 (CGFNS credential review, NCLEX-RN 2008)

CERTIFICATIONS
RN, Texas; PCCN; NE-BC (Nurse Executive, board certified); ACLS; BLS

AFFILIATIONS
Philippine Nurses Association of Houston - past treasurer
""", kind="nurse manager, trained abroad, 22-yr career", format="'Manager of Nursing Services' (title of function)"),

rec("h03", "allied_health", "entry", "Medical Assistant Extern", "Tavita Leavasa", "Sacramento, CA",
    ["Medical Assistant", "Clinical Medical Assistant", "Back Office Medical Assistant"], ["Sacramento, CA", "Elk Grove, CA", "Roseville, CA"], False, 41000, """
TAVITA LEAVASA
Sacramento, CA 95823  *  (916) 555-0108  *  tavita.leavasa@example.com

Certified Clinical Medical Assistant, finished my program in October 2026. Ready for my first
full-time job in a clinic. Good with nervous patients and with kids.

CLINICAL SKILLS
- Vital signs, height/weight, BMI, pulse oximetry
- Venipuncture and capillary sticks (over 60 supervised draws in externship)
- 12-lead EKG, spirometry, visual acuity (Snellen), urine dipstick, rapid strep and flu tests
- IM, subcutaneous and intradermal injections; immunization records (CAIR2)
- Rooming patients, medication reconciliation, chief complaint documentation
- Sterilization and autoclave logs, instrument set-ups for skin biopsies and cryotherapy
- Suture removal and dressing changes under supervision

ADMINISTRATIVE SKILLS
- Scheduling and check-in in athenahealth (externship)
- Insurance card scan and eligibility checks, Medi-Cal
- HIPAA, basic ICD-10 and CPT terms

CERTIFICATIONS
CCMA - National Healthcareer Association, 2026
CPR/BLS - American Heart Association, 2026

EDUCATION
Medical Assistant Certificate (720 hours), Capital Valley Career College, 2026
Diploma, Florin High School, 2023

EXTERNSHIP
River City Dermatology, Sacramento, CA - 160 hours, Aug - Sep 2026
Roomed 18-25 patients a day for two dermatologists. Set up biopsy trays, labeled specimens,
and logged pathology results. Staff asked me to cover the front desk on two Fridays.

OTHER WORK
Cashier (part-time), Save-Rite Grocery, 2023 - 2025

LANGUAGES
English, Samoan
""", kind="new certificate, very short career", format="skills-first, job history at the end"),

rec("h04", "skilled_trades", "entry", "Plumber Apprentice (2nd Year)", "Dakota Fairweather", "Milwaukee, WI",
    ["Plumbing Apprentice", "Apprentice Plumber", "Pipefitter Apprentice"], ["Milwaukee, WI", "Waukesha, WI", "Racine, WI"], False, 44000, """
Dakota Fairweather
Milwaukee WI  414-555-0121  dfairweather@example.com

I'm a second-year indentured plumbing apprentice with the Plumbers & Steamfitters Local 601
(fictional local, Milwaukee Area JATC), registered with the state as Apprentice #2-44817. My
contractor is slowing down for the winter and I am looking for a signatory shop that can keep
me working toward my journeyman card. I have about 3,100 of my 10,000 on-the-job hours logged
and I am on track with night school (year 2 of 5, all A's and B's).

Right now I'm with Lakeshore Mechanical Contractors (April 2025 to now). Mostly new
construction: an 8-story apartment building and a grade school addition. I run PEX and copper
supply lines, cut and glue PVC and ABS DWV, set carriers and fixtures, help the journeyman
with cast iron hangers and no-hub, pressure test water lines and air test drains, and keep the
gang box and material counts straight. I did my first solo rough-in on a bathroom group in
October with the journeyman checking. Also some service calls: water heaters, garbage
disposals, a couple of frozen line thaws.

Before the trade I worked at Northshore Tire & Auto as a tire and lube tech (2022-2025) and
part of that time I delivered for a pizza place. I graduated from Bay View High School in 2022
and took welding I and II at Milwaukee Technical College.

Cards and training: OSHA 10 Construction, first aid/CPR, powder-actuated tool card, aerial
lift (scissor and boom), confined space awareness, Med Gas installer class coming up in
spring. Valid WI driver's license, clean record, own hand tools and truck.

I'll work anywhere in Milwaukee, Waukesha or Racine counties and overtime is fine.
""", kind="union apprentice, trade change", format="no section headings, prose"),

rec("h05", "skilled_trades", "lead", "Owner / Master HVAC Technician", "Emeka Nwachukwu-Ross", "Columbus, OH",
    ["HVAC Service Manager", "Service Operations Manager - HVAC", "HVAC Field Supervisor"], ["Columbus, OH", "Dublin, OH", "Westerville, OH"], False, 92000, """
EMEKA NWACHUKWU-ROSS
Columbus, OH  |  614-555-0189  |  emeka.nr@example.com

SUMMARY
After nine years running my own heating and cooling company, I sold the customer list in 2026
and want to lead a service department for a larger contractor: dispatch, tech development,
quality and the numbers, without the bookkeeping at midnight. Ohio HVAC contractor license,
EPA 608 Universal, NATE certified (gas heating, AC, heat pump).

LEADERSHIP AND PEOPLE
- Hired, trained and supervised 3 full-time technicians and 1 apprentice; ran ride-alongs and a
  Friday tech meeting; two of my techs later earned their own NATE certifications.
- Built a flat-rate price book and a maintenance-agreement program (410 members at sale).
- Handled the hard customer calls and warranty claims personally.

TECHNICAL
- Residential and light commercial: furnaces, split systems, heat pumps, ductless mini-splits,
  boilers, RTUs up to 25 tons, commercial refrigeration (walk-ins, reach-ins).
- Diagnostics on communicating systems (Carrier Infinity, Trane ComfortLink), VFDs, ECMs.
- Load calcs (Manual J/D) for replacements; pulled my own permits with Columbus and Franklin
  County inspectors.

BUSINESS
- Revenue grew from $180K (2017) to $1.3M (2025); gross margin held at 48-51%.
- ServiceTitan from 2021; before that paper tickets and QuickBooks.
- Fleet of 4 vans, vendor accounts with two supply houses.

WORK HISTORY
Owner / Master Technician, Nwachukwu-Ross Comfort Services LLC, Columbus OH   2017 - 2026
HVAC Service Technician, Buckeye Air & Heat, Columbus OH                     2011 - 2017
HVAC Installer / Helper, Scioto Mechanical, Grove City OH                     2009 - 2011

TRAINING
HVAC/R Technology certificate, Columbus Technical College, 2009
""", kind="small-business owner returning to employment", format="functional/skills-first, history last"),

rec("h06", "construction", "mid", "Heavy Equipment Operator (Journeyman)", "Wendell Harjo", "Tulsa, OK",
    ["Heavy Equipment Operator", "Excavator Operator", "Dozer Operator"], ["Tulsa, OK", "Broken Arrow, OK", "Muskogee, OK"], False, 62000, """
WENDELL HARJO
TULSA, OK 74107 - (918) 555-0174 - wharjo@example.com

JOURNEYMAN HEAVY EQUIPMENT OPERATOR, 4 YEARS OUT OF APPRENTICESHIP. MEMBER, INTERNATIONAL UNION
OF OPERATING ENGINEERS (LOCAL 627, FICTIONAL DISPATCH HALL). LOOKING FOR STEADY YEAR-ROUND
WORK WITH A SITEWORK OR HIGHWAY CONTRACTOR IN THE TULSA AREA.

EQUIPMENT
EXCAVATORS (CAT 320 TO 349, KOMATSU PC360), DOZERS (D6, D8 FINISH GRADE), MOTOR GRADER
(CAT 140), RUBBER-TIRE LOADERS, SKID STEERS, SCRAPERS, SMOOTH AND PADFOOT ROLLERS,
BACKHOES. GPS MACHINE CONTROL (TRIMBLE EARTHWORKS, TOPCON).

WORK
OPERATING ENGINEER - JOURNEYMAN                                 2022 - PRESENT
RED FORK SITEWORK CO., TULSA, OK
MASS EXCAVATION AND FINISH GRADING FOR WAREHOUSES AND A 60-ACRE SUBDIVISION. TRENCHING FOR
STORM AND SANITARY UP TO 18 FT WITH TRENCH BOXES. LOADING TRUCKS, GRADE CHECKS, DAILY
WALKAROUNDS AND GREASE, REPORTING DEFECTS TO THE SHOP.

APPRENTICE OPERATING ENGINEER                                   2018 - 2022
VARIOUS CONTRACTORS THROUGH THE UNION HALL (HIGHWAY, PIPELINE, DAM REPAIR)
6,000 HOURS ON-THE-JOB, CLASSROOM AT THE JATC TRAINING SITE IN CHOUTEAU.

CONSTRUCTION LABORER                                            2016 - 2018
ARKANSAS RIVER CONCRETE, SAND SPRINGS, OK

CERTS
CDL CLASS A WITH TANKER, OSHA 30, TRENCHING AND EXCAVATION COMPETENT PERSON, MSHA PART 46,
FIRST AID/CPR, NCCCO MOBILE CRANE (TELESCOPIC) - WRITTEN PASSED, PRACTICAL PENDING.

ZERO LOST-TIME INCIDENTS. WILL TRAVEL WITHIN 90 MILES.
""", kind="union journeyman operator", format="entire resume in ALL CAPS (email lower-case)"),

rec("h07", "construction", "executive", "Vice President of Operations", "Catherine 'Cat' Lindqvist", "Denver, CO",
    ["Vice President of Construction", "Director of Construction Operations", "Chief Operating Officer - General Contractor"], ["Denver, CO", "Colorado Springs, CO", "Salt Lake City, UT"], False, 235000, """
CATHERINE "CAT" LINDQVIST
Denver, Colorado  |  303-555-0130  |  cat.lindqvist@example.com

Construction executive, 27 years with five general contractors: field engineer to VP. Today I
run operations for a $480M-a-year commercial GC (healthcare, higher-ed, mission-critical).

Vice President of Operations - Front Range Builders Group, Denver, CO          2017 - present
 - Lead 4 operations directors, 11 project executives and ~160 salaried field and office staff.
 - Own safety (EMR 0.71), schedule and margin for 20-30 active jobs; fee up 1.8 points.
 - Set up the VDC/BIM group and a self-perform concrete crew of 45.

Director of Construction - Summit Healthcare Builders, Colorado Springs, CO    2011 - 2017
 - Ran all hospital and clinic work ($90-140M/yr); ICRA and phased occupied-hospital jobs.

Senior Project Manager - Wasatch Commercial Contractors, Salt Lake City, UT     2005 - 2011
 - $60M university research building (LEED Gold); $38M county justice center.

Project Manager / Assistant PM - Haldane & Orr Construction, Omaha, NE          2001 - 2005
Field Engineer / Project Engineer - Great Plains Building Co., Lincoln, NE       1999 - 2001

Education
B.S. Construction Management, Prairie State University, 1999
Executive Leadership Certificate, Rocky Mountain Business School, 2019

Credentials
LEED AP BD+C, OSHA 500 trainer, DBIA Designated Design-Builder, CHC (Certified Healthcare
Constructor)

Boards and service
Board member, Colorado chapter of a national contractors association (2020-2025).
Mentor, Women in Construction Denver.
""", kind="27-yr career, 5 employers", format="conventional, compact"),

rec("h08", "engineering_architecture", "mid", "Architectural Designer II", "Ximena Arámbula Quiroga", "San Antonio, TX",
    ["Architectural Designer III", "Project Architect", "Job Captain"], ["San Antonio, TX", "Austin, TX", "Remote (US)"], True, 72000, """
XIMENA ARÁMBULA QUIROGA
San Antonio, TX · (210) 555-0155 · ximena.arambula@example.com

Architectural designer with 3 years of practice in Mexico (licensed there as Arquitecta, with
Cédula Profesional) and 4 years in Texas. Working through AXP and ARE (4 of 6 divisions
passed) toward Texas licensure. Seeking a designer III or project architect role.

EXPERIENCE
Architectural Designer II — Alamo Heights Design Collaborative, San Antonio, TX    2022–present
· Multifamily and K-12: 4-story, 180-unit wood-frame apartments; two elementary school
  renovations. DD and CD sets in Revit, wall sections, door/hardware schedules, TAS/ADA checks.
· Coordinate MEP and structural consultants; run weekly model clash checks in Navisworks.
· Construction administration: RFIs, submittals, site observation reports.

Arquitecta de Proyecto (Project Architect) — Taller Norte Arquitectura, Monterrey, N.L., Mexico   2019–2022
· Led design and permit sets for mid-rise housing and a 12,000 m² logistics building.
· Managed two junior drafters; client presentations in Spanish and English.

Practicante (Intern Architect) — Despacho Garza Villarreal, Monterrey            2017–2018

EDUCATION
Licenciatura en Arquitectura (professional Bachelor of Architecture, 5 years),
Universidad Regiomontana del Noreste, 2018 — NCARB education evaluation: equivalent to B.Arch.

SOFTWARE
Revit, AutoCAD, Rhino + Grasshopper, Enscape, Bluebeam, Adobe InDesign/Photoshop

LANGUAGES
Spanish (native), English (professional)
""", kind="foreign-licensed, re-licensing in US", format="Spanish titles with English gloss"),
]
