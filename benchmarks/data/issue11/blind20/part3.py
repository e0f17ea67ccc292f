"""blind20 hand-written records v17-v24."""
from common import rec

RECORDS = [
rec("v17", "engineering_architecture", "lead", "Associate Principal, Structures", "Thandiwe Korsgaard", "Portland, OR",
    ["Principal Structural Engineer", "Structural Engineering Group Lead"], ["Portland, OR", "Seattle, WA"], False, 165000,
    7, "patent and publication list",
"""
THANDIWE KORSGAARD, P.E., S.E.
Portland, OR | 503-555-0127 | t.korsgaard@example.com

EXPERIENCE
Associate Principal, Structures - Willamette Bridge & Building Engineers, Portland, OR | 2019 - present
- Lead the 8-person structures group (5 engineers, 3 designers); staffing, reviews, fee proposals
- Engineer of record for mass-timber and seismic retrofit projects, $5M-$120M construction value
Senior Structural Engineer - Cascadia Structural Group, Seattle, WA | 2012 - 2019
Structural Engineer - Cascadia Structural Group | 2008 - 2012

EDUCATION
M.S. Structural Engineering, University of Washington, 2008 | B.S. Civil Engineering, Oregon State, 2007
Licensed P.E. (OR, WA), S.E. (WA, OR)

SELECTED PROJECTS (engineer of record unless noted)
- Albina Commons, 12-story CLT/glulam mixed-use, 2025
- Multnomah County Library branch seismic retrofit (base-isolation study), 2024
- Pearl Mass Timber Office, 8 stories, 2022
- Lents Elementary School seismic upgrade, 2021
- SW Corbett Pedestrian Bridge (steel), 2020
- Tacoma Fire Station 9, 2017 (project engineer)
- UW Bothell parking structure, 2015 (project engineer)

PUBLICATIONS AND PRESENTATIONS (practice-oriented)
- "Diaphragm design for CLT floors in high seismic zones," SEAOC Convention Proceedings, 2024
- "Retrofit cost benchmarks for Oregon schools," Structure Magazine, 2023
- "Connections that erectors like," Mass Timber Conference, Portland, 2023
- "Lessons from a base-isolation feasibility study," SEAOW webinar, 2022
- Co-author, state seismic rehabilitation grant program engineering guide, 2021
- "Fire-resistance detailing of exposed glulam," WoodWorks webinar, 2019

AFFILIATIONS
SEAO board member (2023-2026); ACI committee associate member

PREFERENCES
Principal or group lead in structural engineering. Portland or Seattle. $165,000.
"""),

rec("v18", "design_ux", "mid", "Freelance UX/UI Designer", "Jonah Trevisani", "Austin, TX",
    ["Product Designer", "UX Designer"], ["Austin, TX", "Remote"], True, 95000,
    8, "contractor client list",
"""
JONAH TREVISANI
Austin, TX | 512-555-0128 | jonah.trevisani@example.com | portfolio: jonahtrevisani.example.com

SUMMARY
Independent UX/UI designer since 2022. Research-to-prototype work for startups and mid-size companies, usually 6-16 week engagements through my LLC. Before that, 1.5 years in-house.

CLIENT ENGAGEMENTS (most recent first)
- Pecan Street Credit Union (Mar-Jun 2026) - redesigned mobile onboarding; drop-off down 23%
- Barton Health Scheduling, startup (Nov 2025-Feb 2026) - patient booking flow, 12 usability sessions
- Lone Star Movers (Aug-Oct 2025) - quote calculator and design tokens in Figma
- Civic Forms Co. (May-Jul 2025) - accessibility audit to WCAG 2.2 AA and fixes with developers
- Hill Country Veterinary Group (Jan-Apr 2025) - client portal, design system starter kit
- Amplify Tutoring (Sep-Dec 2024) - tutor-matching flows; card sorting and tree tests
- Redbud Solar (May-Aug 2024) - installer field app, offline states
- Taco Cart POS (Jan-Mar 2024) - kiosk ordering UI
- Brightwater Nonprofit Alliance (Sep-Nov 2023) - donation page redesign, +18% conversion
- Two smaller landing-page projects (2022-2023)

EMPLOYMENT
UX Designer - Capitol Software Partners (agency), Austin, TX | 2020 - 2022
- Wireframes and UI for 6 client apps under a senior designer

EDUCATION
B.F.A. Design, University of Texas at Austin, 2020
Google UX Design certificate (2021)

TOOLS
Figma, FigJam, Maze, Dovetail, Webflow, basic HTML/CSS, Jira

PREFERENCES
Full-time product designer or UX designer. Austin or remote. $95,000.
"""),

rec("v19", "human_resources", "senior", "Contract Technical Recruiter", "Fiona Adeyemi-Strand", "Charlotte, NC",
    ["Senior Technical Recruiter", "Talent Acquisition Partner"], ["Charlotte, NC", "Remote"], True, 110000,
    8, "contractor client list",
"""
FIONA ADEYEMI-STRAND
Charlotte, NC | 704-555-0129 | fiona.astrand@example.com

PROFILE
Technical recruiter, 8 years. Since 2021 I have worked on contract (1099 and W-2 through my own S-corp) embedded with client talent teams. Tech, fintech and healthcare IT hiring.

CONTRACT ENGAGEMENTS BY CLIENT
Queen City Bank Technology | Jan 2026 - present
  Cloud and security engineers; 14 hires to date; interviewer training for 30 managers
Piedmont Health IT | Jun - Dec 2025
  EHR analysts and integration engineers; 19 hires; cut time-to-fill from 61 to 39 days
Carolina Fintech Labs | Oct 2024 - May 2025
  Backend and data engineers for a Series B startup; 11 hires; built the interview loops
Ashby Logistics Software | Mar - Sep 2024
  Sales and solutions engineers; 9 hires
Riverbend Insurance Group | Jul 2023 - Feb 2024
  Hiring freeze ended engagement early; 6 hires, then sourced a pipeline for 2024
Sandhill Data Systems | Nov 2022 - Jun 2023
  Data scientists and ML engineers; 8 hires
Bluestone Payments | Jan - Oct 2022
  Full-stack developers; 15 hires
Harbor Point Med Devices | Apr - Dec 2021
  Firmware and quality engineers; 7 hires

EMPLOYEE ROLES
Technical Recruiter - Southpark Staffing Solutions, Charlotte, NC | 2018 - 2021
Recruiting Coordinator - Southpark Staffing Solutions | 2017 - 2018

EDUCATION
B.A. Psychology, UNC Charlotte, 2017
Certifications: AIRS Certified Internet Recruiter; LinkedIn Recruiter certified

TOOLS
Greenhouse, Lever, Workday Recruiting, LinkedIn Recruiter, Gem, Boolean/X-ray sourcing

PREFERENCES
Full-time senior technical recruiter or TA partner. Charlotte or remote. $110,000 base.
"""),

rec("v20", "it_infrastructure", "entry", "Line Cook", "Marcus Delacroix-Webb", "Louisville, KY",
    ["Help Desk Technician", "IT Support Specialist", "Desktop Support Technician"], ["Louisville, KY"], False, 42000,
    9, "certificates only",
"""
MARCUS DELACROIX-WEBB
Louisville, KY 40205 | 502-555-0130 | marcus.dwebb@example.com

CAREER CHANGE: KITCHEN TO IT SUPPORT
I have cooked professionally for nine years. Over the last 18 months I studied nights and earned three IT certifications. I do not yet have IT work experience; my home lab and certifications are my evidence.

CERTIFICATIONS
- CompTIA A+ (Core 1 and Core 2), November 2025
- CompTIA Network+, April 2026
- Google IT Support Professional Certificate, July 2025
- Microsoft Azure Fundamentals (AZ-900), in progress - exam booked

HOME LAB
- Built a Windows Server 2022 domain controller in Hyper-V with 3 client VMs; group policy, user accounts, password resets
- Ubiquiti router and managed switch with 3 VLANs, pfSense firewall, Pi-hole DNS
- Reimaged and repaired 11 donated laptops for a church computer drive

WORK HISTORY
Line Cook / Kitchen Lead - Bourbon Row Kitchen, Louisville, KY | 2020 - present
- Saute and grill stations; open the kitchen 4 days a week; train new cooks
- Fixed the kitchen display system and receipt printers when they dropped off the network
Line Cook - Highlands Diner, Louisville, KY | 2017 - 2020
Dishwasher / Prep Cook - Highlands Diner | 2016 - 2017

EDUCATION
High school diploma, Male High School, 2016
Coursework: Jefferson Community and Technical College, Computer & Information Technologies (12 credits)

SKILLS
Windows 10/11, Active Directory basics, TCP/IP, DHCP/DNS troubleshooting, printers, ticket etiquette, staying calm under pressure

PREFERENCES
Help desk or desktop support, Louisville, day shift. $42,000 minimum.
"""),

rec("v21", "software_engineering", "entry", "7th Grade Math Teacher", "Leah Abernathy-Cho", "Pittsburgh, PA",
    ["Junior Software Engineer", "Associate Software Developer", "Frontend Developer"], ["Pittsburgh, PA", "Remote"], True, 70000,
    9, "certificates only",
"""
LEAH ABERNATHY-CHO
Pittsburgh, PA | 412-555-0131 | leah.ac@example.com | github.com/leahac-example

SUMMARY
Middle school math teacher (6 years) moving into software development. Completed a 16-week full-time full-stack bootcamp in summer 2026; no paid developer experience yet.

TRAINING AND CERTIFICATES
- Full-Stack Web Development, Three Rivers Code Bootcamp (16 weeks, 800 hours), Aug 2026
  JavaScript/TypeScript, React, Node/Express, PostgreSQL, REST APIs, Jest, Git, pair programming daily
- AWS Certified Cloud Practitioner, Sep 2026
- freeCodeCamp Responsive Web Design and JavaScript Algorithms certifications, 2025
- Harvard CS50x (online, certificate), 2025

BOOTCAMP PROJECTS
- FractionQuest: React + Node game that teaches fraction equivalence; used by 3 classrooms
- Gradebook Lite: Express/PostgreSQL API with JWT auth, 92% test coverage
- Team capstone (4 people): bus-route tracker for a school district using a public GTFS feed

TEACHING EXPERIENCE
7th Grade Math Teacher - Allegheny Heights Middle School, Pittsburgh, PA | 2020 - present
- 5 sections, about 130 students; math department data lead (spreadsheets, assessment reports)
- Wrote Google Apps Script to auto-email missing-work reports to families

EDUCATION
B.S. Mathematics Education, Penn State, 2020
Pennsylvania Instructional I certificate, Mathematics 7-12

SKILLS
JavaScript, TypeScript, React, Node.js, SQL, Git, Jest, Google Apps Script, explaining things clearly

PREFERENCES
Junior or associate developer, frontend or full-stack. Pittsburgh or remote. $70,000. I will finish the school year only if needed.
"""),

rec("v22", "allied_health", "entry", "Warehouse Associate", "Yesenia Brathwaite", "Memphis, TN",
    ["Medical Assistant", "Phlebotomist", "Patient Care Technician"], ["Memphis, TN", "Southaven, MS"], False, 37440,
    9, "certificates only",
"""
YESENIA BRATHWAITE
Memphis, TN 38118 | 901-555-0132 | yesenia.brathwaite@example.com

GOAL
Start my healthcare career as a medical assistant or phlebotomist. My new certifications are below; I have not worked in a clinic yet except for my externship.

CERTIFICATIONS
- Certified Clinical Medical Assistant (CCMA), NHA - August 2026
- Certified Phlebotomy Technician (CPT), NHA - June 2026
- EKG Technician certificate, Southwest Tennessee Community College - 2026
- BLS for Healthcare Providers (AHA) - 2026

TRAINING
Medical Assistant program (9 months), Southwest Tennessee Community College | 2025 - 2026
- Vital signs, injections, specimen collection, EHR charting, HIPAA, medical terminology
- 160-hour externship at Midsouth Family Medicine: 120+ venipunctures, rooming patients, EKGs

WORK HISTORY
Warehouse Associate - Riverport Distribution Center (3PL), Memphis, TN | 2021 - present
- Pick/pack on nights, 220 units/hour; RF scanner; trained 10 new associates on safety
- Perfect attendance award 2023 and 2024
Cashier - Family Dollar, Memphis, TN | 2019 - 2021

EDUCATION
High school diploma, Whitehaven High School, 2019

SKILLS
Venipuncture and capillary sticks, vitals, EKG 12-lead, athenaOne basics, bilingual Spanish/English, working fast and accurately

PREFERENCES
Medical assistant or phlebotomist, full time, days. Memphis or Southaven. $18/hour minimum.
"""),

rec("v23", "hospitality", "executive", "Vice President of Food & Beverage", "Rosalind Mbeki-Carter", "Las Vegas, NV",
    ["VP Food & Beverage", "Director of Food & Beverage", "Regional Director of Operations"], ["Las Vegas, NV", "Phoenix, AZ", "San Diego, CA"], False, 220000,
    10, "third-person bio",
"""
ROSALIND MBEKI-CARTER
Las Vegas, NV | 702-555-0133 | rosalind.mc@example.com

ABOUT ROSALIND
Rosalind Mbeki-Carter is a food and beverage executive who has spent 22 years in resort and casino hospitality. Since 2020 she has served as Vice President of Food & Beverage at Silver Mesa Resort & Casino, a 2,900-room property on the Strip, where she oversees 31 outlets - from a 24-hour cafe to two fine-dining rooms - as well as banquets, room service and the employee dining room. Her division employs about 1,450 team members and produces $186 million in annual revenue.

Under her leadership, Silver Mesa's F&B profit margin rose from 14% to 21% while guest satisfaction scores climbed to the top quartile of the company's portfolio. She renegotiated the property's largest produce and protein contracts, opened three new restaurant concepts with celebrity chef partners, and led the division through the 2021 reopening, hiring more than 600 people in eight weeks. She reports to the property president and sits on the resort's executive committee.

Before Silver Mesa, Rosalind was Director of Restaurants at Desert Palms Resort in Phoenix (2014-2020), overseeing 11 outlets, and earlier held restaurant general manager and assistant manager roles with Coronado Bay Hotels in San Diego (2004-2014). She began her career as a banquet server while studying at UNLV.

Rosalind holds a B.S. in Hospitality Management from the University of Nevada, Las Vegas, and is a Certified Food and Beverage Executive (CFBE). She serves on the advisory board of the UNLV hospitality college and mentors women entering hotel operations.

She is exploring senior F&B or regional operations leadership roles in Las Vegas, Phoenix or San Diego, with a base salary of at least $220,000.
"""),

rec("v24", "social_work", "executive", "Executive Director", "Reginald Osterhout", "Milwaukee, WI",
    ["Executive Director", "Chief Program Officer", "Director of Behavioral Health Services"], ["Milwaukee, WI", "Madison, WI", "Chicago, IL"], False, 150000,
    10, "third-person bio",
"""
REGINALD OSTERHOUT, LCSW
Milwaukee, WI | 414-555-0134 | r.osterhout@example.com

BIOGRAPHY
Reginald Osterhout is a licensed clinical social worker and nonprofit leader with 24 years in child welfare and family behavioral health. He is currently Executive Director of Lakeshore Family Services, a Milwaukee agency with 210 staff and an $18.5 million budget that provides foster care case management, in-home family therapy, and a children's crisis stabilization program. He reports to a 15-member board.

Since taking the helm in 2019, Reginald has grown the agency's budget by 60%, opened a school-based mental health program in 22 Milwaukee Public Schools buildings, and brought the agency through its first COA accreditation. He negotiated the agency's county and state contracts, led a merger with a smaller youth shelter, and cut caseworker turnover from 48% to 27% with caseload caps and a clinical supervision ladder.

Earlier, Reginald served as Director of Clinical Services at Northside Children's Alliance (2012-2019), supervising five program managers, and as a clinical supervisor and then program manager at the same agency (2007-2012). He began his career as a child protective services investigator with Milwaukee County (2002-2007).

He earned his MSW from the University of Wisconsin-Milwaukee and his B.A. in Sociology from Marquette University. He holds the Wisconsin LCSW and is a certified trainer in trauma-focused CBT. Reginald chairs the Wisconsin Association of Family and Children's Agencies policy committee.

Reginald is seeking an executive director or chief program officer role at a larger human services organization in Milwaukee, Madison or Chicago. Minimum salary $150,000.
"""),
]
