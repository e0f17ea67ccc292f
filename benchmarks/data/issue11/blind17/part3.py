"""blind17 records s17-s23 (hand-written)."""
from common import rec

RECORDS = [
rec("s17", "it_infrastructure", "mid", "Tech Concierge", "Jordan Abernathy-Cole", "Denver, CO",
    ["Desktop Support Technician II", "IT Support Specialist", "Field Services Technician"], ["Denver, CO", "Aurora, CO", "Lakewood, CO"], False, 62400,
    "loanword title outside its usual family (Concierge)", "chronological",
"""
JORDAN ABERNATHY-COLE
Denver, CO 80211 | 720-555-0117 | jordan.ac@example.com

My title is "Tech Concierge" - that is what our coworking company calls its on-site IT support. In practice I am the desktop and network support tech for 4 buildings and about 1,400 members.

EXPERIENCE
Tech Concierge - Foundry Commons Coworking (4 Denver locations) | 2023 - present
- Tier 1-2 support for members and 60 staff: laptops, printers, conference-room AV (Zoom Rooms, Teams Rooms), badge readers
- Manage 140 Meraki access points, 12 switches and member VLANs; onboard new companies' private networks and static IPs
- Intune and Jamf for staff devices; Microsoft 365 and Google Workspace admin for staff accounts
- Ticket queue in Freshservice: 300-400 tickets/month, 91% resolved within SLA
- Wrote the knowledge base (85 articles) and the member Wi-Fi troubleshooting page

Guest Experience Concierge - The Larimer Hotel, Denver | 2020 - 2023
- Front-desk concierge; became the hotel's unofficial IT person for the PMS terminals, printers and guest Wi-Fi, which got me into IT

IT Intern - Mile High Community College help desk | 2019 - 2020

CERTIFICATIONS
CompTIA A+, Network+ (2023); Cisco Meraki CMNA; Microsoft 365 Certified: Endpoint Administrator Associate (MD-102)

EDUCATION
A.A.S., Computer Information Systems - Mile High Community College, 2020

TOOLS
Windows 10/11, macOS, Active Directory/Entra ID, Intune, Jamf Pro, Meraki Dashboard, Freshservice, PowerShell basics, cable termination and toner

Next job: Desktop Support Technician II or IT support specialist with an internal IT team (not hotel concierge work). Denver metro, on-site or hybrid. $30/hr or $62,400 a year minimum.
"""),

rec("s18", "hospitality", "lead", "Brasa & Barrel (no title given)", "Benedetta Nwosu", "Kansas City, MO",
    ["Kitchen Manager", "Executive Sous Chef", "Culinary Manager"], ["Kansas City, MO", "Overland Park, KS", "Lee's Summit, MO"], False, 62000,
    "past tense throughout, no titles, only employers", "narrative per employer",
"""
BENEDETTA NWOSU
Kansas City, MO 64111 | 816-555-0118 | b.nwosu@example.com

WORK HISTORY

Brasa & Barrel (two locations, 240 covers a night), Kansas City, MO, 2021 - 2026
Ran the back of house for both restaurants. Hired, scheduled and trained a kitchen staff of 28 cooks, prep cooks and dishwashers, and two sous chefs reported to me. Wrote the prep lists and par sheets, ordered from 9 vendors, and brought food cost from 34% to 29% in the first year. Passed every health inspection with no critical violations. Rebuilt the menu twice with the owner and costed every plate. Closed the kitchen when the owners sold both restaurants in October 2026.

Harvest Table Catering, Overland Park, KS, 2017 - 2021
Cooked and then ran production for weddings and corporate events of 50 to 1,200 guests. Planned staffing for each event with the event manager, led a crew of 6 to 14 cooks on site, and kept HACCP logs for the commissary. Built the allergen labeling system for boxed lunches.

The Copper Spoon Diner, Lee's Summit, MO, 2013 - 2017
Worked the grill and sauté stations, then trained new line cooks and opened the kitchen on weekends.

Blue Valley Community College, 2011 - 2013
Completed the A.A.S. in Culinary Arts; externed at a downtown hotel banquet kitchen.

CERTIFICATIONS
ServSafe Food Protection Manager (2025); ServSafe Alcohol; Kansas City food handler card

SKILLS
Menu costing, scheduling in 7shifts, inventory in MarketMan, Toast POS, high-volume line management, training Spanish-speaking crews (conversational Spanish)

LOOKING FOR
Kitchen manager or executive sous chef job in the KC metro. Full-time, $62,000 or more.
"""),

rec("s19", "logistics_supply_chain", "mid", "Inventory Control Clerk (via PeakForce Staffing)", "Andre Villanueva", "Indianapolis, IN",
    ["Inventory Control Specialist", "Inventory Coordinator", "Cycle Count Lead"], ["Indianapolis, IN", "Plainfield, IN", "Greenwood, IN"], False, 47840,
    "agency/staffing placements listed under the agency", "grouped by staffing agency",
"""
ANDRE VILLANUEVA
Indianapolis, IN 46241 | 317-555-0119 | andre.villanueva@example.com

5 years in warehouses around Indianapolis, all through staffing agencies. The agency was my employer of record; the sites are listed under each agency. Looking to go direct-hire.

PEAKFORCE STAFFING | 2023 - present
Placement: Hollis Home Goods distribution center, Plainfield (1.1M sq ft)
- Inventory Control Clerk: daily cycle counts (350-500 locations), research variances, adjust in Manhattan WMS with supervisor approval
- Cut location-accuracy errors from 2.1% to 0.6% in my zones; trained 4 new counters
- Assignment extended 5 times; client asked to convert me, pending a headcount opening

TRUEPATH WORKFORCE SOLUTIONS | 2021 - 2023
Placement: Circle City Auto Parts DC, Indianapolis
- Reach-truck operator, replenishment and putaway; RF scanning; 0 safety incidents
Placement: Greenfield Grocery Supply (2-month peak season)
- Order selector on voice pick, 118% of rate

QUICKSHIFT LABOR (day labor) | 2020 - 2021
Placements: various 1-5 day assignments - trailer unloading, sorting, janitorial

SKILLS
Manhattan SCALE WMS, SAP EWM (view/transactions), RF guns, Excel (VLOOKUP, pivot tables), cycle-count and ABC analysis, reach truck, sit-down and stand-up forklift, order picker

CERTIFICATIONS
Forklift operator certifications (reach, sit-down, order picker) - renewed 2025
OSHA 10 General Industry
APICS/ASCM Certified in Logistics, Transportation and Distribution (CLTD) - studying, exam 2027

EDUCATION
Westfield Road High School, 2019; Hoosier Technical College - Supply Chain Management courses (12 credits)

Want: direct-hire inventory control specialist or coordinator, 1st shift, west/south side Indianapolis. $23/hr minimum.
"""),

rec("s20", "administrative", "entry", "Temporary Office Assistant (Keystone Temps)", "Shanice Pruitt", "Harrisburg, PA",
    ["Administrative Assistant", "Receptionist", "Office Assistant"], ["Harrisburg, PA", "Camp Hill, PA", "Mechanicsburg, PA"], False, 37440,
    "agency/staffing placements listed under the agency", "single agency with assignment list",
"""
SHANICE PRUITT
Harrisburg, PA 17104 | 717-555-0120 | shanice.pruitt@example.com

OBJECTIVE
A permanent administrative assistant or receptionist job. For the last year and a half I have temped through one agency at different offices, which taught me to learn a new phone system and filing setup in a day.

EXPERIENCE
Keystone Temps, Harrisburg, PA - Temporary Office Assistant | Apr 2025 - present
Assignments (agency is my employer):
- Susquehanna Title & Abstract (4 months): front desk, scheduled closings, scanned and indexed 2,000+ deeds
- PA Orchard Growers Association (3 months): member database updates, mailed renewal notices, took minutes at 2 board meetings
- Capital Region Orthodontics (6 weeks): check-in, insurance card scanning, phones for 3 providers
- Hollander Mechanical (5 months, current): dispatch phones, data entry of service tickets, purchase orders in QuickBooks, ordering office supplies
Rated "request again" by all four clients.

Cashier / Customer Service - Fresh Valley Market, Harrisburg | 2022 - 2025 (part-time)
- Service desk: returns, money orders, lottery; balanced drawer daily

EDUCATION
Susquehanna Valley Community College - Administrative Office Technology certificate, 2025
Westside High School, 2022

SKILLS
Typing 68 wpm; Microsoft Word, Excel, Outlook; Google Workspace; QuickBooks (data entry); multi-line phones; scanning and indexing; calendar scheduling

AVAILABILITY
Full-time, Monday-Friday. I use the bus, so Harrisburg, Camp Hill or Mechanicsburg. $18/hr or more.
"""),

rec("s21", "sales", "senior", "Territory Account Manager", "Curtis Vandermolen", "Grand Rapids, MI",
    ["Senior Account Executive", "Senior Territory Manager", "Strategic Account Manager"], ["Grand Rapids, MI", "Kalamazoo, MI", "Lansing, MI"], False, 90000,
    "skills section in sentence form", "prose skills, short job list",
"""
CURTIS VANDERMOLEN
Grand Rapids, MI 49503 | 616-555-0121 | curtis.vandermolen@example.com

WHAT I'M GOOD AT (in my own words)
I find new business in territories other reps have given up on; at my current company I took West Michigan from $3.1M to $7.4M in four years, mostly by calling on plant managers and maintenance leads who never heard from a rep before.
I can run a long sale with six or seven people involved, from the engineer who specs the part to the purchasing manager who signs the PO, and I keep all of it in Salesforce so my manager never has to ask.
I negotiate annual pricing agreements and vendor-managed inventory deals, and I know when to walk away from a low-margin order.
I am comfortable on a plant floor in steel toes and in a boardroom with a CFO, and I've presented to both.
I train new reps by taking them on ride-alongs, though I have never been anyone's manager and I'm not asking to be.
I am organized about forecasting: my quarterly forecast has been within 8% of actual for 14 straight quarters.

EXPERIENCE
Territory Account Manager - Lakeshore Industrial Supply (MRO distributor) | 2022 - present
- 112% of quota in 2023, 124% in 2024, 109% in 2025; President's Club twice
Outside Sales Representative - Great Lakes Fastener Co. | 2017 - 2022
- Grew book from 60 to 140 active accounts
Inside Sales Representative - Great Lakes Fastener Co. | 2015 - 2017

EDUCATION
B.B.A., Marketing - Western Lakes University, 2015

Looking for a senior account executive or strategic account role in industrial sales in West Michigan. Base $90,000 minimum plus commission. Overnight travel up to 2 nights a week is fine.
"""),

rec("s22", "social_work", "mid", "Certified Peer Recovery Specialist", "Raymond Oduya", "Baltimore, MD",
    ["Reentry Case Manager", "Case Manager", "Community Health Worker"], ["Baltimore, MD", "Towson, MD"], False, 52000,
    "reentry: lived experience to case management", "chronological with lived-experience statement",
"""
RAYMOND ODUYA, CPRS
Baltimore, MD 21217 | 410-555-0122 | raymond.oduya@example.com

LIVED EXPERIENCE
I served 9 years in Maryland state prisons and came home in 2019. I used the same reentry services I now provide. I have been in recovery since 2016. I bring that experience to every client and I keep clear boundaries about it.

EXPERIENCE
Certified Peer Recovery Specialist - Harbor Bridge Reentry Center, Baltimore, MD | 2022 - present
- Caseload of 22-28 men returning from prison and jail; intake, needs assessment, individualized reentry plans
- Link clients to housing, Medicaid enrollment, IDs, treatment and job programs; track outcomes in Apricot
- Meet clients at release (gate pickup) and attend parole meetings with them when asked
- Co-facilitate a weekly Thinking for a Change group (16 sessions per cycle)
- 71% of my clients housed and employed at 6 months (program target 55%)

Reentry Navigator (AmeriCorps) - West Baltimore Works | 2020 - 2022
- Job readiness classes, expungement clinic intake with volunteer lawyers, food and transit referrals

Warehouse Associate - Chesapeake Paper Distribution | 2019 - 2020

EDUCATION
B.S., Human Services (in progress, 84 of 120 credits) - Patapsco State University, expected 2027
A.A., General Studies - Charm City Community College, 2021
GED earned while incarcerated, 2013

CREDENTIALS
Certified Peer Recovery Specialist (CPRS), Maryland Addiction & Behavioral-health Professionals Certification Board
Mental Health First Aid; Motivational Interviewing (40 hrs); Naloxone trainer; Thinking for a Change facilitator

Next: reentry case manager or community case manager role in Baltimore. $52,000 minimum.
"""),

rec("s23", "science_lab", "senior", "Senior Scientist, Analytical Development", "Wen-Li Harrington", "San Diego, CA",
    ["Senior Scientist", "Senior Scientist, Analytical Chemistry", "Scientist III"], ["San Diego, CA", "Carlsbad, CA"], False, 145000,
    "mostly a list of tools/instruments", "tool inventory with thin prose",
"""
WEN-LI HARRINGTON, Ph.D.
San Diego, CA 92122 | 858-555-0123 | wenli.h@example.com
Senior Scientist, Analytical Development - 9 years post-PhD, small molecule and peptide

INSTRUMENTS (hands-on, troubleshoot and maintain)
- LC: Agilent 1290 Infinity II, Waters Acquity UPLC H-Class, Thermo Vanquish; UV/DAD, CAD, FLD detectors
- MS: Thermo Orbitrap Exploris 240, Sciex 6500+ QTRAP, Waters Xevo G2-XS QTof
- GC: Agilent 8890 with headspace (residual solvents)
- Other: Karl Fischer (coulometric/volumetric), DSC/TGA (TA Instruments), Malvern Mastersizer, dissolution (USP I/II, Distek), NMR 400 MHz (data interpretation)

SOFTWARE
Empower 3 (method and custom fields), Chromeleon 7, MassHunter, Analyst, Xcalibur/Compound Discoverer, Skyline, JMP (DoE), Fusion QbD, LabWare LIMS, Benchling ELN, Python (pandas) for data reduction

METHODS / QUALITY
Method development and ICH Q2(R2) validation; forced degradation; impurity identification; stability (ICH Q1A); method transfer to CDMOs; cGMP, 21 CFR Part 11, ALCOA+; authoring CMC Module 3 sections (3.2.S.4, 3.2.P.5)

EXPERIENCE
Scientist II to Senior Scientist - Torrey Mesa Therapeutics, San Diego | 2019 - present
- Analytical lead on 3 programs from IND to Phase 2; oversee 2 research associates' bench work
Scientist I - Coronado Biopharma | 2017 - 2019

EDUCATION
Ph.D., Analytical Chemistry - Pacific Crest University, 2017
B.S., Chemistry - Golden Valley University, 2011

Seeking: Senior Scientist / Scientist III in analytical development, San Diego or Carlsbad, on-site. Base $145,000+.
"""),
]
