"""blind7 part 2: g09-g15 (hand-written)."""
from common import rec

rec("g09", "education", "lead", "Dean of Students", "Thaddeus O. Mbeki-Larsen", "Columbus, OH",
    ["Assistant Principal", "Assistant Principal - High School", "Dean of Students"],
    ["Columbus, OH", "Dublin, OH", "Westerville, OH"], False, 92000, "standard", "bullets",
"""
THADDEUS O. MBEKI-LARSEN, M.Ed.
Columbus, OH  |  614-555-0112  |  t.mbeki.larsen@example.com

Educator with 12 years in urban high schools: 8 teaching U.S. history, 4 as Dean of Students.
Ohio Principal License (grades 5-12). Seeking an Assistant Principal position.

EXPERIENCE
Dean of Students - Franklin Park Early College High School (900 students)    2022 - present
  - Supervise 2 attendance officers, 3 intervention aides and the in-school suspension room.
  - Lead the PBIS team; out-of-school suspensions down 38% in two years.
  - Run master-schedule changes for grades 11-12 with the counseling office.
  - Conduct informal walkthroughs for 14 teachers (under the principal's evaluation plan).
  - Building test coordinator for Ohio end-of-course exams.

Social Studies Teacher - Franklin Park Early College HS                     2016 - 2022
  - U.S. History, AP Government; department chair 2019-2022 (6 teachers).
  - AP pass rate 41% -> 63%.

Social Studies Teacher - Linden Heights Middle School                       2014 - 2016

EDUCATION
M.Ed. Educational Leadership, The Ohio State University, 2021
B.A. History & Integrated Social Studies licensure, Ohio University, 2014

LICENSES
Ohio Principal License 5-12 | Ohio Professional Teaching License, Integrated Social Studies 7-12
OTES 2.0 credentialed evaluator | Crisis Prevention Institute trainer

COMMITTEES
District equity advisory council; union building rep (2017-2021, before administration).
""")

rec("g10", "hospitality", "mid", "Bar Supervisor (casual)", "Sienna Whitcombe", "Austin, TX",
    ["Bartender", "Head Bartender", "Bar Lead"],
    ["Austin, TX"], False, 38000, "part-time; Australian English", "plain",
"""
SIENNA WHITCOMBE
Austin, TX (moved from Melbourne, VIC in 2025 - US permanent resident)
Mob: 512-555-0193   Email: sienna.whitcombe@example.com

ABOUT ME
Hospo lifer with five years behind the bar in Melbourne's laneway cocktail scene, now settled in
Austin. Quick on a busy pass, good with regulars, and I reckon a tidy back bar is half the job.
Keen on a full-time bartender or bar lead role in a cocktail bar or hotel.

EXPERIENCE
Bar Supervisor (casual, ~25 hrs/wk) - Copper & Salt, Austin TX             Sep 2025 - now
- Run the bar on Thursday-Saturday shifts, 3 bartenders and 2 barbacks on the roster.
- Rewrote the spring menu costings: pour cost down from 24% to 19%.
- Train new starters on the POS (Toast) and responsible service of alcohol.

Bartender - Little Lonsdale Social, Melbourne VIC                          2021 - 2025
- 180-seat venue; high-volume Friday and Saturday nights, functions up to 250 guests.
- Created two signature cocktails that stayed on the menu three seasons.
- Stocktake, ordering, cellar work, cleaning beer lines.

Barista / All-rounder - Northcote cafe, Melbourne VIC                      2019 - 2021
- Coffee on a La Marzocco, 400+ coffees on a Saturday, floor and cash handling.

CERTIFICATES
Texas TABC Seller-Server Certification (2025)
Texas Food Handler (2025)
RSA - Responsible Service of Alcohol, Victoria (2019)
WSET Level 2 Award in Spirits (2023)

SKILLS
Classic and modern cocktails, batching, wine and beer knowledge, Toast, Square, Lightspeed,
stock control, de-escalation, cheerful under pressure.

REFEREES
Available on request.
""")

