"""blind7 part 4: g24-g30 (hand-written)."""
from common import rec

rec("g24", "administrative", "senior", "Executive Assistant to the CEO", "Constance Delacroix-Abara", "Houston, TX",
    ["Executive Assistant to the CEO", "Senior Executive Assistant", "Chief of Staff Assistant"],
    ["Houston, TX", "The Woodlands, TX"], False, 85000, "standard", "bullets",
"""
CONSTANCE DELACROIX-ABARA
Houston, TX | 713-555-0166 | constance.da.ea@example.com

SENIOR EXECUTIVE ASSISTANT
Twelve years supporting C-suite executives in energy and engineering. Trusted with the CEO's
calendar, board logistics and confidential HR and M&A material. Seeking a senior executive
assistant role supporting a CEO or founder.

EXPERIENCE
Executive Assistant to the CEO - Gulfbridge Midstream Partners, Houston     2018 - present
- Sole EA to the CEO; support the executive committee of 7 when needed.
- Manage calendar across 4 time zones, international travel, visas and security logistics.
- Coordinate quarterly board meetings: agendas, board books in Diligent, minutes drafts
  for the corporate secretary, dinners and site visits.
- Keep the CEO's action-item tracker; follow up with VPs on deliverables before deadlines.
- Handled logistics and confidentiality for two acquisitions (code-named projects, NDAs,
  data room access lists).
- Plan the annual leadership offsite (120 attendees) with a $400K budget.

Executive Assistant - Bayou Engineering Group (3 senior VPs)                 2014 - 2018
- Expense reports in Concur, conference rooms, client events, departmental purchasing.

Administrative Assistant / Receptionist - law firm, Houston                  2011 - 2014

EDUCATION
B.A. Communication, University of Houston, 2011

CERTIFICATIONS
Certified Administrative Professional (CAP), IAAP, 2019
Microsoft Office Specialist Expert (Excel, Outlook)

TOOLS
Outlook, Teams, Zoom, Diligent Boards, Concur, Salesforce (light), Notion, Adobe Acrobat Pro
Languages: English, French (professional)
""")

rec("g25", "administrative", "entry", "Gig Worker (TaskRabbit / event staffing)", "Tyrese Jamal Whitfield", "Memphis, TN",
    ["Receptionist", "Front Desk Coordinator", "Office Assistant", "Data Entry Clerk"],
    ["Memphis, TN", "Germantown, TN"], False, 33000, "gig / part-time; entry", "plain",
"""
Tyrese Jamal Whitfield
Memphis, TN 38116   901-555-0104   tyrese.whitfield@example.com

OBJECTIVE
Organized and friendly worker who has juggled three part-time gigs for two years and is ready for
a steady office job: receptionist, front desk, office assistant or data entry.

WHAT I BRING
- Typing 62 words per minute (tested on a free typing test, screenshot available).
- Comfortable with Google Workspace, Microsoft Word and Excel (basic formulas, sorting).
- Answered phones and greeted customers at a busy auto shop.
- On time. I have not missed a shift in two years.

EXPERIENCE
Gig Worker, TaskRabbit and event staffing apps, Memphis, TN             2024 - present
Furniture assembly, moving help and event set-up (about 20 hours a week). Keep my own
schedule, invoices and mileage in a Google Sheet.

Part-time Front Counter / Phones, Delta Auto Care, Memphis, TN           2024 - present
Saturdays and two weekday afternoons. Answer a 3-line phone, book appointments in the shop
software, check customers in and out, take payments, file work orders.

Team Member, fast-food restaurant, Memphis, TN                           2022 - 2024
Register and drive-thru; trained 4 new employees on the register.

EDUCATION
High School Diploma, Southside High School, Memphis, 2022
Currently taking "Office Administration Essentials" (online certificate, community college),
expected August 2026: business writing, filing systems, QuickBooks basics.

VOLUNTEER
Church welcome desk and bulletin typing (weekly).
Youth basketball scorekeeper, city rec league.

REFERENCES
Shop manager at Delta Auto Care and my former restaurant general manager.
""")

