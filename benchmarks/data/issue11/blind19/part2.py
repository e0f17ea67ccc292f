"""blind19 records u09-u16 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("u09", "it_infrastructure", "senior", "Senior Consultant, Cyber Risk", "Tomasz Lindqvist", "Arlington, VA",
    ["Senior Security Engineer", "Cloud Security Engineer", "Senior Cybersecurity Analyst"], ["Arlington, VA", "Washington, DC", "Remote"], True, 140000,
    "3 consulting-firm generic ladder (cyber)", "plain chronological", """
TOMASZ LINDQVIST
Arlington, VA 22201 | 703-555-0109 | t.lindqvist@example.com | CISSP, AWS Security Specialty | Active Secret clearance

SUMMARY
Security engineer, 7 years. Most of it in the cyber practice of an IT services and consulting firm, where titles are Analyst, Consultant, Senior Consultant, Manager. I am hands-on: I build detections and harden cloud accounts; no staff report to me. Want to move in-house.

EXPERIENCE
Senior Consultant, Cyber Risk - Cloud Security - Meridian Arc Consulting, McLean, VA | 2023 - present
- Landing-zone hardening for a federal civilian agency: 140 AWS accounts, SCPs, GuardDuty, Security Hub, Config rules as code (Terraform)
- Wrote 60+ Splunk and Sentinel detections mapped to MITRE ATT&CK; tuned false positives down by half
- Incident response support on 2 ransomware tabletop exercises and 1 real credential-stuffing incident

Consultant, Cyber - Meridian Arc Consulting | 2020 - 2023
- FedRAMP moderate control assessments, vulnerability management with Tenable, STIG remediation on RHEL and Windows Server

Analyst, Technology Risk - Meridian Arc Consulting | 2019 - 2020
- SOX IT general controls testing for commercial clients (access reviews, change management)

Help Desk Technician (part time) - George Mason University IT Services | 2016 - 2019

EDUCATION & CERTIFICATIONS
B.S. Information Technology (Cybersecurity concentration), George Mason University, 2019
CISSP (2023), AWS Certified Security - Specialty, Splunk Core Certified Power User, Security+

PREFERENCES
Senior security engineer or cloud security engineer, DC area hybrid or full remote. Not another consulting firm. $140,000 minimum.
"""),

rec("u10", "allied_health", "mid", "Coding Specialist II", "Rosalind Mbeki-Carter", "Birmingham, AL",
    ["Medical Coder", "Inpatient Coder", "Coding Specialist"], ["Remote", "Birmingham, AL"], True, 58000,
    "4 boundary profession (medical coder)", "plain chronological", """
ROSALIND MBEKI-CARTER, CCS, CPC
Birmingham, AL 35209 | 205-555-0110 | rosalind.carter@example.com

SUMMARY
Hospital coder, 4 years, outpatient surgery and ED, now training on inpatient DRG coding. Before coding I spent 3 years at a front desk doing patient registration and insurance verification.

EXPERIENCE
Coding Specialist II - Health Information Management - Vulcan Valley Medical Center, Birmingham | 2024 - present
- Code outpatient surgery, observation and ED charts (ICD-10-CM, CPT, HCPCS, modifiers) at 95-97% accuracy on quarterly audit
- Query physicians for documentation gaps through the CDI team; 30-40 queries a month
- Started inpatient training Oct 2026: MS-DRG and APR-DRG, POA indicators, 3M 360 Encompass

Coding Specialist I - Vulcan Valley Medical Center | 2022 - 2024
- Professional fee coding for orthopedics and family medicine clinics, charge reconciliation in Epic
- Worked denials with the billing office (CO-16, CO-97, NCCI edits)

Patient Access Representative - Vulcan Valley Medical Center | 2019 - 2022
- Registration, insurance eligibility and prior authorization in the ED and outpatient imaging

EDUCATION & CERTIFICATIONS
A.A.S. Health Information Technology, Jefferson State Community College, 2021
CPC (AAPC), 2021; CCS (AHIMA), 2024
Medical Terminology and Anatomy & Physiology I-II

