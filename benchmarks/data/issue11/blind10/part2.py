"""blind10 records j09-j16 (typed by hand)."""
from common import rec

RECORDS = [
rec("j09", "data_analysis", "mid", "Data Analyst II", "Priya Castellanos", "Eugene, OR",
    ["Data Analyst", "Epidemiology Data Analyst", "Senior Data Analyst"], ["Eugene, OR", "Remote (US)"], True, 72000,
    "career changer (teacher); data vs policy analyst; numbered title", "chronological", """
PRIYA CASTELLANOS
Eugene, OR | priya.castellanos@example.com | 541-555-0139 | github.com/pcastellanos-example

Data analyst in public health, 3 years, after 6 years teaching high school math. I build the data pipelines and dashboards behind the county's reports; the policy calls are made by others.

EXPERIENCE
Data Analyst II - Lane County Public Health, Eugene, OR - 2025 to now
- Own the weekly respiratory-illness and overdose surveillance dashboards (Power BI) fed from ESSENCE syndromic data and vital records.
- Rewrote 30+ SAS programs in R (targets, dbplyr) - the Monday report run dropped from 5 hours to 20 minutes.
- Age-adjusted rates, small-number suppression rules, confidence intervals for the community health assessment.
- Answer 10-15 data requests a month from program staff, the board and local reporters.

Data Analyst I - same department - 2023 to 2025
- Cleaned immunization registry extracts; built the school-exclusion tracker in SQL Server.

Mathematics Teacher - Springfield High School, Springfield, OR - 2017 to 2023
- Algebra II, AP Statistics; department data lead for state test results.

EDUCATION
Graduate Certificate in Applied Data Science, Oregon State University (online), 2023
B.S. Mathematics, Portland State University, 2016 | Oregon teaching license (expired 2024)

TOOLS
R (tidyverse, targets, Shiny), SQL Server / T-SQL, SAS (reading and migrating), Power BI, Python (pandas), Git, REDCap, Excel

NOTES
I am not an epidemiologist and not a policy analyst. I like the data side: pipelines, quality checks, clear charts.
"""),
rec("j10", "data_analysis", "entry", "Assistant Store Manager", "Lucas Fairweather", "Joplin, MO",
    ["Junior Data Analyst", "Data Analyst I", "Reporting Analyst"], ["Joplin, MO", "Springfield, MO", "Remote (US)"], True, 48000,
    "career changer (retail); 'assistant' qualifies only 'store'; functional layout", "functional", """
LUCAS FAIRWEATHER
Joplin, MO  |  (417) 555-0150  |  lucas.fairweather@example.com

Career changer moving from grocery retail into an entry-level data analyst role. I have been the person in my store who turns the numbers into something the team can use, and I have spent the last year learning to do it properly.

SKILLS
Data analysis
- SQL (joins, window functions, CTEs) on PostgreSQL and BigQuery sandbox
- Excel: pivot tables, Power Query, XLOOKUP, conditional formatting for daily shrink reports
- Tableau Public: 4 published dashboards (see portfolio)
- Python basics: pandas, matplotlib in Jupyter
Reporting in the store
- Built a weekly labor-vs-sales sheet the district manager now uses for all 6 stores
- Tracked perishable shrink by department; bakery shrink fell 18% after we changed order quantities
Communication
- Present numbers to a team of 45 at morning huddles; write the weekly recap to the district

PROJECTS
- Capstone: "Which Joplin neighborhoods lost a grocery store?" - USDA food access data + census tracts, Tableau map
- Bike share case study (Google Data Analytics certificate capstone), SQL + R
- Cleaned 3 years of my store's anonymized sales exports to find day-of-week staffing patterns

WORK HISTORY
Assistant Store Manager - Harvest Fresh Grocers, Joplin, MO - 2022 to present
Department Lead, Produce - Harvest Fresh Grocers - 2019 to 2022
Cashier - Harvest Fresh Grocers - 2017 to 2019

EDUCATION & CERTIFICATES
Google Data Analytics Professional Certificate, 2026
Missouri Southern State University - 45 credits toward B.S. Business (on hold)
"""),
rec("j11", "administrative", "senior", "Executive Assistant to the CEO", "Genevieve Amadi-Holt", "Boise, ID",
    ["Executive Assistant", "Senior Executive Assistant", "Executive Assistant to the CEO"], ["Boise, ID", "Meridian, ID"], False, 70000,
    "exec assistant vs admin assistant vs office manager; functional layout", "functional", """
GENEVIEVE AMADI-HOLT
Boise, ID · genevieve.ah@example.com · (208) 555-0191

Executive assistant with 10 years supporting C-level leaders; 6 of them supporting one CEO and the board of directors. I do not manage the office or supervise staff - I run the calendar, the board cycle and the follow-through for one executive.

CORE SKILLS
Calendar and travel
- Own a CEO calendar that averages 45 meetings a week across three time zones; rebuild it weekly with the chief of staff.
- Book domestic and international travel, including a 9-day Asia supplier trip (visas, ground transport, backup itineraries).
Board and leadership support
- Run the quarterly board cycle: agendas, 120-page board books in Diligent, minutes drafts for the general counsel, action-item tracker.
- Plan the annual leadership offsite for 30 (venue, budget $85K, agenda, speakers).
Communications
- Screen and draft replies for the CEO's inbox; write first drafts of all-staff notes.
- Gatekeep with judgment: investors, press, board members, employees.
Expense and confidential work
- Reconcile CEO and board expenses in Concur; handle confidential HR and M&A files.

EXPERIENCE
Executive Assistant to the CEO - Sawtooth Energy Storage, Boise - 2020 to present
Executive Assistant to the CFO and COO - Treasure Valley Credit Union, Boise - 2016 to 2020
Administrative Assistant - Treasure Valley Credit Union, branch operations - 2014 to 2016
Receptionist - Boise Family Law Group - 2013 to 2014

EDUCATION & CERTIFICATIONS
B.A. English, Boise State University, 2013
Certified Administrative Professional (CAP), IAAP, 2019
Microsoft Office Specialist Expert (Outlook, Excel)

TOOLS
Outlook, Google Workspace, Diligent Boards, Concur, Zoom/Teams, DocuSign, Asana, Slack
"""),
rec("j12", "administrative", "lead", "Office Manager", "Dolores Pruitt-Nakamura", "Lubbock, TX",
    ["Office Manager", "Office Administrator", "Operations Manager"], ["Lubbock, TX"], False, 58000,
    "office manager in a law firm (legal pull); supervises staff", "chronological", """
DOLORES PRUITT-NAKAMURA
Lubbock, TX 79410 | (806) 555-0107 | dolores.pn@example.com

OFFICE MANAGER with 12 years in professional-services offices. I supervise the front office and records staff and keep a 30-attorney firm running: facilities, vendors, supplies, onboarding, the phones, the files. I am not a paralegal and do not do legal work.

EXPERIENCE
Office Manager - Caprock Whitfield LLP (law firm, 30 attorneys / 62 staff), Lubbock - 2018 to present
- Supervise 4: two receptionists, a file/records clerk and a courier. Hire, schedule, train, write reviews.
- Office budget of about $410K (lease extras, supplies, copier/print contracts, janitorial, postage, catering).
- Moved 70 years of paper files to off-site storage and a records-retention schedule; destroyed 2,100 boxes past retention with the records committee.
- Facilities point of contact for the landlord; managed the 2022 second-floor buildout and the move of 14 offices.
- New-hire onboarding: desk, keys, badges, phone, IT ticket; I hand off to HR for paperwork.
- Run the mailroom and conference-room booking; coordinate holiday party and the summer associate lunches.

Administrative Assistant / Receptionist - same firm - 2014 to 2018
- Front desk, multi-line phones, client greeting, calendar for two partners, outgoing mail and courier runs.

Administrative Clerk - Lubbock County Tax Office - 2011 to 2014
- Title and registration counter, cash drawer, data entry.

EDUCATION
A.A.S. Office Administration, South Plains College, 2011

SKILLS
Supervising front-office staff, vendor contracts, facilities, records retention, QuickBooks (petty cash and vendor invoices), Microsoft 365, iManage (filing only), Spanish (conversational)
"""),
rec("j13", "skilled_trades", "lead", "Owner / Master Plumber", "Wendell Ashby", "Brookings, SD",
    ["Master Plumber", "Plumbing Foreman", "Service Plumber"], ["Brookings, SD", "Watertown, SD"], False, 70000,
    "master trade = lead; small-town shop owner; construction pull", "chronological", """
WENDELL ASHBY - MASTER PLUMBER
Brookings, SD  ·  (605) 555-0129  ·  wendell.ashby@example.com

Master plumber (South Dakota), 22 years in the trade. I ran my own two-truck shop for nine years and am selling it to my journeyman. Looking to work as a master plumber / plumbing foreman for a bigger mechanical contractor or a university facilities department - not to run a company again.

EXPERIENCE
Owner / Master Plumber - Ashby Plumbing & Drain, Brookings, SD - 2017 to present
- Service and remodel work for homes, farms, two school districts and a few restaurants: water heaters, boilers, well pumps, softeners, backflow testing, sewer camera and jetting.
- Supervise 1 journeyman and 1 apprentice; pull permits under my license, sign off their work, teach the apprentice code.
- Estimate and bid small commercial jobs (up to about $120K); do my own billing in QuickBooks.

Journeyman Plumber - Dakota Mechanical, Sioux Falls, SD - 2008 to 2017
- New construction commercial plumbing: schools, a hospital wing, apartment buildings; rough-in through trim.
- Foreman on the crew of 4 for the last three years (layout, material takeoffs, daily reports to the super).

Plumber Apprentice - Dakota Mechanical - 2004 to 2008 (4-year registered apprenticeship)

LICENSES
South Dakota Master Plumber license | Minnesota Journeyman Plumber | ASSE 5110 backflow tester | Medical gas installer (ASSE 6010) | OSHA 30

EDUCATION
Plumbing apprenticeship program, Southeast Technical College | Brookings High School

OTHER
Volunteer fire department, 12 years. Can pass a background check for school and hospital work.
"""),
rec("j14", "construction", "mid", "Assistant Project Manager", "Noor Haddad-Sorensen", "Casper, WY",
    ["Assistant Project Manager", "Project Engineer", "Project Manager"], ["Casper, WY", "Cheyenne, WY", "Billings, MT"], False, 72000,
    "'assistant' qualifies 'project manager' only; ex-carpenter", "chronological", """
NOOR HADDAD-SORENSEN
Casper, WY | noor.hs@example.com | (307) 555-0183

Assistant Project Manager at a commercial general contractor, 3 years on the office side after 5 years as a carpenter. I run submittals, RFIs, buyout and owner pay apps for the PM on jobs up to $28M. Looking for an APM or project manager role on commercial or public work in Wyoming or Montana.

EXPERIENCE
Assistant Project Manager - High Plains Builders, Casper, WY - 2023 to present
- Natrona County school addition ($28M, CMAR): 340 submittals, 190 RFIs, subcontract buyout for 11 trades, 3-week lookaheads with the superintendent.
- Fire station renovation ($6.4M, hard bid): owned the job cost report, change order log and monthly pay app; closed out on time with the O&M manuals and warranties.
- Weekly OAC meetings: agenda, minutes, action items.
- Procore, Bluebeam takeoffs, Primavera P6 updates for the scheduler.

Project Engineer - High Plains Builders - 2022 to 2023

Carpenter (journey level) - Ridgeline Framing & Concrete, Gillette, WY - 2017 to 2022
- Concrete forms, framing, doors and hardware on commercial jobs; lead carpenter on a 3-person crew for the last year.

Carpenter Apprentice - Ridgeline Framing & Concrete - 2015 to 2017

EDUCATION
B.S. Construction Management (evening/online), University of Wyoming, 2022
Casper College - carpentry certificate, 2016

CERTIFICATIONS
OSHA 30 | First Aid/CPR | Procore certified (PM) | LEED Green Associate (2024)

SKILLS
Submittals and RFIs, buyout, cost tracking, change orders, pay applications, scheduling, reading structural and MEP drawings, field experience
"""),
rec("j15", "engineering_architecture", "senior", "Engineer III", "Caspar Mbeki-Rowland", "Cheyenne, WY",
    ["Civil Engineer III", "Senior Bridge Engineer", "Project Engineer (PE)"], ["Cheyenne, WY", "Fort Collins, CO"], False, 95000,
    "numbered title 'Engineer III'; dense", "dense", """
CASPAR MBEKI-ROWLAND, P.E. | Cheyenne, WY | caspar.mr@example.com | 307-555-0114
ENGINEER III (Bridge Program), Wyoming Department of Transportation, Cheyenne | 2021-present. Design-squad engineer, no direct reports. Designed 9 bridge replacements (prestressed girder and steel plate girder, 60-240 ft spans) from type selection through PS&E; load rating of 140 existing bridges in AASHTOWare BrR; scour evaluations with hydraulics; reviewed consultant plans on 6 design-build projects; stamp sheets under my PE. Mentor two Engineer I staff and one EIT through their first designs. Wrote the 2024 update to the department's bridge deck overlay guidance.
ENGINEER II, same | 2018-2021. Bridge inspection team leader (NBIS), 300+ inspections a year; fracture-critical and underwater dive coordination; repair recommendations.
ENGINEER I / ENGINEER-IN-TRAINING, Colorado DOT Region 4, Greeley | 2015-2018. Roadway and drainage design on rural highway resurfacing; construction inspection on two interchanges.
ENGINEERING TECHNICIAN (summer), Laramie County Public Works | 2013-2014. Survey crew, as-built drawings.
EDUCATION: M.S. Civil Engineering (structures), Colorado State University, 2015; B.S. Civil Engineering, University of Wyoming, 2013.
LICENSES: Professional Engineer, Wyoming and Colorado; NHI Bridge Inspection Team Leader (FHWA-NHI-130055); NHI Fracture Critical Inspection.
SOFTWARE: MicroStation / OpenRoads, LEAP Bridge, CSiBridge, Mathcad, AASHTOWare BrR, Excel/VBA, Bluebeam.
SUMMARY: 11 years total in transportation engineering, 8 of them in bridges. "Engineer III" is WYDOT's senior journey-level engineer grade (above II, below the Principal/Squad Leader grade). Looking for a senior bridge or structural engineer job - state DOT, county or consultant. Not interested in moving into management yet.
"""),
rec("j16", "manufacturing", "entry", "Manufacturing Engineering Co-op", "Tobias Greenleaf", "Findlay, OH",
    ["Manufacturing Engineer I", "Associate Process Engineer", "Quality Engineer I"], ["Findlay, OH", "Lima, OH", "Toledo, OH"], False, 68000,
    "new grad, co-ops only; 'associate' qualifies 'process engineer'", "chronological", """
TOBIAS GREENLEAF
Findlay, OH · tobias.greenleaf@example.com · (419) 555-0170

Graduating May 2027 with a B.S. in Mechanical Engineering Technology; three co-op rotations in automotive and appliance plants. Looking for a first manufacturing or process engineer job (Manufacturing Engineer I / Associate Process Engineer) in northwest Ohio.

CO-OP EXPERIENCE
Manufacturing Engineering Co-op - Blanchard River Stamping (Tier 1 auto supplier), Findlay, OH - Fall 2026
- Ran time studies on a 600-ton transfer press line and rebalanced two welding cells; cycle time down 7%.
- Wrote the first-draft PFMEA and control plan for a new bracket launch with the process engineer.
- Built a changeover checklist (SMED) that cut die change from 42 to 29 minutes on one press.

Quality Co-op - home-appliance plant (name under NDA), Clyde, OH - Summer 2026
- CMM and hand-gauge checks on incoming parts; tracked supplier defects in a Pareto; helped with 8D on a leaking hose fitting.

Manufacturing Co-op - Blanchard River Stamping - Spring 2025
- Updated work instructions, 5S audits, drew fixtures in SolidWorks for the toolroom.

EDUCATION
B.S. Mechanical Engineering Technology, University of Toledo, expected May 2027 (GPA 3.4)
Senior design: low-cost vision system to catch missing clips on a door panel (Python + OpenCV + Raspberry Pi).

SKILLS
SolidWorks, AutoCAD, GD&T (ASME Y14.5 basics), PFMEA, control plans, 5S, SMED, time studies, Minitab, Excel, PLC basics (Allen-Bradley ladder, lab only)

CERTIFICATIONS
Lean Six Sigma Yellow Belt (2025) · OSHA 10 · Forklift (plant-certified)

OTHER
Machine operator, summer job, Findlay Tool & Die, 2023 and 2024 (CNC lathe loading, deburr, first-piece checks)
"""),
]
