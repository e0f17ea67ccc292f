add("c07", "science_lab", "entry", "Chemistry Teacher", "Rebecca Adeyemi", "Durham, NC",
    ["QC Chemist I", "Laboratory Analyst I", "Chemist I", "Laboratory Technician"],
    ["Durham, NC", "Research Triangle Park, NC", "Raleigh, NC", "Morrisville, NC"], False, 52000,
    "career change (teacher -> lab)", "objective-first hybrid, ◦ bullets", """
REBECCA ADEYEMI
Durham, NC 27707  ·  (919) 555-0126  ·  r.adeyemi@example.com

OBJECTIVE
High school chemistry teacher moving into an entry-level QC or analytical chemistry laboratory role in the Research Triangle. B.S. in Chemistry with undergraduate HPLC research; completed the BioWork process technician certificate and a GMP/documentation course in 2026.

CERTIFICATES (2026)
◦ BioWork Process Technician Certificate — Durham Technical Community College (May 2026)
◦ Good Manufacturing Practices and Good Documentation Practices — BTEC (NC State University) short course (Aug 2026)
◦ OSHA Laboratory Safety / Hazard Communication (online, 2026)

TEACHING EXPERIENCE
Chemistry and Physical Science Teacher — Eno Valley High School (Durham Public Schools), Durham, NC · Aug 2019 – Present
◦ Teach Honors Chemistry, Chemistry and Physical Science, 5 sections (about 140 students) per year.
◦ Plan and run 25+ wet labs a year: titrations, calorimetry, gravimetric analysis, spectrophotometry with Vernier probes.
◦ Keep the department chemical inventory and SDS binder; organize annual hazardous-waste pickup with the district.
◦ Honors Chemistry end-of-course pass rate 91% in 2025 (school average 78%).
◦ Science Olympiad coach (2022–present).

Lateral Entry Teacher — Eno Valley High School · Aug 2018 – Jun 2019
◦ Earned the North Carolina Standard Professional 1 license while teaching under lateral entry.

EDUCATION
B.S., Chemistry — University of North Carolina at Greensboro, 2018
◦ Undergraduate research (2 semesters): method development for caffeine and benzoate in beverages by HPLC-UV (Agilent 1260); poster at the UNCG Undergraduate Research Expo.
◦ Coursework: Analytical Chemistry, Instrumental Analysis, Organic Chemistry I–II, Biochemistry.

SKILLS
Analytical balances, pH meters, UV-Vis, titration, basic HPLC operation, lab notebooks, Excel, Google Workspace.
""")

add("c08", "it_infrastructure", "entry", "Motor Transport Operator (88M), Sergeant", "Jordan T. Whitfield", "Killeen, TX",
    ["IT Support Specialist", "Help Desk Technician", "Desktop Support Technician"],
    ["Killeen, TX", "Austin, TX", "Round Rock, TX", "San Antonio, TX"], False, 48000,
    "career change (military -> IT); veteran", "skills-first military transition, ➢ bullets", """
JORDAN T. WHITFIELD
Killeen, TX 76549 | (254) 555-0190 | jt.whitfield@example.com | Active SECRET clearance

SUMMARY
U.S. Army Sergeant (88M, Motor Transport Operator) who left active duty in November 2026 after 6 years. Earned CompTIA A+ and Network+ this year; now looking for a help desk or desktop support position. Used to checklists, accountability for expensive equipment, and training junior soldiers under pressure.

CERTIFICATIONS
➢ CompTIA A+ (Core 1 and Core 2) — March 2026
➢ CompTIA Network+ — September 2026
➢ CompTIA Security+ — exam scheduled January 2027

KEY SKILLS
➢ Team leadership: squad leader for 8 soldiers; counseling, training schedules, evaluations
➢ Accountability: signed for and tracked 14 vehicles and trailers plus equipment valued at $3.1M with zero loss
➢ Documentation: dispatch records in GCSS-Army, maintenance fault reports, convoy risk assessments
➢ Communication: convoy briefings, radio procedures, coordination with maintenance and supply sections

MILITARY EXPERIENCE
Motor Transport Operator / Squad Leader (Sergeant, E-5)
U.S. Army, 1st Cavalry Division, Fort Hood, TX — Jan 2023 – Nov 2026
➢ Led a squad of 8 operators moving fuel, ammunition and equipment; 42,000 accident-free miles.
➢ Planned 60+ convoys, including a 9-month rotation to Poland (2024).
➢ Trained and certified 20 soldiers as drivers on the M1083 FMTV and HEMTT.

Motor Transport Operator (Specialist, E-4)
U.S. Army, Fort Carson, CO — Nov 2020 – Dec 2022
➢ Daily preventive maintenance checks (PMCS), hauling and load securing; unit Soldier of the Quarter, Q3 2022.

EDUCATION
Central Texas College — general studies coursework (18 credits), 2023–2025
Army Basic Leader Course (BLC), 2022
""")

