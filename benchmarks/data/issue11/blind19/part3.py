"""blind19 records u17-u24 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("u17", "legal", "entry", "Law Clerk", "Jonah Abernathy-Kwon", "Sacramento, CA",
    ["Associate Attorney", "Deputy District Attorney I", "Attorney I"], ["Sacramento, CA", "Davis, CA"], False, 90000,
    "6 just passed exam (bar passed, awaiting admission)", "plain chronological", """
JONAH ABERNATHY-KWON
Sacramento, CA 95816 | 916-555-0117 | jonah.ak@example.com

BAR STATUS
Passed the July 2026 California Bar Examination (results released November 2026). Moral character determination complete; swearing-in scheduled for December 2026. Not yet admitted to practice.

EXPERIENCE
Law Clerk - Caldwell Ramos Employment Law LLP, Sacramento | Jun 2025 - present (full time since graduation)
- Draft motions to compel, oppositions and meet-and-confer letters in wage-and-hour and FEHA cases
- Summarize 30+ depositions; prepare exhibit binders and witness outlines for 2 arbitrations
- Research PAGA standing and arbitration enforceability; memos to 3 partners

Certified Law Student - Criminal Defense Clinic, McGeorge School of Law | 2024 - 2025
- Appeared under supervision in 6 misdemeanor matters (arraignment, pretrial, 1 bench trial)

Judicial Extern - Hon. M. Okonkwo, Sacramento County Superior Court | Summer 2024
- Bench memos on demurrers and motions for summary judgment

Paralegal - Sierra Foothill Title Co. | 2020 - 2022
- Escrow document review, lien searches, recording

EDUCATION
J.D., University of the Pacific McGeorge School of Law, May 2026 - Law Review, staff editor; CALI award in Evidence
B.A. Political Science, UC Davis, 2020
MPRE passed 2025

SKILLS
Westlaw, Lexis, CaseMap, Relativity, Clio; legal research and writing; Korean (conversational)

PREFERENCES
First-year associate (employment or litigation) or Deputy DA / public agency Attorney I. Sacramento or Davis, in person. $90,000+.
"""),

rec("u18", "nursing", "mid", "Licensed Practical Nurse", "Tamika Broussard", "Baton Rouge, LA",
    ["Registered Nurse", "RN Med-Surg", "RN Telemetry"], ["Baton Rouge, LA"], False, 70720,
    "6 just licensed (LPN to new RN)", "plain chronological", """
TAMIKA BROUSSARD, RN
Baton Rouge, LA 70808 | 225-555-0118 | tamika.broussard@example.com

SUMMARY
LPN for 7 years on med-surg and long-term care; passed the NCLEX-RN in October 2026 after finishing an LPN-to-RN bridge program while working full time. Louisiana RN license active. Looking for my first RN position, preferably med-surg or telemetry.

LICENSES
Registered Nurse, Louisiana State Board of Nursing - October 2026
Licensed Practical Nurse, Louisiana - 2019 (active)
BLS, ACLS (2026), IV certification

EXPERIENCE
Licensed Practical Nurse - Med-Surg, Capital Parish General Hospital, Baton Rouge | 2021 - present
- 5-6 patients per shift with RN co-assignment; meds (PO, IM, SubQ), wound care, Foley, NG feeds, blood glucose and insulin
- Admission data collection and discharge teaching in Epic
- Precept new LPNs and nursing students on unit routines
- Since license: orienting to RN role on same unit, hiring pending HR posting

Licensed Practical Nurse / Charge LPN - Magnolia Oaks Nursing & Rehab, Baton Rouge | 2019 - 2021
- Medication pass for 28 residents, treatments, supervised 4 CNAs on evening shift (charge LPN)

Certified Nursing Assistant - Magnolia Oaks Nursing & Rehab | 2016 - 2019

EDUCATION
A.S.N., LPN-to-RN Bridge, Baton Rouge Community College, 2026 (evenings)
Practical Nursing Diploma, Capital Area Technical College, 2019

