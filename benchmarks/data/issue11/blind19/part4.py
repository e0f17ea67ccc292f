"""blind19 records u25-u30 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("u25", "hospitality", "mid", "Banquet Captain", "Desmond Achterberg", "Las Vegas, NV",
    ["Banquet Captain", "Banquet Server", "Event Captain"], ["Las Vegas, NV", "Henderson, NV"], False, 49920,
    "9 'Captain' title not an executive rung", "plain chronological", """
DESMOND ACHTERBERG
Las Vegas, NV 89123 | 702-555-0125 | desmond.achterberg@example.com

SUMMARY
Banquet captain, 4 years on the floor in convention hotels. A banquet captain runs one function room for the night under the banquet manager - I am an hourly union position, not management. Want the same role at a resort with steadier convention business.

EXPERIENCE
Banquet Captain - The Solano Resort & Conference Center, Las Vegas | 2024 - present
- Run rooms of 200-1,800 guests: plated dinners, receptions, general sessions; 8-30 servers per event
- Walk BEOs with the event manager, coordinate kitchen fire times and wine service
- Server assignments and breaks for the night; side work checklists; guest complaints on the floor
- Culinary Union Local 226 member

Banquet Server - The Solano Resort & Conference Center | 2022 - 2024
- Plated and buffet service, French service, bar backing for receptions

Server - Desert Rose Steakhouse, Henderson | 2019 - 2022
- 5-table section, wine pairing, opening and closing duties

Bellhop / Guest Services (seasonal) - Lakeside Lodge, Lake Tahoe | 2017 - 2019

CERTIFICATIONS & TRAINING
Nevada Alcohol Awareness (TAM) card; Food Handler card (SNHD)
Court of Master Sommeliers - Introductory Certificate, 2023
Some college, hospitality management, College of Southern Nevada

SKILLS
BEOs, Delphi/Tripleseat, large-scale plated service, wine service, POS (Micros, Toast), team of servers

PREFERENCES
Banquet captain or lead banquet server, Strip or Henderson resort. $24/hr plus service charge or better.
"""),

rec("u26", "marketing_communications", "senior", "Senior Content Marketing Specialist", "Olivia Brennan-Saito", "Portland, OR",
    ["Content Marketing Manager", "Marketing Manager", "Senior Content Marketing Specialist"], ["Portland, OR", "Remote"], True, 105000,
    "10 targets one rung up (not supported)", "plain chronological", """
OLIVIA BRENNAN-SAITO
Portland, OR 97214 | 503-555-0126 | olivia.brennansaito@example.com

HEADLINE
B2B content marketer, 7 years - ready for my first management role.

SUMMARY
I own the blog, newsletter and gated content for a mid-size HR software company. I have not had direct reports yet; I brief and edit 3-4 freelance writers and a contract designer. I am applying to content marketing manager roles and would also consider senior IC roles with a path to management.

EXPERIENCE
Senior Content Marketing Specialist - Cascadia PeopleWorks (HR SaaS), Portland | 2023 - present
- Editorial calendar for 4 posts a week, monthly newsletter (62K subscribers), 6 e-books/reports a year
- Organic traffic up 140% in 2 years; content-sourced pipeline $3.1M in 2025 (HubSpot attribution)
- Manage a $90K freelance budget; edit and brief freelance writers
- Run the annual State of HR survey report with the product marketing team

Content Marketing Specialist - Cascadia PeopleWorks | 2021 - 2023
- SEO articles, case studies, webinar promotion, social copy

Marketing Coordinator - Willamette Credit Union | 2019 - 2021
- Branch flyers, email campaigns, community event booths, press releases

Editorial Intern - Portland Monthly | 2018

EDUCATION
B.A. English (Journalism minor), University of Oregon, 2019
HubSpot Content Marketing and SEO certifications; Google Analytics 4

SKILLS
SEO (Ahrefs, Semrush), HubSpot, WordPress, GA4, editing, survey reports, webinars, AP style