add("c09", "construction", "mid", "Journeyman Electrician", "Brian Kessler", "Kent, WA",
    ["Electrical Estimator", "Estimator", "Project Estimator"],
    ["Kent, WA", "Seattle, WA", "Tacoma, WA", "Bellevue, WA"], False, 98000,
    "career change (trades -> estimating)", "functional (skills before jobs), • bullets", """
BRIAN KESSLER
Kent, WA 98031 • 253-555-0144 • bkessler.elec@example.com

SUMMARY
Union electrician with 13 years in commercial and multifamily work, now moving off the tools into electrical estimating. Completed construction estimating coursework and Trimble Accubid training in 2026. I know what a job really takes in labor and material because I have built it.

SKILLS
Drawings and codes
• Read full electrical sets, one-lines, panel schedules and lighting plans; NEC 2023 and Washington State amendments (WAC 296-46B).
• Load calculations, conduit fill and voltage-drop checks for service and feeder work.
Field labor and material
• Ran crews of 4–10 as acting foreman on 3 projects; tracked installed quantities against the schedule.
• Wrote material lists and orders for switchgear rooms, feeders and branch rough-in on a 220-unit apartment project.
• Priced small field change orders with the PM (labor hours, material, lift rental).
Software
• Bluebeam Revu (markups, counts, measurements), Procore, Excel, Trimble Accubid Classic (training).

WORK HISTORY
Journeyman Electrician — IBEW Local 46, dispatched to signatory contractors, Kent, WA — 2018 – Present
• Northfield Electric: 220-unit mixed-use building, Tacoma (2024–2026); 12-story office core and shell, Bellevue (2021–2023).
• Cascade Power & Light: hospital wing remodel with life-safety and essential-power systems (2018–2020).
Apprentice Electrician — Puget Sound Electrical JATC / IBEW Local 46 — 2013 – 2018

LICENSES AND TRAINING
• Washington State General Journey Level Electrician (01) certificate, Dept. of Labor & Industries
• Construction Estimating I and II — Renton Technical College continuing education (2026)
• Trimble Accubid Classic fundamentals training (2026)
• OSHA 30 Construction; NFPA 70E arc-flash training (2025)
""")

add("c10", "human_resources", "mid", "Restaurant General Manager", "Tasha Monroe", "Atlanta, GA",
    ["HR Generalist", "Human Resources Generalist", "HR Business Partner Associate"],
    ["Atlanta, GA", "Decatur, GA", "Marietta, GA"], True, 65000,
    "career change (hospitality -> HR)", "functional, - bullets", """
TASHA MONROE
Atlanta, GA 30316 | 404-555-0158 | tasha.monroe@example.com

PROFILE
Restaurant general manager with 8 years of people leadership, now moving into human resources as an HR Generalist. SHRM-CP certified in 2026. I have hired, trained, coached and (when needed) let go of hundreds of hourly employees, and I know how policies land on the floor.

CERTIFICATIONS
- SHRM Certified Professional (SHRM-CP), June 2026
- ServSafe Manager (2024)

SELECTED SKILLS
Hiring and onboarding
- Hired 60–80 hourly staff a year through Indeed and Harri; ran group interviews and job fairs.
- Cut 90-day turnover from 58% to 37% at my current store with a structured first-two-weeks plan.
Employee relations and compliance
- Documented coaching and corrective action; partnered with the regional HR manager on investigations.
- Enforced break, minor-labor and tip-credit rules under the FLSA; passed two wage-and-hour audits.
Scheduling, payroll and systems
- Weekly schedules in HotSchedules; reviewed timecards before payroll in ADP Workforce Now.

EXPERIENCE
General Manager — Peachtree Grill House (full-service, 85 employees), Atlanta, GA — 2021 – Present
- Run a $5.4M restaurant; manage 4 assistant managers and 2 kitchen managers.
- Store ranked #2 of 19 in the 2025 company engagement survey.
Assistant General Manager — Peachtree Grill House, Decatur, GA — 2018 – 2021
Server, Bartender, Shift Lead — Magnolia Table & Bar, Atlanta, GA — 2013 – 2018

EDUCATION
B.S., Hospitality Administration — Georgia State University, 2016
Human Resource Management certificate coursework — Georgia State University Continuing Education (2025)
""")

add("c11", "nursing", "entry", "Flight Attendant", "Gabriela Ortiz-Shaw", "Denver, CO",
    ["Registered Nurse - New Graduate", "RN Residency Program", "Medical-Surgical Registered Nurse"],
    ["Denver, CO", "Aurora, CO", "Lakewood, CO"], False, 72000,
    "career change (aviation -> nursing); new RN", "education-first new-grad, • bullets", """
GABRIELA ORTIZ-SHAW, BSN, RN
Denver, CO 80220 • (720) 555-0181 • g.ortizshaw@example.com

OBJECTIVE
Newly licensed Registered Nurse seeking a new-graduate RN residency on a medical-surgical or telemetry unit. Ten years as a flight attendant taught me to stay calm in medical events at 35,000 feet and to take care of anxious people in small spaces. Fluent in Spanish.

LICENSURE & CERTIFICATION
• Colorado Registered Nurse license (Colorado Board of Nursing) — NCLEX-RN passed October 2026
• BLS and ACLS, American Heart Association (2026)

EDUCATION
Accelerated Bachelor of Science in Nursing — Regis University, Denver, CO — August 2026
• 16-month accelerated program; final practicum: 144 hours on a 32-bed med-surg unit.
B.A., Spanish — University of Colorado Denver, 2014

EXPERIENCE
Flight Attendant / Purser — Summit Pacific Airlines, Denver, CO — May 2016 – Present (reduced schedule since 2025)
• Lead cabin crew of 3–5 on narrow-body domestic and international flights; responsible for safety demonstrations, compliance checks and cabin reports.
• Responded to 20+ in-flight medical events, using the AED and onboard medical kit with ground-based physician support and volunteer clinicians.
• Trained yearly in FAA-required emergency procedures: evacuation, firefighting, first aid and CPR.
• Resolved customer complaints and rebooking issues; company "Going Above" award 2019 and 2023.

Server — Café Alma, Denver, CO — 2012 – 2016

SKILLS
Teamwork under pressure, clear communication with families, Spanish/English, Microsoft Office.
""")