PREFERENCES
RN, med-surg or tele, days or nights. Baton Rouge only. $34/hr minimum.
"""),

rec("u19", "hospitality", "lead", "Helped run the restaurant with my parents", "Minh Anh Tran", "Houston, TX",
    ["Restaurant Manager", "General Manager", "Assistant General Manager"], ["Houston, TX", "Sugar Land, TX"], False, 62000,
    "7 family business", "plain chronological", """
MINH ANH TRAN
Houston, TX 77072 | 281-555-0119 | minhanh.tran@example.com

ABOUT ME
I grew up in my parents' Vietnamese restaurant on Bellaire Blvd and worked there every year since high school. My parents are retiring and selling in January 2027, so I am looking for a restaurant management job for the first time outside the family.

EXPERIENCE
Phở Sài Gòn Bellaire (family restaurant, 120 seats, ~$1.4M annual sales), Houston | 2014 - present
Helped run the restaurant with my parents, 2019 - present
- In practice I was the manager on most days: schedule for 14-18 staff (kitchen and front), hiring, training, payroll through Gusto
- Ordering from 6 vendors, food cost kept at 29-31%; weekly inventory
- Added online ordering and 3rd-party delivery (now 35% of sales); set up Toast POS in 2021
- Handled health inspections (no critical violations since 2019), Yelp/Google replies, catering orders up to 300 people
Worked the front and the register, weekends and summers, 2014 - 2019
- Server, cashier, bubble-tea station, helped in kitchen on pho broth prep

Shift Lead (part time) - Boba Cove, Sugar Land | 2017 - 2019
- Opened and closed the store, trained new hires, cash reconciliation

EDUCATION & CERTIFICATIONS
B.B.A. Management, University of Houston - Downtown, 2019
ServSafe Manager certification (renewed 2024); TABC seller-server
Languages: Vietnamese, English

PREFERENCES
Restaurant manager or AGM, full service or fast casual. Houston or Sugar Land. $62K or more.
"""),

rec("u20", "design_ux", "entry", "Helped out, then did most of the design work", "Gabriel Ostrowski", "Milwaukee, WI",
    ["Junior Graphic Designer", "Graphic Designer", "Production Artist"], ["Milwaukee, WI", "Remote"], True, 45000,
    "7 family business", "plain chronological", """
GABRIEL OSTROWSKI
Milwaukee, WI 53207 | 414-555-0120 | gabe.ostrowski@example.com | portfolio: gabeostrowski.example.com

SUMMARY
New graphic design graduate (A.A.S., May 2026). I have been laying out menus, banners and wedding invitations at my dad's print shop since I was 15, but this would be my first design job with a title and a creative director.

EXPERIENCE
Ostrowski Quick Print & Signs (family shop, 5 people), Milwaukee | 2017 - present
Helped out, then did most of the design work
- Layouts for 300+ customer jobs a year: menus, yard signs, vehicle lettering, event banners, business cards
- Fix customer files for print: bleed, CMYK conversion, outlining fonts, vector tracing of low-res logos
- Run the wide-format printer and vinyl plotter; front counter and quotes when Dad is out
- Made the shop's Instagram and a simple Squarespace site

Design Intern - Lakefront Brewery Collective marketing team, Milwaukee | Summer 2025
- Can label variations, taproom event posters, social graphics in Figma and Illustrator

Freelance - 2023 - present
- Logos and merch for 4 local bands and a youth hockey club

EDUCATION
A.A.S. Graphic and Web Design, Milwaukee Area Technical College, 2026 - Dean's list
Adobe Certified Professional: Illustrator, InDesign (2025)

SKILLS
Illustrator, Photoshop, InDesign, Figma (basic), typography, prepress, large-format print, vinyl

PREFERENCES
Junior graphic designer or production artist. Milwaukee area or remote. $45,000 minimum.
"""),

rec("u21", "public_safety", "executive", "Director of Emergency Management", "Colleen Harrigan", "Jefferson City, MO",
    ["Director of Emergency Management", "Deputy Director, State Emergency Management", "Emergency Management Director"], ["Jefferson City, MO", "Columbia, MO", "Kansas City, MO"], False, 115000,
    "8 concurrent National Guard service", "plain chronological", """
COLLEEN HARRIGAN, CEM
Jefferson City, MO 65109 | 573-555-0121 | colleen.harrigan@example.com

