"""Hand-written records i09-i16 (batch blind9)."""
from common import R

R("i09", "nursing", "executive", "Director of Operations, Perioperative Services", "Angela M. Prewitt", "Nashville, TN",
  ["Director of Perioperative Services", "Administrative Director, Surgical Services", "Associate Chief Nursing Officer"],
  ["Nashville, TN", "Franklin, TN", "Murfreesboro, TN"], False, 175000, """
ANGELA M. PREWITT, MSN, RN, CNOR, NE-BC
Nashville, TN · (615) 555-0104 · angela.prewitt@example.com

EXECUTIVE SUMMARY
Perioperative nurse leader with 22 years in surgical services, the last 6 as Director of Operations for a 3-campus perioperative department (31 ORs, 2 ASCs, pre-admission testing, PACU, sterile processing). Responsible for throughput, staffing, budget and quality; reports to the CNO and the VP of Surgical Services.

PROFESSIONAL EXPERIENCE
Director of Operations, Perioperative Services — Cumberland Valley Health System, Nashville — 2020–present
• Lead 4 nurse managers, 1 SPD manager and 1 business manager; 410 FTEs; $71M operating budget.
• First-case on-time starts 54% → 86%; OR utilization 68% → 79% through block-time redesign with the surgeon governance committee.
• Opened a 6-OR ambulatory surgery center (2022): staffing model, CON support, equipment, Joint Commission survey with zero findings.
• Cut agency RN spend 42% with an internal float pool and a perioperative nurse residency (38 grads, 81% two-year retention).
• Chair of the perioperative quality council: SSI bundle, retained-item prevention, sterile processing IUSS reduction.
• Partner with anesthesia, surgery chairs and finance on capital requests ($9M robotic and imaging equipment plan, 2024–2026).
• Led the 2023 labor contract planning for OR and PACU staffing grids with HR.
Nurse Manager, Main OR — Cumberland Valley Health System — 2014–2020
• 14 ORs, 120 staff; Epic OpTime go-live super-user lead.
• Reduced turnover time 41 → 28 minutes; staff engagement score in the top quartile two years running.
Charge Nurse / RN Circulator — St. Agnes Medical Center, Memphis — 2004–2014
• Cardiovascular and neuro service line; preceptor for new OR nurses.

EDUCATION & CERTIFICATIONS
MSN, Nursing Administration — Volunteer State University, 2013
BSN — Memphis Christian University, 2004
CNOR (AORN/CCI) · NE-BC (ANCC) · Lean Six Sigma Green Belt · BLS/ACLS
Tennessee RN license (multistate/compact)

AFFILIATIONS
AORN Nashville chapter, past president · TONL member
""", "hospital 'Director of Operations'", "dense")

R("i10", "skilled_trades", "lead", "Tech Lead (Lead Automotive Technician)", "Ray Kowalczyk", "Boise, ID",
  ["Shop Foreman", "Lead Automotive Technician", "Service Manager"], ["Boise, ID", "Meridian, ID", "Nampa, ID"], False, 78000, """
RAY "BUDDY" KOWALCZYK
Boise, ID 83704 · 208-555-0131 · rkowalczyk@example.com

Tech Lead / shop foreman, 17 yrs automotive. ASE Master + L1. Honda factory Master Tech.

WORK
Tech Lead - Treasure Valley Honda, Boise ID - 2018-now
- Run the team of 7 techs + 2 lube techs: dispatch ROs, QC road tests, help on diag
- Train new techs; signed off 3 apprentices to B-level
- Warranty comeback rate lowest in district 3 yrs running
- Hybrid/EV high-voltage certified; I do the battery jobs
- Work with service advisors on estimates and with the parts manager on backorders
- Shop safety walk every Monday; keep lifts inspected and the SDS binder current

Line Technician (A-level) - Treasure Valley Honda - 2012-2018
- Engine, trans, electrical diag; ~160 flag hrs/mo avg
- Top flag-hour tech 2015, 2016, 2017

Technician - Sawtooth Tire & Auto, Nampa ID - 2009-2012
- Brakes, alignments, suspension, AC, some diesel pickups
- Customer comebacks handled by me, not the counter

Lube Tech - Quick Lane - 2007-2009

TRAINING / CERTS
ASE Master Automobile Tech (A1-A8) + L1 Advanced Engine Performance
Honda PACT Master Technician
EPA 609 AC
Boise Valley Tech, Automotive Technology certificate, 2008

Own tools (~$60K). Clean driving record. Can start in 2 weeks.
Looking for shop foreman or lead tech. Would consider service manager at a smaller store.
""", "'Tech Lead' outside software", "very terse")

