add("c19", "social_work", "mid", "Case Manager", "Farida Noori", "Houston, TX",
    ["Case Manager", "Refugee Case Manager", "Family Support Case Manager"],
    ["Houston, TX", "Sugar Land, TX"], False, 46000,
    "non-native writer", "simple, objective line, - bullets", """
FARIDA NOORI
Houston, TX 77036
Cell: 832-555-0128
Email: farida.noori@example.com

Objective: To continue my work as case manager helping refugee and immigrant families to become self-sufficient in their new life in America.

Languages: Dari (native), Pashto (fluent), Farsi (fluent), English (fluent), Urdu (understand)

WORK EXPERIENCE

Case Manager
Gulf Coast Newcomer Services, Houston, TX
April 2022 - Present
- Manage caseload of 30-35 refugee, SIV and humanitarian parolee families in the Reception and Placement (R&P) program and Matching Grant program.
- Make arrival plans, airport pickup, home setup and the core services in first 90 days: SSN, Medicaid, SNAP, school enrollment, health screening.
- Do intake and needs assessment, write individual service plans and follow up with home visits.
- Connect clients to ESL, employment services and mental health; made 200+ referrals in 2025.
- Document all services in the case management database on time for PRM monitoring, no findings in 2024 and 2025 audits.
- Help with crisis situations like domestic violence and eviction, together with my supervisor.

Interpreter / Case Aide
Gulf Coast Newcomer Services, Houston, TX
October 2021 - March 2022
- Interpreted Dari and Pashto for case managers, doctors and schools during Operation Allies Welcome.

Teacher of Psychology and English
Private high school, Kabul, Afghanistan
2015 - 2021

EDUCATION
Bachelor of Psychology, Kabul University, 2014 (evaluated by WES as U.S. bachelor's degree)
Case Management Certificate, University of Houston-Downtown Continuing Education, 2023

TRAININGS
Trauma-Informed Care, Mental Health First Aid, Motivational Interviewing (basic), CPR/First Aid

COMPUTER
Microsoft Word, Excel, Outlook, Google Drive, case notes in ETO
""")

add("c20", "administrative", "mid", "Administrative Assistant", "Lorraine Whitaker", "Albuquerque, NM",
    ["Administrative Assistant", "Office Assistant", "Front Office Coordinator"],
    ["Albuquerque, NM", "Rio Rancho, NM"], False, 40000,
    "returner after gap", "chronological with career-break block, • bullets", """
LORRAINE WHITAKER
Albuquerque, NM 87110  •  (505) 555-0140  •  lorraine.whitaker@example.com

SUMMARY
Organized administrative assistant returning to the workforce after five years caring for my mother. Four years supporting a busy property management office, plus a year at the front desk before that. Updated my skills in 2026 with the Microsoft Office Specialist Excel certification and a refresher in QuickBooks Online.

RECENT TRAINING (2026)
• Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps) — passed July 2026
• QuickBooks Online Certified User (Certiport) — passed September 2026
• Typing: 68 wpm, 98% accuracy (Central New Mexico Community College testing center)

EXPERIENCE
Administrative Assistant — Sandia Vista Property Management, Albuquerque, NM — Feb 2017 – Jun 2021
• Supported 3 property managers and 11 maintenance techs for 1,400 apartment units.
• Entered and routed 250+ work orders a month in AppFolio; scheduled vendors and tracked completion.
• Prepared lease files, move-in/move-out packets and renewal notices; kept files audit-ready for HUD-assisted units.
• Processed vendor invoices for approval and reconciled the office petty cash.
• Answered a 4-line phone and the front desk; handled resident complaints politely.

Receptionist — Rio Grande Family Dentistry, Albuquerque, NM — Aug 2015 – Jan 2017
• Greeted patients, scheduled appointments in Dentrix, verified insurance.

CAREER BREAK — Jul 2021 – Jun 2026
• Full-time caregiver for a family member; managed her medical appointments, Medicare paperwork and household bills.
• Volunteer office helper at my church two days a week (2024–2026): bulletins, donation records in Excel.

EDUCATION
Associate of Applied Science, Business Administration — Central New Mexico Community College, 2015

SKILLS
Microsoft Word, Excel, Outlook, AppFolio, QuickBooks Online, Google Workspace, filing and records, phones and scheduling
""")

