"""Hand-written records f24-f30."""
from common import add

add("f24", "sales", "lead", "Regional Sales Manager", "Travis Okonkwo-Heller", "Nashville, TN",
    ["Regional Sales Manager", "Area Sales Manager", "District Sales Manager - Medical Supplies"],
    ["Nashville, TN", "Southeast US (travel)", "Remote with travel"], True, 120000,
    "manager of reps", "plain", """
TRAVIS OKONKWO-HELLER
Nashville, TN | 615-555-0193 | travis.oh@example.com

Sales leader in medical and surgical supplies, 12 years. For the last 5 years I have managed
a team of 6 territory reps across Tennessee, Kentucky and Alabama ($38M annual revenue).
Looking for a Regional or Area Sales Manager role with a device or distribution company.

EXPERIENCE
Regional Sales Manager - Cumberland Surgical Supply, Nashville        2020 - present
- Hire, coach and ride along with 6 territory sales reps; set quotas and territory plans.
- Region grew from $27M to $38M (2020-2024); #1 of 7 regions in 2023 (112% of plan).
- Rebuilt the onboarding program: new-rep ramp to quota cut from 14 to 9 months.
- Negotiate GPO and IDN pricing with 3 health systems with contracting teams.
- Salesforce pipeline reviews weekly; forecast accuracy within 4% for 8 straight quarters.

Senior Territory Sales Representative - Cumberland Surgical Supply      2016 - 2020
- Middle Tennessee hospitals and ASCs; President's Club 2017, 2019.

Territory Sales Representative - Volunteer Medical Distributors         2013 - 2016
- Physician offices and long-term care; opened 85 new accounts.

Inside Sales Associate - Volunteer Medical Distributors                  2012 - 2013

EDUCATION
B.B.A. Marketing, Cumberland Plateau University, 2012

TRAINING
Challenger Sale, Miller Heiman Strategic Selling, Salesforce administrator basics

Comfortable with 50% overnight travel. Valid driver's license, clean record.
""")

add("f25", "marketing_communications", "entry", "Marketing Intern", "Imogen Achebe-Ward", "Seattle, WA",
    ["Marketing Coordinator", "Social Media Coordinator", "Communications Assistant"],
    ["Seattle, WA", "Bellevue, WA", "Remote (US)"], True, 50000,
    "British English, new grad, relocated", "British English", """
Imogen Achebe-Ward
Seattle, WA (moved from Bristol, UK, 2025; US work authorisation via spouse)
206-555-0105 | imogen.aw@example.com | portfolio: imogenaw.example.com

PERSONAL STATEMENT
Recent graduate in Media and Communication (First Class Honours) with two marketing
placements and a year running social channels for a student-led charity. I am looking for
a Marketing Coordinator or Social Media Coordinator role in the Seattle area or remote.

EDUCATION
BA (Hons) Media and Communication, University of Severnside, 2024 - First Class
Dissertation: "Short-form video and charity donations: a mixed-methods study"
A levels: English Literature (A*), Sociology (A), Art (A)

EXPERIENCE
Marketing Intern (6-month placement) - Kestrel & Finch Outdoor Co., Bristol  Jan - Jun 2024
- Planned and scheduled organic social for Instagram, TikTok and LinkedIn; grew TikTok from
  2k to 19k followers over the placement.
- Wrote product-page copy and two email newsletters a month in Klaviyo (38% open rate).
- Pulled weekly campaign reports from GA4 and Meta Business Suite for the marketing manager.

Communications Volunteer - Severnside Student Food Bank           2022 - 2024
- Ran the charity's social channels and termly fundraising campaign (raised £14,300).

Summer Placement, PR - Harbourside Communications, Bristol         Summer 2023
- Media lists, press-release first drafts, coverage tracking.

Retail Assistant (part-time) - Brightwells Bookshop, Bristol       2020 - 2024

SKILLS
Canva, Adobe Premiere Rush, CapCut, Klaviyo, Hootsuite, GA4, WordPress
Google Digital Garage certificate; AP style (learning the American conventions!)
""")

