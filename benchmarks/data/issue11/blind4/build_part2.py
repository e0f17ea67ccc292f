"""blind4 records d07-d12, written by hand."""
from common import R

RECORDS = [
R("d07", "construction", "senior", "Combination Inspector II", "Lorraine V. Whitfield", "Mesa, AZ",
  ["Senior Building Inspector", "Combination Building Inspector", "Plans Examiner", "Construction Inspector"],
  ["Mesa, AZ", "Phoenix, AZ", "Chandler, AZ", "Tempe, AZ"], False, 76000, """
LORRAINE V. WHITFIELD
Mesa, AZ 85203
480-555-0139
lwhitfield.icc@example.com

PROFESSIONAL SUMMARY
Combination building inspector with 9 years of
municipal code enforcement on residential and
commercial construction. Nine ICC certifications.
Before inspections I spent 7 years as a framing and
finish carpenter, so I know how the work is
actually built.

WORK HISTORY
City of Mesa - Development Services Department
Combination Inspector II                    2019 -
Present
 Perform 18-25 inspections/day: footings,
framing, electrical, plumbing, mechanical,
energy, and final for single-family, multifamily
and tenant improvements under the 2018 IBC/IRC
with local amendments.
 Field lead for the east district; train new
inspectors and review their correction notices.
 Investigate work-without-permit complaints and
issue stop-work orders.
 Backup plans examiner for residential additions
and pools.

Combination Inspector I                     2016 -
2019
 Residential inspections; moved to commercial
after obtaining the commercial building cert.

Lead Carpenter - Sonoran Ridge Homes, Gilbert, AZ
                                            2009 -
2016
 Production framing crews, punch-out, warranty
repairs.

CERTIFICATIONS (ICC)
Residential Combination Inspector (R5) • Commercial
Building Inspector (B2) • Commercial Electrical (E2)
• Commercial Plumbing (P2) • Commercial Mechanical
(M2) • Residential Plans Examiner (R3) • Accessibility
Inspector/Plans Examiner (21) • Permit Technician
(14) • Certified Building Official candidate

EDUCATION
A.A.S. Building Construction Technology, Mesa
Community College, 2015
OSHA 30 Construction

SOFTWARE
Accela, Bluebeam Revu, iPad field inspection app
"""),

R("d08", "engineering_architecture", "entry", "Engineering Aide", "Kenji Thibodeaux", "Baton Rouge, LA",
  ["Civil Engineer I", "Engineer Intern", "Transportation Engineer EIT", "Junior Civil Engineer"],
  ["Baton Rouge, LA", "New Orleans, LA", "Lafayette, LA", "Houston, TX"], False, 60000, """
KENJI THIBODEAUX, E.I.
Baton Rouge, LA 70808  |  225-555-0104  |  kthibodeaux@example.com

OBJECTIVE
Recent civil engineering graduate (May 2025, B.S.C.E.) with Engineer Intern certification
seeking an entry-level civil or transportation engineering position leading to PE licensure.

EDUCATION
Bachelor of Science in Civil Engineering, Louisiana State University, May 2025
GPA 3.41 - concentration in transportation and geotechnical engineering
Senior capstone: redesign of a 4-leg signalized intersection to a single-lane
roundabout; Synchro and SIDRA capacity analysis, MicroStation plan sheets, cost estimate.

CERTIFICATION
Fundamentals of Engineering (FE Civil) passed, April 2025; Engineer Intern (E.I.), Louisiana
Professional Engineering and Land Surveying Board

EXPERIENCE
Engineering Aide (student worker) - Louisiana Department of Transportation and Development,
District 61 Design Section, Baton Rouge                                   Jun 2023 - present
- Quantity take-offs and plan sheet markups for overlay and drainage projects.
- Field measurement of culverts and ditch sections; update MicroStation/OpenRoads files.
- Compiled traffic count data and crash history tables for two safety projects.
- Since graduation working full time in the same position while I look for an E.I. role.

Survey Crew Helper (summer) - Acadiana land surveying firm, Lafayette    Summer 2022
- Rod and prism work with Trimble total station, GPS control, field notes.

SKILLS
MicroStation / OpenRoads Designer, AutoCAD Civil 3D, Synchro 11, HEC-RAS (coursework),
MATLAB, Excel; soil classification and concrete cylinder testing (ASTM) lab experience.

ACTIVITIES
ASCE student chapter, concrete canoe team (hull design lead, 2024)
"""),

R("d09", "manufacturing", "mid", "Operator", "Grzegorz Nowakowski", "Grand Rapids, MI",
  ["CNC Machinist", "CNC Operator", "CNC Setup Machinist", "Machinist"],
  ["Grand Rapids, MI", "Holland, MI", "Kentwood, MI"], False, 50000, """
GRZEGORZ NOWAKOWSKI
Grand Rapids, MI 49548
tel. 616-555-0151
email: g.nowakowski@example.com

ABOUT ME
I am CNC machinist with 4 years experience in USA and 6 years in Poland before. I make set up
and run of Haas and Mazak machines, 3 axis milling and lathe. I can read blueprint and GD&T,
check parts with micrometer, calipers, height gauge. I am looking for setup machinist
position, first or second shift. My English is good for work, I am taking class in evening
for improve it.

WORK EXPERIENCE

Operator (CNC department) - Lakeshore Precision Components, Wyoming, MI
2021 - now
- Running 2 Haas VF-4 and 1 Mazak QTN 250 in same time, parts for automotive and furniture
  customers (aluminium, steel 1018, 4140).
- Doing setups myself: load tools, touch off, set offsets, first piece inspection.
- Small edits in G-code programs (feeds, speeds, offsets) with approval of programmer.
- Fill SPC sheets, 0 customer reject on my parts 2024.
- Train new operators on machine start-up and safety.

Machine Operator / Tokarz CNC - Fabryka Maszyn Rolniczych, Poznań, Poland
2014 - 2020
- Turning of shafts and bushings on CNC lathe (Fanuc control), also conventional lathe.
- Making of tool offsets and measuring of parts.

EDUCATION
Technical school (Technikum Mechaniczne), mechanic technician diploma, Poznań, 2013
Grand Rapids Community College - Machining Certificate (CNC), 2023
English as Second Language class, GRCC, 2024 - now

SKILLS
Haas, Mazak, Fanuc controls; blueprint reading; GD&T basic; micrometers, bore gauges, CMM
basic; forklift certified; 5S and lean.
Languages: Polish (native), English (intermediate), Russian (basic)
"""),

R("d10", "education", "mid", "Drill Sergeant / Senior Instructor", "Latisha M. Boatwright", "Columbia, SC",
  ["Corporate Trainer", "Training Specialist", "Instructional Designer", "Learning and Development Specialist"],
  ["Columbia, SC", "Charlotte, NC", "Remote"], True, 62000, """
LATISHA M. BOATWRIGHT
Columbia, SC 29209  *  803-555-0125  *  latisha.boatwright@example.com
LinkedIn: /in/lboatwright  *  Active Secret clearance

TRAINING AND DEVELOPMENT PROFESSIONAL
Army Sergeant First Class separating in January 2026 after 14 years of service, the last
8 in instruction. I design lessons, teach adult learners in groups of 20 to 220, measure
whether it worked, and coach other instructors. Looking for a civilian trainer or
learning and development role; completing an instructional design certificate now.

EXPERIENCE
Drill Sergeant / Senior Instructor, U.S. Army Training Center, Fort Jackson, SC   2021 - Present
- Deliver 600+ hours a year of classroom and field instruction (first aid, land
  navigation, communications, values) to basic combat training companies of 220 trainees.
- Rewrote the company's first-aid block into 6 shorter modules with hands-on checks;
  first-time pass rate on the skills test rose from 81% to 94%.
- Certify and mentor 12 new drill sergeants a year as senior instructor.

Instructor / Writer, Signal School, Fort Gordon (now Fort Eisenhower), GA            2018 - 2021
- Wrote lesson plans and tests under the Army Learning Model (ADDIE); converted two
  courses to blended delivery on Blackboard.
- Army Basic Instructor Course and Small Group Instructor Training Course graduate.

Signal Support Systems Specialist (25U), various units                              2012 - 2018
- Radio and network equipment; trained unit soldiers on new systems fielding.

EDUCATION & CERTIFICATIONS
Instructional Design Certificate (in progress, expected March 2026), University of South Carolina
B.S. Organizational Leadership, Columbia College SC, 2022 (Tuition Assistance)
Army Master Trainer (Foundation Instructor Facilitator Course), 2019
Tools: Articulate Storyline and Rise (learning), PowerPoint, Blackboard, MS Forms
"""),

R("d11", "hospitality", "lead", "Executive Housekeeper", "Consuelo Baptiste", "Orlando, FL",
  ["Executive Housekeeper", "Director of Housekeeping", "Housekeeping Manager", "Rooms Division Manager"],
  ["Orlando, FL", "Kissimmee, FL", "Tampa, FL"], False, 65000, """
CONSUELO BAPTISTE
Orlando, FL 32819 | 407-555-0193 | cbaptiste.hk@example.com

PROFILE
Housekeeping department head with 16 years in hotels, starting as a room attendant. I run
a 60-person housekeeping and laundry team, control labor and linen costs, and keep guest
cleanliness scores in the top quartile of the brand. Bilingual English/Spanish, conversational
Haitian Creole.

EXPERIENCE
Executive Housekeeper - Lakeview Grand Orlando (412-room convention hotel), International Drive
2020 - present
- Manage 2 assistant housekeepers, 5 floor supervisors, 48 room attendants and house persons,
  and the on-site laundry (6 staff); hire, schedule, coach and write reviews.
- Labor forecasting from occupancy in the property management system; hit minutes-per-room
  target of 28 while occupancy rose 11%.
- Cut linen par spend 14% with an RFID tracking pilot; renegotiated chemical contract.
- Cleanliness score on brand guest survey 91.2 (brand average 86).
- Lead for the hotel's 2022 soft-goods renovation turnover (412 rooms in 9 weeks).

Assistant Executive Housekeeper - 280-room select-service hotel, Lake Buena Vista   2015 - 2020
- Inventory, lost and found, public-area cleaning program, new-hire training.

Housekeeping Supervisor / Room Attendant - resort hotel, Kissimmee                    2009 - 2015

EDUCATION / TRAINING
Certified Executive Housekeeper (CEH), IEHA, 2019
Hospitality Management certificate, Valencia College, 2016
ServSafe, OSHA bloodborne pathogens, chemical safety (SDS) trainer

SYSTEMS
OPERA PMS, HotSOS, Optii, Kronos/UKG scheduling, Excel
"""),

R("d12", "legal", "entry", "Teacher, Grade 8 Social Studies", "Priya Raman-Castellanos", "San Antonio, TX",
  ["Paralegal", "Junior Paralegal", "Legal Assistant", "Litigation Paralegal"],
  ["San Antonio, TX", "Austin, TX"], False, 45000, """
Priya Raman-Castellanos
San Antonio, TX 78249 | 210-555-0158 | priya.rc@example.com

SUMMARY
Middle school teacher of six years moving into legal work. I completed an ABA-approved
paralegal certificate in August 2025 (legal research, civil litigation, family law,
e-filing) and a 120-hour internship at a family law firm. I bring strong writing,
deadline management, and calm communication with upset people. Seeking an entry-level
paralegal or legal assistant position.

PARALEGAL TRAINING
Paralegal Certificate (ABA-approved), Paralegal Studies Program, Alamo Heights
Community College, 2024 - Aug 2025, GPA 3.9
- Courses: Legal Research & Writing (Westlaw), Civil Litigation, Family Law, Legal
  Ethics, Texas Procedure, Contracts.
Paralegal Intern, Alamo Heights family law practice (2 attorneys)       Summer 2025
- Drafted first drafts of original petitions for divorce, inventories and
  appraisements, and discovery requests from templates for attorney review.
- Organized client document productions; calendared deadlines under the Texas Rules
  of Civil Procedure; e-filed through eFileTexas.

TEACHING EXPERIENCE
Teacher, Grade 8 Social Studies (U.S. History), Cibolo Creek ISD, Hillcrest Middle School
2019 - present
- 150 students a year; wrote unit plans and common assessments for the department.
- Teach a Constitution and courts unit, including a mock trial each spring.
- Parent communication and documentation for 504 and IEP accommodations.

EDUCATION
B.A. History, University of Texas at San Antonio, 2018
Texas Educator Certificate, Social Studies 7-12

SKILLS
Westlaw, eFileTexas, Clio (internship), Microsoft Word (pleading templates), Excel,
Google Workspace; Spanish (conversational)
"""),
]