rec("g26", "public_safety", "senior", "Environmental Health Specialist III", "Ngozi Carrington-Ashby", "Baltimore, MD",
    ["Senior Environmental Health Inspector", "Environmental Health Specialist III", "Food Safety Program Specialist"],
    ["Baltimore, MD", "Towson, MD", "Annapolis, MD"], False, 78000, "public sector grade", "plain",
"""
NGOZI CARRINGTON-ASHBY, REHS
Baltimore, MD | 410-555-0183 | n.carrington.ashby@example.com

Registered Environmental Health Specialist with 11 years of food, pool and nuisance inspection
for a county health department. Field-standardized food inspector (FDA). Seeking a senior
inspector or food safety specialist position at the state or a larger county.

EXPERIENCE

Environmental Health Specialist III - Patapsco County Health Department    2019 - present
  Senior field inspector in the Food Protection Program. Routine, complaint and follow-up
  inspections of about 280 food service facilities a year, including high-risk (Priority 3)
  establishments and temporary events. Plan review for new and remodeled kitchens. Lead
  foodborne illness outbreak investigations with epidemiology (14 since 2019). Field
  standardization officer: trains and standardizes new EHS I and II staff. Prepares cases for
  administrative hearings and testifies; issues closure orders when needed.

Environmental Health Specialist II - same department                        2017 - 2019
  Food, public swimming pools, tattoo/body art facilities, rodent and nuisance complaints.

Environmental Health Specialist I (trainee) - same department               2015 - 2017

Laboratory Assistant (seasonal) - state water quality lab                   2014 - 2015

EDUCATION
B.S. Environmental Science, Towson University, 2014

CREDENTIALS
Registered Environmental Health Specialist/Sanitarian (REHS/RS), Maryland
FDA Standardized Retail Food Inspection Officer | Certified Pool Operator
ServSafe Manager Instructor | HACCP certificate | ICS 100/200/700 (emergency response)

SKILLS
Digital Health Department inspection software, Excel, Spanish (intermediate), public speaking
at operator trainings.
""")

rec("g27", "social_work", "senior", "Clinical Therapist II", "Amara Delgado-Whitlock", "Albuquerque, NM",
    ["Licensed Clinical Social Worker", "Senior Clinical Therapist", "Outpatient Therapist - LCSW"],
    ["Albuquerque, NM", "Santa Fe, NM"], True, 74000, "standard", "two-column paste",
"""
AMARA DELGADO-WHITLOCK, LCSW
Clinical Therapist
Albuquerque, NM      505-555-0161      amara.dw.lcsw@example.com

LICENSURE                          EXPERIENCE
Licensed Clinical Social           Clinical Therapist II
Worker (LCSW), New Mexico,         Sandia Community Behavioral Health
2020                               2020 - present
                                   - Outpatient caseload of 32 adults
CLINICAL SKILLS                      and adolescents: trauma, depression,
Trauma-focused CBT                   anxiety, co-occurring disorders.
EMDR (trained, 2022)               - Run a weekly DBT skills group.
DBT skills groups                  - Clinical supervision of 2 LMSW
Motivational interviewing            therapists toward licensure (no HR
Columbia suicide screening           duties - they report to the
Crisis stabilization                 program manager).
                                   - Crisis on-call one week a month.
EDUCATION
MSW, New Mexico Highlands          Child & Family Therapist (LMSW)
University, 2017                   Rio Grande Children's Services
B.A. Psychology, University        2017 - 2020
of New Mexico, 2015                - Home- and school-based therapy for
                                     children in protective custody.
LANGUAGES                          - Collaborated with CYFD caseworkers,
Spanish (fluent, clinical)           guardians ad litem and courts.

                                   Youth Care Worker (part-time)
                                   Juvenile shelter, Albuquerque
                                   2013 - 2017

Eight years post-MSW. Looking for a senior outpatient therapist position, in-person or telehealth.
""")

rec("g28", "policy_program", "lead", "Supervisory Program Manager (GS-0340-14)", "Bartholomew Yusuf-Kjellberg", "Atlanta, GA",
    ["Supervisory Program Manager", "Deputy Director, Program Operations", "Program Manager (GS-14/15)"],
    ["Atlanta, GA", "Washington, DC"], True, 140000, "public sector grade (federal)", "bullets",
"""
BARTHOLOMEW YUSUF-KJELLBERG
Atlanta, GA | 404-555-0109 | b.yusuf.kjellberg@example.com
Federal employee - Supervisory Program Manager, GS-0340-14 (step 6)

SUMMARY
Federal program manager with 15 years in grants and disaster-recovery programs. I supervise a
branch of 8 program specialists and analysts and administer $1.9 billion in open awards across
five states. Seeking a GS-14/15 supervisory program manager or deputy director role (federal,
state or large nonprofit).

EXPERIENCE
Supervisory Program Manager (Branch Chief), GS-0340-14
Federal emergency management agency, Region IV Recovery Division, Atlanta      2020 - present
- Supervise 8 staff (GS-11 to GS-13): performance plans, hiring, telework, training.
- Oversee Public Assistance grant portfolio: 2,100 projects, $1.9B obligated.
- Led closeout of 3 hurricane declarations; de-obligated $46M in unused funds.
- Brief the Regional Administrator; testify-prep support for congressional inquiries.
- Co-wrote regional SOP for cost-estimating reviews adopted by two other regions.

Program Analyst, GS-0343-12/13 - same agency, Region IV                         2014 - 2020
- Performance metrics, process mapping, audit responses to the Inspector General.

Grants Specialist, GS-1109-9/11 - federal housing agency, Atlanta                2011 - 2014

Program Coordinator - a nonprofit community development corporation              2009 - 2011

EDUCATION
Master of Public Administration, Georgia State University, 2011
B.A. Political Science, University of Georgia, 2008

CERTIFICATIONS & TRAINING
FAC-P/PM (Senior level) | Lean Six Sigma Green Belt | FEMA Professional Development Series
Federal Supervisory Certificate Program (2021)
""")

