"""blind13 part 1: m01-m08 (hand-written)."""
from common import rec

RECORDS = [
rec("m01", "it_infrastructure", "senior", "Clinical Systems Analyst III", "Renata Okafor-Lindqvist", "Columbus, OH",
    ["Senior Clinical Applications Analyst", "Epic Analyst (ClinDoc / Ambulatory)", "Clinical Systems Analyst III"],
    ["remote, Eastern or Central time", "Columbus OH (hybrid ok if 2 days max)"], True, 98000,
    "clinical title, IT job; ex-RN", "LinkedIn Export to PDF",
    """
Contact
www.linkedin.com/in/renata-okafor-lindqvist (LinkedIn)
renata.ol@example.com
(614) 555-0131

Top Skills
Epic ClinDoc
Epic Ambulatory
HL7 Interfaces

Certifications
Epic ClinDoc Inpatient Certified
Epic Ambulatory Proficient
ITIL 4 Foundation

Renata Okafor-Lindqvist
Clinical Systems Analyst III at Buckeye Valley Health
Columbus, Ohio, United States

Summary
Former med-surg RN (9 years) who moved into clinical informatics in 2019. I build and support the inpatient documentation side of Epic for a 5-hospital system: flowsheets, LDAs, order panels, BPAs, and I take the on-call pager for ClinDoc every 5th week. Looking for a senior analyst seat, fully remote, Eastern or Central time so my on-call overlaps with the hospitals. Not looking to go back to bedside nursing.

Experience
Buckeye Valley Health
6 years 9 months
Clinical Systems Analyst III
March 2023 - Present (3 years 10 months)
Columbus, Ohio
Own ClinDoc build for 4 inpatient units and the ED. Lead analyst on the 2024 Epic upgrade (tested 600+ scripts). Triage ServiceNow incidents at tier 2, write change requests, sit on the CAB. Mentor two analyst IIs (not their manager).
Clinical Systems Analyst II
March 2020 - March 2023 (3 years 1 month)
Columbus, Ohio
Flowsheet and navigator build; interface testing with the Cerner lab feed (HL7 ORU); Crystal/Clarity reports for nursing quality.
Clinical Informatics Nurse
March 2019 - March 2020 (1 year 1 month)
Super-user program for go-live, 1,100 nurses trained at the elbow.

Mercy Franklin Hospital
Registered Nurse, Med-Surg
June 2010 - February 2019 (8 years 9 months)
Charge nurse rotation, 32-bed unit.

Education
The Ohio State University
Bachelor of Science in Nursing, BSN · (2006 - 2010)

Page 1 of 1
"""),

rec("m02", "public_safety", "lead", "Safety Manager", "Dwayne \"DJ\" Kostelnik", "Fort Mill, SC",
    ["EHS Manager", "Safety Manager (commercial construction)", "Regional Safety Manager"],
    ["Fort Mill / Rock Hill SC", "Charlotte metro (South End, Ballantyne ok)", "no relocation"], False, 105000,
    "\"Safety Manager\" on a GC = EHS, not construction PM", "right-aligned dates glued to titles",
    """
DWAYNE J. KOSTELNIK, CHST, OHSM
Fort Mill, SC 29715  •  (803) 555-0147  •  dj.kostelnik@example.com

SUMMARY
Construction safety professional, 14 years. I run the safety program for a mid-size general contractor: 3 site safety coordinators report to me, 11 active jobsites, 1.6M man-hours/yr. Want to stay on the EHS side (not moving into project management or superintendent roles). Fort Mill / Rock Hill or anywhere I can reach in 40 minutes; no relocation.

EXPERIENCE
Safety ManagerPiedmont Builders Group, Charlotte, NC2019 – Present
• Manage 3 Site Safety Coordinators; hire, schedule and review them.
• Wrote the site-specific safety plan template, fall protection and excavation/trenching programs, silica exposure control plan.
• TRIR from 3.1 to 0.9 in four years; EMR 0.71. Zero OSHA citations in 2 inspections.
• Lead incident investigations (root cause, 5-Why), OSHA 300/300A/301 recordkeeping.
• Teach OSHA 10 and 30 (authorized outreach trainer), monthly toolbox talks in English and Spanish.

Site Safety CoordinatorCarolina Crest Construction, Rock Hill, SC2015 – 2019
• Daily site audits on healthcare and K-12 projects up to $90M.
• Subcontractor prequalification (EMR, written programs), JHA reviews, crane lift plans.

Safety Technician / Loss ControlUpstate Mutual Insurance, Greenville, SC2012 – 2015
• Loss-control surveys for contractor policyholders.

U.S. Army, Combat Engineer (12B)2008 – 2012

EDUCATION
B.S. Occupational Safety and Health, Columbia Southern University (online), 2014

CERTIFICATIONS
CHST (BCSP) • OHST • OSHA 500/510 • First Aid/CPR/AED trainer • NCCCO signal person

Page 1 of 1
"""),

rec("m03", "logistics_supply_chain", "lead", "Dispatch Supervisor", "Graciela Montoya-Reyes", "Laredo, TX",
    ["Dispatch Supervisor", "Transportation Supervisor", "Fleet Operations Manager"],
    ["Laredo TX", "San Antonio (north side, 1604 area)", "remote dispatch ok - Central time"], True, 62000,
    "\"Dispatch Supervisor\" in trucking vs 911", "table flattened with tabs",
    """
Graciela Montoya-Reyes
Laredo, Texas 78045	(956) 555-0162	g.montoyareyes@example.com

Profile
Bilingual (English/Spanish) truckload dispatch supervisor. 11 years in cross-border freight (Laredo - Nuevo Laredo). I supervise the night dispatch desk: 6 dispatchers, 140 power units, reefer and dry van. Would consider remote dispatch on Central time.

Work History
Title	Company	City	Dates
Dispatch Supervisor	Río Bravo Freight Lines	Laredo, TX	2020	present
Fleet Dispatcher	Río Bravo Freight Lines	Laredo, TX	2017	2020
Customs Clerk / Driver Coordinator	Frontera Logistics SA de CV	Nuevo Laredo	2013	2017
Yard Jockey	Border Cold Storage	Laredo, TX	2012	2013

Dispatch Supervisor - details
- Run the 6 pm - 6 am desk, 6 dispatchers + 2 driver managers report to me; write their schedules and evaluations
- Plan loads in McLeod LoadMaster, track with Samsara ELD, keep HOS compliant (FMCSA Part 395)
- On-time pickup 96.8% (was 91% in 2020); empty miles down 7%
- Handle breakdowns, reefer alarms, CBP holds and C-TPAT paperwork at the bridge
- Train new dispatchers; built the dispatch SOP in English and Spanish

Fleet Dispatcher
- Dispatched 45 trucks, built weekly driver plans, relayed loads to Mexican carriers
- Detention and lumper billing with the AR team

Skills
McLeod	Samsara	Trimble	DAT / Truckstop	Excel	FMCSA HOS	C-TPAT	Spanish native

Education
Laredo College - A.A.S. Logistics and Supply Chain Management, 2016
Class A CDL (held since 2012, clean MVR)

Salary: $62,000 minimum
"""),

rec("m04", "public_safety", "lead", "Dispatch Supervisor", "Kimberly A. Tran", "Panama City, FL",
    ["Communications Supervisor", "911 Center Operations Manager", "Emergency Communications Manager"],
    ["the Panhandle (Panama City to Pensacola)", "Tallahassee area", "prefer within 45 min of Lynn Haven"], False, 64000,
    "\"Dispatch Supervisor\" in a 911 center, same title as m03", "plain Word, shift table",
    """
KIMBERLY A. TRAN, ENP
Lynn Haven, FL 32444 | (850) 555-0175 | kim.tran.enp@example.com

OBJECTIVE
911 Dispatch Supervisor, 16 years in public safety communications, looking for a communications supervisor or center manager job in the Panhandle. Will commute up to 45 minutes. Not interested in trucking/freight dispatch.

EXPERIENCE
Dispatch Supervisor (Shift B)
Bay County Emergency Communications Center, Panama City, FL - 2018 to present
- Supervise 9 telecommunicators on a 12-hour rotating shift for sheriff, 4 city police departments, county fire and EMS
- CAD (Tyler New World), Motorola MCC 7500 consoles, FCIC/NCIC terminal agency coordinator for my shift
- Ran the floor during Hurricane Michael (Oct 2018): 6,400 calls in 72 hours, backup PSAP relocation
- QA of EMD calls (ProQA Paramount), scheduling, overtime approval, discipline and annual evaluations
- CTO (communications training officer) coordinator: 14 new hires through certification

Public Safety Telecommunicator II
Bay County ECC - 2012 to 2018
- Call-taking and radio dispatch for law, fire and EMS; EMD certified

Public Safety Telecommunicator I
Walton County Sheriff's Office, DeFuniak Springs, FL - 2010 to 2012

Shift	Staff	Calls/yr (my shift)
B (days/nights rotating)	9	41,000

CERTIFICATIONS
Florida 911 Public Safety Telecommunicator (state certified)
ENP - Emergency Number Professional (NENA)
APCO Communications Training Officer, Communications Center Supervisor
EMD (IAED), CPR, NIMS ICS 100/200/700/800

EDUCATION
A.S. Criminal Justice, Gulf Coast State College

References on request
"""),

rec("m05", "legal", "mid", "Freelance Court Reporter (RPR)", "Yolanda Pierce-Whitaker", "Newark, NJ",
    ["Official Court Reporter", "Deposition Court Reporter", "CART / Realtime Reporter"],
    ["North Jersey (Essex, Bergen, Hudson)", "Manhattan depositions ok", "remote depositions (Zoom) Eastern time"], True, 93600,
    "\"Court Reporter\" = stenographer, not journalist", "header/footer repeated mid-text",
    """
Yolanda Pierce-Whitaker, RPR, CRR
Certified Court Reporter (NJ CCR #30XI00231200)
Newark, NJ 07104 · (973) 555-0188 · yolanda.pw@example.com

SUMMARY
Stenographic court reporter, 4 years certified. Realtime writer (225 wpm, 97.5%+). Depositions, arbitrations, EUOs and municipal court; also CART captioning for a university. Looking for an official reporter position in a NJ Superior Court vicinage or a steady agency roster in North Jersey / Manhattan. My freelance day rate is $360 per day plus page rate; for a staff job I need at least the equivalent.

EXPERIENCE
Freelance Court Reporter - Garden State Reporting Associates, Hackensack, NJ - 2022 to present
• Average 3-4 jobs/week: medical malpractice, construction defect and employment depositions
• Realtime feeds to counsel via CaseViewNet; expedited and daily-copy transcripts
• Remote depositions on Zoom (exhibit sharing, breakout-room management)
• Certified transcripts in NJ, NY formats; errata and signature handling

Yolanda Pierce-Whitaker, RPR — Page 2 of 2

CART Captioner (part time) - Passaic Valley University, Student Disability Services - 2023 to present
• Live captioning in lectures for deaf/hard-of-hearing students

Legal Secretary - Brennan & Oduya LLP, Newark, NJ - 2016 to 2020
• Calendared depositions, filed through eCourts, prepared transcripts for trial binders
• Left to attend court reporting school full time

EDUCATION
Court Reporting (Machine Shorthand) Certificate, Bergen Court Reporting Institute, 2022
A.A. Liberal Arts, Essex County College

CREDENTIALS / TOOLS
RPR, CRR (NCRA) · NJ Certified Court Reporter · Case CATalyst · Luminex 2 writer · Eclipse (basic)
"""),

rec("m06", "education", "mid", "Science Laboratory Technician", "Harold \"Hal\" Bergstrom", "Schenectady, NY",
    ["Science Lab Technician (school district)", "Science Laboratory Coordinator", "Chemistry Lab Assistant - high school or community college"],
    ["Upstate NY - Capital Region (Albany, Schenectady, Saratoga)", "30 min commute max"], False, 47000,
    "school lab tech: school staff, not a research lab", "plain text, bullets",
    """
HAROLD BERGSTROM
Niskayuna / Schenectady, NY 12309
(518) 555-0119 | hal.bergstrom@example.com

WHAT I DO
Science Laboratory Technician for a suburban high school (1,400 students). I prep and break down labs for 14 science teachers across chemistry, biology, earth science and physics, run the chemical stockroom and keep the Regents lab minutes on track. 5 years in this job. Would like the same kind of role - school district, BOCES or community college - closer to home. Not looking for industry or hospital lab work.

EXPERIENCE
Science Laboratory Technician - Mohawk Hills Central School District, Clifton Park, NY (2021-present)
- Prepare solutions and reagents for ~60 lab periods a week (titrations, gel electrophoresis, density labs)
- Manage chemical inventory (1,100 containers) and SDS binder; ran the 2023 stockroom clean-out with the district safety officer
- Set up the 1,200-minute Regents lab requirement tracking sheet for the department chair
- Maintain microscopes, balances, fume hoods, eyewash checks; order supplies within a $38k budget
- Help substitute teachers run labs; supervise students during after-school make-up labs

Teaching Assistant (NYS TA Level I) - same district (2018-2021)
- Special education inclusion classes, earth science and living environment

Stay-at-home parent (2011-2018)

Quality Control Technician - Hudson Valley Dairy Co-op, Albany, NY (2006-2011)
- Milk fat/protein testing, plate counts, lab records

EDUCATION
B.S. Biology, SUNY Oneonta, 2006

CERTIFICATIONS
NYS Teaching Assistant Certificate (Level III), Lab safety (Flinn Scientific), OSHA Hazard Communication

Salary: $47,000 or the CSEA schedule
"""),

rec("m07", "skilled_trades", "executive", "Director of Facilities & Maintenance", "Raymond T. Szabo", "Scranton, PA",
    ["Director of Facilities", "Director of Buildings and Grounds", "Facilities Director (school district or university)"],
    ["Northeastern PA (Scranton / Wilkes-Barre)", "Poconos", "no relocation"], False, 118000,
    "older worker, 34-yr history; facilities director came up as HVAC tech", "one line per job",
    """
RAYMOND T. SZABO
Clarks Summit, PA 18411 | 570-555-0143 | ray.szabo@example.com

Director of facilities for a 9-school district. Started as an HVAC helper in 1992. Licensed, hands-on, budget-minded. Staying in NEPA.

CAREER (most recent first)
2016-now   Director of Facilities & Maintenance, Lackawanna Ridge School District - 9 buildings, 1.3M sq ft, 4 supervisors (maintenance, custodial, grounds, transportation liaison), 74 staff, $11.6M operating budget, reports to the Superintendent
2009-2016  Maintenance Supervisor, same district - 16 tradespeople (HVAC, electricians, plumbers, carpenter)
2002-2009  HVAC Lead Technician, Keystone Mechanical Services, Dunmore PA - commercial chillers, boilers, BAS
1996-2002  HVAC Service Technician, Keystone Mechanical Services
1992-1996  HVAC Helper / Apprentice, Northeast Heating & Cooling, Scranton PA
1988-1992  U.S. Navy, Machinist's Mate (MM3), USS Saratoga - boilers and auxiliary machinery

RESULTS
- $21M capital plan 2018-2025: 3 roof replacements, 2 boiler-to-heat-pump conversions, LED retrofits (energy use down 27%)
- Brought in ESCO guaranteed-savings contract; saved $640k/yr
- Rebuilt preventive maintenance in SchoolDude (Brightly); work orders closed within 5 days: 58% to 91%
- Negotiated AFSCME maintenance contract with HR; no grievances to arbitration in 6 years
- Ran COVID ventilation upgrades (MERV-13, bipolar ionization review) and reopening cleaning protocol

LICENSES
EPA 608 Universal - PA Boiler Operator - Certified Educational Facilities Professional (CEFP) - Certified Plant Engineer (AFE) - OSHA 30

EDUCATION
Johnson College, Scranton - A.S. Heating, Ventilation & Air Conditioning Technology, 1995
Navy Machinist's Mate A School, 1988

Salary: not under $118k.
"""),

rec("m08", "manufacturing", "senior", "Estimator", "Louise Fairweather-Kahn", "Grand Rapids, MI",
    ["Print Estimator", "Senior Estimator (commercial printing / packaging)", "Estimating & Production Planning Specialist"],
    ["Grand Rapids MI", "West Michigan (Holland, Kalamazoo)", "hybrid ok; not fully remote"], False, 68000,
    "\"Estimator\" in a print shop, not construction", "table flattened with tabs",
    """
LOUISE FAIRWEATHER-KAHN
Grand Rapids, MI 49504 — (616) 555-0156 — louise.fk@example.com

SUMMARY
Print estimator with 12 years in commercial and packaging printing. I price offset, digital and wide-format jobs from spec to quote, pick the press and the imposition, and hand the ticket to planning. Know the pressroom floor: started as a bindery operator. Want to stay in print/packaging manufacturing in West Michigan.

EXPERIENCE
Estimator	Lakeshore Litho & Packaging	Grand Rapids, MI	2017–present
• 35–50 estimates a week in EFI Pace: sheetfed offset (40" 6-color + coater), HP Indigo digital, folding cartons
• Calculate paper, plates, makeready, press hours, die-cutting and gluing; hit-rate 38% on bids
• Work with CSRs and sales reps on specs; with production planning on press loading
• Built the carton estimating standards (waste factors, speeds) with the plant manager — quote-to-actual variance from 14% to 5%

Estimator / Production Planner	Mitten Graphics	Wyoming, MI	2014–2017
• Estimated and scheduled 2 presses + bindery; job tickets and paper ordering

Bindery Operator	Mitten Graphics	Wyoming, MI	2010–2014
• Folders, saddle stitcher, Polar cutter; ran 2nd shift lead on weekends

SKILLS
EFI Pace	PrintSmith	Prinergy	Excel (heavy)	Paper and substrate knowledge	Imposition	G7 color basics

EDUCATION
A.A.S. Graphic Communications, Ferris State University, 2010
PIA (Printing Industries of America) Estimating certificate

Looking for $68,000+. 25 minutes from downtown GR, hybrid ok.
"""),
]
