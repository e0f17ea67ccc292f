from common import rec

RECORDS = [
rec("h16", "finance_accounting", "lead", "Manager, Accounting", "Lucinda Farragut-Osei", "Memphis, TN",
    ["Accounting Manager", "Controller", "Finance Manager - Nonprofit"], ["Memphis, TN", "Remote (US)"], True, 88000, """
Lucinda Farragut-Osei, CPA
Memphis, TN · 901-555-0115 · lucinda.fo@example.com

Nonprofit accounting manager, 12 years in fund accounting, the last 5 managing a team. I'd like
an accounting manager or controller role, nonprofit or healthcare, hybrid in Memphis.

Manager, Accounting — Mid-South Regional Food Bank, Memphis, TN                      2021–present
Food bank with a $64M budget (incl. donated food) across 31 counties.
• Supervise a staff of 4: senior accountant, AP specialist, payroll/benefits accountant and
  grants accountant; hired 3 of them; write their reviews.
• Month-end close cut from 18 to 9 business days; 60+ restricted funds in Sage Intacct.
• Prepare the Uniform Guidance single audit schedules (SEFA) and lead the annual audit with
  no findings three years running. USDA TEFAP and CSFP grant billing.
• Draft Form 990 with the outside CPA; board finance committee reporting.
• Implemented Bill.com and Expensify; moved in-kind food valuation to a documented policy.

Senior Accountant — Delta Community Health Partners (FQHC), Memphis, TN               2017–2021
• HRSA grant drawdowns, 340B revenue reconciliations, cost report support.

Staff Accountant — Beale & Porter CPAs (nonprofit and governmental audit), Memphis    2014–2017
• Audited 20+ nonprofits, school districts and housing authorities.

EDUCATION
Master of Accountancy, Bluff City University, 2014
B.B.A. Accounting, Bluff City University, 2013

LICENSES & SKILLS
CPA, Tennessee (2016). Sage Intacct, Blackbaud Financial Edge, QuickBooks, Excel (pivot
tables, Power Query), ADP Workforce Now. GAAP for not-for-profits (ASC 958), Uniform Guidance.

VOLUNTEER
Treasurer, Orange Mound youth soccer league (2019–present)
""", kind="nonprofit manager of 4", format="'Manager, Accounting' (comma form)"),

rec("h17", "logistics_supply_chain", "executive", "Director of Distribution Operations", "Raymond 'Ray' Kowalczyk", "Indianapolis, IN",
    ["Director of Distribution", "Vice President, Distribution and Fulfillment", "Director of Logistics"], ["Indianapolis, IN", "Louisville, KY", "Columbus, OH"], False, 185000, """
RAYMOND "RAY" KOWALCZYK
Indianapolis, IN | 317-555-0170 | ray.kowalczyk@example.com

DISTRIBUTION EXECUTIVE - 25 YEARS, FORKLIFT TO DIRECTOR

Director of Distribution Operations                                              2018 - Present
Crossroads Home & Hardware Supply, Plainfield, IN
Three distribution centers (2.1M sq ft total), 640 associates, 9 direct reports (GMs and
transportation, engineering, safety leads). Budget $96M.
* Opened the Louisville DC on time; converted two sites to a new WMS (Manhattan).
* Cost per case down 14%; on-time-in-full to stores 98.6%.
* Union-free site; turnover from 71% to 38% with pay bands and a lead-development program.

General Manager, Regional Distribution Center                                      2012 - 2018
Heartland Grocers Cooperative, Whitestown, IN
* 900K sq ft grocery DC, 3 shifts, 320 associates; Teamsters contract with 2 negotiations.

Operations Manager / Shift Manager                                                 2006 - 2012
Midwest Parcel & Freight Solutions (3PL), Indianapolis, IN

Inbound Supervisor                                                                 2004 - 2006
Great Lakes Auto Parts Distribution, Fort Wayne, IN

Forklift Operator, Receiver, Lead Receiver                                         2001 - 2004
Great Lakes Auto Parts Distribution, Fort Wayne, IN

EDUCATION
B.S. Supply Chain Management (evenings), Hoosier State University, 2010
APICS CSCP, 2015; Lean Six Sigma Black Belt, 2016

SYSTEMS
Manhattan WMS, Blue Yonder labor management, SAP MM/WM, Power BI, Kronos, TMS (MercuryGate)

COMMUNITY
Board member, Indiana workforce board logistics council. Coaches Little League.
""", kind="25-yr career, 4 employers", format="ALL-CAPS headline, bullets with '*'"),

rec("h18", "software_engineering", "entry", "Shift Supervisor (barista)", "Noor Al-Haddad", "Portland, OR",
    ["Junior Software Engineer", "Junior Front-End Developer", "Software Engineer I"], ["Portland, OR", "Remote (US)"], True, 70000, """
Noor Al-Haddad
Portland, OR · (503) 555-0181 · noor.alhaddad@example.com · github.com/noor-example

Summary
I'm a coffee shop shift supervisor finishing a move into software. I completed a 16-week
full-stack bootcamp in July 2026 and have been building and shipping small projects since.
I'm looking for a first role as a junior developer (front-end or full-stack), hybrid or remote.

Technical skills
JavaScript/TypeScript, React, Node.js/Express, PostgreSQL, REST APIs, Jest, Git/GitHub,
HTML/CSS (Tailwind), basic Python, Docker basics, deploying to Render and Vercel

Projects
ShiftSwap (team of 4, bootcamp capstone) - web app for hourly workers to trade shifts.
React + TypeScript front end, Express API, Postgres; I built the auth flow and the
notifications service; 85% test coverage on my modules.
Pantry Finder (solo) - map of free food pantries in Multnomah County with hours from a
Google Sheet; 1,200 visitors in the first month after a local subreddit post.
Open-source: 3 merged pull requests to a React date-picker library (docs and an a11y fix).

Education
Full-Stack Web Development Immersive, Cascade Code Academy, Portland, 2026 (640 hours)
B.A. Sociology, Willamette Valley State University, 2021

Work experience
Shift Supervisor, Ember & Bean Coffee, Portland, OR                             2022 - present
- Run opening shifts with 4-6 baristas, cash reconciliation, training new hires; moved the
  store's inventory counts from paper to a Google Sheet with a script I wrote.
Barista, Ember & Bean Coffee                                                       2021 - 2022

Languages
English, Arabic (Levantine, fluent)
""", kind="career changer (bootcamp)", format="current job differs from target, stated in summary"),

rec("h19", "it_infrastructure", "mid", "Desktop Support Technician II (contract)", "Bartholomew Nkemelu", "Charlotte, NC",
    ["Systems Administrator", "Desktop Support Technician II", "IT Support Engineer"], ["Charlotte, NC", "Concord, NC", "Rock Hill, SC"], False, 60000, """
BARTHOLOMEW NKEMELU
Charlotte, NC 28213 | 704-555-0138 | bart.nkemelu@example.com

SUMMARY
IT support technician with 5 years of desktop and
endpoint support, most of it on contract through staffing agen-
cies at hospitals and a bank. Looking for a direct-hire role as
desktop support II or junior systems administrator.

CERTIFICATIONS
CompTIA A+, Network+, Security+ | Microsoft 365 Endpoint Administrator
(MD-102) | ITIL 4 Foundation

EXPERIENCE
Desktop Support Technician II (contract, W-2 through TechBridge
Staffing)                                                   03/2024 - Present
Client: Queen City Health System, Charlotte, NC
- Tier 2 support for 9,000 users in 3 hospitals and 40 clinics; avg 18
tickets/day in ServiceNow, 96% SLA.
- Intune and SCCM imaging; Windows 11 rollout for 1,400 clinical work-
stations; Epic printer mapping and badge-tap (Imprivata) issues.
- Active Directory accounts, group policy troubleshooting, BitLocker
recovery, mobile device enrollment.

IT Support Analyst (contract through Apex Talent Partners)    06/2022 - 02/2024
Client: Carolina Piedmont Bank, Charlotte, NC
- Branch refresh project: imaged and deployed 700 PCs, cash recycler
peripherals, VPN tokens; remote support with BeyondTrust.

Help Desk Technician I - Catawba Valley Community College   2021 - 2022
- Phone and walk-up support for students and faculty, password resets,
classroom A/V.

EDUCATION
A.A.S. Information Technology - Network Administration, Catawba Valley
Community College, 2021

SKILLS
Windows 10/11, macOS, Microsoft 365 admin, Exchange Online, Azure AD/
Entra ID, PowerShell (scripts for user onboarding), DHCP/DNS basics,
Cisco switch port config, Meraki, PRTG, Jamf basics
""", kind="agency contract worker", format="pasted PDF, broken line wraps"),

rec("h20", "data_analysis", "senior", "Mathematical Statistician (GS-1529-12)", "Ananya Venkataraghavan", "Suitland, MD",
    ["Senior Statistician", "Senior Data Scientist", "Mathematical Statistician GS-13"], ["Washington, DC", "Suitland, MD", "Remote (US)"], True, 125000, """
ANANYA VENKATARAGHAVAN
Suitland, MD 20746 | (301) 555-0127 | ananya.v@example.com
U.S. citizen | Public Trust clearance

PROFESSIONAL PROFILE
Survey statistician with 9 years of experience (8 federal), trained in India and the US.
Specialise in sample design, weighting, small-area estimation and disclosure avoidance.
Seeking senior statistician or senior data scientist roles (federal GS-13 or private).

EXPERIENCE
Mathematical Statistician, GS-1529-12, Step 4
Federal statistical agency (household surveys division), Suitland, MD         2020 - present
- Weighting and variance estimation (replicate weights, SDR) for a monthly household survey
  of 60,000 addresses; production code in SAS and R.
- Built small-area model (Fay-Herriot) for county poverty estimates; published methodology.
- Lead analyst on nonresponse bias studies; mentor 2 GS-9/11 statisticians (no supervision).

Mathematical Statistician, GS-1529-9/11 (Pathways Recent Graduate)             2018 - 2020
Same agency, economic surveys directorate. Imputation for a business survey.

Research Associate (Statistics)
Indian Statistical Sciences Institute (fictional), Kolkata, India              2016 - 2017
- Sample design support for state health surveys; SPSS and R.

EDUCATION
M.S. Statistics, Chesapeake State University, College Park, MD, 2018
M.Stat. (Master of Statistics), Indian Statistical Sciences Institute, Kolkata, 2016
B.Sc. (Hons) Mathematics, University of Madras (fictional affiliate college), 2014

TECHNICAL SKILLS
R (survey, tidyverse, Shiny), SAS, Python (pandas, statsmodels), SQL, Stata, Git, Tableau

PUBLICATIONS
Two conference papers, Joint Statistical Meetings (2022, 2024); co-author of an agency
working paper on differential privacy and small-area estimates.
""", kind="federal, trained abroad", format="GS series/grade in titles, Indian/British spelling"),

rec("h21", "design_ux", "executive", "Director of Product Design", "Sebastián Moreau-Lindahl", "San Francisco, CA",
    ["Head of Design", "VP of Product Design", "Director of Product Design"], ["San Francisco, CA", "Remote (US)"], True, 260000, """
Sebastián Moreau-Lindahl
San Francisco, CA — 415-555-0166 — sebastian.ml@example.com — portfolio on request

Design leader, 16 years. I build design teams and the operating model around them: hiring,
critique culture, design systems, research. Looking for a head of design / VP role at a
Series C+ product company, remote or SF.

WHAT I'VE BUILT
• Grew a design org from 6 to 34 (product design, UX research, content design, design ops,
  brand) with 4 managers reporting to me.
• Launched the "Harbor" design system: 90% component adoption across web, iOS and Android
  in 18 months; design-to-dev handoff time down by half.
• Led the redesign of consumer onboarding: activation +11 points, support tickets -23%.
• Set up a research repository and a quarterly customer council with product and marketing.

EXPERIENCE
Director of Product Design — Ledgerline (fintech, Series D), San Francisco        2021–present
Design Manager, Payments & Risk — Ledgerline                                      2019–2021
Senior Product Designer — Waymark Travel, San Francisco                             2016–2019
Product Designer — Fennec Health (telemedicine start-up), Oakland                  2013–2016
Visual / Interaction Designer — Studio Nordhavn (digital agency), Copenhagen        2010–2013

EDUCATION
M.A. Interaction Design, Royal Danish design school (fictional: Aarhus School of Design), 2010
B.A. Graphic Communication, Université de Lyon (fictional campus), 2008

TOOLS & PRACTICES
Figma, FigJam, Framer, Dovetail, Maze; design critique rituals; design OKRs; design hiring
loops and career ladders (wrote Ledgerline's IC and manager ladders).

SPEAKING
Keynote, regional design systems conference 2024; guest lecturer, SF design bootcamp.

Languages: English, French, Danish, Spanish
""", kind="design executive, trained abroad", format="achievements-first, one-line job list"),

rec("h22", "sales", "senior", "Territory Sales Representative", "Delphine Okoro-McAllister", "Kansas City, MO",
    ["Senior Territory Sales Representative", "Strategic Account Executive", "Outside Sales Representative"], ["Kansas City, MO", "Overland Park, KS", "Remote (US)"], True, 85000, """
DELPHINE OKORO-MCALLISTER
KANSAS CITY, MO  *  816-555-0184  *  delphine.om@example.com

PROFILE
OUTSIDE B2B SALES, 12 YEARS, FOUR COMPANIES, ALWAYS ON QUOTA. I sell industrial supplies
and safety products to plants, utilities and contractors across Missouri and Kansas.
Hunter and farmer. Want a senior territory or strategic account role; no management.

EXPERIENCE
TERRITORY SALES REPRESENTATIVE
Plains Industrial Safety Supply, Kansas City, MO                                2020 - PRESENT
- $4.8M book across 140 accounts; 2025 at 117% of quota (President's Club 2023 and 2025).
- Won a 3-year PPE vending contract with a regional electric utility ($1.1M/yr).
- Run joint calls with manufacturer reps; quarterly business reviews with top 20 accounts.
- Salesforce, Outreach; about 60% of the week on the road.

ACCOUNT MANAGER - INSIDE/OUTSIDE HYBRID
Gateway Fastener & Tool, St. Louis, MO                                          2017 - 2020
- Grew assigned accounts from $1.2M to $2.0M; 110% average attainment.

SALES REPRESENTATIVE
Midland Uniform & Linen Services, Wichita, KS                                   2014 - 2017
- New-logo hunting for route-based uniform rental; top new-business rep in region 2016.

RETAIL SALES ASSOCIATE (PART-TIME, COLLEGE)
Big Sky Outdoor Outfitters, Lawrence, KS                                        2011 - 2014

EDUCATION
B.S. BUSINESS ADMINISTRATION (MARKETING), JAYHAWK STATE UNIVERSITY, 2014

TRAINING
Sandler Sales foundations; Challenger Sale workshop; OSHA 10 (to speak the customer's language)

OTHER
Valid driver's license, company car. Lives 10 minutes from I-435.
""", kind="IC seller, 4 employers", format="ALL-CAPS headings and header lines"),

rec("h23", "marketing_communications", "mid", "Communications Coordinator", "Imani Castellanos-Webb", "Baltimore, MD",
    ["Communications Specialist", "Communications Manager (nonprofit)", "Digital Content Specialist"], ["Baltimore, MD", "Washington, DC", "Remote (US)"], True, 58000, """
Imani Castellanos-Webb
Baltimore, MD | 410-555-0148 | imani.cwebb@example.com

Communications coordinator at a nonprofit, 4 years, writing and
digital for a tenants' rights organization. Looking for a commu-
nications specialist or manager role at a mission-driven org.

EXPERIENCE
Communications Coordinator                                2022 - present
Charm City Tenant Justice Alliance (nonprofit, 40 staff), Baltimore
- Write and send the biweekly newsletter (14,000 subscribers,
  41% open rate); run Instagram, Facebook, Bluesky and LinkedIn;
  grew Instagram from 2.1K to 9.8K followers.
- Press releases and media lists; placed 30+ stories in local TV
  and print during the 2024 rent stabilization campaign; prep
  tenant leaders for interviews.
- Annual report (InDesign) and donor appeals with the develop-
  ment team; year-end appeal raised 22% more than 2023.
- WordPress site updates, Spanish-language pages with a trans-
  lator; Canva templates for organizers.

Communications & Outreach Fellow (AmeriCorps VISTA)     2021 - 2022
Eastern Shore Literacy Coalition, Salisbury, MD
- Recruited volunteer tutors through radio spots, flyers and
  Facebook; 65 new tutors in a year.

Freelance writer (part-time)                            2020 - present
- Articles for a neighborhood newspaper and blog posts for two
  small businesses.

EDUCATION
B.A. Journalism and Media Studies, Chesapeake State University, 2020

SKILLS
AP style, Mailchimp, Hootsuite, Meta Business Suite, Canva, Adobe InDesign and Premiere Rush,
WordPress, Google Analytics 4, basic video shooting/editing, Spanish (intermediate)
""", kind="nonprofit, AmeriCorps", format="pasted PDF, broken line wraps"),
]
