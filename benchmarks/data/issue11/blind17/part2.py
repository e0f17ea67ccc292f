"""blind17 records s09-s16 (hand-written)."""
from common import rec

RECORDS = [
rec("s09", "software_engineering", "executive", "SVP, Engineering", "Gregory Adeyemi-Hart", "Austin, TX",
    ["CTO", "SVP Engineering", "VP of Engineering"], ["Austin, TX", "Remote"], True, 340000,
    "two-page senior executive compressed", "dense one-line-per-role exec summary",
"""
GREGORY ADEYEMI-HART | Austin, TX | 512-555-0109 | gah.exec@example.com
Technology executive: 24 yrs; last 11 as engineering head of 400-900 person orgs. Compressed from a 2-page CV for online forms.

CAREER (newest first; scope | outcome)
2021-now SVP, Engineering - Trellis Health Cloud (PE-backed, $610M ARR) | 880 eng/QA/SRE, 9 VPs/directors, $140M budget | re-platformed 3 acquired products onto one stack; uptime 99.95%; cut cloud spend 27%; SOC 2 + HITRUST
2017-21 VP Engineering - Quillmark Payments (Series C to IPO) | 120 to 410 engineers | led the IPO readiness program (SOX ITGC, change control); payments API p99 latency 900ms to 180ms
2013-17 Director of Engineering - Quillmark | 4 teams to 14; built the platform org and on-call
2009-13 Engineering Manager, then Sr Manager - Bluebonnet Software (acq. 2013) | desktop-to-SaaS rewrite
2002-09 Software Engineer to Staff Engineer - Meridian Telecom Systems | C++/Java billing mediation

BOARD / ADVISORY
Technical advisor, 2 seed-stage startups (2022-now); Hill Country University CS industry advisory council (2020-now)

SIGNATURE WORK (one line each)
- M&A: technical diligence on 7 acquisitions, integrated 4
- Org design: moved from project teams to 38 product-aligned teams with DORA metrics
- Talent: regretted attrition 6% (industry ~13%); 42% of directors promoted internally
- AI: stood up an applied-ML platform group (22 people) for clinical document extraction

EDUCATION
M.S. Computer Science - Gulf Coast Institute of Technology | B.S. Electrical Engineering - same
Executive program, Scaling Technology Organizations - Lakeshore Business School, 2019

TARGET
CTO or SVP/VP Engineering at a growth-stage or PE-backed software company. Austin or remote-first. Base $340K+ plus equity.
"""),

rec("s10", "human_resources", "executive", "Fractional CHRO", "Denise Holloway-Marks", "Minneapolis, MN",
    ["Chief People Officer", "VP Human Resources", "Fractional CHRO"], ["Minneapolis, MN", "St. Paul, MN", "Remote"], True, 210000,
    "interim/fractional roles", "engagement list",
"""
DENISE HOLLOWAY-MARKS, SPHR
Minneapolis, MN | 612-555-0110 | denise.hm@example.com

FRACTIONAL & INTERIM PEOPLE LEADER
Since 2020 I have served as part-time or interim head of HR for companies between 80 and 1,200 employees, usually for 6-18 months while they grow into a full-time executive. Before that, 15 years in corporate HR ending as VP. I am now ready to take one full-time Chief People Officer or VP HR role.

ENGAGEMENTS (Holloway People Advisory LLC)
Interim CHRO - Northline Cold Storage (1,200 employees, 9 sites) | 2025 - present, 4 days/week
- Head of HR reporting to the CEO; 11-person HR team; led a union decertification response with labor counsel; new HRIS (UKG)
Fractional CHRO - Pinegrove Behavioral Health (420 employees) | 2023 - 2025, 2 days/week
- Built comp bands, cut nurse and therapist turnover from 41% to 24%; hired and handed off to a full-time VP HR
Fractional Head of People - Lumen Lane Software (80 to 210 employees) | 2021 - 2023
- First performance cycle, equity refresh policy, 3-country EOR setup
Interim VP HR - Twin Rivers Credit Union (650 employees) | 2020 - 2021, merger integration

CORPORATE HR
VP Human Resources - Cardinal Foods Group (3,400 employees) | 2014 - 2020
Director, HR Business Partners - Cardinal Foods | 2010 - 2014
HR Manager / HR Generalist - Granite Range Manufacturing | 2005 - 2010

EDUCATION & CREDENTIALS
M.A., Human Resources & Industrial Relations - North Star University
SPHR; SHRM-SCP; Prosci change practitioner

FOCUS AREAS
Executive compensation with the board comp committee, M&A integration, labor relations, HR operations turnarounds

Seeking a full-time CPO / VP HR role in the Twin Cities (or remote with monthly travel). Fractional work considered only at 3+ days a week. Base at least $210,000.
"""),

rec("s11", "marketing_communications", "executive", "Chief Marketing Officer", "Leonora Bassett", "Charlotte, NC",
    ["Chief Marketing Officer", "SVP Marketing", "VP Marketing & Communications"], ["Charlotte, NC", "Atlanta, GA", "Raleigh, NC"], False, 275000,
    "two-page senior executive compressed", "compressed executive: bullets without verbs",
"""
LEONORA BASSETT
Charlotte, NC 28207 | 704-555-0111 | leonora.bassett@example.com

CMO | brand, demand, communications | regional banking & consumer health | 22 yrs
(two-page executive resume condensed; full version and references on request)

CHIEF MARKETING OFFICER - Piedmont Carolina Bank ($48B assets) | 2020 - present
- Marketing, brand, corporate communications, sponsorships, customer insights: 140 staff, $62M budget, 5 direct-report VPs
- Rebrand after 2 bank mergers; aided awareness in new markets 19% to 44%
- Digital deposit acquisition program: $3.1B new deposits in 24 months at below-target cost
- Crisis communications during 2023 regional-bank deposit run; board and regulator messaging

SVP, MARKETING - Evergreen Consumer Health (OTC brands, $900M revenue) | 2015 - 2020
- 4 brands, agency of record consolidation, saved $7M; launched DTC channel to $60M

VP / DIRECTOR, BRAND MARKETING - Evergreen Consumer Health | 2010 - 2015
BRAND MANAGER / ASSOCIATE BRAND MANAGER - Blue Heron Foods | 2004 - 2010

BOARDS
Charlotte Arts Alliance (marketing committee chair); ANA Financial Marketers Council

EDUCATION
MBA, Marketing - Magnolia State University
B.A., Communication Studies - Tidewater Carolina College

SKILLS
Brand architecture; performance marketing; media mix modeling; PR and executive communications; agency management; marketing technology (Salesforce Marketing Cloud, Adobe Experience Cloud)

OPEN TO
CMO / SVP Marketing roles in the Southeast (Charlotte, Atlanta, Raleigh). Base $275K minimum plus incentive.
"""),

rec("s12", "legal", "senior", "Senior Corporate Counsel", "Howard Tran-Michaels", "Pittsburgh, PA",
    ["Senior Counsel", "Senior Corporate Counsel", "Senior Employment Counsel"], ["Pittsburgh, PA", "Remote"], True, 185000,
    "part-time faculty + industry", "two parallel sections (industry / teaching)",
"""
HOWARD TRAN-MICHAELS
Pittsburgh, PA 15217 | 412-555-0112 | htm.counsel@example.com
Admitted: Pennsylvania (2012), Ohio (2014), W.D. Pa.

I practice full-time in-house and teach part-time. Looking for my next in-house senior counsel role (not a faculty job).

IN-HOUSE PRACTICE
Senior Corporate Counsel - Allegheny Robotics Corp. (2,100 employees) | 2020 - present
- Employment and commercial counsel for the U.S. business: handbooks, investigations, separation agreements, EEOC charges, wage-hour audits
- Negotiate customer and supplier agreements (MSAs, DPAs) up to $40M
- Manage outside counsel budget of $1.8M; no direct reports, work with 1 paralegal

Corporate Counsel - Three Rivers Health System | 2016 - 2020
- Physician employment agreements, Stark/AKS screening, HIPAA incidents

Associate - Whitlock Barnes LLP, Pittsburgh | 2012 - 2016 (labor & employment group)

TEACHING (PART-TIME)
Adjunct Professor of Law - Monongahela University School of Law | 2019 - present
- Teach Employment Law (3 credits, each spring, 40-60 students) and a Contract Drafting seminar
Adjunct Instructor - Steel Valley Community College, Paralegal Studies | 2015 - 2019
- Legal Research & Writing, Civil Litigation I

EDUCATION
J.D., cum laude - Lakeshore University School of Law, 2012; Law Review
B.A., Political Science - Keystone College, 2009

BAR & CLE
PA Bar Association Labor & Employment Section, council member; CLE faculty (4 programs)

Seeking a Senior Counsel / Senior Employment Counsel role in Pittsburgh or remote. $185,000 base minimum. I plan to keep teaching one course a year.
"""),

rec("s13", "design_ux", "senior", "Senior Brand Designer", "Aiyana Rothschild", "Providence, RI",
    ["Senior Graphic Designer", "Senior Brand Designer", "Senior Visual Designer"], ["Providence, RI", "Boston, MA", "Remote"], True, 98000,
    "part-time faculty + industry", "interleaved teaching and studio",
"""
Aiyana Rothschild
Providence, RI 02906  |  401-555-0113  |  aiyana.r@example.com  |  portfolio on request

Brand and visual designer (10 yrs) who also teaches typography part-time. I'm looking for a senior designer seat in-house; teaching stays as an evening adjunct load.

STUDIO / IN-HOUSE
Senior Brand Designer - Narragansett Outdoor Co. (apparel, in-house creative team of 9) | 2022 - present
- Own the visual system across packaging, retail signage, catalog and the e-commerce site
- Art-direct 3-4 photo shoots a year with the creative director; mentor 2 junior designers (no reports)
- Rolled out a Figma design library used by the web team; packaging refresh won a regional ADDY

Graphic Designer II - Harbor & Vine Agency, Boston | 2018 - 2022
- Identity and campaign work for 20+ clients: hospitals, credit unions, a city transit agency
Graphic Designer - Blackstone Print & Signs | 2016 - 2018

TEACHING (PART-TIME)
Adjunct Faculty, Graphic Design - Ocean State College of Art & Design | 2020 - present
- Typography I and Portfolio Studio, 1-2 sections per semester; 18 students each
- Serve on the BFA senior review panel
Visiting Critic - Providence Community College design program | 2019

EDUCATION
MFA, Graphic Design - Eastern Seaboard School of Art, 2016
BFA, Illustration - Ocean State College of Art & Design, 2013

TOOLS
Adobe InDesign, Illustrator, Photoshop, After Effects (basic); Figma; Keynote; prepress and print production

Wants: Senior graphic/brand/visual designer in Providence or Boston, hybrid, or fully remote. $98,000 minimum. Not looking for a full-time teaching position.
"""),

rec("s14", "customer_support", "mid", "Member Concierge II", "Elliott Sandoval", "Phoenix, AZ",
    ["Member Services Representative", "Customer Support Specialist", "Patient Concierge"], ["Phoenix, AZ", "Tempe, AZ", "Remote"], True, 45760,
    "loanword title outside its usual family (Concierge)", "chronological",
"""
ELLIOTT SANDOVAL
Phoenix, AZ 85015 | 602-555-0114 | elliott.sandoval@example.com

PROFILE
Member service professional, 4 years, in a health-plan "concierge" team. I answer members' questions about claims, benefits and finding doctors by phone, chat and secure message. (Our plan calls the role Concierge; it is a call-center member services job, not a hotel.)

EXPERIENCE
Member Concierge II - Saguaro Health Plan (Medicare Advantage, 310,000 members), Phoenix, AZ | 2024 - present
- 55-70 calls a day plus chat; average handle time 6:40; quality score 96%
- Explain EOBs, prior authorization status, copays, and pharmacy coverage; warm-transfer to nurses for clinical questions
- Book appointments and rides for members through the transportation benefit
- Resolve grievances at first contact or route to the appeals team within CMS timeframes
- Chosen as floor mentor for new concierges during nesting (4 classes)

Member Concierge I - Saguaro Health Plan | 2022 - 2024
- Passed 6-week training on Medicare Part C/D; promoted after 18 months

Front Desk Agent - Desert Palm Suites, Scottsdale | 2019 - 2022
- Check-in/out, reservations in Opera, guest complaints; 4.8 guest rating

SKILLS
Salesforce Service Cloud, Genesys, Facets (claims lookup), Microsoft Teams; HIPAA; bilingual English/Spanish; typing 62 wpm

EDUCATION
Associate of Arts - Valley Metro Community College, 2019

WANTS
Member services, customer support specialist or patient concierge. Remote or Phoenix/Tempe. $22/hr minimum.
"""),

rec("s15", "construction", "lead", "Foreman", "Luis Echeverria", "Sacramento, CA",
    ["Assistant Superintendent", "Superintendent", "General Foreman"], ["Sacramento, CA", "Roseville, CA", "Elk Grove, CA"], False, 105000,
    "reentry (8 years out), second-chance employer", "chronological with reentry section",
"""
LUIS ECHEVERRIA
Sacramento, CA 95822 | 916-555-0115 | luis.echeverria@example.com

About me: I came home from CDCR in 2018 after 6 years. A second-chance builder hired me as a laborer through a reentry program, and in 8 years I worked up to foreman. I am off parole since 2021 and my record is disclosed. I'm ready to run a job as assistant superintendent or superintendent.

EXPERIENCE
Foreman - Delta Ridge Builders, Sacramento, CA | 2023 - present
- Run the field crew (12-22 laborers, carpenters and finishers) on 3-4 story wood-frame multifamily, 90-160 units
- 3-week look-aheads, daily reports in Procore, coordinate 8-12 subs on site with the superintendent
- Toolbox talks, Cal/OSHA walks; 310,000 hours without a lost-time injury on my crews
- Hire and mentor laborers from the same reentry program that hired me (7 so far)

Lead Carpenter - Delta Ridge Builders | 2020 - 2023
- Layout, framing, concrete forms, punch lists
Laborer - Delta Ridge Builders (placed by Fresh Start Works reentry program) | 2018 - 2020

IN CUSTODY (training)
Carpentry vocational program, Sierra Foothills Correctional Facility (career technical education), 2015 - 2017
- 1,600 hrs; NCCER Carpentry Levels 1-2

CERTIFICATIONS
OSHA 30; CPR/First Aid; Competent Person - Excavation and Scaffolding; Procore field certification; forklift and telehandler

EDUCATION
Construction Management Certificate (in progress) - Capitol Valley College
GED, 2014

LANGUAGES
English, Spanish

Looking for assistant superintendent or superintendent on multifamily or commercial in the Sacramento area. $105,000 minimum plus truck.
"""),

rec("s16", "manufacturing", "senior", "Mfg Engineer 3 (P3)", "Harriet Okonkwo-Lind", "Greenville, SC",
    ["Senior Manufacturing Engineer", "Senior Process Engineer", "Manufacturing Engineer III"], ["Greenville, SC", "Spartanburg, SC"], False, 112000,
    "internal level codes from other ladders", "chronological with code legend",
"""
HARRIET OKONKWO-LIND
Greenville, SC 29607 | 864-555-0116 | h.okonkwolind@example.com

Note on titles: my employers use grade codes. Tessaro's ladder is P1 (associate) to P6 (principal); P3 is the senior individual engineer. Blue Ridge used Roman numerals where "IV" was a first-line supervisor grade in production, but "Engr II" was a mid-level engineer.

EXPERIENCE
Mfg Engineer 3 (P3) - Tessaro Automotive Systems, Greer, SC | 2021 - present
- Process owner for 2 robotic weld cells and an e-coat line making EV battery trays; 1,100 parts/day
- PFMEA, control plans, PPAP level 3 submissions for 4 OEM launches
- OEE up 71% to 84% through changeover reduction (SMED) and weld-fixture redesign
- Run 8D problem solving with quality; train operators on new work instructions
- Mentor 1 P1 engineer (technical, not a manager)

Mfg Engr II - Blue Ridge Castings, Spartanburg, SC | 2017 - 2021
- Die-cast trim cell for aluminum housings; scrap 6.2% to 2.9%
- Wrote CNC process sheets and fixtures with the tool room

Production Supervisor IV - Blue Ridge Castings | 2015 - 2017 (2nd shift, 26 operators)

Co-op, Process Engineering - Palmetto Bearings | 2012 - 2014

EDUCATION
B.S., Industrial Engineering - Upstate Carolina University, 2015

CERTIFICATIONS & TOOLS
ASQ Certified Quality Engineer (CQE); Lean Six Sigma Green Belt; SolidWorks, Minitab, AutoCAD, FANUC and ABB robot teach pendants, Plex MES

Seeking Senior Manufacturing or Process Engineer in the Upstate SC area. $112,000 minimum.
"""),
]
