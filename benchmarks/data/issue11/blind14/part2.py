"""blind14 part 2: n09-n16."""
from common import rec

RECORDS = [
rec("n09", "science_lab", "senior", "Postdoctoral Research Fellow", "Anika Rao", "Baltimore, MD",
    ["Scientist II", "Senior Scientist, Protein Sciences", "Research Scientist"], ["Boston MA", "San Diego CA", "Research Triangle NC"], False, 125000,
    "academic CV, publications first, leaving academia; multiple distant cities", "academic CV",
"""
ANIKA RAO, Ph.D.
Baltimore, MD · (410) 555-0127 · anika.rao.phd@example.com
Seeking industry Scientist II / Senior Scientist roles in protein sciences. Will relocate to Boston, San Diego or RTP. Base $125,000+.

SELECTED PUBLICATIONS (of 14; h-index 9)
1. Rao A, Feld J, Okonkwo T. Conformational trapping of a GPCR–arrestin complex by engineered nanobodies. Nat Struct Mol Biol (2025).
2. Rao A, et al. High-throughput thermal shift screening of stabilizing mutations. Protein Sci (2024).
3. Lindgren M, Rao A, et al. Cryo-EM of a truncated transporter in lipid nanodiscs. eLife (2023).
4. Rao A, Meyers P. Expression optimization of membrane proteins in Expi293. Protein Expr Purif (2021).

GRANTS & AWARDS
NIH F32 Postdoctoral Fellowship (2022–2025); Best Poster, Biophysical Society 2024

RESEARCH EXPERIENCE
Postdoctoral Research Fellow — Johns Hopkins School of Medicine, Dept. of Biophysics, 2021–present
- Designed and ran construct screens (60+ constructs), purification by AKTA (IMAC, SEC), SPR/BLI binding, nanoDSF
- Trained and supervised 2 graduate students and 3 undergraduates day to day
- Managed lab ordering and the shared cryo-EM grid-prep schedule

Ph.D., Biochemistry — University of Wisconsin–Madison, 2015–2021
Thesis: Lipid dependence of secondary transporters. TA for Biochem 501 (3 semesters).

B.S., Chemistry — Rutgers University, 2015

TECHNICAL SKILLS
Mammalian/insect/E. coli expression, ÄKTA, SPR (Biacore), BLI (Octet), DSF, SEC-MALS, cryo-EM sample prep, PyMOL, ChimeraX, Python (pandas), GraphPad Prism, ELN (Benchling)

TEACHING & SERVICE
Guest lecturer, JHU Graduate Biophysics; reviewer for Protein Science
"""),

rec("n10", "data_analysis", "senior", "Assistant Professor of Economics", "Samuel Okafor-Reyes", "Lawrence, KS",
    ["Senior Economist", "Senior Data Scientist", "Economist"], ["Kansas City MO/KS", "Denver CO", "remote (US)"], True, 140000,
    "academic CV, publications first, leaving academia", "academic CV",
"""
SAMUEL OKAFOR-REYES
Assistant Professor of Economics, University of Kansas
Lawrence, KS · 785-555-0139 · sokafor.econ@example.com · github.com/sor-econ

Leaving academia for applied economist / data scientist work. Kansas City, Denver or remote. Base salary $140,000 minimum.

PUBLICATIONS
- "Minimum Wage Spillovers in Rural Labor Markets" (with L. Park). Journal of Labor Economics, 2025.
- "Broadband Subsidies and Small-Business Formation." American Economic Journal: Applied, 2024.
- "Synthetic Control with Staggered Adoption: A Practical Guide." Journal of Econometric Methods, 2023.

WORKING PAPERS
- "Price Transparency Rules and Hospital Pricing" (R&R, RAND Journal)
- "Demand Estimation for Grocery Delivery Using Scanner Data"

APPOINTMENTS
Assistant Professor, Department of Economics, University of Kansas, 2020–present
- Teach Econometrics I (undergraduate) and Causal Inference (PhD); supervise 3 PhD students
- Consultant to the Kansas Department of Labor on unemployment insurance claims forecasting (2023–24): built the weekly nowcast in Python used by the agency
Visiting Researcher, Federal Reserve Bank of Kansas City, summer 2022

EDUCATION
Ph.D. Economics, University of Michigan, 2020
B.A. Economics and Mathematics, Florida International University, 2014

DATA & METHODS
Python (pandas, statsmodels, scikit-learn), R, Stata, SQL (BigQuery, Postgres), difference-in-differences, synthetic control, IV, structural demand (BLP), A/B test design, Tableau. Census RDC cleared (FSRDC project 2021–2023).

GRANTS
NSF SES award ($186K, co-PI); Washington Center for Equitable Growth grant

REFEREE
AER, JPubE, Labour Economics
"""),

rec("n11", "education", "executive", "Head of School", "Margaret Ann Doyle", "Dayton, OH",
    ["Head of School", "Principal / President", "Director of Schools"], ["Ohio", "Indiana", "Kentucky"], False, 15000,
    "church/parochial school; no salary given", "chronological",
"""
MARGARET ANN DOYLE, OP
Dayton, Ohio · (937) 555-0151 · madoyle.school@example.com

Seeking: Head of School or President of a Catholic or independent K–12 school in Ohio, Indiana or Kentucky. Salary negotiable.

EXPERIENCE

Head of School — St. Brigid Academy (PreK–8, 410 students), Dayton, OH
2016 – Present
- Report to the pastor and the school board; lead 34 faculty and 12 staff, including an assistant principal and a business manager
- Grew enrollment from 290 to 410 and rebuilt the tuition-assistance model with EdChoice scholarships
- Led the 2022 Ohio Catholic Schools Accreditation (7-year term, no findings)
- Raised $3.1M for the STEM wing; balanced budget every year ($5.6M)
- Started a Spanish-language parent night with the parish Hispanic ministry

Assistant Principal — Holy Family Catholic School, Cincinnati, OH
2010 – 2016
- Curriculum, teacher evaluation and discipline for grades 5–8; ran the summer reading program

Teacher, Grade 6 Math & Religion — Holy Family Catholic School
2002 – 2010

Religious life: Dominican Sisters (OP), final vows 2001; parish catechist trainer for the Archdiocese

EDUCATION
M.Ed. Educational Leadership, University of Dayton, 2009
B.A. Mathematics, Siena Heights University, 1998
Ohio Principal license (PreK–9); Catholic school administrator certification, Archdiocese of Cincinnati
"""),

rec("n12", "marketing_communications", "mid", "Communications Coordinator", "Grace Oyelaran", "Atlanta, GA",
    ["Communications Specialist", "Social Media Coordinator", "Content Coordinator"], ["Atlanta GA", "hybrid 3 days max"], False, 56000,
    "church work; volunteer section before paid", "volunteer-first",
"""
GRACE OYELARAN
Atlanta, GA | 404-555-0198 | grace.oyelaran@example.com | portfolio: graceoy.example.com

What I want next: a communications or social media specialist role at a nonprofit, university or agency in Atlanta. Hybrid up to 3 days in office. $56,000 or more.

VOLUNTEER & MINISTRY
Media Team Volunteer → Media Team Leader, New Covenant Fellowship (2015–2020)
- Ran the livestream camera and ProPresenter slides on Sundays; later scheduled a 20-person volunteer media team
Youth Camp Photographer, Georgia Baptist camps (summers 2016–2019)

PAID EXPERIENCE

Communications Coordinator — New Covenant Fellowship (4,000-member church), Atlanta
March 2021 – Present
- Write and send the weekly email (11,000 subscribers, 48% open rate) and the Sunday bulletin
- Manage Instagram, Facebook and YouTube; grew Instagram from 3.2K to 9.8K followers
- Plan and shoot short-form video for sermon series and outreach events; edit in Premiere and CapCut
- Press releases for the community food drive; got coverage on WSB-TV and the AJC
- Maintain the website in Squarespace and the event calendar in Planning Center

Marketing Intern — Atlanta Habitat for Humanity
Summer 2020
- Donor stories and volunteer spotlights for the blog; Canva graphics

EDUCATION
B.A. Communication, Georgia State University, 2020
Google Analytics certification; Hootsuite Social Marketing certification

SKILLS
Copywriting, AP style, Canva, Adobe Premiere, Lightroom, Mailchimp, Meta Business Suite, Squarespace
"""),

rec("n13", "software_engineering", "senior", "Independent Contractor (1099)", "Nikolai Petrenko", "Spokane, WA",
    ["Senior Full-Stack Engineer", "Senior Software Engineer", "Contract Senior Developer"], ["remote (US)", "Spokane WA"], True, 85 * 2080,
    "gig/contract/Upwork 1099; hourly rate", "project list",
"""
NIKOLAI PETRENKO
Spokane, WA · (509) 555-0104 · nik.petrenko.dev@example.com · github.com/npetrenko-dev

Senior full-stack developer, 9 years, 8 of them freelance. Looking for a remote senior role (W-2 or long-term 1099). Rate: $85/hr, or equivalent salary.

INDEPENDENT CONTRACTOR (1099) — Upwork Top Rated Plus, 100% Job Success, 42 contracts
Jan 2019 – Present
Selected engagements:
- Logistics SaaS (14 months, 30 hrs/wk): rebuilt the carrier-rate engine in TypeScript/NestJS; Postgres query work dropped p95 API latency from 1.8s to 240ms; set up GitHub Actions CI and Terraform for AWS ECS
- Telehealth startup (9 months): React Native app for video visits; HIPAA-aware logging; Twilio Video; shipped to both app stores
- Regional credit union (6 months): Next.js member portal, OAuth2/OIDC with their core banking vendor, accessibility fixes to WCAG 2.1 AA
- E-commerce brands (ongoing): Shopify Hydrogen storefronts, headless CMS (Sanity), Stripe billing
- Mentored two junior contractors on a shared client; code review and pairing twice a week

Software Developer — Inland Data Systems, Spokane, WA (W-2)
June 2017 – Dec 2018
- C# / .NET and Angular for county court records software; SQL Server stored procedures

SKILLS
TypeScript, JavaScript, Node.js (NestJS, Express), React, React Native, Next.js, Python (FastAPI), C#, PostgreSQL, Redis, AWS (ECS, Lambda, RDS, S3), Terraform, Docker, GitHub Actions, Jest, Playwright

EDUCATION
B.S. Computer Science, Eastern Washington University, 2017
"""),

rec("n14", "design_ux", "mid", "Owner / Designer, Little Fox Studio", "Paloma Ruiz-Hart", "Tucson, AZ",
    ["Graphic Designer", "Brand Designer", "Visual Designer"], ["Tucson AZ", "Phoenix AZ", "remote"], True, 60000,
    "self-employed studio owner (solo)", "chronological",
"""
PALOMA RUIZ-HART
Tucson, Arizona · 520-555-0166 · hola@example.com · littlefoxstudio.example.com

Graphic / brand designer. Five years running my own one-person studio; now looking for an in-house or agency designer job with a steady team. Tucson, Phoenix or remote. $60K+.

OWNER / DESIGNER — LITTLE FOX STUDIO (sole proprietor), Tucson
2021 – Present
- Brand identities for 35+ small businesses: logos, type systems, color, brand guidelines
- Packaging for two local salsa brands now sold at Sprouts and Whole Foods regional
- Menu and signage systems for 6 restaurants; environmental graphics for a brewery taproom
- Social templates and ad creative in Figma and Adobe CC for clients' in-house staff to reuse
- Handle all client intake, proposals, invoicing (I do not have employees)

Junior Designer — Saguaro Creative Agency, Tucson
2019 – 2021
- Production design for print and digital campaigns; retouching; preflight and press checks

Design Intern — University of Arizona Marketing
2018 – 2019

EDUCATION
B.F.A. Visual Communication, University of Arizona, 2019

TOOLS
Illustrator, InDesign, Photoshop, Figma, After Effects (basic), Procreate, Canva for client handoff

AWARDS
Tucson ADDY Awards — Silver, Packaging (2023); Gold, Logo Design (2024)
Bilingual English/Spanish
"""),

rec("n15", "hospitality", "entry", "Crew Trainer (Entrenador de Equipo)", "José Luis Medina", "Pasadena, TX",
    ["Line Cook", "Prep Cook", "Cocinero"], ["Pasadena TX", "Houston TX (southeast)"], False, int(15.50 * 2080),
    "very short; bilingual Spanish/English; internal title", "skills + two jobs",
"""
JOSÉ LUIS MEDINA
Pasadena, TX 77506 · (832) 555-0115 · joseluis.medina@example.com

Busco trabajo como cocinero de línea o preparación. Looking for line cook or prep cook, full time, Pasadena or southeast Houston. $15.50/hr mínimo.

HABILIDADES / SKILLS
- Grill, fryer, flat-top, prep (cortar verduras, marinar carnes)
- Food Handler card (Texas) — 2025
- Limpieza y cierre de cocina / kitchen closing and cleaning
- Trabajo rápido en horas pico / fast during rush
- Español nativo, inglés conversacional

EXPERIENCIA / EXPERIENCE

Crew Trainer (Entrenador de Equipo) — Lone Star Burgers #212 (drive-thru), Pasadena, TX
Feb 2024 – Presente
- Grill and fry station on the overnight shift, 10 pm – 6 am
- Train new crew members on the grill and food safety (temperaturas, fechas, FIFO)
- Help the manager with the truck order count and prep list on Saturdays
- Employee of the Month, June 2025

Ayudante de Cocina / Kitchen Helper — Taquería El Güero, Houston, TX
Aug 2022 – Jan 2024
- Prep de carnes, salsas y tortillas; lavaplatos cuando hacía falta
- Cook on the comal for the lunch rush on weekends

EDUCACIÓN
Pasadena Memorial High School, 2022
ServSafe Food Handler

Disponible: noches y fines de semana / nights and weekends OK. Transportation: own car.
"""),

rec("n16", "customer_support", "mid", "Specialist II", "Ashley Nguyen-Burke", "Tampa, FL",
    ["Member Service Representative II", "Customer Support Specialist", "Client Service Specialist"], ["Tampa FL", "remote (Florida)"], True, 45000,
    "internal title 'Specialist II', work only in bullets", "chronological",
"""
ASHLEY NGUYEN-BURKE
Tampa, FL | (813) 555-0132 | ashley.nb@example.com

Seeking a remote or Tampa-based member/client service role. $45,000 minimum.

EXPERIENCE

Specialist II — Suncoast Shores Credit Union, Tampa, FL
April 2022 – Present
- Answer 55–70 inbound calls and chats a day from members about accounts, cards, transfers and online banking
- Reset digital banking access, walk members through Zelle and mobile deposit, order debit cards
- Handle card disputes and fraud holds: take the claim, file in the dispute system, call back with status
- Escalation point for the Specialist I team on tough calls; I don't supervise anyone
- CSAT 4.8/5 and first-call resolution 86% (team average 78%)
- Help test new IVR menus before they go live

Specialist I — Suncoast Shores Credit Union
Sept 2021 – April 2022
- Same contact center, calls only; completed the 6-week onboarding class

Guest Services — Busch Gardens Tampa Bay (seasonal)
Summers 2019 – 2021
- Ticketing window, refunds, lost-and-found, season pass processing

EDUCATION
Hillsborough Community College — A.A., 2021

SKILLS
Genesys Cloud, Salesforce Service Cloud, Symitar (Episys), Zendesk (basic), typing 62 wpm, de-escalation, Vietnamese (conversational)
"""),
]