SKILLS
ICD-10-CM/PCS, CPT, HCPCS, E/M leveling, NCCI, Epic (Resolute, HIM), 3M 360, Excel

PREFERENCES
Remote coding job preferred, or Birmingham hybrid. $58,000 or $28/hr.
"""),

rec("u11", "legal", "mid", "Certified Court Interpreter (Spanish)", "Ana Lucía Benavides", "Phoenix, AZ",
    ["Court Interpreter", "Staff Court Interpreter", "Legal Interpreter"], ["Phoenix, AZ", "Mesa, AZ"], False, 62000,
    "4 boundary profession (court interpreter)", "plain chronological", """
ANA LUCÍA BENAVIDES
Phoenix, AZ 85015 | 602-555-0111 | analucia.benavides@example.com
Arizona Certified Court Interpreter (Spanish) - Designated Master tier pending

SUMMARY
Spanish court interpreter, 5 years in municipal and superior court, 3 of them certified. Simultaneous, consecutive and sight translation for criminal, juvenile and family matters. Seeking a staff interpreter position with a court.

EXPERIENCE
Freelance Certified Court Interpreter - Maricopa County Superior Court, Phoenix Municipal Court and private law firms | 2023 - present
- 25-30 hearings a week: arraignments, pleas, trials, orders of protection, juvenile dependency
- Sight translation of plea agreements, police reports and psychological evaluations
- Depositions and attorney-client interviews for 4 criminal defense and immigration firms
- Transcription/translation of jail calls and body-cam audio for the County Attorney (certified translations)

Registered Court Interpreter (provisional) - Phoenix Municipal Court, contract | 2021 - 2023
- Misdemeanor arraignments, DUI, traffic and small claims

Legal Assistant - Benavides & Ortega Immigration Law, Tempe | 2018 - 2021
- Prepared I-130/I-485 packets, translated birth and marriage certificates, client intake in Spanish

EDUCATION & CREDENTIALS
B.A. Spanish Translation and Interpretation, Arizona State University, 2018
Arizona Supreme Court Court Interpreter Certification (written + oral), 2023
Federal Court Interpreter Certification Exam - written part passed 2025, oral scheduled 2027
NAJIT member; 40-hour medical interpreting course

PREFERENCES
Staff court interpreter, Phoenix or Mesa. $62K minimum with state benefits (I make about that freelance without them).
"""),

rec("u12", "data_analysis", "entry", "Warehouse Associate", "Darnell Fitzgerald", "Lansing, MI",
    ["GIS Technician", "GIS Analyst I", "GIS Specialist"], ["Lansing, MI", "Grand Rapids, MI", "Remote"], True, 47000,
    "4 boundary profession (GIS technician); 12 relevant/other split", "relevant/other split", """
DARNELL FITZGERALD
Lansing, MI 48911 | 517-555-0112 | darnell.fitzgerald@example.com | GISP candidate

SUMMARY
GIS technician with 2 years of county experience in parcel mapping and utility data, laid off in a 2024 budget cut. Working in a warehouse since then while I finish a Python for GIS certificate. Want to get back into GIS.

RELEVANT EXPERIENCE
GIS Technician - Ingham Valley County Equalization / GIS Office, Mason, MI | 2022 - 2024
- Maintained the parcel fabric (48,000 parcels) from recorded deeds, splits and combinations in ArcGIS Pro
- Digitized 1,900 stormwater structures from as-builts; QA/QC of attributes with the drain commissioner's engineer
- Built ArcGIS Online dashboards for road commission sign inventory and snow routes
- Answered public map requests and produced zoning maps for township boards

GIS Intern - Capital Region Planning Commission, Lansing | Summer 2021
- Geocoded 12,000 crash records, created census-tract maps for the transportation plan

OTHER EXPERIENCE
Warehouse Associate (2nd shift) - Great Lakes Parts Distribution, Lansing | 2024 - present
- Picking and RF scanning, cycle counts, forklift certified; 99.6% pick accuracy
Line Cook - Frandor Grill, Lansing | 2018 - 2021 (part time during school)

