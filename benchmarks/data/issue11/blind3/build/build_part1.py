R = []
def add(id, family, level, current_title, name, location, titles, locations, remote, floor, kind, fmt, text):
    R.append(dict(id=id, text=text.strip("\n"), family=family, level=level, current_title=current_title,
                  name=name, location=location,
                  preferences=dict(titles=titles, locations=locations, remote=remote,
                                   salary_floor=dict(currency="USD", amount=floor)),
                  _kind=kind, _format=fmt))

add("c01", "policy_program", "senior", "Analyst III", "Theresa M. Kowalczyk", "Columbus, OH",
    ["Senior Program Analyst", "Program Integrity Analyst", "Compliance Analyst", "Policy Analyst"],
    ["Columbus, OH", "Remote"], True, 82000,
    "generic title; public sector", "plain text from PDF, hard line breaks, no bullet glyphs", """
THERESA M. KOWALCZYK
Columbus, OH 43214 | (614) 555-0132 | tkowalczyk@example.com

SUMMARY
Program integrity and compliance analyst with 9 years in the Ohio unemployment
insurance program. I review how federal and state rules are applied in
practice, write the corrective action plans, and track them until the
finding is closed. Comfortable with USDOL reporting, audit liaison work and
explaining policy changes to front-line claims staff.

EXPERIENCE
Analyst III, Office of Unemployment Insurance Operations
Ohio Department of Job and Family Services, Columbus, OH       2021 - Present
Primary analyst for the Benefit Accuracy Measurement (BAM) corrective action
plan; coordinated 6 work units that brought the improper payment rate from
14.2% to 9.8% over three program years.
Draft procedure memos and crosswalks of new USDOL Unemployment Insurance
Program Letters (UIPLs); train 120+ claims staff a year on the changes.
Liaison to the Ohio Auditor of State and the USDOL regional office during
single audits and UI Performs reviews; wrote responses to 11 findings, all
closed on schedule.
Built the Excel/Access tracker for overpayment waiver requests that was
later adopted statewide.

Analyst II, Office of Unemployment Insurance Operations        2017 - 2021
Monitored State Quality Service Plan (SQSP) measures and wrote the
quarterly narrative for the deputy director.
Reviewed PUA and FPUC eligibility procedures against federal guidance in
2020-2021 and documented 40+ procedure gaps for the program office.

Caseworker Intern, Franklin County Job and Family Services     2016 - 2017
SNAP work-requirement case file reviews.

EDUCATION
M.P.A., John Glenn College of Public Affairs, The Ohio State University, 2016
B.A., Political Science, Kent State University, 2014

SKILLS
Federal and state regulation review, corrective action plans, root-cause
analysis, Excel (pivot tables, Power Query), Access, Power BI (basic),
SharePoint, plain-language policy writing.
""")

add("c02", "marketing_communications", "mid", "Specialist II", "Priya Raghunathan", "Fairfax, VA",
    ["Communications Specialist", "Social Media Specialist", "Public Information Specialist"],
    ["Fairfax, VA", "Arlington, VA", "Washington, DC"], False, 72000,
    "generic title; public sector", "skills-first, • bullets", """
PRIYA RAGHUNATHAN
Fairfax, VA · (703) 555-0148 · priya.r@example.com

SKILLS
• Social media: Sprout Social, Hootsuite, Meta Business Suite, Instagram Reels, Nextdoor for Public Agencies
• Writing: news releases (AP style), web copy, GovDelivery bulletins, plain-language and translation coordination
• Design & video: Canva, Adobe Premiere Pro, Adobe Express, Photoshop (basic)
• Measurement: Google Analytics 4, Sprout reporting, Siteimprove accessibility checks

EXPERIENCE
Specialist II — Office of Public Affairs, Fairfax County Government, Fairfax, VA (Mar 2023 – Present)
• Run daily posting for four county social accounts (about 310K combined followers); Instagram audience up 38% in 2025.
• Write 6–10 news releases a month and the weekly e-newsletter (210K subscribers, 41% average open rate).
• Shoot and edit 60–90 second explainer videos on permits, trash collection and emergency alerts; 1.2M views in 2025.
• Staff the Joint Information Center during severe-weather activations and draft public messages with the emergency management team.
• Coordinate Spanish, Korean and Vietnamese translations for major campaigns.

Communications Assistant — NOVA Parks (Northern Virginia Regional Park Authority), Fairfax, VA (Jun 2021 – Feb 2023)
• Event promotion, photography and social scheduling for 30+ parks; kept a press list of 140 local media contacts.
• Wrote the monthly member newsletter and seasonal program guide copy.

EDUCATION
B.A., Communication (Journalism concentration), George Mason University, 2021

CERTIFICATES
• Hootsuite Social Marketing Certification (2024)
• Google Analytics Certification (2025)
""")