add("c21", "allied_health", "entry", "Rehab Aide", "Connor Mahoney", "Cincinnati, OH",
    ["Physical Therapist Assistant", "PTA", "Physical Therapist Assistant - Outpatient"],
    ["Cincinnati, OH", "Northern Kentucky", "Mason, OH"], False, 50000,
    "new graduate", "education and licensure first, > bullets", """
CONNOR MAHONEY, PTA
Cincinnati, OH 45211 | 513-555-0193 | connor.mahoney.pta@example.com

LICENSURE
> Physical Therapist Assistant, Ohio OT, PT and AT Board — license issued November 2026
> NPTAE (FSBPT) passed October 2026
> BLS for Healthcare Providers, American Heart Association

EDUCATION
Associate of Applied Science, Physical Therapist Assistant — Cincinnati State Technical and Community College, August 2026 (CAPTE-accredited)
> Program GPA 3.7; student representative to the program advisory committee

CLINICAL EXPERIENCE (student affiliations)
Outpatient Orthopedics — Queen City Sports & Spine, Cincinnati, OH — 6 weeks, 2026
> Carried up to 70% of a PT caseload by the final week: post-op ACL, rotator cuff repair, low back pain.
> Therapeutic exercise progression, manual therapy within PTA scope, ultrasound and e-stim, documentation in WebPT.
Skilled Nursing / Subacute Rehab — Riverside Health and Rehabilitation, Covington, KY — 6 weeks, 2026
> Gait training, transfers, balance programs; worked with OT on discharge planning for joint replacement patients.
Acute Care — 4 weeks, 2025
> Early mobility in ICU step-down; vitals monitoring, safe patient handling equipment.

WORK EXPERIENCE
Rehab Aide (PRN) — Queen City Sports & Spine, Cincinnati, OH — Jun 2023 – Present
> Set up patients on exercise programs, clean and stock treatment areas, schedule visits and check insurance eligibility.
Lifeguard / Swim Instructor — Cincinnati Recreation Commission — Summers 2019–2022

SKILLS
Therapeutic exercise, gait and transfer training, modalities, WebPT, patient education, teamwork
""")

add("c22", "design_ux", "senior", "Senior Product Designer", "Inês Carvalho", "Portland, OR",
    ["Senior Product Designer", "Senior UX Designer", "Product Designer"],
    ["Portland, OR", "Remote"], True, 150000,
    "senior, short resume", "one-page compact, run-in headings", """
INÊS CARVALHO — Senior Product Designer
Portland, OR · 503-555-0177 · ines.carvalho@example.com · portfolio: inescarvalho.example.com

Profile: 9 years designing B2B and fintech products end to end — research, flows, interaction and visual design, design systems. I like messy workflows and strong partnerships with engineering.

Experience:
Senior Product Designer, Tillwater (payroll and HR software), remote — 2022–Present. Lead designer for the payroll run and tax filing flows used by 18,000 small businesses; redesign cut payroll-run errors 31% and support contacts 22%. Built the Figma component library with 2 engineers (now 140 components, WCAG 2.2 AA). Led discovery for the 2025 time-off feature: 24 customer interviews, concept tests, launch with 41% adoption in 90 days.
Product Designer II, Hearthline Insurance, Portland — 2019–2022. Quote and claims flows on web and iOS; ran 60+ usability sessions.
UX/UI Designer, Ninebark Studio (agency) — 2017–2019. Websites and apps for healthcare and outdoor brands.

Tools: Figma, FigJam, Maze, Dovetail, Amplitude, Jira, basic HTML/CSS.
Education: B.F.A., Graphic Design, Portland State University, 2016.
Also: mentor two mid-level designers and run the weekly design critique; speaker, Portland UX Meetup (2025).
""")
