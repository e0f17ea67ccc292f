"""Hand-written records i01-i08 (batch blind9)."""
from common import R

R("i01", "design_ux", "mid", "Independent UX/UI Designer (1099 contractor)", "Jordan Reyes-Whitaker", "Portland, OR",
  ["Product Designer", "UX/UI Designer", "Senior Product Designer"], ["Portland, OR", "Remote (US)"], True, 105000, """
JORDAN REYES-WHITAKER
Product Designer (UX/UI) · Portland, OR · open to Remote (US)
jordan.rw@example.com · (503) 555-0117 · portfolio: jrw-design.example.com (password on request)

SELECTED PROJECTS
Pharmacy refill flow | regional pharmacy chain | contract, 2025
Redesigned the mobile refill + curbside pickup flow. 9 moderated sessions and one unmoderated Maze test (n=212). Task success went from 61% to 88%; refill abandonment dropped 23% the quarter after launch.

Field inspection tablet app | county permitting office | contract, 2024
Offline-first UI for building inspectors who work in gloves and glare: 48px targets, high-contrast theme, big photo capture. Built the Figma component library (variables, modes) and handed off to a 3-person React Native team.

Design system cleanup | B2B freight SaaS | contract, 2023-2024
Audited ~140 screens, merged 11 button styles into one component with variants, documented tokens in Storybook with the front-end lead, WCAG 2.2 AA pass on checkout and admin.

EXPERIENCE
Independent UX/UI Designer (1099) .......................... 2021 - present
14 clients so far, mostly through two agencies (Bluestem Digital, Fernhill Studio) plus referrals: healthcare, local government, SaaS, one credit union. Engagements run 6-16 weeks: discovery interviews, flows, wireframes, hi-fi UI, clickable prototypes, dev handoff and design QA.

UI Designer, Cascade Outfitters (e-commerce) ................ 2019 - 2021
Owned product detail + cart pages; ran A/B tests with the growth team.

Design Intern, Willamette Public Media ...................... Summer 2018

TOOLS
Figma (auto layout, variables, Dev Mode) / FigJam / Maze / Lookback / Framer / Illustrator / Photoshop / Miro / Jira / HTML + CSS (enough to read a PR)

EDUCATION
B.A. Communication Design, Columbia River University, 2019
""", "freelancer, many clients; UX/UI", "Selected projects first; tool list; portfolio link")

R("i02", "design_ux", "entry", "UX Design Intern", "Aaliyah Brooks", "Columbus, OH",
  ["Junior UX Designer", "UX/UI Designer", "UX Research Assistant"], ["Columbus, OH", "Cincinnati, OH", "Remote (US)"], True, 58000, """
Contact
www.linkedin.com/in/aaliyah-brooks-ux (LinkedIn)
aaliyah.brooks@example.com
(614) 555-0123
abrooks-design.example.com (Portfolio)

Top Skills
Usability Testing
Figma
Accessibility

Aaliyah Brooks
UX Designer | HCI '26 | Accessibility-minded | Open to entry-level UX/UI roles
Columbus, Ohio, United States

Summary
New HCI graduate. Two design internships and a year-long capstone with a real client. I like messy research and turning it into clear flows. Looking for a junior UX or UX/UI role where I can learn from a senior designer.

Experience
Buckeye Mutual Insurance
UX Design Intern
May 2025 - August 2025 (4 months)
Columbus, Ohio
Redesigned the claim-status screen in the member app; ran 6 hallway tests and one remote test round; presented to the product owner and two developers.

Lakeshore State University Libraries
Student Web Assistant
September 2023 - May 2026 (2 years 9 months)
Columbus, Ohio
Updated library web pages in the CMS, fixed alt text and heading order on 300+ pages, helped run a card sort for the new site menu.

Gray Fox Studio
Design Intern
June 2024 - August 2024 (3 months)
Dayton, Ohio
Social graphics and a landing page for two small-business clients; Figma and Illustrator.

Page 1 of 2

Education
Lakeshore State University
Bachelor of Science - BS, Human-Computer Interaction · (2022 - 2026)
Capstone: "FareFinder" - trip planner prototype for riders who use wheelchairs, built with the regional transit agency; 14 interviews, 3 prototype rounds, SUS score 58 to 81.
""", "new graduate, internships + capstone", "LinkedIn Save-to-PDF text with page footer")

