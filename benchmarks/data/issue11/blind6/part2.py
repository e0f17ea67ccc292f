"""Hand-written records f09-f16."""
from common import add

add("f09", "education", "mid", "Adjunct ESL Instructor (part-time)", "Mateo Ilunga", "Portland, OR",
    ["ESL Instructor", "English Language Instructor - Full Time", "Adult Education Teacher"],
    ["Portland, OR", "Beaverton, OR", "Vancouver, WA"], False, 52000,
    "part-time, two concurrent jobs", "plain", """
Mateo Ilunga, M.A. TESOL
Portland, OR | 503-555-0108 | mateo.ilunga@example.com

Adult ESL instructor, four years of part-time teaching at two community colleges (usually
3-4 sections per term combined). Seeking a full-time ESL / adult basic education instructor
position.

TEACHING EXPERIENCE
Adjunct ESL Instructor (part-time) - Willamette Crest Community College     2021 - present
- Levels 2-5 integrated skills and academic writing; 20-25 adult learners per section.
- Wrote the department's Level 3 writing rubric and a shared bank of 40 reading units.
- CASAS pre/post testing; 71% of my Level 3 students gained a level in 2023-24 (dept. 58%).

Adjunct ESL Instructor (part-time) - Columbia Gorge Community College       2022 - present
- Evening "English for the Workplace" for warehouse and healthcare employees (employer-paid).
- Hybrid delivery in Canvas; recorded pronunciation mini-lessons.

English Teacher (contract) - Lycée Bonne Espérance, Lubumbashi, DRC         2016 - 2019
- English as a foreign language, grades 10-12; prepared students for the state exam.

Tutor / Conversation Partner Coordinator (graduate assistantship)           2019 - 2021
- Cascadia Pacific University Intensive English Program; scheduled 60 volunteer partners.

EDUCATION
M.A. TESOL, Cascadia Pacific University, 2021
B.A. English Language and Literature, Université Lualaba-Sud, 2015

CERTIFICATIONS & SKILLS
Oregon CASAS certified test administrator; CELTA (2018)
Canvas, Google Classroom, Quizlet, Padlet
Languages: French, Swahili, Lingala (native/fluent); English (C2)
""")

add("f10", "hospitality", "mid", "Line Cook", "Kenji Abernathy-Reyes", "Chicago, IL",
    ["Line Cook", "Lead Line Cook", "Sous Chef (junior)"],
    ["Chicago, IL", "Evanston, IL", "Oak Park, IL"], False, 42000,
    "kitchen ladder", "plain", """
KENJI ABERNATHY-REYES
Chicago, IL 60622 / 773-555-0114 / kenji.ar@example.com

Line cook, 3+ years on busy lines (sauté, grill, garde manger). Looking for a line or lead
line position in a scratch kitchen where I can learn toward sous chef.

KITCHEN EXPERIENCE
Line Cook - Harrow & Hearth, West Loop (180 covers weeknights, 320 Saturdays)   2022 - present
- Sauté station lead on Friday/Saturday; pan sauces, fish, pasta; 6-burner + salamander.
- Open and close the station: prep lists, par sheets, FIFO labeling, temp logs.
- Trained 4 new line cooks on sauté; cover grill when short.
- Help the sous chef with Sunday inventory counts and produce orders.

Prep Cook -> Line Cook - Little Comal Taqueria, Pilsen                           2020 - 2022
- Prep for 3 stations, salsas and masa; moved to flat-top and fryer after 8 months.

Dishwasher / Prep - Lakeview Diner                                              2019 - 2020

EDUCATION & CERTIFICATIONS
Culinary Arts Certificate, Lakeshore City Colleges (evening program), 2022
Illinois Food Handler; ServSafe Manager (2024); allergen awareness

SKILLS
Knife skills, butchery of poultry and whole fish, mother sauces, Mexican and Japanese home
cooking, ticket times under 12 minutes on sauté, Toast KDS, Spanish (kitchen-fluent)

AVAILABILITY
Nights and weekends; can start 2 weeks after offer. Own knives.
""")

