"""blind11 records k16-k23, typed by hand."""
from common import rec

RECORDS = [
rec("k16", "software_engineering", "executive", "Head of Engineering", "Priya Nadkarni-Bell", "Columbus, OH",
    ["VP of Engineering", "Head of Engineering", "Director of Engineering"], ["Remote (US)", "Columbus, OH"], True, 230000,
    "engineering head; 'remote or Columbus, OH'", "PDF: skills table flattened into one line, dates at line end", """
PRIYA NADKARNI-BELL
Head of Engineering
Columbus, OH | priya.nb@example.com | 614-555-0112 | github.com/pnbell

Engineering leader, 15 years building software and running product engineering teams. Currently Head of Engineering at a 120-person insurtech (Series C): I report to the CEO and run a 34-person org (4 engineering managers, a staff engineer, QA and platform). Looking for VP / Head of Engineering or Director of Engineering roles, remote or Columbus, OH.

EXPERIENCE
Head of Engineering, Ridgeline Insure, Columbus, OH (remote-first) 2022 – Present
• Grew engineering from 11 to 34 people; set up the manager layer, a career ladder and on-call.
• Led the move from a Rails monolith to a modular Rails + Go services setup on AWS; deploys went from weekly to about 25 a day.
• Own a $6.1M engineering budget; SOC 2 Type II in 2023 together with our security lead.
Engineering Manager, then Senior Engineering Manager, Hollis Health (telehealth), Columbus, OH 2017 – 2022
• Managed 2, then 3 teams (16 engineers) on patient scheduling and billing integrations.
Senior Software Engineer, Mapleline Software, Dublin, OH 2013 – 2017
Software Engineer, Buckeye Data Systems, Columbus, OH 2011 – 2013

TECHNICAL SKILLS
Languages Ruby, Go, TypeScript, SQL Cloud AWS (ECS, RDS, Lambda), Terraform Practices CI/CD, trunk-based development, incident management, DORA metrics Tools GitHub Actions, Datadog, Jira, Linear

EDUCATION
B.S. Computer Science and Engineering, The Ohio State University, 2011

LEADERSHIP
Hiring (about 90 hires), budgeting, board-level reporting, vendor contracts, coaching new managers; mentor in a Columbus women-in-tech group.
"""),

rec("k17", "it_infrastructure", "entry", "Tech Specialist (Agent), Advanced Repair", "Marcus Feliciano", "El Paso, TX",
    ["Help Desk Technician", "IT Support Specialist I", "Desktop Support Technician"], ["El Paso, TX"], False, 49920,
    "retail 'Agent' title; certs + home lab; $24/hr floor", "plain, ALL CAPS section headers", """
Marcus Feliciano
El Paso, TX | 915-555-0143 | marcus.feliciano.it@example.com

Looking for: Help Desk Technician / IT Support Specialist I / Desktop Support, full-time, El Paso. $24/hr or more. I've fixed computers at a retail tech counter for three years and finished CompTIA A+ and Network+. Ready for a real IT job with tickets, Active Directory and a team.

EXPERIENCE
Tech Specialist ("Agent"), Advanced Repair — ByteBench electronics store, El Paso, TX — 2023–present
- Diagnose and repair 15–25 customer devices a day: Windows and macOS reinstalls, data transfers, malware removal, SSD/RAM upgrades, battery and screen replacements.
- Set up home networks and printers on in-home visits; explain fixes to customers who aren't technical.
- Log every repair in the store's ticketing system; 4.8/5 average on customer surveys.
Sales Associate, Connected Home — same store — 2022–2023
- Sold laptops, routers and smart-home gear; moved to the repair counter after 8 months.
Line Cook (part-time) — Casa Ochoa restaurant — 2019–2022

HOME LAB / PROJECTS
- Windows Server 2022 eval on Proxmox: AD DS, DNS, DHCP, Group Policy for 10 test users; joined 3 VMs to the domain.
- pfSense firewall with VLANs for my home network; Pi-hole for DNS filtering.
- PowerShell script to bulk-create AD users from a CSV.

CERTIFICATIONS
CompTIA A+ (2024), Network+ (2025); studying for Security+
Google IT Support Professional Certificate (2023)

EDUCATION
El Paso Community College, Computer Information Systems coursework (24 credits), evenings
Bilingual English/Spanish
"""),

rec("k18", "data_analysis", "senior", "Analytics Consultant II", "Owen Halvorsen-Reyes", "Des Moines, IA",
    ["Senior Data Analyst", "Senior BI Analyst", "Analytics Consultant"], ["Des Moines, IA", "Remote (US)"], True, 105000,
    "employer title 'Consultant II' = senior IC; insurance setting", "plain, comma-separated title lines", """
Owen Halvorsen-Reyes
Des Moines, IA · owen.hreyes@example.com · 515-555-0158

Analytics Consultant (senior individual contributor) at a regional insurer, 10 years in analytics. Looking for a senior data analyst / senior BI analyst role: hands-on SQL and dashboards, no people management. Des Moines or remote.

Experience
Analytics Consultant II, Hawkeye Mutual Insurance Group, West Des Moines, IA, 2021–present
(At Hawkeye, "Analytics Consultant II" is the senior analyst grade; "Consultant" is an internal title, not consulting.)
- Own the claims and loss-ratio reporting suite: 14 Power BI reports used by claims VPs and 400+ adjusters.
- Built the claims data mart in Snowflake (dbt, 60 models) with a data engineer, replacing SQL Server extracts.
- Severity-trend and reserve-adequacy analyses for the actuarial team; cut monthly reserving data prep from 5 days to 1.
- Review two junior analysts' SQL and dashboards (no direct reports).
Data Analyst, Hawkeye Mutual Insurance Group, 2018–2021
- Underwriting and agency production reports; moved them from Excel/VBA to SQL.
Financial Analyst I, Prairie State Credit Union, Ankeny, IA, 2016–2018
- Branch profitability and budget variance reports.

Skills
SQL (T-SQL, Snowflake), Power BI/DAX, dbt, Python (pandas, statsmodels), Excel, Git, Alteryx
Dimensional modeling (star schema), gathering reporting requirements from business users

Education
B.S. Statistics, Iowa State University, 2016
Microsoft Certified: Power BI Data Analyst Associate (2023)
"""),

rec("k19", "design_ux", "executive", "Creative Director", "Sebastian Ortiz-Klein", "Milwaukee, WI",
    ["Creative Director", "Head of Design", "VP, Creative"], ["Milwaukee, WI", "Chicago, IL"], False, 150000,
    "agency creative director heading a design department", "plain, em-dash title lines", """
SEBASTIAN ORTIZ-KLEIN
Creative Director
Milwaukee, WI · 414-555-0133 · s.ortizklein@example.com · portfolio on request

Creative director, 18 years in design. I lead the creative department of a 45-person independent agency: 9 designers, art directors and a motion designer report to me, and I sit on the agency's leadership team. Looking for Creative Director, Head of Design or VP Creative roles in Milwaukee or Chicago, agency or in-house brand design.

Creative Director — Cream City Collective, Milwaukee, WI — 2019–present
- Set creative direction for 30+ clients a year (health systems, credit unions, beverage and outdoor brands); present work to client CMOs.
- Grew the design team from 4 to 9; hiring, reviews, salary bands, weekly critique and a shared brand-system toolkit in Figma.
- Led rebrands for a 14-hospital health system and a Wisconsin brewery, from strategy through packaging and signage.
- Own the creative department budget ($1.3M) and freelance spend.
Associate Creative Director, Design — Cream City Collective — 2016–2019
Senior Art Director — Lakeshore & Finch Advertising, Chicago, IL — 2012–2016
Art Director, earlier Graphic Designer — Northpoint Printing & Design, Milwaukee — 2008–2012

Education
B.F.A. Graphic Design, Milwaukee Institute of Art & Design, 2008

Tools & craft
Figma, Adobe CC (Illustrator, InDesign, After Effects), brand systems, typography, packaging, art direction for photo and video shoots

Recognition
Work selected for a national design annual (2021); regional AIGA best of show (2018, 2022)
"""),

rec("k20", "sales", "lead", "Owner / Store Manager", "Diane Prochazka", "La Crosse, WI",
    ["Store Manager", "Assistant Store Manager", "Department Manager"], ["within 30 minutes of La Crosse, WI"], False, 58000,
    "retail small-business owner; 32 yrs, many titles", "plain, em-dash title lines", """
Diane Prochazka
La Crosse, WI · 608-555-0181 · dianeprochazka@example.com

I owned and ran Prochazka Hardware & Garden, a two-generation neighborhood hardware store, for 14 years until we sold the building in 2026. Now I'd like to run a store for someone else: store manager, assistant store manager or department manager in home improvement, farm supply, garden or general retail. Within 30 minutes of La Crosse.

Owner / Store Manager — Prochazka Hardware & Garden, La Crosse, WI — 2012–2026
- $2.1M annual sales; 9 employees (3 full-time, 6 seasonal and part-time in spring garden season). I hired, scheduled, trained and ran payroll.
- Bought for 18,000 SKUs through our hardware co-op, plus seasonal buys for lawn and garden and holiday.
- Grew paint and key/lock services to 24% of gross margin; started contractor house accounts (60 accounts).
- Worked the floor every day: plumbing and electrical repair questions, rekeying, screen and glass repair.
Assistant Manager — same store (my father's) — 2002–2012
Department Manager, Lawn & Garden — Coulee Farm Supply, Onalaska, WI — 1997–2002
Cashier / Stocker — Coulee Farm Supply — 1994–1997

Education
Western Technical College, Business Management (A.A.S.), 1997

Skills
Retail P&L, point-of-sale and inventory systems (Epicor Eagle), reordering, merchandising and planograms, hiring and scheduling, vendor negotiation, customer service

I'm 50, healthy, and used to 6 days a week in spring. Happy to work weekends.
"""),

rec("k21", "marketing_communications", "entry", "Shift Supervisor (Partner)", "Ava Lindgren-Mbeki", "Seattle, WA",
    ["Social Media Coordinator", "Marketing Coordinator", "Content Assistant"], ["Seattle, WA", "Remote (US)"], True, 52000,
    "coffee-chain 'Partner' + freelance gig clients; first marketing job", "plain, em-dash title lines", """
Ava Lindgren-Mbeki
Seattle, WA (Capitol Hill) | ava.lm@example.com | 206-555-0129 | Instagram @ava.makes.posts

I'm a shift supervisor at a coffee chain and I run social media for three small businesses on the side. I want my first full-time marketing job: social media coordinator, marketing coordinator or content assistant. Seattle or remote (Pacific time).

Freelance Social Media Manager (part-time, about 15 hrs/wk) — self-employed — 2024–present
- Clients: a Ballard bike shop, a Thai restaurant and a dog groomer. Plan monthly calendars, shoot and edit Reels/TikToks on my phone (CapCut), write captions, answer DMs.
- Bike shop Instagram grew from 1,900 to 7,400 followers; the restaurant's Reels drove a 2-for-1 night that sold out 5 weeks straight.
- Monthly reports from Meta Business Suite and Google Business Profile insights.
Shift Supervisor ("Partner") — Evergreen Roast Coffee Co., Seattle — 2023–present
- Run the floor on my shifts (6–8 partners), cash and deposits, deployment charts; I also do the store's chalkboards and window signs.
Barista ("Partner") — Evergreen Roast Coffee Co. — 2021–2023

Education
B.A. Communication (journalism minor), Western Washington University, 2021
Google Digital Marketing & E-commerce Certificate (2024); HubSpot Social Media certification

Tools
Canva, CapCut, Adobe Express, Meta Business Suite, Later, Mailchimp, Google Analytics 4 (basic), WordPress

Portfolio of client posts and results on request.
"""),

rec("k22", "human_resources", "senior", "People Specialist II, Benefits & Leave", "Lorraine Bussiere-Hayes", "Albuquerque, NM",
    ["Senior Benefits Specialist", "Leave Administrator", "Benefits Analyst"], ["Albuquerque, NM", "Remote (US)"], True, 68000,
    "older worker, 28 yrs; employer 'Specialist II' = top grade", "PDF: two-column layout flattened (sidebar interleaved)", """
LORRAINE BUSSIERE-HAYES
People Specialist II, Benefits & Leave
Albuquerque, NM | 505-555-0116 | lorraine.bh@example.com
CORE SKILLS PROFILE
Benefits administration Benefits and leave specialist with 26 years in HR, 18 of them
FMLA / ADA / USERRA in benefits. Looking for a senior benefits specialist, leave
COBRA, ACA 1095-C administrator or benefits analyst role. Albuquerque or remote.
Open enrollment (3,000+) I'm a specialist by choice; no interest in managing.
Workday Benefits, UKG EXPERIENCE
Carrier / TPA audits People Specialist II, Benefits & Leave
Retirement 401(k) / 457 Sandia Regional Health, Albuquerque, NM
Spanish (fluent) 2016 – present
 • Case manager for ~140 open FMLA/ADA leaves across 4 hospitals; ADA interactive process meetings.
CERTIFICATIONS • Lead open enrollment logistics for 3,200 employees; carrier file audits with IT.
CEBS (2011) • Reconcile monthly carrier invoices (~$2.4M/mo); caught $180K in duplicate premiums in 2024.
SHRM-CP (2015) • "People Specialist II" is the top specialist grade at Sandia Regional.
CLMS (2019) Benefits Administrator
 Rio Grande Public Schools, Albuquerque, NM
EDUCATION 2008 – 2016
B.B.A., University of • 457(b) and state retirement enrollments; retiree insurance; COBRA.
New Mexico, 1999 HR Assistant, then HR Generalist
 Duke City Manufacturing, Albuquerque, NM
 2000 – 2008
 • Hiring paperwork, I-9s, payroll entry, employee files; later benefits and workers' comp.
 Receptionist / Clerk, temp agency placements, 1998 – 2000
"""),

rec("k23", "customer_support", "lead", "Member Care Team Lead", "Rashida Coleman-Ortiz", "Charlotte, NC",
    ["Call Center Supervisor", "Team Lead - Member Services", "Member Services Manager"], ["Charlotte, NC", "Remote (US)"], True, 62000,
    "contact-center team lead at a credit union; 'Advocate' titles", "plain, em-dash title lines", """
Rashida Coleman-Ortiz
Charlotte, NC · 704-555-0150 · rashida.co@example.com

Contact center team lead, 10 years in member and customer service (credit union and utility). I coach a team of 13 Member Care Advocates. Looking for a call center supervisor, team lead or member services manager role in Charlotte, hybrid or remote.

Member Care Team Lead — Queen City Federal Credit Union, Charlotte, NC — 2021–present
- Lead 13 phone/chat advocates (inbound, about 1,400 contacts a week): daily huddles, side-by-side coaching, 2 QA evaluations per advocate per week, attendance and write-ups with the contact center manager.
- Team first-contact resolution 81% to 87%; handle time down 40 seconds after I rebuilt our card-dispute call flow.
- Take escalations: fraud claims, Reg E disputes, upset members. Run the team's schedule and real-time adherence in Calabrio.
- Trained 3 new-hire classes (2-week nesting).
Member Care Advocate II — Queen City Federal Credit Union — 2018–2021
- Account servicing, transfers, loan payments, card disputes; top-5 QA score 8 quarters in a row.
Customer Service Representative — Piedmont Gas & Light call center, Gastonia, NC — 2016–2018
- High-bill complaints, payment arrangements, start/stop service.

Before that: cashier and front desk jobs, 2011–2016.

Education
Central Piedmont Community College, A.A.S. Business Administration, 2016
HDI Customer Service Representative certification

Systems
Genesys Cloud, Calabrio WFM/QM, Symitar (Episys), Salesforce Service Cloud, Zendesk, Excel
"""),
]
