"""blind18 hand-written records t25-t30."""
from common import rec

RECORDS = [
rec("t25", "nursing", "mid", "Retired (former Director of Nursing)", "Loretta Ashby-Mendoza", "Tucson, AZ",
    ["Registered Nurse (PRN)", "Staff RN, part time", "Clinic RN"], ["Tucson, AZ", "Oro Valley, AZ"], False, 62400,
    "un-retirement: retiree returning part-time at a lower rung", "chronological",
    """
LORETTA ASHBY-MENDOZA, RN, BSN
Tucson, AZ 85718 | 520-555-0125 | loretta.am@example.com

I retired in 2023 after 36 years in nursing, the last 9 as a director of nursing. I kept my Arizona RN license active and finished a 2026 RN refresher course with 80 clinical hours. I am looking for a part-time or PRN staff nurse job, 2-3 shifts a week - bedside or clinic, not management. I know how to be a good staff nurse for a younger charge nurse.

RECENT
RN Refresher Program - Pima Community College | 2026
- 120 hours theory, 80 hours precepted clinical on a med-surg unit at Tucson Mercy Desert Hospital; Epic charting
Volunteer RN - Casa de Salud free clinic, Tucson | 2024 - present
- Intake, vitals, diabetic foot checks and patient teaching one morning a week

NURSING CAREER
Director of Nursing - Saguaro Vista Post-Acute (120-bed skilled nursing) | 2014 - 2023
- Led nursing department of 95 (RNs, LPNs, CNAs); survey readiness, staffing, QAPI
Assistant Director of Nursing / MDS Coordinator - Saguaro Vista Post-Acute | 2009 - 2014
Charge Nurse, Medical-Surgical - Tucson Mercy Desert Hospital | 1996 - 2009
Staff RN, Medical-Surgical and Telemetry - Tucson Mercy Desert Hospital | 1987 - 1996

EDUCATION & LICENSE
B.S. Nursing, University of Arizona, 1987
Arizona RN license (multistate compact), active, no discipline
BLS (2026); ACLS lapsed - will renew if required

SKILLS
Med-surg assessment, wound care, diabetes education, medication administration, Epic (refresher, 2026), PointClickCare, geriatrics

PREFERENCES
Part time or PRN days, Tucson or Oro Valley. $30/hr or more. No night shifts.
"""),

rec("t26", "allied_health", "mid", "Certified Surgical Technologist", "Jamal Whitfield-Oduya", "Louisville, KY",
    ["Surgical Technologist", "Certified Surgical Technologist", "CST - Orthopedics"], ["Louisville, KY", "Southern Indiana"], False, 56160,
    "internal mobility across families at one employer", "chronological, one employer",
    """
JAMAL WHITFIELD-ODUYA, CST
Louisville, KY 40217 | 502-555-0126 | jamal.whitfield@example.com

SUMMARY
Nine years at one hospital, three different departments. I started pushing stretchers, moved into sterile processing, and the hospital paid for my surgical technology program. I have now been a certified surgical tech for 3 years, mostly orthopedics and general surgery, and I am looking for a CST job closer to home with a day-shift schedule.

ALL AT RIVER CITY MEDICAL CENTER, LOUISVILLE, KY

Certified Surgical Technologist - Main OR | 2023 - present
- Scrub for orthopedic (total joints, ORIF, arthroscopy), general and GYN cases; 6-8 cases a day
- Set up back tables and count instruments, sutures and sponges with the circulator
- Know the preference cards for 14 surgeons; trained 4 student techs during their clinical rotations
- Take call 2 weekends a month

Sterile Processing Technician II - Central Sterile Supply | 2019 - 2021
- Decontamination, assembly and sterilization (steam, Sterrad) of surgical trays
- Assembled ortho loaner sets; caught missing-instrument errors before cases
- Certified Registered Central Service Technician (CRCST), 2019

Patient Transporter - Patient Transport Services | 2017 - 2019
- Moved patients between units, imaging and the OR; became the OR's go-to transporter
- Hospital tuition program: took A&P at JCTC on nights

Surgical Technology program (hospital-sponsored, full time) | 2021 - 2023
- Associate in Applied Science, Surgical Technology, Jefferson Community and Technical College
- Clinical rotations at River City Medical Center (120+ cases)

CERTIFICATIONS
CST (NBSTSA), 2023; CRCST (HSPA), 2019; BLS

SKILLS
Orthopedic and general surgery instrumentation, sterile technique, counts, specimen handling, Epic OpTime

LOOKING FOR
Surgical tech, day shift, Louisville or Southern Indiana. $27/hr minimum.
"""),

rec("t27", "human_resources", "mid", "HR Coordinator", "Daniela Brightwater", "Kansas City, MO",
    ["HR Generalist", "Human Resources Generalist", "HR Business Partner Associate"], ["Kansas City, MO", "Overland Park, KS", "Lee's Summit, MO"], False, 60000,
    "internal mobility across families at one employer", "chronological, one employer",
    """
DANIELA BRIGHTWATER
Kansas City, MO 64111 | 816-555-0127 | d.brightwater@example.com

SUMMARY
Seven years with one regional grocery chain: cashier, customer service desk, store office, and for the last 3 years in Human Resources at the support center. I handle employee relations questions, leaves and onboarding for 11 stores. Ready for an HR generalist title.

PRAIRIE HARVEST MARKETS (58 stores, 6,400 employees)

HR Coordinator - Support Center, Kansas City, MO | 2024 - present
- First point of contact for HR questions from 11 stores (about 1,200 employees); 60-80 cases a month in ServiceNow HR
- Run FMLA and ADA leave paperwork end to end with our third-party administrator
- Sit in on and document investigations with the HR business partner; wrote 20+ investigation summaries
- Onboarding in Workday for all store hires in my region; I-9 audits, E-Verify
- Built the new-manager HR basics training and delivered it to 35 store managers

HR Assistant - Support Center | 2023 - 2024
- Personnel files, verification of employment, benefits enrollment questions, job postings

Store Office Associate - Store #14, Overland Park, KS | 2021 - 2023
- Cash office, payroll time corrections in Kronos, new-hire paperwork, scheduling help

Customer Service Desk Associate - Store #14 | 2020 - 2021
- Returns, money orders, lottery, complaints

Cashier - Store #14 | 2019 - 2020

EDUCATION
B.S. Business Administration (HR concentration), Park University, 2024 - completed online while working
SHRM Certified Professional (SHRM-CP), 2025

SKILLS
Workday HCM, ServiceNow HR, Kronos/UKG, FMLA/ADA, investigations, onboarding, I-9/E-Verify, Excel, bilingual training materials review

PREFERENCES
HR generalist in KC metro, hybrid fine. $60K minimum.
"""),

rec("t28", "administrative", "lead", "Chief Happiness Officer", "Penelope Sarkisian", "Portland, OR",
    ["Office Manager", "Workplace Manager", "Office and Facilities Manager"], ["Portland, OR", "Beaverton, OR"], False, 70000,
    "vanity titles (Chief Happiness Officer)", "chronological",
    """
PENELOPE SARKISIAN
Portland, OR 97209 | 503-555-0128 | penny.sarkisian@example.com

SUMMARY
My title is "Chief Happiness Officer" because our founder likes fun titles - I am not an executive. In plain words I am the office manager of a 140-person software company: I run the office, vendors, budget for facilities and events, and I supervise the receptionist and the facilities coordinator. Looking for an office manager or workplace manager job with a normal title.

EXPERIENCE
Chief Happiness Officer (Office Manager) - Brambleworks Software, Portland, OR | 2022 - present
- Supervise 2 people: front desk receptionist and facilities coordinator (hiring, schedules, reviews)
- Manage office operations for 2 floors: lease contacts, cleaning and security vendors, supplies, mail
- Own the $380K workplace budget (snacks, events, facilities, office equipment); came in 6% under in 2025
- Plan all-hands, quarterly offsites and the holiday party (up to 160 people)
- Coordinate calendars and travel for the CEO and CTO
- Onboarding day-one logistics for new hires: desks, badges, welcome kits

Office Coordinator - Tillamook Row Architects, Portland, OR | 2019 - 2022
- Reception, conference room scheduling, invoice processing in QuickBooks, office supply ordering

Administrative Assistant - Pacific Crest Realty | 2017 - 2019
- Listings data entry, closing files, phones

EDUCATION
B.A. Communication, Portland State University, 2017

SKILLS
Vendor management, budgets, Google Workspace, Slack, Envoy visitor system, Expensify, QuickBooks, event planning, travel booking

PREFERENCES
Portland or Beaverton, on site or hybrid. $70K or above. Not looking for HR or "people ops" roles.
"""),

rec("t29", "it_infrastructure", "mid", "Genius", "Ravi Castellanos", "Seattle, WA",
    ["Desktop Support Technician II", "IT Support Specialist", "End User Support Analyst"], ["Seattle, WA", "Bellevue, WA", "Redmond, WA"], False, 64480,
    "vanity titles (Apple 'Genius', 'Technical Expert')", "chronological",
    """
RAVI CASTELLANOS
Seattle, WA 98122 | 206-555-0129 | ravi.castellanos@example.com

SUMMARY
Four years of hands-on hardware and software troubleshooting in retail technology support, the last 2.5 years as a Genius at an Apple Store (Apple's title for a repair and technical support technician). I want to move into corporate desktop / end-user support where I can also work with Windows, Active Directory and device management.

EXPERIENCE
Genius - Apple Store, University Village, Seattle, WA | 2024 - present
- Diagnose and repair Mac, iPhone and iPad: logic board, display, battery, keyboard, storage replacements
- 15-20 support appointments a day at the Genius Bar; macOS and iOS troubleshooting, data recovery, Apple ID and iCloud issues
- Business team support: set up Apple Business Manager and MDM enrollment for small-business customers
- Apple Certified Mac Technician (ACMT) and iOS certification

Technical Expert - Apple Store, Bellevue Square | 2022 - 2024
- Front-line triage of technical issues, setup sessions, hand-off to Genius Bar

Creative / Specialist - Apple Store, Bellevue Square | 2021 - 2022

Geek Squad Agent - Best Buy, Lynnwood, WA | 2020 - 2021
- Windows PC virus removal, OS reinstalls, printer and router setup

EDUCATION
A.A.S. Network Administration, Lake Washington Institute of Technology, 2022

CERTIFICATIONS
Apple Certified Mac Technician (ACMT), CompTIA A+, CompTIA Network+, Jamf 100 (2026)

SKILLS
macOS, iOS, Windows 10/11, Jamf, Apple Business Manager, basic Active Directory and Intune (home lab), hardware repair, ticketing, customer communication

PREFERENCES
Desktop support or IT support specialist, Seattle/Bellevue/Redmond. $31/hr or $64K+.
"""),

rec("t30", "allied_health", "entry", "Personal Trainer", "Tessa Marquardt", "Omaha, NE",
    ["Physical Therapy Aide", "Rehab Technician", "Physical Therapy Technician"], ["Omaha, NE", "Council Bluffs, IA"], False, 37440,
    "fitness/coaching into healthcare support", "chronological",
    """
TESSA MARQUARDT
Omaha, NE 68106 | 402-555-0130 | tessa.marquardt@example.com

SUMMARY
Certified personal trainer for 5 years, and I coach high school volleyball. I want to move into physical therapy as a PT aide / rehab tech, and I plan to apply to PTA school next year. I already work with post-rehab clients, write exercise progressions and understand body mechanics and safe lifting.

EXPERIENCE
Personal Trainer - Lift Lab Fitness, Omaha, NE | 2022 - present
- 22-28 one-on-one sessions a week; clients 16 to 78 years old
- Post-rehab clients after PT discharge (knee and hip replacements, rotator cuff repair); follow their PT's home exercise program and send progress notes to the clinic with client permission
- Group strength classes for seniors (balance and fall prevention), 3 classes a week
- Track client measurements and programs in TrueCoach

Fitness Floor Coach - Anytime Fitness, Bellevue, NE | 2020 - 2022
- Equipment orientations, cleaning schedules, front desk coverage

Assistant Varsity Volleyball Coach - Millard North High School | 2021 - present (fall season)
- Warm-ups, conditioning plan, ankle taping under the athletic trainer's direction

Volunteer - Madonna Rehabilitation Hospital, Omaha | 2025 - present
- 4 hours a week in the outpatient gym: wipe-downs, set up equipment, escort patients

EDUCATION
B.S. Exercise Science, University of Nebraska Omaha, 2020
Prerequisites for PTA program (A&P I and II, medical terminology) completed 2025

CERTIFICATIONS
NASM Certified Personal Trainer, NASM Corrective Exercise Specialist, BLS/CPR/AED (AHA)

LOOKING FOR
PT aide or rehab tech, full time or part time, outpatient or inpatient rehab, Omaha or Council Bluffs. $18/hr or more.
"""),
]