add("f11", "hospitality", "lead", "Front Office Manager", "Yolanda Przybylski", "Savannah, GA",
    ["Front Office Manager", "Assistant General Manager - Hotel", "Rooms Division Manager"],
    ["Savannah, GA", "Charleston, SC", "Hilton Head, SC"], False, 62000,
    "front office ladder (night auditor to FOM)", "plain", """
Yolanda Przybylski
Savannah, GA | 912-555-0126 | yolanda.przybylski@example.com

Hotel front office manager with 9 years in full-service and select-service hotels, starting on
the night audit desk. Manage a team of 11 (2 supervisors, 7 agents, 2 night auditors).
Looking for a Front Office Manager or Assistant General Manager role.

HOTEL EXPERIENCE
Front Office Manager - The Tybee Row Hotel (212 rooms, full service), Savannah   2021 - present
- Hire, schedule, train and evaluate 11 front desk staff; payroll approvals in ADP.
- Cut agent turnover from 70% to 38% with a cross-training and incentive plan.
- Upsell program at check-in: +$41K room revenue in 2023.
- Run the manager-on-duty rotation 2 nights a week; guest recovery and group arrivals.
- Partner with revenue manager on overbooking and walk policy; Opera PMS super-user.

Front Desk Supervisor - Riverside Suites by Amberly, Savannah                    2018 - 2021
- Supervised 5 agents per shift; cash audits, key control, shift reports.

Night Auditor - Riverside Suites by Amberly                                     2016 - 2018
- Night audit, rate checks, city ledger postings, solo overnight coverage of 140 rooms.

Front Desk Agent - Coastal Inn Express, Brunswick, GA                           2015 - 2016

EDUCATION
B.S. Hospitality Management (in progress, online, 24 credits remaining),
  Magnolia Coast University
Certified Front Desk Supervisor (AHLEI-type program), 2019

SYSTEMS
Opera PMS, Hotel Key, ADP, Medallia, Excel
""")

add("f12", "legal", "senior", "Senior Associate", "Benedict Oyama-Fairweather", "Boston, MA",
    ["Senior Counsel - Litigation", "Senior Corporate Counsel", "Counsel, Disputes"],
    ["Boston, MA", "Cambridge, MA", "Remote (US)"], True, 185000,
    "law firm ladder, firm-to-in-house", "plain", """
BENEDICT OYAMA-FAIRWEATHER
Boston, MA | 617-555-0133 | b.oyama.fairweather@example.com

Seventh-year commercial litigator at a 120-lawyer Boston firm. I run day-to-day strategy on
contract, trade-secret and product disputes for technology and life-sciences clients and
supervise associates and paralegals on my matters. Seeking an in-house Senior Counsel role
handling litigation and disputes.

EXPERIENCE
Senior Associate - Whitcombe Larkspur LLP, Boston                          2022 - present
Associate                                                                 2018 - 2022
- First chair on two AAA arbitrations (won one, favorable settlement in the other);
  second chair on a 9-day federal jury trial (D. Mass.) over a supply agreement.
- Manage discovery for matters of up to 2.1 million documents; negotiate ESI protocols;
  supervise 3 junior associates, 2 paralegals and a contract review team.
- Took and defended 40+ depositions, including 30(b)(6) and expert witnesses.
- Counsel clients on litigation holds, settlement value and early case assessment.
- Pro bono: asylum matters with a local legal aid organization (3 grants).

Law Clerk - Hon. Marisa Delacroix-Penn, Massachusetts Superior Court       2017 - 2018

EDUCATION
J.D., cum laude, Charlesgate University School of Law, 2017 - Law Review, articles editor
B.A. Economics, Pioneer Valley College, 2013

BAR ADMISSIONS
Massachusetts; New York; U.S. District Court, D. Mass.; First Circuit

SELECTED
Co-author, "Trade secrets after the DTSA: five years of First Circuit cases," Boston
Business Law Quarterly, 2023
""")

