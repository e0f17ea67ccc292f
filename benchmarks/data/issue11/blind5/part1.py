# Hand-written fictional resumes e01-e08.
from common import add

add("e01", "nursing", "lead", "Charge Nurse", "Adaeze Okafor-Lindqvist", "Columbus, OH",
    ["Nurse Manager", "Assistant Nurse Manager", "Clinical Nurse Manager - Med/Surg"], ["Columbus, OH", "Dublin, OH", "Westerville OH area"], False, 98000,
    "charge nurse -> manager; seniority via years", "chronological", """
Adaeze Okafor-Lindqvist, BSN, RN, CMSRN
Columbus, OH 43215 | 614-555-0131 | adaeze.ol@example.com

Registered nurse with 11 years on a 36-bed medical-surgical / telemetry unit, the last 5 as
rotating charge nurse. I run the floor three shifts a week: assignments, bed flow with the house
supervisor, rapid responses, staffing calls and family escalations. Ready to move into a Nurse
Manager or Assistant Nurse Manager role with 24-hour accountability for a unit.

EXPERIENCE
Charge Nurse, 5 West Med/Surg-Tele | Scioto Valley Methodist Hospital | 2019 - present
- Coordinate 8-10 RNs and 4 PCAs per shift; make assignments by acuity, cover breaks, float staff.
- Led unit falls-with-injury project: hourly rounding audit + bed-alarm compliance; falls dropped
  from 4.1 to 1.7 per 1,000 patient days over 18 months.
- Precept new graduates (14 to date) and sit on the interview panel for RN and PCA hires.
- Give evaluation input for 12 night-shift staff with the manager; handle first-step
  attendance coaching.
- Super-user for Epic go-live 2021; built the unit's shift huddle board.

Staff Nurse (RN), 5 West | Scioto Valley Methodist Hospital | 2014 - 2019
- Telemetry, post-op, sepsis bundles, insulin drips, PCA pumps; 5-6 patient assignment.
- Unit practice council member, then co-chair (2017-2019).

Patient Care Assistant | Riverside Family Care Center | 2011 - 2014 (during nursing school)

EDUCATION & LICENSE
BSN, Ohio State University, 2014
Enrolled: MSN Nursing Leadership, Franklin Crossing University (expected 2026)
Ohio RN license, active | CMSRN | BLS, ACLS
""")

add("e02", "allied_health", "entry", "Shift Lead", "Tomasz Brennan", "Tucson, AZ",
    ["Pharmacy Technician", "Pharmacy Tech (retail or hospital)", "Certified Pharmacy Technician"], ["Tucson, AZ", "Marana", "Oro Valley"], False, 36000,
    "career changer (grocery shift lead -> pharmacy tech)", "objective-first", """
TOMASZ BRENNAN
Tucson AZ 85705   520-555-0144   tbrennan.tuc@example.com

OBJECTIVE
Newly certified pharmacy technician (PTCB CPhT, Feb 2025) looking for my first pharmacy
tech job in a retail or hospital pharmacy. 6 years of fast-paced retail behind me: I am
accurate with counts, calm with upset customers and I show up.

CERTIFICATIONS
- PTCB Certified Pharmacy Technician (CPhT) - 2025
- Arizona Board of Pharmacy technician trainee license (technician license pending)
- CPR / First Aid, 2024

TRAINING
Pharmacy Technician Program, Pima Desert Career College, 2024 - 2025 (400 hours)
- Externship, 120 hrs, Catalina Community Pharmacy: data entry of new Rx, counting and
  labeling, insurance rejection codes (PA needed, refill too soon), will-call bins,
  controlled substance count with pharmacist, inventory returns.
- Coursework: pharmacology, sterile compounding basics, pharmacy math, HIPAA, top 200 drugs.

WORK HISTORY
Shift Lead - Sonoran Value Market (grocery), Tucson AZ      2019 - present
- Open/close store, cash office, count drawers, deposit; 0 variances last 2 audits
- Train new cashiers, schedule breaks for 6-8 people on shift
- Receive vendor deliveries and check invoices against order
Cashier / Stocker - Sonoran Value Market                        2018 - 2019

SKILLS
Data entry 45 wpm | cash handling | inventory counts | customer service |
bilingual English / Polish | Excel basics.  Available any shift incl. weekends.
""")

