from common import rec

RECORDS = [
rec("h24", "human_resources", "lead", "Manager of Human Resources", "Teodoro 'Teo' Villanueva-Pratt", "Fort Wayne, IN",
    ["HR Manager", "Human Resources Manager - Manufacturing", "Labor Relations Manager"], ["Fort Wayne, IN", "Auburn, IN", "Huntington, IN"], False, 95000, """
TEODORO "TEO" VILLANUEVA-PRATT, SHRM-CP
Fort Wayne, IN · 260-555-0152 · teo.villanueva.pratt@example.com

Manager of Human Resources at a 480-employee union plant. I came up through the shop floor
(machine operator and union steward) and have spent 12 years in HR. Looking for an HR
manager role in manufacturing or distribution in northeast Indiana.

Manager of Human Resources — Three Rivers Castings, Fort Wayne, IN                  2021–present
• Lead HR for one plant: 410 hourly (USW-represented) and 70 salaried employees.
• Supervise an HR generalist and an HR/payroll coordinator; report to the plant manager.
• Chief spokesperson on the management side for the 2024 contract (4-year deal, no strike);
  handle step-2 and step-3 grievances, prepare cases for arbitration with outside counsel.
• Cut 90-day turnover of new hires from 38% to 19% (structured onboarding, buddy program).
• FMLA/ADA, workers' comp with the safety manager, investigations, discipline reviews.

HR Generalist — Allen County Plastics, New Haven, IN                                 2016–2021
• Recruiting for 3 shifts (about 150 hires a year), benefits open enrollment, HRIS (UKG).

HR Assistant — same company                                                          2014–2016

Machine Operator / Union Steward (USW) — Maumee Valley Stamping, Fort Wayne, IN     2007–2014
• Press operator; elected steward for second shift for 4 years.

EDUCATION
B.S. Human Resource Management (online, part-time), Summit Lakes University, 2015

CERTIFICATIONS
SHRM-CP (2017); OSHA 10; Certified labor arbitration advocacy course (2022)

SYSTEMS
UKG Pro, ADP, Paycom, Excel, Indeed/ZipRecruiter, E-Verify

LANGUAGE
Spanish (fluent) — I run the Spanish-language orientation sessions myself.
""", kind="ex-union steward now HR manager of 2", format="'Manager of Human Resources' (title of function)"),

rec("h25", "customer_support", "lead", "Supervisor, Member Services (Grade 9, job code MSR-SUP-2)", "Oluwaseun 'Shay' Adebayo-Klein", "Boise, ID",
    ["Contact Center Supervisor", "Member Services Supervisor", "Customer Service Manager"], ["Boise, ID", "Meridian, ID", "Remote (US)"], True, 64000, """
Oluwaseun "Shay" Adebayo-Klein
Boise, ID 83706 | 208-555-0119 | shay.adebayo.klein@example.com

Contact center supervisor at a credit union. 11 years in member/customer service, the last 4
supervising a phone and chat team. Looking for a supervisor or manager role in a contact
center (financial services, healthcare or utilities), on-site or remote.

Supervisor, Member Services (Grade 9, job code MSR-SUP-2)
Snake River Federal Credit Union, Boise, ID                                   2022 - present
- Supervise 13 member service representatives (MSR I-III) on phones and chat; schedules in
  NICE, weekly 1:1s, call calibration, write annual reviews, hire and do final warnings.
- Team first-call resolution 81% (target 75%); abandon rate under 4% after re-forecasting
  lunch coverage.
- Escalations: fraud claims, disputed ACH, Reg E timelines; train new hires on Reg E and BSA.
- Built the knowledge base in Zendesk Guide used by all 3 teams.

Member Service Representative III (Grade 6, MSR-3) - same credit union        2019 - 2022
- Senior rep, chat queue lead on weekends, mentored new MSRs.

Member Service Representative I-II (Grade 4-5) - same credit union            2017 - 2019

Customer Care Associate (part-time) - Treasure Valley Cable & Internet, Boise   2015 - 2017

EDUCATION
Associate of Arts, College of Western Idaho (fictional campus name), 2016
Certificate in Contact Center Leadership, Intermountain Credit Union League, 2023

SKILLS
NICE CXone, Zendesk, Symitar (Episys), Salesforce Service Cloud, Excel, Power BI dashboards,
coaching, workforce planning basics, de-escalation, Yoruba and English

AWARDS
Credit union "Service Star" 2020; supervisor team of the year 2024
""", kind="contact-center supervisor of 13", format="internal grade and job code in titles"),

rec("h26", "administrative", "mid", "Office Assistant III (Class 1134)", "Francesca Bellweather", "Sacramento, CA",
    ["Office Technician", "Administrative Assistant II", "Executive Secretary I"], ["Sacramento, CA", "Davis, CA", "West Sacramento, CA"], False, 52000, """
FRANCESCA BELLWEATHER
Sacramento, CA · (916) 555-0177 · f.bellweather@example.com

QUALIFICATIONS SUMMARY
Public-sector office professional, 5 years with a county and 2 in a private law office.
Looking for an office technician, administrative assistant II or executive secretary I
position with the state, county or a university.

KEY SKILLS
Office administration
- Front-office coverage for a 60-person department; phones, counter, public inquiries
- Calendars for two division managers; meeting agendas and minutes for a citizen commission
  (Brown Act noticing and posting)
- Purchase requisitions, p-card reconciliation, office supply inventory
Records and data
- Records retention schedules; scanned and indexed 40 years of permit files into Laserfiche
- Data entry in the permit system (Accela) at 12,500 keystrokes/hour, 98% accuracy
- Public records requests: log, route and track deadlines
Software
- Microsoft 365 (Word mail merge, Excel lookups, Outlook shared calendars), Adobe Acrobat Pro,
  Laserfiche, Accela, SharePoint, Zoom/Teams webinars
Team
- Trained 3 new office assistants on counter procedures (no supervisory authority)

EMPLOYMENT
Office Assistant III (Class 1134, Range 23) - County Planning & Building Department,
Sacramento area (AFSCME bargaining unit, shop steward alternate)              2022 - present
Office Assistant II (Class 1133) - same department                            2021 - 2022
Receptionist / Legal Secretary Trainee - Ruiz & Halvorsen, Attorneys, Sacramento 2019 - 2021

EDUCATION
Office Administration Certificate, Capital River Community College, 2019
Currently taking Business Writing (evening), 2026

EXAMS
Passed state Office Technician (Typing) exam, list rank 1 (2025)
""", kind="county clerical, union member", format="skills-first, class codes in titles"),

rec("h27", "public_safety", "executive", "Director, Office of Homeland Security and Emergency Preparedness", "Col. (Ret.) Marcus Delacroix-Hayes", "Baton Rouge, LA",
    ["Emergency Management Director", "Director of Homeland Security and Emergency Preparedness", "Deputy Commissioner, Emergency Management"], ["Baton Rouge, LA", "New Orleans, LA", "Houston, TX"], False, 150000, """
MARCUS DELACROIX-HAYES, CEM
Baton Rouge, LA | 225-555-0191 | marcus.dh@example.com

Emergency management executive. 27 years in public safety: 20 in the Louisiana Army
National Guard (retired colonel) and 8 as a parish emergency management director and deputy,
overlapping with Guard service. Led response to 6 federally declared disasters.

Director, Office of Homeland Security and Emergency Preparedness
East Bayou Parish (fictional), Baton Rouge, LA                             2021 - present
- Department head reporting to the parish president; 22 staff, $6.5M operating budget and
  $40M in active FEMA Public Assistance and Hazard Mitigation grants.
- Ran the EOC for two hurricanes and a chemical plant fire (shelter-in-place for 18,000).
- Rewrote the Emergency Operations Plan; stood up a 24/7 watch desk and mass notification.

Deputy Director, same office                                                2018 - 2021
- Planning, training and exercise program (HSEEP); COOP plans for 30 parish departments.

Louisiana Army National Guard (traditional and active duty periods)       2001 - 2021
- Retired Colonel. Commander, military police battalion (2014-2016); Director of Military
  Support to Civil Authorities, Joint Force HQ (2016-2018); deployed Iraq 2005, 2009.

Police Officer, Lafourche Crossing Police Department                        1999 - 2001

EDUCATION
M.S. Emergency and Disaster Management, Gulf Coast State University, 2012
B.A. Criminal Justice, Bayou State University, 1999
U.S. Army War College (distance program), 2017

CERTIFICATIONS
Certified Emergency Manager (IAEM); Louisiana Professional Emergency Manager; FEMA
Advanced Academy; NIMS ICS 100-800, ICS 300/400; POST (former, inactive)
""", kind="military + public sector, 27 yrs", format="conventional, overlapping service"),

rec("h28", "social_work", "senior", "Hospice Social Worker (Per Diem)", "Ruth Abernathy-Okonjo", "Pittsburgh, PA",
    ["Hospice Social Worker", "Clinical Social Worker - Palliative Care", "Medical Social Worker, Oncology"], ["Pittsburgh, PA", "Remote (US)"], True, 72000, """
Ruth Abernathy-Okonjo, LCSW, APHSW-C
Pittsburgh, PA | 412-555-0105 | ruth.abernathy.okonjo@example.com

Licensed clinical social worker, 11 years in end-of-life and serious-illness care. Since 2023 I
have worked per diem for a hospice plus a small private therapy caseload (grief). I want to go
back to one full-time hospice or palliative care role.

Hospice Social Worker (Per Diem)
Three Rivers Community Hospice, Pittsburgh, PA                                2023 - present
- 2-3 days a week: psychosocial assessments, advance-care planning, POLST conversations,
  family meetings at home and in nursing facilities; on-call weekends.
- Crisis work with caregivers; Medicaid waiver and funeral-planning resources.

Grief Therapist (part-time, private practice)                                 2023 - present
- 8-10 adult clients a week, telehealth; complicated grief, CBT and meaning-centered therapy.

Palliative Care Social Worker
Allegheny Valley Medical Center, Pittsburgh, PA                               2017 - 2023
- Inpatient palliative consult team (2 physicians, 2 NPs, chaplain). 600+ consults a year.
- Goals-of-care meetings in ICU and oncology; bereavement follow-up program I designed.
- Field instructor for 5 MSW interns.

Oncology Social Worker
Mon Valley Cancer Center, McKeesport, PA                                      2015 - 2017

Case Manager, Area Agency on Aging, Pittsburgh, PA                            2013 - 2015

EDUCATION
MSW, Clinical concentration, Steel City University, 2013
B.A. Psychology, Westmoreland College, 2011

LICENSES & CERTIFICATIONS
LCSW, Pennsylvania; APHSW-C (Advanced Palliative Hospice Social Worker, certified);
Certified Thanatologist (ADEC)

VOLUNTEER
Facilitator, children's grief camp (summers since 2016)
""", kind="per-diem + part-time clinician", format="conventional"),

rec("h29", "science_lab", "mid", "Research Associate II (RA-2, job code 4521)", "Li Wenjing (Wendy Li)", "Cambridge, MA",
    ["Research Associate II", "Senior Research Associate", "Scientist I - Cell Biology"], ["Cambridge, MA", "Boston, MA", "Waltham, MA"], False, 82000, """
Li Wenjing (Wendy Li)
Cambridge, MA 02139 | 617-555-0124 | wendy.li.wj@example.com
U.S. permanent resident

SUMMARY
Cell biologist with 3 years of industry lab experience in cell-based assays and flow
cytometry. Trained in China (B.S.) and Boston (M.S.). Seeking a research associate II or
senior research associate role in immunology or oncology discovery.

EXPERIENCE
Research Associate II (RA-2, job code 4521) - Immunology Discovery
Charles Basin Therapeutics (biotech, 180 employees), Cambridge, MA         2024 - present
- Run primary T-cell and NK-cell killing assays (IncuCyte, flow-based) for a bispecific
  antibody program; 20+ plates a week.
- Multicolor flow cytometry panels (up to 18 colors) on the Cytek Aurora; analysis in FlowJo.
- Wrote 6 SOPs; trained two new RA-1s on aseptic technique and PBMC isolation.
- Present data at weekly project meetings; ELN in Benchling.

Research Associate I (RA-1, job code 4520) - same company                 2023 - 2024
- ELISA, MSD cytokine panels, cell line maintenance and banking, qPCR.

Graduate Research Assistant - Lab of Cellular Immunology,
Commonwealth Harbor University, Boston, MA                                2021 - 2023
- M.S. thesis: CAR-T exhaustion markers in solid tumor models (mouse).

Undergraduate Researcher - 实验室助理 (lab assistant), Key Laboratory of Cell Biology,
Eastern China Normal University (fictional), Shanghai                     2019 - 2021

EDUCATION
M.S. Biotechnology, Commonwealth Harbor University, Boston, 2023
B.S. Biological Sciences, Eastern China Normal University, Shanghai, 2021

SKILLS
Cell culture (primary human cells, iPSC maintenance), flow cytometry, ELISA/MSD, qPCR,
Western blot, CRISPR knock-out (lentiviral), GraphPad Prism, FlowJo, basic R

LANGUAGES
Mandarin (native), English (fluent)
""", kind="biotech IC, trained abroad", format="job codes in titles, Chinese title with gloss"),

rec("h30", "policy_program", "executive", "Executive Director", "Beatriz Halvorsen-Nakamura", "Minneapolis, MN",
    ["Executive Director", "Chief Program Officer", "Director of Housing Policy"], ["Minneapolis, MN", "St. Paul, MN", "Remote (US)"], True, 140000, """
BEATRIZ HALVORSEN-NAKAMURA
Minneapolis, MN / 612-555-0161 / beatriz.hn@example.com

EXECUTIVE DIRECTOR, STATEWIDE HOUSING POLICY COALITION

I lead a nonprofit coalition of 120 housing organizations that writes and passes housing
policy and runs statewide programs. 22 years of work in housing and anti-poverty policy:
legislative staff, program manager, policy director, executive director. Looking for the next
executive role in housing, homelessness or anti-poverty policy.

Executive Director - Minnesota Homes for All Coalition (fictional), St. Paul   2019 - present
- Report to a 15-member board; staff of 18 in policy, programs, organizing, development.
- Budget from $1.4M to $4.2M; two multi-year foundation grants of $1M+.
- Led the campaign for a $1B state housing infrastructure package (2023 session).
- Administer a $6M statewide eviction-prevention pass-through program with 14 grantee
  agencies: grant agreements, performance metrics, state compliance reporting.

Director of Policy - same coalition                                             2014 - 2019
- Bill drafting, testimony, legislative scorecards, research briefs.

Program Manager, Homeless Prevention - Hennepin Valley County Human Services  2009 - 2014
- Managed state and federal ESG/CoC-funded contracts with 9 providers.

Legislative Assistant / Committee Administrator - Minnesota House of Reps       2004 - 2009

EDUCATION
Master of Public Policy, North Star University Humphrey-style public affairs school, 2004
B.A. Political Science and Spanish, Lakeland College of Minnesota, 2002

BOARDS
Board member, a national low-income housing advocacy network (2021-present).
Governor's Interagency Council on Homelessness, community member (2020-2024).

SKILLS
Legislative strategy, coalition building, grant management, budget, media spokesperson,
Spanish (professional), Japanese (conversational)
""", kind="nonprofit ED, 22-yr career", format="ALL-CAPS tagline, no summary heading"),
]
