"""blind4 records d19-d24, written by hand."""
from common import R

RECORDS = [
R("d19", "it_infrastructure", "entry", "Assistant Store Manager", "Shayla Brightwater", "Tulsa, OK",
  ["Help Desk Technician", "IT Support Specialist", "Desktop Support Technician", "Service Desk Analyst"],
  ["Tulsa, OK", "Broken Arrow, OK", "Remote"], True, 42000, """
SHAYLA BRIGHTWATER
Tulsa, OK 74133 | (918) 555-0161 | shayla.brightwater@example.com

OBJECTIVE
Retail manager changing careers to IT support. I earned CompTIA A+ and the Google IT
Support certificate this year, built a home lab, and I have been the unofficial "IT person"
for my store for five years. Looking for a help desk or desktop support role (Tier 1).

CERTIFICATIONS
CompTIA A+ (Core 1 and Core 2), June 2025
Google IT Support Professional Certificate (Coursera), March 2025
CompTIA Network+ - scheduled for January 2026

HOME LAB / PROJECTS
- Windows Server 2022 VM with Active Directory, DNS, DHCP; joined two Windows 11 clients,
  created users, groups and GPOs (drive mapping, password policy).
- Ticketing practice in a free Freshdesk instance: wrote 20 knowledge-base articles.
- Re-imaged and upgraded RAM/SSD on 6 donated laptops for my church's after-school program.

EXPERIENCE
Assistant Store Manager - Prairie Hardware & Home, Tulsa, OK          2020 - present
- Supervise 25 associates per shift; scheduling, cash office, inventory audits.
- First contact for store tech problems: handheld scanners, receipt printers, POS
  terminals, network drops; open and follow tickets with corporate IT support.
- Trained all associates on the new handheld ordering app in 2023.

Department Supervisor / Sales Associate - same company                       2016 - 2020

EDUCATION
Associate of Arts (General Studies), Tulsa Community College, 2016

TECH SKILLS
Windows 10/11, Active Directory basics, Microsoft 365 admin center (user/license tasks),
TCP/IP and subnetting basics, printer and peripheral troubleshooting, remote support tools
(Quick Assist, TeamViewer), customer service under pressure.
"""),

R("d20", "it_infrastructure", "senior", "IT Specialist (INFOSEC), GS-2210-12", "Dariusz Okafor-Bell", "Huntsville, AL",
  ["Senior Cybersecurity Analyst", "Information Systems Security Officer", "Senior Security Engineer", "IT Specialist (INFOSEC) GS-13"],
  ["Huntsville, AL", "Remote", "Atlanta, GA"], True, 118000, """
DARIUSZ OKAFOR-BELL
Huntsville, AL 35806 * 256-555-0108 * dokaforbell@example.com
U.S. Citizen * Active TS/SCI * Federal employee since 2016

SUMMARY
Information security specialist with 9 years in federal IT: RMF assessment and
authorization, vulnerability management, and incident response for classified and
unclassified systems. Looking for a senior security analyst / ISSO role (federal or
contractor), GS-13 or equivalent.

EXPERIENCE
IT Specialist (INFOSEC), GS-2210-12, Step 6 - 40 hours/week
U.S. Army Aviation and Missile Command, G-6, Redstone Arsenal, AL                  Mar 2020 - Present
- Information System Security Officer (ISSO) for 11 systems (approx. 2,400 endpoints);
  maintain packages in eMASS, write SSPs, POA&Ms and continuous monitoring plans.
- Run ACAS/Nessus scans weekly; drive remediation with system admins, reducing CAT I
  findings from 63 to 4 in 18 months.
- STIG compliance with SCAP and STIG Viewer for Windows Server, RHEL 8, Cisco IOS.
- Member of the incident response team; triage Splunk alerts and write incident reports
  to the cybersecurity service provider.
- Led ATO renewal for a mission logistics system (3-year ATO, no high findings).

IT Specialist (SYSADMIN), GS-2210-09/11
Same organization                                                       Jul 2016 - Mar 2020
- Windows Server and VMware administration, AD and Group Policy, patching with SCCM.

Network Technician, defense contractor, Huntsville                        2014 - 2016

EDUCATION
M.S. Cybersecurity, University of Alabama in Huntsville, 2021
B.S. Information Systems, Alabama A&M University, 2014

CERTIFICATIONS
CISSP (2022), CompTIA Security+ CE, CySA+, DoD 8140 IAM Level II / IAT Level II
"""),

R("d21", "data_analysis", "mid", "Staff Accountant", "Wen-Li Abernathy", "Columbus, OH",
  ["Data Analyst", "Business Intelligence Analyst", "Financial Data Analyst", "Reporting Analyst"],
  ["Columbus, OH", "Remote"], True, 72000, """
Wen-Li Abernathy
Columbus, OH 43215   |   614-555-0124   |   wenli.abernathy@example.com   |   github.com/wlabernathy

Summary
Accountant moving into data analytics. Five years in corporate accounting where the part of
the job I liked best was automating reports; in May 2025 I finished an M.S. in Business
Analytics. Strong SQL, Python (pandas), Power BI and Tableau, plus the business sense of
someone who has closed the books. Seeking a data analyst or BI analyst role.

Education
M.S. Business Analytics, The Ohio State University, Fisher College of Business, May 2025
 - Capstone (with a regional grocery chain): store-level demand forecasting in Python
   (Prophet, gradient boosting), reduced forecast error (MAPE) by 18% vs. their baseline.
 - Courses: SQL and database design, statistical modeling, data visualization, machine learning.
B.S. Accounting, Miami University, 2019

Experience
Staff Accountant - Buckeye Mutual Holdings, Columbus, OH                      2019 - present
 - Month-end close for 4 subsidiaries: journal entries, accruals, reconciliations.
 - Rebuilt the monthly expense variance report as a Power BI dashboard on SQL Server
   views; cut preparation time from 2 days to 2 hours, now used by 30 managers.
 - Wrote Python scripts to match 40k bank transactions a month against the GL.
 - Data extracts from Oracle EBS for internal and external audit requests.

Projects
 - Ohio school district spending explorer (Tableau Public), from ODE open data.
 - Kaggle: customer churn model write-up (logistic regression vs. random forest).

Skills
SQL (SQL Server, PostgreSQL), Python (pandas, scikit-learn), Power BI (DAX), Tableau,
Excel (Power Query), Git, statistics; Oracle EBS, BlackLine.
"""),

R("d22", "design_ux", "mid", "Freelance Designer", "Imogen Castellano-Reyes", "Portland, OR",
  ["Product Designer", "UX/UI Designer", "Visual Designer", "Brand Designer"],
  ["Portland, OR", "Remote"], True, 78000, """
IMOGEN CASTELLANO-REYES  —  designer
Portland, OR 97214  ·  503-555-0167  ·  imogen.cr@example.com  ·  portfolio: imogencr.example.com

What I do
UX/UI and visual designer, 4 years freelance. I design websites and small web apps end to end
for local businesses and nonprofits: research calls, flows and wireframes, Figma prototypes,
design systems, and hand-off to developers. I also still do brand identity and print.
Working two jobs right now; want one full-time product design role.

Freelance Designer (self-employed)                                     2021 - present
 · Booking web app for a 6-location physical therapy clinic: interviewed 9 front-desk
   staff, redesigned scheduling flow; no-show rate down 22% after SMS reminders redesign.
 · Design system (tokens, 60+ Figma components) for a Portland credit union's website
   rebuild; worked with their Webflow developer.
 · Brand identities and packaging for 15 food and beverage clients.
 · Usability tests (moderated, 5-8 users) and accessibility reviews against WCAG 2.1 AA.

Shift Lead / Barista (part time) - Ladd's Addition Coffee Roasters, Portland   2019 - present
 · Open the cafe three mornings a week; train new baristas; design all in-store signage
   and the seasonal menus.

Junior Graphic Designer - Print shop and sign company, Salem, OR          2018 - 2019
 · Prepress, large-format banners, vehicle wraps.

Education
B.F.A. Graphic Design, Pacific Northwest College of Art, 2018
Google UX Design Certificate, 2021
Nielsen Norman Group UX Certification (Interaction Design), 2024

Tools
Figma, FigJam, Adobe Illustrator/Photoshop/InDesign, Webflow, Maze, basic HTML/CSS
"""),

R("d23", "sales", "senior", "Territory Manager", "Caleb R. Montgomery-Yazzie", "Phoenix, AZ",
  ["Territory Manager", "Senior Sales Representative - Medical Devices", "Account Executive", "Clinical Sales Specialist"],
  ["Phoenix, AZ", "Scottsdale, AZ", "Tucson, AZ"], False, 95000, """
CALEB R. MONTGOMERY-YAZZIE
Phoenix, AZ 85016 | 602-555-0182 | caleb.my@example.com

SUMMARY
Medical device sales professional with 7 years of quota-carrying experience selling
orthopedic and wound-care products to hospitals, ambulatory surgery centers and surgeons.
Individual contributor; I own a territory, cover cases in the OR, and grow accounts.
President's Club 2022 and 2024.

EXPERIENCE
Territory Manager - Orthopedic Extremities
Stryde Orthopaedics, Phoenix / Northern Arizona territory      2021 - present
- Sole rep for 14 hospitals and 9 ASCs; $5.8M annual quota.
- 2024: 118% of quota ($6.9M), #3 of 61 reps nationally; 2022: 112%.
- Converted two IDN trauma contracts from a competitor (value $1.4M/year).
- Cover 6-10 surgical cases a week as a vendor rep; in-service OR staff on implant sets.
- Work value analysis committees and GPO pricing with the contracts team.

Associate Sales Representative - same company, Phoenix                      2019 - 2021
- Case coverage, set management and loaner logistics for the senior reps.

Inside Sales Representative - Wound-care supply distributor, Tempe         2017 - 2019
- Phone and email sales to home health agencies and SNFs; 140% of 2018 target.

EDUCATION
B.S. Kinesiology, Arizona State University, 2017

TRAINING / CREDENTIALS
Vendor credentialing (Vendormate, Reptrax) current; hospital OR protocol and aseptic
technique training; Challenger Sale and Miller Heiman Strategic Selling courses

TOOLS: Salesforce, Tableau dashboards, Concur, Veeva CRM

Note: "Territory Manager" is the company's title for field sales reps; I do not manage
other employees.
"""),

R("d24", "marketing_communications", "senior", "Public Information Officer", "Anneliese K. Drummond", "Boise, ID",
  ["Communications Manager", "Public Information Officer", "Senior Communications Specialist", "Public Affairs Manager"],
  ["Boise, ID", "Meridian, ID", "Salt Lake City, UT", "Remote"], True, 80000, """
ANNELIESE K. DRUMMOND
Boise, Idaho 83702 - 208-555-0199 - adrummond.pio@example.com

PROFILE
Public information officer with 8 years in government and 3 before that as a TV news
reporter. Media relations, crisis communication, social media, and plain-language writing
for the public. I'm the person a city puts in front of cameras during a wildfire or a
water main break. Looking for a senior communications or public affairs role.

EXPERIENCE
Public Information Officer - City of Eagle Ridge, ID (pop. 130,000)   2019 - present
- Sole PIO reporting to the City Manager; spokesperson for all departments except police.
- Ran public information for the 2022 wildfire evacuations and the 2024 boil-water advisory:
  press conferences, Joint Information Center with the county, hourly social posts,
  Spanish-language alerts.
- Grew city Facebook/Instagram/Nextdoor audience from 18k to 61k; launched a monthly
  e-newsletter (42% open rate).
- Wrote and designed the annual report and utility bill inserts; manage the website CMS.
- Media training for department heads and City Council members.

Communications Specialist - Idaho state agency (transportation), Boise            2016 - 2019
- Press releases, construction project outreach, public meeting materials, video for YouTube.

Reporter / Multimedia Journalist - Local TV station, Twin Falls and Boise         2013 - 2016

EDUCATION
B.A. Journalism and Mass Communication, University of Idaho, 2013

TRAINING
FEMA Basic and Advanced Public Information Officer (E/L 0388), ICS 100/200/700/800
Accredited in Public Relations (APR) - exam candidate 2026

TOOLS
Adobe Premiere, Canva, Hootsuite, Granicus GovDelivery, Meltwater, WordPress, AP Style
"""),
]