add("e03", "skilled_trades", "mid", "Journeyman Electrician", "Wojciech Sadowski", "Chicago, IL",
    ["Journeyman Electrician", "Electrician", "Maintenance Electrician"], ["Chicago", "Cook County", "northwest suburbs"], False, 82000,
    "licensed trade, non-native English", "plain, hard-wrapped", """
Wojciech (Wojtek) Sadowski
Chicago IL 60630 - tel. 773-555-0152 - wsadowski.elec@example.com

About me
Journeyman electrician, IBEW card since 2020, before that 4 year apprenticeship. I come
from Poland in 2012, I was electrician helper there 3 years. Commercial and light
industrial work, tenant build-outs, also service calls. I read prints well and I am
safe worker, no lost time in my career. Looking for steady work, commercial or
maintenance electrician in plant or hospital.

Work
2020 - now   Journeyman Wireman, Lakefront Power & Light Contractors, Chicago
 * Office and retail build-outs 5,000 - 60,000 sq ft: EMT and MC, pulling wire,
   panels 208/120 and 480/277, lighting controls (nLight), fire alarm rough-in
 * Bend conduit by hand and with Greenlee bender up to 2"
 * Troubleshoot motors and VFDs on rooftop units with HVAC crew
 * Sometimes I run 2 apprentices on small jobs when foreman is on other site
2016 - 2020  Apprentice Electrician (IBEW Local JATC), same contractor and
             Northfield Electric Co.
 * Residential service upgrades, commercial rough-in, underground conduit
2013 - 2016  Warehouse worker, Kowalczyk Imports, Elk Grove Village
 * Forklift, loading trucks (while waiting for apprenticeship)

Licenses / training
- City of Chicago Supervising Electrician exam - passed part 1, part 2 scheduled
- OSHA 30 Construction
- NFPA 70E arc flash
- Scissor lift / boom lift certified
- First Aid / CPR

Languages: Polish (native), English (good, working every day), some Russian

Own tools, own truck, valid IL driver license. Can start in 2 weeks.
""")

add("e04", "construction", "lead", "General Foreman", "Raymond 'Ray' Thibodeaux", "Baton Rouge, LA",
    ["Superintendent", "Construction Superintendent", "Assistant Superintendent", "Site Superintendent"], ["Baton Rouge, LA", "Gulf Coast", "willing to travel LA/TX/MS"], False, 105000,
    "foreman -> superintendent; tradesman's phrasing", "chronological with summary", """
RAYMOND "RAY" THIBODEAUX
Baton Rouge, Louisiana | (225) 555-0163 | ray.thibodeaux@example.com

SUMMARY
22 years in commercial construction - started as a laborer carrying block, carpenter for 9 years,
general foreman the last 7. I run the field on $8-30M concrete and steel jobs: schools, medical
office buildings, a parking deck. Looking to step into the superintendent seat full time (I have
acted as super on 3 jobs when ours left mid-project).

EXPERIENCE
General Foreman - Bayou State Builders, Inc.                                  2018 - Present
 > Supervise 25-40 self-perform carpenters, laborers and finishers plus 6-10 subs daily
 > Acting Superintendent: Ascension Parish elementary school ($22M, 2022-23) finished
   3 weeks early; 2-story MOB ($11M); 400-car post-tensioned parking deck ($14M)
 > 3-week lookaheads, daily reports in Procore, pour schedules, crane picks with rigging plan
 > Run toolbox talks, JHAs, site inspections with our safety manager; EMR below 0.8 four years
 > Walk punch lists with architects and owners' reps; coordinate city inspections

Carpenter Foreman / Carpenter - Bayou State Builders and Delta Concrete Forming  2009 - 2018
 > Formwork (gang forms, Doka), layout with total station, tilt-wall panels
 > Foreman of 8-12 carpenters from 2014

Carpenter / Laborer - various contractors, south Louisiana                      2003 - 2009

TRAINING / CERTS
OSHA 30 (and OSHA 500 trainer 2021) | NCCER Carpentry Level 4 | CPR/First Aid
Qualified rigger and signal person (NCCCO) | Procore, Bluebeam, MS Project basics
Forklift / telehandler

EDUCATION
Diploma, Port Allen High School
Construction management certificate courses, Baton Rouge Community College (2019-2020)
""")

