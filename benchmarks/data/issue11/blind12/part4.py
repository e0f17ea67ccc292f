"""blind12 hand-written records l24-l30."""
from common import rec

RECORDS = [
rec("l24", "finance_accounting", "lead", "Claims Supervisor", "Octavia Pemberton-Hale", "Jacksonville, FL",
    ["Claims Supervisor", "Claims Manager", "Senior Claims Adjuster"],
    ["Jacksonville, FL (hybrid)", "remote (US, Eastern time)"], True, 85000,
    "claims supervisor; 'claims' reads customer service", "ALL CAPS headings, • bullets", """
OCTAVIA PEMBERTON-HALE
Jacksonville, FL · 904-555-0144 · opemberton.claims@example.com

SUMMARY
Property and auto claims supervisor with 14 years at a regional insurer. I lead a desk unit of adjusters, set reserves and sign off settlements up to $150K. Looking for a Claims Supervisor or Claims Manager job, Jacksonville hybrid or fully remote on Eastern time. $85K minimum.

EXPERIENCE
CLAIMS SUPERVISOR, PROPERTY — FIRST COAST MUTUAL INSURANCE, JACKSONVILLE, FL — 2020–PRESENT
• Supervise 9 desk adjusters and 2 claims assistants; hiring, file audits, monthly 1:1s, reviews.
• Settlement authority to $150K; reserve reviews and large-loss reports to the claims VP.
• Catastrophe lead for Hurricanes Ian and Milton: 3,800 claims, surge staffing with independent adjusters.
• Cut average cycle time from 31 to 19 days; leakage audit score 94%.

SENIOR CLAIMS ADJUSTER — FIRST COAST MUTUAL — 2015–2020
• Complex water, fire and roof claims; coverage analysis, subrogation referrals, appraisal.

AUTO CLAIMS ADJUSTER / FNOL REPRESENTATIVE — SUNSTATE AUTO INSURANCE — 2012–2015
• First notice of loss calls, then liability and PD adjusting.

EDUCATION
B.S. Finance, University of North Florida, 2012

LICENSES
• Florida 6-20 All-Lines Adjuster • AIC (Associate in Claims) • CPCU coursework (3 of 8)

SYSTEMS
Guidewire ClaimCenter, Xactimate, XactAnalysis, Excel
"""),

rec("l25", "logistics_supply_chain", "senior", "Buyer III", "Lamar Fitzgerald-Ng", "Hillsboro, OR",
    ["Senior Buyer", "Buyer III", "Procurement Specialist"],
    ["Hillsboro / Beaverton / Portland (hybrid)", "open to relocation (West Coast)"], False, 95000,
    "procurement in a manufacturer; 'III' grade", "flattened table + - bullets", """
LAMAR FITZGERALD-NG
Hillsboro, OR · 971-555-0151 · lamar.fng@example.com

Buyer III (senior buyer) for a semiconductor equipment maker, 10 years in direct-materials procurement. Machined parts, sheet metal, cable assemblies. Looking for a Senior Buyer or Procurement Specialist role in the Portland area (hybrid) or on the West Coast with relocation. $95K or above.

EXPERIENCE
Company | Title | Years
Cascade Wafer Systems, Hillsboro OR | Buyer III | 2021 - present
Cascade Wafer Systems | Buyer II | 2018 - 2021
Tualatin Valley Fabrication | Purchasing Coordinator | 2015 - 2018

Buyer III, Cascade Wafer Systems
- Own $38M annual spend across 45 suppliers; RFQs, quotes, POs and blanket agreements in SAP S/4HANA.
- Negotiated 3-year LTAs with two machining suppliers: 7.5% cost reduction, lead times from 14 to 9 weeks.
- MRP exception messages, expedites and pull-ins with production planning; supplier scorecards with quality.
- Onboarded 6 second-source suppliers in Mexico and Vietnam during the 2022 shortages.
- Informal mentor to two Buyer I hires (no direct reports).

Purchasing Coordinator, Tualatin Valley Fabrication
- Raw material orders (aluminum, stainless), receiving discrepancies, vendor invoice matching.

EDUCATION
B.S. Supply Chain Management, Portland State University, 2015
CPSM (ISM), 2020; APICS CPIM Part 1
"""),

rec("l26", "it_infrastructure", "mid", "Network Technician II", "Sione Hufanga-Beltrán", "Salt Lake City, UT",
    ["Network Administrator", "Network Technician", "Systems Administrator"],
    ["Salt Lake City / Ogden / Provo (Wasatch Front)", "remote"], True, 72000,
    "IT in a school district; 'Technician II'", "flattened table of certifications, • bullets", """
SIONE HUFANGA-BELTRÁN
Salt Lake City, UT · 801-555-0159 · sione.hb@example.com

Network technician for a 38-school district, 4 years. Switching, wireless and firewall changes, plus the tier-2 queue. Looking for a network administrator or systems admin role along the Wasatch Front or remote. $72K minimum.

EXPERIENCE
Network Technician II — Granite Peaks School District, Salt Lake City, UT (2023–present)
• Maintain 600+ Aruba/HPE switches and 2,400 access points; VLANs, 802.1X, DHCP scopes.
• Palo Alto firewall rule changes and content-filter exceptions (CIPA); on-call rotation.
• Rolled out a new fiber ring to 9 schools with the contractor; cutover plans and testing.
• Monitoring in PRTG; cut repeat outages at 5 sites by replacing PoE budgets and uplinks.

Network Technician I — Granite Peaks School District (2022–2023)
• Cabling, patching, closet clean-ups, AP installs.

Help Desk Technician — Wasatch Credit Union (2020–2022)
• Tier 1 tickets, Active Directory accounts, Intune device enrollment.

CERTIFICATIONS
Certification | Year
CompTIA Network+ | 2021
Cisco CCNA | 2023
Aruba ACMA (Mobility Associate) | 2024
Palo Alto PCNSA | 2025

EDUCATION
A.A.S. Information Technology (Networking), Salt Lake Community College, 2021
"""),

rec("l27", "software_engineering", "executive", "Director of Software Engineering", "Annika Varga-Ellison", "Minneapolis, MN",
    ["Director of Software Engineering", "VP of Engineering", "Head of Software"],
    ["Twin Cities (hybrid)", "remote (US)", "Boston / Chicago if relocation is paid"], True, 210000,
    "software leader in a medical-device maker (manufacturing/allied pulls)", "* bullets, dense", """
ANNIKA VARGA-ELLISON
Minneapolis, MN · 612-555-0163 · annika.ve@example.com · linkedin.com/in/example

Engineering leader, 17 years in regulated software, the last 6 as a director. I lead the embedded and cloud software org for a medical-device company (insulin pumps and their mobile app). Looking for Director/VP of Engineering roles: Twin Cities hybrid, remote, or Boston/Chicago with relocation. $210K base.

EXPERIENCE
Director of Software Engineering — Northstar Infusion Systems, Minneapolis, MN (2020–present)
* Lead 5 engineering managers and 52 engineers (embedded C/C++, iOS/Android, AWS backend, test automation).
* Report to the CTO; own the $11M software budget, hiring plan and vendor contracts.
* Shipped the Bluetooth pump controller app (FDA 510(k) clearance 2023) and the cloud data platform.
* IEC 62304 / ISO 14971 software lifecycle, cybersecurity premarket submissions (SBOM, threat models).
* Moved release cadence from 2 per year to monthly for non-device software.

Software Engineering Manager — Lakeside Diagnostics, St. Paul, MN (2015–2020)
* 2 teams (14 engineers) building lab-analyzer firmware and the LIS interface.

Senior / Software Engineer — Medtronix Surgical (2009–2015)
* Embedded C on motor-control boards; unit test frameworks.

EDUCATION
M.S. Computer Science, University of Minnesota, 2012
B.S. Computer Engineering, Iowa State University, 2009
"""),

rec("l28", "human_resources", "executive", "Director of Human Resources", "Cornelius Adeyemi-Frost", "Birmingham, AL",
    ["Director of Human Resources", "VP of Human Resources", "Chief People Officer"],
    ["Birmingham, AL", "the Southeast", "open to relocation"], False, 145000,
    "HR head at a hospital (nursing pull)", "classic, • bullets, short summary", """
CORNELIUS ADEYEMI-FROST, SPHR, SHRM-SCP
Birmingham, AL · 205-555-0172 · c.adeyemi.frost@example.com

Human resources director for a 3-hospital regional health system (4,600 employees). 20 years in HR, 9 in healthcare. Looking for a Director or VP of HR role in Birmingham or the Southeast; open to relocation. $145K floor.

EXPERIENCE
Director of Human Resources — Cahaba Valley Health System, Birmingham, AL (2019–present)
• Lead HR for the system: 2 HR managers, talent acquisition manager, benefits/comp manager, HRIS lead; 24 staff.
• Nurse recruitment and retention strategy with the CNO: RN turnover from 27% to 16%, travel-nurse spend down $9M.
• Union avoidance and labor relations; policy, investigations and EEO matters with outside counsel.
• Workday HCM implementation (2021); annual comp review and market adjustments for 60 job families.
• Member of the system leadership team; report to the COO.

HR Manager — Magic City Logistics, Birmingham, AL (2013–2019)
• HR for 3 distribution centers, 900 employees; DOT drug testing, FMLA, workers' comp.

HR Generalist / Recruiter — Southern Steel Fabricators, Bessemer, AL (2006–2013)

EDUCATION
M.S. Human Resource Management, Troy University
B.A. Psychology, Auburn University

CERTIFICATIONS
SPHR (HRCI), SHRM-SCP, Workday HCM (functional)
"""),

rec("l29", "customer_support", "entry", "Customer Service Representative", "Brianna Tollefson", "Fargo, ND",
    ["Customer Service Representative", "Member Services Representative", "Call Center Agent"],
    ["Fargo / Moorhead (onsite or hybrid)", "remote"], True, 36400,
    "call center starter; very short", "very short, no bullets", """
Brianna Tollefson
Fargo, ND  |  701-555-0180  |  brianna.tollefson@example.com

Customer service representative at a utility call center, 8 months, after 2 years of fast food. Looking for a CSR, member services or call center job, Fargo/Moorhead onsite or hybrid, or remote if training is remote. $17.50 an hour or more.

EXPERIENCE

Customer Service Representative
Red River Electric Cooperative, Fargo ND
April 2026 to present
Answer 60 to 80 calls a day about bills, payment plans, start/stop service and outages. Take payments, set up autopay, send service orders to field crews. Quality score 95%, average handle time under target since month 3.

Crew Member / Drive-Thru
Buckaroo Burger, Moorhead MN
2024 to 2026
Drive-thru headset, register, food prep, closing cleanup. Trained new crew on the drive-thru screen. Handled customer complaints and refunds with the shift manager, worked the busiest lunch rush, named crew member of the month twice.

EDUCATION
Fargo South High School, 2024
Some classes at North Dakota State College of Science (online, general studies)

SKILLS
Typing 55 wpm, Microsoft Office, Salesforce Service Cloud (view/notes), payment portals, Five9 phone system, patient with upset callers, available evenings and Saturdays
"""),

rec("l30", "administrative", "entry", "Health Unit Coordinator", "Mateo Quispe-Holloway", "Louisville, KY",
    ["Unit Secretary", "Medical Receptionist", "Administrative Assistant"],
    ["Louisville KY (onsite)", "southern Indiana (Jeffersonville / New Albany)"], False, 39520,
    "hospital clerical (nursing/allied pull)", "- bullets, dates on own lines", """
MATEO QUISPE-HOLLOWAY
Louisville, KY · 502-555-0189 · mateo.qh@example.com

Health unit coordinator (unit secretary) on a hospital medical-surgical floor, 1 year. Front desk and clerical work only; I am not a nursing assistant and not looking for patient-care jobs. Looking for unit secretary, medical receptionist or administrative assistant jobs in Louisville or southern Indiana. $19/hr minimum.

EXPERIENCE

Health Unit Coordinator (Unit Secretary), 5 West Med-Surg
Falls City Medical Center, Louisville, KY
Dec 2025
present
- Answer unit phones and call lights, direct visitors, page physicians and consults.
- Enter non-medication orders and schedule tests in Epic; print and file discharge paperwork.
- Keep the census board, bed-board updates and admission packets ready.
- Order office and floor supplies; track broken-equipment tickets.

Front Desk Clerk
Derby City Fitness, Louisville, KY
2023
2025
- Member check-in, membership sales paperwork, phones, opening the club at 5 a.m.

EDUCATION
Health Unit Coordinator Certificate, Jefferson Community & Technical College, 2025
Male High School, Louisville, 2023

SKILLS
Epic (clerical), Microsoft Word/Excel/Outlook, 60 wpm, medical terminology, Spanish (basic)
"""),
]
