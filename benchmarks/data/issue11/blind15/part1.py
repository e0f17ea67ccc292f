"""blind15 p01-p08: military-to-civilian, healthcare travelers, product/brand-name titles."""
from common import rec

RECORDS = [
rec("p01", "skilled_trades", "mid", "Wheeled Vehicle Mechanic (91B), SGT", "Marcus Okafor", "Killeen, TX",
    ["Diesel Mechanic", "Heavy Equipment Mechanic", "Fleet Technician"], ["Central Texas", "anything within an hour of Killeen"],
    False, 58240, "military-to-civilian (MOS, NCO rank); loose preferences", "chronological",
"""
MARCUS OKAFOR
Killeen, TX 76542 | 254-555-0101 | marcus.okafor@example.com
Transitioning Soldier - ETS date March 2027 - SkillBridge eligible Jan 2027

WHAT I WANT: anything diesel or heavy equipment, not a car dealership. Fleet shop, construction equipment or trucking. $28/hr or better.

U.S. ARMY - 2019 to present
Wheeled Vehicle Mechanic (MOS 91B), Sergeant (E-5)
Forward Support Company, 1st Bn, Fort Cavazos, TX
- Team leader over 3 mechanics (PVT-SPC) in a 14-bay motor pool; I sign off their work orders in GCSS-Army
- Diagnose and repair diesel engines, Allison transmissions, air brakes, CTIS and hydraulics on HMMWV, FMTV (LMTV/MTV) and M1120 HEMTT LHS
- Run services on 40+ vehicles per quarter (semi-annual/annual PMCS), keep fleet at 92% operational readiness
- Use STE-ICE-R and VCMT laptop diagnostics, read wiring schematics, troubleshoot J1939 fault codes
- Recovery operations with M984 wrecker; licensed on vehicles up to 5-ton with trailer
- Deployed Poland 2023 (9 months): kept a 60-vehicle convoy package running in winter conditions

Wheeled Vehicle Mechanic, Specialist (E-4) - 2019 to 2022, same unit
- Learned the trade at AIT (Fort Leonard Wood, 13 weeks), then hands-on in the motor pool
- Pulled and replaced engine/transmission packs; brake, suspension, cooling-system repairs

CIVILIAN TERMS (what that means)
NCO = supervisor rank; team leader = working lead over 3 people. PMCS = preventive maintenance. GCSS-Army = the shop's work-order and parts system (like a CMMS).

CERTS / TRAINING
- ASE Medium/Heavy Truck T2 (Diesel Engines) and T4 (Brakes) - passed 2025 through Army COOL
- EPA 608 Type I
- Basic Leader Course (BLC) 2022 - Commandant's List
- Class A CDL permit (will complete CDL training through SkillBridge)

EDUCATION
Harker Heights High School, 2018
Central Texas College - 12 credit hours, Diesel Technology (evenings)

Own hand tools. Secret clearance (active). Honorable service, no profiles.
"""),

rec("p02", "public_safety", "lead", "Master-at-Arms First Class (MA1), LPO", "Renata Solis-Brandt", "Norfolk, VA",
    ["Security Supervisor", "Security Shift Supervisor", "Physical Security Manager"], ["Hampton Roads, VA", "Virginia Beach"],
    False, 72000, "military-to-civilian (Navy rating, NEC, petty officer)", "chronological",
"""
RENATA SOLIS-BRANDT
Norfolk, VA 23503 | (757) 555-0102 | rsolisbrandt@example.com

Navy Master-at-Arms (law enforcement and force protection) retiring after 20 years. Seeking a security supervisor or site security manager role in Hampton Roads. Salary $72,000+.

MILITARY EXPERIENCE - UNITED STATES NAVY, 2007-2027

Master-at-Arms First Class (MA1/E-6), Leading Petty Officer - Security Department, Naval Station Norfolk, 2021-present
- LPO for a 34-person watch section: build the watch bill, run guard mount, write evaluations for 9 second and third class petty officers
- Supervise gate access control for 11,000 daily entries, vehicle inspections and base patrol
- Watch Commander on nights: first responder to incidents, write incident reports (NCIS/Security blotter), coordinate with Norfolk PD and base fire
- Antiterrorism Training Supervisor (ATTS): planned 6 base-wide drills per year, active-shooter and bomb-threat scenarios
- Cut overtime 18% by redesigning a 3-section rotation

MA1/MA2 - Anti-Terrorism/Force Protection, USS Harrier Point (LHD), 2015-2021
- Ran the ship's armory (300+ small arms, zero discrepancies on 3 inspections)
- Pier sentry and in-port security supervisor; small-arms instructor (NEC 0812)

MA3/MA2 - Naval Support Activity Bahrain and NAS Key West, 2007-2015
- Patrol, K-9 handler support, evidence custody, traffic accident investigation

NEC CODES / QUALIFICATIONS
- NEC 0812 Small Arms Marksmanship Instructor; NEC 2005 Master-at-Arms
- Navy Security Force Sentry, Watch Commander and Antiterrorism Officer (Level II) qualified
- Virginia DCJS unarmed/armed security officer registration (in progress)
- CPR/AED/First Aid instructor

EDUCATION
B.S. Criminal Justice, Old Dominion Crest University (online), 2019
Senior Enlisted Academy correspondence course (SEA), 2023

Secret clearance. Navy and Marine Corps Achievement Medal (3).
"""),

rec("p03", "it_infrastructure", "senior", "Cyber Defense Operations NCO (1D7X1), TSgt", "Devon Achterberg", "Colorado Springs, CO",
    ["Senior Network Administrator", "Senior Systems Administrator", "Network Security Engineer"], ["Colorado Springs, CO", "Denver, CO", "remote"],
    True, 105000, "military-to-civilian (AFSC, TSgt)", "chronological",
"""
DEVON ACHTERBERG
Colorado Springs, CO | 719-555-0103 | devon.achterberg@example.com | TS/SCI (active)

Air Force Technical Sergeant with 11 years running classified and unclassified networks. Separating Aug 2027. Looking for senior network or systems administrator work in Colorado or remote; $105K minimum.

U.S. AIR FORCE
Cyber Defense Operations NCO, AFSC 1D7X1 (formerly 3D0X2/3D1X2), TSgt (E-6)
21st Communications Squadron, Peterson SFB, CO - 2022 to present
- NCOIC of Network Infrastructure: 6 Airmen, 2 contractors; ~4,200 users across 3 enclaves (NIPR/SIPR/JWICS)
- Administer Cisco Catalyst 9300/9500, Nexus core, Palo Alto firewalls; planned and executed a 40-building switch refresh with zero mission outage
- Windows Server 2019/2022, Active Directory, Group Policy, SCCM/MECM patching; STIG compliance raised from 81% to 97%
- Led ACAS/Tenable vulnerability remediation for the wing; co-wrote the RMF package that got a 3-year ATO
- Tier 3 escalation for the base help desk

Client Systems / Cyber Transport, SSgt (E-5) - Ramstein AB, Germany - 2018 to 2022
- VMware vSphere cluster admin (12 hosts), Linux (RHEL) servers, backups with Veeam
- Fiber and copper installs, tactical SATCOM kits during 2 exercises

Client Systems Technician, A1C/SrA - Offutt AFB, NE - 2015 to 2018
- Help desk tier 1-2, imaging, account management, printer hell

HOW THE RANKS TRANSLATE
TSgt = section supervisor / senior technician; NCOIC = person in charge of a work center (here 8 people).

CERTIFICATIONS
CCNP Enterprise (2024) | CompTIA Security+ CE, CySA+ | Microsoft Azure Administrator (AZ-104) | ITIL 4 Foundation

EDUCATION
A.A.S. Information Systems Technology, Community College of the Air Force, 2018
B.S. Cybersecurity (in progress, 96/120 credits), Front Range Polytechnic Online
"""),

rec("p04", "engineering_architecture", "executive", "Commanding Officer, Public Works Department (CDR, CEC)", "Thomas Hale Whitcombe", "San Diego, CA",
    ["Director of Facilities Engineering", "Public Works Director", "Director of Capital Projects"], ["San Diego, CA", "Southern California", "Pacific Northwest"],
    False, 190000, "military-to-civilian (officer corps, O-5)", "chronological",
"""
THOMAS HALE WHITCOMBE, P.E.
San Diego, CA 92106 | 619-555-0104 | t.whitcombe@example.com

Navy Civil Engineer Corps officer (Commander, O-5) retiring in 2027 after 22 years of planning, designing and running public works for military installations. Targeting director-level facilities engineering, public works or capital-program roles. Salary floor $190,000.

NAVAL FACILITIES ENGINEERING SYSTEMS COMMAND (NAVFAC)

Commanding Officer / Public Works Officer, NAVFAC Southwest - Public Works Department Coronado, 2023-present
- Head of a 610-person department (civilian engineers, trades shops, contracting staff) serving 4 installations
- $310M annual execution: facilities sustainment, restoration and modernization; utilities; environmental compliance
- Reports to the Regional Engineer (Senior Executive Service); rated top 1 of 9 commanding officers
- Delivered a $92M pier replacement and a $41M microgrid on schedule; cut backlog of maintenance by 23%

Executive Officer, Naval Mobile Construction Battalion (Seabees), 2020-2023
- Second in command of 700 Seabees; construction projects in Guam, Japan and Djibouti

Resident Officer in Charge of Construction (ROICC), Naval Station Norfolk, 2016-2020
- Managed design-build contracts totaling $260M; led 45 engineers and construction reps

Assistant Public Works Officer / Project Engineer, 2005-2016 (Pearl Harbor, Rota Spain, Port Hueneme)

WHAT THE TITLES MEAN: Public Works Officer = city public works director equivalent for a base; Executive Officer = deputy/chief operating officer of a battalion.

LICENSES AND EDUCATION
Professional Engineer (Civil), California and Virginia | LEED AP BD+C | DAWIA Facilities Engineering Level III
M.S. Civil Engineering (Construction Engineering & Management), Harbor State University, 2012
B.S. Civil Engineering (NROTC scholarship), Midland Technological University, 2005
"""),

rec("p05", "nursing", "mid", "Travel RN - ICU", "Brianna Kowalczyk", "Tucson, AZ",
    ["Staff RN - ICU", "Critical Care Registered Nurse"], ["somewhere warm", "Arizona or New Mexico", "Tucson"],
    False, 93600, "healthcare traveler (many short contracts); loose preferences", "chronological",
"""
BRIANNA KOWALCZYK, RN, BSN, CCRN
Home base: Tucson, AZ | 520-555-0105 | bri.kowalczyk@example.com
Compact license (AZ multistate) + CA and OR single-state

Done traveling. I want a permanent staff ICU job somewhere warm - Arizona or New Mexico ideally. Nights OK. Need $45/hr base.

TRAVEL CONTRACTS (agency: Sunbelt Clinical Staffing, unless noted)
MICU, Desert Palms Regional, Phoenix AZ - 13 wks - Jun-Sep 2026 (extended 4 wks)
CVICU, St. Aldric Medical Center, Portland OR - 13 wks - Feb-May 2026
Neuro ICU, Mission Verde Hospital, Fresno CA - 13 wks - Oct 2025-Jan 2026 (Harbor Nurse Partners)
COVID/MICU surge, Lakeshore General, Gary IN - 8 wks - Jul-Aug 2025
SICU, Coastal Plains Medical, Corpus Christi TX - 13 wks - Mar-Jun 2025
MICU, Red Mesa Health, Albuquerque NM - 13 wks x2 - Jul 2024-Jan 2025
Float pool ICU/stepdown, Three Rivers Health System, Pittsburgh PA - 13 wks - Mar-Jun 2024
MICU, Good Harbor Hospital, Savannah GA - 13 wks - Oct 2023-Jan 2024

STAFF POSITION
Staff RN, Medical ICU, Ohio Lakes University Medical Center, Toledo OH - 2020-2023
- 24-bed MICU: vented patients, pressors, CRRT, proning; preceptor for 6 new grads
- Unit skills champion for arterial lines and CRRT

WHAT I BRING
- Walk onto a new unit and take a 2-patient ICU assignment on day one
- Charted in Epic, Cerner and Meditech
- CRRT, Impella basics, TTM, EVD care, massive transfusion
- Floated to ED holds and stepdown when needed

CERTIFICATIONS
CCRN (AACN) 2022 | BLS, ACLS, PALS | NIHSS | TNCC

EDUCATION
BSN, Maumee Valley College of Nursing, 2020
"""),

rec("p06", "allied_health", "senior", "Travel Respiratory Therapist", "Kwame Asante-Reyes", "Louisville, KY",
    ["Senior Respiratory Therapist", "Respiratory Therapist III", "Lead Respiratory Therapist"], ["Louisville, KY", "Lexington, KY", "Cincinnati, OH"],
    False, 79040, "healthcare traveler (many short contracts)", "chronological",
"""
KWAME ASANTE-REYES, RRT-ACCS, RRT-NPS
Louisville, KY 40205 | (502) 555-0106 | k.asante.reyes@example.com

Registered Respiratory Therapist, 9 years, the last 4 on travel contracts. Looking to settle near family in Louisville or within 2 hours. Senior/level III RT or advanced practice RT role; $38/hr minimum.

TRAVEL ASSIGNMENTS (TrueCourse Medical Staffing)
2026 - Adult ICU/ECMO, Bluegrass Heart Institute, Lexington KY (13 wks)
2025/26 - NICU/PICU, Children's of the Ozarks, Springfield MO (13 wks + 8 ext.)
2025 - Adult ICU, Prairie Sky Medical Center, Omaha NE (13 wks)
2025 - ED + floors, Northgate Health, Indianapolis IN (8 wks, crisis rate)
2024 - Adult ICU, Chattahoochee Regional, Columbus GA (13 wks)
2024 - NICU Level IV, Mercy Lakes Children's, Milwaukee WI (13 wks)
2023 - Adult ICU/burn, Great Plains Burn Center, Wichita KS (13 wks x2)
2022/23 - Rapid response/ICU, River Junction Hospital, Memphis TN (13 wks)

STAFF HISTORY
Respiratory Therapist II, Ohio Valley Medical Center, Louisville KY - 2017-2022
- Level II Trauma Center, 28 ICU beds; charge therapist on weekends (schedule, assignments for 6 RTs)
- Ventilator management (Servo-u, Hamilton G5), HFOV, NAVA, nitric oxide, bronchoscopy assist
- Built the department's protocol-driven weaning checklist: median vent days down 0.8
- Precepted 11 students from the local RT program

CLINICAL SKILLS
Adult, pediatric and neonatal ventilation; ECMO circuit support; transport; arterial blood gas sampling and analysis (i-STAT, RAPIDPoint); PFTs; ABG competency proctor.

CREDENTIALS
NBRC: RRT, ACCS, NPS | Kentucky RT license, plus IN, OH, TN | BLS, ACLS, PALS, NRP, S.T.A.B.L.E.

EDUCATION
A.A.S. Respiratory Care, Jefferson Falls Community & Technical College, 2017
B.S. Health Sciences (online), Kentucky Commonwealth University, 2021
"""),

rec("p07", "data_analysis", "senior", "Epic Clarity/Cogito Analyst", "Priya Raghunathan", "Madison, WI",
    ["Senior BI Analyst", "Senior Healthcare Data Analyst", "Senior Reporting Analyst"], ["Madison, WI", "Milwaukee, WI", "remote"],
    True, 112000, "product/brand-name title", "chronological",
"""
PRIYA RAGHUNATHAN
Madison, WI | 608-555-0107 | priya.r@example.com | linkedin.com/in/example-priya-r

Epic Clarity/Caboodle Data Model and Cogito certified. 8 years building reporting for a health system. Looking for a senior BI or healthcare data analyst role - remote preferred, Madison/Milwaukee hybrid OK. $112K+.

EXPERIENCE
Epic Cogito Analyst II - Badger Lakes Health (6 hospitals, 80 clinics), Madison WI - 2021-present
- Own the Caboodle data warehouse extracts for ambulatory and revenue cycle; ~140 SQL Server stored procedures and SSIS packages
- Built the system's quality-measure dashboards (HEDIS, CMS Stars) in Tableau and Epic Radar; used by 300+ managers
- Rewrote 30-day readmission logic; now matches the CMS method within 0.3%
- Write Clarity SQL for research data requests (IRB-approved), de-identify per HIPAA Safe Harbor
- Mentor 2 junior report writers; lead analyst on the SlicerDicer rollout

Epic Reporting Analyst (Clarity/Reporting Workbench) - Badger Lakes Health - 2018-2021
- Reporting Workbench templates and Radar dashboards for nursing and pharmacy
- Built the COVID daily census extract to the state in 3 days

Data Analyst - Lakeland Physician Group (billing office) - 2016-2018
- Excel/Access reports on denials and A/R; first SQL work

SKILLS
SQL (T-SQL, expert), Python (pandas), Tableau, Power BI, SSIS/SSRS, Epic Clarity, Caboodle, Cogito, Radar, SlicerDicer, Reporting Workbench; statistical process control charts; basic R

CERTIFICATIONS
Epic Clarity Data Model - Ambulatory, Cogito Fundamentals, Caboodle Data Model (all current)
Tableau Desktop Specialist

EDUCATION
B.S. Statistics, University of Northwoods, 2016
"""),

rec("p08", "it_infrastructure", "mid", "Salesforce Admin", "Jordan Feliciano", "Providence, RI",
    ["Salesforce Administrator", "CRM Administrator", "Systems Administrator"], ["Providence, RI", "Boston, MA", "remote"],
    True, 78000, "product/brand-name title", "chronological",
"""
JORDAN FELICIANO
Providence, RI | (401) 555-0108 | jfeliciano@example.com

Salesforce Admin | 2x Salesforce Certified | Nonprofit Success Pack

Salesforce Administrator with 4 years running a 120-user org for a nonprofit. Want a Salesforce/CRM admin or systems admin role, remote or Providence/Boston. $78K minimum.

EXPERIENCE
Salesforce Admin - Narragansett Community Action Partnership, Providence RI - 2022-present
- Only admin for 120 users on Nonprofit Cloud (NPSP); user setup, profiles, permission sets, sharing rules, SSO with Entra ID
- Built 38 record-triggered Flows replacing paper intake for energy-assistance and Head Start programs
- Data Loader and Import Wizard cleanups: merged 21,000 duplicate contacts
- Manage release cycle with change sets and a full sandbox; wrote the org's admin runbook
- Integrations: Formstack, DocuSign, QuickBooks connector; troubleshoot API errors
- Run quarterly permission audits and backup checks (OwnBackup)

Database & Help Desk Coordinator - same org - 2020-2022
- Raiser's Edge to Salesforce migration team; reset passwords, imaged laptops, managed Microsoft 365 licenses
- Tier 1 help desk for 3 sites, ~200 tickets a month

Front Desk / Intake Assistant - Southside Family Clinic - 2018-2020

CERTIFICATIONS
Salesforce Certified Administrator (2021), Platform App Builder (2023)
CompTIA A+ (2019)
Trailhead Ranger (240 badges)

SKILLS
Salesforce Flow, validation rules, reports and dashboards, Data Loader, SOQL basics, Apex reading (no writing), Microsoft 365 admin, Entra ID, Jira Service Management

EDUCATION
A.S. Computer Information Systems, Ocean State Community College, 2018
"""),
]
