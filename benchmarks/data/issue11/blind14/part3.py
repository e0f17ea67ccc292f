"""blind14 part 3: n17-n24."""
from common import rec

RECORDS = [
rec("n17", "finance_accounting", "executive", "Partner", "Douglas Whitfield", "Omaha, NE",
    ["Chief Financial Officer", "VP Finance", "Corporate Controller"], ["Omaha NE", "Lincoln NE", "Des Moines IA"], False, 210000,
    "internal title 'Partner' (CPA firm) targeting CFO", "chronological",
"""
DOUGLAS WHITFIELD, CPA, CGMA
Omaha, Nebraska · 402-555-0142 · dwhitfield.cpa@example.com

After 19 years in public accounting I want to move to the client side as CFO or VP Finance of a privately held or PE-backed company in Omaha, Lincoln or Des Moines. Base salary at least $210,000.

PARTNER — Meyer Lund Whitfield LLP (regional CPA firm, 140 staff), Omaha
2015 – Present
- Audit and advisory partner for 45 clients: manufacturing, agribusiness, construction, and two ESOPs, revenues $20M–$600M
- Lead a practice group of 2 senior managers, 5 managers and about 20 staff; set budgets, staffing and hiring for the group
- Sign audit opinions; quality-review partner for 12 other engagements
- Advised owners on quality-of-earnings for 9 sale transactions and 3 debt refinancings
- Member of the firm's 5-person executive committee (firm strategy, partner comp, IT)

Senior Manager / Manager — Meyer Lund Whitfield LLP
2010 – 2015
- Managed audits of manufacturing and ag co-op clients; inventory observations and revenue recognition (ASC 606) work

Senior Associate / Associate — Big Four firm, Minneapolis office
2007 – 2010
- Audit of public companies (SOX 404), consumer products

EDUCATION
M.P.Acc. and B.S. Accounting, University of Nebraska–Lincoln, 2007
CPA (Nebraska, Iowa); CGMA

BOARD SERVICE
Treasurer, Heartland Food Bank board (2018–2024); Finance committee, St. Cecilia Parish
"""),

rec("n18", "sales", "mid", "Licensed Insurance Agent (P&C, Life & Health)", "Brianna Castellanos", "Henderson, NV",
    ["Insurance Sales Agent", "Account Executive, Personal Lines", "Licensed Insurance Producer"], ["Las Vegas NV", "Henderson NV"], False, 52000,
    "two concurrent jobs in different families (insurance sales + restaurant server); target sales", "chronological",
"""
BRIANNA CASTELLANOS
Henderson, NV (Las Vegas metro) · (702) 555-0159 · bri.castellanos@example.com

I work two jobs right now: insurance sales on weekdays and serving on weekends. I want one full-time insurance sales job (personal lines or life) with base + commission. Base $52,000 minimum. Las Vegas or Henderson.

LICENSES
Nevada Property & Casualty producer (2022); Life & Health (2023); Notary Public

CURRENT (concurrent)

Licensed Insurance Agent — Desert Sky Insurance Agency (captive agency), Henderson, NV
Oct 2022 – Present | Mon–Fri
- Quote and close auto, home, renters and umbrella policies; 35–50 new households a quarter
- Work internet leads and cross-sell life to existing auto/home customers; 118% of new-premium goal in 2025
- Annual policy reviews with 300+ households; retention 91%
- Bilingual sales to Spanish-speaking customers (about 40% of my book)

Server — Prime & Vine Steakhouse (on the Strip), Las Vegas, NV
2019 – Present | Fri–Sun nights
- Fine-dining service for 5–6 tables, wine pairings; trains new servers on the POS

PREVIOUS
Customer Service Rep — Silver State Utilities call center (contract), 2018 – 2019
- Billing and payment plan calls

EDUCATION
College of Southern Nevada — business courses (30 credits)
Las Vegas High School, 2017

SKILLS
Applied Epic, EZLynx, Salesforce, needs-based selling, objection handling, Spanish (fluent)
"""),

rec("n19", "human_resources", "senior", "HR Generalist | SHRM-CP, PHR", "Latoya Pemberton", "Raleigh, NC",
    ["Senior HR Generalist", "HR Business Partner", "HR Generalist"], ["Raleigh NC", "Durham NC", "hybrid 2 days max"], False, 6500 * 12,
    "abbreviations in title line; nonprofit work; monthly salary", "chronological",
"""
LATOYA PEMBERTON
HR Generalist | SHRM-CP, PHR
Raleigh, NC · (919) 555-0181 · latoya.pemberton.hr@example.com

Target: Senior HR Generalist or HR Business Partner in Raleigh/Durham; hybrid 2 days max on site. Minimum $6,500/month.

EXPERIENCE

HR Generalist — Triangle Community Health Partners (nonprofit FQHC, 420 employees), Raleigh
2019 – Present
- Full-cycle employee relations for 6 clinic sites: investigations, corrective action, separations
- Run open enrollment for medical/dental/403(b), FMLA/ADA leave cases (about 70 a year)
- Update the handbook and write policies on remote work and paid parental leave
- Partner with clinic directors on workforce planning; recruit for hard-to-fill provider roles
- Implemented Paylocity onboarding; cut new-hire paperwork time by half
- Train supervisors quarterly on interviewing, documentation and harassment prevention

HR Coordinator — Wake Family Services (nonprofit), Cary, NC
2016 – 2019
- I-9s, background checks, HRIS data, benefits questions, new-hire orientation

Administrative Assistant — Pemberton & Sons Funeral Home, Durham (family business)
2013 – 2016

EDUCATION
B.S. Business Administration (Human Resource concentration), North Carolina Central University, 2013
SHRM-CP (2018), PHR (2020)

VOLUNTEER
Resume review volunteer, Dress for Success Triangle; HR committee, Raleigh Urban League
"""),

rec("n20", "it_infrastructure", "entry", "Agent", "Marcus Bell", "Indianapolis, IN",
    ["Help Desk Technician", "IT Support Specialist I", "Desktop Support Technician"], ["Indianapolis IN", "Carmel IN", "Fishers IN"], False, 21 * 2080,
    "very short; internal title 'Agent'", "skills + two jobs",
"""
MARCUS BELL
Indianapolis, IN 46220 · (317) 555-0107 · marcus.bell.it@example.com

Objective: Tier 1 help desk or desktop support job in Indy, Carmel or Fishers. $21/hr or more.

CERTIFICATIONS
CompTIA A+ (2025) · CompTIA Network+ (studying, exam March 2027) · Google IT Support Certificate

SKILLS
Windows 10/11 setup and imaging · Active Directory password resets (lab) · Office 365 / Outlook profiles · printer and Wi-Fi troubleshooting · iPhone/Android setup · PC hardware (RAM, SSD, PSU swaps) · ticket notes · customer service

HOME LAB
Windows Server 2022 domain controller in VirtualBox, DHCP/DNS, group policy for drive mapping; pfSense firewall

EXPERIENCE

Agent — TechSquad Services at MegaMart Electronics, Castleton, IN
Jan 2024 – Present
- Diagnose and repair customer laptops and desktops: virus removal, OS reinstall, data transfer, screen and battery replacements
- Set up new computers, printers and smart home devices for customers in store and on in-home visits
- Log every repair in the service ticket system with notes and parts used
- Top store for customer survey score two quarters in a row

Student Worker, IT Help Desk — Ivy Tech Community College, Indianapolis
Aug 2022 – Dec 2023
- Walk-up and phone help for students: Canvas logins, MFA, Wi-Fi, lab printers
- Reimaged 60 lab PCs each summer with the full-time tech

EDUCATION
Ivy Tech Community College — A.A.S. Information Technology (Network Infrastructure), 2024
"""),

rec("n21", "legal", "lead", "Managing Attorney", "Rebecca Stein-Alvarado", "Fresno, CA",
    ["Managing Attorney", "Supervising Attorney", "Directing Attorney"], ["Fresno CA", "Central Valley CA", "Sacramento CA"], False, 15000,
    "nonprofit legal aid; no salary given; volunteer work listed first", "volunteer-first",
"""
REBECCA STEIN-ALVARADO
Fresno, CA · 559-555-0125 · rstein.legalaid@example.com · State Bar of California No. 000000

Seeking a managing or supervising attorney role with a legal services nonprofit or public-interest firm in the Central Valley or Sacramento. Salary per the organization's scale.

PRO BONO & COMMUNITY
- Volunteer attorney, Fresno County Self-Help Center eviction clinic (monthly, 2012–present)
- Board member, Central Valley Immigrant Rights Coalition (2019–present)
- Know-Your-Rights trainer for farmworker groups in Spanish (2015–present)

PAID EXPERIENCE

Managing Attorney — Valley Justice Legal Aid, Fresno Regional Office
2020 – Present
- Supervise 6 staff attorneys, 2 paralegals and a legal assistant in housing, public benefits and consumer units
- Carry my own caseload of 25–30 complex housing matters; lead counsel on two habitability class actions
- Case review, assignment and weekly supervision meetings; LSC compliance and grant reporting for the office
- Built the office's unlawful-detainer rapid-response line with the court (1,400 callers in 2025)

Staff Attorney → Senior Staff Attorney — Valley Justice Legal Aid
2013 – 2020
- Eviction defense, SSI/SSDI appeals, CalFresh and Medi-Cal fair hearings; 40+ bench trials

Law Clerk — Central California Legal Services (summers 2011, 2012)

EDUCATION
J.D., UC Davis School of Law (King Hall), 2012 — Public Interest Law Fellow
B.A. Chicano/Latino Studies, UC Berkeley, 2008
Fluent Spanish
"""),

rec("n22", "public_safety", "mid", "Code Enforcement Officer II", "Darnell Whitaker", "Jacksonville, FL",
    ["Code Enforcement Officer", "Code Compliance Inspector", "Zoning Inspector"], ["Jacksonville FL", "St. Augustine FL", "Orange Park FL"], False, 49000,
    "civil-service class title with numeral", "county application style",
"""
DARNELL WHITAKER
Jacksonville, FL 32210 · (904) 555-0176 · dwhitaker.code@example.com

Looking for a Code Enforcement Officer / Code Compliance Inspector position with a city or county in Northeast Florida. $49,000 minimum.

CERTIFICATIONS
FACE (Florida Association of Code Enforcement) Level I & II; Certified Code Enforcement Officer (CCEO, 2024); ICC Property Maintenance & Housing Inspector; OSHA 10

EMPLOYMENT

Code Enforcement Officer II — City of Jacksonville, Municipal Code Compliance Division
Nov 2022 – Present
- Patrol an assigned district of ~14,000 parcels for property maintenance, junk vehicles, overgrown lots, illegal signs and unlicensed businesses
- Inspect complaints within 72 hours, write notices of violation, take photos and affidavits, and present cases to the Special Magistrate
- Coordinate with JSO, fire marshal and building inspection on unsafe-structure and boarding orders
- Carry about 180 open cases; 71% closed by voluntary compliance
- Field training officer for two new Officer I hires

Code Enforcement Officer I — City of Jacksonville
Oct 2020 – Nov 2022

Apartment Maintenance Technician — Riverside Flats, Jacksonville
2016 – 2020
- Make-readies, minor plumbing and electrical, HVAC filter and capacitor swaps

EDUCATION
Florida State College at Jacksonville — A.S. Criminal Justice Technology, 2019

Valid Florida driver license; clean driving record
"""),

rec("n23", "administrative", "entry", "Volunteer Office Helper", "Hannah Yoder", "Lancaster, PA",
    ["Receptionist", "Front Desk Assistant", "Office Assistant"], ["Lancaster PA", "Lititz PA", "Ephrata PA"], False, 17 * 2080,
    "volunteer work before paid work; first office job", "volunteer-first",
"""
HANNAH YODER
Lancaster, PA 17601 · (717) 555-0193 · hannah.yoder@example.com

Seeking a receptionist or office assistant position in Lancaster, Lititz or Ephrata. Full time, weekdays. $17/hour or more.

VOLUNTEER EXPERIENCE

Volunteer Office Helper — Grace Mennonite Church, Lancaster, PA
Sept 2023 – Present (about 10 hours a week)
- Answer the church phone and greet visitors at the front desk two mornings a week
- Type and print the weekly bulletin in Microsoft Publisher; mail the monthly newsletter to 260 households
- Keep the room-booking calendar in Google Calendar and send reminders to groups
- Enter weekly offering records into the church's database (ACS Realm) with the treasurer checking

Front Desk Volunteer — Lancaster Mennonite Relief Sale, April 2024 and 2025
- Check-in table for 400+ volunteers, name badges, lost-and-found

PAID EXPERIENCE

Cashier / Bakery Counter — Stoltzfus Farm Market, Bird-in-Hand, PA
June 2022 – Present (part time, Thursday–Saturday)
- Cash and card sales, bakery orders by phone, opening and closing the register

Nanny (part time) — private family, Lancaster
2021 – 2023

EDUCATION
Lancaster County Career & Technology Center — Administrative Office Technology certificate, 2025
Garden Spot High School, 2022

SKILLS
Microsoft Word, Excel (basic formulas), Publisher, Outlook, Google Workspace; 55 wpm; friendly phone manner; Pennsylvania Dutch
"""),

rec("n24", "manufacturing", "senior", "Machinist A", "Gary Lindqvist", "Rockford, IL",
    ["CNC Machinist", "Senior Machinist", "Tool and Die Maker"], ["Rockford IL", "Belvidere IL", "Janesville WI"], False, 36 * 2080,
    "union apprenticeship ladder with internal grade title 'Machinist A'", "union ladder",
"""
GARY LINDQVIST
Rockford, IL 61108 · 815-555-0148 · glindqvist.machinist@example.com

Looking for a top-grade CNC machinist job (days) in Rockford, Belvidere or Janesville. $36/hr or better.

CREDENTIALS
IAM District 8 registered machinist apprenticeship (4 yrs, 8,000 hrs) — journeyman card 2012
NIMS Level II: CNC Milling, CNC Turning, Measurement/Materials/Safety
GD&T (ASME Y14.5) certificate, Rock Valley College

EXPERIENCE

Machinist A — Forest City Aerospace Components (IAM Local 1553), Rockford, IL
2016 – Present
- Set up and run 5-axis Hermle and DMG Mori mills on titanium and Inconel actuator housings for aircraft
- Edit Mastercam posts and G-code at the machine; prove out new programs with engineering
- First-article inspection with CMM reports, height gage and bore gages; AS9102 paperwork
- Top grade in the plant's Machinist C → B → A classification; train apprentices and C-grade machinists on setups
- Suggested a fixture change that cut cycle time 22% on the highest-volume part

Machinist B — Forest City Aerospace Components
2012 – 2016
- Horizontal mills and Okuma lathes; production runs and setups

Apprentice Machinist — Forest City Aerospace Components
2008 – 2012
- Manual mill and lathe, surface grinder, then CNC; night classes at Rock Valley College

EDUCATION
Rock Valley College — Machining Technology certificate, 2011
Guilford High School, 2007
"""),
]