PREFERENCES
Content marketing manager (or senior specialist with a path). Portland hybrid or remote. $105K.
"""),

rec("u27", "social_work", "lead", "Senior Clinician / Acting Clinical Supervisor", "Renata Oyelaran", "Providence, RI",
    ["Clinical Supervisor", "Program Supervisor", "Clinical Team Lead"], ["Providence, RI", "Pawtucket, RI", "Warwick, RI"], False, 82000,
    "10 targets one rung up (supported)", "plain chronological", """
RENATA OYELARAN, LICSW
Providence, RI 02906 | 401-555-0127 | renata.oyelaran@example.com

SUMMARY
Licensed independent clinical social worker, 8 years as a community mental health clinician after 2 as a case manager. Ready for a clinical supervisor role: I have been acting supervisor of our outpatient child and family team for 9 months while the position was vacant, and I hold the state's clinical supervision credential.

EXPERIENCE
Senior Clinician, Child & Family Outpatient - Narragansett Family Behavioral Health, Providence | 2021 - present
Acting Clinical Supervisor, Feb 2026 - present
- Weekly individual supervision for 6 clinicians (2 LMHC, 4 LCSW-track) and 1 case manager; caseload reviews and chart audits
- Coverage schedule, intake triage, crisis consults; sign off on treatment plans for non-licensed staff
- Interviewed and onboarded 2 new clinicians; part of the program's state licensing review
Senior Clinician duties
- Caseload of 28 children and families: TF-CBT, PCIT, safety planning, DCYF coordination

Clinician II - Narragansett Family Behavioral Health | 2018 - 2021
- Outpatient therapy for adolescents, school-based groups at 2 middle schools

Family Support Case Manager - Ocean State Youth Services, Pawtucket | 2016 - 2018
- Home visits, resource linkage, wraparound meetings

EDUCATION & LICENSES
M.S.W., Rhode Island College, 2018
B.A. Psychology, University of Rhode Island, 2016
LICSW, Rhode Island (2020); RI Clinical Supervision credential (2025)
TF-CBT certified therapist; PCIT trained

PREFERENCES
Clinical supervisor or program supervisor in outpatient or school-based services. Providence, Pawtucket or Warwick. $82,000 minimum.
"""),

rec("u28", "administrative", "senior", "Executive Assistant to the CFO", "Patricia Nakamura-Hale", "Denver, CO",
    ["Executive Assistant", "Senior Executive Assistant", "Executive Assistant to the CEO"], ["Denver, CO", "Englewood, CO"], False, 85000,
    "11 boomerang employee (returned in a different role)", "plain chronological", """
PATRICIA NAKAMURA-HALE
Denver, CO 80210 | 720-555-0128 | patricia.nh@example.com

SUMMARY
Executive assistant, 13 years of administrative work. I started at Front Range Energy as a receptionist, left for a legal assistant job and then an EA role at a startup, and was rehired by Front Range in 2022 to support the CFO. Looking for a senior EA role supporting a C-level executive.

EXPERIENCE
Executive Assistant to the CFO - Front Range Energy Cooperative, Denver | 2022 - present (rehired)
- Calendar, travel and expenses for the CFO and 2 VPs; board and audit-committee packets quarterly
- Coordinate annual budget calendar and offsites for 40; minutes for finance committee
- Gatekeeper for vendor and banker meetings; Concur approvals; confidential comp files

Executive Assistant - Summitline Robotics (startup, 90 people), Boulder | 2019 - 2022
- Supported CEO and COO; ran office moves, investor-meeting logistics; left when the company was acquired and the office closed

Legal Assistant - Harrow & Bleecker LLC, Denver | 2016 - 2019
- Calendared deadlines, e-filing, correspondence for 3 attorneys

Receptionist, then Administrative Assistant - Front Range Energy Cooperative | 2013 - 2016
- Front desk for HQ, conference rooms, mail, purchase orders for facilities

EDUCATION
B.A. Communication, Metropolitan State University of Denver, 2013
Certified Administrative Professional (CAP), 2021

SKILLS
Outlook/Exchange, Teams, Concur, Diligent Boards, Workday, Excel, PowerPoint, minutes, event planning