rec("g29", "science_lab", "entry", "Pharmacy Technician (part-time)", "Mei-Lin Andersson-Gupta", "Madison, WI",
    ["Laboratory Technician", "Research Technician I", "QC Chemist I"],
    ["Madison, WI", "Milwaukee, WI"], False, 45000, "new graduate", "plain",
"""
MEI-LIN ANDERSSON-GUPTA
Madison, WI 53703  ·  608-555-0177  ·  meilin.ag.chem@example.com

New chemistry graduate (B.S., May 2026) looking for a first laboratory position: research
technician, QC chemist I or analytical lab technician. Two years of undergraduate research
and a steady part-time job through school.

EDUCATION
B.S. Chemistry (ACS-certified), minor in Biology - University of Wisconsin, Madison, May 2026
GPA 3.52. Relevant courses: Instrumental Analysis, Physical Chemistry I-II, Biochemistry,
Analytical Chemistry, Organic Lab I-II, Statistics for Scientists.

RESEARCH EXPERIENCE
Undergraduate Researcher, bioanalytical chemistry lab (Prof. H. Lindqvist)    2024 - 2026
· Developed an HPLC-UV method for polyphenols in cranberry extracts; validated linearity,
  LOD/LOQ and precision. Senior thesis on the method.
· Prepared buffers and standards, maintained the lab notebook to GLP-style standards.
· Ran LC-MS samples under supervision; processed data in ChemStation and Excel.
· Poster at the university undergraduate research symposium, April 2026.

Summer Lab Assistant, a Madison contract testing lab                          Summer 2025
· Sample receiving and log-in (LIMS), glassware, pH and Karl Fischer titrations.

WORK
Pharmacy Technician (part-time, 16-20 hrs/week), retail pharmacy, Madison     2022 - present
· Filling and counting, insurance rejections, inventory. Wisconsin registered pharmacy tech.

SKILLS
HPLC, UV-Vis, FTIR, GC (coursework), titrations, pipetting, SDS/chemical hygiene, Excel,
Python basics (pandas for data), Mandarin Chinese (conversational)
""")

rec("g30", "nursing", "executive", "Interim Director of Nursing", "Winifred Osei-Castellano", "Louisville, KY",
    ["Director of Nursing", "Chief Nursing Officer", "Vice President of Patient Care Services"],
    ["Louisville, KY", "Lexington, KY", "Cincinnati, OH"], False, 150000, "executive; returner after short gap", "bullets",
"""
WINIFRED OSEI-CASTELLANO, MSN, RN, NE-BC
Louisville, KY · 502-555-0195 · w.osei.castellano@example.com

NURSING EXECUTIVE
Twenty-two years in nursing, the last nine as Director of Nursing in post-acute and long-term
care. Took a 14-month leave in 2024-25 for my own cancer treatment (now in remission and back
at work as interim DON). Seeking a permanent Director of Nursing or CNO role.

EXPERIENCE
Interim Director of Nursing - Bluegrass Rehabilitation & Nursing (120 beds)    Sep 2025 - present
- Contracted 9-month engagement after a failed annual survey; leading the plan of correction.
- 95 nursing staff; rebuilt the staffing grid and cut agency hours 40%.

Director of Nursing - Ohio River Senior Living (180-bed SNF)                    2016 - 2024
- Responsible for all nursing services: 140 RNs, LPNs and CNAs through 2 ADONs and 5 unit
  managers; $11M nursing budget.
- 5-star CMS quality rating 4 years running; deficiency-free surveys 2019 and 2022.
- Reduced 30-day rehospitalization from 22% to 14% with a hospital partner.
- Led COVID-19 infection control response; 0 staff shortages causing admission holds.

Medical leave                                                                   2024 - 2025

Assistant Director of Nursing - same facility                                   2012 - 2016
Unit Manager / RN Supervisor - Jefferson County hospital, med-surg               2008 - 2012
Staff RN, Medical-Surgical                                                      2003 - 2008

EDUCATION
MSN, Nursing Leadership & Administration, University of Louisville, 2014
BSN, Bellarmine University, 2003

LICENSES & CERTIFICATIONS
Kentucky RN (compact) | Nurse Executive, Board Certified (NE-BC) | Certified Director of
Nursing in LTC (DNS-CT) | Infection Preventionist (CIC, AAPIC)
""")