add("f26", "human_resources", "executive", "Director of Human Resources", "Lorraine Castellanos-Bey", "Fresno, CA",
    ["Director of Human Resources", "Chief Human Resources Officer", "Assistant County Administrator - HR"],
    ["Fresno, CA", "Central Valley, CA", "Bakersfield, CA"], False, 175000,
    "director in large org, interim history", "plain", """
LORRAINE CASTELLANOS-BEY, SPHR, IPMA-SCP
Fresno, CA | 559-555-0112 | lorraine.cb@example.com

Human resources executive in California local government, 20 years. Director of Human
Resources for a county of 2,400 employees and 11 bargaining units, first as interim director
(2019) and permanent since 2020. Seeking a Director of HR / CHRO position in a county,
city or special district.

EXPERIENCE
San Joaquin Foothills County, Department of Human Resources
Director of Human Resources                                      2020 - present
Interim Director of Human Resources                              2019 - 2020
- Lead a 34-person department (recruitment/classification, labor relations, benefits,
  risk/workers' comp, HRIS); reports to the County Administrative Officer.
- Chief negotiator for the county with 11 bargaining units; closed 3-year MOUs in 2022
  without impasse.
- Cut average time-to-hire from 118 to 71 days with continuous testing and online exams.
- Led the Workday HCM implementation ($6.1M) across payroll, benefits and recruiting.
- Present personnel items and classification studies to the Board of Supervisors.

Deputy Director of Human Resources (labor relations & classification)   2014 - 2019
Principal HR Analyst                                                    2009 - 2014
HR Analyst I/II - City of Kings River                                   2005 - 2009

EDUCATION
M.A. Public Administration, Central Valley State University, 2008
B.A. Psychology, Sierra Oaks College, 2004

CREDENTIALS & AFFILIATIONS
SPHR; IPMA-SCP; CALPELRA member; Central Valley civic leadership program alumna (2017)
""")

add("f27", "customer_support", "entry", "Volunteer Front Desk (part-time)", "Nadia Feldhaus", "Omaha, NE",
    ["Customer Service Representative", "Member Services Representative", "Call Center Agent"],
    ["Omaha, NE", "Council Bluffs, IA", "Remote (US)"], True, 34000,
    "long gap, part-time, returner", "plain", """
Nadia Feldhaus
Omaha, NE 68106 - 402-555-0119 - nadia.feldhaus@example.com

Returning to the workforce after 8 years at home raising three children and caring for my
father. I'm looking for a full-time customer service or member services job, in an office or
remote. I'm patient on the phone, comfortable with computers and I like solving problems.

RECENT EXPERIENCE
Volunteer Front Desk (part-time, 12 hrs/week) - Elmwood Park Community Center   2023 - present
- Greet visitors, answer phones, register families for programs in the center's online
  system, take payments and handle complaints or refunds with the coordinator.
- Set up the email reminder list that cut no-shows for youth programs.

Parent Volunteer, Book Fair and PTA Treasurer - Dundee Elementary            2019 - 2023
- Kept the PTA checkbook and monthly reports; ran two book fairs ($9K sales).

Family caregiver and parent (career break)                                   2016 - 2024

EARLIER EXPERIENCE
Receptionist - Brightsmile Family Dental, Omaha                             2014 - 2016
- Scheduled appointments for 4 providers, verified insurance, collected co-pays,
  confirmation calls.
Cashier / Customer Service Desk - HyVale Grocery                           2011 - 2014
- Returns and exchanges, money orders, lottery, phone orders.

EDUCATION & TRAINING
Customer Service Fundamentals certificate, Metro Omaha Community College (online), 2024
Microsoft Office Specialist: Word and Excel, 2024
High school diploma, 2011

SKILLS
Typing 58 wpm, Microsoft Office, Google Workspace, Zoom, scheduling software, calm on the phone
""")

add("f28", "administrative", "mid", "Secretary Senior", "Harold Tsosie-Lund", "Olympia, WA",
    ["Administrative Assistant 3", "Office Assistant", "Executive Assistant"],
    ["Olympia, WA", "Lacey, WA", "Tumwater, WA"], False, 52000,
    "state civil-service class name (\"Senior\" is a class, not a level)", "plain", """
HAROLD TSOSIE-LUND
Olympia, WA | 360-555-0128 | harold.tsosielund@example.com

Administrative professional in Washington State government, 5 years. My class title is
"Secretary Senior" - a state civil-service class for secretarial support - and I support a
division director and a 14-person unit. Seeking an Administrative Assistant 3 or similar
position with more scheduling and project responsibility.

STATE SERVICE
Secretary Senior - Washington State Dept. of Natural Lands, Forest Practices Division
2022 - present
- Manage the division director's calendar, travel and meeting materials; prepare agendas
  and minutes for the monthly forest practices board work sessions.
- Process purchase requests, P-card reconciliations and time sheets for 14 staff.
- Track public records requests in GovQA and route them to staff; 100% on time in 2024.
- Maintain the division's records retention schedule and SharePoint site.

Office Assistant 3 - Washington State Dept. of Motor Licensing Services     2020 - 2022
- Front counter and phone support; data entry of license applications (about 90/day).

Retail Associate - Capitol Lake Outfitters (part-time)                     2018 - 2020

Gap 2017 - 2018: caring for a family member.

EDUCATION
A.A. Business Technology, South Sound Technical College, 2019
Certificate, Administrative Office Professional, 2019

SKILLS
Microsoft 365 (Outlook, Word, Excel, Teams), SharePoint, GovQA, Concur, Adobe Acrobat
Typing 70 wpm | Notary public (WA)
""")

