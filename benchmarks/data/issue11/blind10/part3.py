"""blind10 records j17-j23 (typed by hand)."""
from common import rec

RECORDS = [
rec("j17", "education", "senior", "Adjunct Welding Instructor", "Roy Kettunen", "Hibbing, MN",
    ["Welding Instructor", "Welding Technology Faculty", "Career and Technical Education Teacher"], ["Hibbing, MN", "Virginia, MN", "Duluth, MN"], False, 60000,
    "part-time adjunct at two colleges; old trade in skilled_trades", "chronological", """
ROY KETTUNEN
Hibbing, MN  -  (218) 555-0156  -  roy.kettunen@example.com

Welding instructor, 9 years teaching part-time at two Iron Range colleges, after 15 years welding in the mines and on pipeline. Looking for a full-time faculty position teaching welding or a high school CTE welding/metals program. I am done with field welding; teaching is the job I want.

TEACHING
Adjunct Welding Instructor - Minnesota North College, Hibbing campus - 2017 to now (2-3 sections a semester)
- Teach SMAW, GMAW, FCAW and GTAW labs and Blueprint Reading for Welders; 16-18 students a section.
- Rewrote the pipe welding course around the AWS SENSE curriculum; 11 students passed 6G pipe bend tests last spring.
- Prepare students for AWS D1.1 structural certifications; run the weld test booth as an AWS-accredited test facility proctor.
- Advise the college's SkillsUSA welding team (two state medals).

Adjunct Instructor, Industrial Maintenance Welding - Mesabi Range College, Eveleth - 2019 to 2024 (evening classes)
- Customized training for taconite plant maintenance crews - 8-week courses for incumbent workers.

FIELD EXPERIENCE
Maintenance Welder - Iron Range Taconite Co. (mine maintenance shop), 2008 to 2017
- Rebuilt shovel buckets, crusher liners, conveyor structure; hardfacing; MSHA-trained.
Pipeline Welder Helper, then Welder - various contractors (Local 798 dispatch) - 2002 to 2008

EDUCATION
B.S. Career and Technical Education, Bemidji State University (online), 2022
Welding Diploma, Hibbing Community College, 2002

CERTIFICATIONS
AWS Certified Welding Educator (CWE) | AWS Certified Welding Inspector (CWI) | Minnesota CTE teaching license, Trade & Industry (tier 3) | OSHA 30 | MSHA Part 48
"""),
rec("j18", "hospitality", "lead", "Executive Housekeeper", "Graciela Ferreira-Boyd", "Petoskey, MI",
    ["Executive Housekeeper", "Director of Housekeeping", "Housekeeping Manager"], ["Petoskey, MI", "Harbor Springs, MI"], False, 56000,
    "'Executive' in title but manages ICs = lead; seasonal resort", "chronological", """
GRACIELA FERREIRA-BOYD
Petoskey, MI | graciela.fb@example.com | (231) 555-0142

Executive Housekeeper at a 210-room lakeside resort, in charge of rooms, laundry and public-area cleaning. 14 years in hotel housekeeping, started as a room attendant. Looking for the same role (or housekeeping manager) at a year-round property so my team and I are not laid off every November.

EXPERIENCE
Executive Housekeeper - Little Traverse Bay Resort & Spa, Petoskey, MI - 2020 to now (seasonal, Apr-Nov)
- Lead a department of up to 48 in peak season: 2 housekeeping supervisors, 34 room attendants, 6 house persons, laundry crew of 6.
- Hire and onboard 30+ seasonal J-1 and H-2B workers each spring; schedule with forecasts from the front office.
- Department budget about $1.9M; labor at 21.6 minutes per room (down from 26 in 2019).
- Run the in-house laundry (2 tunnel washers, 1 flatwork ironer); linen par and inventory.
- Inspect rooms daily; guest cleanliness score 4.7/5 on the resort's surveys.
- Work with engineering on the PM room list and with front desk on out-of-order rooms.

Housekeeping Supervisor - Highlands Ski Lodge, Harbor Springs, MI - 2015 to 2020
- Supervised 12 room attendants; trained new staff; lost and found.

Room Attendant, then Inspector - Bay Ridge Inn, Petoskey - 2011 to 2015

EDUCATION & TRAINING
Certified Hospitality Housekeeping Executive (CHHE), AHLA, 2022
ServSafe Manager | OSHA bloodborne pathogens | Hotel management courses, North Central Michigan College

LANGUAGES
English, Portuguese, Spanish (working)
"""),
rec("j19", "legal", "entry", "Judicial Law Clerk", "Felix Amundsen-Oduya", "Bangor, ME",
    ["Associate Attorney", "Staff Attorney", "Assistant District Attorney"], ["Bangor, ME", "Portland, ME", "Augusta, ME"], False, 62000,
    "new JD; clerkship + clinics; 'associate'/'assistant' qualifiers", "chronological", """
FELIX AMUNDSEN-ODUYA
Bangor, ME · felix.ao@example.com · (207) 555-0103

Recent law graduate (J.D. 2025, admitted in Maine 2025) finishing a one-year clerkship. Looking for a first-year associate position in litigation, or a staff attorney / assistant district attorney opening in central or southern Maine.

LEGAL EXPERIENCE
Judicial Law Clerk to the Hon. M. Thibodeau - Maine Superior Court, Penobscot County - Sep 2025 to Aug 2026 (term extended to Dec 2026)
- Bench memos on summary judgment and suppression motions (about 70 this year); drafted orders for the justice's edit.
- Sat in on civil jury trials and criminal dockets; tracked post-trial motions.

Student Attorney - Cumberland Legal Aid Clinic, University of Maine School of Law - 2024 to 2025
- Represented 9 clients under supervision in protection-from-abuse, eviction and small claims matters; argued two contested hearings.

Summer Associate - Penobscot Bay Law Partners (small litigation firm), Rockland, ME - Summer 2024
- Research memos on insurance coverage and easements; drafted discovery responses.

Legal Intern - Maine Attorney General, Consumer Protection Division - Summer 2023
- Reviewed consumer complaints; drafted subpoenas for the assistant attorney general.

EDUCATION
J.D., University of Maine School of Law, 2025 - Maine Law Review, staff editor; Moot Court semifinalist
B.A. History, University of Maine, 2021

BAR ADMISSION
Maine, 2025 · MPRE passed

SKILLS
Westlaw, Lexis, legal research and writing, motion practice, courtroom procedure, French (reading)
"""),
rec("j20", "finance_accounting", "lead", "Accounting Manager", "Ingrid Solberg-Mwangi", "Mankato, MN",
    ["Accounting Manager", "Assistant Controller", "Controller"], ["Mankato, MN", "New Ulm, MN"], False, 95000,
    "manager of ICs; 'Assistant Controller' preference; dense", "dense", """
INGRID SOLBERG-MWANGI, CPA | Mankato, MN | ingrid.sm@example.com | (507) 555-0161
PROFILE: Accounting manager at a $600M farmer-owned grain and agronomy cooperative. 13 yrs in accounting; supervise a team of 4 (2 staff accountants, 1 AP specialist, 1 payroll/AR clerk). Targeting accounting manager or assistant controller roles in southern Minnesota.
EXPERIENCE
Accounting Manager - Minnesota River Valley Cooperative, Mankato | 2021-now
- Own the month-end close (day 6, was day 11), GL, balance sheet reconciliations, fixed assets (~$180M across 14 elevator sites).
- Hire, train and review my 4 reports; redistributed close tasks by checklist in FloQast.
- Grain inventory valuation at market (mark-to-market on hedges and forward contracts) with the merchandising desk.
- Patronage allocation and equity revolvement schedules for 4,200 members; annual audit lead (Big-4-affiliated regional firm), clean opinions.
- Budget and quarterly forecast packages for the CFO and board finance committee.
Senior Accountant - same cooperative | 2017-2021. Consolidation of two subsidiaries; Agtrax to Agvance migration; 1099-PATR filings.
Staff Accountant - Eide & Larsen CPAs (regional firm), Mankato | 2013-2017. Audits of co-ops, ag lenders and nonprofits; tax returns for small businesses; passed CPA exam 2015.
EDUCATION: B.S. Accounting, Minnesota State University, Mankato, 2013. CPA, Minnesota (active).
SYSTEMS: Agvance, Agtrax, NetSuite (implementation team 2023), FloQast, Excel (Power Query, INDEX/MATCH, macros), Power BI (basic), ADP Workforce Now.
OTHER: Treasurer, Mankato Area Youth Hockey Association; VITA volunteer 2014-2019.
"""),
rec("j21", "logistics_supply_chain", "mid", "Motor Transport Operator (88M), U.S. Army", "Darnell Whitcombe", "Clarksville, TN",
    ["CDL-A Truck Driver", "Regional Driver", "Delivery Driver"], ["Clarksville, TN", "Nashville, TN", "Hopkinsville, KY"], False, 58000,
    "military-to-civilian; very short", "chronological", """
DARNELL WHITCOMBE
Clarksville, TN - (931) 555-0197 - darnell.whitcombe@example.com

Leaving the Army in January 2027 after 6 years as a motor transport operator (88M). Class A CDL with hazmat and tanker. Looking for a regional or local CDL-A driving job, home most nights.

MILITARY EXPERIENCE
Motor Transport Operator, Sergeant (E-5) - U.S. Army, Fort Campbell, KY - 2021 to 2027
- Drove M1083 and M915 line-haul tractors with 40-ft trailers; 95,000+ accident-free miles, including two overseas rotations.
- Convoy driver and later convoy commander for up to 12 vehicles: route planning, load plans, radio checks.
- Pre-trip and post-trip inspections, PMCS, load securement for ammunition and fuel (hazmat).
- Squad leader for 4 drivers in the last two years: dispatch, driver hours, training.

Fuel and Tanker Driver (temporary assignment) - 2023, 5 months - HEMTT fuel tanker, 2,500 gal.
Motor pool dispatcher (additional duty) - kept the vehicle dispatch log and driver qualification records for 38 trucks.

Before the Army: stocker and forklift driver at a Clarksville home-improvement store (2019-2020), and I drove a box truck for a moving company one summer.

LICENSES
Tennessee CDL Class A - H, N endorsements (Military Skills Test Waiver, 2025)
DOT medical card, current | TWIC card | Forklift (Army-certified)

EDUCATION
Clarksville High School, 2020 | Army Basic Leader Course, 2024
"""),
rec("j22", "software_engineering", "senior", "Software Engineer III (on career break)", "Yusuf Carrow-Lindahl", "Durango, CO",
    ["Senior Software Engineer", "Software Engineer III", "Backend Engineer"], ["Remote (US)", "Durango, CO"], True, 135000,
    "numbered title; returning after 2-yr gap; rural location", "chronological", """
YUSUF CARROW-LINDAHL
Durango, CO (remote) · yusuf.cl@example.com · 970-555-0121 · github.com/ycl-example

Backend engineer, 9 years of professional experience, returning after a two-year career break (family move and caring for my father). Ready for a senior backend or platform role, fully remote.

EXPERIENCE
Career break - 2024 to 2026
- Moved to southwest Colorado; caregiver for a parent after a stroke.
- Kept current: contributed fixes to an open-source Go job-queue library (6 merged PRs), built a small Postgres-backed scheduling app for the local food bank, finished the AWS Solutions Architect Associate.

Software Engineer III - Trailhead Payments (card-issuing platform, Denver) - 2020 to 2024
- Senior IC on the ledger team (6 engineers). Designed the double-entry ledger service in Go on Postgres; 40M entries/day with idempotent writes.
- Led the migration off a monolith's shared database to event-driven services on Kafka; p99 latency on balance reads from 900 ms to 120 ms.
- Wrote design docs and ran reviews; on-call rotation; mentored 3 mid-level engineers.

Software Engineer II - Trailhead Payments - 2018 to 2020
- Card authorization service (Java, Spring Boot); PCI DSS scoping work with security.

Software Engineer - Pinyon Health IT, Boulder - 2015 to 2018
- Python/Django APIs for a clinic scheduling product; first Docker and CI pipeline at the company.

EDUCATION
B.S. Computer Science, Colorado School of Mines, 2015

SKILLS
Go, Java, Python, PostgreSQL, Kafka, gRPC, REST, Kubernetes, Terraform, AWS (ECS, RDS, SQS), observability (Prometheus, Grafana), system design, payments/ledgers
"""),
rec("j23", "it_infrastructure", "mid", "Level 2 Support Technician", "Shayla Brightwater", "Kearney, NE",
    ["Level 2 Support Technician", "Systems Administrator", "Network Technician"], ["Kearney, NE", "Grand Island, NE", "Remote (US)"], True, 55000,
    "numbered 'Level 2' title; long certifications; customer_support pull", "certifications-heavy", """
SHAYLA BRIGHTWATER
Kearney, NE | shayla.brightwater@example.com | (308) 555-0134

Level 2 support technician at a managed service provider for rural clinics, banks and school districts. Four years in IT; I take escalations from the Level 1 help desk and do the onsite and back-end fixes. Looking for a Level 2 / junior systems administrator role.

EXPERIENCE
Level 2 Support Technician - Platte Valley Managed IT, Kearney, NE - 2024 to now
- Escalations for 60 client sites: Active Directory and Entra ID, Microsoft 365 / Exchange Online, group policy, file shares and permissions.
- Patch and backup monitoring (NinjaOne, Veeam); restore tests every quarter.
- Onsite: replace switches and APs (UniFi, Meraki), re-cable closets, image and deploy laptops for school districts (Intune Autopilot).
- Firewall rule changes on SonicWall and FortiGate under the network engineer's change tickets.
- Write the knowledge-base articles that Level 1 uses.

Level 1 Help Desk Technician - same company - 2022 to 2024
- Phone and ticket support (ConnectWise), password resets, printers, new user setups; 25-35 tickets a day.

Student IT Worker - University of Nebraska at Kearney, residence hall network desk - 2020 to 2022

EDUCATION
A.A.S. Information Technology - Networking, Central Community College, Hastings, NE, 2022

CERTIFICATIONS
- CompTIA A+ (2021)
- CompTIA Network+ (2022)
- CompTIA Security+ (2023)
- Microsoft 365 Certified: Modern Desktop Administrator Associate (MD-102), 2024
- Microsoft Certified: Azure Administrator Associate (AZ-104), 2025
- Cisco CCNA (2025)
- Fortinet NSE 4 (2025)
- ITIL 4 Foundation (2023)
- Veeam VMCA (in progress)

TOOLS
ConnectWise Manage, NinjaOne, Veeam, Intune, Entra ID, PowerShell (scripts for user onboarding), Wireshark, UniFi, Meraki
"""),
]
