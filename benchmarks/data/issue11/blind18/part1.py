"""blind18 hand-written records t01-t08."""
from common import rec

RECORDS = [
rec("t01", "finance_accounting", "senior", "Vice President, Credit Underwriting", "Priya Raghunathan", "Charlotte, NC",
    ["Senior Credit Analyst", "Senior Commercial Underwriter", "Credit Officer"], ["Charlotte, NC", "Raleigh, NC"], False, 118000,
    "bank rank title (VP = senior IC)", "chronological",
    """
PRIYA RAGHUNATHAN
Charlotte, NC 28203 | 704-555-0101 | priya.raghunathan@example.com

SUMMARY
Commercial credit underwriter with 9 years in middle-market lending. At my bank "Vice President" is the band for experienced individual underwriters - I have no direct reports and I am not a business-line head. Looking for a senior underwriter or credit officer seat with a lender that still writes its own credit memos.

EXPERIENCE
Vice President, Credit Underwriting - Piedmont Federal Bank, Charlotte, NC | 2022 - present
- Underwrite $5M-$40M C&I and owner-occupied CRE relationships; 30-35 credit memos a year through senior loan committee
- Build cash-flow, global DSCR and covenant sensitivity models in Excel and Moody's CreditLens
- Risk-rate the portfolio of 41 borrowers quarterly; flagged 3 downgrades ahead of the annual review
- Review junior analysts' spreads when asked (informal; they report to the credit manager)

Assistant Vice President, Credit Analyst - Piedmont Federal Bank | 2019 - 2022
- Spread financials, wrote annual reviews and covenant compliance letters for 60+ borrowers
- Promoted from AVP band to VP band after completing the bank's credit training certification

Credit Analyst I - Blue Ridge Community Bank, Asheville, NC | 2017 - 2019
- Consumer and small-business loan analysis, SBA 7(a) packages, appraisal reviews

EDUCATION & CREDENTIALS
B.S. Finance, Appalachian State University, 2017
RMA Credit Risk Certification (CRC), 2021
Moody's Analytics commercial lending program, 2019

SKILLS
Cash-flow and global debt service analysis; loan structuring; covenant design; risk rating (dual risk rating scale); Excel, CreditLens, nCino, Abrigo Sageworks

PREFERENCES
Charlotte or Raleigh, in office 3-4 days is fine. Base not under $118K.
"""),

rec("t02", "legal", "mid", "Associate", "Jonah Feldstein", "Philadelphia, PA",
    ["Litigation Associate", "Associate Attorney", "Assistant General Counsel"], ["Philadelphia, PA", "Wilmington, DE"], False, 150000,
    "law-firm 'Associate' rank (mid attorney)", "chronological",
    """
JONAH FELDSTEIN
Philadelphia, PA 19103 | 215-555-0102 | jfeldstein@example.com
Admitted: Pennsylvania (2023), New Jersey (2023), E.D. Pa., D.N.J.

EXPERIENCE
Associate - Harcourt Pell & Lisowski LLP, Philadelphia, PA | Sept 2023 - present
Commercial litigation group (third-year associate, class of 2023)
- Draft motions to dismiss, summary judgment briefs and discovery motions in federal and state court; 6 briefs filed in 2026 as principal drafter
- Took 9 depositions and defended 4 (fact witnesses, two corporate designees)
- Manage document review for a 1.2M-document contract dispute: review protocol, privilege log, supervise 5 contract attorneys on the review platform
- Second chair on a 6-day jury trial (breach of warranty, verdict for client, 2025)
- Pro bono: 3 protection-from-abuse hearings through the Philadelphia VIP program

Summer Associate - Harcourt Pell & Lisowski LLP | Summer 2022
- Research memos on economic loss doctrine, personal jurisdiction, arbitration clauses

Judicial Extern - Hon. R. Castellano, U.S. District Court, E.D. Pa. | Spring 2022
- Bench memos on 12 civil motions

Paralegal - Quinlan Estate Law, Cherry Hill, NJ | 2018 - 2020
- Probate filings and estate inventories before law school

EDUCATION
J.D., cum laude, Temple University Beasley School of Law, 2023 - Temple Law Review, staff editor
B.A. History, Rutgers University, 2018

SKILLS
Federal civil procedure, motion practice, depositions, e-discovery (Relativity), Westlaw, Lexis

LOOKING FOR
A mid-level litigation associate role at a smaller firm or an in-house litigation spot. Philly or Wilmington; not remote. Comp at least $150K base.
"""),

rec("t03", "software_engineering", "senior", "Member of Technical Staff III", "Arturo Villanueva", "San Jose, CA",
    ["Senior Software Engineer", "Senior Backend Engineer", "Senior Distributed Systems Engineer"], ["San Jose, CA", "Bay Area", "Remote (US)"], True, 190000,
    "'Member of Technical Staff' rank", "chronological",
    """
ARTURO VILLANUEVA
San Jose, CA | 408-555-0103 | arturo.v@example.com | github.com/aville-example

Member of Technical Staff III - Corvane Networks, San Jose, CA | 2021 - present
(MTS I-V ladder; MTS III = senior individual engineer, no people management)
- Own the config-distribution service that pushes policy to 40K edge appliances; Go, gRPC, etcd, Kafka
- Cut p99 push latency from 14 s to 1.8 s by replacing fan-out polling with a watch-based stream
- Designed the canary rollout controller; config-caused incidents dropped from 11 to 2 per quarter
- Lead design reviews for my area, mentor 2 MTS I engineers, on-call rotation (1 week in 6)

Member of Technical Staff II - Corvane Networks | 2018 - 2021
- Built the REST/gRPC gateway for the management plane; Python to Go migration of 3 services
- Wrote the integration test harness (pytest + Docker Compose) still used in CI

Software Engineer - Lumiq Data, Santa Clara, CA | 2016 - 2018
- Java/Spring ingestion services, PostgreSQL, first Kubernetes deployment at the company

EDUCATION
M.S. Computer Science, San Jose State University, 2016
B.S. Computer Engineering, Cal Poly Pomona, 2014

SKILLS
Go, Python, Java, gRPC, Kafka, etcd, PostgreSQL, Kubernetes, Terraform, Prometheus/Grafana, distributed consensus, API design

WHAT I WANT
Senior backend / distributed systems IC role. Not looking for management. Bay Area hybrid or US remote. $190K base minimum.
"""),

rec("t04", "hospitality", "lead", "Tournant", "Marisol Etxeberria", "Chicago, IL",
    ["Sous Chef", "Executive Sous Chef", "Kitchen Manager"], ["Chicago, IL"], False, 64000,
    "kitchen jargon titles (tournant, expo, garde manger)", "chronological",
    """
MARISOL ETXEBERRIA
Chicago, IL 60622 | 312-555-0104 | marisol.etx@example.com

PROFILE
Nine years on the line in scratch kitchens. For the last two years I have been the tournant at a 140-cover restaurant, which means I cover every station and run the pass as expo when the chef de cuisine is off. Ready for the sous chef title: I already write the prep lists, do the schedule for 11 cooks on the CDC's days off, and train every new hire.

EXPERIENCE
Tournant / Expo - Brasserie Calloway, Chicago, IL | 2024 - present
- Cover saute, grill, garde manger and pastry; run expo 3-4 nights a week (call tickets, fire tables, hold the window)
- Build the weekly schedule for 11 line and prep cooks when the CDC is out; handle call-offs
- Trained 8 new cooks on stations; wrote the station guides now posted on the line
- Ordering for protein and dairy (about $9K/week) with two vendors; weekly inventory
- Cut food cost from 33% to 29.5% by reworking the staff-meal and trim program

Chef de Partie (Saute) - Tavola Nera, Chicago, IL | 2021 - 2024
- Ran the saute station and one commis; prepped 4 pastas and 3 sauces daily

Garde Manger / Commis - Hotel Marchetti, Chicago, IL | 2019 - 2021
- Cold apps, charcuterie and banquet plating for events up to 300

Prep Cook / Dishwasher - Oak & Ember, Evanston, IL | 2017 - 2019

CERTIFICATIONS
ServSafe Food Protection Manager (2024), Chicago Food Handler, Allergen Awareness

EDUCATION
Culinary Arts certificate, Washburne Culinary & Hospitality Institute, 2019

WANT
Sous chef or executive sous in Chicago, full time, $64K+ salary. Not interested in hotel banquets again.
"""),

rec("t05", "construction", "lead", "Toolpusher", "Wade Harlan Boudreaux", "Midland, TX",
    ["Construction Superintendent", "Site Superintendent", "Field Superintendent"], ["Midland, TX", "Odessa, TX", "Lubbock, TX"], False, 110000,
    "oilfield jargon titles (roughneck, motorman, driller, toolpusher)", "chronological",
    """
WADE BOUDREAUX
Midland, TX | 432-555-0105 | wade.boudreaux@example.com

Rig floor to rig manager in 15 years. Rigs are stacking again and I want to move my crew-running experience into commercial / industrial construction as a site superintendent. I have run 2 crews of 5 on 12-hour hitches with zero lost-time incidents and managed the location with the company man and a dozen third-party contractors.

WORK HISTORY
Toolpusher (Rig Manager) - Caprock Drilling, Rig 27 | 2019 - 2026
- In charge of the rig and 24 hands across 2 hitches: drillers, derrickhands, motormen, floorhands
- Rig moves every 3-5 weeks: planned the move with trucking and crane contractors, rig-up schedule, pad layout
- Daily IADC reports, cost tracking vs AFE with the company man (operator's rep), PO approvals to $25K
- Ran the JSA and pre-tour safety meetings; rig went 1,100 days without a recordable
- Hired and trained green hands; wrote the rig's orientation checklist

Driller - Caprock Drilling | 2015 - 2019
- Ran the brake and drawworks, supervised a 4-man floor crew per tour, well control on tour

Derrickhand / Motorman - Permian Star Drilling | 2012 - 2015

Roughneck (Floorhand) - Permian Star Drilling | 2011 - 2012

TRAINING
IADC WellSHARP Supervisor level, OSHA 30 Construction, SafeLand, H2S Alive, First Aid/CPR, Class A CDL
Currently taking a construction scheduling course (Primavera P6) at Midland College

WHAT I AM LOOKING FOR
Superintendent or assistant superintendent on industrial, tilt-wall or site-work jobs. Permian Basin or Lubbock. Need $110K or better; can do rotations.
"""),

rec("t06", "skilled_trades", "mid", "Maintanence Techncian II", "Dale Okonkwo-Reese", "Dayton, OH",
    ["Maintenance Technician", "Industrial Maintenance Mechanic", "Maintenance Electrician"], ["Dayton, OH", "Springfield, OH"], False, 58240,
    "misspellings and typos throughout, including titles", "chronological",
    """
DALE OKONKWO-REESE
Dayton OH 45414 | 937-555-0106 | daleokreese@example.com

OBJECTIVE
Looking for a industral maintanence job on 1st or 2nd shift. 4 years hands on, good with PLC troubleshooting and hydralics. $28/hr or better.

EXPERIANCE
Maintanence Techncian II - Miami Valley Packaging, Dayton OH | 2023 - presant
- Trouble shoot and repair corrugators, die cutters, folder gluers, conveyers
- Read electical prints and ladder logic (Allen Bradley) to find faults, swap sensors, prox switchs, VFDs
- Rebuild gearboxes, change bearings and chains, aline shafts
- Preventive maintanence work orders in eMaint, 95% PM completion
- Wire 480V 3 phase motors under the Electritian on shift, 120V controls on my own

Maintanence Techncian I - Miami Valley Packaging | 2022 - 2023
- PMs, greasing routes, hydralic hoses, forklift repairs

General Laborer / Machine Helper - Buckeye Molded Products, Vandalia OH | 2020 - 2022
- Ran injection molding presses, helped setup techs with mold changes

EDUCATION / TRAINING
Industrial Maintanence Technology certifcate, Sinclair Community Collage, 2022
NFPA 70E arc flash training, Lockout/Tagout authorized, Forklift certifed
High school diploma, Belmont HS

SKILLS
PLC (Allen Bradley RSLogix 500/5000), motor controls, VFDs, hydralics, pnuematics, welding (MIG, stick), precision alignment, schematics
"""),

rec("t07", "administrative", "entry", "Front Desk Receptionst", "Kiara Winslow", "Memphis, TN",
    ["Receptionist", "Administrative Assistant", "Office Assistant"], ["Memphis, TN", "Germantown, TN"], False, 33280,
    "misspellings and typos throughout", "chronological",
    """
KIARA WINSLOW
Memphis, TN 38118 | 901-555-0107 | kiarawinslow@example.com

SUMMERY
Freindly and organized person with 1 year of front desk experiance at a busy clinic. Looking for a full time receptionist or administrative asistant job where I can grow. Great with phones, scheduling and Microsoft Ofice.

WORK EXPERIANCE
Front Desk Receptionst - Southaven Family Chiropractic, Memphis, TN | Oct 2025 - present
- Answer multi line phones, about 80 calls a day, schedule and reschedule appointmants
- Check in patients, scan insurence cards, collect copays and balance the cash drawer at close
- Keep the waitting room and front desk clean and stocked
- Scan and file paper records into the EHR, helped finish back scanning of 3 years of charts
- Send appointmant reminder texts and confirm next days schedule

Cashier - Kroger, Memphis, TN | 2023 - 2025
- Register, self checkout attendent, returns, helped at customer service desk on weekends

Babysitter / Nanny (part time) - private familys | 2021 - 2023

EDUCATION
High School Diploma - Hillcrest High School, 2023
Microsoft Office Specialist: Word (2025)
Currently taking Business Office Technology classes at Southwest Tennessee Comunity College (nights)

SKILLS
Typing 52 wpm, Word, Excel basic, Outlook, Google Calender, scheduling software, cash handling, customer servise

AVAILABILTY
Full time Monday - Friday. I can do Saturdays. Need at least $16 a hour. Memphis or Germantown, I have my own car.
"""),

rec("t08", "social_work", "executive", "Executive Director", "Bernadette Quaid", "Providence, RI",
    ["Executive Director", "Director of Behavioral Health", "Chief Program Officer"], ["Providence, RI", "Boston, MA", "Worcester, MA"], False, 135000,
    "no dates anywhere (older worker)", "chronological, no dates",
    """
BERNADETTE QUAID, LICSW
Providence, RI | 401-555-0108 | bquaid@example.com

LEADERSHIP PROFILE
Licensed independent clinical social worker and nonprofit executive. I have led community behavioral health and family services agencies through growth, a merger and a state contract rebid. Seeking an executive director or chief program officer role with a mission-driven human services organization in Southern New England.

EXPERIENCE
Executive Director - Harborlight Family Services, Providence, RI
- Lead a $14M agency with 160 staff: outpatient counseling, foster care case management, home-based family therapy, a youth crisis stabilization program
- Report to an 11-member board; 5 directors report to me (clinical, child welfare, finance, HR, development)
- Won the state DCYF family preservation contract rebid; added two new service lines
- Took the agency through CARF re-accreditation with no conformance findings

Director of Clinical Services - Blackstone Valley Community Counseling, Pawtucket, RI
- Oversaw 4 outpatient clinics, 45 clinicians, supervision structure and licensure tracking
- Built the agency's trauma-focused CBT training pipeline; 30 clinicians certified

Clinical Supervisor, Child and Family Program - Blackstone Valley Community Counseling
- Supervised 8 clinicians and interns; carried a small caseload

Clinical Social Worker - Narragansett Child Guidance Center
- Individual and family therapy for children and adolescents; school consultation

Child Protective Investigator - State of Rhode Island, Department of Children, Youth and Families

EDUCATION & LICENSURE
M.S.W., Boston College School of Social Work
B.A. Psychology, Providence College
LICSW, Rhode Island and Massachusetts; Certified in TF-CBT

BOARD & COMMUNITY
Board member, Rhode Island Coalition of Children and Families; field instructor for MSW students

PREFERENCES
Executive director / CPO, RI or Boston-Worcester area. $135K minimum.
"""),
]