add("f13", "legal", "mid", "Paralegal (Immigration)", "Aditi Raghunathan", "Dallas, TX",
    ["Immigration Paralegal", "Senior Paralegal - Immigration", "Paralegal - Business Immigration"],
    ["Dallas, TX", "Irving, TX", "Plano, TX"], True, 62000,
    "Indian English, foreign-trained lawyer", "Indian English", """
ADITI RAGHUNATHAN
Dallas, Texas | Cell: 214-555-0140 | Email: aditi.raghunathan@example.com

PROFILE
Foreign-trained lawyer (LL.B., enrolled advocate in India, 2014) presently working as an
immigration paralegal in the USA since 2021. Total 10 years of legal experience out of which
4 years in US business immigration. Seeking a paralegal / senior paralegal position with
a corporate immigration practice. Not licensed to practise law in the US.

PROFESSIONAL EXPERIENCE
Paralegal (Immigration) | Castellane Barrow PLLC, Dallas | Mar 2021 - till date
- Preparing H-1B, L-1, O-1 petitions and PERM labour certifications for approx. 35 active
  corporate client matters at a time under supervision of attorney.
- Drafting support letters, RFE responses and I-140 exhibits; tracking deadlines in
  INSZoom / LawLogix.
- Coordinating with HR teams of client companies and with foreign nationals on document
  checklists; handled cap season with 180+ H-1B registrations in 2024.

Associate Advocate | Ramaswamy & Iyer Associates, Chennai | 2014 - 2019
- Appeared before City Civil Court and Consumer Forum in civil and consumer matters.
- Drafted plaints, written statements, legal notices and contracts.

Career gap 2019 - 2021 (relocation to USA with spouse; completed paralegal certificate).

EDUCATION
* Paralegal Certificate (ABA-approved program), Trinity Prairie College, 2020
* LL.B. (5-year integrated B.A. LL.B.), Coromandel Law College, Chennai, 2014

SKILLS
INSZoom, LawLogix, Westlaw, MS Office, Adobe Acrobat Pro
Languages: English, Tamil, Hindi
Work authorisation: US permanent resident
""")

add("f14", "public_safety", "executive", "Battalion Chief", "Cornelius Haverkamp", "Spokane, WA",
    ["Fire Chief", "Deputy Fire Chief - Operations", "Fire Chief / Emergency Services Director"],
    ["Spokane, WA", "Eastern Washington", "North Idaho"], False, 155000,
    "fire ladder, acting deputy chief", "plain", """
CORNELIUS "NEIL" HAVERKAMP
Spokane, WA | 509-555-0147 | neil.haverkamp@example.com

Twenty-four years in the fire service, from firefighter to battalion chief, including ten
months as acting Deputy Chief of Operations. Applying for Fire Chief positions with city
departments and fire districts in the Inland Northwest.

CAREER - Spokane Valley Regional Fire Authority (9 stations, 210 personnel)
Acting Deputy Chief, Operations                                     Jan - Oct 2024
- Led operations division (3 battalions, 186 line personnel) during the deputy chief's leave.
- Presented the FY2025 apparatus replacement plan ($7.8M) to the fire board; approved.
- Negotiated minimum-staffing MOU language with IAFF Local leadership.

Battalion Chief, B-Shift                                               2017 - present
- Command of 5 stations and 44 personnel per shift; incident commander on structure fires,
  wildland-urban interface incidents and mass-casualty responses.
- Program manager for the department's wildland and deployment program.

Captain, Station 4                                                     2011 - 2017
Lieutenant                                                             2007 - 2011
Engineer (apparatus operator)                                          2004 - 2007
Firefighter / EMT                                                      2000 - 2004

EDUCATION
M.P.A., Columbia Basin State University, 2019
B.S. Fire Administration, Rimrock State College, 2010
Executive fire officer leadership program (graduate, 2021)

CERTIFICATIONS
Chief Fire Officer (CFO) designation; NIMS ICS-300/400; Washington Fire Officer III;
Incident Commander Type 3 (red card); Paramedic (lapsed 2015), EMT current
""")