add("c03", "finance_accounting", "mid", "Associate", "Marcus Greer", "Plano, TX",
    ["Claims Adjuster", "Auto Claims Adjuster", "Liability Claims Adjuster"],
    ["Plano, TX", "Dallas, TX", "Richardson, TX"], True, 62000,
    "generic title (insurance claims)", "chronological, credential line on top, - bullets", """
MARCUS GREER
Plano, TX 75024 | 972-555-0119 | marcus.greer@example.com

Texas All Lines Adjuster license (TDI) | CCC ONE | Guidewire ClaimCenter | Xactimate Level 2

EXPERIENCE
Associate | Lone Prairie Mutual Insurance Co., Richardson, TX | Aug 2023 – Present
- Handle a desk of 120–150 open auto physical-damage and bodily-injury liability claims with $25,000 settlement authority.
- Investigate coverage and liability: recorded statements, Texas CR-3 crash reports, scene photos and telematics data.
- Write and review repair estimates and body-shop supplements in CCC ONE; settle total losses using market valuation reports.
- Set and adjust reserves; 92% of files within reserve tolerance at closing in 2025.
- Flag subrogation and refer to the recovery unit; 2025 referrals recovered $410K.
- Quality audit score 96% (unit average 91%); mentor two newer associates on coverage letters.

Claims Service Associate (rotational program) | Lone Prairie Mutual Insurance Co. | Jun 2022 – Jul 2023
- First notice of loss intake, coverage verification and rental authorizations in Guidewire ClaimCenter.
- Six-week rotations in property, auto and the Special Investigations Unit (fraud referral support).

Sales Associate (part-time) | Northgate Outdoor Supply, Denton, TX | 2019 – 2022

EDUCATION
B.B.A., Risk Management and Insurance, University of North Texas, 2022

PROFESSIONAL DEVELOPMENT
- AIC (Associate in Claims), The Institutes — 2 of 3 courses complete
- Texas adjuster continuing education current through 2027
""")

add("c04", "logistics_supply_chain", "entry", "Team Member", "Kayla Brooks", "Joliet, IL",
    ["Inventory Control Associate", "Warehouse Associate", "Inventory Clerk"],
    ["Joliet, IL", "Romeoville, IL", "Bolingbrook, IL"], False, 40000,
    "generic title", "simple stacked header, * bullets", """
KAYLA BROOKS
Joliet, IL 60435
(815) 555-0163
kbrooks@example.com

ABOUT ME
Reliable warehouse worker with 1 1/2 years on night shift and no attendance points. I am good with the scanner and with counts and I want to move into inventory control.

WORK HISTORY
Team Member
Crestline Logistics (3PL warehouse), Joliet, IL
May 2025 - Present
* Pick and pack 140-170 units an hour with an RF scanner in Manhattan WMS, 99.6% accuracy.
* Do cycle counts 3 nights a week and research location discrepancies before escalating.
* Receive inbound trailers, check cartons against the ASN, put away with sit-down forklift and reach truck.
* Load outbound LTL and parcel (UPS, FedEx Ground) and print bills of lading.
* Helped train 6 new hires on scanning and safety rules.

Crew Member
Big Tony's Italian Beef, Joliet, IL
Aug 2023 - Apr 2025
* Register, drive-thru and food prep, closing shift.

CERTIFICATIONS
* Powered industrial truck operator (sit-down counterbalance and reach truck), employer evaluated under OSHA 1910.178, 2025
* OSHA 10-Hour General Industry, 2025

EDUCATION
Joliet West High School, diploma, 2023
Joliet Junior College, Supply Chain Management certificate classes (evening), 2 of 5 courses done

SKILLS
RF scanning, Manhattan WMS, cycle counting, forklift, Excel basics, English and Spanish
""")