R("i03", "design_ux", "senior", "Owner / Lead Designer, Saguaro Sign & Print", "Teresa Villalobos", "Tucson, AZ",
  ["Senior Graphic Designer", "Brand Designer", "Production Art Manager"], ["Tucson, AZ", "Phoenix, AZ"], False, 68000, """
TERESA VILLALOBOS  🎨  Graphic Designer
Tucson, AZ · 520-555-0138 · teresa.villalobos@example.com
Portfolio 👉 behance.net/tvillalobos-design

SUMMARY
Graphic designer with 15+ years in print and brand work. Owned and ran my own sign & print shop for 11 years (closed in 2025 when our building was sold). Now looking to join an in-house creative team or agency as a senior designer. I'm done with payroll and the vinyl plotter, not with design.

EXPERIENCE
Owner / Lead Designer — Saguaro Sign & Print, Tucson AZ — 2014–2025
✅ Designed logos, brand kits, menus, vehicle wraps, trade-show booths and storefront signage for 400+ local clients (restaurants, clinics, two school districts, a minor-league team)
✅ Managed 3 employees (production + install) and a part-time bookkeeper
✅ Prepress on everything: color separations, bleeds, Pantone matching, large-format RIP (Flexi, VersaWorks)
📈 Grew revenue from $90K to $610K/yr; 70% repeat customers
🖨️ Ran a Roland 64" printer/cutter, laminator, and a digital press

Graphic Designer — Desert Daily Newspaper, Tucson AZ — 2010–2014
✅ Display ads (30-40 a week) and special sections on deadline
✅ Redesigned the weekend arts section

Production Artist (part-time) — CopyWorks, Tucson — 2008–2010

SKILLS
Adobe Illustrator · InDesign · Photoshop · Acrobat preflight · After Effects (basic) · Figma (learning) · Canva (for client handoff) · brand guidelines · packaging · signage · typography · bilingual layouts (English/Spanish)

EDUCATION
A.A.S. Graphic Design, Pima Valley Community College, 2009
""", "former small-business owner", "emoji bullets")

R("i04", "design_ux", "lead", "Visual Design Lead", "Marcus Oduya-Fenn", "Chicago, IL",
  ["Associate Creative Director", "Visual Design Lead", "Design Manager"], ["Chicago, IL", "Remote (US)"], True, 135000, """
MARCUS ODUYA-FENN                                   VISUAL DESIGN LEAD
CONTACT                                             EXPERIENCE
Chicago, IL                                         Visual Design Lead — Northpier Creative (agency)
(312) 555-0146                                      2021 – present
marcus.of@example.com                               • Lead 4 visual designers + 1 motion designer;
oduyafenn.example.com/work                          hiring, reviews, weekly crits, resourcing
                                                    • Creative lead on a hospital-system rebrand
SKILLS                                              (logo, type system, signage, 60-page guideline)
Brand identity  Art direction                       • Campaign toolkits for a grocery chain: OOH,
Typography  Motion (AE)                             in-store, social, 9 languages
Illustrator  InDesign  Photoshop                    • Pitch decks + concept boards; won 3 of 5 pitches
Figma  After Effects  Cinema 4D (basic)             Senior Visual Designer — Northpier Creative
Keynote  Frame.io                                   2017 – 2021
                                                    • Packaging line for a craft beverage brand (38 SKUs)
EDUCATION                                           • Built the agency's first shared Figma library
BFA Graphic Design                                  Graphic Designer — Lakeside Museum of Science
Midwest Institute of Art, 2012                      2012 – 2017
                                                    • Exhibit graphics, wayfinding, annual report
AWARDS                                              • Print production with 4 outside vendors
Chicago Design Annual 2023 (identity)
                                                    SUMMARY
                                                    Brand and visual design lead, 14 years; agency
                                                    and in-house museum. I run a small team and still
                                                    design every day. Looking for an ACD or design
                                                    manager role in-house.
""", "visual/brand design lead", "two-column paste, interleaved lines")

