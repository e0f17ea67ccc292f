"""blind18 hand-written records t17-t24."""
from common import rec

RECORDS = [
rec("t17", "public_safety", "entry", "Professional Hockey Player (ECHL)", "Cody Lavallee", "Toledo, OH",
    ["Police Officer Recruit", "Police Officer Trainee", "Deputy Sheriff Trainee"], ["Toledo, OH", "Lucas County, OH", "Perrysburg, OH"], False, 50000,
    "former professional athlete moving into work", "chronological",
    """
CODY LAVALLEE
Toledo, OH 43604 | 419-555-0117 | cody.lavallee@example.com

SUMMARY
Retired from professional hockey in spring 2026 after 5 seasons in the ECHL and AHL. I want a career in law enforcement and am applying to police academies in Northwest Ohio (passed the OPOTA physical fitness test, written exam scheduled). Hockey taught me to stay calm under pressure, take hits, follow a system and take care of teammates.

HOCKEY CAREER
Defenseman - Toledo Walleye (ECHL) | 2023 - 2026
- Alternate captain 2025-26; 184 games played over three seasons
- Team representative to the players' union; handled player concerns with the front office
- Community relations: 40+ school and hospital visits, Walleye reading program, police and fire charity games

Defenseman - Grand Rapids Griffins (AHL) / Kalamazoo Wings (ECHL), split contract | 2021 - 2023

College: Bowling Green State University Men's Hockey (NCAA D-I) | 2017 - 2021
- 4-year player, Academic All-WCHA

WORK EXPERIENCE
Security Officer (off-season, part time) - Huntington Center, Toledo | 2024 - 2026
- Event security for concerts and games: bag checks, crowd control, ejections with Toledo PD detail officers, incident reports

Youth Hockey Instructor (summers) - Toledo Ice House | 2019 - 2025

EDUCATION
B.S. Criminal Justice, Bowling Green State University, 2021

CERTIFICATIONS
Ohio private security officer registration (2024); CPR/AED/First Aid; OPOTA physical fitness test passed (Sept 2026)
Valid Ohio driver's license, clean driving record

LOOKING FOR
Police officer recruit / sponsored academy spot or deputy sheriff trainee in Toledo or Lucas/Wood County. $50K starting or better.
"""),

rec("t18", "science_lab", "senior", "Senior Research Associate", "Wenjing Liu", "Cambridge, MA",
    ["Senior Scientist", "Senior Research Associate", "Scientist II, Analytical Chemistry"], ["Cambridge, MA", "Boston, MA", "Lexington, MA"], False, 120000,
    "English written by a non-native speaker (Chinese grammar)", "chronological",
    """
WENJING LIU
Cambridge, MA 02139 | 617-555-0118 | wenjing.liu@example.com

SUMMARY
Analytical chemist, have 8 years experience in pharmaceutical company. Main work is develop and validate HPLC and LC-MS method for small molecule and peptide. I am responsible person for method transfer to CRO and CMO, also support IND filing. Now I look for senior scientist position, hope can take more responsibility for method strategy.

WORK EXPERIENCE
Senior Research Associate, Analytical Development - Verdanta Therapeutics, Cambridge, MA | 2021 - present
- Develop stability-indicating HPLC method for 4 clinical candidate, 2 of them already enter Phase 2
- Validate method according ICH Q2(R2), write validation protocol and report by myself
- Lead method transfer to 3 CRO in US and China, I do the technical communication with Chinese CRO in Mandarin, this save team a lot of time
- Do impurity identification by LC-MS/MS (Orbitrap), find one genotoxic impurity early, process team change the route
- Train 2 new research associate for instrument and Empower software

Research Associate II - Harbor Point Pharma, Lexington, MA | 2018 - 2021
- Release and stability testing under GMP, write deviation and OOS investigation
- Support dissolution method development for oral tablet

Research Assistant - Shanghai Institute of Materia Medica | 2015 - 2016

EDUCATION
M.S. Chemistry, Northeastern University, Boston, 2018
B.S. Pharmaceutical Analysis, China Pharmaceutical University, Nanjing, 2015

SKILLS
HPLC/UPLC, LC-MS/MS, GC, dissolution, KF, Empower 3, ChemStation, MassHunter, ICH guideline, GMP documentation, eLN, method transfer

PUBLICATION
2 paper in Journal of Pharmaceutical and Biomedical Analysis (impurity profiling)

OTHER
I have green card, no sponsorship need. Language: Mandarin (native), English (working).
Want work in Cambridge, Boston or Lexington area, onsite OK. Salary not lower than $120K.
"""),

rec("t19", "logistics_supply_chain", "lead", "Warehouse Shift Supervisor", "Oleksandr Marchenko", "Sacramento, CA",
    ["Warehouse Supervisor", "Warehouse Operations Manager", "Distribution Center Supervisor"], ["Sacramento, CA", "West Sacramento, CA", "Stockton, CA"], False, 72000,
    "English written by a non-native speaker (Ukrainian/Russian grammar)", "chronological",
    """
OLEKSANDR MARCHENKO
Sacramento, CA 95823 | 916-555-0119 | o.marchenko@example.com

ABOUT
I am working in warehouse 7 years, last 3 years as shift supervisor in distribution center. On my shift is 28 people: pickers, packers, forklift drivers, 2 leads. I know WMS very good, I make schedule, I train people and I am responsible for safety on shift. I am looking for position of warehouse supervisor or operations manager in bigger DC.

EXPERIENCE
Warehouse Shift Supervisor - Valleyline Foods Distribution, West Sacramento, CA | 2023 - present
- Manage night shift 28 associates and 2 leads, grocery DC 310,000 sq ft
- Increased picks per hour from 142 to 171 after I changed slotting for fast movers together with inventory team
- Make weekly schedule, approve time in Kronos, do attendance and write-ups, interview new people
- Every day I do safety walk and forklift audit; 2025 was 0 recordable injury on my shift
- Cycle count accuracy on my shift 99.4%

Inventory Lead - Valleyline Foods Distribution | 2021 - 2023
- Was leading 6 people in inventory control, cycle counts, damages, returns to vendor

Forklift Operator / Reach Truck - Pacific Crate Logistics, Stockton, CA | 2019 - 2021

In Ukraine: Logistics Specialist - Nova Cargo, Kharkiv | 2014 - 2018
- Planning of trucks and documents for export, customs declarations

EDUCATION
Bachelor in Transport Technologies, Kharkiv National Automobile and Highway University, 2014
APICS/ASCM CLTD - studying now, exam in spring 2027

SKILLS
Manhattan WMS, SAP (basic), Kronos, Excel (pivot tables), forklift/reach/order picker certified, OSHA 10
Languages: Ukrainian, Russian (native), English (good for work)

WHAT I WANT
Supervisor or operations manager, Sacramento area or Stockton. Not less than $72,000 per year. I can work nights.
"""),

rec("t20", "data_analysis", "entry", "Grocery Associate (part time)", "Marcus Tran-Oyelaran", "Austin, TX",
    ["Data Analyst", "Junior Data Analyst", "Business Intelligence Analyst"], ["Austin, TX", "San Antonio, TX", "Remote"], True, 60000,
    "new graduate with internships plus unrelated part-time work", "chronological",
    """
MARCUS TRAN-OYELARAN
Austin, TX 78741 | 512-555-0120 | marcus.tran@example.com | github.com/mtran-example

EDUCATION
B.S. Statistics and Data Science, The University of Texas at Austin, May 2026
Relevant courses: regression, SQL databases, machine learning, data visualization, experimental design

INTERNSHIPS
Data Analyst Intern - Lonestar Credit Union, Austin, TX | Summer 2025
- Built a Power BI dashboard of branch traffic and teller wait times used by 14 branch managers
- Wrote SQL (SQL Server) to pull member transactions; cleaned 3 years of data in Python (pandas)
- Logistic regression for which members would take a pre-approved auto loan offer; presented to marketing

Business Analyst Intern - City of Austin, Transportation and Public Works | Summer 2024
- Cleaned 311 pothole and sidewalk request data; mapped backlog by council district in Tableau
- Automated a weekly Excel report that took an analyst 4 hours

PART-TIME WORK (to pay for school)
Grocery Associate - H-E-B, Austin, TX | 2022 - present
- Stocking, night freight, curbside order picking, about 20 hours a week; trained new curbside shoppers

Lifeguard - Austin Parks and Recreation, summers | 2021 - 2023

PROJECTS
Capstone: forecasting daily bike-share demand from weather (Python, XGBoost) - MAE 11% better than baseline
Kaggle-style analysis of Texas school funding vs. test scores (R, ggplot2)

SKILLS
SQL, Python (pandas, scikit-learn), R, Tableau, Power BI, Excel (pivot tables, XLOOKUP), Git

LOOKING FOR
Entry-level data analyst or BI analyst, full time. Austin or San Antonio, or remote. At least $60K. Still working at H-E-B until I start.
"""),

rec("t21", "engineering_architecture", "entry", "Lifeguard / Swim Instructor", "Sofia Bergstrom-Nakamura", "Fort Collins, CO",
    ["Civil Engineer I", "Engineer in Training", "Water Resources Engineer I"], ["Fort Collins, CO", "Denver, CO", "Loveland, CO"], False, 68000,
    "new graduate with internships plus unrelated part-time work", "chronological",
    """
SOFIA BERGSTROM-NAKAMURA
Fort Collins, CO 80521 | 970-555-0121 | sofia.bn@example.com

EDUCATION
B.S. Civil Engineering, Colorado State University, December 2026 (GPA 3.5)
Emphasis: water resources. FE exam (Civil) scheduled January 2027.
Senior design: detention pond and storm sewer design for a 40-acre subdivision (team of 4; HEC-HMS, Civil 3D)

ENGINEERING INTERNSHIPS
Civil Engineering Intern - Front Range Water Consultants, Loveland, CO | Summer 2026
- Drafted storm sewer plan and profile sheets in Civil 3D for 2 subdivisions
- Ran StormCAD and HEC-RAS models under a PE; wrote drainage report sections
- Site visits for construction observation; took field notes and photos

Engineering Intern - City of Fort Collins Utilities | Summer 2025
- Updated GIS layers of water valves and hydrants after field checks
- Helped review 12 developer grading plans against city criteria (checklists, redlines)

PART-TIME JOBS
Lifeguard / Swim Instructor - Fort Collins Recreation, Mulberry Pool | 2021 - present
- 15-20 hrs a week during school; taught Learn-to-Swim levels 1-4; head guard on weekend shifts
Barista - Bindle Coffee | 2020 - 2022

ACTIVITIES
ASCE student chapter treasurer; Concrete Canoe team (mix design lead), 2024-2026

SKILLS
AutoCAD Civil 3D, HEC-RAS, HEC-HMS, StormCAD, ArcGIS Pro, Excel, MATLAB, basic Python
Certifications: American Red Cross Lifeguard/CPR/AED, OSHA 10 Construction

LOOKING FOR
Civil Engineer I / EIT position in water resources or land development, starting January 2027. Northern Colorado or Denver metro. $68K or above.
"""),

rec("t22", "it_infrastructure", "entry", "IT Help Desk Technician I", "Devontae Rishworth", "Phoenix, AZ",
    ["Help Desk Technician", "Desktop Support Technician", "IT Support Specialist"], ["Phoenix, AZ", "Tempe, AZ", "Chandler, AZ"], False, 45760,
    "LinkedIn-style aspirational headline listing roles not held", "headline + chronological",
    """
DEVONTAE RISHWORTH
Cloud Architect | Cybersecurity Engineer | DevOps | AWS | Azure | Future CISO
Phoenix, AZ | 602-555-0122 | devontae.rishworth@example.com | linkedin.com/in/devontae-example

ABOUT
Passionate technologist on a journey to the cloud. Currently helping users at a regional insurance office as a Tier 1 help desk tech and building my skills in AWS and security labs at night.

EXPERIENCE
IT Help Desk Technician I - Saguaro Mutual Insurance, Phoenix, AZ | Sept 2025 - present
- Tier 1 phone and ticket support for 450 users: password resets in Active Directory, MFA enrollment, Outlook and Teams issues
- Image and deploy laptops with Intune/Autopilot; about 25 new-hire setups a month
- Close 30-40 ServiceNow tickets a day; escalate network and server issues to Tier 2
- Wrote 12 knowledge-base articles for common fixes

Retail Technology Associate - Best Buy, Tempe, AZ | 2023 - 2025
- Sold laptops and phones, did data transfers and virus removal at the service counter

EDUCATION
A.A.S. Information Technology, Rio Salado College, 2025

CERTIFICATIONS
CompTIA A+ (2025), CompTIA Security+ (2026)
AWS Certified Cloud Practitioner (2026)
In progress: AWS Solutions Architect Associate

HOME LAB
Proxmox server with Windows Server AD, pfSense firewall, a few Docker containers; TryHackMe top 5%

SKILLS
Active Directory, Microsoft 365 admin basics, Intune, ServiceNow, Windows 10/11, macOS, basic networking (DNS, DHCP, VLANs), PowerShell basics

LOOKING FOR
Help desk or desktop support job with a path to systems or cloud. Phoenix, Tempe or Chandler. $22/hr minimum.
"""),

rec("t23", "customer_support", "mid", "Customer Support Specialist II", "Ashleigh Pemberton-Diaz", "Tampa, FL",
    ["Customer Support Specialist", "Technical Support Specialist", "Customer Success Associate"], ["Tampa, FL", "Remote"], True, 50000,
    "LinkedIn-style aspirational headline listing roles not held", "headline + chronological",
    """
ASHLEIGH PEMBERTON-DIAZ
Head of Customer Experience | CX Strategist | Community Builder | Keynote Speaker | Customer Success Leader
Tampa, FL | 813-555-0123 | ashleigh.pd@example.com

ABOUT ME
I believe every ticket is a chance to create a fan for life. Three years in SaaS support, obsessed with empathy, CSAT and making the complicated simple.

EXPERIENCE
Customer Support Specialist II - Gatherly Events (event ticketing SaaS), Tampa, FL (remote) | 2024 - present
- Chat, email and phone support for event organizers; 45-60 tickets a day in Zendesk
- CSAT 96% over the last 4 quarters (team average 91%)
- Handle billing disputes, refunds and payout holds up to $2,500 on my own
- Tier 2 for integrations: troubleshoot Stripe and Mailchimp connections, reproduce bugs and file Jira tickets for engineering
- Wrote 30+ help-center articles; runs the team's Slack "macro of the week"

Customer Support Specialist I - Gatherly Events | 2023 - 2024
- Tier 1 queue; moved to II after 11 months

Guest Services Associate - Busch Gardens Tampa Bay | 2021 - 2023
- Front gate and guest relations: ticket issues, complaints, lost and found, season pass processing

Sales Associate - Ulta Beauty, Brandon, FL | 2019 - 2021

EDUCATION
A.A., Hillsborough Community College, 2021
Zendesk Support Administrator course (2025); HubSpot Inbound Service certificate

SKILLS
Zendesk, Intercom, Jira, Stripe dashboard, Salesforce Service Cloud (basic), Loom, macros and triggers, de-escalation

PREFERENCES
Remote preferred, Tampa Bay hybrid OK. Open to senior support or customer success associate. Salary $50K or more.
"""),

rec("t24", "manufacturing", "senior", "Retired (former Plant Manager)", "Gerald Wojcik", "Rockford, IL",
    ["Quality Engineer (part time)", "Senior Quality Engineer", "Continuous Improvement Engineer"], ["Rockford, IL", "Belvidere, IL"], False, 60000,
    "un-retirement: retiree returning part-time at a lower rung", "chronological",
    """
GERALD WOJCIK
Rockford, IL 61107 | 815-555-0124 | gerald.wojcik@example.com

WHY I AM WRITING
I retired as plant manager at the end of 2024. Two years of golf was enough. I want to go back to work part time, 24-30 hours a week, as a hands-on quality or CI engineer. I do not want to manage a plant or people again. I want to solve problems on the floor and help younger engineers.

EXPERIENCE
Plant Manager - Forest City Precision Components, Rockford, IL | 2014 - 2024
- Led a 260-person plant making machined and heat-treated aerospace and hydraulic components; P&L $58M
- AS9100 and IATF 16949 certifications; customer PPM from 1,400 to 180

Quality Manager - Forest City Precision Components | 2006 - 2014
- 12 inspectors and 3 quality engineers; CMM lab, gauge calibration, supplier quality

Senior Quality Engineer - Woodward Hydraulics (now Belvidere Fluid Power) | 1996 - 2006
- PPAP, control plans, PFMEA, 8D corrective actions, customer audits

Manufacturing Engineer - Sundstrand Aerospace (later Hamilton Sundstrand) | 1988 - 1996

SINCE RETIRING
- Volunteer SCORE mentor for 4 small machine shops (ISO 9001 readiness)
- Teaching one evening course, Quality Tools for Manufacturing, at Rock Valley College (2025)

EDUCATION
B.S. Mechanical Engineering, Northern Illinois University, 1988

CERTIFICATIONS
ASQ Certified Quality Engineer (CQE), Certified Six Sigma Black Belt; AS9100 internal auditor

SKILLS
Root cause analysis, SPC, MSA/gauge R&R, PFMEA, PPAP, GD&T, CMM program review, Minitab, lean

PREFERENCES
Part time, Rockford or Belvidere, on site. Around $50/hr; I will take $60K a year for 24-30 hours. Medicare-eligible, no need for benefits.
"""),
]
