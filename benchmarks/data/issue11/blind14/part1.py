"""blind14 part 1: n01-n08."""
from common import rec

RECORDS = [
rec("n01", "logistics_supply_chain", "entry", "Associate", "Dontrell Hayes", "Fort Smith, AR",
    ["Warehouse Associate", "Forklift Operator", "Inventory Clerk"], ["TX, OK or AR", "Fort Smith AR"], False, 18 * 2080,
    "internal title 'Associate'; very short", "skills + two jobs",
"""
DONTRELL HAYES
Fort Smith, AR 72901 | (479) 555-0112 | d.hayes.work@example.com

Looking for full-time warehouse work in TX, OK or AR. Will move for the right job. $18/hr or more. Any shift, nights fine.

SKILLS
- Sit-down and stand-up forklift (certified 2025), pallet jack, order picker
- RF scanner, pick/pack, cycle counts, loading trailers
- Safety: no lost-time incidents, OSHA 10 (General Industry)
- Bilingual? No. Can lift 75 lb.

WORK

Associate - Big River Fulfillment Center (FSM2), Fort Smith, AR
Oct 2024 - Present
- Pick and stow about 1,100 units a shift on RF scanner, rate usually 105-112%
- Trained on inbound dock in March 2025: unload floor-loaded trailers, receive against ASN, put damaged cartons to the problem-solve cage
- Do cycle counts on Sundays when the ICQA team is short; found a 40-unit bin error that was blocking outbound orders
- Picked as "Ambassador" to walk new hires through their first week

Team Member - Kwik Stop #118, Van Buren, AR
May 2022 - Sept 2024
- Ran register, stocked the cooler and shelves from the weekly truck, checked the invoice against what came off the truck
- Closed the store alone 3 nights a week, counted the drawer and did the nightly inventory on cigarettes and lottery

EDUCATION
Northside High School, Fort Smith - Diploma 2022
Started the Logistics certificate at UAFS (2 classes done, evenings)

References on request.
"""),

rec("n02", "nursing", "mid", "Enfermera LVN (Charge)", "María Guadalupe Treviño", "McAllen, TX",
    ["LPN", "Licensed Vocational Nurse (LVN)", "Charge Nurse LVN"], ["McAllen TX", "Edinburg TX", "Harlingen TX"], False, int(29.50 * 2080),
    "bilingual Spanish/English resume; abbreviations in title line", "two-column bilingual",
"""
MARÍA GUADALUPE TREVIÑO, LVN, CNA
Enfermera Vocacional Licenciada / Licensed Vocational Nurse
McAllen, TX | (956) 555-0147 | mg.trevino.lvn@example.com

PERFIL / PROFILE
Enfermera con 4 años de experiencia en cuidado a largo plazo y salud en el hogar. Nurse with 4 years in long-term care and home health. Bilingüe español/inglés — I chart in English and teach families in Spanish. Busco / Seeking: LVN position in McAllen, Edinburg or Harlingen, days preferred. Salario mínimo: $29.50/hora.

LICENCIAS / LICENSES
- Texas LVN License #000000 (2022), Texas CNA (2019), BLS/CPR (AHA), IV Therapy certification (2023)

EXPERIENCIA / EXPERIENCE

Enfermera LVN (Charge) — Valle Verde Rehabilitación y Cuidado, McAllen, TX
Jun 2022 – Presente
- Pase de medicamentos para 28 residentes / med pass for 28 residents on a skilled unit
- Wound care, G-tube feedings, insulin, vital signs, and reporting changes to the RN and physician
- Supervise 4 CNAs on my hall during the shift (assignments, breaks, bed checks)
- Admisiones: reconcilio medicamentos y educo a la familia en español

LVN de Salud en el Hogar / Home Health LVN — Sol del Valle Home Health, Edinburg, TX (PRN)
Ene 2023 – Presente
- 6–8 home visits per week, wound vac changes, diabetic teaching, OASIS notes in Kinnser

Asistente de Enfermería / CNA — Valle Verde, McAllen
Ago 2019 – May 2022
- ADLs, vital signs, turning, feeding for 12–14 residents

EDUCACIÓN / EDUCATION
South Texas College — Certificado de Enfermería Vocacional (LVN), 2022
Programa ADN (RN) — prerrequisitos en curso / prerequisites in progress
"""),

rec("n03", "allied_health", "mid", "RDH", "Kelsey Brandt", "Boise, ID",
    ["Registered Dental Hygienist", "RDH", "Dental Hygienist"], ["Boise ID", "Meridian ID", "Nampa ID"], False, 48 * 2080,
    "two concurrent jobs in different families (hygiene + dental-supply sales); abbreviation title", "chronological",
"""
Kelsey Brandt, RDH, BSDH
Boise, ID | (208) 555-0163 | kbrandt.rdh@example.com

Objective: Full-time clinical hygiene position (4 days) in Boise, Meridian or Nampa. I am leaving my part-time sales job to go back to patient care full time. Looking for $48/hr minimum.

Licensure: Idaho RDH, local anesthesia and nitrous oxide permits; CPR/BLS; Dexis, Dentrix, Eaglesoft

CURRENT POSITIONS (concurrent)

RDH — Treasure Valley Family Dentistry, Meridian, ID
March 2022 – Present (2 days/week)
- Prophy, SRP, perio maintenance, sealants, 8–9 patients/day
- Perio charting and intraoral photos; present restorative treatment plans chairside
- Started the practice's silver diamine fluoride protocol for high-caries kids

Territory Representative (part-time) — Westridge Dental Supply, Boise, ID
Aug 2023 – Present (3 days/week)
- Call on 60 offices in the Treasure Valley selling consumables and small equipment
- Run lunch-and-learns for hygienists on ultrasonic inserts and fluoride varnish
- Hit 108% of quota in 2024; I like the product side but I miss patients

PREVIOUS

RDH — Bright Smiles Pediatric Dentistry, Twin Falls, ID
June 2020 – Feb 2022
- Full-time pediatric hygiene, sealants, radiographs, parent education

EDUCATION
Idaho State University — B.S. Dental Hygiene, 2020
Board scores: NBDHE pass, WREB pass

Volunteer: Idaho Mission of Mercy free clinic, 2021 and 2023
"""),

rec("n04", "skilled_trades", "mid", "Journeyman Inside Wireman", "Tyler Obuya", "Columbus, OH",
    ["Journeyman Electrician", "Journeyman Wireman", "Industrial Electrician"], ["anywhere in the US", "travel/per diem jobs welcome"], False, 44 * 2080,
    "union apprenticeship ladder; 'anywhere in the US'", "union ladder",
"""
TYLER OBUYA
Journeyman Inside Wireman — IBEW Local 683 (book 1)
Columbus, Ohio | 614-555-0178 | tobuya.ibew@example.com

Will work anywhere in the US — happy to travel on per diem jobs (data centers, plants, hospitals). Looking for $44/hr base or better, or the local inside scale where you are.

Licenses & Certs: Ohio-recognized Journeyman card (2023), OSHA 30, NFPA 70E, arc flash, aerial lift, MEWP, First Aid/CPR

APPRENTICESHIP LADDER
Columbus Electrical JATC (5-year inside wireman program), 2018–2023 — 8,000 OJT hours, 900 classroom hours, graduated top of class

EXPERIENCE

Journeyman Wireman — Buckeye Power & Controls (union signatory)
June 2023 – Present
- Data center build-out in New Albany: 480V switchgear, busway, bonding and grounding, cable tray
- Pulled and terminated MC and 600 kcmil feeders; megger and torque logs for commissioning
- Run a 3-person crew when the foreman is off site (not a foreman)

5th-Year Apprentice — Buckeye Power & Controls
2022 – 2023
- Hospital addition: emergency branch circuits, nurse call rough-in, fire alarm devices

2nd–4th Year Apprentice — Harmon Electric Co.
2019 – 2022
- Commercial tenant fit-outs: EMT bending, lighting controls, panel schedules

1st-Year Apprentice — Harmon Electric Co.
2018 – 2019
- Material handling, layout, conduit runs with journeymen

EDUCATION
Columbus State Community College — 24 credits toward an A.A.S. Electrical Engineering Technology (through JATC)
Westland High School, 2017
"""),

rec("n05", "construction", "lead", "General Foreman", "Frank Delaney", "Chicago, IL",
    ["Carpentry Superintendent", "Assistant Superintendent", "Field Superintendent"], ["Nashville TN", "Charlotte NC", "Chicago IL"], False, 125000,
    "union ladder apprentice→journeyman→foreman→GF targeting superintendent; relocation to named cities", "union ladder",
"""
FRANK DELANEY
Chicago, IL 60638 · (773) 555-0124 · frank.delaney.gf@example.com

Relocating in 2027 — open to Nashville or Charlotte (family in both), would stay in Chicago for the right outfit. Want to step off the tools into a superintendent or assistant super job with a GC. $125,000 base minimum.

SUMMARY
23 years in the Chicago Regional Council of Carpenters. Came up apprentice → journeyman → foreman → general foreman. Run concrete forming and interiors crews of 20–45 carpenters on mid-rise and healthcare work. OSHA 500 trainer, SSPC, Procore, Bluebeam, P6 read-only.

EXPERIENCE

General Foreman — Lakeshore Builders / Carpenters Local 1
2019 – Present
- 14-story residential tower ($92M): ran 4 foremen and up to 45 carpenters on forming, framing, drywall and doors/frames/hardware
- Build the 3-week look-ahead, attend OAC meetings, coordinate with MEP foremen and the super
- Track labor hours vs. budget weekly; finished the interiors package 6% under hours
- Site safety lead for our trade: JHAs, toolbox talks, zero recordables in 2023

Foreman — Lakeshore Builders
2011 – 2019
- Crews of 8–12 on hospital and school jobs; layout with total station; punch lists

Journeyman Carpenter — Various signatory contractors (through the hall)
2007 – 2011
- Concrete forming, gang forms, rough and finish carpentry

Apprentice Carpenter — Chicago Regional Council of Carpenters Apprenticeship
2003 – 2007 — 4-year program, completed; Elgin training center

EDUCATION / TRAINING
OSHA 500 Authorized Trainer; CPR/First Aid; Construction Management certificate (evening), Triton College, 2021
"""),

rec("n06", "skilled_trades", "lead", "Owner, Ramírez Plumbing LLC", "Héctor Ramírez", "Albuquerque, NM",
    ["Plumbing Service Manager", "Master Plumber", "Plumbing Supervisor"], ["Albuquerque NM", "Rio Rancho NM", "Santa Fe NM"], False, 95000,
    "self-employed owner; title is the company", "chronological",
"""
Héctor Ramírez — Master Plumber (NM MP, GS-4 / MS-3)
Albuquerque, NM · 505-555-0190 · hector@example.com

I have run my own plumbing company for 9 years. I am closing it down (tired of the paperwork and chasing payments) and want to run a service department or field crew for a larger company in the Albuquerque–Santa Fe area. Salary: $95,000 or more plus truck.

OWNER, RAMÍREZ PLUMBING LLC — Albuquerque, NM
2017 – Present
- Residential and light commercial service, repipes, water heaters, tankless, gas lines, sewer camera and locate
- 3 employees (2 journeymen, 1 apprentice) plus a part-time office person; scheduled every job myself
- Pulled permits and passed inspections with the City of ABQ and Bernalillo County, about 300 a year
- Estimates, invoicing in Housecall Pro, bought materials at Ferguson; $780K revenue in 2025
- Trained my apprentice through to his journeyman license in 2023

Journeyman Plumber — Sandia Mechanical, Albuquerque
2010 – 2017
- New construction plumbing for tract homes and two schools; lead plumber on the Rio Rancho middle school job

Apprentice Plumber — Sandia Mechanical
2006 – 2010 — 4-year state-registered apprenticeship

LICENSES
New Mexico Master Plumber (MP), GS-4 gas, backflow tester certification, OSHA 10
Bilingual English/Spanish

EDUCATION
Central New Mexico Community College — Plumbing apprenticeship coursework
Rio Grande High School
"""),

rec("n07", "policy_program", "mid", "Administrative Analyst/Specialist Non-Supervisory", "Jasmine Thao", "Sacramento, CA",
    ["Staff Services Analyst", "Associate Governmental Program Analyst", "Program Analyst"], ["Sacramento CA", "remote within California"], True, 6200 * 12,
    "civil-service class title; monthly salary", "state application style",
"""
JASMINE THAO
Sacramento, CA 95823 | (916) 555-0155 | jthao.ca@example.com

Objective: Transfer or promotion into an Associate Governmental Program Analyst (AGPA) or equivalent program analyst role. Sacramento office or telework within California. Minimum $6,200/month.

STATE SERVICE

Administrative Analyst/Specialist Non-Supervisory (Range B)
California Community Colleges Chancellor's Office, Sacramento — Student Equity Grants Unit
July 2024 – Present | full time, permanent
- Monitor 38 district grant agreements for the Student Equity and Achievement program ($12M); review annual expenditure reports against the approved plan
- Draft program guidance memos and FAQs for district grant coordinators; answer about 40 field questions a month
- Built the unit's Smartsheet tracker for deliverables and corrective action plans; cut late reports from 11 to 3
- Staff the quarterly advisory workgroup: agendas, minutes, follow-up items
- Prepare bill analysis inputs on two education bills (fiscal impact tables, program effects)

Staff Services Analyst (General)
Department of Social Services, Sacramento — CalFresh Policy Bureau
Aug 2022 – June 2024
- Tracked county corrective action plans, prepared data for the federal management evaluation, wrote All County Information Notice drafts reviewed by the policy analyst

Office Technician (Typing) — Department of Social Services
Jan 2021 – Aug 2022
- Correspondence log, phone coverage, purchasing requests

EDUCATION
California State University, Sacramento — B.A. Public Policy and Administration, 2018
Languages: Hmong and English.

Eligible lists: AGPA (Open), SSA, Research Data Analyst I
"""),

rec("n08", "social_work", "senior", "Eligibility Specialist III", "Roberta Kaminski", "Milwaukee, WI",
    ["Eligibility Specialist III", "Economic Support Lead Worker", "Case Manager"], ["Milwaukee WI", "Waukesha WI", "hybrid 2 days max in office"], False, 58000,
    "civil-service class title; hybrid day count", "county application style",
"""
ROBERTA "BOBBIE" KAMINSKI
Milwaukee, WI 53215 · (414) 555-0186 · bkaminski.es@example.com

Goal: Lateral or lead-worker move within a Wisconsin county or tribal economic support agency. Milwaukee or Waukesha, hybrid 2 days max in office. $58,000 floor.

Eligibility Specialist III — Milwaukee County Department of Health & Human Services, Economic Support Division
Jan 2019 – Present
- Carry a mixed caseload of 480–520 households for FoodShare, BadgerCare Plus, Medicaid long-term care and Wisconsin Shares child care
- Lead worker for a unit of 9: review new workers' cases before authorization, answer policy questions, run the morning huddle (supervisor signs evaluations)
- Interview clients at intake and renewal, screen for domestic violence and refer to the county's social workers and shelters
- Coordinate with aging and disability resource center case managers on nursing-home and waiver applications
- 97.8% accuracy on quality control reviews in 2025 (state target 94%)

Eligibility Specialist II — Milwaukee County DHHS
2016 – 2019
- Call center and lobby intake, CARES Worker Web, verification and recertifications

Eligibility Specialist I (trainee) — Racine County Human Services
2014 – 2016
- Completed the state ES certification training; processed FoodShare changes

Before: Dietary aide and CNA in nursing homes (2008–2014), which is why I am good with the long-term care cases.

EDUCATION
Milwaukee Area Technical College — A.A.S. Human Service Associate, 2014
Polish (conversational) and English
"""),
]