R("i05", "data_analysis", "entry", "Data Analytics Intern", "Minh-Anh Tran", "Atlanta, GA",
  ["Data Analyst", "Junior BI Analyst", "Reporting Analyst"], ["Atlanta, GA", "Remote (US)"], True, 62000, """
Minh-Anh Tran
Atlanta, GA | (404) 555-0109 | minhanh.tran@example.com | github.com/mtran-data
Seeking: entry-level Data Analyst / BI Analyst. B.S. Statistics, May 2026.

SKILLS: SQL (PostgreSQL, BigQuery) | Excel (pivots, XLOOKUP, Power Query) | Tableau | Python (pandas) | R

INTERNSHIP
Data Analytics Intern, Peachline Grocers - Summer 2025
- Wrote SQL for the weekly shrink report (38 stores); moved it from an emailed Excel file to a Tableau dashboard.
- Found duplicate SKUs in promo data that inflated sales by ~3%.
- Built an Excel model of markdown timing for bakery items; the category manager used it for the fall reset.

Research Assistant, Dept. of Statistics - 2024-2026, 10 hrs/wk
- Survey weighting in R for a county transit rider survey (n=2,400).
- Cleaned and documented the data files; wrote the codebook the county now publishes with the survey.

CAPSTONE
Late buses and ridership: joined GTFS schedules with tap-card counts (1.2M rows) in BigQuery; Tableau story shown to the city transit planning team. Routes with >10 min average delay lost 14% more riders year over year.

EDUCATION
B.S. Statistics, minor Computer Science, Georgia Piedmont University, 2026 - GPA 3.6
Coursework: regression, experimental design, databases, data viz

OTHER
Cashier / shift trainer, Buford Hwy grocery, 2021-2024
Languages: Vietnamese (fluent), English
""", "new graduate, internship + capstone", "very terse")

R("i06", "data_analysis", "senior", "Senior Business Intelligence Analyst", "Karin Sundqvist-Moore", "Minneapolis, MN",
  ["Senior BI Analyst", "BI Analyst", "Reporting Analyst"], ["Minneapolis, MN", "St. Paul, MN", "Remote (US)"], True, 92000, """
KARIN SUNDQVIST-MOORE
Minneapolis, MN 55417 · 612-555-0151 · karin.sm@example.com

RETURNING TO WORK after a planned career break (2022-2026, caring for my twins and my father). Before the break: 10 years in healthcare BI, the last 5 as Senior BI Analyst. Since spring 2026 I've refreshed on Snowflake and Tableau Cloud and built volunteer dashboards for a food shelf network.

TOOLS
Tool\tYears\tLast used\tLevel
SQL (SQL Server, Snowflake)\t10\t2026\tAdvanced
Tableau / Tableau Cloud\t8\t2026\tAdvanced
Excel (Power Query, Power Pivot)\t12\t2026\tAdvanced
Power BI\t2\t2026\tIntermediate
SSIS / SSRS\t6\t2022\tIntermediate
Python (pandas)\t1\t2026\tBeginner

EXPERIENCE
Volunteer Data Analyst, Twin Lakes Food Shelf Network\t2026 - present
- Built a Tableau dashboard of visits by ZIP and weekday for 11 pantries; cut the monthly board report from 2 days to 1 hour.

Senior Business Intelligence Analyst, North Star Health Plan\t2017 - 2022
- Owned HEDIS and Star Ratings reporting marts; 40+ Tableau dashboards for quality, pharmacy and provider network teams.
- Rebuilt the member churn model inputs in SQL; documented 120 measures in a data dictionary.
- Mentored 3 analysts (no direct reports).

BI Analyst, North Star Health Plan\t2012 - 2017
- SSRS to Tableau migration; claims and eligibility reporting.

EDUCATION
B.A. Economics, Minnesota Northern University, 2011
Tableau Desktop Specialist (renewed 2026)
""", "return to work after a 4-year break", "tab-separated table pasted")

