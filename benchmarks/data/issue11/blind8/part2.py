from common import rec

RECORDS = [
rec("h09", "engineering_architecture", "lead", "Supervising Civil Engineer (Civil Engineer III, Class 7213)", "Harold Tsosie-Whitman", "Phoenix, AZ",
    ["Supervising Civil Engineer", "Engineering Manager - Transportation", "Principal Civil Engineer"], ["Phoenix, AZ", "Tempe, AZ", "Mesa, AZ"], False, 135000, """
HAROLD TSOSIE-WHITMAN, P.E., PTOE
Phoenix, AZ 85016 / 602-555-0111 / h.tsosie.whitman@example.com

POSITION SOUGHT: Supervising or principal civil engineer, transportation/traffic.

CURRENT POSITION
City of Phoenix (fictionalized dept.) Street Transportation Department
Supervising Civil Engineer - Working title; classification Civil Engineer III, Class 7213,
Pay Grade E-31 (union-represented unit 7, supervisory)                        2020 - present
- Supervise the Traffic Design Section: 4 civil engineers (CE I/II), 3 engineering technicians
  and 1 GIS technician. Approve timesheets, write performance evaluations, hire.
- Seal signal, signing/striping and roadway safety plans; 60+ projects a year.
- Program lead for a $22M federal Safe Streets grant (HAWK signals, road diets near schools).

Civil Engineer II, Class 7212 - same department                               2014 - 2020
- Designed signal modifications and corridor retiming; managed design consultants.

Civil Engineer I (EIT), Class 7211 - same department                          2011 - 2014

Transportation Engineer - Saguaro Traffic Consultants, Tucson, AZ             2008 - 2011
- Traffic impact studies, Synchro/SimTraffic, signal warrants.

EDUCATION
M.S. Civil Engineering (Transportation), Sonoran State University, 2008
B.S. Civil Engineering, Northern Plateau University, 2006

LICENSES / CERTIFICATIONS
Professional Engineer, Arizona #66123 (civil) | Professional Traffic Operations Engineer |
IMSA Traffic Signal Level II

TOOLS
MicroStation and OpenRoads, AutoCAD Civil 3D, Synchro, VISSIM, ArcGIS Pro, HCS

ACTIVITIES
Navajo Nation STEM mentoring program, volunteer since 2015.
""", kind="public-sector supervisor", format="civil-service class codes and pay grade in titles"),

rec("h10", "manufacturing", "entry", "Production Assembler (temporary, via staffing agency)", "Kayden Mbeki-Lowe", "Greenville, SC",
    ["Machine Operator", "CNC Operator Trainee", "Production Operator"], ["Greenville, SC", "Spartanburg, SC", "Anderson, SC"], False, 36000, """
Kayden Mbeki-Lowe
Greenville, SC 29605 | 864-555-0147 | kayden.mbeki.lowe@example.com

Objective
Hard-working assembler looking to go permanent as a machine operator or CNC operator trainee.
I have worked 10 months on a temp assignment and want a direct-hire job with a second or
third shift and room to learn setups.

Experience
Production Assembler (temporary) - placed by Upstate Workforce Staffing         Feb 2026 - now
Assignment: Piedmont Axle & Drivetrain, Greer, SC (2nd shift)
- Assemble gear housings on a 6-person cell, 300+ units per shift, torque checks and
  scanning each serial number into the MES.
- Cross-trained on the two Haas lathes in the cell: load/unload parts, deburr, check ODs with
  micrometers and go/no-go gauges, record SPC checks every 10 parts, change inserts when the
  lead tells me.
- Perfect attendance for 8 months; "Temp of the Quarter" in Q3.

Warehouse Associate (temporary) - placed by Upstate Workforce Staffing        Sep 2025 - Jan 2026
Assignment: Blue Ridge Fulfillment, Duncan, SC
- Picking and packing with RF scanner, cycle counts, sit-down forklift.

Cashier / Stocker - Dollar Express, Greenville, SC                            2024 - 2025

Training
- Manufacturing Production Technician short course (8 weeks, evening), Greenville Technical
  Institute, 2025: blueprint reading, measuring tools, GD&T basics, lean 5S
- OSHA 10 General Industry; forklift certified (sit-down and stand-up)

Education
High School Diploma, Southside Upstate High School, 2024

Skills
Calipers, micrometers, height gauges, reading work instructions, basic G-code (can read, not
write yet), team player, reliable transportation.
""", kind="agency temp, short career", format="conventional, agency placement lines"),

rec("h11", "manufacturing", "senior", "Quality Engineer II", "Jörg-Felix Brandstätter", "Spartanburg, SC",
    ["Senior Quality Engineer", "Supplier Quality Engineer", "Quality Engineer III"], ["Spartanburg, SC", "Greenville, SC", "Charlotte, NC"], False, 105000, """
Jörg-Felix Brandstätter
Spartanburg, SC · 864-555-0126 · joerg.brandstaetter@example.com
US permanent resident

Profile: Quality engineer with 9 years in automotive manufacturing, 5 in Germany and 4 in
South Carolina. Strong in APQP/PPAP, problem solving (8D, Shainin), IATF 16949 audits and
measurement systems. Looking for a senior or supplier quality engineering role.

Professional experience

Quality Engineer II — Carolina Powertrain Components (Tier 1), Duncan, SC            2022–present
· Owner of quality for two machining lines (aluminum housings, 1.2M parts/yr).
· Reduced internal scrap from 2.9% to 1.1% with a reaction plan and CMM-to-machine feedback.
· Run customer 8Ds for two OEMs; led PPAP for 14 new part numbers; Cpk studies and MSA/GR&R.
· Internal auditor IATF 16949 and VDA 6.3 process audits.

Qualitätsingenieur (Quality Engineer) — Südwest Präzisionsteile GmbH, Stuttgart area, Germany   2017–2022
· Line quality for injection-molded and machined parts; FMEA moderator (AIAG-VDA).
· Customer complaint handling (8D) with German OEMs; containment at supplier sites.

Werkstudent Qualitätssicherung (working student, quality assurance) — same company      2015–2017

Education
Diplom-Ingenieur (FH) equivalent / B.Eng. Maschinenbau (mechanical engineering),
Hochschule für Technik Esslingen-Neckar (fictional campus name), 2017
WES evaluation: equivalent to a U.S. Bachelor of Science in Mechanical Engineering

Certifications
ASQ Certified Quality Engineer (CQE), 2024; Six Sigma Green Belt; VDA 6.3 process auditor

Tools
Zeiss Calypso (CMM), Minitab, Q-DAS, SAP QM, Plex

Languages
German (native), English (fluent)
""", kind="trained abroad, IC specialist", format="German titles with English gloss"),

rec("h12", "education", "mid", "Adjunct Instructor of English (part-time, three colleges)", "Priya Raghunathan-Cole", "Chicago, IL",
    ["English Instructor", "Full-Time Lecturer in English", "Instructor of Composition"], ["Chicago, IL", "Evanston, IL", "Remote (US)"], True, 58000, """
Priya Raghunathan-Cole
Chicago, IL | (312) 555-0193 | priya.rcole@example.com

I teach first-year writing. For five years I have put together a full-time load out of part-time
contracts at three colleges; I am applying for full-time instructor and lecturer positions.

TEACHING EXPERIENCE
Adjunct Instructor of English, Lakefront City College, Chicago, IL          Fall 2021 - present
  English 101 and 102 (composition and research writing), 2-3 sections per term, 25 students
  each. Open-access college; many multilingual and first-generation students. Co-designed the
  department's corequisite English 101 + support lab.

Part-Time Lecturer, Department of Rhetoric, North Shore University, Evanston, IL   2022 - present
  Writing 105 (first-year seminar) one section per term; online summer section.

Adjunct Faculty, General Education, Midwest Career Institute (online), Chicago     2023 - present
  Business Communication and Professional Writing, asynchronous, Canvas, 8-week terms.

Graduate Teaching Assistant, Prairie Lakes University, Champaign, IL              2019 - 2021
  Taught my own sections of Rhetoric 105 while completing the MA.

Writing Center Tutor (part-time), Prairie Lakes University                          2018 - 2019

EDUCATION
M.A. English (Composition and Rhetoric), Prairie Lakes University, 2021
B.A. English and Psychology, Prairie Lakes University, 2018

PROFESSIONAL DEVELOPMENT
Quality Matters: Applying the QM Rubric (2023); ACUE certificate in Effective College
Instruction (2024); Illinois Writing Across the Curriculum workshop presenter, 2025

SERVICE
Adjunct representative, Lakefront City College faculty union (part-time unit), 2024-2026.
Norming and assessment committee for English 101 portfolios.
""", kind="part-time patchwork, union rep", format="'Instructor of English' (title of function)"),

rec("h13", "hospitality", "entry", "Crew Member", "Jaylen Ortiz-Beaumont", "Orlando, FL",
    ["Line Cook", "Prep Cook", "Kitchen Crew"], ["Orlando, FL", "Kissimmee, FL"], False, 31000, """
Jaylen Ortiz-Beaumont
Orlando FL 32822
407-555-0136
jaylen.ortiz.b@example.com

hi, i'm 19 and i have been working at a burger place for about 8 months. i want to move up into
a real kitchen as a prep cook or line cook and learn from a chef. i'm fast, i show up, and i
like the pressure of a rush. i can work nights, weekends and holidays.

Crew Member - Sunburst Burgers (Semoran Blvd location), Orlando FL - March 2026 to now
i started on register and drive-thru and got moved to the grill and fry station after 6 weeks.
i run the flat top on weekend rushes (about 150 tickets an hour on Saturday nights), drop fries
and tenders, build burgers to spec, and help the closing crew break down and clean. i do the
prep list in the mornings when i open: slicing tomatoes and onions, portioning, labeling and
dating everything, FIFO in the walk-in. temp logs every 2 hours. my manager trusts me to close
with the shift lead.

before that i helped my tia with her catering on weekends (quinceañeras, graduations) - i
prepped rice, beans, pernil and set up chafing dishes, about 2 years on and off, cash.

school: graduated Colonial Pines High School 2025. took culinary 1 and 2 and was in the
ProStart team our senior year (we placed 4th at the district competition).

certs: Florida food handler card (2026), ServSafe Food Handler. working on ServSafe Manager.

i have my own non-slip shoes and knife kit. reliable ride (my own car). spanish and english.
""", kind="very short career, first kitchen step", format="no headings, mostly lower-case casual writing"),

rec("h14", "legal", "entry", "Owner, Second Act Consignment (closed 2026)", "Gwendolyn Achterberg", "Omaha, NE",
    ["Legal Assistant", "Paralegal", "Litigation Legal Assistant"], ["Omaha, NE", "Council Bluffs, IA", "Lincoln, NE"], False, 46000, """
GWENDOLYN ACHTERBERG
Omaha, NE 68114  |  402-555-0159  |  gwen.achterberg@example.com

SUMMARY
Career changer. For eleven years I owned and ran a small consignment boutique; I closed it in
March 2026 and finished an ABA-approved paralegal certificate in August. I am looking for an
entry-level legal assistant or junior paralegal job, ideally in civil litigation or estate
planning, where organized and calm with upset people is worth something.

LEGAL TRAINING
Paralegal Certificate (ABA-approved, 27 credit hours), Missouri Valley Community College, 2026
Courses: civil litigation, legal research and writing (Westlaw), torts, contracts, wills,
trusts and estates, family law, legal ethics. GPA 3.9.
Practicum: Douglas County Volunteer Lawyers Project, 90 hours - intake interviews, drafted
small-claims and protection-order packets, tracked deadlines in Clio.

PREVIOUS CAREER
Owner / Manager, Second Act Consignment, Omaha, NE                               2015 - 2026
- Ran all operations of a 2,400 sq ft shop: 1,900 active consignor contracts, 2 part-time staff.
- Wrote and enforced consignor agreements and payout policies; handled a small-claims
  dispute and a lease renegotiation with counsel.
- Bookkeeping in QuickBooks, sales tax filings, payroll through a service.

Assistant Store Manager, Prairie Home Goods (retail chain), Omaha, NE           2010 - 2015

Office Clerk, Heartland Title & Escrow, Omaha, NE                               2008 - 2010
- Filed closing packets, ordered recorded deeds, typed settlement statements.

EDUCATION
B.A. Communication Studies, University of the Plains, 2008

SKILLS
Microsoft Word (pleadings templates), Excel, Clio, Westlaw, iManage basics, 70 wpm,
scheduling, notary public (Nebraska, commissioned 2026)
""", kind="small-business owner changing career", format="current title differs from target, stated in summary"),

rec("h15", "legal", "senior", "Associate General Counsel", "Desmond Okafor-Reyes", "Washington, DC",
    ["Associate General Counsel", "Senior Labor Counsel", "Senior Staff Attorney - Labor"], ["Washington, DC", "Silver Spring, MD", "Remote (US)"], True, 150000, """
DESMOND OKAFOR-REYES
Washington, DC | (202) 555-0102 | d.okafor.reyes@example.com
Admitted: District of Columbia, Maryland; U.S. Courts of Appeals for the D.C. and 4th Circuits

Union-side labor lawyer, 9 years. I advise a national union and its locals on bargaining,
arbitration, organizing and NLRB practice, and want a senior counsel role at a union, a
worker-rights nonprofit or a labor-side firm.

Associate General Counsel
International Brotherhood of Transit and Service Workers (fictional), Washington, DC   2020 - present
- First-chair 40+ labor arbitrations (discipline, contract interpretation); 70% win or
  favorable settlement.
- Filed and litigated unfair labor practice charges; ran two NLRB representation hearings.
- Advise staff on duty of fair representation, LMRDA compliance, trusteeships, and election
  rules for local officers.
- Review first contracts for newly organized units; train business agents on grievances.
- No direct reports; supervise one law clerk each summer.

Associate, Hartwell Mbatha & Sloane LLP (union-side labor firm), Baltimore, MD        2017 - 2020
- Briefs in federal court (ERISA multiemployer pension and LMRA 301 cases), arbitration briefs.

Law Clerk to the Hon. R. T. Castellanos, Maryland Court of Special Appeals          2016 - 2017

EDUCATION
J.D., cum laude, Chesapeake School of Law, 2016 - Labor & Employment Law Society president
B.A. History, Potomac College, 2013

PUBLICATIONS / SPEAKING
"Remote Work and the Community of Interest," Labor Law Journal note (2021); panelist,
regional labor-management conference 2024 and 2025.

LANGUAGES
Spanish (professional)
""", kind="union staff lawyer", format="conventional, bar admissions in header"),
]
