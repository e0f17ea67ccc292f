add("c14", "skilled_trades", "lead", "Chief Engineer", "Vincent DeLuca", "Staten Island, NY",
    ["Chief Engineer", "Chief Building Engineer", "Chief Operating Engineer"],
    ["New York, NY", "Staten Island, NY", "Brooklyn, NY"], False, 165000,
    "senior, short resume; union", "short, ALL-CAPS headings, licences block", """
VINCENT DELUCA
STATEN ISLAND, NY 10314 | 718-555-0109 | vdeluca94@example.com

CHIEF ENGINEER — 26 YEARS IN BUILDING OPERATIONS, IUOE LOCAL 94

LICENSES
NYC High Pressure Boiler Operating Engineer (NYC Dept. of Buildings)
NYC Refrigerating System Operating Engineer (NYC Dept. of Buildings)
FDNY Certificate of Fitness: Fire Safety Director (F-58), Fuel Oil (P-99)
EPA 608 Universal

EXPERIENCE
CHIEF ENGINEER — 1180 Lexington Tower (1.1M sq ft Class A office), New York, NY — 2015–Present
Run the engineering department: 14 Local 94 engineers across three shifts, $2.9M operating budget.
Steam, 2 x 1,500-ton centrifugal chillers, cooling towers, BMS (Siemens Desigo).
Energy Star score 58 to 84; Local Law 97 compliance plan delivered two years early.
Managed $4.2M chiller replacement (2022) and cooling tower rebuild (2024) with no tenant outages.
Hire, schedule and evaluate engineers; handle grievances with the Local 94 business agent.

ASSISTANT CHIEF ENGINEER — 400 Park Row (650K sq ft), New York, NY — 2008–2015
Ran a 6-engineer shift; steam plant, absorption chillers, Local Law 11 facade work support.
SHIFT ENGINEER / ENGINEER — various Manhattan office buildings — 2000–2008

EDUCATION
IUOE Local 94 Training Center — HVAC, refrigeration, building automation
A.A.S., Mechanical Technology — College of Staten Island, 1999
""")

add("c15", "skilled_trades", "mid", "Journeyman Plumber", "Tomasz Wójcik", "Chicago, IL",
    ["Journeyman Plumber", "Service Plumber", "Commercial Plumber"],
    ["Chicago, IL", "Oak Lawn, IL", "Des Plaines, IL"], False, 90000,
    "non-native writer; union trade", "plain, colon headings, · bullets", """
Tomasz Wójcik
Journeyman Plumber
Address: Chicago, IL 60634
Phone: (773) 555-0152
E-mail: t.wojcik.plumb@example.com

Profile:
Licensed journeyman plumber, member of Plumbers Local 130 UA. I have 5 years as journeyman in Chicago and before this 7 years working as plumber in Poland. I do commercial and high-rise residential, new construction and some service. I am careful with my work and I read the drawings myself.

Licenses and certificates:
· Illinois Plumber License (Journeyman), Illinois Department of Public Health - since 2021
· Cross-Connection Control Device Inspector (CCCDI), Illinois EPA
· ASSE 6010 Medical Gas Installer
· OSHA 30 Construction

Work experience:
Journeyman Plumber - Lakeshore Mechanical Contractors, Chicago, IL
08/2021 - now
· Install domestic water, sanitary and storm piping in copper, cast iron, PVC and PEX on high-rise residential towers (up to 48 floors).
· Set fixtures, water heaters, booster pumps and backflow preventers; test and certify backflow devices.
· Medical gas piping on 2 clinic projects (brazing with nitrogen purge, pressure test).
· I am often the one who lay out the sleeves and hangers from the drawings for the crew of 4.

Apprentice Plumber - Lakeshore Mechanical Contractors (Local 130 apprenticeship)
09/2016 - 07/2021
· 5-year apprenticeship school and field work, finished with best attendance in my class.

Plumber - Instal-Bud Sp. z o.o., Kraków, Poland
2008 - 2015
· Heating and water installations in apartment buildings, boiler rooms.

Education:
Technical school (Technikum), installation of sanitary systems, Kraków, Poland - 2008

Languages:
Polish (native), English (good, I work every day in English), Russian (basic)
""")