EDUCATION
B.S. Geography (GIS concentration), Michigan State University, 2022
Python for GIS certificate (Esri MOOC + LCC course), completing Jan 2027

SKILLS
ArcGIS Pro, ArcGIS Online, Field Maps, QGIS, parcel fabric, georeferencing, basic Python/ArcPy, SQL basics, Excel

PREFERENCES
GIS tech / GIS analyst I in local government or utilities. Lansing or Grand Rapids, remote fine. $47,000 or more.
"""),

rec("u13", "software_engineering", "mid", "Software Engineer, Payments squad", "Hannah Szymanski", "Austin, TX",
    ["Software Engineer II", "Backend Engineer", "Software Engineer"], ["Austin, TX", "Remote"], True, 135000,
    "5 team/squad names instead of titles", "plain chronological", """
HANNAH SZYMANSKI
Austin, TX 78704 | 512-555-0113 | hannah.szymanski@example.com | github.com/hszym

ABOUT
Backend engineer, 3.5 years. At my company nobody has a title beyond "engineer" - we are organized in squads and tribes, so below I list squads.

EXPERIENCE
Lumenvale (consumer fintech app, 9M users), Austin, TX | 2023 - present
Payments squad (Money Movement tribe), 2025 - present
- Card-funding and ACH pull flows in Go; idempotency keys and retry queues that cut duplicate debits to zero
- On-call rotation (1 week in 6); wrote 4 incident postmortems
- Pairing with 2 new squad members during onboarding
Onboarding & KYC squad, 2023 - 2025
- Identity-verification vendor integration (TypeScript/Node, Postgres); document upload service
- Feature flags and A/B tests with the growth analysts

Cobaltline Software, Dallas, TX | 2022 - 2023
Platform guild rotation (new-grad program), then Billing pod
- Internal CLI for service scaffolding; Stripe invoice webhooks

Internship - Southwest Regional Utilities IT | Summer 2021
- .NET scripts for meter-data reconciliation

EDUCATION
B.S. Computer Science, Texas A&M University, 2022

SKILLS
Go, TypeScript, Node.js, Python, PostgreSQL, Kafka, AWS (ECS, SQS, RDS), Docker, Terraform, Datadog, gRPC

PREFERENCES
Backend role on payments or platform. Austin in-office 2 days or remote. $135K base.
"""),

rec("u14", "logistics_supply_chain", "lead", "Night shift - Dock 4", "Luis Ángel Caraballo", "Allentown, PA",
    ["Warehouse Supervisor", "Shift Supervisor", "Operations Supervisor"], ["Allentown, PA", "Bethlehem, PA", "Easton, PA"], False, 68000,
    "5 team/shift names instead of titles", "plain chronological", """
Luis Ángel Caraballo
Allentown, PA 18103 | 484-555-0114 | luis.caraballo@example.com

WHAT I DO
I run the night inbound side of a 900,000 sq ft grocery distribution center. Our site doesn't use supervisor titles on badges - we go by shift and dock - but since 2023 I schedule and direct the whole Dock 4 night crew and write their reviews.

WORK HISTORY
Keystone Fresh Distribution, Allentown, PA | 2017 - present
Night shift - Dock 4 (receiving), 2023 - present
- 19 unloaders, 4 forklift drivers and 2 clerks report to me on nights; 2 of my people made lead
- 70-90 trailers a night; put-away in Manhattan WMS; door schedule with the day yard team
- Cut unload time per trailer from 62 to 44 minutes; lowest OSHA recordables of 6 docks in 2025
- Attendance, safety talks, first write-ups; hiring interviews with HR
Night shift - Dock 4, lead, 2020 - 2023
- Ran a 6-person unload team, trained new hires on pallet jacks and cold-chain rules
Night shift - Freezer, 2017 - 2020
- Selector, then reach truck operator in -10°F freezer

Amazon, Breinigsville, PA | 2015 - 2017
Fulfillment associate, stow and pack