add("c05", "education", "mid", "Coordinator", "Alejandro Ruiz", "Phoenix, AZ",
    ["Admissions Advisor", "Enrollment Coordinator", "Admissions Counselor"],
    ["Phoenix, AZ", "Tempe, AZ", "Mesa, AZ"], False, 52000,
    "generic title; public community college", "ALL-CAPS headings, ▪ bullets", """
ALEJANDRO RUIZ
PHOENIX, AZ · 602-555-0171 · aruiz.work@example.com

PROFILE
Bilingual (English/Spanish) college admissions and enrollment professional. Four years helping first-generation and adult students apply, test, enroll and register, and running high school outreach and FAFSA nights.

EXPERIENCE
COORDINATOR
Student Services Division, Phoenix College (Maricopa County Community College District), Phoenix, AZ · Sep 2022 – Present
▪ Advise 25–40 prospective students a day, in person and by phone, on admission, placement and first-term registration.
▪ Present at 14 partner high schools and plan on-campus visit days; fall 2025 new-student enrollment from partner schools up 12%.
▪ Process applications, residency and transcript documents in PeopleSoft Campus Solutions; track prospects in Salesforce.
▪ Co-led 9 FAFSA completion nights with Financial Aid (310 FAFSAs submitted in 2025–26).
▪ Train student workers on the front-counter script and the dual-enrollment checklist.

STUDENT ASSISTANT, UNDERGRADUATE ADMISSIONS
Arizona State University, Tempe, AZ · Aug 2019 – May 2021
▪ Campus tours in English and Spanish; answered phone and chat questions from applicants and parents.

EDUCATION
B.A., FAMILY AND HUMAN DEVELOPMENT — ARIZONA STATE UNIVERSITY, 2021
M.ED., HIGHER EDUCATION LEADERSHIP (IN PROGRESS, ONLINE) — NORTHERN ARIZONA UNIVERSITY

TRAINING
▪ Mental Health First Aid (2024)
▪ FERPA training, Maricopa Community Colleges (annual)
""")

add("c06", "customer_support", "mid", "Customer Support Specialist II", "Hannah Lindqvist", "Minneapolis, MN",
    ["Customer Support Specialist", "Support Specialist", "Customer Success Associate"],
    ["Minneapolis, MN", "St. Paul, MN", "Remote"], True, 55000,
    "returner after gap", "chronological with career-break block, – bullets", """
Hannah Lindqvist
Minneapolis, MN 55406 — (612) 555-0105 — hannah.lindqvist@example.com

Customer support specialist returning to work after a two-year health and family break. Five years of phone, chat and email support for small-business software customers; calm with upset callers and good at writing help articles people actually read.

EXPERIENCE

Customer Support Specialist II — Ledgerly (invoicing and payments software), Minneapolis, MN
Mar 2021 – Jun 2024
– Answered 45–60 Zendesk tickets and chats a day on billing, payment setup, invoice templates and account access.
– CSAT 96% over 2023 (team 91%); first-contact resolution 78%.
– Wrote or rewrote 35 help-center articles; "bank connection" article cut related tickets by about 20%.
– Handled escalations from Tier 1 and worked refund and chargeback requests within policy.
– Tested new releases with the product team and logged bugs in Jira with clear repro steps.

Customer Support Specialist I — Ledgerly
Aug 2019 – Feb 2021
– Phone and chat queue; onboarding calls for new accounts.

Member Service Representative — North Star Energy Cooperative, Elk River, MN
Jun 2017 – Jul 2019
– Billing questions, payment arrangements and outage calls for a 40,000-member electric co-op.

CAREER BREAK
Jul 2024 – Aug 2026 — Recovery from surgery, then caregiving while my father moved into assisted living. Fully available now.
– Volunteer, intake desk at a neighborhood food shelf, two mornings a week (2026).
– Completed Zendesk Support Administrator certificate refresh and a Salesforce Service Cloud Trailhead trail (2026).

EDUCATION
B.A., Communication Studies, University of Minnesota, 2017

TOOLS
Zendesk, Intercom, Salesforce Service Cloud (basic), Jira, Slack, Google Workspace, Stripe dashboard
""")