add("c12", "software_engineering", "entry", "Mechanical Design Engineer", "Kevin Zhou", "Ann Arbor, MI",
    ["Software Engineer", "Backend Engineer (Python)", "Software Engineer I"],
    ["Ann Arbor, MI", "Detroit, MI", "Remote"], True, 95000,
    "career change (mechanical -> software)", "skills-first, - bullets", """
KEVIN ZHOU
Ann Arbor, MI · 734-555-0122 · kevin.zhou@example.com · kevinzhou.example.com

TECHNICAL SKILLS
- Languages: Python, SQL, C (embedded basics), MATLAB, JavaScript (basic)
- Tools: Git, Docker, Linux, pytest, FastAPI (coursework), PostgreSQL
- Cloud: AWS (Lambda, S3, DynamoDB, API Gateway)
- Mechanical: SolidWorks, CATIA V5, GD&T (ASME Y14.5), ANSYS Mechanical, DFMEA

SUMMARY
Mechanical design engineer with 6 years in automotive seating systems, looking for my first full-time software engineering role on a backend or internal-tools team. Finished an online Master of Computer Science in 2026 and the AWS Certified Developer – Associate exam.

EDUCATION AND CERTIFICATION
- Master of Computer Science (online), University of Illinois Urbana-Champaign — August 2026
- AWS Certified Developer – Associate — October 2026
- B.S.E., Mechanical Engineering, University of Michigan — 2020

EXPERIENCE
Mechanical Design Engineer — Wolverine Seating Systems (Tier 1 supplier), Plymouth, MI — Jul 2020 – Present
- Design seat-track and recliner components for two OEM programs from concept through PPAP.
- Run tolerance stack-ups and FEA for seat-belt anchorage loads (FMVSS 207/210).
- Wrote Python scripts that pull CAD BOM exports into the team's cost tracker, saving about 6 engineer-hours a week.
- Lead supplier design reviews and DFMEAs with 3 plants in Michigan and Mexico.
- 2 invention disclosures; one patent application filed (2024).

Co-op Engineer — Wolverine Seating Systems — Summer 2019
- Fixture design and test-lab support for recliner durability testing.
""")

add("c13", "skilled_trades", "entry", "Sales Associate", "Devontae Harris", "Charlotte, NC",
    ["HVAC Apprentice", "HVAC Helper", "HVAC Installer Trainee"],
    ["Charlotte, NC", "Matthews, NC", "Concord, NC"], False, 38000,
    "career change (retail -> trades)", "objective + certificates first, + bullets", """
DEVONTAE HARRIS
Charlotte, NC 28213
(704) 555-0137  |  devharris@example.com
Valid NC driver license, clean record, own hand tools

OBJECTIVE
Looking for an HVAC apprentice or helper job with a residential or light-commercial contractor. I finished the EPA 608 Universal certification and the first year of the HVAC program at Central Piedmont this year, and I want to learn the trade from the ground up.

CERTIFICATIONS
+ EPA Section 608 Technician Certification - Universal (April 2026)
+ OSHA 10-Hour Construction (2026)
+ HVAC Excellence Employment Ready - Electrical (2026)

EDUCATION
Central Piedmont Community College, Charlotte, NC
Air Conditioning, Heating and Refrigeration Technology, diploma program (evening), 2025 - present
+ Courses done: Refrigeration Fundamentals, Refrigeration Systems, Basic Electricity for HVAC, Heating Technology
Garinger High School, Charlotte, NC - diploma 2020

WORK EXPERIENCE
Sales Associate, Appliances and Plumbing
Brightline Home Center, Charlotte, NC | Mar 2021 - Present
+ Help 40-60 customers a shift pick water heaters, thermostats, window AC units, filters and fittings
+ Set up special orders and delivery, explain warranties, handle returns
+ Top 3 in store for protection plan sales, 2024 and 2025
+ Forklift and order-picker certified by the store for overnight freight

Delivery Driver Helper
Queen City Furniture Outlet, Charlotte, NC | Jun 2020 - Feb 2021
+ Loaded trucks, carried and installed furniture and appliances in customer homes

SKILLS
Hand and power tools, multimeter basics, reading wiring diagrams (learning), customer service, reliable and on time
""")