add("e05", "engineering_architecture", "senior", "Transportation Engineer III", "Priya Venkataraman, P.E.", "Raleigh, NC",
    ["Senior Civil Engineer", "Senior Transportation Engineer", "Project Engineer - Roadway", "Roadway Design Engineer"], ["Raleigh-Durham", "Research Triangle", "Charlotte, NC"], True, 112000,
    "public-sector roman-numeral title", "skills + experience", """
Priya Venkataraman, P.E.
Cary, NC (Raleigh area) · 919-555-0171 · priya.venkat.pe@example.com

Licensed professional engineer (NC, 2017) with 10 years of roadway and intersection design for a
state DOT division office. I take projects from scoping through PS&E and let; now want to move to
a consultant or municipal role as senior roadway / transportation engineer. Hybrid preferred.

TECHNICAL SKILLS
OpenRoads Designer, MicroStation, AutoCAD Civil 3D · Synchro / SimTraffic, HCS · AASHTO Green
Book, MUTCD, PROWAG/ADA · cost estimating, quantities, special provisions · NEPA coordination

EXPERIENCE
Transportation Engineer III - Roadway Design Unit, Division 5
State Department of Transportation (public sector), Raleigh, NC                 2019 - present
- Lead designer on 12 projects, $2M - $48M: roundabout conversions, 4-lane widening of a US
  route (6.2 mi), sidewalk/ADA upgrades; all let on schedule.
- Review consultant plan sets at 25/65/90% and sign off on design exceptions.
- Check work of two Engineer I/II staff and one co-op student; stamp plans as EOR.
- Present at public hearings; respond to utility and right-of-way conflicts.

Transportation Engineer II / I - same unit                                    2015 - 2019
- Horizontal/vertical alignment, drainage inlets and pipe sizing, cross-sections, earthwork.
- Traffic counts and signal warrant analyses in Synchro for 30+ intersections.

Engineering Intern - Carolina Triad Engineering (consultant), summers 2013 and 2014

EDUCATION
M.S. Civil Engineering (Transportation), North Carolina State University, 2015
B.Tech Civil Engineering, Anna University, Chennai, India, 2012

LICENSES & MEMBERSHIPS
Professional Engineer, North Carolina #0xx81 · ITE member · NCDOT CEI Level I
""")

add("e06", "manufacturing", "entry", "Wheeled Vehicle Mechanic (91B)", "DeShawn Carver", "Wichita, KS",
    ["CNC Operator", "CNC Machinist Trainee", "Machine Operator", "Manufacturing Technician I"], ["Wichita, KS", "anywhere in Kansas"], False, 42000,
    "military transition, target manufacturing entry", "military translated, bullets", """
DeShawn Carver
Wichita, KS 67211 | 316-555-0118 | deshawn.carver@example.com
LinkedIn: /in/deshawn-carver-example

TRANSITIONING SOLDIER -> CNC / PRODUCTION
U.S. Army Sergeant (E-5) separating March 2025 after 6 years as a wheeled vehicle mechanic. Just
finished a 12-week CNC machining course through SkillBridge and want a CNC operator or machinist
trainee job in aerospace or ag equipment manufacturing. Secret clearance (inactive after ETS).

MILITARY EXPERIENCE
Wheeled Vehicle Mechanic (MOS 91B), Sergeant
U.S. Army, Fort Riley, KS and Camp Humphreys, Korea                           2019 - 2025
- Maintained and repaired 60+ tactical vehicles (HMMWV, LMTV, MRAP): engines, drivetrain,
  hydraulics, brakes, using technical manuals and diagnostic equipment (MSD/VIPER).
- Team leader for 4 mechanics; assigned jobs, checked work, tracked parts in GCSS-Army.
- Kept shop tool room accountability 100% ($400K of tools), zero lost sensitive items.
- Used precision measuring tools daily (micrometers, dial indicators, torque wrenches).

TRAINING
CNC Machining Fundamentals, Flint Hills Technical Institute (DoD SkillBridge), 2024 - 480 hrs
- Haas VF-2 mill and ST-10 lathe: setup, work offsets, tool length offsets, first-article
- G-code and M-code editing at the control; intro to Mastercam 2D
- Blueprint reading and GD&T basics; calipers, mics, height gauge, CMM demo
- Made 6 parts to +/- .001" for final project
NIMS Measurement, Materials & Safety credential (2024)
OSHA 10 General Industry

EDUCATION
High school diploma, Wichita North High School, 2018
Army Basic Leader Course, 2021

Honors: Army Achievement Medal (2), Good Conduct Medal
""")

