"""blind11 records k01-k08, typed by hand."""
from common import rec

RECORDS = [
rec("k01", "allied_health", "senior", "Staff Pharmacist", "Devika Ramanathan", "Lexington, KY",
    ["Clinical Pharmacist", "Staff Pharmacist", "Inpatient Pharmacist"], ["Lexington, KY", "Winchester, KY"], False, 124800,
    "licensed pharmacist over techs; two concurrent jobs; hourly floor", "PDF: ALL CAPS headers, dates on own line, • bullets", """
DEVIKA RAMANATHAN, PharmD, RPh
Lexington, KY • devika.r.pharm@example.com • (859) 555-0114

PROFESSIONAL SUMMARY
Licensed pharmacist (Kentucky, Ohio) with 9 years in community and hospital practice. I work full time as a staff pharmacist for a retail chain and pick up per-diem hospital shifts on my days off. Looking for a full-time inpatient or infusion pharmacist job. Pay floor: $60/hr or more; days or evenings, no overnight rotation.

EXPERIENCE
STAFF PHARMACIST
BlueGrass Drug Co. (store #0417), Lexington, KY
2019 – Present
• Verify 350–450 prescriptions a shift; DUR, interaction and dose checks, prescriber calls.
• Immunizing pharmacist: 1,100+ flu/COVID/shingles shots in the 2025 season.
• Oversee 3–4 pharmacy technicians a shift and sign off tech trainees' competency checklists (the store manager does their hiring and reviews).
• Cut the return-to-stock backlog by reorganizing will-call bins and the daily queue.
PER DIEM CLINICAL PHARMACIST
St. Brendan Regional Medical Center, Winchester, KY
2022 – Present (2–3 shifts/month)
• Order verification in Epic Willow; pharmacy-to-dose vancomycin (AUC) and warfarin protocols.
• IV room oversight, USP <797> checks, code cart restocking.
PHARMACY INTERN, THEN STAFF PHARMACIST
Commonwealth Outpatient Pharmacy, Louisville, KY
2015 – 2019
• Intern through school; staff pharmacist after licensure in 2017. Non-sterile compounding, MTM calls.

EDUCATION
Doctor of Pharmacy, University of Kentucky College of Pharmacy, 2017
B.S. Biology, Eastern Kentucky University, 2013

LICENSES & CERTIFICATIONS
• RPh, Kentucky (active); Ohio (active)
• APhA Pharmacy-Based Immunization Delivery
• BLS, ACLS
• BCPS exam scheduled March 2027
"""),

rec("k02", "allied_health", "mid", "Physical Therapist Assistant (part-time)", "Tomas Kowalczyk", "Kettering, OH",
    ["Physical Therapist Assistant", "PTA - Outpatient Orthopedics", "Senior PTA"], ["anywhere within 30 miles of Dayton, OH"], False, 56160,
    "PTA next to PT; two concurrent part-time jobs; radius preference", "plain, hyphen bullets", """
Tomas Kowalczyk, PTA
Kettering, OH | tkowalczyk.pta@example.com | (937) 555-0187

What I want: one full-time PTA job, outpatient ortho or sports, anywhere within 30 miles of Dayton. $27/hr minimum. Right now I work two part-time jobs to make full time and the driving between them is eating me alive.

Licensed Physical Therapist Assistant (Ohio OTPTAT Board, 2021). Five years treating under PT plans of care in outpatient and home health.

Current
Physical Therapist Assistant (part-time, 24 hrs/wk) - Miami Valley Motion PT, Centerville, OH - 2021 to present
- Carry out PT plans of care for 12-14 patients a day: post-op ACL, rotator cuff repair, total knee, low back pain.
- Progress exercise, manual techniques within PTA scope, modalities (e-stim, ultrasound), gait training.
- Daily notes in WebPT; flag patients to the supervising PT when they plateau or show red flags. I don't do evals or re-evals - that's the PT's job.
- Clinical instructor for PTA students from Sinclair on their final rotation (3 students so far).

Home Health PTA (PRN, about 12 visits/wk) - Gem City Home Care, Dayton, OH - 2023 to present
- Home visits for post-hospital and fall-risk patients; home safety checks, home exercise programs, visit notes.

Before licensure
Physical Therapy Aide - Miami Valley Motion PT - 2018 to 2019
- Cleaned and set up tables, walked patients through their exercises under supervision, covered the front desk.
Warehouse Associate - Fairborn distribution center - 2014 to 2018

Education
A.A.S. Physical Therapist Assistant, Sinclair Community College, 2021
Graston Technique M1; CPR/BLS

People ask if I'm going back for my DPT. Not now - I like the treatment side and want to get really good at it.
"""),

rec("k03", "nursing", "mid", "Charge Nurse (LPN)", "Keisha Monroe-Bates", "Florence, SC",
    ["Licensed Practical Nurse", "LPN Charge Nurse", "Clinic LPN"], ["Florence, SC", "Darlington, SC"], False, 60320,
    "LPN between RN and CNA; 'charge' that is not supervision; hourly floor", "plain, en-dash bullets", """
KEISHA MONROE-BATES, LPN
Florence, SC · keisha.mb.lpn@example.com · 843-555-0121

Licensed Practical Nurse, 8 years in long-term care, sub-acute rehab and a family practice, mostly nights. Want: an LPN position (rehab, clinic or LTC) in Florence or Darlington, $29/hr minimum, 3x12s or 5x8s. I am not an RN and not in an RN program right now, so I'm applying for LPN jobs only.

Experience
Charge Nurse (LPN), 11p–7a — Magnolia Crossing Health & Rehab, Florence, SC — 2020–present
 – Med pass and treatments for a 32-bed hall; G-tube feeds, wound care (stage 2–3), insulin, IV flush and site care within SC LPN scope.
 – "Charge" on our hall means I'm the nurse on the hall and I give assignments to 3 CNAs. The RN supervisor covers the building and does assessments and care-plan changes.
 – Admission paperwork, 24-hour chart checks, MAR/TAR audits in PointClickCare.
 – Precept new LPNs and CNA-to-LPN students on nights.
Staff LPN — Pee Dee Family Medicine, Florence, SC — 2018–2020
 – Rooming, vitals, injections and vaccines, prior authorizations, refills and phone triage by protocol.
Certified Nursing Assistant — Magnolia Crossing — 2014–2017
 – ADLs, vitals, I&O, Hoyer transfers; worked as a CNA while in LPN school.

Education & License
Practical Nursing Diploma, Florence-Darlington Technical College, 2018
LPN, South Carolina (multistate/compact license)
IV Therapy for LPNs certificate; BLS; wound care course (30 CE hours)

Other
Voted night shift nurse of the year 2023. Comfortable with PointClickCare, Omnicell and Epic (clinic side).
"""),

rec("k04", "hospitality", "lead", "Owner, Sparkline Commercial Cleaning LLC", "Rosalinda Villanueva", "Henderson, NV",
    ["Executive Housekeeper", "Director of Housekeeping", "Housekeeping Manager"], ["Las Vegas, NV", "Henderson, NV"], False, 80000,
    "cleaning-business owner returning to hotel housekeeping leadership", "PDF: two-column layout flattened (sidebar interleaved)", """
ROSALINDA VILLANUEVA
Owner, Sparkline Commercial Cleaning LLC
Henderson, NV | 702-555-0102 | rosalinda.villanueva@example.com
SKILLS SUMMARY
Team scheduling I started as a room attendant on the Strip in 1999. Since 2012 I
Inspections & QA have owned a commercial cleaning company (22 cleaners, 2 field
Chemical safety / SDS supervisors). I'm selling the company and want to go back to hotels
Floor care (strip, as Executive Housekeeper / Housekeeping Manager / Director of
wax, burnish) Housekeeping at a resort or large hotel in the Las Vegas valley.
Carpet extraction EXPERIENCE
Budgets & payroll Owner / Operations Manager
OSHA recordkeeping Sparkline Commercial Cleaning LLC, Henderson, NV
Bilingual 2012 – present
English / Spanish • Nightly janitorial for 31 accounts: medical offices, two charter schools,
 a casino's back-of-house offices; $1.4M annual revenue.
CERTIFICATIONS • Hire, train and schedule 22 cleaners and 2 field supervisors; run
CIMS-trained (ISSA) inspections with a QA app; 96% account retention.
OSHA 10 General • Bid contracts, price per square foot, buy chemicals and equipment.
Industry Housekeeping Supervisor → Assistant Executive Housekeeper
Bloodborne pathogens Mesa Verde Resort & Casino (2,100 rooms), Las Vegas, NV
 2005 – 2012
EDUCATION • Ran the day shift for 6 supervisors and ~120 room attendants; room
Hospitality Management inspections, linen par, lost and found, Kronos scheduling.
(certificate), CSN, 2008 • Worked the turnaround for a 400-room tower renovation.
 Room Attendant → Inspector (Inspectress)
 Mesa Verde Resort & Casino, 1999 – 2005
 • Cleaned 14–16 rooms a shift; later inspected 70+ rooms a day for a section.
"""),

rec("k05", "legal", "entry", "Senior Litigation Paralegal (Law Clerk)", "Renata Szabo-Whitfield", "Pittsburgh, PA",
    ["Associate Attorney", "Junior Associate", "Attorney I"], ["Pittsburgh, PA"], False, 78000,
    "paralegal newly admitted as attorney (helper to licensed)", "plain, ALL CAPS section headers", """
Renata Szabo-Whitfield
Pittsburgh, PA | rszabowhitfield@example.com | 412-555-0166

Newly admitted attorney (Pennsylvania bar, admitted November 2026) after nine years as a litigation paralegal. I am applying for first-year / junior associate attorney positions in civil litigation or insurance defense. I am not applying for paralegal roles.

LEGAL EXPERIENCE
Senior Litigation Paralegal - Haldane Kress & Mott LLP, Pittsburgh, PA - 2019 to present
- Support 3 partners and 4 associates on product liability and insurance defense files (about 60 open matters).
- Draft discovery requests and responses, deposition summaries, and first drafts of motions to compel and routine briefs for attorney review.
- Manage e-discovery review sets in Relativity; privilege logs; trial binders and exhibit lists for 6 trials.
- Since passing the bar I have worked under the title "Law Clerk" while the firm has no associate opening.
Litigation Paralegal - Ostrowski Legal Group, Pittsburgh, PA - 2015 to 2019
- Personal injury intake, medical records requests, settlement demand packages, e-filing in Allegheny County and W.D. Pa.
Legal Secretary - Ostrowski Legal Group - 2014 to 2015

EDUCATION
J.D., Duquesne University School of Law (evening division), 2026 - cum laude; Law Review staff editor
Paralegal Certificate (ABA-approved), Community College of Allegheny County, 2014
B.A. English, Slippery Rock University, 2013

BAR ADMISSION
Pennsylvania, 2026. W.D. Pa. admission pending.

SKILLS
Westlaw, Lexis, Relativity, Clio, PACER/ECF, deposition prep, medical chronologies, trial logistics
"""),

rec("k06", "finance_accounting", "mid", "Controller (retired)", "Gerald T. Oyelaran", "Sarasota, FL",
    ["Staff Accountant (part-time)", "Full-Charge Bookkeeper", "Accountant"], ["Sarasota, FL", "Bradenton, FL"], False, 52000,
    "retired CPA/controller deliberately targeting bookkeeper/staff work; 33 yrs, many titles", "plain, title list then highlights", """
GERALD T. OYELARAN, CPA
Sarasota, FL · gerald.oyelaran@example.com · (941) 555-0108

I retired in 2025 after 33 years in public accounting and industry. I want to keep working about 20–25 hours a week doing the hands-on work: bookkeeping, reconciliations, month-end close, 1099s, payroll tax filings. I'm applying for part-time staff accountant and full-charge bookkeeper jobs on purpose; I don't want to manage people or sign off on audits again.

CAREER
Controller — Suncoast Marine Supply, Inc., Bradenton, FL — 2012–2025
Assistant Controller — same company — 2009–2012
Audit Senior Manager — Pell, Ryder & Vance CPAs, Tampa, FL — 2002–2009
Audit Manager — Pell, Ryder & Vance CPAs — 1998–2002
Senior Auditor — Marchetti & Co., Columbus, OH — 1995–1998
Staff Auditor — Marchetti & Co. — 1992–1995

Highlights
- Ran a 5-person accounting team at a $60M distributor with 4 locations: monthly close in 6 business days, clean annual audits the last 7 years.
- Moved the company from Peachtree to Sage Intacct (2018); rebuilt the chart of accounts and inventory costing.
- Sales tax in FL and GA, payroll tax filings, bank covenant reporting.
- Since retiring: volunteer treasurer for my church and a youth soccer league; paid QuickBooks Online books for two small businesses.

Education & credentials
B.S. Accountancy, The Ohio State University, 1992
CPA, Florida (active; CPE current), first licensed in Ohio in 1994
QuickBooks Online ProAdvisor (2025)

Availability
Tue–Thu in the office, or hybrid. Not full time. Hourly is fine: $40/hr.
"""),

rec("k07", "skilled_trades", "entry", "Electrical Apprentice (2nd year)", "Dakota Ruiz-Hammond", "Tulsa, OK",
    ["Electrical Apprentice", "Apprentice Electrician", "Commercial Electrician Apprentice"], ["near me (east Tulsa / Broken Arrow, OK)"], False, 43680,
    "apprentice under journeyman; earlier seasonal work; 'near me'", "PDF: dates right-aligned on separate lines, • bullets", """
DAKOTA RUIZ-HAMMOND
Tulsa, OK  918-555-0193  dakota.rh@example.com

OBJECTIVE
Second-year electrical apprentice looking for a contractor closer to home (east Tulsa / Broken Arrow) to finish my hours. Commercial or industrial work preferred. $21/hr or better (my current step rate).

WORK HISTORY
Electrical Apprentice (2nd year)
                                                    Jun 2025 – Present
Ferro Brothers Electric, Sand Springs, OK
• Pull wire, bend EMT and rigid up to 2", set boxes on tilt-wall warehouses and a school addition.
• Terminate 120/208V branch circuits and make up panels under a journeyman (1:1 on my crew).
• Fire alarm rough-in; trench and conduit for parking lot lighting.
• 2,900 OJT hours logged of 8,000.
Electrician Helper
                                                    Mar 2024 – Jun 2025
Green Country Electric Service, Tulsa, OK
• Residential service: ran circuits in attics, dug for underground feeds, hauled material, kept the truck stocked.
Crew Member (seasonal, Mar–Nov)
                                                    2020 – 2023
Redbud Lawn & Landscape, Broken Arrow, OK
• Mowing crew, irrigation repairs, zero-turn and skid steer. Winters: stocked shelves at a home-improvement store.

TRAINING
ABC Oklahoma apprenticeship, year 2 of 4 — classroom: NEC 2023, conduit bending, intro to motor controls
OSHA 10 Construction
Oklahoma Electrical Apprentice License
NFPA 70E basics

OTHER
Own truck and hand tools. Clean driving record. Not a journeyman yet; eligible to test around 2029.
"""),

rec("k08", "skilled_trades", "lead", "Owner / Master Electrician", "Wayne A. Lindqvist", "Mankato, MN",
    ["Electrical Maintenance Supervisor", "Maintenance Lead - Electrical", "Master Electrician"], ["within an hour of Mankato, MN"], False, 95000,
    "master trades + small-shop owner; 30 yrs, many titles", "plain, em-dash title lines", """
WAYNE A. LINDQVIST
Master Electrician (MN) · Owner, Lindqvist Electric LLC
Mankato, MN · 507-555-0172 · wlindqvist.electric@example.com

After 11 years running my own three-person electrical shop I'm closing it (my back and the paperwork). I want a steady job leading a maintenance electrical crew at a plant or campus: electrical supervisor, maintenance lead, or master electrician of record. Within an hour of Mankato. $95k floor, benefits matter.

Owner / Master Electrician — Lindqvist Electric LLC, Mankato, MN — 2015–2026
- Residential service, ag and light commercial: services up to 800A, grain dryer and bin controls, VFDs on pumps, generator transfer switches.
- Supervised one journeyman and one apprentice at a time (4 apprentices passed their journeyman exams); pulled permits; bid and invoiced every job.
- Master of record for the LLC; zero failed inspections in the last 6 years.

Maintenance Electrician, then Lead Maintenance Electrician — Riverbend Foods, St. Peter, MN — 2006–2015
- Meat processing plant, 3 shifts. PLC troubleshooting (Allen-Bradley SLC/ControlLogix), motor controls, conveyors, refrigeration compressor motors.
- Lead on 2nd shift from 2011: 4 electricians and 2 mechanics, work orders in Maximo, owned the LOTO program.

Journeyman Electrician — Hanska Electric, New Ulm, MN — 2000–2006
Apprentice Electrician — Hanska Electric — 1996–2000
Farm hand — family farm, Hanska — until 1996

Licenses
Minnesota Master Electrician (2008); Journeyman (2000)
Minnesota Power Limited Technician
NFPA 70E; OSHA 30; forklift and aerial lift

Education
Electrical apprenticeship coursework, South Central College, 1996–2000
"""),
]