rec("g11", "legal", "mid", "Law Clerk (Litigation)", "Geneviève Arsenault-Kaur", "Seattle, WA",
    ["Litigation Paralegal", "Paralegal", "Senior Paralegal"],
    ["Seattle, WA", "Bellevue, WA"], True, 68000, "foreign-trained; Canadian English", "bullets",
"""
GENEVIÈVE ARSENAULT-KAUR
Seattle, WA | 206-555-0147 | g.arsenault.kaur@example.com

PROFILE
Litigation law clerk (the Ontario equivalent of a paralegal) with four years in a Toronto civil
litigation boutique, relocated to Seattle in 2025 with my spouse. Organised, calm at trial, and
at home in document-heavy files. Looking for a litigation paralegal role; I have U.S. work
authorisation.

EXPERIENCE
Law Clerk (Litigation) - Marchetti Lavoie LLP, Toronto, ON                2021 - 2025
- Supported two partners and three associates on commercial and insurance defence files.
- Drafted affidavits of documents, motion records, factums' books of authorities; managed
  e-filing through the Ontario Courts portal.
- Coordinated examinations for discovery, court reporters and interpreters.
- Ran document review in Relativity for a 90,000-document production; built privilege logs.
- Tracked limitation periods and court deadlines in the firm's docketing system.

Contract Paralegal (part-time, remote) - Puget Sound litigation firm     Oct 2025 - present
- About 20 hours a week: deposition digests, exhibit lists, Washington e-service, trial binders.

Legal Assistant - Brampton family law office                              2019 - 2021

EDUCATION
Law Clerk Diploma, Humber College, Toronto, 2019
Honours B.A., Criminology, York University, 2017
Certificate in Paralegal Studies (ABA-approved, online), in progress - 2026

SKILLS
Relativity, CaseMap, iManage, Clio, PACER/ECF (learning), Westlaw, bilingual English/French,
Punjabi (conversational). Fast, accurate citation checking.
""")

rec("g12", "legal", "executive", "General Counsel", "Ambrose L. Tiwari-Hennessey", "Denver, CO",
    ["General Counsel", "Chief Legal Officer", "Deputy General Counsel"],
    ["Denver, CO", "Boulder, CO"], True, 260000, "executive", "plain",
"""
AMBROSE L. TIWARI-HENNESSEY
Denver, Colorado  •  303-555-0121  •  ambrose.th.law@example.com
Admitted: Colorado, New York

GENERAL COUNSEL

Corporate lawyer with 21 years of practice, the last eight as the first and only General Counsel
of a private-equity-backed specialty manufacturer ($900M revenue, 2,300 employees, 11 sites).
Member of the executive leadership team; secretary to the board. Seeking a General Counsel or
Chief Legal Officer role.

EXPERIENCE

General Counsel & Corporate Secretary, Front Range Industrial Holdings, Denver   2018 - present
   Built the legal function from zero to a team of 7 (3 attorneys, contracts manager, 2
   paralegals, compliance analyst); budget $6.4M including outside counsel.
   Led legal work on 6 add-on acquisitions ($40M-$310M) and a $1.1B recapitalization.
   Resolved a multi-state product liability docket of 40+ cases; reduced outside spend 35%.
   Launched the company's ethics hotline, export-control and antitrust training.

Senior Counsel, Ridgeline Energy Partners, Denver                               2013 - 2018
   Commercial contracts, M&A, litigation management; supervised one attorney.

Associate, then Counsel, Whitcomb Farrell & Ochoa LLP, New York               2005 - 2013
   Mergers and acquisitions and securities practice.

EDUCATION
J.D., cum laude, Georgetown University Law Center, 2005
B.A. Economics, University of Colorado Boulder, 2002

AFFILIATIONS
Association of Corporate Counsel, Colorado chapter board (2022-present)
""")

rec("g13", "finance_accounting", "mid", "Bookkeeper (part-time, self-employed)", "Rosalind Mae Petrakis", "Raleigh, NC",
    ["Staff Accountant", "Accountant II", "Senior Accountant"],
    ["Raleigh, NC", "Durham, NC", "Cary, NC"], True, 65000, "returner after gap; part-time", "plain",
"""
Rosalind Mae Petrakis
Raleigh, NC · 919-555-0158 · rm.petrakis.cpa@example.com

RETURNING TO FULL-TIME ACCOUNTING
I spent four years as a staff accountant in public accounting and industry, then stepped away
for six years (2018-2024) to care for my children and, later, my father. Since 2024 I have kept
the books for small businesses part-time and refreshed my skills. I am ready for a full-time
staff or general ledger accountant role.

RECENT WORK
Bookkeeper (part-time, self-employed), Raleigh, NC                        2024 - present
· Monthly bookkeeping for 7 clients (dental office, two landscapers, a bakery, nonprofits):
  bank and credit-card reconciliations, AP/AR, payroll via Gusto, 1099s, sales tax.
· Cleaned up two years of backlog for one client ahead of their CPA's tax deadline.

Volunteer Treasurer, Oak Ridge Elementary PTA                               2021 - 2024
· $60K annual budget, monthly treasurer reports, annual audit by committee.

CAREER BREAK - family caregiving                                            2018 - 2024

EARLIER EXPERIENCE
Staff Accountant, Carolina Hardwood Supply Co., Durham, NC                  2016 - 2018
· Month-end close, journal entries, fixed assets, inventory reconciliations, 1.5-day close
  improvement after rebuilding the accrual schedules.
Audit Associate, Pender & Walsh CPAs, Raleigh, NC                           2014 - 2016
· Audits of manufacturing and nonprofit clients; workpapers, testing, confirmations.

EDUCATION
B.S. Accounting, North Carolina State University, 2014
CPA exam: passed FAR and AUD (2016); retaking REG and BAR in 2026

SKILLS
QuickBooks Online ProAdvisor (2024), Xero, Excel (XLOOKUP, pivot tables), NetSuite (trial
course), Gusto, Bill.com
""")

