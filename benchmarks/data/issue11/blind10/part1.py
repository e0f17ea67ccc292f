"""blind10 records j01-j08 (typed by hand)."""
from common import rec

RECORDS = [
rec("j01", "allied_health", "mid", "Registered Dental Hygienist (part-time)", "Marisol Okafor-Lind", "Ames, IA",
    ["Dental Hygienist", "Registered Dental Hygienist", "Lead Dental Hygienist"], ["Ames, IA", "Boone, IA"], False, 62000,
    "part-time; hygienist vs assistant", "chronological", """
MARISOL OKAFOR-LIND, RDH
Ames, IA  |  marisol.ol@example.com  |  (515) 555-0132

Registered dental hygienist, licensed in Iowa since 2022. I currently split my week between two general practices and would like one practice, four days, with a consistent patient schedule.

EXPERIENCE
Registered Dental Hygienist (part-time, Tue/Thu) - Prairie Oak Family Dentistry, Ames, IA - 2023 to now
- 8-9 patients a day: adult prophys, scaling and root planing by quadrant, perio charting, localized Arestin.
- Take and read bitewings/FMX on Dexis; flag findings for the dentist before the exam.
- Started the practice's recall list clean-up in Dentrix; unscheduled hygiene went from 31% to 19%.

Registered Dental Hygienist (part-time, Mon/Wed/Fri am) - Story County Smiles, Nevada, IA - 2022 to now
- Pediatric and adult prophy, sealants, fluoride varnish, nutritional counseling for kids in the school sealant day.
- Local anesthesia (Iowa permit) for SRP cases.

Dental Assistant - Prairie Oak Family Dentistry - 2017 to 2020
- Chairside four-handed assisting, sterilization, impressions, temporary crowns, coronal polish. This is how I found hygiene; I am not looking to go back to assisting.

EDUCATION & LICENSE
A.A.S. Dental Hygiene, Des Moines Area Community College, 2022 (clinic rotations at the DMACC dental clinic, 600+ clinical hours)
Iowa RDH license, local anesthesia & nitrous oxide permits
CPR/BLS (AHA), current
Certified Dental Assistant (DANB), 2018 - lapsed on purpose

SKILLS
Dentrix, Dexis, Cavitron and hand scaling, intraoral camera, perio charting, patient education in English and Spanish
"""),
rec("j02", "allied_health", "entry", "Pharmacy Technician Trainee", "Devonte Haskins", "Dothan, AL",
    ["Pharmacy Technician", "Certified Pharmacy Technician", "Pharmacy Clerk"], ["Dothan, AL", "Enterprise, AL"], False, 31000,
    "new grad with externship; pharm tech vs pharmacist; very short", "chronological", """
Devonte Haskins
Dothan, AL 36301 - (334) 555-0148 - devonte.haskins@example.com

Goal: full-time pharmacy technician job (retail or hospital outpatient). Not a pharmacist and not in pharmacy school - I want to be a good tech first.

CERTIFICATION
PTCB Certified Pharmacy Technician (CPhT), passed Oct 2026
Alabama Board of Pharmacy technician registration (trainee, now converting to CPhT)

TRAINING
Pharmacy Technician Certificate, Wallace Community College, 2026
Externship, 160 hrs - Hometown Drugs, Headland, AL: counted and labeled scripts, entered new Rx under the pharmacist's check, ran insurance rejections, worked the drive-thru register, did the weekly C-II count with the pharmacist in charge.

WORK
Pharmacy Technician Trainee (part-time) - Wiregrass Discount Pharmacy, Dothan - Aug 2026 to now
Data entry in PioneerRx, refill queue, returning to stock, calling prescribers for refill authorizations, OTC aisle.

Cashier / Stocker - Wiregrass Foods, Dothan - 2023 to 2026
Opened the store three days a week, trained new cashiers on the register, handled returns and the lottery counter. Employee of the month twice.

References: the PIC at Hometown Drugs and my store manager, on request.

Skills: PioneerRx, counting tray, NDC checks, Medicare Part D rejections, customer line, reading a sig, days-supply math, HIPAA basics.
"""),
rec("j03", "nursing", "entry", "Certified Medical Assistant", "Kaylee Runningwater", "Bismarck, ND",
    ["New Graduate Registered Nurse", "RN Residency", "Registered Nurse - Med/Surg"], ["Bismarck, ND", "Mandan, ND"], False, 64000,
    "new-grad RN, ex medical assistant; clinical placements", "chronological", """
KAYLEE RUNNINGWATER
Bismarck, ND | (701) 555-0119 | k.runningwater@example.com

New graduate nurse (BSN, December 2026; NCLEX-RN scheduled January 2027) looking for a new-grad RN residency in med/surg or progressive care. Three years as a certified medical assistant in family medicine before and during nursing school.

EDUCATION
Bachelor of Science in Nursing - University of Mary, Bismarck, ND - Dec 2026
Clinical placements (all supervised by RN preceptors / faculty):
- Med/Surg, Missouri River Medical Center, 6 West - 120 hrs; capstone preceptorship, 4-patient assignment by week 10
- Progressive care (step-down) - 90 hrs; telemetry, titrating heparin under the protocol with preceptor co-sign
- Labor & Delivery / Mother-Baby - 72 hrs
- Behavioral health, state hospital, Jamestown - 60 hrs
- Community health, Standing Rock clinic outreach - 48 hrs, blood pressure screenings and diabetes teaching

EXPERIENCE
Certified Medical Assistant - Missouri Slope Family Clinic, Bismarck - 2021 to 2024 (full-time), 2024 to 2026 (weekends)
- Roomed 25-30 patients a day for two family physicians: vitals, med reconciliation, POC A1c and strep, EKGs, injections and vaccines per standing orders.
- Phlebotomy and specimen processing; prior-auth phone calls; Epic in-basket.
- Not a nursing role - MAs at the clinic work under the physician and do not assess or triage.

Dietary Aide - Edgewood Senior Living - 2019 to 2021

CERTIFICATIONS
CMA (AAMA), 2021 | BLS, ACLS (student) | CPI de-escalation

SKILLS
Epic, Pyxis, IV starts (lab + 14 on patients under supervision), head-to-toe assessment, patient teaching, Lakota basics
"""),
rec("j04", "nursing", "mid", "Staff Nurse, Orthopedics/Surgical (2014-2020)", "Theresa Van Wyk", "Keene, NH",
    ["Registered Nurse - Per Diem", "Staff Nurse", "Charge Nurse"], ["Keene, NH", "Brattleboro, VT"], False, 78000,
    "returning after 6-yr gap; per diem", "chronological", """
Theresa Van Wyk, RN
Keene, NH  -  theresa.vanwyk@example.com  -  603-555-0176

Registered nurse returning to practice after six years at home with three kids. My NH license stayed active (renewed 2023 and 2025) and I finished an RN refresher course this fall. Looking for per-diem or part-time (24-36 hrs) staff RN work - med/surg, ortho or outpatient surgery - with day or evening shifts.

RETURN-TO-PRACTICE
RN Refresher Program, Keene State College / Cheshire Regional Medical Center - Aug to Nov 2026
- 80 hrs theory + 120 precepted clinical hours on the surgical floor; Epic refresher; new IV pump library; updated sepsis and CAUTI bundles.

NURSING EXPERIENCE
Staff Nurse, Orthopedics/Surgical - Monadnock Valley Hospital, Peterborough, NH - 2014 to 2020
- 5-6 post-op joints, spines and hip fractures per 12-hr shift; PCA and nerve-block catheters, early mobility with PT, discharge teaching.
- Relief charge nurse about one shift in four from 2017 (bed flow, assignments for 7 RNs and 3 LNAs).
- Unit preceptor for 9 new grads; on the falls committee (unit falls down 40% over two years).

Staff Nurse, Med/Surg - Cheshire Regional Medical Center, Keene - 2011 to 2014

Licensed Nursing Assistant - Maplewood Nursing Home, Westmoreland - 2008 to 2011 (through nursing school)

2020 - 2026: Full-time parent. PTO board treasurer; volunteer first-aid tent at the county fair.

EDUCATION
A.S.N., River Valley Community College, 2011 | B.S.N. (online), Southern NH University, 2016

LICENSES & CERTIFICATIONS
NH RN license (active) | BLS (current) | ACLS (renewal booked Jan 2027) | ONC orthopaedic nurse certification 2018 - lapsed
"""),
rec("j05", "social_work", "mid", "Case Manager II", "Ramón Ellsworth", "Yakima, WA",
    ["Case Manager", "Social Worker", "Senior Case Manager"], ["Yakima, WA", "Ellensburg, WA"], False, 56000,
    "numbered title; case manager vs social worker vs program manager", "chronological", """
RAMÓN ELLSWORTH
Case Manager II · Yakima, WA · ramon.ellsworth@example.com · (509) 555-0163

PROFILE
Bilingual (Spanish/English) case manager with four years in county adult and aging services. I carry my own caseload, do home visits in the Lower Valley, and want to keep doing direct case management - not program management.

EXPERIENCE
Case Manager II - Yakima County Area Agency on Aging - Mar 2024 to now
- Caseload of 58 older adults and adults with disabilities on COPES / Medicaid in-home care; annual CARE assessments and service plans.
- Home visits in Wapato, Toppenish, Granger and Sunnyside (about 400 miles a month).
- Adult Protective Services referrals when I see self-neglect or exploitation; coordinate with APS investigators, never investigate myself.
- Help clients apply for SNAP, energy assistance and Medicare Savings Programs; track everything in GetCare.
- Mentor two Case Manager I staff on assessments (not their supervisor).

Case Manager I - same agency - Jun 2022 to Mar 2024
- Caseload of 40; intake screening on the Aging & Disability Resource line.

Family Support Worker (AmeriCorps) - Lower Valley Community Action, Toppenish - 2021 to 2022
- Parenting classes and home visits with farmworker families.

EDUCATION
B.A. Social Work, Central Washington University, 2021 (field placement: Yakima Valley Memorial hospice, 450 hrs)
Working on: MSW (advanced standing, part-time), Eastern Washington University - expected 2027

TRAINING
DSHS Case Manager core training · Mental Health First Aid · Dementia Capable Care · Motivational interviewing (16 hrs)

SKILLS
Home visiting, CARE assessment, benefit applications, care transitions, documentation to Medicaid standards, Spanish
"""),
rec("j06", "social_work", "senior", "Therapist (part-time)", "Hollis Brennan-Takeda", "Missoula, MT",
    ["Licensed Professional Counselor", "Mental Health Therapist", "Clinical Supervisor"], ["Missoula, MT", "Remote (US)"], True, 68000,
    "counselor vs program manager; long certifications section; part-time", "certifications-heavy", """
HOLLIS BRENNAN-TAKEDA, LCPC
Missoula, MT | (406) 555-0105 | hollis.bt@example.com

Licensed clinical professional counselor, 9 years post-master's. Adults and adolescents; trauma, anxiety, co-occurring substance use. Looking for a full-time therapist position (in person or telehealth within Montana); happy to supervise counselor licensure candidates on the side, but I do not want a program director job.

CLINICAL EXPERIENCE
Therapist (part-time, 20 clients/week) - Bitterroot Counseling Collective, Missoula - 2021 to now
Individual and family therapy, EMDR, DBT skills groups; telehealth for clients in Seeley Lake and Superior.

Outpatient Therapist - Clark Fork Mental Health Center - 2017 to 2021
Caseload of 35 adults; co-occurring SUD; crisis assessments at the ER two nights a month.

Program Coordinator, Adolescent IOP - same center - 2019 to 2021 (alongside caseload)
Scheduled groups, ran intake meetings, handled Medicaid authorizations. No staff reported to me.

Counselor Intern / Licensure Candidate - Missoula County Public Schools - 2015 to 2017

EDUCATION
M.A. Clinical Mental Health Counseling, University of Montana, 2015
B.A. Psychology, Gonzaga University, 2012

LICENSES & CERTIFICATIONS
- Licensed Clinical Professional Counselor (LCPC), Montana #5521, 2017
- Licensed Addiction Counselor (LAC), Montana, 2019
- National Certified Counselor (NCC), NBCC
- EMDR Therapist, EMDRIA-approved basic training, 2020
- DBT Intensive Training, Behavioral Tech, 2018
- Trauma-Focused CBT (TF-CBT) certified therapist, 2019
- Certified Clinical Trauma Professional (CCTP), 2022
- QPR suicide prevention gatekeeper instructor
- Approved supervisor for LCPC candidates (MT Board), 2023
- Telehealth certification (BC-TMH), 2021
- CPR / First Aid, current
"""),
rec("j07", "policy_program", "mid", "Program Manager II", "Adaeze Lindqvist", "Augusta, ME",
    ["Program Manager", "Program Manager II", "Grants Program Manager"], ["Augusta, ME", "Portland, ME", "Remote (US)"], True, 64000,
    "numbered title; program manager vs social work/finance", "chronological", """
Adaeze Lindqvist
Augusta, ME - adaeze.lindqvist@example.com - (207) 555-0188

PROGRAM MANAGER II, MAINE STATE HOUSING AUTHORITY (2024 - present)
Weatherization and Home Repair Programs
- Run the state's $14M/yr home repair grant program through 10 community action agencies: contracts, quarterly monitoring visits, corrective action plans.
- Wrote the 2025 program rules update (public comment period, 41 comments, response memo to the board).
- Track production and spending against the DOE and HHS plans; I own the monthly dashboard the finance team pulls from.
- No direct reports; I coordinate two monitoring specialists on site visits.

PROGRAM COORDINATOR, KENNEBEC COMMUNITY ACTION PARTNERSHIP (2022 - 2024)
- Coordinated the emergency heating assistance program for two counties (about 3,100 households a winter): intake schedules, vendor payments, eligibility file reviews.
- Not a caseworker role - I worked with the intake staff, not directly with households.

AMERICORPS VISTA, MAINE HOUSING COALITION (2021 - 2022)
- Built a landlord outreach list and a one-page guide to the housing voucher program.

EDUCATION
M.P.P., University of Southern Maine, Muskie School, 2022
B.A. Political Science, Bates College, 2020

SKILLS
Grant and subrecipient monitoring (2 CFR 200), program rules and policy memos, contract management, Excel (pivots, XLOOKUP), Smartsheet, public meetings, writing for a board
"""),
rec("j08", "policy_program", "entry", "Graduate Policy Fellow", "Benedikt Osei", "Albany, NY",
    ["Policy Analyst I", "Legislative Analyst", "Research Analyst"], ["Albany, NY", "Troy, NY"], False, 55000,
    "new grad, internships only; policy vs data analyst", "chronological", """
BENEDIKT OSEI
Albany, NY · (518) 555-0124 · benedikt.osei@example.com

Master of Public Administration graduate (Dec 2026) seeking a first policy analyst role in state government or a nonpartisan research group. My work so far is fellowships and internships.

EDUCATION
M.P.A., Rockefeller College, University at Albany (SUNY), Dec 2026 - concentration in public finance and health policy
Capstone: "Who loses when a county nursing home closes?" - 38-page report for the NY Association of Counties.
B.A. Economics and Africana Studies, Siena College, 2024

FELLOWSHIP & INTERNSHIPS
Graduate Policy Fellow - NYS Senate Finance Committee staff - Jan to Dec 2026
- Drafted 14 bill memos and two budget hearing briefs on Medicaid long-term care.
- Pulled and cleaned county-level spending data from Open Book NY for the committee analyst.

Policy Intern - Citizens Budget Advisory Project (nonprofit) - Summer 2025
- Wrote a 6-page brief on school aid formula changes; built the tables in Excel and Stata.

Research Intern - Siena College Research Institute - 2023 to 2024
- Checked survey crosstabs, coded open-ended answers.

SKILLS
Policy memos and briefs, legislative research (bill tracking, fiscal notes), Stata, R (tidyverse basics), Excel, Tableau Public, survey data, plain-language writing.
I know enough statistics to read a regression table; I am applying to policy analyst jobs, not data analyst jobs.

ACTIVITIES
Student representative, Rockefeller College curriculum committee · Volunteer tax preparer (VITA), 2025 season
"""),
]
