"""blind4 records d25-d30, written by hand."""
from common import R

RECORDS = [
R("d25", "human_resources", "executive", "Vice President, Human Resources", "Octavia Ferreira-Langston", "Louisville, KY",
  ["Chief Human Resources Officer", "Vice President of Human Resources", "Chief People Officer", "HR Director"],
  ["Louisville, KY", "Lexington, KY", "Cincinnati, OH", "Indianapolis, IN"], False, 185000, """
OCTAVIA FERREIRA-LANGSTON, SPHR, SHRM-SCP
Louisville, KY 40205 | 502-555-0114 | o.ferreira.langston@example.com

EXECUTIVE SUMMARY
Human resources executive with 19 years in healthcare employers, the last 7 as the top HR
leader of a regional hospital system. Workforce planning for nursing shortages, union and
non-union labor relations, compensation and benefits strategy, HRIS, and talent
acquisition. Board-facing. Seeking a CHRO or VP HR role.

EXPERIENCE
Vice President, Human Resources
River Valley Health (3 hospitals, 22 clinics, 7,400 employees), Louisville, KY   2018 - present
- Lead an HR organization of 64: talent acquisition, HR business partners, total rewards,
  employee and labor relations, HR operations/HRIS, occupational health.
- Cut RN first-year turnover from 31% to 17% with a nurse residency program, shift
  differentials redesign and a new internal float pool.
- Negotiated two collective bargaining agreements (SEIU service unit, 1,100 members) with
  no work stoppage.
- Led Workday HCM implementation (go-live 2021, on time, $300k under budget).
- Reduced agency/traveler labor spend from $42M to $19M in 24 months.
- Report to the CEO; present quarterly to the Board's compensation committee.

Director, Human Resources - Community hospital (1,300 employees), Lexington, KY   2011 - 2018
- HR generalist team of 9; benefits renewals, Joint Commission HR standards, policy rewrite.

HR Manager / HR Generalist - Long-term care operator, Louisville                 2006 - 2011

EDUCATION
M.S. Human Resources and Employment Relations, Penn State World Campus, 2012
B.A. Psychology, University of Louisville, 2006

CERTIFICATIONS & BOARDS
SPHR (HRCI); SHRM-SCP; Board member, Kentucky Hospital Association HR council
"""),

R("d26", "customer_support", "mid", "Member Services Representative II", "Dolores \"Dee\" Ashby-Kowalski", "Omaha, NE",
  ["Member Services Representative", "Customer Service Representative", "Call Center Representative", "Client Support Specialist"],
  ["Omaha, NE", "Council Bluffs, IA", "Remote"], True, 40000, """
DOLORES "DEE" ASHBY-KOWALSKI
Omaha, NE 68134  ·  402-555-0153  ·  dee.ashbyk@example.com

SUMMARY
Customer service professional returning to work after a 5-year career break (2020-2025)
to care for my mother. Before that, 7 years in a credit union and an insurance call center,
handling 60-80 calls a day with top quality scores. Kept my skills current: completed a
customer service and Microsoft 365 refresher in 2025 and volunteer at a food pantry help line.
Interested in member services, call center, or remote customer support roles.

CAREER BREAK (2020 - 2025)
Full-time family caregiver. Managed insurance claims, Medicare appeals, pharmacy and
appointment scheduling; volunteered 6 hours/week answering the phone line at a
community food pantry (2023-2025).

EXPERIENCE
Member Services Representative II
Heartland Plains Credit Union ($2.1B assets), Omaha, NE                                       2016 - 2020
- Inbound contact center: account questions, card disputes, loan payment arrangements,
  online banking resets; 65-80 calls per day, average handle time 4:50.
- Quality score 97% average; "Member First" award winner 2018 and 2019.
- Cross-sold checking and auto loan referrals: 140% of referral goal in 2019.
- Mentor for new representatives; side-by-side coaching.

Member Services Representative I - same credit union                         2015 - 2016

Customer Service Representative - Auto insurance call center, Omaha           2013 - 2015
- Policy changes, billing questions, first notice of loss claims intake.

TRAINING
Customer Service Fundamentals certificate (LinkedIn Learning), 2025
Microsoft 365 Essentials, Metropolitan Community College continuing ed, 2025
Regulatory compliance training (Reg E, BSA/AML), annually while employed

SKILLS
Multi-screen CRM work (Symitar Episys, Salesforce Service Cloud), typing 62 wpm,
de-escalation, chat and email support, bilingual English/Polish (conversational)
"""),

R("d27", "administrative", "entry", "Office Assistant", "Yesenia Paredes Villalobos", "Houston, TX",
  ["Receptionist", "Administrative Assistant", "Office Assistant", "Front Desk Coordinator"],
  ["Houston, TX", "Pasadena, TX", "Bellaire, TX"], False, 34000, """
YESENIA PAREDES VILLALOBOS
Houston, TX 77036
Cell: 832-555-0131
Email: yesenia.paredes@example.com

OBJETIVE
To find a full time position as receptionist or
administrative assistant in a office where I can
use my bilingual skills (Spanish and English) and
my experience with clients. I am responsable,
punctual and I learn fast.

EXPERIENCE

Office Assistant
Servicios Rivera Taxes & Seguros,
Houston, TX                    Jan 2024 - Present
- Answer phones and attend clients in the front desk,
most of them speak only Spanish.
- Make appointments in the calendar for the tax
preparers and agents.
- Scan and organize documents of clients in
folders, both paper and in computer.
- Take payments and give receipts.
- Help with translation of letters from IRS and
insurance companies for clients.
- Data entry of client information in the
program (Drake Tax) during tax season.

Cashier
Supermarket, Houston, TX        2021 - 2023
- Register, returns, customer service, open and
close the cash drawer.

Caregiver (informal)
Family, Monterrey, Mexico       2017 - 2020

EDUCATION
High School (Preparatoria), Monterrey, N.L.,
Mexico, 2016 - diploma evaluated as U.S.
equivalent
Houston Community College: Office Administration
classes (Microsoft Word, Excel, Keyboarding),
2024 - 2025
ESL Level 5, Houston Community College, 2023

SKILLS
- Bilingual Spanish / English
- Typing 50 wpm
- Microsoft Word, Excel (basic), Outlook, Google
Calendar
- Multi-line phone, scanner, copier
- Customer service, cash handling
"""),

R("d28", "social_work", "lead", "Clinical Supervisor", "Nathaniel Oduya-Brennan", "Pittsburgh, PA",
  ["Clinical Supervisor", "Clinical Manager - Behavioral Health", "Program Director (Outpatient Mental Health)", "Supervising Therapist"],
  ["Pittsburgh, PA", "Remote"], True, 80000, """
NATHANIEL ODUYA-BRENNAN, LCSW
Pittsburgh, PA 15213 | 412-555-0122 | n.oduyabrennan@example.com

SUMMARY
Licensed clinical social worker with 11 years in community mental health. For 4 years I
have supervised a team of outpatient therapists and case managers; I also keep a small
private caseload. I do clinical supervision toward licensure, chart audits, crisis
coverage, and program reporting to the county. Seeking a clinical supervisor or
clinical manager role in outpatient behavioral health.

EXPERIENCE
Clinical Supervisor - Outpatient Mental Health Program
Three Rivers Community Counseling, Pittsburgh, PA                    2021 - present
- Supervise 8 therapists (LSW/LPC candidates and licensed) and 3 case managers; weekly
  individual and group clinical supervision; hiring and annual reviews.
- Maintain the team's caseload of ~620 adults; assign intakes and manage the waitlist.
- Lead quarterly chart audits against state outpatient licensing regulations; 2024 state
  licensing review passed with no citations.
- Carry 10 clients myself (CBT, DBT-informed skills groups, trauma).
- Report outcomes (PHQ-9, GAD-7, no-show rate) to the county Office of Behavioral Health.

Therapist (Outpatient) - same agency                                      2016 - 2021
- Caseload of 45 adults; co-occurring disorders; crisis assessments.

Blended Case Manager - County-contracted provider, Pittsburgh              2014 - 2016

Private Practice Therapist (part time, evenings)                          2020 - present
- Telehealth practice, 6-8 clients a week; insurance credentialing and billing myself.

EDUCATION / LICENSURE
M.S.W., University of Pittsburgh, 2014
LCSW, Pennsylvania, 2018; approved clinical supervisor training (PA 30-hour course), 2021
Certified Clinical Trauma Professional (CCTP), 2022
"""),

R("d29", "science_lab", "mid", "Analyst II", "Huong Thi Lam-Peterson", "Sacramento, CA",
  ["Chemist", "Environmental Chemist", "Laboratory Analyst II", "GC-MS Analyst"],
  ["Sacramento, CA", "Davis, CA", "Rancho Cordova, CA"], False, 68000, """
HUONG THI LAM-PETERSON
Sacramento, CA 95823 | 916-555-0178 | huong.lam.p@example.com

LAB SKILLS
Instruments .... GC-MS (Agilent 7890/5977), LC-MS/MS (Sciex 6500+), ICP-MS (Agilent 7900),
                  GC-ECD, IC (Dionex)
Methods ......... EPA 8260, 8270, 537.1 (PFAS), 200.8 metals, 300.0 anions, SW-846 prep
Sample prep .... solid phase extraction, liquid-liquid extraction, microwave digestion
Quality ......... ELAP / TNI standards, method detection limit studies, control charts,
                  LIMS (LabVantage), data review and qualifiers
Safety .......... chemical hygiene, hazardous waste handling

SUMMARY
Environmental chemist with 4 years in a state-accredited commercial testing laboratory.
I run and maintain mass spec instruments and review data for drinking water, wastewater and
soil samples. My job title is "Analyst II", which means chemist at my lab.

EXPERIENCE
Analyst II - Organics Department
Sierra Analytical Laboratories (ELAP-accredited), Rancho Cordova, CA     2023 - present
- Primary analyst for PFAS by EPA 537.1 and 533 on LC-MS/MS: 120-180 samples a week.
- Brought up the EPA 533 method: calibration, MDL study, demonstration of capability;
  method added to our ELAP certificate in 2024.
- Instrument maintenance: source cleaning, column changes, tuning; lower downtime by 30%.
- Peer data review for volatiles (8260) and write non-conformance reports.

Analyst I - Metals and Inorganics Department, same laboratory              2021 - 2023
- ICP-MS metals and IC anions; microwave and hot-block digestions.

Laboratory Assistant, UC Davis soil chemistry research group               2019 - 2021
- Student assistant: soil extractions, pH, sample logging.

EDUCATION
B.S. Chemistry, University of California, Davis, 2021
40-hour HAZWOPER (2022)
"""),

R("d30", "policy_program", "executive", "Deputy Commissioner", "Reginald Ashworth-Mbeki", "New York, NY",
  ["Deputy Commissioner", "Executive Director", "Chief Program Officer", "Commissioner"],
  ["New York, NY", "Albany, NY", "Newark, NJ"], False, 190000, """
REGINALD ASHWORTH-MBEKI
Brooklyn, NY 11217   ·   (718) 555-0140   ·   r.ashworth.mbeki@example.com

SUMMARY
Public-sector executive with 17 years designing and running housing and homeless-services
programs for New York City. Currently Deputy Commissioner overseeing a $410M program
portfolio and 350 staff. Strong on budget, contracting with nonprofit providers, data-driven
program management, and working with the Mayor's Office, City Council and state partners.

EXPERIENCE
Deputy Commissioner, Division of Program Operations
NYC Department of Housing Stability, New York, NY                                  2021 - present
- Lead 4 assistant commissioners and 350 staff across rental assistance, eviction prevention,
  and supportive housing placement programs ($410M annual, city/state/federal funds).
- Designed the rental assistance voucher pipeline redesign that cut median time-to-lease from
  121 to 68 days; weekly performance dashboard reviewed with the First Deputy Mayor's office.
- Oversee 140 human-service contracts with nonprofit providers; introduced performance-based
  payment milestones.
- Testify at City Council oversight hearings; lead state and HUD monitoring visits.

Assistant Commissioner, Policy and Planning - same agency                   2016 - 2021
- Led policy and rules team (12 analysts); wrote rule changes for rental subsidy programs.

Director of Program Analysis - NYC Office of Management and Budget          2012 - 2016
- Budget and program analysis for homeless services and social-service agencies.

Policy Analyst - Five Boroughs Housing Policy Center, New York              2008 - 2012

EDUCATION
M.P.A., Columbia University School of International and Public Affairs, 2008
B.A. Urban Studies, Hunter College, CUNY, 2006

OTHER
Adjunct lecturer, public management, Baruch College (one course a year), 2019 - present
"""),
]