add("f15", "public_safety", "senior", "Public Safety Telecommunicator", "Tamsin Okoro-Delgado", "Albuquerque, NM",
    ["Senior 911 Dispatcher", "Communications Training Officer", "Emergency Communications Specialist III"],
    ["Albuquerque, NM", "Rio Rancho, NM", "Santa Fe, NM"], False, 56000,
    "long tenure no title change, 911 dispatch", "plain", """
Tamsin Okoro-Delgado
Albuquerque, NM - 505-555-0153 - tamsin.od@example.com

SUMMARY
911 telecommunicator for 12 years at a consolidated county center (police, fire, EMS for
7 agencies). Same job title since 2013, but I have been a communications training officer
(CTO) for 8 years and regularly sit in the fire radio and tactical dispatch positions.
Looking for a Senior Dispatcher / CTO / Emergency Communications Specialist III role.

EXPERIENCE
Public Safety Telecommunicator - Bernalillo Mesa Regional Emergency Communications Center
2013 - present
- Answer 911 and admin lines (around 70 calls per 12-hour shift); EMD, EFD and EPD protocols.
- Dispatch law enforcement, fire and EMS on CAD (Tyler New World); run NCIC/NMLETS checks.
- Communications Training Officer since 2017: trained 19 new hires through the 16-week
  program; 15 completed and certified.
- Tactical dispatcher for the county SWAT callouts and for two large wildfires (2021, 2022).
- Member of the center's CISM peer support team.
- Received the 2020 Telecommunicator of the Year award for a CPR-coached save.

Detention Officer - Rio Abajo County Detention Center                        2010 - 2013
- Booking, housing unit supervision, court transport escort.

CERTIFICATIONS
NM Public Safety Telecommunicator certification (DPS), since 2013
APCO Communications Training Officer | EMD, EFD, EPD (IAED) | NCIC full access
CPR/AED instructor | ICS-100/200/700 | CJIS security awareness

EDUCATION
A.A. Criminal Justice, Sandia Foothills Community College, 2010
""")

add("f16", "policy_program", "executive", "Acting Deputy Commissioner", "Marguerite Szabo-Kim", "Albany, NY",
    ["Deputy Commissioner", "Director of Programs - Aging Services", "Assistant Commissioner, Program Operations"],
    ["Albany, NY", "New York Capital Region", "Hybrid"], False, 150000,
    "acting title, state civil service", "plain", """
MARGUERITE SZABO-KIM
Albany, NY | 518-555-0158 | m.szabo.kim@example.com

Public-program executive with 19 years in New York State aging and long-term-care programs.
Since 2023 I have served as Acting Deputy Commissioner for Community Programs, overseeing a
$410M budget of locally administered services. Seeking a permanent Deputy Commissioner or
program-director post in state or county government.

EXPERIENCE
New York State Office for Aging & Independence, Albany
Acting Deputy Commissioner, Division of Community Programs                 2023 - present
(permanent title: Program Manager 4, grade M-4)
- Lead 4 bureaus (Nutrition, Caregiver Support, Home Care Services, Ombudsman) - 86 staff,
  4 bureau directors reporting to me.
- Oversee allocations to 59 Area Agencies on Aging; negotiated new performance measures.
- Testified before Assembly Aging Committee; drafted 2 program regulations.
- Led the Medicaid waiver alignment that moved 6,200 clients to a single assessment tool.

Director, Bureau of Home and Community-Based Services (Program Manager 3) 2016 - 2023
- Supervised 22 analysts; ran the EISEP home care program ($96M) and its audit follow-up.

Program Research Specialist 2/3                                         2006 - 2016
- Grant monitoring, fiscal reviews, federal Older Americans Act reporting.

EDUCATION
M.P.A., Hudson Valley School of Public Affairs, 2006
B.A. Sociology, Adirondack State College, 2004

OTHER
NYS Public Service Leadership Academy, 2018; board member, Capital Region Meals Cooperative
""")
