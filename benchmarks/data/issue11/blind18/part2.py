"""blind18 hand-written records t09-t16."""
from common import rec

RECORDS = [
rec("t09", "engineering_architecture", "executive", "Vice President, Transportation Engineering", "Leonard Szymanski", "Milwaukee, WI",
    ["Director of Engineering", "Vice President, Transportation", "Principal-in-Charge"], ["Milwaukee, WI", "Madison, WI", "Chicago, IL"], False, 175000,
    "no dates anywhere (older worker)", "chronological, no dates",
    """
LEONARD SZYMANSKI, P.E.
Milwaukee, WI | 414-555-0109 | len.szymanski@example.com

SUMMARY
Licensed civil engineer and engineering executive. I run the transportation practice of a 600-person A/E firm: bridges, highways and municipal streets for state DOTs, counties and cities across the Upper Midwest. Looking for a director or vice president role leading a civil/transportation group.

PROFESSIONAL EXPERIENCE
Vice President, Transportation Engineering - Kessler Ruiz Engineers, Milwaukee, WI
- Lead a 95-person practice in 4 offices (roadway, structures, traffic, construction engineering); 6 department managers report to me
- Practice revenue $31M, 16% margin; P&L, staffing plans, hiring and promotions
- Principal-in-charge on WisDOT and IDOT master contracts; $120M interchange reconstruction design
- Set up the firm's QA/QC plan review process and design-build pursuit team

Structures Department Manager - Kessler Ruiz Engineers
- Managed 18 bridge engineers and technicians; grew the group from 7
- Engineer of record on 40+ bridges: prestressed girder, steel plate girder, box culverts

Project Engineer / Bridge Engineer - Lakeshore Design Associates, Chicago, IL
- Bridge rehabilitation design, load ratings, inspection reports, plans and specs

Engineering Technician - Wisconsin Department of Transportation, Southeast Region
- Surveying, materials testing and construction inspection on highway projects

EDUCATION
M.S. Civil Engineering (Structures), University of Wisconsin-Madison
B.S. Civil Engineering, Marquette University

LICENSES
Professional Engineer: Wisconsin, Illinois, Minnesota, Michigan
NBIS Bridge Inspection Team Leader

AFFILIATIONS
ASCE Fellow; past chair, ACEC Wisconsin Transportation Committee

PREFERENCES
Milwaukee, Madison or Chicago. Base of $175K or more.
"""),

rec("t10", "allied_health", "executive", "Director, Laboratory Services", "Rosalind Achterberg", "Grand Rapids, MI",
    ["Director of Laboratory Services", "Laboratory Director", "Administrative Director, Pathology"], ["Grand Rapids, MI", "Kalamazoo, MI", "Lansing, MI"], False, 150000,
    "employer renamed/acquired chain", "chronological",
    """
ROSALIND ACHTERBERG, MLS(ASCP)CM, MBA
Grand Rapids, MI | 616-555-0110 | r.achterberg@example.com

SUMMARY
Clinical laboratory leader with 22 years in hospital labs, the last 7 as director. Same hospital, three owners: the lab has been through two acquisitions and two LIS conversions under me. Seeking a director of laboratory services role in West or Central Michigan.

EXPERIENCE
Director, Laboratory Services | 2019 - present
Lakeshore Memorial Hospital (acquired by Meridian Health Partners 2021; Meridian merged with Great Lakes Health in 2024, now "Great Lakes Health - Lakeshore Campus"), Grand Rapids, MI
- Lead 4 labs (core, micro, blood bank, 2 outreach draw sites): 118 FTEs, 6 supervisors/managers report to me
- $19M operating budget; reduced send-out spend $1.1M by insourcing vitamin D and respiratory PCR panels
- Led CAP inspections in 2020, 2022, 2024 with zero deficiencies the last two cycles
- Ran two LIS conversions (Sunquest to Cerner after the 2021 acquisition, Cerner to Epic Beaker in 2025)

Laboratory Manager, Core Lab | 2013 - 2019
Lakeshore Memorial Hospital (independent at the time)
- Chemistry, hematology, coagulation, urinalysis; 40 techs, 3 shift supervisors

Technical Specialist, Chemistry | 2008 - 2013
Mercy Westside Hospital (closed 2016; building now "Great Lakes Health Westside Outpatient")
- Method validations, QC program, analyzer selection

Medical Technologist | 2004 - 2008
Holland Regional Medical Center (now Trinity Shoreline Health Holland)

EDUCATION
MBA, Grand Valley State University, 2015
B.S. Medical Laboratory Science, Michigan State University, 2004

CERTIFICATIONS
MLS(ASCP)CM; DLM(ASCP) Diplomate in Laboratory Management; Lean Six Sigma Green Belt

LOOKING FOR
Director-level lab role, on site. Grand Rapids, Kalamazoo or Lansing. $150K minimum.
"""),

rec("t11", "sales", "executive", "Vice President of Sales, North America", "Terrence Abernathy-Cole", "Atlanta, GA",
    ["Vice President of Sales", "Chief Revenue Officer", "SVP Sales"], ["Atlanta, GA", "Remote (US)"], True, 210000,
    "employer renamed/acquired chain", "chronological",
    """
TERRENCE ABERNATHY-COLE
Atlanta, GA | 404-555-0111 | terrence.ac@example.com

SALES EXECUTIVE - B2B SAAS, LOGISTICS AND FLEET TECHNOLOGY
18 years selling software to trucking fleets and shippers; 8 years leading sales organizations. I have been through three ownership changes at the same business and kept the team and the number through each one.

EXPERIENCE
Vice President of Sales, North America | 2022 - present
FleetPulse Inc. (acquired by Trimark Telematics 2023; Trimark rebranded as Ovanta Mobility in 2025), Atlanta, GA
- Lead 64 people: 5 regional sales directors, 38 AEs, 12 SDRs, sales engineering and sales ops
- Grew new ARR from $21M to $38M; 2025 attainment 108% of plan
- Integrated two sales teams after the Trimark deal with 9% regretted attrition
- Built the enterprise fleet segment (500+ power units) and the channel program with 3 dealer groups

Regional Vice President, Southeast | 2018 - 2022
FleetPulse Inc. (same company, pre-acquisition)
- 3 sales managers and 22 reps; region quota $14M, President's Club as manager 3 times

Sales Manager, Mid-Market | 2015 - 2018
RouteLogic Systems (acquired by FleetPulse 2018)
- 9 AEs selling dispatch and routing software to regional carriers

Account Executive / Senior Account Executive | 2008 - 2015
RouteLogic Systems; earlier, CargoTrax (acquired by Navbridge Systems 2012; Navbridge since dissolved)

EDUCATION
B.B.A. Marketing, Georgia State University, 2007

SKILLS
Sales leadership, forecasting (Clari), Salesforce, MEDDICC, comp plan design, channel sales, M&A sales integration

PREFERENCES
VP Sales or CRO. Atlanta-based or remote US with travel. $210K base floor (OTE on top).
"""),

rec("t12", "design_ux", "senior", "Senior Product Designer (contractor via Deel)", "Valentina Orozco Ruiz", "Bogota, Colombia",
    ["Senior Product Designer", "Senior UX Designer", "Product Design Lead"], ["Remote", "Remote (Americas time zones)"], True, 72000,
    "global remote contractor through an employer-of-record", "chronological",
    """
VALENTINA OROZCO RUIZ
Bogota, Colombia (UTC-5, works US Eastern hours) | +1 646-555-0112 (US number) | valentina.orozco@example.com
Portfolio: valentinaorozco.example.com

SUMMARY
Senior product designer, 8 years in B2B SaaS. Since 2022 I work full time for US companies as a remote contractor, paid through an employer-of-record (Deel, before that Ontop). Contracts, equipment and taxes are handled by the EOR; my day-to-day manager is the US company's design lead. Looking for the next long-term remote role with a US or European product team.

EXPERIENCE
Senior Product Designer (contractor via Deel) - Ledgerline, New York, NY (remote) | 2024 - present
- Lead designer for invoicing and approvals in an AP automation product (3 squads)
- Redesigned the approval workflow; time-to-approve dropped 31%, support tickets on approvals down 44%
- Run usability tests with US customers every 2 weeks (Maze, Lookback); own the research repository
- Co-maintain the Figma design system (tokens, 140 components) with one other designer

Product Designer (contractor via Ontop) - Shiftwise, Austin, TX (remote) | 2022 - 2024
- Scheduling and time-clock app for hourly workers; mobile-first flows in English and Spanish
- Shipped the shift-swap feature end to end, from discovery interviews to QA of the build

UX/UI Designer - Rappi, Bogota | 2019 - 2022
- Courier app onboarding and payouts; A/B tests with the growth team

Graphic Designer - Agencia Tinta, Bogota | 2017 - 2019

EDUCATION
B.A. Industrial Design, Universidad de los Andes, 2017
Interaction Design Foundation: UX research and usability certificates

TOOLS
Figma, FigJam, Maze, Lookback, Dovetail, Jira, basic HTML/CSS, Spanish (native), English (C1)

PREFERENCES
Remote only, Americas time zones. Open to EOR, contractor or direct hire. Minimum USD 72,000/year.
"""),

rec("t13", "marketing_communications", "executive", "VP Marketing (employed via Remote.com)", "Hollis Brandvold", "Denver, CO",
    ["VP Marketing", "Head of Marketing", "Chief Marketing Officer"], ["Denver, CO", "Remote"], True, 200000,
    "global remote contractor through an employer-of-record (US-based, foreign employer)", "chronological",
    """
HOLLIS BRANDVOLD
Denver, CO | 720-555-0113 | hollis.brandvold@example.com

B2B marketing executive. For the last three years I have run marketing for a London fintech from Denver; the company has no US entity, so I am employed through Remote.com as employer of record (US payroll and benefits via the EOR). Now looking for a VP/Head of Marketing role, ideally at a company building out North America.

EXPERIENCE
VP Marketing (employed via Remote.com) - Quillfin Ltd, London, UK (remote from Denver) | 2023 - present
- Head of the global marketing function: 14 people across UK, Portugal and US (demand gen, product marketing, brand/content, marketing ops)
- Built the North American launch: positioning, analyst relations, 3 flagship events; US pipeline from 0 to $9.4M in 18 months
- Marketing-sourced pipeline 46% of total; CAC payback from 22 to 15 months
- Member of the executive team; own a $4.2M annual budget

Senior Director, Demand Generation - Corvid Payments, Denver, CO | 2019 - 2023
- 7-person team; ABM program for mid-market finance leaders; $60M sourced pipeline in 2022

Director, Product Marketing - Stackline Billing, Boulder, CO | 2016 - 2019
- Launches for 3 products, pricing and packaging, sales enablement

Marketing Manager / Content Lead - Ironleaf Software, Denver, CO | 2012 - 2016

EDUCATION
B.A. Journalism, University of Colorado Boulder, 2011

SKILLS
Go-to-market strategy, demand gen, ABM (6sense), HubSpot, Salesforce, pricing, brand, PR/analyst relations, managing distributed teams across time zones

PREFERENCES
Remote or Denver. Fine with EOR or direct. $200K base minimum.
"""),

rec("t14", "education", "entry", "Returned Peace Corps Volunteer (TEFL)", "Nadia Okafor-Lindqvist", "Minneapolis, MN",
    ["ESL Teacher", "English Learner Paraprofessional", "ELL Teacher (Tier 1 license)"], ["Minneapolis, MN", "St. Paul, MN"], False, 42000,
    "Peace Corps service years", "chronological",
    """
NADIA OKAFOR-LINDQVIST
Minneapolis, MN 55406 | 612-555-0114 | nadia.ol@example.com

Returned Peace Corps Volunteer, home since August 2026. I taught English for two years in a rural secondary school and want to start as an ESL/ELL teacher (Minnesota Tier 1 license applied for) or an EL paraprofessional while I finish licensure.

PEACE CORPS
Peace Corps Volunteer, TEFL Teacher and Teacher Trainer - Peace Corps Indonesia, Bondowoso, East Java | June 2024 - August 2026
- Co-taught English in grades 10-12 with 3 Indonesian counterpart teachers, 6 classes of 32-38 students
- Planned lessons with counterparts using communicative methods; started a weekly English club (25 regular students)
- Ran 4 workshops for 40 local English teachers on lesson planning and classroom games
- Lived with a host family; Bahasa Indonesia at Intermediate High (Peace Corps LPI)

Pre-Service Training - Peace Corps Indonesia, Malang | March - May 2024
- 10 weeks: language, TEFL methodology, practicum teaching

BEFORE SERVICE
Reading Tutor (part time) - Minneapolis Public Schools through Reading Corps partner site | 2022 - 2024
- One-on-one reading interventions for 12-15 K-3 students per semester

Barista - Spyhouse Coffee, Minneapolis | 2020 - 2023

EDUCATION
B.A. Linguistics, minor in Spanish, University of Minnesota, 2023
120-hour TEFL certificate (Peace Corps), 2024

CLEARANCES
Background check for MPS 2022; CPR/First Aid

LOOKING FOR
Full-time ESL teacher, EL para or newcomer-program role in Minneapolis or St. Paul. $42K or above. In person.
"""),

rec("t15", "policy_program", "mid", "Program Coordinator", "Ezra Whitcomb", "Albuquerque, NM",
    ["Program Coordinator", "Program Manager", "Community Programs Specialist"], ["Albuquerque, NM", "Santa Fe, NM"], False, 52000,
    "AmeriCorps national service years", "chronological",
    """
EZRA WHITCOMB
Albuquerque, NM 87106 | 505-555-0115 | ezra.whitcomb@example.com

SUMMARY
Program coordinator with 4 years in community programs, two of them as an AmeriCorps member. I run grant-funded programs day to day: workplans, partner MOUs, data and reporting to funders. Looking for a program coordinator or program manager role in a public agency or nonprofit.

EXPERIENCE
Program Coordinator, Digital Equity - New Mexico Community Connect (nonprofit) | 2024 - present
- Coordinate a $1.3M state and federal digital-inclusion grant with 9 library and tribal chapter partners
- Track deliverables and budget lines; write quarterly reports to the state broadband office
- Built the program's intake and outcome tracking in Airtable; 2,100 residents served in year one
- Coordinate 6 part-time digital navigators' schedules (they report to the program manager)

AmeriCorps VISTA Member - New Mexico Community Connect | 2023 - 2024
- Capacity-building year: wrote the digital navigator training manual, set up volunteer onboarding, helped write the grant that funded my current job

AmeriCorps Member, Energy Corps - Sun Mesa Weatherization Alliance | 2022 - 2023
- 1,700-hour term: home energy audits, outreach events, enrolled 340 households in utility assistance
- Segal Education Award used for my certificate below

Field Canvasser - Clean Water Action, Albuquerque | 2021 - 2022

EDUCATION
B.A. Sociology, University of New Mexico, 2021
Certificate in Nonprofit Management, UNM Continuing Education, 2024

SKILLS
Grant reporting, logic models, partner coordination, Airtable, Excel, Salesforce Nonprofit, survey design, public speaking, conversational Spanish

PREFERENCES
Albuquerque or Santa Fe, hybrid okay. Salary $52K or above.
"""),

rec("t16", "sales", "entry", "Student-Athlete (NCAA D-I Women's Soccer)", "Brooke Adeyemi", "Columbus, OH",
    ["Sales Development Representative", "Business Development Representative", "Inside Sales Representative"], ["Columbus, OH", "Cincinnati, OH"], False, 50000,
    "former collegiate athlete moving into work", "chronological",
    """
BROOKE ADEYEMI
Columbus, OH 43215 | 614-555-0116 | brooke.adeyemi@example.com

ABOUT ME
Four-year NCAA Division I soccer player (team captain senior year) graduating December 2026 with a marketing degree. I am used to 5 a.m. lifts, film review of my own mistakes and being measured every day. I want to bring that into a sales development role where the scoreboard is calls, meetings and pipeline.

ATHLETICS
Ohio State University Women's Soccer - Defender | 2022 - 2026
- Team captain (2025-26), 74 starts, Big Ten All-Academic Team 3 years
- 25-30 hours a week of training, travel and competition during season while taking full course loads
- Led the team's community service committee; organized 6 youth clinics with local clubs
- Ohio State Student-Athlete Advisory Committee representative

EXPERIENCE
Sales Intern - Buckeye Office Solutions, Columbus, OH | Summer 2025
- Cold-called 60-80 small businesses a day for copier and managed print leases
- Booked 31 discovery meetings for 3 account executives in 10 weeks; 4 closed
- Logged all activity in HubSpot; built a prospect list of 400 dental and law offices

Youth Soccer Coach (part time) - Crew Juniors Academy | 2023 - present
- Coach a U12 girls team; handle parent communication and tournament logistics

Server - Northstar Cafe, Columbus | summers 2022 - 2024

EDUCATION
B.S. Business Administration, Marketing, The Ohio State University, December 2026 (GPA 3.4)

SKILLS
Cold calling, HubSpot, LinkedIn Sales Navigator basics, Excel, presentations, coachable

LOOKING FOR
SDR/BDR role starting January 2027, Columbus or Cincinnati, in office. $50K base or more plus commission.
"""),
]