SUMMARY
County emergency management director and, in parallel, 22 years in the Missouri Army National Guard (currently a Sergeant Major, part time). Civilian career: 911 dispatcher to deputy director to director. Looking for a larger county, city or state emergency management leadership role.

CIVILIAN EXPERIENCE
Director of Emergency Management - Cole River County Office of Emergency Management, MO | 2020 - present
- Head of department: 2 deputy coordinators, 911 center liaison, 120 CERT volunteers; $2.1M budget incl. grants
- Led response and FEMA public assistance for the 2024 flood declaration ($18M in claims)
- Rewrote the county EOP and hazard mitigation plan; runs the county EOC during activations
- Reports to the county commission; chairs the LEPC

Deputy Director / Planner - Cole River County OEM | 2014 - 2020
Telecommunicator, later Shift Supervisor - Cole River County 911 | 2008 - 2014

MILITARY SERVICE (concurrent, drilling Guard member)
Missouri Army National Guard | 2004 - present
- Sergeant Major, Operations NCO, 35th Engineer Brigade HQ (2022 - present)
- Deployed: Kuwait 2011-2012; state active duty for 2019 Missouri River flooding and 2020 COVID response
- Drill weekends and 2-week annual training; civilian employer supports USERRA leave

EDUCATION & CERTIFICATIONS
M.S. Emergency Management, Arkansas Tech University, 2018
B.S. Criminal Justice, Lincoln University, 2008
Certified Emergency Manager (IAEM); FEMA PDS and NEMA; ICS 300/400

PREFERENCES
Emergency management director or state deputy director. Missouri (Jefferson City, Columbia, Kansas City). $115,000+.
"""),

rec("u22", "engineering_architecture", "senior", "Project Engineer III", "Marcus Delacroix-Bell", "Little Rock, AR",
    ["Senior Civil Engineer", "Senior Water Resources Engineer", "Project Engineer"], ["Little Rock, AR", "Conway, AR"], False, 100000,
    "8 concurrent Army Reserve service", "plain chronological", """
MARCUS DELACROIX-BELL, P.E.
Little Rock, AR 72205 | 501-555-0122 | marcus.dbell@example.com

SUMMARY
Civil engineer (water/wastewater and stormwater), P.E. in Arkansas and Oklahoma, 9 years in consulting. Also an officer in the U.S. Army Reserve, engineer branch, since 2015 (now Captain) - one weekend a month plus annual training; one 10-month mobilization.

EXPERIENCE
Project Engineer III - Ouachita Civil Partners, Little Rock | 2021 - present
- Design lead for lift stations, force mains and a 4 MGD wastewater plant expansion ($22M)
- Hydraulic modeling (InfoSWMM, HEC-RAS), drainage reports, plan sheets in Civil 3D; stamp my discipline sheets
- Client meetings with 5 municipal utilities; construction phase RFIs and submittals
- Mentor 2 EITs on calc packages (they report to the department manager)

Project Engineer II - Ouachita Civil Partners | 2018 - 2021
Engineer in Training - Delta Basin Engineering, Pine Bluff | 2016 - 2018 (with 2017-2018 mobilization gap)

MILITARY SERVICE (concurrent, U.S. Army Reserve)
Captain, Engineer - 489th Engineer Battalion, North Little Rock | 2015 - present
- Company commander, horizontal construction company (2023 - 2025)
- Mobilized to Poland 2017-2018: base camp road and drainage projects
- Currently battalion assistant operations officer (S3)

EDUCATION & LICENSES
B.S. Civil Engineering, University of Arkansas, 2015 (ROTC)
Professional Engineer: Arkansas (2020), Oklahoma (2022)
Envision Sustainability Professional

SKILLS
Civil 3D, InfoWater/InfoSWMM, HEC-RAS, HEC-HMS, ArcGIS, Bluebeam, AWWA/Ten States Standards