add("f29", "social_work", "entry", "Correctional Officer", "Shanice Vandermolen", "Lansing, MI",
    ["Case Manager", "Reentry Case Manager", "Youth Advocate"],
    ["Lansing, MI", "East Lansing, MI", "Jackson, MI"], False, 42000,
    "career changer from corrections, job outside target", "plain", """
SHANICE VANDERMOLEN
Lansing, MI | 517-555-0134 | shanice.v@example.com

Correctional officer for 6 years, finishing a B.S.W. (May 2025) and moving into human
services. I want to work as a case manager in reentry, substance-use or youth programs,
where my experience with people in custody is an asset rather than the whole job.

EDUCATION
B.S.W., Grand River State University (evening/weekend cohort), expected May 2025
Field placement (400 hrs): Capital Area Reentry Partnership - intake assessments, service
plans, housing and employment referrals for 22 returning citizens; weekly supervision
with an LMSW.
A.A.S. Criminal Justice, Capitol Area Community College, 2017

EXPERIENCE
Correctional Officer - Ionia Ridge Correctional Facility (state prison)   2018 - present
- Supervise housing units of 120 prisoners; counts, rounds, searches, incident reports.
- Member of the facility's peer-mentoring pilot: connected residents to GED, AA/NA and
  reentry classes.
- De-escalation trainer for new officers (2022 - present); Crisis Intervention Team trained.
- Mandatory overtime and 12-hour shifts; perfect attendance 2021 - 2023.

Residential Aide (part-time) - Cedar Street Youth Shelter, Lansing          2016 - 2018
- Overnight shifts for youth ages 12-17; logs, house rules, transport to school.

CERTIFICATIONS & SKILLS
Mental Health First Aid; CPR/First Aid; Motivational Interviewing (16-hr workshop)
Michigan CCW; Microsoft Office; basic Spanish
""")

add("f30", "science_lab", "lead", "Supervisory Microbiologist, GS-0403-13", "Petra Obuya-Stanek", "Atlanta, GA",
    ["Laboratory Manager", "Microbiology Laboratory Supervisor", "Public Health Laboratory Supervisor"],
    ["Atlanta, GA", "Decatur, GA", "Athens, GA"], False, 118000,
    "federal GS grade, supervisory scientist", "plain", """
PETRA OBUYA-STANEK, Ph.D.
Atlanta, GA | 404-555-0137 | petra.obuya.stanek@example.com

Microbiologist and laboratory supervisor, 14 years in federal and academic labs. I lead a
BSL-3 enteric pathogens reference laboratory of 9 staff (5 microbiologists, 4 technicians)
and am looking for a Laboratory Manager or Public Health Laboratory Supervisor role.

EXPERIENCE
Supervisory Microbiologist, GS-0403-13 - Federal Enteric Diseases Reference Laboratory,
Atlanta                                                                2019 - present
- Supervise 9 staff: hiring, performance plans, training, competency assessments.
- Run WGS-based outbreak characterization (Illumina MiSeq/NextSeq) for 1,800 isolates a
  year; QA/QC under CLIA and ISO 15189-aligned quality system.
- Budget owner for $1.2M in reagents and service contracts; BSL-3 responsible official.
- Led the lab's response to 3 multistate outbreaks; co-author on 6 MMWR-type reports.

Microbiologist, GS-0403-11/12 - same laboratory                        2014 - 2019
- Method validation for culture-independent diagnostic tests; trained state lab partners.

Postdoctoral Fellow - Peachtree Institute of Infectious Disease         2011 - 2014

EDUCATION
Ph.D. Microbiology, Oconee River University, 2011
B.Sc. Biochemistry, University of Lakeland Kisumu (Kenya), 2005

CERTIFICATIONS & SKILLS
ASCP-type specialist certification in microbiology; select agent program training
Biosafety (BSL-3), PFGE/WGS, MALDI-TOF, qPCR, LIMS (StarLIMS), R/Bioconductor
""")