EDUCATION & CERTIFICATIONS
Lehigh Carbon Community College - Supply Chain Management certificate, 2022
OSHA 10 General Industry; forklift, reach truck, order picker certified
Bilingual English/Spanish

PREFERENCES
Warehouse or shift supervisor, nights fine. Allentown, Bethlehem or Easton. $68,000 or better.
"""),

rec("u15", "customer_support", "mid", "Tier 2 queue", "Priyanka Deshmukh-Olsen", "Minneapolis, MN",
    ["Technical Support Specialist II", "Customer Support Specialist", "Escalations Specialist"], ["Minneapolis, MN", "Remote"], True, 60000,
    "5 team/queue names instead of titles", "plain chronological", """
PRIYANKA DESHMUKH-OLSEN
Minneapolis, MN 55408 | 612-555-0115 | priyanka.olsen@example.com

SUMMARY
Three and a half years answering customers for a payroll software company. Our support org is just "queues" - I moved from the Tier 1 queue to the Tier 2 queue and now take escalations from Tier 1 and the phone team.

EXPERIENCE
Northstar Payroll Cloud, Minneapolis, MN | 2023 - present
Tier 2 queue (escalations), 2025 - present
- 18-25 escalated tickets a day in Zendesk: tax filing errors, direct-deposit rejects, year-end W-2 issues
- CSAT 96% over 12 months; median time to resolve 1.6 days
- Write macros and help-center articles; reproduce bugs and file them in Jira for engineering
- Monday "swarm" host for stuck tickets
Tier 1 queue (chat and email), 2023 - 2025
- 60+ chats a day; password resets, employee onboarding, payroll run questions
- Top-3 on QA scores 5 quarters in a row

Target, Roseville, MN | 2021 - 2023
Guest Services team (part time during college)
- Returns, price matches, pickup orders

EDUCATION
B.A. Communication Studies, University of Minnesota, 2023

SKILLS
Zendesk, Salesforce Service Cloud, Jira, Confluence, basic SQL, Loom; payroll and tax terms (941, W-2, SUI)

PREFERENCES
Support specialist / escalations role, remote or Minneapolis hybrid. Not sales. $60,000 minimum.
"""),

rec("u16", "skilled_trades", "mid", "Journeyman Electrician", "Cody Rasmussen", "Boise, ID",
    ["Journeyman Electrician", "Electrician", "Commercial Electrician"], ["Boise, ID", "Meridian, ID", "Nampa, ID"], False, 64480,
    "6 just licensed (new journeyman card)", "plain chronological", """
CODY RASMUSSEN
Boise, ID 83704 | 208-555-0116 | cody.rasmussen@example.com
Idaho Journeyman Electrician License - issued October 2026

SUMMARY
Just got my journeyman card after a 4-year apprenticeship (8,000 hours) with a commercial contractor. Looking for journeyman work on commercial or industrial jobs.

EXPERIENCE
Electrical Apprentice (4th year) - Treasure Valley Electric Inc., Boise, ID | 2022 - Oct 2026
- Commercial tenant improvements, a 3-story medical office building and a K-8 school
- Conduit bending (EMT, rigid, PVC), pulling wire, panel and switchgear terminations up to 480V 3-phase
- Lighting controls, fire alarm rough-in, underground runs for parking lot lighting
- Ran a 2-person crew on punch list work under the foreman in my last year
- Layout from prints and RFIs, as-builts marked up for the PM

Journeyman Electrician - Treasure Valley Electric Inc. | Oct 2026 - present
- Same company, 6 weeks with the new card; working on a cold-storage warehouse

Laborer / Helper - Gem State Framing, Nampa, ID | 2020 - 2022
- Framing crew, material handling, forklift

EDUCATION & TRAINING
IEC Idaho apprenticeship, 4 years, graduated 2026
College of Western Idaho - Electrical fundamentals
OSHA 30, NFPA 70E, aerial lift and forklift certified

TOOLS
Fluke meters, megger, Greenlee benders, hydraulic knockouts, band saw; own truck and hand tools

PREFERENCES
Journeyman on commercial or industrial, Boise/Meridian/Nampa. $31/hr or more.
"""),
]
