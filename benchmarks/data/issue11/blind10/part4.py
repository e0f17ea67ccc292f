"""blind10 records j24-j30 (typed by hand)."""
from common import rec

RECORDS = [
rec("j24", "design_ux", "senior", "Associate, Interior Design", "Celeste Montague-Ibe", "Fayetteville, AR",
    ["Senior Interior Designer", "Interior Design Project Manager", "Interior Designer"], ["Fayetteville, AR", "Bentonville, AR", "Tulsa, OK"], False, 78000,
    "firm title 'Associate' (not entry); architecture pull", "chronological", """
CELESTE MONTAGUE-IBE, NCIDQ
Fayetteville, AR | celeste.mi@example.com | (479) 555-0110 | portfolio on request

Commercial interior designer, 9 years, NCIDQ certified and registered in Arkansas. "Associate" at my firm is a recognition title for senior designers - I lead interiors on my projects but do not supervise staff. Looking for a senior interior designer role in healthcare, higher-ed or workplace design.

EXPERIENCE
Associate, Interior Design - Ozark Lantern Architects, Fayetteville, AR - 2021 to now (Interior Designer 2017-2021)
- Interiors lead on 14 projects from programming through construction administration: a 42-bed rural hospital addition, university student center, two bank headquarters, three clinics.
- Space planning, finish and furniture specifications, reflected ceiling plans and millwork details in Revit; coordinate with the architects and MEP engineers.
- Infection-control and cleanability criteria for healthcare finishes (FGI guidelines), ADA/ANSI A117.1 clearances.
- Run furniture bids ($2.3M student center FF&E package), punch lists and move-in.
- Present finish boards and renderings (Enscape) to clients and user committees.

Junior Interior Designer - Harmon Workplace Interiors (furniture dealer), Tulsa, OK - 2015 to 2017
- Office furniture layouts and specifications in CAP/20-20 and AutoCAD; showroom client meetings.

Design Intern - Crossroads Architecture, Springfield, MO - Summer 2014

EDUCATION
B.I.D. Interior Design, University of Arkansas, Fay Jones School, 2015

CERTIFICATIONS
NCIDQ (2019) · Arkansas Registered Interior Designer · LEED AP ID+C · WELL AP (2024) · EDAC (Evidence-based Design Accreditation)

SOFTWARE
Revit, AutoCAD, Enscape, SketchUp, Adobe InDesign/Photoshop, Bluebeam, Bluebeam Studio sessions with contractors
"""),
rec("j25", "sales", "mid", "Account Executive II", "Marcus Delacroix-Yates", "Paducah, KY",
    ["Account Executive", "Advertising Sales Representative", "Senior Account Executive"], ["Paducah, KY", "Cape Girardeau, MO"], False, 50000,
    "numbered title; media sales (marketing pull); ex-bank teller", "chronological", """
MARCUS DELACROIX-YATES
Paducah, KY  ·  (270) 555-0172  ·  marcus.dy@example.com

Local advertising sales, 4 years. I sell radio, streaming and event sponsorships to small businesses in western Kentucky and southern Illinois, and I carry my own quota. Looking for an account executive role in media, B2B services or insurance with a real commission plan.

EXPERIENCE
Account Executive II - Four Rivers Broadcasting (5 radio stations + digital), Paducah, KY - 2024 to now
- Book of 70 active advertisers: car dealers, HVAC companies, banks, restaurants, two hospitals.
- 2025 billing $812K, 109% of quota; new-business billing $260K (top of a 7-person team).
- Prospect 40-50 new businesses a month by walk-ins and calls; write proposals and schedules in Salesforce and WideOrbit.
- Sold the title sponsorship for the summer barbecue festival ($48K) and built the first streaming-audio packages the stations offered.
- I write the spot copy with the production director but do not run campaigns - the client's marketing is theirs.

Account Executive I - Four Rivers Broadcasting - 2022 to 2024
- Inherited a small list of 22 accounts; grew it to 45.

Bank Teller, then Personal Banker - Purchase Area Bank, Mayfield, KY - 2019 to 2022
- Opened accounts, cross-sold credit cards and CDs; ranked #2 in branch referrals.

EDUCATION
B.S. Business Administration (Marketing), Murray State University, 2019

SKILLS
Prospecting and cold calls, needs analysis, proposals, negotiating annual contracts, Salesforce, WideOrbit, Canva for one-sheets, Excel

LICENSES
Kentucky Property & Casualty insurance license (2026) - getting ready for a possible move into insurance sales
"""),
rec("j26", "marketing_communications", "executive", "Director of Marketing & Communications", "Helena Achterberg", "Hays, KS",
    ["Director of Marketing and Communications", "Vice President of Marketing", "Chief Communications Officer"], ["Hays, KS", "Salina, KS", "Remote (US)"], True, 110000,
    "director in a rural health system (nursing/allied pull)", "chronological", """
HELENA ACHTERBERG
Hays, KS | helena.achterberg@example.com | 785-555-0145

Marketing and communications director for a rural health system in western Kansas: one 100-bed regional hospital, four critical access hospitals, 22 clinics. I report to the CEO, sit on the executive team, and lead a department of 7. Looking for a director or VP of marketing/communications role.

EXPERIENCE
Director of Marketing & Communications - High Plains Health System, Hays, KS - 2019 to present
- Lead a team of 7: 2 marketing managers, a graphic designer, a web/digital specialist, a videographer, a foundation writer and a physician-liaison.
- Budget of $1.6M; moved 40% of spending from print and billboards to search, streaming and targeted social.
- Rebranded five legacy hospital names under one system brand in 2021 (signage for 31 sites, new website, community meetings in every county).
- Spokesperson and crisis communications during COVID-19, a 2023 ransomware outage and a 2024 tornado; press, staff and community updates daily.
- Physician recruitment marketing: campaign helped fill 9 of 12 open provider slots in two years.
- Service-line campaigns (orthopedics, cancer center, OB): orthopedic surgical volume up 22%.

Marketing Manager - Smoky Hill Regional Medical Center, Salina, KS - 2013 to 2019
Communications Specialist - Fort Hays State University, University Relations - 2009 to 2013
Reporter - Hays Daily Ledger - 2006 to 2009

EDUCATION
M.S. Strategic Communication, Kansas State University, 2014
B.A. Journalism, University of Kansas, 2006

AFFILIATIONS & CERTIFICATIONS
Accredited in Public Relations (APR), 2016 · Board member, Kansas Hospital Marketing Society · FEMA ICS 100/200/700, PIO training

SKILLS
Brand strategy, crisis communications, media relations, digital advertising, budget, team leadership, board and executive presentations
"""),
rec("j27", "human_resources", "executive", "Assistant Chief of Staff, G-1 (Personnel), U.S. Army (retired)", "Reginald Abernathy-Cho", "Lawton, OK",
    ["Director of Human Resources", "Vice President, Human Resources", "HR Director"], ["Lawton, OK", "Oklahoma City, OK", "Wichita Falls, TX"], False, 115000,
    "military-to-civilian; G-1 = HR", "chronological", """
REGINALD ABERNATHY-CHO, SPHR
Lawton, OK · reginald.ac@example.com · (580) 555-0186

Retired Army Lieutenant Colonel (22 years) moving into civilian HR leadership. As a division G-1, I was the senior personnel officer for a 14,000-soldier command - the Army's equivalent of an HR director - with a staff of 45. Looking for Director of HR / VP HR roles with a hospital system, manufacturer, tribal government or county.

MILITARY EXPERIENCE (HR)
Assistant Chief of Staff, G-1 (Personnel) - Fires Division HQ, Fort Sill, OK - 2022 to 2026
- Led a personnel section of 45 (officers, NCOs, 6 civilian HR specialists). Staffing, promotions, evaluations, awards, casualty and family support programs for 14,000 soldiers.
- Owned manning plans - kept units at 94%+ strength through two deployments.
- Advised the commanding general on discipline, equal opportunity and sexual harassment cases; worked with the staff judge advocate.
- Rolled out the Army's new HR system (IPPS-A) across the division - 14,000 records, 600 trained users.

Battalion Executive Officer and S-1 roles - Fort Bliss, Germany, Fort Sill - 2004 to 2022
- Human resources officer at battalion and brigade; led teams of 8 to 20.

CIVILIAN BRIDGE
SkillBridge Fellow, Human Resources - Comanche Ridge Health (regional hospital), Lawton - Feb to Jun 2026
- Shadowed the VP of HR: benefits renewal, union-free employee relations, nurse recruitment and retention plan.

EDUCATION
M.A. Human Resource Management, Webster University, 2012
B.S. Sociology, Oklahoma State University, 2004

CERTIFICATIONS
SPHR (HRCI), 2025 · SHRM-SCP, 2026 · Army Human Resources Officer qualification

SKILLS
Workforce planning, employee relations, EEO/investigations, HRIS rollouts, policy writing, leading large teams, budgets
"""),
rec("j28", "customer_support", "entry", "Front Desk Agent (former)", "Bethany Oyelaran", "Laurel, MS",
    ["Customer Service Representative I", "Member Services Representative", "Call Center Representative"], ["Laurel, MS", "Remote (US)"], True, 28000,
    "returning after gap; part-time; functional; very short; hospitality pull", "functional", """
BETHANY OYELARAN
Laurel, MS - (601) 555-0158 - bethany.oyelaran@example.com

Looking for a part-time (20-30 hrs) customer service representative job, in person or from home. Back in the workforce after five years home with my children; before that, three years at a hotel front desk.

WHAT I CAN DO
Customer service
- Checked in 80-120 guests a shift; handled complaints, billing disputes and room moves calmly.
- Answered the phone line for reservations and the hotel restaurant.
Computer and phone
- Opera PMS, Microsoft Word and Excel, Google Docs; type 58 wpm.
- Comfortable with a headset, multiple windows and chat.
Organization
- Balanced the cash drawer and credit card batch every night; wrote the shift log for the manager.
- Keep the books, sign-in sheets and the calendar for our church food pantry (volunteer, 2022 to now).

WORK HISTORY
Front Desk Agent - Magnolia Suites Hotel, Laurel, MS - 2018 to 2021
Cashier - Dollar Depot, Ellisville, MS - 2016 to 2018
Home with family - 2021 to 2026

TRAINING
Customer Service Fundamentals, Jones College workforce center, 2026 (8 weeks, evenings)
Microsoft Excel basics certificate, 2026

Available weekdays 8am-2pm; weekends if needed. I have reliable internet and a quiet room at home for remote work, and I am happy to take an assessment or a typing test.
"""),
rec("j29", "public_safety", "executive", "Emergency Management Director", "Tomasz Nakagawa-Reid", "Elko, NV",
    ["Emergency Management Director", "Director of Emergency Services", "Deputy Director, Emergency Management"], ["Elko, NV", "Reno, NV", "Boise, ID"], False, 98000,
    "director of a county office; long certifications; fire background", "certifications-heavy", """
TOMASZ NAKAGAWA-REID
Elko, NV · tomasz.nr@example.com · (775) 555-0193

Emergency management director for a rural county of 17,000 square miles. 20 years in fire and emergency services; 8 as director. I report to the county manager and run the emergency operations center.

EXPERIENCE
Emergency Management Director - Elko County Office of Emergency Management, Elko, NV - 2018 to present
- Lead the office (deputy director, 2 planners, a grants coordinator) and the EOC of 40 trained county staff.
- Managed EOC activations for the 2019 and 2024 wildfires (3 towns evacuated), a 2021 flood and a 2023 mine-site hazmat release.
- Wrote and maintain the county EOP, hazard mitigation plan (FEMA-approved 2022) and continuity plans for 11 departments.
- Brought in $6.8M in FEMA, state and mining-company grants; own EMPG and HMGP reporting.
- Chair the Local Emergency Planning Committee; liaison to tribal governments, BLM and the mines.

Fire Captain / Training Officer - Elko Fire Protection District - 2009 to 2018
Firefighter/EMT - Winnemucca Volunteer Fire Department - 2006 to 2009

EDUCATION
M.A. Homeland Security and Emergency Management, University of Nevada, Reno (online), 2017
B.S. Fire Science, Western Nevada College, 2010

CERTIFICATIONS
- Certified Emergency Manager (CEM), IAEM, 2019
- FEMA National Emergency Management Advanced Academy, 2021
- FEMA Professional Development Series
- ICS 100, 200, 300, 400, 700, 800
- All-Hazards Incident Commander (Type 3)
- HSEEP exercise practitioner
- Hazardous Materials Technician
- Nevada Fire Officer II and Fire Instructor II
- Public Information Officer (G0290/G0291)
- EMT-Basic (lapsed 2020)
- Red Card (NWCG) - Division/Group Supervisor trainee
"""),
rec("j30", "science_lab", "executive", "Laboratory Director, State Public Health Laboratory", "Anjali Fairbanks-Okoye", "Burlington, VT",
    ["Public Health Laboratory Director", "Director of Laboratory Sciences", "Chief Science Officer"], ["Burlington, VT", "Albany, NY", "Concord, NH"], False, 135000,
    "director; clinical lab (allied_health pull)", "chronological", """
ANJALI FAIRBANKS-OKOYE, Ph.D., D(ABMM)
Burlington, VT | anjali.fo@example.com | (802) 555-0112

Public health microbiologist and laboratory director. I direct a state public health laboratory of 58 staff (microbiology, chemistry, newborn screening, environmental testing) and hold the CLIA director role. Looking for a public health laboratory director or science director role in New England or New York.

EXPERIENCE
Laboratory Director - Green Mountain State Public Health Laboratory, Burlington - 2019 to present
- Lead 4 section chiefs and 58 staff; $11M operating budget plus $7M in CDC ELC and PHEP grants.
- CLIA laboratory director and Select Agent responsible official; passed CAP, CLIA and FSAP inspections with no major findings.
- Stood up SARS-CoV-2 PCR and sequencing in 2020 (from 0 to 2,400 tests a day in eight weeks); now run wastewater surveillance for 23 towns.
- Added PFAS testing in drinking water (EPA 533) with the chemistry chief.
- Represent the lab to the health commissioner, legislature and APHL.

Microbiology Section Chief - same laboratory - 2013 to 2019
- Supervised 14 scientists; TB, enteric and Legionella testing; PulseNet whole-genome sequencing.

Postdoctoral Fellow, CDC/APHL Emerging Infectious Diseases Fellowship - New York State public health lab, Albany, NY - 2011 to 2013

EDUCATION
Ph.D. Microbiology, University of Vermont, 2011
B.S. Biology, Bates College, 2005

CERTIFICATIONS
Diplomate, American Board of Medical Microbiology, D(ABMM) · High-Complexity Laboratory Director (HCLD, ABB) · Select Agent Responsible Official

NOTE
I am not a clinical lab technologist and not looking for hospital lab bench or manager jobs.
"""),
]
