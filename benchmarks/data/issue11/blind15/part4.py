"""blind15 p25-p30: functional resumes without dates, LinkedIn About / third-person bios, franchise and chain-store jargon."""
from common import rec

RECORDS = [
rec("p25", "administrative", "mid", "Administrative Coordinator", "Rosalind Ebberts", "Camp Hill, PA",
    ["Medical Office Coordinator", "Administrative Assistant", "Patient Services Coordinator"], ["something in healthcare admin", "Harrisburg/Camp Hill/Mechanicsburg"],
    False, 45000, "functional / skills-based resume without dates; loose preferences", "functional (no dates)",
"""
ROSALIND EBBERTS
Camp Hill, PA 17011 | 717-555-0125 | rosalind.ebberts@example.com

OBJECTIVE
Something in healthcare admin - a doctor's office, hospital department or insurance office where my organizing skills help patients get seen. West Shore/Harrisburg. At least $45,000.

SUMMARY OF QUALIFICATIONS
Administrative professional with several years of experience keeping busy offices running. Calm on the phone, fast and accurate on the keyboard, good with schedules that keep changing.

ADMINISTRATIVE SUPPORT
- Managed calendars for 4 managers and scheduled 60+ appointments and meetings a week
- Prepared correspondence, meeting minutes and monthly reports in Word and Excel
- Ordered and tracked office supplies on a $25,000 annual budget; cut spending 12% by consolidating vendors
- Processed invoices and expense reports for approval

FRONT DESK AND SCHEDULING
- Greeted 80-120 visitors a day and handled a 6-line phone system
- Booked and confirmed appointments, sent reminders, kept the waiting list; no-shows went down after I started reminder calls
- Handled upset callers and solved billing mix-ups

RECORDS AND DATA
- Scanned and indexed 15 years of paper files into an electronic records system
- Entered data with 99% accuracy audit scores; typing 72 wpm
- Kept confidential personnel and client records (HIPAA training completed)

TEAM AND TRAINING
- Trained 5 new front-desk staff and wrote the office procedures binder
- Covered for the office manager during her leave

EMPLOYMENT HISTORY
Administrative Coordinator - Keystone Valley Insurance Agency, Camp Hill PA
Receptionist / Scheduler - Susquehanna Family Dental, Harrisburg PA
Office Assistant - Cumberland County Library System
Customer Service Associate - Riverside Savings Bank

EDUCATION AND TRAINING
Medical Office Administration certificate courses (medical terminology, insurance basics) - Harrisburg Area Technical Institute
Microsoft Office Specialist: Excel and Word

References available.
"""),

rec("p26", "social_work", "executive", "Director of Behavioral Health Services", "Evelyn Thornquist-Amadi", "West Hartford, CT",
    ["Director of Clinical Services", "Director of Behavioral Health", "Chief Clinical Officer"], ["Hartford, CT", "New Haven, CT", "Springfield, MA"],
    False, 125000, "functional resume without dates; returning after caregiving gap", "functional (no dates)",
"""
EVELYN THORNQUIST-AMADI, LCSW, DSW
West Hartford, CT 06107 | (860) 555-0126 | e.thornquist.amadi@example.com

PROFILE
Licensed clinical social worker and behavioral-health executive returning to leadership after several years as a full-time caregiver for a family member with a disability. Seeking a Director of Clinical Services / Behavioral Health or Chief Clinical Officer role in central Connecticut or western Massachusetts. $125,000 minimum.

AREAS OF LEADERSHIP

Program and Agency Leadership
- Directed behavioral health services for a multi-site community agency: outpatient, intensive outpatient, mobile crisis and school-based clinics
- Led a division of 90 staff through 6 program directors; budget of $11M
- Reported to the CEO and presented quarterly to the board's quality committee

Clinical Quality and Compliance
- Took the agency through two CARF surveys with no recommendations in clinical records
- Built a measurement-based care program (PHQ-9, GAD-7) across 7 clinics
- Chaired the critical incident and suicide-prevention (Zero Suicide) committees

Funding and Partnerships
- Wrote or co-wrote SAMHSA and state DMHAS grants totaling $6.4M
- Negotiated contracts with 3 Medicaid managed-care plans; moved 2 programs to value-based rates

Direct Practice and Supervision
- 10+ years of direct clinical work with adults and adolescents (CBT, DBT, trauma-focused)
- LCSW licensure supervisor for 20+ clinicians

CAREER BREAK
Full-time caregiver; stayed licensed (CEUs current) and served as volunteer board secretary for a parent advocacy nonprofit.

POSITIONS HELD
Director of Behavioral Health Services - Capitol Region Family & Community Services, Hartford CT
Clinical Program Director, Outpatient Services - same agency
Clinical Supervisor, Mobile Crisis - Naugatuck Valley Counseling Center
Clinician / Social Worker - New Britain Child & Family Guidance

LICENSES AND EDUCATION
LCSW, Connecticut (active) and Massachusetts (LICSW, active)
Doctor of Social Work (DSW), Nutmeg State University
MSW, Connecticut River School of Social Work
"""),

rec("p27", "marketing_communications", "executive", "VP, Marketing", "Simone Abernathy-Cho", "Chicago, IL",
    ["Chief Marketing Officer", "VP of Marketing", "Head of Marketing"], ["Chicago, IL", "remote"],
    True, 230000, "LinkedIn 'About' paragraph (first person prose, no sections)", "LinkedIn About + short experience list",
"""
Simone Abernathy-Cho
VP, Marketing at Lakefront Home Goods | Brand builder | Ex-agency | Chicago
Chicago, Illinois | simone.ac@example.com | 312-555-0127

About
I've spent 17 years turning quiet brands into ones people talk about at dinner. Right now I lead marketing at Lakefront Home Goods, a $480M direct-to-consumer and wholesale housewares company, where my team of 34 (brand, creative, performance, CRM, PR and social) owns a $38M budget. In three years we grew DTC revenue 62%, relaunched the brand without losing our loyal core, and got our first national TV spot on air for less than most companies spend on a photo shoot.

Before that I ran the Midwest consumer practice at Harlow Reed Communications, an agency where I learned that the best marketing is a clear promise kept over and over. I started in PR, writing press releases for kitchen appliances, which still makes me good at one thing many marketers aren't: saying it in one sentence.

What I care about: brand positioning that the sales team actually uses, creative that earns attention, measurement that the CFO trusts (we moved to media mix modeling in 2024), and teams where people get promoted.

I'm exploring a CMO or head-of-marketing seat at a consumer brand, ideally Chicago-based or remote-first. Happy to talk with founders and boards. My compensation floor is $230K base.

Experience
VP, Marketing - Lakefront Home Goods - 2022-present
Senior Director, Brand & Communications - Lakefront Home Goods - 2020-2022
Vice President, Consumer Practice - Harlow Reed Communications - 2015-2020
Account Supervisor / Account Executive (PR) - Harlow Reed Communications - 2009-2015

Education
B.S. Journalism, Northlake University, 2009
Board member, Chicago chapter of a women-in-marketing association
"""),

rec("p28", "manufacturing", "executive", "Plant Manager", "Raymond J. Kasprzak", "Grand Rapids, MI",
    ["Director of Manufacturing", "VP Operations", "Director of Operations"], ["West Michigan", "Grand Rapids, MI", "Midwest"],
    False, 185000, "third-person bio", "third-person bio",
"""
RAYMOND J. KASPRZAK
Grand Rapids, Michigan | 616-555-0128 | ray.kasprzak@example.com

PROFESSIONAL BIO

Ray Kasprzak is a manufacturing executive with 24 years in automotive and office-furniture production. He is currently Plant Manager of the Wyoming, Michigan facility of Lakeshore Seating Systems, a Tier 1 supplier of seat frames and mechanisms, where he leads 640 employees across three shifts and a $210M annual output. Ray reports to the Vice President of Operations and is responsible for the plant's full P&L, safety, quality and customer delivery.

Since taking over the plant in 2020, Ray has led a turnaround that cut the recordable injury rate from 4.8 to 1.1, raised OEE on the stamping and welding lines from 58% to 79%, and brought customer PPM from 310 to under 40. He launched 11 new programs for three automaker customers and led the plant through IATF 16949 recertification with zero major findings. He built a leadership team of 9 department managers and started the plant's first skilled-trades apprenticeship with a local community college.

Earlier, Ray served as Operations Manager at Grand River Office Systems (2013-2020), running assembly and paint for a 300-person furniture plant, and as Manufacturing Engineering Manager and Process Engineer at Thornapple Metal Forming (2002-2013), where he started his career programming robotic weld cells.

Ray is a Lean Six Sigma Black Belt and holds a B.S. in Mechanical Engineering from Western Lakes University and an MBA from Grand Valley Crest University. He serves on the advisory board of the Kent Manufacturing Council.

Ray is now seeking a Director of Manufacturing or VP of Operations role with a multi-plant manufacturer in West Michigan or elsewhere in the Midwest. Compensation expectations: $185,000 base or more.

CAREER SUMMARY
Plant Manager, Lakeshore Seating Systems, 2020-present
Operations Manager, Grand River Office Systems, 2013-2020
Manufacturing Engineering Manager / Process Engineer, Thornapple Metal Forming, 2002-2013
"""),

rec("p29", "hospitality", "lead", "General Manager (GM)", "DeShawn Whitfield-Ortiz", "Hoover, AL",
    ["Restaurant General Manager", "Multi-Unit Manager", "Area Coach"], ["Birmingham, AL", "Hoover", "Tuscaloosa"],
    False, 62000, "franchise / chain store jargon", "chronological",
"""
DESHAWN WHITFIELD-ORTIZ
Hoover, AL 35244 | (205) 555-0129 | deshawn.wo@example.com

Restaurant GM at a quick-service franchise, 9 years with the brand. Looking for a GM role at a high-volume unit or a step up to multi-unit / area coach. Birmingham area. $62K + bonus.

EXPERIENCE
General Manager (GM) - Bluebird Chicken (franchisee: Southern Crest Restaurant Group, 14 units), Store #2231, Hoover AL - 2021-present
- Run a $2.9M AUV drive-thru unit with 48 team members, 2 ARLs (assistant restaurant leaders) and 5 shift leaders
- OSAT up from 61% to 78% "highly satisfied"; drive-thru SOS (speed of service) down to 3:12 from 4:05 window time
- Food cost 29.8% vs. 31.5% brand target; labor 22% with proper deployment charts and SMS (shift management system) scheduling
- Passed 4 consecutive brand audits (QSC/food safety) with "A" ratings; Top GM in the franchise group 2024
- Developed 3 ARLs into GMs through the brand's RMIT (Restaurant Manager in Training) program

Assistant Restaurant Leader (ARL) - Store #2198, Bessemer AL - 2019-2021
- Ran BOH: truck orders, inventory counts, prep charts, waste log
- Opened a new-build unit as part of the NRO (new restaurant opening) team

Shift Leader / Team Member - Store #2198 - 2017-2019
- Started on fries and drive-thru headset, shift leader in 9 months

SKILLS AND TRAINING
P&L review, inventory and food cost, scheduling, hiring and onboarding, brand standards, guest recovery (LAST method)
ServSafe Food Protection Manager (2025) | Brand GM Certification Level 2 | POS: NCR Aloha, HotSchedules, CrunchTime

EDUCATION
Lawson State Valley Community College - Business Management, 30 credits
Hueytown Ridge High School, 2016
"""),

rec("p30", "logistics_supply_chain", "lead", "Executive Team Leader - Fulfillment", "Kristen Ashby-Moreau", "Greenwood, IN",
    ["Warehouse Operations Supervisor", "Distribution Center Operations Manager", "Logistics Supervisor"], ["Indianapolis, IN", "Plainfield/Greenwood", "central Indiana"],
    False, 72000, "franchise / chain store jargon (executive-sounding title below management)", "chronological",
"""
KRISTEN ASHBY-MOREAU
Greenwood, IN 46143 | 317-555-0130 | kristen.am@example.com

Executive Team Leader at a big-box retail chain, running the back room, receiving and online-order fulfillment. Want to move into a distribution center or warehouse operations supervisor/manager role in central Indiana. $72,000+.

EXPERIENCE
Executive Team Leader (ETL) - Fulfillment - Northmark Stores, Store T-1147 Greenwood IN - 2022-present
(ETL = department manager reporting to the Store Director; not a company executive)
- Lead the fulfillment department: 3 Team Leads and 38 team members across truck unload, backroom, Drive Up, Order Pickup and Ship-from-Store
- Own "flow": 4 trucks a week (2,800-3,400 cartons each), push to floor by 10 a.m., backroom location accuracy 98.7%
- Same-day digital fulfillment of 900-1,400 orders a day; on-time rate 99.1%, INF (item not found) down to 1.8%
- Scheduling and payroll budget for the department; hiring, coaching, performance reviews
- Led the Q4 peak plan: hired and trained 22 seasonal team members in 3 weeks
- Safety: cut backroom injuries to zero in 2025 after redesigning the pallet-jack lanes

Team Lead - Inbound/Backroom - Northmark Stores, Store T-1082 Plainfield IN - 2019-2022
- Ran the truck unload crew of 10, RF scanners (MyDevice), replenishment and cycle counts

Team Member - Fulfillment/Flow - Northmark Stores - 2017-2019

Seasonal Associate - Crossroads Parcel Hub, Indianapolis - Nov-Dec 2016, 2017 (sortation, loading)

SKILLS
Inventory accuracy, labor planning, WMS/handheld scanners, Excel, powered equipment (PIT-certified: reach truck, pallet jack), OSHA 10

EDUCATION
B.S. Supply Chain Management (in progress, 2027), Hoosier State Online University
A.S. Business, Ivy Ridge Community College, 2018
"""),
]