PREFERENCES
Senior EA / EA to a CEO or CFO. Denver Tech Center or downtown. $85K minimum.
"""),

rec("u29", "education", "executive", "Director of Curriculum and Instruction", "Samuel Ferreira-Lund", "Cedar Rapids, IA",
    ["Assistant Superintendent", "Director of Teaching and Learning", "Chief Academic Officer"], ["Cedar Rapids, IA", "Iowa City, IA", "Des Moines, IA"], False, 135000,
    "11 boomerang employee (left and returned in a different role)", "plain chronological", """
SAMUEL FERREIRA-LUND, Ed.D.
Cedar Rapids, IA 52403 | 319-555-0129 | samuel.ferreiralund@example.com

SUMMARY
District curriculum director, 20 years in K-12. I taught middle school math in Linn Prairie schools, left for 6 years to be an assistant principal and principal in a neighboring district, and came back to Linn Prairie in 2021 as director of curriculum. Seeking an assistant superintendent or chief academic officer role.

EXPERIENCE
Director of Curriculum and Instruction - Linn Prairie Community School District (11,500 students) | 2021 - present (returned to district)
- Lead K-12 curriculum, assessment, MTSS, and professional learning; 4 content coordinators and 12 instructional coaches report to me
- Math and literacy adoption cycles ($3.8M); ESSA and state accreditation reporting; Title I and IV-A plans
- Member of the superintendent's cabinet; present to the school board monthly

Principal - Hawkeye Ridge Middle School, Marion Community Schools | 2018 - 2021
- 720 students, 58 staff; raised math proficiency from 61% to 70%
Assistant Principal - Marion Community Schools | 2015 - 2018

Math Teacher, then Math Department Chair - Linn Prairie CSD, Roosevelt Middle School | 2006 - 2015
- Grades 7-8 math, algebra; department chair 2011-2015

EDUCATION & LICENSES
Ed.D. Educational Leadership, University of Northern Iowa, 2020
M.A. Educational Administration, University of Iowa, 2014
B.A. Mathematics Education, Iowa State University, 2006
Iowa administrator license (PK-12 principal and evaluator); Superintendent/AEA administrator endorsement, 2024

PREFERENCES
Assistant superintendent / chief academic officer or director of teaching and learning. Cedar Rapids, Iowa City or Des Moines. $135,000 minimum.
"""),

rec("u30", "policy_program", "executive", "Independent Consultant (grant writing)", "Eleanor Vasquez-Mbatha", "Albany, NY",
    ["Deputy Commissioner", "Executive Director", "Director of Programs"], ["Albany, NY", "Saratoga Springs, NY", "Remote"], True, 130000,
    "12 relevant/other split (relevant work older than current job)", "relevant/other split", """
ELEANOR VASQUEZ-MBATHA
Albany, NY 12203 | 518-555-0130 | eleanor.vm@example.com

SUMMARY
Public program executive returning to full-time leadership after 3 years caring for a parent. My relevant experience is the 16 years before that, ending as deputy commissioner for housing programs at a state agency. Since 2024 I have done part-time grant writing to stay connected.

RELEVANT EXPERIENCE
Deputy Commissioner, Community Renewal Programs - NY State Division of Housing Assistance, Albany | 2018 - 2023
- Led 4 bureaus (140 staff): rental assistance, weatherization, homeless housing and community development block grants; $610M annual program budget
- Designed and launched the statewide emergency rental assistance program in 2021 (180,000 households; federal compliance with Treasury)
- Testified to legislative fiscal committees; negotiated program regulations with the Budget Division

Director, Homeless Housing Programs - same agency | 2013 - 2018
- 3 program managers, 24 staff; HUD Continuum of Care coordination across 30 counties

Senior Policy Analyst - Empire Policy Institute, Albany | 2007 - 2013
- Housing and poverty research, cost-benefit analyses, legislative memos

OTHER EXPERIENCE
Independent Consultant - grant writing and program evaluation (part time) | 2024 - present
- Wrote 11 federal and state grant applications for nonprofits ($7.4M awarded)
Family caregiver | 2023 - 2024

EDUCATION
M.P.A., Rockefeller College, University at Albany, 2007
B.A. Sociology, Siena College, 2005

PREFERENCES
Deputy commissioner, executive director of a housing nonprofit, or director of programs. Capital Region, hybrid or remote. $130K minimum.
"""),
]