add("e07", "education", "mid", "Stay-at-home parent (career break)", "Margaret 'Meg' Halvorsen", "Eden Prairie, MN",
    ["Elementary Teacher", "Grade 3-5 Teacher", "Reading Interventionist", "Long-term Substitute Teacher"], ["southwest Twin Cities suburbs", "Eden Prairie", "Minnetonka", "Hopkins"], False, 52000,
    "returner after 7-year gap", "functional-ish, gap explained", """
MEG HALVORSEN
Eden Prairie, MN  |  952-555-0129  |  meg.halvorsen@example.com
Minnesota Tier 3 teaching license, Elementary Ed K-6 (renewed 2024)

Returning to the classroom after a planned career break (2017 - 2024) to raise three children. Before
that I taught 4th and 3rd grade for five years. I kept my license current, substituted this past year,
and am ready for a full-time elementary or reading intervention position.

TEACHING EXPERIENCE
Substitute Teacher (day-to-day and one 9-week long-term sub in Grade 3)
Prairie Creek Public Schools, Eden Prairie, MN                         Sept 2024 - present
- Took over a 3rd grade class mid-year for 9 weeks: planned math units, progress reports,
  parent conferences for 24 families.

Grade 4 Teacher, Lakeside Elementary, Burnsville-area district              2014 - 2017
- Taught 26-28 students incl. 5-6 with IEPs and 4 English learners; co-taught with SPED teacher.
- Moved class from 48% to 71% proficient on state reading test in one year (2016).
- Grade-level team lead 2016-17: shared planning, common assessments, PLC agenda.

Grade 3 Teacher, Lakeside Elementary                                         2012 - 2014

DURING THE BREAK (2017 - 2024)
- PTA volunteer coordinator, Cedar Ridge Elementary - organized 60 volunteers for reading buddies.
- Tutored 2nd-5th graders in reading, 6-8 hrs/week (Orton-Gillingham based).
- Completed 45 hrs of Science of Reading / LETRS Unit 1-4 coursework (2023).

EDUCATION
B.S. Elementary Education, University of Minnesota Duluth, 2012
Reading endorsement coursework (12 credits), Hamline-area graduate program, 2024

SKILLS
Guided reading, Fountas & Pinnell benchmark, Eureka Math, Seesaw, Google Classroom,
classroom management (Responsive Classroom), IEP collaboration
""")

add("e08", "hospitality", "senior", "Sous Chef", "Luz Marina Echeverri", "Miami, FL",
    ["Sous Chef", "Executive Sous Chef", "Chef de Cuisine", "Kitchen Manager"], ["Miami", "Miami Beach", "Fort Lauderdale", "Coral Gables"], False, 68000,
    "kitchen ladder, bilingual", "chronological", """
LUZ MARINA ECHEVERRI
Miami, FL 33135  ·  305-555-0146  ·  luzmarina.chef@example.com

Sous chef with 12 years in kitchens, the last 6 as sous in high-volume hotel and chef-driven
restaurants. Latin and Mediterranean menus, banquets up to 600 covers. I build schedules, order,
cost, train line cooks and run the pass when the chef is out. Looking for an Executive Sous or
Chef de Cuisine opening in South Florida.

EXPERIENCE
Sous Chef - Hotel Marisol Brickell (220 rooms, 2 outlets + banquets)        2021 - present
· Run PM shift for a 14-person brigade; schedule in 7shifts, order from 9 vendors
· Food cost held at 28-30% against a 31% target; cut waste with par sheets and cross-use
· Banquet production for weddings and corporate events (150-600 guests)
· Wrote HACCP plan for sous-vide program; zero critical violations at county inspections
· Train and write up cooks; hired 8 of the current line

Sous Chef - Cocina Alba (112 seats, ~300 covers/night), Coral Gables        2019 - 2021
· Opened restaurant with chef-owner: recipe cards, line setup, staff training

Line Cook / Lead Line Cook - Palmera Grill & Oyster Bar, Miami Beach         2015 - 2019
· Grill, sauté and fry stations; lead cook on Fri/Sat

Prep Cook - La Tasca de Sevilla, Miami                                       2013 - 2015

EDUCATION & CERTIFICATIONS
A.S. Culinary Arts, Miami Dade Culinary Institute, 2013
ServSafe Food Protection Manager (exp. 2027) · Florida Food Handler · allergen awareness

LANGUAGES
Spanish (native), English (fluent)

SKILLS
Menu development · costing · inventory · butchery · pastry basics · banquet production ·
labor scheduling · 7shifts, Toast, Excel
""")
