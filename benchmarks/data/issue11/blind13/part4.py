"""blind13 part 4: m24-m30 (hand-written)."""
from common import rec

RECORDS = [
rec("m24", "administrative", "senior", "Executive Assistant to the CEO", "Patricia \"Trish\" Donnelly-Ames", "Hartford, CT",
    ["Executive Assistant", "Senior Executive Assistant", "Executive Assistant to the President"],
    ["Greater Hartford (West Hartford, Glastonbury, Farmington)", "30 minutes from Wethersfield", "no relocation"], False, 82000,
    "older worker (31-yr history); 'to the CEO' does not make her executive", "header/footer repeated mid-text (Page 2 of 3)",
    """
PATRICIA A. DONNELLY-AMES
Wethersfield, CT 06109 | (860) 555-0127 | trish.donnellyames@example.com

PROFILE
Executive assistant with 31 years supporting presidents and C-suite leaders in insurance and healthcare. Calendar, travel, board materials, confidential correspondence. My CEO retired in September 2026 and the new CEO brought her own assistant. Looking for another senior EA role in Greater Hartford, in the office at least 3 days.

EXPERIENCE
Executive Assistant to the President & CEO
Charter Oak Health Partners, Hartford, CT | 2012 – 2026
• Sole support to the CEO; managed calendar across 3 time zones, board of directors logistics (quarterly meetings, 14 trustees)
• Prepared board books in Diligent, took minutes for the executive committee
• Coordinated the CEO's community and legislative meetings; drafted correspondence and speeches
• Supervised the front-desk receptionist and 1 administrative coordinator (scheduling and assignments)
• Planned the annual leadership retreat (120 people) on a $90k budget

Patricia A. Donnelly-Ames — Resume — Page 2 of 3

Senior Administrative Assistant, Office of the Chief Financial Officer
Constitution Mutual Insurance Co., Hartford, CT | 2002 – 2012
• Supported CFO and 3 vice presidents; expense reports, travel, audit committee materials

Administrative Assistant, Group Benefits Division
Constitution Mutual Insurance Co. | 1997 – 2002

Secretary / Word Processor
Aetna Life & Casualty (temp then permanent), Hartford, CT | 1995 – 1997

Patricia A. Donnelly-Ames — Resume — Page 3 of 3

EDUCATION
A.S. Office Administration, Manchester Community College, 1995
Certified Administrative Professional (CAP), IAAP, 2010

SKILLS
Microsoft 365 (Outlook, Word, Excel, PowerPoint, Teams), Diligent Boards, Concur, Zoom/Teams webinars, minute-taking, 80 wpm

Salary: $82,000 minimum. Hybrid 3 days in office is fine.
"""),

rec("m25", "science_lab", "lead", "Laboratory Supervisor", "Dr. Wen-Li Harrow", "Louisville, KY",
    ["Laboratory Supervisor", "Laboratory Manager (environmental)", "QA/QC Laboratory Manager"],
    ["Louisville KY (Highlands, St. Matthews, Jeffersontown)", "Southern Indiana (New Albany, Jeffersonville)", "Lexington with relocation"], False, 88000,
    "utility lab supervisor; water utility pulls to trades/public safety", "tables flattened with tabs",
    """
WEN-LI HARROW, Ph.D.
Louisville, KY 40205	(502) 555-0168	wenli.harrow@example.com

PROFILE
Environmental chemist, 13 years, running the compliance laboratory of a regional water utility. I supervise 7 chemists and technicians. EPA drinking water and NPDES methods, ISO 17025 / Kentucky certification audits, LIMS. Looking for a laboratory supervisor or lab manager position in an environmental, utility or contract testing lab. Not a plant operator role.

EXPERIENCE
Position	Employer	Years
Laboratory Supervisor	Ohio Falls Water Company, Louisville KY	2019–present
Chemist II	Ohio Falls Water Company	2014–2019
Analytical Chemist	Bluegrass Environmental Testing (contract lab), Lexington KY	2012–2014
Postdoctoral Researcher	University of Kentucky, Dept. of Chemistry	2010–2012

Laboratory Supervisor
- Supervise 2 chemists, 4 lab technicians and 1 sample coordinator (hiring, training, evaluations)
- 62,000 analyses/yr: metals by ICP-MS (EPA 200.8), anions by IC (300.1), TOC, DBPs by GC-ECD, total coliform/E. coli
- Laboratory QA manager: SOPs, MDL studies, PT samples, corrective actions; zero findings on 2 state certification audits
- Migrated LIMS from paper/Excel to LabWare; turnaround time 9 → 4 days
- Lead-and-copper sampling program (LCRR) support for 1,800 homes; results letters with the communications team

Chemist II
- GC/MS method development for PFAS (EPA 533); validated method, brought testing in-house (saved $210k/yr)

Instrument	Years
ICP-MS (Agilent 7900)	10
GC-MS / GC-ECD	12
Ion chromatography	9
LC-MS/MS (PFAS)	4

EDUCATION
Ph.D. Analytical Chemistry, University of Louisville, 2010
B.S. Chemistry, Wuhan University, 2004

CERTIFICATIONS
KY Drinking Water Laboratory Certification (analyst, metals and inorganics), ISO/IEC 17025 internal auditor, 40-hr HAZWOPER

Salary $88,000+
"""),

rec("m26", "policy_program", "senior", "Associate Attorney", "Jonathan Mbeki-Sorensen", "Albany, NY",
    ["Policy Analyst", "Senior Policy Analyst", "Legislative / Policy Advisor"],
    ["Albany / Capital Region (Center Square, Delmar)", "NYC with hybrid", "remote, Eastern time"], True, 85000,
    "career changer: attorney to policy analyst", "plain text",
    """
JONATHAN MBEKI-SORENSEN
Albany, NY 12210 (Center Square) | 518-555-0181 | jon.mbekisorensen@example.com

SUMMARY
Attorney (NY bar, 7 years) leaving practice for public policy. My practice is in health care regulatory and Medicaid reimbursement work; I want to do the policy side - analysis, program design, legislation - for a state agency, legislative committee, think tank or advocacy group. Not looking for attorney or counsel roles.

EXPERIENCE
Associate Attorney - Hudson Regulatory Law Group LLP, Albany, NY - 2021-present
- Represent nursing homes and home care agencies in Medicaid rate appeals and DOH surveys
- Drafted comments on 11 proposed state regulations (minimum staffing, assisted living, CHHA licensure)
- Wrote the firm's monthly budget-bill briefing for clients: what changed, who pays, what it means
- Modeled rate impacts of 3 reimbursement methodology changes in Excel for trade association clients

Assistant Counsel (Law Fellow) - NYS Senate, Standing Committee on Health - 2019-2021
- Bill memos and analyses for 70+ bills; staffed 4 public hearings on nursing-home policy during COVID
- Drafted sections of the enacted 2021 nursing home staffing bill with Legislative Bill Drafting Commission

Legislative Intern - Empire Center for Public Policy (summer 2018)
- Research on Medicaid long-term care spending; co-author of 1 published brief

EDUCATION
J.D., Albany Law School, 2019 - Government Law Center fellow
M.P.A. coursework (4 courses), Rockefeller College, SUNY Albany, 2024-2025, part time
B.A. Political Science and Economics, Hamilton College, 2016

SKILLS
Legislative and regulatory analysis, cost and rate modeling (Excel), Medicaid/Medicare financing, plain-language policy memos, testimony drafting, Stata (basic), stakeholder meetings

Admitted: New York State Bar, 2020
Salary: $85,000+ (I know this is a pay cut).
"""),

rec("m27", "marketing_communications", "lead", "Public Information Officer", "Carmen Okonkwo-Delgado", "Tucson, AZ",
    ["Communications Manager", "Public Information Manager", "Director of Communications (city or county)"],
    ["Tucson (Sam Hughes, Armory Park, Oro Valley ok)", "Phoenix metro hybrid", "remote, Mountain/Arizona time"], True, 92000,
    "PIO inside a fire department: communications, not public safety", "plain Word",
    """
CARMEN OKONKWO-DELGADO, APR
Tucson, AZ 85719 · (520) 555-0114 · carmen.od@example.com

PROFILE
Public information officer for a metro fire department, 10 years in public-sector communications and 5 in TV news before that. I run a 3-person communications office: media relations, social media, emergency public information, community campaigns. Looking for a communications manager role in local government, a utility, a university or a health system. I am not a sworn firefighter and not looking for emergency management jobs.

EXPERIENCE
Public Information Officer / Communications Manager — Tucson Metro Fire District — 2019–present
• Manage 1 digital media specialist and 1 communications coordinator; $310k program budget
• Spokesperson on scene and on camera (~250 interviews/yr); 24/7 on-call rotation for major incidents
• Wildfire and monsoon flood public information in the JIC; WEA and social alerts with the county EOC
• Grew social audience from 38k to 210k; "Drown Prevention Summer" campaign (Spanish/English) reached 1.4M
• Wrote the district's crisis communications plan; media training for chiefs and captains

Communications Specialist — Pima County Health Department — 2016–2019
• COVID-19 press briefings (2020–2021), measles and heat-illness campaigns, news releases, web content

Reporter / Multimedia Journalist — KTCS-TV, Tucson — 2011–2016
• Breaking news, public safety and county government beat; shot and edited my own packages

EDUCATION
B.A. Journalism, University of Arizona, 2011
Accredited in Public Relations (APR), PRSA, 2020
FEMA Basic & Advanced PIO (E/L 0105, 0388), NIMS ICS 100/200/700

SKILLS
Media relations, crisis comms, AP style, Sprout Social, Meltwater, Adobe Premiere, Canva, WordPress, bilingual (Spanish)

Salary: $92,000 minimum.
"""),

rec("m28", "sales", "executive", "Vice President of Sales", "Bradley J. Nakashima", "Jersey City, NJ",
    ["Vice President of Sales", "Chief Revenue Officer", "SVP Sales - healthcare SaaS"],
    ["North Jersey (Hoboken, Jersey City, Montclair)", "NYC (Flatiron/Midtown) hybrid", "remote, Eastern time"], True, 240000,
    "'Managing Director' earlier title; exec level confirmed by reports", "plain text, numbers-heavy",
    """
BRADLEY J. NAKASHIMA
Jersey City, NJ 07302 (Paulus Hook) | 201-555-0136 | brad.nakashima@example.com

SUMMARY
Sales executive, 19 years, the last 7 leading sales organizations in healthcare SaaS. Built go-to-market teams from 12 to 85 people. Reporting to CEOs and boards, own the number. Looking for a VP Sales or CRO role, North Jersey / NYC hybrid or remote Eastern time.

EXPERIENCE
Vice President of Sales — CareLoop Health (Series C, patient engagement SaaS), New York, NY — 2021–present
• Lead 4 regional sales directors, SDR manager and sales operations; 85 people, $118M bookings target
• Grew ARR from $42M to $131M; net new ARR +58% YoY in 2024
• Built enterprise health-system motion (avg deal $1.1M ACV, 9-month cycle); 14 of the top 50 IDNs signed
• Board-level forecasting (Clari), pricing and packaging with product marketing, comp plans with finance

Managing Director, East — Medivance Software, Boston / NYC — 2017–2021
• 3 sales managers, 26 AEs; region grew $18M → $47M

Regional Sales Manager — Medivance Software — 2013–2017
• 8 account executives, mid-Atlantic hospitals and ambulatory groups

Enterprise Account Executive — Meridian Health IT — 2009–2013
• President's Club 3x (145%, 162%, 131% of quota)

Medical Device Sales Representative — Stryker (Instruments), Northern NJ — 2007–2009

EDUCATION
MBA, Rutgers Business School, 2013
B.A. Economics, Rutgers University, 2007

TOOLS
Salesforce, Clari, Gong, Outreach, HubSpot, MEDDICC, Command of the Message

Compensation: $240K base minimum (OTE $450K+), equity.
"""),

rec("m29", "human_resources", "executive", "Chief People Officer", "Adaeze Fontaine-Whitlock", "Atlanta, GA",
    ["Chief People Officer", "Chief Human Resources Officer", "SVP, Human Resources"],
    ["Atlanta (Midtown, Buckhead, Decatur)", "remote US, Eastern or Central time", "no relocation"], True, 260000,
    "C-level HR with LinkedIn layout; earlier Director of Talent Acquisition", "LinkedIn Export to PDF",
    """
Contact
adaeze.fw@example.com
(404) 555-0159
www.linkedin.com/in/adaezefw (LinkedIn)

Top Skills
Organizational Design
Executive Compensation
Mergers & Acquisitions Integration

Adaeze Fontaine-Whitlock
Chief People Officer | Scaling HR through IPO and M&A
Atlanta, Georgia, United States

Summary
HR executive with 22 years across logistics, fintech and healthcare services. Currently CPO of a 6,800-employee company, member of the executive leadership team, reporting to the CEO and the board's compensation committee. Open to CPO/CHRO roles, Atlanta-based or remote (Eastern or Central time). No relocation.

Experience
Peachline Logistics
Chief People Officer
January 2022 - Present (5 years)
Atlanta, Georgia
Lead HR, talent acquisition, total rewards, DEI, HR operations and internal comms (6 VPs/directors, 92 people). Ran people integration for 2 acquisitions (2,100 employees). Cut frontline turnover 61% → 44%. Redesigned exec comp with the comp committee.

Ledgerwise Financial
4 years 6 months
Vice President, Human Resources
July 2019 - December 2021 (2 years 6 months)
HR for 1,400 employees through IPO readiness; SOX controls for payroll and equity.
Director, Talent Acquisition
July 2017 - June 2019 (2 years)
Hired 600/yr; built university and military recruiting programs.

Piedmont Regional Health
HR Business Partner, Senior
2011 - 2017 (6 years)
Partnered with nursing and ambulatory leadership; labor relations for 2 hospitals.

SunBelt Staffing
Recruiter
2004 - 2011 (7 years)

Education
Emory University - Goizueta Business School
MBA · (2009 - 2011)
Spelman College
BA, Psychology · (2000 - 2004)

Page 1 of 2

Certifications
SHRM-SCP
Certified Compensation Professional (CCP)

Page 2 of 2
"""),

rec("m30", "nursing", "executive", "Chief Nurse / Deputy Commander for Nursing (66N)", "COL (Ret.) Lorraine E. Abernathy-Cole", "San Antonio, TX",
    ["Chief Nursing Officer", "VP of Patient Care Services", "Associate Chief Nurse Executive (VA)"],
    ["San Antonio (Stone Oak, Alamo Heights)", "Texas Hill Country", "relocation considered for a CNO seat"], False, 190000,
    "military-to-civilian: Army Nurse Corps colonel to CNO", "header/footer repeated mid-text (Page 2 of 2)",
    """
LORRAINE E. ABERNATHY-COLE, DNP, RN, NEA-BC
COL, U.S. Army Nurse Corps (Retiring 01/2027)
San Antonio, TX 78258 | (210) 555-0178 | lorraine.ac@example.com

EXECUTIVE SUMMARY
Nurse executive with 26 years in the Army Nurse Corps, the last 3 as Chief Nurse of a 425-bed Level I trauma military medical center. Looking for a civilian CNO, VP Patient Care Services or VA nurse executive role. Stone Oak area preferred; relocation considered for the right CNO seat.

MILITARY NURSING EXPERIENCE
Deputy Commander for Nursing / Chief Nurse (66N) — Brooke Army Medical Center, JBSA-Fort Sam Houston, TX — 2023–present
• Accountable for nursing practice across 425 beds, 38 clinics, 1,650 nursing personnel (RNs, LPNs, 68C/68W medics, civilians)
• Led Magnet-readiness self-assessment; nurse-sensitive indicators (CLABSI, CAUTI, falls with injury) all below NDNQI median
• Cut RN vacancy from 19% to 8% with a civilian hiring surge and a new-grad residency
• Member of the command group / executive committee; $210M nursing personnel budget

Chief, Department of Nursing — Womack Army Medical Center, Fort Liberty, NC — 2019–2023
• 9 nursing section chiefs, 560 staff

Abernathy-Cole — Page 2 of 2

Earlier Army Nurse Corps assignments (66H Medical-Surgical Nurse → 66N) 2000–2019
• Head Nurse, ICU, Landstuhl Regional Medical Center, Germany (2012–2015)
• Clinical Nurse OIC, Combat Support Hospital, Afghanistan (2010)
• Staff and charge nurse, Walter Reed Army Medical Center (2000–2006)

EDUCATION
Doctor of Nursing Practice (Executive Leadership), Johns Hopkins University, 2018
M.S.N. Nursing Administration, Uniformed Services University, 2012
B.S.N., University of Texas Health Science Center at San Antonio, 2000 (ROTC)

CERTIFICATIONS
NEA-BC (ANCC), CENP eligible, BLS/ACLS/TNCC instructor, Texas RN license

Salary: $190,000 minimum.
"""),
]