R("i07", "allied_health", "entry", "Physical Therapist Assistant (new graduate)", "Devon Castellanos", "San Diego, CA",
  ["Physical Therapist Assistant", "PTA - Outpatient Orthopedics", "Rehab Aide"], ["San Diego, CA", "Chula Vista, CA", "Oceanside, CA"], False, 58000, """
DEVON CASTELLANOS, PTA
San Diego, CA | (619) 555-0162 | devon.castellanos@example.com

SUMMARY
Newly licensed Physical Therapist Assistant (California PTA license, Nov 2026) and U.S. Navy veteran. Six years as a Hospital Corpsman, including two with a Marine infantry battalion, before switching to rehab. Looking for my first PTA job, ideally outpatient ortho or sports.

EDUCATION
A.S. Physical Therapist Assistant, Mesa Coast College, 2026 (CAPTE-accredited)
Passed NPTAE on first attempt. CPR/BLS, CPI-aware.

CLINICAL ROTATIONS (720 hours)
Outpatient Orthopedics - Harborview Sports & Spine (8 wks)
- Carried up to 60% of a PT's caseload under supervision: post-op ACL, rotator cuff, low back pain. Therex progressions, manual cues, Graston, HEP in WebPT.
Skilled Nursing Facility - Palm Terrace Care Center (6 wks)
- Gait training, transfers, fall-risk programs; documented in PointClickCare.
Acute Care - Bayside Medical Center (4 wks)
- Early mobility in ICU and ortho floor with PTs; lines/drains awareness.

MILITARY EXPERIENCE
Hospital Corpsman Second Class (HM2), U.S. Navy - 2016-2022
- Battalion aid station: sick call, splinting, wound care, and the battalion's musculoskeletal injury clinic with a physical therapist.
- Trained 40 Marines per quarter in Tactical Combat Casualty Care.
- Naval Hospital physical therapy department (last 18 months): set up patients, ran supervised exercise groups, tracked outcomes in the EHR.

OTHER
Rehab Aide (part-time, during school) - Coastline PT, 2024-2025
Spanish: conversational
""", "veteran into civilian health work; new PTA", "plain")

R("i08", "allied_health", "mid", "Rehab Scheduling Coordinator (part-time)", "Lorraine Beckwith", "Harrisburg, PA",
  ["Certified Occupational Therapy Assistant", "COTA/L - Skilled Nursing", "School-Based COTA"], ["Harrisburg, PA", "Carlisle, PA", "Hershey, PA"], False, 50000, """
Lorraine Beckwith, COTA/L
Harrisburg, PA 17112
717.555.0127  /  717-555-0127 (cell)  /  lbeckwith.ota@example.com

Profile
Certified Occupational Therapy Assistant returning to treatment after six years out of the field caring for my mother (dementia). Eight years of prior COTA experience in skilled nursing and school settings. PA license reactivated 2025 with 24 CEUs; NBCOT certification current. Part-time in a rehab office now, ready for a full-time caseload.

Experience
Rehab Scheduling Coordinator (part-time) - Keystone Outpatient Rehab, Harrisburg - 2025 to present
  * Schedule PT/OT/SLP visits for 9 therapists; insurance authorizations and plan-of-care due dates
  * Cover the front desk two afternoons a week

Career break - family caregiver - 2019 to 2025
  * Full-time care for a parent; kept up with AOTA CE courses and volunteered with a memory-care day program

COTA/L - Susquehanna Health & Rehab (SNF, 120 beds) - 2014 to 2019
  * ADL retraining, adaptive equipment, fine motor, cognitive and low-vision programs
  * Restorative program lead for 2 units; trained restorative aides
  * Documentation in PointClickCare; Medicare Part A/B minutes

COTA - Capital Area Intermediate Unit (school-based) - 2011 to 2014
  * Handwriting, sensory and self-care goals for K-5 students under OTR supervision; IEP data

Education and credentials
A.A.S. Occupational Therapy Assistant, Harrisburg Area College, 2011
NBCOT COTA; Pennsylvania OTA license (reactivated 2025)
CE 2025: dementia care, upper-extremity splinting, Medicare documentation updates
""", "return to work after 6-year break; Coordinator title", "plain, double phone")