R("i11", "construction", "lead", "Program Manager, Capital Bond Program", "Gregory Adeyemi-Shaw", "Raleigh, NC",
  ["Program Manager - Capital Projects", "Senior Construction Project Manager", "Director of Construction"],
  ["Raleigh, NC", "Durham, NC", "Cary, NC"], False, 145000, """
GREGORY ADEYEMI-SHAW, PMP, LEED AP BD+C
Raleigh, NC | 919-555-0119 | g.adeyemishaw@example.com

SUMMARY
Construction program manager on the owner's side of a $410M K-12 school bond program: 14 projects (4 new schools, 10 renovations/additions). I manage the project managers, the CM-at-risk contracts and the schedule that the school board sees every month. Before that, 11 years with general contractors as project engineer, PM and superintendent.

EXPERIENCE
Program Manager, Capital Bond Program - Wake Pines County Schools, Raleigh NC | 2021-present
- Supervise 3 construction project managers and 1 project coordinator; coordinate architects, CMAR firms, commissioning agents and the district's facilities team.
- Program budget, contingency and cash-flow reports to the board and the bond oversight committee; 12 of 14 projects delivered within budget.
- Standardized the design-review checklist and closeout (O&Ms, attic stock, warranty walks) across all projects.
- Resolved a $2.3M change-order dispute on the Oak Grove Middle addition without claims.

Senior Project Manager - Triangle Builders Group (GC) | 2015-2021
- Delivered public work $8M-$42M: schools, a fire station, a county library. Buyout, subcontracts, RFIs, pay apps, owner meetings.

Superintendent / Project Engineer - Carolina Coastal Construction | 2010-2015
- Field superintendent on 2 dorm projects; project engineer on tilt-up warehouses.

EDUCATION & CREDENTIALS
B.S. Construction Management, Piedmont State University, 2010
PMP; LEED AP BD+C; OSHA 30; NC general contractor qualifier exam passed (unlimited)
Procore, Primavera P6, e-Builder, Bluebeam
""", "'Program Manager' in construction", "plain")

R("i12", "engineering_architecture", "mid", "Infrastructure Engineer II", "Sofia Lindgren-Baca", "Denver, CO",
  ["Civil Engineer II", "Water Resources Engineer", "Project Engineer - Infrastructure"], ["Denver, CO", "Aurora, CO", "Lakewood, CO"], False, 82000, """
Sofia Lindgren-Baca, EIT
Denver, CO · (720) 555-0158 · sofia.lb@example.com

Civil engineer (water, sewer, storm drainage), 4 years in consulting. EIT; PE exam scheduled for March 2027. My title is "Infrastructure Engineer" - that means pipes and streets, not servers.

EXPERIENCE
Infrastructure Engineer II | Front Range Civil Partners | Denver, CO | 2024-present
- Design engineer on municipal water main replacement (6.5 miles, 8"-16" DIP/PVC) and storm sewer upgrades for two suburbs.
- Hydraulic modeling in WaterGEMS and StormCAD; drainage reports per Mile High Flood District criteria.
- Civil 3D plan and profile sheets, quantities, engineer's estimates; respond to contractor RFIs during construction.
- Field visits for potholing and punch lists.

Infrastructure Engineer I | Front Range Civil Partners | 2022-2024
- Grading and utility plans for 3 residential subdivisions; sanitary sewer capacity study (SewerGEMS).
- Prepared CDOT permit packages and traffic control plans.

Engineering Intern | City of Westmoor Public Works | summers 2020, 2021
- Pavement condition survey in GIS; helped inspect a culvert replacement.

EDUCATION
B.S. Civil Engineering, Colorado Plains University, 2022
Senior design: detention pond retrofit for a middle school site (team of 4)

SOFTWARE
AutoCAD Civil 3D, WaterGEMS, StormCAD, SewerGEMS, HEC-RAS (1D), ArcGIS Pro, Bluebeam, Excel

MEMBERSHIPS
ASCE Colorado Section, Younger Member Group
""", "'Infrastructure Engineer' = civil", "plain")