add("c16", "public_safety", "mid", "Environmental Health Specialist II", "Nicole Farah", "Sacramento, CA",
    ["Environmental Health Specialist", "Food Safety Inspector", "Environmental Health Inspector"],
    ["Sacramento, CA", "Roseville, CA", "Davis, CA", "Elk Grove, CA"], False, 85000,
    "public sector; science-sounding title", "public-sector, pipe separators, - bullets", """
NICOLE FARAH, REHS
Sacramento, CA 95818 | 916-555-0174 | nfarah.rehs@example.com

Registered Environmental Health Specialist (California, CDPH) | 4 years in county food and pool inspection | Bilingual English/Arabic

EXPERIENCE
Environmental Health Specialist II | Sacramento County Environmental Management Department | Sacramento, CA | Jul 2024 – Present
- Conduct 700+ routine and follow-up inspections a year of restaurants, markets, food trucks and temporary events under the California Retail Food Code (CalCode).
- Investigate complaints and foodborne illness reports with County Public Health; collect samples and trace product.
- Issue notices of violation, close facilities for imminent health hazards (no hot water, sewage, vermin) and testify at office hearings.
- Inspect public pools and spas for water chemistry, VGB Act drain covers and safety equipment.
- Review plans for new food facilities and do pre-opening inspections.

Environmental Health Specialist I (trainee) | Sacramento County EMD | Sacramento, CA | Aug 2022 – Jun 2024
- Completed the REHS trainee program: field training in food, housing, solid waste, medical waste and hazardous materials.
- Passed the REHS exam in April 2024.

Laboratory Assistant | UC Davis, Department of Food Science and Technology | Davis, CA | 2020 – 2022
- Media preparation and plating for student microbiology labs.

EDUCATION
B.S., Environmental Science and Management | University of California, Davis | 2022

TRAINING
- FDA Standardization (retail food), 2025
- ICS-100/200, FEMA | Certified Pool Operator (CPO) | Envision Connect inspection software
""")

add("c17", "legal", "mid", "Agency Attorney II", "Daniel Okonkwo", "Brooklyn, NY",
    ["Agency Attorney", "Housing Attorney", "Staff Attorney"],
    ["New York, NY", "Brooklyn, NY"], False, 98000,
    "public sector (NYC civil service title)", "chronological, bar admission first, • bullets", """
DANIEL OKONKWO
Brooklyn, NY 11216 • (347) 555-0166 • d.okonkwo.esq@example.com

BAR ADMISSION
New York State, Appellate Division, Second Department — 2021

EXPERIENCE
NYC Department of Housing Preservation and Development (HPD), Housing Litigation Division — New York, NY
Agency Attorney II — Jun 2023 – Present
• Carry a docket of 90–120 HP actions and comprehensive cases in Housing Court (Civil Court of the City of New York) to compel owners to correct hazardous and immediately hazardous violations.
• Negotiate consent orders, seek civil penalties and contempt for non-compliance; 2025 collections on my cases: $1.3M.
• Argue orders to show cause for access warrants and heat/hot water emergencies; draft motions, stipulations and affirmations.
• Work with code inspectors and the Emergency Repair Program to document conditions; train new inspectors on testimony.
• Mentor two Agency Attorney I hires on calendar practice.

Agency Attorney I — Sep 2021 – May 2023
• Heat and hot water docket; lead-paint (Local Law 1) false-certification cases.

Legal Intern — Brooklyn Tenant Legal Services (nonprofit), Brooklyn, NY — Summer 2020
• Drafted answers and discovery demands in nonpayment proceedings; interviewed tenants at intake.

EDUCATION
J.D., Brooklyn Law School — 2021
• Brooklyn Law Review, staff editor; Edward V. Sparer Public Interest Fellow
B.A., Political Science, Binghamton University (SUNY) — 2017

SKILLS
Westlaw, Lexis, NYSCEF e-filing, Microsoft Office; conversational French and Igbo
""")

add("c18", "policy_program", "entry", "Policy Fellow", "Maya Thompson-Ito", "Austin, TX",
    ["Policy Analyst", "Program Analyst", "Legislative Analyst"],
    ["Austin, TX", "Washington, DC", "Remote"], True, 58000,
    "new graduate", "education-first, ▸ bullets", """
MAYA THOMPSON-ITO
Austin, TX 78751 · (512) 555-0113 · maya.ti@example.com

EDUCATION
Master of Public Affairs (MPAff), LBJ School of Public Affairs, The University of Texas at Austin — May 2026
▸ Policy Research Project: "Eviction Diversion in Texas Justice Courts" for a state agency client; wrote the court-data chapter.
▸ Professional report: take-up of the Texas Emergency Rental Assistance Program by county, 2021–2023.
▸ Coursework: Policy Analysis, Program Evaluation, Public Budgeting, Advanced Empirical Methods (Stata), Housing Policy.
B.A., Sociology, minor in Japanese — Rice University — 2021

EXPERIENCE
Policy Fellow (6-month fellowship) — Gulf Coast Housing Policy Center, Austin, TX — Jun 2026 – Dec 2026
▸ Tracked 40+ housing bills filed for the 2027 Texas legislative session and wrote two-page bill analyses.
▸ Drafted a policy brief on source-of-income protections that was cited in two local news stories.
▸ Built a Stata/Excel dataset of county eviction filings from Justice Court data for the center's dashboard.

Graduate Intern — Texas Health and Human Services Commission, Office of Policy, Austin, TX — Summer 2025
▸ Summarized federal SNAP and Medicaid rule changes for program staff; checked rule text against the Texas Administrative Code.
▸ Helped prepare a stakeholder comment summary for a proposed rule (180 comments).

AmeriCorps VISTA Member — Bayou City Land Trust (host site), Houston, TX — Aug 2021 – Jul 2023
▸ Volunteer recruitment, grant reporting and homebuyer-workshop logistics.

SKILLS
Policy memos and bill analysis, program evaluation design, Stata, Excel, Qualtrics, Tableau (basic), Japanese (intermediate)
""")
