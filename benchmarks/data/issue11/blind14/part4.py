"""blind14 part 4: n25-n30."""
from common import rec

RECORDS = [
rec("n25", "engineering_architecture", "executive", "Principal", "Theresa Kowalczyk", "Pittsburgh, PA",
    ["Director of Architecture", "Director of Design", "University Architect"], ["Pittsburgh PA", "Cleveland OH", "Columbus OH"], False, 175000,
    "internal title 'Principal' (owner of small firm); abbreviations in name line", "chronological",
"""
THERESA KOWALCZYK, AIA, NCARB, LEED AP BD+C
Pittsburgh, PA · (412) 555-0137 · tkowalczyk.arch@example.com

I co-own a 22-person architecture firm and am selling my share to my partners. Looking for a director-level role: Director of Architecture/Design at a large A/E firm, or University Architect / Director of Campus Planning. Pittsburgh, Cleveland or Columbus. $175,000 minimum.

PRINCIPAL (co-owner) — Kowalczyk Marino Architects, Pittsburgh
2012 – Present
- Co-founded the firm; grew it from 4 to 22 people (16 architects and designers); I run design and the studio, my partner runs operations
- Principal-in-charge on $400M of built work: K–12 schools, higher-ed labs and student housing, two library renovations
- Set fee proposals, staffing and the firm's design standards; final reviewer on every CD set
- Clients include 3 universities and 6 school districts; repeat clients are 70% of revenue
- AIA Pittsburgh Design Award 2019 and 2023

Project Architect → Associate — Strada Rivers Design, Pittsburgh
2004 – 2012
- Project architect for the science building at a state university ($68M); led a team of 5

Intern Architect — HGM Partners, Cleveland
2001 – 2004

EDUCATION
M.Arch., Carnegie Mellon University, 2001
B.A. Architecture, Kent State University, 1999

LICENSES
Registered Architect: PA, OH, WV; NCARB certificate; LEED AP BD+C

SERVICE
Adjunct design studio critic, CMU School of Architecture; Board, Pittsburgh Community Design Center
"""),

rec("n26", "policy_program", "executive", "Executive Director", "Calvin Moore Jr.", "Memphis, TN",
    ["Executive Director", "Chief Program Officer", "President & CEO (nonprofit)"], ["Memphis TN", "Little Rock AR", "Jackson MS", "Birmingham AL"], False, 130000,
    "non-profit/church leadership; multiple distant cities", "chronological",
"""
REV. CALVIN MOORE JR., M.Div., MPA
Memphis, Tennessee · 901-555-0169 · calvin.moore.ed@example.com

Seeking an Executive Director or Chief Program Officer position with a community-development or anti-poverty nonprofit. Memphis, Little Rock, Jackson or Birmingham. $130,000 floor.

EXECUTIVE DIRECTOR — Mid-South Neighbors United (community development nonprofit), Memphis
2017 – Present
- Lead a $9.4M organization with 58 staff across housing counseling, workforce, youth and reentry programs; report to a 15-member board
- Direct reports: COO, finance director, development director and 3 program directors
- Secured a $4.2M HUD Choice Neighborhoods sub-award and a $1.5M state workforce grant; cut audit findings to zero
- Built the outcomes dashboard the city now uses for its neighborhood revitalization reporting
- Testified before the Tennessee House Finance subcommittee on eviction diversion funding

Associate Pastor & Director of Community Ministries — Greater New Hope Missionary Baptist Church, Memphis
2009 – 2017
- Started the church's food pantry, GED classes and summer youth employment program (400 youth)
- Spun the programs off into Mid-South Neighbors United as a separate 501(c)(3) in 2014

Program Manager — Shelby County Office of Reentry
2005 – 2009
- Managed the pre-release program contracts and reported to the state

EDUCATION
MPA, University of Memphis, 2005
M.Div., Memphis Theological Seminary, 2010
B.A. Political Science, LeMoyne-Owen College, 2002

BOARDS
Memphis Area Legal Services (board), Tennessee Housing Coalition (vice chair)
"""),

rec("n27", "allied_health", "lead", "Pharmacy Technician Supervisor", "Yesenia Orozco", "El Paso, TX",
    ["Pharmacy Technician Supervisor", "Lead Pharmacy Technician", "Pharmacy Operations Supervisor"], ["TX, NM or AZ", "El Paso TX"], False, 27 * 2080,
    "abbreviation in title line; state list", "chronological",
"""
YESENIA OROZCO, CPhT, CSPT
El Paso, TX · (915) 555-0118 · yorozco.cpht@example.com

Goal: Pharmacy technician supervisor or lead tech role in a hospital or specialty pharmacy. Open to jobs in TX, NM or AZ. $27/hr minimum.

CERTIFICATIONS
PTCB CPhT (2014), CSPT sterile compounding (2019), Texas Pharmacy Technician registration, USP <797>/<800> training, BLS

EXPERIENCE

Pharmacy Technician Supervisor — Franklin Mountains Medical Center (312 beds), El Paso
2021 – Present
- Supervise 14 inpatient technicians on day and evening shifts: schedules, hiring, competencies, annual evaluations
- Run the IV room workflow with the pharmacists; oversee sterile compounding and hazardous drug handling per USP <800>
- Own the Pyxis/Omnicell cabinet program: par levels, overrides report, controlled substance discrepancy follow-up
- Led the move to barcode-verified IV compounding (DoseEdge); errors caught before dispensing up 3x
- Back up the buyer on wholesaler orders and drug shortages

Lead Technician — Franklin Mountains Medical Center
2017 – 2021
- IV room lead; trained new hires on aseptic technique and gowning

Pharmacy Technician — DesertRx Pharmacy (retail chain), El Paso
2013 – 2017
- Data entry, insurance rejections, fill and counting, drive-thru

EDUCATION
El Paso Community College — Pharmacy Technician certificate, 2013; A.A.S. Health Care Management (in progress)
Bilingual English/Spanish
"""),

rec("n28", "it_infrastructure", "executive", "Director of Information Technology", "Patrick O'Rourke", "St. Louis, MO",
    ["Director of IT", "IT Director", "Head of Infrastructure"], ["St. Louis MO", "hybrid 1 day/week", "remote (US)"], True, 150000,
    "church/diocese employer; director level", "chronological",
"""
PATRICK O'ROURKE
St. Louis, Missouri · (314) 555-0172 · porourke.it@example.com

IT Director looking for my next director-level role (infrastructure, security, operations). Remote or hybrid 1 day a week in St. Louis. Base salary $150,000 or higher.

DIRECTOR OF INFORMATION TECHNOLOGY — Archdiocese of the Mid-Mississippi (central office, 92 parishes, 28 schools)
2018 – Present
- Head of IT for 1,900 staff users and 11,000 student Chromebooks; report to the Chief Operating Officer
- Lead a team of 11: network/systems manager, help desk supervisor, 2 sysadmins, 5 field techs, 2 school tech coordinators
- Migrated 92 parishes from on-prem Exchange and file servers to Microsoft 365 and SharePoint; retired 40 servers
- Built an SD-WAN (Meraki) across 120 sites; E-Rate funded $3.8M of school network upgrades
- After a 2021 ransomware attempt on a parish, rolled out MFA, Intune, CrowdStrike and immutable Veeam backups; cyber-insurance premium dropped 30%
- Own a $4.6M budget and vendor contracts (carriers, copiers, MSP for after-hours)

IT Manager — Gateway Regional Credit Union, St. Louis
2011 – 2018
- Managed 4 admins; core banking infrastructure, VMware, FFIEC audit remediation

Systems Administrator — Midwest Freight Lines, St. Louis
2005 – 2011
- Windows Server, Active Directory, Cisco switching, phone system

EDUCATION
B.S. Information Systems, Saint Louis University, 2005
CISSP, ITIL 4 Foundation, Microsoft 365 Enterprise Administrator Expert
"""),

rec("n29", "hospitality", "lead", "Aquatics Director", "Kendra Ballard", "Greenville, SC",
    ["Aquatics Director", "Aquatics Manager", "Recreation Manager"], ["Greenville SC", "Spartanburg SC", "Asheville NC"], False, 52000,
    "nonprofit (YMCA-style) 'Director' title that is a mid-manager", "chronological",
"""
KENDRA BALLARD
Greenville, SC · 864-555-0153 · kendra.ballard.aquatics@example.com

Seeking an Aquatics Director / Aquatics Manager role with a Y, parks and recreation department, or club. Greenville, Spartanburg or Asheville. $52,000 minimum.

CERTIFICATIONS
Lifeguard Instructor Trainer (Red Cross), Water Safety Instructor Trainer, Certified Pool Operator (CPO), CPR/AED/First Aid Instructor, Swim Lessons Coordinator

AQUATICS DIRECTOR — Upstate Family YMCA, Eastside Branch, Greenville
2020 – Present
- Run the branch's two pools (indoor 25-yard and outdoor splash pad); report to the Branch Executive Director
- Hire, train and schedule 45 part-time lifeguards and swim instructors through 2 aquatics coordinators
- Swim lesson program of 1,100 kids a year; started free water-safety lessons for 3 Title I schools
- Own pool chemistry logs and DHEC inspections; managed the $180K pool resurfacing project
- Budget of $620K; grew swim lesson revenue 34%

Aquatics Coordinator — Upstate Family YMCA, Downtown Branch
2016 – 2020
- Lifeguard scheduling, in-service trainings, swim team support

Head Lifeguard / Swim Instructor — City of Greenville Parks & Recreation (seasonal)
2012 – 2016

EDUCATION
B.S. Parks, Recreation and Tourism Management, Clemson University, 2016

VOLUNTEER
Swim official, South Carolina High School League; church youth group leader
"""),

rec("n30", "education", "entry", "Instructional Aide (Paraeducator)", "Luis Ortega-Brooks", "Aurora, CO",
    ["Teacher (Alternative License)", "Elementary Teacher", "Teacher Resident"], ["Aurora CO", "Denver CO", "Cherry Creek area"], False, 48000,
    "two concurrent jobs in different families (school para + rideshare driving); target teaching", "chronological",
"""
LUIS ORTEGA-BROOKS
Aurora, CO 80012 · (720) 555-0161 · luis.ortegabrooks@example.com

Goal: First-year classroom teacher (elementary or middle school math) through Colorado's alternative licensure or a teacher residency. Aurora, Denver or the Cherry Creek area. $48,000 minimum.

CURRENT (concurrent)

Instructional Aide (Paraeducator) — Aurora Public Schools, Sable Elementary
Aug 2023 – Present | full time, school year
- Support a 3rd-grade classroom of 26 students, 11 of them multilingual learners
- Lead small-group math intervention 4 days a week (Bridges, i-Ready); my groups gained 1.3 grade levels on average in 2024–25
- Translate at parent conferences (Spanish) and run the after-school homework club
- Cover the class with the sub when the teacher is out; write sub plans with her

Rideshare Driver (independent contractor) — Uber and Lyft, Denver metro
2021 – Present | evenings and weekends
- 4,800+ trips, 4.97 rating; how I paid for my degree and still pay the bills

PREVIOUS
Youth Soccer Coach (part time) — Aurora Parks & Recreation, 2019 – 2023
Retail Associate — Sporting goods store, Aurora, 2018 – 2021

EDUCATION
B.A. Mathematics, Metropolitan State University of Denver, 2023
Praxis Elementary Education: Multiple Subjects — passed (2025)
Colorado Paraprofessional (ParaPro) — passed
Bilingual Spanish/English

REFERENCES
Classroom teacher and principal at Sable Elementary (available on request)
"""),
]