rec("g14", "finance_accounting", "executive", "Chief Financial Officer", "Cornelius Adebayo-Fairweather", "Sacramento, CA",
    ["Chief Financial Officer", "Assistant Superintendent, Business Services", "Director of Finance"],
    ["Sacramento, CA", "Elk Grove, CA", "Roseville, CA"], False, 210000, "public sector; executive", "bullets",
"""
CORNELIUS ADEBAYO-FAIRWEATHER, CPA
Sacramento, CA | 916-555-0174 | c.adebayo.fairweather@example.com

PUBLIC-SECTOR FINANCE EXECUTIVE
17 years in government finance: county auditor's office, a special district and, since 2020,
Chief Financial Officer of a 38,000-student unified school district. Seeking a CFO / Assistant
Superintendent of Business Services role.

EXPERIENCE
Chief Financial Officer - Delta Valley Unified School District               2020 - present
> Cabinet member reporting to the Superintendent; $640M general fund, $1.2B total budget.
> Lead fiscal services, budget, payroll, purchasing and risk management - 52 staff through
  4 directors.
> Kept a positive certification through the post-pandemic enrollment decline; built a
  3-year multiyear projection model the board now uses at every interim report.
> Issued $285M in Measure bonds; upgraded rating to AA.
> Implemented Escape ERP, replacing a 25-year-old system.

Director of Finance - Riverbend Regional Water District                      2014 - 2020
> Budget, rates, debt, ACFR; GFOA Certificate of Achievement 6 years running.
> Managed 11 staff.

Accounting Manager / Senior Auditor - County Auditor-Controller's Office     2009 - 2014
> Countywide cost plan, single audit coordination, property tax apportionment.

Accountant I/II - same office                                                 2007 - 2009

EDUCATION & CREDENTIALS
MBA, California State University, Sacramento, 2012 | B.S. Accountancy, 2007
CPA (California) | CSBO (California School Business Official) | GFOA member
""")

rec("g15", "logistics_supply_chain", "entry", "Independent Contractor (delivery)", "Javier \"Javi\" Montoya-Reyes", "Las Cruces, NM",
    ["CDL-A Driver - Entry Level", "Regional Truck Driver", "Delivery Driver - CDL"],
    ["Las Cruces, NM", "El Paso, TX"], False, 50000, "gig worker; entry", "bullets",
"""
JAVIER "JAVI" MONTOYA-REYES
Las Cruces, NM 88001 | 575-555-0119 | javi.montoya.cdl@example.com

Newly licensed Class A CDL driver (March 2026, clean MVR) looking for an entry-level regional or
dedicated route. Three years of gig delivery have taught me to plan routes, keep on schedule and
look after a vehicle; now I want to do it in a tractor-trailer with a steady paycheck.

LICENSE & TRAINING
- New Mexico Commercial Driver's License, Class A - air brakes, no restrictions (2026)
- 160-hour CDL-A program, Southwest Truck Driving Institute: 44 hours behind the wheel,
  backing, coupling/uncoupling, pre-trip inspection, Hours of Service, ELD basics
- DOT medical card (2-year) | Pre-employment drug screen ready
- Tanker and HazMat endorsement - studying, test booked for June

EXPERIENCE
Independent Contractor (delivery) - Amazon Flex, DoorDash, Instacart       2023 - present
- 30-45 hours a week in my own pickup; 6,800+ deliveries, 4.9 customer rating.
- Plan my own blocks and routes around Las Cruces and El Paso, handle scan-to-deliver and
  photo proof, keep mileage and expense logs for taxes.

Warehouse Associate (seasonal) - regional distribution center, Santa Teresa, NM   Oct 2022 - Jan 2023
- Pick/pack with RF scanner, trailer loading, pallet jack.

Farm Hand - family chile farm, Doña Ana County                             2017 - 2022
- Drove a 26-ft box truck and farm equipment, loading produce for the packing shed.

OTHER
Bilingual English/Spanish. No accidents or moving violations in 8 years of driving.
High school diploma, Mayfield High School, 2017.
""")