R("i13", "manufacturing", "mid", "Manufacturing Specialist II", "Tomasz Wiśniewski", "Grand Rapids, MI",
  ["Manufacturing Technician", "CNC Programmer", "Manufacturing Engineer I"], ["Grand Rapids, MI", "Holland, MI", "Kalamazoo, MI"], False, 64000, """
Tomasz Wiśniewski
Manufacturing Specialist II at Lakeview Orthopedic Devices
Grand Rapids, Michigan, United States · tomasz.wisniewski@example.com · 616-555-0175

About
CNC machinist who moved into process support. I set up and prove out 5-axis jobs for titanium implants, write work instructions, and handle NCRs on the floor. Want to grow into a CNC programmer or MFG engineer spot.

Experience
Manufacturing Specialist II
Lakeview Orthopedic Devices · Full-time
Feb 2024 - Present · 2 yrs 11 mos
Grand Rapids, Michigan, United States · On-site
- First-article setups on DMG Mori 5-axis and Swiss lathes (Citizen L20)
- Write and revise work instructions and router steps under ISO 13485
- NCR containment and 8D input; cut scrap on the knee tray line from 6.1% to 2.4%
Skills: GD&T · CNC Machining · ISO 13485

Manufacturing Specialist I
Lakeview Orthopedic Devices · Full-time
Oct 2022 - Feb 2024 · 1 yr 5 mos
- Ran and monitored cells, in-process CMM checks (Zeiss Calypso), tool life tracking

CNC Machinist
Grand River Precision · Full-time
Jun 2017 - Oct 2022 · 5 yrs 5 mos
Wyoming, Michigan, United States
- Haas VF-2 / ST-20 setup and operation, Mastercam edits, job shop (aerospace + automotive)

Machine Operator
Westside Stamping · Full-time
Aug 2015 - Jun 2017 · 1 yr 11 mos

Education
Grand Valley Community College
Associate of Applied Science - AAS, Machine Tool Technology
2013 - 2015

Licenses & certifications
NIMS Machining Level I - CNC Milling · Issued Jun 2016
Mastercam Associate · Issued Mar 2023
""", "'Specialist' title in manufacturing", "LinkedIn web copy, durations 'yrs mos'")

R("i14", "education", "senior", "Assistant Principal", "Rosa Delgado-Fairchild", "El Paso, TX",
  ["Math Teacher", "Algebra I Teacher", "Secondary Math Instructional Coach"], ["El Paso, TX", "Las Cruces, NM"], False, 62000, """
ROSA DELGADO-FAIRCHILD, M.Ed.
El Paso, TX 79912 | 915-555-0166 | rosa.delgado.f@example.com
Texas Certified: Mathematics 7-12; Principal EC-12; ESL Supplemental

SUMMARY
Experienced math teacher and current assistant principal applying for a classroom math teaching position. After five years in administration I want to go back to teaching full time; I know I am over-qualified on paper and I am applying one step down on purpose. Nine years of teaching Algebra I, Geometry and AP Statistics with strong STAAR growth.

EXPERIENCE
Assistant Principal, Franklin Mountain High School (1,900 students) | 2021-present
- Supervised and evaluated the math and science departments (T-TESS), master schedule, discipline for grades 10-11.
- Led the campus math intervention block; Algebra I EOC "Meets" rose from 41% to 58%.

Math Teacher & Department Chair, Rio Bosque Middle/High School | 2016-2021
- Algebra I, Geometry, AP Statistics (AP pass rate 64%, district avg 39%).
- Department chair for 2 years: PLCs, common assessments, mentoring new teachers.

Math Teacher, Ysleta Valley Middle School | 2012-2016
- 7th/8th grade math and Algebra I for 8th graders; 85% bilingual/ELL students.

EDUCATION
M.Ed. Educational Leadership, Borderland State University, 2019
B.S. Mathematics, Borderland State University, 2012

SKILLS
Desmos, Eduphoria, Canvas, Google Classroom, sheltered instruction for ELLs, data-driven small groups
Spanish - native
""", "over-qualified, applying one level down", "plain")

