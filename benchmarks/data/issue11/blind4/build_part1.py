"""blind4 records d01-d06, written by hand."""
from common import R

RECORDS = [
R("d01", "allied_health", "mid", "Technologist II", "Marisol Q. Fuentes-Arce", "Albuquerque, NM",
  ["Histotechnologist", "Histology Technologist", "HT (ASCP) Histotechnician"],
  ["Albuquerque, NM", "Santa Fe, NM", "Denver, CO"], False, 58000, """
MARISOL Q. FUENTES-ARCE
Albuquerque, NM 87110   (505) 555-0117   m.fuentesarce@example.com

PROFESSIONAL
SUMMARY
HT(ASCP) certified histology technologist with 4 years in a high-volume
hospital anatomic pathology lab. Embedding, microtomy, H&E and special
stains, frozen sections for the OR, and IHC on the Ventana
BenchMark. Looking for a bench role in a hospital or reference lab.

EXPERIENCE
Technologist II - Anatomic Pathology / Histology                 2022 -
Present
Sandia Regional Medical Center, Albuquerque, NM
• Process and embed 300+ blocks per shift; cut 3-4 micron sections
on Leica RM2235 microtomes with <1% recut rate.
• Run frozen sections for surgery on the cryostat, turnaround under
20 minutes per CAP requirement.
• Perform special stains (PAS, GMS, AFB, trichrome, iron) and load
IHC runs; troubleshoot antigen retrieval with the pathologists.
• Keep QC logs, temperature charts and reagent lot records for CAP
inspection (2023 inspection: zero histology deficiencies).
Technologist I - Histology                                       2021 -
2022
Sandia Regional Medical Center
• Grossing room support, specimen accessioning in Cerner CoPath,
decalcification, tissue processor loading (Tissue-Tek VIP 6).

Laboratory Assistant (part time)                                 2019 -
2021
Mesa del Sol Outpatient Lab, Rio Rancho, NM
• Specimen receiving, centrifuging, aliquoting, send-outs.

EDUCATION / CERTIFICATION
A.A.S. Histotechnology, Central New Mexico Community College, 2021
HT(ASCP) Histotechnician, Board of Certification, 2021
BLS, current

SKILLS
Microtomy • cryotomy • H&E • special stains • IHC (Ventana) • CoPath
• CAP/CLIA compliance • OSHA formaldehyde & xylene safety • bilingual
English/Spanish
"""),

R("d02", "public_safety", "mid", "Sanitarian II", "Desmond A. Kirkpatrick", "Knoxville, TN",
  ["Environmental Health Specialist", "Sanitarian", "Food Safety Inspector", "Environmental Health Inspector"],
  ["Knoxville, TN", "Chattanooga, TN", "Asheville, NC"], False, 52000, """
DESMOND A. KIRKPATRICK, REHS
Knoxville, TN 37917 | 865-555-0143 | dkirkpatrick@example.com

PROFILE
Registered Environmental Health Specialist with four years of field inspection in a county
health department. I inspect restaurants, pools, tattoo studios and daycare kitchens,
investigate complaints and foodborne illness reports, and take enforcement action when
voluntary compliance fails. Steady, fair, and good at explaining the code to operators.

EXPERIENCE
Sanitarian II, Environmental Health Division
Knox County Health Department, Knoxville, TN                          2023 - Present
- Carry a district of ~410 permitted food service establishments; 1,100+ routine and
  follow-up inspections a year under the TN Food Service Establishment rules (FDA Food Code).
- Lead inspector on 14 foodborne illness complaint investigations; collect samples and
  interview staff alongside the epidemiology team.
- Plan reviews for new and remodeled restaurants; pre-opening inspections.
- Prepare case files and testify at two administrative hearings for permit suspension.

Sanitarian I                                                          2021 - 2023
- Public swimming pool, hotel/motel, and body-art inspections; rabies and animal bite
  follow-ups; septic complaint referrals to the state.

Seasonal Field Technician, Tennessee Valley watershed monitoring         Summer 2020
- Stream sampling and data entry.

EDUCATION & CREDENTIALS
B.S. Environmental and Soil Sciences, University of Tennessee, Knoxville, 2020
Registered Environmental Health Specialist (REHS/RS), NEHA, 2023
ServSafe Food Protection Manager; FDA Standardization (Retail Food), 2024
Certified Pool/Spa Inspector

SKILLS
Code interpretation, enforcement documentation, HACCP review, Digital Health inspection
software, tablet field reporting, conflict de-escalation.
"""),

R("d03", "nursing", "mid", "Staff Nurse", "Renata Oyelaran-Hughes", "Raleigh, NC",
  ["Registered Nurse", "RN - Medical/Surgical", "Staff Nurse", "RN Care Coordinator"],
  ["Raleigh, NC", "Durham, NC", "Cary, NC"], False, 68000, """
Renata Oyelaran-Hughes, RN
Raleigh, NC 27609 - (919) 555-0186 - renata.oh@example.com

Returning to bedside nursing

I am a Registered Nurse with five years of medical-surgical and telemetry experience. I stepped
away from work from 2018 to 2024 to raise my three children and care for my father through
his cancer treatment. In 2025 I completed an approved RN Refresher program, including 120
precepted clinical hours on a med-surg unit, and my North Carolina license is active and
unencumbered. I am ready to return full time, day or night shift.

RECENT TRAINING
RN Refresher Course (theory + 120-hour clinical practicum), Wake Technical Community College,
completed March 2025 - precepted at WakeMed Raleigh, 5 West Med-Surg
BLS and ACLS, American Heart Association, renewed 2025
Epic inpatient documentation e-learning modules, 2025

NURSING EXPERIENCE
Staff Nurse, Telemetry / Step-Down Unit
Capital Oaks Community Hospital (36-bed unit), Raleigh, NC                  2015 - 2018
- 4-5 patient assignment; cardiac monitoring, drips (heparin, diltiazem, amiodarone).
- Charge nurse on nights about once a week; precepted two new graduates.
- Unit representative on the falls-prevention committee.

Staff Nurse, Medical-Surgical Unit
Same hospital                                                            2013 - 2015
- Post-op orthopedic and general surgery patients, wound care, PCA pumps, discharge teaching.

DURING THE GAP (2018 - 2024)
- Family caregiver: medication management, central line flushes, hospice coordination.
- Volunteer school nurse helper at my children's elementary school (vision/hearing screening days).

EDUCATION
Bachelor of Science in Nursing, North Carolina Central University, 2013
North Carolina RN license, active (multistate compact)
"""),

R("d04", "nursing", "lead", "Clinical Coordinator", "Gwendolyn Patchett", "Springfield, MO",
  ["Clinical Manager - Home Health", "Director of Nursing", "Nurse Manager", "Clinical Supervisor RN"],
  ["Springfield, MO", "Branson, MO", "Joplin, MO"], False, 82000, """
GWENDOLYN PATCHETT, BSN, RN, COS-C
Springfield, MO 65804   417-555-0128   gpatchett@example.com

Summary: Home health RN with 14 years in the field and the last 5 supervising a team of
field nurses, LPNs and aides. Manage caseload assignment, OASIS review, and survey
readiness for a Medicare-certified agency. Seeking a clinical manager or nurse manager role.

EXPERIENCE

Clinical Coordinator (RN supervisor)  |  Ozark Hearth Home Health & Hospice  |  2020-present
* Supervise 9 field RNs, 4 LPNs and 6 home health aides across three counties; do their
  annual competencies, ride-alongs and performance reviews.
* Review and correct every start-of-care and recertification OASIS before export; agency
  star rating went from 3 to 4.5 in two years.
* On-call clinical manager one week in four; triage visits, falls, and hospitalizations.
* Led the agency through a 2023 CMS recertification survey with no condition-level findings.
* Coordinate with physicians and hospital discharge planners on referrals and plans of care.

Field Registered Nurse / Case Manager  |  Ozark Hearth Home Health  |  2014-2020
* Caseload of 25-30 patients: wound vac, IV antibiotics, CHF and COPD management,
  diabetic teaching; supervised aides every 14 days.

Staff RN, Orthopedic Unit  |  Ozark Mercy Regional Hospital, Springfield  |  2011-2014

EDUCATION / LICENSURE
BSN, Missouri State University, 2011
Missouri RN license (compact)
COS-C (OASIS Specialist-Clinical), 2019;  HCS-D coding credential, 2021
CPR/BLS

SYSTEMS: HCHB (Homecare Homebase), Kantime, Epic Care Everywhere, Excel scheduling.
"""),

R("d05", "skilled_trades", "lead", "Electrical Foreman", "Tomasz \"Tom\" Wierzbicki", "Joliet, IL",
  ["Master Electrician", "Electrical Superintendent", "Electrical Foreman", "Lead Electrician"],
  ["Joliet, IL", "Naperville, IL", "Chicago, IL"], False, 105000, """
TOM WIERZBICKI
Joliet, IL 60435 | Cell 815-555-0162 | twierzbicki.elec@example.com

LICENSES
- Master Electrician (Supervising Electrician), City of Chicago, 2017
- Electrical Contractor registration, City of Joliet, 2019
- IBEW Local journeyman card since 2008; OSHA 30; NFPA 70E arc-flash qualified
- Boom and scissor lift operator; First Aid/CPR

SUMMARY
Master electrician and field foreman. 18 years in commercial and light industrial
work: tenant build-outs, warehouse distribution centers, switchgear and service
upgrades to 4000A, fire alarm and lighting controls. I run crews of 6 to 20,
lay out the job, order material, and keep the GC and the inspector happy.

EXPERIENCE
Electrical Foreman - Prairie Line Electric Co., Romeoville, IL        2016 - present
- Foreman on 30+ projects up to $4.2M electrical contract value, including a 620,000
  sq ft cold-storage warehouse with 2x 3000A services.
- Crew scheduling, daily reports, 3-week look-aheads, RFIs and change-order backup.
- Pull permits, schedule rough and final inspections; zero failed finals last 3 years.
- Mentor 1st-4th year apprentices; run weekly toolbox talks.

Journeyman Electrician - Prairie Line Electric Co.                     2008 - 2016
- Conduit (EMT/rigid/PVC), MC, panel terminations, motor controls, VFDs.

Apprentice Electrician - IBEW/NECA JATC                                 2003 - 2008

ALSO
Evening instructor, 3rd-year apprentice class (NEC code and motor controls),
JATC training center, 2019 - present (part time, two nights a week).

EDUCATION
Joliet Junior College coursework, Electrical Technology
Completed 5-year IBEW/NECA inside wireman apprenticeship, 2008

TOOLS / SYSTEMS
Procore, Bluebeam, Fluke meters, megger testing, Greenlee benders, NEC 2020/2023.
"""),

R("d06", "skilled_trades", "mid", "Stationary Engineer", "Abdirahman Hersi Warsame", "Minneapolis, MN",
  ["Stationary Engineer", "Boiler Operator", "Building Operating Engineer", "Facilities Mechanic"],
  ["Minneapolis, MN", "St. Paul, MN", "Bloomington, MN"], False, 70000, """
ABDIRAHMAN HERSI WARSAME
Minneapolis, MN 55406 · (612) 555-0171 · a.warsame@example.com

OBJECTIVE
Licensed stationary engineer seeking a shift engineer or boiler operator position in a
hospital, campus, or district-energy plant.

LICENSES
Minnesota Department of Labor and Industry - 2nd Class Engineer, Grade A (Boilers), 2022
Minnesota Special Engineer license (earlier), 2019
EPA 608 Universal refrigerant certification; OSHA 10

EXPERIENCE
Stationary Engineer, Facilities Management - Physical Plant
North Star State University, Minneapolis campus                     2022 - present
• Rotating shift engineer in a central steam plant: three 600 HP water-tube boilers,
  deaerator, condensate return, chemical feed.
• Hourly rounds and logs, water testing, blowdowns, burner light-offs and
  combustion checks; respond to building alarms across 40 buildings via Siemens
  Desigo BAS.
• Preventive maintenance on pumps, air compressors, chillers (York centrifugal),
  cooling towers; work orders in AiM CMMS.

Building Maintenance Engineer
Nicollet Commons Tower (Class A office, 27 floors), Minneapolis                 2019 - 2022
• Low-pressure boilers, AHU filter and belt changes, VAV troubleshooting,
  plumbing repairs, tenant service calls.

Maintenance Helper, apartment management company                        2016 - 2019

EDUCATION
Diploma, Power Plant Engineering / HVAC-R, Twin Cities technical college, 2018
High school diploma, Roosevelt High School, 2014

LANGUAGES
English, Somali (fluent)
"""),
]