PREFERENCES
Senior civil / water resources engineer. Little Rock or Conway, must allow Reserve drill weekends. $100,000 minimum.
"""),

rec("u23", "skilled_trades", "lead", "Chief Engineer (Unlimited Horsepower), ATB Fleet", "Raymond Thibodeaux", "Mobile, AL",
    ["Chief Engineer", "Facilities Maintenance Supervisor", "Stationary Engineer Lead"], ["Mobile, AL", "Pensacola, FL"], False, 95000,
    "9 'Chief' title not an executive rung", "plain chronological", """
RAYMOND THIBODEAUX
Mobile, AL 36608 | 251-555-0123 | ray.thibodeaux@example.com

SUMMARY
Marine engineer, 18 years, the last 6 as Chief Engineer on articulated tug-barge units - on a ship "Chief Engineer" means head of the 3-4 person engine department, not a company officer. Done with 28-on/28-off rotations; looking for a shoreside chief engineer (building/plant) or maintenance supervisor job where I go home every night.

EXPERIENCE
Chief Engineer - Gulfline Marine Transport, Mobile, AL | 2020 - present
- In charge of 2 main engines (EMD 16-645, 7,200 hp total), generators, fuel, ballast and cargo pumps
- Supervise 1st Assistant Engineer and 2 oilers/QMEDs; overhaul planning and yard periods
- Planned maintenance in ShipNet, fuel and oil records, USCG and ABS inspections with zero deficiencies in 2025
- HVAC, refrigeration, boilers and electrical troubleshooting aboard with no outside help

First Assistant Engineer - Gulfline Marine Transport | 2014 - 2020
Third / Second Assistant Engineer - Bayou Offshore Supply, Fourchon, LA | 2008 - 2014
QMED Oiler - Bayou Offshore Supply | 2006 - 2008

LICENSES & CERTIFICATIONS
USCG Chief Engineer, Motor, Unlimited Horsepower; DDE Unlimited
STCW Management Level; EPA 608 Universal; Alabama Boiler Operator (applied)
Welding (stick/MIG), OSHA 10

EDUCATION
A.A.S. Marine Engineering Technology, Delgado Community College, 2006

PREFERENCES
Chief engineer for a hospital/plant, lead stationary engineer or maintenance supervisor. Mobile, AL or Pensacola. $95,000 base.
"""),

rec("u24", "sales", "mid", "Mortgage Loan Officer", "Alejandra Whitcombe", "Tampa, FL",
    ["Mortgage Loan Officer", "Loan Officer", "Retail Mortgage Loan Originator"], ["Tampa, FL", "St. Petersburg, FL"], False, 55000,
    "9 'Officer' title not an executive rung", "plain chronological", """
ALEJANDRA WHITCOMBE
Tampa, FL 33606 | 813-555-0124 | alejandra.whitcombe@example.com | NMLS #2045119

SUMMARY
Retail mortgage loan originator, 3.5 years, purchase-focused, bilingual. "Loan Officer" is the sales title in mortgage lending - I originate loans and build realtor referrals; underwriting decides. Want a lender with better rates and a stronger processing team.

EXPERIENCE
Mortgage Loan Officer - Bayshore Home Lending, Tampa | 2023 - present
- Closed 52 loans / $18.6M in 2025 (conventional, FHA, VA, DPA programs); 78% purchase
- Built referral relationships with 14 realtors and 2 builders; monthly first-time buyer seminars in English and Spanish
- Pre-approvals in Encompass, run AUS (DU/LP), structure loans, lock pricing; hand off to processing
- Pull-through rate 71% vs. branch average 58%

Loan Officer Assistant - Bayshore Home Lending | 2022 - 2023
- Collected docs, disclosures, conditions, status calls to borrowers and agents

Personal Banker - Suncoast Federal Credit Union, Brandon | 2019 - 2022
- Opened accounts, consumer and auto loan applications, cross-sold credit cards (top 10% branch sales)

EDUCATION & LICENSE
B.S. Business Administration, University of South Florida, 2019
NMLS SAFE licensed (Florida), 2022
Florida real estate sales associate license (inactive)

SKILLS
Encompass, Optimal Blue, DU/LP, Salesforce, Total Expert; FHA/VA guidelines; Spanish native

PREFERENCES
Loan officer with a retail or credit-union lender, Tampa or St. Pete. Base/draw not under $55K plus commission.
"""),
]