R("i15", "hospitality", "lead", "Owner / Chef, Lamoille Street Café", "Nathaniel Osei-Barrow", "Burlington, VT",
  ["Kitchen Manager", "Restaurant General Manager", "Sous Chef"], ["Burlington, VT", "South Burlington, VT", "Winooski, VT"], False, 58000, """
★ NATHANIEL OSEI-BARROW ★
Burlington, VT · 802-555-0181 · nate.oseibarrow@example.com

★ About me
Cook and former café owner. I ran my own 40-seat breakfast-and-lunch café for nine years and closed it in 2025 (rent doubled). I want to run a kitchen again without the payroll taxes and the 5 a.m. plumbing emergencies: kitchen manager, GM of a small restaurant, or sous chef at a good place.

★ Experience
Owner / Chef — Lamoille Street Café, Burlington VT — 2016–2025
  ▸ Menu, ordering and costing; kept food cost at 28–31%
  ▸ Hired, scheduled and trained up to 12 staff (line, prep, counter, dish)
  ▸ Daily line cook on the flat-top on busy days; 180–260 covers on weekends
  ▸ Catering for UVM departments and 2 breweries; farm-direct buying from 9 local farms
  ▸ Health inspections: no critical violations in 9 years
  ▸ Managed POS (Toast), payroll service, sales tax, vendor accounts

Sous Chef — The Wharf House, Portland ME — 2012–2016
  ▸ 140-seat seafood restaurant; ran the line 4 nights; trained new cooks; inventory and ordering

Line Cook — Various (Boston area) — 2007–2012
  ▸ Sauté, grill, garde-manger; banquet kitchen at a hotel for 2 years

★ Certifications
ServSafe Manager (renewed 2025) · Allergen awareness · Vermont food establishment license holder (former)

★ Education
A.O.S. Culinary Arts, New England Culinary School, 2007
""", "former small-business owner", "star/▸ symbol bullets")

R("i16", "legal", "mid", "Litigation Support Specialist (contract)", "Keisha Montgomery-Lyle", "Philadelphia, PA",
  ["Litigation Paralegal", "Litigation Support Specialist", "Senior Paralegal"], ["Philadelphia, PA", "Remote (US)"], True, 68000, """
Keisha Montgomery-Lyle
Philadelphia, PA | 215-555-0133 | keisha.ml@example.com

Litigation paralegal and eDiscovery contractor. Five years, mostly on contract through two legal staffing agencies and directly for small firms. Relativity Certified Administrator. Looking for a permanent litigation paralegal or litigation support role.

CONTRACT ENGAGEMENTS (2021 - present)  - 11 firms/clients
Litigation Support Specialist - via Liberty Legal Staffing
  Harmon Price LLP (product liability MDL), 2024-2026: processing and QC of 2.1M documents in Relativity; privilege log prep; production sets and Bates numbering; trial exhibit binders.
  Castellan & Ruiz (employment defense), 2023: deposition digests, exhibit lists, calendaring in CompuLaw.
Contract Paralegal - direct clients
  3 solo practitioners (PI and landlord-tenant): drafted complaints, discovery requests and responses, medical records chronologies; e-filing in PA and NJ federal and state courts.
  Regional credit union legal dept.: collections filings and judgment tracking, 2022.
Document Review Paralegal - via Keystone eDiscovery, 2021-2022
  First-level review and coding on 4 matters; trained 6 new reviewers on the coding panel.

EARLIER
Legal Assistant, Dorsey Brandt & Hale (insurance defense) - 2019-2021
  Calendars, filings, client correspondence for 3 attorneys.
Receptionist, same firm - 2018-2019

EDUCATION & CERTIFICATES
Paralegal Certificate (ABA-approved), Delaware Valley Community College, 2019
B.A. History, Schuylkill University, 2018
Relativity Certified Administrator (2024); Westlaw, Lexis, CompuLaw, Adobe Pro, Excel
""", "contractor with many clients; 'Specialist' title", "plain, engagement list")
