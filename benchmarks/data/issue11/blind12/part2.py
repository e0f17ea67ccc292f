"""blind12 hand-written records l09-l16."""
from common import rec

RECORDS = [
rec("l09", "hospitality", "lead", "Food Service Supervisor", "Curtis Abernathy-Luna", "Columbus, OH",
    ["Food Service Manager", "Kitchen Manager", "Dining Services Supervisor"],
    ["Columbus OH (onsite)", "within 30 min of Westerville"], False, 58000,
    "hospitality head inside a hospital", "• bullets, month/year dates", """
CURTIS ABERNATHY-LUNA
Westerville, OH 43081  •  614-555-0103  •  c.abernathy.luna@example.com

Food service supervisor in a 500-bed hospital kitchen. I run the patient tray line and the café for my shift, with 18 cooks, diet aides and cashiers. Looking for a food service manager or kitchen manager job in Columbus OH (onsite), hospital, senior living or university dining. Minimum $58,000.

EXPERIENCE
Food Service Supervisor (Nutrition Services), Olentangy Valley Medical Center, Columbus, OH
06/2020 – present
• Supervise 18 staff on the 11:00–19:30 shift: schedules, call-offs, coaching and write-ups, annual evaluations.
• Tray line of 1,100 patient meals a day; 96% tray accuracy on therapeutic diets (renal, cardiac, dysphagia) with the dietitians.
• Café and catering: daily cash reconciliation, $1.4M annual sales, weekly inventory and Sysco orders.
• Led the kitchen through two Joint Commission surveys and health department inspections with no critical findings.

Cook / Lead Cook, Olentangy Valley Medical Center
03/2016 – 06/2020
• Batch cooking from standardized recipes; trained new cooks on HACCP logs.

Line Cook, Buckeye Roadhouse Grill, Dublin, OH
2012 – 2016

EDUCATION
Culinary Arts certificate, Columbus State Community College

CERTIFICATIONS
• ServSafe Manager (current) • Certified Dietary Manager (CDM, CFPP) – exam passed 2025
"""),

rec("l10", "manufacturing", "entry", "Machine Operator (temp)", "Jaylen Pruitt", "Greenville, SC",
    ["Machine Operator", "Production Associate", "CNC Operator Trainee"],
    ["Greenville / Spartanburg (Upstate SC)", "within 20 miles of Greer"], False, 38480,
    "manufacturing operator, very short", "very short, - bullets", """
Jaylen Pruitt
Greenville, SC | 864-555-0114 | jaylen.pruitt@example.com

Machine operator through a staffing agency, 11 months. Want a direct-hire operator or production job, 1st or 2nd shift, within 20 miles of Greer. $18.50/hr or more.

EXPERIENCE
Machine Operator (temp via ProStaff Upstate)
Carolina Precision Stamping, Greer, SC
Jan 2026 - present
- Run 2 stamping presses and a deburring line, load coils, change dies with the setup tech
- First-piece checks with calipers and go/no-go gauges, fill out SPC sheets
- 5S and lockout/tagout trained; zero safety incidents
- Hit 104% of rate on my line for Q3
- Cross-trained on the tapping station and parts washer; cover breaks on 3 machines
- Perfect attendance since March, volunteered for Saturday overtime
- Read basic prints and work orders; bag, label and stage finished parts for shipping

Stocker, Dollar Stop, Taylors SC
2024 - 2025
- Truck unload, stocking, cycle counts
- Pallet jack, price changes, opening and closing the stockroom

SKILLS
Calipers, micrometers, go/no-go gauges, tape measure, basic math for SPC, hand tools, steel-toe and PPE, can lift 50 lbs, reliable car

EDUCATION
Eastside High School, 2024
SC ReadySC Manufacturing Basics certificate, 2025
Forklift certified (sit-down)
"""),

rec("l11", "manufacturing", "mid", "Quality Inspector II", "Bich Ngoc Tran-Halloran", "Wichita, KS",
    ["Quality Inspector", "QC Technician", "Quality Inspector III"],
    ["Wichita, KS", "open to relocation (Midwest)"], False, 49920,
    "manufacturing quality; table flattened", "flattened table (tab/pipe), dates in table", """
BICH NGOC TRAN-HALLORAN
Wichita, KS · 316-555-0129 · bntran.qc@example.com

Quality inspector in aerospace machining and assembly, 4 years. First article inspection, CMM and receiving inspection to AS9100. Looking for Quality Inspector / QC Technician roles in Wichita or anywhere in the Midwest with relocation. $24/hr minimum.

EMPLOYMENT
Title | Employer | Location | Dates
Quality Inspector II | Skyline Aerostructures | Wichita, KS | 2024 – present
Quality Inspector I | Skyline Aerostructures | Wichita, KS | 2022 – 2024
Assembler (mechanic helper) | Prairie Air Components | Derby, KS | 2021 – 2022

Quality Inspector II, Skyline Aerostructures
• In-process and final inspection of machined aluminum and titanium parts to blueprint and GD&T.
• CMM programming and runs (PC-DMIS), height gauge, bore gauges, optical comparator.
• AS9102 first article inspection reports; write nonconformance reports and sit on the MRB.
• Receiving inspection of supplier parts; 3 supplier corrective actions issued in 2025.

Assembler, Prairie Air Components
• Riveting, sealing and bracket installs; passed quality buy-offs.

TRAINING AND CERTIFICATIONS
Skill | Issuer | Year
Blueprint Reading & GD&T | WSU Tech | 2022
PC-DMIS CMM Level 1 | Hexagon | 2023
ASQ Certified Quality Inspector (CQI) | ASQ | 2025

EDUCATION
A.A.S. Manufacturing Technology (Quality concentration), WSU Tech, Wichita, KS
"""),

rec("l12", "skilled_trades", "senior", "Maintenance Technician III", "Ruben Castellano", "Elkhart, IN",
    ["Maintenance Technician", "Industrial Electrician / Maintenance", "Millwright"],
    ["Elkhart / South Bend / Goshen (Michiana)", "SW Michigan within 45 minutes"], False, 74880,
    "maintenance in a plant: trades vs manufacturing", "• bullets, 'III' grade", """
RUBEN CASTELLANO
Elkhart, IN 46514 | 574-555-0135 | rcastellano.maint@example.com

Industrial maintenance technician (millwright / electrical) with 16 years in RV and plastics manufacturing plants. Troubleshoot PLC-controlled lines, hydraulics, pneumatics and 480V motor controls. Target: Maintenance Technician or Millwright job, any shift, Michiana area. $36/hr minimum.

EXPERIENCE
Maintenance Technician III, Heartland Coach Industries, Elkhart, IN — 2015–present
• Top grade of three on a 14-tech maintenance crew; respond to breakdowns on 6 assembly lines and a paint/cure oven.
• Allen-Bradley ControlLogix and Siemens S7 troubleshooting; VFDs; replaced servo drives on a CNC router.
• Rebuilt hydraulic press cylinders and gearboxes; laser alignment and vibration analysis.
• Write PM task lists in the CMMS (eMaint); downtime on my lines down 30% since 2021.
• Train apprentices on lockout/tagout and electrical safety (NFPA 70E) — no supervisor duties.

Maintenance Technician, Poly-Form Plastics, Goshen, IN — 2010–2015
• Injection molding machines (Engel, Husky), chillers, dryers, robots; mold changes.

Millwright Apprentice, Local 1005 / contractor work — 2006–2010
• Conveyor installs, machinery moves, rigging.

TRAINING
Industrial Maintenance certificate, Ivy Tech Community College
Journeyman Millwright card, 2010
NFPA 70E; forklift and aerial lift; OSHA 30
"""),

rec("l13", "manufacturing", "lead", "Production Supervisor", "Sharonda Whitfield", "Smyrna, TN",
    ["Production Supervisor", "Area Manager", "Operations Manager"],
    ["Nashville area (Smyrna, Murfreesboro, La Vergne, Lebanon)", "Middle Tennessee"], False, 82000,
    "plant supervisor", "ALL CAPS headings, flattened table of metrics", """
SHARONDA WHITFIELD
SMYRNA, TN  ·  615-555-0141  ·  swhitfield.ops@example.com

SUMMARY
Second-shift production supervisor in automotive parts (seat frames and trim), 12 years in manufacturing, 5 supervising. Lean and safety-minded, promoted from the floor. Seeking Production Supervisor or Area Manager role in Middle Tennessee. $82K+.

EXPERIENCE
PRODUCTION SUPERVISOR, 2ND SHIFT — VOLUNTEER SEATING SYSTEMS, SMYRNA, TN — 2021–PRESENT
• 3 team leads and 58 hourly operators across welding cells, e-coat and final assembly.
• Hiring, attendance, discipline, annual reviews; run shift start-up meetings and tier boards.
• Results table (2021 baseline → 2025):
  Metric | 2021 | 2025
  OEE welding cells | 71% | 84%
  Scrap rate | 3.1% | 1.4%
  OSHA recordables | 6 | 1
  On-time to customer | 97.2% | 99.8%
• Kaizen events on changeovers (SMED), cut weld-cell changeover from 42 to 17 minutes.

TEAM LEAD — VOLUNTEER SEATING SYSTEMS — 2017–2021
• Led 14 operators, covered absent positions, ran first-piece approvals.

PRODUCTION OPERATOR / ROBOTIC WELD OPERATOR — VOLUNTEER SEATING SYSTEMS — 2013–2017

EDUCATION
B.S. ORGANIZATIONAL LEADERSHIP, MIDDLE TENNESSEE STATE UNIVERSITY (EVENINGS), 2020
LEAN SIX SIGMA GREEN BELT, 2022
OSHA 30 GENERAL INDUSTRY
"""),

rec("l14", "science_lab", "mid", "Forensic Scientist II", "Elias Marchetti-Obi", "Albuquerque, NM",
    ["Forensic Scientist", "Criminalist", "Forensic Chemist"],
    ["Albuquerque / Santa Fe", "Southwest (AZ, CO, NM, UT)", "open to relocation"], False, 68000,
    "crime lab scientist: science vs public safety", "federal/state-style with hours per week", """
ELIAS MARCHETTI-OBI
Albuquerque, NM 87110
Phone: 505-555-0152 | Email: elias.mobi@example.com
Citizenship: U.S. | Veterans' preference: none

OBJECTIVE: Forensic Scientist / Criminalist (seized drugs or toxicology), Southwest or relocation. Salary floor $68,000.

WORK EXPERIENCE
New Mexico Department of Public Safety, Forensic Laboratory, Santa Fe, NM
Forensic Scientist II (Chemistry / Seized Drugs)
08/2022 – Present; Hours per week: 40; Salary: $64,900 per year
Duties: Analyze seized drug evidence using GC-MS, FTIR and color/microcrystalline tests under ISO/IEC 17025 and the lab's QA manual. Complete 55–70 cases per month; write reports and testify as an expert witness (11 court appearances). Perform instrument maintenance, calibrations and proficiency tests. Review casework of Forensic Scientist I trainees (technical review only).

New Mexico Department of Public Safety, Forensic Laboratory
Forensic Scientist I (Trainee)
06/2021 – 08/2022; Hours per week: 40
Duties: Completed the 12-month seized drugs training program and competency tests; evidence handling and chain of custody in LIMS.

University of New Mexico, Department of Chemistry
Undergraduate Research Assistant
2019 – 2021; Hours per week: 15
Duties: HPLC method work on pharmaceutical impurities.

EDUCATION
B.S. Chemistry (ACS certified), University of New Mexico, 2021

CERTIFICATIONS AND TRAINING
ABC Diplomate exam (Drug Chemistry) scheduled 2027; NFSTC GC-MS course; courtroom testimony training.
"""),

rec("l15", "construction", "lead", "Superintendent", "Garrett 'Gus' Lindqvist", "Denver, CO",
    ["Superintendent", "Senior Superintendent", "General Superintendent"],
    ["Denver metro / Front Range", "Colorado Springs", "open to travel (per diem)"], False, 125000,
    "construction superintendent", "dates on own lines, * bullets", """
GARRETT "GUS" LINDQVIST
Superintendent – Commercial / Multifamily
Denver, CO · 720-555-0166 · gus.lindqvist@example.com

Commercial superintendent, 18 years in the field, the last 7 running jobs for a general contractor. Ground-up multifamily, medical office and tilt-up. Looking for a Superintendent job on the Front Range or traveling with per diem. $125K base + truck.

PROJECTS & EXPERIENCE

Superintendent
Summit Peak Builders (GC, $400M/yr)
2019
present
* Run sites up to $68M: 5-story wood-frame over podium (212 units), 2 medical office buildings.
* Direct 2 assistant superintendents and a field engineer; coordinate 25–40 subcontractors a day.
* Three-week lookaheads, pull planning, daily logs in Procore; inspections with the city and third-party.
* Delivered the Alameda Flats podium 3 weeks early; zero lost-time incidents on my last 3 jobs.

Assistant Superintendent
Front Range Constructors
2014
2019
* Concrete, framing and MEP rough coordination; punch lists and close-out.

Carpenter Foreman / Journeyman Carpenter
Hi-Line Framing & Concrete
2007
2014
* Ran a 9-person framing crew.

EDUCATION & CERTS
Construction Management certificate, Red Rocks Community College
OSHA 30 Construction · CPR/First Aid · Procore · Bluebeam · MS Project
"""),

rec("l16", "construction", "senior", "Senior Estimator", "Hyun-woo Delacroix", "Charlotte, NC",
    ["Senior Estimator", "Preconstruction Manager", "Chief Estimator"],
    ["Charlotte / Rock Hill (hybrid)", "remote within the Southeast"], True, 110000,
    "construction estimator", "PDF-flattened two-column text", """
HYUN-WOO DELACROIX                          704-555-0170
Senior Estimator                            hw.delacroix@example.com
                                            Charlotte, NC
PROFILE                                     Hybrid or remote (Southeast)
Commercial estimator, 11 years with GCs      $110K floor
and a mechanical subcontractor. Conceptual
through GMP estimates for K-12, healthcare   TOOLS
and light industrial, $2M-$90M. Want a       On-Screen Takeoff
Senior Estimator or Preconstruction Manager  Sage Estimating
role; hybrid in Charlotte or remote.         ProEst, Bluebeam
                                            Excel (heavy)
EXPERIENCE                                  BuildingConnected
Senior Estimator, Catawba Commercial
Builders, Charlotte NC | 2020-present       EDUCATION
- Lead estimator on 30+ bids a year;         B.S. Construction
  hit rate 31% on hard bid, 55% negotiated   Management, UNC
- Quantity takeoffs, subcontractor bid       Charlotte, 2014
  leveling, general conditions, alternates
- Value engineering saved $2.4M on a high    CERTIFICATIONS
  school GMP                                 CPE (ASPE), 2022
- Work with 1 junior estimator on takeoffs   OSHA 10
  (mentor, not a direct report)

Estimator, Piedmont Mechanical Contractors, Gastonia NC | 2016-2020
- HVAC and plumbing takeoffs, labor units, vendor quotes

Project Engineer, Queen City Construction, Charlotte NC | 2014-2016
- RFIs, submittals, buyout support
"""),
]
